"""The `Termbase` protocol: what the services (`pipeline`, `exchange`, and later the team
server) and the matchers (`match`, `check`, `fuzzy`) may ask of a termbase.

`store.sqlite.Store` implements it (the embedded default); a PostgreSQL store for the
team server (issue 16) implements the same methods in `store/postgres.py`.  Services take
a `Termbase` and the actor's name, never the `Glossary` facade: they cannot reach the
facade's other verbs, and a second backend only has to provide this list.  It is checked
against `Store` by tests/test_import_hygiene.py.

Only this module and store/ know the protocol exists at run time; services import it
under `TYPE_CHECKING` for their annotations.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ContextManager, Iterator, Protocol, Sequence

if TYPE_CHECKING:
    from ..model import Change, Entry, Occurrence


class Termbase(Protocol):
    """Entries by id and by matching key, writes with optimistic revisions, one history."""

    path: str
    readonly: bool

    # -- reading -------------------------------------------------------------------
    def exists(self, entry_id: str) -> bool: ...

    def get(self, entry_id: str, *, occurrences: bool = True) -> "Entry": ...

    def get_many(self, ids: Sequence[str], *, occurrences: bool = True) -> list["Entry"]: ...

    def ids_by_key(self, k: str, lang: str | None = None) -> list[tuple[str, int]]:
        """(entry id, position of the term in the entry) of every term whose key is `k`."""
        ...

    def all_keys(self) -> Iterator[tuple[str, str, str, int]]:
        """(key, lang, entry id, term position) of every live term (the matchers' index)."""
        ...

    def list_ids(self, *, category: str | None = None, missing: str | None = None, status: str | None = None,
                 search_key: str | None = None, needs_review: bool = False, order: str = "id",
                 limit: int | None = None, offset: int = 0) -> list[str]: ...

    def count(self, *, category: str | None = None, missing: str | None = None, status: str | None = None,
              search_key: str | None = None, needs_review: bool = False) -> int: ...

    def stats(self) -> dict[str, Any]: ...

    def history(self, entry_id: str | None = None, limit: int = 100) -> list["Change"]: ...

    # -- writing (every write records actor, time, before and after) -------------------
    def transaction(self) -> ContextManager[Any]:
        """One write transaction, all or nothing; nested calls join the outer one."""
        ...

    def save(self, entry: "Entry", *, base_revision: int | None, actor: str, action: str) -> "Entry": ...

    def bulk_create(self, entries: Sequence["Entry"], *, actor: str, action: str = "create",
                    keep_meta: bool = False) -> int: ...

    def replace_occurrences(self, doc: str, by_entry: dict[str, list["Occurrence"]]) -> None: ...

    # -- what extraction and exports remember ------------------------------------------
    def document(self, doc: str) -> tuple[str, str] | None:
        """(sha256, report JSON) of the document last extracted under this name."""
        ...

    def set_document(self, doc: str, sha256: str, encoding: str, report: dict[str, Any]) -> None: ...

    def record_export(self, export_id: str, lang: str, messages: Sequence[tuple], *, actor: str,
                      fmt: str = "po") -> bool: ...

    def export_record(self, export_id: str) -> Any: ...

    # -- aligned editions (glossary.editions; schema 6) -----------------------------------
    def replace_edition(self, edition: str, original: str, lang: str, digests: tuple[str, str],
                        pairs: Sequence[tuple], *, actor: str) -> None:
        """Record an edition's alignment with its original: (n, source, target,
        source_line, target_line, kind, cost) per pair, replacing earlier ones."""
        ...

    def editions(self, lang: str | None = None) -> list[tuple[str, str, str, str, str]]:
        """(edition, original, lang, aligned_at, actor) of every aligned edition."""
        ...

    def edition_pairs(self, edition: str) -> list[tuple[int, str, str, int, int, str, float]]:
        """(n, source, target, source_line, target_line, kind, cost) of an edition, in order."""
        ...
