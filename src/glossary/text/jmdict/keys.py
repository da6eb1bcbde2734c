"""Matching keys of the dictionary index: English glosses, romanised names, Korean readings.

The index stores 32-bit hashes of these keys (`key_hash`), never the keys: a lookup
recomputes the keys of the entries a hash finds and keeps those that really match, so a
hash collision costs one extra row read and never a wrong answer.  Index and query go
through the same functions, so a spelling the functions unify is found either way.

    gloss_keys("(excessive) flattery")        -> ("excessive flattery", "flattery")
    gloss_key("The Ministry of Defence (UK)") -> "ministry of defense"
    name_key("Shinzō Abe (1954.9-)")          -> "shinzoabe"     (= "Shinzou Abe", "Shinzo Abe")
    name_key("Ōno") == name_key("Ohno") == name_key("Oono") == name_key("Ono") == "ono"
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache

#: between the glosses of an entry, and between the forms of one kind (see build.py)
SEP = "\x1f"
#: between the other kanji forms and the other readings of an entry
FORMS_SEP = "\x1e"

__all__ = ["gloss_key", "gloss_keys", "name_key", "name_keys", "name_orders", "number_variants", "key_hash",
           "korean_readings", "HAN_ONLY"]

# -- English glosses -----------------------------------------------------------------------

#: Dashes and hyphens of every kind, and the apostrophe-like quotes, each unified.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
                        | {c: "'" for c in "\u2018\u2019\u201b\u2032\u00b4`"})
#: A parenthetical at the end: "(1957.7.29-)", "(abbr)", "(city, prefecture)", "(publisher)".
#: One level of nesting is allowed: "(of a person (esp. a child))".
TRAILING_PAREN = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")
#: A parenthetical at the start: "(abbr) Air Self-Defense Force", "(excessive) flattery",
#: "(Dalai) Lama".  Its words are kept in one key and dropped in a second, weaker one.
LEADING_PAREN = re.compile(r"^\s*\(((?:[^()]|\([^()]*\))*)\)\s*")
#: Leading parentheticals that are labels, not words of the gloss.
_LABELS = frozenset({"abbr", "abbr.", "abbreviation"})
#: A leading article or the infinitive marker: "the Hague" = "Hague", "to eat" = "eat".
LEADING_ARTICLE = re.compile(r"^(?:the|an?|to) (?=\S)")
#: Hyphens and white space are one separator: "Self-Defense" = "Self Defense".
SEPARATORS = re.compile(r"[\s\-]+")
#: British -our -> American -or (colour, honourable, favourite, labourer), after two or more
#: letters, so four/hour/your/pour/tour stay; _OUR_KEPT are words where the -or form
#: would be another word or nothing.
BRITISH_OUR = re.compile(r"\b([a-z]{2,})our((?:s|ed|ing|able|ably|ite|ites|er|ers|ful|less)?)\b")
_OUR_KEPT = frozenset({"flour", "scour", "devour", "detour", "contour", "amour", "velour", "paramour",
                       "troubadour", "glamour"})
#: British -ise/-isation/-yse -> American -ize/-ization/-yze after three or more letters
#: (organise, realisation, analyse), so rise/wise/raise/prise stay.
BRITISH_ISE = re.compile(r"\b([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)\b")
BRITISH_YSE = re.compile(r"\b([a-z]{2,})ys(e|es|ed|ing)\b")
#: British -tre/-bre -> -ter/-ber (centre, theatre, metre, fibre, sabre).
BRITISH_TRE = re.compile(r"\b([a-z]{2,})([tb])re(s?)\b")
#: Whole words spelt differently in British and American English.
_WORDS = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
          "programme": "program", "programmes": "programs", "catalogue": "catalog", "dialogue": "dialog",
          "analogue": "analog", "grey": "gray", "aluminium": "aluminum", "judgement": "judgment",
          "ageing": "aging", "plough": "plow", "mould": "mold", "defences": "defenses"}
_WORD = re.compile(r"\b(?:" + "|".join(_WORDS) + r")\b")


def _unify_spelling(s: str) -> str:
    if "our" in s:
        s = BRITISH_OUR.sub(lambda m: m[0] if m[1] + "our" in _OUR_KEPT else f"{m[1]}or{m[2]}", s)
    if "is" in s:
        s = BRITISH_ISE.sub(r"\1iz\2", s)
    if "ys" in s:
        s = BRITISH_YSE.sub(r"\1yz\2", s)
    if "re" in s:
        s = BRITISH_TRE.sub(r"\1\2er\3", s)
    return _WORD.sub(lambda m: _WORDS[m[0]], s)


def _clean(s: str) -> str:
    return SEPARATORS.sub(" ", s).strip()


#: A name, a parenthetical and a description after a comma: "Tokugawa Ienobu (1662-1712),
#: Shougun 1709-1712", "Guo Moruo (1892.11.16-1978.6.12), poet and historian".
NAME_THEN_NOTE = re.compile(r"^([^()]*?\S)\s*\((?:[^()]|\([^()]*\))*\)\s*[,;]")


def _variants(text: str, *, name: bool = False) -> tuple[str, ...]:
    """NFKC, casefold, dashes and quotes unified, trailing parentheticals removed, hyphens
    and spaces one separator; a leading parenthetical kept and dropped (two variants), a
    leading label such as "(abbr)" dropped; with `name`, a name before a parenthetical and
    a comma is a second variant."""
    s = unicodedata.normalize("NFKC", text).casefold().translate(_DASHES)
    while True:
        t = TRAILING_PAREN.sub("", s)
        if t == s or not t.strip():
            break
        s = t
    if name and "(" in s:
        m = NAME_THEN_NOTE.match(s)
        if m:
            return (_clean(s.replace("(", " ").replace(")", " ")), _clean(m[1]))
    m = LEADING_PAREN.match(s)
    if m and s[m.end():].strip():
        rest = _clean(s[m.end():])
        if m[1].strip() in _LABELS:
            return (rest,)
        return (_clean(m[1] + " " + s[m.end():]), rest)
    return (_clean(s.replace("(", " ").replace(")", " ")),)


@lru_cache(maxsize=65536)
def gloss_keys(text: str) -> tuple[str, ...]:
    """The keys of an English gloss or phrase, the exact one first.

    NFKC, casefold, dashes and quotes unified, trailing parentheticals removed, hyphens
    and spaces one separator, a leading "the"/"a"/"an"/"to" removed, British spellings
    made American.  A leading parenthetical gives two keys: its words kept ("(excessive)
    flattery" -> "excessive flattery") and dropped ("flattery"); a label such as "(abbr)"
    is always dropped.  Empty keys are left out.
    """
    keys = (_unify_spelling(LEADING_ARTICLE.sub("", v)) for v in _variants(text))
    return tuple(k for k in dict.fromkeys(keys) if k)


def gloss_key(text: str) -> str:
    """The exact key of an English gloss or phrase ("" for none): see gloss_keys()."""
    keys = gloss_keys(text)
    return keys[0] if keys else ""


#: Irregular or invariable last words that must not get an "s" variant.
#: (an island is not its group: "Okinawa Island" is 沖縄島, "Okinawa Islands" 沖縄諸島)
_NO_PLURAL = frozenset({"people", "police", "news", "series", "species", "japan", "korea", "china",
                        "island", "islands", "isle", "isles"})


def number_variants(key: str) -> tuple[str, ...]:
    """The key with its last word in the other grammatical number: "self defense forces" ->
    "self defense force", "force" -> "forces", "party" -> "parties", "parties" -> "party".
    A weaker match than the key itself (a few wrong forms are harmless: they match nothing)."""
    head, _, last = key.rpartition(" ")
    if len(last) < 3 or not last.isalpha() or last in _NO_PLURAL:
        return ()
    pre = head + " " if head else ""
    if last.endswith("ies"):
        forms = [last[:-3] + "y"]
    elif last.endswith(("ses", "xes", "ches", "shes", "zes")):
        forms = [last[:-2], last[:-1]]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        forms = [last[:-1]]
    elif last.endswith("y") and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith(("s", "x", "ch", "sh", "z")):
        forms = [last + "es"]
    else:
        forms = [last + "s"]
    return tuple(pre + f for f in forms)


# -- romanised names -----------------------------------------------------------------------

#: Anything but letters and digits inside a word: apostrophes (Shin'ichi), hyphens, dots.
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
#: m before b, m, p is the Hepburn spelling of ん: Shimbun = Shinbun, Namba = Nanba.
HEPBURN_M = re.compile(r"m(?=[bmp])")
#: oh before a consonant or at the end is a long o: Ohno = Ōno, Kohno = Kōno.
LONG_OH = re.compile(r"oh(?![aeiouy])")
#: doubled or ou-spelt long vowels: Oono = Ono, Shinzou = Shinzo, Yuuko = Yuko.
LONG_VOWEL = re.compile(r"o[ou]+|uu+")


def _fold_word(word: str) -> str:
    w = _NOT_ALNUM.sub("", word)
    if not w:
        return ""
    w = HEPBURN_M.sub("n", w)
    w = LONG_OH.sub("o", w)
    return LONG_VOWEL.sub(lambda m: m[0][0], w)


def _name_words(variant: str) -> list[str]:
    s = variant
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = s.replace("\u00f8", "o").replace("\u00e6", "ae").replace("\u00df", "ss").replace("\u0131", "i")
    return [w for w in map(_fold_word, s.split(" ")) if w]


@lru_cache(maxsize=65536)
def name_keys(text: str) -> tuple[str, ...]:
    """The keys of a romanised name (or of any JMnedict translation), the exact one first:
    the variants of gloss_keys() with British spellings made American but no article
    dropped, and the name alone when a parenthetical and a comma follow it ("Tokugawa
    Ienobu (1662-1712), Shougun 1709-1712"), then macrons and other marks removed, long vowels written as one
    vowel (ō, oo, ou, oh -> o; ū, uu -> u), m before b/m/p -> n, and every space, hyphen
    and apostrophe removed."""
    keys = ("".join(_name_words(_unify_spelling(v))) for v in _variants(text, name=True))
    return tuple(k for k in dict.fromkeys(keys) if k)


def name_key(text: str) -> str:
    """The exact key of a romanised name ("" for none): see name_keys()."""
    keys = name_keys(text)
    return keys[0] if keys else ""


def name_orders(text: str) -> tuple[str, ...]:
    """The name keys of every rotation of a name's words, as written first: "Shigeru Yoshida"
    -> ("shigeruyoshida", "yoshidashigeru"); "Kim Jong-un" -> ("kimjongun", "jongunkim")."""
    words = _name_words(_unify_spelling(_variants(text)[0]))
    if len(words) > 5:
        return ("".join(words),)
    return tuple(dict.fromkeys("".join(words[i:] + words[:i]) for i in range(len(words))))


# -- hashes --------------------------------------------------------------------------------

def key_hash(key: str) -> int:
    """A 32-bit signed hash of a key (CRC-32: fast, and stored in four bytes by SQLite)."""
    h = zlib.crc32(key.encode("utf-8"))
    return h - (1 << 32) if h >= 1 << 31 else h


# -- Sino-Korean readings ------------------------------------------------------------------

#: Han characters only (CJK unified ideographs, extension A, compatibility ideographs).
HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: Japanese simplified forms that the hanja table reads as another character: their
#: traditional form gives the Korean reading (円滑 -> 圓滑 원활, 予算 -> 豫算 예산, 台湾 ->
#: 臺灣 대만).  The 18 pairs of glossary.align.bridge.SHINJITAI_TO_KYUJITAI whose two
#: forms have different readings in the hanja table.
_TRADITIONAL = str.maketrans(dict(zip("円穏楽缶渓芸欠蚕糸専台担胆虫灯予姫証",
                                      "圓穩樂罐溪藝缺蠶絲專臺擔膽蟲燈豫姬證")))


def korean_readings(word: str, translate) -> tuple[str, ...]:
    """Hangul readings of a kanji-only word (`translate` is hanja.translate): the reading of
    its traditional form first, then the reading as written when it differs (音楽 -> 음락,
    음악).  () when a character has no reading."""
    out = []
    for form in dict.fromkeys((word.translate(_TRADITIONAL), word)):
        ko = translate(form, "substitution")
        if len(ko) == len(word) and all("\uac00" <= c <= "\ud7a3" for c in ko):
            out.append(ko)
    return tuple(dict.fromkeys(out))
