#!/usr/bin/env python3
"""Project tasks, standard library only, so a fresh machine with python3 and pip is enough.

    python3 tasks.py run      # the main job: extract seeds/ into terms/glossary.db and show it
    python3 tasks.py test     # install what the tests need, run the whole suite
    python3 tasks.py eval     # score the dev set and the seed (tests/data/dev, ../shared/eval)
    python3 tasks.py eval-editions [--sealed] [--show]   # align-edition's term pairs and sentence alignment
    python3 tasks.py bench    # the benchmarks (bench/run.py)

Each task makes `.venv/` (once, and again when pyproject.toml changes) and installs the
project into it.  `test` also installs gettext (msgfmt), tmux, a Java runtime and compiler, OmegaT
and the PostgreSQL server (for the throwaway server the PostgreSQL tests start) with apt-get when
they are missing and it can; otherwise the tests that need them are skipped with the reason.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(ROOT, ".venv")
BIN = os.path.join(VENV, "bin")
PY = os.path.join(BIN, "python")
STAMP = os.path.join(VENV, ".installed")
SHARED_EVAL = os.path.join(ROOT, "..", "shared", "eval")
SEED = os.path.join(ROOT, "seeds", "000_409e99854556560e.txt")


def sh(*cmd: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), check=check, **kw)


def ensure_venv() -> None:
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        want = hashlib.sha256(fh.read()).hexdigest()
    if os.path.exists(STAMP) and open(STAMP).read().strip() == want and os.path.exists(PY):
        return
    if not os.path.exists(PY):
        print("tasks: creating .venv", file=sys.stderr)
        sh(sys.executable, "-m", "venv", VENV)
    print("tasks: installing glossary and its test dependencies into .venv", file=sys.stderr)
    sh(PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", f"{ROOT}[test]")
    compile_bytecode()
    with open(STAMP, "w") as fh:
        fh.write(want)


def compile_bytecode() -> None:
    """Compile src/ once: with PYTHONDONTWRITEBYTECODE set (common in containers) Python
    would otherwise recompile every module at every start, tripling `glossary lookup`'s
    cold start.  Existing .pyc files are still read under that setting."""
    sh(PY, "-m", "compileall", "-q", os.path.join(ROOT, "src"), stdout=subprocess.DEVNULL, check=False)


#: (a command or file the tests use, the Debian packages that provide it, first choice first)
SYSTEM_TOOLS = (
    ("msgfmt", ("gettext",)),
    ("tmux", ("tmux",)),
    ("java", ("default-jre-headless",)),                               # jing: the TBX-Basic DCA Schematron
    ("javac", ("openjdk-17-jdk-headless", "default-jdk-headless")),     # builds tests/omegat/ReadGlossary.java
    ("/usr/share/omegat/OmegaT.jar", ("omegat",)),                     # OmegaT's own glossary readers
)


def _have(what: str) -> bool:
    return os.path.exists(what) if os.path.isabs(what) else shutil.which(what) is not None


def ensure_system_tools() -> None:
    """msgfmt (gettext), tmux, java (jing), javac and OmegaT are used by some tests;
    install them with apt-get when possible (root, apt-get present).  A package apt cannot
    install (not in this distribution) does not stop the others, and the next choice is
    tried; what stays missing makes its tests skip with the reason."""
    missing = [(tool, pkgs) for tool, pkgs in SYSTEM_TOOLS if not _have(tool)]
    if not missing:
        return
    apt = shutil.which("apt-get")
    if apt and os.geteuid() == 0:
        print(f"tasks: installing {' '.join(pkgs[0] for _t, pkgs in missing)} with apt-get", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")

        def install(*pkgs: str) -> bool:
            return sh(apt, "install", "-y", "-qq", *pkgs, check=False, env=env,
                      stdout=subprocess.DEVNULL).returncode == 0

        if sh(apt, "update", "-qq", check=False, env=env).returncode == 0 and \
                not install(*(pkgs[0] for _t, pkgs in missing)):
            for tool, pkgs in missing:   # one package apt cannot install must not cost the others
                for pkg in pkgs:
                    if install(pkg) and _have(tool):
                        break
        missing = [(tool, pkgs) for tool, pkgs in SYSTEM_TOOLS if not _have(tool)]
        if not missing:
            return
    print(f"tasks: {' '.join(pkgs[0] for _t, pkgs in missing)} not installed (no apt-get, not root, or not "
          "available): the tests that need them will be skipped", file=sys.stderr)


def ensure_postgresql() -> None:
    """The PostgreSQL server binaries (initdb, pg_ctl, postgres): the store, API and CLI
    suites also run against a throwaway server the tests start themselves
    (tests/pgcluster.py).  Installed with apt-get when missing and possible; otherwise
    those tests are skipped with the reason."""
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    try:
        from pgcluster import find_bin
    finally:
        sys.path.pop(0)
    if all(find_bin(name) for name in ("initdb", "pg_ctl", "postgres")):
        return
    apt = shutil.which("apt-get")
    if apt and os.geteuid() == 0:
        print("tasks: installing postgresql with apt-get", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        ok = sh(apt, "update", "-qq", check=False, env=env).returncode == 0 and \
            sh(apt, "install", "-y", "-qq", "--no-install-recommends", "postgresql", check=False, env=env,
               stdout=subprocess.DEVNULL).returncode == 0
        if ok:
            return
    print("tasks: PostgreSQL server binaries not installed (no apt-get or not root): the PostgreSQL "
          "tests will be skipped", file=sys.stderr)


def test_workers(args: list[str]) -> list[str]:
    """pytest-xdist's options: one worker per core (at most 4; $GLOSSARY_TEST_WORKERS
    overrides, 0 runs in this process), each test file on one worker (`--dist loadfile`:
    a file's tests share their fixtures and run in order, as they were written).  None when
    the caller chose (-n, or -p no:xdist) or asked for a single test (::)."""
    if any(a.startswith(("-n", "--numprocesses")) or "xdist" in a or "::" in a for a in args):
        return []
    wanted = os.environ.get("GLOSSARY_TEST_WORKERS", "")
    workers = int(wanted) if wanted.isdigit() else min(4, os.cpu_count() or 1)
    return ["-n", str(workers), "--dist", "loadfile"] if workers > 1 else []


def task_test(args: list[str]) -> int:
    ensure_venv()
    compile_bytecode()
    ensure_system_tools()
    ensure_postgresql()
    rc = sh(PY, "-m", "pytest", "-q", *test_workers(args), *args, cwd=ROOT, check=False).returncode
    if rc == 5:  # no tests collected is a failure here, not a pass
        print("tasks: no tests were collected", file=sys.stderr)
        return 1
    return rc


def task_run(args: list[str]) -> int:
    ensure_venv()
    compile_bytecode()
    glossary = os.path.join(BIN, "glossary")
    db = os.path.join(ROOT, "terms", "glossary.db")
    os.makedirs(os.path.dirname(db), exist_ok=True)
    rc = sh(glossary, "--db", db, "extract", os.path.join(ROOT, "seeds"), *args, check=False).returncode
    if rc:
        return rc
    sh(glossary, "--db", db, "list", check=False)
    print(f"\nThe termbase is {os.path.relpath(db, os.getcwd())}. Next: "
          f"`.venv/bin/glossary tui` to review, `.venv/bin/glossary export po --lang ko` for translators.")
    return 0


def task_eval(args: list[str]) -> int:
    """Score extraction + alignment against gold annotations (the shared scorer).

    python3 tasks.py eval                     one table: every dev article, the seed, the means
    python3 tasks.py eval --sealed            ... with the sealed test part (score it once, at the end)
    python3 tasks.py eval --without FAMILY    the same with one extraction rule family off
    python3 tasks.py eval ARTICLE GOLD.json   one article, the scorer's full report
    """
    ensure_venv()
    if not args or args[0].startswith("-"):
        return sh(PY, os.path.join(ROOT, "tests", "devset.py"), *args, cwd=ROOT, check=False).returncode
    article, gold = (args + [None, None])[:2]
    scorer = os.path.join(SHARED_EVAL, "score.py")
    if not os.path.exists(scorer) or not gold or not os.path.exists(gold):
        print(f"tasks: the scorer or gold file is missing ({scorer}, {gold})", file=sys.stderr)
        return 2
    glossary = os.path.join(BIN, "glossary")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "eval.db")
        with open(os.path.join(tmp, "report.json"), "w") as fh:
            rc = sh(glossary, "--db", db, "extract", "--json", article, stdout=fh, check=False).returncode
        if rc:
            return rc
        with open(os.path.join(tmp, "entries.json"), "w") as fh:
            sh(glossary, "--db", db, "list", "--json", stdout=fh)
        return sh(sys.executable, scorer, gold, os.path.join(tmp, "entries.json"),
                  "--report", os.path.join(tmp, "report.json"), check=False).returncode


def task_eval_editions(args: list[str]) -> int:
    """Score `align-edition` against the edition pairs' gold (tests/data/editions, issue 17):
    term-pair recall and precision, sentence alignment accuracy; dev units unless --sealed
    (score the sealed ones once, at the end of a change)."""
    ensure_venv()
    return sh(PY, os.path.join(ROOT, "tests", "editions_eval.py"), *args, cwd=ROOT, check=False).returncode


def task_bench(args: list[str]) -> int:
    ensure_venv()
    compile_bytecode()
    return sh(PY, os.path.join(ROOT, "bench", "run.py"), *args, cwd=ROOT, check=False).returncode


TASKS = {"run": task_run, "test": task_test, "eval": task_eval, "eval-editions": task_eval_editions,
         "bench": task_bench}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in TASKS:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return TASKS[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
