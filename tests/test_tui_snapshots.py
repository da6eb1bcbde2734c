"""SVG snapshots of the TUI (pytest-textual-snapshot).  Fixed terminal size, the sample
termbase (no clock, no randomness).  After an intended change of the look:
`pytest tests/test_tui_snapshots.py --snapshot-update`, then review the SVGs."""
from __future__ import annotations

import pytest

pytest.importorskip("pytest_textual_snapshot")

from textual import events  # noqa: E402

from glossary import Glossary  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from tui_sample import sample_entries  # noqa: E402

SIZE = (160, 50)
NARROW = (80, 24)



@pytest.fixture(autouse=True)
def no_timed_poll(monkeypatch):
    """The live refresh polls once a second; tests call MainScreen.poll() themselves, so a
    change "by another process" lands exactly where the test puts it."""
    import glossary.tui.screens.main as main_screen

    monkeypatch.setattr(main_screen, "POLL_SECONDS", 3600.0)

@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "tb.db")
    with Glossary.open(path) as g:
        g.add_all(sample_entries())
    return path


def test_main_screen(db, snap_compare):
    assert snap_compare(make_app(db), terminal_size=SIZE)


def test_search_in_japanese_shows_footnotes(db, snap_compare):
    async def run_before(pilot):
        await pilot.press("slash")
        pilot.app.focused.post_message(events.Paste("石破"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.main.entry.id == "ishiba-shigeru"

    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=run_before)


def test_add_korean_term_modal(db, snap_compare):
    async def run_before(pilot):
        await pilot.press("slash", *"gsomia", "enter", "t")
        pilot.app.focused.post_message(events.Paste("한일 군사정보보호협정"))
        await pilot.pause()

    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=run_before)


def test_conflict_modal(db, snap_compare):
    async def run_before(pilot):
        await pilot.press("slash", *"vientiane", "enter")
        with Glossary.open(db, actor="someone-else") as other:
            other.approve("vientiane", "ko", "비엔티안")
        await pilot.press("a")
        await pilot.pause()

    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=run_before)


def test_help_screen(db, snap_compare):
    assert snap_compare(make_app(db), terminal_size=SIZE, press=["question_mark"])


async def _ishiba(pilot):
    await pilot.press("slash", *"ishiba", "enter")
    await pilot.pause()


def test_main_screen_80x24(db, snap_compare):
    """The table keeps id, English, Japanese and Korean; the detail pane is below; the
    footer keeps quit and help."""
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=_ishiba)


def test_search_by_kana_reading_80x24(db, snap_compare):
    async def run_before(pilot):
        await pilot.press("slash")
        pilot.app.focused.post_message(events.Paste("いしば"))
        await pilot.pause()
        await pilot.press("enter", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=run_before)


def test_no_color_marks_the_focus(db, snap_compare, monkeypatch):
    """NO_COLOR: the cursor row and the highlighted term carry ▶ and reverse video."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=_ishiba)


def test_no_color_80x24(db, snap_compare, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=_ishiba)


def test_add_term_with_approve_on(db, snap_compare):
    async def run_before(pilot):
        await pilot.press("slash", *"gsomia", "enter", "t")
        pilot.app.focused.post_message(events.Paste("한일 군사정보보호협정"))
        await pilot.pause()
        pilot.app.screen.query_one("#term-approve").value = True
        await pilot.pause()

    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=run_before)


def test_history_screen(tmp_path, snap_compare, monkeypatch):
    """Times and actors are fixed: the history shows both."""
    import glossary.store.sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "now", lambda: "2026-03-01T09:30:00Z")
    monkeypatch.setenv("GLOSSARY_ACTOR", "editor")
    path = str(tmp_path / "history.db")
    with Glossary.open(path, actor="importer") as g:
        g.add_all(sample_entries())
    with Glossary.open(path, actor="kim") as g:
        g.approve("vientiane", "ko", "비엔티안")

    async def run_before(pilot):
        await _ishiba(pilot)
        await pilot.press("a")
        # the approval is saved before the history is opened (a loaded machine is slow)
        with Glossary.open(path) as check:
            for _ in range(200):
                if any(c.action == "approve" for c in check.history("ishiba-shigeru", limit=3)):
                    break
                await pilot.pause(0.05)
        await pilot.press("H")
        # (the history screen is pushed and filled before the picture is taken, however slow the machine)
        from glossary.tui.screens.history import HistoryScreen
        from textual.widgets import OptionList

        for _ in range(200):
            screen = pilot.app.screen
            if isinstance(screen, HistoryScreen) and screen.query_one(OptionList).option_count:
                break
            await pilot.pause(0.05)
        await pilot.pause()

    assert snap_compare(make_app(path), terminal_size=SIZE, run_before=run_before)


def test_empty_result_80x24(db, snap_compare):
    async def run_before(pilot):
        await pilot.press("1", "slash", *"zzz", "enter")
        await pilot.pause()

    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=run_before)
