"""Names across scripts (issue 4): Japanese kanji/kana and Korean Hangul vs romanized English.

Tests may name real people; src/ holds only general rules and tables.
"""
from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from glossary.align.names import (
    ALL_CAPS_WORD, HEPBURN_LONG_VOWEL, HEPBURN_M_BEFORE_LABIAL, HEPBURN_OH_LONG, ROMAN_NAME_WORD,
    NameMatch, Suggestion, hepburn, japanese_for_korean_name, japanese_reading, korean_candidates,
    korean_for_japanese_name, korean_for_japanese_romaji, match_name, romaji_key,
)

DATA = pathlib.Path(__file__).parent / "data" / "names"


def _ja_rows():
    for line in (DATA / "ja_names.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield tuple(line.split("\t"))


JA_ROWS = list(_ja_rows())


# --- regexes, table-driven --------------------------------------------------------------

@pytest.mark.parametrize("pattern, text, expected, why", [
    (HEPBURN_OH_LONG, "kohno", "kono", "oh before a consonant is a long o"),
    (HEPBURN_OH_LONG, "itoh", "ito", "oh at the end is a long o"),
    (HEPBURN_OH_LONG, "ohira", "ohira", "oh before a vowel is o + h (大平 おおひら)"),
    (HEPBURN_M_BEFORE_LABIAL, "shimbun", "shinbun", "old Hepburn m for ん before b"),
    (HEPBURN_M_BEFORE_LABIAL, "homma", "honma", "old Hepburn m for ん before m"),
    (HEPBURN_M_BEFORE_LABIAL, "kuma", "kuma", "m before a vowel is ま"),
    (HEPBURN_LONG_VOWEL, "kouno", "kono", "ou is a long o"),
    (HEPBURN_LONG_VOWEL, "yuuki", "yuki", "uu is a long u"),
    (HEPBURN_LONG_VOWEL, "keizo", "keizo", "ei is kept: English writes Keizo"),
])
def test_romaji_regexes(pattern, text, expected, why):
    repl = "n" if pattern is HEPBURN_M_BEFORE_LABIAL else (lambda m: m.group(0)[0]) \
        if pattern is HEPBURN_LONG_VOWEL else "o"
    assert pattern.sub(repl, text) == expected, why


@pytest.mark.parametrize("text, words, why", [
    ("Kim Dae-jung", ["Kim", "Dae-jung"], "inner hyphen stays in the word"),
    ("ISHIBA Shigeru,", ["ISHIBA", "Shigeru"], "punctuation separates"),
    ("Jun'ichirō Koizumi", ["Jun'ichirō", "Koizumi"], "apostrophe and macron stay"),
])
def test_roman_name_word(text, words, why):
    assert ROMAN_NAME_WORD.findall(text) == words, why


@pytest.mark.parametrize("word, caps", [("ISHIBA", True), ("Ishiba", False), ("I", False), ("KIM", True)])
def test_all_caps_word(word, caps):
    assert bool(ALL_CAPS_WORD.match(word)) is caps


# --- romanization keys --------------------------------------------------------------------

@pytest.mark.parametrize("variants", [
    ["Kōno", "Kono", "Kohno", "Kouno", "Koono", "KÔNO"],
    ["Ōno", "Ono", "Ohno", "Oono"],
    ["Itō", "Ito", "Itoh", "Itou"],
    ["Shimbun", "Shinbun"],
    ["Shinzō", "Shinzo", "Shinzou"],
    ["Tsutomu", "Tutomu"],
    ["Shigeru", "Sigeru"],
])
def test_romaji_key_merges_spelling_variants(variants):
    assert len({romaji_key(v) for v in variants}) == 1


@pytest.mark.parametrize("a, b", [("Sato", "Saito"), ("Ono", "Onoe"), ("Kono", "Konno"), ("Kato", "Goto")])
def test_romaji_key_keeps_distinct_names_apart(a, b):
    assert romaji_key(a) != romaji_key(b)


def test_hepburn_drops_long_vowels_like_english_press():
    assert hepburn("あべ しんぞう") == "abe shinzo"
    assert hepburn("おおの") == "ono"
    assert hepburn("けいぞう") == "keizo"


# --- Japanese readings ----------------------------------------------------------------

def test_japanese_reading_splits_family_and_given():
    assert japanese_reading("石破茂") == "いしば しげる"
    assert japanese_reading("岸田文雄") == "きしだ ふみお"
    assert japanese_reading("橋本龍太郎") == "はしもと りゅうたろう"   # one dictionary key for the whole name
    assert japanese_reading("石破 茂") == "いしば しげる"               # a written separator wins
    assert japanese_reading("イシバ・シゲル") == "いしば しげる"
    assert japanese_reading("安全保障", name=False) == "あんぜんほしょう"


def test_japanese_reading_accuracy_without_english():
    """No spelling to help: pykakasi alone measured 48/60; with the 郎 rule (篤郎 あつろう) 49/60."""
    good = sum(japanese_reading(kf + kg) == f"{rf} {rg}" for kf, kg, rf, rg, _ in JA_ROWS)
    assert good >= 46


# --- kanji name <-> romanized name --------------------------------------------------------

def test_kanji_author_name_matches_romanized_name():
    m = match_name("石破茂", "Ishiba Shigeru")
    assert isinstance(m, NameMatch)
    assert m.score >= 0.9
    assert m.reading == "いしば しげる"
    assert "いしば しげる" in m.evidence and "pykakasi" in m.evidence and "family name first" in m.evidence


@pytest.mark.parametrize("english", ["Ishiba Shigeru", "Shigeru Ishiba", "ISHIBA Shigeru", "Shigeru ISHIBA",
                                     "ishiba shigeru"])
def test_japanese_names_in_both_orders_and_cases(english):
    m = match_name("石破茂", english)
    assert m is not None and m.score >= 0.9


def test_family_name_alone():
    m = match_name("石破茂", "Ishiba")
    assert m is not None and 0.7 <= m.score < 0.9
    assert "family name only" in m.evidence
    assert match_name("石破", "Ishiba").score >= 0.9


def test_english_spelling_selects_the_reading():
    """pykakasi reads 篤郎 as あつお; its dictionary also lists あつろう, which the spelling picks."""
    m = match_name("倉重篤郎", "Kurashige Atsuro")
    assert m is not None and m.score >= 0.85
    assert m.reading == "くらしげ あつろう"
    assert "alternative" in m.evidence
    # 菅 is かん for one prime minister and すが for another
    assert match_name("菅義偉", "Suga Yoshihide").reading == "すが よしひで"
    assert match_name("菅直人", "Kan Naoto").reading == "かん なおと"
    # the spelling wins over the 郎 rule below: "Atsuo" selects あつお
    assert match_name("倉重篤郎", "Kurashige Atsuo").reading == "くらしげ あつお"


@pytest.mark.parametrize("ja, reading, why", [
    ("倉重篤郎", "くらしげ あつろう", "pykakasi's own choice is あつお; its dictionary also stores あつろう"),
    ("倉重 篤郎", "くらしげ あつろう", "same with a written separator"),
    ("田中一郎", "たなか いちろう", "pykakasi already reads 郎 as ろう: unchanged"),
    ("山田太郎", "やまだ たろう", "pykakasi already reads 郎 as ろう: unchanged"),
    ("佐藤次郎", "さとう じろう", "pykakasi already reads 郎 as ろう: unchanged"),
    ("鈴木三郎", "すずき さぶろう", "pykakasi already reads 郎 as ろう: unchanged"),
    ("橋本龍太郎", "はしもと りゅうたろう", "a whole-name dictionary key ending in ろう: unchanged"),
    ("渡辺正郎", "わたなべ まさお", "no ろう reading of 正郎 in the dictionary: none is composed per character"),
    ("岸田文雄", "きしだ ふみお", "no final 郎: the rule does not apply to お of other kanji"),
])
def test_final_ro_of_a_given_name_is_read_ro_without_a_spelling(ja, reading, why):
    """Without an English spelling a given name ending in 郎 takes a ろう reading that
    pykakasi's dictionary stores for it: -rō is by far the most common reading of a final 郎."""
    assert japanese_reading(ja) == reading, why


@pytest.mark.parametrize("kanji, english", [
    ("河野太郎", "Kōno Tarō"), ("河野太郎", "Kohno Taro"), ("河野太郎", "Kouno Taro"), ("河野太郎", "Kono Taro"),
    ("大野", "Ōno"), ("大野", "Ohno"), ("大野", "Ono"),
    ("伊藤", "Itō"), ("伊藤", "Itoh"), ("伊藤", "Ito"),
    ("佐藤", "Satō"), ("佐藤", "Sato"), ("安倍晋三", "Abe Shinzō"), ("小泉純一郎", "Koizumi Jun'ichirō"),
])
def test_hepburn_long_vowel_variants(kanji, english):
    assert match_name(kanji, english) is not None


@pytest.mark.parametrize("cjk, english, why", [
    ("斎藤", "Sato", "Saitō is not Satō"),
    ("佐藤", "Saito", "Satō is not Saitō"),
    ("石破茂", "Kishida Fumio", "different people"),
    ("岸田文雄", "Kishi Nobusuke", "a longer name that starts alike"),
    ("河野太郎", "Kono Yohei", "same family, different given name"),
    ("石破茂", "Ishihara", "prefix of a family name"),
    ("安倍晋三", "Abe Shintaro", "same family, different given name"),
])
def test_japanese_negatives(cjk, english, why):
    assert match_name(cjk, english) is None, why


def test_name_list_accuracy():
    """Every name of the fixture, both orders, with the right reading; no cross matches."""
    for kf, kg, rf, rg, en in JA_ROWS:
        family, given = en.split()
        m = match_name(kf + kg, en)
        assert m is not None and m.reading == f"{rf} {rg}", (kf + kg, en, m)
        assert match_name(kf + kg, f"{given} {family}") is not None
        assert match_name(kf + kg, family) is not None
    wrong = [(kf + kg, en2) for kf, kg, rf, rg, _ in JA_ROWS for _, _, rf2, rg2, en2 in JA_ROWS
             if (rf, rg) != (rf2, rg2) and match_name(kf + kg, en2)]
    assert wrong == []


# --- Korean names --------------------------------------------------------------------

@pytest.mark.parametrize("hangul, english", [
    ("윤석열", "Yoon Suk Yeol"), ("윤석열", "Yoon Suk-yeol"), ("윤석열", "Yun Seok-yeol"), ("윤석열", "Yun Sŏk-yŏl"),
    ("윤석열", "Suk Yeol Yoon"), ("윤석열", "YOON Suk Yeol"),
    ("김대중", "Kim Dae-jung"), ("김대중", "Kim Daejung"), ("김대중", "Kim Dae Jung"), ("김대중", "Kim Tae-jung"),
    ("김대중", "Gim Dae-jung"), ("김대중", "Dae-jung Kim"),
    ("이명박", "Lee Myung-bak"), ("이명박", "Yi Myeong-bak"), ("이명박", "Rhee Myung Bak"), ("이명박", "I Myeong-bak"),
    ("박근혜", "Park Geun-hye"), ("박근혜", "Pak Kun-hye"), ("박근혜", "Bak Geunhye"),
    ("문재인", "Moon Jae-in"), ("문재인", "Mun Jae-in"), ("최순실", "Choi Soon-sil"), ("최순실", "Choe Sun-sil"),
    ("정의용", "Chung Eui-yong"), ("정의용", "Jeong Ui-yong"), ("노무현", "Roh Moo-hyun"), ("노무현", "No Mu-hyeon"),
    ("한동훈", "Han Dong-hoon"), ("김정은", "Kim Jong-un"), ("김정은", "Kim Jong Un"), ("반기문", "Ban Ki-moon"),
    ("남궁원", "Namgung Won"), ("이재명", "Lee Jae-myung"), ("유명환", "Yu Myung-hwan"), ("유명환", "Yoo Myung-hwan"),
])
def test_hangul_name_matches_english_spelled_in_several_conventions(hangul, english):
    m = match_name(hangul, english)
    assert m is not None and m.score >= 0.85, (hangul, english, m)
    assert "Hangul" in m.evidence


def test_hangul_family_name_alone_is_weaker():
    m = match_name("윤석열", "Yoon")
    assert m is not None and m.score < 0.8 and "family name only" in m.evidence


@pytest.mark.parametrize("hangul, english", [
    ("김대중", "Kim Jong-un"), ("김대중", "Kim Young-sam"), ("이명박", "Lee Jae-myung"), ("윤석열", "Yoon Seok-min"),
    ("박근혜", "Park Chung-hee"), ("윤석열", "Kim Dae-jung"), ("김정은", "Kim Jong-il"), ("윤석열", "Ishiba Shigeru"),
])
def test_korean_negatives(hangul, english):
    assert match_name(hangul, english) is None


def test_korean_candidates_is_a_set_of_conventional_spellings():
    c = korean_candidates("윤석열")
    for s in ("Yoon Suk Yeol", "Yoon Suk-yeol", "Yun Seok-yeol", "Yoon Seok Yeol", "Suk-yeol Yoon"):
        assert s in c
    for name, spellings in {"이명박": ("Lee Myung-bak", "Yi Myeong-bak", "Rhee Myung-bak"),
                            "박근혜": ("Park Geun-hye", "Bak Geun-hye", "Pak Geun-hye"),
                            "김대중": ("Kim Dae-jung", "Kim Daejung", "Kim Dae Jung", "Gim Dae-jung")}.items():
        got = korean_candidates(name)
        assert all(s in got for s in spellings), (name, got[:12])
    assert len(c) == len(set(c))
    assert korean_candidates("not hangul") == []


def test_korean_candidates_of_one_syllable_are_the_family_name_alone():
    """One syllable (a word of a note read by a statute's composition: 달 "month") is no
    family and given name: its spellings alone, not an error."""
    assert korean_candidates("달")[:1] == ["Dal"] and "Park" in korean_candidates("박")


def test_hanja_korean_name():
    assert match_name("尹錫悦", "Yoon Suk Yeol").score >= 0.85
    assert match_name("金大中", "Kim Dae-jung") is not None
    assert match_name("文在寅", "Moon Jae-in") is not None
    assert match_name("李明博", "Lee Myung-bak") is not None


def test_japanese_name_in_hangul():
    """A Korean title writes Japanese names in Hangul: 이시바 = Ishiba."""
    assert match_name("이시바", "Ishiba").score >= 0.9
    assert match_name("이시바 시게루", "Ishiba Shigeru").score >= 0.9
    assert match_name("이시바 시게루", "Ishiba") is not None
    assert match_name("기시다", "Kishida") is not None
    assert match_name("이시바", "Kishida") is None


# --- suggestions: Korean Hangul for Japanese names -------------------------------------

@pytest.mark.parametrize("kanji, english, korean", [
    ("石破茂", "Ishiba Shigeru", "이시바 시게루"),
    ("岸田文雄", None, "기시다 후미오"),
    ("高市早苗", None, "다카이치 사나에"),
    ("安倍晋三", None, "아베 신조"),
    ("小渕恵三", None, "오부치 게이조"),
    ("倉重篤郎", "Kurashige Atsuro", "구라시게 아쓰로"),
    ("石破茂", "Ishiba", "이시바"),            # the article gives only the family name
    ("岸田文雄", "Kishida", "기시다"),
    ("小泉純一郎", None, "고이즈미 준이치로"),
    ("伊藤博文", "Ito Hirobumi", "이토 히로부미"),
    ("松野博一", None, "마쓰노 히로카즈"),
    ("細川護熙", "Hosokawa Morihiro", "호소카와 모리히로"),
    ("大谷翔平", "Otani Shohei", "오타니 쇼헤이"),
])
def test_korean_for_japanese_name(kanji, english, korean):
    s = korean_for_japanese_name(kanji, english)
    assert isinstance(s, Suggestion)
    assert s.text == korean
    assert s.confidence < 0.7
    assert "외래어 표기법" in s.evidence and "reading" in s.evidence


def test_korean_for_japanese_name_reports_reading():
    s = korean_for_japanese_name("石破茂", "Ishiba Shigeru")
    assert s.reading == "いしば しげる" and "いしば しげる" in s.evidence


@pytest.mark.parametrize("english, korean", [
    ("Kishida", "기시다"), ("Takaichi Sanae", "다카이치 사나에"), ("Obuchi", "오부치"), ("Abe", "아베"),
    ("Ishiba", "이시바"), ("Kōno", "고노"), ("Kohno", "고노"), ("Kono", "고노"), ("Shinzo", "신조"),
    ("Tsutomu", "쓰토무"), ("Hattori", "핫토리"), ("Kyoto", "교토"), ("Tokyo", "도쿄"),
    ("Jun'ichiro", "준이치로"), ("SUGA Yoshihide", "스가 요시히데"), ("Yoshihide SUGA", "스가 요시히데"),
])
def test_korean_for_japanese_romaji(english, korean):
    s = korean_for_japanese_romaji(english)
    assert s is not None and s.text == korean and s.confidence < 0.7
    assert "no kanji" in s.evidence


@pytest.mark.parametrize("english", ["Kim Dae-jung", "Yoon Suk Yeol", "Blinken", ""])
def test_korean_for_japanese_romaji_refuses_non_japanese(english):
    assert korean_for_japanese_romaji(english) is None


def test_korean_for_japanese_name_refuses_non_japanese():
    assert korean_for_japanese_name("Ishiba") is None
    assert korean_for_japanese_name("") is None


# --- suggestions: katakana for Korean names ---------------------------------------------

@pytest.mark.parametrize("english, hangul, katakana", [
    ("Yoon Suk Yeol", "윤석열", "ユン・ソギョル"),
    ("Yoon Suk Yeol", None, "ユン・ソギョル"),
    ("Lee Myung-bak", "이명박", "イ・ミョンバク"),
    ("Park Geun-hye", "박근혜", "パク・クネ"),
    ("Kim Dae-jung", "김대중", "キム・デジュン"),
    ("Moon Jae-in", None, "ムン・ジェイン"),
    ("Kim Jong-un", "김정은", "キム・ジョンウン"),
    ("Han Dong-hoon", "한동훈", "ハン・ドンフン"),
    ("Roh Moo-hyun", "노무현", "ノ・ムヒョン"),
    ("Chun Doo-hwan", "전두환", "チョン・ドゥファン"),
])
def test_japanese_for_korean_name(english, hangul, katakana):
    s = japanese_for_korean_name(english, hangul)
    assert s is not None and s.text == katakana
    assert s.confidence < 0.7
    assert ("Hangul" in s.evidence) and ("katakana" in s.evidence)
    if hangul is None:
        assert s.confidence < japanese_for_korean_name(english, "윤석열").confidence


# --- loading --------------------------------------------------------------------------

def test_importing_loads_no_dictionary():
    code = ("import sys, glossary.align.names, glossary.align.bridge; "
            "print(any(m.split('.')[0] in ('pykakasi', 'hanja') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- Korean transcription of romanized Japanese names: family name first --------------------

from glossary.align.names import japanese_given_name_first, korean_for_japanese_romaji, romaji_is_japanese  # noqa: E402

ROMAJI_ORDER_CASES = [
    pytest.param("Hiroshi Tanaka", None, "다나카 히로시", id="given-first-by-shape-and-common-family-name"),
    pytest.param("Tanaka Hiroshi", None, "다나카 히로시", id="family-first-kept"),
    pytest.param("Kenji Yamamoto", None, "야마모토 겐지", id="given-ending-ji-family-ending-moto"),
    pytest.param("Akiko Ishii", None, "이시이 아키코", id="double-i-of-a-family-name-written"),
    pytest.param("Naoki Fujimura", None, "후지무라 나오키", id="mura-family-ending"),
    pytest.param("Nakamura Yuki", True, "유키 나카무라", id="article-habit-given-first-overrides"),
    pytest.param("TANAKA Hiroshi", None, "다나카 히로시", id="capitals-mark-the-family-name"),
]


@pytest.mark.parametrize("english,given_first,hangul", ROMAJI_ORDER_CASES)
def test_korean_for_romaji_orders_family_first(english, given_first, hangul):
    assert korean_for_japanese_romaji(english, given_first).text == hangul


def test_name_order_score_sign():
    assert japanese_given_name_first("Hiroshi Tanaka") > 1
    assert japanese_given_name_first("Tanaka Hiroshi") < -1
    assert japanese_given_name_first("Tanaka") == 0


ROMAJI_JAPANESE_CASES = [
    pytest.param("Tanaka", True, id="japanese"),
    pytest.param("Kohno", True, id="long-o-spelled-oh"),
    pytest.param("Xiaoping", False, id="pinyin-x-iao"),
    pytest.param("Zhou", False, id="pinyin-zh"),
    pytest.param("Hong", False, id="pinyin-ong"),
    pytest.param("Wei", False, id="loanword-mora-we"),
    pytest.param("Vera", False, id="v-and-l-are-not-hepburn"),
]


@pytest.mark.parametrize("word,ok", ROMAJI_JAPANESE_CASES)
def test_romaji_is_japanese(word, ok):
    assert romaji_is_japanese(word) is ok


def test_kanji_readings_are_pykakasis_own_found_by_prefix():
    """`text.readings.kakasi()` looks pykakasi's dictionary words up by the text's prefixes
    instead of testing every word of the first character: pykakasi's segmentation and
    readings, unchanged, on every Japanese run of the test data and on kanji written with
    variation selectors (whose count pykakasi folds into the match)."""
    import glob

    import pykakasi
    import regex

    from glossary.text.readings import kakasi

    runs = set()
    data = pathlib.Path(__file__).parent / "data"
    for path in glob.glob(str(data / "**" / "*"), recursive=True):
        try:
            text = pathlib.Path(path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        runs.update(regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆ヶ\u3000-\u303f\U000E0100-\U000E01EF"
                                  r"\uFE00-\uFE0F]{1,40}", text))
    selectors = (data / "names" / "kanji_variation_selectors.txt").read_text(encoding="utf-8").splitlines()[1:]
    runs.update(selectors)
    assert len(runs) > 1000 and any("\U000E0100" in r for r in runs)
    ours, theirs = kakasi(), pykakasi.kakasi()
    assert type(ours._kakasi._jconv).__name__ == "PrefixJConv"      # the look-up under test is in use
    assert [ours.convert(r) for r in sorted(runs)] == [theirs.convert(r) for r in sorted(runs)]


@pytest.mark.parametrize("english, korean", [
    ("Junichiro", "준이치로"), ("Junichi", "준이치"), ("Kenichi", "겐이치"), ("Minako", "미나코"), ("Kanako", "가나코"),
])
def test_korean_for_japanese_romaji_reads_n_before_a_vowel_as_the_dictionary_does(english, korean):
    """"n" before a vowel is ん or な-row: JMnedict's most frequent reading of the name decides
    (Junichi: じゅんいち -> 준이치; Minako: みなこ -> 미나코)."""
    from glossary.text import jmdict

    if not jmdict.available():
        pytest.skip("the JMdict index is not built here")
    assert korean_for_japanese_romaji(english).text == korean


def test_a_hangul_title_or_gloss_is_no_korean_name_to_spell_in_katakana():
    """"Sejong the Great" glossed 세종대왕 (세종 + 대왕 "great king") or a ruler glossed with
    his dynasty (고려왕조 인종): no surname and given name, so no katakana."""
    assert japanese_for_korean_name("King Valjong", "발종대왕") is None
    assert japanese_for_korean_name("King Valjong", "고려왕조 발종") is None
    assert japanese_for_korean_name("Kim Valjong", "김발종").text == "キム・バルジョン"


def test_a_vowel_that_starts_a_characters_reading_is_no_long_vowel_in_korean():
    """The Korean standard drops a Japanese long vowel (大野 おおの 오노), but not a vowel
    that begins the next character's reading (豊岡 とよ|おか 도요오카, 大岡 おお|おか 오오카)."""
    from glossary.align.names.hangul_for_japanese import _kana_to_korean

    assert _kana_to_korean(["とよおか"], ["豊岡"]) == "도요오카"
    assert _kana_to_korean(["おおおか"], ["大岡"]) == "오오카"
    assert _kana_to_korean(["おおの"], ["大野"]) == "오노"
    assert _kana_to_korean(["こうじ"], ["小路"]) == "고지"          # one reading of both characters: long
    assert _kana_to_korean(["さとう"], ["佐藤"]) == "사토"
    assert _kana_to_korean(["とよおか"]) == "도요카"          # without the characters: the rule alone
