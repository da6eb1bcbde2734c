"""Text -> structure: body, headings, notes and trailer (`parse_document`).

* Markdown footnote definitions (`[^n]: text`, indented or lazy continuation lines)
  are notes wherever they are; `#` lines (and setext underlines) are headings.
* Otherwise a plain-text notes section is looked for: starting at the last line that
  begins with a note number (`N.`, `N)`, `[N]`, `(N)`), walk backwards through
  numbered lines with decreasing numbers (gaps of up to NOTE_GAP allowed, at most
  MAX_NOTE_LINES unnumbered lines between two of them) until note 1.  Inside that
  section every numbered line with a plausible number starts a note, other lines
  continue the note before.  A section is kept when a "Notes" heading or a
  separator precedes it, when markers in the body link to it, or when most notes
  look like citations (URL, year, quotes, "p.").  Otherwise it is body text (a
  numbered list).
* Trailer: after the first line of the last note, a line ends the notes (it and
  everything after are `trailer`) when it is a separator line, or when the note so
  far looks complete (ends with a URL, a year or closing punctuation) and the line
  looks like page furniture: short, no final full stop, title-cased or wholly
  quoted, a page number or a copyright line.
* Headings in the body: short lines (<= HEADING_MAX_WORDS words) with no sentence
  punctuation at the end nor a sentence break inside, not list items.  When the
  body separates paragraphs by blank lines, a heading must also stand alone.

Markers are found by markers.py; this module decides which lines they may sit on.
"""
from __future__ import annotations

import regex

from .data_uris import blank_data_uris
from .datelines import recase_datelines
from .decode import normalize_text
from .chrome import classify_chrome
from .frontmatter import classify_credits, classify_front
from .html_text import HtmlNote, html_view
from .json_text import json_text
from .inline_notes import inline_notes_view
from .latex_text import LatexView, latex_view, looks_like_latex
from .markers import _find_markers
from .references import reference_list
from .shortcodes import blank_template_tags
from .model import Document, Marker, Note, Segment, _Candidate, _NoteBuild
from .patterns import (
    BULLET_RE, CARET_MARKER_RE, CITATION_CUE_RE, HEADING_MAX_WORDS, MAX_NOTE_LINES, MD_HEADING_RE,
    FULLWIDTH_MARKS, MD_NOTE_CONT_RE, MD_NOTE_DEF_RE, MD_SETEXT_RE, NOTE_COMPLETE_RE, NOTE_GAP, NOTE_NUMBER_RE,
    INLINE_NOTE_RE, NOTES_HEADING_RE, PAGE_FURNITURE_RE, PAGE_NOTE_RE, PAGE_NOTE_TEXT_RE, PAGE_NUMBER_RE, QUOTED_LINE_RE, SENTENCE_BREAK_RE, SENTENCE_END_RE,
    SEPARATOR_RE, TRAILING_MARKERS_RE, URL_RE, CONTINUATION_RE, LINK_MARKER_LINE_RE, LINK_MARKER_RE, LINK_TARGET_RE, MD_NOTE_LONE_RE, WORD_RE,
)


def parse_document(text: str, path: str = "<text>", encoding: str = "utf-8") -> Document:
    """Split `text` into body, headings, notes and trailer and find the note markers.

    Never raises for odd structure: problems become `Document.warnings`.
    """
    text = blank_data_uris(normalize_text(text))
    text = json_text(text) or text
    if not looks_like_latex(text):      # (LaTeX writes braces so: \footnote{%, \textbf{{X}})
        text = blank_template_tags(text)
    html = html_view(text)
    text = html.text
    latex = latex_view(text)
    if latex is not None:
        return _parse_latex(latex, path, encoding, text.endswith("\n"))
    inline = inline_notes_view(text)
    if inline is not None:      # Pandoc's ^[…]: notes inside body lines, as LaTeX's
        return _parse_latex(inline, path, encoding, text.endswith("\n"), markdown=True)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    warnings: list[str] = []
    kinds: list[str | None] = [None] * len(lines)      # per line: body/heading/note/trailer/skip
    heading_col: dict[int, int] = {}
    spans: dict[int, tuple[int, int]] = {}    # metadata lines: (start, end) of the kept text
    classify_front(lines, kinds, spans)

    md_notes = _markdown_notes(lines, kinds)
    is_markdown = bool(md_notes) or any(MD_HEADING_RE.match(ln) for ln in lines)
    notes: list[_NoteBuild]
    section: tuple[int, int] | None = None
    explicit = md_notes or _html_notes(html.notes, kinds)
    if explicit:
        notes = explicit
    else:
        notes, section = _plain_notes(lines, kinds)
        if not notes:
            notes = _page_foot_notes(lines, kinds)
    classify_credits(lines, kinds, spans)
    classify_chrome(lines, kinds, spans)

    if is_markdown:
        _markdown_headings(lines, kinds, heading_col)
    for i in html.headings:
        if kinds[i] is None and lines[i].strip():
            kinds[i] = "heading"
            heading_col[i] = len(lines[i]) - len(lines[i].lstrip()) + 1
    _plain_headings(lines, kinds, heading_col)
    for i, k in enumerate(kinds):
        if k is None:
            kinds[i] = "body" if lines[i].strip() else "skip"

    markers = _find_markers(lines, kinds, notes)
    if section is not None and not _keep_section(lines, notes, markers, section):
        for i in range(section[0], section[1]):
            kinds[i] = None
        notes = []
        _plain_headings(lines, kinds, heading_col)
        for i, k in enumerate(kinds):
            if k is None:
                kinds[i] = "body" if lines[i].strip() else "skip"
        markers = _find_markers(lines, kinds, notes)

    warnings.extend(_structure_warnings(notes, markers, bool(explicit)))
    refs = reference_list(lines, kinds, notes, markers)     # (after the warnings: cited or not)
    if refs.notes:
        notes = notes + refs.notes
        markers = sorted(markers + refs.markers, key=lambda c: (c.line, c.start))
    if recase_datelines(lines, kinds):     # (length-preserving: markers and notes stay)
        text = "\n".join(lines) + ("\n" if text.endswith("\n") else "")
    segments = _segments(lines, kinds, heading_col, notes, markers, spans)
    markers = [c for c in markers if c.n > 0]
    note_objs = tuple(
        Note(n=nb.n, line=nb.first + 1, col=nb.col, text=_note_text(lines, nb),
             end_line=nb.lines[-1] + 1, label=nb.label)
        for nb in notes)
    marker_objs = tuple(Marker(n=c.n, line=c.line + 1, col=c.start + 1, text=c.text) for c in markers)
    return Document(path=path, encoding=encoding, text=text, lines=tuple(lines),
                    segments=tuple(segments), notes=note_objs, markers=marker_objs,
                    warnings=tuple(warnings), format="markdown" if is_markdown else "text")


def _parse_latex(view: LatexView, path: str, encoding: str, final_newline: bool = True,
                 markdown: bool = False) -> Document:
    """A LaTeX article (latex_text.py), or a Markdown one with Pandoc's inline notes
    (`markdown`, inline_notes.py): its notes stand inside body lines, so the body is read
    from the view with their text blanked and each note from the full view."""
    full = view.text.split("\n")
    lines = view.body.split("\n")
    if final_newline and lines and lines[-1] == "" and full[-1] == "":
        lines.pop()
        full.pop()
    kinds: list[str | None] = [None] * len(lines)
    heading_col: dict[int, int] = {}
    spans: dict[int, tuple[int, int]] = {}
    last = len(lines) - 1       # (the view's final empty line is no line of the file)
    notes = [_NoteBuild(n=ln.n, label=str(ln.n), first=ln.line, col=ln.col,
                        lines=list(range(ln.line, min(ln.end_line, last) + 1)), end_col=ln.end_col)
             for ln in view.notes if ln.line <= last]
    if markdown:
        classify_front(lines, kinds, spans)
    for nb in notes:        # a line that holds nothing but notes is a note line
        for i in nb.lines:
            if not lines[i].strip():
                kinds[i] = "note"
    classify_credits(lines, kinds, spans)
    if markdown:
        classify_chrome(lines, kinds, spans)
        _markdown_headings(lines, kinds, heading_col)
        _plain_headings(lines, kinds, heading_col)
    for i in view.headings:      # (LaTeX marks its headings: no other line is one)
        if i <= last and kinds[i] is None and lines[i].strip():
            kinds[i] = "heading"
            heading_col[i] = len(lines[i]) - len(lines[i].lstrip()) + 1
    for i, k in enumerate(kinds):
        if k is None:
            kinds[i] = "body" if lines[i].strip() else "skip"
    markers = [_Candidate(m.line, m.start, m.end, m.n, m.text, 4.0, "explicit") for m in view.markers]
    known = {nb.n for nb in notes}
    warnings = [f"line {m.line + 1}: footnote mark {m.n} has no \\footnotetext"
                for m in markers if m.n not in known]
    segments = sorted(_segments(lines, kinds, heading_col, notes, markers, spans, full),
                      key=lambda s: (s.line, s.col))
    note_objs = tuple(
        Note(n=nb.n, line=nb.first + 1, col=nb.col, text=_note_text(full, nb), end_line=nb.lines[-1] + 1,
             label=nb.label)
        for nb in notes)
    marker_objs = tuple(Marker(n=c.n, line=c.line + 1, col=c.start + 1, text=c.text) for c in markers)
    return Document(path=path, encoding=encoding, text=view.text, lines=tuple(full),
                    segments=tuple(segments), notes=note_objs, markers=marker_objs,
                    warnings=tuple(warnings), format="markdown" if markdown else "latex")


# -- notes ------------------------------------------------------------------------------


def _html_notes(html_notes: list[HtmlNote], kinds: list[str | None]) -> list[_NoteBuild]:
    """The footnote list items of an HTML page (html_text.py); marks their lines as notes."""
    notes: list[_NoteBuild] = []
    for hn in html_notes:
        # a list written on one line (`<li>…</li><li>…</li>`): the item before ends where this starts
        shared = notes and notes[-1].lines[-1] == hn.line
        lines = [i for i in range(hn.line, hn.end_line + 1) if kinds[i] is None or (shared and i == hn.line)]
        if not lines or lines[0] != hn.line:
            continue
        if shared:
            notes[-1].end_col = hn.col
        for i in lines:
            kinds[i] = "note"
        notes.append(_NoteBuild(n=hn.n, label=hn.label, first=hn.line, col=hn.col, lines=lines))
    return notes


def _markdown_notes(lines: list[str], kinds: list[str | None]) -> list[_NoteBuild]:
    """Markdown `[^label]:` definitions anywhere; marks their lines as notes."""
    defs: list[_NoteBuild] = []
    current: _NoteBuild | None = None
    pending_blank = False
    lone = _lone_caret_labels(lines)
    for i, ln in enumerate(lines):
        m = MD_NOTE_DEF_RE.match(ln) or (MD_NOTE_LONE_RE.match(ln) if i in lone else None)
        if m:
            label = m.group("label")
            current = _NoteBuild(n=0, label=label, first=i, col=m.end() + 1, lines=[i])
            defs.append(current)
            kinds[i] = "note"
            pending_blank = False
            continue
        if current is None:
            continue
        if not ln.strip():
            pending_blank = True
            continue
        if MD_NOTE_CONT_RE.match(ln) or (not pending_blank and not MD_HEADING_RE.match(ln)
                                         and not SEPARATOR_RE.match(ln)):
            current.lines.append(i)
            kinds[i] = "note"
            pending_blank = False
            continue
        current = None
    if not defs:
        return []
    # Numbers: when every label is numeric the label is the number.  Otherwise notes are
    # numbered as Markdown renders them: in order of first reference, unreferenced
    # definitions after, in the order they are defined.
    if all(d.label.isdecimal() for d in defs):
        for d in defs:
            d.n = int(d.label)
        return defs
    order: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if kinds[i] == "note":
            continue
        for m in CARET_MARKER_RE.finditer(ln):
            order.setdefault(m.group("label"), len(order))
    known = {d.label for d in defs}
    numbering = {label: k + 1 for k, label in enumerate(lb for lb in order if lb in known)}
    for d in defs:
        if d.label not in numbering:
            numbering[d.label] = len(numbering) + 1
        d.n = numbering[d.label]
    return defs


def _lone_caret_labels(lines: list[str]) -> set[int]:
    """Lines of a "[^label]" alone whose text is the indented paragraph after it (within a
    blank line): a footnote's definition written without Markdown's colon."""
    out = set()
    for i, ln in enumerate(lines):
        if "[^" in ln and MD_NOTE_LONE_RE.match(ln):
            j = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), None)
            if j is not None and MD_NOTE_CONT_RE.match(lines[j]):
                out.add(i)
    return out


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


#: the first characters of a note label typed in a Japanese input mode ("［１］", "１．", "（１）")
_FULLWIDTH_FIRST = frozenset("０１２３４５６７８９［（")


def _note_number(line: str) -> tuple[int, int] | None:
    if line.lstrip(" \t")[:1] in _FULLWIDTH_FIRST:
        line = line.translate(FULLWIDTH_MARKS)
    m = NOTE_NUMBER_RE.match(line)
    if not m:
        return None
    if m.group("sup"):
        return int(m.group("sup").translate(_SUPERSCRIPT_DIGITS)), m.end() + 1
    link = LINK_TARGET_RE.match(line, m.end()) if line[m.end() - 1:m.end()] == "]" else None
    # (a label that links back to its marker, "[1](#fnref1)": the note's text is after the link)
    return int(m.group("n")), (link.end() if link else m.end()) + 1


def _label_style(line: str) -> str:
    """How a note label is written: "[" for "[12]", "(" for "(12)", "1" for "12." / "12)", ..."""
    first = line.lstrip()[:1]
    return "1" if first.isdigit() else first


#: a note's number alone on its line, its text in the next paragraph (a page copied from a
#: blog or newsletter: "1" / "" / "Text …"); read only after a notes heading
LONE_LABEL_RE = regex.compile(r"^[ \t]*(?P<n>[0-9]{1,3})\.?[ \t]*$")


def _lone_labels(lines: list[str], kinds: list[str | None], labelled: list[int]) -> dict[int, tuple[int, int, int]]:
    """After the last notes heading: line of a lone number -> (line of its text, number, col).
    Only when the notes there have no other labels and the lone numbers run 1, 2, 3 ... (a
    page number after labelled notes is no label); `labelled`: the lines with a note label."""
    heading = next((i for i in range(len(lines) - 1, -1, -1)
                    if kinds[i] is None and NOTES_HEADING_RE.match(lines[i])), None)
    out: dict[int, tuple[int, int, int]] = {}
    if heading is None or any(i > heading and kinds[i] is None for i in labelled):
        return out
    for i in range(heading + 1, len(lines)):
        m = LONE_LABEL_RE.match(lines[i])
        if not m or kinds[i] is not None or int(m["n"]) != len(out) + 1:
            continue
        j = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), None)
        if j is not None and kinds[j] is None and not LONE_LABEL_RE.match(lines[j]):
            out[i] = (j, int(m["n"]), len(lines[j]) - len(lines[j].lstrip()) + 1)
    return out if len(out) >= 2 else {}


def _link_labels(lines: list[str]) -> set[int]:
    """Lines of a link to a note alone on its line ("[6](#ref6)") whose number an earlier
    line already links to another target ("[6](#fn6)"): the second link of a number is its
    note's label (a converted page whose notes link back to their markers, with no notes
    heading)."""
    seen: dict[int, str] = {}      # number -> the target its first link points at
    out = set()
    for i, ln in enumerate(lines):
        if "](#" not in ln:
            continue
        if LINK_MARKER_LINE_RE.match(ln):
            m = LINK_MARKER_RE.search(ln)
            n, target = int(m["n"]), m["target"]
            # (the same target again is the marker cited twice, not its note's label)
            if n in seen and seen[n] != target:
                out.add(i)
            seen.setdefault(n, target)
        else:
            for m in LINK_MARKER_RE.finditer(ln):
                seen.setdefault(int(m["n"]), m["target"])
    return out


def _plain_notes(lines: list[str], kinds: list[str | None]) -> tuple[list[_NoteBuild], tuple[int, int] | None]:
    # a link to a note alone on its line ("[6](#fn6)") labels a note only under a notes
    # heading; elsewhere it is the marker of a page whose inline runs were put on lines
    heading = next((i for i in range(len(lines) - 1, -1, -1)
                    if kinds[i] is None and NOTES_HEADING_RE.match(lines[i])), len(lines))
    again = _link_labels(lines)
    numbered = [(i, nc[0], nc[1]) for i, ln in enumerate(lines) if (nc := _note_number(ln))
                and (i > heading or i in again or not LINK_MARKER_LINE_RE.match(ln))]
    lone = _lone_labels(lines, kinds, [i for i, _n, _c in numbered])
    if lone:
        numbered = sorted(numbered + list(lone.values()))
    style = {i: _label_style(lines[i]) for i, _n, _c in numbered}
    numbered = [t for t in numbered if t[1] >= 1]
    if not numbered:
        return [], None
    lone = {i for i in lone if lone[i][0] >= numbered[0][0]}    # (the lines of lone labels)
    # Walk back from the last numbered line through decreasing numbers.  `filled[i]` =
    # non-blank lines before line i, so the lines between two candidates cost O(1).
    filled = [0]
    for ln in lines:
        filled.append(filled[-1] + (1 if ln.strip() else 0))
    k = len(numbered) - 1
    chain = [numbered[k]]
    while chain[-1][1] > 1 and k > 0:
        cur_i, cur_n, _ = chain[-1]
        found = None
        # look back over a bounded number of numbered lines (linear time on any input)
        for j in range(k - 1, max(-1, k - 1 - MAX_NOTE_LINES - 4 * NOTE_GAP), -1):
            i, n, _ = numbered[j]
            between = filled[cur_i] - filled[i + 1] - (k - 1 - j)   # unnumbered, non-blank
            if between > MAX_NOTE_LINES:
                break
            if cur_n - NOTE_GAP - 1 <= n < cur_n:
                found = j
                break
            if n < cur_n and between == 0 and j == k - 1 and style[i] == style[cur_i] == "[":
                # "[66]" then "[94]" with nothing but blank lines between: an excerpt or a
                # list of notes with some cut out; bracketed labels are no numbered list
                found = j
                break
        if found is None:
            break
        k = found
        chain.append(numbered[k])
    start = chain[-1][0]
    top = chain[0][1]
    # Inside the section, every numbered line with a fresh, plausible number starts a note.
    notes: list[_NoteBuild] = []
    used: set[int] = set()
    for i, n, col in numbered:
        if i < start or n > top + NOTE_GAP or n in used:
            continue
        used.add(n)
        notes.append(_NoteBuild(n=n, label=str(n), first=i, col=col, lines=[]))
    # Assign lines; after the last note's first line, detect the trailer.
    firsts = {nb.first: nb for nb in notes}
    current: _NoteBuild | None = None
    last_first = notes[-1].first
    # do the notes themselves sit in blank-line separated blocks?
    spaced = any(not lines[i].strip() for i in range(start, last_first))
    end = len(lines)
    after_blank = False
    for i in range(start, len(lines)):
        if i in firsts:
            current = firsts[i]
        elif not lines[i].strip() or i in lone:
            after_blank = True
            continue
        elif i > last_first and _is_trailer(lines, current, i, after_blank and not spaced):
            end = i
            break
        after_blank = False
        if current is not None:        # always set: the section starts at a note
            current.lines.append(i)
    for i in range(start, end):
        kinds[i] = "note" if lines[i].strip() and i not in lone else "skip"
    for i in lone:
        kinds[i] = "skip"
    for i in range(end, len(lines)):
        kinds[i] = "trailer" if lines[i].strip() else "skip"
    return notes, (start, len(lines))


def _page_foot_notes(lines: list[str], kinds: list[str | None]) -> list[_NoteBuild]:
    """Notes at the foot of each page, as PDF-to-text writes them: a block of lines "N text"
    (the number bare, or with "." or ")") after the page's body, continued on the lines
    that follow up to a blank line, a page number or the next note; the numbers run on
    from page to page (1, 2 | 3, 4 ...).  Kept only when every note's number is written as
    a marker glued to a body line before it ("... in Tokyo.1") and there are two notes at
    least; the notes' lines become notes, a page number right after a block is skipped."""
    notes: list[_NoteBuild] = []
    labels: list[int] = []             # lines holding only a note's number (its text on the next)
    expected = 1
    current: _NoteBuild | None = None
    glued: set[int] = set()        # the numbers glued to the body lines read so far (markers:
                                       # "Tokyo.1", "humiliation,12", superscripts), one pass
    i = -1
    while i + 1 < len(lines):
        i += 1
        ln = lines[i]
        if kinds[i] is not None:
            current = None
            continue
        m = PAGE_NOTE_RE.match(ln)
        n = int(m.group("n")) if m else 0
        if m and expected <= n <= expected + NOTE_GAP and n in glued:
            current = _NoteBuild(n=n, label=str(n), first=i, col=m.end() + 1, lines=[i])
            notes.append(current)
            expected = n + 1
            current, expected = _run_together(ln, i, current, expected, glued, notes)
            continue
        label = _label_alone(lines, kinds, i, expected)
        if label and label in glued:
            # the number on a line of its own, the text on the next (a superscript label)
            text = lines[i + 1]
            current = _NoteBuild(n=label, label=str(label), first=i + 1, col=len(text) - len(text.lstrip()) + 1,
                                 lines=[i + 1])
            notes.append(current)
            labels.append(i)
            expected = label + 1
            i += 1
            continue
        if current is not None and ln.strip() and not PAGE_NUMBER_RE.match(ln) and "\f" not in ln:
            current.lines.append(i)
            current, expected = _run_together(ln, i, current, expected, glued, notes)
            continue
        if current is not None and PAGE_NUMBER_RE.match(ln):
            current = None
            continue                    # the page number under the notes
        current = None
        glued.update(_glued_numbers(ln))
    if len(notes) < 2:
        return []
    for i in labels:
        kinds[i] = "skip"
    for nb in notes:
        for i in nb.lines:
            kinds[i] = "note"
        after = nb.lines[-1] + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if after < len(lines) and PAGE_NUMBER_RE.match(lines[after]) and kinds[after] is None:
            kinds[after] = "skip"
    return notes


def _run_together(ln: str, i: int, current: _NoteBuild, expected: int, glued: set[int],
                  notes: list[_NoteBuild]) -> tuple[_NoteBuild, int]:
    """Page-foot notes run together on one line ("1 Ibid., 3. 2 Ibid., 5."): after the end of
    a sentence, the next expected number (its marker glued to the body before) starts the next
    note on the same line.  Returns the note the line ends in and the next number expected."""
    pos = current.col - 1 if current.first == i else 0
    while True:
        m = INLINE_NOTE_RE.search(ln, pos)
        while m is not None and int(m.group("n")) != expected:
            m = INLINE_NOTE_RE.search(ln, m.end("n"))
        if m is None or expected not in glued:
            return current, expected
        current.end_col = m.start("n") + 1
        current = _NoteBuild(n=expected, label=str(expected), first=i, col=m.end() + 1, lines=[i])
        notes.append(current)
        expected += 1
        pos = m.end()


def _label_alone(lines: list[str], kinds: list[str | None], i: int, expected: int) -> int:
    """The note number line `i` holds alone when it is the next one expected and a line of
    note text follows it ("3" then "Ola Brenn, The Harbor …"); else 0."""
    ln = lines[i].strip()
    if not regex.fullmatch(r"[0-9]{1,3}", ln) or not expected <= int(ln) <= expected + NOTE_GAP or i + 1 >= len(lines) \
            or kinds[i + 1] is not None:
        return 0
    return int(ln) if PAGE_NOTE_TEXT_RE.match(lines[i + 1]) else 0


#: a number glued to the word or punctuation before it, or in superscript digits
_GLUED_NUMBER = regex.compile(r"(?<=[\p{L}\p{P}])([0-9]{1,3})(?![0-9])|([⁰¹²³⁴-⁹]{1,3})(?![⁰¹²³⁴-⁹])")


def _glued_numbers(line: str) -> set[int]:
    if not any(ch.isdigit() for ch in line):
        return set()
    return {int(m.group(1)) if m.group(1) else int(m.group(2).translate(_SUPERSCRIPT_DIGITS))
            for m in _GLUED_NUMBER.finditer(line)}


def _is_trailer(lines: list[str], note: _NoteBuild | None, i: int, new_block: bool) -> bool:
    """Is line i (after the last note's first line) page furniture rather than note text?

    `new_block`: a blank line precedes it although the notes are not blank-separated.
    """
    ln = lines[i].strip()
    if SEPARATOR_RE.match(ln) or MD_HEADING_RE.match(ln) or new_block:
        return True
    if note is None or not note.lines:
        return False
    so_far = lines[note.lines[-1]].rstrip()
    if not NOTE_COMPLETE_RE.search(so_far):
        return False
    if PAGE_FURNITURE_RE.match(ln) or QUOTED_LINE_RE.match(ln):
        return True
    return _title_like(ln)


def _title_like(ln: str) -> bool:
    """Short, no final full stop, most words capitalised (a title, a series name)."""
    if SENTENCE_END_RE.search(ln) or URL_RE.search(ln):
        return False
    words = WORD_RE.findall(ln)
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    caps = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    small = sum(1 for w in words if w.lower() in _SMALL_WORDS)
    return caps >= max(1, 0.6 * (len(words) - small))


_TABLE_ROW = regex.compile(r"^\|.*\|$|&.*\\\\$")
_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as vs via nor but".split())


def _keep_section(lines, notes, markers, section) -> bool:
    if not notes:
        return False
    start = section[0]
    j = start - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and (NOTES_HEADING_RE.match(lines[j]) or SEPARATOR_RE.match(lines[j])):
        return True
    numbers = {nb.n for nb in notes}
    if any(c.n in numbers for c in markers):
        return True
    # judged on each note's own numbered line: "1. Introduction" section headings
    # followed by paragraphs with years in them are not citations
    cited = sum(1 for nb in notes if CITATION_CUE_RE.search(lines[nb.first]))
    return cited * 2 >= len(notes)


def _note_text(lines: list[str], nb: _NoteBuild) -> str:
    parts = []
    for i in nb.lines:
        start, end = _note_span(lines, nb, i)
        parts.append(lines[i][start - 1:end - 1].strip())
    return "\n".join(parts).strip("\n")    # (a label alone on its line: the text starts below)


def _note_span(lines: list[str], nb: _NoteBuild, i: int) -> tuple[int, int]:
    """The 1-based columns [start, end) of note `nb`'s text on line `i` (several page-foot
    notes may share a line)."""
    ln = lines[i]
    start = nb.col if i == nb.first else len(ln) - len(ln.lstrip()) + 1
    end = nb.end_col if (i == nb.lines[-1] and nb.end_col) else len(ln) + 1
    return start, end


# -- headings ---------------------------------------------------------------------------


def _markdown_headings(lines, kinds, heading_col) -> None:
    for i, ln in enumerate(lines):
        if kinds[i] is not None:
            continue
        m = MD_HEADING_RE.match(ln)
        if m:
            kinds[i] = "heading"
            heading_col[i] = m.start("text") + 1
        elif MD_SETEXT_RE.match(ln) and i > 0 and kinds[i - 1] in (None, "body", "heading") \
                and lines[i - 1].strip() and not SEPARATOR_RE.match(lines[i - 1]):
            kinds[i - 1] = "heading"
            kinds[i] = "skip"
        elif SEPARATOR_RE.match(ln):
            kinds[i] = "skip"


def _plain_headings(lines, kinds, heading_col) -> None:
    body = [i for i, k in enumerate(kinds) if k is None]
    if not body:
        return
    blank_mode = any(not lines[i].strip() for i in body)
    lengths = sorted(len(lines[i]) for i in body if lines[i].strip())
    wrapped = bool(lengths) and lengths[len(lengths) // 2] < 100 and not blank_mode
    for i in body:
        ln = lines[i]
        if not ln.strip():
            continue
        if SEPARATOR_RE.match(ln):
            kinds[i] = "skip"
            continue
        if NOTES_HEADING_RE.match(ln):
            kinds[i] = "heading"
            continue
        if blank_mode:
            before = i == 0 or not lines[i - 1].strip()
            after = i + 1 >= len(lines) or not lines[i + 1].strip() or kinds[i + 1] not in (None, "body")
            if not (before and after) or _inside_a_sentence(lines, i):
                continue
        if _heading_like(ln) and (not wrapped or _title_like(ln.strip())):
            kinds[i] = "heading"


def _inside_a_sentence(lines: list[str], i: int) -> bool:
    """Line i, between blank lines, is a piece of the sentence around it (a page copy that
    put each italic run on a line of its own: "the⏎⏎Kessin⏎⏎disturbance of 1350"): the line
    before it (a blank line apart) ends in a small word, "(" or ",", or the line after it
    goes on in lower case or with a closing bracket or stop."""
    prev = lines[i - 2].rstrip() if i >= 2 and not lines[i - 1].strip() else ""
    nxt = lines[i + 2] if i + 2 < len(lines) and not lines[i + 1].strip() else ""
    last = prev.rsplit(None, 1)[-1] if prev.strip() else ""
    return (last in _SMALL_WORDS or (last[-1:] in "(," and last != "")) or bool(CONTINUATION_RE.match(nxt))


#: the last character of a line whose sentence goes on (an opening bracket, a comma, a dash)
_GOES_ON = frozenset("([{（「『“‘,、–—")


def _heading_like(ln: str) -> bool:
    s = ln.strip()
    if len(s) > 160 or BULLET_RE.match(s) or URL_RE.search(s) or ("](" in s and LINK_TARGET_RE.search(s)):
        return False
    if SENTENCE_END_RE.search(s) or SENTENCE_BREAK_RE.search(s):
        return False
    unmarked = TRAILING_MARKERS_RE.sub("", s)
    if unmarked != s and SENTENCE_END_RE.search(unmarked):
        return False   # a sentence with its note marker: "… spoke by phone.[^1]"
    words = WORD_RE.findall(s)
    if not words:
        return False
    if len(words) > HEADING_MAX_WORDS:
        return False
    if len(words) == 1 and len(s) > 2 * HEADING_MAX_WORDS * 2:   # long unspaced (CJK) line
        return False
    if _TABLE_ROW.search(s):
        return False   # a table row ("| a | b |", "a & b \\\\"): cells, not a heading
    if len(words) > 1 and words[-1].lower() in _SMALL_WORDS or s[-1] in _GOES_ON:
        return False   # a line that ends in "and", "the", "of", "(" or "," goes on: a wrapped paragraph
    first = s.lstrip("“\"‘'「『(（[【〔［《〈")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or not first.isascii() and first.isalpha())



# -- warnings and segments --------------------------------------------------------------


def _structure_warnings(notes: list[_NoteBuild], markers: list[_Candidate], markdown: bool) -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    prev = 0
    for nb in notes:
        if nb.n in seen:
            out.append(f"line {nb.first + 1}: note {nb.label} defined twice")
        elif nb.n < prev and not markdown:
            out.append(f"line {nb.first + 1}: note {nb.label} out of order (after note {prev})")
        seen.add(nb.n)
        prev = max(prev, nb.n)
    if not markdown and notes:
        missing = sorted(set(range(1, prev + 1)) - seen)
        if missing:
            out.append("notes missing from the notes section: " + ", ".join(map(str, missing)))
    numbers = {nb.n for nb in notes}
    referenced = {c.n for c in markers}
    for c in markers:
        if c.n not in numbers:
            what = c.text if c.n < 0 else str(c.n)
            out.append(f"line {c.line + 1}, col {c.start + 1}: marker {what} has no note")
    if notes and not markers:
        out.append("no note markers found in the body")
    for nb in notes:
        if nb.n not in referenced:
            out.append(f"line {nb.first + 1}: note {nb.label} has no marker in the body")
    counts: dict[int, int] = {}
    for c in markers:
        counts[c.n] = counts.get(c.n, 0) + 1
    # the markers outside the longest increasing run are the ones cited out of order
    # (`1 2 11 3 4` warns about 11, not about 3 and 4)
    single = [c for c in markers if c.n > 0 and c.family != "caret" and counts[c.n] == 1]
    in_run = _longest_increasing(single)
    for c in single:
        if id(c) not in in_run:
            out.append(f"line {c.line + 1}, col {c.start + 1}: marker {c.n} cited out of order")
    return out


def _longest_increasing(items: list[_Candidate]) -> set[int]:
    """ids of one longest strictly increasing run of marker numbers (patience sorting)."""
    import bisect

    tails: list[int] = []          # smallest tail number of a run of each length
    tail_at: list[int] = []        # index in items of that tail
    parent: list[int] = [-1] * len(items)
    for i, c in enumerate(items):
        k = bisect.bisect_left(tails, c.n)
        if k == len(tails):
            tails.append(c.n)
            tail_at.append(i)
        else:
            tails[k] = c.n
            tail_at[k] = i
        parent[i] = tail_at[k - 1] if k else -1
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(id(items[i]))
        i = parent[i]
    return keep


def _segments(lines, kinds, heading_col, notes: list[_NoteBuild], markers: list[_Candidate],
              spans: dict[int, tuple[int, int]], full: list[str] | None = None) -> list[Segment]:
    """The segments of each line by its kind.  With `full` (a LaTeX view), notes stand
    inside body lines: `lines` has their text blanked, `full` holds it."""
    by_line: dict[int, list[_Candidate]] = {}
    for c in markers:
        by_line.setdefault(c.line, []).append(c)
    note_of: dict[int, list[_NoteBuild]] = {}
    for nb in notes:
        for i in nb.lines:
            note_of.setdefault(i, []).append(nb)
    out: list[Segment] = []
    for i, (ln, kind) in enumerate(zip(lines, kinds)):
        if full is not None and i in note_of:
            for nb in note_of[i]:
                start, end = _note_span(full, nb, i)
                text = full[i][start - 1:end - 1].rstrip()
                if text.strip():
                    out.append(Segment("note", i + 1, start, text, footnote=nb.n))
            if kind == "note":
                continue
        if kind in ("skip", None) or not ln.strip():
            continue
        if i in by_line:
            chars = list(ln)
            for c in by_line[i]:
                chars[c.start:c.end] = " " * (c.end - c.start)
            ln = "".join(chars)
        if kind == "note":
            for nb in note_of.get(i, ()):
                start, end = _note_span(lines, nb, i)
                text = ln[start - 1:end - 1].rstrip()
                if text.strip():
                    out.append(Segment("note", i + 1, start, text, footnote=nb.n))
        elif i in spans:      # a front-matter title or a credit line: only its value
            a, b = spans[i]
            out.append(Segment(kind, i + 1, a + 1, ln[a:b]))
        elif kind == "heading":
            col = heading_col.get(i) or len(ln) - len(ln.lstrip()) + 1
            text = ln[col - 1:].rstrip()
            m = MD_HEADING_RE.match(ln)
            if m and i in heading_col:
                text = ln[col - 1:m.end("text")]
            out.append(Segment("heading", i + 1, col, text))
        else:
            out.append(Segment(kind, i + 1, 1, ln.rstrip()))
    return out
