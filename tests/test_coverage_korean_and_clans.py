"""Forms the article does not give, from what the dictionary and the article say together:
a given name alone completed by the family (clan) the article names (`one_name_people`),
Korean for a dictionary word the bridge's table lists whole (`bridge.korean_word`), and a
compound led by a country's short katakana name that CLDR does not give (`jmdict_korean`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align import jmdict_source
from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
pytestmark = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


@pytest.fixture(scope="module")
def clans():
    cands = analyse(read_document(DATA / "given_names_with_the_article_clan.txt"))
    return {c.name: c for c in cands}


def test_a_given_name_alone_gets_the_person_of_the_clan_the_article_names(clans):
    """"Kenshin", with "the Uesugi clan" in the article, is JMnedict's Uesugi Kenshin (and
    우에스기 겐신 in Korean); the entry the extractor took for an institution gets him all the same."""
    ja = [f for f in clans["Kenshin"].forms if f.lang == "ja"]
    assert [f.text for f in ja] == ["上杉謙信"]
    assert ja[0].origin == "dictionary:jmnedict" and ja[0].role is Role.PREFERRED
    assert "Uesugi" in ja[0].evidence and ja[0].confidence < 0.6
    # Korean as Korean writes a Japanese person: the full name, family name first
    assert [f.text for f in clans["Kenshin"].forms if f.lang == "ko"] == ["우에스기 겐신"]


def test_a_given_name_two_of_the_article_families_share_gets_nothing(clans):
    """"Yoshitaka" of the Kuroda and of the Ōuchi (both JMnedict people): the article does not
    say which, so no kanji; a made-up family name or one no given name follows adds nothing."""
    assert not [f for f in clans["Yoshitaka"].forms if f.lang == "ja"]
    assert not [f for f in clans["Kessin"].forms if f.lang == "ja"]


def test_a_family_name_alone_is_not_completed_by_another_name_of_the_article():
    """"Kishida" said alone is a family name (JMnedict knows it so seven times): it is not
    joined to a given name the article writes elsewhere into another person."""
    from glossary.align.one_name_people import add_one_name_people

    alone = Candidate(Category.PERSON, [Form("en", "Kishida", Role.PREFERRED)], 0.7)
    other = Candidate(Category.PERSON, [Form("en", "Ostrin Shigeru", Role.PREFERRED)], 0.7)
    add_one_name_people([alone, other])
    assert not [f for f in alone.forms if f.lang == "ja"]


def test_a_word_the_bridge_table_lists_whole_is_korean_usage():
    """朝鮮戦争 (JMdict "Korean War"): Korean writes 한국전쟁, which the bridge's table lists;
    wordfreq's Korean list lacks it, so without the table nothing was suggested."""
    from glossary.align.bridge import korean_word

    assert korean_word("朝鮮戦争") == "한국전쟁" and korean_word("戦争") is None
    war = Candidate(Category.EVENT, [Form("en", "Korean War", Role.PREFERRED)], 0.9)
    jmdict_source.add_jmdict_forms([war])
    forms = {f.lang: f for f in war.forms}
    assert forms["ja"].text == "朝鮮戦争" and forms["ko"].text == "한국전쟁"
    assert forms["ko"].origin == "dictionary:jmdict+bridge" and "table" in forms["ko"].evidence


def test_a_compound_led_by_a_short_katakana_country_name_gets_the_country_in_korean():
    """アメリカ陸軍 (JMdict "U.S. Army"): CLDR's Japanese name is アメリカ合衆国, the short
    アメリカ is the bilingual table's; Korean writes 미국 and 陸軍 as the word 육군."""
    army = Candidate(Category.INSTITUTION, [Form("en", "U.S. Army", Role.PREFERRED)], 0.9)
    jmdict_source.add_jmdict_forms([army])
    forms = {f.lang: f for f in army.forms}
    assert forms["ja"].text == "アメリカ陸軍" and forms["ko"].text == "미국 육군"
    assert "bilingual table" in forms["ko"].evidence


@pytest.mark.parametrize("english, ja", [("Himeji Castle", "姫路城"), ("Matsumoto Castle", "松本城")])
def test_a_place_taken_for_a_person_gets_the_place_jmnedict_glosses_so(english, ja):
    """The extractor took a castle for a person: JMnedict names a place so and no person, so
    the place's kanji are its Japanese; no Korean is derived by the rules for people."""
    cand = Candidate(Category.PERSON, [Form("en", english, Role.PREFERRED)], 0.7)
    jmdict_source.add_jmdict_forms([cand])
    forms = {f.lang: f for f in cand.forms}
    assert forms["ja"].text == ja and forms["ja"].origin == "dictionary:jmnedict" and "ko" not in forms
    assert "no person" in forms["ja"].evidence


def test_a_person_name_the_dictionary_lacks_or_several_spellings_get_no_thing():
    """A made-up name glosses nothing; a shrine JMnedict writes three ways that usage does not
    tell apart is left to the editor; a family name and a given name ("Yamada Minami") are a
    person's, though JMnedict also has a place 山田南 glossed so."""
    made_up = Candidate(Category.PERSON, [Form("en", "Valmora Ostrin", Role.PREFERRED)], 0.7)
    shrine = Candidate(Category.PERSON, [Form("en", "Itsukushima Shrine", Role.PREFERRED)], 0.7)
    person = Candidate(Category.PERSON, [Form("en", "Yamada Minami", Role.PREFERRED)], 0.7)
    jmdict_source.add_jmdict_forms([made_up, shrine, person])
    assert not [f for f in made_up.forms + shrine.forms + person.forms if f.lang == "ja"]


def test_a_clan_a_fleet_and_a_domain_are_named_after_the_entry_they_name():
    """"Nagumo fleet" and "Takeda clan" of people the article names in kanji and Hangul (南雲艦隊
    나구모 함대, 武田氏 다케다 씨); "Tosa domain" of the place (土佐藩 도사번)."""
    from glossary.align.named_compounds import add_named_compound_forms

    nagumo = Candidate(Category.PERSON, [Form("en", "Nagumo Chūichi", Role.PREFERRED), Form("ja", "南雲忠一"),
                                         Form("ko", "나구모 주이치")], 0.9)
    takeda = Candidate(Category.PERSON, [Form("en", "Takeda Shingen", Role.PREFERRED), Form("ja", "武田信玄"),
                                         Form("ko", "다케다 신겐")], 0.9)
    tosa = Candidate(Category.PLACE, [Form("en", "Tosa", Role.PREFERRED), Form("ja", "土佐"), Form("ko", "도사")], 0.9)
    fleet, clan, domain = (Candidate(Category.INSTITUTION, [Form("en", name, Role.PREFERRED)], 0.7)
                           for name in ("Nagumo fleet", "Takeda clan", "Tosa domain"))
    add_named_compound_forms([nagumo, takeda, tosa, fleet, clan, domain])
    got = {c.name: {f.lang: f.text for f in c.forms if f.lang != "en"} for c in (fleet, clan, domain)}
    assert got == {"Nagumo fleet": {"ja": "南雲艦隊", "ko": "나구모 함대"},
                   "Takeda clan": {"ja": "武田氏", "ko": "다케다 씨"},
                   "Tosa domain": {"ja": "土佐藩", "ko": "도사번"}}
    assert all(f.origin == "composition:name" for c in (fleet, clan, domain) for f in c.forms if f.lang != "en")


def test_a_bakufu_named_after_a_place_the_dictionary_knows():
    """"Ashikaga bakufu": no entry names Ashikaga, JMnedict does (足利), as the firms' heads do;
    a clan needs the entry (a family name alone has many kanji)."""
    from glossary.align.named_compounds import add_named_compound_forms

    bakufu = Candidate(Category.INSTITUTION, [Form("en", "Ashikaga bakufu", Role.PREFERRED)], 0.7)
    clan = Candidate(Category.INSTITUTION, [Form("en", "Ostrin clan", Role.PREFERRED)], 0.7)
    add_named_compound_forms([bakufu, clan])
    assert {f.lang: f.text for f in bakufu.forms if f.lang != "en"} == {"ja": "足利幕府", "ko": "아시카가 막부"}
    assert [f.lang for f in clan.forms] == ["en"]
