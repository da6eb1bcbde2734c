"""The runner behind `tests/test_hostile.py`: one table row per hostile input.

A row says how to provoke the case (files it writes, the command line, the environment,
what stdin/stdout are) and what a user must get: an exit code of the documented ones,
errors as ONE line on stderr naming the file at fault, no traceback, at most 10 s of wall
time and 1 GiB of peak memory, and -- where the command refused -- the termbase exactly as
it was.  Row tables live in `tests/hostile_rows_*.py` (one module per area: `ROWS = [...]`).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from glossary import Glossary

from conftest import sql_dump as dump  # noqa: F401 (the hostile rows import it from here)

#: an error line: `glossary: error: ...`, or argparse's `glossary COMMAND: error: ...`
ERROR_LINE = re.compile(r"^glossary(?: [a-z-]+)?: error: ")
#: a hang guard, not a speed target (speed lives in bench/): a row that has not finished in
#: this many seconds hangs or went super-linear (a quadratic one-long-line scan takes hours);
#: generous, so that a loaded CI machine never fails a correct run ...
TIME_LIMIT = 120.0
#: ... and peak resident memory (ru_maxrss, KiB) below this
MEMORY_LIMIT_KIB = 1024 * 1024


@dataclass
class Case:
    """What one row runs: `glossary --db DB *argv` unless `db=False` (the row names its own)."""
    argv: Sequence[str]
    env: dict[str, str] = field(default_factory=dict)
    stdin: bytes | None = b""              # bytes fed to stdin; None: stdin closed
    stdout: str = "pipe"                   # "pipe", "closed" or "full" (/dev/full)
    db: bool = True                        # prepend --db DB
    raw_argv: Optional[Sequence[bytes]] = None  # argv as bytes (undecodable arguments)


@dataclass
class Result:
    rc: int
    stdout: bytes
    stderr: str
    seconds: float
    maxrss_kib: int


@dataclass
class Row:
    id: str
    item: str                                   # the bullet this row covers
    setup: Callable[[Path, Path], Case]         # (tmp dir, termbase path) -> Case
    exits: frozenset[int] = frozenset({2})      # acceptable exit codes
    names: Optional[Callable[[Path, Path], str]] = None  # what stderr must name (a file)
    unchanged: Optional[bool] = None            # termbase untouched? (default: when exit != 0)
    check: Optional[Callable[[Result, Path, Path], None]] = None  # extra assertions
    one_line: bool = True                       # stderr at most one line (warnings allowed if False)


def make_termbase(db: Path) -> None:
    """The small termbase every row starts from."""
    with Glossary.open(db, actor="tester") as g:
        e = g.add("Yoon Suk Yeol", category="person")
        g.set_term(e.id, "ko", "윤석열", approve=True)
        g.set_term(e.id, "ja", "尹錫悦")
        e = g.add("Tokyo", category="place")
        g.set_term(e.id, "ja", "東京", approve=True)


def run_row(row: Row, tmp: Path) -> tuple[Result, Path]:
    db = tmp / "t.db"
    make_termbase(db)
    case = row.setup(tmp, db)
    before = dump(db)
    env = {k: v for k, v in os.environ.items() if k not in ("GLOSSARY_DB", "GLOSSARY_MAX_INPUT_MB")}
    env.setdefault("PYTHONIOENCODING", "utf-8")
    env["GLOSSARY_ACTOR"] = "tester"
    env.update(case.env)
    if case.raw_argv is not None:
        argv: list = [os.fsencode(sys.executable), b"-m", b"glossary",
                      *([b"--db", os.fsencode(db)] if case.db else []), *case.raw_argv]
    else:
        argv = [sys.executable, "-m", "glossary", *(["--db", str(db)] if case.db else []), *case.argv]
    stdout: object = subprocess.PIPE
    devnull_full = None
    if case.stdout == "full":
        devnull_full = open("/dev/full", "wb")
        stdout = devnull_full
    start = time.monotonic()
    proc = subprocess.Popen(argv, cwd=tmp, env=env,
                            stdin=subprocess.PIPE if case.stdin is not None else subprocess.DEVNULL,
                            stdout=stdout if case.stdout != "closed" else subprocess.DEVNULL,
                            stderr=subprocess.PIPE, close_fds=True,
                            preexec_fn=_close_stdout if case.stdout == "closed" else None)
    try:
        out, err, rc, maxrss = _wait(proc, case.stdin, TIME_LIMIT * 3)
    finally:
        if devnull_full is not None:
            devnull_full.close()
    seconds = time.monotonic() - start
    if rc is None:
        raise AssertionError(f"{row.id}: still running after {TIME_LIMIT * 3:.0f} s (killed)")
    result = Result(rc, out, err.decode("utf-8", "replace"), seconds, maxrss)
    after = dump(db)
    return _assert(row, result, tmp, db, before, after), db


def _wait(proc: subprocess.Popen, stdin: bytes | None, timeout: float):
    """Feed stdin, collect stdout/stderr, and reap the child with wait4() so that its own
    peak memory is known (RUSAGE_CHILDREN would be the maximum over every child so far)."""
    import threading

    chunks: dict[str, bytes] = {"out": b"", "err": b""}

    def drain(name: str, stream) -> None:
        if stream is not None:
            chunks[name] = stream.read()
            stream.close()

    def feed() -> None:
        try:
            proc.stdin.write(stdin)  # type: ignore[union-attr]
            proc.stdin.close()  # type: ignore[union-attr]
        except OSError:  # the child did not read it all
            pass
    threads = [threading.Thread(target=drain, args=("out", proc.stdout), daemon=True),
               threading.Thread(target=drain, args=("err", proc.stderr), daemon=True)]
    if proc.stdin is not None:
        threads.append(threading.Thread(target=feed, daemon=True))
    for t in threads:
        t.start()
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            proc.returncode = -9
            return b"", b"", None, 0
        time.sleep(0.01)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in threads:
        t.join(5)
    return chunks["out"], chunks["err"], proc.returncode, usage.ru_maxrss


def _close_stdout() -> None:
    os.close(1)


def _assert(row: Row, r: Result, tmp: Path, db: Path, before: str, after: str) -> Result:
    where = f"{row.id} ({row.item})"
    assert r.rc in row.exits, f"{where}: exit {r.rc}, wanted one of {sorted(row.exits)}; stderr: {r.stderr!r}"
    assert "Traceback" not in r.stderr, f"{where}: traceback:\n{r.stderr}"
    lines = r.stderr.splitlines()
    # exit 1 is a negative answer (lookup found nothing), not an error: no error line needed
    if r.rc >= 2 and row.one_line:
        assert len(lines) == 1, f"{where}: the error is not one line: {r.stderr!r}"
    if r.rc >= 2:
        errors = [ln for ln in lines if ERROR_LINE.match(ln)]
        assert errors, f"{where}: no 'glossary: error:' line: {r.stderr!r}"
        if row.names is not None:
            want = row.names(tmp, db)
            assert want in errors[-1], f"{where}: the error does not name {want!r}: {errors[-1]!r}"
        for ln in lines:
            assert not any(ord(ch) < 32 and ch != "\t" or ch == "\x7f" for ch in ln), \
                f"{where}: control characters printed raw: {ln!r}"
    assert r.seconds <= TIME_LIMIT, f"{where}: took {r.seconds:.1f} s (limit {TIME_LIMIT:.0f} s)"
    assert r.maxrss_kib <= MEMORY_LIMIT_KIB, f"{where}: peak memory {r.maxrss_kib // 1024} MiB (limit 1 GiB)"
    unchanged = row.unchanged if row.unchanged is not None else r.rc != 0
    if unchanged:
        assert after == before, f"{where}: the termbase changed although the command refused"
    if row.check is not None:
        row.check(r, tmp, db)
    return r
