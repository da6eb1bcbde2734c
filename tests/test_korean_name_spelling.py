"""Korean people spelled syllable by syllable (`names.spelled_korean`, `suggestions`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")



def test_a_korean_name_whose_kanji_say_no_more_is_spelled_syllable_by_syllable():
    """A note gave only the family name 尹 of "Yun Jae-ho": the kanji cannot be matched to the
    whole name, the Korean spelling of the name answers (윤재호)."""
    from glossary.align.suggestions import _korean_person

    cand = Candidate(Category.PERSON, [Form("en", "Yun Jae-ho"), Form("ja", "尹", Role.ALIAS, "footnote:3", 0.6)], 0.5)
    _korean_person(cand)
    assert [f.text for f in cand.forms if f.lang == "ko"] == ["윤재호"]


def test_a_spelling_is_first_its_own_syllables_romanization():
    """`spelled_korean`: "jun" is 준's Revised Romanization and 전's ㅓ written u; the
    syllable it romanizes weighs more (강하준, not 강하전)."""
    from glossary.align.names.spelled_korean import spelled_korean_name

    assert spelled_korean_name("Kang Ha-jun")[0] == "강하준"
