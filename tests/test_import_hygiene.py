"""`import glossary` and `glossary lookup` load no Textual and no heavy NLP data; the
package's layers point down (the import-linter contracts of pyproject.toml, DESIGN.md
section 2, docs/ARCHITECTURE.md); no import cycle; only the store speaks SQL; services
see the store only through the Termbase protocol."""
from __future__ import annotations

import ast
import dataclasses
import inspect
import io
import json
import subprocess
import sys
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from glossary import Glossary

from conftest import cli_env  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "glossary"
PYPROJECT = ROOT / "pyproject.toml"

#: never loaded by `import glossary` nor by `glossary lookup` with common language tags
HEAVY = ("textual", "rich", "pykakasi", "hanja", "ahocorasick", "babel", "regex", "polib", "defusedxml",
         "translate", "psycopg", "psycopg_binary", "psycopg_pool")


def loaded_modules(code: str, tmp_path: Path) -> list[str]:
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                          env=cli_env(), timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def heavy_in(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in HEAVY]


def test_import_glossary_loads_nothing_heavy(tmp_path):
    modules = loaded_modules("import glossary", tmp_path)
    assert "glossary.api" in modules  # the probe did import the package
    assert heavy_in(modules) == []


def test_glossary_lookup_loads_nothing_heavy(tmp_path):
    db = tmp_path / "t.db"
    with Glossary.open(db) as g:
        e = g.add("Yoon Suk Yeol", category="person")
        g.set_term(e.id, "ko", "윤석열", approve=True)
    code = ("import contextlib, io\n"
            "from glossary.cli import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            f"    rc = main(['--db', {str(db)!r}, 'lookup', '윤석열', '--to', 'en-US', '--from', 'KO'])\n"
            "    rc2 = main(['--db', " + repr(str(db)) + ", 'lookup', 'Yoon Suk Yeol', '--json'])\n"
            "assert (rc, rc2) == (0, 0), (rc, rc2)\n"
            "assert out.getvalue().startswith('Yoon Suk Yeol'), out.getvalue()\n")
    modules = loaded_modules(code, tmp_path)
    assert "glossary.cli.core" in modules and "sqlite3" in modules
    assert heavy_in(modules) == []


def package_modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        out.append((".".join(["glossary", *parts]), path))
    return out


def imports_of(name: str, path: Path) -> list[tuple[str, int]]:
    """Absolute names of every module `path` imports (at any depth, lazy imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    type_only = set()  # imports under `if TYPE_CHECKING:` never run
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    found = []
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((module, node.lineno))
            for alias in node.names:  # `from . import x` imports the submodule x
                found.append((f"{module}.{alias.name}", node.lineno))
    return found


def component(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


MODULES = package_modules()


#: packages outside glossary.store that may import sqlite3, each with its reason; keep it short
SQL_OUTSIDE_STORE = {
    "glossary.text.jmdict": "reads and builds its own read-only dictionary index (a cache), never the termbase",
}


@pytest.mark.parametrize("name, path", MODULES, ids=[n for n, _ in MODULES])
def test_only_the_store_speaks_sql(name, path):
    mine = component(name)
    for target, line in imports_of(name, path):
        if target.split(".")[0] == "sqlite3" and not any(name.startswith(p + ".") for p in SQL_OUTSIDE_STORE):
            assert mine == "store", f"{path}:{line}: only glossary.store may import sqlite3"


def test_model_and_errors_import_nothing_of_the_package_but_errors():
    for name, path in MODULES:
        if component(name) in ("model", "errors"):
            targets = {t for t, _ in imports_of(name, path) if t.startswith("glossary")}
            allowed = {"glossary.errors"} | {f"glossary.errors.{n}" for n in
                                             ("GlossaryError", "InputError", "NotFound", "Conflict", "StoreError",
                                              "FormatError")}
            assert targets <= allowed, (name, targets - allowed)


# -- the import-linter contracts (pyproject.toml [tool.importlinter]) -------------------------

def lint_imports(config: Path) -> tuple[int, str]:
    """import-linter's `lint-imports` run in this process on `config`: (exit code, report)."""
    from importlinter.cli import lint_imports as run

    out = io.StringIO()
    with redirect_stdout(out):
        code = run(config_filename=str(config), no_cache=True, no_logo=True)
    return code, out.getvalue()


def test_the_import_contracts_hold():
    """Layers, Textual only in tui/, no store below the services, nothing imports the
    front ends, the front ends import only api/model/errors/text: all kept, and not one
    import is ignored to keep them."""
    code, report = lint_imports(PYPROJECT)
    assert code == 0, report
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    assert len(contracts) >= 5 and f"Contracts: {len(contracts)} kept, 0 broken." in report
    assert [c["name"] for c in contracts if c.get("ignore_imports")] == []


def _layer_names() -> set[str]:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    [layers] = [c for c in contracts if c["type"] == "layers"]
    return {name.strip() for layer in layers["layers"] for name in layer.replace(":", "|").split("|")}


def test_every_package_and_module_is_in_a_layer():
    """A new module or package of glossary/ cannot escape the layers contract."""
    top = {p.stem if p.is_file() else p.name for p in SRC.iterdir()
           if (p.suffix == ".py" or (p / "__init__.py").exists()) and p.stem not in ("__init__", "__main__")}
    assert top - _layer_names() == set(), "add these to the layers contract in pyproject.toml"


def test_the_contracts_catch_an_upward_import_inside_a_function(tmp_path, monkeypatch):
    """The linter itself can fail: a lower layer importing a higher one, lazily, is broken."""
    pkg = tmp_path / "layered_probe"
    (pkg / "low").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "high.py").write_text("from . import low\n")
    (pkg / "low" / "__init__.py").write_text("def f():\n    from .. import high\n    return high\n")
    config = tmp_path / "contracts.toml"
    config.write_text('[tool.importlinter]\nroot_package = "layered_probe"\n\n[[tool.importlinter.contracts]]\n'
                      'name = "probe"\ntype = "layers"\ncontainers = ["layered_probe"]\nlayers = ["high", "low"]\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    code, report = lint_imports(config)
    assert code == 1 and "layered_probe.low -> layered_probe.high" in report, report


# -- no import cycle (every import that runs: at module level and inside functions) ----------
# Imports under `if TYPE_CHECKING:` never run and are left out (two type-only pairs in tui/:
# app <-> commands, screens.main <-> screens.editing).

def import_graph(src: Path, root: str = "glossary") -> dict[str, set[str]]:
    """Module -> the package's modules it imports anywhere in its code.  `from P import x`
    is an import of the submodule P.x when there is one, else of P."""
    modules: dict[str, Path] = {}
    for path in sorted(src.rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join([root, *parts])] = path

    def known(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        type_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                     and "TYPE_CHECKING" in ast.unparse(node.test) for stmt in node.body for n in ast.walk(stmt)}
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            if isinstance(node, ast.Import):
                found |= {known(a.name) for a in node.names if a.name.split(".")[0] == root}
            elif isinstance(node, ast.ImportFrom):
                base = (".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
                        if node.level else node.module or "")
                if base.split(".")[0] != root:
                    continue
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    found.add(sub if sub in modules else known(base))
        graph[name] = found - {name, ""}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in graph:
                    continue
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph[step]))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_among_the_package_modules():
    graph = import_graph(SRC)
    assert len(graph) > 100 and "glossary.text.readings" in graph["glossary.extract.cjk"]
    assert cycles(graph) == []


def test_the_cycle_check_sees_imports_inside_functions(tmp_path):
    pkg = tmp_path / "glossary"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .sub import b\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "b.py").write_text("def f():\n    from ..a import g\n")
    (pkg / "c.py").write_text("from . import a\n")
    assert cycles(import_graph(pkg)) == [["glossary.a", "glossary.sub.b"]]


# -- services see the store through the Termbase protocol only ------------------------------

def test_no_store_attribute_outside_the_store_and_the_facade_constructor():
    """`g.store`, `glossary.store.x`: nothing outside store/ reaches the facade's store."""
    bad = []
    for name, path in MODULES:
        if component(name) == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "store":
                bad.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert bad == []


def test_the_sqlite_store_implements_the_termbase_protocol():
    from glossary.store import Store
    from glossary.store.termbase import Termbase

    members = [n for n, v in vars(Termbase).items() if inspect.isfunction(v) and not n.startswith("_")]
    assert {"get", "get_many", "ids_by_key", "save", "bulk_create", "transaction", "history"} <= set(members)
    for member in members:
        mine = inspect.signature(getattr(Termbase, member))
        theirs = inspect.signature(getattr(Store, member))
        assert list(mine.parameters) == list(theirs.parameters), member
    assert {"path", "readonly"} <= set(Termbase.__annotations__)


def facade_store_calls() -> set[str]:
    """Every `self._store.X` / `src.X` / `dst.X` the facade calls (api.py)."""
    tree = ast.parse((SRC / "api.py").read_text(encoding="utf-8"))
    called = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and \
                node.value.attr == "_store":
            called.add(node.attr)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("src", "dst"):
            called.add(node.attr)
    return called


def test_the_postgresql_store_offers_what_the_sqlite_store_does():
    """Issue 16: the protocol, and every other store method the facade calls (undo, redo,
    data_version, changes_since, entries_by_key, the copy helpers ...), with the same
    parameters on both backends."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'glossary[team]')")
    from glossary.store import Store
    from glossary.store.postgres import PostgresStore
    from glossary.store.termbase import Termbase

    members = {n for n, v in vars(Termbase).items() if inspect.isfunction(v) and not n.startswith("_")}
    called = facade_store_calls()
    assert {"undo", "redo", "data_version", "changes_since", "entries_by_key", "search_terms",
            "dump_rows", "load_rows"} <= called
    for member in sorted((members | called) - {"path", "readonly", "display"}):
        assert hasattr(PostgresStore, member), member
        mine = inspect.signature(getattr(Store, member))
        theirs = inspect.signature(getattr(PostgresStore, member))
        assert list(mine.parameters) == list(theirs.parameters), member


def test_a_sqlite_lookup_does_not_load_psycopg_but_the_postgresql_driver_does(tmp_path):
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    modules = loaded_modules("import glossary\n"
                             "from glossary.api import is_server_url\n"
                             "assert is_server_url('postgresql:///x')", tmp_path)
    assert not [m for m in modules if m.startswith("psycopg")]
    modules = loaded_modules("from glossary.store import postgres\npostgres._driver()", tmp_path)
    assert "psycopg" in modules


def test_the_services_take_a_termbase_and_the_actor():
    from glossary import editions, exchange, pipeline

    for fn in (pipeline.extract_files, exchange.export_po, exchange.export_tbx, exchange.export_csv,
               exchange.export_weblate_csv, exchange.export_tsv, exchange.export_json, exchange.import_file,
               exchange.export_tmx, editions.align_edition):
        assert list(inspect.signature(fn).parameters)[:2] == ["tb", "actor"], fn.__name__
    public = {n for n in dir(Glossary) if not n.startswith("_")}
    assert public & {"transaction", "replace_occurrences", "add_entries", "save_entry", "store"} == set()


def test_the_facade_returns_frozen_typed_reports(tmp_path):
    from glossary.reports import ExportReport, ExtractReport, ImportReport

    article = tmp_path / "a.txt"
    article.write_text("The Quad met in Tokyo.\n", encoding="utf-8")
    with Glossary.open(tmp_path / "t.db") as g:
        extracted = g.extract([str(article)])
        exported = g.export_json(str(tmp_path / "out.json"))
        imported = g.import_file(str(tmp_path / "out.json"), dry_run=True)
    for report, kind in ((extracted, ExtractReport), (exported, ExportReport), (imported, ImportReport)):
        assert type(report) is kind and dataclasses.is_dataclass(report)
        with pytest.raises(dataclasses.FrozenInstanceError):
            report.warnings = ()  # type: ignore[misc]


# -- the library leaves the garbage collector alone ------------------------------------------

def test_only_the_cli_collector_switches_the_garbage_collector():
    """`gc.disable()` only in cli/collector.py's restoring context manager (a library call
    made from the TUI's worker thread must not switch the collector for the whole app)."""
    calls = []
    for name, path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in
                    ("disable", "enable", "freeze", "set_threshold") and ast.unparse(node.func.value) == "gc"):
                calls.append(name)
    assert sorted(set(calls)) == ["glossary.cli.collector"]


def test_the_cli_collector_restores_the_state_it_found():
    import gc

    from glossary.cli.collector import paused_collector

    assert gc.isenabled()
    with pytest.raises(KeyError), paused_collector():
        assert not gc.isenabled()
        raise KeyError("the block failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()   # it was off: left off
    finally:
        gc.enable()
