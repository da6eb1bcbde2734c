"""The termbase could not take a change (locked by a long import, read-only, removed,
damaged): the editor sees the one-line reason and chooses to retry or to give the change
up.  Nothing is lost silently: until the editor chooses, the change is kept (the same
change is applied again on retry)."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class FaultScreen(ModalScreen[bool]):
    """Returns True to retry the change, False to give it up."""

    BINDINGS = [
        Binding("r", "choose(True)", "Retry", id="fault.retry", tooltip="Try to save the same change again"),
        Binding("escape,c", "choose(False)", "Give up", id="fault.cancel",
                tooltip="Give up this change (nothing was saved)"),
    ]

    def __init__(self, what: str, message: str):
        super().__init__()
        self.what = what
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="fault-box", classes="modal-box"):
            yield Label("Not saved", classes="modal-title")
            yield Static(Text(self.message), id="fault-message", classes="modal-text")
            yield Static(Text.assemble(("Your change: ", "bold"), self.what, " (kept: retry applies it again)"),
                         classes="modal-text")
            with Horizontal(classes="modal-buttons"):
                yield Button("Retry  r", id="retry", variant="primary")
                yield Button("Give up  esc", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "retry")

    def action_choose(self, retry: bool) -> None:
        self.dismiss(retry)
