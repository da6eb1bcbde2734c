"""Major newspapers and news agencies of Japan, Korea and China with their English names
(data/news_outlets.tsv).

    outlet(text) -> Outlet | None

General vocabulary, like a gazetteer: a newspaper's English name follows no rule (韓国日報
is "Hankook Ilbo", read in Korean, not "Kankoku Nippo"; 共同通信 is "Kyodo News", not
"Kyodo Tsushin"), so the usual names of the major outlets are listed.  The aligner uses
the table to link a CJK source name to the English one used in the body and to name a
source cited only in Japanese/Korean.  The first English name is the preferred one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.lexicon import table
from .caching import cached
from ..model import Category
from ..text.kana import romaji_key
from ..text.scripts import has_hangul
from .forms import fill_missing, lacking, text_key

#: an outlet's own name, as a suggestion: right for the outlet (a name is seldom another thing's)
OUTLET_CONFIDENCE = 0.85
#: regions whose outlets' CJK forms are Chinese, not Japanese
CHINESE_REGIONS = ("CN", "TW")


@dataclass(frozen=True)
class Outlet:
    en: tuple[str, ...]      # English names, preferred first (abbreviations last)
    forms: tuple[str, ...]   # Japanese / Korean / Chinese forms


def _table() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(English names, CJK forms) of every outlet of data/news_outlets.tsv, in file order."""
    def split(s: str) -> tuple[str, ...]:
        return tuple(x for x in s.split("|") if x)

    return tuple(((r["name"],) + split(r["other_names"]), split(r["forms"])) for r in table("news_outlets"))


@lru_cache(maxsize=1)
def _index() -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    for en, forms in _table():
        o = Outlet(en, forms)
        for f in forms:
            out[f.replace(" ", "")] = o
    return out


def outlet(text: str) -> Outlet | None:
    """The outlet a CJK source name names (spaces ignored), else None."""
    return _index().get(text.replace(" ", "").replace("\u3000", ""))


@lru_cache(maxsize=1)
def _by_english() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]:
    """English name key -> (English names, CJK forms, region) of every outlet."""
    from ..text.normalize import key

    out: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {}
    for r in table("news_outlets"):
        names = (r["name"], *(x for x in r["other_names"].split("|") if x))
        forms = tuple(x for x in r["forms"].split("|") if x)
        for name in names:
            out.setdefault(key(name), (names, forms, r["region"]))
    return out


@cached(maxsize=16384)
def _romaji(english: str) -> str:
    """A name's words by their loose Hepburn keys: "Asahi shinbun" = "Asahi Shimbun"
    (m and n before b, long vowels, case)."""
    return " ".join(romaji_key(w) for w in english.replace("-", " ").split() if w.casefold() != "the")


@lru_cache(maxsize=1)
def _by_romaji() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]:
    """The Japanese outlets by their names' romaji keys (`_romaji`), for the spellings of
    Japanese words English writes several ways (shimbun/shinbun, Tōkyō/Tokyo)."""
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {}
    for names, forms, region in _by_english().values():
        if region == "JP":
            for name in names:
                k = _romaji(name)
                if " " in k:            # a name of two words or more: one word is too loose a key
                    out.setdefault(k, (names, forms, region))
    return out


@cached(maxsize=16384)
def forms_for_english(english: str) -> tuple[str, str, str] | None:
    """(preferred English name, Japanese form, Korean form) of the outlet an English name
    names ("" for a language the table has no form in): the first Hangul form is the
    Korean; the first other form the Japanese, except for outlets of China and Taiwan (their
    forms are Chinese)."""
    found = _by_english().get(text_key(english.strip()))
    if found is None and " " in english.strip():
        found = _by_romaji().get(_romaji(english))
    if found is None:
        return None
    names, forms, region = found
    ko = next((f for f in forms if has_hangul(f)), "")
    ja = next((f for f in forms if not has_hangul(f)), "") if region not in CHINESE_REGIONS else ""
    return (names[0], ja, ko) if ja or ko else None


def add_outlet_forms(candidates) -> int:
    """Japanese and Korean names of newspapers, agencies and broadcasters without them."""
    added = 0
    for cand in lacking(candidates, (Category.PUBLICATION, Category.INSTITUTION)):
        found = next((hit for f in cand.forms if f.lang == "en" and (hit := forms_for_english(f.text))), None)
        if found is None:
            continue
        name, ja, ko = found
        added += fill_missing(cand, {"ja": ja, "ko": ko}, "dictionary:outlets", OUTLET_CONFIDENCE,
                              f"the {name}'s own name in the list of major news outlets")
    return added

