"""Reading articles: bytes -> text (encoding detection) -> structure (body, notes, markers).

Public surface (the extractor depends on exactly this):

    read_document(path, *, max_bytes=None) -> Document   # raises InputError naming the file
    read_bytes(path, *, max_bytes=None) -> bytes         # regular files only, the input limit
    parse_document(text, path="<text>", encoding="utf-8") -> Document
    decode_bytes(data, path="<bytes>") -> tuple[str, str]  # (text, encoding name)

Columns are 1-based and counted in code points of the NFC text; lines are 1-based.

How it works
============

Decoding
    decode.py: BOM, BOM-less UTF-16, strict UTF-8, else CP932 / EUC-JP / CP949 scored
    for plausibility; then line ends -> \\n and NFC (`normalize_text`).
Views (each length-preserving: every line and column stays where it was)
    data_uris.py: embedded `data:` URIs (base64 pictures) blanked; shortcodes.py,
    html_text.py, latex_text.py: markup blanked or made readable; datelines.py: a wire
    story's dateline in capitals ("SEOUL, May 12 (Agency) —") re-cased as names are.
Structure
    structure.py: Markdown footnote definitions or a plain-text notes section, the
    trailer after it, headings in the body (`parse_document`); frontmatter.py: provenance,
    front matter, credit lines; chrome.py: page chrome (share buttons, tag lists,
    copyright notices, time stamps, linked headlines of other pages).
Markers
    markers.py: footnote-marker candidates and the best increasing sequence of them.

The records are in model.py, the tuning constants and named regexes in patterns.py,
file reading (regular files only, size limit, I/O errors) in reader.py: every file a user
feeds (articles, texts to check, exchange files) should be read with `read_bytes`.
"""
from __future__ import annotations

from .decode import (
    CONTROL_RE, ENCODING_SAMPLE_CHARS, FREQUENT_HANGUL, LINE_END_RE, NON_ASCII_RE, decode_bytes, normalize_text,
)
from .model import Document, Marker, Note, Segment
from .patterns import (
    BRACKET_MARKER_RE, BULLET_RE, CARET_MARKER_RE, CITATION_CUE_RE, CJK_NOTE_MARKER_RE, GLUED_MARKER_RE,
    HEADING_MAX_WORDS, MARKER_HINT_RE, MAX_MARKER, MAX_NOTE_LINES, MD_HEADING_RE, MD_NOTE_CONT_RE,
    MD_NOTE_DEF_RE, MD_SETEXT_RE, NOTE_COMPLETE_RE, NOTE_GAP, NOTE_NUMBER_RE, NOTES_HEADING_RE,
    PAGE_FURNITURE_RE, QUOTED_LINE_RE, SENTENCE_BREAK_RE, SENTENCE_END_RE, SEPARATOR_RE,
    SUPERSCRIPT_MARKER_RE, URL_RE, WORD_RE, YEAR_GLUED_MARKER_RE,
)
from .reader import DEFAULT_MAX_BYTES, MAX_BYTES_ENV, max_input_bytes, read_bytes, read_document, read_text
from .structure import parse_document

__all__ = [
    # reading and parsing
    "read_document", "read_bytes", "read_text", "max_input_bytes", "parse_document", "decode_bytes", "normalize_text",
    # the records
    "Document", "Segment", "Note", "Marker",
    # limits and tuning constants
    "DEFAULT_MAX_BYTES", "MAX_BYTES_ENV", "ENCODING_SAMPLE_CHARS", "NOTE_GAP", "MAX_NOTE_LINES",
    "HEADING_MAX_WORDS", "MAX_MARKER", "FREQUENT_HANGUL",
    # named regular expressions
    "NOTE_NUMBER_RE", "MD_NOTE_DEF_RE", "MD_NOTE_CONT_RE", "MD_HEADING_RE", "MD_SETEXT_RE", "SEPARATOR_RE",
    "NOTES_HEADING_RE", "URL_RE", "CARET_MARKER_RE", "BRACKET_MARKER_RE", "CJK_NOTE_MARKER_RE",
    "SUPERSCRIPT_MARKER_RE", "GLUED_MARKER_RE", "YEAR_GLUED_MARKER_RE", "MARKER_HINT_RE", "SENTENCE_END_RE",
    "SENTENCE_BREAK_RE", "BULLET_RE", "CITATION_CUE_RE", "NOTE_COMPLETE_RE", "PAGE_FURNITURE_RE",
    "QUOTED_LINE_RE", "WORD_RE", "LINE_END_RE", "CONTROL_RE", "NON_ASCII_RE",
]
