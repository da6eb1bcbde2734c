"""The command palette (ctrl+p): every screen action by name, plus the facade's extract,
export and import verbs (each asks for its arguments, runs in a worker on its own
connection, and reports its typed report's summary)."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from .app import GlossaryApp

#: (name, help, screen action)
SCREEN_COMMANDS = (
    ("Filter: entries without Japanese", "toggle the 'no ja' filter (1)", "toggle_missing('ja')"),
    ("Filter: entries without Korean", "toggle the 'no ko' filter (2)", "toggle_missing('ko')"),
    ("Filter: entries to review", "toggle the 'to review' filter (3)", "toggle_review"),
    ("Filter: approved entries", "toggle the 'approved' filter (4)", "toggle_approved"),
    ("Filter: next category", "cycle the category filter (c)", "category(1)"),
    ("Filter: clear", "show every entry (0)", "clear_filters"),
    ("Sort: next order", "id, category, updated, created (s)", "sort"),
    ("Next entry to review", "go to the next entry with a suggestion (n)", "next_review"),
    ("Add a term", "add a term in any language (t)", "add_term"),
    ("Edit the note", "edit the note of the entry (N)", "edit_note"),
    ("Edit the entry in $EDITOR", "the whole entry as text, for input methods (E)", "external_editor"),
    ("Undo", "undo your last change (u)", "undo"),
    ("Reload", "read the termbase again (ctrl+r)", "reload"),
)

#: (Glossary method, name, help, prompt, call) reached through the palette; `call(glossary, words)` gets the words typed at the prompt (shell-like quoting)
GLOSSARY_COMMANDS: tuple[tuple[str, str, str, str, Callable[[Any, list[str]], object]], ...] = (
    ("extract", "Extract terms from files…", "read articles, extract and align their terms",
     "files or directories to extract", lambda g, w: g.extract(w)),
    ("export_po", "Export .po catalogs…", "locale/LANG/LC_MESSAGES/glossary.po",
     "language, then an output directory (default locale)", lambda g, w: g.export_po(*w[:2])),
    ("export_tbx", "Export TBX…", "the termbase as TBX", "file to write (.tbx)", lambda g, w: g.export_tbx(w[0])),
    ("export_csv", "Export CSV…", "the termbase as CSV", "file to write (.csv)", lambda g, w: g.export_csv(w[0])),
    ("export_json", "Export JSON…", "the termbase as JSON", "file to write (.json)",
     lambda g, w: g.export_json(w[0])),
    ("import_file", "Import a file…", "merge .po / TBX / CSV / JSON into the termbase", "file to import",
     lambda g, w: g.import_file(w[0])),
)


class GlossaryCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: GlossaryApp = self.app  # type: ignore[assignment]
        commands: list[tuple[str, str, Callable[[], object]]] = [
            (name, help_text, partial(app.run_screen_action, action)) for name, help_text, action in SCREEN_COMMANDS
        ]
        commands.append(("Help: keys", "every key and its binding id (?)", app.action_help))
        for _method, name, help_text, prompt, call in GLOSSARY_COMMANDS:
            commands.append((name, help_text, partial(app.ask_and_run, name.rstrip("…"), prompt, call)))
        return commands

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
