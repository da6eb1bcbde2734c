"""Footnote citations: the English text a marker ties to its note.

A marker (`…was held,5`, `[^5]`) cites its note for the clause just before it; the sentence
and the paragraph around it are weaker evidence.  `Body` holds the article's body as
paragraphs (markers already blanked by the document reader), `citations(doc)` gives, for
each marker with a note, its clause, sentence and paragraph, and `Body.locality()` says how
close an English term's occurrences are to a citation.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..documents import Document, Marker

# The end of a sentence: . ! ? (with closing quotes/brackets) then white space and an
# upper-case letter, digit or opening quote.  Not after an abbreviation (see below).
SENTENCE_END = regex.compile(r"[.!?][”\"’)\]]*\s+(?=[\p{Lu}\p{N}“\"(‘])")

# Abbreviations whose full stop does not end a sentence: single capitals (U.S., J.),
# titles and the usual Latin ones.  Checked against the text just before the stop.
ABBREVIATION = regex.compile(r"(?:\b\p{Lu}|\bMr|\bMrs|\bMs|\bDr|\bProf|\bNo|\bp|\bpp|\bvs|\be\.g|\bi\.e|\bet al|\bSt|\bJr|\bSr)$")

# Clause boundaries inside a sentence, for the clause a marker cites: ; and : and a dash.
CLAUSE_BREAK = regex.compile(r"[;:]\s|\s[—–]\s")

#: locality factors: the citing clause, the rest of its sentence, its paragraph, elsewhere
LOCALITY = {"clause": 1.0, "sentence": 0.95, "paragraph": 0.85, "document": 0.75, "absent": 0.7}


@dataclass
class Paragraph:
    text: str
    starts: list[int]              # offset of each line in `text`
    lines: list[int]               # file line of each line
    cols: list[int]                # file column of each line's first character

    def offset(self, line: int, col: int) -> int | None:
        if line not in self.lines:
            return None
        k = self.lines.index(line)
        return self.starts[k] + col - self.cols[k]

    def position(self, offset: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.lines[k], self.cols[k] + offset - self.starts[k]


@dataclass
class Citation:
    n: int
    marker: Marker
    para: int                      # index in Body.paragraphs
    clause: tuple[int, int]        # offsets in the paragraph
    sentence: tuple[int, int]
    body: "Body" = field(repr=False)

    @property
    def clause_text(self) -> str:
        p = self.body.paragraphs[self.para].text
        return p[self.clause[0]:self.clause[1]].strip()

    @property
    def sentence_text(self) -> str:
        p = self.body.paragraphs[self.para].text
        return p[self.sentence[0]:self.sentence[1]].strip()


class Body:
    """The article body as paragraphs, with file positions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        rows = _body_rows(doc)
        self.paragraphs: list[Paragraph] = []
        prev_line = None
        for line, col, text in rows:
            if self.paragraphs and prev_line == line - 1 and _joins(self.paragraphs[-1].text, text):
                p = self.paragraphs[-1]
                p.starts.append(len(p.text) + 1)
                p.text += " " + text
                p.lines.append(line)
                p.cols.append(col)
            else:
                self.paragraphs.append(Paragraph(text, [0], [line], [col]))
            prev_line = line
        self._found: dict[str, list[tuple[int, int, int]]] = {}
        self._by_line = {ln: i for i, p in enumerate(self.paragraphs) for ln in p.lines}

    def locate(self, line: int, col: int) -> tuple[int, int] | None:
        i = self._by_line.get(line)
        if i is None:
            return None
        off = self.paragraphs[i].offset(line, col)
        return None if off is None else (i, off)

    def find_all(self, form: str) -> list[tuple[int, int, int]]:
        """Occurrences of an English form as a whole word: (paragraph, start, end)."""
        if not form.strip():
            return []
        if form in self._found:
            return self._found[form]
        pat = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(form) + r"(?![\p{L}\p{N}])")
        out = []
        for i, p in enumerate(self.paragraphs):
            if form in p.text:
                for m in pat.finditer(p.text):
                    out.append((i, m.start(), m.end()))
        self._found[form] = out
        return out

    def locality(self, occurrences: list[tuple[int, int, int]], cit: Citation | None) -> tuple[float, str]:
        """The best locality of the occurrences relative to a citation."""
        if cit is None:
            return (LOCALITY["document"], "document") if occurrences else (LOCALITY["absent"], "absent")
        best = ("absent", LOCALITY["absent"])
        for para, start, end in occurrences:
            if para != cit.para:
                where = "document"
            elif start >= cit.clause[0] and end <= cit.clause[1] + 1:
                where = "clause"
            elif start >= cit.sentence[0] and end <= cit.sentence[1] + 1:
                where = "sentence"
            else:
                where = "paragraph"
            if LOCALITY[where] > best[1]:
                best = (where, LOCALITY[where])
        return best[1], best[0]


def citations(doc: Document, body: Body) -> dict[int, list[Citation]]:
    """Note number -> the citations of it (one per marker)."""
    out: dict[int, list[Citation]] = {}
    markers = sorted(doc.markers, key=lambda m: (m.line, m.col))
    for mk in markers:
        loc = body.locate(mk.line, mk.col)
        if loc is None:
            continue
        para_i, off = loc
        p = body.paragraphs[para_i].text
        s_start, s_end = _sentence_around(p, off)
        # the clause: from the sentence start, the last clause break or the previous marker
        c_start = s_start
        for m in CLAUSE_BREAK.finditer(p, s_start, off):
            c_start = m.end()
        for other in markers:
            if other is mk:
                continue
            o = body.locate(other.line, other.col)
            if o and o[0] == para_i and c_start <= o[1] < off:
                c_start = o[1] + len(other.text)
        out.setdefault(mk.n, []).append(Citation(mk.n, mk, para_i, (c_start, off), (s_start, s_end), body))
    return out


def _sentence_around(p: str, off: int) -> tuple[int, int]:
    start, end = 0, len(p)
    for m in SENTENCE_END.finditer(p):
        if ABBREVIATION.search(p, 0, m.start()):
            continue
        if m.end() <= off:
            start = m.end()
        elif m.start() >= off or m.start() < off <= m.end():  # the marker right after the stop
            end = m.start() + 1
            break
    return start, end


def _joins(prev: str, nxt: str) -> bool:
    """Two consecutive body lines belong to one paragraph (wrapped Markdown) unless the first
    ends a sentence and the next one starts a new one, or either is a heading."""
    if prev.lstrip().startswith("#") or nxt.lstrip().startswith("#"):
        return False
    return not regex.search(r"[.!?”\"’:)]\s*$", prev)


def _body_rows(doc: Document) -> list[tuple[int, int, str]]:
    rows = [(s.line, s.col, s.text) for s in doc.segments if s.kind in ("body", "heading")]
    if rows:
        return sorted(rows)
    note_lines = set()
    for n in doc.notes:
        note_lines |= set(range(n.line, n.end_line + 1))
    return [(i, 1, t) for i, t in enumerate(doc.lines, 1) if t.strip() and i not in note_lines]
