"""Issue 10, section 2: a fault that reaches the TUI is shown, not crashed on.  Real faults
where they can be made (a read-only file, a write lock held by another connection, the
file renamed away); a patched store method for the rare ones."""
from __future__ import annotations

import asyncio
import functools
import os
import sqlite3
import stat

import pytest

pytest.importorskip("textual")

from textual.widgets import Input, Static  # noqa: E402

from glossary import Glossary  # noqa: E402
from glossary.errors import StoreError  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from glossary.tui.screens.fault import FaultScreen  # noqa: E402
from tui_sample import sample_entries  # noqa: E402

SIZE = (160, 40)


def run(test):
    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))
    return wrapper


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "tb.db")
    with Glossary.open(path) as g:
        g.add_entries(sample_entries())
    return path


def ko_terms(path: str, entry_id: str) -> list[str]:
    with Glossary.open(path) as g:
        return [t.text for t in g.get(entry_id).terms_for("ko")]


async def open_add_dialog(pilot, query: str, text: str) -> None:
    await pilot.press("slash", *query, "enter")
    await pilot.pause()
    await pilot.press("t")
    field = pilot.app.screen.query_one("#term-text", Input)
    pilot.app.screen.query_one("#term-lang", Input).value = "ko"
    field.value = text
    await pilot.pause()


async def fault_message(pilot) -> str:
    for _ in range(50):
        if isinstance(pilot.app.screen, FaultScreen):
            return str(pilot.app.screen.query_one("#fault-message", Static).render())
        await pilot.pause(0.1)
    raise AssertionError(f"no fault dialog; screen is {pilot.app.screen!r}")


@run
async def test_store_error_on_save_is_a_dialog_and_retry_saves(db, monkeypatch):
    app = make_app(db)
    calls = []
    real = Glossary.set_term

    def failing(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise StoreError("cannot write: disk I/O error", path=db)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Glossary, "set_term", failing)
    async with app.run_test(size=SIZE) as pilot:
        await open_add_dialog(pilot, "gsomia", "지소미아")
        await pilot.press("enter")
        message = await fault_message(pilot)
        assert "disk I/O error" in message and db in message and "\n" not in message.strip()
        assert ko_terms(db, "gsomia") == []
        await pilot.press("r")
        await pilot.pause()
        assert ko_terms(db, "gsomia") == ["지소미아"]
        assert not isinstance(app.screen, FaultScreen)
    assert app.return_code in (0, None)


@run
async def test_read_only_termbase_save_is_a_dialog_and_cancel_drops_it(db, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes to a read-only file")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_add_dialog(pilot, "gsomia", "지소미아")
        os.chmod(db, stat.S_IRUSR)
        os.chmod(tmp_path, stat.S_IRUSR | stat.S_IXUSR)
        try:
            await pilot.press("enter")
            await fault_message(pilot)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, FaultScreen)
        finally:
            os.chmod(tmp_path, stat.S_IRWXU)
            os.chmod(db, stat.S_IRUSR | stat.S_IWUSR)
    assert ko_terms(db, "gsomia") == []
    assert app.return_code in (0, None)


@run
async def test_locked_termbase_is_retried_until_the_lock_goes(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_add_dialog(pilot, "gsomia", "지소미아")
        holder = sqlite3.connect(db, timeout=0, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press("enter")
            await pilot.pause(0.3)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        for _ in range(40):
            if ko_terms(db, "gsomia"):
                break
            if isinstance(app.screen, FaultScreen):
                await pilot.press("r")  # the store's own busy wait may outlast the automatic retries
            await pilot.pause(0.1)
        assert ko_terms(db, "gsomia") == ["지소미아"]
    assert app.return_code in (0, None)


@run
async def test_lost_termbase_file_is_reported_not_crashed_on(db, tmp_path):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_add_dialog(pilot, "gsomia", "지소미아")
        os.rename(db, tmp_path / "moved.db")
        for suffix in ("-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.rename(db + suffix, str(tmp_path / "moved.db") + suffix)
        await pilot.press("enter")
        await pilot.pause(0.5)
        # the write either reached the moved file through the open descriptor, or it is a dialog
        if isinstance(app.screen, FaultScreen):
            await pilot.press("escape")
        app.main.refresh_counts()  # a worker opening the lost path: a notification, not a crash
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
    assert app.return_code in (0, None)


@run
async def test_counts_worker_fault_is_a_notification(db, monkeypatch):
    from glossary.tui import counts as counts_module
    from glossary.tui.screens import main as main_module

    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        def broken(g):
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(counts_module.WorkCounts, "of", staticmethod(broken))
        monkeypatch.setattr(main_module, "COUNT_IN_THREAD_ABOVE", -1)
        app.main.refresh_counts()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("disk I/O error" in str(n.message) for n in app._notifications)
    assert app.return_code in (0, None)


@run
async def test_palette_worker_fault_is_a_notification(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        def broken(g, words):
            raise sqlite3.DatabaseError("file is not a database")

        app._run_in_thread("export", broken, [])
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("file is not a database" in str(n.message) for n in app._notifications)
    assert app.return_code in (0, None)


@run
async def test_storage_fault_escaping_every_handler_ends_with_one_line_and_status_3(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        def broken():
            raise sqlite3.OperationalError("disk I/O error")

        app.call_later(broken)
        await asyncio.sleep(0.5)  # the app is closing: no pilot.pause()
    assert app.return_code == 3
    assert app.fatal_message == "glossary: error: disk I/O error"


@run
async def test_a_bug_ends_the_app_with_a_non_zero_status(db):
    app = make_app(db)
    with pytest.raises(ZeroDivisionError):
        async with app.run_test(size=SIZE) as pilot:
            app.call_later(lambda: 1 / 0)
            await pilot.pause()
    assert app.return_code == 1
