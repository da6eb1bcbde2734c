"""Unexpected errors in one document's alignment: skipped and reported, never swallowed.

`align()` runs each part of its work (the pairs of one note term, one rule over the notes,
the suggestions for one candidate) under `Problems.guard`: a part that raises is skipped,
and one line says what was skipped and why.  The pipeline hands `align(on_error=...)` its
list of the document's warnings; without it the line is an `AlignmentWarning`.
"""
from __future__ import annotations

import os
import warnings
from contextlib import contextmanager
from typing import Callable, Iterator

__all__ = ["AlignmentWarning", "Problems"]


class AlignmentWarning(UserWarning):
    """An unexpected error in part of one document's alignment (that part was skipped)."""


class Problems:
    """The unexpected errors of one document's alignment: each part that fails (the pairs of
    one note term, the suggestions for one candidate) is skipped and reported in one line,
    to `report` (the caller's: the document's warnings) or else as an AlignmentWarning.
    With $GLOSSARY_DEBUG set the error is raised instead, with its traceback."""

    def __init__(self, report: Callable[[str], None] | None) -> None:
        self.report = report

    @contextmanager
    def guard(self, what: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - reported below, never silently dropped
            if isinstance(exc, MemoryError) or os.environ.get("GLOSSARY_DEBUG"):
                raise
            message = f"alignment: {what} skipped after an internal error ({type(exc).__name__}: {exc})"
            message = " ".join(message.split())[:300]
            if self.report is not None:
                self.report(message)
            else:
                warnings.warn(message, AlignmentWarning, stacklevel=4)
