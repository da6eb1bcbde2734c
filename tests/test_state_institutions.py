"""State bodies by their Japanese and Korean names (align/state_institutions.py): whose
body an English name means, told by the name or the article, never guessed."""
from __future__ import annotations

from collections import Counter

import pytest

from glossary.align.state_institutions import add_state_institutions, institution
from glossary.extract.candidates import Candidate, Form, Mention
from glossary.model import Category, Role

JAPAN_AND_KOREA = Counter({"JP": 104, "KR": 98, "US": 28})
ABOUT_KOREA = Counter({"KR": 60, "JP": 8})


@pytest.mark.parametrize("english, country, ja, ko", [
    ("Supreme Court of Korea", "KR", "大法院", "대법원"),
    ("South Korean Supreme Court", "KR", "大法院", "대법원"),
    ("Supreme Court of Japan", "JP", "最高裁判所", "최고재판소"),
    ("the Japanese Foreign Ministry", "JP", "外務省", "외무성"),
    ("South Korea's Ministry of Foreign Affairs", "KR", "韓国外交部", "외교부"),
    ("Ministry of Foreign Affairs of the Republic of Korea", "KR", "韓国外交部", "외교부"),
    ("U.S. Department of State", "US", "国務省", "미국 국무부"),
])
def test_the_name_says_whose_body(english, country, ja, ko):
    assert institution(english, JAPAN_AND_KOREA)[0] == country
    assert institution(english, JAPAN_AND_KOREA)[2:4] == (ja, ko)


@pytest.mark.parametrize("english", ["Supreme Court", "Ministry of Foreign Affairs", "Foreign Ministry"])
def test_a_shared_name_without_a_qualifier_gets_nothing(english):
    # whose court? an article on a Korean ruling names Japan more often than Korea
    assert institution(english, JAPAN_AND_KOREA) is None
    assert institution(english, ABOUT_KOREA) is None


def test_one_countrys_body_needs_that_country_in_the_article():
    assert institution("National Assembly", JAPAN_AND_KOREA)[2:4] == ("韓国国会", "국회")
    assert institution("Ministry of Unification", ABOUT_KOREA)[2:4] == ("統一部", "통일부")
    # a Korea article's "Prime Minister's Office" is not Japan's Kantei
    assert institution("Prime Minister's Office", ABOUT_KOREA) is None
    assert institution("Prime Minister's Office", Counter({"JP": 40, "KR": 30}))[2] == "首相官邸"


def test_unknown_bodies_get_nothing():
    assert institution("Ministry of Magic", JAPAN_AND_KOREA) is None
    assert institution("Korean Ministry of Magic", JAPAN_AND_KOREA) is None


def _cand(category, english, mentions=0):
    return Candidate(category=category, confidence=0.9,
                     forms=[Form("en", english, Role.PREFERRED, "text", 0.9, "")],
                     mentions=[Mention(english, 1, 1, english)] * mentions)


def test_suggested_with_origin_and_evidence_from_the_articles_places():
    cands = [_cand(Category.PLACE, "South Korea", 5), _cand(Category.PLACE, "Japan", 4),
             _cand(Category.INSTITUTION, "National Intelligence Service")]
    assert add_state_institutions(cands) == 2
    forms = {f.lang: f for f in cands[2].forms if f.lang != "en"}
    assert (forms["ja"].text, forms["ko"].text) == ("国家情報院", "국가정보원")
    assert forms["ko"].origin == "dictionary:state" and "(KR)" in forms["ko"].evidence


# -- news outlets by their own names (align/outlets.py, data/news_outlets.tsv) -----------

def test_outlets_by_their_own_names():
    from glossary.align.outlets import forms_for_english

    assert forms_for_english("Sankei Shimbun") == ("Sankei Shimbun", "産経新聞", "산케이신문")
    assert forms_for_english("Asahi") == ("Asahi Shimbun", "朝日新聞", "아사히신문")    # another English name
    assert forms_for_english("Tokyo Shimbun") == ("Tokyo Shimbun", "東京新聞", "")       # no Korean in the table
    assert forms_for_english("Daily Planet") is None
    # Japanese words English spells several ways: shinbun/shimbun, Tōkyō/Tokyo
    assert forms_for_english("Asahi shinbun") == ("Asahi Shimbun", "朝日新聞", "아사히신문")
    assert forms_for_english("Tōkyō Shinbun") == ("Tokyo Shimbun", "東京新聞", "")
    assert forms_for_english("Shinbun") is None


def test_outlet_forms_added_as_suggestions():
    from glossary.align.outlets import add_outlet_forms

    paper = _cand(Category.PUBLICATION, "Sankei Shimbun")
    person = _cand(Category.PERSON, "Sankei Shimbun")
    assert add_outlet_forms([paper, person]) == 2
    assert {f.lang: (f.text, f.origin) for f in paper.forms if f.lang != "en"} == {
        "ja": ("産経新聞", "dictionary:outlets"), "ko": ("산케이신문", "dictionary:outlets")}
    assert [f.lang for f in person.forms] == ["en"]
