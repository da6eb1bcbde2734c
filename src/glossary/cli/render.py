"""Plain-text rendering for a terminal: double-width CJK characters line up."""
from __future__ import annotations

import unicodedata

from ..model import Entry


def width(text: str) -> int:
    """Display width: East Asian wide/full-width characters take two cells."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def fit(text: str, cells: int) -> str:
    """`text` cut (with …) or padded to exactly `cells` display cells."""
    if width(text) <= cells:
        return text + " " * (cells - width(text))
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (cells - used - 1)


def table(rows: list[list[str]], widths: list[int]) -> str:
    return "\n".join("  ".join(fit(cell, w) for cell, w in zip(row, widths)).rstrip() for row in rows)


def entry_row(e: Entry) -> list[str]:
    def cell(lang: str) -> str:
        t = e.preferred(lang)
        if t is None:
            return "—"
        return t.text + ("" if t.status.value == "approved" else " ?")
    return [e.id, e.category.value, cell("en"), cell("ja"), cell("ko")]


def entries_table(entries: list[Entry]) -> str:
    head = [["ID", "CATEGORY", "ENGLISH", "JAPANESE", "KOREAN"]]
    return table(head + [entry_row(e) for e in entries], [28, 11, 36, 22, 22])


def entry_detail(e: Entry) -> str:
    lines = [f"{e.id}  [{e.category.value}]  revision {e.revision}"]
    if e.note:
        lines.append(f"  note: {e.note}")
    for lang in sorted(set(e.languages) | {"en", "ja", "ko"}, key=lambda l: ("en", "ja", "ko").index(l)
                       if l in ("en", "ja", "ko") else 9):
        terms = e.terms_for(lang)
        if not terms:
            lines.append(f"  {lang}: —")
            continue
        for t in terms:
            extra = f" reading {t.reading}" if t.reading else ""
            lines.append(f"  {lang}: {t.text}  ({t.role.value}, {t.status.value}, {t.origin}, "
                         f"{t.confidence:.2f}{extra})")
            if t.evidence:
                lines.append(f"        evidence: {t.evidence}")
    if e.occurrences:
        lines.append(f"  occurrences ({len(e.occurrences)}):")
        for o in e.occurrences[:20]:
            where = f"{o.doc}:{o.line}:{o.col}" + (f" (note {o.footnote})" if o.footnote else "")
            lines.append(f"    {where}  {o.context[:100]}")
        if len(e.occurrences) > 20:
            lines.append(f"    … {len(e.occurrences) - 20} more")
    return "\n".join(lines)
