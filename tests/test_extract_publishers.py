"""Publishers are institutions (review 11, finding 6, its publishers' part): "X University
Press" publishes (data: en_heads publisher), no periodical; "X Shoten" (書店) is a company
word, a firm even after "from".  Fixture under tests/data/families/, placeholder names."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.english import extract_english

DATA = Path(__file__).resolve().parent / "data" / "families"


def test_publishers_are_institutions():
    got = {c.forms[0].text: c.category.value for c in extract_english(read_document(DATA / "publishers_named.txt"))}
    assert got["Valmora University Press"] == "institution"
    assert got["Ostrin National University Press"] == "institution"
    assert got["Brellmo Shoten"] == "institution"
