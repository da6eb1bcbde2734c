"""Readings of CJK text: the one owner of the analysers (pykakasi, its kanji dictionary,
the `hanja` table), used by extraction and alignment alike.

Japanese (pykakasi, loaded on first use):
    kakasi()                      the converter (one per process)
    default_tokens / default_reading   pykakasi's segmentation and reading of a string
    readings(part)                every reading pykakasi's dictionary allows for a name part, by loose key
    japanese_reading(ja, name=)   the name-aware reading: family / given split, 郎 read ろう
    kana_reading(ja)              the reading an extracted Japanese term carries ("" for no Han/kana)
Korean (the `hanja` package, loaded on first use):
    hanja_table()                 hanja -> Hangul reading
    sino_korean_readings(ch)      Hangul readings of one Han character, shinjitai read as kyūjitai
    to_traditional(text)          shinjitai -> kyūjitai (data/ja_ko_bridge.tsv)

Readings of Japanese names come from pykakasi.  Measured on 60 public figures' names
(tests/data/names/ja_names.tsv), the single best reading was right for pykakasi 48,
fugashi+unidic-lite 51, SudachiPy (core) 54; but pykakasi's dictionary keeps *every*
reading of a key (篤郎 -> あつお, あつろう, とくろう; 元 -> もと, げん, はじめ, ...), so
when an English spelling is known the name matcher (align/names/japanese.py) enumerates
the readings of the kanji (`readings`) and lets the spelling choose among them (60/60
right); the package is 10 MB and already a dependency (unidic-lite 250 MB,
sudachidict-core 190 MB).  Without a spelling we take pykakasi's own choice, except that
a given name ending in 郎 takes a ろう reading the dictionary stores for it (篤郎 あつろう,
not あつお): -rō is by far the most common reading of a final 郎.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .caching import cached
from .kana import kana_to_romaji, romaji_key, to_hiragana
from .lexicon import table
from .scripts import CJK_NAME_SEPARATOR, HAN, JA_NAME_CHAR, has_kana

# ---------------------------------------------------------------------------------------
# Japanese readings (pykakasi, loaded lazily)
# ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def kakasi():
    import pykakasi  # heavy: ~0.4 s and 10 MB of dictionaries, so only on first use

    k = pykakasi.kakasi()
    inner = getattr(k, "_kakasi", None)
    if inner is not None and hasattr(inner, "_jconv"):
        try:
            inner._jconv = _prefix_jconv()
        except (ImportError, AttributeError, TypeError):  # pragma: no cover - another pykakasi
            pass      # its own converter: the same readings, found more slowly
    return k


def _prefix_jconv():
    """pykakasi's kanji converter with its dictionary look-up done by prefix.

    pykakasi finds the longest dictionary word at the start of the text by testing every
    word that starts with the same character (thousands for 日, 大, 国); the words are the
    keys of a dict, so trying the text's own prefixes, longest first, finds the same word
    with a few look-ups.  The result is pykakasi's, character for character (tested)."""
    from pykakasi.kanji import JConv

    class PrefixJConv(JConv):
        def __init__(self) -> None:
            super().__init__()
            self._longest: dict[str, int] = {}      # first character -> its longest word

        def convert(self, itext: str, btext: str) -> tuple[str, int]:
            text = self._itaiji.convert(itext)
            num_vs = len(itext) - len(text)
            table = self._kanwa.load(text[0])
            if table is None:
                return "", 0
            longest = self._longest.get(text[0])
            if longest is None:
                longest = self._longest[text[0]] = max(map(len, table), default=0)
            hstr, max_len = "", 0
            for length in range(min(longest, len(text)), 0, -1):
                # the first reading of the longest word whose context (okurigana) fits
                yomi = next((y for y, con in table.get(text[:length], ()) if con is None or btext in con), None)
                if yomi is not None:
                    hstr, max_len = yomi, length
                    break
            for _ in range(num_vs):   # pykakasi's own count of variation selectors in the match
                if max_len > len(itext):
                    break
                elif text[max_len - 1] != itext[max_len - 1]:
                    max_len += 1
                elif max_len < num_vs + len(text) and max_len <= len(itext) and self._is_vschr(itext[max_len]):
                    max_len += 1
            return hstr, max_len

    return PrefixJConv()


@lru_cache(maxsize=1)
def kanwa():
    """pykakasi's kanji dictionary (all readings per key) and variant-character table.

    These are pykakasi internals; if a future version moves them we fall back to its
    single best reading (``None`` here) and say so once (a RuntimeWarning): name matching
    then finds fewer readings.
    """
    try:
        from pykakasi.kanji import Itaiji, Kanwa

        return Kanwa(), Itaiji()
    except (ImportError, AttributeError, OSError, TypeError) as exc:  # pragma: no cover - other pykakasi
        import warnings

        warnings.warn(f"pykakasi's kanji dictionary is not where glossary expects it ({type(exc).__name__}: "
                      f"{exc}); Japanese names are read with pykakasi's single best reading only",
                      RuntimeWarning, stacklevel=2)
        return None


@cached(maxsize=4096)
def default_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """pykakasi's segmentation of `text`: (original, hiragana) pairs."""
    return tuple((t["orig"], to_hiragana(t["hira"])) for t in kakasi().convert(text))


def default_reading(text: str) -> str:
    return "".join(h for _, h in default_tokens(text))


def is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f" or "\u30a0" <= ch <= "\u30ff"


@dataclass(frozen=True)
class Reading:
    kana: str
    cost: int           # 0 = pykakasi's own reading; grows with each departure from it
    how: str            # "pykakasi", "pykakasi dictionary alternative", "per-character readings"


#: How many readings of one name part we enumerate at most (names are 1-5 characters).
MAX_READINGS = 20000
#: ... and of a part longer than three characters (not a family or given name on its own)
MAX_READINGS_LONG = 300
#: One Han character (compiled once: name matching tests many strings).
HAN_CHAR = regex.compile(r"\p{Han}")
RENDAKU = str.maketrans("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ")


def options(text: str, i: int, kanwa) -> list[tuple[int, str, int]]:
    """Readings that start at position i: (end, kana, rank)."""
    ch = text[i]
    if is_kana(ch):
        return [(i + 1, to_hiragana(ch), 0)]
    if ch == "\u3005" and i > 0:  # 々 repeats the previous character
        return [(i + 1, k, r) for (e, k, r) in options(text[:i] + text[i - 1] + text[i + 1:], i, kanwa)
                if e == i + 1]
    out: dict[tuple[int, str], int] = {}
    table, order, longest = char_table(ch, kanwa) if kanwa else ({}, {}, 0)
    # the dictionary keys starting at i (prefixes of text[i:]), in the dictionary's order
    hits = []
    for j in range(i + 1, min(len(text), i + longest) + 1):
        key = text[i:j]
        pos = order.get(key)
        if pos is not None:
            hits.append((pos, key))
    hits.sort()
    for _, key in hits:
        end = i + len(key)
        for rank, (yomi, cond) in enumerate(table[key]):
            if cond is None:
                out[(end, yomi)] = min(out.get((end, yomi), rank), rank)
    return [(e, k, r) for (e, k), r in out.items()]


@cached(maxsize=65536)
def options_at(text: str, i: int) -> tuple[tuple[int, str, int], ...]:
    """`options(text, i, kanwa)` with pykakasi's dictionary, memoised (the readings of a
    name part are walked once per English spelling tried, `_may_read_as`)."""
    return tuple(options(text, i, kanwa()[0]))


@lru_cache(maxsize=4096)
def char_table(ch: str, kanwa) -> tuple[dict, dict[str, int], int]:
    """pykakasi's entries for keys starting with `ch`, each key's position in the
    dictionary's order, and the longest key's length."""
    table = kanwa.load(ch) or {}
    return table, {key: pos for pos, key in enumerate(table)}, max(map(len, table), default=0)


def reading_steps(text: str, i: int, kana: str, here: str, options: list):
    """One step of a walk through the readings of `text` (a name part, itaiji already
    converted) from position i, where the reading so far is `kana` with loose key `here`:
    (end, the longer reading, its loose key, the cost added) for each dictionary reading
    starting at i, and its rendaku form (voiced first consonant, cost + 2) after the first
    piece.  A piece that vanishes in the loose key (こう + お) proves nothing and is left
    out.  `options` memoises `options_at` per position for the walk."""
    opts = options[i]
    if opts is None:
        opts = options[i] = options_at(text, i)
    for end, yomi, rank in opts:
        if not yomi:
            continue
        nk = kana + yomi
        nh = romaji_key(kana_to_romaji(nk))
        if kana and nh == here:
            continue
        yield end, nk, nh, rank
        if i > 0 and yomi[0] in "かきくけこさしすせそたちつてとはひふへほ":
            rk = kana + yomi.translate(RENDAKU)
            yield end, rk, romaji_key(kana_to_romaji(rk)), rank + 2


@cached(maxsize=4096)
def readings(part: str) -> dict[str, Reading]:
    """Every reading of a name part that pykakasi's dictionary allows, by loose Hepburn key.

    The default (pykakasi's choice) costs 0; a single dictionary entry covering the whole
    part costs 1 + its rank; readings composed from several entries cost more, and a
    voiced first consonant in a later piece (rendaku: 山崎 やまざき) adds 2.
    """
    found: dict[str, Reading] = {}
    default = default_reading(part)
    if default:
        found[romaji_key(kana_to_romaji(default))] = Reading(default, 0, "pykakasi")
    loaded = kanwa()
    if loaded is None:
        return found
    _dictionary, itaiji = loaded
    text = itaiji.convert(part)
    if len(text) != len(part):  # variation selectors: too rare to enumerate
        return found
    count = 0
    # a name part is one to three characters (佐々木, 長谷川, 晋三); a longer string is a word
    # or a whole name, whose per-character readings explode combinatorially: a few suffice
    limit = MAX_READINGS if len(text) <= 3 else MAX_READINGS_LONG

    # the readings starting at each position depend on the position only: once each
    n = len(text)
    options: list = [None] * n

    # each node's loose key is computed once, by its parent (the vanishing-piece check
    # needs it), and handed down
    def walk(i: int, kana: str, cost: int, pieces: int, here: str) -> None:
        nonlocal count
        if count > limit:
            return
        if i == n:
            count += 1
            key = here
            if pieces == 1:
                how, total = "pykakasi dictionary alternative", 1 + cost
            else:
                how, total = "per-character readings", 2 + cost + pieces
            old = found.get(key)
            if old is None or old.cost > total:
                found[key] = Reading(kana, total, how)
            return
        for end, nk, nh, added in reading_steps(text, i, kana, here, options):
            walk(end, nk, cost + added, pieces + 1, nh)

    walk(0, "", 0, 0, romaji_key(kana_to_romaji("")))
    return found


def name_chars(ja: str) -> tuple[str, int | None]:
    """`ja` without separators, and the family/given split if the writer marked one."""
    parts = [p for p in CJK_NAME_SEPARATOR.split(unicodedata.normalize("NFC", ja).strip()) if p]
    if len(parts) == 2:
        return parts[0] + parts[1], len(parts[0])
    return "".join(parts), None


def default_split(name: str) -> int | None:
    """Where the family name ends in a kanji name read without help (None: don't split).

    pykakasi's segmentation if it gives exactly two pieces; else the split whose two
    parts, read separately, give the whole reading (pykakasi knows many full names as
    one key: 橋本龍太郎); among those, the most common family-name length (2).
    """
    if not (2 <= len(name) <= 6) or not all(JA_NAME_CHAR.match(c) for c in name):
        return None
    tokens = default_tokens(name)
    if len(tokens) == 2 and all(not is_kana(t[0][0]) for t in tokens):
        return len(tokens[0][0])
    whole = default_reading(name)
    consistent = [k for k in range(1, len(name))
                  if default_reading(name[:k]) + default_reading(name[k:]) == whole]
    if consistent:
        return min(consistent, key=lambda k: (abs(k - 2), k))
    if tokens and len(tokens[0][0]) < len(name):
        return len(tokens[0][0])
    return {2: 1, 3: 2}.get(len(name), 2)


#: A given name ending in this kanji is read with a final ろう far more often than not
#: (一郎 いちろう, 太郎 たろう, 三郎 さぶろう, 篤郎 あつろう rather than あつお).
_RO_KANJI, _RO_KANA = "郎", "ろう"


def prefer_ro(given: str, reading: str) -> str:
    """`reading` of the given name `given`, or a ろう reading of it when it ends in 郎.

    Only readings that pykakasi's dictionary stores for the whole given name count
    (篤郎: あつお, あつろう, とくろう -> あつろう); none is composed character by character,
    so 正郎 (stored only as まさお) keeps まさお rather than becoming せいろう.
    """
    if not given.endswith(_RO_KANJI) or reading.endswith(_RO_KANA):
        return reading
    stored = [r for r in readings(given).values()
              if r.how == "pykakasi dictionary alternative" and r.kana.endswith(_RO_KANA)]
    return min(stored, key=lambda r: r.cost).kana if stored else reading


@cached(maxsize=16384)
def japanese_reading(ja: str, *, name: bool = True) -> str:
    """Hiragana reading of a Japanese name or term, pykakasi's best reading.

    With ``name=True`` (the default) a 2-6 character kanji/kana string is treated as a
    personal name and its family and given names are separated by one space (a separator
    written in `ja` wins), and a given name ending in 郎 is read with ろう when pykakasi's
    dictionary stores such a reading (see `prefer_ro`).  ``name=False`` reads a term
    without splitting it.
    """
    chars, split = name_chars(ja)
    if not chars:
        return ""
    if name and split is None:
        split = default_split(chars)
    if name and split:
        family, whole = default_reading(chars[:split]), default_reading(chars)
        if whole.startswith(family) and len(whole) > len(family):   # keep the whole-name reading
            given = whole[len(family):]
        else:
            given = default_reading(chars[split:])
        return f"{family} {prefer_ro(chars[split:], given)}"
    return default_reading(chars)


def kana_reading(ja: str) -> str:
    """The kana reading an extracted Japanese term carries: the name-aware reading of
    `japanese_reading` ("" when `ja` has neither Han nor kana)."""
    if not HAN.search(ja) and not has_kana(ja):
        return ""
    return japanese_reading(ja)


# ---------------------------------------------------------------------------------------
# Sino-Korean readings (the hanja package, loaded lazily)
# ---------------------------------------------------------------------------------------

def _bridge(kind: str) -> list[tuple[str, str]]:
    return [(r["ja"], r["ko"]) for r in table("ja_ko_bridge") if r["list"] == kind]


#: Jōyō shinjitai -> the traditional form used in Korean hanja (data/ja_ko_bridge.tsv).
SHINJITAI_TO_KYUJITAI: dict[str, str] = dict(_bridge("traditional"))

#: Common characters with a second Sino-Korean reading the hanja table does not give.
MORE_READINGS: dict[str, tuple[str, ...]] = {ja: tuple(ko.split("|")) for ja, ko in _bridge("reading")}


@lru_cache(maxsize=1)
def hanja_table() -> dict[str, str]:
    """The `hanja` package's table: hanja -> Hangul reading."""
    from hanja.table import hanja_table as loaded  # ~27,000 entries: only on first use

    return loaded


def hanja_to_hangul(text: str, mode: str = "substitution") -> str:
    """`hanja.translate`: each hanja of `text` replaced by its Hangul reading."""
    from hanja import translate  # the ~27,000-entry table: only on first use

    return translate(text, mode)


def to_traditional(text: str) -> str:
    """Shinjitai -> kyūjitai, character by character (other characters unchanged)."""
    return "".join(SHINJITAI_TO_KYUJITAI.get(c, c) for c in text)


def dueum(syllable: str) -> str:
    """The initial-sound rule (두음법칙): word-initial ㄹ -> ㄴ/ㅇ, ㄴ -> ㅇ before i/y."""
    n = ord(syllable) - 0xAC00
    if not 0 <= n < 11172:
        return syllable
    i, v, f = n // 588, (n % 588) // 28, n % 28
    y_like = v in (2, 6, 7, 12, 17, 20)        # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
    if i == 5:                                  # ㄹ
        i = 11 if y_like else 2
    elif i == 2 and y_like:                     # ㄴ
        i = 11
    else:
        return syllable
    return chr(0xAC00 + (i * 21 + v) * 28 + f)


@cached(maxsize=8192)
def sino_korean_readings(ch: str, initial: bool = False, name: bool = False) -> tuple[str, ...]:
    """Hangul readings of one Han character, the usual one first.

    Shinjitai are read in their traditional form first, then as written; `initial`
    puts the initial-sound-rule form first (労 -> 노, 李 -> 이); `name` prefers 김 for 金.
    """
    table_ = hanja_table()
    trad = SHINJITAI_TO_KYUJITAI.get(ch, ch)
    base = [r for r in (table_.get(trad), table_.get(ch)) if r]
    base += list(MORE_READINGS.get(trad, ()))
    if name and trad == "金":
        base.insert(0, "김")
    out: list[str] = []
    for r in base:
        d = dueum(r)
        out.extend((d, r) if initial else (r, d))
    return tuple(dict.fromkeys(out))
