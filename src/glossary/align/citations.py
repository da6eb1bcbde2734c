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
from .caching import cached

# The end of a sentence: . ! ? (with closing quotes/brackets) then white space and an
# upper-case letter, digit or opening quote.  Not after an abbreviation (see below).
SENTENCE_END = regex.compile(r"[.!?][”\"’)\]]*\s+(?=[\p{Lu}\p{N}“\"(‘])")

# Abbreviations whose full stop does not end a sentence: single capitals (U.S., J.),
# titles and the usual Latin ones.  Checked against the text just before the stop.
ABBREVIATION = regex.compile(r"(?:\b\p{Lu}|\bMr|\bMrs|\bMs|\bDr|\bProf|\bNo|\bp|\bpp|\bvs|\be\.g|\bi\.e|\bet al|\bSt|\bJr|\bSr)$")

# The end of a line that ends a paragraph (when the next line starts a new one).
PARAGRAPH_END = regex.compile(r"[.!?”\"’:)]\s*$")

# Clause boundaries inside a sentence, for the clause a marker cites: ; and : and a dash.
CLAUSE_BREAK = regex.compile(r"[;:]\s|\s[—–]\s")

# One letter or digit: what may not touch a form found as a whole word (Body.find_all).
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
#: a character two bytes wide or more (Body._narrow)
_WIDE = regex.compile(r"[^\x00-\xff]")


def _letter_or_digit(ch: str) -> bool:
    """`_LETTER_OR_DIGIT` of one character; ASCII (most of what borders an English name) by
    the string method, the rest by the pattern (the Unicode version `regex` knows)."""
    return ch.isalnum() if ch.isascii() else _LETTER_OR_DIGIT.match(ch) is not None

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
        self._citations: dict[int, list[Citation]] | None = None     # (`citations`)
        self._spelling_notes: tuple | None = None     # (`transcriptions._notes_to_read`: notes, lines)
        self._names_japan: bool | None = None     # (`persons.names_japan`)
        self._by_line = {ln: i for i, p in enumerate(self.paragraphs) for ln in p.lines}
        # line -> (its paragraph, the offset of its column 0 there): `locate` in one look-up
        self._line_at = {ln: (i, p.starts[k] - p.cols[k]) for i, p in enumerate(self.paragraphs)
                         for k, ln in enumerate(p.lines)}
        # all paragraphs in one string, joined by a line break (neither a letter nor a digit,
        # and in no paragraph), for one search per form; None when a paragraph has one
        self._joined: str | None = None
        self._narrow: str | None = None     # `_joined` with every character past U+00FF as U+0080
        self._offsets: list[int] = []
        if not any("\n" in p.text for p in self.paragraphs):
            off = 0
            for p in self.paragraphs:
                self._offsets.append(off)
                off += len(p.text) + 1
            self._joined = "\n".join(p.text for p in self.paragraphs)

    def locate(self, line: int, col: int) -> tuple[int, int] | None:
        """(paragraph, offset) of a file position in the body (`Paragraph.offset`), None off it."""
        at = self._line_at.get(line)
        return None if at is None else (at[0], at[1] + col)

    def find_all(self, form: str) -> list[tuple[int, int, int]]:
        """Occurrences of an English form as a whole word: (paragraph, start, end)."""
        if not form.strip():
            return []
        out = self._found.get(form)
        if out is not None:
            return out
        # a literal search with the word-boundary checks of
        # (?<![\p{L}\p{N}])FORM(?![\p{L}\p{N}]) (leftmost, non-overlapping), without
        # compiling a pattern per form
        out = []
        n = len(form)
        letter = _letter_or_digit
        if self._joined is not None and "\n" not in form:
            text, offsets = self._joined, self._offsets
            # an ASCII form is looked for in the one-byte copy (`_narrow`): the same offsets,
            # a faster search than in text holding Japanese or Korean
            if self._narrow is None:
                self._narrow = text if text.isascii() else _WIDE.sub("\x80", text)
            find = (self._narrow if form.isascii() else text).find
            end = len(text)
            match = _LETTER_OR_DIGIT.match
            k = find(form)
            while k >= 0:
                e = k + n
                # (`_letter_or_digit` inlined: the character before, then the one after)
                if k:
                    c = text[k - 1]
                    if c.isalnum() if c.isascii() else match(c) is not None:
                        k = find(form, k + 1)
                        continue
                if e < end:
                    c = text[e]
                    if c.isalnum() if c.isascii() else match(c) is not None:
                        k = find(form, k + 1)
                        continue
                i = bisect.bisect_right(offsets, k) - 1
                out.append((i, k - offsets[i], e - offsets[i]))
                k = find(form, e)
            self._found[form] = out
            return out
        for i, p in enumerate(self.paragraphs):
            text = p.text
            k = text.find(form)
            while k >= 0:
                e = k + n
                if (k == 0 or not letter(text[k - 1])) and (e >= len(text) or not letter(text[e])):
                    out.append((i, k, e))
                    k = text.find(form, e)
                else:
                    k = text.find(form, k + 1)
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
    """Note number -> the citations of it (one per marker); worked out once per body (the
    aligner and the suggestion rules ask for them; read them, never change them)."""
    if body._citations is not None and body.doc is doc:
        return body._citations
    body._citations = _citations(doc, body)
    return body._citations


def _citations(doc: Document, body: Body) -> dict[int, list[Citation]]:
    out: dict[int, list[Citation]] = {}
    markers = sorted(doc.markers, key=lambda m: (m.line, m.col))
    located = [body.locate(m.line, m.col) for m in markers]
    ends: dict[int, tuple[tuple[int, int], ...]] = {}   # paragraph -> its sentence ends
    in_para: dict[int, list] = {}   # paragraph -> its (marker, location), in marker order
    for mk, loc in zip(markers, located):
        if loc:
            in_para.setdefault(loc[0], []).append((mk, loc))
    for mk, loc in zip(markers, located):
        if loc is None:
            continue
        para_i, off = loc
        p = body.paragraphs[para_i].text
        stops = ends.get(para_i)
        if stops is None:
            stops = ends[para_i] = _sentence_ends(p)
        s_start, s_end = _sentence_around(p, off, stops)
        # the clause: from the sentence start, the last clause break or the previous marker
        c_start = s_start
        for m in CLAUSE_BREAK.finditer(p, s_start, off):
            c_start = m.end()
        for other, o in in_para.get(para_i, ()):
            if other is mk:
                continue
            if c_start <= o[1] < off:
                c_start = o[1] + len(other.text)
        out.setdefault(mk.n, []).append(Citation(mk.n, mk, para_i, (c_start, off), (s_start, s_end), body))
    return out


@cached(maxsize=16384)
def _sentence_ends(p: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence end in the paragraph, in order (memoised: a paragraph's
    markers share them, and articles quote paragraphs)."""
    out = []
    for m in SENTENCE_END.finditer(p):
        # ABBREVIATION ends at the stop and spans at most 6 characters (with the one its \b
        # looks at): the last 16 characters before the stop decide, as the whole text would
        if ABBREVIATION.search(p[max(0, m.start() - 16):m.start()]):
            continue
        out.append((m.start(), m.end()))
    return tuple(out)


def _sentence_around(p: str, off: int, stops: tuple[tuple[int, int], ...] | None = None) -> tuple[int, int]:
    start, end = 0, len(p)
    for m_start, m_end in (_sentence_ends(p) if stops is None else stops):
        if m_end <= off:
            start = m_end
        elif m_start >= off or m_start < off <= m_end:  # the marker right after the stop
            end = m_start + 1
            break
    return start, end


def _joins(prev: str, nxt: str) -> bool:
    """Two consecutive body lines belong to one paragraph (wrapped Markdown) unless the first
    ends a sentence and the next one starts a new one, or either is a heading."""
    if prev.lstrip().startswith("#") or nxt.lstrip().startswith("#"):
        return False
    # a match can only start at the last character that is not white space
    return not PARAGRAPH_END.search(prev, max(0, len(prev.rstrip()) - 1))


def _body_rows(doc: Document) -> list[tuple[int, int, str]]:
    rows = [(s.line, s.col, s.text) for s in doc.segments if s.kind in ("body", "heading")]
    if rows:
        return sorted(rows)
    note_lines = set()
    for n in doc.notes:
        note_lines |= set(range(n.line, n.end_line + 1))
    return [(i, 1, t) for i, t in enumerate(doc.lines, 1) if t.strip() and i not in note_lines]
