"""Someone else changed the entry meanwhile: reload (keep theirs) or overwrite (apply
mine on top of theirs).  Nothing is decided without the editor choosing."""
from __future__ import annotations

from enum import Enum

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from ...errors import Conflict
from ...model import Entry
from ..widgets.detail import STATUS_MARK, ordered_terms


class ConflictChoice(str, Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"


class ConflictScreen(ModalScreen[ConflictChoice]):
    """Shows what I tried and what the entry is now; returns the editor's choice."""

    BINDINGS = [
        Binding("r,escape", "choose('reload')", "Reload", id="conflict.reload",
                tooltip="Discard my change and show the entry as it is now"),
        Binding("o", "choose('overwrite')", "Overwrite", id="conflict.overwrite",
                tooltip="Apply my change to the entry as it is now"),
    ]

    def __init__(self, what: str, conflict: Conflict, current: Entry | None, by: str = ""):
        super().__init__()
        self.what = what
        self.conflict = conflict
        self.current = current
        self.by = by  # "kim (approve)": who made the last change, from the history

    def compose(self) -> ComposeResult:
        c = self.conflict
        with Vertical(id="conflict-box", classes="modal-box"):
            yield Label("Changed by someone else", classes="modal-title")
            yield Static(f"Entry {c.entry_id!r} was changed in another window or process while you were "
                         f"looking at it (you saw revision {c.expected}, it is now revision {c.actual}"
                         + (f"; last change by {self.by}" if self.by else "") + ").",
                         classes="modal-text")
            yield Static(Text.assemble(("Your change: ", "bold"), self.what), classes="modal-text")
            yield Static(self._current(), id="conflict-current", classes="modal-text")
            with Horizontal(classes="modal-buttons"):
                yield Button("Reload (keep theirs)  r", id="reload", variant="primary")
                yield Button("Overwrite (apply mine)  o", id="overwrite", variant="warning")

    def _current(self) -> Text:
        if self.current is None:
            return Text("The entry has been deleted.")
        text = Text("Now: ", style="bold")
        text.append(f"{self.current.category.value}; note: {self.current.note or '—'}")
        for t in ordered_terms(self.current):
            text.append(f"\n  {t.lang} {STATUS_MARK[t.status]} {t.text}  ({t.role.value}, {t.status.value})")
        return text

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(ConflictChoice(event.button.id))

    def action_choose(self, choice: str) -> None:
        self.dismiss(ConflictChoice(choice))
