"""Dictionary Japanese for events, policies, works and concepts whose English JMdict glosses
a little differently (align/jmdict_gloss.py), the entry a name is the whole meaning of, and
Korean ordinals in digits (align/jmdict_korean.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align import jmdict_gloss, jmdict_source
from glossary.align.jmdict_korean import _kanji_number, _ordinal_led
from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
pytestmark = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


def _suggest(category: Category, english: str) -> dict[str, Form]:
    cand = Candidate(category, [Form("en", english)], 0.9)
    jmdict_source.add_jmdict_forms([cand])
    return {f.lang: f for f in cand.forms if f.lang != "en"}


def test_the_entry_a_name_is_the_whole_meaning_of_outranks_a_frequent_word_with_it_as_a_later_sense():
    """維新 "reformation, revolution, renewal, Meiji Restoration" is far more frequent than
    明治維新, whose one gloss is "Meiji Restoration": the name is 明治維新."""
    assert _suggest(Category.EVENT, "Meiji Restoration")["ja"].text == "明治維新"


@pytest.mark.parametrize("category, english, ja, gloss", [
    (Category.EVENT, "Mongol invasions", "元寇", "Mongol invasions of Japan"),      # "of Japan" after it
    (Category.EVENT, "World War 2", "第二次世界大戦", "World War II"),               # digits for Roman numerals
    (Category.OTHER, "conscripted workers", "徴用工", "conscripted worker"),        # a common noun's number
])
def test_a_gloss_that_words_the_name_a_little_differently(category, english, ja, gloss):
    forms = _suggest(category, english)
    assert forms["ja"].text == ja
    assert forms["ja"].confidence == jmdict_gloss.LOOSE_CONFIDENCE < jmdict_source.GLOSS_CONFIDENCE["jmdict"]
    assert f"'{gloss}'" in forms["ja"].evidence
    assert "ko" not in forms        # no Sino-Korean reading of a loose match's kanji (元寇 is no 원구)


@pytest.mark.parametrize("category, english, about_japan", [
    (Category.EVENT, "Mongol invasions", False),     # "of Japan" only in an article on Japan
    (Category.INSTITUTION, "Bank", True),            # institutions and places stay strict
    (Category.EVENT, "Mongol invasion", True),       # a capitalised name keeps its number
    (Category.EVENT, "Invasions", True),             # one word: no country added to it
])
def test_loose_guards(category, english, about_japan):
    assert jmdict_gloss.by_loose_gloss(category, [english], about_japan) is None


def test_a_one_word_name_gets_no_country_added():
    """"Sea" is no "Sea of Japan" (日本海), "Invasions" no "Japan's Invasions"."""
    assert jmdict_gloss._loose_variants("Invasions", True) == ()
    assert jmdict_gloss.by_loose_gloss(Category.OTHER, ["Sea"], True) is None


def test_a_place_adjective_inside_a_name_is_tried_as_the_place():
    """The data file reads both ways, and only a word before the head is changed."""
    variants = dict(jmdict_gloss._loose_variants("Greater East Asia War", False))
    assert "Greater East Asian War" in variants
    assert "Korean" not in " ".join(dict(jmdict_gloss._loose_variants("Valmora Korea", False)))


@pytest.mark.parametrize("kanji, number", [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99),
                                           ("百", None), ("二二", None), ("一二十", None), ("十三四", None)])
def test_kanji_numbers(kanji, number):
    assert _kanji_number(kanji) == number


def test_an_ordinal_is_written_in_digits_in_korean():
    assert _ordinal_led("第一次世界大戦")[0] == "제1차 세계대전"
    assert _ordinal_led("第三回会議")[0] == "제3회 회의"
    assert _ordinal_led("世界大戦") is None


def test_an_article_on_japan_gets_the_loose_gloss_and_the_korean_ordinal():
    cands = analyse(read_document(DATA / "dictionary_loose_glosses.txt"))
    forms = {f.text: {g.lang: g.text for g in c.forms if g.lang != "en"}
             for c in cands for f in c.forms if f.lang == "en"}
    assert forms["Mongol invasions"] == {"ja": "元寇"}
    assert forms["Second World War"] == {"ja": "第二次世界大戦", "ko": "제2차 세계대전"}


@pytest.mark.parametrize("word, other", [("2", "II"), ("II", "2"), ("19", "XIX"), ("IV", "4"), ("21", None),
                                         ("Valmora", None)])
def test_a_number_at_the_end_in_the_other_numerals(word, other):
    assert jmdict_gloss._other_numerals(word) == other
