"""What the notes say about a suggested form: they confirm it, write it short (서울중앙지법 in a
Korean note is the Seoul Central District Court's 서울중앙지방법원), or name whose body it is."""
from __future__ import annotations

from pathlib import Path

from glossary.align.abbreviations import confirm_in_notes, short_forms
from glossary.extract.candidates import Candidate, CjkTerm, Form
from glossary.documents import read_document
from glossary.model import Category, Role
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def test_short_forms_of_court_heads():
    assert short_forms("서울중앙지방법원", "ko") == ["서울중앙지법"]
    assert short_forms("東京地方裁判所", "ja") == ["東京地裁"]
    assert short_forms("ソウル中央地方法院", "ja") == ["ソウル中央地裁"]
    assert short_forms("지방법원", "ko") == []          # the head alone is no name
    assert short_forms("외교부", "ko") == []


def _forms(cands, english):
    c = next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))
    return {(f.lang, f.text): f for f in c.forms if f.lang != "en"}


def test_a_note_writing_a_suggested_name_short_gives_the_entry_its_abbreviation():
    cands = analyse(read_document(DATA / "courts_written_short.md"))
    seoul = _forms(cands, "Seoul Central District Court")
    assert seoul[("ko", "서울중앙지방법원")].origin == "dictionary:state"
    short = seoul[("ko", "서울중앙지법")]
    assert short.role is Role.ABBREVIATION and short.origin == "footnote:1" and "서울중앙지방법원" in short.evidence


def test_a_note_writing_a_suggested_name_whole_confirms_it():
    day = Candidate(Category.EVENT, [Form("en", "Takeshima Day"),
                                     Form("ja", "竹島の日", Role.PREFERRED, "composition:name", 0.6, "composed")], 0.9)
    other = Candidate(Category.PLACE, [Form("en", "Shimane"), Form("ja", "島根", origin="footnote:1")], 0.9)
    terms = [CjkTerm("竹島の日", "ja", "term", 4, 9, 12, 0.8, title="「竹島の日」を定める条例"),
             CjkTerm("「竹島の日」を定める条例", "ja", "title", 4, 9, 11, 0.99),
             CjkTerm("島根", "ja", "institution", 1, 8, 1, 0.8)]
    assert confirm_in_notes([day, other], terms) == 1
    ja = next(f for f in day.forms if f.lang == "ja")
    assert ja.origin == "composition:name" and ja.confidence >= 0.85 and "footnote 4 writes it" in ja.evidence
    assert day.mentions and day.mentions[-1].footnote == 4
    assert [f.text for f in other.forms if f.lang == "ja"] == ["島根"]     # held already: nothing added


def test_a_note_term_an_entry_holds_is_not_taken_again():
    court = Candidate(Category.INSTITUTION, [Form("en", "Seoul Central District Court"),
                                             Form("ko", "서울중앙지방법원", Role.PREFERRED, "dictionary:state", 0.8)], 0.9)
    holder = Candidate(Category.INSTITUTION, [Form("en", "Court"), Form("ko", "서울중앙지법", origin="footnote:1")], 0.9)
    terms = [CjkTerm("서울중앙지법", "ko", "institution", 1, 5, 6, 0.8)]
    assert confirm_in_notes([court, holder], terms) == 0
    assert [f.text for f in court.forms if f.lang == "ko"] == ["서울중앙지방법원"]


def test_a_note_names_whose_ministry_an_unqualified_name_is():
    """"the Ministry of Foreign Affairs" is Japan's 外務省 or Korea's 외교부: the note's own
    외교부 says which, and the table of state bodies gives the Japanese (韓国外交部)."""
    cands = analyse(read_document(DATA / "korean_note_names_the_ministry.md"))
    mofa = _forms(cands, "Ministry of Foreign Affairs")
    assert ("ko", "외교부") in mofa
    ja = mofa[("ja", "韓国外交部")]
    assert ja.origin == "dictionary:state" and "외교부" in ja.evidence


def test_a_newspaper_after_the_is_no_person():
    cands = analyse(read_document(DATA / "korean_note_names_the_ministry.md"))
    paper = next(c for c in cands if any(f.text == "Hankyoreh" for f in c.forms))
    assert paper.category is not Category.PERSON


def test_a_note_in_old_character_forms_writes_the_suggested_name_and_its_form_is_kept_as_written():
    """A Japanese note in old forms (經濟産業省) or a Korean note's hanja (韓國政府) writes the
    entry's suggested form (経済産業省, 韓国政府): the note's form is attached as written,
    an alias from the footnote, and the suggestion stays."""
    meti = Candidate(Category.INSTITUTION, [Form("en", "Ministry of Economy, Trade and Industry"),
                                            Form("ja", "経済産業省", Role.PREFERRED, "dictionary:state", 0.8)], 0.9)
    gov = Candidate(Category.INSTITUTION, [Form("en", "Korean government"),
                                           Form("ja", "韓国政府", Role.PREFERRED, "composition", 0.5)], 0.9)
    terms = [CjkTerm("經濟産業省", "ja", "institution", 6, 3, 1, 0.8),
             CjkTerm("韓國政府", "ko", "institution", 8, 3, 1, 0.8),
             CjkTerm("國家", "ko", "term", 8, 3, 10, 0.8)]
    assert confirm_in_notes([meti, gov], terms) == 2
    old = {f.text: f for c in (meti, gov) for f in c.forms if f.lang == "ja"}
    assert old["經濟産業省"].origin == "footnote:6" and old["經濟産業省"].role is Role.ALIAS
    assert "old character forms" in old["經濟産業省"].evidence
    assert old["韓國政府"].origin == "footnote:8" and old["経済産業省"].origin == "dictionary:state"


def test_old_character_forms_fold_to_todays():
    from glossary.text.kyujitai import fold

    assert fold("經濟産業省") == "経済産業省"          # pykakasi's variant table
    assert fold("每日新聞") == "毎日新聞"              # data/ja_kyujitai.tsv (the Jōyō table's old forms)
    assert fold("徵用工") == "徴用工" and fold("韓國") == "韓国"
    assert fold("東京") == "東京" and fold("Tokyo") == "Tokyo" and fold("도쿄") == "도쿄"


def test_the_dictionary_reads_a_headword_in_old_forms():
    from glossary.text import jmdict

    if not jmdict.available():
        import pytest
        pytest.skip("jamdict-data is not installed")
    assert jmdict.entries_for_ja("每日") and jmdict.entries_for_ja("每日")[0].headword == "毎日"
