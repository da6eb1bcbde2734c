"""Dictionary evidence: CLDR territory names (Babel) for places named in English."""
from __future__ import annotations

import pytest

from glossary.align.dictionary import add_dictionary_forms, territory
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role


@pytest.mark.parametrize("english, code, ja, ko", [
    pytest.param("Laos", "LA", "ラオス", "라오스", id="a-country"),
    pytest.param("the Philippines", "PH", "フィリピン", "필리핀", id="leading-the-ignored"),
    pytest.param("SOUTH KOREA", "KR", "韓国", "한국", id="matched-on-the-key-short-name"),
    pytest.param("the Republic of Korea", "KR", "大韓民国", "대한민국", id="formal-english-formal-names"),
    pytest.param("Democratic People’s Republic of Korea", "KP", "朝鮮民主主義人民共和国", "조선민주주의인민공화국",
                 id="formal-with-typographic-apostrophe"),
    pytest.param("United Kingdom", "GB", "英国", "영국", id="ministry-short-name-over-cldr"),
    pytest.param("Australia", "AU", "オーストラリア", "호주", id="press-usage-over-cldr-transcription"),
])
def test_territory_names(english, code, ja, ko):
    assert territory(english) == (code, {"ja": ja, "ko": ko})


@pytest.mark.parametrize("english", [
    pytest.param("Asia", id="numeric-region-not-a-country"),
    pytest.param("Camp David", id="not-a-territory"),
    pytest.param("United Nations", id="organisation-code-skipped"),
])
def test_not_territories(english):
    assert territory(english) is None


def test_places_get_suggestions_with_evidence_and_article_forms_win():
    laos = Candidate(Category.PLACE, [Form("en", "Laos")], 0.9)
    korea = Candidate(Category.PLACE, [Form("en", "South Korea"), Form("ko", "한국", origin="footnote:3")], 0.9)
    party = Candidate(Category.INSTITUTION, [Form("en", "France")], 0.9)  # not a place: left alone
    assert add_dictionary_forms([laos, korea, party]) == 3
    ja, ko = laos.forms[1:]
    assert (ja.lang, ja.text, ja.origin, ja.role) == ("ja", "ラオス", "dictionary:cldr", Role.PREFERRED)
    assert "CLDR" in ko.evidence and "LA" in ko.evidence and ko.confidence < 1
    assert [f.text for f in korea.forms if f.lang == "ko"] == ["한국"]
    assert [f.text for f in korea.forms if f.lang == "ja"] == ["韓国"]
    assert len(party.forms) == 1


def test_formal_english_form_decides_when_it_is_preferred():
    """An entry whose preferred English is formal gets the formal names, even when a short
    alias ("South Korea") comes first in its forms."""
    rok = Candidate(Category.PLACE, [Form("en", "South Korea", role=Role.ALIAS),
                                     Form("en", "Republic of Korea")], 0.9)
    add_dictionary_forms([rok])
    assert {f.lang: f.text for f in rok.forms if f.lang != "en"} == {"ja": "大韓民国", "ko": "대한민국"}


def test_cities_of_cldr_time_zones():
    from glossary.align.dictionary import city

    assert city("Seoul") == ("Asia/Seoul", {"ja": "ソウル", "ko": "서울"})
    assert city("Phnom Penh")[1] == {"ja": "プノンペン", "ko": "프놈펜"}
    assert city("Springfield") is None
    tokyo = Candidate(Category.PLACE, [Form("en", "Tokyo")], 0.9)
    add_dictionary_forms([tokyo])
    ja = next(f for f in tokyo.forms if f.lang == "ja")
    assert ja.text == "東京" and ja.origin == "dictionary:cldr" and "time zone" in ja.evidence
