"""Reading articles: bytes -> text (encoding detection) -> structure (body, notes, markers).

Public surface (the extractor depends on exactly this):

    read_document(path) -> Document          # raises InputError naming the file
    parse_document(text, path="<text>", encoding="utf-8") -> Document

Columns are 1-based and counted in code points of the NFC text; lines are 1-based.
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


@dataclass(frozen=True)
class Segment:
    """A piece of text to extract from, with where it is.

    kind: "body" (article text), "heading" (a section heading line in the body),
    "note" (text of a footnote; `footnote` is its number) or "trailer" (lines after the
    notes that are not notes: series title, page furniture).
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

    def note(self, n: int) -> Note | None:
        for note in self.notes:
            if note.n == n:
                return note
        return None

    def report(self) -> dict:
        """The per-document part of `extract --json` (DESIGN.md section 4)."""
        return {"doc": self.path, "encoding": self.encoding, "notes": len(self.notes),
                "markers": [m.to_dict() for m in self.markers],
                "warnings": list(self.warnings)}
