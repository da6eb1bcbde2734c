"""Acceptance 3: bad input is one line on stderr naming the problem, exit 2 or 3, the
termbase unchanged, no traceback.  Each kind of bad input has its own test."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from glossary import Glossary

from conftest import sql_dump as dump  # type: ignore[import-not-found]

NOT_SQLITE = Path(__file__).resolve().parent / "data" / "core" / "not-a-database.db"


@pytest.fixture
def termbase(tmp_path: Path) -> Path:
    db = tmp_path / "t.db"
    with Glossary.open(db) as g:
        e = g.add("Yoon Suk Yeol", category="person")
        g.set_term(e.id, "ko", "윤석열", approve=True)
    return db


def assert_one_line_error(rc: int, stderr: str, *needles: str) -> None:
    assert rc in (2, 3), (rc, stderr)
    assert "Traceback" not in stderr, stderr
    assert stderr.endswith("\n") and stderr.count("\n") == 1, f"not one line: {stderr!r}"
    assert stderr.startswith("glossary: error: "), stderr
    for needle in needles:
        assert needle in stderr, (needle, stderr)


def test_db_in_a_missing_directory(run_cli, tmp_path):
    missing = tmp_path / "no" / "such" / "dir"
    for command in (["add", "Quad"], ["lookup", "Quad"], ["list"]):
        rc, out, err = run_cli("--db", missing / "t.db", *command)
        assert_one_line_error(rc, err, str(missing), "does not exist")
        assert rc == 3 and out == ""
    assert not (tmp_path / "no").exists()


def test_a_file_that_is_not_sqlite(run_cli, tmp_path):
    db = tmp_path / "notes.db"
    shutil.copyfile(NOT_SQLITE, db)
    before = db.read_bytes()
    for command in (["add", "Quad"], ["lookup", "Quad"], ["set", "quad", "ko", "쿼드"]):
        rc, out, err = run_cli("--db", db, *command)
        assert_one_line_error(rc, err, str(db), "not a glossary database")
        assert rc == 3 and out == ""
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal / -shm left behind


def test_an_sqlite_file_of_another_program(run_cli, tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = dump(db)
    rc, _, err = run_cli("--db", db, "add", "Quad")
    assert_one_line_error(rc, err, "not a glossary termbase")
    assert dump(db) == before


def _can_run_as(user: str, cwd: Path) -> bool:
    try:
        proc = subprocess.run([sys.executable, "-c", "import glossary"], user=user, cwd=cwd,
                              capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0


def _setpriv_prefix(db: Path) -> list[str] | None:
    """Root without CAP_DAC_OVERRIDE honours file modes: `setpriv` drops every capability."""
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    prefix = [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]
    probe = ("import glossary, sys\n"
             "try:\n    open(sys.argv[1], 'ab').close()\nexcept PermissionError:\n    sys.exit(0)\n"
             "sys.exit(1)\n")
    try:
        proc = subprocess.run([*prefix, sys.executable, "-c", probe, str(db)], capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return prefix if proc.returncode == 0 else None


@pytest.fixture
def readonly_termbase(termbase: Path):
    """(db, how to run the CLI on it) with the database really read-only for that process.

    Tests run as root in CI, where chmod 444 stops nobody: as root, run the CLI as user
    `nobody` on a root-owned 0644 file in a 0755 directory; if `nobody` cannot run this
    Python (it may live under /root), drop root's capabilities with setpriv on a 0444 file.
    """
    if os.geteuid() != 0:
        os.chmod(termbase, 0o444)
        yield termbase, {}
        os.chmod(termbase, 0o644)
        return
    tmp = Path(tempfile.mkdtemp(prefix="glossary-ro-", dir="/tmp"))
    try:
        os.chmod(tmp, 0o755)
        db = tmp / "t.db"
        shutil.copyfile(termbase, db)
        os.chmod(db, 0o644)
        if _can_run_as("nobody", tmp):
            yield db, {"user": "nobody", "cwd": tmp}
            return
        os.chmod(db, 0o444)
        prefix = _setpriv_prefix(db)
        if prefix:
            yield db, {"prefix": prefix, "cwd": tmp}
            return
        pytest.skip("running as root, and neither user nobody nor setpriv can make a file read-only here")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_a_read_only_database(run_cli, readonly_termbase):
    db, how = readonly_termbase
    before = dump(db)
    for command in (["set", "yoon-suk-yeol", "ja", "尹錫悦"], ["add", "Quad"], ["reject", "yoon-suk-yeol", "ko", "윤석열"],
                    ["delete", "yoon-suk-yeol"]):
        rc, out, err = run_cli("--db", db, *command, **how)
        assert_one_line_error(rc, err, str(db), "read-only")
        assert rc == 3 and out == ""
    # reading still works
    assert run_cli("--db", db, "lookup", "윤석열", "--to", "en", **how) == (0, "Yoon Suk Yeol\n", "")
    assert dump(db) == before


@pytest.mark.parametrize("command, needle", [
    (["set", "yoon-suk-yeol", "qq", "X"], "unknown language tag 'qq'"),
    (["set", "yoon-suk-yeol", "xx-!!", "X"], "invalid language tag 'xx-!!'"),
    (["add", "X", "--lang", "english"], "invalid language tag 'english'"),
    (["lookup", "윤석열", "--to", "qq"], "unknown language tag 'qq'"),
    (["list", "--missing", "!!"], "invalid language tag '!!'"),
], ids=["set-unknown", "set-malformed", "add", "lookup-to", "list-missing"])
def test_an_unknown_language_tag(run_cli, termbase, command, needle):
    before = dump(termbase)
    rc, out, err = run_cli("--db", termbase, *command)
    assert_one_line_error(rc, err, needle)
    assert rc == 2 and out == ""
    assert dump(termbase) == before


@pytest.mark.parametrize("command", [
    ["set", "no-such-id", "ko", "가"], ["show", "no-such-id"], ["approve", "no-such-id", "ko"],
    ["reject", "no-such-id", "ko"], ["delete", "no-such-id"], ["undo", "no-such-id"],
    ["history", "no-such-id"],
], ids=lambda c: c[0])
def test_an_unknown_entry_id(run_cli, termbase, command):
    before = dump(termbase)
    rc, out, err = run_cli("--db", termbase, *command)
    assert_one_line_error(rc, err, "no-such-id")
    assert rc == 2 and out == ""
    assert dump(termbase) == before


@pytest.mark.parametrize("command", [
    ["add", ""], ["add", "   "], ["set", "yoon-suk-yeol", "ja", ""], ["set", "yoon-suk-yeol", "ja", "\u3000"],
    ["lookup", ""],
], ids=["add", "add-blank", "set", "set-ideographic-space", "lookup"])
def test_empty_text(run_cli, termbase, command):
    before = dump(termbase)
    rc, out, err = run_cli("--db", termbase, *command)
    assert_one_line_error(rc, err, "empty")
    assert rc == 2 and out == ""
    assert dump(termbase) == before


def test_a_bad_category_or_id(run_cli, termbase):
    before = dump(termbase)
    rc, _, err = run_cli("--db", termbase, "add", "Quad", "--category", "animal")
    assert_one_line_error(rc, err, "unknown category 'animal'")
    rc, _, err = run_cli("--db", termbase, "add", "Quad", "--id", "Not An Id")
    assert_one_line_error(rc, err, "invalid id")
    rc, _, err = run_cli("--db", termbase, "add", "Yoon", "--id", "yoon-suk-yeol")
    assert_one_line_error(rc, err, "already exists")
    assert dump(termbase) == before


def test_a_newer_schema(run_cli, termbase):
    conn = sqlite3.connect(termbase)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = dump(termbase)
    rc, _, err = run_cli("--db", termbase, "lookup", "윤석열")
    assert_one_line_error(rc, err, "newer than this program")
    assert dump(termbase) == before
