"""Counts of entries that still need work (no Textual).  At 100,000 entries they take a
few hundred milliseconds, so the app computes them in a thread with its own connection."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..api import Glossary


@dataclass(frozen=True)
class WorkCounts:
    entries: int
    needs_review: int
    missing_ja: int
    missing_ko: int

    @classmethod
    def of(cls, glossary: "Glossary") -> "WorkCounts":
        return cls(glossary.count(), glossary.count(needs_review=True),
                   glossary.count(missing="ja"), glossary.count(missing="ko"))

    def describe(self) -> str:
        return (f"{self.entries:,} entries · to review {self.needs_review:,} · "
                f"no ja {self.missing_ja:,} · no ko {self.missing_ko:,}")
