"""Mixed-case names ("AB widgets", `acronyms._brands`): a lower-case word always written after
one acronym is part of its name only when general English uses it little."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.english import extract_english

FAMILIES = Path(__file__).parent / "data" / "families"


def test_a_common_word_after_an_acronym_twice_is_no_part_of_a_name():
    """"the MOTR said" and "the new MOTR proposal", each twice (and "said" nowhere else):
    the ministry, not the names "MOTR said" and "MOTR proposal"."""
    got = {c.forms[0].text: c.category.value
           for c in extract_english(read_document(FAMILIES / "acronym_before_a_common_word_twice.txt"))}
    assert got.get("Ministry of Transport and Roads") == "institution"
    assert not any(k.startswith("MOTR ") for k in got), got
