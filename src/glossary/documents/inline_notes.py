"""Pandoc's inline notes: `text.^[Kessin Brell, “On Valmora,” *Ostrin Review* 8 (2017): 72.]`

Pandoc, R Markdown and Quarto write a note where it is cited, between `^[` and the
matching `]`, over as many lines of its paragraph as it needs.  Such a note is both a
marker (numbered in order of appearance, as Pandoc numbers them) and a note's text, in
the middle of a body line: like LaTeX's \\footnote{…}, it is read through a view whose
`body` has each note blanked (so the body's sentences close over it and a wrapped note
line such as "(2017): 72." is never taken for a notes section) and whose `text` keeps it.

A `^[` counts only when its brackets close within the paragraph (before a blank line),
outside a code span, and in a text with no `[^label]:` definition (whose notes are the
Markdown footnotes of structure.py).
"""
from __future__ import annotations

import regex

from .latex_text import LatexMarker, LatexNote, LatexView
from .patterns import MD_NOTE_DEF_RE

_OPEN = "^["
_PARAGRAPH_END = regex.compile(r"\n[ \t]*\n")
_MARKDOWN_DEF = regex.compile(MD_NOTE_DEF_RE.pattern, regex.M)


def _close(text: str, start: int) -> int | None:
    """The offset of the `]` closing the bracket at `start` (the `[` of a `^[`), or None
    when the paragraph ends first.  Brackets inside the note (links, `[sic]`) nest."""
    depth = 0
    end = _PARAGRAPH_END.search(text, start)
    stop = end.start() if end else len(text)
    for k in range(start, stop):
        ch = text[k]
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return k
    return None


def _in_code(text: str, at: int) -> bool:
    """An odd number of backticks between the start of the line and `at`."""
    line_start = text.rfind("\n", 0, at) + 1
    return text.count("`", line_start, at) % 2 == 1


def _spans(text: str) -> list[tuple[int, int]]:
    """(offset of `^[`, offset of its `]`) for every inline note, in order."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        at = text.find(_OPEN, pos)
        if at < 0:
            return out
        close = None if (at and text[at - 1] == "\\") or _in_code(text, at) else _close(text, at + 1)
        if close is None:
            pos = at + 2
            continue
        out.append((at, close))
        pos = close + 1


def inline_notes_view(text: str) -> LatexView | None:
    """The view of a text with Pandoc inline notes, or None when it has none."""
    if _OPEN not in text or _MARKDOWN_DEF.search(text):
        return None
    spans = _spans(text)
    if not spans:
        return None
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]

    def where(offset: int) -> tuple[int, int]:
        import bisect
        line = bisect.bisect_right(starts, offset) - 1
        return line, offset - starts[line]

    body = list(text)
    notes, markers = [], []
    for n, (a, b) in enumerate(spans, start=1):
        for k in range(a, b + 1):
            if body[k] != "\n":
                body[k] = " "
        (la, ca), (lb, cb) = where(a + 2), where(b)
        notes.append(LatexNote(n, la, ca + 1, lb, cb + 1))
        line, col = where(a)
        markers.append(LatexMarker(n, line, col, col + 2, _OPEN))
    return LatexView(text, "".join(body), tuple(notes), tuple(markers))
