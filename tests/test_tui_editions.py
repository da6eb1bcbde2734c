"""The TUI and published editions (issue 17): a term harvested from an edition shows its
aligned sentence pair in the detail pane; the command palette aligns an edition."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("textual")

from textual.widgets import Input  # noqa: E402

from glossary import Glossary  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from test_tui import search  # noqa: E402
from tui_sample import run_async as run  # noqa: E402

NARROW = (80, 24)
CASES = Path(__file__).parent / "data" / "edition_cases"
EN, JA = CASES / "energy.en.txt", CASES / "energy.ja-merged.txt"


@pytest.fixture(autouse=True)
def _no_timed_poll(no_timed_poll):
    """tui_fixtures.no_timed_poll for every test of this module."""


def pane_text(app) -> str:
    refs = app.main.query_one("#entry-refs")
    return "\n".join(refs.render_line(y).text.rstrip() for y in range(refs.size.height))


@run
async def test_the_detail_pane_shows_the_aligned_sentence_pair_of_an_edition_term(tmp_path):
    db = tmp_path / "t.db"
    with Glossary.open(db) as g:
        g.align_edition(str(EN), str(JA))
        sydney = g.lookup("Sydney", lang="en")[0].entry.id
    app = make_app(str(db))
    async with app.run_test(size=NARROW) as pilot:
        await search(pilot, "Sydney")
        assert app.main.table.row.id == sydney
        text = pane_text(app)
        assert "Aligned in the edition (1)" in text
        assert "ja シドニー" in text and "energy.ja-merged.txt" in text
        joined = " ".join(line.strip() for line in text.splitlines())
        assert "Sydney" in joined.split("Aligned in the edition", 1)[1]       # the English sentence
        assert "シドニーに開設する" in joined.replace(" ", "")                   # the edition's sentence


@run
async def test_a_term_from_an_article_shows_no_aligned_pair(tmp_path):
    db = tmp_path / "t.db"
    with Glossary.open(db) as g:
        g.add("Canberra", category="place")
    app = make_app(str(db))
    async with app.run_test(size=NARROW) as pilot:
        await search(pilot, "Canberra")
        assert "Aligned in the edition" not in pane_text(app)


@run
async def test_the_palette_aligns_an_edition_in_a_thread(tmp_path):
    from glossary.tui.commands import GlossaryCommands

    db = tmp_path / "t.db"
    Glossary.open(db).close()
    app = make_app(str(db))
    async with app.run_test(size=NARROW) as pilot:
        [callback] = [cb for name, _, cb in GlossaryCommands(app.screen)._commands()
                      if name == "Align a published edition…"]
        callback()
        await pilot.pause()
        app.screen.query_one("#prompt-input", Input).value = f"{EN} {JA}"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    with Glossary.open(db) as g:
        assert [e[0] for e in g.editions()] == [str(JA)]
        assert g.lookup("シドニー", lang="ja")
