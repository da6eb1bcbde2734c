"""`import glossary` and `glossary lookup` load no Textual and no heavy NLP data, and the
package's layers point down (DESIGN.md section 2)."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from glossary import Glossary

from conftest import cli_env  # type: ignore[import-not-found]

SRC = Path(__file__).resolve().parents[1] / "src" / "glossary"

#: never loaded by `import glossary` nor by `glossary lookup` with common language tags
HEAVY = ("textual", "rich", "pykakasi", "hanja", "ahocorasick", "babel", "regex", "polib", "defusedxml",
         "translate")


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


# -- layers ----------------------------------------------------------------------------------
# DESIGN.md: cli -> tui -> api -> {align, match, check, store, formats} -> extract -> documents
# -> text -> model -> errors.  A module may import its own layer and the layers below.
LAYERS = {
    "errors": 0, "model": 1, "text": 2, "validate": 2, "documents": 3, "extract": 4,
    "align": 5, "match": 5, "check": 5, "store": 5, "formats": 5, "fuzzy": 5, "pipeline": 5,
    "exchange": 6,  # import/export services over a Glossary: the api's own layer
    "api": 6, "tui": 7, "cli": 8, "__init__": 9, "__main__": 9, "data": 0,
}


#: upward imports known and tolerated for now, each with its reason; keep this list short
KNOWN_UPWARD: dict[tuple[str, str], str] = {}


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


def test_every_module_has_a_layer():
    unknown = sorted({component(name) for name, _ in MODULES} - set(LAYERS))
    assert unknown == [], f"add these to LAYERS in {Path(__file__).name} (and to DESIGN.md): {unknown}"


@pytest.mark.parametrize("name, path", MODULES, ids=[n for n, _ in MODULES])
def test_layers_point_down(name, path):
    mine = component(name)
    bad = []
    for target, line in imports_of(name, path):
        if not target.startswith("glossary.") or target.count(".") < 1:
            continue
        other = component(target)
        if (name, target) in KNOWN_UPWARD or (name, target.rsplit(".", 1)[0]) in KNOWN_UPWARD:
            continue
        if other in LAYERS and LAYERS[other] > LAYERS.get(mine, 99):
            bad.append(f"{path.name}:{line} imports {target} ({other} is above {mine})")
    assert bad == []


#: packages outside glossary.store that may import sqlite3, each with its reason; keep it short
SQL_OUTSIDE_STORE = {
    "glossary.text.jmdict": "reads and builds its own read-only dictionary index (a cache), never the termbase",
}


@pytest.mark.parametrize("name, path", MODULES, ids=[n for n, _ in MODULES])
def test_only_the_store_speaks_sql_and_only_the_ui_imports_textual(name, path):
    mine = component(name)
    for target, line in imports_of(name, path):
        top = target.split(".")[0]
        if top == "sqlite3" and not any(name.startswith(p + ".") for p in SQL_OUTSIDE_STORE):
            assert mine == "store", f"{path}:{line}: only glossary.store may import sqlite3"
        if top == "textual":
            assert mine in ("tui", "cli"), f"{path}:{line}: only glossary.tui (and cli) may import textual"


def test_model_and_errors_import_nothing_of_the_package_but_errors():
    for name, path in MODULES:
        if component(name) in ("model", "errors"):
            targets = {t for t, _ in imports_of(name, path) if t.startswith("glossary")}
            allowed = {"glossary.errors"} | {f"glossary.errors.{n}" for n in
                                             ("GlossaryError", "InputError", "NotFound", "Conflict", "StoreError",
                                              "FormatError")}
            assert targets <= allowed, (name, targets - allowed)


def test_the_layer_check_catches_an_upward_import(tmp_path):
    """The checker itself can fail: a store module importing the api is reported."""
    fake = tmp_path / "bad.py"
    fake.write_text("from ..api import Glossary\nimport sqlite3\n")
    targets = [t for t, _ in imports_of("glossary.store.bad", fake)]
    assert "glossary.api" in targets
    assert LAYERS[component("glossary.api")] > LAYERS[component("glossary.store.bad")]
