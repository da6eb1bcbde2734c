"""Shared fixtures for every test area.  Keep this file small and generic: fixtures
that belong to one area (extraction, formats, TUI ...) live in that area's test modules.

- `glossary`: a real termbase: SQLite in the test's tmp_path, or -- in a module marked
  `pytest.mark.backends("sqlite", "postgresql")` -- once per backend, the PostgreSQL one
  a new database of the throwaway server (tests/pgcluster.py, issue 16).
- `db_url`: where that termbase lives: a file path (str) or a postgresql:// URL.
- `backend`: "sqlite" or "postgresql" (parametrised by the `backends` marker; a test marked
  `backends("sqlite")` runs on SQLite only; a test that asks for `db_path` too, since a
  file path is SQLite's).
- `pg_cluster`: the session's PostgreSQL server (started on first use, stopped at the end;
  the test is skipped, with the reason, where none can be had).
- `db_path`: the path of a fresh (not yet created) termbase file in tmp_path.
- `run_cli`: run `python -m glossary ...` in a subprocess (GLOSSARY_DB unset, cwd tmp_path)
  and get back `CliResult(rc, stdout, stderr)`, which unpacks like a tuple.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple, Sequence

import pytest

from glossary import Glossary

#: fixtures of the Pilot test modules (a sample termbase, a second connection)
pytest_plugins = ["tui_fixtures"]

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
#: where the suite keeps the JMdict index (built once per virtualenv, ~35 s; reused after)
DICT_CACHE = TESTS.parent / ".venv" / "glossary-cache"


@pytest.fixture(scope="session", autouse=True)
def dictionary_index():
    """Every test (and every CLI subprocess, which inherits the environment) looks words
    up in one JMdict index, built once before the first test needs it."""
    if not os.environ.get("GLOSSARY_CACHE_DIR"):
        DICT_CACHE.mkdir(parents=True, exist_ok=True)
        os.environ["GLOSSARY_CACHE_DIR"] = str(DICT_CACHE)
    from glossary.text import jmdict

    if jmdict.available():
        jmdict.ensure_index()
    yield


class CliResult(NamedTuple):
    rc: int
    stdout: str
    stderr: str


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a CLI subprocess: no $GLOSSARY_DB, UTF-8 I/O."""
    env = {k: v for k, v in os.environ.items() if k != "GLOSSARY_DB"}
    env["PYTHONIOENCODING"] = "utf-8"
    env.setdefault("GLOSSARY_ACTOR", "tester")
    env.update(extra or {})
    return env


def run_glossary(*args: str | os.PathLike[str], cwd: str | os.PathLike[str] | None = None,
                 input: str | None = None, env: dict[str, str] | None = None, timeout: float = 60,
                 prefix: Sequence[str] = (), **popen: object) -> CliResult:
    """`[*prefix, sys.executable, -m, glossary, *args]` in a subprocess."""
    cmd = [*prefix, sys.executable, "-m", "glossary", *map(os.fspath, args)]
    proc = subprocess.run(cmd, cwd=cwd, input=input, env=cli_env(env), capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, **popen)  # type: ignore[arg-type]
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def unprivileged() -> tuple[str, ...]:
    """A command prefix that runs a CLI subprocess as nobody when the tests run as root
    (root reads chmod 000 files and writes read-only ones), else nothing; skips the test
    when that is impossible."""
    import shutil

    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return (setpriv, "--reuid=65534", "--regid=65534", "--clear-groups")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "glossary.db"


# -- both backends (issue 16) -----------------------------------------------------------

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "backends(*names): run the test's termbase fixtures on these backends "
                                       "(sqlite, postgresql)")
    config.addinivalue_line("markers", "live: a TUI test that runs the real once-a-second poll")


def pytest_generate_tests(metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("backends")
    if marker is None:   # unmarked modules keep their SQLite termbase and their test ids
        return
    names = tuple(marker.args)
    if "db_path" in metafunc.fixturenames:   # a file path: the test is about SQLite
        names = ("sqlite",)
    metafunc.parametrize("backend", names, indirect=True, ids=[{"postgresql": "pg"}.get(n, n) for n in names])


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


_PG: dict[str, object] = {}


@pytest.fixture(scope="session")
def pg_cluster():
    """The throwaway PostgreSQL server of this session (tests/pgcluster.py): started on
    first use with initdb + pg_ctl on a Unix socket in a temporary directory, stopped at
    the end of the session.  Skips the test, with the reason, where no server can be had."""
    import pgcluster

    if "error" in _PG:
        pytest.skip(str(_PG["error"]))
    if "cluster" not in _PG:
        reason = pgcluster.unavailable()
        if reason is None:
            try:
                cluster = pgcluster.Cluster.start(port=50000 + os.getpid() % 10000)
            except RuntimeError as exc:
                reason = f"cannot start a throwaway PostgreSQL server: {exc}"
        if reason:
            _PG["error"] = reason
            pytest.skip(reason)
        _PG["cluster"] = cluster
        # a migrated, empty termbase every test database is copied from (CREATE DATABASE
        # ... TEMPLATE: a few milliseconds instead of running the migrations each time)
        url = cluster.create_database(name="glossary_template")
        Glossary.open(url).close()
    cluster = _PG["cluster"]
    yield cluster
    # the session's end: stop it once (pytest tears a session fixture down once)
    _PG.pop("cluster", None)
    _PG["error"] = "the session's PostgreSQL server was stopped"
    cluster.stop()  # type: ignore[attr-defined]


@pytest.fixture
def pg_url(pg_cluster):
    """A new PostgreSQL termbase (migrated, empty) of the session's server: its URL."""
    url = pg_cluster.create_database(template="glossary_template")
    yield url
    pg_cluster.drop_database(url.split("/")[3].split("?")[0])


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request) -> str:
    """Where the test's termbase lives: a file path in tmp_path, or a new PostgreSQL
    database's URL."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "glossary.db")


@pytest.fixture
def glossary(db_url: str):
    g = Glossary.open(db_url, actor="tester")
    yield g
    g.close()


@pytest.fixture
def g(glossary: Glossary) -> Glossary:
    """The QA termbase (tests/data/qa, qa_support.py) in a fresh file: the matcher, fuzzy
    lookup and check tests share it.  A module that needs other entries defines its own `g`."""
    from qa_support import load_qa_termbase

    return load_qa_termbase(glossary)


def sql_dump(db: str | os.PathLike[str]) -> str:
    """Everything in the termbase as SQL text, read through a fresh read-only connection
    ("<no termbase>" when there is no file): compared before and after to prove that a
    refused command changed nothing."""
    import sqlite3

    if not Path(db).exists():
        return "<no termbase>"
    conn = sqlite3.connect(f"file:{os.fspath(db)}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def run_cli(tmp_path: Path):
    """run_cli("--db", path, "lookup", "x") -> CliResult(rc, stdout, stderr); cwd is tmp_path
    so the default terms/glossary.db never touches the repository."""
    def run(*args: str | os.PathLike[str], **kwargs: object) -> CliResult:
        kwargs.setdefault("cwd", tmp_path)
        return run_glossary(*args, **kwargs)  # type: ignore[arg-type]
    return run
