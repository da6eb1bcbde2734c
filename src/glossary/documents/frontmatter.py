"""Metadata lines of an article: a provenance line, YAML/TOML front matter, credit lines.

Articles saved from the web or from a static-site repository often start with lines that
are not the article's text:

* a provenance line, `Source: …` / `URL: …` / `Retrieved from …`, followed by a blank line;
* front matter between `---` (YAML) or `+++` (TOML) lines: `key: value` fields, of which
  the title is a heading and the author(s) a credit, the rest (dates, slugs, image paths,
  categories) is skipped;
* credit lines and bylines anywhere in the body: `By A and B`, `Reporting: A, B`,
  `Translated by C` (the role words are data: data/en_credit_roles.tsv).

Lines are classified here, before notes and headings, so that a byline is never read as a
heading and a date field never as a name.  Credit segments hold only the names (their
column and end are recorded), and the English extractor reads them as people.
"""
from __future__ import annotations

from functools import cache

import regex

from ..text import lexicon

#: how far down the front matter may end
MAX_FRONT_MATTER_LINES = 80
#: a credit line names at most this many people (longer lines are prose)
MAX_CREDIT_WORDS = 24

PROVENANCE_RE = regex.compile(
    r"^\s*(?:(?:Source|URL|Original(?:ly published)?(?: at| in)?)\s*:|Retrieved from\b)\s*\S", regex.I)
FENCE_RE = regex.compile(r"^(?:---|\+\+\+)\s*$")
#: a metadata line outside front matter: a field name of one to three words, a colon, the value
LOOSE_FIELD_RE = regex.compile(r"^(?P<key>[A-Za-z][A-Za-z]*(?:[ _][A-Za-z]+){0,2}):[ \t]*(?P<value>.*?)\s*$")
#: how far from the top (after a provenance line) such metadata lines are looked for ...
LOOSE_FIELD_LINES = 20
#: ... among headings, image and link lines (what a scraper writes around them) ...
LOOSE_PASS_RE = regex.compile(r"^\s*(?:#{1,6}\s|!?\[[^\]]*\]\([^)]*\)\s*$)")
#: ... and a skipped field's value has at most this many words and is no sentence
LOOSE_VALUE_WORDS = 16
FIELD_RE = regex.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*?)\s*$")
QUOTED_VALUE_RE = regex.compile(r"^([\"'])(?P<inner>.*)\1$")
#: an item of a YAML list under a field ("authors:" then "  - Name")
LIST_ITEM_RE = regex.compile(r"^\s+-\s+(?P<value>\S.*?)\s*$")
#: a name in a credit list: capitalised words (name particles and initials allowed)
_PARTICLES = "|".join(lexicon.ordered("name_particles"))
_NAME = r"\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|(?:" + _PARTICLES + r")))*"
#: the post after a byline's names: "By A, Valmora Daily reporter", "By A and B, staff
#: writers" (an occupation, in any case, maybe plural: data/en_role_nouns.tsv; then maybe
#: "for", "at", "of" or "with" and the outlet or body: "Writer for The Valmora Herald")
_OCCUPATIONS = "|".join(regex.escape(w.lower()) for w in sorted(lexicon.words("en_role_nouns"), key=len, reverse=True))
_ONE_POST = r"\s*,\s*(?:\p{L}[\p{L}.'’\-]*\s+){0,3}(?i:(?:" + _OCCUPATIONS + r")s?)" + \
    r"(?:\s+(?:for|at|of|with)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,4})?"
#: ... one post or several ("By A, Senior Fellow, Former Editorial Writer for The Valmora Herald")
_POST = r"(?:" + _ONE_POST + r"){0,3}"
#: a byline that opens with the outlet and the writer's post, then the name: "Valmora Daily
#: reporter Kessin Tarvik" (an occupation in lower case: data/en_role_nouns.tsv)
_OUTLET_ROLE_RE = regex.compile(r"^\s*\[?(?:\p{Lu}[\p{L}.&'’\-]*\s+){1,3}(?:" + _OCCUPATIONS + r")\s+(?=\p{Lu})")
NAME_LIST_RE = regex.compile(r"^" + _NAME + r"(?:\s*(?:,|&|/|·|\band\b|\bwith\b)\s*" + _NAME + r")*" + _POST +
                             r"\s*[.,;]?\s*$")


@cache
def _credit_res() -> tuple[regex.Pattern, regex.Pattern]:
    by = sorted(lexicon.words("en_credit_roles", where=("form", "by")), key=len, reverse=True)
    colon = sorted(lexicon.words("en_credit_roles", where=("form", "colon")), key=len, reverse=True)
    alt = lambda words: "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)  # noqa: E731
    lead = r"^\s*(?:[-–—*_\\\[(]\s*)*"      # a dash, emphasis, or an (escaped) bracket before it
    by_re = regex.compile(lead + r"(?:" + alt(by) + r")\s+(?=\p{Lu})", regex.I)
    colon_re = regex.compile(lead + r"(?:" + alt(colon) + r")\s*[:：|]\s*(?=\p{Lu})", regex.I)
    return by_re, colon_re


@cache
def _fields() -> dict[str, str]:
    return lexicon.mapping("front_matter_fields", "field", "holds")


#: what separates the groups of a credit line with several roles ("By A | Photos: B",
#: "Reporting: A, B; Editing: C")
CREDIT_GROUP_BREAK = regex.compile(r"\s+[|·•]\s+|;\s+(?=[^;]*[:：|])")


def credit_names(line: str) -> tuple[int, int] | None:
    """(start, end) of the names of a credit line or byline ("By A and B",
    "Reporting: A, B", "By A | Photos: B"), or None when the line is not one.  A line of
    several roles keeps their words between the names: the extractor drops them."""
    by_re, colon_re = _credit_res()
    m = by_re.match(line) or colon_re.match(line) or _OUTLET_ROLE_RE.match(line)
    if not m:
        return None
    groups = CREDIT_GROUP_BREAK.split(line[m.end():].rstrip())
    for k, group in enumerate(groups):
        g = group.rstrip().rstrip("\\])").strip("*_ ")
        if k:
            r = by_re.match(g) or colon_re.match(g)
            if not r:
                return None
            g = g[r.end():].strip("*_ ")
        if not g or len(g.split()) > MAX_CREDIT_WORDS or not NAME_LIST_RE.match(g):
            return None
    rest = line[m.end():].rstrip().rstrip("\\])").strip("*_ ")
    start = line.index(rest, m.end())
    return start, start + len(rest)


def classify_front(lines: list[str], kinds: list, spans: dict[int, tuple[int, int]]) -> None:
    """Mark the provenance line and the front matter ("skip", "heading", "credit");
    `spans[i]` = (start, end) of the kept text of a heading or credit line made here."""
    i = 0
    if lines and PROVENANCE_RE.match(lines[0]) and (len(lines) == 1 or not lines[1].strip()):
        kinds[0] = "skip"
        i = 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and FENCE_RE.match(lines[i]):
        _front_matter(lines, kinds, spans, i)
    else:
        _loose_fields(lines, kinds, spans, i)


def _loose_fields(lines: list[str], kinds: list, spans: dict[int, tuple[int, int]], start: int) -> None:
    """Metadata lines without a fence near the top ("keywords: aso abe ldp", "authors: A",
    "publish date: 2020-08-28", as a news scraper writes them): a known field's line is
    skipped, or read as a title or a credit like a front-matter field's."""
    fields = _fields()
    for j in range(start, min(len(lines), start + LOOSE_FIELD_LINES)):
        ln = lines[j]
        m = LOOSE_FIELD_RE.match(ln)
        holds = fields.get(regex.sub(r"[\s_]+", " ", m["key"].lower())) if m else None
        if holds is None:
            if ln.strip() and not LOOSE_PASS_RE.match(ln):
                return      # the text starts: metadata lines come before it, as one block
            continue
        a, b = _unquoted(m.span("value"), m["value"])
        value = ln[a:b]
        if holds == "title" and value and not SENTENCE_FINAL.search(value):
            kinds[j], spans[j] = "heading", (a, b)
        elif holds == "credit" and (not value or NAME_LIST_RE.match(value)):
            kinds[j], spans[j] = ("credit", (a, b)) if value else ("skip", (a, b))
        elif holds == "skip" and len(value.split()) <= LOOSE_VALUE_WORDS and not SENTENCE_FINAL.search(value):
            kinds[j] = "skip"
        else:
            return          # "Reporter: Will the …?", "Updated: The port …": the text itself


#: a line that ends as a sentence does (a "Watch the video. It…" line is text, not a headline)
SENTENCE_FINAL = regex.compile(r"[.!?][\"”’')]*\s*$")


#: a person's post on the line under their name in a list of speakers or staff: a title or an
#: occupation (maybe after up to three qualifiers, "Senior", "Japan Chair"), then a comma and
#: the body it is held at: "President, Valmora Institute", "Senior Fellow for Asia, Ostrin
#: Council" (data/en_titles.tsv, en_role_nouns.tsv)
_POSTS = "|".join(regex.escape(w) for w in sorted(set(lexicon.words("en_role_nouns")) | set(lexicon.words("en_titles")),
                                                  key=len, reverse=True))
POST_LINE_RE = regex.compile(r"^\s*(?:\p{Lu}[\p{L}\-]*\s+){0,3}(?:" + _POSTS + r")\b[^,;:\n]{0,120},\s*\p{Lu}")
#: a name alone on its line: two to four capitalised words (name particles and initials allowed)
NAME_LINE_RE = regex.compile(r"^\s*" + _NAME + r"\s*$")


def _roster_names(lines: list[str], kinds: list, spans: dict[int, tuple[int, int]]) -> None:
    """A list of speakers or staff: a name alone on its line, the person's post and body on the
    next line with text ("Lena Brell" / "President, Valmora Institute"): the name is a credit."""
    for j, ln in enumerate(lines):
        if kinds[j] is not None or not NAME_LINE_RE.match(ln) or not 2 <= len(ln.split()) <= 4:
            continue
        k = next((k for k in range(j + 1, min(len(lines), j + 3)) if lines[k].strip()), None)
        if k is not None and kinds[k] is None and POST_LINE_RE.match(lines[k]) and not POST_LINE_RE.match(ln + ","):
            a = len(ln) - len(ln.lstrip())
            kinds[j], spans[j] = "credit", (a, len(ln.rstrip()))


#: a transcript's speaker tag on a line of its own: "[Name / Post]", as broadcasters print
#: who speaks ("[Lena Brell / Spokesperson]")
SPEAKER_TAG_RE = regex.compile(r"^\s*\[\s*(?P<name>" + _NAME + r")\s*/\s*[^\[\]\n]{1,80}\]\s*$")


def classify_credits(lines: list[str], kinds: list, spans: dict[int, tuple[int, int]]) -> None:
    """Mark the credit lines and bylines among the lines not classified yet ("credit"), the
    names of a list of speakers or staff (`_roster_names`) and a transcript's speaker tags."""
    _roster_names(lines, kinds, spans)
    for j, ln in enumerate(lines):
        if kinds[j] is None and ln.strip():
            tag = SPEAKER_TAG_RE.match(ln) if ln.lstrip().startswith("[") else None
            if tag and 2 <= len(tag["name"].split()) <= 4:
                kinds[j], spans[j] = "credit", tag.span("name")
                continue
            span = credit_names(ln)
            if span:
                kinds[j] = "credit"
                spans[j] = span
            elif j and kinds[j - 1] == "credit" and lines[j - 1].rstrip().endswith(",") and \
                    ln[:1] in " \t" and NAME_LIST_RE.match(ln.strip()):
                # the list goes on, indented, on the next line ("Authors: A, B,\n    C, D")
                a = len(ln) - len(ln.lstrip())
                kinds[j], spans[j] = "credit", (a, len(ln.rstrip()))


def _front_matter(lines: list[str], kinds: list, spans: dict[int, tuple[int, int]], start: int) -> None:
    fence = lines[start].strip()
    end = next((j for j in range(start + 1, min(len(lines), start + MAX_FRONT_MATTER_LINES))
                if lines[j].strip() in (fence, "...")), None)
    if end is None:
        return
    body = [ln for ln in lines[start + 1:end] if ln.strip() and not ln.lstrip().startswith("#")]
    if not body or not all(FIELD_RE.match(ln) or ln[:1] in " \t-" for ln in body):
        return   # not front matter: a separator line and ordinary text
    fields = _fields()
    holds, empty_value = None, False
    for j in range(start, end + 1):
        kinds[j] = "skip"
        m = FIELD_RE.match(lines[j]) if start < j < end else None
        if m is None:
            item = LIST_ITEM_RE.match(lines[j]) if holds == "credit" and start < j < end else None
            if item and NAME_LIST_RE.match(item["value"]):
                kinds[j], spans[j] = "credit", _unquoted(item.span("value"), item["value"])
            elif holds == "credit" and empty_value and start < j < end and lines[j][:1] in " \t" and \
                    NAME_LIST_RE.match(lines[j].strip()):
                # the field's value on an indented line of its own ("author:" then "\t\tA Name")
                a = len(lines[j]) - len(lines[j].lstrip())
                kinds[j], spans[j] = "credit", (a, len(lines[j].rstrip()))
            continue
        holds = fields.get(m["key"].lower())
        empty_value = not m["value"] or m["value"].strip() in (">", "|", ">-", "|-")   # (a YAML block value)
        if not holds or not m["value"]:
            continue
        a, b = _unquoted(m.span("value"), m["value"])
        if holds == "title":
            kinds[j], spans[j] = "heading", (a, b)
        elif holds == "credit" and NAME_LIST_RE.match(lines[j][a:b]):
            kinds[j], spans[j] = "credit", (a, b)


def _unquoted(span: tuple[int, int], value: str) -> tuple[int, int]:
    a, b = span
    return (a + 1, b - 1) if QUOTED_VALUE_RE.match(value) else (a, b)
