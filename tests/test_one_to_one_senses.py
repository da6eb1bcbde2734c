"""The one-to-one rule with the dictionary's senses (align/citing.py, align/glosses.py): an
institution written as a note's author reaches the English name the citing clause gives it
when one of its parts means what the name says (JMdict, and for Korean the Sino-Korean
bridge to JMdict's kanji words), or names its place by reading.  Each fixture is one case."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def _entries(name: str):
    return analyse(read_document(DATA / name))


def _form(cands, english: str, lang: str):
    """The `lang` form of the entry whose English is `english`, from a note (or None)."""
    for c in cands:
        if any(f.lang == "en" and f.text == english for f in c.forms):
            return next((f for f in c.forms if f.lang == lang and f.origin.startswith("footnote:")), None)
    raise AssertionError(f"no entry {english!r}")


def test_a_korean_note_author_pairs_by_a_sense_of_its_sino_korean_parts():
    """감사원 (監査 "audit") and 영화진흥위원회 (映画 "film"), each the note's author and the only
    institution of its note, reach the only institution of the citing clause; the rule says
    which senses it read."""
    cands = _entries("note_author_shares_a_dictionary_sense.txt")
    audit = _form(cands, "Board of Audit and Inspection", "ko")
    assert audit is not None and audit.text == "감사원" and audit.origin == "footnote:1"
    assert "one-to-one rule" in audit.evidence and "감사 = audit" in audit.evidence
    assert audit.confidence == pytest.approx(0.65)
    film = _form(cands, "Korean Film Council", "ko")
    assert film is not None and film.text == "영화진흥위원회"


def test_a_japanese_body_naming_korea_passes_the_country_check():
    """A Japanese term names no country of the keyword table, so it counts as Japan's; 朝鮮
    ("Korea" in JMdict) says the body's name holds Korea, as the English does."""
    cands = _entries("japanese_author_names_korea_in_its_name.txt")
    ja = _form(cands, "Government-General of Korea", "ja")
    assert ja is not None and ja.text == "朝鮮総督府"


def test_of_two_institutions_in_the_clause_the_one_the_senses_cover_takes_the_term():
    """"the Brell Foundation and the Koryo Museum of Art": 高麗 read in Korean is "Koryo" and
    美術館 is "museum of art"; nothing of the term is in "Brell Foundation"."""
    cands = _entries("one_of_two_institutions_told_by_dictionary_senses.txt")
    museum = _form(cands, "Koryo Museum of Art", "ja")
    assert museum is not None and museum.text == "高麗美術館"
    assert _form(cands, "Brell Foundation", "ja") is None


def test_the_institution_no_other_term_took_gets_the_note_author():
    """KOTRA and JETRO in one clause, 대한무역투자진흥공사 and 日本貿易振興機構 in one note:
    JETRO takes its Japanese name by keywords, and the Korean, whose senses (trade,
    investment, promotion) cover the other name better than JETRO's, goes to KOTRA."""
    cands = _entries("institution_left_when_the_other_took_its_term.txt")
    assert _form(cands, "Korea Trade-Investment Promotion Agency", "ko").text == "대한무역투자진흥공사"
    assert _form(cands, "Japan External Trade Organization", "ko") is None


def test_a_university_press_is_not_the_university():
    """名古屋大学出版会 shares "Nagoya" and "university" with "Nagoya University", but the
    university (大学) is inside the term, not its head: the press is another body.  The city
    library of the next note, whose head the English names, pairs."""
    cands = _entries("university_press_is_not_the_university.txt")
    assert _form(cands, "Nagoya University", "ja") is None
    library = _form(cands, "Nagoya City Library", "ja")
    assert library is not None and library.text == "名古屋市図書館"


def test_a_name_inside_a_longer_name_of_the_clause_does_not_count():
    """"National Assembly" written inside "... Committee of the National Assembly" is no
    second institution of the clause: the committee takes 외교통일위원회."""
    cands = _entries("name_inside_a_longer_name_of_the_clause.md")
    committee = _form(cands, "Foreign Affairs and Unification Committee of the National Assembly", "ko")
    assert committee is not None and committee.text == "외교통일위원회"
    assert all(f.text != "외교통일위원회" for c in cands if c.name == "National Assembly" for f in c.forms)


def test_a_state_body_the_note_names_is_one_entry_as_sure_as_the_table():
    """합동참모본부, the note's author, goes to the clause's "Joint Chiefs of Staff of Korea"
    (no second entry for it as a source named only in the notes), and the governments'
    name of the body, the same, makes it as sure as the table."""
    cands = _entries("state_body_named_by_its_note_author.txt")
    holding = [c for c in cands if any(f.text == "합동참모본부" for f in c.forms)]
    assert len(holding) == 1
    ko = _form(cands, "Joint Chiefs of Staff of Korea", "ko")
    assert ko.text == "합동참모본부" and ko.origin == "footnote:1" and ko.confidence == pytest.approx(0.8)


@pytest.mark.parametrize("term, english, shares", [
    ("監査院", "Board of Audit", True),
    ("総務省", "Ministry of Foreign Affairs", False),   # 省 "ministry" is a head every ministry has
    ("부산광역시", "Busan Port Authority", False),        # the place alone: the city is not its port authority
])
def test_shared_senses_say_what_the_body_is(term, english, shares):
    from glossary.align.glosses import shared_senses

    s = shared_senses(term, english)
    assert bool(s is not None and s.specific) is shares
