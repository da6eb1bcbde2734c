"""English entity extraction from a parsed Document (rule-based, no statistical model).

    extract_english(doc) -> list[Candidate]

How it works, per segment (body lines, headings, notes, trailer):

1. URLs are blanked; acronym definitions are found (`acronyms`), both orders.
2. Quoted phrases: in the body a short title-case quote is a name (its category from its
   head noun or the noun before it: exercises "Freedom X"); in a note an English quote is
   a cited title: a `title` entry, or the agreement/event/institution it names
   ("Signing of the X Agreement", "X Summit Meeting").
3. Capitalised spans: runs of capitalised words, joined over "of (the)", "for", "on",
   "and" when the words around make one name ("Ministry of Economy, Trade and Industry",
   "Status of Forces Agreements").  Each span is classified: country,
   person with a title (the title is stripped: "Prime Minister X Y" -> "X Y"), name with
   a head noun, acronym, publication site, geographic name, or an unknown name (a person
   when it looks like one, a place after "in/to/at", or only a reference to something
   already known).  A sentence-initial word, a month or a day is not a name by itself.
4. Lower-case heads after capitalised words make compound names ("X summit",
   "DPJ leadership election", "Y administration"); "so-called x y incident" and
   "the vice-ministerial x dialogue" catch lower-case event names.  Lower-case terms are
   names only with a strong cue: **bold**, quotes after a determiner ('a "x y"'), a
   defined acronym after them ("x y z (XYZ)"), a number or year ("the 12th x election",
   "the 2011 agreement on the x issue").  Common acronyms (ICBM, GDP, DNA) are no terms;
   a body line that is a headline is read like a heading.

Then the forms are grouped (`aliases`): equal group keys, acronym definitions, surnames
and "Title Surname" to the one full name that has them, "X summit at P" = "P summit",
"Ministry of X" = "Ministry of X of Country", "A's Strategy" = "Strategy", "(the Y)"
after a name, 'X, the "Y"', the end of exactly one longer name ("the Promotion Act").  A
form seen only where any word is capitalised (headings, cited titles,
sentence starts) joins a known concept but never makes a new one unless it has a cue.
"""
from __future__ import annotations

import bisect
import gc
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..documents import Document, Segment
from ..model import Category, Role
from ..text.lexicon import mapping, ordered, words
from ..text.normalize import key as _normalize_key
from .acronyms import find_acronyms, find_lower_definitions
from .aliases import COUNTRY_NAME, UnionFind, group_key, name_tokens, person_index
from .candidates import Candidate, Form, Mention
from .credits import credited_people
from .families import disabled
from .general import zipf as general_zipf
from .salience import Salience, phrase_pattern
from .scan import match_near
from .categories import NAME_CONNECTORS, category_of_head, head_of, is_geographic
from .vocab import (ABBREVIATIONS, COMMON_ACRONYMS, COUNTRIES, DAYS, DEMONYMS, FAMILY_NAMES, GENERIC_GEO,
                    GEO_WORDS, GOVERNMENT_HEADS, HEAD_CATEGORY,
                    LOWER_HEAD_CATEGORY, MONTHS, NEWS_DOMAINS, NOT_MODIFIERS, NUMBERED_HEADS, OF_TAKERS,
                    REPORT_HEADS,
                    PLACE_CUES, PLACE_PLURAL_HEADS, STOPWORDS, TITLE_ENDS, TITLE_HEADS,
                    TITLE_PREFIXES, TITLE_WORDS, VESSEL_PREFIXES, VESSEL_SUFFIXES)

# ---------------------------------------------------------------------------- regexes
# URLs and e-mail addresses: blanked (same length) before anything else.
URL = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
# A Pandoc citation key ("[@kitada_2005, p. 3]", "[-@smith2001]", "@doe99 says"): markup,
# not words (its lower-case author name would otherwise count as a common word).
PANDOC_CITATION = regex.compile(r"(?<![\p{L}\p{N}_.@])-?@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*(?<![.:])")
# An HTML tag with its attributes ("<td width=...>", "</sup>"): markup, blanked.
HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,400})?/?>|<!--.*?-->")
# URL without its e-mail branch, for a text without "@" (where that branch cannot match and
# costs the most: it tries every run of non-spaces).
_URL_ONLY = regex.compile(r"(?:https?://|www\.)\S+")

# Abbreviations of titles and company forms kept with their period ("Dr.", "Inc.").
TITLE_ABBREVIATIONS = ordered("en_abbreviations", list="token")

# One token.  `site`: a news site written as a domain ("Politico.com"); `word`: letters and
# digits with inner hyphens, each part a word or a dotted abbreviation, a hyphen may be
# followed by one space before a capital ("Japan- U.S.-ROK"); an en dash joins like a
# hyphen when a capital follows ("US–Japan", not "2021–2025"); a part may hold an inner
# apostrophe ("Xi'an", "O'Brien", not the possessive "Japan's"), a "+number" ("ASEAN+3",
# "2+2"), or be a short version number ("2.0"); `poss`: possessive 's; `punct`: any other
# visible character.
_SITE = r"(?P<site>\p{Lu}[\p{L}\p{N}]*\.(?:" + "|".join(regex.escape(d) for d in NEWS_DOMAINS) + r")(?![\p{L}\p{N}]))"
# One part of a word token: a dotted abbreviation, a short version number, or letters and
# digits with an optional inner apostrophe + letters and an optional "+digits".
_WORD_PART = (r"(?:(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[+'’.](?:(?<=['’])(?!s(?!\p{L}))\p{L}+|(?<=\+)\p{N}+"
              r"|(?<=(?<![\p{L}\p{N}.])\p{N}{1,2}\.)\p{N}{1,2}(?![\p{N}.])))?)")
_NOT_SITE = (
    r"(?P<word>(?:" + "|".join(regex.escape(a) for a in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True)) + r")(?=\s)"
    r"|" + _WORD_PART + r"(?:(?:[-‐‑](?:\s(?=\p{Lu}))?|–(?=\p{Lu}))" + _WORD_PART + r")*)"
    r"|(?P<poss>['’‘]s(?![\p{L}]))"
    r"|(?P<punct>\S)")
TOKEN = regex.compile(_SITE + "|" + _NOT_SITE)
# TOKEN without its `site` branch, for a text where no ".domain" occurs (the branch cannot
# match there, and trying it at every capital costs a scan of the word).
_TOKEN_NO_SITE = regex.compile(_NOT_SITE)
_SITE_HINT = regex.compile(r"\.(?:" + "|".join(regex.escape(d) for d in NEWS_DOMAINS) + r")(?![\p{L}\p{N}])")

# The tokenizer as run: TOKEN (and _SITE_HINT) in stdlib `re` over a stand-in of the text
# in which every character outside ASCII is replaced by one ASCII character of the same
# class for these patterns (upper-case letter "X", other letter "z", number "0", white
# space " ", anything else "~"; the apostrophes and dashes the patterns name stay as they
# are).  The text keeps its length, so the spans are those of TOKEN over the text itself,
# and the token texts are cut from the text; the classes are decided by `regex` itself,
# so \p{Lu}, \p{L}, \p{N} and \s mean exactly what they mean in TOKEN.  Several times
# faster than `regex` with Unicode properties.  (The stand-ins occur in no literal of the
# patterns: no title abbreviation or news domain holds "X", "z", "0" or "~".)
_A_LU, _A_L, _A_N = "A-Z", "A-Za-z", "0-9"
_A_SITE = (r"(?P<site>[" + _A_LU + r"][" + _A_L + _A_N + r"]*\.(?:" + "|".join(re.escape(d) for d in NEWS_DOMAINS)
           + r")(?![" + _A_L + _A_N + r"]))")
# (the look-behind over "1 or 2 digits and a full stop" is spelled as two fixed-width ones)
_A_WORD_PART = (r"(?:(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:[+'’.](?:(?<=['’])(?!s(?![A-Za-z]))[A-Za-z]+|(?<=\+)[0-9]+"
                r"|(?:(?<=(?<![A-Za-z0-9.])[0-9]\.)|(?<=(?<![A-Za-z0-9.])[0-9][0-9]\.))[0-9]{1,2}(?![0-9.])))?)")
_A_NOT_SITE = (
    r"(?P<word>(?:" + "|".join(re.escape(a) for a in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True)) + r")(?=\s)"
    r"|" + _A_WORD_PART + r"(?:(?:[-‐‑](?:\s(?=[A-Z]))?|–(?=[A-Z]))" + _A_WORD_PART + r")*)"
    r"|(?P<poss>['’‘]s(?![A-Za-z]))"
    r"|(?P<punct>\S)")
_A_TOKEN = re.compile(_A_SITE + "|" + _A_NOT_SITE, re.ASCII)
_A_TOKEN_NO_SITE = re.compile(_A_NOT_SITE, re.ASCII)
_A_SITE_HINT = re.compile(r"\.(?:" + "|".join(re.escape(d) for d in NEWS_DOMAINS) + r")(?![A-Za-z0-9])", re.ASCII)
_KEEP = frozenset("’‘‐‑–")
_P_LU, _P_L, _P_N, _P_S = (regex.compile(x) for x in (r"\p{Lu}", r"\p{L}", r"\p{N}", r"\s"))


class _StandIn(dict):
    """str.translate table: a character outside ASCII -> its ASCII stand-in (filled lazily)."""

    def __missing__(self, o: int) -> str:
        ch = chr(o)
        if o < 128 or ch in _KEEP:
            v = ch
        elif _P_LU.match(ch):
            v = "X"
        elif _P_L.match(ch):
            v = "z"
        elif _P_N.match(ch):
            v = "0"
        elif _P_S.match(ch):
            v = " "
        else:
            v = "~"
        self[o] = v
        return v


_STAND_IN = _StandIn()

# A form ending in a dotted abbreviation keeps its period: "U.S.", "Samsung Co.".
DOTTED_END = regex.compile(r"(?:\b\p{Lu}\.){2,}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$")

# A dotted abbreviation: "U.S.", "U.N.".
DOTTED_ABBREVIATION = regex.compile(r"(?:\p{Lu}\.)+")
# Any CJK character: a quote holding one is left to the CJK extractor.
CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A leading ordinal in a cited title: "The 3rd ...".
LEADING_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)\s+")
# A hyphen between two names ("US-China", "SPD-FDP"), not inside a word
# ("Moo-hyun", "multi-domain").
NAME_HYPHEN = regex.compile(r"[-‐‑–]\s?(?=\p{Lu})")
# Any hyphen (with an optional space after it).
ANY_HYPHEN = regex.compile(r"[-‐‑–]\s?")
# " of (the) " before a possible country complement: "Ministry of Commerce| of the |People's
# Republic of China".
OF_COUNTRY = regex.compile(r"\s+of\s+(?:the\s+)?")
# A possessive between an owner and a name: "France's National Defence Strategy".
POSSESSIVE_SPLIT = regex.compile(r"['’]s\s+")

# A sentence end: ., ! or ? (optionally a closing quote/bracket) then space or line end.
SENTENCE_END = regex.compile(r"[.!?][”’\"')\]]*(?=\s|$)")

# Markdown inline markup, blanked (same length, so columns stay) before tokenising:
# **bold**, __bold__, *italic*, _italic_ (an asterisk/underscore at a word edge), `code`.
MD_MARKUP = regex.compile(r"\*\*|__|`+|(?<![\p{L}\p{N}])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\p{L}\p{N}])")
# A Markdown link [text](url): the text stays in place, the brackets and the URL are blanked.
MD_LINK = regex.compile(r"\[(?P<t>[^\]\n^]{1,200})\]\([^)\s]{1,500}\)")
# Markdown italics *Title* / _Title_ (not bold): a publication's name in a citation.
# Markdown **bold**: key terms ("**forward basing**").
MD_BOLD = regex.compile(r"\*\*(?P<t>[^*\n]{2,80}?)\*\*")
# Words right before a quoted lower-case term ('a "x y"', 'the "x y" doctrine', 'for "x y"').
QUOTED_TERM_BEFORE = words("en_function_words", list="quoted_term_before")
# Words before that determiner that make the quote a description ('described as a "x y"').
PREDICATIVE = words("en_function_words", list="predicative")
# A lower-case term: two to four lower-case words ("balanced engagement", "three no principles").
LOWER_CONCEPT = regex.compile(r"^\p{Ll}[\p{Ll}\-]+(?: \p{Ll}[\p{Ll}\-]*){1,3}$")
MD_ITALIC = regex.compile(r"(?<![*\p{L}\p{N}])([*_])(?![*_\s])(?P<t>[^*_\n]{2,100}?)(?<!\s)\1(?![*_\p{L}\p{N}])")

# Quoted phrases: “...”, "..." (one line).
QUOTE = regex.compile(r"“(?P<q>[^“”\n]{1,400})”|\"(?P<q2>[^\"\n]{1,400})\"")

# A publisher in a book citation: "(Tokyo: Publisher, 2024)".
PUBLISHER = regex.compile(
    r"\(\s*(?P<city>\p{Lu}[\p{L}\- ]{1,40}?)\s*:\s*(?P<pub>\p{Lu}[\p{L}\p{N}&.,' \-]{1,60}?)\s*,\s*(?:1[89]|20)\d\d\s*\)")

# Lower-case heads that make a named event after a demonym and a modifier.
DEMONYM_EVENT_HEADS = words("en_lower_heads", list="demonym_event")

# Spelled ordinals: "the Ninth Trilateral Summit" names the series "Trilateral Summit".
ORDINAL_WORDS = words("en_function_words", list="ordinal")
# Heads of names an ordinal belongs to (the Second World War is not one of a series of
# "World Wars" the way "the Ninth X Summit" is one of the "X Summit" meetings).
ORDINAL_NAMED_HEADS = words("en_heads", list="ordinal_named")
# An ordinal number: "214th", "3rd".
ORDINAL = regex.compile(r"^\d+(?:st|nd|rd|th)$")

def _alt(name: str, lst: str) -> str:
    """A regex alternation of the words of one list of `data/NAME.tsv`, in file order."""
    return "|".join(regex.escape(w) for w in ordered(name, list=lst))


# A lower-case verb in the past tense ("dissolved", "said"), after a subject.
PAST_VERB = regex.compile(r"^\p{Ll}+ed$|^(?:" + _alt("en_function_words", "past_irregular") + r")$")
# A gerund or adverb heading a title-case line ("Expanding ...", "Rapidly ...").
VERBISH = regex.compile(r"^\p{Lu}\p{Ll}+(?:ing|ly|ed)$")

# "so-called x y incident": a lower-case name introduced by "so-called".
SO_CALLED = regex.compile(
    r"\bso-called\s+(?P<name>(?:[\p{Ll}\p{N}][\p{Ll}\p{N}\-]*\s+){0,3}?(?P<head>"
    + _alt("en_lower_heads", "so_called") + r"))\b")

# "the vice-ministerial economic dialogue": a lower-case meeting name with a hyphenated
# modifier (high-level, vice-ministerial, two-plus-two).
LOWER_MEETING = regex.compile(
    r"\b[Tt]he\s+(?P<name>(?:[\p{Ll}]+\s+)?[\p{Ll}]+-[\p{Ll}\-]+\s+(?:[\p{Ll}]+\s+)?"
    r"(?P<head>" + _alt("en_lower_heads", "lower_meeting") + r"))\b")

# "the 12th gubernatorial election", "the 20th party congress": a numbered lower-case event.
LOWER_ORDINAL_EVENT = regex.compile(
    r"\b[Tt]he\s+(?P<name>\d+(?:st|nd|rd|th)\s+(?:[\p{Ll}\-]+\s+){0,2}"
    r"(?P<head>" + _alt("en_lower_heads", "lower_ordinal_event") + r"))\b")

# "the 2015 agreement on the x y issue": an agreement named by its year and its subject.
YEAR_AGREEMENT = regex.compile(
    r"\b[Tt]he\s+(?P<name>(?:19|20)\d\d\s+(?P<head>" + _alt("en_lower_heads", "year_agreement") + r")"
    r"\s+on\s+the\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+)(?=\s*[,.;:)]|\s+(?:"
    + _alt("en_function_words", "clause_after_name") + r")\b)")

# "the trilateral foreign ministers' meeting": a recurring meeting of office holders,
# named by its format (trilateral, bilateral, ...) and who meets.
LOWER_MINISTERS = regex.compile(
    r"\bthe\s+(?P<name>(?:" + _alt("en_lower_heads", "ministers_format") + r")\s+(?:[\p{Ll}]+\s+)?"
    r"(?:" + _alt("en_lower_heads", "ministers_who") + r")['’]\s+(?P<head>" + _alt("en_lower_heads", "ministers_meeting")
    + r"))\b")

# "so-called nationalization of the X Islands": a lower-case action on a named thing.
SO_CALLED_OF = regex.compile(
    r"\bso-called\s+(?P<name>[\p{Ll}][\p{Ll}\-]+\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})")

# A chain of two or more countries before the rest of a name: "Japan-U.S.-ROK Trilateral X".
COUNTRY_CHAIN = regex.compile(
    r"^(?:" + COUNTRY_NAME.pattern + r")(?:[-‐‑–]\s?(?:" + COUNTRY_NAME.pattern + r"))+\s+(?P<rest>\S.*)$")

# The end of a cited title before its source: ',"' / '",' / "”," (note text).
CITED_SOURCE_BEFORE = regex.compile(r"(?:[,.]\s*[”\"]|[”\"]\s*,)$")

# "(the Y)" right after a name: Y is another name of it.
# A quoted appositive right after a name: 'the X Committee, the "Y"', ', known as "Y"'.
APPOSITIVE_QUOTE = regex.compile(
    r",\s+(?:the\s+|or\s+|(?:also\s+)?(?:known\s+as|called|dubbed)\s+(?:the\s+)?)[“\"](?P<alias>[^“”\"\n]{2,60})[”\"]")
PAREN_ALIAS = regex.compile(r"\s*\(\s*(?:the\s+)?(?P<alias>[\p{Lu}\p{N}][^()\n]{2,80}?)\s*\)")

# A name in parentheses after a name, in another language or romanised: capitalised words,
# short lower-case particles between them ("Nippon Ishin no Kai", "Shisuikai"); not an
# acronym (those are definitions), a year or a date.
NATIVE_NAME = regex.compile(r"^\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}\p{Ll}+){0,4}$")
# The categories whose names may have such a parenthesised other name.
# Kinds of names whose longer forms keep their kind ("Nordic Iron Gate" after "Iron Gate exercise").
_SERIES_KINDS = frozenset({Category.EVENT, Category.POLICY, Category.AGREEMENT})
_NAMED_KINDS = (Category.INSTITUTION, Category.POLICY, Category.AGREEMENT, Category.EVENT)

# After a quoted name: up to two lower-case modifiers and a lower-case head noun
# ('"Blue Sky" trade talks').
QUOTED_HEAD = regex.compile(
    r"[ \t]+(?:[\p{Ll}][\p{Ll}\-]*[ \t]+){0,2}?(?P<head>" + "|".join(sorted(LOWER_HEAD_CATEGORY, key=len, reverse=True))
    + r")\b")

# Nouns before a quoted name that give its category: exercises "X", a doctrine called "Y".
QUOTE_CUES: dict[str, Category] = {w: Category(c) for w, c in mapping("en_lower_heads", "word", "category", list="quote_cue").items()}

# Labels before a colon in a headline that are not a name: "Opinion: ...".
# Lower-case words a quoted title-case name may contain after its first word ("Toward
# the Making of an X", "Back to the Y").
TITLE_SMALL_WORDS = words("en_function_words", list="title_small_word")
# First words of a quoted title that make it a paper's title, not a name of a thing.
TITLE_OPENERS = words("en_function_words", list="title_opener")
HEADLINE_LABELS = words("en_function_words", list="headline_label")

_STRENGTH_CONF = {3: 0.9, 2: 0.7, 1: 0.5}
#: `single-names`: below this Zipf frequency a capitalised word is a name even once
#: (surnames and coined names: "Katayama" 1.9, "McLuhan" 2.3; "wired" 3.8, "court" 5.0)
RARE_ZIPF = 3.0
#: ... and below this one when the article capitalises it twice and never writes it in
#: lower case ("Twitter" 4.8, "Google" 4.9; "government" 5.6, "today" 5.6)
COMMON_ZIPF = 5.0
#: verbs that introduce what a person says or argues ("X argues", "X's analysis shows")
REPORTING_VERBS = words("en_reporting_verbs")
#: lower-case words a cited title naming a thing may contain ("Agreement between X and Y")
CITED_TITLE_CONNECTORS = words("en_function_words", list="cited_title_connector")
#: occupations written before a name as a title ("Journalist Eric Johnston")
ROLE_NOUNS = words("en_role_nouns")


# The matching key of a form (normalize.key), memoised: forms recur within and across articles.
match_key = lru_cache(maxsize=65536)(_normalize_key)


# ------------------------------------------------------------------------ data types
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


class _Tok:
    """One token of a segment; `cap`: starts a name (capitalised word or ordinal)."""

    __slots__ = ("kind", "text", "start", "end", "cap")

    def __init__(self, m, line: str) -> None:
        """The token matched by `m` (a match of the tokenizer over `line` or its stand-in)."""
        self.kind = kind = m.lastgroup
        self.start, self.end = start, end = m.span()
        self.text = text = line[start:end]
        if kind == "word" or kind == "site":
            c = text[0]
            self.cap = c.isupper() or (c.isdigit() and text[-2:] in _ORDINAL_ENDS and ORDINAL.match(text) is not None)
        else:
            self.cap = False


def _tokens(token, line: str, ascii_text: str, lower: list[str]) -> list[_Tok]:
    """The tokens `token` (a tokenizer pattern) finds in `ascii_text`, the stand-in of
    `line`: _Tok(m, line) for each match, made without the call of __init__ (the
    commonest object of all).  The words that start with a lower-case letter are
    appended to `lower`, in lower case."""
    out: list[_Tok] = []
    append = out.append
    new = object.__new__
    ordinal = ORDINAL.match
    for m in token.finditer(ascii_text):
        t = new(_Tok)
        t.kind = kind = m.lastgroup
        t.start, t.end = start, end = m.span()
        t.text = text = line[start:end]
        if kind == "word" or kind == "site":
            c = text[0]
            if c.isupper():
                t.cap = True
            elif c.isdigit():
                t.cap = text[-2:] in _ORDINAL_ENDS and ordinal(text) is not None
            else:
                t.cap = False
                if kind == "word" and c.islower():
                    lower.append(text.lower())
        else:
            t.cap = False
        append(t)
    return out


_NO_LINKS: tuple = ()
#: segment text (characters) whose tokens pass 1 keeps for pass 2: an ordinary article is
#: tokenised once; beyond this a large article's segments are tokenised again in pass 2,
#: so that its tokens (~30 bytes per character) are never all in memory at once
KEEP_PREPARED_CHARS = 1_000_000
#: how many characters next to a quote are looked at for the words around it
_NEAR = 200


class _Raw:
    """One occurrence of a form, with what the rules think of it.

    text, seg, start; category; strength: 3 strong cue, 2 context cue, 1 guess, 0
    reference only; kind: name | person | acronym | place | title | abbr | native;
    person_name: for kind person, the name without its title; links: texts of forms of
    the same concept; place_cue.  (A slotted class, not a dataclass: thousands are made
    per article.)"""

    __slots__ = ("text", "seg", "start", "category", "strength", "kind", "person_name", "links", "place_cue")

    def __init__(self, text: str, seg: Segment, start: int, category: Category | None, strength: int,
                 kind: str = "name", person_name: str = "", links: list[str] | None = None,
                 place_cue: bool = False) -> None:
        self.text = text
        self.seg = seg
        self.start = start
        self.category = category
        self.strength = strength
        self.kind = kind
        self.person_name = person_name
        self.links = _NO_LINKS if links is None else links   # (most have none: one shared tuple)
        self.place_cue = place_cue


@dataclass
class _SegCtx:
    seg: Segment
    text: str
    tokens: list[_Tok]
    sent_starts: list[int]
    title_ctx: bool
    italics: list[tuple[int, int]] = field(default_factory=list)   # Markdown *italic* spans
    bold: list[tuple[int, int]] = field(default_factory=list)      # Markdown **bold** spans
    lower: list[str] = field(default_factory=list)   # lower-case-initial words, lower-cased
    _ends: list[int] | None = None

    @property
    def ends(self) -> list[int]:
        """Token end offsets (ascending), for bisecting."""
        if self._ends is None:
            self._ends = [t.end for t in self.tokens]
        return self._ends


class _Para:
    """Consecutive lines of one hard-wrapped paragraph (or note) read as one segment, so
    that a name broken over a line end ("the Korean Council for Justice and\nRemembrance")
    is one span; `pieces` map offsets back to each line's (line, col)."""

    __slots__ = ("kind", "line", "col", "text", "footnote", "pieces", "offsets")

    def __init__(self, segs: list[Segment]) -> None:
        first = segs[0]
        self.kind, self.line, self.col, self.footnote = first.kind, first.line, first.col, first.footnote
        self.pieces: list[tuple[int, int, int]] = []
        parts: list[str] = []
        off = 0
        for sg in segs:
            self.pieces.append((off, sg.line, sg.col))
            parts.append(sg.text)
            off += len(sg.text) + 1
        self.text = " ".join(parts)
        self.offsets = [p[0] for p in self.pieces]

    def position(self, start: int) -> tuple[int, int]:
        off, line, col = self.pieces[bisect.bisect_right(self.offsets, start) - 1]
        return line, col + start - off


def _position(seg, start: int) -> tuple[int, int]:
    """(line, col) of offset `start` of a segment or a joined paragraph."""
    if type(seg) is _Para:
        return seg.position(start)
    return seg.line, seg.col + start


#: a line that ends a paragraph's sentence or is markup of its own (a table row, a list
#: item, a block quote) is not joined with the next one
_LINE_END = regex.compile(r"[.!?:;”\"')\]|*>]\s*$")
_LINE_START = regex.compile(r"^\s*(?:[-*+>|#]|\d+[.)]\s|<)")


def _wrap_width(segments) -> int:
    """The width a hard-wrapped text is wrapped at (the 90th percentile of its body and
    note line lengths), or 0 when its lines are too long to be wrapped (one per paragraph)."""
    lengths = sorted(len(sg.text) + sg.col - 1 for sg in segments if sg.kind in ("body", "note"))
    if len(lengths) < 5:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    return width if width <= MAX_WRAP_WIDTH else 0


#: lines longer than this are not hard-wrapped
MAX_WRAP_WIDTH = 120


def _paragraphs(segments) -> list:
    """The segments, with the lines of a hard-wrapped paragraph or note joined (`_Para`):
    a line joins the next when the text is wrapped, the line is full (at least 60 % of
    the wrap width) or the next one goes on in lower case, and neither is markup of its own."""
    segments = list(segments)
    width = _wrap_width(segments)
    if not width:
        return segments
    out: list = []
    run: list[Segment] = []
    for seg in segments:
        if run and (seg.kind != run[-1].kind or seg.kind not in ("body", "note") or seg.line != run[-1].line + 1
                    or seg.footnote != run[-1].footnote or _LINE_END.search(run[-1].text)
                    or _LINE_START.match(seg.text) or _LINE_START.match(run[0].text)
                    or not (len(run[-1].text) + run[-1].col - 1 >= 0.6 * width or seg.text.lstrip()[:1].islower())):
            out.append(run[0] if len(run) == 1 else _Para(run))
            run = []
        run.append(seg)
    if run:
        out.append(run[0] if len(run) == 1 else _Para(run))
    return out


def _blank(m) -> str:
    return " " * len(m.group())


def _last_word(text: str, end: int) -> str:
    """The last white-space-separated word of text[:end] ("" when there is none), as
    `text[:end].rsplit(None, 1)[-1]` gives it, without splitting the whole prefix."""
    a = max(0, end - 64)
    while True:
        parts = text[a:end].rsplit(None, 1)
        if len(parts) == 2 or a == 0:
            return parts[-1] if parts else ""
        a = max(0, a - 256)


@lru_cache(maxsize=16384)
def _country_names(text: str) -> tuple[tuple[str, int], ...]:
    """COUNTRY_NAME matches in a span's text: (name, start)."""
    return tuple((m.group(), m.start()) for m in COUNTRY_NAME.finditer(text))


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "‐" in text or "‑" in text


def _hyphen_split(rx, text: str) -> list[str]:
    """rx.split(text) for a pattern that starts with a hyphen (NAME_HYPHEN, ANY_HYPHEN):
    without a hyphen in the text there is nothing to split."""
    if "-" in text or "–" in text or "‐" in text or "‑" in text:
        return rx.split(text)
    return [text]


# A number that can end a name: "301", "2030", "2.0" (see NUMBERED_HEADS).
NAME_NUMBER = regex.compile(r"^\p{N}+(?:\.\p{N}+)?$")


# A headline's words: "Energy Transition Policy: From the Grid Act to Statnett" (a body line that
# is a title: short, no closing punctuation, every longer word capitalised).
HEADLINE_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]{3,}")


def _headline_like(text: str) -> bool:
    t = text.rstrip()
    if not t or t[-1] in ".!?;,\"”)" or len(t.split()) > 16:
        return False
    words = HEADLINE_WORD.findall(t)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


# An East Asian personal name with a hyphenated given name: "Choi Min-jun", "Lee Ha-eun".
HYPHEN_GIVEN_NAME = regex.compile(r"^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}+-\p{Ll}+$")


def _person_shape(words: list[str]) -> bool:
    """Two or three words that look like a person's name: a hyphenated given name, or a
    common East Asian family name first or last ("Choi Min-jun", "Kim Min Su", "Akiko Sato")."""
    if not 2 <= len(words) <= 3:
        return False
    if HYPHEN_GIVEN_NAME.match(" ".join(words)):
        return True
    return (words[0] in FAMILY_NAMES or words[-1] in FAMILY_NAMES) and \
        all(w[:1].isupper() and w[1:].islower() and w not in COUNTRIES for w in words)


def _head_title(w: str) -> str:
    """An all-capital head word in its title case ("VISION" -> "Vision"), else w."""
    return w.title() if len(w) > 3 and w.isupper() else w


# An acronym and a lower-case word right after it ("AB widgets"): mixed-case name candidates.
# (stdlib `re`, ASCII; the one look-behind anchors the match at the start of a capital run,
# so a long run without spaces is not rescanned from every position — that was quadratic;
# the other word edges are checked on the few matches.)
ACRONYM_LOWER = re.compile(r"(?<![A-Z0-9])([A-Z][A-Z0-9]+) ([a-z]+)")

# A time prefix glued to a title: "Then-Finance Minister", "Ex-President", "Former-".
TIME_PREFIX = regex.compile(r"^(?:then|ex|former)-", regex.I)


@lru_cache(maxsize=16384)
def _title_part(w: str, vocab: frozenset[str]) -> bool:
    """A title word of `vocab`, also with a time prefix ("Then-Finance") or as a hyphenated
    compound of title words ("Secretary-General", "Vice-Chairman")."""
    if w in vocab:
        return True
    if "-" not in w:
        return False
    m = TIME_PREFIX.match(w)
    if m:
        return _title_part(w[m.end():], vocab)
    parts = w.split("-")
    return parts[-1] in vocab and all(p in TITLE_WORDS for p in parts)


# Lower-case nouns that, right before a one-word name or in an appositive after it, say
# what it names: "coalition partner X", "the faction, the Y", "Z, a populist party".
CLASS_NOUNS: dict[str, Category] = {w: Category(c) for w, c in mapping("en_lower_heads", "word", "category", list="class_noun").items()}
# Participles after "X," that make X an organisation: "X, founded in 2022 by ...".
FOUNDED_WORDS = words("en_function_words", list="founded")
# One-word names of a country's parliament: a name even alone ("the Diet").
SOLE_INSTITUTIONS = words("en_heads", list="sole_institution")

# The gaps `_Extractor._joinable` joins two capitalised runs over.
_JOIN_GAPS = (["of"], ["of", "the"], ["of", "a"], ["of", "an"], ["for"], ["on"], ["for", "the"], ["for", "a"],
              ["on", "the"], ["and"], ["&"], [","], ["to"], ["the"])
# "of"-gaps: "Ministry of X", "Session of the Y", "Creation of a New Z".
_OF_GAPS = (["of"], ["of", "the"], ["of", "a"], ["of", "an"])
# The first words of the one- and two-token gaps in _JOIN_GAPS.
_JOIN_FIRST1 = frozenset(gp[0] for gp in _JOIN_GAPS if len(gp) == 1)
_JOIN_FIRST2 = frozenset(gp[0] for gp in _JOIN_GAPS if len(gp) == 2)
# Words before a capitalised run that mark it as a common-noun name, never a person's
# name: "the Master Design and Action Plan" (not "Tanaka and Action Plan").
_DETERMINERS = words("en_function_words", list="determiner")
# Heads whose names go on with "for"/"on" + a complement: "Plan for a New X", "Act on
# Semiconductors", "Council for Y", "Consultation on Maritime Affairs".
_FOR_ON_HEADS = (Category.INSTITUTION, Category.EVENT, Category.POLICY, Category.AGREEMENT)


#: the longest title of a work taken from quotes or italics, in words
MAX_TITLE_WORDS = 30
#: what separates a title from its subtitle
SUBTITLE_BREAK = regex.compile(r"[:?!]$|^[-–—]$")


def _work_title(words: list[str]) -> bool:
    """Words that read as the title of a book, report or article: the main title (up to a
    colon, "?" or a dash) in title case, at least two words, small words ("in", "and",
    "the") allowed after the first; the subtitle after it free ("The Comfort Women:
    Sexual Violence and Postcolonial Memory in Korea and Japan")."""
    if not words or len(words) > MAX_TITLE_WORDS or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    main: list[str] = []
    for w in words:
        if SUBTITLE_BREAK.search(w) and not w[:1] in "-–—":
            main.append(w.rstrip(":?!"))
            break
        if SUBTITLE_BREAK.search(w):
            break
        main.append(w)
    if len(main) < 2:
        return False
    capitals = [w for w in main if w[:1].isupper() or w[:1].isdigit()]
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() or w.lower() in NAME_CONNECTORS
               or w.lower() in TITLE_SMALL_WORDS for w in main) and len(capitals) >= 2


@lru_cache(maxsize=65536)
def _is_acronym(w: str) -> bool:
    letters = [ch for ch in w if ch.isalpha()]
    return len(letters) >= 1 and len(w) >= 2 and all(ch.isupper() for ch in letters) and \
        (len(letters) >= 2 or any(ch.isdigit() for ch in w)) and "." not in w


# ----------------------------------------------------------------------- the scanner
class _Extractor:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.raws: list[_Raw] = []
        self.lower_vocab: set[str] = set()
        self.known: set[str] = set()        # group keys of names with a cue, so far
        self.brands: dict[str, str] = {}     # mixed-case names: lower-case word -> its acronym
        self._forms: dict[str, str] = {}     # the texts of raws, interned
        self._twice: dict[str, bool] = {}    # _occurs_twice, memoised
        self._cited = False                  # scanning inside a cited title that stays a title
        self._text: str | None = None        # the whole text (_doc_text)
        self.known_cat: dict[str, Category] = {}   # group key -> category of names with a cue
        self.known_last: set[str] = set()            # the last words of those names
        self.off = disabled()                          # rule families switched off
        self.lone_common: list[_Raw] = []             # one-word names of the "common" band
        self.salient = None                            # the article's key lower-case phrases

    # -- helpers -----------------------------------------------------------------
    def _doc_text(self) -> str:
        if self._text is None:
            self._text = "\n".join(seg.text for seg in self.doc.segments)
        return self._text

    def _occurs_twice(self, s: str) -> bool:
        """`s` occurs at least twice in the document's text (memoised: `str.count` over
        the whole text per quote made a long article quadratic)."""
        hit = self._twice.get(s)
        if hit is None:
            text = self._doc_text()
            i = text.find(s)
            hit = self._twice[s] = i >= 0 and text.find(s, i + len(s)) >= 0   # as count() > 1
        return hit

    def add(self, raw: _Raw) -> _Raw:
        t = " ".join(raw.text.split()).strip(" ,;:")
        if t.endswith(".") and not DOTTED_END.search(t):
            t = t[:-1]
        # one string per distinct form: a name mentioned 10,000 times is stored once
        forms = self._forms
        raw.text = t = forms.setdefault(t, t)
        if raw.person_name:
            raw.person_name = forms.setdefault(raw.person_name, raw.person_name)
        if raw.links:
            raw.links = [forms.setdefault(ln, ln) for ln in raw.links]
        if raw.text:
            self.raws.append(raw)
            if raw.strength >= 2:
                k = group_key(raw.text)
                self.known.add(k)
                if raw.category in _SERIES_KINDS and k not in self.known_cat:
                    self.known_cat[k] = raw.category
                    self.known_last.add(raw.text.rsplit(None, 1)[-1])
        return raw

    def run(self) -> list[Candidate]:
        # Two passes over the segments, each holding the tokens of ONE segment at a time
        # (tokens are the bulk of the memory: ~30 bytes per input byte if all were kept).
        # Pass 1: the lower-case vocabulary and the acronym pairs of the whole article.
        segs = _paragraphs(self.doc.segments)
        texts: list[str] = []       # the prepared texts (the segment's own string when unchanged)
        order = {"body": 0, "heading": 1, "note": 2, "trailer": 3}
        ranks: list[int] = []
        pairs: Counter[tuple[str, str]] = Counter()   # (acronym, lower-case word right after it)
        kept: dict[int, _SegCtx] = {}   # pass 1's preparations, while they are small
        kept_chars = 0
        salience = Salience(STOPWORDS) if "salience" not in self.off else None
        for i, seg in enumerate(segs):
            c = self._prepare(seg)
            if kept_chars + len(seg.text) <= KEEP_PREPARED_CHARS:
                kept[i] = c             # an ordinary article is tokenised once
                kept_chars += len(seg.text)
            texts.append(c.text)
            ranks.append(1 if c.title_ctx and seg.kind == "body" else order.get(seg.kind, 4))
            self.lower_vocab.update(c.lower)
            if salience is not None and seg.kind == "body" and not c.title_ctx:
                salience.add_text(c.text)
            t = c.text
            for m in ACRONYM_LOWER.finditer(t):
                x, y = m.span()
                if (x and (t[x - 1].isalnum() or t[x - 1] in ".-")) or \
                        (y < len(t) and (t[y].isalnum() or t[y] in "'’-")):
                    continue  # inside a longer word, or a hyphenated/possessive one
                pairs[(m.group(1), m.group(2))] += 1
        # a lower-case word always written after the same acronym (at least twice) is part of a
        # mixed-case name: "AB widgets", "XY pharma" (not a function word or an inflected verb)
        for (acr, w), n in pairs.items():
            if n >= 2 and _is_acronym(acr) and w not in STOPWORDS and not w.endswith(("s", "ed", "ing", "ly")):
                alone = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(w) + r"(?![\p{L}\p{N}])")
                if sum(len(alone.findall(t)) for t in texts) == n:
                    self.brands[w] = acr
        del texts
        if salience is not None:
            self.salient = phrase_pattern(salience.phrases())
        # the last segment's tokens are kept for pass 2 (a one-line article is tokenised once)
        last = (len(segs) - 1, c) if segs else None
        c = None
        # Pass 2: scan each segment (prepared again), body first, as pass 1 ranked them.
        for i in sorted(range(len(segs)), key=ranks.__getitem__):
            if i in kept:
                ctx = kept.pop(i)
            elif last is not None and last[0] == i:
                ctx, last = last[1], None
            else:
                ctx = self._prepare(segs[i])
            self._scan(ctx)
            ctx = None
        self._drop_single_lone_names()
        raws, self.raws = self.raws, []      # _assemble empties the list as it goes
        return _assemble(raws, self.doc)

    def _drop_single_lone_names(self) -> None:
        """A one-word name of the common band (see `_lone_name`) mentioned alone only once
        is dropped: "Floor", "Ranking" once are words of a longer name or a heading."""
        if not self.lone_common:
            return
        seen = Counter(r.text for r in self.lone_common)
        drop = {id(r) for r in self.lone_common if seen[r.text] < 2}
        if drop:
            self.raws = [r for r in self.raws if id(r) not in drop]

    def _prepare(self, seg: Segment) -> _SegCtx:
        text = seg.text
        if "<" in text:
            text = HTML_TAG.sub(_blank, text)
        if "@" in text:
            text = URL.sub(_blank, text)
            text = PANDOC_CITATION.sub(_blank, text)
        elif "www." in text or "://" in text:
            text = _URL_ONLY.sub(_blank, text)
        italics: list[tuple[int, int]] = []
        bold: list[tuple[int, int]] = []
        if "*" in text or "_" in text or "`" in text or "](" in text:
            italics = [m.span("t") for m in MD_ITALIC.finditer(text)]
            if "**" in text:
                bold = [m.span("t") for m in MD_BOLD.finditer(text)]
            text = MD_LINK.sub(lambda m: " " + m.group("t") + " " * (len(m.group()) - len(m.group("t")) - 1), text)
            text = MD_MARKUP.sub(_blank, text)
        # TOKEN over the text, run as its ASCII twin over the stand-in (see _A_TOKEN)
        ascii_text = text if text.isascii() else text.translate(_STAND_IN)
        token = _A_TOKEN if _A_SITE_HINT.search(ascii_text) else _A_TOKEN_NO_SITE
        lower: list[str] = []
        toks = _tokens(token, text, ascii_text, lower)
        starts = [0]
        for m in SENTENCE_END.finditer(text):
            prev = _last_word(text, m.start() + 1)
            if prev in ABBREVIATIONS or DOTTED_ABBREVIATION.fullmatch(prev):
                continue
            starts.append(m.end())
        title_ctx = seg.kind in ("heading", "trailer") or (seg.kind == "body" and _headline_like(text))
        return _SegCtx(seg, text, toks, starts, title_ctx, italics, bold, lower)

    def _sentence(self, c: _SegCtx, pos: int) -> str:
        i = bisect.bisect_right(c.sent_starts, pos) - 1
        a = c.sent_starts[i]
        b = c.sent_starts[i + 1] if i + 1 < len(c.sent_starts) else len(c.seg.text)
        return " ".join(c.seg.text[a:b].split())

    def _is_sentence_initial(self, c: _SegCtx, ti: int) -> bool:
        toks = c.tokens
        tok = toks[ti]
        j = ti - 1
        while j >= 0 and toks[j].kind == "punct" and toks[j].text in "“\"‘'(*[":
            j -= 1
        if j < 0:
            return True
        prev = toks[j]
        if prev.kind == "punct" and prev.text in ".!?:;”":
            return True
        ss = c.sent_starts
        sent = ss[bisect.bisect_right(ss, tok.start) - 1]
        if sent <= prev.start:
            return False
        start = tok.start
        for t in toks[max(0, j - 1): ti]:
            if sent <= t.start < start and t.kind != "punct":
                return False
        return True

    # -- one segment -------------------------------------------------------------
    def _scan(self, c: _SegCtx) -> None:
        if c.seg.kind == "credit" and "credits" not in self.off:
            for name, start in credited_people(c.text):
                self.add(_Raw(name, c.seg, start, Category.PERSON, 2, "person", person_name=name))
            return
        suppressed: list[tuple[int, int]] = []
        title_ranges: list[tuple[int, int]] = []
        named: list[tuple[int, int]] = []
        cited: list[tuple[int, int]] = []   # quotes that stay `title` entries
        text = c.text
        # acronym definitions
        for a in find_acronyms(text):
            if a.short in COUNTRIES:
                continue
            words = a.long.split()
            cat = category_of_head(head_of(words)) or Category.INSTITUTION
            self.add(_Raw(a.long, c.seg, a.long_start, cat, 3, "name", links=[a.short]))
            self.add(_Raw(a.short, c.seg, a.short_start, cat, 3, "abbr", links=[a.long]))
            suppressed.append((min(a.long_start, a.short_start), max(a.long_end, a.short_end)))
        # lower-case defined terms: "peacetime command authority (PCA)" (not "gross
        # domestic product (GDP)": a common kind of thing)
        if "(" in text and c.seg.kind == "body":
            for a in find_lower_definitions(text):
                if a.short in COMMON_ACRONYMS or a.short in COUNTRIES or \
                        any(x <= a.long_start < y for x, y in suppressed):
                    continue
                long, long_start = a.long, a.long_start
                for x, y in c.bold:   # "**x y z** (YZ)": the emphasised term is the long form
                    if x <= long_start < y and text[x:y].strip().endswith(long):
                        long, long_start = text[x:y].strip(), x + text[x:y].find(text[x:y].strip())
                cat = LOWER_HEAD_CATEGORY.get(long.split()[-1], Category.POLICY)
                if cat is Category.OTHER:
                    continue
                self.add(_Raw(long, c.seg, long_start, cat, 3, "name", links=[a.short]))
                self.add(_Raw(a.short, c.seg, a.short_start, cat, 3, "abbr", links=[long]))
                suppressed.append((min(long_start, a.short_start), max(a.long_end, a.short_end)))
        # quotes
        for m in QUOTE.finditer(text):
            q = m.group("q") if m.group("q") is not None else m.group("q2")
            qs = m.start("q") if m.group("q") is not None else m.start("q2")
            rng = self._quote(c, q, qs)
            if rng:
                if rng[2] == "title":
                    title_ranges.append(rng[:2])
                    cited.append(rng[:2])
                elif c.seg.kind == "note":
                    named.append(rng[:2])
                    title_ranges.append(rng[:2])
                else:
                    suppressed.append(rng[:2])
        for x, y in c.italics:
            if self._italic(c, x, y):
                suppressed.append((x, y))
        for x, y in c.bold:
            if self._lower_concept(c, text[x:y], x, quoted=False):
                suppressed.append((x, y))
        if c.seg.kind == "note":
            for m in PUBLISHER.finditer(text):
                self.add(_Raw(m.group("city"), c.seg, m.start("city"), Category.PLACE, 2, "place"))
                self.add(_Raw(m.group("pub"), c.seg, m.start("pub"), Category.INSTITUTION, 2))
                suppressed.append((m.start(), m.end()))
        # lower-case names
        lower_rxs = [LOWER_MEETING]
        if "election" in text or "summit" in text or "plenum" in text or "congress" in text:
            lower_rxs.append(LOWER_ORDINAL_EVENT)
        if " on the " in text and ("agreement" in text or "accord" in text or "declaration" in text or
                                   "deal" in text or "treaty" in text or "pact" in text):
            lower_rxs.append(YEAR_AGREEMENT)
        if "so-called" in text:
            lower_rxs += [SO_CALLED, SO_CALLED_OF]
        if "’ " in text or "' " in text:
            lower_rxs.append(LOWER_MINISTERS)
        for rx in lower_rxs:
            for m in rx.finditer(text):
                if rx is SO_CALLED_OF:
                    self.add(_Raw(m.group("name"), c.seg, m.start("name"), Category.EVENT, 2))
                    continue
                cat = LOWER_HEAD_CATEGORY.get(m.group("head"), Category.EVENT)
                if rx is YEAR_AGREEMENT:
                    cat = Category.AGREEMENT
                if m.group("head") in ("policy", "strategy", "initiative", "doctrine"):
                    cat = Category.POLICY
                self.add(_Raw(m.group("name"), c.seg, m.start("name"), cat, 2))
        if self.salient is not None:
            for m in self.salient.finditer(text):
                if not any(x <= m.start() < y for x, y in suppressed):
                    cat = LOWER_HEAD_CATEGORY.get(m.group().rsplit(None, 1)[-1].lower(), Category.OTHER)
                    self.add(_Raw(m.group(), c.seg, m.start(), cat, 2))
        # capitalised spans
        for a, b in self._spans(c):
            a2 = a
            while a2 < b and ((c.tokens[a2].text.lower() in STOPWORDS and c.tokens[a2].text[1:].islower()
                               and not self._the_ordinal(c, a2))
                              or ORDINAL.match(c.tokens[a2].text)):
                a2 += 1
            s, e = c.tokens[a2].start, c.tokens[b].end
            if (suppressed and any(x <= s and e <= y for x, y in suppressed)) or \
                    (named and any(x <= s and e <= y and (e == y or s == x) for x, y in named)):
                continue
            in_title = c.title_ctx or (bool(title_ranges) and any(x <= s and e <= y for x, y in title_ranges))
            self._cited = bool(cited) and any(x <= s and e <= y for x, y in cited)
            self._span(c, a, b, in_title)

    # -- quotes ------------------------------------------------------------------
    def _quote(self, c: _SegCtx, q: str, qs: int) -> tuple[int, int, str] | None:
        inner = q.rstrip(" ,.;:")
        if not inner or CJK_CHAR.search(inner):
            return None
        words = inner.split()
        if c.seg.kind in ("note", "trailer"):
            return self._cited_title(c, inner, qs)
        # body: a short lower-case term in quotes names a concept ("the "x y" doctrine")
        if self._lower_concept(c, inner, qs):
            return (qs, qs + len(inner), "name")
        # body: a title-case title of a work, with a subtitle after a colon or a dash
        if len(words) > 8 and "quotes" not in self.off and _work_title(words):
            self.add(_Raw(inner, c.seg, qs, Category.PUBLICATION, 2))
            return (qs, qs + len(inner), "name")
        # body: a short title-case phrase
        if len(words) > 8 or not (inner[0].isupper() or inner[0].isdigit()):
            return None
        if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_CONNECTORS or not w[:1].isalpha()
                   or (k and w in TITLE_SMALL_WORDS) for k, w in enumerate(words)):
            return None
        if all(w in COUNTRIES or w in DEMONYMS for w in words):
            return None
        cat = category_of_head(head_of(words))
        strength = 3
        if cat is None:
            k = bisect.bisect_right(c.ends, qs - 1)  # the tokens ending before the quote
            before = c.tokens[max(0, k - 3):k]
            cue = next((QUOTE_CUES[t.text.lower()] for t in reversed(before) if t.text.lower() in QUOTE_CUES), None)
            cat, strength = (cue, 3) if cue else (Category.OTHER, 2)
            if cue is None and len(words) >= 3 and (words[0].lower() in TITLE_OPENERS or VERBISH.match(words[0])):
                cat = Category.PUBLICATION   # "Toward a New X", "Rethinking the Y": a paper's title
        raw = self.add(_Raw(inner, c.seg, qs, cat, strength))
        m = match_near(QUOTED_HEAD, c.text, qs + len(q) + 1)
        if m:
            # '"X" trade talks': the quoted name with its head is one event, another form of "X"
            full = c.text[qs - 1:m.end()]
            hcat = LOWER_HEAD_CATEGORY.get(m.group("head"), Category.EVENT)
            if hcat is not Category.OTHER:
                self.add(_Raw(full, c.seg, qs - 1, hcat, 3, links=[inner]))
                if cat is Category.OTHER:
                    raw.category, raw.strength = None, 0
        return (qs, qs + len(inner), "name")

    def _lower_concept(self, c: _SegCtx, inner: str, start: int, quoted: bool = True) -> bool:
        """A lower-case term of two to four words set off by bold (**forward basing**)
        or by quotes after a determiner ('a "balanced engagement"', 'for "x y products"')
        names a concept or policy; True when it made one.  A quoted phrase with a function
        word or a verb form, after a verb ('expressed "strong regret"') or a possessive, or
        said of something ('described as a "x region"') is a quotation, not a term."""
        if not LOWER_CONCEPT.match(inner) or c.seg.kind != "body":
            return False
        words = inner.split()
        if any(w in STOPWORDS or w.endswith("ly") for w in words) or (quoted and VERBISH.match(words[-1].title())):
            return False
        if quoted:
            # (the words next to the quote, from a window: not a copy of the rest of the line)
            before = c.text[max(0, start - _NEAR):start].rstrip(" “\"'‘").split()[-2:]
            after = c.text[start + len(inner):start + len(inner) + _NEAR].lstrip(" ”\"'’,").split()[:1]
            recurs = self._occurs_twice(inner)   # used again, unquoted
            if not recurs and not (before and before[-1] in QUOTED_TERM_BEFORE and
                                   (len(before) < 2 or before[0] not in PREDICATIVE) and after[:1] != ["of"]):
                return False
        self.add(_Raw(inner, c.seg, start, Category.POLICY, 2))
        return True

    def _italic(self, c: _SegCtx, x: int, y: int) -> bool:
        """A Markdown *Title* in title case names a publication (or what its head noun
        says: *Foreign Trade Act*); True when it made a name."""
        inner = c.text[x:y].strip().rstrip(",;:")
        words = inner.split()
        if not words or len(words) > MAX_TITLE_WORDS or CJK_CHAR.search(inner) or not inner[0].isupper():
            return False
        if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_CONNECTORS or not w[:1].isalpha()
                   for w in words) and not ("quotes" not in self.off and _work_title(words)):
            return False
        if inner in COUNTRIES or all(w in DEMONYMS or w in COUNTRIES for w in words):
            return False
        cat = category_of_head(head_of(words)) or Category.PUBLICATION
        self.add(_Raw(inner, c.seg, x + c.text[x:y].find(inner), cat, 3))
        return True

    def _cited_title(self, c: _SegCtx, inner: str, qs: int) -> tuple[int, int, str]:
        """An English title in a note: the thing it names, or a `title` entry."""
        name, off = inner, 0
        low = name.lower()
        prefixed = False
        for p in TITLE_PREFIXES:
            if low.startswith(p) and len(name) > len(p) + 3:
                name, off = name[len(p):], off + len(p)
                prefixed = p.startswith(("signing", "conclusion", "adoption", "launch"))
                break
        m = LEADING_ORDINAL.match(name)
        if m and not (name[m.end():].split()[:1] and name[m.end():].split()[0] in HEAD_CATEGORY):
            name, off = name[m.end():], off + m.end()
        main = name
        if ":" in name:
            pre = name.split(":", 1)[0]
            if len(pre.split()) >= 2 and pre.lower() not in HEADLINE_LABELS:
                main = pre
            else:
                main = ""
        words = main.split()
        head = head_of(words) if words else None
        cat = category_of_head(head)
        title_case = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in NAME_CONNECTORS
                         or w.lower() in CITED_TITLE_CONNECTORS
                         for w in words)
        if cat is not None and cat is not Category.PUBLICATION and (title_case or prefixed):
            links = [main] if main != name else []
            self.add(_Raw(name, c.seg, qs + off, cat, 3, "name", links=links))
            if main != name:
                self.add(_Raw(main, c.seg, qs + off, cat, 3, "name", links=[name]))
            return (qs + off, qs + len(inner), "name")
        self.add(_Raw(inner, c.seg, qs, Category.TITLE, 3, "title"))
        return (qs, qs + len(inner), "title")

    # -- capitalised spans ---------------------------------------------------------
    def _spans(self, c: _SegCtx) -> list[tuple[int, int]]:
        toks, text = c.tokens, c.text
        runs: list[list[int]] = []
        nxt, n = 0, len(toks)
        brands = self.brands
        # A run starts at a "startable" token: capitalised, not a month or a day, not a
        # capitalised function word ("The").  Only capitalised tokens can start a run: visit
        # those, in order, skipping the ones a previous run took (what stepping over every
        # token one by one would do)
        for i in [k for k, t in enumerate(toks) if t.cap]:
            if i < nxt:
                continue
            w = toks[i].text   # startable? (the token is capitalised)
            if w in MONTHS or w in DAYS or (w.lower() in STOPWORDS and w[1:].islower() and
                                            not self._the_ordinal(c, i)):
                continue
            j = i
            while j + 1 < n:
                nt = toks[j + 1]
                gap = text[toks[j].end:nt.start]
                # a numbered instrument: "Cabinet Order No. 12", "Notice No. 7"
                if nt.text in ("No", "Nos") and gap == " " and j + 3 < n and toks[j + 2].text == "." and \
                        NAME_NUMBER.match(toks[j + 3].text) and text[toks[j + 2].end:toks[j + 3].start] == " " \
                        and "names" not in self.off:
                    j += 3
                    break
                if nt.cap and gap == " ":
                    w = nt.text   # startable?
                    if not (self._month(toks, j + 1) or w in DAYS or (w.lower() in STOPWORDS and w[1:].islower())):
                        j += 1
                        continue
                # possessive inside a name: "Prime Minister's Office", "Korea's Cyber Threats" in titles;
                # after "X of", a country's too: "Castles of Spain's Golden Y"
                if nt.kind == "poss" and gap == "" and j + 2 < n and toks[j + 2].cap and \
                        text[nt.end:toks[j + 2].start] == " " and \
                        (toks[j].text in TITLE_ENDS or
                         (toks[j].text not in COUNTRIES and self._owned_name_head(toks, j + 2)) or
                         (j == i and toks[j].text in COUNTRIES and i >= 2 and toks[i - 1].text == "of" and
                          toks[i - 2].cap)):
                    j += 2
                    continue
                # a middle initial: "George W. Bush", "Peter J. Katzenstein"
                if nt.kind == "punct" and nt.text == "." and gap == "" and len(toks[j].text) == 1 and \
                        toks[j].text.isupper() and j > i and j + 2 < n and toks[j + 2].cap and \
                        text[nt.end:toks[j + 2].start] == " ":
                    j += 2
                    continue
                # a plural possessive inside a name: "Farmers' Union of X", "Veterans’ League"
                if nt.kind == "punct" and nt.text in "'’" and gap == "" and toks[j].text.endswith("s") and \
                        j + 2 < n and toks[j + 2].cap and text[nt.end:toks[j + 2].start] == " " and \
                        self._owned_name_head(toks, j + 2):
                    j += 2
                    continue
                break
            if j + 1 < n and toks[j + 1].start == toks[j].end + 1:
                nt = toks[j + 1]
                if brands and brands.get(nt.text) == toks[j].text:
                    j += 1  # "AB widgets"
                elif nt.text[0].isdigit() and nt.kind == "word" and NAME_NUMBER.match(nt.text) and \
                        (_head_title(toks[j].text) in NUMBERED_HEADS or "." in nt.text):
                    j += 1  # "Executive Order 14012", "Section 301", "Vision 2030", "Reform 2.0"
            if j > i and toks[j - 1].text in HEAD_CATEGORY and self._subject_after_name(c, j):
                runs.append([i, j - 1])   # "the X Foundation Oslo dissolved": "Oslo" is the subject
                runs.append([j, j])
            else:
                runs.append([i, j])
            nxt = j + 1
        # merge runs over connectors
        merged: list[list[int]] = []
        for r in runs:
            if merged and self._joinable(c, merged[-1], r):
                merged[-1][1] = r[1]
            else:
                merged.append(r)
        if "between" in text:
            merged = self._join_between(c, merged)
        return [(a, b) for a, b in merged]

    @staticmethod
    def _month(toks: list[_Tok], k: int) -> bool:
        """Token k names a month: a month's name, or its three-letter form before a number
        ("Jun 2019"; "Azumi Jun" is a name)."""
        w = toks[k].text
        if w not in MONTHS:
            return False
        return len(w) > 3 or w == "May" or (k + 1 < len(toks) and toks[k + 1].text[:1].isdigit())

    def _join_between(self, c: _SegCtx, merged: list[list[int]]) -> list[list[int]]:
        """An agreement name goes on over "between A and (the) B" when A and B are
        countries: "Treaty of Amity between Japan and the Republic of Korea"."""
        toks = c.tokens
        out: list[list[int]] = []
        i = 0
        while i < len(merged):
            r = merged[i]
            if i + 2 < len(merged):
                a, b = merged[i + 1], merged[i + 2]
                g1 = [t.text for t in toks[r[1] + 1:a[0]]]
                g2 = [t.text for t in toks[a[1] + 1:b[0]]]
                words = [t.text for t in toks[r[0]:r[1] + 1]]
                if g1 == ["between"] and g2 in (["and"], ["and", "the"]) and \
                        category_of_head(head_of(words)) is Category.AGREEMENT and \
                        c.text[toks[a[0]].start:toks[a[1]].end] in COUNTRIES and \
                        c.text[toks[b[0]].start:toks[b[1]].end] in COUNTRIES:
                    out.append([r[0], b[1]])
                    i += 3
                    continue
            out.append(r)
            i += 1
        return out

    def _subject_after_name(self, c: _SegCtx, j: int) -> bool:
        """Token j, the last of a run, is a one-word name that is the subject of the next
        word (a past-tense verb) after a name with a head noun: "... Foundation Oslo
        dissolved" (and it is used elsewhere in the text on its own)."""
        toks = c.tokens
        prev = toks[j - 1].text
        return prev in HEAD_CATEGORY and HEAD_CATEGORY[prev] is not Category.PLACE and \
            toks[j].text not in HEAD_CATEGORY and j + 1 < len(toks) and toks[j + 1].kind == "word" and \
            PAST_VERB.match(toks[j + 1].text) is not None and self._occurs_twice(toks[j].text)

    @staticmethod
    def _the_ordinal(c: _SegCtx, i: int) -> bool:
        """A spelled ordinal after "the" and before a capitalised word starts a name
        ("the Second World War", "the Third Plenum"), unlike a sentence adverb ("First, ...")."""
        toks = c.tokens
        return toks[i].text in ORDINAL_WORDS and i > 0 and toks[i - 1].text == "the" and \
            i + 1 < len(toks) and toks[i + 1].cap and c.text[toks[i].end:toks[i + 1].start] == " "

    @staticmethod
    def _owned_name_head(toks: list[_Tok], k: int) -> bool:
        """After a possessive: does the capitalised run end in an institution head?
        ("People's Congress", "People's Republic") -- not "Korea's Political Crisis"."""
        while k + 1 < len(toks) and toks[k + 1].cap:
            k += 1
        w = toks[k].text
        return HEAD_CATEGORY.get(w) is Category.INSTITUTION or w == "Republic"

    def _joinable(self, c: _SegCtx, left: list[int], right: list[int]) -> bool:
        toks = c.tokens
        g = right[0] - left[1] - 1
        if g > 2 or g < 1:
            return False  # a gap of more than two tokens (or none) joins nothing (see _JOIN_GAPS)
        # quick test of the first gap word against _JOIN_GAPS (the full test follows)
        if toks[left[1] + 1].text not in (_JOIN_FIRST1 if g == 1 else _JOIN_FIRST2):
            return False
        if g == 1:
            g0 = toks[left[1] + 1].text
            if g0 == "to":
                # an organisation named by its aim: "Society to Protect the X", "Committee to Y the Z"
                return HEAD_CATEGORY.get(toks[left[1]].text) is Category.INSTITUTION and right[0] == right[1] and \
                    toks[right[0]].text not in COUNTRIES and right[1] + 1 < len(toks) and \
                    toks[right[1] + 1].text == "the" and not c.title_ctx
            if g0 == "the":
                # ... and the object of that aim: "Society to Protect" + "the X"
                return left[1] - left[0] >= 2 and toks[left[1] - 1].text == "to" and \
                    HEAD_CATEGORY.get(toks[left[1] - 2].text) is Category.INSTITUTION
        gap_toks = toks[left[1] + 1:right[0]]
        gap = [t.text for t in gap_toks]
        if not gap or any(t.kind not in ("word", "punct") for t in gap_toks):
            return False
        if gap not in _JOIN_GAPS:
            return False  # none of the rules below joins over another gap
        last = toks[left[1]].text
        last_h = last.rsplit("-", 1)[-1]
        rlast = toks[right[1]].text
        lw = [t.text for t in toks[left[0]:left[1] + 1]]
        rw = [t.text for t in toks[right[0]:right[1] + 1]]
        if any(w in MONTHS or w in DAYS for w in rw[:1]):
            return False
        if c.title_ctx and gap != ["of"] and \
                group_key(c.text[toks[left[0]].start:toks[right[1]].end]) not in self.known:
            return False  # a headline capitalises everything: "Factions, Money and Doctrine"
        prev = toks[left[0] - 1].text.lower() if left[0] > 0 else ""
        if gap in _OF_GAPS:
            if last_h in HEAD_CATEGORY or last_h in OF_TAKERS:
                return True
            if c.text[toks[left[0]].start:toks[right[1]].end] in COUNTRIES:
                return True  # "United States of America"
            if len(lw) >= 2 and prev not in _DETERMINERS and all(self._name_like(w) for w in lw):
                return False  # a person and the place they are of: "Jane Roe of Example University"
            conn = next((k for k, w in enumerate(lw) if w in ("of", "for", "on")), 0)
            if conn and (lw[conn - 1] in HEAD_CATEGORY or lw[conn - 1] in OF_TAKERS):
                return True  # "Ministry of Defence" + "of Japan", "Plan for a Green Model" + "of Growth"
            return rlast in HEAD_CATEGORY and len(rw) >= 2 and not VERBISH.match(lw[0])
        if gap in (["for"], ["on"], ["for", "the"], ["for", "a"], ["on", "the"]):
            cat = HEAD_CATEGORY.get(last_h)
            # (not before a name of another kind: "nominated the X Mines for the Y List")
            return cat in _FOR_ON_HEADS and last_h not in ("Party", "Government") and \
                HEAD_CATEGORY.get(rlast) not in (Category.OTHER, Category.PLACE)
        if gap in (["and"], ["&"], [","]):
            has_of = any(t.text == "of" for t in toks[left[0]:left[1] + 1])
            # "Act on the Protection and Utilization of ...": a law's subject is a list too
            has_on = not has_of and HEAD_CATEGORY.get(lw[0]) in (Category.AGREEMENT, Category.POLICY) and \
                len(lw) >= 3 and lw[1] in ("on", "for") and gap == ["and"]
            first_cat = HEAD_CATEGORY.get(toks[left[0]].text)
            if has_of and toks[left[0]].text in HEAD_CATEGORY and len(rw) <= 2 and \
                    first_cat is Category.INSTITUTION:
                nxt = toks[right[1] + 1].text if right[1] + 1 < len(toks) else ""
                return gap != [","] or nxt in (",", "and")
            if gap == [","]:
                return False
            if (has_of or has_on) and first_cat in (Category.AGREEMENT, Category.POLICY, Category.EVENT) and \
                    len(rw) <= 2 and rlast not in HEAD_CATEGORY and rlast not in COUNTRIES:
                return True  # "Treaty of Peace and Friendship", "Law of War and Peace"
            return HEAD_CATEGORY.get(rlast) in (Category.AGREEMENT, Category.INSTITUTION, Category.EVENT,
                                                Category.POLICY) \
                and last_h not in HEAD_CATEGORY and last not in COUNTRIES \
                and not any(w in TITLE_ENDS for w in lw) \
                and not (len(lw) == 1 and lw[0] in TITLE_WORDS) \
                and prev != "," \
                and (len(lw) == 1 or prev in _DETERMINERS or all(w.lower() in self.lower_vocab for w in lw))
        return False

    def _span(self, c: _SegCtx, a: int, b: int, in_title: bool) -> None:
        toks = c.tokens
        initial = self._is_sentence_initial(c, a)
        # strip leading function words, sentence-initial common words, heading gerunds
        while a <= b:
            w = toks[a].text
            wl = w.lower()
            if wl in STOPWORDS and (w[1:].islower() or len(w) == 1) and \
                    not (a < b and self._the_ordinal(c, a)):  # "The", "In"; not "US"
                a += 1
                initial = True
                continue
            if a < b and (initial or in_title) and (wl in self.lower_vocab or VERBISH.match(w)) and \
                    group_key(c.text[toks[a].start:toks[b].end]) in self.known:
                break  # the whole span is a name seen with a cue: "Standing Committee of the X"
            rest_head = toks[b].text.rsplit("-", 1)[-1] in HEAD_CATEGORY
            if a < b and (initial or in_title) and not rest_head and \
                    (wl in self.lower_vocab or VERBISH.match(w)) and w not in COUNTRIES and \
                    w not in TITLE_WORDS and w not in DEMONYMS and w not in HEAD_CATEGORY and \
                    w not in OF_TAKERS:
                a += 1
                initial = False
                continue
            if a + 1 < b and in_title and wl in self.lower_vocab and w not in HEAD_CATEGORY and \
                    w not in OF_TAKERS and w not in TITLE_WORDS and w not in COUNTRIES and \
                    c.seg.kind == "note" and toks[a + 1].text not in HEAD_CATEGORY:
                a += 1  # "Assembly Votes to Lift Martial Law": "Lift" is a verb here
                continue
            if a < b and (in_title or initial) and VERBISH.match(w) and w not in HEAD_CATEGORY:
                a += 1
                continue
            break
        if a > b:
            return
        # split at capitalised prepositions inside a title-case span ("... Between ...")
        for k in range(a + 1, b + 1):
            if toks[k].text.lower() in STOPWORDS and toks[k].text[:1].isupper() and toks[k].kind == "word" and \
                    not (toks[k].text == "No" and k + 1 <= b and toks[k + 1].text == "."):
                self._span(c, a, k - 1, in_title)
                if k + 1 <= b:
                    self._span(c, k + 1, b, in_title)
                return
        # a leading ordinal stays only before the head: "214th Session"
        if toks[a].text in ORDINAL_WORDS and a + 1 < b and not in_title and \
                toks[b].text not in ORDINAL_NAMED_HEADS and \
                category_of_head(head_of([t.text for t in toks[a + 1:b + 1]])) is Category.EVENT:
            # "the Ninth Pacific Summit": this meeting, and the series "Pacific Summit"
            rest = c.text[toks[a + 1].start:toks[b].end]
            self.add(_Raw(rest, c.seg, toks[a + 1].start, Category.EVENT, 2))
        if ORDINAL.match(toks[a].text) and not (a < b and toks[a + 1].text in HEAD_CATEGORY):
            a += 1
            if a > b:
                return
        words = [t.text for t in toks[a:b + 1]]
        s, e = toks[a].start, toks[b].end
        text = c.text[s:e]
        seg = c.seg
        prev = toks[a - 1].text.lower() if a > 0 and toks[a - 1].kind == "word" else ""
        nxt_i = b + 1
        single = a == b

        # sub-entities: countries anywhere, acronyms, hyphen components
        person_like = not TITLE_WORDS.isdisjoint(words)
        for name, start in _country_names(text):
            if name == text:
                continue
            self.add(_Raw(name, seg, s + start, Category.PLACE, 2, "place"))

        # 1. a country, or a chain of countries ("US-China")
        if text in COUNTRIES:
            self.add(_Raw(text, seg, s, Category.PLACE, 3, "place"))
            self._compound(c, a, b, text, "country")
            return
        parts = _hyphen_split(NAME_HYPHEN, text)
        if len(parts) > 1 and all(p in COUNTRIES for p in parts):
            self._compound(c, a, b, text, "country")
            return
        if words[-1] in DEMONYMS and all(w in DEMONYMS or w in GEO_WORDS for w in words):
            self._compound(c, a, b, text, "demonym")
            return
        # 2. a person after a role title ("Deputy Secretary of Commerce Jane Doe")
        if "roles" not in self.off and not single and self._role_person(c, a, b, in_title):
            return
        # 2. a person with a title: [country/demonym] Title... Name, or an organisation
        # before the title ("LDP Secretary-General X Y", "Acme Chairman X Y")
        k = a
        while k <= b and (toks[k].text in COUNTRIES or toks[k].text in DEMONYMS) and k < b:
            k += 1
        t0 = k
        while k <= b and _title_part(toks[k].text, TITLE_WORDS):
            k += 1
        if k > t0 and _title_part(toks[k - 1].text, TITLE_ENDS):
            name_words = words[k - a:]
            if name_words and all(self._name_like(w) for w in name_words) and len(name_words) <= 4:
                self._titled_person(c, t0, k, b, text)
                return
            if not name_words:
                return  # a bare title
        if b - a >= 2 and not in_title and (not TITLE_ENDS.isdisjoint(words[1:-1]) or
                                            any("-" in w and _title_part(w, TITLE_ENDS) for w in words[1:-1])):
            for t1 in range(a + 1, b):
                if not _title_part(toks[t1].text, TITLE_HEADS) or toks[t1 - 1].text in TITLE_WORDS:
                    continue
                k = t1
                while k <= b and _title_part(toks[k].text, TITLE_WORDS):
                    k += 1
                name_words = words[k - a:]
                if k > t1 and _title_part(toks[k - 1].text, TITLE_ENDS) and 1 <= len(name_words) <= 4 and \
                        all(self._name_like(w) for w in name_words):
                    self._span(c, a, t1 - 1, in_title)   # the organisation
                    self._titled_person(c, t1, k, b, text)
                    return
        # 3. a name with a head noun
        head = head_of(words)
        cat = category_of_head(head)
        # acronyms inside ("G20 Summit", "SPD-FDP", "NATO-related")
        brand = not single and self.brands.get(words[-1]) == words[-2]   # "AB widgets"
        for t in ([] if brand else toks[a:b + 1]):
            tt = t.text
            if _has_dash(tt):
                parts = ANY_HYPHEN.split(tt)
                if any(p.isdigit() for p in parts):
                    parts = [tt]  # a code is one name: "COVID-19", "F-35", not "COVID"
            else:
                parts = [tt]
            for part in parts:
                if self._is_acronym(part) and part not in COUNTRIES and part != text and \
                        part not in COMMON_ACRONYMS and part not in VESSEL_PREFIXES and \
                        _head_title(part) not in HEAD_CATEGORY and not (head and head.isupper()):
                    if not (person_like or (cat is None and any(self._name_like(w) and not w.isupper() for w in words))):
                        self.add(_Raw(part, seg, t.start + t.text.find(part), Category.INSTITUTION, 2, "acronym"))
        if cat is not None:
            if single and text in SOLE_INSTITUTIONS and not in_title:
                self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))   # "the Diet"
                return
            if single and (cat is not Category.PUBLICATION or text in REPORT_HEADS):
                return  # a head noun alone ("Agreement", "Ministry", "Report") is not a name
            if in_title and group_key(text) not in self.known:
                # a known name at the end of a headline span: "Extend X Agreement" -> "X Agreement"
                for k2 in range(a + 1, b):
                    sub = c.text[toks[k2].start:e]
                    if toks[k2].cap and category_of_head(head_of(sub.split())) is cat and \
                            group_key(sub) in self.known:
                        text, s = sub, toks[k2].start
                        break
            if c.title_ctx and not single and group_key(text) not in self.known and \
                    all(w.lower() in self.lower_vocab for w in words[:-1]):
                # a headline capitalises common nouns: "Energy Program", "Energy Transition
                # Policy" seen nowhere else as a name only refer to a known one, if any
                self.add(_Raw(text, seg, s, None, 0))
                return
            if self._cited and group_key(text) not in self.known:
                # inside a cited headline a capitalised phrase with a head noun is only a
                # reference ("Joint Press Statement by ...", "Trade Working Group")
                self.add(_Raw(text, seg, s, None, 0))
                return
            self.add(_Raw(text, seg, s, cat, 3))
            self._place_link(c, b, text, cat)
            self._compound(c, a, b, text, "named")
            return
        if toks[a].kind == "site" or (single and toks[a].kind == "site"):
            self.add(_Raw(text, seg, s, Category.PUBLICATION, 3))
            return
        if single and self._is_acronym(text):
            if text in COMMON_ACRONYMS or (text.lower() in self.lower_vocab and self._lower_head_after(c, b)):
                # "an ICBM", "DNA tests"; "the BRIDGE initiative" (a word in capitals before a
                # head noun): a kind of thing or part of a longer name, not a name of its own
                self.add(_Raw(text, seg, s, None, 0))
                self._compound(c, a, b, text, "acronym")
                return
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2, "acronym"))
            self._compound(c, a, b, text, "acronym")
            return
        if is_geographic(words):
            if single and text in GENERIC_GEO:
                self.add(_Raw(text, seg, s, None, 0))  # "the Line", "the Coast": a common noun
                return
            self.add(_Raw(text, seg, s, Category.PLACE, 2, "place"))
            self._compound(c, a, b, text, "place")
            return
        if len(words) >= 2 and words[-1] in COUNTRIES and not any(w in COUNTRIES or w in GEO_WORDS for w in words[:-1]):
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))
            return
        # a longer form of a known event or policy name: "Nordic Iron Gate" after "Iron Gate exercise"
        if not single and not in_title and words[-1] in self.known_last:
            for k2 in range(a + 1, b + 1):
                kc = self.known_cat.get(group_key(c.text[toks[k2].start:e]))
                if kc is not None and toks[k2].cap:
                    self.add(_Raw(text, seg, s, kc, 2))
                    return
        # a person after a title with a portfolio list: "Minister of A, B and C Family Given"
        if 3 <= len(words) <= 4 and words[0] not in COUNTRIES and \
                all(self._name_like(w) and not w.isupper() for w in words[1:]) and not in_title:
            t0 = self._portfolio_title(c, a)
            if t0 is not None:
                self._titled_person(c, t0, a + 1, b, c.text[toks[t0].start:e])
                return
        # ships: "USS X", "HMS Y", "Z Maru"
        if not single and (words[0] in VESSEL_PREFIXES or words[-1] in VESSEL_SUFFIXES):
            self.add(_Raw(text, seg, s, Category.OTHER, 2))
            return
        # 4. unknown: a mixed-case name, a single word with a cue, a person, a place, or a
        # reference to something known
        if brand:
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))
            return
        if single and not (nxt_i < len(toks) and toks[nxt_i].text in LOWER_HEAD_CATEGORY):
            cue = self._single_name_cue(c, a, initial, in_title)
            if cue is not None:
                self.add(_Raw(text, seg, s, cue, 2))
                return
        nxt = toks[nxt_i].text if nxt_i < len(toks) else ""
        nxt2 = toks[nxt_i + 1].text if nxt_i + 1 < len(toks) else ""
        who = nxt == "," and nxt2 in ("who", "whose") or nxt in ("who", "whose")
        # "X, Country" reads as a place ("Ube, Japan") unless X has a person's name shape
        # ("Choi Min-jun, Korea's envoy"); "in X" / "to X" stays a place cue
        place_cue = not in_title and (prev in PLACE_CUES or
                                      (nxt == "," and nxt2 in COUNTRIES and not _person_shape(words)))
        hyph = _hyphen_split(NAME_HYPHEN, text)
        if len(hyph) > 1 and any(self._is_acronym(p) and p not in COUNTRIES for p in hyph) and not in_title:
            # "SPD-FDP": siblings of an acronym are names of the same kind
            for p in hyph:
                if not self._is_acronym(p) and p not in COUNTRIES and self._name_like(p):
                    self.add(_Raw(p, seg, s + text.find(p), Category.INSTITUTION, 1))
            self._compound(c, a, b, text, "acronym")
            return
        if in_title and group_key(text) not in self.known:
            for k2 in range(a + 1, b + 1):
                sub = c.text[toks[k2].start:e]
                if toks[k2].cap and sub not in COUNTRIES and group_key(sub) in self.known:
                    self.add(_Raw(sub, seg, toks[k2].start, None, 0))
                    return
        if c.seg.kind == "note" and not in_title:
            before = c.text[:s].rstrip()
            after = c.text[e:].lstrip()
            if CITED_SOURCE_BEFORE.search(before) and (not after or after[0] in ",.;("):
                # '"Title," Source, date': the source of a cited piece
                self.add(_Raw(text, seg, s, Category.PUBLICATION, 2))
                return
            if not before.strip("*† ") and after.startswith((",", ":")) and single:
                # 'Organisation, "Title," ...': a one-word author is an organisation
                self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))
                return
        weak = in_title or (initial and single)
        if who and not in_title:
            self.add(_Raw(text, seg, s, Category.PERSON, 3, "person", person_name=text))
        elif weak:
            self.add(_Raw(text, seg, s, None, 0, place_cue=place_cue))
        elif single and not place_cue and seg.kind == "body" and "single-names" not in self.off and \
                (band := self._lone_name(text)):
            raw = self.add(_Raw(text, seg, s, self._lone_category(c, a), 1))
            if band == "common":
                self.lone_common.append(raw)
        elif single:
            self.add(_Raw(text, seg, s, Category.PLACE if place_cue else None, 0, place_cue=place_cue))
        elif place_cue:
            self.add(_Raw(text, seg, s, Category.PLACE, 2, "place"))
        elif 2 <= len(name_words := [w for w in words if w != "."]) <= 4 and \
                all(self._name_like(w) or (len(w) == 1 and w.isupper()) for w in name_words):
            self.add(_Raw(text, seg, s, Category.PERSON, 1, "person", person_name=text))
        else:
            self.add(_Raw(text, seg, s, None, 0))
        self._compound(c, a, b, text, "name")

    def _coordinated_category(self, c: _SegCtx, a: int) -> Category | None:
        """A one-word name in a list right after an organisation or a publication with a
        cue is one of the same kind: "Acme Holdings, Zenko and Bolt Motor"."""
        toks = c.tokens
        if a < 2 or a + 1 >= len(toks):
            return None
        before, after = toks[a - 1].text, toks[a + 1].text
        if c.seg.kind != "body":
            return None   # a note's "Committee, Bonn, July 5": a citation, not a list
        # the middle of a list ("A, X and B") or its end ("A and X.")
        if not ((before == "," and after in ("and", "or")) or
                (before in ("and", "or") and after in (".", ",", ";"))):
            return None
        end = toks[a - 2].end
        for r in reversed(self.raws[-4:]):
            if r.seg is c.seg and r.start + len(r.text) == end and r.strength >= 2 and \
                    r.category in (Category.INSTITUTION, Category.PUBLICATION):
                return r.category
        return None

    @staticmethod
    def _portfolio_title(c: _SegCtx, a: int) -> int | None:
        """The first token of "Minister of X, Y and" right before token a, or None."""
        toks = c.tokens
        k = a - 1
        if k < 0 or toks[k].text not in ("and", "&"):
            return None
        while k >= 1 and (toks[k].cap or toks[k].text in (",", "and", "&", "the")) and k > a - 12:
            if toks[k].text == "of" or toks[k - 1].text == "of":
                break
            k -= 1
        if k >= 2 and toks[k - 1].text == "of" and toks[k - 2].text in TITLE_ENDS:
            t0 = k - 2
            while t0 >= 1 and _title_part(toks[t0 - 1].text, TITLE_WORDS):
                t0 -= 1
            return t0
        return None

    @staticmethod
    def _lower_head_after(c: _SegCtx, b: int) -> bool:
        """A lower-case head noun right after token b ("X initiative", "X summit")."""
        toks = c.tokens
        return b + 1 < len(toks) and toks[b + 1].text in LOWER_HEAD_CATEGORY and \
            c.text[toks[b].end:toks[b + 1].start] == " "

    def _single_name_cue(self, c: _SegCtx, a: int, initial: bool, in_title: bool) -> Category | None:
        """The category of a one-word name from its own form or the words around it, or None:
        "Reaganomics"/"Gaullism" (a doctrine), "the Diet" (a parliament), "coalition partner
        X", "his faction, the X", "X, a right-wing party" (an organisation)."""
        toks = c.tokens
        w = toks[a].text
        if w.endswith("nomics") or (w.endswith("ism") and not initial and w.lower() not in self.lower_vocab):
            return Category.POLICY
        if in_title:
            return None
        if w in SOLE_INSTITUTIONS:
            return Category.INSTITUTION
        coordinated = self._coordinated_category(c, a)
        if coordinated is not None:
            return coordinated
        # before: "<noun> X", "<noun>, the X"
        k = a - 1
        if k >= 1 and toks[k].text == "the" and toks[k - 1].text == ",":
            k -= 2
        if k >= 0:
            cue = CLASS_NOUNS.get(toks[k].text)
            if cue is not None and (toks[k].text != "partner" or (k and toks[k - 1].text == "coalition")):
                return cue
        # after: "X, founded in ...", "X, headquartered in ...": an organisation
        if a + 2 < len(toks) and toks[a + 1].text == "," and toks[a + 2].text in FOUNDED_WORDS:
            return Category.INSTITUTION
        # after: "X, a/the <lower-case words> <noun>"
        if a + 2 < len(toks) and toks[a + 1].text == "," and toks[a + 2].text in ("a", "an", "the"):
            for t in toks[a + 3:a + 8]:
                if t.kind != "word" or not t.text[:1].islower():
                    break
                if t.text in CLASS_NOUNS and t.text != "partner":
                    return CLASS_NOUNS[t.text]
        return None

    def _role_person(self, c: _SegCtx, a: int, b: int, in_title: bool) -> bool:
        """Rule family `roles`: a span that ends in a person's name after a role title:
        [organisation] Title-words [of/for Portfolio] Name ("National Security Adviser John
        Roe", "Prime Minister of Japan Aso Taro", "University Professor Tom Gill").  The
        title is the longest run ending in a title word (TITLE_ENDS, role nouns), the name
        the one to four name-like words after it (middle initials allowed); the person is
        kept with the title form as an alias, and an organisation before the title is a
        name of its own."""
        toks = c.tokens
        idx = [k for k in range(a, b + 1) if toks[k].kind == "word"]
        for pos in range(len(idx) - 2, -1, -1):
            t = idx[pos]
            w = toks[t].text
            if not (_title_part(w, TITLE_ENDS) or w in ROLE_NOUNS):
                continue
            name = idx[pos + 1:]
            if toks[name[0]].text in ("of", "for"):
                name = self._after_portfolio(c, name)
            if not name or not 1 <= len(name) <= 4 or \
                    not all(self._name_like(toks[k].text) or self._initial(c, k) for k in name):
                return False
            if len(name) == 1 and (in_title or not _title_part(w, TITLE_ENDS)):
                return False
            first = idx[0]
            t0 = next((k for k in idx[:pos + 1] if _title_part(toks[k].text, TITLE_WORDS)
                       or toks[k].text in ROLE_NOUNS), t)
            before = [toks[k].text for k in idx if k < t0]
            if before and (category_of_head(head_of(before)) is not None or
                           (len(before) == 1 and self._is_acronym(before[0]))):
                self._span(c, first, t0 - 1, in_title)   # the organisation before the title
            self._titled_person(c, t0, name[0], b, c.text[toks[t0].start:toks[b].end])
            return True
        return False

    def _after_portfolio(self, c: _SegCtx, rest: list[int]) -> list[int]:
        """The name after "of/for [the] Portfolio" in a title ("of Commerce", "of Japan",
        "for Foreign Affairs"): the tokens left once the portfolio words are taken, as long
        as two name-like words remain; [] when there is no such split."""
        toks = c.tokens
        k = 1
        if k < len(rest) and toks[rest[k]].text == "the":
            k += 1
        for end in range(k + 1, len(rest) - 1):
            if all(self._name_like(toks[x].text) or self._initial(c, x) for x in rest[end:]) and \
                    len(rest) - end <= 4:
                return rest[end:]
        return []

    @staticmethod
    def _initial(c: _SegCtx, k: int) -> bool:
        """Token k is a middle initial: one capital letter followed by a full stop."""
        t = c.tokens[k].text
        return len(t) == 1 and t.isupper() and k + 1 < len(c.tokens) and c.tokens[k + 1].text == "."

    def _lone_name(self, w: str) -> str | None:
        """Rule family `single-names`: a capitalised word mid-sentence is a name of its own
        when the article never writes it in lower case and it is not a word that English
        capitalises for another reason (a month, a demonym, a title), and either general
        English rarely uses it (a surname, a coined name: Zipf < RARE_ZIPF, "rare") or the
        article writes it alone more than once (a company or a platform: Zipf < COMMON_ZIPF,
        "common": kept only when two such mentions are found, see `run`).  A hyphenated
        word with a lower-case end is a modifier ("DC-based"), not a name."""
        if w.lower() in self.lower_vocab or not w[:1].isupper() or len(w) < 3 or w.isupper():
            return None
        if w in STOPWORDS or w in MONTHS or w in DAYS or w in DEMONYMS or w in TITLE_WORDS or \
                w in HEAD_CATEGORY or w in GEO_WORDS or w in COUNTRIES or w in OF_TAKERS:
            return None
        if _has_dash(w) and w.rsplit("-", 1)[-1][:1].islower():
            return None
        z = general_zipf(w)
        return "rare" if z < RARE_ZIPF else "common" if z < COMMON_ZIPF else None

    @staticmethod
    def _lone_category(c: _SegCtx, a: int) -> Category:
        """A lone name's category: a person when a reporting verb or a cited year follows
        ("X argues", "X (2001)"), else an organisation (a site, a company, a group)."""
        toks = c.tokens
        nxt = toks[a + 1].text if a + 1 < len(toks) else ""
        nxt2 = toks[a + 2].text if a + 2 < len(toks) else ""
        if nxt in REPORTING_VERBS or (nxt == "(" and nxt2[:2] in ("19", "20") and len(nxt2) == 4):
            return Category.PERSON
        if nxt in ("’s", "'s") and nxt2 in REPORTING_VERBS:
            return Category.PERSON
        return Category.INSTITUTION

    def _titled_person(self, c: _SegCtx, t0: int, k: int, b: int, text: str) -> None:
        """The person named by tokens k..b after the title t0..k-1 (a span's tokens a..b,
        `text`); a "Then-"/"Former-" prefix is no part of the title form kept as an alias."""
        toks = c.tokens
        e = toks[b].end
        name = c.text[toks[k].start:e]
        title_form = c.text[toks[t0].start:e]
        pre = TIME_PREFIX.match(title_form)
        if pre:
            title_form = title_form[pre.end():]
        links = [ln for ln in (text, title_form) if not TIME_PREFIX.match(ln)]
        self.add(_Raw(name, c.seg, toks[k].start, Category.PERSON, 3, "person", person_name=name, links=links))
        self._compound(c, k, b, name, "person")

    def _name_like(self, w: str) -> bool:
        """A word that can be part of a person's name."""
        base = w.rstrip(".")
        if not base[:1].isupper() or base in COUNTRIES or base in DEMONYMS or base in DAYS or \
                (base in MONTHS and (len(base) > 3 or base == "May")):
            return False
        if base in HEAD_CATEGORY or base in TITLE_WORDS or base.lower() in STOPWORDS:
            return False
        return all(p.lower() not in self.lower_vocab or p[:1].islower() for p in base.split("-")) \
            or base.isupper()

    @staticmethod
    def _is_acronym(w: str) -> bool:
        return _is_acronym(w)

    def _compound(self, c: _SegCtx, a: int, b: int, text: str, kind: str) -> None:
        """Capitalised words + up to two lower-case modifiers + a lower-case head noun."""
        toks = c.tokens
        j = b + 1
        mods: list[_Tok] = []
        owners = False   # a plural possessive modifier: "foreign ministers’ meeting"
        while j < len(toks) and len(mods) <= 2:
            t = toks[j]
            gap = c.text[toks[j - 1].end:t.start]
            if gap != " " and t.kind == "punct" and t.text in "’'" and mods and mods[-1].text.endswith("s") \
                    and not owners:
                owners = True
                j += 1
                continue
            if t.kind != "word" or gap != " " or not t.text[:1].islower():
                return
            lw = t.text.lower()
            if lw in LOWER_HEAD_CATEGORY or (owners and lw in ("meeting", "meetings")):
                break
            if lw in STOPWORDS or lw in NOT_MODIFIERS or lw.endswith("ly") or len(mods) == 2 or owners:
                return
            if kind in ("name", "person") and (PAST_VERB.match(lw) or lw in REPORTING_VERBS):
                return   # "Taro Yamada revived annual talks": a subject and its verb
            mods.append(t)
            j += 1
        else:
            return
        if j >= len(toks):
            return
        head = toks[j].text.lower()
        cat = LOWER_HEAD_CATEGORY.get(head, Category.EVENT)
        if j + 1 < len(toks) and toks[j + 1].text in ("meeting", "meetings") and \
                c.text[toks[j].end:toks[j + 1].start] == " ":
            j += 1  # "summit meetings"
        if kind == "named" and (cat is Category.OTHER or head in GOVERNMENT_HEADS):
            return
        if head in GOVERNMENT_HEADS and kind not in ("name", "person", "demonym"):
            return
        if kind == "demonym" and head not in GOVERNMENT_HEADS and \
                not (head in DEMONYM_EVENT_HEADS and mods and a > 0 and toks[a - 1].text.lower() == "the"):
            return  # but "the Asian financial crisis", "the Spanish civil war"
        if head in PLACE_PLURAL_HEADS and kind == "country":
            return
        s = toks[a].start
        full = c.text[s:toks[j].end]
        strength = 2 if cat is Category.OTHER else 3
        if head in PLACE_PLURAL_HEADS and self.raws and self.raws[-1].start == s and self.raws[-1].seg is c.seg:
            self.raws.pop()  # "Pacific Island countries": the modifier is not a name of its own
        prev_raw = self.raws[-1] if self.raws else None
        if head not in GOVERNMENT_HEADS and prev_raw is not None and prev_raw.seg is c.seg and \
                prev_raw.start == s and prev_raw.kind == "person" and prev_raw.strength == 1:
            prev_raw.strength, prev_raw.category = 0, None  # "Phase One agreement": not a person
        self.add(_Raw(full, c.seg, s, cat, strength))
        if cat in _SERIES_KINDS and kind == "name":
            # "Iron Gate exercise": "Iron Gate" names an event too ("the autumn Nordic Iron Gate")
            self.known_cat.setdefault(group_key(text), cat)
            self.known_last.add(text.rsplit(None, 1)[-1])
        self._place_link(c, j, full, cat)

    def _place_link(self, c: _SegCtx, b: int, text: str, cat: Category) -> None:
        """"X summit at Camp Y" is also "Camp Y summit"."""
        toks = c.tokens
        if cat is not Category.EVENT or b + 2 >= len(toks) or toks[b + 1].text not in ("at", "in"):
            return
        k = b + 2
        if not toks[k].cap or toks[k].text in MONTHS:
            return
        e = k
        while e + 1 < len(toks) and toks[e + 1].cap and c.text[toks[e].end:toks[e + 1].start] == " ":
            e += 1
        place = c.text[toks[k].start:toks[e].end]
        head = text.split()[-1]
        if place in COUNTRIES:
            return
        self.add(_Raw(place, c.seg, toks[k].start, Category.PLACE, 2, "place"))
        named = self.raws[-2]
        named.links = [*named.links, f"{text} {toks[b + 1].text} {place}", f"{place} {head}"]




# ----------------------------------------------------------------------- assembling
def _assemble(raws: list[_Raw], doc: Document) -> list[Candidate]:
    uf = UnionFind()
    key_of: dict[str, str] = {}     # one key string per distinct form (raws share their texts)
    keys = []
    for r in raws:
        k = key_of.get(r.text)
        if k is None:
            k = key_of[r.text] = group_key(r.text)
        keys.append(k)
    del key_of
    strong: dict[str, int] = defaultdict(int)
    for r, k in zip(raws, keys):
        if not k:
            continue
        uf.add(k)
        strong[k] = max(strong[k], r.strength)
    # explicit links between forms (acronyms, "(the Y)", "X at P", colon titles)
    for r, k in zip(raws, keys):
        for ln in r.links:
            lk = group_key(ln)
            if not lk:
                continue
            if r.kind == "person" or ln.endswith(("summit", "Summit")) and lk not in strong:
                if lk not in strong and " at " not in ln and " in " not in ln:
                    continue
            uf.union(k, lk)
    _paren_aliases(raws, keys, uf, strong, doc)

    # persons: full names and the short references that can only mean one of them
    person_keys: dict[str, str] = {}
    for r, k in zip(raws, keys):
        if r.kind == "person" and r.strength >= 1 and r.person_name:
            person_keys.setdefault(k, r.person_name)
    idx = person_index(person_keys)
    for r, k in zip(raws, keys):
        if r.kind == "person" and len(name_tokens(r.person_name)) == 1:
            hits = idx.get(name_tokens(r.person_name)[0], set())
            if len(hits) == 1:
                uf.union(next(iter(hits)), k)
    single_person = {name_tokens(n)[0]: k for k, n in person_keys.items() if len(name_tokens(n)) == 1}

    # weak forms join a known concept or are dropped
    live: dict[str, int] = defaultdict(int)
    for r, k in zip(raws, keys):
        if r.strength >= 1:
            root = uf.find(k)
            live[root] = max(live[root], r.strength)
    resolved: list[tuple[_Raw, str]] = []
    for r, k in zip(raws, keys):
        if not k:
            continue
        root = uf.find(k)
        if r.strength >= 1 or (root in live and live[root] >= 2):
            resolved.append((r, root))
            continue
        toks = name_tokens(r.text)
        if len(toks) == 1:
            hits = idx.get(toks[0], set())
            if len(hits) == 1:
                resolved.append((r, uf.find(next(iter(hits)))))
                continue
            if toks[0] in single_person and not hits:
                resolved.append((r, uf.find(single_person[toks[0]])))
                continue
            if r.place_cue and not hits:
                r.category, r.strength, r.kind = Category.PLACE, 2, "place"
                resolved.append((r, root))
            continue

    # "<person> administration" = "<full name> Administration"
    by_root: dict[str, list[_Raw]] = defaultdict(list)
    for r, root in resolved:
        by_root[root].append(r)
    person_root_of_token: dict[str, str] = {}
    for root, rs in by_root.items():
        if any(r.kind == "person" for r in rs):
            for r in rs:
                for t in name_tokens(r.person_name or r.text):
                    person_root_of_token.setdefault(t, root)
    gov_links: dict[tuple[str, str], str] = {}
    for root, rs in list(by_root.items()):
        for r in rs:
            w = r.text.split()
            if len(w) >= 2 and w[-1].lower() in GOVERNMENT_HEADS:
                pr = {person_root_of_token.get(t) for t in name_tokens(" ".join(w[:-1]))}
                pr.discard(None)
                if len(pr) == 1:
                    gk = (pr.pop(), w[-1].lower())
                    if gk in gov_links and gov_links[gk] != root:
                        uf.union(gov_links[gk], root)
                    gov_links.setdefault(gk, root)
    # "Ministry of X" = "Ministry of X of Country"; "A's Name" = "Name"; "Japan-US-ROK Trilateral X" = "Trilateral X"
    roots_by_key = {k: uf.find(k) for k in uf.parent}
    abbreviated = {group_key(r.text) for r, _ in resolved if r.kind == "abbr"} | \
        {group_key(ln) for r, _ in resolved if r.kind == "abbr" for ln in r.links}
    of_country: dict[str, set[str]] = defaultdict(set)
    for r, _ in resolved:
        for m in (OF_COUNTRY.finditer(r.text) if "of" in r.text else ()):
            if r.text[m.end():] in COUNTRIES and r.category not in (Category.PLACE, Category.PERSON):
                of_country[group_key(r.text[:m.start()])].add(group_key(r.text))
                break
        if ("’s " in r.text or "'s " in r.text) and r.text not in COUNTRIES:
            # (a country's own name is no owner + name: "People's Republic of China" is not
            # a form of "Republic of China")
            tail = POSSESSIVE_SPLIT.split(r.text)[-1]
            tk = group_key(tail)
            if tk in roots_by_key and len(tail.split()) >= 2 and tail not in COUNTRIES:
                uf.union(tk, group_key(r.text))
        # (a chain needs a dash between its countries)
        parts = COUNTRY_CHAIN.match(r.text) if _has_dash(r.text) else None
        if parts:
            rest = parts.group("rest")
            rk = group_key(rest)
            if rk in roots_by_key and len(rest.split()) >= 2 and rk not in abbreviated and rest[:1].isupper():
                uf.union(rk, group_key(r.text))
    for base, fulls in of_country.items():
        if base in roots_by_key and len(fulls) == 1:
            uf.union(base, next(iter(fulls)))
    _short_forms(resolved, uf)

    groups: dict[str, list[_Raw]] = defaultdict(list)
    for r, root in resolved:
        groups[uf.find(root)].append(r)
    # from here on the raws live in `groups` only, and each group is dropped once it is a
    # candidate: the raws' memory is handed over to the mentions, not added to it
    del resolved, keys, by_root
    raws.clear()
    out: list[Candidate] = []
    contexts: dict = {}   # (segment, sentence span) -> context, shared by the candidates
    for root in list(groups):
        rs = groups.pop(root)
        best = max(r.strength for r in rs)
        if best < 1:
            continue
        cand = _candidate(rs, doc, contexts)
        if cand is not None:
            out.append(cand)
    out.sort(key=lambda c: (c.mentions[0].line, c.mentions[0].col) if c.mentions else (0, 0))
    return out


def _short_forms(resolved: list[tuple[_Raw, str]], uf: UnionFind) -> None:
    """Shortened later references join the one longer name they can mean:
    "the Promotion Act" = "the Coastal Fisheries Promotion Act" (the end of exactly one name with
    the same head), "the Velka mine" = "the Velka Hill Silver Mines" (its first word and its
    head, lower-case, of exactly one name)."""
    named: dict[str, bool] = {}   # text of a multi-word name -> seen with a cue (strength >= 2)
    for r, _ in resolved:
        if r.kind == "name" and r.category in _NAMED_KINDS and " " in r.text and r.text[:1].isupper():
            named[r.text] = named.get(r.text, False) or r.strength >= 2
    by_last: dict[str, dict[str, str]] = defaultdict(dict)   # last word -> text -> key
    for t, cued in named.items():
        w = t.split()
        if cued and not any(x[:1].islower() for x in w) and w[0] not in ORDINAL_WORDS:
            # (only names whose head is their last word: not "Declaration of the X Summit";
            # the Ninth X Summit is one of the X Summits)
            by_last[w[-1]][t] = group_key(t)
    if not by_last:
        return
    for text in named:
        w = text.split()
        k = group_key(text)
        last = w[-1]
        if last[:1].isupper():
            tail = " " + text
            hits = {uf.find(fk) for t, fk in by_last.get(last, {}).items() if t.endswith(tail)}
        elif len(w) == 2:
            head = last.title()
            hits = {uf.find(fk) for h in (head, head + "s") for t, fk in by_last.get(h, {}).items()
                    if t.split()[0] == w[0] and len(t.split()) > 2}
        else:
            continue
        hits.discard(uf.find(k))
        if len(hits) == 1:
            uf.union(k, next(iter(hits)))


def _paren_aliases(raws, keys, uf, strong, doc) -> None:
    """'the 1998 X Declaration (the Y Declaration)': Y is another name of X."""
    by_seg: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(raws):
        by_seg[id(r.seg)].append(i)
    new: list[tuple[_Raw, str]] = []
    for idxs in by_seg.values():
        for i in idxs:
            r = raws[i]
            if r.strength < 2 or r.kind in ("abbr", "acronym", "place", "title"):
                continue
            end = r.start + len(r.text)
            m = match_near(PAREN_ALIAS, r.seg.text, end)
            if not m:
                # (in the body: a note's 'Ministry, "Title,"' cites a title by its publisher)
                q = match_near(APPOSITIVE_QUOTE, r.seg.text, end) \
                    if r.seg.text.startswith(", ", end) and r.category in _NAMED_KINDS and r.seg.kind == "body" \
                    else None
                if q:   # 'the X Committee, the "Y"': Y is another name of X
                    ak = group_key(q.group("alias"))
                    if ak in strong and ak != keys[i]:
                        uf.union(keys[i], ak)
                continue
            alias = m.group("alias")
            ak = group_key(alias)
            if ak in strong and ak != keys[i] and len(alias.split()) >= 2:
                uf.union(keys[i], ak)
            elif ak and strong.get(ak, 0) <= 1 and r.category in _NAMED_KINDS and NATIVE_NAME.match(alias) and \
                    alias not in COUNTRIES:
                # "Japan Innovation Party (Nippon Ishin no Kai)": a name in another language
                a0, a1 = m.start("alias"), m.start("alias") + len(alias)
                for j in idxs:
                    o = raws[j]
                    if a0 <= o.start < a1 and o.strength <= 1:
                        o.strength, o.category, o.kind = 0, None, "name"   # no name of its own
                new.append((_Raw(alias, r.seg, a0, r.category, 2, "native"), keys[i]))
    for raw, k in new:
        ak = group_key(raw.text)
        raws.append(raw)
        keys.append(ak)
        uf.add(ak)
        strong[ak] = max(strong.get(ak, 0), raw.strength)
        uf.union(k, ak)


def _candidate(rs: list[_Raw], doc: Document, contexts: dict | None = None) -> Candidate | None:
    # category: the strongest cue wins, then the most frequent
    votes: dict[tuple[int, Category], int] = {}
    for r in rs:
        if r.category is not None:
            sc = (r.strength, r.category)
            votes[sc] = votes.get(sc, 0) + 1
    if not votes:
        return None
    top = max(votes, key=lambda sc: (sc[0], votes[sc]))
    category = top[1]
    strength = top[0]
    # forms
    form_count: dict[str, int] = {}
    role: dict[str, Role] = {}
    display: dict[str, str] = {}
    for r in rs:
        texts = [r.person_name] if r.kind == "person" and r.person_name else [r.text]
        if r.kind == "person":
            texts += [ln for ln in r.links if ln and ln != r.person_name]
        for t in texts:
            mk = match_key(t)
            display.setdefault(mk, t)
            form_count[mk] = form_count.get(mk, 0) + 1
            if r.kind == "abbr" and t == r.text:
                role[mk] = Role.ABBREVIATION
    defined_long = [match_key(ln) for r in rs if r.kind == "abbr" for ln in r.links]
    if category is Category.PERSON:
        names = {match_key(r.person_name) for r in rs if r.kind == "person" and r.person_name}
        pool = [k for k in names if k in display] or list(display)
        pref = max(pool, key=lambda k: (len(k.split()), sum(1 for ch in display[k] if ch.islower()), form_count[k]))
    elif defined_long:
        pref = Counter(defined_long).most_common(1)[0][0]
    else:
        acronyms = {match_key(r.text) for r in rs if r.kind in ("acronym", "native")}
        pool = [k for k in display if role.get(k) is not Role.ABBREVIATION and k not in acronyms] or list(display)
        pref = max(pool, key=lambda k: (form_count[k], len(k)))
    forms: list[Form] = []
    conf = _STRENGTH_CONF.get(strength, 0.5)
    ptext = display[pref]
    # an acronym defined by a plural long form: the singular is preferred
    pw = ptext.split()
    if defined_long and pw and pw[-1].endswith("s") and pw[-1][:-1] in HEAD_CATEGORY:
        singular = " ".join(pw[:-1] + [pw[-1][:-1]])
        forms.append(Form("en", singular, Role.PREFERRED, confidence=conf, evidence="singular of the defined long form"))
        forms.append(Form("en", ptext, Role.ALIAS, confidence=conf))
    else:
        forms.append(Form("en", ptext, Role.PREFERRED, confidence=conf, evidence=_evidence(rs, category)))
    for k, t in display.items():
        if k == pref:
            continue
        forms.append(Form("en", t, role.get(k, Role.ALIAS), confidence=conf))
    mentions = []
    seen = set()
    if contexts is None:
        contexts = {}
    path = doc.path
    for r in (sorted(rs, key=lambda r: _position(r.seg, r.start)) if len(rs) > 1 else rs):
        seg = r.seg
        pos = _position(seg, r.start)
        if pos in seen:
            continue
        seen.add(pos)
        mentions.append(Mention(r.text, pos[0], pos[1], _context(r, contexts), seg.footnote, path))
    confidence = min(0.99, conf + 0.02 * (len(mentions) - 1))
    return Candidate(category=category, forms=forms, confidence=round(confidence, 3), mentions=mentions)


_CATEGORY_VALUE = {c: c.value for c in Category}   # (Enum .value is a slow descriptor)


def _evidence(rs: list[_Raw], category: Category) -> str:
    kinds = {r.kind for r in rs}
    return f"{_CATEGORY_VALUE[category]}: {len(rs)} mention(s); cues: " + ", ".join(sorted(kinds))


#: at most this many characters of context before and after an occurrence
CONTEXT_REACH = 1000


def _context(r: _Raw, contexts: dict | None = None) -> str:
    """The sentence around a raw occurrence; `contexts` memoises by segment and span."""
    text = r.seg.text
    end = r.start + len(r.text)
    # the sentence, but never more than CONTEXT_REACH characters either side (a line
    # without sentence breaks is not stored once per occurrence)
    floor = max(0, r.start - CONTEXT_REACH)
    a = text.rfind(". ", floor, r.start)
    a = a + 2 if a >= 0 else floor
    b = text.find(". ", end, end + CONTEXT_REACH)
    b = min(len(text), end + CONTEXT_REACH) if b < 0 else b + 1
    if contexts is None:
        return " ".join(text[a:b].split())
    k = (id(r.seg) << 64) | (a << 32) | b    # one int, not a tuple of three: 100,000s of them
    v = contexts.get(k)
    if v is None:
        v = contexts[k] = " ".join(text[a:b].split())
    return v


def extract_english(doc: Document) -> list[Candidate]:
    """English entity candidates of `doc` (see module docstring).

    The cyclic garbage collector is paused while one document is extracted: extraction
    makes some hundred thousand short-lived objects (tokens, occurrences) and no reference
    cycles, yet each 700 allocations would start a collection, and the full ones walk
    every live object of the process (a store, parsed documents): up to a sixth of the
    time.  It is resumed (when it was on) as soon as the document is done."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        return _Extractor(doc).run()
    finally:
        if enabled:
            gc.enable()
