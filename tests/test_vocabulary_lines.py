"""A bilingual vocabulary line ("* 청와대: Blue House") pairs its two sides (align/vocabulary_lines.py)."""
from __future__ import annotations

from pathlib import Path

from glossary.align.vocabulary_lines import vocabulary_pair
from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def test_a_vocabulary_line_pairs_a_candidate_and_makes_a_name_no_candidate_holds():
    cands = analyse(read_document(DATA / "vocabulary_lines.md"))
    by_en = {f.text: c for c in cands for f in c.forms if f.lang == "en"}
    authority = [f for f in by_en["Valmora Port Authority"].forms if f.lang == "ko"]
    assert [f.text for f in authority] == ["발모라 항만청"] and "vocabulary line" in authority[0].evidence
    line = [f.text for f in by_en["Ostrin Line"].forms if f.lang == "ko"]
    assert line == ["오스트린 선"]
    # a common word's gloss, a lower-case word and a line of several glosses are vocabulary, no terms
    assert "Provocation" not in by_en and "near" not in by_en and "casualty" not in by_en


def test_the_sides_of_a_vocabulary_line():
    assert vocabulary_pair("* 청와대: Blue House") == ("청와대", "Blue House", "ko")
    assert vocabulary_pair("- Indian Ocean — インド洋") == ("インド洋", "Indian Ocean", "ja")
    assert vocabulary_pair("* <span><strong>인정하다</strong></span>: admit") == ("인정하다", "admit", "ko")
    assert vocabulary_pair("* 시체: corpse, casualty") is None
    assert vocabulary_pair("Note: the Valmora Port Authority met.") is None
