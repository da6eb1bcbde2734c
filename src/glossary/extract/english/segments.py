"""Segments, paragraphs and occurrences of English extraction (no rule family: shared by all).

`_paragraphs` joins the lines of a hard-wrapped paragraph or note into one `_Para` (a name
broken over a line end is one span; `_position` maps an offset back to its line and
column); `_SegCtx` is one prepared segment (blanked text, tokens, sentence starts, whether
it is read like a headline); `_Raw` is one occurrence of a form with what the rules think
of it; `_Sentences` answers whether a token starts a sentence.
"""
from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from dataclasses import dataclass, field

import regex

from ...documents import Segment
from ...documents.patterns import CONTINUATION_RE
from ...model import Category
from ..vocab import STOPWORDS as _FUNCTION_WORDS
from .tokens import _Tok


_NO_LINKS: tuple = ()


class _Raw:
    """One occurrence of a form, with what the rules think of it.

    text, seg, start; category; strength: 3 strong cue, 2 context cue, 1 guess, 0
    reference only; kind: name | person | acronym | place | title | abbr | native;
    person_name: for kind person, the name without its title; links: texts of forms of
    the same concept; place_cue.  (A slotted class, not a dataclass: thousands are made
    per article.)"""

    __slots__ = ("text", "seg", "start", "category", "strength", "kind", "person_name", "links", "place_cue")

    def __init__(self, text: str, seg: Segment, start: int, category: Category | None, strength: int,
                 kind: str = "name", person_name: str = "", links: list[str] | None = None,
                 place_cue: bool = False) -> None:
        self.text = text
        self.seg = seg
        self.start = start
        self.category = category
        self.strength = strength
        self.kind = kind
        self.person_name = person_name
        self.links = _NO_LINKS if links is None else links   # (most have none: one shared tuple)
        self.place_cue = place_cue


@dataclass
class _SegCtx:
    seg: Segment
    text: str
    tokens: list[_Tok]
    sent_starts: list[int]
    title_ctx: bool
    italics: list[tuple[int, int]] = field(default_factory=list)   # Markdown *italic* spans
    bold: list[tuple[int, int]] = field(default_factory=list)      # Markdown **bold** spans
    lower: list[str] = field(default_factory=list)   # lower-case-initial words, lower-cased
    cjk: bool = True    # False: the text holds no Han, kana or Hangul (True: it may)
    _ends: list[int] | None = None
    caps: list[int] | None = None    # the indices of the tokens with `cap` (None: not listed)

    @property
    def ends(self) -> list[int]:
        """Token end offsets (ascending), for bisecting."""
        if self._ends is None:
            self._ends = [t.end for t in self.tokens]
        return self._ends


class _Para:
    """Consecutive lines of one hard-wrapped paragraph (or note) read as one segment, so
    that a name broken over a line end ("the Korean Council for Justice and\nRemembrance")
    is one span; `pieces` map offsets back to each line's (line, col)."""

    __slots__ = ("kind", "line", "col", "text", "footnote", "pieces", "offsets")

    def __init__(self, segs: list[Segment]) -> None:
        first = segs[0]
        self.kind, self.line, self.col, self.footnote = first.kind, first.line, first.col, first.footnote
        self.pieces: list[tuple[int, int, int]] = []
        parts: list[str] = []
        off = 0
        for sg in segs:
            t = sg.text.strip()         # one space between lines: "Harbor " + " Council"
            self.pieces.append((off, sg.line, sg.col + len(sg.text) - len(sg.text.lstrip())))
            parts.append(t)
            off += len(t) + 1
        self.text = " ".join(parts)
        self.offsets = [p[0] for p in self.pieces]

    def position(self, start: int) -> tuple[int, int]:
        off, line, col = self.pieces[bisect.bisect_right(self.offsets, start) - 1]
        return line, col + start - off


def _position(seg, start: int) -> tuple[int, int]:
    """(line, col) of offset `start` of a segment or a joined paragraph."""
    if type(seg) is _Para:
        return seg.position(start)
    return seg.line, seg.col + start


#: a line that ends a paragraph's sentence or is markup of its own (a table row, a list
#: item, a block quote) is not joined with the next one
_LINE_END = regex.compile(r"[.!?:;”\"')\]|*>]\s*$")


_LINE_START = regex.compile(r"^\s*(?:[-*+>|#]|\d+[.)]\s|<)")
#: a line that ends a sentence (or is markup): never joined by `_broken_sentences`
_SENTENCE_END = regex.compile(r"[.!?:;”\"'|*>]\s*$")


def _wrap_width(segments) -> int:
    """The width a hard-wrapped text is wrapped at (the 90th percentile of its body and
    note line lengths), or 0 when its lines are too long to be wrapped (one per paragraph)."""
    lengths = sorted(len(sg.text) + sg.col - 1 for sg in segments if sg.kind in ("body", "note"))
    if len(lengths) < 5:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    return width if width <= MAX_WRAP_WIDTH else 0


#: lines longer than this are not hard-wrapped
MAX_WRAP_WIDTH = 120


def _as_body(seg: Segment) -> Segment:
    """The segment as a body line (same text and place)."""
    return dataclasses.replace(seg, kind="body")


def _line_step(segments) -> int:
    """The line distance between the wrapped lines of a paragraph: 1, or the distance most
    body lines have to the next when the text puts blank lines between them (a
    double-spaced page: 60 % of the distances or more), so that those are joined too."""
    body = [sg.line for sg in segments if sg.kind == "body"]
    gaps = Counter(b - a for a, b in zip(body, body[1:]))
    if not gaps:
        return 1
    gap, n = gaps.most_common(1)[0]
    return gap if gap > 1 and n >= 0.6 * sum(gaps.values()) else 1


def _paragraphs(segments) -> list:
    """The segments, with the lines of a hard-wrapped paragraph or note joined (`_Para`):
    a line joins the next when the text is wrapped, the line is full (at least 60 % of
    the wrap width) or the next one goes on in lower case, and neither is markup of its own."""
    segments = list(segments)
    width = _wrap_width(segments)
    if not width:
        return _broken_sentences(segments)
    step = _line_step(segments)

    def joined(run: list, seg: Segment) -> tuple[bool, Segment]:
        if step > 1 and seg.kind == "heading" and run[-1].kind == "body" and \
                not seg.text.lstrip().startswith("#") and _joins(run, _as_body(seg), width, step):
            return True, _as_body(seg)   # a wrapped line of a double-spaced page the reader took for a heading
        return _joins(run, seg, width, step) or _continues(run[-1], seg), seg

    return _grouped(segments, joined)


def _grouped(segments: list, joined) -> list:
    """The segments, runs of them that `joined(run, seg) -> (joins, seg)` keeps together
    made one `_Para` each."""
    out: list = []
    run: list[Segment] = []
    for seg in segments:
        if run:
            joins, seg = joined(run, seg)
            if not joins:
                out.append(run[0] if len(run) == 1 else _Para(run))
                run = []
        run.append(seg)
    if run:
        out.append(run[0] if len(run) == 1 else _Para(run))
    return out


#: the last word of a line whose sentence goes on: a function word ("the", "of", "his")
_LAST_WORD = regex.compile(r"(?:^|\s)(\p{Ll}+)\s*$")
#: ... or an opening bracket or a comma
_OPEN_END = regex.compile(r"[(\[,]\s*$")


def _broken_sentences(segments: list) -> list:
    """Body lines of one sentence that a page copy put on lines of their own, one blank
    line apart (every italic run and link of a scraped article): a line that ends no
    sentence joins the next when that one goes on in lower case or with a closing
    bracket or stop, or when the line ends in a function word ("the", "of") or "(" (`_Para`)."""
    return _grouped(segments, lambda run, seg: (_continues(run[-1], seg), seg))


def _continues(last: Segment, seg: Segment) -> bool:
    if not (seg.kind == last.kind == "body" and seg.footnote == last.footnote and 1 <= seg.line - last.line <= 2):
        return False
    if _LINE_START.match(seg.text) or _LINE_START.match(last.text) or _SENTENCE_END.search(last.text) \
            or ATTRIBUTION.match(last.text):
        return False      # (an attribution line ends its quotation)
    if CONTINUATION_RE.match(seg.text) or _OPEN_END.search(last.text):
        return True
    m = _LAST_WORD.search(last.text)
    return m is not None and m.group(1) in _FUNCTION_WORDS


def _joins(run: list, seg: Segment, width: int, step: int) -> bool:
    """Does `seg` go on the paragraph whose lines are `run` (see `_paragraphs`)?"""
    last = run[-1]
    return seg.kind == last.kind and seg.kind in ("body", "note") and seg.line - last.line in (1, step) \
        and seg.footnote == last.footnote and not _LINE_END.search(last.text) \
        and not _LINE_START.match(seg.text) and not _LINE_START.match(run[0].text) \
        and not ATTRIBUTION.match(last.text) \
        and (len(last.text) + last.col - 1 >= 0.6 * width or seg.text.lstrip()[:1].islower())


# A headline's words: "Energy Transition Policy: From the Grid Act to Statnett" (a body line that
# is a title: short, no closing punctuation, every longer word capitalised).
HEADLINE_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]{3,}")


#: an attribution line under a quotation: a dash, a name, a comma and who the speaker is
#: ("> — Kessin Tarvik, Valmora Institute for Regional Security Studies", "-- Ostrin, 1998")
ATTRIBUTION = regex.compile(r"^[\s>*_]*+(?:[—―–]|--)\s*+\p{Lu}[^,\n]{0,60},\s*\S")


#: what a subhead may trail off with: an ellipsis, or "etc." after a comma
HEADLINE_TRAIL = regex.compile(r"(?:\.{3}|…|,\s*etc\.)$")


def _headline_like(text: str) -> bool:
    """A body line that is a title: short, no closing punctuation, every longer word
    capitalised; not an attribution line, a name and an affiliation (`ATTRIBUTION`), which
    reads as a sentence does."""
    t = HEADLINE_TRAIL.sub("", text.rstrip())    # (a subhead may trail off: "..., etc.", "...")
    if not t or t[-1] in ".!?;,\"”)" or len(t.split(None, 16)) > 16 or ATTRIBUTION.match(t):   # (17 parts: > 16 words)
        return False
    words = HEADLINE_WORD.findall(t)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


class _Sentences:
    def _is_sentence_initial(self, c: _SegCtx, ti: int) -> bool:
        toks = c.tokens
        tok = toks[ti]
        j = ti - 1
        while j >= 0 and toks[j].kind == "punct" and toks[j].text in "“\"‘'(*[":
            j -= 1
        if j < 0:
            return True
        prev = toks[j]
        if prev.kind == "punct" and prev.text in ".!?:;”|{":
            return True     # also a table cell's first word ("| Total |") and a caption's ("{Share of ...")
        ss = c.sent_starts
        sent = ss[bisect.bisect_right(ss, tok.start) - 1]
        if sent <= prev.start:
            return False
        start = tok.start
        for t in toks[max(0, j - 1): ti]:
            if sent <= t.start < start and t.kind != "punct":
                return False
        return True
