"""Dictionary evidence from packages already installed: CLDR territory and city names (Babel).

A place the article names in English ("South Korea", "Laos", "the Philippines") that is
a country or region in CLDR gets its Japanese and Korean names from the same CLDR record
(`KR`: 韓国 / 한국; the formal "Republic of Korea": 大韓民国 / 대한민국), as suggestions with
origin `dictionary:cldr`.  A city that is the exemplar city of a CLDR time zone (Seoul,
Tokyo, Pyongyang, Berlin) gets the names CLDR gives it the same way.  General data from a package (and the foreign ministries' short
and formal names in data/country_names_cjk.tsv), not a list of any article's entities.
"""
from __future__ import annotations

from collections import Counter

from functools import lru_cache

from ..extract.candidates import Candidate, Form
from ..model import Category, Role
from ..text.normalize import key as norm_key
from .caching import cached
from .forms import text_key

#: confidence of a CLDR name: a curated standard name, but the press may prefer another
#: form (米国 for アメリカ合衆国), so an editor still approves it
CLDR_CONFIDENCE = 0.9
#: categories whose English names are looked up in CLDR
PLACE_CATEGORIES = (Category.PLACE,)


@lru_cache(maxsize=1)
def _registers() -> tuple[dict[tuple[str, str], dict[str, str]], dict[str, str]]:
    """(code, register) -> {lang: name} from data/country_names_cjk.tsv, and the formal
    English names (key -> code) that call for the formal register."""
    from ..text.lexicon import table

    names: dict[tuple[str, str], dict[str, str]] = {}
    formal_en: dict[str, str] = {}
    for row in table("country_names_cjk"):
        code, register = row["entry"].split(".")          # "KR.short", "KR.formal"
        names[(code, register)] = {lang: row[lang] for lang in ("ja", "ko") if row[lang] != "-"}
        if register == "formal":
            formal_en[norm_key(row["en"])] = code
    return names, formal_en


@lru_cache(maxsize=1)
def _territories() -> dict[str, tuple[str, dict[str, str]]]:
    """English territory name key -> (CLDR code, {lang: name}) for ja and ko: CLDR's
    standard name, or the short name the foreign ministries and the press use where it
    differs (CLDR's 대한민국 is the formal name; Korean writes 한국)."""
    from babel import Locale

    registers, _ = _registers()
    en, ja, ko = (Locale(lang).territories for lang in ("en", "ja", "ko"))
    table: dict[str, tuple[str, dict[str, str]]] = {}
    for code, name in en.items():
        if code.isdigit() or code in ("ZZ", "EU", "EZ", "UN", "QO"):
            continue  # numeric regions (world, Asia ...), unknown region, organisations
        short = registers.get((code, "short"), {})
        names = {lang: short.get(lang) or names_of[code]
                 for lang, names_of in (("ja", ja), ("ko", ko)) if code in names_of}
        if len(names) == 2:
            table[norm_key(name)] = (code, names)
    return table


def territory(english: str) -> tuple[str, dict[str, str]] | None:
    """(code, {"ja": ..., "ko": ...}) of a country or territory named in English, else None.

    A leading "the" is ignored ("the Philippines").  A formal name ("Republic of Korea")
    gets the formal names (大韓民国, 대한민국); other names the short ones (韓国, 한국)."""
    k = text_key(english)
    if k.startswith("the "):
        k = k[4:]
    registers, formal_en = _registers()
    if k in formal_en:
        code = formal_en[k]
        return code, dict(registers[(code, "formal")])
    return _territories().get(k)


@cached(maxsize=65536)
def territory_code(english: str) -> str | None:
    """The code of `territory(english)`, None when it names no country or territory."""
    found = territory(english)
    return found[0] if found else None


#: a short English name that names a country today and, in history, the country before it
#: ("Korea": South Korea, and Korea before 1945): only the form both periods share is given
SHARED_CONFIDENCE = 0.7


def shared_name(english: str) -> tuple[str, dict[str, str]] | None:
    """(code, {lang: name}) of a short name data/country_names_cjk.tsv lists in the register
    "shared": the one name a language writes for the country of every period (Korean 한국;
    Japanese writes 韓国 for South Korea but 朝鮮 for Korea before 1945, so none)."""
    k = text_key(english)
    if k.startswith("the "):
        k = k[4:]
    registers, _ = _registers()
    return next(((code, dict(names)) for (code, register), names in registers.items()
                 if register == "shared" and k in _shared_english().get(code, ())), None)


@lru_cache(maxsize=1)
def _shared_english() -> dict[str, frozenset[str]]:
    from ..text.lexicon import table

    out: dict[str, set[str]] = {}
    for row in table("country_names_cjk"):
        code, register = row["entry"].split(".")
        if register == "shared":
            out.setdefault(code, set()).add(norm_key(row["en"]))
    return {code: frozenset(v) for code, v in out.items()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, dict[str, str]]]:
    """English city name key -> (time zone id, {lang: name}): the exemplar cities of
    CLDR's time zones (Seoul, Tokyo, Pyongyang, Berlin ...) with their ja/ko names."""
    from babel import Locale

    en, ja, ko = (Locale(lang).time_zones for lang in ("en", "ja", "ko"))
    table: dict[str, tuple[str, dict[str, str]]] = {}
    for zone in set(ja) & set(ko):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        names = {"ja": ja[zone].get("city"), "ko": ko[zone].get("city")}
        english = (en.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if names["ja"] and names["ko"]:
            table.setdefault(norm_key(english), (zone, names))
    return table


def city(english: str) -> tuple[str, dict[str, str]] | None:
    """(time zone id, {"ja": ..., "ko": ...}) of a city CLDR names in its time zones."""
    return _cities().get(text_key(english))


def add_dictionary_forms(candidates: list[Candidate]) -> int:
    """Give places that are CLDR territories their ja/ko names; returns how many forms
    were added.  A language that already has a form from the article is left alone."""
    added = 0
    for cand in candidates:
        if cand.category not in PLACE_CATEGORIES:
            continue
        found = None
        for form in sorted(cand.forms, key=lambda f: f.role is not Role.PREFERRED):
            if form.lang == "en" and form.role is not Role.DEPRECATED:
                found = territory(form.text)
                what = ("territory name for {code} (CLDR via Babel; short and formal names as the foreign "
                        "ministries write them)")
                confidence = CLDR_CONFIDENCE
                if not found:
                    found = city(form.text)
                    what = "city name of the CLDR time zone {code} (Babel)"
                if found:
                    english = form.text
                    break
        if not found:     # (only when no English form of the entry names the country of today)
            english = next((f.text for f in cand.forms if f.lang == "en" and f.role is not Role.DEPRECATED
                            and shared_name(f.text)), "")
            found = shared_name(english) if english else None
            if found and found[0] in _states_named(candidates):
                continue      # the article names the state apart ("Republic of Korea"): "Korea" is its
                              # alias or the country of another period; the editor tells which
            what = ("a short name of {code} that also names the country before it (Korea before 1945); "
                    "the form both periods share (data/country_names_cjk.tsv)")
            confidence = SHARED_CONFIDENCE
        if not found:
            continue
        code, names = found
        have = {f.lang for f in cand.forms}
        for lang in ("ja", "ko"):
            if lang in have or lang not in names:
                continue
            evidence = what.format(code=code) + f": '{english}' = " + " = ".join(
                f"{names[x]} ({x})" for x in ("ja", "ko") if x in names)
            cand.forms.append(Form(lang, names[lang], Role.PREFERRED, "dictionary:cldr", confidence, evidence))
            added += 1
    return added


def _states_named(candidates: list[Candidate]) -> frozenset[str]:
    """The codes of the countries the article's places name by a CLDR or formal name."""
    return frozenset(code for c in candidates if c.category in PLACE_CATEGORIES
                     for f in c.forms if f.lang == "en" and (code := territory_code(f.text)) is not None)


def country_mentions(candidates) -> Counter[str]:
    """How often the article's places name each country (ISO code -> mentions): the
    mentions of every place entry whose English form is a country's name."""
    from ..extract.vocab import COUNTRIES      # (English country names and short forms: "Korea", "ROK")

    counts: Counter[str] = Counter()
    for cand in candidates:
        if cand.category is not Category.PLACE:
            continue
        code = next((c for f in cand.forms if f.lang == "en" and (c := territory_code(f.text)) is not None), None) or \
            next((COUNTRIES[f.text] for f in cand.forms if f.lang == "en" and f.text in COUNTRIES), None)
        if code:
            counts[code] += len(cand.mentions)
    return counts
