"""Rule family `credits`: the people a byline, a credit line or a citation names.

The document reader marks bylines, credit lines and front-matter authors as segments of
kind "credit" that hold only the names ("Kim Ji-yoon, Lim Bo-young").  Each item shaped
like a person's name (two to four capitalised words, hyphenated given names and name
particles allowed) is a person; an item of one word ("Volunteer", "Reuters") is not, and
one word in capitals ("PHOTO: AFP") is an agency.

A note that starts with its author in the inverted order of a bibliography ("Hongo,
Jun. (2012) ...", "Havens, T. R. H. Fire Across the Sea ...", "Mori, Kyozo (1973)")
names that person too (`cited_authors`): the name is shown in running order ("Jun
Hongo") with the inverted form as written kept as an alias.
"""
from __future__ import annotations

import functools

import regex

from ..text.lexicon import ordered, table as lexicon_table, words

#: separators between the names of a credit list
SEPARATOR = regex.compile(r"\s*(?:,|;|&|/|·|•|\||\band\b|\bwith\b)\s*")
#: the role that opens a later group of a credit line of several roles ("Photos: ", "by ")
ROLE_LEAD = regex.compile(r"^(?:\p{L}+(?:\s+\p{L}+){0,2}\s*[:：]\s*|[Bb]y\s+)")
#: one word of a person's name: capitalised (with inner hyphens/apostrophes/periods) or a particle
NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.|" + "|".join(ordered("name_particles")) + r")$")


#: a post and where it is held: "Senior Writer for The Valmora Herald", "Fellow at the Ostrin Institute"
POST_AT = regex.compile(r"^(?P<role>(?:\p{L}[\p{L}'’\-]*\s+){0,3}\p{L}+)\s+(?:for|at|of|with)\s+(?:[Tt]he\s+)?(?P<outlet>\p{Lu}.*)$")

#: one word in capitals in a credit list: a news or photo agency ("PHOTO: AFP", "REUTERS", "EPA")
AGENCY_WORD = regex.compile(r"^\p{Lu}{2,}+(?:-\p{Lu}++)?$")


def _credit_items(text: str):
    """(item, start) of each name a credit segment's text lists, its role word removed."""
    pos = 0
    for piece in SEPARATOR.split(text):
        start = text.find(piece, pos) if piece else -1
        if start < 0:
            continue
        pos = start + len(piece)
        name = ROLE_LEAD.sub("", piece.strip(" .*_"))
        post = POST_AT.match(name)
        if post and post["role"].split()[-1].rstrip("s") in _role_nouns():
            name = post["outlet"]       # "Editorial Writer for The Valmora Herald": the paper
        if name:
            yield name, text.find(name, start)


def credited_people(text: str, one_word: bool = False) -> list[tuple[str, int]]:
    """(name, start) of each person a credit segment's text names; a name of one word
    (a pen name, a first name) only when `one_word` (a byline or an author field)."""
    out: list[tuple[str, int]] = []
    for name, start in _credit_items(text):
        words = name.split()
        if _organisation(words):
            continue        # "Photo: Kim Hong-ji / Valmora Herald": the paper, not a person
        if _role(words):
            continue        # "By Kessin Ostrin, Asia Digital Editor": the author's post
        if 2 <= len(words) <= 4 and all(NAME_WORD.match(w) for w in words) and words[0][:1].isupper():
            out.append((name, start))
        elif one_word and len(words) == 1 and _one_word_name(name):
            out.append((name, start))       # a pen name or a first name ("author: Tarvik")
    return out


def _role(words: list[str]) -> bool:
    """A credit item is a post, not a person, when its last word is an occupation or a
    title ("Senior Writer", "Asia Digital Editor"; data/en_role_nouns.tsv, en_titles.tsv)."""
    from .vocab import TITLE_ENDS

    return len(words) >= 2 and (words[-1] in _role_nouns() or words[-1] in TITLE_ENDS)


@functools.lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    return frozenset(words("en_role_nouns"))


#: a one-word credit at least this common in English is a word ("Admin", "Editor", "Guest")
ONE_WORD_CREDIT_MAX_ZIPF = 4.0


def _one_word_name(word: str) -> bool:
    """A credit of one word names a person when the word is capitalised, not in capitals
    (an agency: "AFP"), no filler, rare in English or a given name a dictionary knows, and
    no common word a dictionary translates ("Admin", "Webmaster") but as a word of names."""
    from .general import dictionary_brand, dictionary_given_name, dictionary_name_word, dictionary_word, zipf

    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or word.lower() in FILLERS:
        return False
    if word in outlet_words() or dictionary_brand(word):
        return False        # "By Kessin" where Kessin is a news agency or a company
    if not (zipf(word) < ONE_WORD_CREDIT_MAX_ZIPF or dictionary_given_name(word)):
        return False
    return not dictionary_word(word) or dictionary_name_word(word)


#: what a credit gives in place of a name ("FILE", "HANDOUT", "STAFF")
FILLERS = words("en_credit_fillers")


def credited_agencies(text: str) -> list[tuple[str, int]]:
    """(name, start) of each agency a credit segment's text names: an item of one word in
    capitals ("AFP", "REUTERS") but a filler ("FILE", "HANDOUT": data); a one-word item in
    ordinary case ("Volunteer") stays nothing."""
    return [(name, start) for name, start in _credit_items(text)
            if (AGENCY_WORD.match(name) and name.lower() not in FILLERS) or _organisation(name.split())]


def _organisation(words: list[str]) -> bool:
    """A credit item of two words or more ending in the head of an organisation's or a
    publication's name ("Valmora Herald", "Ostrin News Agency")."""
    from .vocab import HEAD_CATEGORY

    return len(words) >= 2 and words[0][:1].isupper() and HEAD_CATEGORY.get(words[-1]) is not None and \
        HEAD_CATEGORY.get(words[-1]).value in ("publication", "institution")


#: An inverted author name at the start of a note (or after "; "): "Surname, Given." /
#: "Surname, G. H." / "Surname, Given (2012)" / "Surname, Given and ..."
INVERTED_AUTHOR = regex.compile(
    r"(?:^|(?<=;\s))[\s*_\[\]]*(?P<sur>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?),\s+"
    r"(?P<given>(?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?|\p{Lu}\.)(?:\s?(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}\.)){0,2})"
    r"(?:(?=\s*(?:[(.,;:&]|\band\b|$))|(?<=\.)(?=\s))")


#: a short note's author: "Surname, " before the cited title ("Tarvik, _Title_, 52")
SHORT_NOTE_AUTHOR = regex.compile(
    r"(?:^|(?<=;\s))[\s*_\[\]]*(?P<sur>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?),[ \t]+")


def short_note_authors(text: str, title_starts: frozenset[int], not_names: frozenset[str]) -> list[tuple[str, int]]:
    """(surname, start) of the authors of a short note's citations, "Tarvik, _Title_, 52;
    Kessin, “Article,” 7": a surname and a comma at the note's start or after "; ", then a
    title in italics (`title_starts`: where italic titles start) or in quotes.  Before a
    quoted title only a word a dictionary knows in people's names: an agency or a site
    cites an article so too ("Agency, “Headline,” 12 May 2023"); a brand never."""
    from .general import dictionary_brand, dictionary_name_word

    out = []
    for m in SHORT_NOTE_AUTHOR.finditer(text):
        sur, end = m.group("sur"), m.end()
        if sur in not_names or not (end in title_starts or text[end:end + 1] in "“\""):
            continue
        if dictionary_brand(sur) or (end not in title_starts and not dictionary_name_word(sur)):
            continue
        out.append((sur, m.start("sur")))
    return out


def cited_authors(text: str, not_names: frozenset[str]) -> list[tuple[str, str, int]]:
    """(name in running order, the inverted form as written, start) of the authors a note
    text starts with.  `not_names`: words that cannot be part of a person's name here
    (countries, places, months, heads: "Tokyo, Japan", "Seoul, Korea")."""
    out = []
    for m in INVERTED_AUTHOR.finditer(text):
        sur, given = m.group("sur"), m.group("given").rstrip()
        words = [sur, *given.replace(".", ". ").split()]
        if any(len(w.strip(".")) > 1 and w.strip(".") in not_names for w in words):
            continue
        if SHORT_TITLE_PAGE.match(text, m.end("given")) and not _given_name(words[1]):
            continue    # a short note, "Tarvik, Memoirs, 142", "Brell, Fish and Flags, pp. 12-15": a title
        if given.endswith(".") and not regex.search(r"(?:^|\s)\p{Lu}\.$", given):
            given = given[:-1]
        out.append((f"{given} {sur}", text[m.start("sur"):m.end("given")].rstrip(" ."), m.start("sur")))
    return out


#: what follows a short note's title: the page it cites, and the citation ends ("…, 142.",
#: "… and Flags, pp. 12-15;"), the title maybe going on over "and …" first
SHORT_TITLE_PAGE = regex.compile(r"(?:\s+and\s+[^,.;()]{1,60})?,\s*(?:pp?\.\s*)?\d+(?:\s*[-–,]\s*\d+)*\.?\s*(?:;|$)")


def short_title_authors(text: str) -> list[tuple[str, int]]:
    """(surname, start) of the authors of short notes whose title is not set apart
    ("Tarvik, Memoirs, 142.": `SHORT_TITLE_PAGE`; the title no given name)."""
    out = []
    for m in INVERTED_AUTHOR.finditer(text):
        words = m.group("given").split()
        if words and SHORT_TITLE_PAGE.match(text, m.end("given")) and not _given_name(words[0]):
            out.append((m.group("sur"), m.start("sur")))
    return out


def _given_name(word: str) -> bool:
    """An initial ("A.") or a given name a dictionary of names knows ("Anna")."""
    from .general import dictionary_given_name

    w = word.rstrip(".")
    return len(w) == 1 or dictionary_given_name(w)


@functools.cache
def outlet_words() -> frozenset[str]:
    """The one-word English names of news outlets (data/news_outlets.tsv: "Kyodo", "Yonhap")."""
    out = set()
    for r in lexicon_table("news_outlets"):
        for name in [r["name"], *r["other_names"].split("|")]:
            if name and " " not in name:
                out.add(name)
    return frozenset(out)


def credit_fields() -> frozenset[str]:
    """The front-matter fields that name the article's authors (data/front_matter_fields.tsv)."""
    return words("front_matter_fields", where=("holds", "credit"))
