"""Wire-story datelines: "SEOUL, May 12 (Valmora News) — text", "TOKYO (Reuters) - text".

A news agency's story opens its first paragraph with the place it was filed from, in
capitals, maybe a region and the date, the agency in brackets (or between slashes, as some
agencies write it: "OSTRIN, May 12. /VALMORA-NEWS/. text") and a dash.  The capitals
are the agency's house style, not the place's name: read as they stand they make a
shouted name ("SEOUL" an acronym, "NEW YORK" a person's name in capitals).  The reader
writes the dateline's words in capitals as names are written -- "Seoul, May 12 (Valmora
News) —", "New York (Reuters) -" -- in the view the extractor reads, one letter for one
(lines and columns stay), as the other readers of documents/ blank markup in place.  In
the agency's brackets only a word of five letters or more is re-cased ("(KESSIN)" ->
"(Kessin)"): a shorter one is an acronym ("(AP)", "(KCNA)") and keeps its capitals.  The
small words of a place's name (data/en_function_words.tsv, name_connector) stay small ("CITY OF OSTRIN" -> "City of Ostrin").

The dateline may be the place alone ("NEW YORK —", "SEOUL, South Korea —") or two
cities the story was filed from ("SEOUL/TOKYO —" -> "Seoul/Tokyo —").

Only a body line that starts a paragraph is read, and only when the capitals are followed
by the agency's brackets or the dash, then text; a capitals word whose letters the
bracket's words spell ("VIDA (Valmora Institute for Defense Analyses) —") is an acronym,
and a common acronym (data/en_acronyms.tsv) is no place.
"""
from __future__ import annotations

from functools import cache

import regex

from ..text import lexicon
from .frontmatter import SENTENCE_FINAL

#: a place has at least this many letters in capitals ("ROME", "JEJU"; "UN" is no place)
MIN_PLACE_LETTERS = 4
#: an agency's word in capitals shorter than this is an acronym ("AP", "AFP", "KCNA")
MIN_AGENCY_WORD = 5

#: a word in capitals: "SEOUL", "O'HARE", "ST.", "PYEONGCHANG-GUN", "D.C."
_CAPS_WORD = r"\p{Lu}(?:[\p{Lu}.'’\-]*\p{Lu})?\.?"
#: the dash after a dateline: an em or en dash, or a hyphen (or two) between spaces
_DASH = r"(?P<dash>[ \t]*[—–―][ \t]*|[ \t]+--?[ \t]+)"
#: a place in capitals: one to four words ("SEOUL", "NEW YORK", "CITY OF OSTRIN")
_CAPS_PLACE = _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r"){0,3}"
#: a word of a region or country after the place, capitalised or in capitals ("South Korea", "D.C.")
_NAME_WORD = r"\p{Lu}[\p{L}.'’\-]*"


@cache
def dateline_re() -> regex.Pattern:
    """DATELINE_RE: at a line's start (after emphasis), the place in capitals (one to four
    words; or up to four places joined by "/", a story filed from two cities:
    "SEOUL/TOKYO"), then maybe ", Region" and ", Date" ("May 12", "12 May", "Monday"; a full
    stop may end it), then the agency in brackets or between slashes ("/VALMORA-NEWS/."), a
    dash (spaced if a hyphen) or both, then the paragraph's text."""
    months = lexicon.alternation("en_calendar", list="month")
    days = lexicon.alternation("en_calendar", list="day")
    date = (r"(?i:(?:" + months + r")[ \t]+[0-9]{1,2}|[0-9]{1,2}[ \t]+(?:" + months + r")|(?:" + days + r"))"
            r"(?:,?[ \t]+[0-9]{4})?")
    return regex.compile(
        r"^[ \t]*(?:[*_]{1,2})?"
        r"(?P<place>" + _CAPS_PLACE + r"(?:/" + _CAPS_PLACE + r"){0,3})"
        r"(?:,[ \t]*(?P<region>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,2}))?"
        r"(?:,[ \t]*(?P<date>" + date + r")\.?)?"
        r"(?:[*_]{1,2})?"
        r"(?:(?:[ \t]*\((?P<agency>[^()\n]{1,60})\)|[ \t]+/(?P<agency>[^/\n]{1,40})/\.?)(?:" + _DASH + r")?|" + _DASH + r")"
        r"(?=[ \t]*[\p{L}\p{N}\"“‘'])")


#: a run of capitals in a dateline, re-cased as a name is written
CAPITALS_RUN_RE = regex.compile(r"\p{Lu}{2,}")


def recase_datelines(lines: list[str], kinds: list) -> bool:
    """Re-case the dateline at the start of each body paragraph of `lines` in place
    (length-preserving); True when a line changed."""
    changed = False
    for i, ln in enumerate(lines):
        if kinds[i] != "body" or not _starts_paragraph(lines, kinds, i):
            continue
        m = dateline_re().match(ln)
        if m is None or not _a_place(m):
            continue
        new = _recased(ln, m)
        if new != ln:
            lines[i], changed = new, True
    return changed


def _starts_paragraph(lines: list[str], kinds: list, i: int) -> bool:
    return i == 0 or not lines[i - 1].strip() or kinds[i - 1] != "body" or bool(SENTENCE_FINAL.search(lines[i - 1]))


def _a_place(m: regex.Match) -> bool:
    """The capitals name a place (each of the places joined by "/"): enough letters, no
    common acronym, and not the letters the bracket's words spell (an acronym and its
    long form)."""
    place = m["place"]
    for part in place.split("/"):
        letters = [c for c in part if c.isalpha()]
        if len(letters) < MIN_PLACE_LETTERS or part in _common_acronyms():
            return False
    agency = m["agency"] or ""
    initials = "".join(w[0] for w in regex.findall(r"\p{L}+", agency) if w[0].isupper())
    return not (" " not in place and initials and initials.upper() == place.upper())


def _recased(line: str, m: regex.Match) -> str:
    """`line` with the capitals of the dateline's place, region, date and agency re-cased."""
    chars = list(line)
    for group in ("place", "region", "date", "agency"):
        if m[group] is None:
            continue
        start = m.start(group)
        for k, run in enumerate(CAPITALS_RUN_RE.finditer(m[group])):
            if group == "agency" and len(run.group()) < MIN_AGENCY_WORD:
                continue
            word = run.group()
            small = k > 0 and word.lower() in _small_words() and _whole_word(m[group], run)
            new = word.lower() if small else word[0] + word[1:].lower()
            chars[start + run.start():start + run.end()] = new
    return "".join(chars)


def _whole_word(text: str, run: regex.Match) -> bool:
    before = text[run.start() - 1:run.start()]
    after = text[run.end():run.end() + 1]
    return not before.isalpha() and not after.isalpha()


@cache
def _small_words() -> frozenset[str]:
    return lexicon.words("en_function_words", list="name_connector")


@cache
def _common_acronyms() -> frozenset[str]:
    return lexicon.words("en_acronyms", list="common")
