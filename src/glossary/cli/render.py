"""Plain-text rendering for a terminal: double-width CJK characters line up, and stored
text never reaches the terminal raw (a termbase written by an older version, or by other
means, may hold ESC sequences, line breaks or bidi overrides in a term or a note)."""
from __future__ import annotations

import unicodedata

from ..model import Entry
from ..text.normalize import printable


def one_line(text: object) -> str:
    """Stored text for one line of output: control, bidi and line-break characters shown
    as escapes (ESC -> \\x1b, a line break -> \\x0a)."""
    return printable(str(text))


def paragraph(text: str, indent: str) -> str:
    """A note: its line breaks kept (each further line indented), everything else escaped."""
    return printable(text, keep="\n").replace("\n", "\n" + indent)


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
        return one_line(t.text) + ("" if t.status.value == "approved" else " ?")
    return [one_line(e.id), e.category.value, cell("en"), cell("ja"), cell("ko")]


def entries_table(entries: list[Entry]) -> str:
    head = [["ID", "CATEGORY", "ENGLISH", "JAPANESE", "KOREAN"]]
    return table(head + [entry_row(e) for e in entries], [28, 11, 36, 22, 22])


def entry_detail(e: Entry) -> str:
    lines = [f"{one_line(e.id)}  [{e.category.value}]  revision {e.revision}"]
    if not e.translate:
        lines.append("  translate: no (the name is kept as it is)")
    if e.subject:
        lines.append(f"  subject: {one_line(e.subject)}")
    if e.note:
        lines.append(f"  note: {paragraph(e.note, '        ')}")
    for lang, text in e.definitions:
        lines.append(f"  definition ({one_line(lang)}): {paragraph(text, '        ')}")
    for lang in sorted(set(e.languages) | {"en", "ja", "ko"}, key=lambda l: ("en", "ja", "ko").index(l)
                       if l in ("en", "ja", "ko") else 9):
        terms = e.terms_for(lang)
        if not terms:
            lines.append(f"  {one_line(lang)}: —")
            continue
        for t in terms:
            extra = f" reading {one_line(t.reading)}" if t.reading else ""
            lines.append(f"  {one_line(lang)}: {one_line(t.text)}  ({t.role.value}, {t.status.value}, "
                         f"{one_line(t.origin)}, {t.confidence:.2f}{extra})")
            if t.evidence:
                lines.append(f"        evidence: {one_line(t.evidence)}")
            if t.part_of_speech:
                lines.append(f"        part of speech: {one_line(t.part_of_speech)}")
            if t.context:
                lines.append(f"        context: {one_line(t.context)}")
    if e.occurrences:
        lines.append(f"  occurrences ({len(e.occurrences)}):")
        for o in e.occurrences[:20]:
            where = f"{one_line(o.doc)}:{o.line}:{o.col}" + (f" (note {one_line(o.footnote)})" if o.footnote else "")
            lines.append(f"    {where}  {one_line(o.context[:100])}")
        if len(e.occurrences) > 20:
            lines.append(f"    … {len(e.occurrences) - 20} more")
    return "\n".join(lines)
