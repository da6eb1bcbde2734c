"""The entry table: a Line API widget that renders only the rows on screen.

Textual's DataTable keeps every row in memory and measures all of them (about 3.4 s for
10,000 rows); this table asks a `RowSource` for the visible window instead, so a
termbase of 100,000 entries opens, scrolls and filters as fast as one of 100.
Line 0 is a fixed header; the vertical scrollbar maps to the total number of rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..cells import fit
from ..rows import Row, RowSource

HEADERS = ("id", "category", "English", "Japanese", "Korean", "state")
#: at most this many cells wide the table drops the category and shortens the state
NARROW = 84
#: the cursor's row starts with this mark (besides its colours and reverse video), so the
#: row is found without colour: NO_COLOR, 16 colours, a plain-text screen capture
CURSOR_MARK = "▶"


def column_widths(width: int) -> tuple[int, ...]:
    """Cell widths of the columns for a table `width` cells wide (1-cell gaps): the
    cursor mark, id, category, English, Japanese, Korean, state; a narrow table (at
    most NARROW cells) has no category column (width 0) and a 9-cell state."""
    if width <= NARROW:
        id_w = max(8, min(16, width // 6))
        state_w = 9
        rest = max(15, width - 2 - id_w - state_w - 4)
        en_w = rest * 2 // 5
        ja_w = (rest - en_w) // 2
        return (1, id_w, 0, en_w, ja_w, rest - en_w - ja_w, state_w)
    id_w = max(8, min(24, width // 6))
    cat_w = 11
    state_w = 14
    rest = max(15, width - 2 - id_w - cat_w - state_w - 5)
    en_w = rest * 3 // 8
    ja_w = (rest - en_w) // 2
    return (1, id_w, cat_w, en_w, ja_w, rest - en_w - ja_w, state_w)


class EntryTable(ScrollView, can_focus=True):
    """Entries of the current query, one per line, with a cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False, id="table.up", tooltip="Previous entry"),
        Binding("down,j", "cursor_down", "Down", show=False, id="table.down", tooltip="Next entry"),
        Binding("pageup", "page_up", "Page up", show=False, id="table.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="table.page_down"),
        Binding("home,g", "first", "First", show=False, id="table.first", tooltip="First entry"),
        Binding("end,G", "last", "Last", show=False, id="table.last", tooltip="Last entry"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "entry-table--header", "entry-table--cursor", "entry-table--cursor-blurred",
        "entry-table--review", "entry-table--missing", "entry-table--approved", "entry-table--empty",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    @dataclass
    class Highlighted(Message):
        """The cursor moved to another row (or the rows changed under it)."""

        table: "EntryTable"
        index: int
        row: Row | None

    def __init__(self, source: RowSource, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.source = source
        self._highlighted: tuple[int, str | None] = (-1, None)

    # -- data -------------------------------------------------------------------
    @property
    def row(self) -> Row | None:
        return self.source.row(self.cursor)

    @property
    def visible_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def on_mount(self) -> None:
        self._update_virtual_size()
        self._announce()

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(max(1, self.scrollable_content_region.width), self.source.total + 1)

    def reload(self, *, keep_id: str | None = None) -> None:
        """Fetch again (after a change or a new query); keep the cursor on `keep_id` if it
        is still shown near where it was, else on the same line."""
        self.source.reset()
        self._update_virtual_size()
        index = self.cursor
        if keep_id is not None:
            found = self.source.index_of(keep_id, near=self.cursor)
            if found is not None:
                index = found
        self._move(min(index, max(0, self.source.total - 1)), force=True)
        # the new row count reaches the scroll range only at the next layout: scroll the
        # cursor into view again then (Esc after a search keeps the cursor on an entry far
        # down the full list)
        self.call_after_refresh(self._scroll_to_cursor)
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + self.visible_rows:
            self.scroll_to(y=self.cursor - self.visible_rows + 1, animate=False, immediate=True)

    # -- cursor -----------------------------------------------------------------
    def _move(self, index: int, *, force: bool = False) -> None:
        index = max(0, min(index, self.source.total - 1)) if self.source.total else 0
        top = int(self.scroll_y)
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + self.visible_rows:
            self.scroll_to(y=index - self.visible_rows + 1, animate=False, immediate=True)
        if index != self.cursor or force:
            self.cursor = index
        self._announce(force=force)

    def move_to(self, index: int) -> None:
        self._move(index)

    def watch_cursor(self) -> None:
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _announce(self, *, force: bool = False) -> None:
        row = self.row
        key = (self.cursor, row.id if row else None)
        if force or key != self._highlighted:
            self._highlighted = key
            self.post_message(self.Highlighted(self, self.cursor, row))

    def action_cursor_up(self) -> None:
        self._move(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self._move(self.cursor + 1)

    def action_page_down(self) -> None:
        step = self.visible_rows
        self.scroll_to(y=min(self.scroll_y + step, self.max_scroll_y), animate=False, immediate=True)
        self._move(self.cursor + step)

    def action_page_up(self) -> None:
        step = self.visible_rows
        self.scroll_to(y=max(0, self.scroll_y - step), animate=False, immediate=True)
        self._move(self.cursor - step)

    def action_first(self) -> None:
        self._move(0)

    def action_last(self) -> None:
        self._move(self.source.total - 1)

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and offset.y >= 1:
            self._move(int(self.scroll_y) + offset.y - 1)

    def on_resize(self) -> None:
        self._update_virtual_size()

    # -- rendering ----------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        widths = column_widths(width)
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("entry-table--header", partial=True)
            return self._strip(("", *HEADERS), widths, style, width)
        index = int(self.scroll_y) + y - 1
        row = self.source.row(index)
        if row is None:
            if index == 0 and self.source.total == 0 and y == 1:
                style = base + self.get_component_rich_style("entry-table--empty", partial=True)
                return Strip([Segment(fit(f"  {self.empty_message}", width), style)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        style = base
        mark = " "
        if index == self.cursor:
            name = "entry-table--cursor" if self.has_focus else "entry-table--cursor-blurred"
            style = base + self.get_component_rich_style(name, partial=True)
            mark = CURSOR_MARK
        state_class = ("entry-table--review" if row.needs_review else
                       "entry-table--missing" if row.state != "approved" else "entry-table--approved")
        state = row.state if widths[-1] >= 14 else row.state_short
        cells = (mark, row.id, row.category, row.en, row.ja, row.ko, state)
        strip = self._strip(cells, widths, style, width,
                            last_style=style + self.get_component_rich_style(state_class, partial=True))
        return strip

    #: what the table says when no entry passes the search and filters
    empty_message = "No entries."

    @staticmethod
    def _strip(cells: tuple[str, ...], widths: tuple[int, ...], style: Style, width: int,
               last_style: Style | None = None) -> Strip:
        segments = []
        first = True
        for i, (text, w) in enumerate(zip(cells, widths)):
            if not w:
                continue   # a column the width leaves out
            if not first:
                segments.append(Segment(" ", style))
            first = False
            segments.append(Segment(fit(text, w), last_style if (last_style and i == len(cells) - 1) else style))
        return Strip(segments).adjust_cell_length(width, style)
