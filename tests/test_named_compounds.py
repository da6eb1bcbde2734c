"""Names made of another entry's name and a head (align/named_compounds.py), Korean people
in kanji (suggestions: bridge:hanja-name) and people a headline names by family name alone
(jmdict_source._complete_family_name): what an editor sees on those entries."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.named_compounds import add_named_compound_forms
from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


def _forms(cands, english):
    c = next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))
    return {(f.lang, f.text): f for f in c.forms if f.lang != "en"}


@pytest.fixture(scope="module")
def heads():
    return analyse(read_document(DATA / "names_with_heads.md"))


@needs_dictionary
@pytest.mark.parametrize("english, lang, text", [
    ("Murayama Statement", "ja", "村山談話"),          # the family name in kanji of Tomiichi Murayama's 村山富市
    ("Murayama Statement", "ko", "무라야마 담화"),     # ... and of his Korean 무라야마 도미이치
    ("Takeshima Day", "ja", "竹島の日"),               # the islands' entry, named in a note
    ("Kishida Cabinet", "ja", "岸田内閣"),
    ("Kishida Cabinet", "ko", "기시다 내각"),
])
def test_a_name_and_a_head_are_composed_from_the_entry_named(heads, english, lang, text):
    form = _forms(heads, english)[(lang, text)]
    assert form.origin == "composition:name" and "en_named_heads" in form.evidence


def test_nothing_without_an_entry_for_the_name():
    alone = Candidate(Category.AGREEMENT, [Form("en", "Kono Statement", Role.PREFERRED)], 0.9)
    place = Candidate(Category.PLACE, [Form("en", "Tokyo", Role.PREFERRED), Form("ja", "東京")], 0.9)
    assert add_named_compound_forms([alone, place]) == 0
    assert [f.lang for f in alone.forms] == ["en"]


def test_the_head_must_fit_the_category():
    place = Candidate(Category.PLACE, [Form("en", "Tokyo", Role.PREFERRED), Form("ja", "東京")], 0.9)
    person = Candidate(Category.PERSON, [Form("en", "Tokyo Day", Role.PREFERRED)], 0.9)
    event = Candidate(Category.EVENT, [Form("en", "Tokyo Day", Role.PREFERRED)], 0.9)
    assert add_named_compound_forms([place, person, event]) == 1
    assert [f.text for f in event.forms if f.lang == "ja"] == ["東京の日"]
    assert not [f for f in person.forms if f.lang == "ja"]


@needs_dictionary
def test_a_korean_person_in_kanji_gets_the_hangul_the_english_spells():
    cands = analyse(read_document(DATA / "korean_people_in_kanji.md"))
    forms = _forms(cands, "Chung Eui-yong")
    assert ("ja", "鄭義溶") in forms
    ko = forms[("ko", "정의용")]
    assert ko.origin == "bridge:hanja-name" and "鄭義溶 read 정의용" in ko.evidence


@needs_dictionary
def test_a_family_name_in_a_headline_is_completed_from_jmnedict():
    cands = analyse(read_document(DATA / "family_name_in_a_headline.md"))
    forms = _forms(cands, "Kono Taro")
    full = forms[("ja", "河野太郎")]
    assert full.role is Role.PREFERRED and "family name" in full.evidence
    assert forms[("ja", "河野")].role is Role.ALIAS and forms[("ja", "河野")].origin.startswith("footnote:")
    assert forms[("ko", "고노 다로")].role is Role.PREFERRED
    chung = _forms(cands, "Chung Eui-yong")
    assert ("ja", "鄭義溶") in chung and ("ko", "정의용") in chung


@needs_dictionary
def test_people_english_took_for_a_place_or_an_organisation_are_people_by_their_notes():
    """"lost to Ishiba Shigeru" reads as a place and "Kishida dissolved" as an organisation;
    the notes name both as people (石破茂氏, 岸田首相): they pair, become people and get
    their Korean by transcription (not a Sino-Korean reading), and the cabinet is named
    after the family name."""
    cands = analyse(read_document(DATA / "person_taken_for_a_place.txt"))
    by_name = {c.name: c for c in cands}
    ishiba, kishida = by_name["Ishiba Shigeru"], by_name["Kishida"]
    assert ishiba.category is Category.PERSON and kishida.category is Category.PERSON
    assert ("ja", "石破茂") in _forms(cands, "Ishiba Shigeru") and ("ko", "이시바 시게루") in _forms(cands, "Ishiba Shigeru")
    assert ("ko", "기시다") in _forms(cands, "Kishida") and not any(
        f.origin == "bridge" for f in kishida.forms)
    cabinet = _forms(cands, "Kishida cabinet")
    assert ("ja", "岸田内閣") in cabinet and ("ko", "기시다 내각") in cabinet


@needs_dictionary
def test_korean_leaders_named_by_a_kanji_family_name_and_a_title():
    """尹大統領, 文大統領 in Japanese headlines pair with the full English names they cite (the
    kanji's Korean reading is the family name the English spells), 李明博 by its Korean
    reading; none of them is transcribed as a Japanese name (no 몬, no "Sumomo Akihiro")."""
    cands = analyse(read_document(DATA / "korean_leaders_in_japanese_headlines.md"))
    assert ("ja", "尹") in _forms(cands, "Yoon Suk Yeol")
    moon = _forms(cands, "Moon Jae-in")
    assert ("ja", "文") in moon and ("ko", "문재인") in moon and ("ko", "몬") not in moon
    lee = _forms(cands, "Lee Myung-bak")
    assert ("ja", "李明博") in lee and ("ko", "이명박") in lee
    names = {f.text for c in cands for f in c.forms if f.lang == "en"}
    assert not names & {"Sumomo Akihiro", "Bun", "In", "Kan Koku"}
    assert ("ko", "신원식") in _forms(cands, "Shin Won-sik")


@needs_dictionary
def test_a_korean_particle_is_no_part_of_a_name_read_from_a_note():
    """‘다케시마의 날’: the name read out of the note is 다케시마, not 다케시마의, and the day
    composed from it is the note's own 다케시마의 날 (confirmed by the note)."""
    cands = analyse(read_document(DATA / "korean_name_before_a_particle.md"))
    assert ("ko", "다케시마") in _forms(cands, "Takeshima") and ("ko", "다케시마의") not in _forms(cands, "Takeshima")
    day = _forms(cands, "Takeshima Day")
    assert ("ko", "다케시마의 날") in day and ("ko", "다케시마의의 날") not in day


def test_a_phrase_of_the_citing_sentence_does_not_end_inside_a_name():
    cands = analyse(read_document(DATA / "phrase_cut_before_a_name.txt"))
    english = {f.text for c in cands for f in c.forms if f.lang == "en"}
    assert not any(e.endswith(" South") for e in english)
    assert "South Korea" in english


@pytest.fixture(scope="module")
def firms():
    return analyse(read_document(DATA / "firms_named_after_a_house.md"))


@needs_dictionary
def test_a_firm_named_after_another_entry_gets_that_name_and_its_kind_of_business(firms):
    """"X Heavy Industries" with an entry "X" (三菱, 미쓰비시): Japanese 三菱重工業, Korean the
    name as read in Japanese and the business in Sino-Korean, 미쓰비시중공업 -- which a
    Korean note writes, so it is confirmed."""
    got = _forms(firms, "Mitsubishi Heavy Industries")
    assert got[("ja", "三菱重工業")].origin == "composition:name"
    ko = got[("ko", "미쓰비시중공업")]
    assert ko.origin == "composition:name" and ko.confidence >= 0.85 and "footnote 1 writes it" in ko.evidence


@needs_dictionary
def test_a_firm_named_after_a_house_no_entry_holds_takes_the_name_from_jmnedict(firms):
    """No entry "Nishimatsu": JMnedict's one reading (西松) gives 西松建設, the Korean
    transcription 니시마쓰건설, at a dictionary name's confidence; a name JMnedict reads
    several ways (Kawasaki: 川崎, 河崎, ...) gets a lower one."""
    got = _forms(firms, "Nishimatsu Construction")
    assert got[("ja", "西松建設")].confidence == got[("ko", "니시마쓰건설")].confidence == 0.5
    bank = _forms(firms, "Kawasaki Bank")
    assert bank[("ja", "川崎銀行")].confidence < 0.5 and ("ko", "가와사키은행") in bank


@needs_dictionary
def test_a_korean_firm_named_in_hanja_reads_in_sino_korean_not_as_japanese(firms):
    """JMnedict reads 現代 as ヒュンダイ (a foreign name in katakana): the Korean is the hanja's
    reading, 현대자동차, never a transcription of the Japanese 휸다이."""
    got = _forms(firms, "Hyundai Motor")
    assert ("ko", "현대자동차") in got and ("ja", "現代自動車") in got
    assert not any(text.startswith("휸") for lang, text in got if lang == "ko")
