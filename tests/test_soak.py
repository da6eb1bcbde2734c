"""Soak: one termbase, everybody at once (the robustness issue, section 3).

For GLOSSARY_SOAK_SECONDS (default 30): the TUI (the real app under Pilot) saving an edit
every few hundred milliseconds through the screen's write path; two CLI writer processes
doing add / set / approve; two CLI readers doing lookup / list --json / export po; one
`extract` of a corpus.  A monitor thread holds its own SQLite connection the whole time
and checks every 20 ms that the -wal and -shm files are still the same files.

At the end: every write that was acknowledged (exit 0, "Saved" in the TUI) is in the
termbase; every refused one was refused properly (exit 3, or the TUI's dialog); the file
passes `PRAGMA integrity_check`; the -wal/-shm were never deleted under a live connection.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytest.importorskip("textual")

from conftest import cli_env  # noqa: E402
from glossary import Glossary  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from glossary.tui.screens.conflict import ConflictScreen  # noqa: E402
from glossary.tui.screens.fault import FaultScreen  # noqa: E402
from tui_sample import sample_entries  # noqa: E402

SECONDS = float(os.environ.get("GLOSSARY_SOAK_SECONDS", "30"))
TESTS = Path(__file__).resolve().parent


@dataclass
class Tally:
    acknowledged: list[tuple] = field(default_factory=list)   # what must be in the termbase
    refused: int = 0
    reads: int = 0
    shared: list[str] = field(default_factory=list)            # acknowledged changes of SHARED
    failures: list[str] = field(default_factory=list)         # anything not allowed
    lock: threading.Lock = field(default_factory=threading.Lock)


def failed(tally: Tally, what: str, p: subprocess.CompletedProcess) -> None:
    """Record a CLI call that ended in neither success nor a proper refusal."""
    tally.failures.append(f"{what}: exit {p.returncode}: {p.stderr.strip()[-300:]}")


def glossary_cli(db: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "glossary", "--db", str(db), *args], cwd=cwd, env=cli_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


SHARED = "soak-shared"


def contend(n: int, i: int, db: Path, tmp: Path, tally: Tally) -> None:
    """A change of the one entry every writer edits, based on the revision just read: when
    another writer got there first it must be refused (exit 3), else it must stay in the
    entry's history."""
    p = glossary_cli(db, "show", SHARED, "--json", cwd=tmp)
    if p.returncode != 0:
        failed(tally, f"show {SHARED}", p)
        return
    revision = json.loads(p.stdout)["revision"]
    text = f"共有 {n}-{i}"
    p = glossary_cli(db, "set", SHARED, "ja", text, "--revision", str(revision), cwd=tmp)
    if p.returncode == 3 and "changed by someone else" in p.stderr:
        with tally.lock:
            tally.refused += 1
    elif p.returncode == 0:
        tally.shared.append(text)
    else:
        failed(tally, f"set {SHARED} --revision", p)


def writer(n: int, db: Path, tmp: Path, stop: threading.Event, tally: Tally) -> None:
    i = 0
    while not stop.is_set():
        i += 1
        contend(n, i, db, tmp, tally)
        text = f"Soak writer {n} item {i}"
        p = glossary_cli(db, "add", text, "--category", "event", cwd=tmp)
        if p.returncode == 3:
            with tally.lock:
                tally.refused += 1
            continue
        if p.returncode != 0 or "Traceback" in p.stderr:
            failed(tally, f"add {text!r}", p)
            continue
        entry_id = p.stdout.strip().splitlines()[-1]
        tally.acknowledged.append(("en", entry_id, text, None))
        ko = f"소크 {n}-{i}"
        for args, status in ((("set", entry_id, "ko", ko), "suggested"), (("approve", entry_id, "ko"), "approved")):
            p = glossary_cli(db, *args, cwd=tmp)
            if p.returncode == 3:
                with tally.lock:
                    tally.refused += 1
                break
            if p.returncode != 0 or "Traceback" in p.stderr:
                failed(tally, " ".join(args), p)
                break
            tally.acknowledged.append(("ko", entry_id, ko, status))


def reader(n: int, db: Path, tmp: Path, stop: threading.Event, tally: Tally) -> None:
    out = tmp / f"locale-{n}"
    commands = [("lookup", "Ishiba Shigeru", "--to", "ja"), ("list", "--json"), ("export", "po", "--lang", "ko",
                                                                                  "--out", str(out))]
    i = 0
    while not stop.is_set():
        args = commands[i % len(commands)]
        i += 1
        p = glossary_cli(db, *args, cwd=tmp)
        if p.returncode not in (0, 1) or "Traceback" in p.stderr:
            failed(tally, " ".join(args), p)
            continue
        if args[0] == "list":
            json.loads(p.stdout)
        with tally.lock:
            tally.reads += 1


def extractor(db: Path, tmp: Path, stop: threading.Event, tally: Tally) -> None:
    corpus = tmp / "corpus"
    corpus.mkdir()
    for folder in ("eval", "eval2"):
        for article in (TESTS / "data" / "dev" / "team" / folder).glob("*"):
            if article.suffix in (".txt", ".md"):
                shutil.copy(article, corpus / article.name)
    rounds = 0
    while not stop.is_set() and rounds < 3:
        rounds += 1
        p = glossary_cli(db, "extract", "--force", str(corpus), cwd=tmp)
        if p.returncode != 0 or "Traceback" in p.stderr:
            failed(tally, "extract", p)
        else:
            with tally.lock:
                tally.reads += 1


def monitor(db: Path, stop: threading.Event, tally: Tally) -> None:
    """A live connection of its own; the files beside the termbase must stay the same."""
    conn = sqlite3.connect(db, check_same_thread=False)
    conn.execute("SELECT count(*) FROM entries").fetchone()
    try:
        first = {s: os.stat(f"{db}{s}").st_ino for s in ("-wal", "-shm")}
        while not stop.is_set():
            for suffix, inode in first.items():
                try:
                    now = os.stat(f"{db}{suffix}").st_ino
                except FileNotFoundError:
                    now = None
                if now != inode:
                    tally.failures.append(f"{suffix} was deleted or replaced under a live connection")
                    return
            time.sleep(0.02)
    finally:
        conn.close()


async def tui_editor(db: Path, stop: threading.Event, tally: Tally, entry_id: str) -> int:
    """Edits through the main screen's write path (what `e`/`a`/`t` call), one every
    ~300 ms; a dialog (conflict, fault) counts as a refusal and is answered."""
    app = make_app(db)
    saves = 0
    # every notification shown, kept: "Saved: …" stays on screen 2 s, and on a loaded machine
    # one turn of the waiting loop below can take longer than that
    shown: list[str] = []
    notify = app.notify

    def keep(message, *args, **kwargs):
        shown.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = keep
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        i = 0
        while not stop.is_set():
            i += 1
            await asyncio.sleep(0.3)
            screen = app.main
            base = app.glossary.get(entry_id)
            text = f"티유아이 {i}"
            what = f"soak edit {i}"
            screen.change(what, base, lambda b, text=text: app.glossary.set_term(
                b.id, "ko", text, approve=True, revision=b.revision))
            # the save waits for the write lock while the writers hold it: on a loaded
            # machine that takes a while, so wait (up to a minute) for its outcome
            for _ in range(1200):
                await pilot.pause()
                if isinstance(app.screen, (ConflictScreen, FaultScreen)) or f"Saved: {what}" in shown:
                    break
                await asyncio.sleep(0.05)
            if isinstance(app.screen, (ConflictScreen, FaultScreen)):
                tally.refused += 1
                await pilot.press("escape")
                await pilot.pause()
                continue
            if f"Saved: {what}" in shown:
                saves += 1
                tally.acknowledged.append(("ko", entry_id, text, "approved"))
            else:
                tally.failures.append(f"TUI edit {i}: neither saved nor refused")
    if app.return_code not in (None, 0):
        tally.failures.append(f"the TUI ended with status {app.return_code}: {app.fatal}")
    return saves


def test_soak_everybody_at_once(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    with Glossary.open(db) as g:
        g.add_all(sample_entries())
        tui_entry = g.add("Soak entry of the TUI", category="other").id
        g.add("Soak entry everybody edits", category="other", entry_id=SHARED)
    stop, tally = threading.Event(), Tally()
    watch = threading.Thread(target=monitor, args=(db, stop, tally), daemon=True)
    watch.start()
    time.sleep(0.1)
    workers = [threading.Thread(target=writer, args=(n, db, tmp_path, stop, tally), daemon=True) for n in (1, 2)]
    workers += [threading.Thread(target=reader, args=(n, db, tmp_path, stop, tally), daemon=True) for n in (1, 2)]
    workers.append(threading.Thread(target=extractor, args=(db, tmp_path, stop, tally), daemon=True))
    for w in workers:
        w.start()
    threading.Timer(SECONDS, stop.set).start()
    tui_saves = asyncio.run(tui_editor(db, stop, tally, tui_entry))
    for w in workers:
        w.join(180)
    watch.join(5)

    assert not tally.failures, "\n".join(tally.failures[:10])
    # every acknowledged write is there, in its last acknowledged state
    last: dict[tuple[str, str], tuple[str, str | None]] = {}
    for lang, entry_id, text, status in tally.acknowledged:
        if lang == "en":
            last[(entry_id, "en")] = (text, None)
        else:
            last[(entry_id, lang)] = (text, status)
    with Glossary.open(db) as g:
        for (entry_id, lang), (text, status) in last.items():
            entry = g.get(entry_id)
            term = entry.preferred(lang)
            assert term is not None and term.text == text, (entry_id, lang, text, term)
            if status:
                assert term.status.value == status, (entry_id, lang, status, term)
        # the entry every writer edited: each acknowledged change is in its history
        recorded = {t["text"] for c in g.history(SHARED, limit=100000) if c.after
                    for t in c.after["terms"].get("ja", [])}
        lost = [text for text in tally.shared if text not in recorded]
        assert not lost, f"acknowledged but not recorded: {lost[:5]}"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    writes = len(tally.acknowledged) + len(tally.shared)
    print(f"\nsoak {SECONDS:.0f} s: {writes} acknowledged writes ({tui_saves} by the TUI), "
          f"{tally.refused} refused (exit 3 or a dialog), {tally.reads} reads and extract runs; integrity ok")
    assert tui_saves >= 5 and writes >= 20
