"""Modals that ask for a term or a note.  Each returns a typed result, or None when the
editor cancels."""
from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.content import Content
from textual.widgets import Button, Checkbox, Input, Label, Select, TextArea

from ...model import ROLES
from ...text.scripts import guess_lang


class StateCheckbox(Checkbox):
    """A checkbox whose glyph and label say its state in words and shape, not only in
    colour: `[✓] approve — saved as approved` / `[ ] approve — saved as a suggestion`."""

    ON, OFF = "[✓]", "[ ]"

    def __init__(self, label: str, value: bool = False, *, on_text: str = "", off_text: str = "",
                 id: str | None = None, tooltip: str | None = None):
        self.base_label, self.on_text, self.off_text = label, on_text, off_text
        super().__init__(self._text(value), value, id=id, tooltip=tooltip)

    def _text(self, value: bool) -> str:
        extra = self.on_text if value else self.off_text
        return f"{self.base_label} — {extra}" if extra else self.base_label

    @property
    def _button(self) -> Content:
        style = self.get_visual_style("toggle--button")
        return Content.styled(self.ON if self.value else self.OFF, style)

    def watch_value(self) -> None:
        self.label = self._text(self.value)
        super().watch_value()


@dataclass(frozen=True)
class TermEdit:
    """A term as the editor typed it."""

    lang: str
    text: str
    role: str
    approve: bool


class TermScreen(ModalScreen[TermEdit | None]):
    """Add a term, or edit the text/role of one."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="modal.cancel", tooltip="Close without saving"),
        Binding("ctrl+s", "save", "Save", id="modal.save", tooltip="Save the term"),
    ]

    def __init__(self, title: str, *, lang: str = "", text: str = "", role: str = "preferred",
                 approve: bool = False, lang_fixed: bool = False, entry_id: str | None = None):
        super().__init__()
        self.entry_id = entry_id  # the entry being edited (the live refresh warns when it changes)
        self.title_text = title
        self.initial = TermEdit(lang, text, role, approve)
        self.lang_fixed = lang_fixed

    def compose(self) -> ComposeResult:
        i = self.initial
        with Vertical(id="term-box", classes="modal-box"):
            yield Label(self.title_text, classes="modal-title")
            with Horizontal(classes="field"):
                yield Label("language", classes="field-label")
                yield Input(i.lang, id="term-lang", placeholder="en, ja, ko …", disabled=self.lang_fixed,
                            restrict=r"[A-Za-z0-9_-]*", max_length=12,
                            tooltip="BCP 47 language tag: en, ja, ko, ja-JP …")
            with Horizontal(classes="field"):
                yield Label("term", classes="field-label")
                yield Input(i.text, id="term-text", placeholder="type or paste the term",
                            tooltip="Enter saves.  For IME input use E ($EDITOR) on the main screen")
            with Horizontal(classes="field"):
                yield Label("role", classes="field-label")
                yield Select([(r, r) for r in ROLES], value=i.role, allow_blank=False, id="term-role")
            yield StateCheckbox("approve", i.approve, id="term-approve", on_text="saved as approved",
                                off_text="saved as a suggestion",
                                tooltip="Space toggles; the next new term starts with your last choice")
            with Horizontal(classes="modal-buttons"):
                yield Button("Save  ctrl+s", id="save", variant="primary")
                yield Button("Cancel  esc", id="cancel")

    def on_mount(self) -> None:
        self._lang_set = self.initial.lang  # the value this screen put there (not typed by the editor)
        first = "#term-text" if self.initial.lang or self.lang_fixed else "#term-lang"
        self.query_one(first, Input).focus()

    @on(Input.Changed, "#term-lang")
    def _lang_changed(self, event: Input.Changed) -> None:
        if event.value != self._lang_set:
            self._lang_set = None  # typed by the editor: leave it alone from now on

    @on(Input.Changed, "#term-text")
    def _text_changed(self, event: Input.Changed) -> None:
        """Hangul means ko, kana means ja: the language follows the text typed or pasted
        until the editor sets it by hand."""
        if self.lang_fixed or self._lang_set is None:
            return
        lang, confidence = guess_lang(event.value)
        if confidence >= 0.99 and lang != self._lang_set:
            self._lang_set = lang
            self.query_one("#term-lang", Input).value = lang

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "term-lang":
            self.query_one("#term-text", Input).focus()
        else:
            self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        lang = self.query_one("#term-lang", Input).value.strip()
        text = self.query_one("#term-text", Input).value.strip()
        if not lang or not text:
            self.notify("Give a language and a term.", severity="warning")
            return
        role = self.query_one("#term-role", Select).value
        approve = self.query_one("#term-approve", Checkbox).value
        self.dismiss(TermEdit(lang, text, str(role), approve))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteScreen(ModalScreen[str | None]):
    """Edit the note of an entry (several lines)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="modal.cancel", tooltip="Close without saving"),
        Binding("ctrl+s", "save", "Save", id="modal.save", tooltip="Save the note"),
    ]

    def __init__(self, entry_id: str, note: str):
        super().__init__()
        self.entry_id = entry_id
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box", classes="modal-box"):
            yield Label(f"Note of {self.entry_id}", classes="modal-title")
            yield TextArea(self.note, id="note-text", soft_wrap=True)
            with Horizontal(classes="modal-buttons"):
                yield Button("Save  ctrl+s", id="save", variant="primary")
                yield Button("Cancel  esc", id="cancel")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class PromptScreen(ModalScreen[str | None]):
    """One line of input (a file name for extract/export/import)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="modal.cancel", tooltip="Close")]

    def __init__(self, title: str, placeholder: str = ""):
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box", classes="modal-box"):
            yield Label(self.title_text, classes="modal-title")
            yield Input(id="prompt-input", placeholder=self.placeholder)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
