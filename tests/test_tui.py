"""Pilot tests of the TUI workflows.  Each asserts what is in the STORE (through a
second Glossary connection, as another process would see it), not only the screen."""
from __future__ import annotations


import pytest

pytest.importorskip("textual")

from textual import events  # noqa: E402
from textual.widgets import Input  # noqa: E402

from glossary import Glossary, Status  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from tui_sample import run_async as run, sample_termbase  # noqa: E402
from glossary.tui.screens.conflict import ConflictScreen  # noqa: E402
from glossary.tui.screens.edit import NoteScreen, TermScreen  # noqa: E402
from glossary.tui.screens.help import HelpScreen  # noqa: E402

SIZE = (160, 40)



@pytest.fixture(autouse=True)
def _no_timed_poll(no_timed_poll):
    """tui_fixtures.no_timed_poll for every test of this module."""


def status_of(g: Glossary, entry_id: str, lang: str, text: str) -> Status:
    return next(t.status for t in g.get(entry_id).terms if (t.lang, t.text) == (lang, text))


async def search(pilot, text: str) -> None:
    await pilot.press("slash")
    pilot.app.screen.query_one("#search", Input).value = ""
    await pilot.press(*text) if text.isascii() else await paste(pilot, text)
    await pilot.press("enter")
    await pilot.pause()


async def paste(pilot, text: str) -> None:
    pilot.app.focused.post_message(events.Paste(text))
    await pilot.pause()


async def highlight(pilot, lang: str, text: str) -> None:
    assert pilot.app.main.entry is not None  # the detail pane shows the entry under the cursor
    terms = pilot.app.main.term_list
    terms.highlighted = next(i for i, t in enumerate(terms.terms) if (t.lang, t.text) == (lang, text))
    await pilot.pause()


# -- search and filters -------------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    ("gsomia", "gsomia"),                 # an abbreviation, case-folded
    ("ＧＳＯＭＩＡ", "gsomia"),            # full-width letters (NFKC)
    ("이시바", "ishiba-shigeru"),           # Korean
    ("石破", "ishiba-shigeru"),            # Japanese
    ("8・15", "unification-doctrine"),     # Japanese middle dot matches the Korean 8·15
])
@run
async def test_search_any_language(db, query, expected):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, query)
        main = app.main
        assert main.source.total == 1
        assert main.table.row.id == expected
        assert main.entry.id == expected
        assert app.focused is main.table  # Enter goes back to the table


@run
async def test_search_is_incremental_and_escape_clears(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "k")
        assert app.main.source.total == Glossary.open(db).count(search="k")
        await pilot.press("i", "s", "h")
        assert [app.main.source.row(i).id for i in range(app.main.source.total)] == ["kishida-fumio"]
        await pilot.press("escape")
        assert app.main.source.total == 12


@pytest.mark.parametrize("key, check", [
    ("1", lambda e: e.state("ja") == "missing"),
    ("2", lambda e: e.state("ko") == "missing"),
    ("3", lambda e: any(t.status is Status.SUGGESTED for t in e.terms)),
    ("4", lambda e: any(t.status is Status.APPROVED for t in e.terms)),
    ("c", lambda e: e.category.value == "person"),
])
@run
async def test_filters_match_the_store(db, other, key, check):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        if key == "c":
            await pilot.press("c")  # all -> person
        else:
            await pilot.press(key)
        source = app.main.source
        shown = {source.row(i).id for i in range(source.total)}
        expected = {e.id for e in other.list() if check(e)}
        assert shown == expected and shown
        await pilot.press("0")
        assert source.total == other.count()


@run
async def test_sort_and_counts(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        source = app.main.source
        assert source.query.order == "category"
        cats = [source.row(i).category for i in range(source.total)]
        assert cats == sorted(cats)
        counts = app.main.counts
        assert (counts.entries, counts.needs_review, counts.missing_ja, counts.missing_ko) == (
            other.count(), other.count(needs_review=True), other.count(missing="ja"), other.count(missing="ko"))


# -- review -----------------------------------------------------------------------------

@run
async def test_accept_then_reject_suggestions(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "ishiba")
        assert app.main.term_list.term.text == "石破茂"  # the first suggestion is highlighted
        await pilot.press("a")
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED
        assert app.main.term_list.term.text == "이시바 시게루"  # on to the next suggestion
        await pilot.press("x")
        assert status_of(other, "ishiba-shigeru", "ko", "이시바 시게루") is Status.REJECTED
        assert [c.action for c in other.history("ishiba-shigeru")][:2] == ["reject", "approve"]


@run
async def test_approve_a_language(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "national diet")
        await highlight(pilot, "ko", "일본 국회")
        await pilot.press("A")  # approves the best ko term, the preferred one
        assert status_of(other, "national-diet", "ko", "국회") is Status.APPROVED
        assert status_of(other, "national-diet", "ko", "일본 국회") is Status.SUGGESTED


@run
async def test_next_entry_needing_review(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert app.main.table.row.id == "camp-david-summit"  # all approved
        await pilot.press("n")
        assert app.main.table.row.id == "freedom-edge"
        await pilot.press("n", "n")
        assert app.main.table.row.id == "ishiba-shigeru"


# -- editing --------------------------------------------------------------------------------

@run
async def test_edit_a_korean_term(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "national diet")
        revision = other.get("national-diet").revision
        await highlight(pilot, "ko", "국회")
        await pilot.press("e")
        assert isinstance(app.screen, TermScreen)
        field = app.screen.query_one("#term-text", Input)
        field.value = ""
        await paste(pilot, "일본 의회")
        app.screen.query_one("#term-approve").value = True
        await pilot.press("enter")
        entry = other.get("national-diet")
        ko = [(t.text, t.role.value, t.status.value, t.origin) for t in entry.terms_for("ko")]
        assert ko == [("일본 의회", "preferred", "approved", "editor"), ("일본 국회", "alias", "suggested",
                                                                         "dictionary:media")]
        assert entry.revision == revision + 1  # one change, one transaction
        assert app.main.term_list.term.text == "일본 의회"


@run
async def test_add_a_pasted_korean_term_and_undo(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "gsomia")
        await pilot.press("t")
        lang = app.screen.query_one("#term-lang", Input)
        assert lang.value == "ko"  # the first missing language
        text = app.screen.query_one("#term-text", Input)
        assert app.focused is text
        await paste(pilot, "한일 군사정보보호협정")
        assert text.value == "한일 군사정보보호협정"
        assert text.cursor_position == len("한일 군사정보보호협정")
        await pilot.press("enter")
        assert [t.text for t in other.get("gsomia").terms_for("ko")] == ["한일 군사정보보호협정"]
        await pilot.press("a")
        assert status_of(other, "gsomia", "ko", "한일 군사정보보호협정") is Status.APPROVED
        await pilot.press("u")
        assert status_of(other, "gsomia", "ko", "한일 군사정보보호협정") is Status.SUGGESTED
        await pilot.press("u")
        assert other.get("gsomia").terms_for("ko") == ()
        await pilot.press("u")  # nothing of mine left: the store is not touched
        assert other.get("gsomia").terms_for("ko") == ()


@run
async def test_delete_a_term_and_edit_the_note(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "vientiane")
        await highlight(pilot, "ko", "비엔티엔")
        await pilot.press("d")
        assert [t.text for t in other.get("vientiane").terms_for("ko")] == ["비엔티안"]
        await pilot.press("N")
        assert isinstance(app.screen, NoteScreen)
        app.screen.query_one("#note-text").text = "Capital of Laos; ASEAN summit 2024.\n라오스의 수도"
        await pilot.press("ctrl+s")
        assert other.get("vientiane").note == "Capital of Laos; ASEAN summit 2024.\n라오스의 수도"  # line breaks kept


@run
async def test_edit_in_external_editor(db, other):
    def fake_editor(path: str) -> bool:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        assert "[ko]" in text and "GSOMIA | abbreviation | approved" in text
        text = text.replace("[ko]\n", "[ko]\n한일 군사정보보호협정 | preferred | approved\n")
        text = text.replace("note: Japan-ROK", "note: 日韓 Japan-ROK")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return True

    app = make_app(db, run_editor=fake_editor)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "gsomia")
        await pilot.press("E")
        entry = other.get("gsomia")
        assert [(t.text, t.status.value) for t in entry.terms_for("ko")] == [("한일 군사정보보호협정", "approved")]
        assert entry.note.startswith("日韓 Japan-ROK")
        assert entry.terms_for("ja")[0].origin == "dictionary:mofa"  # untouched terms keep their provenance


@run
async def test_external_editor_error_then_cancel(db, other):
    calls = []

    def editor(path: str) -> bool:
        calls.append(open(path, encoding="utf-8").read())
        if len(calls) == 1:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write("[ko]\n국방 | chief | approved\n")  # an unknown role
        return True  # second time: saved unchanged = cancel

    app = make_app(db, run_editor=editor)
    async with app.run_test(size=SIZE) as pilot:
        revision = other.get("gsomia").revision
        await search(pilot, "gsomia")
        await pilot.press("E")
        assert len(calls) == 2 and calls[1].startswith("# ERROR: line")
        assert other.get("gsomia").revision == revision


# -- conflicts with another process -------------------------------------------------------

@run
async def test_conflict_reload_keeps_theirs(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "ishiba")
        other.update("ishiba-shigeru", note="changed elsewhere")  # another process, meanwhile
        await pilot.press("a")
        assert isinstance(app.screen, ConflictScreen)
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.SUGGESTED  # nothing written yet
        await pilot.press("r")
        entry = other.get("ishiba-shigeru")
        assert entry.note == "changed elsewhere"
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.SUGGESTED
        assert app.main.entry.revision == entry.revision  # the screen shows their version now
        assert app.main.entry.note == "changed elsewhere"


@run
async def test_conflict_overwrite_applies_mine_on_theirs(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "ishiba")
        other.set_term("ishiba-shigeru", "ko", "이시바", role="alias")
        await pilot.press("a")
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("o")
        entry = other.get("ishiba-shigeru")
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED  # mine
        assert "이시바" in [t.text for t in entry.terms_for("ko")]  # theirs kept
        assert app.main.entry.revision == entry.revision


@run
async def test_conflict_on_edit_term_overwrite(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "freedom")
        await highlight(pilot, "ko", "프리덤 에지")
        await pilot.press("e")
        other.update("freedom-edge", note="theirs")  # while the modal is open
        app.screen.query_one("#term-text", Input).value = "프리덤 엣지"
        await pilot.press("enter")
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("o")
        entry = other.get("freedom-edge")
        assert [t.text for t in entry.terms_for("ko")] == ["프리덤 엣지"] and entry.note == "theirs"


@run
async def test_undo_refuses_when_someone_else_changed_it(db, other):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "ishiba")
        await pilot.press("a")
        other.update("ishiba-shigeru", note="theirs")
        await pilot.press("u")
        entry = other.get("ishiba-shigeru")
        assert entry.note == "theirs"
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED


# -- keys ---------------------------------------------------------------------------------

@run
async def test_help_lists_every_key_and_keymap_remaps(db, other):
    app = make_app(db, keymap={"term.accept": "y"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        ids = {r.binding_id: r.keys for r in app.screen.rows}
        for needed in ("app.quit", "app.help", "main.search", "filter.missing_ja", "filter.missing_ko",
                       "filter.needs_review", "filter.approved", "filter.category", "table.sort", "term.accept",
                       "term.reject", "entry.approve_language", "term.add", "term.edit", "term.delete",
                       "entry.note", "entry.editor", "entry.next_review", "entry.undo", "table.page_down"):
            assert needed in ids
        assert ids["term.accept"] == "y"
        await pilot.press("escape")
        await search(pilot, "ishiba")
        await pilot.press("a")  # no longer bound
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.SUGGESTED
        await pilot.press("y")
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED


@run
async def test_command_palette_reaches_screen_actions(db):
    from glossary.tui.commands import GlossaryCommands

    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        provider = GlossaryCommands(app.screen)
        names = [name for name, _, _ in provider._commands()]
        assert "Filter: entries to review" in names and "Undo" in names
        for method, name, _, _, _ in __import__("glossary.tui.commands", fromlist=["x"]).GLOSSARY_COMMANDS:
            assert name in names and callable(getattr(app.glossary, method))
        app.run_screen_action("toggle_review")
        await pilot.pause()
        assert app.main.source.query.needs_review


@run
async def test_command_palette_export_runs_in_a_thread(db, tmp_path):
    if not hasattr(Glossary, "export_json"):
        pytest.skip("Glossary.export_json is not there yet")
    from glossary.tui.commands import GlossaryCommands

    out = tmp_path / "out.json"
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        [callback] = [cb for name, _, cb in GlossaryCommands(app.screen)._commands() if name == "Export JSON…"]
        callback()
        await pilot.pause()
        app.screen.query_one("#prompt-input", Input).value = str(out)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert "gsomia" in out.read_text(encoding="utf-8")


@run
async def test_wide_text_lines_up_in_columns(db):
    from rich.cells import cell_len

    from glossary.tui.widgets.entry_table import column_widths

    app = make_app(db)
    async with app.run_test(size=SIZE):
        table = app.main.table
        widths = column_widths(table.scrollable_content_region.width)
        expected = [n for w in widths for n in (w, 1)][:-1]  # cell, gap, cell, gap ...
        for y in range(0, app.main.source.total + 1):
            strip = table.render_line(y)
            assert [cell_len(seg.text) for seg in strip][:len(expected)] == expected, strip.text
            assert strip.cell_length == table.scrollable_content_region.width


@run
async def test_large_termbase_keeps_only_the_visible_window(tmp_path):
    from tui_sample import synthetic_entries

    path = str(tmp_path / "big.db")
    with Glossary.open(path) as g:
        g.add_all(synthetic_entries(5_000))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        source = app.main.source
        assert source.total == 5_000
        await pilot.press("end")
        assert app.main.table.row.id == "syn-004999" and app.main.entry.id == "syn-004999"
        await pilot.press("pageup", "home")
        assert app.main.table.row.id == "syn-000000"
        assert len(source._pages) <= 3  # pages around what was shown, not 5,000 rows
        await pilot.press("3")  # a filter that scans: ids once, rows a page at a time
        assert source.total == Glossary.open(path).count(needs_review=True)
