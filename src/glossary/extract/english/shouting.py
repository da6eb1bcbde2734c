"""Text in capitals: a headline or a name set in ALL CAPS read in ordinary case.

Web pages and converted encyclopedia articles set titles in capitals ("IN GRATITUDE TO THE
REPUBLIC OF KOREA AND DONGGUK UNIVERSITY", "the ROK ARMED FORCES").  Read as written every
word is an acronym.  A run of two or more words in capitals that holds at least one
ordinary English word (by wordfreq) is rewritten in title case before the rule families
run -- function words in lower case, and a short word English does not use (ROK, NATO)
kept in capitals as the acronym it is.  A short run of words English does not use is a
name in capitals when the article writes at least half of its words in title case
elsewhere ("KENTARO VALMO" over a paragraph on "Mr Valmo"): every word is then title-cased.
A line wholly in capitals (a news page's subhead: "A HABIT, NOT A SLOGAN", "LEE'S PIVOT")
is read as the article writes its words (`_subhead`): ordinary words in lower case unless
they belong to a name, names in title case, acronyms as written.  The rewrite keeps every
character's position (same length), so mentions stay where they are in the file.  A
common East Asian family name in capitals before a given name ("KIM Min-jun", the style of
reference works and official lists) is title-cased too.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Set
from functools import lru_cache

import regex

from ...text.lexicon import words
from ..general import dictionary_lower_word, dictionary_place, dictionary_proper, dictionary_verb, romanized_word, zipf
from ..vocab import COMMON_ACRONYMS, DAYS, DEMONYMS, FAMILY_NAMES, MONTHS, STOPWORDS

#: two or more words in capitals (letters only, an apostrophe or hyphen inside), over one
#: line end, a one-letter word between two ("IS A BASIC")
#: (possessive: linear on a 200,000-letter line of capitals)
CAPS_RUN = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}{2,}+(?:['’\-]\p{Lu}++)*+"
                         r"(?:(?:[ \-]++|\n(?!\n))(?:\p{Lu}[ \-]++)?\p{Lu}{2,}+(?:['’\-]\p{Lu}++)*+)++"
                         r"(?![\p{L}\p{N}])")
#: the cheap test
CAPS_HINT = regex.compile(r"(?<!\p{Lu})\p{Lu}{2,}+[ \-]++\p{Lu}{2}")
#: two capitals in a row, which every hint of `unshout` needs (in an ASCII text: A-Z)
CAPS_PAIR = regex.compile(r"\p{Lu}{2}")
_ASCII_CAPS_PAIR = re.compile(r"[A-Z]{2}")
#: a word at least this common in English (Zipf) is an ordinary word, not an acronym
WORD_ZIPF = 3.5
#: a word of at most this many letters that English hardly uses stays in capitals (ROK, DPRK)
ACRONYM_LEN = 4
#: most words of a run read as a name in capitals ("KENTARO VALMO", "HARALD OSTRIN BRENN")
NAME_RUN_WORDS = 4
#: a word in title case elsewhere in the article (for name runs)
TITLED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}+(?![\p{L}\p{N}])")
#: a two-letter word in title case ("Wi", "Oh"): a short name a speaker label may stand for
SHORT_TITLED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}(?![\p{L}\p{N}])")


class Cases(frozenset):
    """The words an article writes in title case ("Valmo"), lower-cased (the set itself),
    and how it writes its words in running text, for a subhead in capitals: `names`, the
    words it writes in title case inside a sentence more often than in lower case ("Lee",
    "Korean"); `lower`, those it writes in lower case at least as often ("pivot"); `capitals`,
    the words it writes in capitals on a line that is not wholly in capitals, not among
    other words in capitals ("US", "JOGMEC"; not "the REPUBLIC OF KORELIA ARMED FORCES")."""

    names: frozenset[str]
    lower: frozenset[str]
    capitals: frozenset[str]
    short: frozenset[str]     # two-letter words in title case ("Wi", "Oh"), lower-cased


#: a word in lower case (not a piece of an e-mail address or a URL: "l.tarvik@valmora.edu");
#: a word in capitals (two letters or more)
LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}.@/_\-])\p{Ll}++(?![\p{L}\p{N}@/_\-]|\.\p{L})")
CAPITALS_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,}+(?![\p{L}\p{N}])")
#: what stands before a word in title case inside a sentence: a word in lower case, a
#: comma, a number, an opening bracket or quote after such ("of Lee", "in 2024 Lee", "and (Lee")
INSIDE_BEFORE = regex.compile(r"(?:[\p{Ll}\p{N},;]|[\p{Ll},;] [(“\"‘'])\s*$")


def titled_words(text: str) -> Cases:
    """The words `text` writes in title case ("Valmo"), lower-cased; with how it writes
    its words in running text (`Cases`)."""
    titled: list[str] = []
    inside: Counter[str] = Counter()
    for m in TITLED_WORD.finditer(text):     # (one pass for both)
        w = m.group().lower()
        titled.append(w)
        if INSIDE_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            inside[w] += 1
    out = Cases(titled)
    lower = Counter(LOWER_WORD.findall(text))
    out.names = frozenset(w for w, n in inside.items() if n > lower[w])
    out.lower = frozenset(w for w in lower if lower[w] >= inside[w])
    out.capitals = frozenset(w for line in text.split("\n") if LOWER_HINT.search(line)
                             for w in CAPITALS_WORD.findall(CAPS_RUN.sub(" ", line)))
    out.short = frozenset(w.lower() for w in SHORT_TITLED_WORD.findall(text))
    return out


@lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    return zipf(word.lower()) >= WORD_ZIPF


@lru_cache(maxsize=4096)
def _word(word: str, first: bool) -> str:
    low = word.lower()
    if low in STOPWORDS and not first:
        return low
    if len(word) <= ACRONYM_LEN and not _common(word):
        return word
    title = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return title if len(title) == len(word) else word


def _name_run(words: list[str], titled: Set[str]) -> bool:
    """A run of at most NAME_RUN_WORDS words of which at least half appear in title case in
    the article (and a word of three letters or more)."""
    long = [w for w in words if len(w) > 2]
    return bool(long) and len(words) <= NAME_RUN_WORDS and 2 * sum(w.lower() in titled for w in words) >= len(words)


def unshout(text: str, titled: Callable[[], Set[str]] | None = None) -> str:
    """`text` with its runs of words in capitals in title case (same length) -- in lower
    case when the run is a clause in capitals (a verb of its own: "ATTENDANCE IS A COURSE
    REQUIREMENT"), but for the words the article writes in title case -- and a single
    common word in capitals ("QUIZ:", "PREFACE") in title case: emphasis or a label, no
    acronym.  `titled`, when given, returns the words the article writes in title case
    (with `Cases`: a subhead in capitals is read by `_subhead`)."""
    if titled is not None and not LOWER_HINT.search(text) and _subhead_shape(text):
        cases = titled()
        if isinstance(cases, Cases):
            return _subhead(text, cases)
    if not (_ASCII_CAPS_PAIR.search(text) if text.isascii() else CAPS_PAIR.search(text)):
        return text     # (every hint below needs two capitals in a row)
    if titled is not None and SPEAKER_HINT.search(text):
        text = SPEAKER.sub(lambda m: _speaker(m, titled), text)
    if FAMILY_FIRST_HINT.search(text):
        text = FAMILY_FIRST.sub(_family_first, text)
    if CAPS_WORD_HINT.search(text):
        text = LABEL_LINE.sub(lambda m: CAPS_ANY_WORD.sub(_label_word, m.group()), text)
        text = CAPS_WORD.sub(_label_word, text)
    if not CAPS_HINT.search(text):
        return text

    def fix(m: regex.Match) -> str:
        words = regex.split(r"([ \-\n]+)", m.group())
        if not any(_common(w) for w in words[::2] if len(w) > 2):
            if titled is None or not _name_run(words[::2], titled()):
                return m.group()          # "ROK US", "NATO G7": acronyms side by side
            new = "".join(w if k % 2 else w[:1] + w[1:].lower() for k, w in enumerate(words))
            return new if len(new) == len(m.group()) else m.group()
        if titled is not None and any(w.lower() in _auxiliaries() for w in words[2::2]):
            known = titled()
            out = [w if k % 2 else _clause_word(w, known) for k, w in enumerate(words)]
        else:
            out = [w if k % 2 else _word(w, k == 0) for k, w in enumerate(words)]
        new = "".join(out)
        return new if len(new) == len(m.group()) else m.group()
    return CAPS_RUN.sub(fix, text)


#: a family name in capitals before a given name in title case, as reference works and
#: official lists write East Asian people ("KIM Min-jun (PPP)", "YUN Ch'i-Ho", "ABE Shinzo")
FAMILY_FIRST = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,}+(?= (?P<given>\p{Lu}[\p{Ll}'’]++(?:-\p{L}[\p{Ll}'’]*+)?)"
                             r"(?![\p{L}\p{N}'’\-]))")
FAMILY_FIRST_HINT = regex.compile(r"\p{Lu}{2} \p{Lu}\p{Ll}")
#: a given name without a hyphen is one in romanised syllables English uses less than this (Zipf)
GIVEN_NAME_ZIPF = 4.0


def _family_first(m: regex.Match) -> str:
    """The family name in title case when it is a common East Asian one (data/family_names)
    and no common acronym, before a given name written with a hyphen or an apostrophe
    ("Ch'ang-Ho") or in romanised syllables English hardly uses ("Hiroshi", "Jong") -- an
    English word in capitals ("AN Overview") only before the former."""
    word, given = m.group(), m.group("given")
    title = word[:1] + word[1:].lower()
    if title not in FAMILY_NAMES or word in COMMON_ACRONYMS:
        return word
    marked = bool(regex.search(r"['’\-]", given))
    if word.lower() in STOPWORDS and not marked:
        return word
    # (the given name looks like one: "GAO Report", "NAM Summit", "PARK Hyatt" are no people)
    if not marked and not (romanized_word(given.lower()) and zipf(given.lower()) < GIVEN_NAME_ZIPF):
        return word
    return title


#: one word in capitals as a label: first on its line (after markup) and before a colon
#: ("QUIZ:", "**TIME:**"), or alone on its line ("PREFACE") -- not inside a sentence, where
#: it may be an acronym ("(SOFA)", "CARE said")
CAPS_WORD = regex.compile(r"(?m)^[ \t*_#>\-]*+\K\p{Lu}{4,}+(?=[*_]*+:|[ \t*_]*+$)")
CAPS_WORD_HINT = regex.compile(r"\p{Lu}{4}")
#: a line that starts with a label in capitals ("READING: TARVIK, PREFACE"): its words in
#: capitals are the items of a schedule, not acronyms
LABEL_LINE = regex.compile(r"(?m)^[ \t*_#>\-]*+\p{Lu}{4,}+[*_]*+:[^\n]*")
CAPS_ANY_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{4,}+(?![\p{L}\p{N}])")


#: a transcript's speaker label: a name in capitals first on its line (after markup or a
#: time stamp) before a colon ("KESSIN:", "WI:", "[00:12:43] MINA KESSIN:")
SPEAKER = regex.compile(r"(?m)^[ \t*_#>\-]*+(?:\[[\d:.]+\][ \t]*+)?\K\p{Lu}{2,}+(?:[ \-]\p{Lu}{2,}+){0,3}(?=[*_]*+:)")
SPEAKER_HINT = regex.compile(r"(?m)^[^\n:]{0,40}\p{Lu}{2}[*_]*+:")


def _speaker(m: regex.Match, titled: Callable[[], Set[str]]) -> str:
    """A speaker label in title case when the article writes every word of it in title
    case elsewhere (the host and guest are named in the introduction): "KESSIN:" is the
    person Kessin, not an acronym."""
    label = m.group()
    parts = regex.split(r"([ \-])", label)
    known = titled()
    short = getattr(known, "short", frozenset())
    words = [p for k, p in enumerate(parts) if k % 2 == 0 and (k == 0 or parts[k - 1] == " ")]
    if not all(p.lower() in known or p.lower() in short for p in words):
        return label
    # each word in title case; a piece after a hyphen as the article writes it ("SUNG-LAC"
    # is "Sung-lac" when "Lac" is no word of the article's in title case)
    return "".join(p if k % 2 else p.lower() if k > 0 and parts[k - 1] == "-" and p.lower() not in known
                   else p[:1] + p[1:].lower() for k, p in enumerate(parts))


def _label_word(m: regex.Match) -> str:
    """A word in capitals as a label: in title case when it is an English word a dictionary
    writes in lower case ("QUIZ", "PREFACE", "TIME"; not "NATO", "ASEAN")."""
    w = m.group()
    if w in COMMON_ACRONYMS or w in _known_acronyms() or not dictionary_lower_word(w.lower()):
        return w
    return w[:1] + w[1:].lower()


def _clause_word(word: str, titled: Set[str]) -> str:
    """A word of a clause in capitals: lower case, but a word the article writes in title
    case (a name) and a short word English does not use (an acronym)."""
    low = word.lower()
    if low in titled:
        return word[:1] + low[1:]
    if len(word) <= ACRONYM_LEN and not _common(word):
        return word
    return low if len(low) == len(word) else word


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    return words("en_function_words", list="auxiliary")


@lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    return words("en_acronyms", column="word")


# -- a subhead in capitals ----------------------------------------------------------------

#: a letter in lower case (a line without one is written wholly in capitals)
LOWER_HINT = regex.compile(r"\p{Ll}")
#: a word of a subhead, each piece of a hyphenated word and the letters after an
#: apostrophe ("LEE'S", "ASIA-PACIFIC") apart
SUBHEAD_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}++(?![\p{N}])")
#: a subhead has at most this many words (a longer line in capitals is a paragraph)
SUBHEAD_WORDS = 12


def _subhead_shape(text: str) -> bool:
    """A line of two to SUBHEAD_WORDS words in capitals, one of three letters or more, that
    is no label line ("READING: TARVIK, PREFACE", "PHOTO: AFP": see `_label_word`) and no
    table row ("| UNTAC II | 1992 |")."""
    found = CAPITALS_WORD.findall(text)
    return 2 <= len(found) <= SUBHEAD_WORDS and any(len(w) > 2 for w in found) \
        and "\n" not in text.strip() and not LABEL_LINE.match(text) and not text.lstrip().startswith("|")


def _subhead(text: str, cases: Cases) -> str:
    """A subhead in capitals ("A HABIT, NOT A SLOGAN", "LEE'S PIVOT", "IN GRATITUDE TO THE
    REPUBLIC OF KORELIA AND HANSEONG UNIVERSITY") as the article would write it in a
    sentence (same length).  Each word is an acronym, a name word, a connector of names
    ("of", "and", "the": data/en_function_words.tsv), another function word or an ordinary
    word (`_subhead_kind`).  The words between two function words or marks other than a
    space or hyphen form a block; a block with a name word or an acronym is (part of) a
    name, and so is a block joined to one by "of", "for", "on" ("Republic of Korelia"):
    its words are in title case.  Every other word is in lower case, but the line's first."""
    toks = list(SUBHEAD_WORD.finditer(text))
    kinds = [_subhead_kind(m, cases) for m in toks]
    blocks: list[list[int]] = []       # runs of name, acronym and ordinary words
    links: list[str] = []              # what joins each block to the one before ("-": nothing)
    between: list[str] = []            # the connectors since the last block's word
    broken = True                      # a mark or another function word since then
    for k, m in enumerate(toks):
        if k and SUBHEAD_GAP.fullmatch(text, toks[k - 1].end(), m.start()) is None:
            broken = True              # a comma, a bar, an apostrophe
        if kinds[k] in ("connector", "function"):
            between.append(m.group().lower())
            broken = broken or kinds[k] == "function"
            continue
        if blocks and not broken and not between:
            blocks[-1].append(k)
        else:
            links.append("-" if broken else " ".join(between))
            blocks.append([k])
        between, broken = [], False
    named = [any(kinds[k] in ("name", "acronym") for k in b) for b in blocks]
    for i in range(1, len(blocks)):      # "REPUBLIC OF KORELIA": joined by "of" either way
        strong = links[i] not in ("-", "") and set(links[i].split()) - {"and", "&", "the"}
        if strong and (named[i] or named[i - 1]):
            named[i] = named[i - 1] = True
    title = {k for b, n in zip(blocks, named) if n for k in b}
    out = list(text)
    for k, m in enumerate(toks):
        w = m.group()
        if kinds[k] == "acronym":
            continue
        first = k == 0
        new = w[:1] + w[1:].lower() if k in title or first or kinds[k] == "name" else w.lower()
        out[m.start():m.end()] = new
    return "".join(out)


#: a Roman numeral of I, V and X ("I", "II", "XIV"): as English writes it
ROMAN = regex.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
#: what stands between two words of a block (a space or a hyphen)
SUBHEAD_GAP = regex.compile(r"[ \t\-]++")


def _subhead_kind(m: regex.Match, cases: Cases) -> str:
    """What a word of a subhead is: an acronym (one the data or the article's running text
    writes in capitals: ROK, NATO, US; a Roman numeral; a photo agency after a slash,
    "KESSIN PARK/INSTAGRAM"); a name (a word the article writes as a name, "Lee"; a month,
    a day, a demonym, a place a dictionary knows: "AUGUST", "CHINESE", "PACIFIC"); a
    connector; a function word (also the letters after an apostrophe and a verb's -ing
    form); an ordinary word (the article's own lower-case words, a dictionary word, a word
    English uses that is known as no name); else a name when longer than ACRONYM_LEN
    letters ("KORELIA") or a family name ("YOON"), an acronym when shorter."""
    w = m.group()
    low = w.lower()
    after_slash = m.string[m.start() - 1:m.start()] == "/"
    if w in COMMON_ACRONYMS or w in _known_acronyms() or ROMAN.fullmatch(w) or after_slash \
            or (w in cases.capitals and (len(w) <= ACRONYM_LEN or not _ordinary(low))):
        return "acronym"
    if low in cases.names:
        return "name"
    if m.start() > 0 and m.string[m.start() - 1] in "'’":
        return "function"
    if low in _connectors():
        return "connector"
    title = w[:1] + low[1:]
    if low in STOPWORDS or _participle(low, title):
        return "function"
    if low in cases.lower:
        return "ordinary"
    if title in MONTHS or title in DAYS or title in DEMONYMS or dictionary_place(title):
        return "name"
    if _ordinary(low) or _known_word(low, title):
        return "ordinary"
    return "name" if len(w) > ACRONYM_LEN or title in FAMILY_NAMES else "acronym"


def _participle(low: str, title: str) -> bool:
    """A verb's -ing form ("TRAVELING", "VISITING") that is no head of names ("MEETING",
    "BUILDING": data/en_heads.tsv): what a name in a subhead does, not part of the name."""
    return low.endswith("ing") and title not in _heads() and any(dictionary_verb(w) for w in _stems(low)[1:])


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return words("en_heads", list="category", column="word")


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    return words("en_function_words", list="name_connector")


@lru_cache(maxsize=4096)
def _ordinary(low: str) -> bool:
    """An ordinary English word: a dictionary writes it, or the word it is inflected from,
    in lower case ("slogan", "controls", "batteries"), or it is very common in English
    ("said"; wordfreq knows no case: "columbus" or "nato" is no such word)."""
    return zipf(low) >= ORDINARY_ZIPF or any(dictionary_lower_word(w) for w in _stems(low))


@lru_cache(maxsize=4096)
def _known_word(low: str, title: str) -> bool:
    """A word longer than an acronym that English uses (wordfreq, KNOWN_ZIPF), that no
    dictionary of names knows and no family name ("expansionist", "militarism"; not
    "ishiba", "kishida"; "ROK", "DPRK" are acronyms)."""
    return len(low) > ACRONYM_LEN and zipf(low) >= KNOWN_ZIPF and title not in FAMILY_NAMES \
        and not dictionary_proper(title)


#: a word at least this common in English (Zipf) and known as no name is an ordinary word
KNOWN_ZIPF = 2.5
#: a word at least this common in English (Zipf) is an ordinary word whatever a dictionary says
ORDINARY_ZIPF = 4.5
#: English inflections and what each stands for ("batteries" -> "battery", "comes" -> "come")
INFLECTIONS = (("ies", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"),
               ("ing", ""), ("ing", "e"))


def _stems(low: str) -> list[str]:
    return [low] + [low[:-len(end)] + base for end, base in INFLECTIONS
                    if low.endswith(end) and len(low) - len(end) >= 3]
