"""What both stores do the same way, written once over their `_read` and `transaction`:
reading an entry by id, the lookup path through the client key index, listing and
counting with filters, the documents and export records, the statistics, the history and
the undo/redo chain.  Each store gives its SQL dialect in class attributes: `P`, its
parameter marker (SQLite `?`, psycopg `%s`), `CONTAINS`, how a key contains a search string
(SQLite `instr`, PostgreSQL `strpos`), and `NO_LIMIT`, how "no limit" is said before an
OFFSET.  Writes (`_restore`, `save`) stay in each store: their locking and
error handling differ."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from ..model import Change, Record, Role, Status

if TYPE_CHECKING:
    from ..model import Entry


_ROLES = {r.value: r for r in Role}
_STATUSES = {s.value: s for s in Status}


class ExportRecord(Record):
    """What one .po export carried: its id, language, when and by whom, and per message
    (entry id, slot, msgid) the target it was exported with: (text, status), or None for
    an empty msgstr."""

    __slots__ = ("id", "lang", "created_at", "actor", "messages")
    id: str
    lang: str
    created_at: str
    actor: str
    messages: dict[tuple[str, int, str], tuple[str, Status] | None]

    def __init__(self, id: str, lang: str, created_at: str, actor: str,
                 messages: dict[tuple[str, int, str], tuple[str, Status] | None]) -> None:
        for name, value in zip(self.__slots__, (id, lang, created_at, actor, messages)):
            object.__setattr__(self, name, value)

    def __hash__(self) -> int:
        return hash(self.id)


def loads(snapshot: str | None) -> dict | None:
    """A change's stored before/after snapshot (JSON text) as a dict (None: the entry did
    not exist).  json is imported here: a cold `glossary lookup` never needs it."""
    import json

    return json.loads(snapshot) if snapshot else None


class SqlTermbase:
    """The dialect-independent part of `store.sqlite.Store` and `store.postgres.PostgresStore`."""

    #: the parameter marker of the driver
    P = "?"
    #: a key that contains the search string (one parameter)
    CONTAINS = "instr(key, ?) > 0"
    #: how "no limit" is said before an OFFSET (SQLite needs a LIMIT clause)
    NO_LIMIT = " LIMIT -1"

    def exists(self, entry_id: str) -> bool:
        return bool(self._read(f"SELECT 1 FROM entries WHERE id = {self.P}", (entry_id,), light=True))

    def revision(self, entry_id: str) -> int | None:
        rows = self._read(f"SELECT revision FROM entries WHERE id = {self.P}", (entry_id,), light=True)
        return rows[0][0] if rows else None

    def get(self, entry_id: str, *, occurrences: bool = True) -> "Entry":
        entries = self.get_many([entry_id], occurrences=occurrences)
        if not entries:
            raise NotFound(f"no entry with id {entry_id!r}")
        return entries[0]

    def entries_by_key(self, k: str, lang: str | None = None, *,
                       occurrences: bool = True) -> list[tuple[Entry, tuple[int, ...]]]:
        """The lookup path: entries with a live term whose key equals `k` (of language
        `lang` if given), each with the positions of its matching terms, in id order.

        Answered from the client key index (store/keyindex.py) when the termbase did not
        change since the same question was asked; else one query joins the matching
        entries with all their terms (plus one for the occurrences when asked for); rows
        become model objects without re-validation."""
        generation = self.generation()
        if generation is None:   # inside a write transaction: what it reads may yet be rolled back
            return self._entries_by_key(k, lang, occurrences)
        wanted = (k, lang, occurrences)
        known = self._index.get(generation, wanted)
        if known is not None:
            return list(known)
        answer = self._entries_by_key(k, lang, occurrences)
        self._index.put(generation, wanted, tuple(answer))
        return answer

    def list_ids(self, *, category: str | None = None, missing: str | None = None, status: str | None = None,
                 search_key: str | None = None, needs_review: bool = False, order: str = "id",
                 limit: int | None = None, offset: int = 0) -> list[str]:
        p = self.P
        where, args = self._filter_sql(category=category, missing=missing, status=status,
                                       search_key=search_key, needs_review=needs_review)
        orders = {"id": "e.id", "category": "e.category, e.id", "updated": "e.updated_at DESC, e.id",
                  "created": "e.created_at, e.id"}
        sql = f"SELECT e.id FROM entries e{where} ORDER BY {orders.get(order, 'e.id')}"
        if limit is not None and limit >= 0:
            sql += f" LIMIT {p} OFFSET {p}"
            args += [limit, offset]
        elif offset or limit is not None:     # no limit (a negative one, as SQLite's -1), an offset
            sql += f"{self.NO_LIMIT} OFFSET {p}"
            args += [offset]
        return [r[0] for r in self._read(sql, args)]

    def count(self, *, category: str | None = None, missing: str | None = None, status: str | None = None,
              search_key: str | None = None, needs_review: bool = False) -> int:
        where, args = self._filter_sql(category=category, missing=missing, status=status,
                                       search_key=search_key, needs_review=needs_review)
        return self._read(f"SELECT count(*) FROM entries e{where}", args)[0][0]

    # -- documents (extraction bookkeeping) and export records ---------------------------
    def document(self, doc: str) -> tuple[str, str] | None:
        rows = self._read(f"SELECT sha256, report FROM documents WHERE doc = {self.P}", (doc,))
        return rows[0] if rows else None

    def _has_table(self, name: str) -> bool:
        """Is table `name` there (a store whose schema is always current: yes)."""
        return True

    def export_record(self, export_id: str) -> "ExportRecord | None":
        """What the export `export_id` carried, or None when this termbase made no such
        export (or predates export records and is read-only)."""
        if not self._has_table("exports"):
            return None
        p = self.P
        head = self._read(f"SELECT lang, created_at, actor FROM exports WHERE id = {p}", (export_id,))
        if not head:
            return None
        rows = self._read(f"SELECT entry_id, slot, msgid, target, status FROM export_messages WHERE export_id = {p}",
                          (export_id,))
        messages = {(r[0], r[1], r[2]): (None if r[3] is None else (r[3], _STATUSES[r[4]])) for r in rows}
        return ExportRecord(export_id, head[0][0], head[0][1], head[0][2], messages)

    # -- aligned editions (schema 6; glossary.editions) ---------------------------------
    def editions(self, lang: str | None = None) -> list[tuple[str, str, str, str, str]]:
        """(edition, original, lang, aligned_at, actor) of every aligned edition (of
        `lang`), by file name; [] for a read-only termbase older than schema 6."""
        if not self._has_table("editions"):
            return []
        if lang is None:
            return self._read("SELECT edition, original, lang, aligned_at, actor FROM editions ORDER BY edition")
        return self._read("SELECT edition, original, lang, aligned_at, actor FROM editions "
                          f"WHERE lang = {self.P} ORDER BY edition", (lang,))

    def edition_pairs(self, edition: str) -> list[tuple[int, str, str, int, int, str, float]]:
        """(n, source, target, source_line, target_line, kind, cost) of the edition's pairs, in order."""
        if not self._has_table("edition_pairs"):
            return []
        return self._read("SELECT n, source, target, source_line, target_line, kind, cost FROM edition_pairs "
                          f"WHERE edition = {self.P} ORDER BY n", (edition,))

    def _filter_sql(self, *, category: str | None = None, missing: str | None = None,
                    status: str | None = None, search_key: str | None = None,
                    needs_review: bool = False) -> tuple[str, list[Any]]:
        p = self.P
        where, args = [], []
        if category:
            where.append(f"e.category = {p}")
            args.append(category)
        if missing:
            where.append(f"NOT EXISTS (SELECT 1 FROM terms t WHERE t.entry_id = e.id AND t.lang = {p} "
                         "AND t.status != 'rejected')")
            args.append(missing)
        if status:
            where.append(f"EXISTS (SELECT 1 FROM terms t WHERE t.entry_id = e.id AND t.status = {p})")
            args.append(status)
        if needs_review:
            where.append("EXISTS (SELECT 1 FROM terms t WHERE t.entry_id = e.id AND t.status = 'suggested')")
        if search_key:
            where.append(f"e.id IN (SELECT entry_id FROM terms WHERE {self.CONTAINS})")
            args.append(search_key)
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def stats(self) -> dict[str, Any]:
        entries = self._read("SELECT count(*) FROM entries")[0][0]
        by_cat = dict(self._read("SELECT category, count(*) FROM entries GROUP BY category ORDER BY category"))
        terms: dict[str, dict[str, int]] = {}
        for lang, status, n in self._read("SELECT lang, status, count(*) FROM terms GROUP BY lang, status "
                                          "ORDER BY lang, status"):
            terms.setdefault(lang, {})[status] = n
        missing = {}
        for lang in sorted(set(terms) | {"en", "ja", "ko"}):
            missing[lang] = self.count(missing=lang)
        return {"entries": entries, "by_category": by_cat, "terms": terms, "missing": missing}

    def history(self, entry_id: str | None = None, limit: int = 100) -> list[Change]:
        p = self.P
        if entry_id:
            # one entry's history is a small read (a new process's `history ID` need not load more)
            rows = self._read("SELECT id, entry_id, at, actor, action, before, after FROM changes "
                              f"WHERE entry_id = {p} ORDER BY id DESC LIMIT {p}", (entry_id, limit),
                              light=limit <= 200)
        else:
            rows = self._read("SELECT id, entry_id, at, actor, action, before, after FROM changes "
                              f"ORDER BY id DESC LIMIT {p}", (limit,))
        return [Change(r[0], r[1], r[2], r[3], r[4], loads(r[5]), loads(r[6])) for r in rows]

    def undo(self, entry_id: str, *, actor: str) -> "Entry | None":
        """Put the entry back as it was before its last change not yet undone.  Everything
        is read inside the write transaction, so a change committed by another process
        between "which change is last" and "restore it" cannot exist."""
        p = self.P
        with self.transaction():
            rows = self._read(f"SELECT id, before FROM changes WHERE entry_id = {p} AND undone = 0 "
                              "AND action != 'undo' ORDER BY id DESC LIMIT 1", (entry_id,))
            if not rows:
                raise NotFound(f"nothing to undo for {entry_id!r}")
            # every change after the one undone is an undo itself (or undone), so the entry
            # must still be at the revision of the latest recorded change; else a Conflict
            latest = self._read(f"SELECT rev_after FROM changes WHERE entry_id = {p} ORDER BY id DESC LIMIT 1",
                                (entry_id,))
            return self._restore(entry_id, loads(rows[0][1]), change_id=rows[0][0], expected=latest[0][0],
                                 actor=actor, action="undo")

    def redo(self, entry_id: str, *, actor: str) -> "Entry | None":
        """Take back the entry's latest undo not taken back yet, when nothing but undos and
        redos happened since (several undos are redone one after the other, newest first;
        a new change ends the chain).  Read under the lock."""
        with self.transaction():
            rows = self._read(f"SELECT id, action, undone, rev_after, before FROM changes WHERE entry_id = {self.P} "
                              "ORDER BY id DESC LIMIT 1000", (entry_id,))
            target = None
            for row in rows:
                if row[1] == "undo" and not row[2]:
                    target = row
                    break
                if row[1] != "redo" and row[1] != "undo":
                    break   # a change made after the undos: there is nothing to redo
            if target is None:
                raise NotFound(f"nothing to redo for {entry_id!r} (no undo since its last change)")
            return self._restore(entry_id, loads(target[4]), change_id=target[0], expected=rows[0][3],
                                 actor=actor, action="redo")
