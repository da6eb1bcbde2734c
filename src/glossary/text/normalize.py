"""Normalisation.  NFC is how text is stored; `key()` is how text is matched.

key(): NFKC (full-width ASCII -> ASCII, half-width katakana -> full-width, compatibility
ideographs), composed Hangul (text from macOS arrives as NFD jamo), casefold, and every
kind of dash, quote, middle dot and white space unified to one form each.
"""
from __future__ import annotations

import re
import unicodedata

# Dashes and hyphens of every kind -> ASCII hyphen-minus.  Not U+30FC (katakana long
# vowel mark) nor U+2015-like CJK marks that carry meaning.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b"
# Quotes -> ASCII ' and ".
_SQUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"
_DQUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
# Middle dots (Korean 한·일, Japanese 日・韓, bullets used as separators) -> U+00B7.
_DOTS = "\u30fb\uff65\u2027\u2022\u2219\u22c5\u0387\u318d"

_TRANSLATE = str.maketrans(
    {**{c: "-" for c in _DASHES}, **{c: "'" for c in _SQUOTES},
     **{c: '"' for c in _DQUOTES}, **{c: "\u00b7" for c in _DOTS}}
)

# Any run of white space (including ideographic space U+3000 and NBSP) becomes one
# ASCII space.
WHITESPACE_RUN = re.compile(r"\s+")
# Invisible characters that leak in from word processors and web pages: zero-width
# space / non-joiner / joiner, word joiner, BOM.  They are removed, not turned into a
# space ("Ishi<ZWSP>ba" is "Ishiba").
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def nfc(text: str) -> str:
    """The stored form: NFC, zero-width characters removed, white space runs collapsed, trimmed."""
    # zero-width characters go first, so a mark they separated from its letter composes
    return WHITESPACE_RUN.sub(" ", unicodedata.normalize("NFC", ZERO_WIDTH.sub("", text))).strip()


def key(text: str) -> str:
    """The matching key of a text (see module docstring).  Idempotent: key(key(x)) == key(x)."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = ZERO_WIDTH.sub("", s.translate(_TRANSLATE))
    s = WHITESPACE_RUN.sub(" ", s).strip()
    # casefold can produce decomposed sequences (e.g. U+0130); recompose once more
    return unicodedata.normalize("NFC", s)


def clean_note(note: str | None) -> str:
    """A note keeps its line breaks (translators read it as a paragraph or a list):
    NFC, line ends unified to "\\n", trailing white space and outer blank lines removed."""
    if not note:
        return ""
    text = unicodedata.normalize("NFC", note).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
