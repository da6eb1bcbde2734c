"""The scenario of the lost-write report, scripted: the TUI open on a termbase (its counts
worker opening a second connection in the same process, as it does on large termbases),
`glossary lookup` and `glossary set` from other processes, ten rounds.  No write is lost,
the -wal/-shm stay, the file is intact, and the TUI still saves after every round."""
from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("textual")

from conftest import cli_env  # noqa: E402
from glossary import Glossary  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from tui_sample import sample_entries  # noqa: E402


def cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "glossary", "--db", str(db), *args], capture_output=True,
                          text=True, encoding="utf-8", env=cli_env(), timeout=120)


def sidecars(db: Path) -> dict[str, int]:
    return {s: os.stat(f"{db}{s}").st_ino for s in ("-wal", "-shm") if os.path.exists(f"{db}{s}")}


def test_tui_open_while_scripts_look_up_and_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "tb.db"
    with Glossary.open(db) as g:
        g.add_all(sample_entries())
        script_entry = g.add("Written by a script", category="other").id
        tui_entry = g.add("Written in the TUI", category="other").id
    # count in the worker thread, on the worker's own connection, at every refresh
    monkeypatch.setattr("glossary.tui.screens.main.COUNT_IN_THREAD_ABOVE", 0)

    async def scenario() -> None:
        app = make_app(db)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            files = sidecars(db)
            assert set(files) == {"-wal", "-shm"}
            # every notification the app is asked to show (a "Saved" one times out after 2 s:
            # on a loaded machine it may be gone before the round's checks run)
            told: list[str] = []
            show = app.notify
            app.notify = lambda message, *a, **k: (told.append(str(message)), show(message, *a, **k))[1]
            for r in range(10):
                p = cli(db, "lookup", "Ishiba Shigeru", "--to", "ja")
                assert p.returncode == 0 and "石破茂" in p.stdout, p.stderr
                p = cli(db, "set", script_entry, "ko", f"스크립트 {r}", "--approve")
                assert p.returncode == 0, p.stderr
                assert sidecars(db) == files, f"round {r}: the -wal/-shm were deleted under the TUI"
                what = f"round {r}"
                app.main.change(what, app.glossary.get(tui_entry), lambda b, r=r: app.glossary.set_term(
                    b.id, "ja", f"画面 {r}", approve=True, revision=b.revision))
                await pilot.pause()
                await app.workers.wait_for_complete()      # the counts worker's second connection
                assert f"Saved: {what}" in told, f"round {r} not saved: {told[-3:]}"
                assert app.glossary.get(tui_entry).text("ja") == f"画面 {r}"
                assert app.glossary.get(script_entry).text("ko") == f"스크립트 {r}"   # the TUI sees it
        assert app.return_code in (0, None)

    asyncio.run(scenario())
    with Glossary.open(db) as g:
        assert g.get(script_entry).text("ko") == "스크립트 9"
        assert g.get(tui_entry).text("ja") == "画面 9"
        assert len(g.history(script_entry)) == 11 and len(g.history(tui_entry)) == 11
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
