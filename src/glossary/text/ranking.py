"""How well an entry matches a search, without I/O: the order of the TUI's search results
(and of any front end that lists entries by a typed query).

Tiers, best first:

    EXACT      the query is a whole term ("hong gil-dong" = "Hong Gil-dong")
    WORDS      the query is whole words of a term ("tanaka" in "Tanaka Hanako", "의회"
               in "지방 의회"); Latin words end at any non-letter, CJK at a space
    PREFIX     a term starts with the query ("tana" -> "Tanaka Hanako", "田中" -> "田中花子")
    SUBSTRING  a term contains the query, or a stored reading does (kana, romanization,
               Hangul: "たなか", "タナカ", "tanaka")
    REJECTED   only a rejected form matched

An entry takes the best tier of its terms; ties go to the entry used most (occurrences
in the documents), then to the one whose best matching term is preferred and shortest,
then by id so the order is stable.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Iterable, Mapping, NamedTuple

__all__ = ["Tier", "Match", "term_tier", "rank", "narrow"]


class Tier(IntEnum):
    EXACT = 0
    WORDS = 1
    PREFIX = 2
    SUBSTRING = 3
    REJECTED = 4


_ROLE_ORDER = {"preferred": 0, "abbreviation": 1, "alias": 2, "deprecated": 3}


class Match(NamedTuple):
    """One term that matched: its entry, matching key, folded reading, role and status
    (the rows of `Store.search_terms` are these, as plain tuples)."""

    entry_id: str
    key: str
    reading: str
    role: str
    status: str


def _whole_words(query: str, key: str) -> bool:
    """`query` occurs in `key` with no letter or digit right before or after it."""
    start = key.find(query)
    while start >= 0:
        end = start + len(query)
        if (start == 0 or not key[start - 1].isalnum()) and (end == len(key) or not key[end].isalnum()):
            return True
        start = key.find(query, start + 1)
    return False


def term_tier(query: str, key: str, reading: str = "", needles: Iterable[str] = ()) -> Tier | None:
    """The tier of one term for a query (both as matching keys; `reading` and `needles`
    as reading keys, see text.reading_keys); None when it does not match at all."""
    if query and query in key:
        if key == query:
            return Tier.EXACT
        if _whole_words(query, key):
            return Tier.WORDS
        if key.startswith(query):
            return Tier.PREFIX
        return Tier.SUBSTRING
    if reading and any(n and n in reading for n in needles):
        return Tier.SUBSTRING
    return None


def rank(query: str, matches: Iterable[Match], usage: Mapping[str, int] | None = None,
         needles: Iterable[str] = ()) -> list[str]:
    """Entry ids of `matches`, best first (see the module docstring).

    The loop is `term_tier` inlined, each entry's best score packed in one integer (tier,
    then role, then the length of the term): it runs once per keystroke over every match,
    50,000 of them for a one-letter query in a large termbase."""
    needles = tuple(n for n in needles if n)
    best: dict[str, int] = {}
    get = best.get
    roles = _ROLE_ORDER
    words = _whole_words
    for entry_id, key, reading, role, status in matches:
        if key == query:
            tier = 0
        else:
            pos = key.find(query) if query else -1
            if pos < 0:
                if not (reading and any(n in reading for n in needles)):
                    continue
                tier = 3
            elif words(query, key):
                tier = 1
            else:
                tier = 2 if pos == 0 else 3
        if status == "rejected":
            tier = 4
        score = tier * 100_000_000 + roles.get(role, 9) * 10_000_000 + min(len(key), 9_999_999)
        old = get(entry_id)
        if old is None or score < old:
            best[entry_id] = score
    if usage:
        used = {e: n for e, n in usage.items() if e in best}
        if used:
            return sorted(best, key=lambda e: (best[e] // 100_000_000, -used.get(e, 0), best[e], e))
    return [e for _, e in sorted((score, e) for e, score in best.items())]


def narrow(matches: list[Match], before: tuple[str, tuple[str, ...]], now: tuple[str, tuple[str, ...]]
           ) -> list[Match] | None:
    """The matches of a longer query picked from those of a shorter one, as the editor
    types (no new scan of the termbase); None when they cannot be (the query does not
    extend the old one, or a reading needle of the new query does not contain one of the
    old: "ishib" has no kana, "ishiba" has いしば).  `before` and `now` are (query key,
    reading needles)."""
    old_key, old_needles = before
    key, needles = now
    if not old_key or not key.startswith(old_key):
        return None
    if any(not any(o in n for o in old_needles) for n in needles if n):
        return None
    return [m for m in matches if key in m[1] or (m[2] and any(n and n in m[2] for n in needles))]
