"""Korean (and Japanese) for Chinese people (align/chinese_names.py): pinyin split into
syllables, transcribed by the Korean standard for modern people, read in Sino-Korean for
people of the past that JMnedict dates; Korean, Japanese and Western names get nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align import chinese_names
from glossary.align.chinese_names import chinese_person, hangul, syllables
from glossary.documents import read_document
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


@pytest.mark.parametrize("word, expected", [
    ("Jinping", ("jin", "ping")),           # a given name written solid
    ("Mingxuan", ("ming", "xuan")),
    ("Xi'an", ("xi", "an")),                # the apostrophe starts a syllable
    ("Jinan", ("ji", "nan")),               # without one, a/o/e never start a syllable inside a word
    ("Zhuāngzǐ", ("zhuang", "zi")),         # tone marks aside
    ("Lǚ", ("lü",)),                        # ü kept
    ("Lv", ("lü",)),                        # ... also written v
    ("Kim", None),                          # -m ends no syllable
    ("Lee", None),
    ("Park", None),
    ("Moon", None),
    ("Seok-min", None),                     # hyphenated: no pinyin given name
])
def test_words_split_into_pinyin_syllables(word, expected):
    assert syllables(word) == expected


@pytest.mark.parametrize("pinyin, korean, rule", [
    ("zhi", "즈", "zh ch sh r z c s + i: 으"),
    ("chi", "츠", ""),
    ("shi", "스", ""),
    ("ri", "르", ""),
    ("zi", "쯔", "z is ㅉ"),
    ("si", "쓰", "s is ㅆ"),
    ("jia", "자", "after ㅈ ㅉ ㅊ, ya ye yo yu are written ㅏ ㅔ ㅗ ㅜ"),
    ("jie", "제", ""),
    ("qiu", "추", ""),
    ("qiong", "충", ""),
    ("xie", "셰", "ㅅ keeps the y-vowel"),
    ("tian", "톈", "-ian is 옌"),
    ("dong", "둥", "-ong is 웅"),
    ("gui", "구이", "-ui after a consonant"),
    ("wei", "웨이", "... alone"),
    ("kun", "쿤", "-un after a consonant"),
    ("wen", "원", "... alone"),
    ("yuan", "위안", ""),
    ("xuan", "쉬안", "j q x + u is ü"),
    ("lüe", "뤠", ""),
    ("er", "얼", ""),
])
def test_the_korean_standard_transcription_of_pinyin(pinyin, korean, rule):
    assert hangul((pinyin,)) == korean, rule


@pytest.mark.parametrize("gloss, past", [
    ("Tarvik (1130-1200 CE)", True),
    ("Tarvik (372-289 BCE)", True),
    ("Tarvik (1893.12.26-1976.9.9)", False),     # lived past 1911: modern
    ("Tarvik (1942-)", False),                   # alive
    ("Tarvik (?-867)", True),
    ("Tarvik", None),
])
def test_the_era_of_a_dictionary_person(gloss, past):
    assert chinese_names._era(gloss) is past


def _forms(cands, english):
    c = next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))
    return {f.lang: f for f in c.forms if f.lang != "en"}


@pytest.fixture(scope="module")
def modern():
    return analyse(read_document(DATA / "chinese_people_named_in_pinyin.txt"))


@pytest.mark.parametrize("english, korean", [
    ("Gao Mingxuan", "가오밍쉬안"),       # titled Premier: an office of today
    ("Shen Liyuan", "선리위안"),          # titled Foreign Minister
])
def test_a_modern_chinese_name_is_transcribed_solid(modern, english, korean):
    ko = _forms(modern, english)["ko"]
    assert (ko.text, ko.origin) == (korean, "transcription:chinese-name")
    assert ko.confidence <= 0.6 and "외래어 표기법" in ko.evidence


@pytest.mark.parametrize("english", ["Yoon Seok-min", "Tetsuo Arakawa", "Anna Ostrin"])
def test_korean_japanese_and_western_names_get_nothing_from_this_source(modern, english):
    forms = _forms(modern, english)
    assert not any(f.origin in ("transcription:chinese-name", "dictionary:jmnedict+hanja") for f in forms.values())
    assert chinese_person(english) is None


@needs_dictionary
@pytest.mark.parametrize("english", [
    "Jin Minsu",      # pinyin-shaped; only the Korean-name guard stops it
    "Lina Zhang",     # only the Western given name before a family name stops it
    "Han Jimin",      # only the guard on names JMnedict reads as Japanese stops it
])
def test_each_guard_stops_a_name_pinyin_alone_would_take(english):
    assert chinese_person(english) is None


@needs_dictionary
def test_a_person_the_dictionary_does_not_know_needs_the_articles_word_for_the_era():
    """Fang Deming (701–762) is of the past: the characters to read are unknown, nothing;
    Qian Wuyue has no date and no title: nothing (Du Fu is 두보, not 두푸); Lu Tianqing
    (1921–1990) is modern."""
    cands = analyse(read_document(DATA / "chinese_people_of_unknown_era.txt"))
    assert "ko" not in _forms(cands, "Fang Deming")
    assert "ko" not in _forms(cands, "Qian Wuyue")
    ko = _forms(cands, "Lu Tianqing")["ko"]
    assert (ko.text, ko.origin) == ("루톈칭", "transcription:chinese-name") and "1921" in ko.evidence


@needs_dictionary
def test_people_of_the_past_are_read_in_sino_korean():
    """JMnedict dates Wang Yangming 王陽明 (1472-1529): 왕양명, not the transcription 왕양밍;
    a master known by one name (Huineng 慧能) gets the reading and JMnedict's characters,
    whatever the extraction took the entry for; Kukai is 空海's Japanese reading: nothing."""
    cands = analyse(read_document(DATA / "chinese_people_of_the_past.txt"))
    wang = _forms(cands, "Wang Yangming")["ko"]
    assert (wang.text, wang.origin) == ("왕양명", "dictionary:jmnedict+hanja") and "1472" in wang.evidence
    huineng = _forms(cands, "Huineng")
    assert (huineng["ko"].text, huineng["ja"].text) == ("혜능", "慧能")
    assert "ko" not in _forms(cands, "Kukai")


@needs_dictionary
@pytest.mark.parametrize("english", [
    "Law",             # JMdict's 法則 is glossed "rule", which splits into pinyin: no name
    "Confucius",       # 孔子 has no pinyin gloss; 夫子 "sage" is no person's name
    "Nichiren",        # splits into pinyin, but JMnedict reads 日蓮 so: Japanese
])
def test_one_word_guards(english):
    assert chinese_person(english) is None
