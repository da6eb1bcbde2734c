"""The client-side key index (issue 16, item 6): what `entries_by_key` answered, kept in
memory so that a script's or the TUI's warm lookups make no database round trip.

Both stores own one.  Each answer is kept with the store's *generation* at the time it was
read: a value that moves whenever the termbase may have changed (this connection's own
commits, plus SQLite's `PRAGMA data_version` or PostgreSQL's change notifications for
everyone else's).  An answer read under an older generation is never served: the whole
index is dropped as soon as the generation moves.  Entries are immutable records, so the
same objects can be handed out again.
"""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Hashable

#: answers kept at most (the least recently stored are dropped first)
LIMIT = 20000


class KeyIndex:
    __slots__ = ("generation", "answers", "limit", "hits", "misses")

    def __init__(self, limit: int = LIMIT) -> None:
        self.generation: Any = None
        self.answers: dict[Hashable, Any] = {}
        self.limit = limit
        self.hits = 0
        self.misses = 0

    def get(self, generation: Any, key: Hashable) -> Any:
        """The answer stored for `key` under `generation`, else None (and, when the
        generation moved, everything is forgotten)."""
        if generation != self.generation:
            self.answers.clear()
            self.generation = generation
            self.misses += 1
            return None
        found = self.answers.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, generation: Any, key: Hashable, answer: Any) -> None:
        if generation != self.generation:
            self.answers.clear()
            self.generation = generation
        if len(self.answers) >= self.limit:
            # drop the oldest eighth (dicts keep insertion order)
            for old in list(self.answers)[: self.limit // 8 or 1]:
                del self.answers[old]
        self.answers[key] = answer

    def clear(self) -> None:
        self.answers.clear()
        self.generation = None
