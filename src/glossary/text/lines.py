"""Lines and columns of offsets in a text (check's problems, find's matches: FILE:LINE:COL)."""
from __future__ import annotations

from bisect import bisect_right

__all__ = ["LineIndex"]


class LineIndex:
    """Line numbers (1-based) and columns of offsets in a text."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self.lines = text.split("\n")

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset)

    def col_of(self, offset: int) -> int:
        return offset - self.starts[self.line_of(offset) - 1] + 1

    def nonblank(self) -> list[int]:
        return [i + 1 for i, line in enumerate(self.lines) if line.strip()]

    def context(self, line: int) -> str:
        return self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
