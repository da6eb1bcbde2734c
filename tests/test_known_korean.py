"""Hangul for Korean people named only in English, from wordfreq's Korean word list
(align/names/known_korean.py), and the suggestion stage that stores them."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.names.known_korean import known_korean_name
from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


@pytest.mark.parametrize("english, hangul", [
    ("Moon Jae-in", "문재인"),
    ("Jae-in Moon", "문재인"),          # given name first, hyphenated: still Korean
    ("Kim Dae-jung", "김대중"),
    ("Roh Moo-hyun", "노무현"),         # conventional spelling of the surname
    ("Lee Nak-yon", "이낙연"),
])
def test_names_the_list_holds(english, hangul):
    found = known_korean_name(english)
    assert found is not None and found[0] == hangul
    assert 0.5 <= found[1] <= 0.8 and "wordfreq" in found[2]


@pytest.mark.parametrize("english, why", [
    ("Soh Chung-hee", "소중히 is an adverb: 히 is no name syllable"),
    ("Wang Yi", "이왕 would need the given name first, unhyphenated"),
    ("Han Dong-hoon", "a name the list does not hold: no guess"),
    ("Joe Biden", "not a Korean name"),
    ("Abe Shinzo", "not a Korean name"),
    ("Kim", "one word is no full name"),
])
def test_no_suggestion(english, why):
    found = known_korean_name(english)
    assert found is None, why


def test_the_pipeline_suggests_hangul_with_its_source():
    cands = analyse(read_document(DATA / "korean_people_in_english.txt"))
    ko = {f.text: f for c in cands for f in c.forms if f.lang == "ko"}
    people = {c.name: c for c in cands}
    moon = [f for f in people["Moon Jae-in"].forms if f.lang == "ko"]
    assert [f.text for f in moon] == ["문재인"]
    assert moon[0].origin == "dictionary:wordfreq-ko" and moon[0].confidence < 1 and moon[0].evidence
    assert "반기문" in ko and "이재명" in ko
    assert "이왕" not in ko and "소중히" not in ko
