"""The PostgreSQL termbase: the team server (issue 16).  Same interface, same guarantees as
the SQLite `Store` (store/sqlite.py, the reference behaviour), for a desk of editors.

    Glossary.open("postgresql://editor@db.example/terms")
    Glossary.open("postgresql:///terms?host=/run/postgresql")

- **Writes** are one transaction each, serialised by one transaction-level advisory lock
  (`pg_advisory_xact_lock`): what SQLite's BEGIN IMMEDIATE gives, so a read-check-write
  (the facade's `_modify`, `add` choosing an id, undo) cannot interleave with another
  writer's.  Readers never wait.  Every change is recorded in `changes` with JSON
  snapshots in the same transaction; a stale `save` raises Conflict (exit 3).
- **Live**: every write transaction ends with `NOTIFY glossary` (delivered at commit).
  This connection LISTENs; `data_version()` counts the notifications of *other* sessions
  (after one round trip, so every commit finished before the call has been heard), and
  the client key index checks the socket without any round trip: the TUI's once-a-second
  poll and a script's warm lookups see another editor's commit as soon as it arrives.
- **Roles**: a role without INSERT/UPDATE/DELETE on the termbase tables opens read-only;
  every write is refused with one line naming the permission (StoreError, exit 3).
  `user` is the database role, the default actor of the history.
- **Faults**: a lost connection (server restart, network) is one StoreError line; the next
  call reconnects.  A client killed mid-transaction leaves nothing: the server rolls back.
- **Bulk loads** (`bulk_create`, `glossary copy`) go through `COPY ... FROM STDIN`.
- **Cold starts**: psycopg is imported only when needed (the first write, a large read, a
  fault); a new process's first small reads (`glossary lookup`, `show`) go through libpq
  directly (store/libpq.py), which saves the ~110 ms psycopg's import costs.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable, Iterator, Sequence

    import psycopg as _psycopg

from ..errors import Conflict, NotFound, StoreError
from ..model import Category, Entry, Occurrence, Term
from .common import _ROLES, _STATUSES, SqlTermbase
from .keyindex import KeyIndex
from .schema import APPLICATION_ID, COPY_TABLES, PYTHON_STEPS, SCHEMA_VERSION, postgres_step
from .sqlite import (_ENTRY_COLS, _STAMP, _TERM_COLS, BUSY_TIMEOUT, _definitions_json, _entry_row,
                     _entry_values, _snapshot, _term_values, now)

_CATEGORIES = {c.value: c for c in Category}
#: the advisory lock every write transaction takes ("GLSY" + 1): writers serialise
WRITE_LOCK = APPLICATION_ID + 1
#: the NOTIFY channel of change notifications
CHANNEL = "glossary"
#: a bulk load of at least this many entries refreshes the planner's statistics
ANALYZE_AFTER = 1000
_BY_KEY = ("SELECT e.id, e.category, e.note, e.revision, e.created_at, e.updated_at, "
           "t.pos, t.lang, t.text, t.role, t.status, t.origin, t.confidence, t.evidence, t.reading, "
           "(t.key = %(k)s AND t.status != 'rejected'{t_lang}) AS hit, "
           "e.definitions, e.subject, e.translate, e.created_by, e.updated_by, t.context, t.part_of_speech "
           "FROM entries e JOIN terms t ON t.entry_id = e.id "
           "WHERE e.id IN (SELECT entry_id FROM terms WHERE key = %(k)s AND status != 'rejected'{lang}) "
           "ORDER BY e.id, t.pos")
_BY_KEY_ANY = _BY_KEY.format(t_lang="", lang="")
_BY_KEY_LANG = _BY_KEY.format(t_lang=" AND t.lang = %(lang)s", lang=" AND lang = %(lang)s")
_PRIVILEGES = ("INSERT", "UPDATE", "DELETE")


class _Unloaded(Exception):
    """Stands for psycopg.Error in `except` clauses until psycopg is loaded (never raised)."""


#: psycopg and its error classes, loaded by _driver() when a connection first needs them
psycopg: Any = None
pgerrors: Any = None
PgError: Any = _Unloaded
#: reads answered through libpq before the store switches to psycopg (a larger read pays
#: psycopg's import, which is then small beside it)
LIGHT_ROWS = 2000


def _driver() -> Any:
    global psycopg, pgerrors, PgError
    if psycopg is None:
        import psycopg as module
        from psycopg import errors

        psycopg, pgerrors, PgError = module, errors, module.Error
    return psycopg


def is_url(target: str) -> bool:
    """Does `target` name a PostgreSQL database (a postgresql:// or postgres:// URL)?"""
    return target.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL with any password replaced by ***, for messages."""
    url = re.sub(r"^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@", r"\1:***@", url)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", url)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].strip() if text else type(exc).__name__


class PostgresStore(SqlTermbase):
    """A termbase in one PostgreSQL database (the tables of the connection's search path)."""

    P = "%s"
    CONTAINS = "strpos(key, %s) > 0"
    NO_LIMIT = ""

    def __init__(self, url: str, *, create: bool = True, timeout: float = BUSY_TIMEOUT, light: bool = True):
        self.path = url
        self.display = redact(url)
        self.readonly = False
        self.timeout = timeout
        self.user = ""
        self._depth = 0
        self._writes = 0     # commits of this connection
        self._others = 0     # notifications of other sessions' commits (and reconnections)
        self._pid = 0
        self.conn: _psycopg.Connection | None = None
        self._light: Any = None   # store/libpq.py's connection, for the first small reads
        self._light_full = False  # it answered enough: the next read makes the psycopg connection
        self._gap = False         # a connection was lost: nobody listened for a while
        self._index = KeyIndex()
        if light and psycopg is None:
            self._connect_light()
        if self._light is None:
            self._connect()
        try:
            self._setup(create)
        except BaseException:
            self.close()
            raise

    # -- connection ---------------------------------------------------------------
    def _connect_light(self) -> None:
        from .libpq import LightConnection, LightError

        try:
            light = LightConnection(self.path)
        except LightError as exc:
            if "cannot be loaded" in str(exc):
                return            # no libpq here: psycopg's own (bundled) one is used
            raise StoreError(f"cannot connect to the PostgreSQL server ({_one_line(exc)})",
                             path=self.display) from None
        try:
            light.query(f"LISTEN {CHANNEL}")
            self.user = light.query("SELECT current_user")[0][0]
        except LightError as exc:
            light.close()
            raise StoreError(f"cannot use the PostgreSQL connection ({_one_line(exc)})", path=self.display) from None
        self._light = light
        self._pid = light.pid

    def _drop_light(self, *, lost: bool) -> None:
        """Close the libpq connection; unless it was `lost`, count the notifications still
        on its socket first (the psycopg connection that takes over listens already)."""
        light, self._light = self._light, None
        if light is None:
            return
        if not lost:
            from .libpq import LightError

            try:
                self._others += sum(1 for pid in light.notifications() if pid != light.pid)
            except LightError:
                lost = True
        if lost:
            self._gap = True
        light.close()

    def _connect(self) -> None:
        driver = _driver()
        try:
            conn = driver.connect(self.path, autocommit=True, connect_timeout=10, application_name="glossary")
        except PgError as exc:
            raise StoreError(f"cannot connect to the PostgreSQL server ({_one_line(exc)})",
                             path=self.display) from None
        try:
            conn.execute(f"SET lock_timeout = {int(self.timeout * 1000)}")
            conn.execute(f"LISTEN {CHANNEL}")
            self.user = conn.execute("SELECT current_user").fetchone()[0]
        except PgError as exc:
            conn.close()
            raise StoreError(f"cannot use the PostgreSQL connection ({_one_line(exc)})", path=self.display) from None
        conn.add_notify_handler(self._notified)
        self.conn = conn
        self._pid = conn.info.backend_pid
        # psycopg from now on: the libpq connection's last notifications are counted, now
        # that this one listens (a switch loses none and invents none)
        self._drop_light(lost=False)
        if self._gap:   # a connection was lost: whatever happened meanwhile, readers reload
            self._others += 1
            self._gap = False

    def _alive(self) -> _psycopg.Connection:
        """The psycopg connection, made first when there is none (the first write, or the
        last connection was lost)."""
        conn = self.conn
        if conn is None or conn.closed or conn.broken:
            if self._depth:
                raise StoreError("lost the connection to the PostgreSQL server inside a transaction; nothing "
                                 "of it was written", path=self.display)
            if conn is not None:
                self._gap = True
                try:
                    conn.close()
                except Exception:
                    pass
            self.conn = None
            self._connect()
            conn = self.conn
        return conn  # type: ignore[return-value]

    def _notified(self, note) -> None:
        if note.pid != self._pid:
            self._others += 1

    def _error(self, exc: BaseException) -> StoreError:
        """One line for a database error; a lost connection is marked for reconnection."""
        if isinstance(exc, StoreError):
            return exc
        state = getattr(exc, "sqlstate", "") or ""
        if state == "42501":   # insufficient_privilege
            return StoreError(f"permission denied: database role {self.user!r} ({_one_line(exc)}); "
                              f"{self._readonly_hint()}", path=self.display)
        if state in ("55P03", "57014"):   # lock_not_available, query_canceled (lock_timeout)
            return StoreError("database is locked by another writer (try again)", path=self.display)
        if state == "25006":   # read_only_sql_transaction (a hot standby)
            return StoreError(f"database is read-only ({_one_line(exc)})", path=self.display)
        conn = self.conn
        lost = getattr(exc, "lost", False) or (psycopg is not None and isinstance(exc, psycopg.OperationalError)) \
            or (conn is not None and (conn.closed or conn.broken))
        if lost:
            return StoreError(f"lost the connection to the PostgreSQL server ({_one_line(exc)}); the next "
                              "command reconnects", path=self.display)
        return StoreError(_one_line(exc), path=self.display)

    @staticmethod
    def _readonly_hint() -> str:
        return ("a read-only role can look up, list, export and check; writing needs INSERT, UPDATE and "
                "DELETE on the termbase tables (the editor role's GRANT, see the README)")

    def close(self) -> None:
        light, self._light = self._light, None
        if light is not None:
            light.close()
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:
                pass

    # -- schema ---------------------------------------------------------------------
    def _version(self) -> int:
        rows = self._read("SELECT version, application FROM glossary_schema", light=True)
        if not rows:
            return 0
        if rows[0][1] not in (0, APPLICATION_ID):
            raise StoreError("database holds another program's schema, not a glossary termbase", path=self.display)
        return rows[0][0]

    def _setup(self, create: bool) -> None:
        # one statement, one snapshot: another process migrating this new database
        # commits its tables and glossary_schema together
        ours, others = self._read(
            "SELECT to_regclass('glossary_schema') IS NOT NULL, (SELECT count(*) FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename != 'glossary_schema')", light=True)[0]
        if ours:
            version = self._version()
        else:
            if others:
                raise StoreError("database has tables but is not a glossary termbase", path=self.display)
            if not create:
                raise StoreError("no termbase here (run `glossary extract` or `glossary add` first, or "
                                 "`glossary copy` one in)", path=self.display)
            version = 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"termbase schema {version} is newer than this program ({SCHEMA_VERSION}); "
                             "upgrade glossary", path=self.display)
        if version:
            self.readonly = not self._may_write()
        if version < SCHEMA_VERSION and self.readonly:
            raise StoreError(f"termbase schema {version} needs an upgrade to {SCHEMA_VERSION}, which this "
                             f"read-only role {self.user!r} cannot make (open it once as its owner)",
                             path=self.display)
        while version < SCHEMA_VERSION:
            with self.transaction() as c:
                self._write("CREATE TABLE IF NOT EXISTS glossary_schema (version INTEGER NOT NULL, "
                            "application BIGINT NOT NULL DEFAULT 0)")
                self._write("INSERT INTO glossary_schema (version) SELECT 0 WHERE NOT EXISTS "
                            "(SELECT 1 FROM glossary_schema)")
                version = self._version()  # again, under the lock: another process may have migrated
                if version >= SCHEMA_VERSION:
                    break
                step = postgres_step(version + 1)
                try:
                    if step in PYTHON_STEPS:
                        PYTHON_STEPS[step](c, "%s")
                    else:
                        c.execute(step)
                except PgError as exc:
                    raise self._error(exc) from None
                version += 1
                self._write("UPDATE glossary_schema SET version = %s", (version,))

    def _may_write(self) -> bool:
        checks = " AND ".join(f"has_table_privilege('{t}', '{p}')" for t in ("entries", "terms", "changes")
                              for p in _PRIVILEGES)
        return self._read(f"SELECT {checks}", light=True)[0][0]

    def verify(self) -> None:
        """The server keeps its own pages consistent: nothing to check before a write."""

    # -- transactions ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[_psycopg.Connection]:
        """One write transaction; nested calls join the outer one.  Writers serialise on one
        advisory lock (as SQLite's BEGIN IMMEDIATE): everything read inside is current."""
        if self.readonly:
            raise StoreError(f"permission denied: database role {self.user!r} has no INSERT, UPDATE and DELETE "
                             f"privilege on the termbase tables (a read-only role: look up, list, export and "
                             "check only)", path=self.display)
        if self._depth:
            self._depth += 1
            try:
                yield self.conn  # type: ignore[misc]
            finally:
                self._depth -= 1
            return
        conn = self._alive()
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        except PgError as exc:
            self._rollback(conn)
            raise self._error(exc) from None
        self._depth = 1
        try:
            yield conn
        except BaseException as exc:
            self._depth = 0
            self._writes += 1
            self._rollback(conn)
            if isinstance(exc, PgError):
                raise self._error(exc) from None
            raise
        else:
            self._depth = 0
            self._writes += 1
            try:
                conn.execute(f"NOTIFY {CHANNEL}")
                conn.execute("COMMIT")
            except PgError as exc:
                self._rollback(conn)
                raise self._error(exc) from None

    @staticmethod
    def _rollback(conn: _psycopg.Connection) -> None:
        try:
            if not conn.closed and not conn.broken:
                conn.execute("ROLLBACK")
        except PgError:
            pass

    def _read(self, sql: str, args: Any = (), *, light: bool = False) -> list[tuple]:
        """Rows of a query.  `light`: a small read that libpq may answer while psycopg is
        not loaded (see store/libpq.py); every other read loads it."""
        if light and self._light is not None and not self._light_full and not self._depth:
            from .libpq import LightError

            try:
                rows = self._light.query(sql, args)
            except LightError as exc:
                self._drop_light(lost=True)   # psycopg from now on: a lost connection is made again there
                raise self._error(exc) from None
            if self._light.rows_seen > LIGHT_ROWS:
                self._light_full = True   # it keeps listening until psycopg's connection does
            return rows
        conn = self._alive()
        try:
            return conn.execute(sql, args).fetchall()
        except PgError as exc:
            raise self._error(exc) from None

    def _write(self, sql: str, args: Any = ()) -> int:
        """One statement inside a transaction; its row count."""
        try:
            return self.conn.execute(sql, args).rowcount  # type: ignore[union-attr]
        except PgError as exc:
            raise self._error(exc) from None

    def _write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            with self.conn.cursor() as cur:  # type: ignore[union-attr]
                cur.executemany(sql, rows)
        except PgError as exc:
            raise self._error(exc) from None

    # -- noticing changes --------------------------------------------------------
    def _drain(self) -> int:
        """Count the change notifications already on the socket (no round trip)."""
        if self._depth:
            return self._others
        if self._light is not None:
            from .libpq import LightError

            try:
                self._others += sum(1 for pid in self._light.notifications() if pid != self._pid)
            except LightError as exc:
                self._drop_light(lost=True)
                raise self._error(exc) from None
            return self._others
        conn = self._alive()
        try:
            pg = conn.pgconn
            pg.consume_input()
            while True:
                note = pg.notifies()
                if note is None:
                    break
                if note.be_pid != self._pid:
                    self._others += 1
        except PgError as exc:
            raise self._error(exc) from None
        return self._others

    def data_version(self) -> int:
        """A number that changes when another session commits a change: the change
        notifications this connection received.  One round trip, after which every
        notification of a commit that finished before the call has arrived (the server
        sends them before it answers).  This connection's own writes leave it alone, as
        on SQLite."""
        if not self._depth:
            self._read("SELECT 1", light=True)
        return self._drain()

    def generation(self) -> tuple[int, int] | None:
        """Moves whenever the termbase may have changed (own commits or others'), without
        a round trip: the key index serves warm lookups from memory and drops them as
        soon as another session's notification is on the socket.  None inside a write
        transaction (what it reads may yet be rolled back: nothing is remembered)."""
        if self._depth:
            return None
        return self._writes, self._drain()

    def last_change_id(self) -> int:
        return self._read("SELECT coalesce(max(id), 0) FROM changes")[0][0]

    def changes_since(self, change_id: int, limit: int = 10000) -> list[tuple[int, str, str, int | None]]:
        return self._read("SELECT id, entry_id, actor, rev_after FROM changes WHERE id > %s ORDER BY id LIMIT %s",
                          (change_id, limit))

    # -- reading -----------------------------------------------------------------
    def get_many(self, ids: Sequence[str], *, occurrences: bool = True) -> list[Entry]:
        if not ids:
            return []
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 5000):
            chunk = list(ids[start:start + 5000])
            small = len(chunk) <= 100
            for row in self._read(f"SELECT {_ENTRY_COLS} FROM entries WHERE id = ANY(%s)", (chunk,), light=small):
                out[row[0]] = {"row": row, "terms": [], "occ": []}
            for row in self._read("SELECT entry_id, lang, text, role, status, origin, confidence, evidence, reading, "
                                  "context, part_of_speech FROM terms WHERE entry_id = ANY(%s) "
                                  "ORDER BY entry_id, pos", (chunk,), light=small):
                out[row[0]]["terms"].append(Term(row[1], row[2], _ROLES[row[3]], _STATUSES[row[4]], row[5], row[6],
                                                 row[7], row[8], row[9], row[10]))
            if occurrences:
                for row in self._read("SELECT entry_id, doc, line, col, context, footnote FROM occurrences "
                                      "WHERE entry_id = ANY(%s) ORDER BY entry_id, doc, line, col", (chunk,),
                                      light=small):
                    out[row[0]]["occ"].append(Occurrence(row[1], row[2], row[3], row[4], row[5]))
        result = []
        for entry_id in ids:
            d = out.get(entry_id)
            if d is not None:
                result.append(_entry_row(d["row"], 6, tuple(d["terms"]), tuple(d["occ"])))
        return result

    def ids_by_key(self, k: str, lang: str | None = None) -> list[tuple[str, int]]:
        if lang:
            return self._read("SELECT entry_id, pos FROM terms WHERE key = %s AND lang = %s "
                              "AND status != 'rejected'", (k, lang), light=True)
        return self._read("SELECT entry_id, pos FROM terms WHERE key = %s AND status != 'rejected'", (k,),
                          light=True)

    def _entries_by_key(self, k: str, lang: str | None, occurrences: bool) -> list[tuple[Entry, tuple[int, ...]]]:
        rows = self._read(_BY_KEY_LANG if lang else _BY_KEY_ANY, {"k": k, "lang": lang}, light=True)
        if not rows:
            return []
        grouped: dict[str, tuple[tuple, list[Term], list[int]]] = {}
        for r in rows:
            g = grouped.get(r[0])
            if g is None:
                g = grouped[r[0]] = (r, [], [])
            if r[15]:
                g[2].append(len(g[1]))
            g[1].append(Term(r[7], r[8], _ROLES[r[9]], _STATUSES[r[10]], r[11], r[12], r[13], r[14], r[21], r[22]))
        occ: dict[str, list[Occurrence]] = {}
        if occurrences:
            for o in self._read("SELECT entry_id, doc, line, col, context, footnote FROM occurrences "
                                "WHERE entry_id = ANY(%s) ORDER BY entry_id, doc, line, col", (list(grouped),),
                                light=True):
                occ.setdefault(o[0], []).append(Occurrence(o[1], o[2], o[3], o[4], o[5]))
        return [(_entry_row(r, 16, tuple(terms), tuple(occ.get(r[0], ()))), tuple(positions))
                for r, terms, positions in grouped.values()]

    def all_keys(self) -> Iterator[tuple[str, str, str, int]]:
        yield from self._read("SELECT key, lang, entry_id, pos FROM terms WHERE status != 'rejected'")

    def search_terms(self, search_key: str, reading_needles: Sequence[str] = (), *, category: str | None = None,
                     missing: str | None = None, status: str | None = None,
                     needs_review: bool = False) -> list[tuple[str, str, str, str, str]]:
        """As the SQLite store's: the readings are folded here, on the client (the server
        does not know `reading_key`), over the terms that have one."""
        from ..text.reading_keys import reading_key

        where, args = self._filter_sql(category=category, missing=missing, status=status,
                                       needs_review=needs_review)
        needles = [n for n in reading_needles if n]
        match = "strpos(t.key, %s) > 0" + (" OR t.reading != ''" if needles else "")
        if where:
            sql = (f"SELECT t.entry_id, t.key, t.reading, t.role, t.status FROM terms t "
                   f"JOIN entries e ON e.id = t.entry_id{where} AND ({match})")
        else:
            sql = f"SELECT t.entry_id, t.key, t.reading, t.role, t.status FROM terms t WHERE {match}"
        out = []
        for r in self._read(sql, [*args, search_key]):
            folded = reading_key(r[2]) if r[2] else ""
            if search_key in r[1] or (folded and any(n in folded for n in needles)):
                out.append((r[0], r[1], folded, r[3], r[4]))
        return out

    def occurrence_counts(self, ids: Sequence[str]) -> dict[str, int]:
        if not ids:
            return {}
        return dict(self._read("SELECT entry_id, count(*) FROM occurrences WHERE entry_id = ANY(%s) "
                               "GROUP BY entry_id", (list(ids),)))

    def undoable(self, entry_id: str) -> list[int]:
        return [r[0] for r in self._read("SELECT id FROM changes WHERE entry_id = %s AND undone = 0 "
                                         "AND action != 'undo' ORDER BY id DESC", (entry_id,))]

    # -- writing -----------------------------------------------------------------
    def _write_terms(self, entry_id: str, terms: Iterable[Term]) -> None:
        self._write("DELETE FROM terms WHERE entry_id = %s", (entry_id,))
        self._write_many(f"INSERT INTO terms ({_TERM_COLS}) VALUES ({', '.join(['%s'] * 13)})",
                         [_term_values(entry_id, i, t) for i, t in enumerate(terms)])

    def _write_occurrences(self, entry_id: str, occurrences: Iterable[Occurrence]) -> None:
        self._write_many("INSERT INTO occurrences (entry_id, doc, line, col, context, footnote) "
                         "VALUES (%s, %s, %s, %s, %s, %s)",
                         [(entry_id, o.doc, o.line, o.col, o.context, o.footnote) for o in occurrences])

    def _record(self, entry_id: str, actor: str, action: str, before: Entry | None, after: Entry | None,
                *, with_occurrences: bool = False) -> None:
        self._write("INSERT INTO changes (entry_id, at, actor, action, rev_before, rev_after, before, after) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    (entry_id, now(), actor, action, before.revision if before else None,
                     after.revision if after else None, _snapshot(before, occurrences=with_occurrences),
                     _snapshot(after, occurrences=with_occurrences)))

    def _insert_entry(self, entry: Entry) -> None:
        self._write(f"INSERT INTO entries ({_ENTRY_COLS}) VALUES ({', '.join(['%s'] * 11)})", _entry_values(entry))

    def save(self, entry: Entry, *, base_revision: int | None, actor: str, action: str) -> Entry:
        with self.transaction():
            rows = self._read("SELECT revision, created_at, created_by FROM entries WHERE id = %s", (entry.id,))
            row = rows[0] if rows else None
            stamp = now()
            if base_revision is None:
                if row is not None:
                    raise Conflict(f"entry {entry.id!r} already exists", entry_id=entry.id)
                new = entry.replace(revision=1, created_at=stamp, updated_at=stamp, created_by=actor,
                                    updated_by=actor)
                self._insert_entry(new)
                self._write_terms(new.id, new.terms)
                self._write_occurrences(new.id, new.occurrences)
                self._record(new.id, actor, action, None, new)
                return new
            if row is None:
                raise NotFound(f"no entry with id {entry.id!r}")
            if row[0] != base_revision:
                raise Conflict(f"entry {entry.id!r} was changed by someone else (revision {row[0]}, "
                               f"your change was based on {base_revision}); reload and try again",
                               entry_id=entry.id, expected=base_revision, actual=row[0])
            before = self.get(entry.id, occurrences=False)
            new = entry.replace(occurrences=before.occurrences, revision=base_revision + 1, created_at=row[1],
                                updated_at=stamp, created_by=row[2], updated_by=actor)
            n = self._write("UPDATE entries SET category = %s, note = %s, revision = %s, updated_at = %s, "
                            "definitions = %s, subject = %s, translate = %s, updated_by = %s "
                            "WHERE id = %s AND revision = %s",
                            (new.category.value, new.note, new.revision, stamp, _definitions_json(new),
                             new.subject, int(new.translate), actor, new.id, base_revision))
            if n != 1:  # cannot happen under the write lock; belt and braces
                raise Conflict(f"entry {entry.id!r} was changed by someone else", entry_id=entry.id)
            self._write_terms(new.id, new.terms)
            self._record(new.id, actor, action, before, new)
            return self.get(new.id)

    def delete(self, entry_id: str, *, base_revision: int | None, actor: str) -> Entry:
        with self.transaction():
            before = self.get(entry_id)
            if base_revision is not None and before.revision != base_revision:
                raise Conflict(f"entry {entry_id!r} was changed by someone else (revision {before.revision}, "
                               f"your change was based on {base_revision})", entry_id=entry_id,
                               expected=base_revision, actual=before.revision)
            self._write("DELETE FROM entries WHERE id = %s", (entry_id,))
            self._record(entry_id, actor, "delete", before, None, with_occurrences=True)
            return before

    def _restore(self, entry_id: str, snapshot: dict[str, Any] | None, *, change_id: int, expected: int | None,
                 actor: str, action: str) -> Entry | None:
        with self.transaction():
            current = self.get_many([entry_id])
            cur = current[0] if current else None
            if (cur.revision if cur else None) != expected:
                raise Conflict(f"entry {entry_id!r} changed since the change to {action}; reload first",
                               entry_id=entry_id)
            after: Entry | None = None
            if snapshot is None:
                self._write("DELETE FROM entries WHERE id = %s", (entry_id,))
            else:
                old = Entry.from_dict(snapshot)
                stamp = now()
                if cur is None:
                    self._insert_entry(old.replace(id=entry_id, revision=old.revision + 1, updated_at=stamp,
                                                   updated_by=actor))
                    self._write_occurrences(entry_id, old.occurrences)
                else:
                    self._write("UPDATE entries SET category = %s, note = %s, revision = %s, updated_at = %s, "
                                "definitions = %s, subject = %s, translate = %s, updated_by = %s WHERE id = %s",
                                (old.category.value, old.note, cur.revision + 1, stamp, _definitions_json(old),
                                 old.subject, int(old.translate), actor, entry_id))
                self._write_terms(entry_id, old.terms)
                after = self.get(entry_id)
            self._write("UPDATE changes SET undone = 1 WHERE id = %s", (change_id,))
            self._record(entry_id, actor, action, cur, after)
            return after

    def replace_occurrences(self, doc: str, by_entry: dict[str, list[Occurrence]]) -> None:
        with self.transaction():
            self._write("DELETE FROM occurrences WHERE doc = %s", (doc,))
            rows = [(entry_id, o.doc, o.line, o.col, o.context, o.footnote)
                    for entry_id, occs in by_entry.items() for o in occs]
            self._copy("occurrences", ("entry_id", "doc", "line", "col", "context", "footnote"), rows)

    def _copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows into `table` with COPY (inside the current transaction)."""
        try:
            with self.conn.cursor() as cur:  # type: ignore[union-attr]
                with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        except _driver().errors.UniqueViolation as exc:
            raise Conflict(f"bulk insert refused: {_one_line(exc)} (an id already exists?)") from None
        except PgError as exc:
            raise self._error(exc) from None

    def bulk_create(self, entries: Sequence[Entry], *, actor: str, action: str = "create",
                    keep_meta: bool = False) -> int:
        """Many new entries in ONE transaction, loaded with COPY (see the SQLite store for
        the meaning of `keep_meta`)."""
        stamp = now()
        if keep_meta:
            valid = _STAMP.fullmatch
            meta = [(e.revision if e.revision > 1 else 1,
                     e.created_at if valid(e.created_at) else stamp,
                     e.updated_at if valid(e.updated_at) else stamp,
                     e.created_by or actor, e.updated_by or e.created_by or actor) for e in entries]
        else:
            meta = [(1, stamp, stamp, actor, actor)] * len(entries)
        encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
        entry_rows, term_rows, occ_rows, history = [], [], [], []
        for e, (rev, created, updated, created_by, updated_by) in zip(entries, meta):
            definitions = _definitions_json(e)
            entry_rows.append((e.id, e.category._value_, e.note, rev, created, updated, definitions, e.subject,
                               int(e.translate), created_by, updated_by))
            terms: dict[str, list[dict[str, Any]]] = {"en": [], "ja": [], "ko": []}
            for i, t in enumerate(e.terms):
                term_rows.append(_term_values(e.id, i, t))
                terms.setdefault(t.lang, []).append(t.to_dict())
            occ_rows += [(e.id, o.doc, o.line, o.col, o.context, o.footnote) for o in e.occurrences]
            history.append((e.id, stamp, actor, action, None, rev, None, encode(
                {"id": e.id, "category": e.category._value_, "note": e.note, "revision": rev, "terms": terms,
                 "created_at": created, "updated_at": updated, "definitions": dict(e.definitions),
                 "subject": e.subject, "translate": e.translate, "created_by": created_by,
                 "updated_by": updated_by})))
        if not entries:
            return 0
        with self.transaction():
            self._copy("entries", _ENTRY_COLS.split(", "), entry_rows)
            self._copy("terms", _TERM_COLS.split(", "), term_rows)
            self._copy("occurrences", ("entry_id", "doc", "line", "col", "context", "footnote"), occ_rows)
            self._copy("changes", ("entry_id", "at", "actor", "action", "rev_before", "rev_after", "before", "after"),
                       history)
            if len(entries) >= ANALYZE_AFTER:
                self._analyze()
        return len(entries)

    def _analyze(self) -> None:
        """Fresh planner statistics after a bulk load: without them the lookup query's plan
        sorts every entry (16 ms instead of 0.1 ms at 20,000 entries) until autovacuum
        comes by.  A role that does not own the tables gets a warning from the server, not
        an error (the owner's autovacuum then does it)."""
        self._write("ANALYZE entries, terms, occurrences")

    # -- export records -------------------------------------------------------------
    def record_export(self, export_id: str, lang: str, messages: Sequence[tuple], *, actor: str,
                      fmt: str = "po") -> bool:
        if self._read("SELECT 1 FROM exports WHERE id = %s", (export_id,)):
            return False
        with self.transaction():
            n = self._write("INSERT INTO exports (id, format, lang, created_at, actor, messages) "
                            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                            (export_id, fmt, lang, now(), actor, len(messages)))
            if not n:
                return False
            self._write_many("INSERT INTO export_messages (export_id, entry_id, slot, msgid, target, status) "
                             "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                             [(export_id, m[0], m[1], m[2], m[3], m[4].value if m[4] is not None else None)
                              for m in messages])
        return True

    # -- documents --------------------------------------------------------------------
    def set_document(self, doc: str, sha256: str, encoding: str, report: dict[str, Any]) -> None:
        with self.transaction():
            self._write("INSERT INTO documents (doc, sha256, encoding, extracted_at, report) "
                        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (doc) DO UPDATE SET sha256 = excluded.sha256, "
                        "encoding = excluded.encoding, extracted_at = excluded.extracted_at, "
                        "report = excluded.report",
                        (doc, sha256, encoding, now(), json.dumps(report, ensure_ascii=False)))

    # -- aligned editions (schema 6; glossary.editions) ---------------------------------
    def replace_edition(self, edition: str, original: str, lang: str, digests: tuple[str, str],
                        pairs: Sequence[tuple], *, actor: str) -> None:
        """Record the alignment of `edition` with `original`: its pairs (n, source, target,
        source_line, target_line, kind, cost) replace any earlier ones."""
        with self.transaction():
            self._write("DELETE FROM edition_pairs WHERE edition = %s", (edition,))
            self._write("DELETE FROM editions WHERE edition = %s", (edition,))
            self._write("INSERT INTO editions (edition, original, lang, original_sha256, edition_sha256, "
                        "aligned_at, actor) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        (edition, original, lang, digests[0], digests[1], now(), actor))
            self._write_many("INSERT INTO edition_pairs (edition, n, source, target, source_line, target_line, "
                             "kind, cost) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", [(edition, *p) for p in pairs])

    # -- whole-termbase copies (glossary copy) -------------------------------------------
    def table_columns(self, table: str) -> list[str]:
        return [r[0] for r in self._read("SELECT column_name FROM information_schema.columns WHERE "
                                         "table_schema = current_schema() AND table_name = %s "
                                         "ORDER BY ordinal_position", (table,))]

    def dump_rows(self, table: str, columns: Sequence[str]) -> Iterator[tuple]:
        """Every row of `table` (those columns), in primary-key order."""
        # in primary-key order (a table of a later migration without an `id`: by all its columns)
        order = {"export_messages": "export_id, entry_id, slot", "documents": "doc", "editions": "edition",
                 "edition_pairs": "edition, n"}.get(table, "id" if "id" in columns else ", ".join(columns))
        yield from self._read(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")

    def is_empty(self) -> bool:
        return not any(self._read(f"SELECT 1 FROM {t} LIMIT 1") for t in ("entries", "changes", "documents",
                                                                         "exports", "editions"))

    def load_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows exactly as given (ids included), inside the current transaction."""
        rows = list(rows)
        self._copy(table, columns, rows)
        if table == "entries":
            self._loaded_entries = len(rows)
        if table == COPY_TABLES[-1] and getattr(self, "_loaded_entries", 0) >= ANALYZE_AFTER:
            self._analyze()   # the copy's last table: statistics for what it loaded
        if "id" in columns and self._read("SELECT pg_get_serial_sequence(%s, 'id')", (table,))[0][0]:
            # an identity column: new rows get ids after the copied ones
            self._write(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")

    def clear_all(self) -> None:
        """Remove every row of every termbase table (inside the current transaction)."""
        self._write(f"TRUNCATE {', '.join(COPY_TABLES)} RESTART IDENTITY")
