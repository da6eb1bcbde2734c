"""Unexpected errors in one document's alignment: skipped and reported, never swallowed.

`align()` runs each part of its work (the pairs of one note term, one rule over the notes,
the suggestions for one candidate) under `Problems.guard`: a part that raises is skipped,
and one line says what was skipped and why.  The pipeline hands `align(on_error=...)` its
list of the document's warnings; without it the line is an `AlignmentWarning`.
"""
from __future__ import annotations

import os
import warnings
from typing import Callable

__all__ = ["AlignmentWarning", "Problems"]


class AlignmentWarning(UserWarning):
    """An unexpected error in part of one document's alignment (that part was skipped)."""


class Problems:
    """The unexpected errors of one document's alignment: each part that fails (the pairs of
    one note term, the suggestions for one candidate) is skipped and said in one line.
    `close()` reports them: at most `MAX_REPORTED` lines and a count of the rest (a bug hits
    every term alike), to `report` (the caller's: the document's warnings) or else as
    AlignmentWarnings.  With $GLOSSARY_DEBUG set the error is raised instead, with its
    traceback."""

    #: lines reported per document; the rest are counted
    MAX_REPORTED = 10

    def __init__(self, report: Callable[[str], None] | None) -> None:
        self.report = report
        self.found: list[str] = []

    def guard(self, what: str) -> "_Guard":
        """A context in which an unexpected error is recorded (said as skipping `what`), not raised."""
        return _Guard(self, what)

    def record(self, what: str, exc: Exception) -> None:
        message = f"alignment: {what} skipped after an internal error ({type(exc).__name__}: {exc})"
        self.found.append(" ".join(message.split())[:300])

    def close(self) -> None:
        lines = self.found[:self.MAX_REPORTED]
        if len(self.found) > self.MAX_REPORTED:
            lines.append(f"alignment: {len(self.found) - self.MAX_REPORTED} more parts skipped after internal errors")
        self.found = []
        for line in lines:
            if self.report is not None:
                self.report(line)
            else:
                warnings.warn(line, AlignmentWarning, stacklevel=3)


class _Guard:
    """`Problems.guard`: a plain context manager (the aligner enters one per term and per
    candidate, so it is kept cheaper than a generator-based one)."""

    __slots__ = ("problems", "what")

    def __init__(self, problems: Problems, what: str) -> None:
        self.problems = problems
        self.what = what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if not isinstance(exc, Exception) or isinstance(exc, MemoryError) or os.environ.get("GLOSSARY_DEBUG"):
            return False    # (no error, or one that must not be swallowed: raised as it is)
        self.problems.record(self.what, exc)    # reported by close(), never silently dropped
        return True
