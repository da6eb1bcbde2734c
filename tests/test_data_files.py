"""The word lists of `src/glossary/data/` (issue 11): one schema test over every file, and
no vocabulary left in the .py files under `src/glossary/extract/` and `src/glossary/align/`
(issue 12)."""
from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest

from glossary.text import lexicon

SRC = Path(__file__).resolve().parents[1] / "src" / "glossary"
DATA = SRC / "data"
FILES = sorted(DATA.glob("*.tsv"))

#: the allowed values of a `source` column: a general source, or the dev-set evidence
GENERAL_SOURCES = {"grammar", "cldr", "iso-3166", "iso-639", "ap-stylebook", "wikipedia-mos", "dictionary", "mofa"}
SOURCE_VALUE = re.compile(r"^(?:common-knowledge-list:[a-z0-9-]+|dev:\d+-sources|seed-only)$")


def test_there_are_data_files():
    assert len(FILES) >= 10
    assert [p.stem for p in FILES] == lexicon.names()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_data_file_schema(path: Path):
    raw = path.read_bytes()
    text = raw.decode("utf-8")                     # UTF-8 (raises otherwise)
    assert not text.startswith("\ufeff"), "no BOM"
    assert "\r" not in text, "LF line ends"
    lines = text.split("\n")
    assert lines[-1] == "", "ends with a newline"
    lines = lines[:-1]
    assert lines[0].startswith("# ") and " — source: " in lines[0], "first line: '# <what> — source: <where>'"
    body = [ln for ln in lines if not ln.startswith("#")]
    assert all(ln.startswith("#") for ln in lines[:len(lines) - len(body)]), "comments only before the header"
    header = body[0].split("\t")
    assert len(set(header)) == len(header) and all(re.fullmatch(r"[a-z_]+", h) for h in header), header
    key_cols = 2 if header[0] == "list" else 1
    seen: set[tuple[str, ...]] = set()
    for n, line in enumerate(body[1:], start=len(lines) - len(body) + 2):
        cells = line.split("\t")
        where = f"{path.name}:{n}"
        assert len(cells) == len(header), f"{where}: {len(cells)} fields, header has {len(header)}"
        for c in cells:
            assert c == c.strip(), f"{where}: leading/trailing space in {c!r}"
            assert unicodedata.normalize("NFC", c) == c, f"{where}: not NFC: {c!r}"
        key = tuple(cells[:key_cols])
        assert all(key), f"{where}: empty key cell"
        assert key not in seen, f"{where}: duplicate key {key}"
        seen.add(key)
        if "source" in header:
            s = cells[header.index("source")]
            assert s in GENERAL_SOURCES or SOURCE_VALUE.match(s), f"{where}: source {s!r} not allowed"
    assert len(seen) >= 1
    # the loader reads it the same way
    assert len(lexicon.table(path.stem)) == len(body) - 1


def test_loader_names_file_and_line_of_a_bad_row(tmp_path, monkeypatch):
    pkg = tmp_path / "fakepkg"
    (pkg / "data").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "data" / "bad.tsv").write_text("# x — source: grammar\nword\tsource\nthe\tgrammar\nan\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(lexicon, "DATA_PACKAGE", "fakepkg")
    lexicon.table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"data/bad\.tsv: line 4: 1 fields, the header has 2"):
            lexicon.table("bad")
    finally:
        lexicon.table.cache_clear()


# -- no vocabulary in extract/ and align/ --------------------------------------------------

#: more alphabetic string items than this in one literal is a word table
MAX_WORDS = 5
#: literals allowed to stay, by (file, first items), each with its reason
ALLOWED: dict[tuple[str, str], str] = {
    # the registry of rule-family names: switches of the code (GLOSSARY_EXTRACT_WITHOUT),
    # documented next to the code they switch, not vocabulary of any language
    ("families.py", "acronyms"): "rule-family names and descriptions, not words of a language",
}


def _alpha_items(node: ast.AST) -> list[str]:
    def strs(nodes):
        return [e.value for e in nodes if isinstance(e, ast.Constant) and isinstance(e.value, str)
                and any(ch.isalpha() for ch in e.value)]
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        return strs(node.elts)
    if isinstance(node, ast.Dict):
        return strs([k for k in node.keys if k is not None])
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
        return [w for w in node.func.value.value.split() if any(ch.isalpha() for ch in w)]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set")
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        return [ch for ch in node.args[0].value if ch.isalpha()]  # frozenset("한일중미북러")
    return []


def word_tables(path: Path) -> list[tuple[int, list[str]]]:
    out = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # attribute and export names, not words: `__slots__ = ("kind", "text", ...)`, `__all__ = [...]`
    slots = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id in ("__slots__", "__all__") for t in n.targets)}
    for node in ast.walk(tree):
        if id(node) in slots:
            continue
        items = _alpha_items(node)
        if len(items) > MAX_WORDS and (path.name, items[0]) not in ALLOWED:
            out.append((node.lineno, items[:8]))
    return out


@pytest.mark.parametrize("path", sorted((SRC / "extract").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(SRC / "extract")))
def test_no_word_tables_in_extract(path: Path):
    assert word_tables(path) == [], f"{path.name}: move word lists to src/glossary/data/"


@pytest.mark.parametrize("path", sorted((SRC / "align").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(SRC / "align")))
def test_no_word_tables_in_align(path: Path):
    assert word_tables(path) == [], f"{path.name}: move word lists to src/glossary/data/"


def test_the_check_finds_a_word_table(tmp_path):
    p = tmp_path / "x.py"
    p.write_text('A = frozenset("the a an of and or for".split())\nB = ("首相", "総理", "外相", "知事", "議員", "氏")\n')
    assert sorted(ln for ln, _ in word_tables(p)) == [1, 2]
