"""The reader on real-world page layouts: pictures embedded as `data:` URIs, page chrome of
news and think-tank pages (copyright notices, tag lists, share and subscribe lines, time
stamps), and wire-story datelines ("SEOUL, May 12 (Agency) — ...").  Fixtures:
tests/data/documents/ (one file per edge case)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.documents.chrome import is_furniture, is_time_stamp
from glossary.documents.data_uris import DATA_URI_RE, blank_data_uris
from glossary.documents.datelines import dateline_re
from glossary.extract.english import extract_english
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "documents"
#: the base64 payload of the pictures in the data-URI fixtures: letters and digits that
#: read as note markers glued to a word ("n1/", "a2/") and as capitalised words
PAYLOAD = "HPzGcikonoX9+RMungyh6ENC5oDln1/by0ImeSvpnIbUlOVoTfyTq98K1VNBHa2/8fiZvaGfPfPXda0p"


def _body_text(doc) -> str:
    return "\n".join(s.text for s in doc.segments)


def _english_forms(doc) -> set[str]:
    return {f.text for c in extract_english(doc) for f in c.forms}


# -- data: URIs ---------------------------------------------------------------------------

DATA_URI_CASES = [
    pytest.param("![a](data:image/png;base64,iVBORw0KGgo=) text", "data:image/png;base64,iVBORw0KGgo=",
                 id="markdown image: the URI up to the closing bracket"),
    pytest.param('<img src="data:image/gif;base64,R0lGOD+lh/AQ==">', "data:image/gif;base64,R0lGOD+lh/AQ==",
                 id="html attribute: up to the quote"),
    pytest.param('"data:image/jpeg;base64,/9j\\/4AAQ","x"', "data:image/jpeg;base64,/9j\\/4AAQ",
                 id="json string: an escaped slash is part of it"),
    pytest.param("url(data:image/svg+xml;charset=utf-8,%3Csvg%20x%3D%221%22%3E)",
                 "data:image/svg+xml;charset=utf-8,%3Csvg%20x%3D%221%22%3E", id="percent-encoded, with a parameter"),
    pytest.param("DATA:IMAGE/PNG;BASE64,AAAA rest", "DATA:IMAGE/PNG;BASE64,AAAA", id="scheme in capitals"),
    pytest.param("the metadata:image/png;base64,AAAA", None, id="not the end of a longer word"),
    pytest.param("Data: the survey of 2024", None, id="a field 'Data:' in prose has no media type"),
    pytest.param("data:,plain", None, id="no media type and no base64: not blanked"),
]


@pytest.mark.parametrize("text, expected", DATA_URI_CASES)
def test_data_uri_regex(text, expected):
    m = DATA_URI_RE.search(text)
    got = m.group() if m and (m.group("type") or m.group("base64")) else None
    assert got == expected


def test_blanking_keeps_every_line_and_column():
    """A URI is blanked up to the end of its line (a payload never runs over a line end)."""
    first, json = "data:image/png;base64,QUJD", "data:image/jpeg;base64,/9j\\/4A"
    text = f'a ![x]({first}\nREVG) b\n"{json}" Ostrin'
    out = blank_data_uris(text)
    assert out == f'a ![x]({" " * len(first)}\nREVG) b\n"{" " * len(json)}" Ostrin'


def test_pictures_embedded_in_markdown_and_html_are_no_text_and_no_markers():
    """A Markdown image and an `<img src>` carrying a base64 picture: the payload's digits
    glued to letters ("n1/", "a2/") are no note markers -- the two notes are cited by their
    own markers -- and its letters reach no segment; lines keep their length."""
    path = DATA / "data_uri_images.md"
    doc = read_document(path)
    assert [(m.n, m.line) for m in doc.markers] == [(1, 5), (2, 7)] and doc.warnings == ()
    assert [n.n for n in doc.notes] == [1, 2]
    assert "HPzG" not in _body_text(doc) and "base64" not in _body_text(doc)
    raw = path.read_text(encoding="utf-8").split("\n")
    assert len(doc.lines[2]) == len(raw[2]) and doc.markers[0].col == raw[4].index("[^1]") + 1
    assert not any("Ungyh" in f or "Ostrin harbour" == f for f in _english_forms(doc))


def test_pictures_in_an_ocr_services_json_answer_are_no_text_and_no_markers():
    """The raw JSON answer of an OCR service, one line: the `image_base64` values (one with
    JSON's escaped slashes) are blanked, and `"index":1` is no marker either."""
    doc = read_document(DATA / "data_uri_in_ocr_json.json")
    assert doc.markers == () and doc.notes == ()
    text = _body_text(doc)
    assert "HPzG" not in text and "RMungyh" not in text and "Tarvik Olsen met the Kessin" in text
    forms = _english_forms(doc)
    assert "Ostrin Fisheries Agency" in forms and not any("RMungyh" in f or "HPzG" in f for f in forms)


# -- page chrome --------------------------------------------------------------------------

FURNITURE_CASES = [
    pytest.param("© 2024 Valmora News. All rights reserved.", True, id="copyright sign and notice"),
    pytest.param("Valmora Herald, all rights reserved", True, id="notice after a comma"),
    pytest.param("ALL RIGHTS RESERVED.", True, id="notice alone, in capitals"),
    pytest.param("Copyright © Ostrin Times", True, id="mark: 'Copyright' and the sign"),
    pytest.param("Copyright 2024 Valmora Herald", True, id="mark: 'Copyright' and a year"),
    pytest.param("(c) 2023 Kessin Daily", True, id="mark: '(c)' and a year"),
    pytest.param("Tags: JAPAN, SOUTH KOREA, FISHERIES", True, id="field: tags"),
    pytest.param("**Topics:** Valmora | Ostrin", True, id="field: emphasised label"),
    pytest.param("Filed under Valmora, Ostrin", True, id="field: a label of two words needs no colon"),
    pytest.param("Subscribe to our newsletter", True, id="start: a call to subscribe"),
    pytest.param("©2024 Ostrin Times", True, id="start: the sign glued to the year"),
    pytest.param("[Sign up for the Kessin briefing](https://example.org/s)", True, id="start: as a link"),
    pytest.param("Updated 14:02 KST", True, id="stamp: label, time, zone"),
    pytest.param("Copyright law in Valmora was reformed in 2019.", False, id="a sentence about copyright"),
    pytest.param("The court held that all rights reserved to the crown remain.", False,
                 id="the notice's words inside a sentence"),
    pytest.param("Tags on the crates named Ostrin as the port of origin.", False, id="'Tags' without a colon"),
    pytest.param("Topics: The ministers discussed quotas. Then they left.", False, id="field: sentences, no list"),
    pytest.param("Subscribers to the Kessin Daily rose by a third.", False, id="'Subscribe' inside a longer word"),
    pytest.param("Copyright " + "and more words " * 12, False, id="too long for chrome"),
]


@pytest.mark.parametrize("line, expected", FURNITURE_CASES)
def test_furniture_lines(line, expected):
    assert is_furniture(line) is expected


STAMP_CASES = [
    pytest.param("Updated 14:02 KST", True, id="label, clock time, zone"),
    pytest.param("Published May 12, 2024, 9:00 a.m. JST | Updated May 13, 2024", True, id="two stamps"),
    pytest.param("Last updated: Monday, 12 May 2024", True, id="label and a date"),
    pytest.param("May 12, 2024 09:00 GMT+9", True, id="no label: a time and a zone with its offset"),
    pytest.param("Posted on May 12 at 9:00", True, id="joiners between label, date and time"),
    pytest.param("May 12, 2024", False, id="a date alone: no label, time or zone"),
    pytest.param("Updated figures from May 12", False, id="a word no stamp has"),
    pytest.param("Updated", False, id="no number"),
    pytest.param("14 September 2025, 09:42 GMT · Updated 3 hours ago", True, id="a time told back from now"),
    pytest.param("3 hours ago", False, id="a time told back alone: no label, time or zone"),
]


@pytest.mark.parametrize("line, expected", STAMP_CASES)
def test_time_stamps(line, expected):
    assert is_time_stamp(line) is expected


def test_chrome_of_a_news_page_is_no_text():
    """Time stamps, "Share this article", "ADVERTISEMENT", a call to subscribe, a tag list,
    "Filed under …", copyright notices are skipped; "Related: <headline>" on its own line in
    a run of one-line paragraphs and "Read more: <headline>" keep only the headline, as a
    heading; the article's paragraphs stay body."""
    doc = read_document(DATA / "news_page_chrome_lines.md")
    got = [(s.kind, s.line) for s in doc.segments]
    assert got == [("heading", 1), ("body", 9), ("body", 13), ("heading", 14), ("body", 15), ("heading", 23)]
    assert doc.segments[3].text == "Ostrin Fisheries Agency to review quotas"
    forms = _english_forms(doc)
    assert {"Tarvik Olsen", "Brell Strait Commission", "Ostrin Fisheries Agency"} <= forms
    assert not forms & {"KST", "JST", "SOUTH KOREA", "JAPAN", "FISHERIES", "Valmora Herald", "Valmora News"}


def test_sentences_holding_chrome_words_stay_text():
    """"Tags on the crates …", "Copyright law in …", "Updated figures …", "… all rights
    reserved to the crown …", "Subscribers to …", "Published in 1998, …" are sentences of
    the article; a date alone is no time stamp."""
    doc = read_document(DATA / "chrome_words_in_sentences.txt")
    assert [s.kind for s in doc.segments] == ["heading"] + ["body"] * 6 + ["heading"]
    assert {"Kessin Assembly", "Brell Strait Commission", "Ostrin Accord"} <= _english_forms(doc)


# -- wire-story datelines -----------------------------------------------------------------

DATELINE_CASES = [
    pytest.param("SEOUL, May 12 (Valmora News) — Text", ("SEOUL", None, "May 12", "Valmora News"),
                 id="place, date, agency, em dash"),
    pytest.param("TOKYO (Reuters) - Text", ("TOKYO", None, None, "Reuters"), id="place, agency, spaced hyphen"),
    pytest.param("NEW YORK — Text", ("NEW YORK", None, None, None), id="two words, dash only"),
    pytest.param("**SEOUL, South Korea** — Text", ("SEOUL", "South Korea", None, None), id="region, in emphasis"),
    pytest.param("OSTRIN, 12 May 2024 (AP) — Text", ("OSTRIN", None, "12 May 2024", "AP"), id="day-month-year date"),
    pytest.param("SEOUL-based firms said", None, id="a hyphen glued to the word is no dash"),
    pytest.param("SEOUL, May 12 Text", None, id="neither brackets nor a dash"),
    pytest.param("Seoul (Reuters) — Text", None, id="the place is not in capitals: nothing to do"),
]


@pytest.mark.parametrize("line, expected", DATELINE_CASES)
def test_dateline_regex(line, expected):
    m = dateline_re().match(line)
    assert (m and (m["place"], m["region"], m["date"], m["agency"])) == expected


def test_a_wire_datelines_place_is_written_as_a_name():
    """"SEOUL, May 12 (Valmora News) —", "TOKYO (Reuters) -", "CITY OF KESSIN, Monday
    (TARVIKPRESS) —" read "Seoul", "Tokyo", "City of Kessin" and "(Tarvikpress)", one
    letter for one (the marker keeps its column); "VIDA (Valmora Institute for Defense
    Analyses) —" is an acronym and its long form and keeps its capitals."""
    doc = read_document(DATA / "wire_datelines.txt")
    raw = (DATA / "wire_datelines.txt").read_text(encoding="utf-8").split("\n")
    body = {s.line: s.text for s in doc.segments if s.kind == "body"}
    assert body[3].startswith("Seoul, May 12 (Valmora News) — Foreign Minister")
    assert body[7].startswith("Tokyo (Reuters) - The Ostrin")
    assert body[9].startswith("City of Kessin, Monday (Tarvikpress) — The port")
    assert body[11].startswith("VIDA (Valmora Institute for Defense Analyses)")
    assert doc.lines[2] == body[3].rstrip() + "[1]" and len(doc.lines[2]) == len(raw[2])
    assert [(m.n, m.line, m.col) for m in doc.markers] == [(1, 3, raw[2].index("[1]") + 1)]
    assert "Seoul, May 12" in doc.text and "SEOUL" not in doc.text


def test_analyse_reads_a_datelines_place_as_a_place_and_its_agency_as_no_person():
    """After the re-casing the pipeline finds the places "Seoul" and "Tokyo" (no "SEOUL"
    or "TOKYO" of any kind), "Reuters" as an institution (or not at all), and no person
    or place in an agency's brackets."""
    got = {c.forms[0].text: c.category.value for c in analyse(read_document(DATA / "wire_datelines.txt"))}
    assert got.get("Seoul") == "place" and got.get("Tokyo") == "place" and got.get("City of Kessin") == "place"
    assert not any("SEOUL" in k or "TOKYO" in k for k in got)
    assert got.get("Reuters", "institution") == "institution"
    assert got.get("Valmora News") not in ("person", "place") and got.get("Tarvikpress") not in ("person", "place")
    assert got.get("VIDA", "institution") == "institution" and "Vida" not in got


# -- section labels, relative time stamps, story kinds, taglines, wire footers ------------

def test_a_section_label_in_capitals_is_page_chrome():
    """"WORLD NEWS | ASIA-PACIFIC" above the headline names the page's section: skipped, so
    no "ASIA-PACIFIC" or "PACIFIC" institution; the headline and the text stay."""
    doc = read_document(DATA / "section_label_in_capitals.txt")
    assert [(s.kind, s.line) for s in doc.segments] == [("heading", 3), ("body", 5), ("body", 7)]
    forms = _english_forms(doc)
    assert not forms & {"ASIA", "ASIA-PACIFIC", "PACIFIC", "World News"} and "Brell Strait Commission" in forms


def test_a_time_stamp_told_back_from_now_is_page_chrome():
    """"14 September 2025, 09:42 GMT · Updated 3 hours ago": a stamp (no "GMT" institution);
    a sentence that says "3 hours ago" stays text."""
    doc = read_document(DATA / "relative_time_stamp.txt")
    assert [(s.kind, s.line) for s in doc.segments] == [("heading", 1), ("body", 5), ("body", 7)]
    assert "GMT" not in _english_forms(doc)


def test_a_storys_kind_before_a_linked_headline_is_no_name():
    """"- Factbox: …", "- Explainer: …" in a list of links to other stories: the headline
    alone is kept, as a heading (no "Factbox" or "Explainer" institution); a list item
    without such a label stays text."""
    doc = read_document(DATA / "story_kinds_in_a_list_of_links.txt")
    segs = {s.line: (s.kind, s.text) for s in doc.segments}
    assert segs[6] == ("heading", "The Kessin port dispute explained")
    assert segs[7] == ("heading", "What the Brell Strait Commission does") and segs[8][0] == "body"
    forms = _english_forms(doc)
    assert not forms & {"Factbox", "Explainer"} and "Brell Strait Commission" in forms


def test_an_encyclopedias_tagline_is_page_chrome():
    """"From Valmorapedia, the free encyclopedia" under the title is the site's tagline:
    skipped, no "Valmorapedia" place."""
    doc = read_document(DATA / "encyclopedia_tagline.txt")
    assert 2 not in {s.line for s in doc.segments}
    forms = _english_forms(doc)
    assert "Valmorapedia" not in forms and "Valmora–Ostrin Fisheries Agreement" in forms


def test_a_wires_standards_footer_is_page_chrome():
    """"Our Standards: The Valmora Wire Trust Principles." closes every story of a wire: no
    "Valmora Wire Trust Principles" policy."""
    doc = read_document(DATA / "wire_standards_footer.txt")
    assert 7 not in {s.line for s in doc.segments}
    assert not any("Principles" in f for f in _english_forms(doc))


def test_an_infobox_type_is_a_description_not_a_name():
    """"Type: Bilateral fisheries treaty" in an infobox describes the treaty: skipped (no
    "Bilateral fisheries treaty" agreement); the other fields and the text stay."""
    doc = read_document(DATA / "infobox_type_field.txt")
    assert 3 not in {s.line for s in doc.segments} and 4 in {s.line for s in doc.segments}
    forms = _english_forms(doc)
    assert "Bilateral fisheries treaty" not in forms and "Valmora–Ostrin Fisheries Agreement" in forms
