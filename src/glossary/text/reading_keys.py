"""Readings as search keys (the TUI's and `search`'s lookup by reading; the analysers that
produce readings live in text/readings.py): a stored reading (kana for Japanese, a
romanization or Hangul for Korean) is found by what an editor types, in any of those scripts.

    reading_key("タナカ はなこ")   -> "たなかはなこ"   kana folded to hiragana, no spaces
    reading_key("Tanaka Hanako")  -> "tanakahanako"
    romaji_to_kana("Tanaka")      -> "たなか"         a Hepburn/kunrei query read as kana
    reading_needles("tanaka")     -> ("tanaka", "たなか")

Both sides go through `reading_key`, so a query typed in katakana finds a reading stored
in hiragana, and one typed with or without spaces finds a reading with spaces.  The
kana table is data/ja_romaji.tsv (read only when a Latin query is searched by reading).
"""
from __future__ import annotations

import unicodedata
from functools import cache

from .normalize import key

__all__ = ["reading_key", "romaji_to_kana", "reading_needles"]

#: what a reading key leaves out: spaces and the separators names are written with
#: (middle dots of every kind, hyphens, apostrophes)
_SEPARATORS = str.maketrans({c: None for c in " ·・‧-'’"})
_VOWELS = "aiueo"
# Hepburn long vowels with macrons or circumflexes, spelled out as kana writes them
_LONG_VOWELS = {"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou",
                "â": "aa", "î": "ii", "û": "uu", "ê": "ee", "ô": "ou"}


def _hiragana(text: str) -> str:
    """Katakana -> hiragana (text already NFKC, so half-width kana are full width)."""
    return "".join(chr(ord(ch) - 0x60) if 0x30A1 <= ord(ch) <= 0x30F6 else ch for ch in text)


def reading_key(text: str) -> str:
    """The search key of a reading or of a query: the matching key (NFKC, casefold), kana
    as hiragana, without spaces and name separators."""
    return _hiragana(key(text)).translate(_SEPARATORS)


@cache
def _romaji_table() -> tuple[dict[str, str], int]:
    """Hepburn (and kunrei-shiki) syllable -> hiragana, with the longest syllable's length."""
    from .lexicon import table

    rows = table("ja_romaji")
    kana = {r["written"]: r["hepburn"] for r in rows if r["list"] in ("kana", "loan")}
    # digraphs with small ゃゅょ: きゃ kya, しゃ sha, じゃ ja, ちゃ cha ... (as align/names/kana.py)
    for base in "きぎしじちぢにひびぴみり":
        if base not in kana:
            continue
        roman = kana[base]
        stem = roman[:-1] if roman in ("shi", "chi", "ji") else roman[:-1] + "y"
        for small, vowel in (("ゃ", "a"), ("ゅ", "u"), ("ょ", "o")):
            kana.setdefault(base + small, stem + vowel)
    inverse: dict[str, str] = {}
    for written, roman in sorted(kana.items(), key=lambda kv: len(kv[0])):
        # the first kana (the shortest: じ before ぢ) keeps a romanization both share
        if written not in ("ゐ", "ゑ") and roman not in inverse:
            inverse[roman] = written
    for r in rows:
        if r["list"] == "variant" and r["hepburn"] in inverse:
            inverse.setdefault(r["written"], inverse[r["hepburn"]])
    return inverse, max(map(len, inverse))


def romaji_to_kana(text: str) -> str | None:
    """A romanized Japanese word or name read back as hiragana (Hepburn or kunrei-shiki,
    long vowels with macrons, n before a consonant, doubled consonants as っ); None when
    `text` is not romaji (a letter sequence no syllable table spells, or no letters)."""
    s = unicodedata.normalize("NFC", text.casefold())
    s = "".join(_LONG_VOWELS.get(ch, ch) for ch in s)
    s = "".join(ch for ch in s if ch.isascii() and ch.isalpha() or ch in " -'")
    if not any(ch.isalpha() for ch in s) or any(not (ch.isascii()) for ch in s):
        return None
    inverse, longest = _romaji_table()
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch in " -'":
            i += 1
            continue
        nxt = s[i + 1] if i + 1 < n else ""
        # a doubled consonant (kk, ss, tt, pp ...) or "tch" is the small tsu
        if ch not in _VOWELS and ch != "n" and (nxt == ch or (ch == "t" and nxt == "c")):
            out.append("っ")
            i += 1
            continue
        # n (or m before b, m, p) not followed by a vowel or y is the moraic n
        if ch in "nm" and (nxt == "" or nxt in " -'" or nxt not in _VOWELS + "y") and \
                (ch == "n" or nxt in "bmp"):
            out.append("ん")
            i += 1
            continue
        for size in range(min(longest, n - i), 0, -1):
            kana = inverse.get(s[i:i + size])
            if kana is not None:
                out.append(kana)
                i += size
                break
        else:
            return None
    return "".join(out) or None


def reading_needles(query: str) -> tuple[str, ...]:
    """What a query looks for in reading keys: its own reading key, and for a Latin query
    that reads as romaji its kana too."""
    own = reading_key(query)
    if not own:
        return ()
    needles = [own]
    kana = romaji_to_kana(query)
    if kana and kana not in needles:
        needles.append(kana)
    return tuple(needles)
