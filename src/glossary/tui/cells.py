"""Terminal cell widths.  CJK characters take two cells, so columns are measured with
rich's `cell_len`, never `len`, and cut at a cell boundary (a wide character is never
split in half: it is replaced by a space)."""
from __future__ import annotations

from rich.cells import cell_len, chop_cells

ELLIPSIS = "…"


def fit(text: str, width: int) -> str:
    """`text` cut or padded to exactly `width` cells (an ellipsis marks a cut)."""
    if width <= 0:
        return ""
    text = " ".join(text.split())  # a term never spans lines in a table cell
    n = cell_len(text)
    if n <= width:
        return text + " " * (width - n)
    head = chop_cells(text, width - 1)[0] if width > 1 else ""
    head += ELLIPSIS
    return head + " " * (width - cell_len(head))
