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
    """"Tadaoki", with "the Hosokawa clan" in the article, is JMnedict's Hosokawa Tadaoki (and
    호소카와 다다오키 in Korean); the entry the extractor took for an institution gets him all the same."""
    ja = [f for f in clans["Tadaoki"].forms if f.lang == "ja"]
    assert [f.text for f in ja] == ["細川忠興"]
    assert ja[0].origin == "dictionary:jmnedict" and ja[0].role is Role.PREFERRED
    assert "Hosokawa" in ja[0].evidence and ja[0].confidence < 0.6
    # Korean as Korean writes a Japanese person: the full name, family name first
    assert [f.text for f in clans["Tadaoki"].forms if f.lang == "ko"] == ["호소카와 다다오키"]
    assert [f.text for f in clans["Kazutoyo"].forms if f.lang == "ja"] == ["山内一豊"]


def test_a_given_name_two_of_the_article_families_share_gets_nothing(clans):
    """"Akira" of the Arakawa and of the Hamada (both JMnedict people): the article does not
    say which, so no kanji; a made-up family name or one no given name follows adds nothing."""
    from glossary.align.one_name_people import family_named_person

    assert family_named_person("Akira", frozenset({"Arakawa", "Hamada"})) is None
    assert family_named_person("Akira", frozenset({"Arakawa", "Ostrin"}))[0] == "新川明"
    assert not [f for f in clans["Kessin"].forms if f.lang == "ja"]


def test_a_family_name_alone_is_not_completed_by_another_name_of_the_article():
    """"Hirano" said alone is a family name (JMnedict knows it so eight times): it is not
    joined to a given name the article writes elsewhere into another person (JMnedict's
    Hirano Takashi)."""
    from glossary.align.one_name_people import add_one_name_people

    alone = Candidate(Category.PERSON, [Form("en", "Hirano", Role.PREFERRED)], 0.7)
    other = Candidate(Category.PERSON, [Form("en", "Ostrin Takashi", Role.PREFERRED)], 0.7)
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
    """"Nagumo fleet" and "Sanada clan" of people the article names in kanji and Hangul (南雲艦隊
    나구모 함대, 真田氏 사나다 씨); "Odawara domain" of the place (小田原藩 오다와라번)."""
    from glossary.align.named_compounds import add_named_compound_forms

    nagumo = Candidate(Category.PERSON, [Form("en", "Nagumo Chūichi", Role.PREFERRED), Form("ja", "南雲忠一"),
                                         Form("ko", "나구모 주이치")], 0.9)
    sanada = Candidate(Category.PERSON, [Form("en", "Sanada Masayuki", Role.PREFERRED), Form("ja", "真田昌幸"),
                                         Form("ko", "사나다 마사유키")], 0.9)
    odawara = Candidate(Category.PLACE, [Form("en", "Odawara", Role.PREFERRED), Form("ja", "小田原"),
                                         Form("ko", "오다와라")], 0.9)
    fleet, clan, domain = (Candidate(Category.INSTITUTION, [Form("en", name, Role.PREFERRED)], 0.7)
                           for name in ("Nagumo fleet", "Sanada clan", "Odawara domain"))
    add_named_compound_forms([nagumo, sanada, odawara, fleet, clan, domain])
    got = {c.name: {f.lang: f.text for f in c.forms if f.lang != "en"} for c in (fleet, clan, domain)}
    assert got == {"Nagumo fleet": {"ja": "南雲艦隊", "ko": "나구모 함대"},
                   "Sanada clan": {"ja": "真田氏", "ko": "사나다 씨"},
                   "Odawara domain": {"ja": "小田原藩", "ko": "오다와라번"}}
    assert all(f.origin == "composition:name" for c in (fleet, clan, domain) for f in c.forms if f.lang != "en")


def test_a_bakufu_named_after_a_place_the_dictionary_knows():
    """"Odawara bakufu": no entry names Odawara, JMnedict does (小田原), as for the firms'
    heads; a clan needs the entry (a family name alone has many kanji)."""
    from glossary.align.named_compounds import add_named_compound_forms

    bakufu = Candidate(Category.INSTITUTION, [Form("en", "Odawara bakufu", Role.PREFERRED)], 0.7)
    clan = Candidate(Category.INSTITUTION, [Form("en", "Ostrin clan", Role.PREFERRED)], 0.7)
    add_named_compound_forms([bakufu, clan])
    assert {f.lang: f.text for f in bakufu.forms if f.lang != "en"} == {"ja": "小田原幕府", "ko": "오다와라 막부"}
    assert [f.lang for f in clan.forms] == ["en"]
