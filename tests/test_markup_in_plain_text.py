"""HTML bits in texts that are not HTML pages: a Markdown page's `<!-- … -->` comment is
no text, character references (`&quot;`, `&#39;`) read as their characters, and the
credit lines of a transcript ("Translator:", "Reviewer:") are credits.  Made-up names."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "documents"


def _names(doc):
    return {f.text for c in analyse(doc) for f in c.forms if f.lang == "en"}


def test_an_html_comment_in_markdown_is_no_text_and_keeps_the_lines():
    doc = read_document(DATA / "markdown_html_comment.md")
    assert "Kessin League" not in doc.text and "draft" not in doc.text
    assert doc.lines[7] == "Its leader, Mira Kessin, spoke."     # line 8 stays line 8
    names = _names(doc)
    assert "Kessin League" not in names and "Tarvik" not in names and "Mira Kessin" in names


def test_character_references_without_tags_are_their_characters():
    doc = read_document(DATA / "character_references_without_tags.txt")
    assert doc.lines[0] == 'She sang "Kessin Nights" at the Ostrin Hall & Theatre.'
    assert doc.lines[1] == "It's the Valmora Festival’s song; AT&T and R&D stay as written."
    assert "Kessin Nights" in _names(doc)


def test_translator_and_reviewer_lines_are_credits():
    doc = read_document(DATA / "credit_lines_translator_reviewer.txt")
    assert [s.text for s in doc.segments if s.kind == "credit"] == ["Mira Kessin", "Tarvik Ostrin"]
    names = _names(doc)
    assert {"Mira Kessin", "Tarvik Ostrin"} <= names


def test_a_link_whose_text_is_a_title_in_title_case_is_one_publication():
    """`[Studies in the Institutional History of Early Modern Ostrin](https://…)`: the link's
    text bounds the title, small words and all (not "Institutional History" and a place)."""
    doc = read_document(DATA / "markdown_link_with_a_title.md")
    cands = {f.text: c for c in analyse(doc) for f in c.forms if f.lang == "en"}
    title = "Studies in the Institutional History of Early Modern Ostrin"
    assert title in cands and cands[title].category.value == "publication"
    assert "Institutional History" not in cands


def test_a_phrase_glossed_word_by_word_gives_no_reading_terms():
    """`神風 (*shinpuu*) 特別 (*tokubetsu*) …`: each reading glosses one word of a longer
    phrase; none is a term (a single glossed phrase, `*velo-kun* (ベロクン)`, still is)."""
    doc = read_document(DATA / "word_by_word_gloss.md")
    names = _names(doc)
    assert not {"shinpuu", "tokubetsu", "kougekitai"} & names and "Special Attack Unit" in names


def test_a_bracketed_name_followed_by_dates_is_the_names_form():
    """`Name (徳川 家康 January 30, 1543 - June 1, 1616)`: the Japanese name before the dates
    is the person's Japanese form."""
    doc = read_document(DATA / "bracket_name_then_dates.md")
    forms = {f.text: c for c in analyse(doc) for f in c.forms}
    assert forms["Tarvik Valmora"] is forms["徳川 家康"]
    assert forms["Ostrin Kessin"] is forms["山本 五十六"]


def test_a_term_led_by_a_japanese_name_is_transcribed_then_read_in_korean():
    """徳川幕府 "Tokugawa shogunate": Korean transcribes the name and reads the rest in
    Sino-Korean (도쿠가와 막부), not 덕천막부; a ministry stays read whole (방위성)."""
    doc = read_document(DATA / "japanese_name_led_term_in_korean.md")
    ko = {f.text for c in analyse(doc) for f in c.forms if f.lang == "ko"}
    assert {"도쿠가와 막부", "가마쿠라 막부", "방위성"} <= ko and "덕천막부" not in ko

