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


@needs_dictionary
def test_an_article_that_names_japan_once_is_no_article_about_japan():
    """A two-word name JMnedict splits into a surname and a given name ("Kei Tarumi") in an
    article on Korea that names Japan once gets no Japanese transcription without a cue."""
    cands = analyse(read_document(DATA / "japanese_looking_name_in_an_article_on_korea.txt"))
    assert _ko(cands, "Kei Tarumi") == []
