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

SIZE = (150, 40)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "tb.db")
    with Glossary.open(path) as g:
        g.add_entries(sample_entries())
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
