"""Local governments and places the notes name in Hangul or kanji, with or without their
administrative unit (align/local_places.py): 부산광역시 for "Busan", 경상북도 for "North
Gyeongsang Province", 釜山 for "Busan", 下関市 for "Shimonoseki City"; and the Korean of a
Japanese place with a long い (新潟 니가타)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def _forms(name: str) -> dict[str, tuple[str, dict[str, list[str]]]]:
    """English form -> (category, {lang: [forms]}) of every entry of the fixture."""
    out = {}
    for c in analyse(read_document(DATA / name)):
        langs: dict[str, list[str]] = {}
        for f in c.forms:
            langs.setdefault(f.lang, []).append(f.text)
        for en in langs.get("en", []):
            out[en] = (c.category.value, langs)
    return out


# (English, letters of the name, units its head names, direction, why)
ENGLISH = [
    ("Gyeonggi Province", "gyeonggi", {"kr-province"}, "", "an English head for the unit"),
    ("Busan Metropolitan City", "busan", {"kr-metropolitan-city"}, "", "the longest head wins over 'City'"),
    ("Jeju Special Self-Governing Province", "jeju", {"kr-special-self-governing-province"}, "",
     "a head of three words"),
    ("North Gyeongsang Province", "gyeongsang", {"kr-province"}, "north", "a direction before the name"),
    ("Gyeongsangbuk-do", "gyeongsangbuk", {"kr-province", "kr-island"}, "", "the unit romanized after a hyphen"),
    ("Kyŏnggi-do", "kyeonggi", {"kr-province", "kr-island"}, "", "McCune-Reischauer's breve"),
    ("Busan", "busan", set(), "", "no head"),
    ("the City of Busan", "busan", {"kr-city", "jp-city", "jp-ward", "kr-special-city", "kr-metropolitan-city"}, "",
     "'City of X'"),
]


@pytest.mark.parametrize("english,letters,heads,direction,why", ENGLISH, ids=[e[0] for e in ENGLISH])
def test_an_english_place_name_reads_as_name_unit_and_direction(english, letters, heads, direction, why):
    from glossary.align.local_places import read_english

    got = read_english(english)
    assert got is not None, why
    assert (got.letters, set(got.heads), got.direction) == (letters, heads, direction), why


@pytest.mark.parametrize("english", ["Governor Hirai", "North Province", "Ulm", "korea", "Two Word Place"])
def test_what_is_no_romanized_place_name(english):
    from glossary.align.local_places import read_english

    assert read_english(english) is None


# (Hangul, letters, spelled?, why)
SPELLINGS = [
    ("부산", "busan", True, "Revised Romanization"),
    ("부산", "pusan", True, "McCune-Reischauer"),
    ("전라", "jeolla", True, "ㄴ+ㄹ written ll"),
    ("신라", "silla", True, "ㄴ+ㄹ written ll"),
    ("경상", "gyeongsang", True, "syllable by syllable"),
    ("경상", "gyeonggi", False, "another name"),
]


@pytest.mark.parametrize("hangul,letters,ok,why", SPELLINGS, ids=[f"{s[0]}-{s[1]}" for s in SPELLINGS])
def test_hangul_spells_a_romanized_name(hangul, letters, ok, why):
    from glossary.align.local_places import spells

    assert spells(hangul, letters) is ok, why


def test_korean_provinces_and_cities_take_the_note_forms_with_their_unit():
    """경기도청 (the provincial office), 경상북도, 제주특별자치도, 부산광역시, 전라남도·경기도:
    the English head says whether the unit is written; the kanji come from JMdict."""
    got = _forms("korean_provinces_named_in_korean_notes.txt")
    assert got["Gyeonggi Province"][1]["ko"] == ["경기도"]
    assert got["Gyeonggi Province"][1]["ja"] == ["京畿道"]
    assert got["North Gyeongsang Province"][1]["ko"] == ["경상북도"]
    assert got["Gyeongsangbuk-do"][1]["ja"] == ["慶尚北道"]
    assert got["Jeju Special Self-Governing Province"][1]["ko"] == ["제주특별자치도"]
    assert got["Jeju Special Self-Governing Province"][1]["ja"] == ["済州特別自治道"]
    assert got["South Jeolla Province"][1]["ko"] == ["전라남도"]
    # no head: the name alone, not the metropolitan city's full name
    assert got["Busan"][1]["ko"] == ["부산"] and got["Busan"][1]["ja"] == ["釜山"]


def test_korean_places_in_kanji_give_their_korean_reading():
    """釜山, 仁川, 済州島 in Japanese headlines: the kanji read in Korean spell the English."""
    got = _forms("korean_places_in_japanese_notes.txt")
    assert got["Busan"][1]["ja"] == ["釜山"] and got["Busan"][1]["ko"] == ["부산"]
    assert got["Incheon"][1]["ja"] == ["仁川"] and got["Incheon"][1]["ko"] == ["인천"]
    assert got["Jeju"][1]["ja"] == ["済州"] and got["Jeju"][1]["ko"] == ["제주"]


def test_japanese_cities_and_towns_take_the_note_forms():
    """下関市, 対馬市, 京都府宇治市: read in Japanese (or a JMnedict place of that name);
    Tsushima, a town with a unit in the note, is a place; 新潟 is 니가타 (long vowels short)."""
    got = _forms("japanese_cities_in_notes.txt")
    assert got["Shimonoseki City"][1]["ja"] == ["下関市"]
    assert got["Shimonoseki City"][1]["ko"] == ["시모노세키시"]
    assert got["Kyoto"][1]["ja"] == ["京都"] and got["Kyoto"][1]["ko"] == ["교토"]
    assert got["Tsushima"][0] == "place"
    assert got["Tsushima"][1]["ja"] == ["対馬"] and got["Tsushima"][1]["ko"] == ["쓰시마"]
    assert got["Niigata Prefecture"][1]["ko"] == ["니가타현"]


def test_a_long_i_inside_a_place_characters_reading_is_not_written():
    from glossary.align.japanese_places import korean_place

    assert korean_place("新潟県", "Niigata Prefecture")[0] == "니가타현"
    assert korean_place("飯田市", "Iida City")[0] == "이다시"
    assert korean_place("石井町", "Ishii Town")[0] == "이시이정"      # い begins 井's reading: written
    assert korean_place("豊岡市", "Toyooka City")[0] == "도요오카시"


def test_korea_alone_gets_the_korean_both_periods_share_and_no_japanese():
    """"Korea" names South Korea today and the country before 1945: Korean writes 한국 for
    both; Japanese writes 韓国 or 朝鮮 by period, so no Japanese form is suggested."""
    got = _forms("korea_named_alone.txt")
    category, langs = got["Korea"]
    assert category == "place"
    assert langs.get("ko") == ["한국"] and "ja" not in langs
    from glossary.align.dictionary import shared_name, territory

    assert territory("Korea") is None           # CLDR's KR is "South Korea"
    assert shared_name("Korea") == ("KR", {"ko": "한국"})
    assert shared_name("South Korea") is None
    # an article that names the state apart: "Korea" may be its alias or another period's country
    beside = _forms("korea_beside_the_republic.txt")
    assert beside["Republic of Korea"][1]["ko"] == ["대한민국"]
    assert "ko" not in beside["Korea"][1] and "ja" not in beside["Korea"][1]
