"""Grouping the forms of one concept: matching keys, union-find, person short names.

Two forms belong to one concept when their *group keys* are equal: country names are
replaced by one code (`US` = `U.S.` = `United States`; `ROK` = `South Korea` = `Republic
of Korea`), a leading "the" or year is dropped, words are singular and unordered
(`US-China summit` = `South Korea-Japan Summit`; `Suga Yoshihide` = `Shigeru
Suga`), "summit meeting" = "summit", "relationship" = "relations".  Other links
(acronym definitions, "X summit at Camp Y" = "Camp Y summit", a surname for a full name)
are unions over those keys.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..text.lexicon import table, words
from .vocab import COUNTRIES

# Every country name or short form, longest first, not inside a longer word:
# "Korea" in "US-China" and "Ipsos Korea" but not in "Korean".
COUNTRY_NAME = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(n) for n in sorted(COUNTRIES, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])")
# Words of a key: letters and digits.
KEY_WORD = regex.compile(r"[\p{L}\p{N}]+")
# A leading year or ordinal that does not change the concept: "1998 Joint Declaration".
LEADING_NUMBER = regex.compile(r"^(?:the\s+)?(?:1[89]\d\d|20\d\d)\s+(?=\S)", regex.I)
# Phrases that name the same head: "summit meeting(s)" = "summit", "relationship" = "relations".
HEAD_SYNONYMS = tuple(
    (regex.compile(r"\b" + r"\s+".join(r["form"].split()) + r"s?\b" if r["position"] == "anywhere"
                   else r"(?<=\S)\s+" + r["form"] + "$", regex.I), r["replacement"])
    for r in table("en_head_synonyms"))
_POSSESSIVE = regex.compile(r"(?<=\p{L})'s\b(?=\s+\S)")     # inside a name, not ending it ("McDonald's")
_DROP = words("en_function_words", list="group_key_drop")


def _singular(w: str) -> str:
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def group_key(text: str) -> str:
    """The key under which forms of one concept meet (see module docstring)."""
    s = unicodedata.normalize("NFKC", text).replace("’", "'")
    s = LEADING_NUMBER.sub("", s)
    formal = _formal_country_names().get(s.removeprefix("the ").removeprefix("The "))
    if formal:
        return f"{formal} formal"     # "Republic of Korea" (大韓民国) is no other form of "South Korea" (韓国)
    s = COUNTRY_NAME.sub(lambda m: " ~" + COUNTRIES[m.group()].lower() + " ", s)
    if "'" in s:        # a possessive is the same name: "X Women's Day" = "X Women Day"
        s = _POSSESSIVE.sub("", s)
    for rx, rep in HEAD_SYNONYMS:
        s = rx.sub(rep, s)
    words = [w for w in KEY_WORD.findall(s.casefold().replace("~", "")) if w not in _DROP]
    if words and words[-1] in ("s",):  # stray possessive
        words.pop()
    return " ".join(sorted(_singular(w) for w in words))


@lru_cache(maxsize=1)
def _formal_country_names() -> dict[str, str]:
    """A country's formal English name -> its code, lower-case (data/country_names_cjk.tsv,
    the formal register: "Republic of Korea" -> "kr"): a term of its own, whose Japanese
    and Korean are the formal names."""
    out = {}
    for row in table("country_names_cjk"):
        code, register = row["entry"].split(".")
        if register == "formal":
            out[row["en"]] = code.lower()
            out[row["en"].replace("'", "’")] = code.lower()
    return out


class UnionFind:
    """Union-find over hashable keys; `find` gives a group's representative."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, k: str) -> None:
        self.parent.setdefault(k, k)

    def find(self, k: str) -> str:
        p = self.parent.setdefault(k, k)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[k] = p
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def name_tokens(name: str) -> list[str]:
    """Tokens of a person's name, case-folded: 'Roh Moo-hyun' -> ['kim', 'dae-jung']."""
    return [t.casefold() for t in name.replace("’", "'").split()]


def person_index(names: dict[str, str]) -> dict[str, set[str]]:
    """First and last name tokens -> the person groups (key -> name) they can mean."""
    idx: dict[str, set[str]] = {}
    for k, name in names.items():
        toks = name_tokens(name)
        if len(toks) < 2:
            continue
        for t in {toks[0], toks[-1]}:
            idx.setdefault(t, set()).add(k)
    return idx
