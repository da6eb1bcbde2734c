"""What extraction hands to alignment and to the store: candidate concepts and CJK terms.

These are intermediate results, not the stored model; `pipeline` turns them into Entries.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Category, Role


@dataclass(slots=True)
class Mention:
    """One place a candidate's form occurs.  (Slotted: one per occurrence, hundreds of
    thousands in a large article.)"""

    text: str             # the form as written
    line: int
    col: int              # 1-based
    context: str          # the sentence around it
    footnote: int | None = None  # the note's number when inside a note
    doc: str = ""


@dataclass
class Form:
    """A surface form of a candidate in one language."""

    lang: str
    text: str
    role: Role = Role.PREFERRED
    origin: str = "text"
    confidence: float = 1.0
    evidence: str = ""
    reading: str = ""


@dataclass
class Candidate:
    """A concept found in a document: its forms, category, confidence and mentions."""

    category: Category
    forms: list[Form]
    confidence: float
    mentions: list[Mention] = field(default_factory=list)
    note: str = ""

    @property
    def name(self) -> str:
        """The preferred English form (or the first form)."""
        for f in self.forms:
            if f.lang == "en" and f.role is Role.PREFERRED:
                return f.text
        return self.forms[0].text if self.forms else ""


@dataclass
class CjkTerm:
    """A Japanese or Korean string found in a footnote.

    kind: "title" (a whole cited title), "person", "institution", "event", "term" (another
    named term inside a title), "publication".
    """

    text: str
    lang: str             # "ja" | "ko"
    kind: str
    footnote: int
    line: int
    col: int
    confidence: float
    title: str = ""       # the whole title this term was found in ("" for a title itself)
    reading: str = ""


@dataclass
class Extraction:
    """Everything extracted from one document."""

    doc: str
    candidates: list[Candidate]
    cjk_terms: list[CjkTerm]
