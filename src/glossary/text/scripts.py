"""Script classes of characters and strings (the `regex` module's \\p{Script} classes).

CJK has no spaces: code that finds words in Japanese or Korean uses these classes and
never relies on \\b.
"""
from __future__ import annotations

import regex

HAN = regex.compile(r"\p{Han}")
HIRAGANA = regex.compile(r"\p{Hiragana}")
KATAKANA = regex.compile(r"[\p{Katakana}\u30fc]")
HANGUL = regex.compile(r"\p{Hangul}")
LATIN = regex.compile(r"\p{Latin}")
# Any CJK character: Han, kana, Hangul (and the prolonged sound mark).
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u30fc\u3005]")
# A run of CJK characters (with the iteration mark 々 and long vowel mark ー).
CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u30fc\u3005]+")
#: A character of a Japanese name written in kanji or kana (with 々 repeat and ー length marks).
JA_NAME_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3005\u30fc]")
#: Separators people put between family and given name in CJK text: spaces (incl. U+3000),
#: the katakana middle dot and its half-width / Korean cousins.
CJK_NAME_SEPARATOR = regex.compile(r"[\s\u30fb\uff65\u00b7\u318d]+")


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Han, kana or Hangul character (an ASCII text, the commonest
    case, is answered without a scan)."""
    return not text.isascii() and CJK.search(text) is not None


def has_hangul(text: str) -> bool:
    """Whether `text` holds a Hangul character (an ASCII text answered without a scan)."""
    return not text.isascii() and HANGUL.search(text) is not None


#: a word written in katakana alone (with ー and middle dots)
KATAKANA_WORD = regex.compile(r"[\p{Katakana}\u30fc\u30fb]+")


def is_katakana_word(text: str) -> bool:
    return KATAKANA_WORD.fullmatch(text) is not None


def has_kana(text: str) -> bool:
    return not text.isascii() and (HIRAGANA.search(text) is not None or KATAKANA.search(text) is not None)


def guess_lang(text: str, context_lang: str | None = None) -> tuple[str, float]:
    """Language of a CJK string and a confidence.

    Hangul -> ko; kana -> ja; Han only -> `context_lang` (the language of the note or
    document around it) with lower confidence, else ja (Japanese writes Han-only terms
    far more often than modern Korean does).  Latin only -> en.
    """
    if has_hangul(text):
        return "ko", 0.99
    if has_kana(text):
        return "ja", 0.99
    if HAN.search(text):
        if context_lang in ("ja", "ko"):
            return context_lang, 0.7
        return "ja", 0.6
    return "en", 0.9
