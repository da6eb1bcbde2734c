"""The SQLite termbase.  The only module that speaks SQL.

Every write is one transaction (BEGIN IMMEDIATE, so two writers serialise instead of
failing half-way); every change of an entry is recorded in `changes` with JSON snapshots
before and after, in the same transaction.  Optimistic concurrency: `save()` names the
revision the change was based on and raises Conflict when the entry moved on.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from contextlib import contextmanager
TYPE_CHECKING = False  # typing is not imported at run time: `glossary lookup` starts fast
if TYPE_CHECKING:
    from typing import Any, Iterable, Iterator, Sequence

from ..errors import Conflict, NotFound, StoreError
from ..model import Category, Entry, Occurrence, Role, Status, Term, definitions_of
from ..text.normalize import key as norm_key
from .common import _ROLES, _STATUSES, SqlTermbase
from .keyindex import KeyIndex
from .schema import APPLICATION_ID, MIGRATIONS, PYTHON_STEPS, READABLE_FROM, SCHEMA_VERSION

_CATEGORIES = {c.value: c for c in Category}
# The lookup query: every term of every entry that has a live term with key ?1 (and
# language ?2), `hit` marking the matching terms.  Uses the terms_key and terms_entry indexes.
# The columns of schema 5 (migration 5), and what a read-only termbase of an older schema
# reads in their place (the defaults the migration would give them).
_ENTRY_MORE = "{e}definitions, {e}subject, {e}translate, {e}created_by, {e}updated_by"
_ENTRY_MORE_OLD = "'', '', 1, '', ''"
_TERM_MORE = "{t}context, {t}part_of_speech"
_TERM_MORE_OLD = "'', ''"
_BY_KEY = ("SELECT e.id, e.category, e.note, e.revision, e.created_at, e.updated_at, "
           "t.pos, t.lang, t.text, t.role, t.status, t.origin, t.confidence, t.evidence, t.reading, "
           "(t.key = ?1 AND t.status != 'rejected'{t_lang}) AS hit, {more} "
           "FROM entries e JOIN terms t ON t.entry_id = e.id "
           "WHERE e.id IN (SELECT entry_id FROM terms WHERE key = ?1 AND status != 'rejected'{lang}) "
           "ORDER BY e.id, t.pos")
_TERM_COLS = ("entry_id, pos, lang, text, key, role, status, origin, confidence, evidence, reading, context, "
              "part_of_speech")
_ENTRY_COLS = ("id, category, note, revision, created_at, updated_at, definitions, subject, translate, created_by, "
               "updated_by")
_CACHE_SIZE = -32768  # KiB of page cache per connection (PRAGMA cache_size)
#: termbases up to this size get a full integrity check before their first write (about
#: 0.1 s); larger ones the quick check
FULL_CHECK_BYTES = 16 * 1024 * 1024
#: seconds a writer waits for another process's write transaction before "locked"
BUSY_TIMEOUT = 30.0
#: the pause between two tries to switch a new termbase to WAL mode (see _wal_mode)
WAL_RETRY_SECONDS = 0.02
# the stored form of a time (now()); a restore keeps times of this form only
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _statements(script: str) -> list[str]:
    """The SQL statements of a migration script, split where SQLite says a statement
    is complete (not at every ';', which may sit inside a string or a trigger)."""
    out, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n\t;"):
                out.append(current)
            current = ""
    if current.strip(" \n\t;"):
        out.append(current)
    return out


def _definitions(stored: str) -> tuple[tuple[str, str], ...]:
    """The `definitions` column (a JSON object {lang: text}, or '') as the model keeps it."""
    if not stored:
        return ()
    import json

    value = json.loads(stored)
    return definitions_of(value) if isinstance(value, dict) else ()


def _definitions_json(entry: Entry) -> str:
    if not entry.definitions:
        return ""
    import json

    return json.dumps(dict(entry.definitions), ensure_ascii=False, sort_keys=True)


def _entry_row(r: Sequence[Any], more: int, terms: tuple[Term, ...], occ: tuple[Occurrence, ...]) -> Entry:
    """An Entry from a row whose first six columns are id, category, note, revision,
    created_at, updated_at and whose columns from `more` on are _ENTRY_MORE's."""
    return Entry(r[0], _CATEGORIES[r[1]], r[2], terms, occ, r[3], r[4], r[5], _definitions(r[more]),
                 r[more + 1], bool(r[more + 2]), r[more + 3], r[more + 4])


def _term_values(entry_id: str, i: int, t: Term) -> tuple:
    return (entry_id, i, t.lang, t.text, norm_key(t.text), t.role._value_, t.status._value_, t.origin,
            t.confidence, t.evidence, t.reading, t.context, t.part_of_speech)


def _entry_values(e: Entry) -> tuple:
    """The values of _ENTRY_COLS for an entry."""
    return (e.id, e.category._value_, e.note, e.revision, e.created_at, e.updated_at, _definitions_json(e),
            e.subject, int(e.translate), e.created_by, e.updated_by)


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _describe(exc: sqlite3.Error) -> str:
    msg = str(exc)
    if "readonly" in msg or "read-only" in msg:
        return "database is read-only"
    if "locked" in msg or "busy" in msg:
        return "database is locked by another process (try again)"
    if "not a database" in msg:
        return "file is not a glossary database (not SQLite, or corrupt)"
    if "malformed" in msg or "corrupt" in msg:
        return f"termbase is corrupt ({msg}); export what is readable or restore a backup"
    if "disk I/O" in msg or "unable to open" in msg:
        return f"cannot open or write the database ({msg})"
    return msg


def _snapshot(entry: Entry | None, *, occurrences: bool = False) -> str | None:
    if entry is None:
        return None
    import json

    return json.dumps(entry.to_dict(occurrences=occurrences), ensure_ascii=False, sort_keys=True)


class Store(SqlTermbase):
    """A termbase in one SQLite file.

    The file is only ever touched through SQLite: never opened, copied or stat-then-replaced
    with Python's own I/O while a connection may be open.  (On POSIX, closing ANY
    descriptor of a file drops every advisory lock the process holds on it, so an
    innocent `open(path).read(16)` beside a live connection lets another process delete
    the -wal file under it: "How To Corrupt An SQLite Database File", section 2.2.)
    A glossary termbase is recognised by its `PRAGMA application_id`; a file that is not
    SQLite at all by SQLite's own error.
    """

    P = "?"
    CONTAINS = "instr(key, ?) > 0"

    def __init__(self, path: str, *, create: bool = True, timeout: float = BUSY_TIMEOUT):
        self.path = path
        self.readonly = False
        self.timeout = timeout
        self._verified = False
        self._depth = 0
        self._writes = 0          # commits of this connection (the key index's generation)
        self._index = KeyIndex()  # the client key index: warm lookups without a query
        target = path
        if path != ":memory:":
            target = self._check_path(path, create)
        self._target = target
        self._identity: tuple[int, int] | None = None   # recorded once open (see _ensure_same_file)
        try:
            self._open(target, "mode=ro" if self.readonly else "")
        except sqlite3.Error as exc:
            self.close()
            if not self.readonly:
                raise StoreError(_describe(exc), path=path) from None
            # A read-only WAL database in a directory we cannot write to: SQLite cannot
            # create the -shm file.  With no -wal file there is nothing uncommitted, so the
            # file can be read as immutable.
            if os.path.lexists(target + "-wal"):
                raise StoreError(f"database is read-only and cannot be read here ({_describe(exc)})",
                                 path=path) from None
            try:
                self._open(target, "mode=ro&immutable=1")
            except sqlite3.Error as exc2:
                self.close()
                raise StoreError(f"database is read-only and cannot be read ({_describe(exc2)})",
                                 path=path) from None
        except StoreError:
            self.close()
            raise
        self._identity = self._file_identity()

    def _file_identity(self) -> tuple[int, int] | None:
        """(device, inode) of the termbase file now (None: gone, or in memory)."""
        if self.path == ":memory:":
            return None
        try:
            st = os.stat(self._target)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def _ensure_same_file(self) -> None:
        """Before a write: the file this connection has open must still be the one at the
        path.  A termbase deleted under a running TUI would take writes into a file nobody
        can see; one replaced (restored from a backup) is reopened."""
        if self._identity is None or self._depth:   # in memory, or still opening
            return
        now = self._file_identity()
        if now == self._identity:
            return
        if now is None:
            raise StoreError("the termbase file was removed or renamed since it was opened; nothing was "
                             "written (put it back, then retry)", path=self.path)
        self.close()
        self._verified = False
        try:
            self._open(self._target, "mode=ro" if self.readonly else "")
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None
        self._identity = now

    def _check_path(self, path: str, create: bool) -> str:
        """The real path to give SQLite (symlinks resolved, so every process finds the same
        -wal and -shm beside the real file), after refusing what SQLite cannot keep safe.
        Only stat() calls here: the file itself is never opened outside SQLite."""
        import stat

        real = os.path.realpath(path)
        directory = os.path.dirname(real)
        try:
            if not stat.S_ISDIR(os.stat(directory).st_mode):
                raise FileNotFoundError
        except PermissionError:
            raise StoreError(f"permission denied: cannot reach directory {directory}", path=path) from None
        except OSError:
            shown = os.path.dirname(os.path.abspath(path))
            raise StoreError(f"directory {shown if not os.path.isdir(shown) else directory} does not exist",
                             path=path) from None
        try:
            st = os.stat(real)
        except FileNotFoundError:
            if not create:
                raise StoreError("no termbase here (run `glossary extract` or `glossary add` first)",
                                 path=path) from None
            return real
        except OSError as exc:
            raise StoreError(f"cannot read the termbase ({exc.strerror})", path=path) from None
        if stat.S_ISDIR(st.st_mode):
            raise StoreError("is a directory, not a termbase file", path=path)
        if not stat.S_ISREG(st.st_mode):
            raise StoreError("is not a regular file (a FIFO, socket or device cannot hold a termbase)",
                             path=path)
        if st.st_nlink > 1:
            # two names, two -wal files: writers through different names corrupt the database
            raise StoreError(f"the termbase file has {st.st_nlink} hard links; SQLite cannot keep it "
                             "consistent under several names (use a symbolic link or a copy)", path=path)
        # read-only when the file cannot be written, or when the directory cannot take the
        # -wal and -shm files a writer needs
        self.readonly = not os.access(real, os.W_OK) or not os.access(directory, os.W_OK | os.X_OK)
        return real

    def _open(self, target: str, uri_query: str) -> None:
        if uri_query:
            quoted = os.path.abspath(target).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
            self.conn = sqlite3.connect(f"file:{quoted}?{uri_query}", uri=True, timeout=self.timeout,
                                        isolation_level=None, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(target, timeout=self.timeout, isolation_level=None,
                                        check_same_thread=False)
        self.conn.execute("PRAGMA foreign_keys = ON")
        # lookups touch a few pages of large indexes at random: read them through a memory
        # map and keep more of them cached (both are upper bounds, not allocations)
        self.conn.execute("PRAGMA mmap_size = 268435456")
        self.conn.execute(f"PRAGMA cache_size = {_CACHE_SIZE}")
        self._version_cursor = self.conn.cursor()   # generation(): a reused cursor is ~1 µs cheaper
        self._setup()

    def _identify(self) -> int:
        """The schema version of this termbase; StoreError for anything that is not one.

        The first read of the file: SQLite itself says when it is not a database at all."""
        c = self.conn
        app_id = c.execute("PRAGMA application_id").fetchone()[0]
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise StoreError("file is an SQLite database of another program, not a glossary termbase",
                             path=self.path)
        if version > SCHEMA_VERSION:
            raise StoreError(f"termbase schema {version} is newer than this program ({SCHEMA_VERSION}); "
                             "upgrade glossary", path=self.path)
        if app_id == 0 and self._has_tables():
            if version == 0:
                # tables but no schema version: another program's database -- unless another
                # process migrated this new file just now (its tables and version commit
                # together, so a version read after seeing the tables tells)
                version = c.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 or not self._has_termbase_tables():
                raise StoreError("file is an SQLite database but not a glossary termbase", path=self.path)
        return version

    def _setup(self) -> None:
        c = self.conn
        version = self._identify()
        if self.readonly:
            if version < READABLE_FROM:
                raise StoreError("database is read-only and needs a schema upgrade", path=self.path)
            self._queries(version)
            return
        self._wal_mode()
        c.execute("PRAGMA synchronous = NORMAL")
        while version < SCHEMA_VERSION:
            with self.transaction():
                # read the version again under the write lock: another process opening the
                # same new termbase may have migrated it between our first read and now
                version = self._identify()
                if version >= SCHEMA_VERSION:
                    break
                step = MIGRATIONS[version]
                if step in PYTHON_STEPS:
                    PYTHON_STEPS[step](c)
                else:
                    for statement in _statements(step):
                        c.execute(statement)
                version += 1
                c.execute(f"PRAGMA user_version = {version}")
        self._queries(version)

    def _wal_mode(self) -> None:
        """Put the termbase in WAL mode.  Switching the journal mode of a new file that other
        processes are opening at the same moment can fail at once with "database is locked"
        (SQLite does not wait on its busy handler there): retried for up to `timeout`."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                    raise
                time.sleep(WAL_RETRY_SECONDS)

    def _queries(self, version: int) -> None:
        """The reading queries for this termbase's schema: a read-only termbase older than
        schema 5 reads the defaults of the columns it lacks."""
        new = version >= 5
        self._entry_more = _ENTRY_MORE.format(e="") if new else _ENTRY_MORE_OLD
        self._term_more = _TERM_MORE.format(t="") if new else _TERM_MORE_OLD
        more = (_ENTRY_MORE.format(e="e.") + ", " + _TERM_MORE.format(t="t.")) if new else (
            _ENTRY_MORE_OLD + ", " + _TERM_MORE_OLD)
        self._by_key = _BY_KEY.format(t_lang="", lang="", more=more)
        self._by_key_lang = _BY_KEY.format(t_lang=" AND t.lang = ?2", lang=" AND lang = ?2", more=more)

    def _has_termbase_tables(self) -> bool:
        names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {"entries", "terms", "occurrences", "changes", "documents"} <= names

    def verify(self) -> None:
        """Refuse to write into a damaged termbase, checked once per connection before its
        first write: `PRAGMA integrity_check` (pages, b-trees and that every index matches
        its table) for termbases up to FULL_CHECK_BYTES, `PRAGMA quick_check` (pages and
        b-trees, linear in the file's size: 0.5 s for 150 MB) above.  Reading a damaged
        file still works, so what it holds can be exported."""
        if self._verified:
            return
        try:
            pages, page_size = (self.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
            check = "integrity_check" if pages * page_size <= FULL_CHECK_BYTES else "quick_check"
            rows = self.conn.execute(f"PRAGMA {check}(5)").fetchall()
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None
        if [r[0] for r in rows] != ["ok"]:
            raise StoreError(f"termbase is corrupt ({rows[0][0]}); nothing was written. Export what is "
                             "readable (`glossary export json`) or restore a backup", path=self.path)
        self._verified = True

    def _has_tables(self) -> bool:
        return bool(self.conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0])

    def close(self) -> None:
        conn = getattr(self, "conn", None)  # absent when opening failed
        if conn is None:
            return
        try:
            conn.close()
        except sqlite3.Error:
            pass

    # -- transactions ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested calls join the outer one."""
        if self.readonly:
            raise StoreError("database is read-only", path=self.path)
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self._ensure_same_file()
        self.verify()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self._writes += 1
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise
        else:
            self._depth = 0
            self._writes += 1
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                raise StoreError(_describe(exc), path=self.path) from None

    def _read(self, sql: str, args: Sequence[Any] = (), *, light: bool = False) -> list[tuple]:
        """Rows of a query (`light` is the PostgreSQL store's small-read hint: no meaning here)."""
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    # -- reading -----------------------------------------------------------------
    def get_many(self, ids: Sequence[str], *, occurrences: bool = True) -> list[Entry]:
        """Entries in the order of `ids` (missing ids are skipped)."""
        if not ids:
            return []
        out: dict[str, dict[str, Any]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._read(f"SELECT id, category, note, revision, created_at, updated_at, "
                                  f"{self._entry_more} FROM entries WHERE id IN ({marks})", chunk):
                out[row[0]] = {"row": row, "terms": [], "occ": []}
            for row in self._read(f"SELECT entry_id, lang, text, role, status, origin, confidence, evidence, reading, "
                                  f"{self._term_more} "
                                  f"FROM terms WHERE entry_id IN ({marks}) ORDER BY entry_id, pos", chunk):
                out[row[0]]["terms"].append(Term(row[1], row[2], Role(row[3]), Status(row[4]),
                                                 row[5], row[6], row[7], row[8], row[9], row[10]))
            if occurrences:
                for row in self._read(f"SELECT entry_id, doc, line, col, context, footnote FROM occurrences "
                                      f"WHERE entry_id IN ({marks}) ORDER BY entry_id, doc, line, col", chunk):
                    out[row[0]]["occ"].append(Occurrence(row[1], row[2], row[3], row[4], row[5]))
        result = []
        for entry_id in ids:
            d = out.get(entry_id)
            if d is None:
                continue
            r = d["row"]
            result.append(_entry_row(r, 6, tuple(d["terms"]), tuple(d["occ"])))
        return result

    def ids_by_key(self, k: str, lang: str | None = None) -> list[tuple[str, int]]:
        """(entry_id, term position) of live terms whose key equals `k`."""
        if lang:
            return self._read("SELECT entry_id, pos FROM terms WHERE key = ? AND lang = ? AND status != 'rejected'",
                              (k, lang))
        return self._read("SELECT entry_id, pos FROM terms WHERE key = ? AND status != 'rejected'", (k,))

    def generation(self) -> tuple[int, int] | None:
        """Moves whenever the termbase may have changed: this connection's commits, and
        `PRAGMA data_version` for every other connection's (None inside a write
        transaction: what it reads may yet be rolled back, so nothing is remembered)."""
        if self._depth:
            return None
        try:
            return self._writes, self._version_cursor.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    def _entries_by_key(self, k: str, lang: str | None, occurrences: bool) -> list[tuple[Entry, tuple[int, ...]]]:
        rows = self._read(self._by_key_lang, (k, lang)) if lang else self._read(self._by_key, (k,))
        if not rows:
            return []
        grouped: dict[str, tuple[tuple, list[Term], list[int]]] = {}
        roles, statuses = _ROLES, _STATUSES
        for r in rows:
            g = grouped.get(r[0])
            if g is None:
                g = grouped[r[0]] = (r, [], [])
            if r[15]:
                g[2].append(len(g[1]))
            g[1].append(Term(r[7], r[8], roles[r[9]], statuses[r[10]], r[11], r[12], r[13], r[14], r[21], r[22]))
        occ: dict[str, list[Occurrence]] = {}
        if occurrences:
            ids = list(grouped)
            for o in self._read("SELECT entry_id, doc, line, col, context, footnote FROM occurrences "
                                f"WHERE entry_id IN ({','.join('?' * len(ids))}) ORDER BY entry_id, doc, line, col",
                                ids):
                occ.setdefault(o[0], []).append(Occurrence(o[1], o[2], o[3], o[4], o[5]))
        return [(_entry_row(r, 16, tuple(terms), tuple(occ.get(r[0], ()))), tuple(positions))
                for r, terms, positions in grouped.values()]

    def all_keys(self) -> Iterator[tuple[str, str, str, int]]:
        """(key, lang, entry_id, pos) of every live term, for fuzzy matching and automata."""
        try:
            yield from self.conn.execute("SELECT key, lang, entry_id, pos FROM terms WHERE status != 'rejected'")
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    # -- ranked search and live refresh (the TUI; glossary.text.ranking orders the rows) --------
    def search_terms(self, search_key: str, reading_needles: Sequence[str] = (), *, category: str | None = None,
                     missing: str | None = None, status: str | None = None,
                     needs_review: bool = False) -> list[tuple[str, str, str, str, str]]:
        """The terms that match a search, of the entries passing the other filters of
        `list_ids`: those whose key contains `search_key`, or whose reading, folded by
        `text.reading_keys.reading_key`, contains one of `reading_needles`.  Rows are
        (entry_id, key, reading key or '', role, status), in no particular order."""
        from ..text.reading_keys import reading_key

        self.conn.create_function("glossary_reading_key", 1, reading_key, deterministic=True)
        where, args = self._filter_sql(category=category, missing=missing, status=status,
                                       needs_review=needs_review)
        match = "instr(t.key, ?) > 0"
        match_args: list[Any] = [search_key]
        needles = [n for n in reading_needles if n]
        if needles:
            match += " OR (t.reading != '' AND (" + " OR ".join(
                "instr(glossary_reading_key(t.reading), ?) > 0" for _ in needles) + "))"
            match_args += needles
        if where:   # the entry filters need the entries table; a bare search does not
            sql = (f"SELECT t.entry_id, t.key, t.reading, t.role, t.status FROM terms t "
                   f"JOIN entries e ON e.id = t.entry_id{where} AND ({match})")
        else:
            sql = f"SELECT t.entry_id, t.key, t.reading, t.role, t.status FROM terms t WHERE {match}"
        rows = self._read(sql, [*args, *match_args])
        return [(r[0], r[1], reading_key(r[2]) if r[2] else "", r[3], r[4]) for r in rows] if any(
            r[2] for r in rows) else rows

    def occurrence_counts(self, ids: Sequence[str]) -> dict[str, int]:
        """How many occurrences each of `ids` has (entries with none are left out)."""
        if len(ids) > 5000:   # one pass over the index beats thousands of lookups
            wanted = set(ids)
            return {r[0]: r[1] for r in self._read("SELECT entry_id, count(*) FROM occurrences GROUP BY entry_id")
                    if r[0] in wanted}
        counts: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            counts.update(self._read("SELECT entry_id, count(*) FROM occurrences WHERE entry_id IN "
                                     f"({','.join('?' * len(chunk))}) GROUP BY entry_id", chunk))
        return counts

    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`: changes when another connection commits."""
        return self._read("PRAGMA data_version")[0][0]

    def changes_since(self, change_id: int, limit: int = 10000) -> list[tuple[int, str, str, int | None]]:
        """(change id, entry id, actor, revision after) of the changes recorded after
        `change_id`, oldest first."""
        return self._read("SELECT id, entry_id, actor, rev_after FROM changes WHERE id > ? ORDER BY id LIMIT ?",
                          (change_id, limit))

    def last_change_id(self) -> int:
        return self._read("SELECT coalesce(max(id), 0) FROM changes")[0][0]

    def undoable(self, entry_id: str) -> list[int]:
        """Ids of the changes of an entry that `undo` would take back one after the other,
        newest first."""
        return [r[0] for r in self._read("SELECT id FROM changes WHERE entry_id = ? AND undone = 0 "
                                         "AND action != 'undo' ORDER BY id DESC", (entry_id,))]

    # -- writing -----------------------------------------------------------------
    def _write_terms(self, entry_id: str, terms: Iterable[Term]) -> None:
        self.conn.execute("DELETE FROM terms WHERE entry_id = ?", (entry_id,))
        self.conn.executemany(
            f"INSERT INTO terms ({_TERM_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_term_values(entry_id, i, t) for i, t in enumerate(terms)])

    def _record(self, entry_id: str, actor: str, action: str, before: Entry | None, after: Entry | None,
                *, with_occurrences: bool = False) -> None:
        self.conn.execute(
            "INSERT INTO changes (entry_id, at, actor, action, rev_before, rev_after, before, after) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (entry_id, now(), actor, action, before.revision if before else None,
             after.revision if after else None, _snapshot(before, occurrences=with_occurrences),
             _snapshot(after, occurrences=with_occurrences)))

    def save(self, entry: Entry, *, base_revision: int | None, actor: str, action: str) -> Entry:
        """Create (base_revision None) or update an entry; returns it with its new revision.

        Raises Conflict when the stored revision is not `base_revision`.
        """
        try:
            with self.transaction() as c:
                row = c.execute("SELECT revision, created_at, created_by FROM entries WHERE id = ?",
                                (entry.id,)).fetchone()
                stamp = now()
                if base_revision is None:
                    if row is not None:
                        raise Conflict(f"entry {entry.id!r} already exists", entry_id=entry.id)
                    new = entry.replace(revision=1, created_at=stamp, updated_at=stamp, created_by=actor,
                                        updated_by=actor)
                    c.execute(f"INSERT INTO entries ({_ENTRY_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              _entry_values(new))
                    self._write_terms(new.id, new.terms)
                    self._write_occurrences(new.id, new.occurrences)
                    self._record(new.id, actor, action, None, new)
                    return new
                if row is None:
                    raise NotFound(f"no entry with id {entry.id!r}")
                if row[0] != base_revision:
                    raise Conflict(
                        f"entry {entry.id!r} was changed by someone else (revision {row[0]}, "
                        f"your change was based on {base_revision}); reload and try again",
                        entry_id=entry.id, expected=base_revision, actual=row[0])
                before = self.get(entry.id, occurrences=False)
                new = entry.replace(occurrences=before.occurrences, revision=base_revision + 1, created_at=row[1],
                                    updated_at=stamp, created_by=row[2], updated_by=actor)
                cur = c.execute("UPDATE entries SET category = ?, note = ?, revision = ?, updated_at = ?, "
                                "definitions = ?, subject = ?, translate = ?, updated_by = ? "
                                "WHERE id = ? AND revision = ?",
                                (new.category.value, new.note, new.revision, stamp, _definitions_json(new),
                                 new.subject, int(new.translate), actor, new.id, base_revision))
                if cur.rowcount != 1:  # cannot happen under BEGIN IMMEDIATE; belt and braces
                    raise Conflict(f"entry {entry.id!r} was changed by someone else", entry_id=entry.id)
                self._write_terms(new.id, new.terms)
                self._record(new.id, actor, action, before, new)
                return self.get(new.id)
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    def delete(self, entry_id: str, *, base_revision: int | None, actor: str) -> Entry:
        try:
            with self.transaction() as c:
                before = self.get(entry_id)
                if base_revision is not None and before.revision != base_revision:
                    raise Conflict(f"entry {entry_id!r} was changed by someone else (revision {before.revision}, "
                                   f"your change was based on {base_revision})", entry_id=entry_id,
                                   expected=base_revision, actual=before.revision)
                c.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
                self._record(entry_id, actor, "delete", before, None, with_occurrences=True)
                return before
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    def _restore(self, entry_id: str, snapshot: dict[str, Any] | None, *, change_id: int, expected: int | None,
                 actor: str, action: str) -> Entry | None:
        """Undo (or redo): put the entry back as `snapshot` (None = it did not exist) and
        mark change `change_id` as undone."""
        try:
            with self.transaction() as c:
                current = self.get_many([entry_id])
                cur = current[0] if current else None
                if (cur.revision if cur else None) != expected:
                    raise Conflict(f"entry {entry_id!r} changed since the change to {action}; reload first",
                                   entry_id=entry_id)
                after: Entry | None = None
                if snapshot is None:
                    c.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
                else:
                    old = Entry.from_dict(snapshot)
                    stamp = now()
                    if cur is None:
                        c.execute(f"INSERT INTO entries ({_ENTRY_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                                  _entry_values(old.replace(id=entry_id, revision=old.revision + 1,
                                                            updated_at=stamp, updated_by=actor)))
                        self._write_occurrences(entry_id, old.occurrences)
                    else:
                        c.execute("UPDATE entries SET category = ?, note = ?, revision = ?, updated_at = ?, "
                                  "definitions = ?, subject = ?, translate = ?, updated_by = ? WHERE id = ?",
                                  (old.category.value, old.note, cur.revision + 1, stamp, _definitions_json(old),
                                   old.subject, int(old.translate), actor, entry_id))
                    self._write_terms(entry_id, old.terms)
                    after = self.get(entry_id)
                c.execute("UPDATE changes SET undone = 1 WHERE id = ?", (change_id,))
                self._record(entry_id, actor, action, cur, after)
                return after
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    def _write_occurrences(self, entry_id: str, occurrences: Iterable[Occurrence]) -> None:
        self.conn.executemany(
            "INSERT INTO occurrences (entry_id, doc, line, col, context, footnote) VALUES (?,?,?,?,?,?)",
            [(entry_id, o.doc, o.line, o.col, o.context, o.footnote) for o in occurrences])

    def replace_occurrences(self, doc: str, by_entry: dict[str, list[Occurrence]]) -> None:
        """Replace every occurrence in `doc` (occurrences are not editor work: no revision bump)."""
        try:
            with self.transaction() as c:
                c.execute("DELETE FROM occurrences WHERE doc = ?", (doc,))
                for entry_id, occs in by_entry.items():
                    self._write_occurrences(entry_id, occs)
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    def bulk_create(self, entries: Sequence[Entry], *, actor: str, action: str = "create",
                    keep_meta: bool = False) -> int:
        """Insert many new entries in ONE transaction: all of them or none.

        Normally every entry starts at revision 1, created and updated now.  With
        `keep_meta=True` (a restore from a dump) each entry keeps its own revision,
        created_at and updated_at; a revision below 1 becomes 1 and a time that is missing
        or not in the stored form ('2024-10-01T09:30:00Z') becomes now.  Either way the
        history records, per entry, who did it, when (now) and the entry as stored."""
        import json

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
        history = []
        for e, (rev, created, updated, created_by, updated_by) in zip(entries, meta):
            terms: dict[str, list[dict[str, Any]]] = {"en": [], "ja": [], "ko": []}
            for t in e.terms:
                terms.setdefault(t.lang, []).append(t.to_dict())
            # the same snapshot as _record() writes for one entry (Entry.to_dict without occurrences)
            history.append((e.id, stamp, actor, action, rev, encode(
                {"id": e.id, "category": e.category._value_, "note": e.note, "revision": rev, "terms": terms,
                 "created_at": created, "updated_at": updated, "definitions": dict(e.definitions),
                 "subject": e.subject, "translate": e.translate, "created_by": created_by,
                 "updated_by": updated_by})))
        try:
            with self.transaction() as c:
                if len(entries) > 1000:  # a larger page cache for the index inserts of a big batch
                    c.execute("PRAGMA cache_size = -262144")
                try:
                    c.executemany(f"INSERT INTO entries ({_ENTRY_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                                  [(e.id, e.category._value_, e.note, rev, created, updated, _definitions_json(e),
                                    e.subject, int(e.translate), created_by, updated_by)
                                   for e, (rev, created, updated, created_by, updated_by) in zip(entries, meta)])
                    c.executemany(
                        f"INSERT INTO terms ({_TERM_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [_term_values(e.id, i, t) for e in entries for i, t in enumerate(e.terms)])
                    c.executemany(
                        "INSERT INTO occurrences (entry_id, doc, line, col, context, footnote) VALUES (?,?,?,?,?,?)",
                        [(e.id, o.doc, o.line, o.col, o.context, o.footnote) for e in entries
                         for o in e.occurrences])
                    c.executemany(
                        "INSERT INTO changes (entry_id, at, actor, action, rev_before, rev_after, before, after) "
                        "VALUES (?,?,?,?,NULL,?,NULL,?)", history)
                finally:
                    if len(entries) > 1000:
                        c.execute(f"PRAGMA cache_size = {_CACHE_SIZE}")
            return len(entries)
        except sqlite3.IntegrityError as exc:
            raise Conflict(f"bulk insert refused: {exc} (an id already exists?)") from None
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    # -- export records (the merge base of .po imports) -------------------------
    def record_export(self, export_id: str, lang: str, messages: Sequence[tuple], *, actor: str,
                      fmt: str = "po") -> bool:
        """Keep what the export `export_id` carried, one row per message:
        (entry_id, slot, msgid, target or None, Status or None).  An id already recorded is
        left as it is (an id names its content).  True when the record is new."""
        if self._read("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'exports'") and \
                self._read("SELECT 1 FROM exports WHERE id = ?", (export_id,)):
            return False  # the same content exported again: no write lock taken
        with self.transaction() as c:
            try:
                cur = c.execute("INSERT OR IGNORE INTO exports (id, format, lang, created_at, actor, messages) "
                                "VALUES (?,?,?,?,?,?)", (export_id, fmt, lang, now(), actor, len(messages)))
                if not cur.rowcount:
                    return False
                c.executemany("INSERT OR IGNORE INTO export_messages (export_id, entry_id, slot, msgid, target, "
                              "status) VALUES (?,?,?,?,?,?)",
                              [(export_id, m[0], m[1], m[2], m[3], m[4].value if m[4] is not None else None)
                               for m in messages])
            except sqlite3.Error as exc:
                raise StoreError(_describe(exc), path=self.path) from None
        return True

    # -- documents (extraction bookkeeping) -------------------------------------
    def set_document(self, doc: str, sha256: str, encoding: str, report: dict[str, Any]) -> None:
        import json

        with self.transaction() as c:
            c.execute("INSERT INTO documents (doc, sha256, encoding, extracted_at, report) VALUES (?,?,?,?,?) "
                      "ON CONFLICT(doc) DO UPDATE SET sha256 = excluded.sha256, encoding = excluded.encoding, "
                      "extracted_at = excluded.extracted_at, report = excluded.report",
                      (doc, sha256, encoding, now(), json.dumps(report, ensure_ascii=False)))

    # -- aligned editions (schema 6; glossary.editions) ---------------------------------
    def replace_edition(self, edition: str, original: str, lang: str, digests: tuple[str, str],
                        pairs: Sequence[tuple], *, actor: str) -> None:
        """Record the alignment of `edition` (a file name) with `original`: its pairs
        (n, source, target, source_line, target_line, kind, cost) replace any earlier ones."""
        with self.transaction() as c:
            try:
                c.execute("DELETE FROM edition_pairs WHERE edition = ?", (edition,))
                c.execute("DELETE FROM editions WHERE edition = ?", (edition,))
                c.execute("INSERT INTO editions (edition, original, lang, original_sha256, edition_sha256, "
                          "aligned_at, actor) VALUES (?,?,?,?,?,?,?)",
                          (edition, original, lang, digests[0], digests[1], now(), actor))
                c.executemany("INSERT INTO edition_pairs (edition, n, source, target, source_line, target_line, "
                              "kind, cost) VALUES (?,?,?,?,?,?,?,?)", [(edition, *p) for p in pairs])
            except sqlite3.Error as exc:
                raise StoreError(_describe(exc), path=self.path) from None

    def _has_table(self, name: str) -> bool:
        """A read-only termbase older than the schema may lack a table (exports, editions)."""
        return bool(self._read("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

    # -- whole-termbase copies (glossary copy) -------------------------------------------
    def table_columns(self, table: str) -> list[str]:
        return [r[1] for r in self._read(f"PRAGMA table_info({table})")]

    def dump_rows(self, table: str, columns: Sequence[str]) -> Iterator[tuple]:
        """Every row of `table` (those columns), in primary-key order."""
        # in primary-key order (a table of a later migration without an `id`: by all its columns)
        order = {"export_messages": "export_id, entry_id, slot", "documents": "doc", "editions": "edition",
                 "edition_pairs": "edition, n"}.get(
            table, "id" if "id" in columns else ", ".join(columns))
        if not self._read("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)):
            return
        yield from self._read(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")

    def is_empty(self) -> bool:
        return not any(self._read(f"SELECT 1 FROM {t} LIMIT 1") for t in ("entries", "changes", "documents",
                                                                         "exports")) and not self.editions()

    def load_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows exactly as given (ids included), inside the current transaction."""
        marks = ",".join("?" * len(columns))
        try:
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        except sqlite3.IntegrityError as exc:
            raise Conflict(f"copy refused: {exc}") from None
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc), path=self.path) from None

    def clear_all(self) -> None:
        """Remove every row of every termbase table (inside the current transaction)."""
        for table in ("edition_pairs", "editions", "export_messages", "exports", "documents", "changes",
                      "occurrences", "terms", "entries"):
            if self._read("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)):
                self.conn.execute(f"DELETE FROM {table}")
        if self._read("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"):
            self.conn.execute("DELETE FROM sqlite_sequence")
