"""Language tags: BCP 47 in, primary language subtag out, validated with Babel.

`ja-JP` -> `ja`; `KO` -> `ko`; `xx-!!` -> InputError.  The common tags are answered
without importing Babel so that `glossary lookup --to ko` starts fast.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..errors import InputError

# A well-formed tag: 2-3 letter language, then subtags of 1-8 alphanumerics.
WELL_FORMED_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
_KNOWN = frozenset({"en", "ja", "ko", "zh", "fr", "de", "es", "it", "pt", "ru"})


@lru_cache(maxsize=256)
def normalize_lang(tag: str) -> str:
    """Return the primary language subtag of `tag`, lower case; raise InputError if invalid."""
    raw = (tag or "").strip()
    if not WELL_FORMED_TAG.match(raw):
        raise InputError(f"invalid language tag {tag!r} (expected a BCP 47 tag such as en, ja, ko, ja-JP)")
    primary = re.split(r"[-_]", raw)[0].lower()
    if primary in _KNOWN:
        return primary
    from babel import Locale, UnknownLocaleError  # only for unusual tags

    try:
        return Locale.parse(primary).language
    except (UnknownLocaleError, ValueError):
        raise InputError(f"unknown language tag {tag!r}") from None


def language_name(lang: str, locale: str = "en") -> str:
    """English (or other) display name of a language, for headers and UIs."""
    from babel import Locale

    try:
        return Locale.parse(lang).get_display_name(locale) or lang
    except Exception:  # babel raises several types for odd tags; a name is cosmetic
        return lang
