"""Japanese and Korean composed from the parts of bilateral names (align/compose.py)."""
from __future__ import annotations

import pytest

from glossary.align.compose import add_composed_forms, compose
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category


@pytest.mark.parametrize("english, ja, ko", [
    ("Japan-South Korea summit", "日韓首脳会談", "한일 정상회담"),           # Japan first / Korea first
    ("Japan-South Korea relations", "日韓関係", "한일 관계"),
    ("Japan-South Korea Joint Declaration", "日韓共同宣言", "한일 공동선언"),  # the key read decides
    ("Japan-U.S.-ROK Trilateral Indo-Pacific Dialogue", "日米韓インド太平洋対話", "한미일 인도태평양대화"),
    ("Japan–China summit", "日中首脳会談", "중일 정상회담"),                 # an en dash
])
def test_composed(english, ja, ko):
    got = compose(english)
    assert got is not None and got[:2] == (ja, ko)


@pytest.mark.parametrize("english, why", [
    ("Camp David summit", "no country pair"),
    ("Japanese summit", "one country"),
    ("Trilateral Cooperation Secretariat", "'Trilateral' does not say which countries"),
    ("Japan-ROK Memorandum on cooperation", "the order turns after 'on'"),
    ("Japan-South Korea summit on semiconductors and yachts", "'yachts' is not in the table"),
    ("summit of Japan and Korea", "the countries must come first"),
    ("US-Japan agreement", "an agreement reached (合意) or signed (協定)?"),
])
def test_not_composed(english, why):
    assert compose(english) is None, why


def test_only_missing_languages_are_filled_with_evidence():
    c = Candidate(Category.EVENT, [Form("en", "Japan-South Korea summit"), Form("ja", "日韓首脳会談", origin="footnote:3")],
                  0.9)
    assert add_composed_forms([c]) == 1
    ko = [f for f in c.forms if f.lang == "ko"]
    assert [f.text for f in ko] == ["한일 정상회담"] and ko[0].origin == "composition"
    assert ko[0].confidence <= 0.5 and "ja-ko + summit" in ko[0].evidence
    person = Candidate(Category.PERSON, [Form("en", "Japan-South Korea summit")], 0.9)
    assert add_composed_forms([person]) == 0


def test_a_plain_compound_without_a_country_pair_is_composed_for_events_agreements_policies():
    """"security dialogue": two parts of the table, no function word, no country pair:
    composed, modifier first, at a lower confidence; an organisation of the same words is not
    (its name is its own), nor a compound with a function word or a group word."""
    assert compose("security dialogue")[:2] == ("安全保障対話", "안전보장대화")
    event = Candidate(Category.EVENT, [Form("en", "security dialogue")], 0.9)
    body = Candidate(Category.INSTITUTION, [Form("en", "security dialogue")], 0.9)
    assert add_composed_forms([event, body]) == 2
    ja = next(f for f in event.forms if f.lang == "ja")
    assert ja.confidence < 0.5 and "official name may differ" in ja.evidence
    assert not any(f.lang == "ja" for f in body.forms)
    assert compose("dialogue on security") is None
