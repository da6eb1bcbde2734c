"""Finding termbase terms in text (glossary.match): boundaries, Korean particles,
normalisation (full-width, half-width katakana, NFD Hangul), spans in the original text,
longest match, the automaton cache."""
from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary import Glossary
from glossary.match import KOREAN_ENDING_RUN, Matcher, matcher_for, normalize
from glossary.text.normalize import key

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


def found(g: Glossary, text: str, lang: str | None = None) -> list[tuple[str, str]]:
    matches = g.find_terms(text, lang=lang)
    for m in matches:
        assert text[m.start:m.end] == m.text, "spans point into the original text"
    return [(m.text, m.entry_id) for m in matches]


# (text, expected [(text as written, entry id)], why)
CASES = [
    # English: word boundaries, longest match
    ("Prime Minister Ishiba Shigeru met President Yoon Suk Yeol.",
     [("Ishiba Shigeru", "ishiba-shigeru"), ("Yoon Suk Yeol", "yoon-suk-yeol")],
     "the full name wins over the alias 'Ishiba' and 'Yoon' that it starts with"),
    ("The US said so.", [("US", "united-states")], "an abbreviation as a word"),
    ("USE of force; the USSR; abuse", [], "US is not found inside USE, USSR or abuse"),
    ("Kimchi diplomacy", [], "Kim is not found inside Kimchi"),
    ("Kim Jong‐un and Kim", [("Kim Jong‐un", "kim-jong-un")],
     "U+2010 hyphen matches the ASCII hyphen of the term; the text is reported as written (the alias "
     "'Kim' is a suggestion: not a term of the termbase until approved)"),
    ("improving Japan–ROK relations", [("Japan–ROK relations", "japan-rok-relations")],
     "an en dash, and the longest term wins over 'Japan' and 'ROK'"),
    ("Japan's G7 partners, not G70", [("Japan", "japan"), ("G7", "g7")],
     "an apostrophe ends a word; G7 is not found in G70"),
    ("(GSOMIA)", [("GSOMIA", "gsomia")], "punctuation is a boundary"),
    # Japanese: no spaces, no boundaries
    ("石破茂首相は尹錫悦大統領と会談し、日韓関係の改善を確認した。",
     [("石破茂", "ishiba-shigeru"), ("尹錫悦", "yoon-suk-yeol"), ("日韓関係", "japan-rok-relations")],
     "terms glued to particles and other words"),
    ("石破首相と岸田前首相", [("石破", "ishiba-shigeru"), ("岸田", "kishida-fumio")], "aliases"),
    ("２０２４年のＧ７サミット", [("Ｇ７", "g7")], "full-width letters and digits (NFKC)"),
    ("ｱﾒﾘｶとの関係", [("ｱﾒﾘｶ", "united-states")], "half-width katakana"),
    ("ｷｬﾝﾌﾟ･ﾃﾞｰﾋﾞｯﾄﾞ首脳会談で", [("ｷｬﾝﾌﾟ･ﾃﾞｰﾋﾞｯﾄﾞ首脳会談", "camp-david-summit")],
     "half-width voiced marks compose (ﾃﾞ -> デ), half-width middle dot = ・"),
    # Korean: a boundary before, particles after
    ("이시바는 윤석열의 한일관계를 중시한다",
     [("이시바", "ishiba-shigeru"), ("윤석열", "yoon-suk-yeol"), ("한일관계", "japan-rok-relations")],
     "topic, genitive and object particles"),
    ("이시바 시게루 총리는", [("이시바 시게루", "ishiba-shigeru")], "the full name with its space"),
    ("미국과의 관계, 한국에서는", [("미국", "united-states"), ("한국", "republic-of-korea")],
     "two particles in a row: 과+의, 에서+는"),
    ("한국어 교육과 대한국인", [], "한국어 (the Korean language) and 대한국인 are other words"),
    ("대한민국이다", [("대한민국", "republic-of-korea")], "the copula"),
    ("지소미아가 복원되었다", [("지소미아", "gsomia")], "subject particle 가"),
]


@pytest.mark.parametrize("text, expected, why", CASES, ids=[c[2][:40] for c in CASES])
def test_find_terms(g, text, expected, why):
    assert found(g, text) == expected, why


def test_nfd_hangul_matches_and_spans_cover_the_decomposed_text(g):
    text = NFD("윤석열 대통령은 이시바와 만났다")
    assert len(text) > 14  # really decomposed
    matches = g.find_terms(text)
    assert [(m.entry_id, unicodedata.normalize("NFC", m.text)) for m in matches] == [
        ("yoon-suk-yeol", "윤석열"), ("ishiba-shigeru", "이시바")]
    assert text[matches[0].start:matches[0].end] == NFD("윤석열")
    assert matches[1].start == text.index(NFD("이시바"))


def test_lang_restricts_the_terms_and_reports_the_term(g):
    [m] = g.find_terms("ASEANで協力", lang="ja")
    assert (m.entry_id, m.lang, m.term.text) == ("asean", "ja", "ASEAN")
    assert [m.lang for m in g.find_terms("ASEAN", lang="en")] == ["en"]
    assert g.find_terms("ASEAN", lang="ko") == []


def test_term_match_json(g):
    [m] = g.find_terms("윤석렬의 발언")
    assert m.to_dict() == {"start": 0, "end": 3, "text": "윤석렬", "entry_id": "yoon-suk-yeol", "term": "윤석렬",
                           "lang": "ko", "role": "deprecated", "status": "approved", "suggestion": False,
                           "also": []}


# -- Korean endings: table of (run after the term, allowed?, why) ----------------------
ENDINGS = [
    ("는", True, "topic particle"), ("의", True, "genitive"), ("를", True, "object"),
    ("에서는", True, "에서 + 는"), ("과의", True, "과 + 의"), ("이다", True, "copula"),
    ("에게도", True, "에게 + 도"), ("들의", True, "plural + genitive"),
    ("관계를", False, "a noun glued on: another word"), ("어", False, "한국어: the Korean language"),
    ("적", False, "한국적: the suffix -적 makes another word"),
    ("는는는는", False, "at most three endings"),
]


@pytest.mark.parametrize("run, allowed, why", ENDINGS, ids=[e[0] for e in ENDINGS])
def test_korean_ending_rule(run, allowed, why):
    assert (KOREAN_ENDING_RUN.fullmatch(run) is not None) is allowed, why


# -- normalisation with a map back --------------------------------------------------
TRICKY = st.sampled_from(list("aAzZ ß\u0130ﬁ①Ｇ７ｶﾞﾟ･・–—\u3000\n\t  \u200b가나ᄋ\u1173ᆫ\u0301\u0304oō日本語韓国한국,.'\"“”")
                       # the invisible characters key() drops (issue 10): soft hyphen, RLM, RLO,
                       # CGJ, word joiner, a variation selector, a tag, an ideographic variant
                       + ["\u00ad", "\u200f", "\u202e", "\u034f", "\u2060", "\ufe00", "\U000e0041",
                          "\U000e0100", "\u200d", "\U0001f468"])


@settings(max_examples=300, deadline=None)
@given(st.lists(TRICKY, max_size=30).map("".join))
def test_normalize_agrees_with_key_and_maps_back(text):
    # (not covered: an invisible character between a letter and its combining accent)
    n = normalize(text)
    assert n.text.strip(" ") == key(text)
    for i in range(len(n.text)):
        a, b = n.orig_start(i), n.orig_end(i + 1)
        assert 0 <= a < b <= len(text)
        if i:
            assert n.orig_start(i - 1) <= a


@settings(max_examples=200, deadline=None)
@given(st.lists(TRICKY, min_size=1, max_size=12).map("".join), st.lists(TRICKY, max_size=12).map("".join),
       st.lists(TRICKY, max_size=12).map("".join))
# a zero-width space between a letter and its combining mark: key() drops it, then composes
@example(term="a\u200b\u0301", before="", after="")
@example(term="\u1100\u200b\u1161", before="", after="")
def test_a_term_is_found_in_any_context_that_keeps_its_boundaries(term, before, after):
    k = key(term)
    if not k:
        return
    m = Matcher([(k, "xx", "e", 0)])
    text = before + " " + term + " " + after
    hits = m.find_all(text)
    # the term itself, with spaces around it, is always found (possibly among others)
    assert any(h.key == k and key(h.text) == k for h in hits)


# (text, the term, the span found, why): spans are in the original text, invisible
# characters inside a name included
INVISIBLE_SPANS = [
    ("Mr To\u00adkyo said", "tokyo", "To\u00adkyo", "a soft hyphen a word processor left"),
    ("윤석\u00ad열 대통령", "윤석열", "윤석\u00ad열", "a soft hyphen inside Hangul"),
    ("at Tokyo\u200f.", "tokyo", "Tokyo", "a trailing RLM is not part of the span"),
    ("東\ufe00京で", "東京", "東\ufe00京", "a variation selector inside the name"),
    ("in T\u2060o\u034fkyo", "tokyo", "T\u2060o\u034fkyo", "word joiner and CGJ"),
]


@pytest.mark.parametrize("text, term, found, why", INVISIBLE_SPANS, ids=[r[3] for r in INVISIBLE_SPANS])
def test_invisible_characters_do_not_hide_a_term_and_spans_stay_right(text, term, found, why):
    hits = Matcher([(key(term), "xx", "e", 0)]).find(text)
    assert [h.text for h in hits] == [found], why
    assert text[hits[0].start:hits[0].end] == found


def test_an_emoji_zwj_sequence_is_not_split():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    woman = "\U0001f469"
    m = Matcher([(key(woman), "xx", "w", 0), (key(family), "xx", "f", 0)])
    assert [(h.text, h.key) for h in m.find_all(f"the {family} and a {woman}")] == [
        (family, key(family)), (woman, key(woman))]


def test_the_matcher_skips_over_long_keys_but_not_a_term_at_the_cap():
    from glossary.text.normalize import MAX_KEY_CHARS, MAX_TERM_CHARS

    # a term at the length cap whose key NFKC makes longer ("㈱" -> "(株)") is matched;
    # a key longer than any term can make (stored by other means) is left out, so the
    # automaton stays bounded (pyahocorasick crashed on a million-character key)
    at_cap = "株" + "㈱" * (MAX_TERM_CHARS - 1)
    huge = "x" * (MAX_KEY_CHARS + 1)
    m = Matcher([(key(at_cap), "ja", "cap", 0), (key(huge), "en", "huge", 0), ("tokyo", "en", "t", 0)])
    assert len(key(at_cap)) > MAX_TERM_CHARS
    assert [h.text for h in m.find(f"{at_cap}。")] == [at_cap]
    assert [h.text for h in m.find(f"{huge} Tokyo")] == ["Tokyo"]


def test_matches_are_leftmost_longest_and_do_not_overlap():
    m = Matcher([("japan", "en", "j", 0), ("rok", "en", "r", 0), ("japan-rok relations", "en", "jr", 0),
                 ("rok relations", "en", "rr", 0)])
    assert [h.text for h in m.find("Japan-ROK relations")] == ["Japan-ROK relations"]
    assert [h.text for h in m.find("Japan and ROK relations")] == ["Japan", "ROK relations"]
    # find_all: every hit, by start, longest first
    assert [h.text for h in m.find_all("Japan-ROK relations")] == ["Japan-ROK relations", "Japan",
                                                                   "ROK relations", "ROK"]


def test_hangul_compounds_allows_prefix_matches():
    m = Matcher([("한일", "ko", "jk", 0)])
    assert m.find("한일관계를") == []
    assert [h.text for h in m.find_all("한일관계를", hangul_compounds=True)] == ["한일"]
    assert m.find_all("대한일보", hangul_compounds=True) == []  # still a boundary before


def test_empty_matcher_and_text():
    assert Matcher([]).find("anything") == []
    assert Matcher([("x", "en", "x", 0)]).find("") == []


# -- the cached automaton ---------------------------------------------------------------
def test_automaton_is_cached_and_rebuilt_when_the_data_change(g, db_path):
    first = matcher_for(g._store)
    assert matcher_for(g._store) is first
    assert found(g, "Moon Jae-in visited") == []
    e = g.add("Moon Jae-in", category="person")
    assert found(g, "Moon Jae-in visited") == [("Moon Jae-in", e.id)]
    assert matcher_for(g._store) is not first
    # a change made by another process (another connection) is seen too
    with Glossary.open(db_path, actor="other") as other:
        other.set_term(e.id, "ko", "문재인", approve=True)
    assert found(g, "문재인 전 대통령은") == [("문재인", e.id)]


def test_import_glossary_and_match_load_no_automaton_library():
    code = ("import sys, glossary, glossary.match, glossary.check, glossary.cli.qa; "
            "bad = [m for m in ('ahocorasick', 'regex') if m in sys.modules]; print(bad); assert not bad")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_suggestions_are_found_only_when_asked_for_and_say_so(g):
    """Issue 13, item 5: the approved terms by default; suggestions on request, marked."""
    text = "Kim Jong‐un and Kim met in 비엔티안."
    assert [(m.text, m.suggested) for m in g.find_terms(text)] == [("Kim Jong‐un", False)]
    found = g.find_terms(text, include_suggestions=True)
    assert [(m.text, m.entry_id, m.suggested) for m in found] == [
        ("Kim Jong‐un", "kim-jong-un", False), ("Kim", "kim-jong-un", True), ("비엔티안", "vientiane", True)]
    assert [m.to_dict()["suggestion"] for m in found] == [False, True, True]


def test_a_suggestion_does_not_hide_a_shorter_approved_term(glossary):
    """Leftmost-longest over the terms that count: a longer suggested term that covers an
    approved one does not swallow it when suggestions are not asked for."""
    from glossary.model import Category, Entry, Role, Status, Term

    glossary.add_all([
        Entry("korea", Category.PLACE, "", (Term("en", "Korea", Role.PREFERRED, Status.APPROVED),)),
        Entry("korea-times", Category.PUBLICATION, "", (
            Term("en", "Korea Times", Role.PREFERRED, Status.SUGGESTED, "dictionary:outlets", 0.6),))])
    assert [(m.text, m.entry_id) for m in glossary.find_terms("the Korea Times said")] == [("Korea", "korea")]
    assert [(m.text, m.entry_id) for m in glossary.find_terms("the Korea Times said", include_suggestions=True)] == [
        ("Korea Times", "korea-times")]
