"""The ja<->ko Sino-Korean bridge (issue 4): cognates and Korean readings of kanji terms."""
from __future__ import annotations

import pytest

from glossary.align.bridge import (
    JA_SKIPPED, KO_SKIPPED, READABLE_CHAR, SHINJITAI_TO_KYUJITAI, cognate, korean_for_japanese_term,
    sino_korean_readings, to_traditional,
)
from glossary.align.names import NameMatch, Suggestion


# --- regexes, table-driven --------------------------------------------------------------

@pytest.mark.parametrize("pattern, text, expected, why", [
    (KO_SKIPPED, "한·일 관계", "한일관계", "middle dot and space are not syllables"),
    (KO_SKIPPED, "일본-독일", "일본독일", "hyphen between countries"),
    (JA_SKIPPED, "8・15統一", "815統一", "katakana middle dot"),
    (JA_SKIPPED, "日韓 関係", "日韓関係", "space"),
])
def test_skipped_characters(pattern, text, expected, why):
    assert pattern.sub("", text) == expected, why


@pytest.mark.parametrize("ch, readable", [("安", True), ("々", True), ("7", True), ("G", True), ("の", False),
                                          ("・", False)])
def test_readable_char(ch, readable):
    assert bool(READABLE_CHAR.match(ch)) is readable


# --- tables -------------------------------------------------------------------------------

def test_shinjitai_table_is_pairs_of_distinct_characters():
    assert len(SHINJITAI_TO_KYUJITAI) > 250
    assert all(len(k) == 1 and len(v) == 1 and k != v for k, v in SHINJITAI_TO_KYUJITAI.items())
    assert to_traditional("国会図書館") == "國會圖書館"


@pytest.mark.parametrize("ch, initial, first, why", [
    ("円", False, "원", "円 is 圓 (원) in 円滑, not the yen (엔)"),
    ("芸", False, "예", "芸 is 藝 (예), not 芸 (운)"),
    ("予", False, "예", "予 is 豫 (예)"),
    ("欠", False, "결", "欠 is 缺 (결)"),
    ("労", True, "노", "initial-sound rule: 労働 노동"),
    ("労", False, "로", "inside a word: 勤労 근로"),
    ("李", True, "이", "surname 李 이"),
])
def test_sino_korean_readings(ch, initial, first, why):
    assert sino_korean_readings(ch, initial=initial)[0] == first, why


def test_kim_for_names():
    assert sino_korean_readings("金", name=True)[0] == "김"
    assert "금" in sino_korean_readings("金")


# --- cognates ------------------------------------------------------------------------------

@pytest.mark.parametrize("ja, ko", [
    ("安全保障", "안전보장"), ("大法院", "대법원"), ("日韓", "한일"), ("日韓関係", "한·일관계"), ("労働", "노동"),
    ("日米韓協力", "한미일 협력"), ("歴史問題", "역사 문제"), ("国会", "국회"), ("韓国", "한국"),
    ("北朝鮮", "북한"), ("自民党", "자민당"), ("公明党", "공명당"), ("衆議院", "중의원"), ("光復節", "광복절"),
    ("外務省", "외무성"), ("第三国", "제3국"), ("米韓同盟", "한미동맹"),
])
def test_full_cognates(ja, ko):
    m = cognate(ja, ko)
    assert isinstance(m, NameMatch)
    assert m.score == 1.0, m
    assert "Sino-Korean" in m.evidence


def test_partial_cognate_scores_by_coverage():
    m = cognate("日韓軍事情報包括保護協定", "한일 군사정보보호협정")
    assert m is not None and 0.8 < m.score < 1.0
    assert "日韓" in m.evidence and "coverage" in m.evidence
    part = cognate("日韓安全保障対話", "안전보장")
    assert part is not None and 0.5 < part.score < 0.8
    haplology = cognate("植民地支配", "식민지배")       # Korean contracts 식민지 지배 to 식민지배
    assert haplology is not None and 0.6 < haplology.score < 1.0
    small = cognate("円滑化協定", "상호접근협정")
    assert small is not None and small.score < 0.5


def test_country_order_is_free():
    assert cognate("露朝首脳会談", "북러 정상회담").score > 0.6     # 露朝 = 북러 (Russia = 러, DPRK = 북)
    assert "Korean order" in cognate("日韓", "한일").evidence


@pytest.mark.parametrize("ja, ko", [
    ("安全保障", "국회"), ("大法院", "한미동맹"), ("誠意ある呼応", "통일"), ("日本", "한국"), ("", "한국"), ("韓国", ""),
])
def test_not_cognates(ja, ko):
    assert cognate(ja, ko) is None


def test_single_shared_character_is_not_enough():
    assert cognate("日本政府", "일제강점") is None         # only 日 -> 일 in common


# --- Korean reading of a Japanese term ------------------------------------------------------

@pytest.mark.parametrize("ja, ko", [
    ("安全保障", "안전보장"), ("大法院", "대법원"), ("日韓関係", "한일 관계"), ("労働組合", "노동조합"),
    ("円滑化", "원활화"), ("予算", "예산"), ("芸術", "예술"), ("国会", "국회"), ("自民党", "자민당"),
    ("北朝鮮", "북한"), ("日米韓協力", "한미일 협력"), ("光復節", "광복절"), ("人々", "인인"),
    # the initial-sound rule at each word of a compound (連盟, 連合 are words; 関連, 功労 are
    # one word each, so their second character keeps its ㄹ)
    ("国際連盟", "국제연맹"), ("労働組合総連合会", "노동조합총연합회"), ("関連", "관련"), ("功労者", "공로자"),
])
def test_korean_for_japanese_term(ja, ko):
    s = korean_for_japanese_term(ja)
    assert isinstance(s, Suggestion)
    assert s.text == ko
    assert s.confidence < 0.7
    assert "Sino-Korean" in s.evidence and "hanja" in s.evidence


@pytest.mark.parametrize("ja", ["誠意ある呼応", "キャンプデービッド合意", "G7", "", "ソウル"])
def test_korean_for_japanese_term_refuses_kana_and_latin_only(ja):
    assert korean_for_japanese_term(ja) is None


def test_longer_terms_get_lower_confidence():
    assert korean_for_japanese_term("内閣総理大臣所信表明演説").confidence < korean_for_japanese_term("国会").confidence
