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
# Invisible characters that leak in from word processors, web pages and attacks, removed
# (not turned into a space: "Yoshi<ZWSP>da" is "Yoshida") from the stored form:
#   U+00AD soft hyphen, U+034F combining grapheme joiner, U+061C Arabic letter mark,
#   U+180E Mongolian vowel separator, U+200B-U+200F zero-width space / non-joiner / joiner
#   and the LRM/RLM marks, U+202A-U+202E bidi embeddings and overrides, U+2060-U+2064 word
#   joiner and invisible operators, U+2066-U+206F bidi isolates and deprecated format
#   characters, U+FEFF BOM.  A zero-width joiner between two emoji is kept: it is part of
#   one emoji ("family" = man ZWJ woman ZWJ girl).
_STORE_INVISIBLE = ("\u00ad\u034f\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064"
                    "\u2066-\u206f\ufeff")
# emoji and the variation selector 16 that ends one, on either side of a kept joiner
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff\ufe0f"
STORE_INVISIBLE = re.compile(f"[{_STORE_INVISIBLE}]|(?<![{_EMOJI}])\u200d|\u200d(?![{_EMOJI}])")
# Removed from matching keys as well (and by match.py, which maps spans back): every
# character above, any zero-width joiner, variation selectors U+FE00-U+FE0F and
# U+E0100-U+E01EF (an ideographic variant is the same name), tag characters
# U+E0000-U+E007F.
ZERO_WIDTH = re.compile(f"[{_STORE_INVISIBLE}\u200d\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


def nfc(text: str) -> str:
    """The stored form: NFC, invisible characters removed, white space runs collapsed, trimmed."""
    # invisible characters go first, so a mark they separated from its letter composes
    return WHITESPACE_RUN.sub(" ", unicodedata.normalize("NFC", STORE_INVISIBLE.sub("", text))).strip()


# key() removes the invisible characters with its one str.translate (no regex on the
# lookup path): _TRANSLATE plus every character ZERO_WIDTH matches but the zero-width
# joiner mapped to None.  A joiner between two emoji is kept: "👨\u200d👩\u200d👧" is one
# emoji (a family), not three, and a term "👩" must not match inside it; any other joiner
# goes (STRAY_ZWJ, only when the text has one).
KEY_INVISIBLE = (0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF, 0x200B, 0x200C, 0x200E, 0x200F,
                 *range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x2070),
                 *range(0xFE00, 0xFE10), *range(0xE0000, 0xE0080), *range(0xE0100, 0xE01F0))
_KEY_TRANSLATE = {**_TRANSLATE, **{c: None for c in KEY_INVISIBLE}}
EMOJI_CLASS = _EMOJI
STRAY_ZWJ = re.compile(f"(?<![{_EMOJI}])\u200d|\u200d(?![{_EMOJI}])")


def key_chars(text: str) -> str:
    """key() before white space is collapsed and the result recomposed: NFKC, casefold,
    dashes/quotes/dots unified, invisible characters removed (match.py maps spans back)."""
    s = unicodedata.normalize("NFKC", text).casefold().translate(_KEY_TRANSLATE)
    if "\u200d" in s:
        s = STRAY_ZWJ.sub("", s)
    return s


def key(text: str) -> str:
    """The matching key of a text (see module docstring).  Idempotent: key(key(x)) == key(x)."""
    s = WHITESPACE_RUN.sub(" ", key_chars(text)).strip()
    # casefold can produce decomposed sequences (e.g. U+0130); recompose once more
    return unicodedata.normalize("NFC", s)


#: the longest term (characters, after normalisation) a termbase takes: names and titles
#: are far shorter; much longer "terms" are pasted paragraphs, and the matching automaton
#: must stay bounded (pyahocorasick crashes on keys of a million characters)
MAX_TERM_CHARS = 1000
#: the longest matching key the automaton takes: a term at the cap may have a longer key
#: (NFKC expands "㈱" to "(株)", "ﬃ" to "ffi"); a longer one was stored by other means
MAX_KEY_CHARS = 4 * MAX_TERM_CHARS
#: the longest note, evidence or other free text of an entry
MAX_NOTE_CHARS = 10000
# control characters (C0 but tab and line ends, DEL, C1): never part of a term or a note;
# and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which
# reorder what a reader sees ("Trojan Source"); no English, Japanese or Korean term needs
# them.  (The LRM/RLM/ALM marks are dropped from the stored form instead: web pages are
# full of them.)
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def refuse_controls(text: str, what: str = "text", *, limit: int = MAX_NOTE_CHARS) -> str:
    """`text` unchanged, or InputError when it holds a control character (ESC that starts
    a terminal sequence, NUL, ...), a bidi control, or is longer than `limit` characters.
    Every way text enters a termbase calls it (the facade, the exchange formats)."""
    m = CONTROLS.search(text)
    if m:
        from ..errors import InputError

        code = ord(m.group())
        kind = "a bidi control character" if code > 0x9F else "a control character"
        raise InputError(f"{what} contains {kind} (U+{code:04X}) at position {m.start() + 1}")
    if len(text) > limit:
        from ..errors import InputError

        raise InputError(f"{what} is {len(text)} characters long (at most {limit})")
    return text


def clean_note(note: str | None, what: str = "note") -> str:
    """A note keeps its line breaks (translators read it as a paragraph or a list):
    NFC, line ends unified to "\\n", trailing white space and outer blank lines removed,
    invisible characters removed; control characters and over-long notes refused."""
    if not note:
        return ""
    refuse_controls(note, what, limit=MAX_NOTE_CHARS * 2)   # before line ends are unified
    text = unicodedata.normalize("NFC", STORE_INVISIBLE.sub("", note)).replace("\r\n", "\n").replace("\r", "\n")
    refuse_controls(text, what)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


# Characters never printed raw to a terminal: C0 and C1 controls (ESC starts the
# sequences that move the cursor, set the title, write the clipboard), DEL, the bidi
# controls that reorder what follows (a file name that reads backwards), and lone
# surrogates (bytes of a file name that are not UTF-8).  `printable` shows them as escapes.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    ch = match.group()
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:          # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """`text` safe to print on a terminal, on one line unless `keep` names line breaks:
    control, bidi and surrogate characters become escapes (ESC -> \\x1b)."""
    if not UNPRINTABLE.search(text):
        return text
    return UNPRINTABLE.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)
