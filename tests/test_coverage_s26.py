"""Coverage on unseen articles (session 26): Korean for a dictionary's Japanese name of an
event, agreement or policy made of a name and a head word (`align/name_led_korean.py`),
and a Western person's middle initial kept in Korean (`hangul_for_english`: 조지 W. 부시).

JMdict's 明治維新 "Meiji Restoration", 太平洋戦争 "Pacific War", シャトル外交 "shuttle
diplomacy" got no Korean: the Sino-Korean reading of the whole (명치유신) is no Korean word,
and Korean writes such a name part by part -- the name as Korean writes that kind of
name, the head word in Sino-Korean (메이지 유신, 태평양 전쟁, 셔틀 외교).  The dictionary
entries below are made up (monkeypatched), so the tests read only the rules."""
from __future__ import annotations

import pytest

from glossary.align import clear_caches
from glossary.align import jmdict_korean
from glossary.align.name_led_korean import name_led_korean
from glossary.model import Category, Role
from glossary.text import jmdict


def _entry(headword: str, reading: str, gloss: str, source: str = "jmdict", kind: str = "word"):
    return jmdict.DictEntry(headword=headword, reading=reading, glosses=(gloss,), kind=kind, priority=0,
                            source=source, entry_id=abs(hash(headword)) % 100000)


#: the made-up dictionary: a Japanese name read "Taruki", a sea glossed "Ostrin Ocean", a
#: pair of countries glossed "Japan and Kessinia"
FAKE = {
    "樽木": [_entry("樽木", "たるき", "Taruki", "jmnedict", "surname")],
    "大洋": [_entry("大洋", "たいよう", "Ostrin Ocean")],
    "日露": [_entry("日露", "にちろ", "Japan and Kessinia")],
}


@pytest.fixture
def fake_dictionary(monkeypatch):
    monkeypatch.setattr(jmdict, "entries_for_ja", lambda word, **kw: list(FAKE.get(word, [])))
    clear_caches()
    yield
    clear_caches()


@pytest.mark.parametrize("headword, english, korean", [
    # a Japanese name the English reads aloud, transcribed; the head read in Sino-Korean
    ("樽木維新", "Taruki Restoration", "다루키 유신"),
    ("樽木戦争", "the Taruki War", "다루키 전쟁"),
    # a name the dictionary glosses with a word of the English name (not its reading): Sino-Korean
    ("大洋戦争", "Ostrin War", "대양 전쟁"),
    # katakana spelling an English word Korean text spells so (wordfreq): its Korean transcription
    ("テニス外交", "tennis diplomacy", "테니스 외교"),
])
def test_a_name_and_a_head_are_each_written_as_korean_writes_them(fake_dictionary, headword, english, korean):
    found = name_led_korean(headword, english)
    assert found is not None and found[0] == korean
    assert headword[:2] in found[1] or headword[:3] in found[1]      # (the evidence names the parts)


@pytest.mark.parametrize("headword, english", [
    ("樽木維新", "Valmora Restoration"),     # the English does not read the name: nothing to transcribe
    ("日露戦争", "Kessinia War"),            # a pair of countries (일러): Korean orders it its own way
    ("樽木計画", "Taruki Project"),          # 計画 read 계화 is no Korean word (Korean writes 계획)
    ("テニス外交", "Tarvik diplomacy"),      # the katakana spells no word of the English name
    ("維新", "Restoration"),                 # no name before the head
])
def test_no_korean_without_both_parts(fake_dictionary, headword, english):
    assert name_led_korean(headword, english) is None


def test_the_dictionary_source_gives_the_composed_korean_where_the_whole_reading_gave_none(fake_dictionary):
    """Through `jmdict_korean`: an event JMdict writes 樽木維新 gets 다루키 유신 (before: nothing,
    the Sino-Korean reading of the whole being no Korean word), origin dictionary:jmdict+bridge."""
    entry = _entry("樽木維新", "たるきいしん", "Taruki Restoration")
    found = jmdict_korean._korean_form(Category.EVENT, entry, "Taruki Restoration")
    assert found is not None
    text, role, origin, confidence, evidence = found
    assert (text, role, origin) == ("다루키 유신", Role.PREFERRED, "dictionary:jmdict+bridge")
    assert confidence == jmdict_korean.DERIVED_CONFIDENCE and "樽木維新" in evidence


@pytest.mark.parametrize("category", [Category.PUBLICATION, Category.INSTITUTION, Category.OTHER])
def test_only_events_agreements_and_policies_are_composed(fake_dictionary, category):
    """Names of works are not read part by part, and a body's name led by a name (a shrine,
    a school) has its own transcription rules: only events, agreements and policies."""
    entry = _entry("樽木維新", "たるきいしん", "Taruki Restoration")
    assert jmdict_korean._korean_form(category, entry, "Taruki Restoration") is None


# -- a Western person's middle initial in Korean ----------------------------------------------

@pytest.fixture
def fake_sounds(monkeypatch):
    """Korean spellings of two made-up name words, as if Korean text used them (wordfreq), and
    every name person-shaped (as if JMnedict knew its words)."""
    from glossary.align import hangul_for_english

    spelled = {"Tarvik": ("타르빅", True), "Valmora": ("발모라", True), "Ostrin": ("오스트린", False)}
    monkeypatch.setattr(hangul_for_english, "hangul_for_word", lambda word: spelled.get(word))
    monkeypatch.setattr(hangul_for_english, "_person_shaped", lambda parts: True)
    clear_caches()
    yield hangul_for_english
    clear_caches()


@pytest.mark.parametrize("english, korean", [
    ("Tarvik J. Valmora", "타르빅 J. 발모라"),      # the initial kept, with its period, as Korean writes it
    ("Tarvik J Valmora", "타르빅 J. 발모라"),
    ("Tarvik Valmora", "타르빅 발모라"),            # (no initial: as before)
])
def test_a_middle_initial_is_kept_in_the_korean_transcription(fake_sounds, english, korean):
    found = fake_sounds.hangul_for_name(english)
    assert found is not None and found[0] == korean
    assert ("middle initial" in found[2]) == ("J" in english)


@pytest.mark.parametrize("english", [
    "J. Tarvik Valmora",        # a leading initial: the name it stands for is unknown
    "Tarvik Valmora J.",        # a closing one
    "J. Valmora",               # one word besides the initial
    "Tarvik J. Ostrin",         # a word Korean text does not spell so: nothing, as before
])
def test_no_korean_for_an_initial_out_of_the_middle_or_an_unattested_word(fake_sounds, english):
    assert fake_sounds.hangul_for_name(english) is None


# -- a Japanese person the text names by given name alone in kanji ------------------------------

def test_a_given_name_alone_in_kanji_is_completed_from_jmnedict(monkeypatch):
    """"Taruki Outo (央人)": the article writes the given name alone in kanji; JMnedict's one
    person "Taruki Outo" is 樽木央人.  The full name becomes the preferred Japanese form and
    its transcription the Korean one, in place of the given name's alone (오토)."""
    from glossary.align import jmdict_source
    from glossary.extract.candidates import Candidate, Form

    person = _entry("樽木央人", "たるきおうと", "Taruki Outo (1901-1950)", "jmnedict", "person")
    monkeypatch.setattr(jmdict, "names_for_romaji",
                        lambda romaji, **kw: [person] if romaji == "Taruki Outo" else [])
    clear_caches()
    cand = Candidate(Category.PERSON, [Form("en", "Taruki Outo", Role.PREFERRED, "text", 1.0),
                                       Form("ja", "央人", Role.PREFERRED, "text", 0.9),
                                       Form("ko", "오토", Role.PREFERRED, "transcription", 0.5)], 0.7)
    try:
        assert jmdict_source._complete_family_name(cand) == 2
    finally:
        clear_caches()
    preferred = {f.lang: f for f in cand.forms if f.role is Role.PREFERRED}
    assert preferred["ja"].text == "樽木央人" and "given name" in preferred["ja"].evidence
    assert preferred["ko"].text == "다루키 오토"
    assert {f.text for f in cand.forms if f.role is Role.ALIAS} == {"央人", "오토"}


def test_the_article_s_kanji_tell_jmnedict_s_homonyms_apart(monkeypatch):
    """Two JMnedict people "Taruki Outo" (樽木央人, 樽木桜人): the article's 央人 is one of them."""
    from glossary.align import jmdict_source
    from glossary.extract.candidates import Candidate, Form

    people = [_entry("樽木桜人", "たるきおうと", "Taruki Outo (1850-1900)", "jmnedict", "person"),
              _entry("樽木央人", "たるきおうと", "Taruki Outo", "jmnedict", "person")]
    monkeypatch.setattr(jmdict, "names_for_romaji", lambda romaji, **kw: people if romaji == "Taruki Outo" else [])
    clear_caches()

    def person(ja: str) -> Candidate:
        return Candidate(Category.PERSON, [Form("en", "Taruki Outo", Role.PREFERRED, "text", 1.0),
                                           Form("ja", ja, Role.PREFERRED, "text", 0.9)], 0.7)
    try:
        told, untold = person("央人"), person("樽木")
        assert jmdict_source._complete_family_name(told) >= 1
        assert jmdict_source._complete_family_name(untold) == 0     # (both begin with the family name)
    finally:
        clear_caches()
    assert [f.text for f in told.forms if f.lang == "ja" and f.role is Role.PREFERRED] == ["樽木央人"]
    assert "written with the article's kanji" in next(f.evidence for f in told.forms if f.text == "樽木央人")
