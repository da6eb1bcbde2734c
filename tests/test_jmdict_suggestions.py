"""Suggestions from JMdict / JMnedict (align/jmdict_source.py) on real articles' shapes:
what an editor sees on entries whose Japanese the article does not give."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align import jmdict_gloss, jmdict_source
from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
pytestmark = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


def _forms(cands, english):
    c = next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))
    return {f.lang: f for f in c.forms if f.lang != "en"}


@pytest.fixture(scope="module")
def japan():
    return analyse(read_document(DATA / "dictionary_suggestions.txt"))


@pytest.mark.parametrize("english, ja", [
    ("Liberal Democratic Party", "自由民主党"),      # not the abbreviation 自民党
    ("Komeito", "公明党"),
    ("National Diet", "国会"),
    ("Yasukuni Shrine", "靖国神社"),
    ("Kodansha", "講談社"),                         # a JMnedict company
    ("White House", "ホワイトハウス"),              # modern usage over the archaic 白亜館
    ("Fumio Kishida", "岸田文雄"),                  # a JMnedict person
    ("Kim Jong-un", "金正恩"),                      # written in the dictionary's order
])
def test_japanese_from_the_dictionary(japan, english, ja):
    form = _forms(japan, english)["ja"]
    assert form.text == ja
    assert form.origin.startswith("dictionary:jm") and form.confidence < 0.9 and form.evidence


def test_korean_derived_only_where_korean_writes_it(japan):
    assert _forms(japan, "National Diet")["ko"].text == "국회"          # a word of Korean
    # 정국신사 (the Sino-Korean reading) is no Korean word: Korean transcribes the name
    yasukuni = _forms(japan, "Yasukuni Shrine")["ko"]
    assert (yasukuni.text, yasukuni.origin) == ("야스쿠니 신사", "transcription:name")
    assert _forms(japan, "Kim Jong-un")["ko"].text == "김정은"           # wordfreq, not a Japanese reading


def test_a_common_noun_sense_is_not_a_proper_name(japan):
    """"Lower House" of an article on Japan is 衆議院; JMdict's 下院 glosses "lower house"."""
    assert "ja" not in _forms(japan, "Lower House")


def test_a_generic_state_body_of_an_article_on_korea_gets_no_japanese_institution():
    """JMdict's "Ministry of Foreign Affairs" is Japan's 外務省; this one is Korea's, as
    "Korea's" before it says: the Korean ministry's names, never Japan's."""
    cands = analyse(read_document(DATA / "dictionary_suggestions_korea.txt"))
    forms = _forms(cands, "Ministry of Foreign Affairs")
    assert forms["ja"].text == "韓国外交部" and forms["ko"].text == "외교부"


@pytest.mark.parametrize("english, category", [
    ("TCS", Category.INSTITUTION),                  # an acronym: glosses of unrelated words
    ("Government", Category.INSTITUTION),           # a common English word alone
    ("matome", Category.OTHER),                     # a lower-case single word
    ("Senkaku Islands (Taiwan)", Category.PLACE),   # nothing strict
])
def test_guards(english, category):
    cand = Candidate(category, [Form("en", english)], 0.9)
    jmdict_source.add_jmdict_forms([cand])
    assert [f.lang for f in cand.forms] == ["en"]


def test_a_qualified_gloss_of_another_country_does_not_count():
    """釣魚台 is glossed "Senkaku Islands (name used by Taiwan)"; 尖閣諸島 is the answer."""
    cand = Candidate(Category.PLACE, [Form("en", "Senkaku Islands")], 0.9)
    jmdict_source.add_jmdict_forms([cand])
    assert [f.text for f in cand.forms if f.lang == "ja"] == ["尖閣諸島"]


def test_japanese_institutions_named_of_japan_and_korean_for_parties_and_ministries():
    """"Ministry of Defense of Japan" is JMdict's "Ministry of Defense"; Korean reads the
    names of parties and ministries character by character (公明党 = 공명당)."""
    defense = Candidate(Category.INSTITUTION, [Form("en", "Ministry of Defense of Japan")], 0.9)
    komeito = Candidate(Category.INSTITUTION, [Form("en", "Komeito")], 0.9)
    jmdict_source.add_jmdict_forms([defense, komeito])
    assert {f.lang: f.text for f in defense.forms if f.lang != "en"} == {"ja": "防衛省", "ko": "방위성"}
    ko = next(f for f in komeito.forms if f.lang == "ko")
    assert ko.text == "공명당" and "parties, ministries" in ko.evidence


def test_a_name_several_people_bear_gets_the_dated_one_with_a_low_confidence_and_says_so():
    """JMnedict has several people named "Yoshida Shigeru" (吉田繁 without dates, 吉田茂 with
    them): the person of note is suggested, less confidently than a unique name, and the
    evidence names the others so the editor knows to check."""
    cand = Candidate(Category.PERSON, [Form("en", "Yoshida Shigeru")], 0.9)
    found = jmdict_source._person(cand)
    assert found is not None
    entry, english, evidence, confidence = found
    assert entry.headword == "吉田茂" and english == "Yoshida Shigeru"
    assert confidence < jmdict_source.PERSON_CONFIDENCE and "吉田繁" in evidence and "check" in evidence
    unique = jmdict_source._person(Candidate(Category.PERSON, [Form("en", "Fumio Kishida")], 0.9))
    assert unique is not None and unique[3] == jmdict_source.PERSON_CONFIDENCE


def test_an_event_named_after_another_country_is_looked_up_but_not_its_state_bodies():
    """"Korean War" is one event JMdict glosses (朝鮮戦争); "Korean Ministry of Unification"
    is a state body of Korea, which JMdict's Japanese institutions are not."""
    war = Candidate(Category.EVENT, [Form("en", "Korean War")], 0.9)
    ministry = Candidate(Category.INSTITUTION, [Form("en", "Korean Ministry of Foreign Affairs")], 0.9)
    jmdict_source.add_jmdict_forms([war, ministry])
    assert [f.text for f in war.forms if f.lang == "ja"] == ["朝鮮戦争"]
    assert [f.lang for f in ministry.forms] == ["en"]


def test_a_person_the_dictionary_glosses_with_a_title():
    """JMnedict has no "Emperor Hirohito"; JMdict glosses 昭和天皇 so."""
    emperor = Candidate(Category.PERSON, [Form("en", "Emperor Hirohito")], 0.9)
    jmdict_source.add_jmdict_forms([emperor])
    [ja] = [f for f in emperor.forms if f.lang == "ja"]
    assert (ja.text, ja.origin) == ("昭和天皇", "dictionary:jmdict") and ja.confidence <= 0.6


def test_organisations_named_only_in_notes_get_the_dictionary_english_name():
    """内閣官房「…」 and 総務省「…」 as the authors of notes, named nowhere in English: each is an
    entry under the English name JMdict gives it; a publisher JMnedict reads out is written
    without its long-vowel marks (the marked form an alias) and transcribed, not read in
    Sino-Korean, for Korean; an author the article names in English makes no second entry."""
    cands = analyse(read_document(DATA / "organisations_named_only_in_notes.txt"))
    secretariat = _forms(cands, "Cabinet Secretariat")
    assert secretariat["ja"].text == "内閣官房" and secretariat["ja"].origin == "footnote:1"
    assert _forms(cands, "Ministry of Internal Affairs and Communications")["ja"].text == "総務省"
    publisher = next(c for c in cands if any(f.text == "Yuhikaku" for f in c.forms))
    assert [f.text for f in publisher.forms if f.lang == "en"] == ["Yuhikaku", "Yūhikaku"]
    assert all(f.text != "유비각" for f in publisher.forms)
    defense = [c for c in cands if any(f.lang == "en" and f.text.startswith("Ministry of Defense") for f in c.forms)]
    assert len(defense) == 1


@pytest.mark.parametrize("english, kanji", [
    ("Tomiichi Murayama", "村山富市"),     # JMnedict also has 村山富一 (dated); 富市 is the given name Japanese writes more
    ("Hitoshi Matsumoto", "松本人志"),     # 松本整 too, but 整 reads ひとし only now and then
])
def test_homonyms_in_jmnedict_choose_the_usual_spelling_of_the_given_name(english, kanji):
    c = Candidate(category=Category.PERSON, confidence=0.9, forms=[Form(lang="en", text=english)])
    entry, _english, evidence, confidence = jmdict_source._person(c)
    assert entry.headword == kanji
    assert "check which is meant" in evidence and confidence < 0.5


@pytest.mark.parametrize("english, category, ja", [
    ("Google", Category.INSTITUTION, "グーグル"),      # a common English word: only the katakana that spells it
    ("Epson", Category.INSTITUTION, "エプソン"),
    ("Korea", Category.PLACE, None),                   # a place: CLDR's business, never コリア
    ("Government", Category.INSTITUTION, None),        # no katakana spells it: 政府 is not looked up
])
def test_a_common_one_word_name_gets_only_the_katakana_that_spells_it(english, category, ja):
    c = Candidate(category=category, confidence=0.9, forms=[Form(lang="en", text=english)])
    found = jmdict_source._by_gloss(c)
    assert (found[0].headword if found else None) == ja


def test_an_organisation_named_only_by_its_acronym_in_an_article_on_japan():
    """"LDP" alone: JMdict's entries glossed "LDP" all spell it out as one English name, which
    is looked up as a name; an acronym whose JMdict expansion is a common noun or a
    romanization gets nothing, and one the article spells out itself is not expanded."""
    def ja(*forms):
        c = Candidate(category=Category.INSTITUTION, confidence=0.9, forms=[Form(lang="en", text=t) for t in forms])
        found = jmdict_source._by_acronym(c)
        return found[0].headword if found else None
    assert ja("LDP") == "自由民主党"
    assert ja("CDP") is None                                  # "conjugate diameter pair"
    assert ja("NHK") is None                                  # "Nihon Housou Kyoukai": Japanese writes NHK
    assert ja("NISA", "Nippon Individual Savings Account") is None


@pytest.mark.parametrize("english, korean", [
    ("Nippon Kaigi", "일본회의"),                      # a JMnedict organisation with a conference head: read in Sino-Korean
    ("Tokyo Metropolitan Government", "도쿄도청"),      # the place transcribed, the rest read
])
def test_korean_for_japanese_organisations_from_the_dictionary(english, korean):
    c = Candidate(category=Category.INSTITUTION, confidence=0.9, forms=[Form(lang="en", text=english)])
    jmdict_source.add_jmdict_forms([c])
    assert [f.text for f in c.forms if f.lang == "ko"] == [korean]


def test_an_island_is_not_its_group():
    """"Okinawa Island" is no gloss of 沖縄諸島 ("Okinawa Islands"): the number of the head
    is kept for islands, where it names another place."""
    c = Candidate(category=Category.PLACE, confidence=0.9, forms=[Form(lang="en", text="Okinawa Island")])
    found = jmdict_source._by_gloss(c)
    assert found is None or found[0].headword != "沖縄諸島"


def test_a_bracketed_qualifier_does_not_make_a_gloss_a_name():
    """"the (Japanese) empire" glosses 皇国 as a common noun: no match for the name
    "Japanese Empire"; "(Japanese) Agency for Cultural Affairs" is still a name."""
    assert jmdict_gloss.capitalised("(Japanese) Agency for Cultural Affairs")
    assert not jmdict_gloss.capitalised("the (Japanese) empire")
    c = Candidate(category=Category.PLACE, confidence=0.9, forms=[Form(lang="en", text="Japanese Empire")])
    found = jmdict_source._by_gloss(c)
    assert found is None or found[0].headword != "皇国"


def test_a_short_form_only_when_no_full_form_fits():
    c = Candidate(category=Category.INSTITUTION, confidence=0.9, forms=[Form(lang="en", text="Nihon University")])
    assert jmdict_source._by_gloss(c)[0].headword == "日本大学"      # not 日大, "(abbr)"


def test_a_gloss_with_long_vowels_written_double_matches_the_usual_spelling():
    """JMnedict glosses 九州大学 "Kyuushuu University"; English writes "Kyushu University"."""
    c = Candidate(category=Category.INSTITUTION, confidence=0.9, forms=[Form(lang="en", text="Kyushu University")])
    assert jmdict_source._by_gloss(c)[0].headword == "九州大学"


def test_a_japanese_person_the_dictionary_names_gets_korean_from_the_reading():
    """小泉純一郎 from JMnedict, whose gloss ("Junichiro Koizumi") JMnedict writes given name
    first: Korean by the standard transcription of the reading the article's spelling
    selects; a Chinese name in kanji is not read in Japanese."""
    from glossary.align.suggestions import add_suggestions
    from glossary.model import Role

    koizumi = Candidate(Category.PERSON, [Form("en", "Koizumi Jun’ichirō", Role.PREFERRED)], 0.9)
    xi = Candidate(Category.PERSON, [Form("en", "Xi Jinping", Role.PREFERRED), Form("ja", "習近平", Role.ALIAS)], 0.9)
    add_suggestions([koizumi, xi])
    ko = {f.lang: f for f in koizumi.forms}["ko"]
    assert ko.text == "고이즈미 준이치로" and ko.origin == "transcription" and "小泉純一郎" in ko.evidence
    assert all(f.text != "슈킨페이" for f in xi.forms)


def test_a_war_named_for_a_foreign_country_gets_the_country_as_korean_names_it():
    """ベトナム戦争 (JMdict "Vietnam War"): the country in CLDR's Korean and 戦争 read as the
    Korean word 전쟁; 朝鮮戦争 is no such compound (Korean calls it 한국 전쟁, and 조선전쟁
    is no suggestion)."""
    from glossary.align.suggestions import add_suggestions
    from glossary.model import Role

    vietnam = Candidate(Category.EVENT, [Form("en", "Vietnam War", Role.PREFERRED)], 0.9)
    korea = Candidate(Category.EVENT, [Form("en", "Korean War", Role.PREFERRED)], 0.9)
    add_suggestions([vietnam, korea])
    ko = {f.lang: f for f in vietnam.forms}
    assert (ko["ja"].text, ko["ko"].text) == ("ベトナム戦争", "베트남 전쟁") and "CLDR" in ko["ko"].evidence
    assert all(f.text != "조선전쟁" for f in korea.forms)


def test_the_kanji_correct_a_transcription_that_guessed_the_family_name():
    """The romanized name alone made 준 아즈미 of "Azumi Jun" (the article's other names are
    given name first); with 安住淳 known, the reading the spelling selects puts the family
    name first (아즈미 준).  An editor's or another source's Korean is left alone."""
    from glossary.align.suggestions import add_suggestions
    from glossary.model import Role

    guessed = Form("ko", "준 아즈미", Role.ALIAS, "transcription", 0.55,
                   'Korean transcription of the romanized Japanese name "Azumi Jun": 준 아즈미', "jun azumi")
    azumi = Candidate(Category.PERSON, [Form("en", "Azumi Jun", Role.PREFERRED),
                                        Form("ja", "安住淳", Role.ALIAS, "footnote:3", 0.8), guessed], 0.9)
    other = Candidate(Category.PERSON, [Form("en", "Azumi Jun", Role.PREFERRED),
                                        Form("ja", "安住淳", Role.ALIAS, "footnote:3", 0.8),
                                        Form("ko", "준 아즈미", Role.ALIAS, "footnote:4", 0.8)], 0.9)
    add_suggestions([azumi, other])
    assert [f.text for f in azumi.forms if f.lang == "ko"] == ["아즈미 준"] and "安住淳" in guessed.evidence
    assert [f.text for f in other.forms if f.lang == "ko"] == ["준 아즈미"]


def test_an_event_english_capitalises_may_be_a_common_noun_in_the_dictionary():
    """"Cold War": JMdict glosses 冷戦 "cold war" (lower case) and only the rare 冷たい戦争 "the
    Cold War"; for an event the lower-case glosses count and usage picks 冷戦.  An
    institution keeps the strict reading ("Lower House" of Japan is no common noun 下院)."""
    from glossary.align.suggestions import add_suggestions
    from glossary.model import Role

    war = Candidate(Category.EVENT, [Form("en", "Cold War", Role.PREFERRED)], 0.9)
    add_suggestions([war])
    assert {f.lang: f.text for f in war.forms}["ja"] == "冷戦"


@pytest.mark.parametrize("english, korean", [
    ("United Nations", "국제연합"),            # 国際 + 連合, each a Korean word; 연 by the initial-sound rule
    ("World Health Organization", "세계보건기관"),
])
def test_korean_for_a_compound_of_common_words_korean_writes_with_the_same_words(english, korean):
    c = Candidate(category=Category.INSTITUTION, confidence=0.9, forms=[Form(lang="en", text=english)])
    jmdict_source.add_jmdict_forms([c])
    ko = [f for f in c.forms if f.lang == "ko"]
    assert [f.text for f in ko] == [korean] and "each of its words is a Korean word" in ko[0].evidence


def test_a_compound_with_a_proper_name_is_not_read_in_sino_korean():
    """東京 ("Tokyo") in 東京大学 and 靖国 in 靖国神社 are names: 동경대학 and 정국신사 are not
    what Korean writes, so the composition gives nothing."""
    from glossary.align.jmdict_korean import _composed

    assert _composed("東京大学") is None and _composed("靖国神社") is None
    assert _composed("国際連合") == "국제연합"


def test_a_place_written_with_a_macron_is_the_city_japanese_writes_most():
    """"Ōita" (おおいた, the long vowel as JMnedict's "Ooita" spells it) is 大分, which
    Japanese writes far more than the villages 大板 (おおいた) and 種田 (おいた); a one-word
    name the article does not make a place gets no village of its reading (延永 for
    "Nobunaga", 蕪木 for "Kabuki")."""
    cands = analyse(read_document(DATA / "macron_places_and_lone_names.txt"))
    assert _forms(cands, "Ōita")["ja"].text == "大分"
    for english in ("Nobunaga", "Kabuki"):
        ja = _forms(cands, english).get("ja")
        assert ja is None or ja.text not in ("延永", "蕪木")


def test_a_western_person_written_without_the_dot_gets_it_after_the_given_name():
    """JMnedict writes some Western people as one katakana word (ディックチェニー); Japanese
    text today writes the dot between the names: after the given name's katakana."""
    entry = jmdict.DictEntry(headword="ジョンヴァルモ", reading="ジョンヴァルモ", glosses=("John Valmo",),
                             kind="person", priority=0, source="jmnedict", entry_id=1)
    assert jmdict_source._western_spelling(entry, "John Valmo").headword == "ジョン・ヴァルモ"
    dotted = jmdict.DictEntry(headword="ジョン・ヴァルモ", reading="", glosses=("John Valmo",),
                              kind="person", priority=0, source="jmnedict", entry_id=2)
    assert jmdict_source._western_spelling(dotted, "John Valmo") is dotted


def test_the_dictionarys_own_katakana_of_a_western_person_is_kept_when_the_dot_is_added():
    entry = jmdict.DictEntry(headword="アイザックニュートン", reading="アイザックニュートン", glosses=("Isaac Newton",),
                             kind="person", priority=0, source="jmnedict", entry_id=3)
    got = jmdict_source._western_spelling(entry, "Isaac Newton").headword
    assert got.replace("・", "") == "アイザックニュートン" and got.count("・") == 1


@pytest.mark.parametrize("english, category, ja", [
    # the dictionary's remarks say whose: 民主党 "(esp. DPJ or US Democratic Party)", 民進党
    # "(formed in 2016 ...)": a name many countries' parties bear, the article knows which
    ("Democratic Party", Category.INSTITUTION, None),
    # capitalised only as another country's ("Memorial Day (US)"): not the common noun 記念日
    ("Memorial Day", Category.EVENT, None),
    # one gloss is the plain name beside "National Security Council (USA)": its plain sense
    ("National Security Council", Category.INSTITUTION, "国家安全保障会議"),
    ("Cold War", Category.EVENT, "冷戦"),
])
def test_a_name_the_dictionary_gives_to_several_countries_things_gets_no_guess(english, category, ja):
    from glossary.align.suggestions import add_suggestions
    from glossary.model import Role

    c = Candidate(category, [Form("en", english, Role.PREFERRED)], 0.9)
    add_suggestions([c])
    assert {f.lang: f.text for f in c.forms}.get("ja") == ja


def test_an_institution_named_with_another_country_gets_the_dictionary_form_that_names_it_too():
    """An institution of another country is looked up by its names that say whose it is:
    "United States Army" is JMdict's アメリカ陸軍 and "Korean Air" JMnedict's 大韓航空; the
    plain alias "Ministry of Foreign Affairs" of Korea's ministry is never Japan's 外務省, and
    a katakana name that spells part of the English only (ネーヴィー, "Navy") is no answer."""
    from glossary.model import Role

    army = Candidate(Category.INSTITUTION, [Form("en", "United States Army")], 0.9)
    airline = Candidate(Category.INSTITUTION, [Form("en", "Korean Air")], 0.9)
    navy = Candidate(Category.INSTITUTION, [Form("en", "U.S. Navy")], 0.9)
    ministry = Candidate(Category.INSTITUTION, [Form("en", "Ministry of Foreign Affairs of the Republic of Korea"),
                                                Form("en", "Ministry of Foreign Affairs", Role.ALIAS)], 0.9)
    jmdict_source.add_jmdict_forms([army, airline, navy, ministry])
    ja = {c.forms[0].text: [f.text for f in c.forms if f.lang == "ja"] for c in (army, airline, navy, ministry)}
    assert ja == {"United States Army": ["アメリカ陸軍"], "Korean Air": ["大韓航空"], "U.S. Navy": [],
                  "Ministry of Foreign Affairs of the Republic of Korea": []}


def test_a_one_word_name_the_dictionary_describes_or_a_work_for_a_publication():
    """A temple JMnedict lists as a place with a remark ("Enryaku-ji (temple in Kyoto)") is
    the institution's name; a place JMnedict gives only a reading of (蕪木 "Kabuki") is not;
    a publication's one-word title may be a JMnedict work (葉隠 "Hagakure ...")."""
    temple = Candidate(Category.INSTITUTION, [Form("en", "Enryakuji")], 0.9)
    reading = Candidate(Category.INSTITUTION, [Form("en", "Kabuki")], 0.9)
    book = Candidate(Category.PUBLICATION, [Form("en", "Hagakure")], 0.9)
    jmdict_source.add_jmdict_forms([temple, reading, book])
    assert [f.text for f in temple.forms if f.lang == "ja"] == ["延暦寺"]
    assert [f.text for f in reading.forms if f.lang == "ja"] == []
    assert [f.text for f in book.forms if f.lang == "ja"] == ["葉隠"]


def test_katakana_spellings_of_one_foreign_name_give_the_one_japanese_writes_most():
    """JMnedict spells "Samsung" サムスン and サムソン: usage (wordfreq) says サムスン; a
    company whose name JMnedict also gives in kanji (任天堂 "Nintendo") gets none of its
    katakana spellings."""
    samsung = Candidate(Category.INSTITUTION, [Form("en", "Samsung")], 0.9)
    nintendo = Candidate(Category.INSTITUTION, [Form("en", "Nintendo")], 0.9)
    jmdict_source.add_jmdict_forms([samsung, nintendo])
    assert [f.text for f in samsung.forms if f.lang == "ja"] == ["サムスン"]
    assert not any(f.lang == "ja" and f.text.startswith("ニンテンド") for f in nintendo.forms)


def test_a_korean_company_in_kanji_gets_its_sino_korean_reading_not_a_transcription():
    """JMnedict writes Korean companies in kanji read in Japanese (現代 ヒュンダイ "Hyundai"):
    the kanji's Sino-Korean reading 현대 spells the English name, so Korean writes that, not
    휸다이; a Japanese company (日立 "Hitachi", read 일립) is still transcribed (히타치)."""
    korean = Candidate(Category.INSTITUTION, [Form("en", "Hyundai")], 0.9)
    japanese = Candidate(Category.INSTITUTION, [Form("en", "Hitachi")], 0.9)
    jmdict_source.add_jmdict_forms([korean, japanese])
    assert [(f.text, f.origin) for f in korean.forms if f.lang == "ko"] == [("현대", "dictionary:jmnedict+bridge")]
    assert [f.text for f in japanese.forms if f.lang == "ko"] == ["히타치"]
