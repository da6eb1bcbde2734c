"""Acceptance 4 (two real processes race on one entry, on both backends) and 5 (SIGKILL in
the middle of a bulk insert leaves no partial batch; the PostgreSQL forms of the fault
tests are in test_postgres.py)."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glossary import Glossary

from conftest import cli_env  # type: ignore[import-not-found]

# A CLI run that waits at a barrier (a file appearing) after importing everything, so
# that both processes start their update at the same moment.
RACER = """
import os, sys, time
from glossary.cli import main
ready, barrier = sys.argv[1], sys.argv[2]
open(ready, "w").close()
deadline = time.monotonic() + 60
while not os.path.exists(barrier) and time.monotonic() < deadline:
    time.sleep(0.0005)
sys.exit(main(sys.argv[3:]))
"""


def wait_for(path: Path, proc: subprocess.Popen | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc is not None and proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"child exited early ({proc.returncode}): {err}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {path}")
        time.sleep(0.002)


@pytest.mark.backends("sqlite", "postgresql")
def test_two_processes_update_the_same_revision_exactly_one_wins(tmp_path, db_url):
    db = db_url
    with Glossary.open(db, actor="tester") as g:
        e = g.add("Yoon Suk Yeol", category="person")
    barrier = tmp_path / "go"
    values = {"a": "윤석열", "b": "윤석렬"}
    procs = {}
    for name, value in values.items():
        procs[name] = subprocess.Popen(
            [sys.executable, "-c", RACER, str(tmp_path / f"ready-{name}"), str(barrier),
             "--db", str(db), "set", e.id, "ko", value, "--revision", str(e.revision)],
            env=cli_env({"GLOSSARY_ACTOR": name}), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8")
    for name, proc in procs.items():
        wait_for(tmp_path / f"ready-{name}", proc)
    barrier.touch()
    results = {name: (proc.wait(timeout=60), proc.stdout.read(), proc.stderr.read())  # type: ignore[union-attr]
               for name, proc in procs.items()}
    for proc in procs.values():
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]

    codes = sorted(rc for rc, _, _ in results.values())
    assert codes == [0, 3], results
    [winner] = [name for name, (rc, _, _) in results.items() if rc == 0]
    [loser] = [name for name, (rc, _, _) in results.items() if rc == 3]
    loser_err = results[loser][2]
    assert "changed by someone else" in loser_err and "Traceback" not in loser_err
    assert loser_err.count("\n") == 1

    with Glossary.open(db) as g:
        stored = g.get(e.id)
        assert stored.text("ko") == values[winner]        # no lost update
        assert [t.text for t in stored.terms_for("ko")] == [values[winner]]
        assert stored.revision == e.revision + 1
        changes = g.history(e.id)
        assert [(c.action, c.actor) for c in changes] == [("set", winner), ("create", "tester")]


# A bulk insert of 10,000 entries that announces, from inside the transaction, that it
# has written half of them, then stalls so the parent can kill it right there.
BULK = """
import sys, time
from glossary import Glossary
from glossary.model import Entry, Term
db, marker = sys.argv[1], sys.argv[2]
entries = [Entry(f"bulk-{i:05d}", "other", "", (Term("en", f"Bulk term {i}"), Term("ja", f"用語{i}"),
                                                 Term("ko", f"용어{i}"))) for i in range(10000)]
g = Glossary.open(db, actor="bulk")
state = {"in_transaction": False, "rows": 0}
def trace(sql):
    if sql.startswith("BEGIN"):
        state["in_transaction"] = True
    elif state["in_transaction"] and sql.startswith("INSERT INTO entries"):
        state["rows"] += 1
        if state["rows"] == 5000:
            open(marker, "w").close()
            time.sleep(120)
g._store.conn.set_trace_callback(trace)
g.add_all(entries)
print("committed", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_during_a_bulk_insert_leaves_no_partial_batch(tmp_path):
    db = tmp_path / "t.db"
    with Glossary.open(db) as g:
        g.add("Kept Before", entry_id="kept-before")
    marker = tmp_path / "in-transaction"
    proc = subprocess.Popen([sys.executable, "-c", BULK, str(db), str(marker)], env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(marker, proc)
        # the child is inside its transaction with 5,000 of 10,000 entries written
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    assert "committed" not in out

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        bulk = conn.execute("SELECT count(*) FROM entries WHERE id LIKE 'bulk-%'").fetchone()[0]
        terms = conn.execute("SELECT count(*) FROM terms WHERE entry_id LIKE 'bulk-%'").fetchone()[0]
        changes = conn.execute("SELECT count(*) FROM changes WHERE entry_id LIKE 'bulk-%'").fetchone()[0]
    finally:
        conn.close()
    assert (bulk, terms, changes) in ((0, 0, 0), (10000, 30000, 10000))
    assert bulk == 0  # killed before COMMIT: nothing of the batch is visible

    # the termbase is usable at once: no stale lock, earlier data intact
    with Glossary.open(db) as g:
        assert g.get("kept-before").text("en") == "Kept Before"
        assert g.add("After The Crash").id == "after-the-crash"
        assert g.add_all([]) == 0
        assert g.count() == 2


def test_processes_creating_the_same_new_termbase_at_once_all_succeed(tmp_path):
    """The schema is migrated under the write lock: six processes that all find a new,
    empty file do not run the migration twice ("table entries already exists")."""
    db = tmp_path / "new.db"
    procs = [subprocess.Popen([sys.executable, "-m", "glossary", "--db", str(db), "add", f"Term {i}"],
                              env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(6)]
    results = [(p.wait(timeout=60), p.stderr.read()) for p in procs]
    assert [rc for rc, _ in results] == [0] * 6, results
    with Glossary.open(db) as g:
        assert g.count() == 6
