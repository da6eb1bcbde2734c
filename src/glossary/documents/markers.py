"""Footnote markers in the body: candidates, weights and the best increasing sequence.

Candidates are `[^label]`, `[N]`, `(N)` (when the notes are labelled so, or at a sentence's
stop, "in 2005 (1).", when note N exists), Japanese `（注N）`/`※N`, superscript
digits, digits glued after a letter, punctuation or a closing quote/bracket
(`nations.”1`, `held,5`, `(January 2024)19`) and digits glued onto a year
(`December 201820`: the year 2018 + 20).  URLs are ignored.  Each candidate has a
weight by its context (after a closing quote or a word's punctuation: strong;
after a number's full stop or a lower-case word: medium; `G7`, `No.4`, `p.12`:
weak).  A dynamic programme (prefix maxima in a Fenwick tree, O(k log N)) picks
the strictly increasing sequence of candidate numbers with the largest total
weight minus _GAP_PENALTY per note skipped (numbers missing from the notes section
are free; a run may start past note 1
for at most _START_COST).  Only numbers that have a note count, except for
explicit markers, or when there are no notes at all (then glued digits must run
1, 2, 3...).  Explicit candidates ([N], 注N, superscripts) and glued ones are
solved separately and the family that links more notes wins; a repeated `[N]`
is kept; `[^label]` markers are always taken.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from ..text import lexicon

from .model import _Candidate, _NoteBuild
from .patterns import (
    BRACKET_MARKER_RE, BRACKET_SERIES_RE, FULLWIDTH_MARKS, CARET_MARKER_RE, CJK_NOTE_MARKER_RE, GLUED_MARKER_RE,
    GLUED_SERIES_RE, MAX_MARKER, NOTE_GAP, PANDOC_SUP_MARKER_RE, PAREN_AT_STOP_RE, PAREN_MARKER_RE,
    SUPERSCRIPT_MARKER_RE,
    SUPERSCRIPT_SERIES_RE, URL_RE, LINK_TARGET_RE, YEAR_GLUED_MARKER_RE,
)

#: a note labelled "1)" (its markers may be written "(1)")
RIGHT_PAREN_LABEL = re.compile(r"^\s*[0-9]{1,3}\)")

# Superscript digits -> ASCII digits.
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


# -- markers ----------------------------------------------------------------------------

#: most numbers one range of a series stands for ("[3-40]" is no citation of 38 notes)
_MAX_RANGE = 20
# One number of a series and the separator before it ("", ",", " – ", "⁻").
_SERIES_PART = re.compile(r"(?P<sep>[ \t]*[,⁻–—-][ \t]*)?(?P<n>[0-9⁰¹²³⁴-⁹]+)")


def _series(line: int, start: int, end: int, body: str, body_at: int, weight: float,
            family: str) -> list[_Candidate]:
    """The markers of one series: `body` ("1,2", "3-5", "¹⁻³"), found at column `body_at`
    of a marker that spans start..end.  Each listed number is a marker; a range stands for
    every number in it (the ones between its ends at the dash).  Not increasing, or a
    range too wide: no markers (`[5-2]`, `[1-90]` are not citations)."""
    out: list[_Candidate] = []
    prev = 0
    parts = list(_SERIES_PART.finditer(body))
    for k, m in enumerate(parts):
        n = int(m.group("n").translate(_SUPERSCRIPT_DIGITS))
        sep = (m.group("sep") or "").strip()
        if n <= prev or (sep and sep in "⁻–—-" and n - prev > _MAX_RANGE):
            return []
        a = start if k == 0 else body_at + m.start()
        b = end if k == len(parts) - 1 else body_at + m.end()
        if sep and sep in "⁻–—-":
            dash = body_at + m.start()          # (the separator: "-", " – ", "⁻")
            out.extend(_Candidate(line, dash, dash + len(m.group("sep")), x, str(x), weight, family, series=True)
                       for x in range(prev + 1, n))
        out.append(_Candidate(line, a, b, n, m.group("n"), weight, family, series=True))
        prev = n
    return out


# Context weights of glued-digit candidates (what the digits are glued to).
_W_CLOSE = 3.0        # closing quote or bracket: nations.”1  (January 2024)19
_W_PUNCT = 3.0        # punctuation after a word: held,5  meetings.2
_W_PUNCT_NUM = 1.5    # punctuation after a number: May 2023.7
_W_LOWER = 1.5        # a lower-case word: Korea1
_W_UPPER = 0.5        # an upper-case token: G7, F35 (usually a name)
_W_YEAR = 2.5         # glued onto a year: December 201820
_W_EXPLICIT = 4.0     # [3], ¹
_GAP_PENALTY = 0.3    # per note number skipped between two markers
_START_COST = 1.0     # most a run pays for starting past note 1 (when notes exist)
_W_ABBREV = 0.3       # after an abbreviation's full stop: No.4, p.12, Vol.3
# Abbreviations whose full stop is followed by a number that is data, not a marker.
_NUMBER_ABBREVIATIONS = frozenset("no nos vol vols p pp art arts sec para ch chap fig figs cf op ed eds".split())
_CLOSERS = set(")]}\"'”’»」』】〕）")

# Cheap stdlib-`re` gates (no Unicode properties, so they mean exactly what they say) that
# skip the costlier marker patterns on lines where those cannot match:
# MARKER_HINT_RE itself (plain character class, same set);
_HINT = re.compile(r"[0-9\[¹²³⁴-⁹]")
# a full-width digit or bracket (FULLWIDTH_MARKS reads them as ASCII);
_FULLWIDTH = re.compile("[０-９［］（）]")
# a superscript digit (SUPERSCRIPT_MARKER_RE starts with one);
_SUPERSCRIPT = re.compile(r"[¹²³⁴-⁹]")
# five digits in a row (YEAR_GLUED_MARKER_RE: a year and at least one more digit);
_FIVE_DIGITS = re.compile(r"[0-9]{5}")
# a digit 1-9 after a character that is neither white space nor a digit: every match of
# GLUED_MARKER_RE starts at such a digit (its look-behind needs a letter, mark or
# punctuation), so the pattern is only tried there.  (The digit first, the character before
# it looked behind at: a pattern that starts with a character class is searched for by
# skipping to the digits, one that starts with a look-behind is tried at every position.)
_GLUED_START = re.compile(r"[1-9](?<=[^\s0-9][1-9])")


def _glued_matches(ln: str):
    """GLUED_MARKER_RE.finditer(ln), trying the pattern only where a match can start."""
    end = 0
    match = GLUED_MARKER_RE.match
    for g in _GLUED_START.finditer(ln):
        p = g.start()
        if p < end:
            continue
        m = match(ln, p)
        if m is not None:
            yield m
            end = m.end()


def _find_markers(lines, kinds, notes: list[_NoteBuild], paren: bool | None = None) -> list[_Candidate]:
    numbers = {nb.n for nb in notes}
    labels = {nb.label: nb.n for nb in notes}
    max_n = max(numbers, default=0)
    caret: list[_Candidate] = []
    explicit: list[_Candidate] = []
    glued: list[_Candidate] = []
    # notes labelled (1), (2) ...: their markers may be written so too
    # (or, when no other marker is found, notes labelled "1)" cited as "(1)")
    if paren is None:
        paren = len(notes) >= 2 and 2 * sum(1 for nb in notes if lines[nb.first].lstrip().startswith(("(", "（"))) >= len(notes)
        right = 2 * sum(1 for nb in notes if RIGHT_PAREN_LABEL.match(lines[nb.first])) >= len(notes)
        if not paren and notes and right:
            return _find_markers(lines, kinds, notes, False) or _find_markers(lines, kinds, notes, True)
    for i, ln in enumerate(lines):
        if kinds[i] not in ("body", "heading"):
            continue
        if _FULLWIDTH.search(ln):
            ln = ln.translate(FULLWIDTH_MARKS)
        if not _HINT.search(ln):   # = MARKER_HINT_RE.search(ln)
            continue
        urls = [(m.start(), m.end()) for m in URL_RE.finditer(ln)] if ("http" in ln or "www." in ln) else []
        if "](" in ln:      # a link's target: "[6](#fn6)", "[Tarvik 1992](#B2)"
            urls += [(m.start(), m.end()) for m in LINK_TARGET_RE.finditer(ln)]

        def in_url(p: int) -> bool:
            return any(a <= p < b for a, b in urls)

        for m in (CARET_MARKER_RE.finditer(ln) if "[^" in ln else ()):
            label = m.group("label")
            n = labels.get(label)
            if n is None and label.isdecimal():
                n = int(label)
            if n is None:
                n = -1          # an undefined word label: warned about, not returned
            caret.append(_Candidate(i, m.start(), m.end(), n, m.group(), _W_EXPLICIT, "caret"))
        for m in (BRACKET_MARKER_RE.finditer(ln) if "[" in ln else ()):
            if in_url(m.start()) or (m.start() > 0 and ln[m.start() - 1] == "^"):
                continue
            end = m.end()
            if ln.startswith("(#", end):     # "[42](#FN000042)": the link's target is part of the marker
                target = LINK_TARGET_RE.match(ln, end)
                end = target.end() if target else end
            explicit.append(_Candidate(i, m.start(), end, int(m.group("n")), ln[m.start():end],
                                       _W_EXPLICIT, "explicit"))
        for m in (BRACKET_SERIES_RE.finditer(ln) if "[" in ln else ()):
            if not in_url(m.start()):
                explicit += _series(i, m.start(), m.end(), m.group("body"), m.start("body"), _W_EXPLICIT, "explicit")
        for m in (PANDOC_SUP_MARKER_RE.finditer(ln) if "^" in ln else ()):
            explicit.append(_Candidate(i, m.start(), m.end(), int(m.group("n")), m.group(), _W_EXPLICIT, "explicit"))
        for m in (PAREN_MARKER_RE.finditer(ln) if paren and "(" in ln else ()):
            if not in_url(m.start("m")):
                explicit.append(_Candidate(i, m.start("m"), m.end("m"), int(m.group("n")), m.group("m"),
                                           _W_EXPLICIT, "explicit"))
        if not paren and numbers and "(" in ln:
            explicit += _parens_at_stops(i, ln, numbers, in_url)
        for m in (CJK_NOTE_MARKER_RE.finditer(ln) if "注" in ln or "※" in ln else ()):
            explicit.append(_Candidate(i, m.start(), m.end(), int(m.group("n")), m.group(),
                                       _W_EXPLICIT, "explicit"))
        series_at: set[int] = set()
        superscript = _SUPERSCRIPT.search(ln) is not None
        for m in (SUPERSCRIPT_SERIES_RE.finditer(ln) if superscript else ()):
            if not in_url(m.start()):
                found = _series(i, m.start(), m.end(), m.group("body"), m.start("body"), _W_EXPLICIT, "explicit")
                explicit += found
                series_at.update(range(m.start(), m.end()) if found else ())
        for m in (SUPERSCRIPT_MARKER_RE.finditer(ln) if superscript else ()):
            if in_url(m.start()) or m.start() in series_at:
                continue
            n = int(m.group("digits").translate(_SUPERSCRIPT_DIGITS))
            explicit.append(_Candidate(i, m.start(), m.end(), n, m.group(), _W_EXPLICIT, "explicit"))
        for m in (GLUED_SERIES_RE.finditer(ln) if "," in ln or "-" in ln or "–" in ln else ()):
            if not in_url(m.start()):
                glued += _series(i, m.start(), m.end(), m.group("body"), m.start("body"),
                                 _glued_weight(ln, m.start()), "glued")
        for m in _glued_matches(ln):
            if in_url(m.start()):
                continue
            glued.append(_Candidate(i, m.start(), m.end(), int(m.group("digits")), m.group("digits"),
                                    _glued_weight(ln, m.start()), "glued"))
        for m in (YEAR_GLUED_MARKER_RE.finditer(ln) if _FIVE_DIGITS.search(ln) else ()):
            if in_url(m.start()):
                continue
            run = m.group("digits")
            s = m.start("digits")
            # every suffix of the glued digits not starting with 0 is a possible marker
            for k in range(len(run)):
                if run[k] == "0":
                    continue
                glued.append(_Candidate(i, s + k, m.end(), int(run[k:]), run[k:], _W_YEAR, "glued"))
    if caret:
        chosen = caret
    else:
        best_explicit = _best_sequence(explicit, numbers, max_n, allow_unknown=True)
        best_explicit += _repeats(explicit, best_explicit)
        best_glued = _best_sequence(glued, numbers, max_n, allow_unknown=not numbers)
        linked_e = len({c.n for c in best_explicit} & numbers)
        linked_g = len({c.n for c in best_glued} & numbers)
        if not numbers:
            linked_e, linked_g = len(best_explicit), len(best_glued)
        chosen = best_explicit if linked_e >= linked_g and best_explicit else best_glued
        if chosen is best_glued:
            chosen = chosen + _out_of_order(glued, chosen, numbers)
    chosen = sorted(chosen, key=lambda c: (c.line, c.start))
    # a marker read from full-width characters keeps the text it has in the document, and one
    # number of a series its part of it ("[1", ",2]"; the dash for the numbers a range spans)
    return [replace(c, text=lines[c.line][c.start:c.end])
            if c.end > c.start and lines[c.line][c.start:c.end] != c.text
            and (c.series or lines[c.line][c.start:c.end].translate(FULLWIDTH_MARKS) == c.text) else c
            for c in chosen]


@cache
def _numbered_parts() -> frozenset[str]:
    return lexicon.words("en_numbered_parts")


#: the word right before a bracket (and the space before the bracket)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]?$")
#: a number of one to three digits in brackets, as PAREN_AT_STOP_RE's marker is written
_PAREN_NUMBER = re.compile(r"\([1-9][0-9]{0,2}\)")


def _parens_at_stops(i: int, ln: str, numbers: set[int], in_url) -> list[_Candidate]:
    """`(N)` at a sentence's stop (PAREN_AT_STOP_RE) in notes not labelled `(N)`: a marker
    of note N when that note exists, and not after a word that numbers parts
    (data/en_numbered_parts.tsv: "paragraph (2).", "see note (4).")."""
    out: list[_Candidate] = []
    if _PAREN_NUMBER.search(ln) is None:
        return out      # (no "(N)" at all: the pattern's scan of every position is skipped)
    for m in PAREN_AT_STOP_RE.finditer(ln):
        n = int(m.group("n"))
        if n not in numbers or in_url(m.start("m")):
            continue
        word = _WORD_BEFORE.search(ln, 0, m.start("m"))
        if word and word.group(1).lower() in _numbered_parts():
            continue
        out.append(_Candidate(i, m.start("m"), m.end("m"), n, m.group("m"), _W_PUNCT, "explicit"))
    return out


#: weight a glued marker needs to be taken out of increasing order: the strongest shapes
#: only (after a closing quote/bracket, or punctuation right after a word)
_W_OUT_OF_ORDER = _W_PUNCT


def _out_of_order(glued: list[_Candidate], chosen: list[_Candidate], numbers: set[int]) -> list[_Candidate]:
    """Markers cited out of increasing order (a later note cited early, an article edited
    after numbering): for a note that the increasing sequence left without a marker, the
    one strong glued candidate with exactly its number (`fertilizers,11`), if there is
    exactly one.  Years split off glued digits never qualify (their weight is lower)."""
    linked = {c.n for c in chosen}
    taken = {(c.line, c.start) for c in chosen}
    by_n: dict[int, list[_Candidate]] = {}
    for c in glued:
        if (c.n in numbers and c.n not in linked and c.weight >= _W_OUT_OF_ORDER
                and (c.line, c.start) not in taken and c.text == str(c.n)):
            by_n.setdefault(c.n, []).append(c)
    return [cands[0] for cands in by_n.values() if len(cands) == 1]


def _glued_weight(ln: str, start: int) -> float:
    prev = ln[start - 1]
    if prev in _CLOSERS:
        return _W_CLOSE
    if prev.isalpha():
        # the token the digits are glued to
        j = start - 1
        while j > 0 and (ln[j - 1].isalpha() or ln[j - 1] in "-'’"):
            j -= 1
        token = ln[j:start]
        if token.isupper() or (j > 0 and ln[j - 1].isdigit()):
            return _W_UPPER
        return _W_LOWER
    before = ln[start - 2] if start >= 2 else " "
    if before.isdigit():
        return _W_PUNCT_NUM
    if prev == "." and before.isalpha():
        j = start - 2
        while j > 0 and ln[j - 1].isalpha():
            j -= 1
        if ln[j:start - 1].lower() in _NUMBER_ABBREVIATIONS:
            return _W_ABBREV
    return _W_PUNCT


def _best_sequence(cands: list[_Candidate], numbers: set[int], max_n: int,
                   allow_unknown: bool) -> list[_Candidate]:
    """The strictly increasing run of candidate numbers with the largest total weight.

    Weight of a chain = sum of its candidates' weights - _GAP_PENALTY per number
    skipped between consecutive members (and before the first).  Solved with prefix
    maxima over note numbers (Fenwick tree): O(k log N).
    """
    if not cands:
        return []
    limit = max(max_n + NOTE_GAP, 0) if numbers else MAX_MARKER
    usable = []
    for c in cands:
        if c.n < 1 or c.n > limit:
            continue
        if numbers and c.n not in numbers and not allow_unknown:
            continue
        usable.append(c)
    if not usable:
        return []
    usable.sort(key=lambda c: (c.line, c.start, -len(c.text)))
    size = max(c.n for c in usable) + 2
    tree_val = [float("-inf")] * (size + 1)
    tree_arg = [-1] * (size + 1)

    def update(n: int, val: float, arg: int) -> None:          # position n (0-based) -> index n+1
        k = n + 1
        while k <= size:
            if val > tree_val[k]:
                tree_val[k], tree_arg[k] = val, arg
            k += k & -k

    def query(n: int) -> tuple[float, int]:                    # max over positions 0..n
        k = n + 1
        best, arg = float("-inf"), -1
        while k > 0:
            if tree_val[k] > best:
                best, arg = tree_val[k], tree_arg[k]
            k -= k & -k
        return best, arg

    # The gap penalty counts the *notes* a chain skips: where notes exist, note numbers
    # missing from the notes section (an excerpt dropped [4]..[40]) cost nothing.
    ordered = sorted(numbers)

    def pos(n: int) -> float:
        if not numbers:
            return float(n)
        k = bisect.bisect_left(ordered, n)
        return k + 1.0 if k < len(ordered) and ordered[k] == n else k + 0.5

    update(0, 0.0, -1)                  # the empty chain "ends" at number 0
    score = [0.0] * len(usable)
    back = [-1] * len(usable)
    # when no notes exist, unknown numbers cost most of their weight: only clean runs survive
    unknown_cost = 0.0 if not numbers else 2.0
    idx = 0
    while idx < len(usable):
        # candidates at the same place are alternatives: evaluate together, then insert
        j = idx
        while j < len(usable) and usable[j].line == usable[idx].line and \
                usable[j].end == usable[idx].end and usable[j].family == usable[idx].family and \
                not (usable[j].series or usable[idx].series):
            j += 1
        j = max(j, idx + 1)
        group = range(idx, j)
        for g in group:
            c = usable[g]
            w = c.weight
            if numbers and c.n not in numbers:
                w -= unknown_cost + c.weight
            elif not numbers:
                w = min(w, 1.0)
            prev, arg = query(c.n - 1)
            chained = prev - _GAP_PENALTY * (pos(c.n) - 1)
            # with notes, a run may start at any note (earlier markers may be missing);
            # without notes it must start at 1 (that is what makes digits markers at all)
            if numbers and chained < -_START_COST:
                chained, arg = -_START_COST, -1
            score[g] = chained + w
            back[g] = arg
        for g in group:
            c = usable[g]
            update(c.n, score[g] + _GAP_PENALTY * pos(c.n), g)
        idx = j
    best_g = max(range(len(usable)), key=lambda g: score[g])
    if score[best_g] <= 0:
        return []
    out = []
    g = best_g
    while g != -1:
        out.append(usable[g])
        g = back[g]
    out.reverse()
    if not numbers and out[0].n != 1:
        return []       # without notes, digits are markers only in a run from 1 ("P5 … G7 … £3.8" is none)
    # drop members that lower the total (a trailing unknown, for instance)
    return [c for c in out if not numbers or c.n in numbers or c.family == "explicit"]


def _repeats(cands: list[_Candidate], chosen: list[_Candidate]) -> list[_Candidate]:
    """Explicit markers that repeat an already linked number ("see [3]" twice)."""
    taken = {(c.line, c.start) for c in chosen}
    linked = {c.n for c in chosen}
    return [c for c in cands if (c.line, c.start) not in taken and c.n in linked
            and not c.text[-1] in "⁰¹²³⁴⁵⁶⁷⁸⁹"]
