"""Word lists shipped as data: `glossary/data/NAME.tsv`.

Every vocabulary the extractor uses (title words, head nouns, countries, function words,
particles ...) lives in a TSV file under `src/glossary/data/`, not in code:

    # <what the list is> — source: <where it comes from>
    word<TAB>source            <- header row (required)
    President<TAB>ap-stylebook  <- rows: UTF-8, tab-separated, same number of cells

Lines starting with "#" before the header are comments.  A file that holds several lists
has a first column `list`; its rows are picked with `list=`.  Row order is kept (some
lists are ordered: longest-first particles, prefixes tried in turn).

    words("en_function_words", list="stopword")        -> frozenset[str]
    ordered("ko_particles", list="particle")            -> tuple[str, ...]
    mapping("en_countries", "name", "code")             -> dict[str, str]
    table("en_heads")                                    -> tuple[dict[str, str], ...]
    alternation("en_person_cues", list="japanese")      -> "Japan|Japan's|..." (regex-escaped)

Files are read with `importlib.resources` once per process (cached).  Only the extractor
imports this module: `import glossary` and `glossary lookup` never read a data file.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["table", "words", "ordered", "mapping", "alternation", "names", "DATA_PACKAGE"]

#: the package whose `data/` folder holds the files
DATA_PACKAGE = "glossary"


def _path(name: str):
    return files(DATA_PACKAGE) / "data" / f"{name}.tsv"


def names() -> list[str]:
    """The names of all data files (without `.tsv`), sorted."""
    return sorted(p.name[:-4] for p in (files(DATA_PACKAGE) / "data").iterdir() if p.name.endswith(".tsv"))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of `data/NAME.tsv` as dicts keyed by the header, in file order.

    Raises ValueError naming the file and line for a missing header or a row whose number
    of cells differs from the header's."""
    fname = f"data/{name}.tsv"
    text = _path(name).read_text(encoding="utf-8")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if header is None:
            if line.startswith("#"):
                continue
            if not line.strip():
                raise ValueError(f"{fname}: line {n}: expected a header row, got an empty line")
            header = line.split("\t")
            if len(set(header)) != len(header) or not all(header):
                raise ValueError(f"{fname}: line {n}: bad header {header!r}")
            continue
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{fname}: line {n}: {len(cells)} fields, the header has {len(header)}")
        rows.append(dict(zip(header, cells)))
    if header is None:
        raise ValueError(f"{fname}: no header row")
    return tuple(rows)


def _rows(name: str, list: str | None) -> tuple[dict[str, str], ...]:
    rows = table(name)
    if list is None:
        return rows
    picked = tuple(r for r in rows if r.get("list") == list)
    if not picked:
        raise ValueError(f"data/{name}.tsv: no rows with list={list!r}")
    return picked


def _key_column(name: str) -> str:
    rows = table(name)
    cols = [c for c in rows[0] if c != "list"] if rows else []
    if not cols:
        raise ValueError(f"data/{name}.tsv: no key column")
    return cols[0]


@cache
def ordered(name: str, list: str | None = None, column: str | None = None) -> tuple[str, ...]:
    """The cells of `column` (default: the first column that is not `list`), in file order."""
    col = column or _key_column(name)
    return tuple(r[col] for r in _rows(name, list))


@cache
def words(name: str, list: str | None = None, column: str | None = None,
          where: tuple[str, str] | None = None) -> frozenset[str]:
    """The cells of `column` as a set; `where=(column, value)` keeps the rows having it."""
    col = column or _key_column(name)
    rows = _rows(name, list)
    if where is not None:
        rows = tuple(r for r in rows if r[where[0]] == where[1])
    return frozenset(r[col] for r in rows)


def mapping(name: str, key: str, value: str, list: str | None = None) -> dict[str, str]:
    """{row[key]: row[value]} in file order (a new dict on each call: callers may own it)."""
    return {r[key]: r[value] for r in _rows(name, list)}


def alternation(name: str, list: str | None = None, column: str | None = None) -> str:
    """The cells of `column` as a regex alternation in file order, each escaped: the file
    order is the order the alternatives are tried in."""
    import regex

    return "|".join(regex.escape(w) for w in ordered(name, list, column))
