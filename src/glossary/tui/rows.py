"""What the entry table shows, without Textual: the query (search, filters, order), one
light row per entry, and a page cache that asks the termbase for the visible window only.

At 100,000 entries a page of rows costs about a millisecond (an indexed LIMIT/OFFSET),
so the table never holds more than a few pages.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..model import Category, Entry

if TYPE_CHECKING:
    from ..api import Glossary

#: the orders `s` cycles through; "relevance" ranks a search's results (Glossary.ranked_ids:
#: exact, whole words, prefix, substring or reading; ties by usage) and is id order without one
ORDERS = ("relevance", "id", "category", "updated", "created")
#: languages with a column in the table
TABLE_LANGS = ("en", "ja", "ko")
PAGE = 100


@dataclass(frozen=True)
class TableQuery:
    """Which entries the table shows, and in which order."""

    search: str = ""
    category: str | None = None
    missing: str | None = None  # "ja" or "ko": entries with no live term in that language
    needs_review: bool = False
    approved: bool = False  # entries with an approved term
    order: str = "relevance"

    def filters(self) -> dict[str, Any]:
        """Keyword arguments for `Glossary.list` and `Glossary.count`."""
        return {"category": self.category, "missing": self.missing,
                "status": "approved" if self.approved else None,
                "needs_review": self.needs_review, "search": self.search.strip() or None}

    def toggle_missing(self, lang: str) -> "TableQuery":
        return replace(self, missing=None if self.missing == lang else lang)

    def next_category(self, step: int = 1) -> "TableQuery":
        cycle: list[str | None] = [None, *(c.value for c in Category)]
        return replace(self, category=cycle[(cycle.index(self.category) + step) % len(cycle)])

    def next_order(self) -> "TableQuery":
        """The next order; without a search "relevance" is id order, so it is skipped."""
        cycle = ORDERS if self.search.strip() else ORDERS[1:]
        i = cycle.index(self.order_name) if self.order_name in cycle else -1
        return replace(self, order=cycle[(i + 1) % len(cycle)])

    @property
    def ranked(self) -> bool:
        return self.order == "relevance" and bool(self.search.strip())

    @property
    def order_name(self) -> str:
        """The order as shown: relevance only means something while searching."""
        return self.order if self.order != "relevance" or self.ranked else "id"

    def store_order(self) -> str:
        return "id" if self.order == "relevance" else self.order

    def active(self) -> list[str]:
        """The filters in force, as the chips name them (empty: none)."""
        parts = []
        if self.search.strip():
            parts.append(f"search {self.search.strip()!r}")
        if self.category:
            parts.append(f"category {self.category}")
        if self.missing:
            parts.append(f"no {self.missing}")
        if self.needs_review:
            parts.append("to review")
        if self.approved:
            parts.append("approved")
        return parts

    def describe(self) -> str:
        return ", ".join(self.active()).replace("no ja", "missing ja").replace("no ko", "missing ko").replace(
            "to review", "needs review") or "all entries"


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    id: str
    category: str
    en: str
    ja: str
    ko: str
    state: str
    needs_review: bool
    revision: int

    @classmethod
    def from_entry(cls, entry: Entry) -> "Row":
        states = {lang: entry.state(lang) for lang in TABLE_LANGS}
        review = any(t.status.value == "suggested" for t in entry.terms)
        missing = [lang for lang, s in states.items() if s == "missing"]
        parts = (["review"] if review else []) + [f"−{lang}" for lang in missing]
        return cls(entry.id, entry.category.value, entry.text("en"), entry.text("ja"), entry.text("ko"),
                   " ".join(parts) or "approved", review, entry.revision)

    @property
    def state_short(self) -> str:
        """The state in at most 9 cells, for narrow terminals: "rev-ja-ko", "approved"."""
        return self.state.replace("review", "rev").replace(" ", "")


class RowSource:
    """The rows of one query, fetched a page at a time and cached until `reset()`.

    Without filters (or with a category only) a page is an indexed LIMIT/OFFSET query and
    the total an indexed count.  Filters that scan the terms (search, missing, review,
    approved) would scan again for every page and for the count, so for those the ids of
    the whole result are fetched once (one scan) and pages are read by id."""

    def __init__(self, glossary: "Glossary", query: TableQuery | None = None):
        self.glossary = glossary
        self.query = query or TableQuery()
        self._pages: dict[int, list[Row]] = {}
        self._ids: list[str] | None = None
        self._last_search: tuple[dict[str, Any], tuple[str, tuple[str, ...]], list] | None = None
        self.total = 0
        self.reset()

    def reset(self, query: TableQuery | None = None) -> None:
        """Forget cached pages (after a change, or for a new query) and count again."""
        if query is not None:
            self.query = query
        self._pages.clear()
        filters = self.query.filters()
        if self.query.ranked:
            search = filters.pop("search")
            self._ids = self.glossary.rank_matches(search, self._matches(search, filters))
            self.total = len(self._ids)
        elif any(v for k, v in filters.items() if k != "category"):
            self._ids = self.glossary.ids(**filters, order=self.query.store_order())
            self.total = len(self._ids)
        else:
            self._ids = None
            self.total = self.glossary.count(**filters)

    def _matches(self, search: str, filters: dict[str, Any]) -> list:
        """The matching terms of a ranked search.  While the editor types on (the same
        filters, a longer query) they are picked from the last ones instead of scanning
        the termbase again; anything else (a reload after a change, other filters) scans."""
        from ..text.ranking import narrow
        from ..text.normalize import key
        from ..text.reading_keys import reading_needles

        now = (key(search), reading_needles(search))
        last = self._last_search
        rows = None
        if last is not None and last[0] == filters and last[1] != now:
            rows = narrow(last[2], last[1], now)
        if rows is None:
            rows = self.glossary.search_matches(search, **filters)
        self._last_search = (filters, now, rows)
        return rows

    def page(self, number: int) -> list[Row]:
        rows = self._pages.get(number)
        if rows is None:
            if self._ids is not None:
                entries = self.glossary.get_many(self._ids[number * PAGE:(number + 1) * PAGE], occurrences=False)
            else:
                entries = self.glossary.list(**self.query.filters(), order=self.query.store_order(), limit=PAGE,
                                             offset=number * PAGE, occurrences=False)
            rows = [Row.from_entry(e) for e in entries]
            if len(self._pages) > 20:  # keep memory flat while scrolling through 100,000 rows
                self._pages.clear()
            self._pages[number] = rows
        return rows

    def row(self, index: int) -> Row | None:
        if index < 0 or index >= self.total:
            return None
        rows = self.page(index // PAGE)
        offset = index % PAGE
        return rows[offset] if offset < len(rows) else None

    def index_of(self, entry_id: str, *, near: int = 0, span: int = 5) -> int | None:
        """Where `entry_id` is, looking in the pages around row `near` (None if not there)."""
        if self._ids is not None:
            try:
                return self._ids.index(entry_id)
            except ValueError:
                return None
        first = max(0, near // PAGE - span)
        for number in range(first, first + 2 * span + 1):
            if number * PAGE >= self.total:
                break
            for i, row in enumerate(self.page(number)):
                if row.id == entry_id:
                    return number * PAGE + i
        return None

    def next_needing_review(self, start: int) -> int | None:
        """The first row after `start` (wrapping around) whose entry has a suggestion."""
        if not self.total:
            return None
        scanned = 0
        index = (start + 1) % self.total
        while scanned < self.total:
            number, offset = divmod(index, PAGE)
            rows = self.page(number)
            for i in range(offset, len(rows)):
                if rows[i].needs_review:
                    return number * PAGE + i
            scanned += len(rows) - offset or 1
            index = (number + 1) * PAGE
            if index >= self.total:
                index = 0
        return None
