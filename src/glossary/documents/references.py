"""Author-date reference lists (APA, Chicago author-date, Harvard) and their citations.

A section headed "References", "Bibliography", "Works Cited", 参考文献, 참고문헌 ...
(data/reference_lists.tsv, list `heading`) whose entries are no numbered notes, but start
like author-date references -- an author part, then a year in brackets or after the names:

    Tarvik, A. (2019). The politics of contrition in Northeast Asia. Ostrin Academic.
    Brell, K., & Sato, M. (2021). Apology and its discontents. Journal of X, 12(2), 1–28.
    Kessin, Ola. 2005. “Harbour talks.” Valmora Review 3: 1–9.
    田畑浩 (2014)『ヴァルモラ海峡の漁業協定』ケシン書房.
    –––, 2007, …                  (a dash: the same author as the entry before)

is read as notes when it has at least two such entries: each becomes a note numbered after
the document's last numbered note, in the order of the list (one entry per line, per
paragraph, per HTML <li>/<p>, per Markdown "- " item; a wrapped line or a hanging indent
goes on with it).  A line of the section that starts no such entry, and follows none,
stays what it was.  A heading inside the section ("Primary Sources") goes on with it when
entries follow it; any other heading ends it, and so does a line of another kind (a
numbered note, a credit line).

In the body, a citation of an entry becomes a marker of its note: "(Tarvik 2019)",
"(see Tarvik 2019, p. 4; Brell and Sato 2021)", "(Tarvik 2019, 2020)", "Tarvik (2019)",
"Kessin and Marlow (2020, 44)", "Tarvik et al. (2019a)".  It is matched by the first
author's surname and the year (and its letter, "2019a"); a citation that names no entry,
or more than one, is left alone.  The marker spans the citation (the whole bracket when
every citation in it was matched), so its text is blanked in the body's segments as a
note number is.

The records built here (`_NoteBuild`, `_Candidate`) join the numbered notes and markers
after those have been read and warned about: nothing of a document without such a
section changes, and the numbered notes and their markers stay as they were.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..text import lexicon
from .model import _Candidate, _NoteBuild
from .patterns import NOTE_COMPLETE_RE

#: a year of publication (with "a", "b" ... telling apart one author's works of a year)
_YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})"
#: how far into an entry its year is looked for
_AUTHOR_MAX_CHARS = 200
#: most lines of one entry
_ENTRY_MAX_LINES = 12
#: entries a section needs to be read as a reference list
_MIN_ENTRIES = 2
_CJK = r"\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}ー々"

# An entry's year in brackets right after the author part: "(2019)", "(2019a)",
# "(2019, May 3)", "(1998 [1962])", full-width "（2014）".
ENTRY_BRACKET_YEAR_RE = regex.compile(
    r"[ \t]?[(（](?P<year>" + _YEAR + r")(?P<suffix>[a-z])?(?:[,/ ][^()（）\n]{0,30})?[)）]")
# An entry's year after the names and a stop or comma ("Kessin, Ola. 2005.", "Brell,
# Ji-won, 1963,"), or after a Japanese or Korean name and a space, before its title
# ("田畑浩 2014『…』"); a stop, comma, colon or the title's opening quote follows it.
ENTRY_BARE_YEAR_RE = regex.compile(
    r"(?P<sep>[.,])?[ \t]+(?P<year>" + _YEAR + r")(?P<suffix>[a-z])?(?=[.,:;]|[ \t]*[「『“\"*_])")
# What stands before an entry's text: indent, a Markdown or typographic bullet, and a label in
# square brackets ("[SB-Lee]"), kept in the note's text.
ENTRY_LEAD_RE = regex.compile(r"^[ \t]*(?:[-*+•·▪◦‣][ \t]+)?")
ENTRY_LABEL_RE = regex.compile(r"^\[[^\]\n]{1,24}\][ \t]*")
# A dash standing for the author of the entry before ("–––", "———", "---", "___").
SAME_AUTHOR_RE = regex.compile(r"^[-–—_]{2,}[ \t.]*$")
# A Japanese or Korean author part: names of two or more characters joined by "・", "、", ","
# ("和田春樹・高崎宗司", "윤해동, 김용철").
CJK_AUTHORS_RE = regex.compile(r"^(?P<first>[" + _CJK + r"]{2,})(?:[ \t]?[・·、，,/][ \t]?[" + _CJK + r"]{2,})*$")
# A word of a Latin-script author part: a capitalised name or an initial ("Brell", "K.",
# "H.-J.", "O’Kessin", "Ji-won").
NAME_TOKEN_RE = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’.\-]*$")
# A bracket inside the author part ("(trans.)", "(eds)", "(編)"): dropped when it holds roles only.
ROLE_BRACKET_RE = regex.compile(r"[ \t]*[(（](?P<inner>[^()（）\n]{1,30})[)）]")
# A label in square brackets inside the author part ("[SB-Brell]").
LABEL_BRACKET_RE = regex.compile(r"[ \t]*\[[^\]\n]{1,24}\]")
# A bracket in a body line (its citations are split at ";").
PAREN_RE = regex.compile(r"\((?P<body>[^()\n]{4,300})\)")


@dataclass
class _Entry:
    """One entry of a reference list: its note, the names its first author may be cited by,
    and its year."""

    nb: _NoteBuild
    names: tuple[str, ...]
    year: str
    suffix: str


@dataclass(frozen=True)
class _Start:
    """What the start of an entry says: the first author's names (None: a dash, the author of
    the entry before) and the year."""

    names: tuple[str, ...] | None
    year: str
    suffix: str


@dataclass(frozen=True)
class ReferenceList:
    """The notes and markers `reference_list` adds to a document."""

    notes: list[_NoteBuild]
    markers: list[_Candidate]


# -- vocabulary ---------------------------------------------------------------------------


@cache
def _words(kind: str) -> frozenset[str]:
    return lexicon.words("reference_lists", list=kind)


@cache
def _particles() -> frozenset[str]:
    return frozenset(lexicon.ordered("name_particles"))


#: what stands before a heading's words: Markdown hashes, emphasis, a section number
_HEADING_LEAD_RE = regex.compile(r"^[ \t#*_]*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \t]+)?")


def is_reference_heading(line: str) -> bool:
    """Does the line name a reference list ("References", "## Works Cited:", "**参考文献**")?"""
    if len(line) > 80:
        return False
    text = _HEADING_LEAD_RE.sub("", line, count=1).rstrip(" \t*_:：")
    return 0 < len(text) <= 40 and " ".join(text.split()).casefold() in _words("heading")


# -- entries ------------------------------------------------------------------------------


#: a title cited in Japanese or Korean corner brackets, with a CJK letter inside
#: (「한일 정상회담」, 『外交青書』): an entry of a source list that is no author-date one
CJK_CITED_TITLE_RE = regex.compile(r"[「『][^」』\n]{0,80}[" + _CJK + r"][^」』\n]{0,80}[」』]")


def entry_start(text: str) -> _Start | None:
    """The author and year an entry starts with, or None when `text` starts no entry.  An
    entry that cites a Japanese or Korean title in corner brackets and is no author-date
    one ("「…」, 연합뉴스, 2025년 8월 23일.", "外務省『外交青書』各年版.") starts an entry no
    body citation names (no author, no year).  `text` starts at the entry's first character
    (after indent and bullet)."""
    found = _author_date_start(text)
    if found is None and CJK_CITED_TITLE_RE.search(text, 0, _AUTHOR_MAX_CHARS):
        return _Start((), "", "")
    return found


def _author_date_start(text: str) -> _Start | None:
    """The author and year an author-date entry starts with, or None."""
    text = ENTRY_LABEL_RE.sub("", text, count=1)
    head = text[:_AUTHOR_MAX_CHARS]
    found = [m for m in (ENTRY_BRACKET_YEAR_RE.search(head), ENTRY_BARE_YEAR_RE.search(head)) if m]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    bracketed = m.re is ENTRY_BRACKET_YEAR_RE
    sep = None if bracketed else m.group("sep")
    author = _strip_roles(LABEL_BRACKET_RE.sub("", text[:m.start()])).strip(" \t,;:")
    if not author:
        return None
    year, suffix = m.group("year"), m.group("suffix") or ""
    if SAME_AUTHOR_RE.match(author):
        return _Start(None, year, suffix) if bracketed or sep else None
    cjk = CJK_AUTHORS_RE.match(author.rstrip("."))
    if cjk:
        return _Start((cjk.group("first"),), year, suffix)
    names = _latin_first_author(author.rstrip(".") if sep == "." else author)
    if names is None:
        return None
    inverted = "," in author
    # a bare year after names written given name first or a body's name needs a stop before
    # it ("Ola J. Kessin. 1996."): "Ostrin Academic, 2019." is a wrapped publisher
    if not bracketed and not (sep == "," and inverted or sep == "."):
        return None
    return _Start(names, year, suffix)


def _strip_roles(author: str) -> str:
    """The author part without brackets that hold only roles ("(eds.)", "(trans./ed.)")."""
    roles = _words("role")

    def drop(m: regex.Match) -> str:
        parts = [p for p in regex.split(r"[\s/,]+", m.group("inner")) if p]
        return "" if parts and all(p in roles or p in _words("connector") for p in parts) else m.group()

    return ROLE_BRACKET_RE.sub(drop, author)


def _latin_first_author(author: str) -> tuple[str, ...] | None:
    """The names the first author of a Latin-script author part may be cited by (the part
    before the first comma or joiner, and its last word), or None when the part holds
    anything but names, initials, particles, joiners and "et al."."""
    tokens = regex.findall(r"[^\s,;]+", author)
    if not tokens or len(tokens) > 40 or len(author) > 150:
        return None
    etal = {w for phrase in _words("etal") for w in phrase.split()}
    ok = _particles() | _words("connector") | etal
    if not (NAME_TOKEN_RE.match(tokens[0]) or tokens[0] in _particles()):
        return None
    if not all(NAME_TOKEN_RE.match(t) or t in ok for t in tokens):
        return None
    joiners = "|".join(regex.escape(w) for w in sorted(_words("connector") | _words("etal"), key=len, reverse=True))
    first = regex.split(r"\s*,\s*|\s+(?:" + joiners + r")(?=\s|$)", author, maxsplit=1)[0].strip(" .")
    if not first or not NAME_TOKEN_RE.match(first.split()[-1]):
        return None
    last = first.split()[-1]
    return (first,) if last == first else (first, last)


def _lead(line: str) -> int:
    """Where an entry's text starts on its line (after indent and bullet)."""
    return ENTRY_LEAD_RE.match(line).end()


def _entries_follow(lines: list[str], kinds: list[str | None], i: int) -> bool:
    """Does an entry start between heading `i` and the next heading (a sub-heading of a
    reference list: "Primary Sources")?"""
    for j in range(i + 1, len(lines)):
        if kinds[j] == "heading" and not entry_start(lines[j][_lead(lines[j]):]):
            return False
        if kinds[j] not in ("body", "trailer", "heading", "skip"):
            return False
        if lines[j].strip() and kinds[j] != "skip" and entry_start(lines[j][_lead(lines[j]):]):
            return True
    return False


def _section_entries(lines: list[str], kinds: list[str | None], heading: int) -> tuple[list[_Entry], int]:
    """The entries of the reference list under line `heading` (see the module's doc), and
    the line the list ends before."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    blank = False
    j = heading + 1
    for j in range(heading + 1, len(lines) + 1):
        if j == len(lines):
            break
        ln, kind = lines[j], kinds[j]
        if not ln.strip():
            blank = True
            continue
        lead = _lead(ln)
        start = entry_start(ln[lead:]) if kind in ("body", "trailer", "heading") else None
        if kind == "heading" and start is None:
            if not _entries_follow(lines, kinds, j):
                break
            current = None
        elif kind == "skip":
            current = None
        elif kind not in ("body", "trailer", "heading"):
            break
        elif start is not None and (current is None or blank or _ends_entry(lines, current, lead)):
            current = _new_entry(start, entries, j, lead)
            if current is not None:
                entries.append(current)
        elif current is not None and _goes_on(lines, current, j, lead, blank):
            current.nb.lines.append(j)
        else:
            current = None
        blank = False
    return entries, j


def _new_entry(start: _Start, entries: list[_Entry], j: int, lead: int) -> _Entry | None:
    names = start.names if start.names is not None else (entries[-1].names if entries else None)
    if names is None:
        return None
    label = f"{names[0]} {start.year}{start.suffix}" if names else f"source {len(entries) + 1}"
    return _Entry(_NoteBuild(n=0, label=label, first=j, col=lead + 1, lines=[j]), names, start.year, start.suffix)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _ends_entry(lines: list[str], current: _Entry, lead: int) -> bool:
    """Has the entry so far ended (its last line looks finished) and does the next one, whose
    text starts at column `lead`, stand no deeper than it (no hanging indent)?"""
    last = lines[current.nb.lines[-1]].rstrip()
    return bool(NOTE_COMPLETE_RE.search(last)) and lead <= current.nb.col - 1


def _goes_on(lines: list[str], current: _Entry, j: int, lead: int, blank: bool) -> bool:
    """Does line `j`, which starts no entry, go on with the entry before?  A wrapped line
    (no blank line between, the entry not finished) or an indented one (a hanging indent)."""
    if len(current.nb.lines) >= _ENTRY_MAX_LINES:
        return False
    deeper = _indent(lines[j]) > _indent(lines[current.nb.first])
    if blank:
        return deeper
    return deeper or not NOTE_COMPLETE_RE.search(lines[current.nb.lines[-1]].rstrip())


# -- citations in the body ----------------------------------------------------------------


@dataclass(frozen=True)
class _Index:
    """The entries by (surname, year, letter), and the patterns of their citations."""

    keys: dict[tuple[str, str, str], set[int]]
    paren_part: regex.Pattern
    narrative: regex.Pattern

    def note(self, name: str, year: str, suffix: str) -> int | None:
        """The one note that (name, year, letter) cites; None for none or several.  A
        citation without a letter finds an entry with one when it is the only one."""
        found = set(self.keys.get((name, year, suffix), ()))
        if not found and not suffix:
            found = {n for (nm, y, _s), ns in self.keys.items() if nm == name and y == year for n in ns}
        return next(iter(found)) if len(found) == 1 else None


def _index(entries: list[_Entry]) -> _Index:
    keys: dict[tuple[str, str, str], set[int]] = {}
    for e in entries:
        for name in e.names:
            keys.setdefault((name, e.year, e.suffix), set()).add(e.nb.n)
    names = sorted({k[0] for k in keys}, key=len, reverse=True)
    alt = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
    word = r"\p{L}\p{M}"
    particles = "|".join(regex.escape(p) for p in sorted(_particles(), key=len, reverse=True))
    joiner = "|".join(regex.escape(w) for w in sorted(_words("connector"), key=len, reverse=True))
    etal = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(_words("etal"), key=len, reverse=True))
    other = r"(?:(?:" + particles + r")\s+)*\p{Lu}[" + word + r"'’\-]+"
    authors = (r"(?<![" + word + r"])(?P<name>" + alt + r")(?![" + word + r"])"
               r"(?:(?:\s*,\s*|\s+)(?:" + joiner + r")\s+" + other + r"|\s*,\s*" + other + r")*"
               r"(?:,?\s+(?:" + etal + r"))?")
    year = r"(?P<year>" + _YEAR + r")(?P<suffix>[a-z])?(?![\p{L}\p{N}])"
    # one citation in a bracket, up to the ";" or the bracket's end: "see Tarvik 2019, p. 4"
    paren_part = regex.compile(r"^(?P<pre>[^\d;]{0,20}?)(?P<cite>" + authors + r",?\s+" + year + r")"
                               r"(?P<loc>\s*[,:][^;]{1,40})?\s*$")
    # "Tarvik (2019)", "Kessin and Marlow (2020, 44)", "Tarvik et al. (2019a)"
    narrative = regex.compile(authors + r"\s*\(" + year + r"(?:[,:][^()\n]{1,40})?\)")
    return _Index(keys, paren_part, narrative)


#: a location after a citation that is more years of the same author: "(Tarvik 2019, 2020)"
MORE_YEARS_RE = regex.compile(r"^(?:\s*,\s*" + _YEAR + r"[a-z]?(?![\p{L}\p{N}]))+\s*$")
_ONE_YEAR_RE = regex.compile(r"(?P<year>" + _YEAR + r")(?P<suffix>[a-z])?")


def _paren_citations(i: int, ln: str, index: _Index) -> list[_Candidate]:
    """The citations of entries inside the brackets of body line `i`."""
    out: list[_Candidate] = []
    for p in PAREN_RE.finditer(ln):
        found, parts, pos = [], p.group("body").split(";"), p.start("body")
        for part in parts:
            m = index.paren_part.match(part)
            cites = _part_citations(i, ln, m, pos, index) if m else []
            found.append(cites)
            pos += len(part) + 1
        if all(found):
            first, last = found[0][0], found[-1][-1]
            found[0][0] = _Candidate(i, p.start(), first.end, first.n, "", first.weight, first.family)
            found[-1][-1] = _Candidate(i, last.start if len(found[-1]) > 1 or len(found) > 1 else p.start(),
                                       p.end(), last.n, "", last.weight, last.family)
        out += [c for cites in found for c in cites]
    return out


def _part_citations(i: int, ln: str, m: regex.Match, pos: int, index: _Index) -> list[_Candidate]:
    """The markers of one citation in a bracket (`m` matched it at column `pos`): its entry,
    and the entries of the same author's further years ("Tarvik 2019, 2020")."""
    n = index.note(m.group("name"), m.group("year"), m.group("suffix") or "")
    if n is None:
        return []
    loc = m.group("loc") or ""
    more = MORE_YEARS_RE.match(loc) if loc else None
    end = pos + (m.end("cite") if more else (m.end("loc") if loc else m.end("cite")))
    out = [_Candidate(i, pos + m.start("cite"), end, n, "", 4.0, "author-date")]
    for y in (_ONE_YEAR_RE.finditer(loc) if more else ()):
        other = index.note(m.group("name"), y.group("year"), y.group("suffix") or "")
        if other is None:
            return []
        at = pos + m.start("loc") + y.start()
        out.append(_Candidate(i, at, at + len(y.group()), other, "", 4.0, "author-date"))
    return out


def _narrative_citations(i: int, ln: str, index: _Index) -> list[_Candidate]:
    out = []
    for m in index.narrative.finditer(ln):
        n = index.note(m.group("name"), m.group("year"), m.group("suffix") or "")
        if n is not None:
            out.append(_Candidate(i, m.start(), m.end(), n, "", 4.0, "author-date"))
    return out


def _citations(lines: list[str], kinds: list[str | None], entries: list[_Entry],
               taken: list[_Candidate]) -> list[_Candidate]:
    """Markers of the entries' citations in the body (not overlapping the markers taken)."""
    index = _index(entries)
    busy: dict[int, list[tuple[int, int]]] = {}
    for c in taken:
        busy.setdefault(c.line, []).append((c.start, c.end))
    out: list[_Candidate] = []
    for i, ln in enumerate(lines):
        if kinds[i] not in ("body", "heading") or not regex.search(_YEAR, ln):
            continue
        for c in _paren_citations(i, ln, index) + _narrative_citations(i, ln, index):
            spans = busy.setdefault(i, [])
            if all(c.end <= a or c.start >= b for a, b in spans):
                spans.append((c.start, c.end))
                out.append(_Candidate(c.line, c.start, c.end, c.n, ln[c.start:c.end], c.weight, c.family))
    return out


# -- the whole ----------------------------------------------------------------------------


def reference_list(lines: list[str], kinds: list[str | None], notes: list[_NoteBuild],
                   markers: list[_Candidate]) -> ReferenceList:
    """The author-date reference lists of a parsed text (see the module's doc): their entries
    as notes numbered after `notes`, and their citations in the body as markers.  Marks the
    entries' lines as notes in `kinds`; `notes` and `markers` are not changed."""
    entries: list[_Entry] = []
    end = 0         # (a heading inside a list read already, "Sources" under "References", is part of it)
    for i, ln in enumerate(lines):
        if i >= end and kinds[i] in ("heading", "body", "trailer") and is_reference_heading(ln):
            found, last = _section_entries(lines, kinds, i)
            if len(found) >= _MIN_ENTRIES:
                entries += found
                end = last
    if not entries:
        return ReferenceList([], [])
    n = max((nb.n for nb in notes), default=0)
    for k, e in enumerate(entries, 1):
        e.nb.n = n + k
        for j in e.nb.lines:
            kinds[j] = "note"
    return ReferenceList([e.nb for e in entries], _citations(lines, kinds, entries, markers))
