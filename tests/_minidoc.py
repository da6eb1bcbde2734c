"""A minimal article splitter for the extractor's tests (not the real reader).

`glossary.documents.parse_document` is the real one; until it exists these tests build
Documents with this: numbered / [N] / [^N]: notes at the end, glued digit, [N] and [^N]
markers taken in increasing order and blanked, headings = body lines without final
punctuation, lines after the last note = trailer.
"""
from __future__ import annotations

import regex

from glossary.documents import Document, Marker, Note, Segment

NOTE_START = regex.compile(r"^\s*(?:(\d{1,3})[.)]\s+|\[(\d{1,3})\]\s*|\[\^(\d{1,3})\]:\s*)")
BRACKET_MARKER = regex.compile(r"\[\^?(\d{1,3})\]")
GLUED_MARKER = regex.compile(
    r"(?:(?<=[\p{L}.,;:”’\"\)\]])|(?<=\b(?:19|20)\d\d))(\d{1,2})(?=[\s.,;:)]|$)")
HEADING_END = regex.compile(r"[.!?:”\"’)]\s*$")


def build_document(text: str, path: str = "<text>") -> Document:
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    first_note = None
    for i, ln in enumerate(lines):
        m = NOTE_START.match(ln)
        if m and int(next(g for g in m.groups() if g)) == 1 and i > 0:
            first_note = i
            break
    body_end = first_note if first_note is not None else len(lines)
    segments: list[Segment] = []
    markers: list[Marker] = []
    expected = 1
    for i in range(body_end):
        ln = lines[i]
        chars = list(ln)
        found = []
        for m in BRACKET_MARKER.finditer(ln):
            found.append((m.start(), m.end(), int(m.group(1)), m.group()))
        if not found:
            for m in GLUED_MARKER.finditer(ln):
                found.append((m.start(1), m.end(1), int(m.group(1)), m.group(1)))
        for s, e, n, t in found:
            if n == expected and first_note is not None:
                expected += 1
                markers.append(Marker(n, i + 1, s + 1, t))
                for k in range(s, e):
                    chars[k] = " "
        blanked = "".join(chars)
        if not ln.strip():
            continue
        kind = "heading" if (len(ln) < 120 and not HEADING_END.search(ln)) else "body"
        segments.append(Segment(kind, i + 1, 1, blanked))
    notes: list[Note] = []
    if first_note is not None:
        cur = None
        for i in range(first_note, len(lines)):
            ln = lines[i]
            m = NOTE_START.match(ln)
            if m:
                n = int(next(g for g in m.groups() if g))
                cur = [n, i + 1, m.end() + 1, [ln[m.end():]], i + 1]
                notes.append(cur)
                segments.append(Segment("note", i + 1, m.end() + 1, ln[m.end():], n))
            elif cur is not None and ln.strip():
                cur[3].append(ln)
                cur[4] = i + 1
                segments.append(Segment("note", i + 1, 1, ln, cur[0]))
        # lines after the last note's first line that are not numbered: trailer
        last = notes[-1] if notes else None
        if last and last[4] > last[1]:
            tl = last[1]
            segments = [s for s in segments if not (s.kind == "note" and s.footnote == last[0] and s.line > tl)]
            for ln_no in range(tl + 1, last[4] + 1):
                if lines[ln_no - 1].strip():
                    segments.append(Segment("trailer", ln_no, 1, lines[ln_no - 1]))
            last[3] = last[3][:1]
            last[4] = tl
    return Document(path=path, encoding="utf-8", text="\n".join(lines), lines=tuple(lines),
                    segments=tuple(segments),
                    notes=tuple(Note(n, l, c, "\n".join(t), e) for n, l, c, t, e in notes),
                    markers=tuple(markers))
