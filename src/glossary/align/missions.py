"""Suggestion source: the names of embassies and consulates.

A mission is named in Japanese and Korean by where it is and whose it is, in that order,
with the host country abbreviated to one character: "the Japanese Embassy in Seoul" /
"Embassy of Japan in the Republic of Korea" is 在韓日本大使館 and 주한 일본대사관; "the South
Korean Embassy in Tokyo" 駐日韓国大使館 and 주일 한국대사관 (Japanese writes 駐 before
Japan, 在 before other hosts).  Only the Korean is suggested: Japanese names one mission
in several ways (the press's 在韓日本大使館, the ministry's 在大韓民国日本国大使館, 在日 and
駐日米国大使館 side by side).  The host is a country of the table
(`data/diplomatic_missions.tsv`, with each language's abbreviation) or a city CLDR names
or its capital ("in Seoul" is in Korea); the owner a
country or its adjective ("Japanese").  A mission whose host or owner is not known, or
that the English does not place ("the Japanese embassy"), gets nothing.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text.lexicon import table
from ..text.normalize import key as norm_key
from .caching import cached
from .forms import fill_missing

#: a name built by convention from two known parts
CONFIDENCE = 0.6

_NAME = regex.compile(
    r"^(?:the\s+)?(?:(?P<owner>.+?)(?:'s|’s)?\s+)?(?P<head>embassy|consulate[- ]general|consulate)"
    r"(?:\s+of\s+(?:the\s+)?(?P<owner2>.+?))?\s+(?:in|to)\s+(?:the\s+)?(?P<host>.+)$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict], dict[str, dict]]:
    heads = {r["key"]: r for r in table("diplomatic_missions") if r["list"] == "head"}
    countries = {r["key"]: r for r in table("diplomatic_missions") if r["list"] == "country"}
    return heads, countries


@cached(maxsize=16384)
def _country(english: str | None) -> str | None:
    """The country code an English country name, adjective or capital names."""
    if not english:
        return None
    from .state_institutions import _qualifiers

    _pattern, codes = _qualifiers()
    k = norm_key(english.strip())
    return codes.get(k) or _capitals().get(k)


@cached(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital (its key) -> the country code, from the table of missions."""
    return {norm_key(r["capital"]): code for code, r in _tables()[1].items()}


def mission(english: str) -> tuple[str, str, str] | None:
    """(ja, ko, why) for a mission named in English, or None."""
    low = english.casefold()
    if "embass" not in low and "consul" not in low:
        return None
    m = _NAME.match(english.strip())
    if m is None:
        return None
    heads, countries = _tables()
    head = heads.get(m.group("head").casefold())
    owner = countries.get(_country(m.group("owner") or m.group("owner2")) or "")
    host = countries.get(_country(m.group("host")) or "")
    if head is None or owner is None or host is None or owner is host or host["ja_abbr"] == "-":
        return None
    ja = f"{host['ja_in']}{host['ja_abbr']}{owner['ja']}{head['ja']}"
    ko = f"주{host['ko_abbr']} {owner['ko']}{head['ko']}"
    return ja, ko, (f"a mission is named by its host ({host['ja_abbr']}/{host['ko_abbr']}: {m.group('host')}) "
                    f"and its country ({owner['ja']}/{owner['ko']})")


def add_mission_forms(candidates: list[Candidate]) -> int:
    added = 0
    for cand in candidates:
        if cand.category is not Category.INSTITUTION:
            continue
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        found = mission(english) if english else None
        if found is not None:
            ja, ko, why = found
            # Korean only: Japanese names one mission several ways (在韓日本大使館, 在大韓民国日本国
            # 大使館; 在日/駐日米国大使館), and on the dev set the one rule was right once in five
            added += fill_missing(cand, {"ko": ko}, "convention:mission", CONFIDENCE,
                                  f"diplomatic missions' names: {why}")
    return added
