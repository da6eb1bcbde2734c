"""The Textual app.  `make_app` is the one factory used by `glossary tui`, the tests
and the benchmark (the pattern of posting's `make_posting`)."""
from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from typing import Callable

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.app import SuspendNotSupported

from ..api import Glossary
from .commands import GlossaryCommands
from .faults import is_recoverable, is_storage_fault, one_line
from .screens.conflict import ConflictScreen
from .screens.edit import PromptScreen, TermScreen
from .screens.help import HelpScreen, key_help
from .screens.main import MainScreen
from .widgets.entry_table import EntryTable

#: keys handled by Textual itself, listed on the help screen too
EXTRA_KEYS = [
    Binding("ctrl+p", "command_palette", "Commands", id="app.command_palette",
            tooltip="Command palette: every action by name; export / import when available"),
    Binding("tab", "focus_next", "Next pane", id="app.focus_next", tooltip="Move between search, table and terms"),
]

#: seconds a save waits for another process's write before the editor is asked to retry
SAVE_TIMEOUT = 5.0
#: the largest keymap file read
KEYMAP_MAX_BYTES = 64 * 1024

#: runs an editor on a file; returns False when no editor could be run
EditorRunner = Callable[[str], bool]


class GlossaryApp(App[None]):
    CSS_PATH = "glossary.tcss"
    TITLE = "glossary"
    COMMANDS = App.COMMANDS | {GlossaryCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit (every change is already saved)"),
        Binding("question_mark,f1", "help", "Help", id="app.help", tooltip="Every key, with its binding id"),
    ]

    def __init__(self, glossary: Glossary, *, owns_glossary: bool = False,
                 run_editor: EditorRunner | None = None):
        super().__init__()
        self.glossary = glossary
        self.owns_glossary = owns_glossary
        self._run_editor = run_editor
        self.sub_title = glossary.path

    #: a one-line description of the fault that ended the app (None: it ended normally)
    fatal: str | None = None
    #: whether the add-term dialog starts with "approve" on: the editor's last choice
    approve_default: bool = False
    #: below 120 cells the detail pane goes under the table and the chips leave the search bar
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    def on_mount(self) -> None:
        self.push_screen(MainScreen(self.glossary))

    def _handle_exception(self, error: Exception) -> None:
        """A fault of the termbase or of the machine that reached the app (a worker's, a
        handler's) is shown and the app stays up; anything else is a bug: the app ends with
        a one-line message and a non-zero exit status ($GLOSSARY_DEBUG=1: Textual's traceback)."""
        if os.environ.get("GLOSSARY_DEBUG"):
            super()._handle_exception(error)
            return
        from textual.worker import WorkerFailed

        if isinstance(error, WorkerFailed) and is_recoverable(error.error):
            # a worker's fault: the worker is over, every message loop still runs
            self.notify(one_line(error.error), title="Error", severity="error", timeout=15)
            return
        # Anything else escaped a message handler, and Textual has already stopped that
        # node's message loop (MessagePump._process_messages_loop breaks): notifying and
        # going on would leave a frozen app.  End it, without relying on the (possibly
        # stopped) app loop to process an ExitApp message.
        if is_recoverable(error):
            self.fatal = one_line(error)
            self._return_code = 3
        else:
            self.fatal = f"internal error: {one_line(error)} (GLOSSARY_DEBUG=1 shows the traceback; please report it)"
            self._return_code = 70
        self._close_messages_no_wait()

    def on_unmount(self) -> None:
        if self.owns_glossary:
            self.glossary.close()

    @property
    def main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        from .screens.history import HistoryScreen

        screen_keys = [b for b in MainScreen.BINDINGS if not (isinstance(b, Binding) and (b.id or "").startswith("app."))]
        sections = [("app", [*self.BINDINGS, *EXTRA_KEYS]), ("table", EntryTable.BINDINGS),
                    ("entry", screen_keys), ("modal", TermScreen.BINDINGS),
                    ("conflict", ConflictScreen.BINDINGS), ("history", HistoryScreen.BINDINGS)]
        self.push_screen(HelpScreen(key_help(self, sections)))

    def run_screen_action(self, action: str) -> None:
        self.call_later(self.main.run_action, action)

    def ask_and_run(self, what: str, prompt: str, call: Callable[[Glossary, list[str]], object]) -> None:
        """Ask for words (shell-like quoting), then run `call` in a thread on its own connection."""
        def asked(value: str | None) -> None:
            if value:
                self._run_in_thread(what, call, shlex.split(value))
        self.push_screen(PromptScreen(f"{what}: {prompt}"), asked)

    @work(thread=True, exclusive=True, group="palette")
    def _run_in_thread(self, what: str, call: Callable[[Glossary, list[str]], object], words: list[str]) -> None:
        """The screen stays responsive meanwhile; the table reloads when done."""
        from ..errors import GlossaryError

        try:
            with Glossary.open(self.glossary.path) as other:
                result = call(other, words)
        except (GlossaryError, IndexError, TypeError) as exc:
            self.call_from_thread(self.notify, f"{what}: {exc or 'missing argument'}", severity="error")
            return
        except Exception as exc:
            if not is_storage_fault(exc):
                raise
            self.call_from_thread(self.notify, f"{what}: {one_line(exc)}", severity="error")
            return
        summary = str(result.to_dict())
        self.call_from_thread(self.notify, f"{what}: done. {summary[:200]}")
        self.call_from_thread(self.main.action_reload)

    def edit_file(self, path: str) -> bool:
        """Open `path` in $VISUAL / $EDITOR (vi), the app suspended meanwhile."""
        if self._run_editor is not None:
            return self._run_editor(path)
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            with self.suspend():
                subprocess.run([*shlex.split(editor), path], check=False)
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to an editor.", severity="error")
            return False
        except OSError as exc:
            self.notify(f"Cannot run {editor}: {exc.strerror}", severity="error")
            return False
        return True


def make_app(db: str | os.PathLike[str] | Glossary | None = None, *,
             run_editor: EditorRunner | None = None, keymap: dict[str, str] | None = None) -> GlossaryApp:
    """The app on a termbase: a path (opened here, closed on exit) or an open Glossary."""
    if isinstance(db, Glossary):
        app = GlossaryApp(db, run_editor=run_editor)
    else:
        # an editor waits a few seconds for another process's write, then is asked (retry)
        app = GlossaryApp(Glossary.open(db if db is None else os.fspath(db), timeout=SAVE_TIMEOUT),
                          owns_glossary=True, run_editor=run_editor)
    if keymap:
        app.set_keymap(keymap)
    return app


def read_keymap(path: str | Path) -> dict[str, str]:
    """A keymap file: `binding.id = keys` per line ('#' comments), e.g. `term.accept = y`.
    A regular UTF-8 text file of at most 64 KiB; anything else is an InputError naming it."""
    import stat

    from ..errors import InputError

    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError("no such keymap file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read the keymap ({exc.strerror})", path=name) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError("the keymap is not a regular file (a directory, FIFO or device)", path=name)
        data = os.read(fd, KEYMAP_MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read the keymap ({exc.strerror})", path=name) from None
    finally:
        os.close(fd)
    if len(data) > KEYMAP_MAX_BYTES:
        raise InputError(f"the keymap is larger than {KEYMAP_MAX_BYTES // 1024} KiB: not a keymap", path=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the keymap is not UTF-8 text (byte {exc.start})", path=name) from None
    if "\x00" in text:
        raise InputError("the keymap is a binary file, not text", path=name)
    keymap: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, keys = line.partition("=")
        if not sep or not name.strip() or not keys.strip():
            raise InputError(f"expected 'binding.id = keys': {line!r}", path=str(path), line=number)
        keymap[name.strip()] = keys.strip()
    return keymap
