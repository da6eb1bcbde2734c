"""Dictionary evidence from packages already installed: CLDR territory names (Babel).

A place the article names in English ("South Korea", "Laos", "the Philippines") that is
a country or region in CLDR gets its Japanese and Korean names from the same CLDR record
(`KR`: 韓国 / 대한민국), as suggestions with origin `dictionary:cldr`.  General data from
a package, not a list of any article's entities.
"""
from __future__ import annotations

from functools import lru_cache

from ..extract.candidates import Candidate, Form
from ..model import Category, Role
from ..text.normalize import key as norm_key

#: confidence of a CLDR name: a curated standard name, but the press may prefer another
#: form (米国 for アメリカ合衆国), so an editor still approves it
CLDR_CONFIDENCE = 0.9
#: categories whose English names are looked up in CLDR
PLACE_CATEGORIES = (Category.PLACE,)
#: where CLDR's name is not the one the press writes (CLDR has the formal transcription
#: 오스트레일리아; Korean newspapers and government write 호주)
PRESS_USAGE = {("AU", "ko"): "호주"}


@lru_cache(maxsize=1)
def _territories() -> dict[str, tuple[str, dict[str, str]]]:
    """English territory name key -> (CLDR code, {lang: name}) for ja and ko."""
    from babel import Locale

    en, ja, ko = (Locale(lang).territories for lang in ("en", "ja", "ko"))
    table: dict[str, tuple[str, dict[str, str]]] = {}
    for code, name in en.items():
        if code.isdigit() or code in ("ZZ", "EU", "EZ", "UN", "QO"):
            continue  # numeric regions (world, Asia ...), unknown region, organisations
        names = {lang: PRESS_USAGE.get((code, lang), names_of[code])
                 for lang, names_of in (("ja", ja), ("ko", ko)) if code in names_of}
        if len(names) == 2:
            table[norm_key(name)] = (code, names)
    return table


def territory(english: str) -> tuple[str, dict[str, str]] | None:
    """(code, {"ja": ..., "ko": ...}) of a country or territory named in English, else None.

    A leading "the" is ignored ("the Philippines")."""
    k = norm_key(english)
    if k.startswith("the "):
        k = k[4:]
    return _territories().get(k)


def add_dictionary_forms(candidates: list[Candidate]) -> int:
    """Give places that are CLDR territories their ja/ko names; returns how many forms
    were added.  A language that already has a form from the article is left alone."""
    added = 0
    for cand in candidates:
        if cand.category not in PLACE_CATEGORIES:
            continue
        found = None
        for form in cand.forms:
            if form.lang == "en" and form.role is not Role.DEPRECATED:
                found = territory(form.text)
                if found:
                    english = form.text
                    break
        if not found:
            continue
        code, names = found
        have = {f.lang for f in cand.forms}
        for lang in ("ja", "ko"):
            if lang in have:
                continue
            evidence = (f"CLDR territory name (Babel) for {code}: '{english}' = {names['ja']} (ja) "
                        f"= {names['ko']} (ko)")
            cand.forms.append(Form(lang, names[lang], Role.PREFERRED, "dictionary:cldr", CLDR_CONFIDENCE,
                                   evidence))
            added += 1
    return added
