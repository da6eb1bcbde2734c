"""The TUI as an editor sees it (issue 14): focus seen without colour, controls that show
their state, undo/redo of the entry on screen and the history, mentions in view, search
by reading and ranked, live refresh from other processes, any terminal size.  Every
test drives the real app with Pilot on a real termbase and checks the store through a
second connection."""
from __future__ import annotations

import pytest

pytest.importorskip("textual")

from textual.widgets import Input  # noqa: E402

from glossary import Glossary, Status  # noqa: E402
from glossary.model import Category, Entry, Occurrence, Role, Term  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from glossary.tui.screens.edit import StateCheckbox, TermScreen  # noqa: E402
from glossary.tui.screens.history import HistoryScreen  # noqa: E402
from glossary.tui.widgets.detail import TERM_MARK  # noqa: E402
from glossary.tui.widgets.entry_table import CURSOR_MARK, column_widths  # noqa: E402
from tui_sample import run_async as run, sample_termbase  # noqa: E402
from test_tui import highlight, paste, search, status_of  # noqa: E402

WIDE, NARROW = (160, 50), (80, 24)



@pytest.fixture(autouse=True)
def _no_timed_poll(no_timed_poll):
    """tui_fixtures.no_timed_poll for every test of this module."""


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def term_lines(app) -> list[str]:
    terms = app.main.term_list
    return [terms.render_line(y).text for y in range(terms.size.height)]


# -- 1. focus you can see without colour --------------------------------------------------

@run
async def test_the_cursor_row_and_the_highlighted_term_carry_a_mark(db):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "ishiba")
        table = app.main.table
        assert table.render_line(1).text.startswith(CURSOR_MARK)
        marked = [line for line in term_lines(app) if line.lstrip().startswith(TERM_MARK)]
        assert len(marked) == 1 and "石破茂" in marked[0]     # exactly one term carries the mark
        focus = str(app.main.query_one("#focus-line").render())
        assert "accept ja 石破茂" in focus and "reject ja 石破茂" in focus
        await pilot.press("right_square_bracket")
        assert "accept ko 이시바 시게루" in str(app.main.query_one("#focus-line").render())
        marked = [line for line in term_lines(app) if line.lstrip().startswith(TERM_MARK)]
        assert len(marked) == 1 and "이시바 시게루" in marked[0]


@run
async def test_next_term_announces_the_wrap_around(db):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "ishiba")
        await highlight(pilot, "ko", "이시바 시게루")     # the last term
        await pilot.press("right_square_bracket")
        assert app.main.term_list.highlighted == 0
        assert any("wrapped around" in m for m in messages(app))


# -- 2. controls that show their state ---------------------------------------------------

@run
async def test_the_approve_checkbox_says_on_and_off_and_follows_the_last_choice(db, other):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "gsomia")
        await pilot.press("t")
        box = app.screen.query_one(StateCheckbox)
        assert box.value is False
        off = box.render().plain
        assert "[ ]" in off and "suggestion" in off
        box.toggle()
        await pilot.pause()
        on = box.render().plain
        assert "[✓]" in on and "approved" in on and on != off
        await paste(pilot, "한일 군사정보보호협정")
        await pilot.press("enter")
        assert status_of(other, "gsomia", "ko", "한일 군사정보보호협정") is Status.APPROVED
        await search(pilot, "freedom")
        await pilot.press("t")
        assert app.screen.query_one(StateCheckbox).value is True   # the last choice


@run
async def test_the_add_dialog_proposes_the_first_language_the_entry_lacks(db, other):
    other.add_entry(Entry("only-ja-missing", Category.OTHER, "", (
        Term("en", "Quadrilateral", Role.PREFERRED, Status.APPROVED),
        Term("ko", "쿼드", Role.PREFERRED, Status.APPROVED))))
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "quadrilateral")
        await pilot.press("t")
        assert isinstance(app.screen, TermScreen)
        assert app.screen.query_one("#term-lang", Input).value == "ja"


# -- 3. undo and redo of this entry; the history -------------------------------------------

@run
async def test_u_undoes_the_entry_on_screen_and_U_redoes_it(db, other):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "vientiane")
        await pilot.press("a")                       # approve ko 비엔티안
        await search(pilot, "ishiba")
        await pilot.press("a")                       # approve ja 石破茂: the latest change anywhere
        await search(pilot, "vientiane")
        await pilot.press("u")
        assert status_of(other, "vientiane", "ko", "비엔티안") is Status.SUGGESTED
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED   # off-screen: untouched
        assert any("vientiane" in m and "approve ko '비엔티안'" in m for m in messages(app))
        await pilot.press("U")
        assert status_of(other, "vientiane", "ko", "비엔티안") is Status.APPROVED
        assert any(m.startswith("Redone on vientiane") for m in messages(app))


@run
async def test_u_never_deletes_an_entry_and_refuses_what_it_did_not_show(db, other):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "gsomia")
        await pilot.press("u")                       # its only change is its creation
        assert other.get("gsomia").revision == 1
        assert any("created it" in m for m in messages(app))


@run
async def test_the_history_lists_every_entry_with_the_actor_and_undoes_any_change(db, other):
    other.approve("vientiane", "ko", "비엔티안")            # lee
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "ishiba")
        await pilot.press("a", "a")                       # ja, then ko approved (by this user)
        await pilot.press("H")
        assert isinstance(app.screen, HistoryScreen)
        listing = app.screen.changes
        assert [c.entry_id for c in listing[:3]] == ["ishiba-shigeru", "ishiba-shigeru", "vientiane"]
        assert listing[2].actor == "lee"
        # undo the older of the two ishiba changes: the later one is named and undone too
        app.screen.query_one("#history-list").highlighted = 1
        await pilot.press("u")
        assert "1 later change" in str(app.screen.query_one("#history-hint").render())
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED   # asked, not done
        await pilot.press("u")
        assert status_of(other, "ishiba-shigeru", "ja", "石破茂") is Status.SUGGESTED
        assert status_of(other, "ishiba-shigeru", "ko", "이시바 시게루") is Status.SUGGESTED
        # someone else's change, on an entry not on screen
        app.screen.query_one("#history-list").highlighted = next(
            i for i, c in enumerate(app.screen.changes) if c.entry_id == "vientiane")
        await pilot.press("u")
        assert status_of(other, "vientiane", "ko", "비엔티안") is Status.SUGGESTED
        await pilot.press("enter")                          # go to the entry
        await pilot.pause()
        assert app.main.entry.id == "vientiane"


# -- 4. the mention in view ---------------------------------------------------------------

@run
async def test_the_occurrence_panel_centres_a_mention_deep_in_a_paragraph(db, other):
    paragraph = ("Lorem ipsum dolor sit amet. " * 40) + "Then Hanabusa Masamichi spoke. " + ("Tail words. " * 30)
    assert paragraph.index("Hanabusa") > 900
    other.add_entry(Entry("hanabusa", Category.PERSON, "", (
        Term("en", "Hanabusa Masamichi", Role.PREFERRED, Status.APPROVED),),
        (Occurrence("doc.txt", 3, 1120, paragraph),)))
    app = make_app(db)
    async with app.run_test(size=NARROW) as pilot:
        await search(pilot, "hanabusa")
        refs = app.main.query_one("#entry-refs")
        lines = [refs.render_line(y).text for y in range(refs.size.height)]
        text = " ".join(line.strip() for line in lines)
        assert "Hanabusa Masamichi" in text
        assert "…" in text and "Lorem ipsum" not in text.split("Hanabusa")[0][:20]


# -- 5 and 6. search by reading, ranked; empty results; Esc ---------------------------------

@pytest.mark.parametrize("query", ["いしば", "イシバ", "ishiba shigeru"])
@run
async def test_search_by_reading(db, query):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, query)
        assert app.main.table.row.id == "ishiba-shigeru"


@run
async def test_search_ranks_the_exact_name_first(db, other):
    other.add_entry(Entry("a-yoon-suk-yeol-government", Category.OTHER, "", (
        Term("en", "Yoon Suk Yeol government", Role.PREFERRED, Status.APPROVED),)))
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "yoon suk yeol")
        rows = [app.main.source.row(i).id for i in range(app.main.source.total)]
        assert rows == ["yoon-suk-yeol", "a-yoon-suk-yeol-government"]
        assert app.main.entry.id == "yoon-suk-yeol"


@run
async def test_an_empty_result_names_the_filters_and_0_clears_them(db):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("1")                                 # no ja
        await search(pilot, "이시바")                            # has ja: nothing left
        assert app.main.source.total == 0
        said = app.main.table.render_line(1).text
        assert "search '이시바'" in said and "no ja" in said and "0" in said
        assert "no ja" in str(app.main.query_one("#entry-head").render())
        await pilot.press("0")
        assert app.main.source.total == 12


@run
async def test_escape_in_the_search_box_gives_the_keys_back_to_the_table(db):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", "k", "i", "s", "h")
        assert app.main.table.row.id == "kishida-fumio"
        await pilot.press("escape")
        assert app.focused is app.main.table
        assert app.main.table.row.id == "kishida-fumio"      # the cursor stays on the entry
        await pilot.press("3")                               # acts, is not typed
        assert app.main.source.query.needs_review
        assert app.main.query_one("#search", Input).value == ""


# -- 7. live ----------------------------------------------------------------------------

@run
async def test_changes_by_another_process_show_and_are_announced(db, other):
    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "vientiane")
        await pilot.press("a")                                # mine: not "elsewhere"
        other.approve("ishiba-shigeru", "ja", "石破茂")
        other.update("vientiane", note="from a script")
        app.main.poll()                                       # what the 1-second timer does
        await pilot.pause()
        assert any("2 entries changed elsewhere" in m for m in messages(app))
        assert app.main.entry.note == "from a script"
        app._notifications.clear()
        app.main.poll()                                       # nothing new: nothing said
        assert not messages(app)


@run
async def test_an_open_edit_of_an_entry_changed_elsewhere_goes_through_the_conflict_dialog(db, other):
    from glossary.tui.screens.conflict import ConflictScreen

    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "freedom")
        await pilot.press("e")
        other.update("freedom-edge", note="theirs")
        app.main.poll()
        await pilot.pause()
        assert any("changed elsewhere meanwhile" in m for m in messages(app))
        app.screen.query_one("#term-text", Input).value = "Freedom Edge exercise"
        await pilot.press("enter")
        assert isinstance(app.screen, ConflictScreen)


@run
async def test_a_store_error_while_polling_is_a_message_and_the_app_stays_up(db, monkeypatch):
    from glossary.errors import StoreError

    app = make_app(db)
    async with app.run_test(size=WIDE) as pilot:
        def broken():
            raise StoreError("disk I/O error", path=db)
        monkeypatch.setattr(app.glossary, "data_version", broken)
        app.main.poll()
        app.main.poll()
        await pilot.pause()
        assert sum("Cannot look for other changes" in m for m in messages(app)) == 1
        await search(pilot, "ishiba")
        assert app.main.entry.id == "ishiba-shigeru"


# -- 8. any terminal size --------------------------------------------------------------------

@run
async def test_80x24_keeps_id_english_and_both_targets_and_quit_and_help(db):
    from rich.cells import cell_len

    app = make_app(db)
    async with app.run_test(size=NARROW) as pilot:
        await search(pilot, "ishiba")
        table = app.main.table
        widths = column_widths(table.scrollable_content_region.width)
        _, id_w, cat_w, en_w, ja_w, ko_w, state_w = widths
        assert cat_w == 0 and min(en_w, ja_w, ko_w) >= 10 and state_w >= 8
        row = table.render_line(1).text
        assert "이시바 시게루" in row and "Ishiba Shigeru" in row and cell_len(row) == table.scrollable_content_region.width
        assert app.main.detail.region.y > table.region.y        # the detail pane below the table
        footer = " ".join(str(k.render()) for k in app.screen.query("FooterKey"))
        assert "Quit" in footer and "Help" in footer
        keys = [k for k in app.screen.query("FooterKey")]
        visible = [k for k in keys if k.region.right <= 80 and k.region.width]
        assert {"Quit", "Help"} <= {k.description for k in visible}


@run
async def test_wrapping_keeps_latin_words_whole(db, other):
    words = "provisional Japanese form proposed from the Cabinet Office list of 2024 appointments"
    other.set_term("gsomia", "ko", "군사정보보호협정", role="alias")
    entry = other.get("gsomia")
    other.edit_entry(entry.with_terms(t.replace(evidence=words) if t.lang == "ko" else t for t in entry.terms),
                     revision=entry.revision)
    app = make_app(db)
    async with app.run_test(size=NARROW) as pilot:
        await search(pilot, "gsomia")
        vocabulary = {w for t in other.get("gsomia").terms for w in f"{t.evidence} {t.origin}".split()}
        for line in term_lines(app):
            for token in line.split():
                if token.isascii() and token.isalpha() and token.islower() and len(token) > 2:
                    assert token in vocabulary or token in {"origin", "confidence", "preferred", "alias",
                                                            "approved", "suggested", "editor", "text",
                                                            "abbreviation", "reading"}, (token, line)


@run
async def test_escape_scrolls_the_full_list_to_the_entry_kept(db):
    """After Esc the cursor's entry is on screen in the full list, not below its fold
    (the list grows back only at the next layout)."""
    app = make_app(db)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("slash", *"vientiane")
        await pilot.press("escape")
        await pilot.pause()
        table = app.main.table
        assert table.row.id == "vientiane"
        assert table.source.total > table.visible_rows            # the full list does not fit
        top = int(table.scroll_y)
        assert top <= table.cursor < top + table.visible_rows
