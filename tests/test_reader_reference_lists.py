"""The reader on author-date reference lists (APA, Chicago author-date, Harvard): a
"References" / "Bibliography" / "Works Cited" / 参考文献 / 참고문헌 section whose entries are
no numbered notes is read entry by entry as notes, and "(Tarvik 2019)", "Tarvik (2019)" in
the body become their markers (documents/references.py).  Fixtures: tests/data/documents/
(one file per edge case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.documents.references import entry_start, is_reference_heading
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "documents"


def _markers(doc) -> list[tuple[int, int, str]]:
    return [(m.n, m.line, m.text) for m in doc.markers]


def _note_lines(doc) -> dict[int, list[int]]:
    """Note number -> the lines of its segments."""
    out: dict[int, list[int]] = {}
    for s in doc.segments:
        if s.kind == "note":
            out.setdefault(s.footnote, []).append(s.line)
    return out


def _body(doc) -> str:
    return "\n".join(s.text for s in doc.segments if s.kind == "body")


# -- the parts ----------------------------------------------------------------------------

HEADINGS = [
    pytest.param("References", True, id="plain"),
    pytest.param("## Works Cited", True, id="markdown heading, two words"),
    pytest.param("**Bibliography:**", True, id="bold, with a colon"),
    pytest.param("7. References", True, id="a numbered section"),
    pytest.param("参考文献", True, id="Japanese"),
    pytest.param("참고문헌", True, id="Korean"),
    pytest.param("Notes", False, id="numbered notes are read elsewhere"),
    pytest.param("References to the Valmora accord", False, id="a heading that only starts with the word"),
    pytest.param("Further reading", False, id="a reading list is cited by nothing"),
]


@pytest.mark.parametrize("line, expected", HEADINGS)
def test_reference_headings(line, expected):
    assert is_reference_heading(line) is expected


ENTRY_STARTS = [
    pytest.param("Tarvik, A. (2019). The politics of contrition.", ("Tarvik", "2019", ""), id="APA"),
    pytest.param("Brell, K., & Sato, M. (2021). Apology.", ("Brell", "2021", ""), id="APA, two authors: the first"),
    pytest.param("Tarvik, A. (2019a). Harbour talks.", ("Tarvik", "2019", "a"), id="a year's letter"),
    pytest.param("Kessin, Ola J. 1996. *Coastal norms*.", ("Kessin", "1996", ""), id="Chicago: year after a stop"),
    pytest.param("Kessin, Ola (trans.), 1963, *A Sourcebook*", ("Kessin", "1963", ""),
                 id="a translator's role, year after a comma"),
    pytest.param("[SB-VK] De Valmora, Ola Kessin and Ulla Brell (eds), 1999, *Sources*", ("De Valmora", "1999", ""),
                 id="a label first, a surname of two words, editors"),
    pytest.param("Valmora Fisheries Agency (2020). Annual report.", ("Valmora Fisheries Agency", "2020", ""),
                 id="a body as author, year in brackets"),
    pytest.param("田畑浩 (2014)『ヴァルモラ海峡の漁業協定』ケシン書房.", ("田畑浩", "2014", ""), id="Japanese"),
    pytest.param("윤하진·김도현 (2020). 발모라 해협. 오스트린출판.", ("윤하진", "2020", ""), id="Korean, two authors"),
    pytest.param("———. (2019b). The harbour talks as a failure.", (None, "2019", "b"), id="a dash: the author before"),
    pytest.param("Ostrin Academic, 2019.", None, id="a wrapped publisher line: a body's name, year after a comma"),
    pytest.param("The harbour museum keeps the records, 2019.", None, id="a sentence"),
    pytest.param("Translated to Kessin 2015: 54–81.", None, id="a lower-case word in the author part"),
    pytest.param("Book of Harbour Rites, with the Ostrin commentary.", None, id="no year"),
    pytest.param("[ISBN 1841761168](/) [Anna Tarvik](/tarvik), [Ostrin 1600](/ostrin-1600)", None,
                 id="a link list: a year in a link text"),
]


@pytest.mark.parametrize("text, expected", ENTRY_STARTS)
def test_entry_starts(text, expected):
    got = entry_start(text)
    assert (got and (got.names[0] if got.names else None, got.year, got.suffix)) == (expected or None)


# -- whole documents ----------------------------------------------------------------------


def test_a_plain_text_reference_list_is_read_entry_by_entry():
    """One entry a line: each is a note (numbered 1.. as the text has no numbered notes),
    labelled by first author and year; the citations in the body are their markers, the
    bracket blanked in the body's text; "(Ostrin 2011)" cites no entry and stays as it is,
    without a warning."""
    doc = read_document(DATA / "reference_list_plain_lines.txt")
    assert [(n.n, n.line, n.label) for n in doc.notes] == [
        (1, 5, "Brell 2021"), (2, 6, "Haneda 2022"), (3, 7, "Kessin 2020"), (4, 8, "Tarvik 2019"),
        (5, 9, "Yoon 2020"), (6, 10, "田畑浩 2014")]
    assert doc.notes[5].text == "田畑浩 (2014)『ヴァルモラ海峡の漁業協定』ケシン書房."
    assert _markers(doc) == [(4, 1, "(Tarvik 2019"), (1, 1, "Brell and Sato 2021)"), (4, 1, "Tarvik (2019)"),
                             (3, 1, "Kessin and Marlow (2020, 44)"), (2, 1, "(Haneda 2022, pp. 12–15)")]
    line = doc.lines[0]
    assert all(line[m.col - 1:m.col - 1 + len(m.text)] == m.text for m in doc.markers)
    assert _note_lines(doc) == {n: [n + 4] for n in range(1, 7)}
    assert "Tarvik 2019" not in _body(doc) and "(Ostrin 2011)" in _body(doc)
    assert doc.warnings == () and doc.report()["notes"] == 6


def test_a_reference_list_before_numbered_notes_is_numbered_after_them():
    """HTML paragraphs under <h2>References</h2>, numbered notes "(1)", "(2)" under "Notes"
    after them: the numbered notes and their <sup> markers stay as they are; the entries are
    notes 3-5, in the list's order."""
    doc = read_document(DATA / "reference_list_html_after_numbered_notes.md")
    assert [(n.n, n.line, n.label) for n in doc.notes] == [
        (1, 15, "1"), (2, 16, "2"), (3, 9, "Brell 2021"), (4, 10, "Tarvik 2019"), (5, 11, "Yoon 2020")]
    assert _markers(doc) == [(1, 3, "¹"), (4, 3, "(Tarvik 2019"), (3, 3, "Brell and Sato 2021)"),
                             (2, 5, "²"), (5, 5, "(Yoon 2020, 14)")]
    assert doc.warnings == ()


def test_markdown_items_wrapped_dashed_and_lettered():
    """"- " items with an indented wrapped line; "———." for the author before; "2019a" and
    "2019b" told apart, "(Tarvik 2019b, 2021)" two citations; "Brell et al. (2018)" cites
    the first author's entry; "(Tarvik 2019)", which could be either work, is left alone."""
    doc = read_document(DATA / "reference_list_markdown_items_with_letters.md")
    assert [(n.n, n.label) for n in doc.notes] == [
        (1, "Brell 2018"), (2, "Tarvik 2019a"), (3, "Tarvik 2019b"), (4, "Tarvik 2021")]
    assert _note_lines(doc)[1] == [7, 8, 9]
    assert doc.notes[0].text.endswith("1990–2015.\nOstrin Academic.")
    assert _markers(doc) == [(2, 3, "(Tarvik 2019a)"), (3, 3, "(Tarvik 2019b"), (4, 3, "2021)"),
                             (1, 3, "Brell et al. (2018)")]
    assert "(Tarvik 2019) is ambiguous" in _body(doc)


def test_chicago_entries_in_wrapped_paragraphs_after_markdown_notes():
    """Blank-separated paragraphs "Kessin, Ola J. 1996. …" wrapped over two lines, after a
    Markdown note [^1]: the note keeps its number and marker, the entries are 2 and 3."""
    doc = read_document(DATA / "reference_list_chicago_wrapped_paragraphs.md")
    assert [(n.n, n.label) for n in doc.notes] == [(1, "1"), (2, "Kessin 1996"), (3, "Brell 2005")]
    assert _note_lines(doc) == {1: [7], 2: [11, 12], 3: [14, 15]}
    assert _markers(doc) == [(1, 3, "[^1]"), (2, 4, "(Kessin 1996, 42)"), (3, 5, "(Brell 2005)")]
    assert doc.warnings == ()


def test_html_bibliography_with_subheadings():
    """<h2>Bibliography</h2> with <h3> parts: the <li> entries of both parts are notes; the
    paragraph before them and an item with no author and year stay body; the next heading
    under which no entry stands ends the list."""
    doc = read_document(DATA / "reference_list_html_bibliography_with_subheadings.html")
    assert [(n.n, n.label) for n in doc.notes] == [(1, "Kessin 1963"), (2, "Tarvik 2016")]
    assert _note_lines(doc) == {1: [15, 16, 17], 2: [23, 24]}
    assert [(m.n, m.text) for m in doc.markers] == [(1, "(Kessin 1963"), (2, "Tarvik 2016)")]
    body = _body(doc)
    assert "Book of Harbour Rites" in body and "See the supplementary document" in body
    assert "Ola Kessin wrote the first version" in body


def test_a_references_heading_without_author_date_entries_reads_as_before():
    """A link list under "References" and one entry under "Sources" (a list needs two): no
    notes, no markers, no warnings; the citations stay body text."""
    doc = read_document(DATA / "reference_heading_without_author_date_entries.md")
    assert doc.notes == () and doc.markers == () and doc.warnings == ()
    assert {s.kind for s in doc.segments} == {"heading", "body"}
    assert "(Tarvik 2019)" in _body(doc) and "(Brell 2020)" in _body(doc)


def test_analyse_reads_the_hangul_and_japanese_titles_of_a_reference_list():
    """Through the pipeline: the Korean and the Japanese title of the list are CJK title
    terms from their entries' notes; the entries' authors are persons, not institutions."""
    cands = analyse(read_document(DATA / "reference_list_plain_lines.txt"))
    titles = {(f.lang, f.text, f.origin) for c in cands if c.category.value == "title" for f in c.forms}
    assert ("ko", "발모라 해협과 기억의 정치", "footnote:5") in titles
    assert ("ja", "ヴァルモラ海峡の漁業協定", "footnote:6") in titles
    first = {c.forms[0].text: c.category.value for c in cands}
    assert first.get("A. Tarvik") == "person" and first.get("K. Brell") == "person"
    assert "Tarvik" not in first and "Brell" not in first


def test_a_source_list_of_japanese_and_korean_titles_is_read_as_notes():
    """Under "Sources", "- 「…」, 연합뉴스, 2025년 8월 23일." and "- 外務省『…』各年版." are
    no author-date entries but cite titles in corner brackets: each is a note without a
    marker, so its titles are title terms and nothing of it pairs with a person of the
    body by position (연합뉴스 is no reading of "Yun Pyong-se")."""
    doc = read_document(DATA / "source_list_of_cjk_titles_without_numbers.txt")
    assert _note_lines(doc) == {1: [8], 2: [9], 3: [10], 4: [11]} and doc.markers == ()
    cands = analyse(doc)
    titles = {f.text for c in cands if c.category.value == "title" for f in c.forms}
    assert "한발 정상, 발모라서 공동언론발표" in titles and "海峡白書" in titles
    yun = next(c for c in cands if c.forms[0].text == "Yun Pyong-se")
    assert not any(f.text == "연합뉴스" for f in yun.forms)
