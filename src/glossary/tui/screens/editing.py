"""Editing actions of the main screen.  Every change is one Glossary call (one
transaction) made against the revision the editor saw; a Conflict is never swallowed:
the editor chooses to reload (keep theirs) or overwrite (apply mine on top)."""
from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING, Callable

from textual.binding import Binding

from ...errors import Conflict, GlossaryError, NotFound, StoreError
from ...model import Entry, Status
from ...text.langtags import normalize_lang
from ...text.normalize import nfc
from ..faults import is_storage_fault
from .conflict import ConflictChoice, ConflictScreen
from .fault import FaultScreen
from .edit import NoteScreen, TermEdit, TermScreen
from ..history import describe, when

if TYPE_CHECKING:
    from .main import MainScreen

#: a change: given the entry to base it on, make it (one Glossary call) and return the result
Change = Callable[[Entry], "Entry | None"]


class EditActions:
    EDIT_BINDINGS = [
        Binding("a", "accept", "Accept", id="term.accept",
                tooltip="Accept (approve) the highlighted term; the next suggestion is highlighted"),
        Binding("x", "reject", "Reject", id="term.reject", tooltip="Reject the highlighted suggestion"),
        Binding("A", "approve_language", "Approve lang", id="entry.approve_language", show=False,
                tooltip="Approve the language of the highlighted term (its best term)"),
        Binding("t", "add_term", "Add term", id="term.add", tooltip="Add a term in any language"),
        Binding("e", "edit_term", "Edit", id="term.edit", tooltip="Edit the text or role of the highlighted term"),
        Binding("d,delete", "delete_term", "Delete term", id="term.delete", show=False,
                tooltip="Delete the highlighted term (u undoes)"),
        Binding("N", "edit_note", "Note", id="entry.note", show=False, tooltip="Edit the note of the entry"),
        Binding("E", "external_editor", "$EDITOR", id="entry.editor", show=False,
                tooltip="Edit the whole entry in $EDITOR (use your input method there)"),
        Binding("n", "next_review", "Next to review", id="entry.next_review",
                tooltip="Go to the next entry with a suggestion"),
        Binding("u", "undo", "Undo", id="entry.undo",
                tooltip="Undo the last change of the entry on screen (whoever made it; the message names it)"),
        Binding("U", "redo", "Redo", id="entry.redo", tooltip="Redo what u undid on the entry on screen"),
        Binding("H", "history", "History", id="main.history",
                tooltip="The last changes of every entry, with who made them; undo any of them there"),
    ]

    #: (entry id, revision) of the changes made here, so the live refresh does not report them
    mine: set[tuple[str, int | None]]

    # -- the write path -------------------------------------------------------------
    def change(self: "MainScreen", what: str, entry: Entry, op: Change,
               keep: tuple[str, str] | None = None) -> None:
        try:
            result = op(entry)
        except Conflict as exc:
            self._conflict(what, entry, op, exc, keep)
            return
        except StoreError as exc:   # locked, read-only, removed, damaged: the editor decides
            self._fault(what, entry, op, keep, str(exc))
            return
        except GlossaryError as exc:
            self.notify(str(exc), title="Not saved", severity="error")
            return
        except Exception as exc:
            if not is_storage_fault(exc):
                raise
            self._fault(what, entry, op, keep, f"{self.glossary.path}: {exc}")
            return
        self.mine.add((entry.id, result.revision if result else None))
        self.reload_entry(entry.id, keep)
        self.refresh_counts()
        self.notify(f"Saved: {what}", timeout=2)

    def _fault(self: "MainScreen", what: str, entry: Entry, op: Change, keep: tuple[str, str] | None,
               message: str) -> None:
        def decided(retry: bool | None) -> None:
            if retry:
                self.change(what, entry, op, keep)
            else:
                self.notify(f"Not saved: {what}", severity="warning")
        self.app.push_screen(FaultScreen(what, message), decided)

    def _conflict(self: "MainScreen", what: str, entry: Entry, op: Change, exc: Conflict,
                  keep: tuple[str, str] | None) -> None:
        try:
            current: Entry | None = self.glossary.get(entry.id)
        except NotFound:
            current = None
        if exc.expected is None:
            exc.expected = entry.revision
        if exc.actual is None and current is not None:
            exc.actual = current.revision

        def decided(choice: ConflictChoice | None) -> None:
            if choice is ConflictChoice.OVERWRITE and current is not None:
                self.change(what, current, op, keep)
            else:
                self.reload_entry(entry.id)
                self.refresh_counts()
                self.notify("Reloaded; your change was not applied.", severity="warning")

        last = self.glossary.history(entry.id, limit=1) if current is not None else []
        by = f"{last[0].actor} ({last[0].action})" if last else ""
        self.app.push_screen(ConflictScreen(what, exc, current, by), decided)

    def _target(self: "MainScreen"):
        """(entry, highlighted term) or notify why there is none."""
        if self.entry is None:
            self.notify("No entry selected.", severity="warning")
            return None, None
        return self.entry, self.term_list.term

    # -- review -----------------------------------------------------------------------
    def action_accept(self: "MainScreen") -> None:
        entry, term = self._target()
        if entry is None:
            return
        if term is None:
            self.notify("This entry has no term to accept.", severity="warning")
            return
        if term.status is Status.APPROVED:
            self.notify(f"{term.text} is already approved.")
            return
        self.change(f"accept {term.lang} {term.text!r}", entry,
                    lambda base: self.glossary.approve(base.id, term.lang, term.text, revision=base.revision))

    def action_reject(self: "MainScreen") -> None:
        entry, term = self._target()
        if entry is None:
            return
        if term is None or term.status is not Status.SUGGESTED:
            self.notify("Highlight a suggestion to reject.", severity="warning")
            return
        self.change(f"reject {term.lang} {term.text!r}", entry,
                    lambda base: self.glossary.reject(base.id, term.lang, term.text, revision=base.revision))

    def action_approve_language(self: "MainScreen") -> None:
        entry, term = self._target()
        if entry is None or term is None:
            return
        lang = term.lang
        self.change(f"approve {lang} of {entry.id}", entry,
                    lambda base: self.glossary.approve(base.id, lang, revision=base.revision))

    def action_next_review(self: "MainScreen") -> None:
        index = self.source.next_needing_review(self.table.cursor)
        if index is None:
            self.notify("Nothing left to review here.")
            return
        self.table.move_to(index)

    # -- terms and note -------------------------------------------------------------
    def action_add_term(self: "MainScreen") -> None:
        entry, term = self._target()
        if entry is None:
            return
        lang = next((lang for lang in ("en", "ja", "ko") if entry.state(lang) == "missing"),
                    term.lang if term else "ja")

        def added(result: TermEdit | None) -> None:
            if result is None:
                return
            self.app.approve_default = result.approve  # the next new term starts with this choice
            try:
                lang = normalize_lang(result.lang)
            except GlossaryError as exc:
                self.notify(str(exc), severity="error", title="Not saved")
                return
            self.change(f"add {lang} {result.text!r}", entry,
                        lambda base: self.glossary.set_term(base.id, lang, result.text, role=result.role,
                                                            approve=result.approve, revision=base.revision),
                        keep=(lang, nfc(result.text)))

        self.app.push_screen(TermScreen(f"Add a term to {entry.id}", lang=lang, entry_id=entry.id,
                                        approve=self.app.approve_default), added)

    def action_edit_term(self: "MainScreen") -> None:
        entry, term = self._target()
        if entry is None:
            return
        if term is None:
            self.action_add_term()
            return

        def edited(result: TermEdit | None) -> None:
            if result is None or (nfc(result.text), result.role, result.approve) == (
                    term.text, term.role.value, term.status is Status.APPROVED):
                return  # nothing changed: no revision, nothing to undo
            self.change(f"edit {term.lang} {term.text!r} → {result.text!r}", entry,
                        lambda base: self.glossary.edit_term(
                            base.id, term.lang, term.text, result.text, role=result.role,
                            approve=result.approve, revision=base.revision),
                        keep=(term.lang, nfc(result.text)))

        self.app.push_screen(TermScreen(f"Edit a {term.lang} term of {entry.id}", lang=term.lang, text=term.text,
                                        role=term.role.value, approve=term.status is Status.APPROVED,
                                        lang_fixed=True, entry_id=entry.id), edited)

    def action_delete_term(self: "MainScreen") -> None:
        entry, term = self._target()
        if entry is None or term is None:
            return
        self.change(f"delete {term.lang} {term.text!r}", entry,
                    lambda base: self.glossary.remove_term(base.id, term.lang, term.text, revision=base.revision))

    def action_edit_note(self: "MainScreen") -> None:
        entry, _ = self._target()
        if entry is None:
            return

        def edited(note: str | None) -> None:
            if note is None or note == entry.note:
                return
            self.change(f"note of {entry.id}", entry,
                        lambda base: self.glossary.update(base.id, note=note, revision=base.revision))

        self.app.push_screen(NoteScreen(entry.id, entry.note), edited)

    # -- $EDITOR ----------------------------------------------------------------------
    def action_external_editor(self: "MainScreen") -> None:
        entry, _ = self._target()
        if entry is None:
            return
        text = self.glossary.entry_as_text(entry)
        fd, path = tempfile.mkstemp(prefix=f"glossary-{entry.id}-", suffix=".txt")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            edited = self._edit_loop(path, text, entry)
        finally:
            os.unlink(path)
        if edited is None:
            return
        self.change(f"edit {entry.id} in $EDITOR", entry,
                    lambda base: self.glossary.edit_entry(edited, revision=base.revision))

    def _edit_loop(self: "MainScreen", path: str, text: str, entry: Entry) -> Entry | None:
        """Run the editor until the file parses (None when left unchanged)."""
        while True:
            if not self.app.edit_file(path):
                return None
            with open(path, encoding="utf-8") as fh:
                new_text = fh.read()
            if new_text == text:
                return None
            try:
                edited = self.glossary.entry_from_text(new_text, entry)
            except GlossaryError as exc:
                kept = [line for line in new_text.splitlines(keepends=True) if not line.startswith("# ERROR:")]
                shift = 1 - (len(new_text.splitlines()) - len(kept))  # the line number in the new file
                where = f"line {exc.line + shift}: " if exc.line else ""
                text = f"# ERROR: {where}{exc.message}  (fix it, or save unchanged to cancel)\n" + "".join(kept)
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text)
                continue
            if edited == entry:
                return None
            return edited

    # -- undo, redo, history ------------------------------------------------------------
    def action_undo(self: "MainScreen") -> None:
        """Undo the last change of the entry on screen (as `glossary undo ID`), provided
        the entry is still as shown; the creation of an entry is undone from the history
        screen only (it deletes the entry)."""
        entry, _ = self._target()
        if entry is None:
            return
        pending = self.glossary.undoable(entry.id)
        if not pending:
            self.notify(f"Nothing to undo on {entry.id}.")
            return
        change = next((c for c in self.glossary.history(entry.id, limit=200) if c.id == pending[0]), None)
        if change is not None and change.before is None:
            self.notify(f"The last change of {entry.id} created it; to delete it, undo that change from the "
                        "history (H).", severity="warning")
            return
        what = describe(change) if change else "its last change"
        by = f" (by {change.actor}, {when(change)})" if change else ""
        self._undo_redo(entry, f"Undone on {entry.id}: {what}{by}",
                        lambda: self.glossary.undo(entry.id, revision=entry.revision))

    def action_redo(self: "MainScreen") -> None:
        entry, _ = self._target()
        if entry is None:
            return

        def redo() -> Entry | None:
            result = self.glossary.redo(entry.id, revision=entry.revision)
            [change] = self.glossary.history(entry.id, limit=1)
            self._redone = describe(change).removeprefix("redo: ")
            return result
        self._redone = ""
        self._undo_redo(entry, lambda: f"Redone on {entry.id}: {self._redone}", redo)

    def _undo_redo(self: "MainScreen", entry: Entry, message, call: Callable[[], "Entry | None"]) -> None:
        try:
            result = call()
        except Conflict:
            self.reload_entry(entry.id)
            self.notify(f"{entry.id} was changed elsewhere since it was shown; reloaded, nothing undone or redone. "
                        "Look, then press again.", severity="warning", title="Changed elsewhere")
            return
        except NotFound as exc:
            self.notify(str(exc).replace("nothing to redo for", "Nothing to redo on"), severity="warning")
            return
        except GlossaryError as exc:
            self.notify(str(exc), title="Not done", severity="error")
            return
        self.mine.add((entry.id, result.revision if result else None))
        self.reload_entry(entry.id)
        self.refresh_counts()
        self.notify(message() if callable(message) else message, timeout=4)

    def action_history(self: "MainScreen") -> None:
        from .history import HistoryScreen

        def closed(entry_id: str | None) -> None:
            self.reload_entry()
            self.refresh_counts()
            if entry_id:
                self.go_to(entry_id)
        self.app.push_screen(HistoryScreen(self.glossary, self.mine), closed)
