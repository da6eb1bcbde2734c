"""Search by reading (text/reading_keys.py) and the order of search results (text/ranking.py), on
their own and through `Glossary.ranked_ids` on a real termbase."""
from __future__ import annotations

import pytest

from glossary import Glossary
from glossary.model import Category, Entry, Occurrence, Role, Status, Term
from glossary.text.ranking import Match, Tier, narrow, rank, term_tier
from glossary.text.reading_keys import reading_key, reading_needles, romaji_to_kana
from tui_sample import sample_termbase


@pytest.mark.parametrize("text, expected, why", [
    ("イシバ しげる", "いしばしげる", "katakana folds to hiragana; spaces go"),
    ("ｲｼﾊﾞ", "いしば", "half-width katakana (NFKC first)"),
    ("Takaichi Sanae", "takaichisanae", "a romanized reading, case-folded"),
    ("한국", "한국", "a Hangul reading stays Hangul"),
    ("きし・ふみお", "きしふみお", "a middle dot between names goes"),
])
def test_reading_key(text, expected, why):
    assert reading_key(text) == expected, why


@pytest.mark.parametrize("romaji, kana, why", [
    ("Ishiba", "いしば", "Hepburn"),
    ("ishiba shigeru", "いしばしげる", "two words"),
    ("Kōno Tarō", "こうのたろう", "macrons are long vowels"),
    ("Shimbun", "しんぶん", "m before a labial is the moraic n"),
    ("Nippon", "にっぽん", "a doubled consonant is the small tsu"),
    ("matcha", "まっちゃ", "tch is the small tsu before ch"),
    ("sisi", "しし", "kunrei-shiki si"),
    ("ren'ai", "れんあい", "an apostrophe after n"),
    ("hello", None, "l is no Japanese syllable"),
    ("GSOMIA", None, "an acronym is not romaji"),
    ("石破", None, "no Latin letters"),
])
def test_romaji_to_kana(romaji, kana, why):
    assert romaji_to_kana(romaji) == kana, why


def test_reading_needles_of_a_latin_query_include_its_kana():
    assert reading_needles("ishiba") == ("ishiba", "いしば")
    assert reading_needles("イシバ") == ("いしば",)
    assert reading_needles("  ") == ()


@pytest.mark.parametrize("query, key, reading, tier, why", [
    ("yoon suk yeol", "yoon suk yeol", "", Tier.EXACT, "the whole term"),
    ("yoon suk yeol", "yoon suk yeol administration", "", Tier.WORDS, "whole words of a longer term"),
    ("ishiba", "ishiba-shigeru", "", Tier.WORDS, "a hyphen ends a word"),
    ("국회", "일본 국회", "", Tier.WORDS, "a space ends a CJK word"),
    ("ishi", "ishiba shigeru", "", Tier.PREFIX, "the start of a term"),
    ("石破", "石破茂", "", Tier.PREFIX, "CJK has no word ends inside: a prefix"),
    ("shib", "ishiba", "", Tier.SUBSTRING, "inside a word"),
    ("いしば", "石破茂", "いしばしげる", Tier.SUBSTRING, "by the stored reading"),
    ("xyz", "石破茂", "いしばしげる", None, "no match"),
])
def test_term_tier(query, key, reading, tier, why):
    assert term_tier(query, key, reading, reading_needles(query)) == tier, why


def test_rank_orders_by_tier_then_usage_then_role_then_id():
    rows = [
        Match("words-preferred", "yoon suk yeol administration", "", "preferred", "approved"),
        Match("exact", "yoon suk yeol", "", "preferred", "suggested"),
        Match("prefix", "yoon suk yeolism", "", "preferred", "approved"),
        Match("words-alias", "yoon suk yeol's", "", "alias", "approved"),
        Match("rejected", "yoon suk yeol", "", "preferred", "rejected"),
    ]
    # "yoon suk yeol's" is whole words ("'" is no letter), "yoon suk yeolism" a prefix
    order = ["exact", "words-preferred", "words-alias", "prefix", "rejected"]
    assert rank("yoon suk yeol", rows) == order
    assert rank("yoon suk yeol", rows, usage={"prefix": 9}) == order          # usage never lifts a tier
    assert rank("yoon suk yeol", rows, usage={"words-alias": 1})[1] == "words-alias"  # but breaks ties
    same = [Match("a", "tokyo", "", "alias", "approved"), Match("b", "tokyo", "", "preferred", "approved")]
    assert rank("tokyo", same) == ["b", "a"]                       # the preferred form first
    assert rank("tokyo", same, usage={"a": 2}) == ["a", "b"]      # usage before role


@pytest.fixture
def glossary(tmp_path):
    with Glossary.open(sample_termbase(str(tmp_path / "tb.db"))) as g:
        yield g


@pytest.mark.parametrize("query", ["いしば", "イシバ", "ishiba shigeru", "いしばしげる"])
def test_ranked_ids_find_a_stored_kana_reading(glossary, query):
    assert glossary.ranked_ids(query)[0] == "ishiba-shigeru"


def test_ranked_ids_put_the_exact_name_before_a_longer_one(glossary):
    glossary.add_entry(Entry("yoon-administration", Category.OTHER, "", (
        Term("en", "Yoon Suk Yeol administration", Role.PREFERRED, Status.APPROVED),), (
        Occurrence("a.txt", 1, 1, "x"), Occurrence("a.txt", 2, 1, "y"))))
    assert glossary.ranked_ids("Yoon Suk Yeol")[:2] == ["yoon-suk-yeol", "yoon-administration"]
    # the store's plain search (id order) would have put the longer one first
    assert glossary.ids(search="Yoon Suk Yeol") == ["yoon-administration", "yoon-suk-yeol"]


def test_ranked_ids_respect_the_other_filters(glossary):
    assert glossary.ranked_ids("i", missing="ja") == sorted(
        glossary.ranked_ids("i", missing="ja"), key=glossary.ranked_ids("i").index)
    assert set(glossary.ranked_ids("i", missing="ja")) == set(glossary.ids(search="i", missing="ja"))
    assert glossary.ranked_ids("", category="person") == glossary.ids(category="person")


def test_narrow_picks_the_matches_of_a_longer_query_or_refuses():
    rows = [Match("a", "ishiba shigeru", "", "preferred", "approved"),
            Match("b", "石破茂", "いしばしげる", "preferred", "suggested"),
            Match("c", "kishida", "", "preferred", "approved")]
    before = ("ishi", reading_needles("ishi"))
    now = ("ishib", reading_needles("ishib"))
    assert [m.entry_id for m in narrow(rows, before, now)] == ["a"]
    # "ishiba" reads as いしば, which "ishib" had no needle for: scan again
    assert narrow(rows, now, ("ishiba", reading_needles("ishiba"))) is None
    assert narrow(rows, ("ishiba", reading_needles("ishiba")), ("ishi", reading_needles("ishi"))) is None


def test_ranked_ids_equal_narrowed_ranking_while_typing(glossary):
    last = None
    for typed in ("i", "is", "ish", "ishi", "ishib", "ishiba"):
        rows = glossary.search_matches(typed)
        now = (typed, reading_needles(typed))
        if last is not None:
            narrowed = narrow(last[1], last[0], now)
            if narrowed is not None:
                assert sorted(narrowed) == sorted(rows), typed
        last = (now, rows)
        assert glossary.rank_matches(typed, rows) == glossary.ranked_ids(typed)
