"""Names transcribed word by word in a note (review 10, findings 13 and 8): an English name
of several words that a note cited near it writes in Hangul or katakana, each word by the
Korean or Japanese standard transcription.  Each fixture is a made-up article with one kind
of note; the names are made up, their words dictionary words where the rule needs one."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.loanwords import skeleton
from glossary.align.transcriptions import spelled_name
from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def _forms(fixture: str, english: str, lang: str):
    cands = analyse(read_document(DATA / fixture))
    entry = next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))
    return {f.text: f for f in entry.forms if f.lang == lang}, cands


def test_a_western_name_in_hangul_as_the_notes_author():
    """마사 다루키노: the given name by its English sounds, the Japanese surname by its
    Hepburn reading; the author before a comma is no term of the note."""
    ko, _ = _forms("western_name_in_hangul_as_note_author.md", "Martha Tarukino", "ko")
    assert list(ko) == ["마사 다루키노"]
    assert ko["마사 다루키노"].origin == "footnote:1" and "word by word" in ko["마사 다루키노"].evidence


def test_a_title_spelled_word_by_word_replaces_its_first_word():
    """사일런트 하버의 흥행: the whole name (without its particle), not 사일런트 alone."""
    ko, _ = _forms("work_title_transcribed_word_by_word.md", "Silent Harbor", "ko")
    assert list(ko) == ["사일런트 하버"]


def test_company_letters_glued_to_a_transcription():
    """ZK엔터테인먼트 is "ZK Entertainment"; "ZK" alone gets no Latin letters as a Korean form."""
    ko, cands = _forms("company_letters_glued_to_a_transcription.md", "ZK Entertainment", "ko")
    assert list(ko) == ["ZK엔터테인먼트"]
    assert not any(f.lang == "ko" and f.text.isascii() for c in cands for f in c.forms)


def test_katakana_name_with_a_word_read_loosely():
    """キャンプ・ケシン: キャンプ by the dictionary, ケシン by its consonants and first vowel."""
    ja, _ = _forms("katakana_name_with_a_word_read_loosely.md", "Camp Kessin", "ja")
    assert list(ja) == ["キャンプ・ケシン"]
    assert ja["キャンプ・ケシン"].confidence < 0.8      # (a word read loosely)


@pytest.mark.parametrize("text, english, lang, want", [
    ("「사일런트 하버의 흥행」", "Silent Harbor", "ko", "사일런트 하버"),
    ("「TWICE 도쿄돔 공연」", "Tokyo Dome", "ko", "도쿄돔"),               # two words written solid
    ("「キャンプ・ケシンの精神」", "Camp Kessin", "ja", "キャンプ・ケシン"),
    ("「キャンプ・コスンの精神」", "Camp Kessin", "ja", None),             # first vowels disagree
    ("「케신 기지」", "Kessin", "ko", None),                                 # one word: exact spellings only
    ("「문 닫은 가게」", "Moon", "ko", None),                                # one word of one syllable
    ("「ZK엔터테인먼트 설립」", "ZK", "ko", None),                           # Latin letters alone
    ("「윤재호 장관 답변」", "Yun Jae-ho", "ko", None),                        # a Korean name: the name matcher's
])
def test_spelled_name(text, english, lang, want):
    found = spelled_name(text, english, lang)
    assert (found.text if found else None) == want


def test_n_before_a_labial_is_m_in_a_skeleton():
    """キャンプ (kyanpu) and "Camp" have one skeleton: n before p, b, m is said m."""
    assert skeleton("kyanpu") == skeleton("camp") == "KMP"
