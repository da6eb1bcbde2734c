"""The shape of src/glossary/extract/ (issue 11): short functions, English rules by family."""
from __future__ import annotations

import ast
from pathlib import Path

from glossary.extract.families import FAMILIES

EXTRACT = Path(__file__).resolve().parent.parent / "src" / "glossary" / "extract"
ENGLISH = EXTRACT / "english"
MAX_LINES = 60

#: rule family -> the module of english/ that holds it, or None with where it lives instead
FAMILY_MODULES: dict[str, str | None] = {
    "acronyms": "acronyms.py",
    "quotes": "quotes.py",
    "lowercase": "lowercase.py",
    "salience": None,       # extract/salience.py (keyness against wordfreq); the scanner only runs its pattern
    "names": "names.py",
    "roles": "roles.py",
    "single-names": "single_names.py",
    "credits": None,        # extract/credits.py (credit lines); the scanner only hands it a credit segment
    "compounds": "compounds.py",
    "aliases": "assemble.py",
}
ELSEWHERE = {"salience": EXTRACT / "salience.py", "credits": EXTRACT / "credits.py"}


def test_no_function_longer_than_60_lines():
    long = []
    for path in sorted(EXTRACT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_LINES:
                    long.append(f"{path.relative_to(EXTRACT)}:{node.lineno} {node.name} ({n} lines)")
    assert not long, "functions longer than 60 lines:\n" + "\n".join(long)


def test_english_has_one_module_per_rule_family():
    assert set(FAMILY_MODULES) == set(FAMILIES)
    for family, module in FAMILY_MODULES.items():
        if module is None:
            assert ELSEWHERE[family].is_file(), family
            continue
        path = ENGLISH / module
        assert path.is_file(), f"{family}: {module} missing"
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        assert f"`{family}`" in doc.split("\n", 1)[0], f"{module}'s docstring does not name the family {family}"
