"""The history of every entry: the last changes, newest first, with who made them and
what they did; any of them can be undone (with the later changes of its entry, which
are named first and undone in the same transaction)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ...errors import Conflict, GlossaryError, NotFound
from ...model import Change
from ..cells import fit
from ..history import describe, when

if TYPE_CHECKING:
    from ...api import Glossary

#: how many changes the screen lists
LIMIT = 300


class HistoryScreen(ModalScreen[str | None]):
    """Returns the id of the entry to go to (enter), or None."""

    BINDINGS = [
        Binding("escape,H,q", "close", "Close", id="history.close", tooltip="Back to the entries"),
        Binding("u", "undo", "Undo this", id="history.undo",
                tooltip="Undo the highlighted change (and the later changes of its entry: asked first)"),
        Binding("enter", "go", "Go to entry", id="history.go", tooltip="Show the entry of the highlighted change"),
    ]

    def __init__(self, glossary: "Glossary", mine: set[tuple[str, int | None]] | None = None):
        super().__init__()
        self.glossary = glossary
        self.mine = mine if mine is not None else set()
        self.changes: list[Change] = []
        self._armed: tuple[int, int | None, int] | None = None   # (change id, revision, how many)

    def compose(self) -> ComposeResult:
        with Vertical(id="history-box", classes="modal-box"):
            yield Label("History: the last changes of every entry, newest first (times UTC)", classes="modal-title")
            yield OptionList(id="history-list")
            yield Static(id="history-hint", classes="modal-text")

    def on_mount(self) -> None:
        self.load()
        self.query_one(OptionList).focus()

    @property
    def change(self) -> Change | None:
        i = self.query_one(OptionList).highlighted
        return self.changes[i] if i is not None and 0 <= i < len(self.changes) else None

    def load(self, keep: int | None = None) -> None:
        self.changes = self.glossary.history(limit=LIMIT)
        listing = self.query_one(OptionList)
        listing.set_options(Option(self._line(c), id=str(c.id)) for c in self.changes)
        if self.changes:
            listing.highlighted = next((i for i, c in enumerate(self.changes) if c.id == keep), 0)
        self._hint()

    @staticmethod
    def _line(c: Change) -> Text:
        return Text.assemble((f"{when(c)}  ", "dim"), (fit(c.actor, 10), "bold"), "  ",
                             fit(c.entry_id, 28), "  ", (fit(c.action, 11), "dim"), "  ", describe(c))

    def _hint(self, text: str | None = None) -> None:
        self.query_one("#history-hint", Static).update(
            text or "u undo the highlighted change   enter go to its entry   esc back")

    @on(OptionList.OptionHighlighted)
    def _moved(self) -> None:
        if self._armed is not None:
            self._armed = None
            self._hint()

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_go()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_go(self) -> None:
        if self.change is not None:
            self.dismiss(self.change.entry_id)

    def action_undo(self) -> None:
        c = self.change
        if c is None:
            return
        count = self.glossary.undo_count(c.entry_id, c.id)
        if not count:
            self.notify("This change is already undone, or is an undo itself (redo it with U on its entry).",
                        severity="warning")
            return
        revision = self._revision(c.entry_id)
        if self._armed != (c.id, revision, count) and (count > 1 or c.before is None):
            self._armed = (c.id, revision, count)
            later = f" and the {count - 1} later change{'s' if count > 2 else ''} of {c.entry_id}" if count > 1 else ""
            deletes = f"; this deletes {c.entry_id}" if c.before is None else ""
            self._hint(f"Press u again to undo “{describe(c)}”{later}{deletes}.  Any other key: no.")
            return
        self._armed = None
        try:
            after = self.glossary.undo_through(c.entry_id, c.id, revision=revision)
        except (Conflict, NotFound):
            self.notify(f"{c.entry_id} changed meanwhile; the history is reloaded, nothing was undone.",
                        severity="warning")
            self.load(keep=c.id)
            return
        except GlossaryError as exc:
            self.notify(str(exc), title="Not undone", severity="error")
            return
        self.mine.add((c.entry_id, after.revision if after else None))
        self.notify(f"Undone on {c.entry_id}: {describe(c)}" + (f" (and {count - 1} later)" if count > 1 else ""))
        self.load(keep=c.id)

    def _revision(self, entry_id: str) -> int | None:
        try:
            return self.glossary.get(entry_id).revision
        except NotFound:
            return None
