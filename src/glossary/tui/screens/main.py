"""The main screen: search box and filters, the virtual entry table, the detail pane,
the counts of work left.  Editing actions live in `EditActions` (screens/editing.py)."""
from __future__ import annotations

from dataclasses import replace
from time import monotonic
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.geometry import Region
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from rich.text import Text

from ...model import Entry
from ...errors import NotFound
from ..counts import WorkCounts
from ..rows import RowSource, TableQuery
from ..widgets.detail import EntryDetail, TermList
from ..widgets.entry_table import EntryTable
from .editing import EditActions

if TYPE_CHECKING:
    from ...api import Glossary

#: above this many entries the counts are computed in a thread, after the first paint
COUNT_IN_THREAD_ABOVE = 20_000


#: seconds between two looks at the termbase for other processes' changes
POLL_SECONDS = 1.0


class MainScreen(EditActions, Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        # quit and help first, so that a narrow footer keeps them (the app binds them too)
        Binding("q", "app.quit", "Quit", id="app.quit", tooltip="Quit (every change is already saved)"),
        Binding("question_mark,f1", "app.help", "Help", id="app.help", tooltip="Every key, with its binding id"),
        Binding("slash", "focus_search", "Search", id="main.search",
                tooltip="Search every language (normalised: rcep, 야마다, 山田)"),
        Binding("escape", "escape", "Back", show=False, id="main.escape",
                tooltip="In the search box: clear it and go back to the table"),
        Binding("1", "toggle_missing('ja')", "No ja", id="filter.missing_ja", show=False,
                tooltip="Only entries without a Japanese term"),
        Binding("2", "toggle_missing('ko')", "No ko", id="filter.missing_ko", show=False,
                tooltip="Only entries without a Korean term"),
        Binding("3", "toggle_review", "To review", id="filter.needs_review", show=False,
                tooltip="Only entries with suggestions to review"),
        Binding("4", "toggle_approved", "Approved", id="filter.approved", show=False,
                tooltip="Only entries with an approved term"),
        Binding("c", "category(1)", "Category", id="filter.category", show=False,
                tooltip="Next category filter"),
        Binding("C", "category(-1)", "Prev category", id="filter.category_back", show=False,
                tooltip="Previous category filter"),
        Binding("0", "clear_filters", "All", id="filter.clear", show=False, tooltip="Clear search and filters"),
        Binding("s", "sort", "Sort", id="table.sort", show=False,
                tooltip="Next sort order (relevance while searching, id, category, updated, created)"),
        Binding("right_square_bracket", "term(1)", "Next term", id="term.next", show=False,
                tooltip="Highlight the next term of the entry"),
        Binding("left_square_bracket", "term(-1)", "Prev term", id="term.prev", show=False,
                tooltip="Highlight the previous term of the entry"),
        Binding("ctrl+r", "reload", "Reload", id="main.reload", show=False,
                tooltip="Read the termbase again (other processes' changes also show within a second)"),
        *EditActions.EDIT_BINDINGS,
    ]

    AUTO_FOCUS = "EntryTable"

    def __init__(self, glossary: "Glossary") -> None:
        super().__init__()
        self.glossary = glossary
        self.source = RowSource(glossary)
        self._entry: Entry | None = None
        self._detail_timer: Timer | None = None
        self._last_show = 0.0
        self.counts: WorkCounts | None = None
        #: (entry id, revision) of the changes this screen made: not "changed elsewhere"
        self.mine: set[tuple[str, int | None]] = set()
        self._data_version: int | None = None
        self._seen_change = 0
        self._poll_failed = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-bar"):
            yield Input(id="search", placeholder="search  en / 日本語 / 한국어   ( / )",
                        tooltip="Incremental search in every language; Enter goes to the table")
            yield Static(id="filters")
        with Horizontal(id="body"):
            yield EntryTable(self.source, id="table")
            yield EntryDetail(id="detail")
        yield Static(id="focus-line")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self._show_filters()
        self.refresh_counts()
        self._data_version = self.glossary.data_version()
        self._seen_change = self.glossary.last_change_id()
        self.set_interval(POLL_SECONDS, self.poll)

    # -- parts ------------------------------------------------------------------
    @property
    def table(self) -> EntryTable:
        return self.query_one(EntryTable)

    @property
    def detail(self) -> EntryDetail:
        return self.query_one(EntryDetail)

    @property
    def term_list(self) -> TermList:
        return self.query_one(TermList)

    # -- counts -----------------------------------------------------------------
    def refresh_counts(self) -> None:
        path = self.glossary.path
        if path == ":memory:" or self.source.total <= COUNT_IN_THREAD_ABOVE and not self.source.query.filters()["search"]:
            self._set_counts(WorkCounts.of(self.glossary))
        else:
            self._count_in_thread(path)

    @work(thread=True, exclusive=True, group="counts")
    def _count_in_thread(self, path: str) -> None:
        from ...api import Glossary
        from ..faults import is_recoverable, one_line

        try:
            with Glossary.open(path, create=False) as other:
                counts = WorkCounts.of(other)
        except Exception as exc:   # the counts are a convenience: a fault is shown, never fatal
            if not is_recoverable(exc):
                raise
            self.app.call_from_thread(self.notify, f"Counting failed: {one_line(exc)}", severity="warning")
            return
        self.app.call_from_thread(self._set_counts, counts)

    def _set_counts(self, counts: WorkCounts) -> None:
        self.counts = counts
        self._show_status()

    def _show_status(self) -> None:
        q = self.source.query
        shown = f"{self.source.total:,} shown ({q.describe()}; order {q.order_name})"
        work_left = self.counts.describe() if self.counts else "counting…"
        self.query_one("#status", Static).update(f"{shown}  │  {work_left}")
        empty = ""
        if not self.source.total:
            active = q.active()
            empty = (f"No entries match {', '.join(active)}. Press 0 to clear the search and filters."
                     if active else "The termbase is empty: glossary extract FILE, or ctrl+p.")
        self.table.empty_message = (f"No entries match {', '.join(q.active())}  (0 clears)" if empty and q.active()
                                    else empty or "No entries.")
        self.detail.empty_message = empty or "No entry selected."
        if not self.source.total and self._entry is None:
            self.detail.show(None)
        self.show_focus()

    def show_focus(self) -> None:
        """The line above the footer: what a and x act on, in words."""
        line = self.query_one("#focus-line", Static)
        term = self.term_list.term if self._entry is not None else None
        if term is None:
            line.update(Text("▶ no term highlighted" if self._entry is not None else ""))
            return
        text = Text("▶ ", style="bold")
        if term.status.value == "suggested":
            text.append_text(Text.assemble(("a", "bold reverse"), f" accept {term.lang} {term.text}  ",
                                           ("x", "bold reverse"), f" reject {term.lang} {term.text}"))
        elif term.status.value == "approved":
            text.append_text(Text.assemble(f"{term.lang} {term.text} is approved  ", ("e", "bold reverse"),
                                           " edit  ", ("d", "bold reverse"), " delete"))
        else:
            text.append_text(Text.assemble(("a", "bold reverse"), f" accept {term.lang} {term.text} (rejected)"))
        text.append(f"   [ ] term {self.term_list.highlighted + 1}/{len(self.term_list.terms)}", style="dim")
        line.update(text)

    def _show_filters(self) -> None:
        q = self.source.query

        def chip(key: str, label: str, on: bool, action: str) -> Content:
            style = "$text-accent reverse" if on else "$text-muted"
            return Content.from_markup(f"[@click=screen.{action}][{style}] {key} {label} [/][/]")

        chips = [
            chip("1", "no ja", q.missing == "ja", "toggle_missing('ja')"),
            chip("2", "no ko", q.missing == "ko", "toggle_missing('ko')"),
            chip("3", "to review", q.needs_review, "toggle_review"),
            chip("4", "approved", q.approved, "toggle_approved"),
            chip("c", f"category: {q.category or 'all'}", q.category is not None, "category(1)"),
            chip("s", f"sort: {q.order}", False, "sort"),
        ]
        self.query_one("#filters", Static).update(Content(" ").join(chips))
        self._show_status()

    # -- query ------------------------------------------------------------------
    def set_query(self, query: TableQuery, keep: str | None = None) -> None:
        keep = keep or (self.table.row.id if self.table.row else None)
        self.source.query = query
        self.table.reload(keep_id=keep)
        self._show_filters()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.source.query = replace(self.source.query, search=event.value)
        self.table.reload()
        self.table.move_to(0)
        self._show_status()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.table.focus()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_escape(self) -> None:
        """Esc in the search box clears it and gives the keys back to the table (the
        cursor stays on the entry it was on); elsewhere it goes back to the table."""
        search = self.query_one("#search", Input)
        if search.has_focus and search.value:
            keep = self.table.row.id if self.table.row else None
            with search.prevent(Input.Changed):
                search.value = ""
            self.set_query(replace(self.source.query, search=""), keep=keep)
        self.table.focus()

    def action_toggle_missing(self, lang: str) -> None:
        self.set_query(self.source.query.toggle_missing(lang))

    def action_toggle_review(self) -> None:
        self.set_query(replace(self.source.query, needs_review=not self.source.query.needs_review))

    def action_toggle_approved(self) -> None:
        self.set_query(replace(self.source.query, approved=not self.source.query.approved))

    def action_category(self, step: int) -> None:
        self.set_query(self.source.query.next_category(step))

    def action_sort(self) -> None:
        self.set_query(self.source.query.next_order())

    def action_clear_filters(self) -> None:
        self.query_one("#search", Input).value = ""
        self.set_query(TableQuery(order=self.source.query.order))

    def action_reload(self) -> None:
        self.reload_entry()
        self.refresh_counts()

    # -- the entry under the cursor -------------------------------------------------
    # While the cursor moves fast (a held key, PageDown) the detail pane follows a moment
    # later, so that the table repaints first; `entry` is always the entry under the cursor.
    DETAIL_DELAY = 0.08

    @property
    def entry(self) -> Entry | None:
        row = self.table.row
        if (row.id if row else None) != (self._entry.id if self._entry else None):
            self.show_entry(row.id if row else None)
        return self._entry

    @on(EntryTable.Highlighted)
    def _highlighted(self, event: EntryTable.Highlighted) -> None:
        row = event.row
        if row and self._entry and (row.id, row.revision) == (self._entry.id, self._entry.revision):
            return  # already shown (after a change, with the edited term highlighted)
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        if monotonic() - self._last_show > 2 * self.DETAIL_DELAY:
            self._last_show = monotonic()
            self.call_after_refresh(self._show_cursor_entry)  # the table repaints first
        else:
            self._detail_timer = self.set_timer(self.DETAIL_DELAY, self._show_cursor_entry)

    def _show_cursor_entry(self) -> None:
        self._detail_timer = None
        row = self.table.row
        if (row.id if row else None) != (self._entry.id if self._entry else None):
            self.show_entry(row.id if row else None)

    def show_entry(self, entry_id: str | None, keep: tuple[str, str] | None = None) -> None:
        entry = None
        if entry_id is not None:
            try:
                entry = self.glossary.get(entry_id)
            except NotFound:
                entry = None
        self._entry = entry
        self._last_show = monotonic()
        self.detail.show(entry, keep)
        self.show_focus()

    def go_to(self, entry_id: str) -> None:
        """Put the cursor on an entry; the search and filters are cleared if they hide it."""
        index = self.source.index_of(entry_id, near=self.table.cursor)
        if index is None:
            search = self.query_one("#search", Input)
            with search.prevent(Input.Changed):
                search.value = ""
            self.source.query = TableQuery(order=self.source.query.order)
            self.table.reload()
            self._show_filters()
            index = self.source.index_of(entry_id, near=0, span=10_000)
        if index is None:
            self.notify(f"{entry_id} is not in the termbase (any more).", severity="warning")
            return
        self.table.move_to(index)
        self.show_entry(entry_id)
        self.table.focus()

    def reload_entry(self, entry_id: str | None = None, keep: tuple[str, str] | None = None) -> None:
        """Show the termbase as it is now: the table (cursor kept on the entry) and the entry."""
        entry_id = entry_id or (self._entry.id if self._entry else None)
        self.table.reload(keep_id=entry_id)
        row = self.table.row
        if entry_id and row and row.id != entry_id:
            self.show_entry(row.id)
        else:
            self.show_entry(entry_id if row else None, keep)
        self._show_status()

    def action_term(self, step: int) -> None:
        terms = self.term_list
        if not terms.option_count:
            self.notify("This entry has no terms.", severity="warning")
            return
        now = terms.highlighted or 0
        nxt = (now + step) % terms.option_count
        terms.highlighted = nxt
        if terms.option_count > 1 and (nxt < now if step > 0 else nxt > now):
            self.notify("Back to the first term (wrapped around)." if step > 0
                        else "On to the last term (wrapped around).", timeout=2)

    @on(OptionList.OptionHighlighted, "#terms")
    def _term_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_focus()
        # after the list and the pane have been laid out again (two refreshes)
        self.call_after_refresh(self.call_after_refresh, self._scroll_to_term, event.option_index)

    def _scroll_to_term(self, index: int) -> None:
        """Keep the highlighted term in view in the detail pane (a short pane at 80x24)."""
        terms = self.term_list
        cache = terms._line_cache
        line = cache.index_to_line.get(index) if hasattr(cache, "index_to_line") else None
        if line is None:
            return
        height = cache.heights.get(index, 1) if hasattr(cache, "heights") else 1
        top = terms.virtual_region.y + line
        self.detail.scroll_to_region(Region(0, top, 1, height), animate=False, immediate=True)

    # -- other processes -------------------------------------------------------------
    def poll(self) -> None:
        """Notice changes other processes committed (PRAGMA data_version, about once a
        second): reload the rows and the entry, say how many entries changed, and warn
        an open edit of one of them (saving it goes through the conflict dialog)."""
        from ..faults import is_recoverable, one_line

        try:
            version = self.glossary.data_version()
            if version == self._data_version:
                return
            self._data_version = version
            changes = self.glossary.changes_since(self._seen_change)
        except Exception as exc:
            if not is_recoverable(exc):
                raise
            if not self._poll_failed:   # once, not every second
                self._poll_failed = True
                self.notify(f"Cannot look for other changes: {one_line(exc)}", severity="warning")
            return
        self._poll_failed = False
        if changes:
            self._seen_change = changes[-1][0]
        theirs = {entry_id for _, entry_id, _, after in changes if (entry_id, after) not in self.mine}
        keep_term = (self.term_list.term.lang, self.term_list.term.text) if self.term_list.term else None
        self.table.reload(keep_id=self._entry.id if self._entry else None)
        if self._entry is not None and self._entry.id in theirs:
            self.show_entry(self._entry.id, keep_term)
        self.refresh_counts()
        if theirs:
            n = len(theirs)
            self.notify(f"{n} {'entry' if n == 1 else 'entries'} changed elsewhere: "
                        + ", ".join(sorted(theirs)[:3]) + (" …" if n > 3 else ""), timeout=4)
            editing = getattr(self.app.screen, "entry_id", None)
            if editing in theirs:
                self.app.screen.notify(f"{editing} was changed elsewhere meanwhile: saving will ask whether to "
                                       "keep theirs or apply yours.", severity="warning", timeout=8)
