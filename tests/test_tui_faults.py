"""Faults that reach the TUI are shown, never crashed on (the robustness issue, section 2).

Real faults where they can be made here: another process holding the write lock, the
termbase file renamed away under the app; a store method made to fail for the rare ones.
Each test asserts what the termbase holds afterwards, through another connection."""
from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("textual")

from glossary import Glossary, Status  # noqa: E402
from glossary.errors import StoreError  # noqa: E402
from glossary.store.sqlite import Store  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from glossary.tui.screens.fault import FaultScreen  # noqa: E402
from glossary.tui.screens.main import MainScreen  # noqa: E402
from tui_sample import run_async as run, sample_termbase  # noqa: E402

SIZE = (160, 40)



@pytest.fixture(autouse=True)
def no_timed_poll(monkeypatch):
    """The live refresh polls once a second; tests call MainScreen.poll() themselves, so a
    change "by another process" lands exactly where the test puts it."""
    import glossary.tui.screens.main as main_screen

    monkeypatch.setattr(main_screen, "POLL_SECONDS", 3600.0)

@pytest.fixture
def db(tmp_path: Path) -> str:
    return sample_termbase(str(tmp_path / "tb.db"))


def status_of(db: str, entry_id: str, lang: str, text: str) -> Status:
    with Glossary.open(db) as g:
        return next(t.status for t in g.get(entry_id).terms if (t.lang, t.text) == (lang, text))


async def to_ishiba(pilot) -> None:
    await pilot.press("slash", *"ishiba", "enter")
    await pilot.pause()
    assert pilot.app.main.term_list.term.text == "石破茂"


@run
async def test_a_locked_termbase_asks_and_the_retry_saves(db):
    """Another process holds the write lock (a long import): the save is not lost and not
    crashed on; the editor is asked, and Retry saves once the lock is gone."""
    app = make_app(Glossary.open(db, timeout=0.3))
    holder = sqlite3.connect(db, isolation_level=None)
    async with app.run_test(size=SIZE) as pilot:
        await to_ishiba(pilot)
        holder.execute("BEGIN IMMEDIATE")
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FaultScreen)
        assert "locked" in app.screen.message
        assert status_of(db, "ishiba-shigeru", "ja", "石破茂") is Status.SUGGESTED
        holder.execute("COMMIT")
        await pilot.press("r")
        await pilot.pause()
        assert not isinstance(app.screen, FaultScreen)
    holder.close()
    assert status_of(db, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED
    assert app.return_code in (0, None)


@run
async def test_a_termbase_renamed_away_is_reported_and_retried_when_back(db):
    """The file is renamed under the app: a write would go into a file nobody can see.
    Refused and reported; once it is back, Retry saves it there."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await to_ishiba(pilot)
        os.rename(db, db + ".moved")
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FaultScreen)
        assert "removed or renamed" in app.screen.message
        os.rename(db + ".moved", db)
        await pilot.press("r")
        await pilot.pause()
        assert not isinstance(app.screen, FaultScreen)
    assert status_of(db, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED


@run
async def test_giving_up_a_change_saves_nothing_and_says_so(db, monkeypatch):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await to_ishiba(pilot)

        def read_only(*args, **kwargs):
            raise StoreError("database is read-only", path=db)
        monkeypatch.setattr(Store, "save", read_only)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FaultScreen) and "read-only" in app.screen.message
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("Not saved" in n.message for n in app._notifications)
    assert status_of(db, "ishiba-shigeru", "ja", "石破茂") is Status.SUGGESTED


@run
async def test_a_fault_in_a_worker_is_shown_and_the_app_stays_up(db, monkeypatch):
    from glossary.tui import counts

    def broken(cls, glossary):
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(counts.WorkCounts, "of", classmethod(broken))
    monkeypatch.setattr("glossary.tui.screens.main.COUNT_IN_THREAD_ABOVE", 0)   # count in the worker
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("disk I/O error" in n.message for n in app._notifications)
        monkeypatch.undo()
        await to_ishiba(pilot)
        await pilot.press("a")                     # the app still saves
    assert status_of(db, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED
    assert app.return_code in (0, None)


@run
async def test_a_bug_ends_the_app_with_one_line_and_a_non_zero_status(db, monkeypatch):
    app = make_app(db)

    def bug(self):
        raise RuntimeError("something impossible")
    monkeypatch.setattr(type(app), "action_help", bug)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.call_later(app.run_action, "help")      # as the key would; the app ends here
        for _ in range(50):
            await asyncio.sleep(0.05)
            if app.return_code is not None:
                break
    assert app.return_code == 70
    assert app.fatal and "something impossible" in app.fatal and "\n" not in app.fatal


@run
async def test_a_storage_fault_escaping_an_app_handler_ends_the_app_instead_of_freezing_it(db):
    """Textual stops a node's message loop after an exception in one of its handlers;
    showing the fault and going on left an app that took no key any more (regression)."""
    app = make_app(db)

    def broken():
        raise sqlite3.OperationalError("disk I/O error")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.call_later(broken)
        for _ in range(50):
            await asyncio.sleep(0.05)
            if app.return_code is not None:
                break
    assert app.return_code == 3
    assert app.fatal == "OperationalError: disk I/O error"


def test_the_tui_without_a_terminal_is_refused(db):
    proc = subprocess.run([sys.executable, "-m", "glossary", "--db", db, "tui"], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)
    assert proc.returncode == 2 and "needs a terminal" in proc.stderr and proc.stderr.count("\n") == 1
