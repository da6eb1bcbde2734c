"""A storage fault during a save (read-only, locked, lost or corrupt file): the one-line
message, and the editor's change kept so it can be tried again or dropped."""
from __future__ import annotations

import sqlite3

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from ...errors import GlossaryError, InputError, StoreError

#: what the store (or SQLite or the OS under it) raises when the file cannot be written
STORAGE_FAULTS = (StoreError, sqlite3.Error, OSError)


def is_storage_fault(exc: BaseException) -> bool:
    return isinstance(exc, STORAGE_FAULTS) and not isinstance(exc, InputError)


def one_line(exc: BaseException) -> str:
    """The message an editor sees: the error's own line, never a traceback."""
    if isinstance(exc, GlossaryError):
        text = str(exc)
    elif isinstance(exc, OSError) and exc.strerror:
        text = f"{exc.strerror}" + (f": {exc.filename}" if exc.filename else "")
    else:
        text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def is_locked(exc: BaseException) -> bool:
    return "locked" in one_line(exc).lower() or "busy" in one_line(exc).lower()


class FaultScreen(ModalScreen[bool]):
    """Returns True to try the same change again, False to drop it."""

    BINDINGS = [
        Binding("r", "choose(True)", "Retry", id="fault.retry", tooltip="Try to save the same change again"),
        Binding("escape,c", "choose(False)", "Cancel", id="fault.cancel",
                tooltip="Drop the change (nothing was saved)"),
    ]

    def __init__(self, what: str, message: str):
        super().__init__()
        self.what = what
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="fault-box", classes="modal-box"):
            yield Label("Not saved", classes="modal-title")
            yield Static(self.message, id="fault-message", classes="modal-text")
            yield Static(Text.assemble(("Your change (kept): ", "bold"), self.what), classes="modal-text")
            with Horizontal(classes="modal-buttons"):
                yield Button("Retry  r", id="retry", variant="primary")
                yield Button("Cancel  esc", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "retry")

    def action_choose(self, retry: bool) -> None:
        self.dismiss(retry)
