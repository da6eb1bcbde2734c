"""Alignment precision (review 10, findings 1, 2, 3, 5, 6): forms the notes do not give
must not be stored, and the note's own form of a name must be.  Each fixture is a made-up
article with one kind of note."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.loanwords import first_vowels_agree, romanize
from glossary.align.persons import name_evidence
from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def _entry(cands, english):
    return next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))


def _texts(cands, english, lang):
    return {f.text for f in _entry(cands, english).forms if f.lang == lang}


# --- 1. a consonant skeleton alone is no transcription of a place --------------------------

@pytest.fixture(scope="module")
def places():
    return analyse(read_document(DATA / "headline_words_are_no_transcriptions_of_places.txt"))


@pytest.mark.parametrize("english, word", [("Seoul", "치히로"), ("Japan", "지배인")])
def test_a_headline_word_is_no_transcription_of_a_place(places, english, word):
    """치히로 (a film's heroine) has Seoul's consonants S-R, 지배인 ("manager") Japan's S-P-N;
    neither is their transcription, and the note line is no occurrence of the place."""
    assert word not in _texts(places, english, "ko")
    assert not any(m.footnote is not None for m in _entry(places, english).mentions)


@pytest.mark.parametrize("cjk, english, agree", [
    ("치히로", "Seoul", False), ("지배인", "Japan", False),
    ("헤그세스", "Hegseth", True), ("이코모스", "ICOMOS", True), ("야스쿠니", "Yasukuni", True),
    ("하이닉스", "hynix", True), ("워싱턴", "Washington", True), ("스트라스부르", "Strasbourg", True),
    ("바이든", "Biden", True), ("트럼프", "Trump", True), ("ハガティ", "Hagerty", True),
])
def test_first_vowels_agree(cjk, english, agree):
    assert first_vowels_agree(romanize(cjk), english) is agree


# --- 2 and 6. Japanese surnames in Hangul, and the title nouns beside them -------------------

@pytest.fixture(scope="module")
def headlines():
    return analyse(read_document(DATA / "japanese_surnames_in_hangul_headlines.txt"))


@pytest.mark.parametrize("english, whole", [
    ("Kamikawa", "가미카와"), ("Hosokawa", "호소카와"), ("Nukaga", "누카가"), ("Arai", "아라이"),
    ("Takeda", "다케다"), ("Fukuda", "후쿠다"), ("Yun Duk-min", "윤덕민"),
])
def test_a_japanese_surname_keeps_its_last_syllable(headlines, english, whole):
    """와, 가, 이 and 다 end these names; they are no particles (and 다 no verb ending)
    when the word is the name's transcription or stands before a title (외상, 의원, 대사)."""
    assert _texts(headlines, english, "ko") == {whole}


def test_a_title_noun_is_no_institution_and_no_name(headlines):
    """다케다 의원: 의원 ("assembly member") is a title, never the only institution of the
    note; 윤덕민 대사: the ambassador's form is the name without the title, on his entry."""
    takeda = _entry(headlines, "Takeda")
    assert takeda.category.value == "person"
    assert not any(f.text in ("의원", "윤덕민 대사", "대사") for c in headlines for f in c.forms)
    assert sum(1 for c in headlines for f in c.forms if f.text == "윤덕민") == 1


# --- 3. a name glued to an office: the note's kanji, not a JMnedict homonym ---------------

@pytest.fixture(scope="module")
def glued():
    return analyse(read_document(DATA / "names_glued_to_an_office_in_japanese_notes.txt"))


@pytest.mark.parametrize("english, kanji", [
    ("Kihara Minoru", "木原稔"), ("Katsunobu Kato", "加藤勝信"), ("Saito Makoto", "斎藤実"),
])
def test_the_notes_kanji_of_a_name_glued_to_an_office(glued, english, kanji):
    """木原稔防衛大臣記者会見, 加藤勝信内閣官房長官記者会見, 斎藤実関係文書: the note writes the
    name (JMnedict also knows 木原実, 加藤捷信, 齋藤實), so that is the form."""
    ja = [f for f in _entry(glued, english).forms if f.lang == "ja"]
    assert [f.text for f in ja] == [kanji]
    assert ja[0].origin.startswith("footnote:")


# --- 5. a family name alone is no prefix of a longer word ---------------------------------

def test_a_family_name_alone_covers_a_name_not_a_word():
    assert name_evidence("文藝春秋", ("Moon",)) is None        # 文 read もん only as an alternative
    assert name_evidence("林芳正", ("Hayashi",)) is not None
    assert name_evidence("小泉純一郎", ("Koizumi",)) is not None


def test_a_publisher_is_no_form_of_a_person():
    cands = analyse(read_document(DATA / "family_name_alone_is_no_prefix_of_a_publisher.txt"))
    assert "文藝春秋" not in _texts(cands, "Jae-in Moon", "ja")
    assert "文在寅" in _texts(cands, "Jae-in Moon", "ja")


# --- 4. places and Korean names in kanji are no Japanese people ----------------------------

@pytest.fixture(scope="module")
def kanji_places():
    return analyse(read_document(DATA / "places_and_korean_names_in_kanji_are_no_japanese_people.txt"))


def test_a_place_and_its_unit_is_no_person(kanji_places):
    """壱岐市, 対馬市 (壱 read いち), 鳥取県 and 江原道 are no people: no entry and no alias
    romanizes them as Japanese names ("Ichishi Shi", "Tottori Ken", "Ebara Michi")."""
    english = {f.text for c in kanji_places for f in c.forms if f.lang == "en"}
    assert not english & {"Ichishi Shi", "Tsushima Shi", "Tottori Ken", "Ebara Michi"}
    assert not any(f.text in ("壱岐市", "対馬市") for c in kanji_places if c.category.value == "person"
                   for f in c.forms)
    assert _texts(kanji_places, "Gangwon Province", "ko") == {"강원도"}
    assert _texts(kanji_places, "Tottori Prefecture", "ko") == {"돗토리현"}


def test_a_korean_in_kanji_beside_his_hangul_is_one_korean_person(kanji_places):
    """康京和 (a note's kanji) with 강경화 (the same note's Hangul, its Sino-Korean reading):
    Kang Kyung-wha, not a Japanese "Yasushi Kyowa" (야스시 교와)."""
    held = [c for c in kanji_places if any(f.text == "康京和" for f in c.forms)]
    assert held and all({(f.lang, f.text) for f in c.forms if f.lang != "en"} == {("ja", "康京和"), ("ko", "강경화")}
                        and {f.text for f in c.forms if f.lang == "en"} <= {"Kang Kyung-wha"} for c in held)
    assert not any("야스시" in f.text or f.text == "Yasushi Kyowa" for c in kanji_places for f in c.forms)


def test_place_units_are_never_persons():
    from glossary.align.persons import JA_PLACE_UNIT

    for place in ("壱岐市", "鳥取県", "江原道", "慶尚北道", "京都府"):
        assert JA_PLACE_UNIT.fullmatch(place), place
    for name in ("村山富市", "佐藤正道", "中村", "木村"):
        assert not JA_PLACE_UNIT.fullmatch(name), name
