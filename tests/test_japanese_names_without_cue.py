"""Japanese people named in romanization far from any cue, clan names with "no", and
words with a vowel pair pinyin also has: their Korean transcription."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.names.hangul_for_japanese import korean_for_japanese_romaji, native_japanese_name, romaji_is_japanese
from glossary.align.suggestions import _korean_for_japanese_people
from glossary.align.transcriptions import _western_given_name
from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


def _ko(cands, english):
    cand = next(c for c in cands if c.name == english)
    return [(f.text, f.origin) for f in cand.forms if f.lang == "ko"]


@pytest.fixture(scope="module")
def far():
    return analyse(read_document(DATA / "japanese_person_far_from_any_cue.txt"))


@needs_dictionary
def test_a_name_the_dictionary_knows_word_by_word_needs_no_cue_nearby(far):
    """Daisuke Hamaguchi is named two paragraphs from "Japan": JMnedict gives 浜口 as a
    surname and 大輔 as a given name, read as spelled -- a Japanese name in an article that
    names Japan."""
    assert _ko(far, "Daisuke Hamaguchi") == [("하마구치 다이스케", "transcription")]


@needs_dictionary
def test_two_surnames_are_no_persons_name_without_a_cue(far):
    assert _ko(far, "Okada Tanaka") == []
    assert not native_japanese_name("Okada Tanaka")


@needs_dictionary
def test_a_vowel_pair_pinyin_has_does_not_rule_out_a_japanese_given_name(far):
    """Tetsuo has "uo" as pinyin's guo and duo do; JMnedict spells dozens of Japanese names so."""
    assert romaji_is_japanese("Tetsuo") and romaji_is_japanese("Ieyasu") and romaji_is_japanese("Mitsui")
    assert not romaji_is_japanese("Guo") and not romaji_is_japanese("Jiabao")
    assert _ko(far, "Tetsuo Sakaguchi") == [("사카구치 데쓰오", "transcription")]


@needs_dictionary
@pytest.mark.parametrize("name", ["Tom Ostrin", "Gina Raimondo", "Kim Seok-min", "Goh Yu Mei", "O'Hara Ken", "Ken-ichi Tarumi"])
def test_foreign_and_three_word_names_are_not_native_japanese(name):
    assert not native_japanese_name(name)


def test_the_particle_of_a_clan_name_joins_the_family_name():
    assert korean_for_japanese_romaji("Hirano no Masaki").text == "히라노노 마사키"


@needs_dictionary
def test_the_dictionary_persons_korean_keeps_the_articles_no():
    """JMnedict romanizes 鴨長明 "Kamo Chōmei"; the article writes "Kamo no Chomei", as
    Korean does (가모노 조메이)."""
    cands = analyse(read_document(DATA / "clan_name_with_no.txt"))
    assert _ko(cands, "Kamo no Chomei") == [("가모노 조메이", "dictionary:jmnedict+transcription")]


@needs_dictionary
def test_a_western_given_name_needs_a_surname_after_it():
    assert _western_given_name("Mike Honda").text == "마이크 혼다"
    assert _western_given_name("Kage Toshio") is None       # (Toshio is a given name)


def test_the_fullest_kanji_name_decides_a_guessed_transcription():
    """A note gave the family name 樽木 and a dictionary the whole name 樽木正房: the Korean
    guessed from the romanization is checked against the whole name, not cut to 다루키."""
    cand = Candidate(Category.PERSON, [
        Form("en", "Taruki Masafusa"),
        Form("ja", "樽木", Role.ALIAS, "reading", 0.8),
        Form("ja", "樽木正房", Role.ALIAS, "dictionary:jmnedict", 0.75),
        Form("ko", "다루키 마사후사", Role.ALIAS, "transcription", 0.55, reading="taruki masafusa"),
    ], 0.5)
    _korean_for_japanese_people([cand])
    assert [f.text for f in cand.forms if f.lang == "ko"] == ["다루키 마사후사"]


def test_a_persons_name_owning_something_after_in_is_no_place():
    """`names`: "cited in Lena Korvath's book" -- "in" before a person-shaped name that owns
    what follows is no place cue ("in Valmora City" still is)."""
    from glossary.extract.english import extract_english

    got = {c.forms[0].text: c.category.value
           for c in extract_english(read_document(DATA.parent / "families" / "person_owning_after_in.txt"))}
    assert got["Lena Korvath"] == "person" and got["Valmora City"] == "place"


def test_a_korean_name_whose_kanji_say_no_more_is_spelled_syllable_by_syllable():
    """A note gave only the family name 尹 of "Yun Jae-ho": the kanji cannot be matched to the
    whole name, the Korean spelling of the name answers (윤재호)."""
    from glossary.align.suggestions import _korean_person

    cand = Candidate(Category.PERSON, [Form("en", "Yun Jae-ho"), Form("ja", "尹", Role.ALIAS, "footnote:3", 0.6)], 0.5)
    _korean_person(cand)
    assert [f.text for f in cand.forms if f.lang == "ko"] == ["윤재호"]


@needs_dictionary
def test_a_city_is_the_dictionary_word_glossed_with_its_very_spelling():
    """"Osaka" also matches, long vowels aside, names read Ōsaka and Osaka (大坂, 小坂): the
    JMdict word glossed "Osaka (city, prefecture)", which Japanese writes far more often, is it."""
    cands = analyse(read_document(DATA / "city_glossed_by_its_spelling.txt"))
    ja = {c.name: [f.text for f in c.forms if f.lang == "ja"] for c in cands}
    assert ja["Kobe"] == ["神戸"] and ja["Osaka"] == ["大阪"]


@needs_dictionary
def test_a_companys_one_word_is_the_company_and_its_legal_form_is_left_out():
    """"Hitachi" is JMnedict's company 日立 and also a province (常陸) and surnames: an
    organisation is the company; "Toyota Motor Corp." is the company "Toyota Motor"."""
    cands = analyse(read_document(DATA / "companies_by_one_word_and_legal_form.txt"))
    ja = {c.name: [f.text for f in c.forms if f.lang == "ja"] for c in cands}
    assert ja["Hitachi"] == ["日立"] and ja["Toyota Motor Corp."] == ["トヨタ自動車"]


def test_a_persons_preferred_form_is_the_same_in_every_run():
    """`assemble`: "Kei Tarumi" and "Tarumi Kei" tie; the one written first is preferred,
    whatever the hash seed of the run (a set's order decided it)."""
    import os
    import subprocess
    import sys

    code = ("from glossary.extract.english import extract_english\n"
            "from glossary.documents import read_document\n"
            f"print([c.name for c in extract_english(read_document({str(DATA.parent / 'families' / 'person_named_in_both_orders.txt')!r}))"
            " if c.category.value == 'person'])")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert seen == {"['Kei Tarumi']"}


def test_a_korean_syllable_tie_goes_to_the_spellings_own_romanization_in_every_run():
    """`spelled_korean`: "uk" spells 욱 (its Revised Romanization) and 억 (ㅓ written u), both
    unattested as given-name syllables: 욱, whatever the hash seed (a set's order decided)."""
    import os
    import subprocess
    import sys

    code = ("from glossary.align.names.spelled_korean import spelled_korean_name\n"
            "print(spelled_korean_name('Dong-Uk Kim')[0])")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(4)}
    assert seen == {"김동욱"}


@needs_dictionary
def test_a_firms_legal_form_is_no_part_of_its_named_compound():
    """`named_compounds`: "Toyota Motor Corp." is the name and the head Motor (자동차), its
    legal form aside: 도요타자동차."""
    cands = analyse(read_document(DATA / "companies_by_one_word_and_legal_form.txt"))
    ko = {c.name: [f.text for f in c.forms if f.lang == "ko"] for c in cands}
    assert ko["Toyota Motor Corp."] == ["도요타자동차"]


@needs_dictionary
@pytest.mark.parametrize("category", [Category.INSTITUTION, Category.EVENT])
def test_a_name_that_spells_the_words_reading_is_never_read_in_sino_korean(category):
    """`jmdict_korean`: "Kobe" taken for an organisation is 神戸 (the dictionary word) but
    not 신호 ("signal"), its Sino-Korean reading: the English is the reading, a proper name."""
    from glossary.align.jmdict_source import add_jmdict_forms

    cand = Candidate(category, [Form("en", "Kobe")], 0.5)
    add_jmdict_forms([cand])
    assert not [f.text for f in cand.forms if f.lang == "ko" and f.text == "신호"]


@needs_dictionary
def test_only_an_abbreviated_legal_form_is_left_out_of_the_look_up():
    """"Valmora Corp." is looked up as "Valmora" too; "East Valmora Company" is not "East
    Valmora" (the word Company is often part of a name)."""
    from glossary.align.jmdict_source import _english_forms

    assert _english_forms(Candidate(Category.INSTITUTION, [Form("en", "Valmora Corp.")], 0.5)) == \
        ["Valmora Corp.", "Valmora"]
    assert _english_forms(Candidate(Category.INSTITUTION, [Form("en", "East Valmora Company")], 0.5)) == \
        ["East Valmora Company"]


def test_a_common_noun_surname_of_a_reported_person_keeps_the_person():
    """`names`: "Kwame Young, a trade adviser, said" and "Aoife Bell said" are people though
    Young and Bell are common words no dictionary gives as names; "Valmora Bridge" is none."""
    from glossary.extract.english import extract_english

    got = {c.forms[0].text: c.category.value
           for c in extract_english(read_document(DATA.parent / "families" / "common_noun_surname_reported.txt"))}
    assert got["Kwame Young"] == "person" and got["Aoife Bell"] == "person" and got["Valmora Bridge"] == "other"


@needs_dictionary
def test_an_article_that_names_japan_once_is_no_article_about_japan():
    """A two-word name JMnedict splits into a surname and a given name ("Kei Tarumi") in an
    article on Korea that names Japan once gets no Japanese transcription without a cue."""
    cands = analyse(read_document(DATA / "japanese_looking_name_in_an_article_on_korea.txt"))
    assert _ko(cands, "Kei Tarumi") == []


def test_a_spelling_is_first_its_own_syllables_romanization():
    """`spelled_korean`: "jun" is 준's Revised Romanization and 전's ㅓ written u; the
    syllable it romanizes weighs more (강하준, not 강하전)."""
    from glossary.align.names.spelled_korean import spelled_korean_name

    assert spelled_korean_name("Kang Ha-jun")[0] == "강하준"
