"""Korean for Japanese places (align/japanese_places.py): the reading transcribed, the
suffix in Sino-Korean; places not read in Japanese get nothing."""
from __future__ import annotations

import pytest

from glossary.align.japanese_places import add_japanese_place_forms, korean_place
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category


@pytest.mark.parametrize("ja, english, ko", [
    ("長崎県", "Nagasaki Prefecture", "나가사키현"),
    ("千歳市", "Chitose", "지토세시"),               # the English leaves the suffix out
    ("西表島", "Iriomote Island", "이리오모테섬"),
    ("福岡", "Fukuoka", "후쿠오카"),
    ("東京", "Tokyo", "도쿄"),                       # long vowels are not written
])
def test_japanese_places(ja, english, ko):
    assert korean_place(ja, english)[0] == ko


@pytest.mark.parametrize("ja, english", [
    ("釜山", "Busan"),          # a Korean city: Japanese reads it ふざん
    ("北京", "Beijing"),        # read ぺきん in Japanese
    ("竹島", "Dokdo"),          # another name altogether
    ("ソウル", "Seoul"),        # not kanji
])
def test_not_read_in_japanese(ja, english):
    assert korean_place(ja, english) is None


def test_only_places_without_korean():
    place = Candidate(Category.PLACE, [Form("en", "Kumamoto"), Form("ja", "熊本", origin="footnote:2")], 0.9)
    person = Candidate(Category.PERSON, [Form("en", "Kumamoto"), Form("ja", "熊本")], 0.9)
    assert add_japanese_place_forms([place, person]) == 1
    ko = next(f for f in place.forms if f.lang == "ko")
    assert (ko.text, ko.origin) == ("구마모토", "transcription:place") and "くまもと" in ko.evidence
