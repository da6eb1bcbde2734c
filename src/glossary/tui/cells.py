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


def find_mention(context: str, forms: list[str]) -> tuple[int, int] | None:
    """Where the first of `forms` (longest first, case-insensitive) occurs in `context`:
    (start, end) character offsets, or None."""
    folded = context.casefold()
    best: tuple[int, int] | None = None
    for form in sorted(forms, key=len, reverse=True):
        f = form.casefold()
        if not f or len(f) != len(form):   # casefold changed the length: offsets would drift
            continue
        at = folded.find(f)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, at + len(f))
    return best


def centre(text: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """At most `width` cells of `text` with the span [start, end) in the middle, cut with
    an ellipsis on each side where it must be.  Returns the window and the span's offsets
    in it.  A span wider than the window keeps its beginning."""
    if cell_len(text) <= width or width < 3:
        return text, start, end
    n = len(text)
    span = cell_len(text[start:end])
    if span > width - 2:
        prefix = ELLIPSIS if start > 0 else ""
        head = chop_cells(text[start:], width - len(prefix) - 1)[0]
        return prefix + head + ELLIPSIS, len(prefix), len(prefix) + min(end - start, len(head))

    def ellipses(lo: int, hi: int) -> int:
        return (lo > 0) + (hi < n)

    lo, hi, cells = start, end, span
    grown = True
    while grown:   # one character on each side in turn: the span stays in the middle
        grown = False
        if lo > 0 and cells + cell_len(text[lo - 1]) + ellipses(lo - 1, hi) <= width:
            lo -= 1
            cells += cell_len(text[lo])
            grown = True
        if hi < n and cells + cell_len(text[hi]) + ellipses(lo, hi + 1) <= width:
            cells += cell_len(text[hi])
            hi += 1
            grown = True
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < n else ""
    return prefix + text[lo:hi] + suffix, start - lo + len(prefix), end - lo + len(prefix)
