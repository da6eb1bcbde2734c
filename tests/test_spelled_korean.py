"""Hangul guessed from the spelling of a Korean name the word-frequency list does not hold
(align/names/spelled_korean.py): the syllables names use most, a low confidence, the
runners-up in the evidence; nothing for names that are not shaped like Korean ones."""
from __future__ import annotations

import pytest

from glossary.align.names.spelled_korean import MAX_CONFIDENCE, MIN_CONFIDENCE, spelled_korean_name


@pytest.mark.parametrize("english, hangul", [
    ("Young-Kyo Oh", "오영교"),        # given name first, hyphenated
    ("Dong-Jin Sohn", "손동진"),
    ("Kwan-Yong Kim", "김관용"),        # "yong" is 용's own spelling, not 영's (yeong)
    ("Tae-Sik Lee", "이태식"),          # "tae" is 태 in Revised Romanization, 대 only in McCune-Reischauer
    ("Park Cheol-hee", "박철희"),       # family name first
    ("Yun Byung-se", "윤병세"),         # the census order: 윤, not 연 (which the word list counts in 연구원 …)
    ("Yeo Han-koo", "여한구"),
    # syllables that read hanja but that the list's few thousand names happen not to use
    # (흥, 덕, 홍, 열) are candidates too (add-one smoothing)
    ("Han Heung-deok", "한흥덕"),
    ("Baek Hong-yeol", "백홍열"),
    ("Baek Hong Yeol", "백홍열"),       # the given name written as two words
])
def test_the_syllables_names_use_most_for_the_spelling(english, hangul):
    got = spelled_korean_name(english)
    assert got is not None and got[0] == hangul
    assert MIN_CONFIDENCE <= got[1] <= MAX_CONFIDENCE and "check" in got[2]


@pytest.mark.parametrize("english", [
    "Min Chung-ho",     # "chung": 정, 청 or 중, each a usual spelling of one of them
    "Han Tae-yul",      # 율/열 (the usual spelling of 열 in names is "yeol"; "yul" is 율 in Revised Romanization), 태/대
])
def test_a_guess_less_likely_than_the_floor_is_not_offered(english):
    """Where the spelling leaves several syllables about as likely, the product of their
    shares falls under MIN_CONFIDENCE and nothing is offered: on the dev set such guesses
    were right three times in ten (the names here are made up)."""
    assert spelled_korean_name(english) is None


@pytest.mark.parametrize("english", ["Shin Kanemaru", "Kotsubo Shinya", "Mike Honda", "Donald Trump",
                                     "Xi Jinping", "Kim", "Lee Hsien Loong"])
def test_names_not_shaped_like_korean_ones_get_no_guess(english):
    assert spelled_korean_name(english) is None


def test_a_suggestion_says_it_is_a_guess_in_the_termbase(tmp_path):
    from glossary import Glossary

    art = tmp_path / "a.md"
    art.write_text("The survivor Dong-Jin Sohn spoke in Seoul. Dong-Jin Sohn said so.\n", encoding="utf-8")
    with Glossary.open(tmp_path / "t.db") as g:
        g.extract(art)
        [hit] = g.lookup("Dong-Jin Sohn", to="ko")
        t = hit.targets[0]
        assert (t.text, t.status.value, t.origin) == ("손동진", "suggested", "transcription:korean-name")
        assert t.confidence <= MAX_CONFIDENCE


def test_a_family_name_spelled_in_revised_romanization_is_that_syllable():
    """"Son" is 손 in Revised Romanization; 선 is "Seon" (its McCune-Reischauer "Sŏn" only
    loses the breve): the spelling's own syllable wins, as for given names."""
    hangul, _confidence, _evidence = spelled_korean_name("Son Hye-jin")
    assert hangul.startswith("손")
