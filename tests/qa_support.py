"""The small en/ja/ko termbase of tests/data/qa/termbase.json, for match/check/fuzzy tests."""
from __future__ import annotations

import json
from pathlib import Path

from glossary import Glossary
from glossary.model import Entry

QA = Path(__file__).resolve().parent / "data" / "qa"


def qa_entries() -> list[Entry]:
    with open(QA / "termbase.json", encoding="utf-8") as fh:
        return [Entry.from_dict(d) for d in json.load(fh)]


def load_qa_termbase(g: Glossary) -> Glossary:
    g.add_all(qa_entries(), action="import")
    return g


def qa_text(name: str) -> str:
    """A fixture file's text exactly as stored (NFD stays NFD)."""
    return (QA / name).read_bytes().decode("utf-8")
