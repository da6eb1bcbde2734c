"""Bodies a note names as its author, and counterpart bodies of two countries in one clause
(extract/cjk.py, align/citing.py, align/pairs.py, align/glosses.py).  Each fixture under
tests/data/align/ is one case."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def _entries(name: str):
    return analyse(read_document(DATA / name))


def _note_forms(cands, english: str, lang: str) -> list[str]:
    """The `lang` forms from a note of the entry whose English is `english`."""
    for c in cands:
        if any(f.lang == "en" and f.text == english for f in c.forms):
            return [f.text for f in c.forms if f.lang == lang and f.origin.startswith("footnote:")]
    raise AssertionError(f"no entry {english!r}")


def test_counterparts_in_two_capitals_each_keep_their_own_country():
    """"the National Security Secretariat in Tokyo and the National Security Office in
    Seoul": the note's Korean 국가안보실 (its author after ;) and 안보실 share their keywords
    with both names; the clause puts one in Tokyo and the other in Seoul, so the Korean goes
    to Seoul's alone, the Japanese to Tokyo's, and no form joins the two."""
    cands = _entries("counterparts_placed_in_two_capitals.txt")
    assert _note_forms(cands, "National Security Secretariat", "ko") == []
    assert _note_forms(cands, "National Security Secretariat", "ja") == ["国家安全保障局"]
    assert _note_forms(cands, "National Security Office", "ko") == ["국가안보실"]
    assert _note_forms(cands, "National Security Office", "ja") == []


def test_an_author_body_is_told_among_the_clause_bodies_by_a_keyword():
    """국회입법조사처, the note's author, shares 국회 "National Assembly" with the "National
    Assembly Research Service" and nothing with the "WTO" of the same clause: the one-to-one
    rule gives it to the first.  外務省外交史料館 (所蔵 "held by" cut off) begins with the
    ministry's whole name: it is a body of the ministry, not the ministry."""
    cands = _entries("author_body_told_among_bodies_by_a_keyword.txt")
    assert _note_forms(cands, "National Assembly Research Service", "ko") == ["국회입법조사처"]
    assert _note_forms(cands, "WTO", "ko") == []
    assert _note_forms(cands, "Ministry of Foreign Affairs", "ja") == []


def test_the_secretariat_publishing_the_minutes_is_not_the_committee():
    """국회사무처, the author of the minutes (a body: too long for a name), shares only the Assembly the committee belongs
    to ("... of the National Assembly", a state body of the table); the committee in the
    title, 외교통일위원회, shares the committee's own name and takes the note."""
    from glossary.extract.cjk import extract_cjk

    doc = read_document(DATA / "minutes_author_is_the_assemblys_secretariat.txt")
    assert ("institution", "국회사무처") in {(t.kind, t.text) for t in extract_cjk(doc)}
    cands = analyse(doc)
    committee = "Foreign Affairs and Unification Committee of the National Assembly"
    assert _note_forms(cands, committee, "ko") == ["외교통일위원회"]
    assert not any(f.text == "국회사무처" for c in cands for f in c.forms if f.lang == "ko"
                   and any(e.lang == "en" and e.text == committee for e in c.forms))


def test_a_hangul_city_is_read_where_the_dictionary_glosses_the_rest():
    """전주국제영화제: 국제영화제 is glossed "international film festival", and 전주, which the
    dictionary does not gloss as the city, spells "Jeonju"."""
    cands = _entries("hangul_city_read_in_a_glossed_name.txt")
    assert _note_forms(cands, "Jeonju International Film Festival", "ko") == ["전주국제영화제"]


def test_a_korean_day_in_a_japanese_ceremony_title():
    """「光復節式典」: the day the ceremony is held for, 光復節, is a term of its own, and its
    Sino-Korean reading 광복절 spells "Gwangbokjeol" of the citing clause; the ceremony is not
    the day."""
    cands = _entries("korean_day_in_a_japanese_ceremony_title.txt")
    assert _note_forms(cands, "Gwangbokjeol", "ja") == ["光復節"]


def test_an_author_body_before_a_curly_quoted_korean_title_is_a_body():
    """국무조정실, “…”: a name too long for a person's in the author slot, before a title in
    curly quotes (as Korean notes write them) as before one in corner brackets, is the
    citation's author body, whatever its head."""
    from glossary.extract.cjk import extract_cjk

    doc = read_document(DATA / "author_body_before_a_quoted_korean_title.txt")
    assert ("institution", "국무조정실") in {(t.kind, t.text) for t in extract_cjk(doc)}


def test_a_katakana_name_with_middle_dots_before_its_acronym_is_whole():
    """ヴァルモラ・スワップ・イニシアティブ（VSIM）: the katakana words joined by middle dots
    are one name, the acronym's; not its last word alone (イニシアティブ)."""
    cands = _entries("katakana_name_with_a_middle_dot_before_its_acronym.txt")
    assert _note_forms(cands, "Valmora Swap Initiative Multilateralization", "ja") == ["ヴァルモラ・スワップ・イニシアティブ"]
