"""Coverage on unseen articles (session 25): suggestions from the dictionaries for entries
whose Korean or Japanese form the article does not give.

- Korean for a Japanese proper name (a temple, a work) that the English reads aloud:
  the JMnedict reading transcribed, never the Sino-Korean reading (`read_aloud`);
- Hangul for a Korean place or body in Revised Romanization followed by an English head
  word ("Gwanghwamun Square" 광화문광장; `korean_places`, data/ko_place_heads.tsv);
- the official names of the United Nations, its principal organs and the EU
  (data/official_names_cjk.tsv);
- a person the extraction took for a thing ("Nichiren" as an institution) gets the forms
  the sources for people give (`people_as_things`); a one name the article's family name
  completes ("Hiroshige" and the "Utagawa school": 歌川広重; `one_name_people`);
- a place's battle, treaty, declaration or agreement composed from the place's entry
  ("the Battle of Okinawa" 오키나와 전투; `named_compounds`, data/en_named_heads.tsv)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
pytestmark = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


# -- Korean for a Japanese name read aloud ---------------------------------------------------

@pytest.fixture(scope="module")
def temples():
    return {c.name: c for c in analyse(read_document(DATA / "read_aloud_temples.txt"))}


@pytest.mark.parametrize("english, korean", [("Enryakuji", "엔랴쿠지"), ("Sanjusangendo", "산주산겐도"),
                                             ("Hagakure", "하가쿠레")])
def test_a_japanese_name_the_english_reads_aloud_is_transcribed_in_korean(temples, english, korean):
    """延暦寺 "Enryakuji", 三十三間堂 "Sanjusangendo", 葉隠 "Hagakure": the article gives the kanji,
    the English is JMnedict's reading, so Korean transcribes the reading -- not the
    Sino-Korean reading of the characters (삼십삼간당, 엽은) the bridge used to give."""
    ko = [f for f in temples[english].forms if f.lang == "ko"]
    assert [f.text for f in ko] == [korean]
    assert ko[0].origin == "dictionary:jmnedict+transcription"
    assert "reads aloud" in ko[0].evidence and ko[0].confidence < 0.7


def test_the_article_s_person_gets_nothing_from_the_rule(temples):
    """The made-up traveller is no Japanese name JMnedict reads: no Korean from here."""
    assert not [f for f in temples["Tarvik Valmora"].forms if f.lang == "ko"]


def _entry(category: Category, english: str, ja: str) -> Candidate:
    return Candidate(category, [Form("en", english, Role.PREFERRED), Form("ja", ja, Role.PREFERRED, "text", 0.9)], 0.7)


@pytest.mark.parametrize("category, english, ja", [
    (Category.INSTITUTION, "Tokugawa", "徳川"),        # a family name: the house or a person, not a place
    (Category.PUBLICATION, "Chuko Shinsho", "中公新書"),  # a publisher's head Korean reads (주코신서)
    (Category.OTHER, "Amida", "阿弥陀"),                # a JMdict word: Korean has its own (아미타)
    (Category.PLACE, "Kyoto Imperial Palace", "京都御所"),  # the English is no reading of it
    (Category.INSTITUTION, "Nippon Kaigi", "日本会議"),   # a head Korean reads in Sino-Korean (일본회의)
    (Category.PERSON, "Enryakuji", "延暦寺"),           # people have their own sources
    (Category.INSTITUTION, "Ostrinji", "延暦寺"),       # a made-up English: no agreement
])
def test_no_transcription_without_both_agreements(category, english, ja):
    from glossary.align.read_aloud import add_read_aloud_korean

    cand = _entry(category, english, ja)
    assert add_read_aloud_korean([cand]) == 0
    assert not [f for f in cand.forms if f.lang == "ko"]


def test_an_entry_with_korean_keeps_it():
    from glossary.align.read_aloud import add_read_aloud_korean

    cand = _entry(Category.INSTITUTION, "Enryakuji", "延暦寺")
    cand.forms.append(Form("ko", "연력사", Role.PREFERRED, "text", 0.9))
    assert add_read_aloud_korean([cand]) == 0
    assert [f.text for f in cand.forms if f.lang == "ko"] == ["연력사"]


# -- Korean places and bodies in Revised Romanization with an English head -----------------

@pytest.mark.parametrize("english, korean", [
    ("Gwanghwamun Square", "광화문광장"),          # the head joined to the name
    ("Dongguk University", "동국대학교"),
    ("Gyeongbokgung Palace", "경복궁"),            # the name already ends in 궁 (gung)
    ("Suwon Hwaseong Fortress", "수원 화성"),       # each word read back; 성 (seong) already there
])
def test_a_romanized_korean_name_and_an_english_head_get_hangul(english, korean):
    from glossary.align.korean_places import add_korean_place_forms

    cand = Candidate(Category.PLACE if "University" not in english else Category.INSTITUTION,
                     [Form("en", english, Role.PREFERRED)], 0.7)
    assert add_korean_place_forms([cand]) == 1
    ko = [f for f in cand.forms if f.lang == "ko"]
    assert [f.text for f in ko] == [korean]
    assert ko[0].origin == "romanization:korean-place" and "ko_place_heads" in ko[0].evidence


@pytest.mark.parametrize("english", [
    "Nihon University",          # Japanese romanization: not a Korean word
    "Valmora University",        # a made-up name no Korean word spells
    "Seoul National University",  # an English word among the name's
    "Ostrin Gwanghwamun Hall",   # a head the table does not know
])
def test_no_hangul_for_a_headed_name_that_is_not_all_korean(english):
    from glossary.align.korean_places import add_korean_place_forms

    cand = Candidate(Category.INSTITUTION, [Form("en", english, Role.PREFERRED)], 0.7)
    assert add_korean_place_forms([cand]) == 0


# -- the United Nations' principal organs and the EU in the ministries' lists ---------------

@pytest.mark.parametrize("english, ja, ko", [
    ("UN Security Council", "国際連合安全保障理事会", "유엔 안전보장이사회"),
    ("the United Nations General Assembly", "国際連合総会", "유엔 총회"),
    ("EU", "欧州連合", "유럽연합"),
])
def test_the_un_organs_and_the_eu_get_their_official_names(english, ja, ko):
    from glossary.align.official_names import add_official_names

    cand = Candidate(Category.INSTITUTION, [Form("en", english, Role.PREFERRED)], 0.7)
    assert add_official_names([cand]) == 2
    forms = {f.lang: f for f in cand.forms}
    assert (forms["ja"].text, forms["ko"].text) == (ja, ko)
    assert forms["ko"].origin == "dictionary:mofa"


# -- a person the extraction took for a thing ---------------------------------------------

@pytest.mark.parametrize("category, english, ja, ko", [
    (Category.INSTITUTION, "Nichiren", "日蓮", "니치렌"),          # the one JMnedict person named so
    (Category.INSTITUTION, "Oda Nobunaga", "織田信長", "오다 노부나가"),
    (Category.PUBLICATION, "Hatoyama Yukio", "鳩山由紀夫", "하토야마 유키오"),
])
def test_a_person_taken_for_a_thing_gets_a_person_s_forms(category, english, ja, ko):
    """The extraction made these entries things; JMnedict knows a person by that very name,
    so the sources for people write it (kanji, and Korean as Korean writes a Japanese name);
    the entry keeps its category."""
    from glossary.align.suggestions import add_suggestions

    cand = Candidate(category, [Form("en", english, Role.PREFERRED)], 0.7)
    add_suggestions([cand])
    forms = {f.lang: f.text for f in cand.forms}
    assert (forms.get("ja"), forms.get("ko")) == (ja, ko)
    assert cand.category is category


@pytest.mark.parametrize("category, english", [
    (Category.INSTITUTION, "Soka Gakkai"),       # a body JMnedict knows
    (Category.INSTITUTION, "Yasuda"),            # mostly a family name: no one person
    (Category.INSTITUTION, "Valmora Kessin"),    # a made-up name
    (Category.EVENT, "Nichiren"),                # events are not taken for people
])
def test_a_thing_is_not_taken_for_a_person(category, english):
    from glossary.align.people_as_things import as_people

    cand = Candidate(category, [Form("en", english, Role.PREFERRED)], 0.7)
    assert as_people([cand])[0] is cand


def test_a_thing_the_dictionary_glosses_keeps_its_gloss_forms():
    """孔子 "Confucius" as a school's entry: the gloss lookup for things answers first (with
    the Korean 공자 it reads), before the entry is taken for the person."""
    from glossary.align.suggestions import add_suggestions

    cand = Candidate(Category.INSTITUTION, [Form("en", "Confucius", Role.PREFERRED)], 0.7)
    add_suggestions([cand])
    assert {f.lang: f.text for f in cand.forms if f.lang != "en"} == {"ja": "孔子", "ko": "공자"}


def test_a_one_name_person_is_completed_by_the_family_the_article_writes():
    """"Hiroshige" is JMnedict's one person 広重 and, with the "Utagawa school" in the article,
    歌川広重: the family name the article writes completes the same person's name (and his
    Korean, family name first); without it, the one name."""
    from glossary.align.one_name_people import add_one_name_people

    alone = Candidate(Category.PERSON, [Form("en", "Hiroshige", Role.PREFERRED)], 0.7)
    add_one_name_people([alone])
    assert [f.text for f in alone.forms if f.lang == "ja"] == ["広重"]
    person = Candidate(Category.PERSON, [Form("en", "Hiroshige", Role.PREFERRED)], 0.7)
    school = Candidate(Category.INSTITUTION, [Form("en", "Utagawa school", Role.PREFERRED)], 0.7)
    valmora = Candidate(Category.INSTITUTION, [Form("en", "Valmora school", Role.PREFERRED)], 0.7)
    add_one_name_people([person, school, valmora])
    assert {f.lang: f.text for f in person.forms if f.lang != "en"} == {"ja": "歌川広重", "ko": "우타가와 히로시게"}


# -- a place's battle, treaty, declaration or agreement -----------------------------------

def _place(english: str, ja: str, ko: str) -> Candidate:
    return Candidate(Category.PLACE, [Form("en", english, Role.PREFERRED), Form("ja", ja, Role.PREFERRED, "text", 0.9),
                                      Form("ko", ko, Role.PREFERRED, "text", 0.9)], 0.7)


@pytest.mark.parametrize("category, english, ja, ko", [
    (Category.EVENT, "the Battle of Valmora", "ヴァルモラの戦い", "발모라 전투"),     # a head that leads
    (Category.AGREEMENT, "Treaty of Valmora", "ヴァルモラ条約", "발모라 조약"),
    (Category.AGREEMENT, "Valmora Declaration", "ヴァルモラ宣言", "발모라 선언"),
    (Category.AGREEMENT, "Valmora Agreement", "ヴァルモラ協定", "발모라 협정"),
])
def test_a_place_s_battle_treaty_or_declaration_is_composed_from_the_place(category, english, ja, ko):
    """The place is another entry of the article, with its forms: the compound takes them
    and the head as each language writes it (data/en_named_heads.tsv)."""
    from glossary.align.named_compounds import add_named_compound_forms

    cand = Candidate(category, [Form("en", english, Role.PREFERRED)], 0.7)
    add_named_compound_forms([cand, _place("Valmora", "ヴァルモラ", "발모라")])
    assert {f.lang: f.text for f in cand.forms if f.lang != "en"} == {"ja": ja, "ko": ko}
    assert all(f.origin == "composition:name" for f in cand.forms if f.lang != "en")


def test_no_battle_without_the_place_s_entry():
    from glossary.align.named_compounds import add_named_compound_forms

    cand = Candidate(Category.EVENT, [Form("en", "Battle of Ostrin", Role.PREFERRED)], 0.7)
    add_named_compound_forms([cand, _place("Valmora", "ヴァルモラ", "발모라")])
    assert [f.lang for f in cand.forms] == ["en"]


def test_the_battle_takes_the_korean_the_place_rule_gives():
    """"Okinawa" gets its Korean from the rule for Japanese places (오키나와); the battle's
    compound comes after it, so "the Battle of Okinawa" is 오키나와 전투."""
    from glossary.align.suggestions import add_suggestions

    place = Candidate(Category.PLACE, [Form("en", "Okinawa", Role.PREFERRED), Form("ja", "沖縄", Role.PREFERRED, "text", 0.9)],
                      0.7)
    battle = Candidate(Category.EVENT, [Form("en", "Battle of Okinawa", Role.PREFERRED),
                                        Form("ja", "沖縄戦", Role.PREFERRED, "text", 0.9)], 0.7)
    add_suggestions([battle, place])
    assert [f.text for f in battle.forms if f.lang == "ko"] == ["오키나와 전투"]
