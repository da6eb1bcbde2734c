"""Rule family `quotes`: quoted and italic names and titles; cited titles in notes.

In the body a short title-case quote is a name (its category from its head noun or the
noun before it: exercises "Freedom X"), a long one in title case the title of a work; a
Markdown *Title* names a publication.  In a note an English quote is a cited title: a
`title` entry, or the agreement/event/institution it names ("Signing of the X
Agreement", "X Summit Meeting"); "(City: Publisher, 2024)" names a place and a
publisher.
"""
from __future__ import annotations

import bisect

import regex

from ...text.lexicon import alternation, mapping, words
from ...model import Category
from ..categories import category_of_head, head_of, NAME_CONNECTORS
from ..scan import match_near
from ..vocab import COUNTRIES, DEMONYMS, HEAD_CATEGORY, LOWER_HEAD_CATEGORY, STOPWORDS, TITLE_PREFIXES
from .segments import _Raw, _SegCtx
from ..general import dictionary_place
from .shared import PAGE_ABBREVIATIONS, REPORTING_VERBS, VERBISH
from ...text.scripts import has_cjk


# A leading ordinal in a cited title: "The 3rd ...".
LEADING_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)\s+")


# Quoted phrases: “...”, "..." (one line).
QUOTE = regex.compile(r"“(?P<q>[^“”\n]{1,400})”|\"(?P<q2>[^\"\n]{1,400})\"")


# A publisher in a book citation: "(Tokyo: Publisher, 2024)".
PUBLISHER = regex.compile(
    r"\(\s*(?P<city>\p{Lu}[\p{L}\- ]{1,40}?)\s*:\s*(?P<pub>\p{Lu}[\p{L}\p{N}&.,' \-]{1,60}?)\s*,\s*(?:1[89]|20)\d\d\s*\)")


# A page reference after a title or a publisher: "p. 12", "pp 3-4", "Pg 88", "PG 164".
PAGE_REFERENCE = (r"\s+(?i:" + "|".join(regex.escape(w) for w in sorted({w.rstrip(".") for w in PAGE_ABBREVIATIONS},
                                                                        key=len, reverse=True))
                  + r")\.?\s*\d")


# An author-date reference (APA, Harvard, Chicago author-date): "Author, A. B. (1987) Title:
# Subtitle. City: Publisher." -- the unquoted title after the year, up to the first full stop
# that is no initial ("U.S.", "T. R. H.") nor inside the year's parentheses.
AUTHOR_DATE_TITLE = regex.compile(
    r"(?<=\p{L}[.,]?\s*)\(\s*(?:1[5-9]|20)\d\d[a-z]?(?:,\s*[\p{L}\d ]{1,20})?\s*\)[.,:]?\s+"
    r"(?P<title>[\p{Lu}\d][^\n]{2,300}?)"
    r"(?=(?<!(?:^|[\s.])\p{Lu})\.(?:\s|$)|\s+(?:pp?\.|Pg\.?|Vol\.)\s|" + PAGE_REFERENCE + "|$)")
#: the names of a cited work's authors (or editors, translators) and a comma right before its
#: title ("Tarvik, _Title_", "K. N. Tarvik, _Title_", "Kessin and
#: Tarvik, eds., _Title_"); `names` are checked for words that name no person ("In Valmora, _…_")
AUTHOR_BEFORE = regex.compile(
    r"(?<![\p{L}.'’-])(?P<names>(?:\p{Lu}[\p{L}.'’-]*,?\s+(?:and\s+)?){0,5}\p{Lu}[\p{Ll}'’-]+)"
    r"(?:\s+et\s+al\.)?(?:,[ \t]+(?:eds?|trans|comp)\.)?,[ \t]*[*_]?[ \t]*$")

#: page numbers, then prose, after a journal's year: "(2004): 113–129, 120, argues …"
PAGES_FIRST = regex.compile(r"\d+(?:[–-]\d+)?\s*(?:[,;]\s*(?:\d|\p{Ll})|;)")


# A publisher after a place in a citation without parentheses: "Princeton, NJ: Princeton
# University Press." (the two-letter code is a state or province, not a name).
PLACE_STATE_PUBLISHER = regex.compile(
    r"(?P<city>\p{Lu}\p{L}+(?:[ \-]\p{Lu}\p{L}+)?),\s*(?P<state>\p{Lu}{2}|\p{Lu}\.\p{Lu}\.)\s*:\s*"
    r"(?P<pub>\p{Lu}[\p{L}\p{N}&' \-]{1,60}?)(?=\s*[.,;]|" + PAGE_REFERENCE + r"|\s*$)")


# After a quoted name: up to two lower-case modifiers and a lower-case head noun
# ('"Blue Sky" trade talks').
QUOTED_HEAD = regex.compile(
    r"[ \t]+(?:[\p{Ll}][\p{Ll}\-]*[ \t]+){0,2}?(?P<head>" + "|".join(sorted(LOWER_HEAD_CATEGORY, key=len, reverse=True))
    + r")\b")


# Nouns before a quoted name that give its category: exercises "X", a doctrine called "Y".
QUOTE_CUES: dict[str, Category] = {w: Category(c) for w, c in mapping("en_lower_heads", "word", "category", list="quote_cue").items()}
#: the words that can cue an unquoted title (`_unquoted_titles`): a work's noun, or "in"
_WORK_CUES = frozenset(w for w, c in QUOTE_CUES.items() if c is Category.PUBLICATION) | {"in"}


# Labels before a colon in a headline that are not a name: "Opinion: ...".
# Lower-case words a quoted title-case name may contain after its first word ("Toward
# the Making of an X", "Back to the Y").
TITLE_SMALL_WORDS = words("en_function_words", list="title_small_word")


# First words of a quoted title that make it a paper's title, not a name of a thing.
TITLE_OPENERS = words("en_function_words", list="title_opener")


HEADLINE_LABELS = words("en_function_words", list="headline_label")


#: lower-case words a cited title naming a thing may contain ("Agreement between X and Y")
CITED_TITLE_CONNECTORS = words("en_function_words", list="cited_title_connector")


#: a quoted clause of at least this many words that starts in lower case is speech
QUOTED_SPEECH_WORDS = 5
#: two or more CJK words in a row, each followed by its lower-case reading in brackets
WORD_BY_WORD = regex.compile(r"(?:[\p{Han}\p{Katakana}\p{Hiragana}\p{Hangul}ー]+\s*[(（][*_\s]*\p{Ll}[\p{Ll}'’-]*[*_\s]*[)）]\s*){2,}")
#: the longest title of a work taken from quotes or italics, in words
MAX_TITLE_WORDS = 30


# Single-quoted phrases: 'velo-kun', ‘Quiet Shore’ (the closing quote no apostrophe:
# no letter after it).
SINGLE_QUOTE = regex.compile(r"(?<![\p{L}\p{N}])['‘](?P<q>[^'‘’\n]{1,80}?)['’](?![\p{L}\p{N}])")

# What follows a phrase the article glosses with its Japanese or Korean original: closing
# quotes, then the original -- bare (*zatoku* ザトク), in corner quotes, or in brackets, alone
# or after a romanization ("Win, Harbor!" (*minato katsu* 「港勝つ」), 'X' (*romaji*, 日本語)).
GLOSSED_BY = regex.compile(
    r"[\s'’\"”]{0,4}[,;，、]?[\s'’\"”]{0,2}(?:[(（]\s*(?:(?P<pre>[^()（）\n\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}.!?]{1,60}?)[\s,;，]\s*)?)?"
    r"[「『'‘\"“\s\[［【〔]{0,3}[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")

#: the longest glossed phrase, in words
MAX_GLOSSED_WORDS = 8


#: what separates a title from its subtitle
SUBTITLE_BREAK = regex.compile(r"[:?!]$|^[-–—]$")


#: words of a book's author list besides capitalised names
AUTHOR_LIST_WORDS = words("en_function_words", list="author_list_word")


#: an editors' mark after the author list: "eds., "
EDITOR_MARK = regex.compile(r"\(?eds?\.\)?,\s+")


#: a note's lead-in before the work it cites: "See also ", "See, for example, ", "On this
#: point, see ", "For example, " (the words: data/en_function_words.tsv)
CITATION_LEAD = regex.compile(
    r"^\s*(?:(?:\p{Lu}[^,;()\n]{0,40},\s+)?(?:" + alternation("en_function_words", list="citation_lead") + r")"
    r"(?:,?\s+(?:" + alternation("en_function_words", list="citation_example") + r"))?"
    r"|(?:" + alternation("en_function_words", list="citation_example") + r")),?\s+(?=\p{Lu})", regex.I)


def _book_before(text: str, end: int) -> tuple[int, int] | None:
    """The unquoted title of a book cited as "Author(s), Title: Subtitle" right before
    `end` (where its "(City: Publisher, Year)" opens), as (start, end) in `text`; the
    citation starts the note or follows a ";", after a lead-in if any ("See also")."""
    start = max(text.rfind(";", 0, end), text.rfind("\n", 0, end)) + 1
    lead = CITATION_LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    chunk = text[start:end]
    comma = chunk.find(", ")
    if comma < 0 or any(q in chunk for q in "“”\"‘’«»『』「」") or has_cjk(chunk):
        return None
    authors, title = chunk[:comma].split(), chunk[comma + 2:].rstrip()
    role = EDITOR_MARK.match(title)
    if role:                    # "A and B, eds., Title"
        title, comma = title[role.end():], comma + role.end()
    if not 1 <= len(authors) <= 8 or any(ch.isdigit() for ch in chunk[:comma]) or \
            not all(w[:1].isupper() or w in AUTHOR_LIST_WORDS for w in authors):
        return None
    words = title.split()
    if len(words) < 2 or not _work_title(words):
        return None
    x = start + comma + 2
    return x, x + len(title)


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


#: an opening bracket, with quotes and emphasis, right before a phrase
_BRACKET_BEFORE = regex.compile(r"[(（][\s'‘\"“*_]*$")
#: a Latin part before it in the same bracket ("(the Harbor Unity Party, *Minato tōitsu tō* …")
_PART_BEFORE = regex.compile(r"[(（][^()（）\n]*\p{Latin}[^()（）\n]*[,;，][\s'‘\"“*_]*$")


#: a Japanese run right before a phrase, with a bracket or quote between: "港 *minato*",
#: "プリキュア革命 (*purikyua kakumei*"
_ORIGINAL_BEFORE = regex.compile(r"(?P<cjk>[\p{Han}\p{Hiragana}\p{Katakana}ー々]{1,12})[」』]?\s*[(（]?[\s'‘\"“]*$")


def _reads_the_original_before(text: str, x: int, inner: str) -> bool:
    """The phrase is the reading of the Japanese written right before it (the original
    first, its romanization after): checked against the readings pykakasi's dictionary
    allows, since a Latin word after Japanese is not always its reading."""
    m = _ORIGINAL_BEFORE.search(text, max(0, x - 40), x)
    if m is None or not regex.fullmatch(r"[\p{Latin}'’\- ]+", inner):
        return False
    from ...text.kana import romaji_key
    from ...text.readings import readings

    return romaji_key(inner) in readings(m.group("cjk"))


#: up to eight Latin words right before a Japanese word: a romanized name written without
#: italics or quotes before its original ("Kokushi taikei 国史大系")
ROMAJI_THEN_JAPANESE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<r>[\p{Latin}'’-]+(?:[ \t]+[\p{Latin}'’-]+){0,7})[ \t]+"
    r"(?P<cjk>[\p{Han}\p{Hiragana}\p{Katakana}ー々]{2,16})")


def _unmarked_romanization(text: str, m) -> tuple[int, int] | None:
    """The longest run of the Latin words before the Japanese word that is its reading, by
    the readings pykakasi's dictionary allows, starting with a capital and holding a word in
    lower case: (start, end)."""
    from ...text.kana import romaji_key
    from ...text.readings import readings

    words = list(regex.finditer(r"\S+", m.group("r")))
    allowed = None      # (the readings, looked up when a run first needs them)
    for w in words:
        if not w.group()[:1].isupper():
            continue
        start = m.start("r") + w.start()
        run = text[start:m.end("r")]
        # (capitalised words only are the chunker's: a person's name, "Tarvi Kessin 樽木健")
        if len(run) >= 4 and any(x[:1].islower() for x in run.split()[1:]):
            if allowed is None:
                allowed = readings(m.group("cjk"))
            if romaji_key(run) in allowed:
                return start, m.end("r")
    return None


#: an English translation in square brackets after a work's original or its romanization
#: ("*Tongguk t'onggam* (東國通鑑) [Comprehensive Mirror of the Eastern Kingdom]"): the bracket and its text
TRANSLATION_BRACKET = regex.compile(r"(?<=[)）*_\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}][ \t]{0,2})\[(?P<t>[^\[\]\n]{3,150})\]")
#: a quoted name and its English in square brackets: "Valmoreo Seowon [100 Tarvik Café]"
NAME_THEN_TRANSLATION = regex.compile(r"(?P<name>\p{Lu}[^\[\]\n]{1,80}?)\s*\[(?P<t>[\p{Lu}\d][^\[\]\n]{1,80})\]")
#: a journal after a quoted article title in a note: its name (capitalised words, "of",
#: "and", "the", a possessive), its volume, an optional issue, the year in brackets
JOURNAL_AFTER_TITLE = regex.compile(
    r"[”\"],?[ \t]+(?:in[ \t]+)?(?P<journal>\p{Lu}[\p{L}’'\-]*(?:[ \t]+(?:of|and|the|for|on|&|\p{Lu}[\p{L}’'\-]*))*)"
    r"[ \t]+(?P<volume>\d{1,4})(?:,[ \t]*(?:no|No|nos?)\.?[ \t]*\d{1,4})?[ \t]*\((?:[^()\n]{0,20}\b)?\d{4}\)")
#: any bracketed text of a note (see `_translated_romanized_titles`)
ANY_BRACKET = regex.compile(r"\[(?P<t>[^\[\]\n]{3,150})\]")
#: where a cited title starts: after the note's start, a full stop, a comma, a colon, a quote
TITLE_BOUNDARY = regex.compile(r"[.,:;“”\"(]")


def _romanized_run(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the romanized Japanese or Korean title that ends right before `end`
    (a bracket): the longest run of words back to a boundary that `romanized_phrase` accepts."""
    from ..general import romanized_phrase

    head = text[:end].rstrip(" \t*_")
    b = len(head)
    starts = [m.end() for m in TITLE_BOUNDARY.finditer(head)]
    a = starts[-1] if starts else 0
    words = list(regex.finditer(r"\S+", head[a:b]))
    for w in words[:-1]:
        if romanized_phrase(head[a + w.start():b]):
            return a + w.start(), b
    return None


#: the italic original a translation follows, ending this close before the bracket
TRANSLATED_WITHIN = 40


def _bracket_names(text: str) -> bool:
    """An editor's bracket after a title names something: two capitalised words of letters
    that are no abbreviation or participle ("[100 Tarvik Café]"; not "[Vol. 2]", "[Updated
    2020]")."""
    return sum(1 for w in text.split() if w[:1].isupper() and w.isalpha() and VERBISH.match(w) is None) >= 2


def _name_words(text: str, least: int = 1) -> bool:
    """`least` to five words, each capitalised, a figure or a name's connector ("of", "the"
    inside): a name, not a clause ("We will keep supporting")."""
    words = text.split()
    return least <= len(words) <= 5 and (words[0][:1].isupper() or words[0][:1].isdigit()) and \
        all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_CONNECTORS for w in words)


def _authors_before(text: str, x: int) -> bool:
    """People's names and a comma right before `x` (see AUTHOR_BEFORE): no word of them a
    function word, a country or a demonym ("In Valmora, _Kami no michi_ is …" cites nothing)."""
    m = AUTHOR_BEFORE.search(text, 0, x)
    if m is None:
        return False
    names = [w.strip(",.") for w in m.group("names").split() if w != "and"]
    # (a surname may be a word: "Ernest R. May"; the first word may not: "In Valmora, _…_")
    return names[0].lower() not in STOPWORDS and \
        not any(w in COUNTRIES or w in DEMONYMS for w in names if len(w) > 1)


def _romanization_part(c: _SegCtx, x: int, y: int) -> bool:
    """A bracket's Latin part before the original is its romanization when it is set off
    -- in italics or quotes, or followed by a comma -- not running words ("(usage of 港, the key word")."""
    part = c.text[x:y + 1]
    return part.rstrip()[-1:] in ",;，" or any(a <= x + 1 and y - 1 <= b + 1 for a, b in c.italics) \
        or part.strip()[:1] in "'‘\"“"


#: the quoted or emphasised phrase a bracket follows: '"Quiet Shore" ('
_QUOTED_BEFORE = regex.compile(r"[\"“'‘*_]\s*(?P<e>[\p{L}\p{N}][^\"“”'‘’()\n]{0,120}?)\s*[\"”'’*_]\s*$")
#: a literal translation inside the bracket after the original: (『…』, lit. "Win, Harbor")
_LITERAL_AFTER = regex.compile(r"^[^()（）\n]{0,80}?\blit(?:erally|\.)\s*[:,]?\s*[\"“'‘*_\s]*"
                               r"(?P<e>\p{L}[^\"“”'‘’()\n]{0,120}?)\s*[\"”'’*_]*\s*[)）,;]")


def _glossed_english(text: str, x: int, y: int) -> tuple[bool, str]:
    """How the phrase at `x`..`y` relates to the English around it: (True, name) when it sits
    in a bracket that glosses a name before it -- a quoted English phrase ('"Quiet Shore"
    ("*shizuka na kishi*", 『静かな岸』)') or another part of the same bracket ("(the Harbor
    Unity Party, *Minato tōitsu tō* 港統一党)"): it is that name's romanization, one
    concept; (True, "") for a capitalised name before the bracket (its extent is the
    chunker's to find); (False, name) with the literal translation the bracket gives after
    the original ('*minato katsu*' (『港勝つ』, lit. "Win, Harbor")); else (False, "")."""
    before = text[max(0, x - 200):x]
    m = _PART_BEFORE.search(before)
    if m:
        part = before[m.start() + 1:].strip(" \t'‘\"“*_")
        part = regex.split(r"[,;，]", part)[0].strip(" \t'‘’\"“”*_")
        return True, regex.sub(r"^(?:the|The)\s+", "", part)
    m = _BRACKET_BEFORE.search(before)
    if m is not None:
        prev = before[:m.start()].rstrip()
        q = _QUOTED_BEFORE.search(prev)
        if q:
            return True, q.group("e").strip()
        word = prev.rsplit(None, 1)[-1] if prev.split() else ""
        if word[:1].isupper():
            return True, ""
    lit = _LITERAL_AFTER.match(text, y)
    return False, (lit.group("e").strip() if lit else "")


#: a quotation of figures only: a whole number, a list of numbers, a percentage ("30, 40, 30",
#: "40", "3%"); a date-like name stays a name ("3.11", "6.25")
QUOTED_FIGURES = regex.compile(r"\d+|\d[\d.]*(?:\s*[,;/]\s*\d[\d.]*)+|\d[\d.,]*\s*%")


class _Quotes:
    def _quotes(self, c: _SegCtx, suppressed: list[tuple[int, int]], title_ranges: list[tuple[int, int]],
                named: list[tuple[int, int]], cited: list[tuple[int, int]]) -> None:
        """Quoted phrases and Markdown italics of a segment; the ranges they cover go to
        `suppressed` (no capitalised span of their own), or for a note's quote to
        `title_ranges` and `named` (a name, read like a title) or `cited` (a `title` entry)."""
        for m in (QUOTE.finditer(c.text) if "“" in c.text or '"' in c.text else ()):   # (its quote marks)
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
        if c.seg.kind == "body":
            for x, y in self._unquoted_titles(c):
                suppressed.append((x, y))

    def _glossed(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """A quoted or italic phrase the article follows with its Japanese or Korean
        original names a term, whatever its case: '*velo-kun*' (「ベロクン」), *zatoku* ザトク,
        "Win, Harbor!" (*minato katsu* 「港勝つ」) -- the writer gives the original because
        the phrase is one (the aligner pairs the two)."""
        if c.seg.kind == "note" and "[" in c.text:
            self._translated_romanized_titles(c, suppressed)
        if not c.cjk or not has_cjk(c.text):
            return
        spans = [(x, y) for x, y in c.italics]
        if "“" in c.text or '"' in c.text:
            spans += [m.span("q") if m.group("q") is not None else m.span("q2") for m in QUOTE.finditer(c.text)]
        spans += [m.span("q") for m in SINGLE_QUOTE.finditer(c.text)]
        seen: set[int] = set()
        # a phrase glossed word by word ("神風 (*shinpuu*) 特別 (*tokubetsu*)"): its readings are no terms
        piecewise = [m.span() for m in WORD_BY_WORD.finditer(c.text)] if c.text.count("(") >= 2 else []
        for x, y in sorted(spans):
            if any(a <= x < b for a, b in piecewise):
                continue
            inner = c.text[x:y].strip().strip("'‘’\"“”").rstrip(" ,.;:")
            if not inner or x in seen or has_cjk(inner) or not inner[:1].isalnum() or \
                    len(inner.split()) > MAX_GLOSSED_WORDS:
                continue
            m = GLOSSED_BY.match(c.text, y + (1 if y < len(c.text) and c.text[y] in "*_" else 0))
            if m is None or (m.group("pre") and not _romanization_part(c, m.start("pre"), m.end("pre"))):
                if not _reads_the_original_before(c.text, x, inner):
                    continue
            seen.add(x)
            inside, english = _glossed_english(c.text, x, y)
            if inside and not english:
                continue
            start = x + c.text[x:y].find(inner)
            words = (english or inner).split()
            # (in a note, a work's romanized title in italics: "*Nichibei sensō* 日米戦争")
            cat = category_of_head(head_of(words)) or \
                (Category.PUBLICATION if c.seg.kind == "note" and (x, y) in c.italics else Category.OTHER)
            if inside:   # the romanization of the name before it: one concept, not a term of its own
                self.add(_Raw(inner, c.seg, start, None, 0, links=[english]))
            else:
                self.add(_Raw(inner, c.seg, start, cat, 3, links=[english] if english else None))
            suppressed.append((start, start + len(inner)))
        self._romanized_before_original(c, suppressed)
        self._translated_titles(c, suppressed)

    def _romanized_before_original(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """A romanized Japanese name written plainly before its original, when it reads it:
        "Kokushi taikei 国史大系" (a note's work: a publication), "Konjaku monogatari 今昔物語"."""
        for m in ROMAJI_THEN_JAPANESE.finditer(c.text):
            span = _unmarked_romanization(c.text, m)
            if span is None or any(a < span[1] and span[0] < b for a, b in suppressed):
                continue
            run = c.text[span[0]:span[1]]
            cat = category_of_head(head_of(run.split())) or \
                (Category.PUBLICATION if c.seg.kind == "note" else Category.OTHER)
            self.add(_Raw(run, c.seg, span[0], cat, 2))
            suppressed.append(span)

    def _translated_titles(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """A title-case English translation in square brackets right after a work's original
        or its italic romanization is that work's title ("*Kessin sasŏl* (経国大典)
        [Kessin's Selected Writings]"): a publication, one concept with the italic title."""
        for m in TRANSLATION_BRACKET.finditer(c.text):
            t = m.group("t").strip()
            x = m.start("t") + m.group("t").find(t)
            if any(a < x + len(t) and x < b for a, b in suppressed) or not _work_title(t.split()):
                continue
            before = [(a, b) for a, b in c.italics if b <= m.start() and m.start() - b <= TRANSLATED_WITHIN]
            links = [c.text[before[-1][0]:before[-1][1]].strip()] if before else None
            for r in self.raws[-8:] if links else ():
                if r.seg is c.seg and r.text == links[0] and r.category is Category.OTHER:
                    r.category = Category.PUBLICATION     # the glossed original is the work too
            self.add(_Raw(t, c.seg, x, Category.PUBLICATION, 3, links=links))
            suppressed.append((x, x + len(t)))

    def _translated_romanized_titles(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """A note's work cited by its plain romanized title and its English in square
        brackets ("Gaikō no genba kara [From the Front Line of Diplomacy]"): a publication
        whose English name is the translation, the romanization another form of it."""
        for m in ANY_BRACKET.finditer(c.text):
            t = m.group("t").strip()
            x = m.start("t") + m.group("t").find(t)
            if any(a < x + len(t) and x < b for a, b in suppressed) or not _work_title(t.split()):
                continue
            run = _romanized_run(c.text, m.start())
            if run is None:
                continue
            a, b = run
            self.add(_Raw(t, c.seg, x, Category.PUBLICATION, 3, links=[c.text[a:b]]))
            self.add(_Raw(c.text[a:b], c.seg, a, None, 0, links=[t]))
            suppressed.extend([(x, x + len(t)), (a, b)])

    def _unquoted_titles(self, c: _SegCtx) -> list[tuple[int, int]]:
        """A title of a work written without quotes after the noun that says it is one:
        'the book Memory and Loss in the Border Zone was ...', 'her documentary Our
        Homeland': title-case words, small words ("and", "in", "the") between them, up to
        the first word in lower case; at least two capitalised words."""
        toks, out = c.tokens, []
        # (only the tokens that can be a cue are visited: a title's first word starts a name
        # (`cap`), so a cue is a token before one; one set look-up per such token)
        caps = c.caps if c.caps is not None else [k for k, t in enumerate(toks) if t.cap]
        for i in [k - 1 for k in caps if 0 < k < len(toks) - 1 and toks[k - 1].text in _WORK_CUES]:
            t = toks[i]
            # the cue: a noun that names a work, or "<reporting verb> in" ("as Tarvik shows in X")
            cited_in = t.text == "in" and i > 0 and toks[i - 1].text in REPORTING_VERBS
            if t.kind != "word" or not (cited_in or QUOTE_CUES.get(t.text) is Category.PUBLICATION):
                continue
            j, caps, last = i + 1, 0, i
            while j < len(toks) and toks[j].kind == "word" and c.text[toks[j - 1].end:toks[j].start] == " " and \
                    (toks[j].cap or (caps and toks[j].text in TITLE_SMALL_WORDS) or
                     (caps and toks[j].text in NAME_CONNECTORS)):
                if toks[j].cap:
                    caps, last = caps + 1, j
                j += 1
            if caps >= 2 and last > i + 1 and not all(toks[k].text in COUNTRIES for k in range(i + 1, last + 1)):
                x, y = toks[i + 1].start, toks[last].end
                title = c.text[x:y]
                head_cat = category_of_head(head_of(title.split()))
                if cited_in and (head_cat in (Category.PLACE, Category.EVENT) or title in COUNTRIES or
                                 dictionary_place(title)):
                    continue      # where it was said: "said in New York", "spoke in Valmora Prefecture"
                # (a work's cue outweighs a head of another kind: "her book The Quiet Strait")
                cat = head_cat if head_cat in (Category.PUBLICATION, Category.POLICY, Category.AGREEMENT) else \
                    Category.PUBLICATION
                self.add(_Raw(title, c.seg, x, cat, 2))
                out.append((x, y))
        return out

    def _publishers(self, c: _SegCtx, suppressed: list[tuple[int, int]], title_ranges: list[tuple[int, int]],
                    named: list[tuple[int, int]]) -> None:
        """A book citation in a note: "(Tokyo: Publisher, 2024)" names a place and a publisher,
        and the unquoted title before it ("Author, Title: Subtitle (City: ...") a book."""
        for m in PUBLISHER.finditer(c.text):
            self.add(_Raw(m.group("city"), c.seg, m.start("city"), Category.PLACE, 2, "place"))
            self.add(_Raw(m.group("pub"), c.seg, m.start("pub"), Category.INSTITUTION, 2))
            suppressed.append((m.start(), m.end()))
            book = _book_before(c.text, m.start())
            if book is not None and not any(book[0] < e and s_ < book[1] for s_, e in (*suppressed, *title_ranges)):
                x, y = book
                self.add(_Raw(c.text[x:y], c.seg, x, Category.PUBLICATION, 2))
                named.append((x, y))
                title_ranges.append((x, y))

    def _journals(self, c: _SegCtx, suppressed: list[tuple[int, int]], named: list[tuple[int, int]]) -> None:
        """An article citation in a note: after the quoted title, the journal's name, its
        volume and its year ("…,” Journal of Valmoran’s History 12 (2001): 33" and "…,”
        Ostrin Journal 14, no. 2 (1999)") -- the journal is a publication, whole, without
        its volume."""
        for m in JOURNAL_AFTER_TITLE.finditer(c.text):
            x, y = m.span("journal")
            if any(x < e and s_ < y for s_, e in suppressed):
                continue
            self.add(_Raw(m.group("journal"), c.seg, x, Category.PUBLICATION, 3))
            suppressed.append((x, m.end("volume")))      # (not "Ostrin Journal 14": a volume)
            named.append((x, y))

    def _author_date(self, c: _SegCtx, suppressed: list[tuple[int, int]], title_ranges: list[tuple[int, int]],
                     named: list[tuple[int, int]]) -> None:
        """An author-date reference in a note: the unquoted title after "(1987)" names a
        publication (its category from its head noun when it has one: a report, an act),
        whose words are read like a title's (`named`: the names inside it count too);
        "City, ST: Publisher" names a place and a publisher.  Quoted titles are `_quotes`'."""
        for m in AUTHOR_DATE_TITLE.finditer(c.text):
            title = m.group("title").rstrip(" ,;:")
            x = m.start("title")
            if any(x < e and s_ < x + len(title) for s_, e in (*suppressed, *title_ranges)) or QUOTE.match(title) or \
                    title[:1] in "“\"'‘" or len(title.split()) > MAX_TITLE_WORDS or len(title.split()) < 2 or \
                    PAGES_FIRST.match(title):
                continue    # (not "(2004): 113–129, 120, argues that …": pages, then prose)
            words = title.split()
            cat = category_of_head(head_of(words)) or Category.PUBLICATION
            self.add(_Raw(title, c.seg, x, cat, 2))
            named.append((x, x + len(title)))
            title_ranges.append((x, x + len(title)))
        for m in (PLACE_STATE_PUBLISHER.finditer(c.text) if ":" in c.text else ()):   # (its colon)
            if any(m.start() < e and s_ < m.end() for s_, e in suppressed):
                continue
            self.add(_Raw(m.group("city"), c.seg, m.start("city"), Category.PLACE, 2, "place"))
            self.add(_Raw(m.group("pub"), c.seg, m.start("pub"), Category.INSTITUTION, 2))
            suppressed.append((m.start(), m.end()))

    def _quote(self, c: _SegCtx, q: str, qs: int) -> tuple[int, int, str] | None:
        inner = q.rstrip(" ,.;:")
        if not inner or has_cjk(inner) or QUOTED_FIGURES.fullmatch(inner):
            return None     # (figures in quotes name nothing: "30, 40, 30"; "2+2" does)
        words = inner.split()
        m = NAME_THEN_TRANSLATION.fullmatch(inner)
        if m and not _bracket_names(m.group("t")):
            inner, m = m.group("name").rstrip(), None    # an editor's note: "“Title [Vol. 2]”" is "Title"
            words = inner.split()
        if m and c.seg.kind == "body" and _name_words(m.group("name")) and _name_words(m.group("t"), 2):
            # a romanized name and a translator's English for it in brackets: one concept
            # ("“Valmoreo Seowon [100 Tarvik Café]”"), each its own form
            name, t = m.group("name"), m.group("t")
            cat = category_of_head(head_of(t.split())) or category_of_head(head_of(name.split())) or Category.OTHER
            self.add(_Raw(name, c.seg, qs, cat, 3, links=[t]))
            self.add(_Raw(t, c.seg, qs + m.start("t"), cat, 3, links=[name]))
            return (qs, qs + len(inner), "name")
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
            # (written without the quote marks: '"2+2" trade consultation' is the 2+2 trade consultation)
            full = c.text[qs:qs + len(q)] + c.text[qs + len(q) + 1:m.end()]
            hcat = LOWER_HEAD_CATEGORY.get(m.group("head"), Category.EVENT)
            if hcat is not Category.OTHER:
                self.add(_Raw(full, c.seg, qs, hcat, 3, links=[inner]))
                if cat is Category.OTHER:
                    raw.category, raw.strength = None, 0
        return (qs, qs + len(inner), "name")

    def _italic(self, c: _SegCtx, x: int, y: int) -> bool:
        """A Markdown *Title* in title case names a publication (or what its head noun
        says: *Foreign Trade Act*); True when it made a name."""
        inner = c.text[x:y].strip().rstrip(",;:").strip("'‘’\"“”")
        words = inner.split()
        if not words or len(words) > MAX_TITLE_WORDS or has_cjk(inner) or not inner[0].isupper():
            return False
        # (in a note, after "Author, ", a book's title in any case: "Tarvik, _From sovereign to symbol_")
        cited = c.seg.kind == "note" and len(words) >= 2 and _authors_before(c.text, x)
        if not cited and not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_CONNECTORS or
                                 w in TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words) and \
                not ("quotes" not in self.off and _work_title(words)):
            return False
        if inner in COUNTRIES or all(w in DEMONYMS or w in COUNTRIES for w in words):
            return False
        cat = category_of_head(head_of(words)) or Category.PUBLICATION
        if cited:
            cat = Category.PUBLICATION     # "Tarvik, _State of War_, 173": an author's book
        self.add(_Raw(inner, c.seg, x + c.text[x:y].find(inner), cat, 3))
        return True

    def _cited_title(self, c: _SegCtx, inner: str, qs: int) -> tuple[int, int, str] | None:
        """An English title in a note: the thing it names, or a `title` entry.  A quoted
        clause that starts in lower case is someone's words, not a title: the names in it
        are read as in running text ("... that "the media should send men to the Finance
        Ministry"")."""
        if inner[:1].islower() and len(inner.split()) >= QUOTED_SPEECH_WORDS:
            return None
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
