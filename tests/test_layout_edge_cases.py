"""Note layouts the seed's own layout does not show: `(N)` markers with `(N)` notes, superscript
digits glued onto a year, a Markdown label of superscript digits.  Superscript digits are
digits to `str.isdigit()` but not to `int()`: reading them as numbers crashed extraction."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "documents"


def test_paren_markers_link_to_paren_notes_but_not_a_subsection():
    doc = read_document(DATA / "paren_markers.txt")
    got = sorted((m.n, doc.lines[m.line - 1][m.col - 1:m.col - 1 + len(m.text)]) for m in doc.markers)
    assert got == [(1, "(1)"), (2, "(2)"), (3, "(3)")]
    line = doc.lines[doc.markers[0].line - 1]
    assert "9(1)" in line and all(not (m.text == "(1)" and line[m.col - 2] == "9") for m in doc.markers)
    assert [n.n for n in doc.notes] == [1, 2, 3] and "ホットライン" in doc.note(3).text


def test_superscripts_glued_onto_a_year_are_markers_and_extraction_runs():
    doc = read_document(DATA / "superscript_after_year.txt")
    assert sorted(m.n for m in doc.markers) == [1, 2, 3]
    names = {f.text for c in analyse(doc) for f in c.forms}
    assert "Defence Office" in names


def test_a_markdown_label_of_superscript_digits_is_a_label():
    doc = read_document(DATA / "markdown_superscript_label.md")
    assert len(doc.markers) == 1 and len(doc.notes) == 1 and doc.markers[0].n == doc.notes[0].n
    analyse(doc)


def test_superscript_digits_in_a_text_without_notes_do_not_stop_extraction():
    doc = read_document(DATA / "superscript_digits_in_text.txt")
    names = {f.text for c in analyse(doc) for f in c.forms}
    assert "Harbour Council" in names
