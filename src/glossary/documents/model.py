"""The parsed article: `Document` and its `Segment`s, `Note`s and `Marker`s.

Columns are 1-based and counted in code points of the NFC text; lines are 1-based.
Also the two mutable/intermediate records the parser builds before it freezes them
(`_NoteBuild`, `_Candidate`); they are private to this package.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Marker:
    """A footnote reference in the body: `nations.”1`, `[3]`, `[^3]`, `¹`."""

    n: int
    line: int
    col: int          # column of the marker's first character
    text: str         # the marker as written ("1", "[3]", "[^3]", "¹")

    def to_dict(self) -> dict:
        return {"n": self.n, "line": self.line, "col": self.col}


@dataclass(frozen=True)
class Note:
    """One footnote: its number and its whole text (continuation lines joined with \\n)."""

    n: int
    line: int         # line of the note's first line
    col: int          # column where the note text starts (after "N. ", "[N]", "[^N]:")
    text: str
    end_line: int
    label: str = ""   # the label as written: "12" for "12.", "note" for Markdown "[^note]:"


@dataclass(frozen=True)
class Segment:
    """A piece of text to extract from, with where it is.

    kind: "body" (article text), "heading" (a section heading line in the body),
    "note" (text of a footnote; `footnote` is its number), "trailer" (lines after the
    notes that are not notes: series title, page furniture) or "credit" (the names of a
    byline or credit line, "By A and B", "Reporting: A, B", a front-matter author).
    `text` is the line's text with every marker replaced by spaces of the same length,
    so columns stay exact and glued digits (`December 201820`) do not read as data.
    """

    kind: str
    line: int
    col: int
    text: str
    footnote: int | None = None


@dataclass(frozen=True)
class Document:
    path: str
    encoding: str
    text: str                                   # NFC, line ends normalised to \n
    lines: tuple[str, ...]
    segments: tuple[Segment, ...]
    notes: tuple[Note, ...]
    markers: tuple[Marker, ...]
    warnings: tuple[str, ...] = field(default=())
    format: str = "text"                        # "text", "markdown" or "latex"

    def note(self, n: int) -> Note | None:
        for note in self.notes:
            if note.n == n:
                return note
        return None

    def marker(self, n: int) -> Marker | None:
        """The first marker that refers to note `n`."""
        for m in self.markers:
            if m.n == n:
                return m
        return None

    def segments_of(self, kind: str) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == kind)

    def report(self) -> dict:
        """The per-document part of `extract --json` (DESIGN.md section 4)."""
        return {"doc": self.path, "encoding": self.encoding, "notes": len(self.notes),
                "markers": [m.to_dict() for m in self.markers],
                "warnings": list(self.warnings)}


# ---------------------------------------------------------------------------------------
# Intermediate records of the parser (private to glossary.documents)
# ---------------------------------------------------------------------------------------


@dataclass
class _NoteBuild:
    n: int
    label: str
    first: int                 # 0-based line index
    col: int                   # 1-based column of the note text on its first line
    lines: list[int] = field(default_factory=list)   # 0-based line indexes (incl. first)
    end_col: int | None = None  # 1-based column where the note ends on its last line (the next
                                # note starts there: page-foot notes run together); None: line end


@dataclass(frozen=True)
class _Candidate:
    line: int                  # 0-based
    start: int                 # 0-based column of the marker's first char
    end: int
    n: int
    text: str
    weight: float
    family: str                # "caret", "explicit", "glued"
    series: bool = False       # one number of a series ("[1,2]", "3-5"): never an alternative
                               # reading of its neighbours, which may end where it does
