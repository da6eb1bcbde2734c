"""The reader on page layouts without the usual signposts: HTML notes in a plain `<ol>`
under a "Notes" heading, "(1)" markers before a full stop, wire datelines without a date
or agency, "RELATED:" lines of page chrome.  Fixtures: tests/data/documents/ (one file
per edge case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.documents.chrome import STATEMENT_FINAL_RE, title_cased
from glossary.documents.datelines import dateline_re
from glossary.documents.patterns import PAREN_AT_STOP_RE
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "documents"


def _notes(doc) -> dict[int, str]:
    return {n.n: n.text for n in doc.notes}


def _kinds(doc) -> dict[int, str]:
    return {s.line: s.kind for s in doc.segments}


def _found(doc) -> dict[str, str]:
    """Each candidate's first English form -> its category (forms of every language too)."""
    out: dict[str, str] = {}
    for c in analyse(doc):
        for f in c.forms:
            out.setdefault(f.text, c.category.value)
    return out


# -- HTML notes in a plain <ol> under a notes heading -------------------------------------


def test_a_plain_ol_after_a_notes_heading_holds_the_notes():
    """`<h3>Notes</h3><ol><li id="fnK">…` after a body with `<sup>1</sup>` markers: item k
    is note k (one marker also links to it by href), no "marker N has no note"; the
    paragraph after the list is body again, and the note's own kanji name the author."""
    doc = read_document(DATA / "html_plain_ol_after_notes_heading.html")
    assert [m.n for m in doc.markers] == [1, 2, 3] and doc.warnings == ()
    notes = _notes(doc)
    assert notes[1].startswith("Mira Tarvik, *Declarations") and notes[2].startswith("樽木美良『宣言の政治学』")
    assert notes[3].startswith("小山健「未来志向の日韓関係」")
    assert _kinds(doc)[9] == "body" and _kinds(doc)[3] == "heading"
    found = _found(doc)
    assert {"宣言の政治学", "未来志向の日韓関係"} <= set(found)
    assert "小山健" in found and "大山健" not in found


def test_a_plain_ol_after_a_bold_endnotes_paragraph_numbers_its_items():
    """`<p><b>Endnotes</b></p><ol>`: items without ids are notes 1, 2; `<li value="5">`
    says its number (an excerpt dropped notes 3 and 4), so `<sup>5</sup>` links to it."""
    doc = read_document(DATA / "html_plain_ol_after_bold_endnotes_paragraph.md")
    assert [m.n for m in doc.markers] == [1, 2, 5] and doc.warnings == ()
    assert sorted(_notes(doc)) == [1, 2, 5] and _notes(doc)[5].startswith("「브렐 위원회 보고서」")


def test_a_plain_ol_under_another_heading_stays_body():
    """A "Key points" list between the body and the real (classed) notes list is article
    text: its items are body, the one note is still note 1."""
    doc = read_document(DATA / "html_plain_ol_under_another_heading_is_body.html")
    assert _kinds(doc)[5] == "body" and _kinds(doc)[6] == "body"
    assert list(_notes(doc)) == [1] and [m.n for m in doc.markers] == [1]


def test_a_plain_ol_after_a_notes_heading_without_sup_markers_stays_body():
    """Without a numbered `<sup>` before it, a list under "Notes" is no notes list (the
    page's own notes to the reader): its items stay body and nothing warns."""
    doc = read_document(DATA / "html_plain_ol_after_notes_heading_without_sup_markers.html")
    assert doc.notes == () and doc.markers == () and doc.warnings == ()
    assert _kinds(doc)[5] == "body" and _kinds(doc)[6] == "body"


# -- "(1)" at a sentence's stop -------------------------------------------------------------

PAREN_AT_STOP_CASES = [
    pytest.param("founded in 2005 (1). Its", "1", id="after a year and a space, before the stop"),
    pytest.param('should be "thick" (2). The', "2", id="after a closing quote"),
    pytest.param("widely cited (3).", "3", id="after a word, at the line's end"),
    pytest.param("founded in 2005.(1) Its", "1", id="right after the stop"),
    pytest.param('be "thick.”(2) The', "2", id="after the stop and a closing quote"),
    pytest.param("first met in Kessin (2006).", None, id="a year in brackets"),
    pytest.param("(1) peace between Valmora and Ostrin.", None, id="a list item at the line's start"),
    pytest.param("two aims: (1) peace and (2) trade.", None, id="an enumeration: no stop after the bracket"),
    pytest.param("Article 9(1). The", None, id="a paragraph of a numbered article"),
    pytest.param("founded in 2005 (1), and", None, id="before a comma: no sentence's stop"),
]


@pytest.mark.parametrize("text, expected", PAREN_AT_STOP_CASES)
def test_paren_at_stop_regex(text, expected):
    m = PAREN_AT_STOP_RE.search(text)
    assert (m["n"] if m else None) == expected


def test_paren_markers_before_a_full_stop_cite_notes_labelled_with_a_stop():
    """"founded in 2005 (1).", '"thick" (2).' and "cited.(3)" cite notes "1." to "3." (the
    notes are not labelled "(1)"); the brackets are blanked in the body text."""
    doc = read_document(DATA / "paren_markers_before_a_full_stop.txt")
    assert [(m.n, m.text) for m in doc.markers] == [(1, "(1)"), (2, "(2)"), (3, "(3)")] and doc.warnings == ()
    body = doc.segments[0].text
    assert "founded in 2005    ." in body and "(" not in body


def test_paren_numbers_that_are_no_markers():
    """Of "2005 (1).", "paragraph (2).", '"thick" (2).', "(2006).", "(4)." (no note 4) and
    the list items "(1) peace …", "(2) free trade." only the first and third are markers."""
    doc = read_document(DATA / "paren_numbers_before_a_full_stop_that_are_no_markers.txt")
    line = doc.lines[2]
    assert [(m.n, m.line) for m in doc.markers] == [(1, 3), (2, 3)] and doc.warnings == ()
    assert line[:doc.markers[1].col - 1].endswith('"thick" ')
    assert doc.segments[3].text == "(1) peace between Valmora and Ostrin."


# -- wire datelines without a date or an agency ----------------------------------------------

BARE_DATELINE_CASES = [
    pytest.param("NEW YORK — Text", "NEW YORK", id="two words, the dash only"),
    pytest.param("SEOUL/TOKYO — Text", "SEOUL/TOKYO", id="two cities joined by a slash"),
    pytest.param("SEOUL/NEW YORK (Valmora News) — Text", "SEOUL/NEW YORK", id="a slash, then an agency"),
    pytest.param("SEOUL / TOKYO — Text", None, id="a spaced slash is no dateline"),
    pytest.param("VLADIVOSTOK, March 3. /TASS/. Text", "VLADIVOSTOK", id="a date's full stop, the agency between slashes"),
    pytest.param("OSTRIN /VALMORA NEWS/ — Text", "OSTRIN", id="the agency between slashes, then a dash"),
    pytest.param("SEOUL/TOKYO/ Text", None, id="an unspaced slash after capitals opens no agency"),
]


@pytest.mark.parametrize("line, expected", BARE_DATELINE_CASES)
def test_bare_dateline_regex(line, expected):
    m = dateline_re().match(line)
    assert (m["place"] if m else None) == expected


def test_bare_datelines_are_re_cased_in_place():
    """"NEW YORK —", "LOS ANGELES —", "SEOUL/TOKYO —", "SEOUL, South Korea —" read "New
    York", "Los Angeles", "Seoul/Tokyo", "Seoul" one letter for one; "US/ROK —" are
    acronyms (a part shorter than a place's name) and keep their capitals."""
    doc = read_document(DATA / "wire_datelines_without_date_or_agency.txt")
    raw = (DATA / "wire_datelines_without_date_or_agency.txt").read_text(encoding="utf-8").split("\n")
    assert [doc.lines[i].split(" — ")[0] for i in (2, 4, 6, 8, 10)] == [
        "New York", "Los Angeles", "Seoul/Tokyo", "Seoul, South Korea", "US/ROK"]
    assert all(len(doc.lines[i]) == len(raw[i]) for i in range(len(doc.lines)))


def test_analyse_reads_the_places_of_bare_datelines_as_places():
    """Through the pipeline: "Seoul" and "Tokyo" (from "SEOUL/TOKYO —" and "SEOUL, South
    Korea —") are places; nothing is "SEOUL", "TOKYO", "NEW YORK" or "SEOUL/TOKYO"."""
    found = _found(read_document(DATA / "wire_datelines_without_date_or_agency.txt"))
    assert found.get("Seoul") == "place" and found.get("Tokyo") == "place"
    assert not any(k.isupper() and len(k) > 3 for k in found)
    assert not any("/" in k for k in found)


def test_a_dateline_with_its_agency_between_slashes_is_re_cased():
    """Some agencies write "CITY, Month D. /AGENCY/. text": the city is a place, the short
    agency keeps its capitals (one fixture line; lines keep their length)."""
    doc = read_document(DATA / "wire_dateline_agency_between_slashes.txt")
    raw = (DATA / "wire_dateline_agency_between_slashes.txt").read_text(encoding="utf-8").split("\n")
    assert doc.lines[0].startswith("Vladivostok, March 3. /TASS/. ")
    assert all(len(a) == len(b) for a, b in zip(doc.lines, raw))
    found = _found(doc)
    assert found.get("Vladivostok") == "place" and "VLADIVOSTOK" not in found


def test_analyse_reads_a_two_word_city_of_a_bare_dateline_as_a_place():
    found = _found(read_document(DATA / "wire_datelines_without_date_or_agency.txt"))
    assert found.get("New York") == "place" and found.get("Los Angeles") == "place"


# -- "RELATED:", "READ MORE:", "MORE:" lines ---------------------------------------------------


def test_related_headline_lines_are_chrome():
    """A label ("Related:", "RELATED:", "READ MORE:", "See also:", "MORE:") then another
    page's headline is no body text: a headline in title case (a question too) is skipped
    whole, one in sentence case stays as a heading holding only the headline; sentences
    that merely hold "related" stay body."""
    doc = read_document(DATA / "related_headline_lines_of_a_news_page.txt")
    kinds = _kinds(doc)
    assert not {5, 7, 11, 15, 17} & set(kinds)
    assert ("heading", "Ostrin harbour authority to reopen the port in June") in \
        [(s.kind, s.text) for s in doc.segments if s.line == 13]
    assert kinds[9] == "body" and kinds[19] == "body" and kinds[21] == "body"


def test_a_related_explainer_line_gives_no_entry():
    """"Related: Explainer — Why Valmora Fishes" gives no entry "Explainer", nor any name
    glued out of a title-case headline ("Valmora Hold First Fisheries Talks", "Five Years")."""
    found = _found(read_document(DATA / "related_headline_lines_of_a_news_page.txt"))
    assert "Explainer" not in found and "Brell Strait Commission" in found
    assert not any("Hold" in k or "Five Years" in k or "Resigns" in k for k in found)


TITLE_CASE_CASES = [
    pytest.param("Ostrin, Valmora Hold First Fisheries Talks in Five Years", True, id="small words stay small"),
    pytest.param("Explainer — What Is the Tarvik Bank Dispute?", True, id="a question, a dash"),
    pytest.param("Ostrin harbour authority to reopen the port in June", False, id="sentence case"),
    pytest.param("Valmora", False, id="one word says nothing of its case"),
]


@pytest.mark.parametrize("headline, expected", TITLE_CASE_CASES)
def test_title_cased(headline, expected):
    assert title_cased(headline) is expected


STATEMENT_FINAL_CASES = [
    pytest.param("Ostrin harbour to reopen in June.", True, id="a full stop"),
    pytest.param("Why Ostrin left the talks", False, id="no stop at all"),
    pytest.param("Ostrin says “no deal.”", True, id="a stop, then a closing quote"),
    pytest.param("What Is the Tarvik Bank Dispute?", False, id="a question is a headline"),
    pytest.param("Valmora Wins!", False, id="so is an exclamation"),
]


@pytest.mark.parametrize("text, expected", STATEMENT_FINAL_CASES)
def test_statement_final_regex(text, expected):
    assert bool(STATEMENT_FINAL_RE.search(text)) is expected


# -- a PDF's text copy: running heads and credit lists -----------------------------------------

def test_a_running_head_repeated_on_every_page_is_skipped_after_its_first_line():
    """A PDF's text copy repeats the page's running head between the lines of a paragraph:
    the repeats are skipped (the first stays: it may be the title), so the paragraph's
    lines join without it and no name runs from the head into the next line ("Ostrin
    Institute Ostrin Institute"); a line said once or twice stays."""
    doc = read_document(DATA / "pdf_running_heads.txt")
    texts = [s.text for s in doc.segments]
    assert sum("VALMORA REVIEW 2021" in t for t in texts) == 1
    found = _found(doc)
    assert "Ostrin Institute Ostrin Institute" not in found and found.get("Ostrin Institute") == "institution"
    assert found.get("Tarvik Accord") == "agreement"


def test_a_credit_list_goes_on_on_an_indented_line_after_a_comma():
    """"Authors:<tab>A, B, C,\\n<spaces>D, E": the second line is the list's (a credit line);
    "Series Editor:" with spaces after the colon opens a credit too; an ISSN or ISBN is no name."""
    doc = read_document(DATA / "credit_list_on_two_lines.txt")
    kinds = {s.line: s.kind for s in doc.segments}
    assert kinds[3] == kinds[4] == kinds[5] == "credit"
    found = _found(doc)
    assert all(found.get(p) == "person" for p in ("Aron Tarvik", "Lena Brell", "Ilse Dorn", "Tomas Hale"))
    assert "ISSN" not in found and "ISBN" not in found


def test_a_list_of_speakers_names_each_person_above_their_post():
    """A name alone on its line with the person's post and body on the next line with text
    ("Lena Brell" / "President, Valmora Institute") is a credit; a heading above a sentence
    ("Key Findings") is not."""
    doc = read_document(DATA / "speaker_list_name_then_post.txt")
    kinds = {s.line: s.kind for s in doc.segments}
    assert kinds[7] == kinds[11] == "credit" and kinds[15] != "credit"
    found = _found(doc)
    assert found.get("Lena Brell") == "person" and found.get("Aron Tarvik") == "person"
    assert found.get("Valmora Institute") == "institution"


def test_a_transcripts_speaker_tags_name_the_speakers():
    """A broadcaster's transcript tags each speaker on a line of its own, "[Name / Post]":
    the name is a credit (a person); "[Reporter]" alone names no one."""
    doc = read_document(DATA / "transcript_speaker_tags.txt")
    kinds = {s.line: s.kind for s in doc.segments}
    assert kinds[1] == kinds[3] == kinds[7] == "credit" and kinds[5] != "credit"
    found = _found(doc)
    assert all(found.get(p) == "person" for p in ("Lena Brell", "Aron Tarvik", "Kessin Ostrin"))
