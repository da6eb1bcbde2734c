"""Alignment: footnote citations, keyword evidence, names across scripts, suggestions.

The name and bridge helpers (align/names.py, align/bridge.py) are tested on their own;
here the aligner runs against a small deterministic stand-in (`fake_names`) so that these
tests check the aligner's logic, and once more against the real modules (`real_*` tests).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from glossary.align import align
from glossary.align.citations import Body, citations
from glossary.align.keywords import find_phrases, keyword_match
from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.extract.cjk import extract_cjk
from glossary.model import Category, Role

DATA = Path(__file__).parent / "data" / "align"
PLAIN = DATA / "plain_maritime.txt"
MARKDOWN = DATA / "markdown_finance.md"


# --- a deterministic stand-in for align/names.py ------------------------------------------------

@dataclass
class _Match:
    score: float
    evidence: str
    reading: str = ""


@dataclass
class _Sug:
    text: str
    confidence: float
    evidence: str
    reading: str = ""


# a few names with their forms: kanji, reading, Hangul, romanized
_PEOPLE = [
    ("河野太郎", "こうの たろう", "고노 다로", "Kono Taro"),
    ("山田花子", "やまだ はなこ", "야마다 하나코", "Yamada Hanako"),
    ("菅義偉", "すが よしひで", "스가 요시히데", "Suga Yoshihide"),
]
_KOREANS = {"문재인": ("Moon Jae-in", "ムン・ジェイン"), "이재명": ("Lee Jae-myung", "イ・ジェミョン")}


def _same(a: str, b: str) -> bool:
    return a.replace("-", "").casefold() == b.replace("-", "").casefold()


def _fake_match_name(cjk: str, english: str, japanese: bool = True):
    for ja, reading, ko, roman in _PEOPLE:
        family = roman.split()[0]
        if cjk == ja and (_same(english, roman) or _same(english, family)):
            return _Match(0.95 if _same(english, roman) else 0.85, f"reading {reading}", reading)
    if cjk in _KOREANS and _same(english, _KOREANS[cjk][0]):
        return _Match(0.9, "conventional spelling", "")
    return None


def _fake_romaji(english: str):
    for _, reading, ko, roman in _PEOPLE:
        if _same(english, roman):
            return _Sug(ko, 0.6, f"reading {reading}", reading)
        if _same(english, roman.split()[0]):
            return _Sug(ko.split()[0], 0.6, f"reading {reading.split()[0]}", reading.split()[0])
    return None


def _fake_ja_name(ja: str, english=None):
    for j, reading, ko, _ in _PEOPLE:
        if ja == j:
            return _Sug(ko, 0.65, f"reading {reading}", reading)
    return None


def _fake_korean_name(english: str, hangul=None):
    if hangul in _KOREANS:
        return _Sug(_KOREANS[hangul][1], 0.6, f"katakana for {hangul}")
    return None


def _fake_reading(ja: str, *, name: bool = True):
    for j, reading, _, _ in _PEOPLE:
        if ja == j:
            return reading
    return ""


#: the helpers of names/ and bridge.py the aligner calls, and their stand-ins
FAKES = {
    "match_name": _fake_match_name,
    "korean_for_japanese_romaji": _fake_romaji,
    "korean_for_japanese_name": _fake_ja_name,
    "japanese_for_korean_name": _fake_korean_name,
    "japanese_reading": _fake_reading,
    "japanese_given_name_first": lambda english: 0.0,       # no order is clear
    "romaji_is_japanese": lambda word: False,
    "korean_for_japanese_term": lambda ja: _Sug({"財務省": "재무성", "民主党": "민주당"}[ja], 0.7,
                                                "Sino-Korean readings") if ja in ("財務省", "民主党") else None,
}


def patch_helper(monkeypatch, name: str, fn) -> None:
    """Make the aligner's modules call `fn` for the names/ or bridge.py helper `name`."""
    from glossary.align import bridge, names

    original = getattr(bridge if name == "korean_for_japanese_term" else names, name)
    replaced = (original, FAKES.get(name))
    patched = 0
    for modname, mod in list(sys.modules.items()):
        if modname.startswith("glossary.align") and not modname.startswith(("glossary.align.names",
                                                                           "glossary.align.bridge")):
            if any(getattr(mod, name, None) is f for f in replaced):
                monkeypatch.setattr(mod, name, fn)
                patched += 1
    assert patched, f"no module of the aligner calls {name}"


@pytest.fixture
def fake_names(monkeypatch):
    """The aligner's modules call the stand-ins instead of names/ and bridge.py (which keep
    their own functions); memoised results are forgotten before and after."""
    from glossary.align import clear_caches

    for name, fake in FAKES.items():
        patch_helper(monkeypatch, name, fake)
    clear_caches()
    yield
    clear_caches()


def cand(category: Category, *forms: str) -> Candidate:
    fs = [Form("en", forms[0])] + [Form("en", f, role=Role.ALIAS) for f in forms[1:]]
    return Candidate(category, fs, 0.9)


def forms_of(cands, name, lang):
    for c in cands:
        if any(f.lang == "en" and f.text == name for f in c.forms):
            return {f.text: f for f in c.forms if f.lang == lang}
    raise AssertionError(f"no candidate {name}")


PLAIN_CANDS = [
    (Category.EVENT, "Japan-China maritime dialogue"),
    (Category.PERSON, "Kono Taro", "Foreign Minister Kono Taro"),
    (Category.INSTITUTION, "Supreme Court"),
    (Category.PERSON, "Moon Jae-in", "President Moon Jae-in"),
    (Category.PERSON, "Suga", "Prime Minister Suga"),
    (Category.PLACE, "Tokyo"),
    (Category.PLACE, "London"),
]

MD_CANDS = [
    (Category.EVENT, "Korea-US summit"),
    (Category.EVENT, "Japan-South Korea finance dialogue"),
    (Category.PERSON, "Lee Jae-myung"),
]


def run(path, rows):
    doc = read_document(str(path))
    cands = [cand(c, *f) for c, *f in rows]
    return align(doc, cands, extract_cjk(doc))


# --- the aligner on the fixture articles -----------------------------------------------------

ALIGN_CASES = [
    pytest.param(PLAIN, PLAIN_CANDS, "Kono Taro", "ja", "河野太郎", "footnote:2", id="kanji-author-in-note-to-english-name"),
    pytest.param(PLAIN, PLAIN_CANDS, "Moon Jae-in", "ko", "문재인", "footnote:4", id="hangul-name-in-korean-title"),
    pytest.param(PLAIN, PLAIN_CANDS, "Supreme Court", "ko", "대법원", "footnote:3", id="korean-supreme-court"),
    pytest.param(PLAIN, PLAIN_CANDS, "Japan-China maritime dialogue", "ja", "日中海洋対話", "footnote:1",
                 id="japanese-dialogue-title"),
    pytest.param(PLAIN, PLAIN_CANDS, "Suga", "ko", "스가", "footnote:4", id="hangul-transcription-of-japanese-name"),
    pytest.param(MARKDOWN, MD_CANDS, "Korea-US summit", "ko", "한미 정상회담", "footnote:1", id="md-korean-summit"),
    pytest.param(MARKDOWN, MD_CANDS, "Japan-South Korea finance dialogue", "ja", "日韓財務対話", "footnote:2",
                 id="md-japanese-finance-dialogue"),
    pytest.param(MARKDOWN, MD_CANDS, "Lee Jae-myung", "ko", "이재명", "footnote:3", id="md-hangul-name"),
]


@pytest.mark.parametrize("path,rows,name,lang,text,origin", ALIGN_CASES)
def test_alignment(fake_names, path, rows, name, lang, text, origin):
    out = run(path, rows)
    forms = forms_of(out, name, lang)
    assert text in forms, forms
    f = forms[text]
    assert f.origin == origin
    assert 0 < f.confidence <= 1 and f.evidence


def test_weak_evidence_gives_no_pair(fake_names):
    out = run(PLAIN, PLAIN_CANDS)
    # “東京の天気” (the weather in Tokyo) is cited, but 東京 is not in the keyword table and
    # 天気 translates nothing: Tokyo takes 東京 by its reading only (transliteration evidence,
    # which the stand-in module used to switch off by accident), never the title's words
    tokyo = forms_of(out, "Tokyo", "ja")
    assert set(tokyo) <= {"東京"} and all(" by reading " in f.evidence for f in tokyo.values()), tokyo
    assert forms_of(out, "London", "ja") == {} and forms_of(out, "London", "ko") == {}
    # the summit's 회담 is not a person, and no person took 대통령 or 총리
    for c in out:
        if c.category is Category.PERSON:
            assert not {"대통령", "총리", "회담"} & {f.text for f in c.forms}


def test_title_candidates(fake_names):
    out = run(PLAIN, PLAIN_CANDS)
    titles = [c for c in out if c.category is Category.TITLE]
    texts = {f.text: (f.lang, f.origin) for c in titles for f in c.forms}
    assert texts["第3回日中海洋対話の開催"] == ("ja", "footnote:1")
    assert texts["대법원 어업권 판결 관련 정부 입장"] == ("ko", "footnote:3")
    (t1,) = [c for c in titles if c.forms[0].text == "第3回日中海洋対話の開催"]
    assert "Japan-China maritime dialogue" in t1.note  # the citing clause
    assert all(not any(f.lang == "en" for f in c.forms) for c in titles)


def test_unaligned_co_author_becomes_a_person(fake_names):
    out = run(PLAIN, PLAIN_CANDS)
    (c,) = [c for c in out if any(f.text == "山田花子" for f in c.forms)]
    assert c.category is Category.PERSON
    en = [f for f in c.forms if f.lang == "en"]
    assert en and en[0].origin == "romanization" and en[0].text == "Yamada Hanako"
    ko = [f for f in c.forms if f.lang == "ko"]
    assert ko and ko[0].text == "야마다 하나코" and ko[0].origin == "transcription"


def test_suggestions_have_evidence_and_lower_confidence(fake_names):
    out = run(PLAIN, PLAIN_CANDS)
    ko = forms_of(out, "Kono Taro", "ko")
    assert ko["고노 다로"].origin == "transcription"
    assert "河野太郎" in ko["고노 다로"].evidence and "こうの たろう" in ko["고노 다로"].evidence
    assert ko["고노 다로"].confidence < 0.9
    ja = forms_of(out, "Moon Jae-in", "ja")
    # a Korean of note is written in the kanji of his name (JMnedict, read 문재인 in Korean
    # and ムンジェイン in Japanese), not in katakana
    assert set(ja) == {"文在寅"} and ja["文在寅"].origin == "dictionary:jmnedict"
    assert "문재인" in ja["文在寅"].evidence and ja["文在寅"].confidence < 0.9


def test_no_hangul_guess_for_a_president(fake_names, monkeypatch):
    # a romanized name introduced as "President" is not taken for Japanese
    doc = read_document(str(PLAIN))
    out = align(doc, [cand(Category.PERSON, "Moon Jae-in", "President Moon Jae-in")], [])
    assert forms_of(out, "Moon Jae-in", "ko") == {}


def test_one_preferred_form_per_language(fake_names):
    out = run(PLAIN, PLAIN_CANDS)
    for c in out:
        for lang in {f.lang for f in c.forms}:
            assert sum(f.role is Role.PREFERRED for f in c.forms if f.lang == lang) == 1, c


def test_input_candidates_untouched(fake_names):
    doc = read_document(str(PLAIN))
    cands = [cand(c, *f) for c, *f in PLAIN_CANDS]
    before = [list(c.forms) for c in cands]
    align(doc, cands, extract_cjk(doc))
    assert [list(c.forms) for c in cands] == before


def _failing_match_name(cjk: str, english: str, japanese: bool = True):
    if cjk == "河野太郎":
        raise RuntimeError("a bug in the name matcher")
    return _fake_match_name(cjk, english)


def test_an_internal_error_is_reported_and_the_rest_aligned(fake_names, monkeypatch):
    patch_helper(monkeypatch, "match_name", _failing_match_name)
    problems: list[str] = []
    doc = read_document(str(PLAIN))
    out = align(doc, [cand(c, *f) for c, *f in PLAIN_CANDS], extract_cjk(doc), on_error=problems.append)
    assert "대법원" in forms_of(out, "Supreme Court", "ko")           # the other terms are aligned
    assert "河野太郎" not in forms_of(out, "Kono Taro", "ja")
    assert len(problems) == 1 and "河野太郎" in problems[0] and "RuntimeError: a bug in the name matcher" in problems[0]
    assert "\n" not in problems[0]


def test_a_bug_hitting_every_term_is_reported_in_a_few_lines(fake_names, monkeypatch):
    def broken(cjk, english):
        raise ValueError("always")

    patch_helper(monkeypatch, "match_name", broken)
    patch_helper(monkeypatch, "korean_for_japanese_term", broken)
    problems: list[str] = []
    doc = read_document(str(SEED))
    from glossary.extract.english import extract_english

    out = align(doc, extract_english(doc), extract_cjk(doc), on_error=problems.append)
    assert out and len(problems) == 11 and problems[-1].endswith("more parts skipped after internal errors")


def test_an_internal_error_without_a_report_is_a_warning(fake_names, monkeypatch):
    from glossary.align import AlignmentWarning

    patch_helper(monkeypatch, "match_name", _failing_match_name)
    doc = read_document(str(PLAIN))
    with pytest.warns(AlignmentWarning, match="河野太郎"):
        align(doc, [cand(c, *f) for c, *f in PLAIN_CANDS], extract_cjk(doc))
    monkeypatch.setenv("GLOSSARY_DEBUG", "1")       # developers see the traceback
    with pytest.raises(RuntimeError, match="a bug in the name matcher"):
        align(doc, [cand(c, *f) for c, *f in PLAIN_CANDS], extract_cjk(doc))


SEED = Path(__file__).parents[1] / "seeds" / "000_409e99854556560e.txt"


def test_align_never_changes_its_input():
    """The candidates handed to align() stay as they were (forms, their fields, mentions),
    and changing what align() returns leaves them alone."""
    import copy

    from glossary.extract.english import extract_english

    doc = read_document(str(SEED))
    cands = extract_english(doc)
    before = copy.deepcopy(cands)
    out = align(doc, cands, extract_cjk(doc))
    assert cands == before
    assert len(out) > len(cands) and any(len(o.forms) > len(i.forms) for o, i in zip(out, cands))
    for c in out:                   # what align() returns is its own
        c.forms.append(Form("en", "x"))
        c.mentions.clear()
        for f in c.forms:
            f.confidence, f.evidence, f.role = 0.0, "changed", Role.DEPRECATED
    assert cands == before


def test_bridge_for_an_institution(fake_names):
    out = run(MARKDOWN, MD_CANDS + [(Category.INSTITUTION, "Ministry of Finance")])
    # 財務省 stands before the title as the author and translates "Ministry of Finance" by the
    # keyword table (財務 + the head 省); the Korean form is only ever a bridge suggestion,
    # never a form read from the text
    ko = forms_of(out, "Ministry of Finance", "ko")
    assert all(not f.origin.startswith("footnote:") for f in ko.values())


# --- keyword evidence ------------------------------------------------------------------------

KEYWORD_CASES = [
    pytest.param("日韓安全保障対話", "Japan-South Korea security dialogue", (), True, id="full-dialogue"),
    pytest.param("日韓次官戦略対話", "vice-ministerial strategic dialogue", (), True, id="country-pair-forgiven"),
    pytest.param("自民党総裁選挙", "LDP leadership election", (), True, id="party-election"),
    pytest.param("자민당", "Liberal Democratic Party", (), True, id="ko-party"),
    pytest.param("대법원", "Supreme Court", (), True, id="supreme-court"),
    pytest.param("강제징용", "forced labor issue", (), True, id="light-head-issue"),
    pytest.param("한·일관계", "Japan-ROK relations", (), True, id="middle-dot-pair"),
    pytest.param("経済安保協議", "Japan-South Korea Economic Security Dialogue", ("日韓安保トップが初の",), True,
                 id="country-named-elsewhere-in-title"),
    pytest.param("日韓", "Japan-South Korea relations", (), False, id="country-only-partial"),
    pytest.param("日韓安全保障対話", "Japan-South Korea relations", (), False, id="shared-country-only"),
    pytest.param("東京", "Tokyo", (), False, id="not-in-table"),
    pytest.param("경제", "Japan-South Korea Economic Security Dialogue", (), False, id="one-word-of-many"),
    pytest.param("毎日", "Japan", (), False, id="single-char-key-inside-word"),
]


# General words of policy titles and issuing bodies (vocab rows: secretariat, concept,
# realization, world heritage, list, nationalization, memorial ceremony, ...): new strings
KEYWORD_CASES_POLICY_WORDS = [
    pytest.param("内閣官房", "Cabinet Secretariat", (), True, id="cabinet-secretariat"),
    pytest.param("新しい地方経済構想", "New Regional Economy Concept", (), True, id="new-adjective-concept"),
    pytest.param("防災立国実現会議", "Council for Realization of a Disaster-Resilient Nation", (), False,
                 id="realization-partial-terms-missing"),
    pytest.param("資本主義実現会議", "Capitalism Realization Council", (), True, id="realization-council"),
    pytest.param("海上保安体制強化", "maritime security strengthening", (), True, id="maritime-security-partial-ok"),
    pytest.param("海洋安全保障関係閣僚会議", "Ministerial Council on Maritime Security", (), True,
                 id="ministerial-council"),
    pytest.param("世界遺産暫定一覧表", "World Heritage List", (), True, id="heritage-list"),
    pytest.param("鉄道の国有化", "nationalization of railways", (), False, id="nationalization-unknown-object"),
    pytest.param("資産の国有化", "nationalization of assets", (), True, id="nationalization-assets"),
    pytest.param("추도식", "memorial service", (), True, id="ko-memorial-service"),
    pytest.param("동북아시아재단", "Northeast Asia Foundation", (), True, id="ko-northeast-asia-foundation"),
    pytest.param("外務大臣政務官", "parliamentary vice-minister for foreign affairs", (), True, id="ja-vice-minister"),
    pytest.param("炭鉱事故", "coal mine accident", (), False, id="coal-mine-accident-not-in-table"),
    pytest.param("グランドデザイン", "grand design", (), True, id="grand-design"),
    pytest.param("実現", "New Form of Capitalism", (), False, id="one-light-word-of-many"),
]


@pytest.mark.parametrize("cjk,english,ctx,expected", KEYWORD_CASES + KEYWORD_CASES_POLICY_WORDS)
def test_keyword_match(cjk, english, ctx, expected):
    m = keyword_match(cjk, english, ctx)
    assert (m is not None) is expected, m
    if m:
        assert 0.6 <= m.score <= 1.0 and m.explain()


def test_find_phrases_prefers_whole_phrase():
    text = "the government announced a solution for the forced labor issue involving compensation"
    (s, e, _), = find_phrases("강제징용", text)
    assert text[s:e] == "forced labor issue"


# --- citations -------------------------------------------------------------------------------

CLAUSE_CASES = [
    pytest.param(PLAIN, 1, "Japan and China held the Japan-China maritime dialogue in Tokyo in June 2023, "
                           "the first round in four years.", id="plain-first"),
    pytest.param(PLAIN, 4, "President Moon Jae-in then met Prime Minister Suga in London.", id="plain-glued"),
    pytest.param(MARKDOWN, 2, "Seoul and Tokyo also resumed the Japan-South Korea finance dialogue after seven years.",
                 id="markdown-bracket-marker"),
]


@pytest.mark.parametrize("path,n,clause", CLAUSE_CASES)
def test_citing_clause(path, n, clause):
    doc = read_document(str(path))
    cits = citations(doc, Body(doc))
    assert cits[n][0].clause_text == clause


# --- with the real name and bridge modules ----------------------------------------------------

@pytest.mark.parametrize("path,rows,name,lang,text,origin", [
    p for p in ALIGN_CASES if p.id in ("kanji-author-in-note-to-english-name", "hangul-name-in-korean-title",
                                       "korean-supreme-court", "japanese-dialogue-title", "md-hangul-name")])
def test_real_alignment(path, rows, name, lang, text, origin):
    out = run(path, rows)
    assert text in forms_of(out, name, lang)


# --- transliteration evidence: proper nouns read aloud, with a translated head ---------------

from glossary.align.terms import country_compatible  # noqa: E402
from glossary.align.transliteration import transliteration_match  # noqa: E402
from glossary.extract.candidates import CjkTerm  # noqa: E402

TRANSLITERATION_CASES = [
    pytest.param("小沢派", "ja", "Ozawa faction", 0.9, id="family-name-plus-faction-head"),
    pytest.param("石垣島", "ja", "Ishigaki Island", 0.9, id="place-plus-island-head"),
    pytest.param("奄美群島", "ja", "Amami Islands", 0.9, id="two-character-head-islands"),
    pytest.param("부산", "ko", "Pusan", 0.9, id="korean-city-mccune-reischauer"),
    pytest.param("광주", "ko", "Gwangju", 0.9, id="korean-city-revised-romanization"),
    pytest.param("石垣島", "ja", "Miyako Island", None, id="another-island-no-match"),
    pytest.param("国家安全保障戦略", "ja", "National Security Strategy", None, id="translated-not-read"),
]


@pytest.mark.parametrize("cjk,lang,english,score", TRANSLITERATION_CASES)
def test_transliteration_match(cjk, lang, english, score):
    m = transliteration_match(cjk, lang, english)
    assert (m.score if m else None) == score


COUNTRY_CASES = [
    pytest.param("防衛省", "ja", "Ministry of Defense of Japan", True, id="ja-ministry-japanese-english"),
    pytest.param("防衛省", "ja", "Ministry of National Defense of the Republic of Korea", False,
                 id="ja-ministry-never-korean-ministry"),
    pytest.param("국방부", "ko", "Ministry of National Defense of the Republic of Korea", True, id="ko-ministry"),
    pytest.param("국방부", "ko", "Ministry of Defense of Japan", False, id="ko-ministry-never-japanese"),
    pytest.param("防衛省", "ja", "Ministry of Defense", True, id="no-country-in-english"),
    pytest.param("韓国国防部", "ja", "Ministry of National Defense of the Republic of Korea", True,
                 id="cjk-names-its-country"),
]


@pytest.mark.parametrize("cjk,lang,english,ok", COUNTRY_CASES)
def test_institution_country_compatible(cjk, lang, english, ok):
    term = CjkTerm(text=cjk, lang=lang, kind="institution", footnote=1, line=1, col=1, confidence=0.9)
    assert country_compatible(term, english) is ok


# --- round 3: ordinals, +N, sources named only in CJK, one-to-one, quotes, in-body brackets ----

from glossary.align.sources import ministry_name, romanized_source  # noqa: E402
from glossary.align.terms import numbered_keyword_match  # noqa: E402
from _minidoc import build_document  # noqa: E402

# (CJK, English, matches?, why)
ORDINAL_CASES = [
    ("第4回日米首脳会議", "Fourth US-Japan Summit", True, "same number, rest translated"),
    ("제12차 한일 정상회담", "12th Korea-Japan summit", True, "digits with an English suffix"),
    ("第4回日米首脳会議", "Fifth US-Japan Summit", False, "another meeting of the series"),
    ("第4回日米首脳会議", "US-Japan Summit", False, "one meeting is not the series"),
    ("아세안+3", "ASEAN Plus Three", True, "+N written out in English"),
    ("아세안+3", "ASEAN+3", True, "+N as written"),
    ("아세안+3", "ASEAN", False, "the +3 framework is not ASEAN itself"),
]


@pytest.mark.parametrize("cjk,english,ok,why", ORDINAL_CASES)
def test_ordinal_and_plus_n_keyword_match(cjk, english, ok, why):
    assert (numbered_keyword_match(cjk, english) is not None) is ok, why


# (Japanese/Korean source, language, English made for it or None, why)
SOURCE_CASES = [
    ("産経新聞", "ja", "Sankei Shimbun", "newspaper head 新聞 = Shimbun, stem read"),
    ("岩波書店", "ja", "Iwanami Shoten", "publisher head 書店 = Shoten"),
    ("防衛省", "ja", "Ministry of Defense of Japan", "whole-term concept + the country of its language"),
    ("財務省", "ja", "Ministry of Finance of Japan", "field + 省 = ministry"),
    ("국방부", "ko", "Ministry of Defense of the Republic of Korea", "Korean ministry, Korean country phrase"),
]


@pytest.mark.parametrize("text,lang,english,why", SOURCE_CASES)
def test_names_for_sources_named_only_in_cjk(text, lang, english, why):
    made = ministry_name(text, lang) or (romanized_source(text) if lang == "ja" else None)
    assert made is not None and made[0] == english, (why, made)
    assert made[1], "every made name carries its evidence"


def _mini_align(text: str, cands: list[tuple[Category, list[str]]]):
    doc = build_document(text)
    out = [Candidate(category=cat, confidence=0.9,
                     forms=[Form(lang="en", text=f, role=Role.PREFERRED if i == 0 else Role.ALIAS, origin="text",
                                 confidence=0.9) for i, f in enumerate(forms)])
           for cat, forms in cands]
    return align(doc, out, extract_cjk(doc))


def _forms(out, name, lang):
    return {f.text: f for c in out for f in c.forms if f.lang == lang
            and any(g.lang == "en" and g.text == name for g in c.forms)}


def test_in_body_bracket_pairs_english_and_cjk():
    out = _mini_align("The Pacific Islands Forum (태평양도서국포럼) met in Suva. Later the “Blue Pacific” (ブルー・パシフィック) plan followed.\n",
                      [(Category.INSTITUTION, ["Pacific Islands Forum"]), (Category.POLICY, ["Blue Pacific"])])
    ko = _forms(out, "Pacific Islands Forum", "ko")
    assert "태평양도서국포럼" in ko and "bracket" in ko["태평양도서국포럼"].evidence
    assert "ブルー・パシフィック" in _forms(out, "Blue Pacific", "ja")


def test_one_to_one_rule_pairs_the_only_institution():
    text = ("Research by the Busan Coastal Affairs Institute warns of rising costs.1\n\n"
            "1. 해양정책연구소, 「항만 물류 비용 전망」, 2024년.\n")
    out = _mini_align(text, [(Category.INSTITUTION, ["Busan Coastal Affairs Institute"])])
    ko = _forms(out, "Busan Coastal Affairs Institute", "ko")
    assert "해양정책연구소" in ko
    assert "one-to-one" in ko["해양정책연구소"].evidence


def test_one_to_one_rule_never_pairs_the_source_newspaper():
    text = ("The Ocean Council said the plan would cost more.1\n\n"
            "1. 「해양 계획 비용 증가」, 동아일보, 2024년.\n")
    out = _mini_align(text, [(Category.INSTITUTION, ["Ocean Council"])])
    assert "동아일보" not in _forms(out, "Ocean Council", "ko")


def test_quotation_rule_needs_a_shared_concept():
    text = ("Both governments agreed on an “October package” of measures.1 They called it a “glass half full.”2\n\n"
            "1. 「한미 '10월 패키지' 합의」, 2024년.\n2. 「한일 '물 반 컵' 채울 다짐」, 2024년.\n")
    out = _mini_align(text, [])
    assert "10월 패키지" in _forms(out, "October package", "ko")
    assert not _forms(out, "glass half full", "ko")


# --- outlets, bracketed acronyms, transcriptions (table-driven, new example strings) ------------

import pytest as _pytest


@_pytest.mark.parametrize("cjk, english, ok, why", [
    ("トヨタ", "Toyota", True, "katakana company name"),
    ("유네스코", "UNESCO", True, "Hangul transcription of an acronym read as a word"),
    ("블링컨", "Blinken", True, "foreign surname in Hangul"),
    ("아키타마루", "Akita", False, "extra syllables spell more consonants"),
    ("하쿠산호", "Hakusan Maru", True, "Korean 호 of a ship's name = Maru"),
    ("전원회의", "Jong", False, "a Sino-Korean noun is no transcription of a short word"),
    ("ソニー", "Samsung", False, "different consonants"),
    ("브리지", "Bridge", True, "English 'dge' is the j of the transcription (브리지, ブリッジ)"),
])
def test_loanword_match_table(cjk, english, ok, why):
    from glossary.align.loanwords import loanword_match

    assert (loanword_match(cjk, english) is not None) is ok, why


@_pytest.mark.parametrize("cjk, english", [
    ("朝日新聞", "Asahi Shimbun"), ("조선일보", "Chosun Ilbo"), ("時事通信", "Jiji Press"),
    ("新華社", "Xinhua News Agency"), ("한겨레", "Hankyoreh"),
])
def test_outlet_table(cjk, english):
    from glossary.align.outlets import outlet

    assert outlet(cjk) is not None and english in outlet(cjk).en


@_pytest.mark.parametrize("english, ja, ko", [
    ("The Washington Post", "ワシントン・ポスト", "워싱턴 포스트"),   # a Western outlet: both transcriptions
    ("Reuters", "ロイター", "로이터"),
    ("Xinhua", "", "신화통신"),                                    # a Chinese outlet's forms are Chinese
    ("Asahi", "朝日新聞", "아사히신문"),
])
def test_outlet_forms_for_english(english, ja, ko):
    from glossary.align.outlets import forms_for_english

    assert forms_for_english(english)[1:] == (ja, ko)


@_pytest.mark.parametrize("name, abbr", [
    ("International Atomic Energy Agency", "IAEA"), ("Bank of Korea", "BK"), ("Quad", ""),
])
def test_abbreviation(name, abbr):
    from glossary.align.brackets import abbreviation

    assert abbreviation(name) == abbr


@_pytest.mark.parametrize("reading, roman", [("あさひ しんぶん", "Asahi Shimbun"), ("なんば", "Namba"),
                                             ("ほんま", "Homma"), ("かんだ", "Kanda")])
def test_hepburn_m_before_labials(reading, roman):
    from glossary.align.romaji import hepburn_name

    assert hepburn_name(reading) == roman


# --- institution and law vocabulary, formal law titles, bracketed English glosses -------------

VOCAB_CASES = [
    ("内閣府", "Cabinet Office", True),
    ("内각부".replace("内", "내"), "Cabinet Office", True),
    ("科学技術振興財団", "Science and Technology Promotion Foundation", True),
    ("특정중요물자", "specified critical products", True),
    ("情報保護法", "Information Protection Act", True),
    ("국제연합총회", "United Nations General Assembly", True),
    ("최고인민회의", "Supreme People's Assembly", True),
    ("文化振興計画", "Culture Promotion Plan", True),
    ("연합통신", "Yonhap News Agency", False),  # 연합 (Yonhap) is a name, not a concept
    ("防衛担当大臣", "Minister in charge of Defense", True),
    ("推進", "Export Promotion Act", False),   # one word of a longer name
]


@pytest.mark.parametrize("cjk,english,ok", VOCAB_CASES)
def test_institution_and_law_vocabulary(cjk, english, ok):
    m = keyword_match(cjk, english)
    assert (m is not None and m.score >= 0.6) == ok, (cjk, english, m)


FORMAL_LAW_CASES = [
    # formal title, short English name, expected
    ("地域の防災力を強化するための措置の推進に関する法律", "Disaster Resilience Promotion Act", False),  # 防災力 not in table
    ("先端技術の研究開発を一体的に推進するための体制の整備に関する法律", "Technology Research Promotion Fund", False),  # no act
    ("先端技術の研究開発を一体的に推進するための体制の整備に関する法律", "Quantum Technology Research Promotion Act", False),
]


@pytest.mark.parametrize("title,english,ok", FORMAL_LAW_CASES)
def test_formal_law_title_against_short_english_name(title, english, ok):
    m = keyword_match(title, english)
    assert (m is not None) == ok, (title, english, m)


def test_formal_law_title_is_a_term_of_its_note():
    from glossary.extract.cjk import _title_core

    title = "先端技術の研究開発を一体的に推進するための体制の整備に関する法律"
    assert _title_core(title) == (title, 0)
    assert _title_core("先端技術が急速に進む") is None  # a headline is no law


def test_bracketed_english_gloss_names_the_candidate():
    text = ("The Q Initiative, run by the Marine Science Agency, funds ocean sensors.[^1]\n\n"
            "[^1]: 海洋科学庁「海洋観測技術育成事業(Q Initiative)」2024年.\n")
    out = _mini_align(text, [(Category.POLICY, ["Q Initiative"]), (Category.INSTITUTION, ["Marine Science Agency"])])
    ja = _forms(out, "Q Initiative", "ja")
    assert "海洋観測技術育成事業" in ja and "gloss" in ja["海洋観測技術育成事業"].evidence


def test_no_new_entry_for_a_phrase_inside_a_longer_name():
    from glossary.align.citing import inside_longer_name

    sent = "The Act on the Security of Critical Maritime Information took effect in 2025."
    cands = [Candidate(Category.POLICY, [Form("en", "Act on the Security of Critical Maritime Information")], 0.9)]
    assert inside_longer_name("Critical Maritime Information", sent, cands)
    assert not inside_longer_name("Critical Maritime Information", "Critical Maritime Information leaks.", cands)


def test_bracket_glosses_with_romanization_quotes_inside_and_in_notes():
    """`'X' (*romaji*, 日本語)`, `(『日本語』, *English*)`, and a bracket inside a note; a
    bracket without Japanese or Korean pairs nothing."""
    from pathlib import Path

    from glossary.align.in_text import bracket_pairs
    text = (Path(__file__).parent / "data" / "align" / "bracket_glosses.md").read_text(encoding="utf-8")
    names = ["TV TOKYO", "Mainichi Broadcasting", "Zaitokukai", "Animalized Postmodernity", "Fuji Television",
             "KCC"]
    out = _mini_align(text, [(Category.INSTITUTION, [n]) for n in names])
    assert "テレビ東京" in _forms(out, "TV TOKYO", "ja")
    assert "毎日放送" in _forms(out, "Mainichi Broadcasting", "ja")
    assert "在特会" in _forms(out, "Zaitokukai", "ja")
    assert "動物化するポストモダン" in _forms(out, "Animalized Postmodernity", "ja")
    fuji = _forms(out, "Fuji Television", "ja")
    assert "フジテレビジョン" in fuji and "note 1" in fuji["フジテレビジョン"].evidence
    assert not _forms(out, "KCC", "ja") and not _forms(out, "KCC", "ko")
    # the rule alone: the English must end right before the bracket
    assert bracket_pairs("the Diet session (国会) ended", {"Diet": 0}) == []


def test_reading_pairs_romanized_english_with_its_original():
    """An English form that is the reading of a Japanese or Korean run pairs with it
    (align/reading_pairs.py); a short reading ("Abe") pairs only within its paragraph."""
    from glossary.documents import read_document
    from glossary.pipeline import analyse

    cands = analyse(read_document(Path(__file__).parent / "data" / "align" / "reading_pairs.md"))

    def forms(name, lang):
        c = next((c for c in cands if any(f.text == name for f in c.forms)), None)
        return {f.text: f for f in c.forms if f.lang == lang} if c else {}
    assert "在特会" in forms("Zaitokukai", "ja")                 # (the note aligner is first)
    assert forms("Gyeongbokgung", "ko")["경복궁"].origin == "reading"
    assert "reading of 경복궁" in forms("Gyeongbokgung", "ko")["경복궁"].evidence

    from glossary.align.reading_pairs import add_reading_pairs
    from glossary.extract.candidates import Candidate, Form, Mention
    doc = read_document(Path(__file__).parent / "data" / "align" / "reading_pairs.md")
    abe = Candidate(Category.PERSON, [Form("en", "Abe")], 0.9, [Mention("Abe", 3, 170, "")])
    ronpa = Candidate(Category.OTHER, [Form("en", "kanzen ronpa")], 0.9, [Mention("kanzen ronpa", 3, 40, "")])
    add_reading_pairs(doc, [abe, ronpa])
    assert [f.text for f in abe.forms] == ["Abe"]                   # three letters: too short to read
    assert [f.text for f in ronpa.forms if f.lang == "ja"] == ["完全論破"]   # in note 1, far but long


def test_a_bracket_that_romanizes_a_longer_phrase_is_not_the_name_before_it():
    from glossary.align.in_text import bracket_pairs

    text = "a certified Zainichi (*zainichi nintei*, 在日認定) and the Zaitokukai (*zaitokukai*, 在特会)"
    got = {pair.english: pair.cjk for _i, pair in bracket_pairs(text, {"Zainichi": 0, "Zaitokukai": 1})}
    assert got == {"Zaitokukai": "在特会"}


def test_a_bracket_with_a_romanization_and_the_original_without_a_comma():
    """`"X" (*romaji* 「日本語」)` pairs X with the original; `(the X Party, *romaji* 日本語)`
    pairs the name inside the bracket (without its "the")."""
    text = (Path(__file__).parent / "data" / "align" / "glossed_bracket_forms.md").read_text(encoding="utf-8")
    out = _mini_align(text, [(Category.OTHER, ["Win, Harbor!"]), (Category.INSTITUTION, ["Harbor Unity Party"])])
    assert "港勝つ" in _forms(out, "Win, Harbor!", "ja")
    assert "港統一党" in _forms(out, "Harbor Unity Party", "ja")


def test_a_bracket_gloss_in_a_note_is_not_paired_again_by_citation():
    """`*biji-uyo* (ビジウヨ, …)` in a note glosses biji-uyo; the person the marker cites does
    not also get the word (two consonants of one of his names are too few: ビジウヨ is no
    "Fuji")."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(Path(__file__).parent / "data" / "align" / "bracket_gloss_in_note_beats_citation.md"))

    def ja(name):
        c = next(c for c in cands if any(f.text == name for f in c.forms))
        return [f.text for f in c.forms if f.lang == "ja"]
    assert ja("biji-uyo") == ["ビジウヨ"]
    assert "ビジウヨ" not in ja("Fuji Genki")


def test_a_dotted_katakana_name_in_family_first_order_pairs_with_the_english_name():
    """ブレン・オラ in a page-foot note is "Ola Brenn" of the body, part for part in the
    other order; the katakana's reading is not taken for a Korean name."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(Path(__file__).parent / "data" / "documents" / "page_foot_notes.txt"))
    brenn = next(c for c in cands if any(f.text == "Ola Brenn" for f in c.forms))
    assert [f.text for f in brenn.forms if f.lang == "ja"] == ["ブレン・オラ"]
    assert not any(f.lang == "ko" and f.origin == "dictionary:wordfreq-ko" for c in cands for f in c.forms)


def test_a_transcription_inside_a_cited_title_pairs_with_the_english_name():
    """ベリデイン inside a Japanese title (glued to the particle after it) is "Velidane" written
    in katakana, 오스코라스 in a Korean title "Oskoras" in Hangul (their consonants match);
    "2channel" is not チャンネル (the English has a number the transcription lacks: no
    reading pair, whether or not the word is an entry)."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(Path(__file__).parent / "data" / "align" / "transcriptions_in_titles.md"))

    def forms(name, lang):
        c = next(c for c in cands if any(f.text == name for f in c.forms))
        return [f.text for f in c.forms if f.lang == lang]
    assert "ベリデイン" in forms("Velidane", "ja")
    assert "오스코라스" in forms("Oskoras", "ko")
    assert not any(f.text == "チャンネル" and f.origin == "reading" for c in cands for f in c.forms)


def test_a_working_copy_has_equal_forms_of_its_own():
    """Alignment changes a form's confidence and evidence on its copy; every field of every
    form (a field added later too) is carried over, and the input stays as it was."""
    import dataclasses

    from glossary.align.forms import working_copy
    from glossary.extract.candidates import Mention
    from glossary.model import Role

    form = Form("ja", "港湾条約", Role.ALIAS, "footnote:2", 0.7, "cited in note 2", "こうわんじょうやく")
    cand = Candidate(Category.AGREEMENT, [form], 0.9, [Mention("港湾条約", 3, 4, "")], "a note")
    copy = working_copy(cand)
    assert copy == cand and copy.forms[0] is not form and copy.forms is not cand.forms
    assert all(getattr(copy.forms[0], f.name) == getattr(form, f.name) for f in dataclasses.fields(Form))
    copy.forms[0].confidence = 0.1
    assert form.confidence == 0.7


def test_labelled_forms_in_a_bracket_as_encyclopedias_write_them():
    """`X (Hangul: 한글, Hanja: 漢字; romanization)`, `X (; Hanja: 漢字: _romanization_)` and
    `X (Japanese: 日本語, Hepburn: …)`: each labelled form is X's (Hangul under Korean, Hanja and
    Japanese under Japanese); the romanization is no English form X could be read from; a
    form labelled Chinese is no one's."""
    text = (Path(__file__).parent / "data" / "align" / "labelled_bracket_forms.md").read_text(encoding="utf-8")
    out = _mini_align(text, [(Category.INSTITUTION, ["Coastal Guard Command"]),
                             (Category.INSTITUTION, ["Harbor Patrol Corps"]),
                             (Category.INSTITUTION, ["Island Relief Fleet"]),
                             (Category.INSTITUTION, ["Haeangyeongbi Saryeongbu"]),
                             (Category.INSTITUTION, ["Doseo Guhohamdae"]),
                             (Category.PERSON, ["Minato Ichiro"]),
                             (Category.OTHER, ["Great Wall at Sea"])])
    assert "해안경비사령부" in _forms(out, "Coastal Guard Command", "ko")
    assert "海岸警備司令部" in _forms(out, "Coastal Guard Command", "ja")
    assert "港灣巡察隊" in _forms(out, "Harbor Patrol Corps", "ja")
    assert "島嶼救護艦隊" in _forms(out, "Island Relief Fleet", "ja")
    assert not _forms(out, "Haeangyeongbi Saryeongbu", "ja") and not _forms(out, "Doseo Guhohamdae", "ja")
    assert "湊一郎" in _forms(out, "Minato Ichiro", "ja")
    assert "海上長城" not in _forms(out, "Great Wall at Sea", "ja")


def test_a_cited_title_pairs_with_the_publication_the_citing_clause_names():
    """"its annual report, *Diplomatic Bluebook 2024*.[^1]" and 『外交青書2024』 in note 1: the
    only publication of the clause and the note's title share a concept (外交 = diplomatic),
    so the title is that publication's Japanese, not an entry of its own; a headline cited
    beside a newspaper the clause names stays a title entry, and a newspaper in 『』 that the
    outlets table pairs makes no title entry."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "cited_title_of_a_named_publication.md"))
    book = next(c for c in cands if c.name == "Diplomatic Bluebook 2024")
    assert [(f.text, f.origin) for f in book.forms if f.lang == "ja"] == [("外交青書2024", "footnote:1")]
    titles = sorted(f.text for c in cands if c.category is Category.TITLE for f in c.forms)
    assert titles == ["外交青書に反発"]
    asahi = next(c for c in cands if c.name == "Asahi Shimbun")
    assert "外交青書に反発" not in [f.text for f in asahi.forms]


def test_a_phrase_of_the_citing_sentence_never_runs_over_a_comma_between_constituents():
    from glossary.align.citing import PHRASE_BREAK

    assert PHRASE_BREAK.search("white paper, Defense")
    assert PHRASE_BREAK.search("Defense, the paper")
    assert not PHRASE_BREAK.search("Ministry of Land, Infrastructure, Transport and Tourism")
    assert not PHRASE_BREAK.search("history textbook screening")


def test_a_group_named_by_a_letter_and_number_code_keeps_it_in_japanese_and_korean():
    from glossary.align.suggestions import add_suggestions

    g20 = Candidate(category=Category.INSTITUTION, confidence=0.9, forms=[Form(lang="en", text="G20")])
    spelled = Candidate(category=Category.INSTITUTION, confidence=0.9,
                        forms=[Form(lang="en", text="Group of Eight"), Form(lang="en", text="G8", role=Role.ALIAS)])
    person = Candidate(category=Category.PERSON, confidence=0.9, forms=[Form(lang="en", text="K2")])
    add_suggestions([g20, spelled, person])
    got = {f.lang: (f.text, f.origin) for f in g20.forms if f.lang != "en"}
    assert got == {"ja": ("G20", "convention:code"), "ko": ("G20", "convention:code")}
    assert not any(f.origin == "convention:code" for c in (spelled, person) for f in c.forms)


def test_a_state_body_named_only_in_a_note_gets_its_official_english_name():
    """기획재정부 as the author of a note, named nowhere in English: an entry under the
    official English name the table of state bodies gives it."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "korean_state_body_named_only_in_a_note.txt"))
    body = next(c for c in cands if any(f.text == "기획재정부" for f in c.forms))
    assert body.name == "Ministry of Economy and Finance"
    assert body.category is Category.INSTITUTION


def test_a_korean_name_in_katakana_pairs_with_its_english_spelling():
    """Japanese writes a Korean person's name as its Korean pronunciation in katakana (パク・クネ):
    the English spelling's Hangul (박근혜), read so, is the note's name -- and not another
    Korean person's of the same sentence."""
    text = (Path(__file__).parent / "data" / "align" / "korean_name_in_katakana.md").read_text(encoding="utf-8")
    out = _mini_align(text, [(Category.PERSON, ["Park Geun-hye"]), (Category.PERSON, ["Moon Jae-in"])])
    park = _forms(out, "Park Geun-hye", "ja")
    assert "パク・クネ" in park and "박근혜" in park["パク・クネ"].evidence
    assert "パク・クネ" not in _forms(out, "Moon Jae-in", "ja")


def test_a_party_the_english_names_by_its_reading_is_still_read_in_sino_korean():
    """"Sanseito" pairs with 参政党 by reading, yet Korean reads a party's name character by
    character (참정당), as it does every name with a party's, ministry's or society's head; a
    place or a name without such a head read aloud is transcribed instead (not tested here)."""
    text = (Path(__file__).parent / "data" / "align" / "party_named_by_its_reading.md").read_text(encoding="utf-8")
    out = _mini_align(text, [(Category.INSTITUTION, ["Sanseito"])])
    assert "参政党" in _forms(out, "Sanseito", "ja")
    ko = _forms(out, "Sanseito", "ko")
    assert "참정당" in ko and ko["참정당"].origin == "bridge"


def test_company_letters_before_a_transcription_pair_with_the_english_name():
    """SK하이닉스 is "SK hynix": the letters kept in both languages, the rest a transcription;
    the citing sentence says only "the two companies", so the name in the paragraph pairs."""
    text = (Path(__file__).parent / "data" / "align" / "company_letters_before_a_transcription.md").read_text(
        encoding="utf-8")
    out = _mini_align(text, [(Category.INSTITUTION, ["SK hynix"]), (Category.INSTITUTION, ["Samsung Electronics"])])
    ko = _forms(out, "SK hynix", "ko")
    assert "SK하이닉스" in ko and "transcription" in ko["SK하이닉스"].evidence
    assert "SK하이닉스" not in _forms(out, "Samsung Electronics", "ko")


def test_a_romanized_title_in_a_note_pairs_with_its_original():
    """A bibliography's romanized title in italics is a publication, and the title after it
    (bare, or in square brackets) is its Japanese form: "*Nichibei sensō to sengo Nihon*
    日米戦争と戦後日本" although pykakasi reads 日本 "Nippon" (a word's reading apart),
    "*Jimintō: seikentō no 38-nen* [自民党―政権党の38年]" with its digits and dash."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(Path(__file__).parent / "data" / "align" / "romanized_titles_in_notes.md"))

    def entry(name):
        return next(c for c in cands if any(f.text == name for f in c.forms))
    first, second = entry("Nichibei sensō to sengo Nihon"), entry("Jimintō: seikentō no 38-nen")
    assert first.category is Category.PUBLICATION and second.category is Category.PUBLICATION
    assert [f.text for f in first.forms if f.lang == "ja"] == ["日米戦争と戦後日本"]
    assert [f.text for f in second.forms if f.lang == "ja"] == ["自民党―政権党の38年"]


def test_cjk_glosses_in_square_brackets_are_no_cited_titles():
    """"Editorial [社説]", "apology [謝罪]", "Yonhap [서울=연합뉴스]": glosses and a dateline in
    square brackets, no titles (only right after a romanized title in italics is one)."""
    from glossary.extract.cjk import extract_cjk

    terms = extract_cjk(read_document(Path(__file__).parent / "data" / "align" / "cjk_glosses_in_square_brackets.md"))
    assert not [t.text for t in terms if t.kind == "title"]


def test_a_compound_glossed_piece_by_piece_pairs_with_a_name_of_the_citing_paragraph():
    """The note's 福島第一原子力発電所 is glossed piece by piece (福島|第一|原子力発電所) as "Fukushima
    Daiichi Nuclear Power Station", named in the sentence before the citing one: three pieces
    agreeing both ways are specific enough for the paragraph."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(Path(__file__).parent / "data" / "align" / "gloss_pair_in_the_citing_paragraph.md"))
    plant = next(c for c in cands if any(f.text == "Fukushima Daiichi Nuclear Power Station" for f in c.forms))
    assert [f.text for f in plant.forms if f.lang == "ja"] == ["福島第一原子力発電所"]


def test_a_korean_transcription_of_a_romanized_japanese_name_matches_it():
    """Korean writes a Japanese name as it sounds in Japanese (다루카와 for "Tarukawa"), which
    Revised Romanization does not give back; a shrine's Korean name may leave out 신사."""
    from glossary.align.transliteration import transliteration_match

    assert transliteration_match("다루카와", "ko", "Tarukawa").score >= 0.9
    assert transliteration_match("다루카와", "ko", "Tarukawa Shrine") is not None
    assert transliteration_match("다루카와", "ko", "Tarukawa Bank") is None
    assert transliteration_match("다루카와", "ko", "Taruka") is None


def test_a_korean_family_name_in_a_japanese_headline_joins_the_person_named_so():
    """「尹大統領、…」: 尹 read in Sino-Korean is 윤, the family name "Yoon" spells, so it is
    President Yoon's, not a new person "In"; 尹錫悦 (no dictionary word after the family
    name) too; 李外交 ("diplomacy" after 李) is not Lee's."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "korean_surname_in_japanese_headline.md"))
    assert set(forms_of(cands, "Yoon", "ja")) == {"尹", "尹錫悦"}
    assert not any(f.text in ("In", "Insuzu Etsu") for c in cands for f in c.forms if f.lang == "en")
    assert "李外交" not in forms_of(cands, "Lee", "ja")


def test_an_outlet_named_by_its_short_name_takes_its_names_from_the_outlet_table():
    """"The Nikkei" cited as 『日本経済新聞』: Korean writes 니혼게이자이신문 (the outlet
    table), not the Sino-Korean reading 일본경제신문; "Kyodo said": an agency, not a person."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "short_outlet_names.md"))
    assert set(forms_of(cands, "Nikkei", "ko")) == {"니혼게이자이신문"}
    kyodo = next(c for c in cands if any(f.text == "Kyodo" for f in c.forms))
    assert kyodo.category is not Category.PERSON and "교도통신" in {f.text for f in kyodo.forms}


def test_a_person_named_by_title_and_surname_takes_the_full_name_of_the_cited_note():
    """"Minister Park" citing 「박진 장관, …」: the note's 박진 (family name 박, spelled
    "Park") is his; "Governor Oh" takes 오영훈; 정부 "government" is nobody's."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "surname_in_body_full_name_in_korean_note.md"))
    assert "박진" in forms_of(cands, "Park", "ko") and "오영훈" in forms_of(cands, "Oh", "ko")
    assert not any(f.text == "정부" for c in cands for f in c.forms if c.category is Category.PERSON)


def test_a_whole_dictionary_word_is_no_cut_off_title():
    """A title cut short (安全保障協 → 協力) may end in the start of a longer word; a word of
    its own (日本国 "Japan") does not end in the 国 of 国会 "national diet", but 参院選 ends in
    the 選 of 選挙 "election", which its own gloss says."""
    assert keyword_match("日本国", "National Diet of Japan") is None
    assert keyword_match("参院選", "House of Councillors election") is not None
    assert keyword_match("安全保障協", "Security Cooperation") is not None


def test_a_foreign_name_a_korean_title_writes_in_full_is_the_form_not_its_first_word():
    """「데이비드 이게 하와이 주지사 방한」: "David Ige" is 데이비드 이게 (each word transcribed in
    its place; 이게 too short to match alone only begins as "Ige" does), not 데이비드; in
    「도리스 마쓰이·마크 타카노 의원 방한」 the middle dot ends one name and starts the next."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "western_names_in_hangul_titles.md"))
    assert set(forms_of(cands, "David Ige", "ko")) == {"데이비드 이게"}
    assert set(forms_of(cands, "Doris Matsui", "ko")) == {"도리스 마쓰이"}
    assert set(forms_of(cands, "Mark Takano", "ko")) == {"마크 타카노"}


def test_a_cited_edition_gives_its_series_name_to_the_entry():
    """"The Diplomatic Bluebook" citing 『外交青書2024』: the entry is the series, 外交青書; the
    year says which edition."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "edition_year_of_a_series.md"))
    assert set(forms_of(cands, "Diplomatic Bluebook", "ja")) == {"外交青書"}


def test_a_titles_short_name_in_brackets_names_the_statement():
    """「…」(樽木談話) in a note: the name the statement goes by is a term of its own, so "the
    Taruki Statement" the sentence cites takes it."""
    from glossary.pipeline import analyse

    cands = analyse(read_document(DATA / "short_name_in_brackets_after_a_title.md"))
    assert "樽木談話" in forms_of(cands, "Taruki Statement of 1995", "ja")
