"""Hangul for Korean places an English article spells in Revised Romanization
(align/korean_places.py): what an editor sees on those entries."""
from __future__ import annotations

from pathlib import Path

from glossary.align.korean_places import hangul_for_place
from glossary.align.names.korean import revised_romanization
from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def test_revised_romanization_of_a_word():
    assert revised_romanization("경복궁") == "gyeongbokgung"
    assert revised_romanization("판문점") == "panmunjeom"
    assert revised_romanization("Seoul") == "" and revised_romanization("") == ""


def test_a_place_spelled_in_revised_romanization_reads_back_to_its_hangul():
    for english, hangul in (("Gyeongbokgung", "경복궁"), ("Daegu", "대구"), ("Panmunjeom", "판문점")):
        text, confidence, evidence = hangul_for_place(english)
        assert text == hangul and 0 < confidence <= 0.6 and "Revised Romanization" in evidence
    # an English word is none ("Harbor"); a phrase or a lower-case word is none
    assert hangul_for_place("Harbor") is None and hangul_for_place("Jeonju City") is None
    assert hangul_for_place("daegu") is None


def test_places_in_an_article_get_their_hangul_as_suggestions_people_do_not():
    cands = analyse(read_document(DATA / "korean_places_in_romanization.txt"))
    ko = {next(f.text for f in c.forms if f.lang == "en"): [(f.text, f.origin) for f in c.forms if f.lang == "ko"]
          for c in cands}
    assert ko["Gyeongbokgung"] == [("경복궁", "romanization:korean-place")]
    assert ko["Daegu"] == [("대구", "romanization:korean-place")]
    assert all(origin != "romanization:korean-place" for text, origin in ko.get("Jane Roe", []))


def test_a_place_whose_romanization_writes_a_sound_change_reads_its_note_form():
    """Revised Romanization writes the nasalised consonants ("Wangsimni" is 왕십리 wang-sip-ri,
    "Dongnimmun" is 독립문 dok-rip-mun, two changes): the note's Hangul is that place's
    form by reading (data ko_romanization_sound_changes)."""
    cands = analyse(read_document(DATA / "korean_places_with_nasalised_syllables.txt"))
    ko = {next(f.text for f in c.forms if f.lang == "en"): [f.text for f in c.forms if f.lang == "ko"]
          for c in cands if any(f.lang == "en" for f in c.forms)}
    assert "왕십리" in ko["Wangsimni"] and "독립문" in ko["Dongnimmun"] and "영등포" in ko["Yeongdeungpo"]
