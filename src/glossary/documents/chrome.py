"""Page chrome: the lines a news, think-tank or blog page prints around its article.

A page saved as text keeps its template's lines among the article's paragraphs:

    Share this article                         (a button's label)
    Related: Ostrin harbour to reopen in June  (a link to another page's headline)
    Tags: VALMORA, OSTRIN, FISHERIES           (a list of tags)
    Subscribe to the Valmora Herald newsletter (a call to subscribe)
    © 2024 Valmora News. All rights reserved.  (a copyright notice)
    Updated May 12, 2024, 14:02 KST            (a time stamp)
    WORLD NEWS | ASIA-PACIFIC                  (the page's section and subsection)

None of them is the article's text: a line that is one is skipped, a linked headline is
kept as a heading holding only the headline when it is written in sentence case (a
headline in title case is skipped: its capitals mark no names).  The phrases are data
(data/en_page_chrome.tsv, by kind: line, lead, start, notice, mark, field, stamp; the
words of a time stamp in data/en_clock.tsv and data/en_calendar.tsv) and match in any
case.  Every rule but `line` and `lead` holds for a short line only (CHROME_MAX_WORDS):
a paragraph that merely contains such a word ("Tags on the crates named Ostrin as the
port ...", "Copyright law in Valmora ...") is text.
"""
from __future__ import annotations

from functools import cache

import regex

from ..text import lexicon
from .frontmatter import SENTENCE_FINAL
from .patterns import CONTINUATION_RE, WORD_RE

#: a line of page chrome has at most this many words (a longer one is a paragraph)
CHROME_MAX_WORDS = 30
#: emphasis, heading, quote and link markup a chrome line may open with ("**Tags:**", "[Subscribe")
_OPEN = r"^\s*(?:[*_#>\[]+\s*)*"
#: a clock time in a stamp ("14:02", "2.02")
CLOCK_TIME_RE = regex.compile(r"(?<![0-9])[0-9]{1,2}[:.][0-9]{2}(?![0-9])")
#: a word of a time stamp: letters, with inner or final full stops ("a.m.", "Apr.")
STAMP_WORD_RE = regex.compile(r"\p{L}+(?:\.\p{L}+)*\.?")
#: the end of a statement: a full stop (maybe an ellipsis), then closing quotes or brackets
#: (a linked headline may end in "?" or "!", not in a full stop)
STATEMENT_FINAL_RE = regex.compile(r"[.…][\"”’')]*\s*$")
#: what may stand between the words of a time stamp: numbers, dates' and times' signs, a
#: zone's offset ("GMT+9"), separators and emphasis
STAMP_REST_RE = regex.compile(r"[\s0-9:.,/|·•()\[\]+\-–—*_]*")


def _alt(phrases) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))


@cache
def _phrases() -> dict[str, tuple[str, ...]]:
    """kind -> its phrases ("both" counts as "line" and as "lead")."""
    out: dict[str, list[str]] = {}
    for phrase, kind in lexicon.mapping("en_page_chrome", "phrase", "kind").items():
        for k in (("line", "lead") if kind == "both" else (kind,)):
            out.setdefault(k, []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _line_res() -> tuple[regex.Pattern, regex.Pattern]:
    """A line that is only a phrase (or a link whose text is one); a lead and its headline."""
    p = _phrases()
    line, lead = "(?i:" + _alt(p["line"]) + ")", "(?i:" + _alt(p["lead"]) + ")"
    link = r"\[" + line + r"\]\([^)\s]*\)"
    line_re = regex.compile(r"^\s*(?:[*_#>]+\s*)*(?:" + line + "|" + link + r")\s*[:.!…»›>]*\s*[*_]*\s*$")
    lead_re = regex.compile(r"^\s*(?P<bullet>[-*•]\s+)?(?:[*_]+\s*)*"
                            r"(?P<lead>" + lead + r")(?P<sep>\s*[:：|»›>\-–—]\s*|\s+)"
                            r"(?:[*_]+\s*)*(?=[\p{Lu}\p{N}\[\"“‘'])")
    return line_re, lead_re


@cache
def _short_res() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """The rules of a short line: start, notice, mark, field (see data/en_page_chrome.tsv)."""
    p = _phrases()
    # (a phrase that ends in a letter ends a word: "Subscribe", not "Subscribers"; "©2024" is one)
    start_re = regex.compile(_OPEN + "(?i:" + _alt(p["start"]) + r")(?!(?<=\p{L})[\p{L}\p{N}])")
    # a sentence of its own: at the line's start or after a stop, comma or bar; then the
    # line ends or another sentence starts
    notice_re = regex.compile(r"(?:" + _OPEN + r"|[.,;|·•]\s*)(?i:" + _alt(p["notice"]) + r")[.!]?[*_\])]*"
                              r"(?:\s*$|\s+(?=\p{Lu}))")
    mark_re = regex.compile(_OPEN + "(?i:" + _alt(p["mark"]) + r")\s*(?:©|\([cC]\)|(?:1[89]|20)[0-9]{2}(?![0-9]))")
    field_re = regex.compile(_OPEN + "(?P<label>(?i:" + _alt(p["field"]) + r"))[*_]*"
                             r"(?P<sep>\s*[:：|][*_]*\s*|\s+)(?P<rest>\S.*?)\s*$")
    return start_re, notice_re, mark_re, field_re


@cache
def _stamp_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(labels, zones, every word a stamp may hold), in lower case."""
    labels = {w.lower() for w in _phrases()["stamp"]}
    heads = frozenset(w.split()[-1] for w in labels) - lexicon.words("en_clock", list="joiner")
    zones = frozenset(w.lower() for w in lexicon.words("en_clock", list="zone"))
    words = {w for phrase in labels for w in phrase.split()} | {w.lower() for w in lexicon.words("en_clock")}
    words |= {w.lower() for w in lexicon.words("en_calendar", list="month") | lexicon.words("en_calendar", list="day")}
    return heads, zones, frozenset(words)


def is_time_stamp(line: str) -> bool:
    """A line of only a stamp's label, dates, clock times and time zones, with a number
    and a label, a clock time or a zone ("Updated 14:02 KST", "Published May 12, 2024 |
    Updated May 13, 2024", "May 12, 2024 9:00 a.m. JST"); not a date alone ("May 12")."""
    words = STAMP_WORD_RE.findall(line)
    if not words or len(words) > CHROME_MAX_WORDS or not any(c.isdigit() for c in line):
        return False
    if not STAMP_REST_RE.fullmatch(STAMP_WORD_RE.sub("", line)):
        return False
    heads, zones, known = _stamp_words()
    lower = [w.lower() for w in words]
    if not all(w in known or w.rstrip(".") in known for w in lower):
        return False
    return bool(CLOCK_TIME_RE.search(line)) or any(w in heads or w in zones for w in lower)


def is_furniture(line: str) -> bool:
    """A short line that is chrome whatever its words: a call to subscribe, a copyright
    notice, a list of tags, a time stamp."""
    if len(WORD_RE.findall(line)) > CHROME_MAX_WORDS:
        return False
    start_re, notice_re, mark_re, field_re = _short_res()
    if start_re.match(line) or notice_re.search(line) or mark_re.match(line) or is_time_stamp(line):
        return True
    m = field_re.match(line)
    if m is None or (not m["sep"].strip() and len(m["label"].split()) < 2):
        return False      # "Tags on the crates …", not "Tags: …" (a label of two words needs no colon)
    rest = m["rest"].rstrip("*_ ")
    return bool(rest) and not SENTENCE_FINAL.search(rest) and not regex.search(r"[.!?]\s+\p{Lu}", rest)


#: what stands between the sections of a section label ("WORLD NEWS | ASIA-PACIFIC",
#: "NEWS › POLITICS")
SECTION_SEP_RE = regex.compile(r"\s+[|›»>]\s+")
#: one section of such a label: words in capitals (with "&", an apostrophe, a hyphen, a stop)
SECTION_RE = regex.compile(r"\p{Lu}[\p{Lu}\p{M}&'’.\- ]*+")
#: a section has at most this many words
SECTION_MAX_WORDS = 3


def is_section_label(line: str) -> bool:
    """A line that names the page's section and subsection, in capitals, over a separator
    ("WORLD NEWS | ASIA-PACIFIC", "NEWS › POLITICS › DIPLOMACY"): two to four sections of at
    most SECTION_MAX_WORDS words, no number.  Not a table row ("| a | b |"), which opens
    with its separator, nor a line with a letter in lower case ("Presidential Office | Kantei")."""
    s = line.strip().strip("*_#").strip()
    parts = SECTION_SEP_RE.split(s)
    return 2 <= len(parts) <= 4 and all(SECTION_RE.fullmatch(p.strip()) and
                                       len(WORD_RE.findall(p)) <= SECTION_MAX_WORDS for p in parts)


def classify_chrome(lines: list[str], kinds: list, spans: dict[int, tuple[int, int]]) -> None:
    """Page furniture among the lines not classified yet: a line that is only "Share",
    "Advertisement" or a link "[Original Article](…)", a short line that `is_furniture` and
    a section label (`is_section_label`) are skipped; "Related Story <headline>", "Read
    more: <headline>" or "MORE: <headline>" is the headline of another page, a heading
    holding only the headline -- on a line of its own, and after a lead of one word only
    with a separator ("Watch: …", not "Watch Party at …"), also as a list item ("- Factbox:
    …", a list of links); a headline may ask ("Related: Explainer — what is the Tarvik Bank
    dispute?"), one that ends in a full stop is a sentence.  A headline in title case is
    skipped whole ("RELATED: Valmora, Ostrin Hold First Talks in Five Years"): its capitals
    say nothing of its names, which the article names in its own text."""
    _running_heads(lines, kinds)
    line_re, lead_re = _line_res()
    for j, ln in enumerate(lines):
        if kinds[j] is not None or not ln.strip() or len(ln) > 300:
            continue
        if line_re.match(ln) or is_furniture(ln) or is_section_label(ln):
            kinds[j] = "skip"
            continue
        m = lead_re.match(ln)
        if m is None or not (len(m.group("lead").split()) > 1 or m.group("sep").strip()):
            continue
        if _alone(lines, j) or (":" in m.group("sep") and (_own_paragraph(lines, j) or m.group("bullet"))):
            rest = ln[m.end():].rstrip()
            if rest and not STATEMENT_FINAL_RE.search(rest):
                if title_cased(rest):
                    kinds[j] = "skip"
                else:
                    kinds[j], spans[j] = "heading", (m.end(), len(rest) + m.end())


#: a line repeated this many times or more, word for word, is a page's running head or foot
RUNNING_HEAD_REPEATS = 3
#: ... when it has at least this many words (a short label repeats as a table's cells do)
RUNNING_HEAD_WORDS = 3


def _running_heads(lines: list[str], kinds: list) -> None:
    """A page's running head or foot, as a PDF's text copy repeats it on every page
    ("Valmora Review 2021 - Key Issues - Ostrin Institute"): a line of three words or more
    that ends no sentence and stands word for word three times or more; the first stays
    (it may be the title), the repeats are skipped -- they are no part of the paragraphs
    they fall between."""
    seen: dict[str, list[int]] = {}
    for j, ln in enumerate(lines):
        if kinds[j] is None and len(ln) <= 300:
            key = " ".join(ln.split())
            if len(key.split()) >= RUNNING_HEAD_WORDS and not SENTENCE_FINAL.search(key):
                seen.setdefault(key, []).append(j)
    for where in seen.values():
        if len(where) >= RUNNING_HEAD_REPEATS:
            for j in where[1:]:
                kinds[j] = "skip"


@cache
def _small_title_words() -> frozenset[str]:
    return lexicon.words("en_function_words", list="title_small_word") | \
        lexicon.words("en_function_words", list="name_connector")


def title_cased(headline: str) -> bool:
    """Every word of `headline` but the small ones ("in", "of", "the") starts with a capital
    or a digit, two words at least ("Japan, Valmora Hold First Talks in Five Years",
    "Explainer — Why Ostrin Fishes"); not a headline in sentence case ("Ostrin Fisheries
    Agency to review quotas"), whose capitals mark its names."""
    words = [w for w in WORD_RE.findall(headline) if w.lower() not in _small_title_words()]
    return len(words) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in words)


#: a line wholly in round brackets: a remark of its own ("(Translated by the desk)")
BRACKETED_LINE_RE = regex.compile(r"^\s*\([^()]*\)\s*$")


def _headline_lead(line: str) -> bool:
    """The line is a lead and a separator with a colon, then another page's headline."""
    m = _line_res()[1].match(line)
    return m is not None and ":" in m.group("sep")


def _alone(lines: list[str], j: int) -> bool:
    """Line j stands between blank lines (or the text's ends)."""
    return (j == 0 or not lines[j - 1].strip()) and (j + 1 == len(lines) or not lines[j + 1].strip())


def _own_paragraph(lines: list[str], j: int) -> bool:
    """Line j is a paragraph of its own in a text of one paragraph a line: the line before
    it ends a sentence (or is blank) and the line after it does not go on its sentence."""
    prev = lines[j - 1] if j else ""
    # (a line the line before ends: a sentence, a remark wholly in brackets "(Translated by
    # …)", or another page's headline after its lead: "Previous Article: …" / "Next Article: …")
    before = j == 0 or not prev.strip() or bool(SENTENCE_FINAL.search(prev) or BRACKETED_LINE_RE.match(prev)
                                                 or _headline_lead(prev))
    after = j + 1 == len(lines) or not lines[j + 1].strip() or not CONTINUATION_RE.match(lines[j + 1])
    return before and after
