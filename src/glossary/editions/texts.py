"""A read Document as paragraphs and sentences to align.

    paragraphs(doc, lang) -> list[Paragraph]

The reader (glossary.documents) has already told body lines, headings, notes and page
furniture apart and blanked the footnote markers.  Here:

* a heading is a paragraph of its own; so is each note (it keeps its number);
* body lines are paragraphs one per line, unless the document separates paragraphs with
  blank lines: then consecutive lines are one paragraph (hard-wrapped text, a PDF
  copy), joined with a space (Japanese: with nothing);
* front matter, provenance lines and the trailer after the notes are not aligned;
* each paragraph is split into sentences (sentences.py), each remembering its line and
  column in the file and the footnote markers it carries.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from ..documents import Document
from .sentences import split_sentences

#: runs of white space inside a sentence (blanked markers, joined lines) become one space
SPACE_RUN_RE = regex.compile(r"\s{2,}")
#: the segment kinds that are aligned
ALIGNED_KINDS = ("body", "heading", "note")


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int
    col: int
    para: int                 # index of its paragraph
    kind: str                 # "body", "heading" or "note"
    note: int | None = None   # the note's number, for a sentence of a note
    markers: tuple[int, ...] = ()   # numbers of the footnote markers it carries

    @property
    def length(self) -> int:
        return sum(1 for ch in self.text if not ch.isspace())


@dataclass(frozen=True)
class Paragraph:
    kind: str
    note: int | None
    sentences: tuple[Sentence, ...]

    @property
    def length(self) -> int:
        return sum(s.length for s in self.sentences)

    @property
    def line(self) -> int:
        return self.sentences[0].line if self.sentences else 0


def paragraphs(doc: Document, lang: str) -> list[Paragraph]:
    segs = [s for s in doc.segments if s.kind in ALIGNED_KINDS and s.text.strip()]
    body_lines = [s.line for s in segs if s.kind == "body"]
    blank_separated = any(b - a > 1 for a, b in zip(body_lines, body_lines[1:]))
    groups: list[list] = []
    for s in segs:
        last = groups[-1][-1] if groups else None
        joins = (last is not None and s.kind == last.kind and (
            (s.kind == "body" and blank_separated and s.line == last.line + 1)
            or (s.kind == "note" and s.footnote == last.footnote)))
        if joins:
            groups[-1].append(s)
        else:
            groups.append([s])
    markers_by_line: dict[int, list] = {}
    for m in doc.markers:
        markers_by_line.setdefault(m.line, []).append(m)
    joiner = "" if lang == "ja" else " "
    out: list[Paragraph] = []
    for group in groups:
        text_parts: list[str] = []
        starts: list[int] = []        # offset of each segment's text in the paragraph text
        marks: list[tuple[int, int]] = []   # (offset in the paragraph, note number)
        pos = 0
        for k, seg in enumerate(group):
            piece = seg.text.strip() if k else seg.text.rstrip()
            lead = len(seg.text) - len(seg.text.lstrip()) if k else 0
            if k:
                text_parts.append(joiner)
                pos += len(joiner)
            starts.append(pos - lead)
            for mk in markers_by_line.get(seg.line, ()):
                marks.append((pos - lead + mk.col - seg.col, mk.n))
            text_parts.append(piece)
            pos += len(piece)
        text = "".join(text_parts)
        para_index = len(out)
        sentences = []
        spans = split_sentences(text, lang)
        span_starts = [sp.start for sp in spans]
        carried_by: dict[int, list[int]] = {}
        for off, n in marks:     # a marker belongs to the sentence it follows or sits in
            carried_by.setdefault(max(0, bisect.bisect_right(span_starts, off) - 1), []).append(n)
        for i, span in enumerate(spans):
            k = max(0, bisect.bisect_right(starts, span.start) - 1)
            seg = group[k]
            col = seg.col + span.start - starts[k]
            carried = tuple(carried_by.get(i, ()))
            clean = SPACE_RUN_RE.sub(" ", text[span.start:span.end]).strip()
            if clean:
                sentences.append(Sentence(clean, seg.line, col, para_index, group[0].kind, group[0].footnote,
                                          carried))
        if sentences:
            out.append(Paragraph(group[0].kind, group[0].footnote, tuple(sentences)))
    return out
