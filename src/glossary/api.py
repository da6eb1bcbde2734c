"""The `Glossary` facade: every front end (CLI, TUI, scripts) goes through it.

    from glossary import Glossary
    with Glossary.open("terms/glossary.db") as g:
        entry = g.add("Hong Gil-dong", category="person")
        g.set_term(entry.id, "ko", "홍길동", approve=True)
        [hit] = g.lookup("홍길동", to="en")
        print(hit.entry.text("en"))         # Hong Gil-dong

Updates take the `revision` they were based on; when someone else changed the entry
meanwhile they raise `Conflict`.  `revision=None` means "whatever is current now".
"""
from __future__ import annotations

import os
TYPE_CHECKING = False  # typing is not imported at run time: `glossary lookup` starts fast
if TYPE_CHECKING:
    from typing import Any, Callable, Sequence

    from .reports import AlignedPair, EditionReport, ExportReport, ExtractReport, ImportReport, TextFile

from .errors import Conflict, InputError, NotFound, StoreError
from .model import Category, Change, Entry, LookupHit, Role, Stats, Status, Term
from .store import Store
from .store.keyindex import KeyIndex
from .text.langtags import normalize_lang
from .text.normalize import key as norm_key
from .text.normalize import MAX_TERM_CHARS, clean_note, refuse_controls
from .validate import (VALID_ID, check_entry, clean_text, new_id, parse_category, parse_role,  # noqa: F401
                       parse_status, slugify)  # VALID_ID, clean_text, slugify: re-exported for scripts that import them from here

DEFAULT_DB = os.path.join("terms", "glossary.db")

_ROLE_RANK = {Role.PREFERRED: 1.0, Role.ABBREVIATION: 0.95, Role.ALIAS: 0.9, Role.DEPRECATED: 0.8}


def default_db_path() -> str:
    return os.environ.get("GLOSSARY_DB") or DEFAULT_DB


def is_server_url(target: str) -> bool:
    """Does `target` name a PostgreSQL termbase (postgresql:// or postgres://)?"""
    return target.startswith(("postgresql://", "postgres://"))


def _open_store(where: str, *, create: bool, timeout: float | None, actor: str | None):
    """(the store at `where`, the actor): an SQLite file, or the PostgreSQL database of a
    URL (imported only then: `import glossary` and SQLite lookups never load psycopg)."""
    kwargs = {} if timeout is None else {"timeout": timeout}
    if is_server_url(where):
        try:
            from .store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(f"a PostgreSQL termbase needs psycopg ({exc.msg}); install it with "
                             "pip install 'glossary[team]'", path=where) from None
        store = PostgresStore(where, create=create, **kwargs)
        if actor is None and not os.environ.get("GLOSSARY_ACTOR"):
            actor = store.user   # the database role is who made the change
        return store, actor
    return Store(where, create=create, **kwargs), actor


def default_actor() -> str:
    # $GLOSSARY_ACTOR, else what getpass.getuser() answers (without importing getpass)
    for name in ("GLOSSARY_ACTOR", "LOGNAME", "USER", "LNAME", "USERNAME"):
        actor = os.environ.get(name)
        if actor:
            return actor
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):  # no passwd entry in some containers
        return "unknown"


def demote_preferred(terms: Sequence[Term], lang: str, *, keep: int | None = None) -> list[Term]:
    """The editing rule for a new preferred term: every other preferred term of `lang`
    (all but the one at index `keep`) becomes an alias."""
    return [t.replace(role=Role.ALIAS) if i != keep and t.lang == lang and t.role is Role.PREFERRED else t
            for i, t in enumerate(terms)]


class Glossary:
    """A termbase: entries (concepts) with terms in every language."""

    def __init__(self, store: Store, *, actor: str | None = None):
        # the termbase (store.termbase.Termbase): private; the services are handed it
        self._store = store
        self.actor = actor or default_actor()
        self._lookups = KeyIndex()   # lookup answers by question, valid while the termbase is unchanged

    # -- life cycle ----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, actor: str | None = None,
             create: bool = True, timeout: float | None = None) -> "Glossary":
        """Open (and create, unless create=False) the termbase at `path`
        (default: $GLOSSARY_DB, else terms/glossary.db).  `timeout`: seconds a write waits
        for another process's write to finish before "locked" (default 30).

        `path` may be a PostgreSQL URL (`postgresql://user@host/dbname`, or
        `postgresql:///dbname?host=/socket/dir`): the team server's termbase
        (store/postgres.py; needs `pip install 'glossary[team]'`).  There the actor
        defaults to the database role unless given or set in $GLOSSARY_ACTOR."""
        where = os.fspath(path) if path is not None else default_db_path()
        store, actor = _open_store(where, create=create, timeout=timeout, actor=actor)
        return cls(store, actor=actor)

    @property
    def path(self) -> str:
        return self._store.path

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return "postgresql" if is_server_url(self._store.path) else "sqlite"

    @staticmethod
    def copy(source: str | os.PathLike[str], dest: str | os.PathLike[str], *, replace: bool = False,
             actor: str | None = None) -> dict[str, int]:
        """Copy the whole termbase `source` into `dest` (each an SQLite path or a PostgreSQL
        URL) losslessly: every row of every table as it is (ids, revisions, times, the
        history and its undo marks, documents, export records).  `dest` is created when
        missing; one that holds anything is refused (StoreError) unless `replace`, which
        empties it first.  The copy is one transaction of `dest`: all of it or nothing.
        Returns the rows copied per table."""
        from .store.schema import COPY_TABLES

        src_where, dest_where = os.fspath(source), os.fspath(dest)
        if src_where == dest_where or (not is_server_url(src_where) and not is_server_url(dest_where)
                                       and os.path.exists(dest_where) and os.path.exists(src_where)
                                       and os.path.samefile(src_where, dest_where)):
            raise InputError("source and destination are the same termbase")
        src, _ = _open_store(src_where, create=False, timeout=None, actor=actor)
        try:
            dst, _ = _open_store(dest_where, create=True, timeout=None, actor=actor)
            try:
                counts: dict[str, int] = {}
                with dst.transaction():
                    if not dst.is_empty():
                        if not replace:
                            raise StoreError("destination termbase is not empty; nothing was copied (use "
                                             "--replace to overwrite it)", path=getattr(dst, "display", dst.path))
                        dst.clear_all()
                    for table in COPY_TABLES:
                        theirs = src.table_columns(table)
                        if not theirs:
                            continue
                        ours = set(dst.table_columns(table))
                        columns = [c for c in theirs if c in ours]
                        rows = list(src.dump_rows(table, columns))
                        dst.load_rows(table, columns, rows)
                        counts[table] = len(rows)
                return counts
            finally:
                dst.close()
        finally:
            src.close()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> "Glossary":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------
    def get(self, entry_id: str) -> Entry:
        return self._store.get(entry_id)

    def list(self, *, category: str | None = None, missing: str | None = None, status: str | None = None,
             needs_review: bool = False, search: str | None = None, order: str = "id",
             limit: int | None = None, offset: int = 0, occurrences: bool = True) -> list[Entry]:
        """Entries matching every filter given: category, a language with no live term
        (`missing`), a term status, suggestions left to review, a substring in any language."""
        filters = self._filters(category, missing, status, needs_review, search)
        ids = self._store.list_ids(**filters, order=order, limit=limit, offset=offset)
        return self._store.get_many(ids, occurrences=occurrences)

    def count(self, *, category: str | None = None, missing: str | None = None, status: str | None = None,
              needs_review: bool = False, search: str | None = None) -> int:
        return self._store.count(**self._filters(category, missing, status, needs_review, search))

    def _filters(self, category, missing, status, needs_review, search) -> dict[str, Any]:
        return {
            "category": parse_category(category).value if category else None,
            "missing": normalize_lang(missing) if missing else None,
            "status": parse_status(status).value if status else None,
            "needs_review": needs_review,
            "search_key": norm_key(search) if search and norm_key(search) else None,
        }

    def search(self, query: str, *, limit: int = 50) -> list[Entry]:
        """Entries with a term containing `query` (normalised, any language)."""
        return self.list(search=query, limit=limit)

    def ranked_ids(self, search: str, *, category: str | None = None, missing: str | None = None,
                   status: str | None = None, needs_review: bool = False) -> list[str]:
        """Ids of the entries matching `search` (normalised, any language, or a stored
        reading: kana, romanization, Hangul) and the other filters of `list`, best match
        first: exact, whole words, prefix, substring or reading; ties by usage
        (glossary.text.ranking).  An empty search lists every entry passing the filters by id."""
        k = norm_key(search or "")
        if not k:
            filters = self._filters(category, missing, status, needs_review, None)
            del filters["search_key"]
            return self._store.list_ids(**filters)
        return self.rank_matches(search, self.search_matches(search, category=category, missing=missing,
                                                              status=status, needs_review=needs_review))

    def search_matches(self, search: str, *, category: str | None = None, missing: str | None = None,
                       status: str | None = None, needs_review: bool = False) -> list[tuple[str, str, str, str, str]]:
        """The terms matching `search` (see `ranked_ids`) as ranking.Match rows; a front
        end that narrows a search as the editor types keeps them (ranking.narrow)."""
        from .text.reading_keys import reading_needles

        filters = self._filters(category, missing, status, needs_review, None)
        del filters["search_key"]
        k = norm_key(search or "")
        return self._store.search_terms(k, reading_needles(search), **filters) if k else []

    def rank_matches(self, search: str, rows: Sequence[tuple[str, str, str, str, str]]) -> list[str]:
        """Entry ids of `rows` (from `search_matches`), best first (ranking.rank; usage
        from the occurrences)."""
        from .text.ranking import rank
        from .text.reading_keys import reading_needles

        usage = self._store.occurrence_counts(list({r[0] for r in rows})) if rows else {}
        return rank(norm_key(search or ""), rows, usage, reading_needles(search))

    def lookup(self, text: str, *, to: str | None = None, lang: str | None = None, fuzzy: bool = False,
               limit: int = 10, occurrences: bool = True) -> list[LookupHit]:
        """Entries with a term equal to `text` on the normalised key, best first.

        `lang` restricts the language of the matched term; `to` fills `LookupHit.targets`
        with the live terms of that language (approved first).  With `fuzzy=True`, spelling
        variants are ranked after exact matches with a score below 1.  Entries come with
        their occurrences unless `occurrences=False` (faster when they are not shown).
        """
        # the client key index (store/keyindex.py): the same question, asked again while the
        # termbase did not change (own commits, other connections' -- SQLite's data_version,
        # PostgreSQL's notifications), is answered from memory without a query
        generation = None if fuzzy else self._store.generation()
        asked = (text, to, lang, limit, occurrences)
        if generation is not None:
            known = self._lookups.get(generation, asked)
            if known is not None:
                return list(known)
        k = norm_key(text or "")
        if not k:
            raise InputError("empty text to look up")
        lang = normalize_lang(lang) if lang else None
        to = normalize_lang(to) if to else None
        hits: list[LookupHit] = []
        for entry, positions in self._store.entries_by_key(k, lang, occurrences=occurrences):
            # the best of the entry's matching terms: role first, approved before suggested
            score, term = -1.0, entry.terms[positions[0]]
            for p in positions:
                t = entry.terms[p]
                s = _ROLE_RANK[t.role] - (0.0 if t.status is Status.APPROVED else 0.05)
                if s > score:
                    score, term = s, t
            how = "exact" if term.role is Role.PREFERRED else "alias"
            hits.append(LookupHit(entry, term, score, how, self._targets(entry, to) if to else ()))
        if fuzzy:
            from .fuzzy import fuzzy_candidates

            seen = {h.entry.id for h in hits}
            for entry_id, pos, score in fuzzy_candidates(self._store, text, lang=lang, limit=limit):
                if entry_id in seen:
                    continue
                seen.add(entry_id)
                entry = self._store.get(entry_id, occurrences=occurrences)
                hits.append(LookupHit(entry, entry.terms[pos], score, "fuzzy", self._targets(entry, to)))
        hits.sort(key=lambda h: (-h.score, h.entry.id))
        if generation is not None:
            self._lookups.put(generation, asked, tuple(hits[:limit]))
        return hits[:limit]

    @staticmethod
    def _targets(entry: Entry, to: str | None) -> tuple[Term, ...]:
        if not to:
            return ()
        live = [t for t in entry.terms_for(to, include_rejected=False) if t.role is not Role.DEPRECATED]
        return tuple(sorted(live, key=lambda t: (t.status is not Status.APPROVED, t.role is not Role.PREFERRED)))

    def history(self, entry_id: str | None = None, *, limit: int = 100) -> list[Change]:
        if entry_id is not None and not self._store.exists(entry_id) and not self._store.history(entry_id, 1):
            raise NotFound(f"no entry with id {entry_id!r}")
        return self._store.history(entry_id, limit)

    def stats(self) -> Stats:
        s = self._store.stats()
        return Stats(s["entries"], s["by_category"], s["terms"], s["missing"])

    # -- writing -------------------------------------------------------------------
    def new_id(self, text: str, lang: str = "en") -> str:
        """The id `add` would give a new entry for `text` now."""
        return new_id(text, lang, self._store.exists)

    def add(self, text: str, *, lang: str = "en", category: str | Category = Category.OTHER,
            entry_id: str | None = None, note: str = "", status: str | Status = Status.APPROVED,
            origin: str = "editor") -> Entry:
        """A new entry with one preferred term; returns it (its `id` is the new id)."""
        text = clean_text(text)
        refuse_controls(origin, "origin", limit=MAX_TERM_CHARS)
        lang = normalize_lang(lang)
        cat = parse_category(category)
        if entry_id is not None and not VALID_ID.match(entry_id):
            raise InputError(f"invalid id {entry_id!r} (lower-case letters, digits, '-', '.', '_')")
        term = Term(lang, text, Role.PREFERRED, parse_status(status), origin, 1.0)
        note = clean_note(note)
        # the id is chosen under the write lock: several processes adding the same new term
        # at once get distinct ids instead of failing on each other's
        with self._store.transaction():
            if entry_id is None:
                entry_id = self.new_id(text, lang)
            elif self._store.exists(entry_id):
                raise InputError(f"an entry with id {entry_id!r} already exists")
            entry = Entry(entry_id, cat, note, (term,))
            return self._store.save(entry, base_revision=None, actor=self.actor, action="create")

    def add_entry(self, entry: Entry, *, action: str = "create") -> Entry:
        """Store a complete new entry (import, extraction)."""
        return self._store.save(check_entry(entry), base_revision=None, actor=self.actor, action=action)

    def add_all(self, entries: Sequence[Entry], *, action: str = "create") -> int:
        """Store many complete new entries in one transaction (all or nothing); returns how
        many.  For scripts that build entries themselves; files go through `import_file`."""
        return self._store.bulk_create(entries, actor=self.actor, action=action)

    def _modify(self, entry_id: str, revision: int | None, action: str,
                change: Callable[[Entry], Entry]) -> Entry:
        """Read, change and save the entry in ONE write transaction, so no other process
        can slip a change in between: with `revision=None` the change applies to whatever
        is current (last writer wins, never a false conflict); with a revision, a Conflict
        when the entry moved on since."""
        with self._store.transaction():
            current = self._store.get(entry_id, occurrences=False)
            if revision is not None and current.revision != revision:
                raise Conflict(f"entry {entry_id!r} was changed by someone else (revision {current.revision}, "
                               f"your change was based on {revision}); reload and try again",
                               entry_id=entry_id, expected=revision, actual=current.revision)
            new = change(current)
            if new == current:
                return self._store.get(entry_id)
            return self._store.save(new, base_revision=current.revision, actor=self.actor, action=action)

    def update(self, entry_id: str, *, revision: int | None = None, category: str | Category | None = None,
               note: str | None = None, translate: bool | None = None, subject: str | None = None,
               definition: tuple[str, str] | None = None) -> Entry:
        """Change an entry's category, note, translate flag (False: its name is kept as it
        is, not translated), subject field (the domain), or the definition of one language
        (`definition=(lang, text)`; an empty text removes it)."""
        cat = parse_category(category) if category is not None else None
        subject = " ".join(clean_note(subject).split()) if subject is not None else None
        if definition is not None:
            definition = (normalize_lang(definition[0]), clean_note(definition[1]))

        def change(e: Entry) -> Entry:
            definitions = dict(e.definitions)
            if definition is not None:
                definitions[definition[0]] = definition[1]
            return e.replace(category=cat or e.category, note=clean_note(note) if note is not None else e.note,
                             translate=e.translate if translate is None else bool(translate),
                             subject=e.subject if subject is None else subject, definitions=definitions)
        return self._modify(entry_id, revision, "update", change)

    def delete(self, entry_id: str, *, revision: int | None = None) -> Entry:
        return self._store.delete(entry_id, base_revision=revision, actor=self.actor)

    def set_term(self, entry_id: str, lang: str, text: str, *, role: str | Role = Role.PREFERRED,
                 approve: bool = False, revision: int | None = None, reading: str = "",
                 origin: str = "editor") -> Entry:
        """An editor gives the term of `lang`.  With role preferred it becomes the entry's
        preferred term of that language (the previous preferred one becomes an alias)."""
        text = clean_text(text, "term")
        reading = clean_text(reading, "reading") if reading else ""
        refuse_controls(origin, "origin", limit=MAX_TERM_CHARS)
        lang = normalize_lang(lang)
        role = parse_role(role)
        k = norm_key(text)

        def change(e: Entry) -> Entry:
            terms = list(e.terms)
            existing = next((t for t in terms if t.lang == lang and norm_key(t.text) == k), None)
            status = Status.APPROVED if approve else (
                existing.status if existing and existing.status is not Status.REJECTED else Status.SUGGESTED)
            new = Term(lang, text, role, status, origin, 1.0, existing.evidence if existing else "",
                       reading or (existing.reading if existing else ""))
            if existing:
                terms.remove(existing)
            if role is Role.PREFERRED:
                terms = demote_preferred(terms, lang)
                first = next((i for i, t in enumerate(terms) if t.lang == lang), len(terms))
                terms.insert(first, new)
            else:
                last = max((i for i, t in enumerate(terms) if t.lang == lang), default=len(terms) - 1)
                terms.insert(last + 1, new)
            return e.with_terms(terms)
        return self._modify(entry_id, revision, "set", change)

    def edit_term(self, entry_id: str, lang: str, old_text: str, text: str, *,
                  role: str | Role = Role.PREFERRED, approve: bool = False, revision: int | None = None) -> Entry:
        """An editor changes the term `old_text` of `lang` in place: a new text, role or
        status (the TUI's term editor).  The term keeps its place; a preferred term demotes
        the language's other preferred term to an alias (as `set_term` does); a text that
        equals another term of the language replaces that one; a changed text is the
        editor's (origin `editor`, confidence 1, no machine evidence).  Found by language and
        matching key, so the same edit applies again to a newer revision after a conflict (a
        term gone meanwhile is added).  A rejected term edited without a new text stays
        rejected unless approved."""
        text = clean_text(text, "term")
        lang = normalize_lang(lang)
        role = parse_role(role)
        old_key, new_key = norm_key(old_text), norm_key(text)

        def change(e: Entry) -> Entry:
            terms = list(e.terms)
            where = next((i for i, t in enumerate(terms) if t.lang == lang and norm_key(t.text) == old_key), None)
            base = terms[where] if where is not None else Term(lang, old_text, role, Status.SUGGESTED, "editor")
            same_text = new_key == old_key
            if approve:
                status = Status.APPROVED
            elif same_text and base.status is Status.REJECTED:
                status = Status.REJECTED
            else:
                status = Status.SUGGESTED
            new = base.replace(text=text, role=role, status=status)
            if not same_text:
                new = new.replace(origin="editor", confidence=1.0, evidence="", reading="")
            # another term of the language with the new text gives way to this one
            kept = [t for i, t in enumerate(terms) if i == where or not (t.lang == lang and norm_key(t.text) == new_key)]
            where = next((i for i, t in enumerate(kept) if t.lang == lang and norm_key(t.text) == old_key), None)
            if role is Role.PREFERRED:
                kept = demote_preferred(kept, lang, keep=where)
            if where is None:
                kept.append(new)
            else:
                kept[where] = new
            return e.with_terms(kept)
        return self._modify(entry_id, revision, "set", change)

    def edit_entry(self, edited: Entry, *, revision: int | None = None) -> Entry:
        """An editor's whole-entry edit (the TUI's $EDITOR file): category, note, the
        TBX-Basic fields and every term become `edited`'s; occurrences stay as they are.
        With `revision`, a Conflict when the entry moved on since."""
        check_entry(edited)

        def change(e: Entry) -> Entry:
            return edited.replace(revision=e.revision, occurrences=e.occurrences)
        return self._modify(edited.id, revision, "update", change)

    @staticmethod
    def entry_as_text(entry: Entry) -> str:
        """`entry` as the plain text an editor edits in $EDITOR (formats/entryfile.py)."""
        from .formats import entryfile

        return entryfile.dump(entry)

    @staticmethod
    def entry_from_text(text: str, base: Entry) -> Entry:
        """The entry an editor's text describes, on top of `base` (terms that keep their
        text keep their origin and evidence).  InputError with the line number when the
        text does not parse."""
        from .formats import entryfile

        return entryfile.parse(text, base)

    def remove_term(self, entry_id: str, lang: str, text: str, *, revision: int | None = None) -> Entry:
        lang = normalize_lang(lang)
        k = norm_key(text)

        def change(e: Entry) -> Entry:
            kept = [t for t in e.terms if not (t.lang == lang and norm_key(t.text) == k)]
            if len(kept) == len(e.terms):
                raise NotFound(f"entry {entry_id!r} has no {lang} term {text!r}")
            return e.with_terms(kept)
        return self._modify(entry_id, revision, "remove-term", change)

    def _pick(self, e: Entry, lang: str, text: str | None, *, want: Callable[[Term], bool]) -> Term:
        terms = e.terms_for(lang)
        if text is not None:
            k = norm_key(text)
            for t in terms:
                if norm_key(t.text) == k:
                    return t
            raise NotFound(f"entry {e.id!r} has no {lang} term {text!r}")
        for t in terms:
            if want(t):
                return t
        if not terms:
            raise NotFound(f"entry {e.id!r} has no {lang} term")
        raise InputError(f"entry {e.id!r} has no {lang} term in a state to change; name the term")

    def _set_status(self, entry_id: str, lang: str, text: str | None, status: Status, revision: int | None,
                    want: Callable[[Term], bool]) -> Entry:
        lang = normalize_lang(lang)

        def change(e: Entry) -> Entry:
            target = self._pick(e, lang, text, want=want)
            return e.with_terms(t.replace(status=status) if t is target else t for t in e.terms)
        action = {"approved": "approve", "rejected": "reject", "suggested": "unapprove"}[status.value]
        return self._modify(entry_id, revision, action, change)

    def approve(self, entry_id: str, lang: str, text: str | None = None, *, revision: int | None = None) -> Entry:
        """Approve a term of `lang` (the named one, else the best live one)."""
        def want(t: Term) -> bool:
            return t.status is not Status.REJECTED and t.role is Role.PREFERRED
        return self._set_status(entry_id, lang, text, Status.APPROVED, revision,
                                lambda t: want(t) or t.status is Status.SUGGESTED)

    def reject(self, entry_id: str, lang: str, text: str | None = None, *, revision: int | None = None) -> Entry:
        """Reject a suggestion of `lang` (the named one, else the first suggested one).
        A rejected form is kept, so the machine never proposes it again."""
        return self._set_status(entry_id, lang, text, Status.REJECTED, revision,
                                lambda t: t.status is Status.SUGGESTED)

    def undo(self, entry_id: str, *, revision: int | None = None) -> Entry | None:
        """Undo the last change of an entry not undone yet; returns the entry as it is now
        (None when the undone change created it).  Read and restored in one write
        transaction: a change another process makes meanwhile is never reverted unseen.
        With `revision` (the revision the editor saw), a Conflict when it moved on since."""
        with self._store.transaction():
            self._check_revision(entry_id, revision)
            return self._store.undo(entry_id, actor=self.actor)

    def redo(self, entry_id: str, *, revision: int | None = None) -> Entry | None:
        """Take back the entry's latest undo (several undos in a row are redone newest
        first; a new change since ends the chain; an entry whose creation was undone comes
        back); returns the entry as it is now.  `revision` as for `undo`."""
        with self._store.transaction():
            self._check_revision(entry_id, revision)
            return self._store.redo(entry_id, actor=self.actor)

    def undo_through(self, entry_id: str, change_id: int, *, revision: int | None = None) -> Entry | None:
        """Undo change `change_id` of the entry, and before it every later change of the
        entry not undone yet (newest first), in one transaction; returns the entry as it
        is now.  InputError when that change is already undone (or is an undo itself)."""
        with self._store.transaction():
            self._check_revision(entry_id, revision)
            pending = self._store.undoable(entry_id)
            if change_id not in pending:
                raise InputError(f"change {change_id} of {entry_id!r} cannot be undone: it is already undone "
                                 "or is an undo itself")
            entry: Entry | None = None
            for _ in range(pending.index(change_id) + 1):
                entry = self._store.undo(entry_id, actor=self.actor)
            return entry

    def undo_count(self, entry_id: str, change_id: int) -> int:
        """How many changes `undo_through(entry_id, change_id)` would undo (0: none)."""
        pending = self._store.undoable(entry_id)
        return pending.index(change_id) + 1 if change_id in pending else 0

    def undoable(self, entry_id: str) -> list[int]:
        """Ids of the entry's changes that `undo` takes back one after the other, newest first."""
        return self._store.undoable(entry_id)

    def _check_revision(self, entry_id: str, revision: int | None) -> None:
        if revision is None:
            return
        current = self._store.revision(entry_id)
        if current != revision:
            raise Conflict(f"entry {entry_id!r} was changed by someone else (revision {current}, you saw "
                           f"{revision}); reload and try again", entry_id=entry_id, expected=revision,
                           actual=current)

    # -- noticing other processes' changes (a front end polls these) -----------------
    def data_version(self) -> int:
        """A number that changes when another connection commits a change to the termbase
        (SQLite's `PRAGMA data_version`; this connection's own writes leave it alone)."""
        return self._store.data_version()

    def last_change_id(self) -> int:
        """The id of the newest recorded change (0: none)."""
        return self._store.last_change_id()

    def changes_since(self, change_id: int, *, limit: int = 10000) -> list[tuple[int, str, str, int | None]]:
        """(change id, entry id, actor, revision after) of every change recorded after
        `change_id`, oldest first."""
        return self._store.changes_since(change_id, limit)

    # -- the main job (glossary.pipeline) -------------------------------------------
    def extract(self, paths: "Sequence[str | os.PathLike] | str | os.PathLike", *, force: bool = False,
                progress=None, on_bytes=None, stdin: tuple[str, bytes] | None = None) -> ExtractReport:
        """Read articles (files or directories; one path or several), extract and align
        their terms, merge them into the termbase -> reports.ExtractReport.  Idempotent per
        file content; editors' decisions are never overwritten.  `progress(done, total,
        path)` is called per file; `on_bytes(done, total, path, step)` counts bytes
        (pipeline.BytesProgress).  The path `-` is `stdin` = (name to store it under, its bytes)."""
        from .pipeline import extract_files

        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        paths = [os.fspath(p) for p in paths]

        return extract_files(self._store, self.actor, paths, force=force, progress=progress, on_bytes=on_bytes,
                             stdin=stdin)

    # -- published editions (glossary.editions) --------------------------------------------
    def align_edition(self, original: str, edition: str, *, lang: str | None = None,
                      dry_run: bool = False) -> EditionReport:
        """Align an English article with its published Japanese or Korean edition (the
        language from the edition's script unless `lang`), harvest the form the edition
        used for each English entry and store them as suggestions (origin
        `edition:<edition>`) with the sentence pairs -> reports.EditionReport.  A form that
        contradicts an approved term is not stored but reported (`report.problems`; the
        CLI exits 1).  `dry_run`: nothing is stored."""
        from .editions import align_edition

        return align_edition(self._store, self.actor, original, edition, lang=lang, dry_run=dry_run)

    def editions(self, *, lang: str | None = None) -> list[tuple[str, str, str, str, str]]:
        """(edition, original, lang, aligned_at, actor) of every aligned edition."""
        return self._store.editions(normalize_lang(lang) if lang else None)

    def aligned_pair(self, entry_id: str, lang: str, text: str) -> AlignedPair | None:
        """The sentence pair that shows the term `text` of `lang` of the entry, when the
        term came from an edition (origin `edition:<file>`): the first stored pair of that
        edition whose edition side holds the term and whose original side holds one of the
        entry's English terms (else the term's form alone); None otherwise."""
        from .reports import AlignedPair

        lang = normalize_lang(lang)
        entry = self._store.get(entry_id, occurrences=False)
        k = norm_key(text)
        term = next((t for t in entry.terms_for(lang) if norm_key(t.text) == k), None)
        if term is None or not term.origin.startswith("edition:"):
            return None
        loose = k.replace(" ", "")
        english = [norm_key(t.text) for t in entry.terms_for("en")]
        fallback = None
        for n, source, target, sline, tline, kind, cost in self._store.edition_pairs(term.origin[len("edition:"):]):
            if loose not in norm_key(target).replace(" ", ""):
                continue
            pair = AlignedPair(n, source, target, sline, tline, kind, cost)
            if any(e and e in norm_key(source) for e in english):
                return pair
            fallback = fallback or pair
        return fallback

    def export_tmx(self, path: str, *, lang: str, follow_symlinks: bool = False) -> ExportReport:
        """The sentence pairs of every aligned edition in `lang` as a TMX 1.4b translation
        memory (English source), written atomically."""
        from . import exchange

        return exchange.export_tmx(self._store, self.actor, path, lang=lang, follow_symlinks=follow_symlinks)

    # -- exchange formats (the work is in glossary.exchange and glossary.formats) ----------
    def export_po(self, lang: str, out_dir: str = "locale", *, mo: bool = False, follow_symlinks: bool = False) -> ExportReport:
        """OUT/<lang>/LC_MESSAGES/glossary.po (+ .mo) and OUT/glossary.pot -> reports.ExportReport.
        Every export replaces its files atomically (all of them or none), never writes
        through a symbolic link unless `follow_symlinks` (and then only the user's own),
        and never replaces a read-only file."""
        from . import exchange

        return exchange.export_po(self._store, self.actor, lang, out_dir, mo=mo, follow_symlinks=follow_symlinks)

    def export_tbx(self, path: str, *, lang: str | None = None, version: int = 3, deprecated: bool = True,
                   follow_symlinks: bool = False) -> ExportReport:
        """TBX-Basic, TBX v3 (or 2: martif), all languages or en + `lang`; `deprecated`
        False leaves deprecated terms out (for OmegaT, which serves every term of an
        entry as a translation)."""
        from . import exchange

        return exchange.export_tbx(self._store, self.actor, path, lang=lang, version=version, deprecated=deprecated,
                                   follow_symlinks=follow_symlinks)

    def export_csv(self, path: str, *, lang: str | None = None, follow_symlinks: bool = False) -> ExportReport:
        from . import exchange

        return exchange.export_csv(self._store, self.actor, path, lang=lang, follow_symlinks=follow_symlinks)

    def export_weblate_csv(self, path: str, *, lang: str, follow_symlinks: bool = False) -> ExportReport:
        """Weblate's CSV (translate-toolkit csvl10n) for one target language: one row per
        English form with its same-role target; suggestions fuzzy; recorded like a .po
        export, so its import merges three ways."""
        from . import exchange

        return exchange.export_weblate_csv(self._store, self.actor, path, lang=lang, follow_symlinks=follow_symlinks)

    def export_tsv(self, path: str, *, lang: str, approved_only: bool = False, follow_symlinks: bool = False) -> ExportReport:
        """The OmegaT glossary (source TAB target TAB comment) for `lang`: same-role pairs,
        suggestions marked in the comment (or left out with `approved_only`), recorded
        like a .po export so that its import merges three ways."""
        from . import exchange

        return exchange.export_tsv(self._store, self.actor, path, lang=lang, approved_only=approved_only, follow_symlinks=follow_symlinks)

    def export_json(self, path: str, *, lang: str | None = None, follow_symlinks: bool = False) -> ExportReport:
        from . import exchange

        return exchange.export_json(self._store, self.actor, path, lang=lang, follow_symlinks=follow_symlinks)

    def import_file(self, path: str, *, fmt: str | None = None, lang: str | None = None,
                    dry_run: bool = False, force: bool = False) -> ImportReport:
        """Merge a po/tbx/csv/tsv/json file into the termbase in one transaction -> reports.ImportReport."""
        from . import exchange

        return exchange.import_file(self._store, self.actor, path, fmt=fmt, lang=lang, dry_run=dry_run, force=force)

    # -- finding terms in text, checking translations (match.py, check.py) ----------
    def find_terms(self, text: str, lang: str | None = None, *, include_suggestions: bool = False):
        """Every approved termbase term in `text` -> list[match.TermMatch] (spans in `text`,
        leftmost-longest); with `include_suggestions`, suggestions too (`TermMatch.suggested`
        says which).  The automaton is built once and reused until the data change."""
        from .match import find_terms

        return find_terms(self._store, text, normalize_lang(lang) if lang else None,
                          include_suggestions=include_suggestions)

    def check(self, source_text: str, target_text: str, lang: str, *, source_lang: str = "en",
              include_suggestions: bool = False):
        """Terminology QA of a translation into `lang` against the approved terms ->
        check.CheckReport; with `include_suggestions`, suggestions count too (a problem
        that rests on one says so)."""
        from .check import check_texts

        return check_texts(self._store, source_text, target_text, normalize_lang(lang),
                           source_lang=normalize_lang(source_lang), include_suggestions=include_suggestions)

    # -- paging through large results (the TUI's virtual table) --------------------
    def ids(self, *, category: str | None = None, missing: str | None = None, status: str | None = None,
            needs_review: bool = False, search: str | None = None, order: str = "id") -> list[str]:
        """Ids of every entry matching the filters of `list`, in `order`, in one query: a
        front end pages through them with `get_many` instead of re-filtering per page."""
        filters = self._filters(category, missing, status, needs_review, search)
        return self._store.list_ids(**filters, order=order)

    def get_many(self, ids: Sequence[str], *, occurrences: bool = True) -> list[Entry]:
        """Entries in the order of `ids` (unknown ids are skipped)."""
        return self._store.get_many(ids, occurrences=occurrences)

    # -- reading text files as `extract` reads articles (check, find) ----------------
    @staticmethod
    def read_text(path: str, *, data: bytes | None = None) -> TextFile:
        """A text file decoded and normalised exactly as `extract` reads an article
        (regular files only, within the input limit; UTF-8/16, CP932, EUC-KR/CP949; line
        ends normalised, NFC), with the decoder's warnings.  With `data`, those bytes are
        read under the name `path` (standard input)."""
        from .documents.reader import read_text
        from .reports import TextFile

        text, warnings = read_text(path, data=data)
        return TextFile(path, text, warnings)

    @staticmethod
    def input_limit() -> int:
        """The largest input (bytes) a file or standard input may have ($GLOSSARY_MAX_INPUT_MB)."""
        from .documents.reader import max_input_bytes

        return max_input_bytes()
