"""Suggestions for people and names the article gives no Japanese or Korean for (issue 12):
Western people in katakana, Korean people in kanji, Japanese institutions in Korean, and the
dictionary's glosses compared with number, spelling and "Japan" aside."""
from __future__ import annotations

import pytest

from glossary.align import jmdict_gloss, jmdict_source
from glossary.align.foreign_names import add_foreign_person_forms, katakana_for_name
from glossary.align.japanese_places import add_japanese_place_forms, korean_place
from glossary.align.korean_kanji import add_korean_person_kanji, kanji_for_korean_person
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role
from glossary.text import jmdict

pytestmark = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


def _cand(category: Category, *forms: tuple[str, str]) -> Candidate:
    return Candidate(category=category, confidence=0.9,
                     forms=[Form(lang, text, Role.PREFERRED, "text", 0.9, "") for lang, text in forms])


# -- Western people: JMnedict's given names and surnames, given name first, joined by ・ --

@pytest.mark.parametrize("english, katakana", [
    ("Joe Biden", "ジョー・バイデン"),
    ("Angela Merkel", "アンジェラ・メルケル"),
    ("Putin", "プーチン"),                    # a surname used alone
    # of several spellings, the one Japanese text writes most (wordfreq's Japanese list)
    ("Vladimir Putin", "ウラジーミル・プーチン"),
    ("Donald Trump", "ドナルド・トランプ"),
    # a middle initial stays, a Latin capital between the dots
    ("Harry S. Truman", "ハリー・S・トルーマン"),
    ("Daniel Craig", "ダニエル・クレイグ"),   # ダニエル is unclassified in JMnedict
])
def test_western_people_in_katakana(english, katakana):
    assert katakana_for_name(english)[0] == katakana


@pytest.mark.parametrize("english", [
    "Ken Tanaka",          # Japanese: its kanji come from JMnedict persons, not katakana
    "Wang Yi",             # a Chinese family name: Japanese writes Chinese names in kanji
    "Kim Yuna",            # a Korean family name
    "Donald Ostrinsky",    # a surname the dictionary lacks: no guess for the whole name
    "J. Valmora",          # an initial first: no guess
    "Scholars",            # not a name in the dictionary
])
def test_no_katakana_guessed(english):
    assert katakana_for_name(english) is None


def test_katakana_added_as_a_suggestion_with_its_evidence():
    cand = _cand(Category.PERSON, ("en", "Joe Biden"))
    assert add_foreign_person_forms([cand]) == 1
    ja = next(f for f in cand.forms if f.lang == "ja")
    assert (ja.text, ja.origin) == ("ジョー・バイデン", "dictionary:jmnedict")
    assert ja.confidence < 0.9 and "バイデン 'Biden'" in ja.evidence


def test_a_person_with_a_japanese_form_keeps_it():
    cand = _cand(Category.PERSON, ("en", "Joe Biden"), ("ja", "バイデン"))
    assert add_foreign_person_forms([cand]) == 0


# -- Korean people in kanji: Sino-Korean reading and kana reading must both agree ---------

@pytest.mark.parametrize("hangul, english, kanji", [
    ("김대중", "Kim Dae-jung", "金大中"),      # 金 read 김 as a family name (the bridge's second reading)
    ("이명박", "Lee Myung-bak", "李明博"),
    ("노무현", "Roh Moo-hyun", "盧武鉉"),
])
def test_korean_people_in_kanji(hangul, english, kanji):
    assert kanji_for_korean_person(hangul, english)[0] == kanji


def test_kanji_read_the_japanese_way_are_not_taken():
    # JMnedict reads 全斗煥 ぜんとかん (Japanese on-reading), not the Korean pronunciation
    assert kanji_for_korean_person("전두환", "Chun Doo-hwan") is None


def test_korean_kanji_needs_a_hangul_form():
    english_only = _cand(Category.PERSON, ("en", "Kim Dae-jung"))
    with_hangul = _cand(Category.PERSON, ("en", "Kim Dae-jung"), ("ko", "김대중"))
    assert add_korean_person_kanji([english_only, with_hangul]) == 1
    assert [f.text for f in with_hangul.forms if f.lang == "ja"] == ["金大中"]


def test_people_for_hangul_lists_jmnedict_people_only():
    assert {e.source for e in jmdict.people_for_hangul("김대중")} == {"jmnedict"}
    assert all(e.source == "jmdict" for e in jmdict.kanji_for_hangul("국회"))


# -- Japanese institutions and publications in Korean ---------------------------------

@pytest.mark.parametrize("ja, english, reading, korean", [
    ("靖国神社", "Yasukuni Shrine", "", "야스쿠니 신사"),     # the head in Sino-Korean, spaced
    ("朝日新聞", "Asahi Shimbun", "", "아사히신문"),
    ("日本経済新聞", "Nihon Keizai Shimbun", "", "니혼게이자이신문"),  # each English word starts a word
])
def test_japanese_names_in_korean(ja, english, reading, korean):
    assert korean_place(ja, english, reading, "ja_name_heads")[0] == korean


@pytest.mark.parametrize("ja, english, reading", [
    ("講談社", "Kodansha", "こうだんしゃ"),      # transcribed in Korean (고단샤) ...
    ("参政党", "Sanseito", "さんせいとう"),      # ... but a party is read in Sino-Korean (참정당): no rule tells
])
def test_a_whole_name_without_a_head_gets_nothing(ja, english, reading):
    assert korean_place(ja, english, reading, "ja_name_heads") is None


def test_a_short_name_is_not_matched_in_the_other_number():
    assert "日本時間" not in {e.headword for e in jmdict_gloss.strict_entries("The Japan Times")}


def test_an_institution_not_read_in_japanese_gets_nothing():
    # 外務省 is not "Ministry of Foreign Affairs" read aloud: no transcription
    assert korean_place("外務省", "Ministry of Foreign Affairs", "", "ja_name_heads") is None
    cand = _cand(Category.INSTITUTION, ("en", "Ministry of Foreign Affairs"), ("ja", "外務省"))
    assert add_japanese_place_forms([cand]) == 0


# -- glosses compared strictly, number, spelling and "Japan" aside ---------------------

@pytest.mark.parametrize("english, headword", [
    ("Self-Defense Forces", "自衛隊"),             # the gloss "Japan Self-Defense Force"
    ("Maritime Self-Defense Force", "海上自衛隊"),  # the gloss "Maritime Self Defense Forces (Defence)"
    ("Ministry of Defense", "防衛省"),
])
def test_strict_gloss_matches(english, headword):
    assert [e.headword for e in jmdict_gloss.strict_entries(english)] == [headword]


def test_a_foreign_qualified_gloss_does_not_match():
    # 国防省 is glossed "Ministry of Defence (UK, etc.)": British spelling made American,
    # the qualifier still names another country
    assert "国防省" not in {e.headword for e in jmdict_gloss.strict_entries("Ministry of Defense")}


def test_a_katakana_name_with_and_without_its_dot_is_one_spelling():
    entries = list(jmdict_gloss.strict_entries("Goldman Sachs"))
    assert [e.headword for e in jmdict_gloss.one_per_spelling(entries)] == ["ゴールドマン・サックス"]


def test_an_institution_of_the_past_is_not_todays():
    # 大蔵省 "Ministry of Finance (1869-2001)" is not today's ministry; an event keeps its dates
    okura = next(e for e in jmdict_gloss.strict_entries("Ministry of Finance") if e.headword == "大蔵省")
    assert jmdict_gloss.of_the_past(okura, "Ministry of Finance")
    iraq = next(e for e in jmdict_gloss.strict_entries("Iraq War") if e.headword == "イラク戦争")
    assert jmdict_gloss.of_the_past(iraq, "Iraq War")
    war = Candidate(category=Category.EVENT, confidence=0.9,
                    forms=[Form("en", "Iraq War", Role.PREFERRED, "text", 0.9, "")])
    assert jmdict_source._by_gloss(war)[0].headword == "イラク戦争"


def test_a_company_read_in_japanese_is_transcribed_in_korean():
    kodansha = _cand(Category.INSTITUTION, ("en", "Kodansha"))
    honda = _cand(Category.INSTITUTION, ("en", "Honda Motor Company"))   # an English name of its own
    jmdict_source.add_jmdict_forms([kodansha, honda])
    assert {f.lang: f.text for f in kodansha.forms} == {"en": "Kodansha", "ja": "講談社", "ko": "고단샤"}
    assert not any(f.lang == "ko" for f in honda.forms)


@pytest.mark.parametrize("english, korean", [
    ("Naoki Shindo", "신도 나오키"),      # endings alone read "Naoki" as the family name
    ("Shindo Naoki", "신도 나오키"),
    ("Satoshi Ishii", "이시이 사토시"),
])
def test_the_family_name_comes_first_in_korean_by_how_jmnedict_spells_each_word(english, korean):
    """JMnedict spells "Shindo" mostly as a surname and "Naoki" as a given name: whatever the
    English order, Korean writes the family name first."""
    from glossary.align.names.hangul_for_japanese import japanese_given_name_first, korean_for_japanese_romaji

    assert abs(japanese_given_name_first(english)) >= 1.0
    assert korean_for_japanese_romaji(english, None).text == korean


def test_an_east_asian_person_in_kanji_and_katakana_is_written_in_kanji():
    """JMnedict lists 金正日 and キムジョンイル for one person (one gloss): Japanese writes
    the kanji; of a katakana name with and without the dot, the dotted one."""
    from glossary.align.jmdict_source import _person

    found = _person(_cand(Category.PERSON, ("en", "Kim Jong-il")))
    assert found is not None and found[0].headword == "金正日"
    found = _person(_cand(Category.PERSON, ("en", "Joseph Stalin")))
    assert found is not None and "・" in found[0].headword


def test_a_kept_middle_initial_is_said_in_the_evidence():
    from glossary.align.foreign_names import katakana_for_name
    from glossary.text import jmdict

    if not jmdict.available():
        pytest.skip("jamdict-data is not installed")
    text, _confidence, evidence = katakana_for_name("Harry S. Truman")
    assert "・S・" in text and "middle initial" in evidence


def test_korean_names_spelled_in_mccune_reischauer_keep_their_breved_vowels():
    """ŭ is ㅡ and ŏ is ㅓ ("Sŭnghun" is 승훈, not the "sung" of 성); after w, ŏ is ㅝ
    ("Kwŏn" is 권)."""
    from glossary.align.names.spelled_korean import spelled_korean_name

    assert spelled_korean_name("Yi Sŭnghun")[0] == "이승훈"
    assert spelled_korean_name("Kwŏn Ilsin")[0] == "권일신"


def test_a_surname_spelling_goes_to_the_surname_it_spells_best():
    """"Yun" is 윤's usual spelling and only 연's third: "Yun Hyu" is not 연휴 ("holidays",
    the frequency list's word); "Li Yun" is no given-name-first 윤리 ("ethics"): a given
    name written first without a hyphen has two syllables."""
    from glossary.align.names.known_korean import known_korean_name
    from glossary.align.names.spelled_korean import spelled_korean_name

    assert (known_korean_name("Yun Hyu") or ("",))[0] != "연휴"
    assert spelled_korean_name("Li Yun") is None
    assert known_korean_name("Moon Jae-in")[0] == "문재인"


def test_a_name_that_only_parses_as_hepburn_is_read_as_korean():
    """"Minho Seo" can be read as Hepburn (mi-n-ho se-o), but JMnedict knows no Japanese
    name "Minho": it is 서민호, not the transcription 세오 민호 of a Japanese name; "Yuki
    Harada", both words Japanese names, stays Japanese."""
    from glossary.align.names.spelled_korean import spelled_korean_name

    assert spelled_korean_name("Minho Seo")[0] == "서민호"
    assert spelled_korean_name("Yuki Harada") is None


def test_the_traditional_wh_spelling_of_a_given_syllable_is_read():
    """"Mi-wha" is 미화 as "Mi-hwa" is (the spelling many people keep for 화)."""
    from glossary.align.names.spelled_korean import spelled_korean_name

    assert spelled_korean_name("Mi-wha Kang")[0] == "강미화"


def test_a_personal_spelling_of_a_given_syllable_is_read():
    """"Sye" is a spelling people keep for 세 (RR "se"): "Mi-sye Ko" is 고미세."""
    from glossary.align.names.spelled_korean import spelled_korean_name

    assert (spelled_korean_name("Mi-sye Ko") or ("",))[0] == "고미세"



def test_a_japanese_name_whose_note_kanji_do_not_read_as_it_gets_hangul_from_its_romanization():
    """A note glued the name to a word (佐久間自身, "Sakuma himself"): its kanji do not read
    as "Sakuma Shinji", so the Korean transcription of the romanized name is suggested."""
    from glossary.align.citations import Body
    from glossary.align.transcriptions import suggest
    from glossary.documents import parse_document
    from glossary.extract.candidates import Candidate, Form, Mention
    from glossary.model import Category, Role

    text = "Sakuma Shinji, a former clerk in Osaka, founded the movement in Kyoto. Sakuma later stood for governor.\n"
    doc = parse_document(text)
    cand = Candidate(Category.PERSON, [Form("en", "Sakuma Shinji", Role.PREFERRED, "text", 0.5, ""),
                                       Form("ja", "佐久間自身", Role.ALIAS, "footnote:1", 0.75, "")], 0.5,
                     [Mention("Sakuma Shinji", 1, 1, text.strip()), Mention("Sakuma", 1, 73, text.strip())])
    suggest(cand, doc, Body(doc), [])
    assert [f.text for f in cand.forms if f.lang == "ko"] == ["사쿠마 신지"]
