"""The termbase file is only ever touched through SQLite (issue: an open TUI plus a
script's lookup corrupted the termbase).

On POSIX, closing any descriptor of a file drops every advisory lock the process holds
on it.  The first release read the database header with Python's open() while the same
process (the TUI and its counts worker) held an SQLite connection: that close() dropped
the connection's locks, the next `glossary lookup` process then believed it was the last
connection, checkpointed and deleted the -wal and -shm under the TUI, and writes were
lost.  These tests hold a live connection the way the TUI does and act as other
processes do.
"""
from __future__ import annotations

import builtins
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from conftest import DATA, run_glossary, unprivileged
from glossary import Glossary
from glossary.errors import Conflict, StoreError
from glossary.store.schema import APPLICATION_ID, SCHEMA_VERSION

SCHEMA1 = DATA / "core" / "termbase-schema1.db"


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def sidecars(db: Path) -> dict[str, int]:
    """inode of the -wal and -shm files (absent ones missing from the dict)."""
    out = {}
    for suffix in ("-wal", "-shm"):
        try:
            out[suffix] = os.stat(f"{db}{suffix}").st_ino
        except FileNotFoundError:
            pass
    return out


def test_a_second_glossary_in_the_process_keeps_the_first_ones_locks(db_path: Path) -> None:
    """The regression: a connection open, a second Glossary opened on the same file in the
    same process (the TUI's worker), then other processes read and write.  The -wal and
    -shm stay (same files), no write is lost, the file is intact."""
    with Glossary.open(db_path, actor="tui") as tui:
        e = tui.add("Quad", category="agreement")
        tui.set_term(e.id, "ja", "クアッド")
        before = sidecars(db_path)
        assert set(before) == {"-wal", "-shm"}
        for round_ in range(3):
            with Glossary.open(db_path, actor="worker") as worker:   # the old header check ran here
                assert worker.count() == 1 + round_
            rc, out, err = run_glossary("--db", db_path, "lookup", "Quad", "--to", "ja")
            assert rc == 0 and "クアッド" in out, err
            assert sidecars(db_path) == before, "another process deleted the -wal/-shm under a live connection"
            rc, out, err = run_glossary("--db", db_path, "add", f"Script entry {round_}")
            assert rc == 0, err
            tui.set_term(e.id, "ko", f"쿼드{round_}", approve=True)     # the TUI still saves
        assert sidecars(db_path) == before
        assert {x.text("en") for x in tui.list()} == {"Quad", "Script entry 0", "Script entry 1",
                                                       "Script entry 2"}
        assert tui.get(e.id).text("ko") == "쿼드2"
    assert integrity(db_path) == "ok"


class _OpenSpy:
    """Records every path Python's own file API opens."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self._open, self._io_open, self._os_open = builtins.open, io.open, os.open

    def _note(self, file: object) -> None:
        if isinstance(file, (str, bytes, os.PathLike)):
            self.paths.append(os.path.realpath(os.fsdecode(file)))

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def spy_open(file, *args, **kwargs):
            self._note(file)
            return self._open(file, *args, **kwargs)

        def spy_os_open(path, *args, **kwargs):
            self._note(path)
            return self._os_open(path, *args, **kwargs)
        monkeypatch.setattr(builtins, "open", spy_open)
        monkeypatch.setattr(io, "open", spy_open)
        monkeypatch.setattr(os, "open", spy_os_open)


def test_no_code_path_opens_the_termbase_with_python_io(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "t.db"
    link = tmp_path / "link.db"
    spy = _OpenSpy()
    spy.install(monkeypatch)
    with Glossary.open(db) as g:                        # create
        e = g.add("Yoon Suk Yeol", category="person")
        g.set_term(e.id, "ko", "윤석열", approve=True)
    link.symlink_to(db)
    for path in (db, link):                            # reopen existing, through a link too
        with Glossary.open(path) as g, Glossary.open(path) as again:
            g.lookup("윤석열", to="en")
            g.lookup("Yoon Suk-yeol", fuzzy=True)
            g.approve(e.id, "ko")
            g.undo(e.id)
            g.redo(e.id)
            again.list()
            again.history(e.id)
            g.find_terms("윤석열은 말했다", lang="ko")
            g.export_json(str(tmp_path / "dump.json"))
    os.chmod(db, 0o444)                                # the read-only path
    try:
        with Glossary.open(db) as g:
            g.lookup("윤석열")
    finally:
        os.chmod(db, 0o644)
    guarded = {os.path.realpath(f"{db}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}
    touched = guarded & set(spy.paths)
    assert not touched, f"Python I/O opened the termbase: {sorted(touched)}"
    assert spy.paths, "the spy saw nothing: it is not installed"


def test_a_termbase_made_by_the_first_release_is_upgraded_in_place(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(SCHEMA1, db)
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == 0
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    raw.close()
    with Glossary.open(db) as g:
        assert g.lookup("윤석열", to="en")[0].entry.text("en") == "Yoon Suk Yeol"
        g.set_term("tokyo", "ko", "도쿄", approve=True)
        assert [c.action for c in g.history("yoon-suk-yeol")][-1] == "create"   # history kept
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()
    assert integrity(db) == "ok"


def test_an_upgrade_computes_the_matching_keys_again(tmp_path: Path) -> None:
    """Keys written by the first release kept invisible characters: after the upgrade a
    stored 'Kyo<soft hyphen>to' is found by 'Kyoto'."""
    db = tmp_path / "old.db"
    shutil.copyfile(SCHEMA1, db)
    raw = sqlite3.connect(db)
    raw.execute("INSERT INTO terms (entry_id, pos, lang, text, key, role, status) "
                "VALUES ('tokyo', 9, 'en', 'Kyo\u00adto', 'kyo\u00adto', 'alias', 'approved')")
    raw.commit()
    raw.close()
    with Glossary.open(db) as g:
        [hit] = g.lookup("Kyoto")
        assert hit.entry.id == "tokyo"


def test_a_read_only_termbase_of_the_first_release_is_still_readable() -> None:
    prefix = unprivileged()
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:   # reachable by the unprivileged user
        os.chmod(tmp, 0o755)
        db = Path(tmp) / "old.db"
        shutil.copyfile(SCHEMA1, db)
        os.chmod(db, 0o444)
        rc, out, err = run_glossary("--db", db, "lookup", "Tokyo", "--to", "ja", cwd=tmp, prefix=prefix)
        assert rc == 0 and "東京" in out, err


def test_another_programs_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA application_id = 42")
    raw.execute("CREATE TABLE entries (x)")
    raw.commit()
    raw.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="another program"):
        Glossary.open(db)
    assert db.read_bytes() == before and not Path(f"{db}-wal").exists()


def test_symlinked_and_real_path_share_one_wal(tmp_path: Path) -> None:
    real = tmp_path / "data" / "t.db"
    real.parent.mkdir()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    with Glossary.open(real) as a, Glossary.open(link) as b:
        e = a.add("Quad")
        b.set_term(e.id, "ja", "クアッド")
        rc, _, err = run_glossary("--db", link, "set", e.id, "ko", "쿼드")
        assert rc == 0, err
        assert a.get(e.id).text("ko") == "쿼드" and a.get(e.id).text("ja") == "クアッド"
        assert not Path(f"{link}-wal").exists(), "the link got a -wal file of its own"
    assert integrity(real) == "ok"


def test_a_hard_linked_termbase_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Glossary.open(db) as g:
        g.add("Quad")
    os.link(db, tmp_path / "second-name.db")
    rc, out, err = run_glossary("--db", db, "lookup", "Quad")
    assert rc == 3 and "hard link" in err and str(db) in err and err.count("\n") == 1


def test_running_a_program_while_connected_is_safe(db_path: Path) -> None:
    """fork()+exec with a live connection (the TUI's $EDITOR, export hooks): the child
    never uses the connection, and the parent's locks survive it."""
    with Glossary.open(db_path) as g:
        e = g.add("Quad")
        before = sidecars(db_path)
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        rc, _, err = run_glossary("--db", db_path, "lookup", "Quad")
        assert rc == 0, err
        assert sidecars(db_path) == before
        g.set_term(e.id, "ko", "쿼드")
    assert integrity(db_path) == "ok"


def test_undo_reads_the_last_change_under_the_write_lock(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `set` from another process while an undo is under way waits for it and is kept
    (before, undo read the last change outside its transaction and reverted both)."""
    with Glossary.open(db_path) as g:
        e = g.add("Quad")
        g.set_term(e.id, "ja", "クアッド")
        store = g._store
        original = type(store)._restore
        started: list[subprocess.Popen] = []

        def slow_restore(self, *args, **kwargs):
            started.append(subprocess.Popen(
                [sys.executable, "-m", "glossary", "--db", str(db_path), "set", e.id, "ko", "쿼드"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            time.sleep(1.5)      # the other process is now waiting for the lock (or would have written)
            return original(self, *args, **kwargs)
        monkeypatch.setattr(type(store), "_restore", slow_restore)
        after_undo = g.undo(e.id)
        assert after_undo is not None and after_undo.terms_for("ja") == ()
        out, err = started[0].communicate(timeout=60)
        assert started[0].returncode == 0, err
        final = g.get(e.id)
        assert final.text("ko") == "쿼드" and final.terms_for("ja") == ()
        assert [c.action for c in g.history(e.id)][:2] == ["set", "undo"]


def test_concurrent_sets_without_a_revision_never_conflict(db_path: Path) -> None:
    """Without --revision the last writer wins: no "changed by someone else", no "locked"."""
    with Glossary.open(db_path) as g:
        e = g.add("Quad")
    procs = [subprocess.Popen([sys.executable, "-m", "glossary", "--db", str(db_path), "set", e.id,
                               "ko" if i % 2 else "ja", f"form {i}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(24)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    failures = [err for rc, err in results if rc != 0]
    assert not failures, failures[:3]
    with Glossary.open(db_path) as g:
        assert g.get(e.id).revision == 25
        assert len(g.history(e.id)) == 25
    assert integrity(db_path) == "ok"


def test_concurrent_adds_of_one_new_term_all_succeed_with_distinct_ids(db_path: Path) -> None:
    with Glossary.open(db_path) as g:
        g.add("Seed entry")
    procs = [subprocess.Popen([sys.executable, "-m", "glossary", "--db", str(db_path), "add", "Quad"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(16)]
    results = [(p.wait(timeout=120), p.stdout.read().strip(), p.stderr.read()) for p in procs]
    assert [err for rc, _, err in results if rc != 0] == []
    ids = [out.splitlines()[-1] for _, out, _ in results]
    assert len(set(ids)) == 16 and "quad" in ids


def test_a_stale_revision_is_still_a_conflict(db_path: Path) -> None:
    with Glossary.open(db_path) as a, Glossary.open(db_path) as b:
        e = a.add("Quad")
        b.set_term(e.id, "ja", "クアッド", revision=e.revision)
        with pytest.raises(Conflict):
            a.set_term(e.id, "ko", "쿼드", revision=e.revision)


def test_a_writer_waits_for_a_long_transaction_instead_of_failing(db_path: Path) -> None:
    """A long extraction holds the write lock for seconds: a script's `set` waits."""
    with Glossary.open(db_path) as g:
        e = g.add("Quad")
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(2.0, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        rc, _, err = run_glossary("--db", db_path, "set", e.id, "ko", "쿼드")
    finally:
        release.join()
        holder.close()
    assert rc == 0, err


def test_a_termbase_in_a_read_only_directory_answers_reads_and_refuses_writes() -> None:
    """Pure reads work where SQLite cannot create the -shm file; writes are exit 3."""
    prefix = unprivileged()
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        db = Path(tmp) / "t.db"
        with Glossary.open(db) as g:
            e = g.add("Tokyo", category="place")
            g.set_term(e.id, "ja", "東京", approve=True)
        os.chmod(tmp, 0o555)
        try:
            rc, out, err = run_glossary("--db", db, "lookup", "Tokyo", "--to", "ja", cwd=tmp, prefix=prefix)
            assert rc == 0 and "東京" in out, err
            rc, out, err = run_glossary("--db", db, "set", "tokyo", "ko", "도쿄", cwd=tmp, prefix=prefix)
            assert rc == 3 and "read-only" in err and err.count("\n") == 1, err
        finally:
            os.chmod(tmp, 0o755)
