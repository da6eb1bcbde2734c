"""The development set's data files are consistent (issue 11): SPLIT.tsv names existing texts,
keeps every source on one side and gives every text a gold file; each gold file in
tests/data/dev/gold/ has the shared scorer's top-level keys and points into its text.

Nothing here runs the extractor: these checks read SPLIT.tsv, the gold files and the texts
only, so they may look at sealed texts without scoring them (tests/data/dev/split-rule.md).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DEV = Path(__file__).parent / "data" / "dev"
SPLIT = DEV / "SPLIT.tsv"
#: dev, the first sealed part, and sealed batches "sealed2", "sealed3", ... (tests/data/dev/split-rule.md)
SIDES = re.compile(r"dev|sealed\d*")
GOLD_KEYS = {"meta", "terms", "footnotes", "anomalies"}


def split_rows() -> list[dict[str, str]]:
    lines = [l for l in SPLIT.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"), strict=True)) for l in lines[1:]]


def gold_of(path: Path) -> Path:
    """The same rule as tests/devset.py: gold/<stem>.gold.json, else next to the text."""
    own = DEV / "gold" / (path.stem + ".gold.json")
    return own if own.exists() else path.with_name(path.stem + ".gold.json")


GOLD_FILES = sorted((DEV / "gold").glob("*.gold.json"))


def test_split_rows_name_existing_texts_with_gold_files() -> None:
    rows = split_rows()
    assert rows
    for row in rows:
        path = DEV / row["file"]
        assert path.is_file(), f"SPLIT.tsv: {row['file']} does not exist"
        assert SIDES.fullmatch(row["split"]), f"SPLIT.tsv: {row['file']}: unknown side {row['split']!r}"
        assert row["source"].strip(), f"SPLIT.tsv: {row['file']}: no source label"
        assert row["has_cjk_notes"] in {"yes", "no"}, f"SPLIT.tsv: {row['file']}: has_cjk_notes"
        assert gold_of(path).is_file(), f"SPLIT.tsv: {row['file']} has no gold file"


def test_no_source_is_on_two_sides() -> None:
    sides: dict[str, set[str]] = {}
    for row in split_rows():
        sides.setdefault(row["source"], set()).add(row["split"])
    assert {s: v for s, v in sides.items() if len(v) > 1} == {}


def test_every_article_is_in_split() -> None:
    listed = {row["file"] for row in split_rows()}
    for path in sorted((DEV / "articles").iterdir()):
        assert f"articles/{path.name}" in listed, f"{path.name} is not in SPLIT.tsv"


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[g.name.split("_")[0] for g in GOLD_FILES])
def test_gold_file_fits_its_text(gold: Path) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert set(data) == GOLD_KEYS
    source = DEV.parent.parent.parent / data["meta"]["source"]
    text = source.read_text(encoding="utf-8")
    assert text.startswith("Source: "), f"{source.name}: line 1 is not the collector's Source: line"
    assert data["meta"]["source_chars"] == len(text)
    ids = [t["id"] for t in data["terms"]]
    assert len(ids) == len(set(ids)), f"{gold.name}: duplicate term ids"
    for term in data["terms"]:
        assert term["evidence"], f"{gold.name}: {term['id']} has no evidence"
        for slot in ("ja_in_source", "ko_in_source"):
            if term.get(slot):
                assert term[slot] in text, f"{gold.name}: {term['id']}: {slot} not in the text"
    for note in data["footnotes"]:
        if note.get("marker_context"):
            assert note["marker_context"] in text, f"{gold.name}: note {note['n']}: marker context not in the text"
        offset = note.get("marker_char_offset")
        if offset is not None:
            # (a Pandoc inline note's marker is its "^[")
            assert text[offset].isdigit() or text[offset] == "*" or text[offset:offset + 2] == "^[", (
                f"{gold.name}: note {note['n']}: marker offset {offset} is not on a digit, an asterisk or a '^['")
