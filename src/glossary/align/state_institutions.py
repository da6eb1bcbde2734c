"""Suggestion source: the Japanese and Korean names of states' institutions and parties.

JMdict knows Japan's ministries, courts and parties well and South Korea's hardly at all
(統一部, 国家情報院, 국민의힘 are not there), and a name such as "Ministry of Foreign
Affairs" or "Supreme Court" is one body in Tokyo and another in Seoul (外務省 / 외교부,
最高裁判所 / 大法院).  data/state_institutions_cjk.tsv lists the bodies of South Korea,
North Korea, Japan and the United States with the Japanese and Korean names the
governments and the national press use, each row under its country.

Which country's body an English name means:
- the name says it: "Supreme Court of Korea", "South Korea's Ministry of Foreign Affairs",
  "the Japanese Foreign Ministry" (a country name from data/en_countries.tsv, an adjective
  from data/en_demonym_countries.tsv);
- else only one country's row has the name ("National Assembly", "Ministry of
  Unification"), and the article's places name that country at least SHARE as often as
  the most-named one (a Korean article's "Prime Minister's Office" is not Japan's).
A name several states' bodies share ("Supreme Court") and nothing qualifies gets nothing:
how often an article names each country does not tell whose court a ruling came from.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from ..extract.candidates import Candidate, Form
from ..model import Category, Role
from ..text.lexicon import table
from ..text.normalize import key as norm_key
from .caching import cached
from .dictionary import country_mentions
from .forms import fill_missing, lacking, text_key
from ..extract.vocab import COUNTRIES

#: the governments' and press's names of a body: right for the body, but the English name
#: may mean another state's body of that name when the article does not say which
CONFIDENCE = 0.8
CATEGORIES = frozenset({Category.INSTITUTION})
#: an unqualified name of one country's body is taken when the article's places name that
#: country at least this share as often as the most-named country
SHARE = 0.5

_APOSTROPHE = "['’]s"


@lru_cache(maxsize=1)
def _rows() -> dict[str, dict[str, tuple[str, str, str]]]:
    """name key -> {country: (official English name, ja, ko)}."""
    out: dict[str, dict[str, tuple[str, str, str]]] = {}
    for row in table("state_institutions_cjk"):
        names = row["en"].split("|")
        for name in names:
            out.setdefault(norm_key(name), {})[row["list"]] = (names[0], row["ja"], row["ko"])
    return out


@lru_cache(maxsize=1)
def _by_cjk() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(lang, Japanese or Korean name) -> [(country, official English name)]."""
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in table("state_institutions_cjk"):
        official = row["en"].split("|")[0]
        for lang in ("ja", "ko"):
            if row[lang]:
                out.setdefault((lang, row[lang]), []).append((row["list"], official))
    return out


def english_for_cjk(text: str, lang: str) -> tuple[str, str] | None:
    """기획재정부 -> ("Ministry of Economy and Finance", evidence): the official English name
    of the one state body the table writes so in that language (a name two states' bodies
    share gets nothing)."""
    rows = _by_cjk().get((lang, text), [])
    if len(rows) != 1:
        return None
    country, official = rows[0]
    return official, f"table of state bodies ({country}): {text} = {official}"


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[regex.Pattern, dict[str, str]]:
    """A pattern finding a country or nationality qualifier around a name, and its codes."""
    from ..extract.vocab import COUNTRIES

    codes = {norm_key(k): v for k, v in COUNTRIES.items()}
    codes.update({norm_key(r["demonym"]): r["code"] for r in table("en_demonym_countries")})
    words = sorted({*COUNTRIES, *(r["demonym"] for r in table("en_demonym_countries"))}, key=len, reverse=True)
    alt = "|".join(regex.escape(w) for w in words)
    pattern = regex.compile(
        rf"^(?:the\s+)?(?:(?P<pre>{alt})(?:{_APOSTROPHE})?\s+(?P<rest1>.+)"
        rf"|(?P<rest2>.+?)\s+of\s+(?:the\s+)?(?P<post>{alt}))$")
    return pattern, codes


def _qualified(english: str) -> tuple[str, str] | None:
    """(name without its qualifier, country code) of "Korean Supreme Court", "Ministry of
    Foreign Affairs of Japan", "South Korea's Ministry of Unification"; else None."""
    pattern, codes = _qualifiers()
    m = pattern.match(english.strip())
    if not m:
        return None
    country = m.group("pre") or m.group("post")
    rest = m.group("rest1") or m.group("rest2")
    code = codes.get(text_key(country))
    return (rest, code) if code and rest else None


#: how `institution` knew the country when the name itself names it
NAMED_OWNER = "the name says whose body it is"


@lru_cache(maxsize=1)
def _apposed_country() -> regex.Pattern:
    """A country set off after a body's name by a comma, as a government's own page heads
    its releases ("Ministry of Foreign Affairs, Republic of Korea · Press Release"): the
    country ends the line, a bracket or a dash, a middle dot or a bar follows; never a list
    ("…, Japan and the United States", "…, Japan, and …")."""
    from ..extract.vocab import COUNTRIES

    alt = "|".join(regex.escape(w) for w in sorted(COUNTRIES, key=len, reverse=True))
    return regex.compile(rf"[ \t]*,[ \t]*(?:the[ \t]+)?(?P<c>{alt})[ \t]*(?:$|\n|[·•|–—(\[])")


def apposed_owner(cand: Candidate) -> str | None:
    """The country code of a body the article names with its country in apposition
    (`_apposed_country`) in the body, else None; two different countries so: None."""
    found = {code for m in cand.mentions if m.footnote is None and m.context
             and (code := _apposed_after(m.context, m.text)) is not None}
    return found.pop() if len(found) == 1 else None


@cached(maxsize=16384)
def _apposed_after(context: str, text: str) -> str | None:
    """The code of the country set off after the first `text` of `context`, else None."""
    at = context.find(text)
    hit = _apposed_country().match(context, at + len(text)) if at >= 0 else None
    return COUNTRIES[hit.group("c")] if hit else None


def institution(english: str, mentions: Counter[str]) -> tuple[str, str, str, str, str] | None:
    """(country, official English name, ja, ko, how) for the state body `english` names in
    an article whose places name the countries `mentions` times; None when unknown or
    when it cannot tell whose body it is."""
    whole, qualified = _names_of(english)
    if qualified:
        name, code = qualified
        for found in (_rows().get(norm_key(name), {}), whole or {}):
            if code in found:
                return (code, *found[code], NAMED_OWNER)
    if not whole:
        return None
    if len(whole) == 1:
        code = next(iter(whole))
        top = max(mentions.values(), default=0)
        if not mentions or mentions[code] and mentions[code] >= SHARE * top:
            return (code, *whole[code], "the only state body of that name in the list, and the article is "
                                        "about that country")
        if code in _placed_in(english):
            return (code, *whole[code], "the only state body of that name in the list, and the name places "
                                        "it in that country")
    # a name several states' bodies share ("Supreme Court", "Ministry of Foreign Affairs")
    # says nothing about which: how often an article names a country does not tell (an
    # article on a Korean ruling names Japan more often than Korea)
    return None


@cached(maxsize=16384)
def _names_of(english: str) -> tuple[dict | None, tuple[str, str] | None]:
    """The table's bodies named `english` (country code -> names) and `_qualified(english)`:
    what `institution` reads of the name whatever the article."""
    whole = _rows().get(text_key(english.strip().removeprefix("the ").removeprefix("The ")))
    return whole, _qualified(english)


def _owned(english: str, code: str) -> tuple[str, str, str, str, str] | None:
    """The body of country `code` named `english` in the table, else None."""
    found = _rows().get(text_key(english.strip().removeprefix("the ").removeprefix("The ")), {}).get(code)
    return (code, *found, "the article sets its country beside the name") if found else None


def _by_own_form(cand: Candidate) -> tuple[str, str, str, str, str] | None:
    """The state body whose Japanese or Korean name the article itself gives the entry
    (외교부 from a note: South Korea's Ministry of Foreign Affairs, not Japan's 外務省) when
    its English name is one of that body's: (country, official name, ja, ko, how)."""
    rows = _rows()
    english = [text_key(f.text.removeprefix("the ").removeprefix("The ")) for f in cand.forms if f.lang == "en"]
    for f in cand.forms:
        if f.lang not in ("ja", "ko") or not f.origin.startswith(("footnote:", "text")):
            continue
        for country, _official in _by_cjk().get((f.lang, f.text), []):
            for key in english:
                found = rows.get(key, {}).get(country)
                if found is not None:
                    return (country, *found, f"the article's own {f.text} says whose body it is")
    return None


def _placed_in(english: str) -> set[str]:
    """The countries of the cities an English name contains ("Seoul Central District Court":
    KR), by the CLDR time zones whose exemplar city each is (Babel)."""
    from babel.core import get_global

    from .dictionary import city

    zones = get_global("zone_territories")
    words = english.replace("-", " ").split()
    found = set()
    for n in (1, 2):
        for i in range(len(words) - n + 1):
            hit = city(" ".join(words[i:i + n]))
            if hit is not None and zones.get(hit[0]):
                found.add(zones[hit[0]])
    return found


def add_state_institutions(candidates: list[Candidate]) -> int:
    """Japanese and Korean names for state bodies without them; returns the forms added.
    First, a known body's forms are reconciled with its own names (`_reconcile`)."""
    mentions = country_mentions(candidates)
    added = 0
    for cand in candidates:
        if cand.category in CATEGORIES and any(f.lang in ("ja", "ko") for f in cand.forms):
            added += _reconcile(cand, mentions)
    todo = lacking(candidates, CATEGORIES)
    if not todo:
        return added
    for cand in todo:
        owner = apposed_owner(cand) if cand.category is Category.INSTITUTION else None
        found = None
        if owner is not None:     # "Ministry of Foreign Affairs, Republic of Korea": that country's body
            found = next((hit for f in cand.forms if f.lang == "en" and (hit := _owned(f.text, owner))), None)
        if found is None and owner is None:
            found = next((hit for f in cand.forms if f.lang == "en" and (hit := institution(f.text, mentions))), None)
        if found is None:
            found = _by_own_form(cand)
        if found is None:
            continue
        code, name, ja, ko, how = found
        added += fill_missing(cand, {"ja": ja, "ko": ko}, "dictionary:state", CONFIDENCE, _evidence(found))
    return added


def _evidence(found: tuple[str, str, str, str, str]) -> str:
    code, name, _ja, _ko, how = found
    return f"the {name} ({code}) in the governments' and national press's names; {how}"


def _by_keywords(f) -> bool:
    """A form a note's title gave by keywords alone, or one read from such a form (bridge)."""
    return f.lang in ("ja", "ko") and (f.origin == "bridge" or f.origin.startswith("footnote:")
                                       and " by keywords " in f.evidence)


def _reconcile(cand: Candidate, mentions: Counter[str]) -> int:
    """A known state body's Japanese and Korean forms against its own names:

    - a form a note's title gave by keywords alone, or a reading of one (bridge), that is
      neither the body's name nor a short form of it is dropped (산업통상자원부, Korea's
      trade ministry, is no name of Japan's "Ministry of Economy, Trade and Industry");
    - when the article's own forms are short forms of the body's name (海自 of 海上自衛隊,
      最高裁 of 最高裁判所), or the name says whose body it is, the body's name is preferred:
      the article's forms stay as aliases and a reading of a short form (해자) goes;
    - a note's form that is the body's name, or a reading of one (bridge), is as sure as the
      name (CONFIDENCE); the reading becomes the name's.

    Returns the forms added."""
    found = next((hit for f in cand.forms if f.lang == "en" and f.origin == "text"
                  and (hit := institution(f.text, mentions))), None)
    if found is None:
        return 0
    own = {"ja": found[2], "ko": found[3]}
    cand.forms[:] = [f for f in cand.forms
                     if not (_by_keywords(f) and own.get(f.lang) and not _compatible(f.text, own[f.lang]))]
    article = [f for f in cand.forms if f.lang in own and f.origin.startswith(("footnote:", "text"))]
    sure = found[4] == NAMED_OWNER or (
        article and all(_compatible(f.text, own[f.lang]) for f in article))
    if not sure:
        return 0
    added = 0
    for lang, name in own.items():
        forms = [f for f in cand.forms if f.lang == lang]
        same = [f for f in forms if name and text_key(f.text) == text_key(name)]
        for f in same:      # (a note's form, or a reading of one: the governments' name confirms it)
            if f.confidence < CONFIDENCE and f.origin != "text":
                if not f.origin.startswith("footnote:"):
                    f.origin = "dictionary:state"     # (its reading's evidence stays before the table's)
                f.confidence = CONFIDENCE
                f.evidence += ("; " if f.evidence else "") + _evidence(found)
        if not name or not forms or same:
            continue
        if any(f.origin.startswith(("footnote:", "text")) and not _compatible(f.text, name) for f in forms):
            continue      # the article names it otherwise: its form stands
        cand.forms[:] = [f for f in cand.forms if not (f.lang == lang and f.origin == "bridge")]
        for f in cand.forms:
            if f.lang == lang and f.role is Role.PREFERRED:
                f.role = Role.ALIAS
        cand.forms.append(Form(lang, name, Role.PREFERRED, "dictionary:state", CONFIDENCE, _evidence(found)))
        added += 1
    return added


def _compatible(form: str, name: str) -> bool:
    """`form` is `name`, holds it, or is a short form of it (its characters in order)."""
    a, b = text_key(form), text_key(name)
    if a in b or b in a:
        return True
    chars = iter(b)
    return all(ch in chars for ch in a)
