"""The help screen: every key of the TUI, as remapped by the keymap, with binding ids."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static


@dataclass(frozen=True)
class KeyHelp:
    section: str
    keys: str
    description: str
    binding_id: str


def key_help(app: App, sections: Iterable[tuple[str, list[BindingType]]]) -> list[KeyHelp]:
    """One row per binding id (compound keys joined), keys taken from the app's keymap."""
    rows: list[KeyHelp] = []
    keymap = getattr(app, "_keymap", {})
    for section, bindings in sections:
        seen: dict[str, list[str]] = {}
        first: dict[str, Binding] = {}
        for b in Binding.make_bindings(bindings):
            ident = b.id or f"{section}.{b.action}"
            if ident not in first:
                first[ident] = b
                seen[ident] = []
            seen[ident].append(app.get_key_display(b))
        for ident, b in first.items():
            keys = keymap.get(ident)
            shown = ", ".join(app.get_key_display(Binding(k.strip(), b.action)) for k in keys.split(",")) \
                if keys else ", ".join(seen[ident])
            rows.append(KeyHelp(ident.split(".")[0] if "." in ident else section, shown,
                                b.tooltip or b.description, ident))
    order = list(dict.fromkeys(r.section for r in rows))  # group by section, first seen first
    return sorted(rows, key=lambda r: order.index(r.section))


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close")]

    def __init__(self, rows: list[KeyHelp]):
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box", classes="modal-box"):
            yield Label("Keys  (remap any of them by id: glossary tui --keymap FILE)", classes="modal-title")
            with VerticalScroll():
                yield Static(self._table())

    def _table(self) -> Table:
        table = Table(box=None, show_header=True, header_style="bold", expand=True, padding=(0, 1))
        table.add_column("section", style="dim", no_wrap=True)
        table.add_column("keys", style="bold", no_wrap=True)
        table.add_column("what it does")
        table.add_column("binding id", style="dim", no_wrap=True)
        for r in self.rows:
            table.add_row(r.section, Text(r.keys), r.description, r.binding_id)
        return table

    def action_dismiss(self) -> None:
        self.dismiss(None)
