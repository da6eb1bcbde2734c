"""Japanese names: readings (pykakasi, loaded lazily) and matching against romanized English.

Readings come from pykakasi.  Measured on 60 public figures' names
(tests/data/names/ja_names.tsv), the single best reading was right for pykakasi 48,
fugashi+unidic-lite 51, SudachiPy (core) 54; but pykakasi's dictionary keeps *every*
reading of a key (篤郎 -> あつお, あつろう, とくろう; 元 -> もと, げん, はじめ, ...), so
when an English spelling is known we enumerate the readings of the kanji and let the
spelling choose among them (60/60 right), and the package is 10 MB and already a
dependency (unidic-lite 250 MB, sudachidict-core 190 MB).  Without a spelling we take
pykakasi's own choice, except that a given name ending in 郎 takes a ろう reading the
dictionary stores for it (篤郎 あつろう, not あつお): -rō is by far the most common reading
of a final 郎.  Spellings are compared through the loose key of kana.py.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..caching import cached
from .common import CJK_NAME_SEPARATOR, JA_NAME_CHAR, NameMatch, _parse_roman, _strip_marks
from .kana import hepburn, kana_to_romaji, romaji_key, to_hiragana

# ---------------------------------------------------------------------------------------
# Japanese readings (pykakasi, loaded lazily)
# ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi  # heavy: ~0.4 s and 10 MB of dictionaries, so only on first use

    return pykakasi.kakasi()


@lru_cache(maxsize=1)
def _kanwa():
    """pykakasi's kanji dictionary (all readings per key) and variant-character table.

    These are pykakasi internals; if a future version moves them we fall back to its
    single best reading (``None`` here).
    """
    try:
        from pykakasi.kanji import Itaiji, Kanwa

        return Kanwa(), Itaiji()
    except Exception:  # pragma: no cover - depends on the installed pykakasi
        return None


@cached(maxsize=4096)
def _default_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """pykakasi's segmentation of `text`: (original, hiragana) pairs."""
    return tuple((t["orig"], to_hiragana(t["hira"])) for t in _kakasi().convert(text))


def _default_reading(text: str) -> str:
    return "".join(h for _, h in _default_tokens(text))


def _is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f" or "\u30a0" <= ch <= "\u30ff"


@dataclass(frozen=True)
class _Reading:
    kana: str
    cost: int           # 0 = pykakasi's own reading; grows with each departure from it
    how: str            # "pykakasi", "pykakasi dictionary alternative", "per-character readings"


#: How many readings of one name part we enumerate at most (names are 1-5 characters).
_MAX_READINGS = 20000
#: ... and of a part longer than three characters (not a family or given name on its own)
_MAX_READINGS_LONG = 300
#: One Han character (compiled once: name matching tests many strings).
HAN_CHAR = regex.compile(r"\p{Han}")
_RENDAKU = str.maketrans("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ")


def _options(text: str, i: int, kanwa) -> list[tuple[int, str, int]]:
    """Readings that start at position i: (end, kana, rank)."""
    ch = text[i]
    if _is_kana(ch):
        return [(i + 1, to_hiragana(ch), 0)]
    if ch == "\u3005" and i > 0:  # 々 repeats the previous character
        return [(i + 1, k, r) for (e, k, r) in _options(text[:i] + text[i - 1] + text[i + 1:], i, kanwa)
                if e == i + 1]
    out: dict[tuple[int, str], int] = {}
    table, order, longest = _char_table(ch, kanwa) if kanwa else ({}, {}, 0)
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
def _options_at(text: str, i: int) -> tuple[tuple[int, str, int], ...]:
    """`_options(text, i, kanwa)` with pykakasi's dictionary, memoised (the readings of a
    name part are walked once per English spelling tried, `_may_read_as`)."""
    return tuple(_options(text, i, _kanwa()[0]))


@lru_cache(maxsize=4096)
def _char_table(ch: str, kanwa) -> tuple[dict, dict[str, int], int]:
    """pykakasi's entries for keys starting with `ch`, each key's position in the
    dictionary's order, and the longest key's length."""
    table = kanwa.load(ch) or {}
    return table, {key: pos for pos, key in enumerate(table)}, max(map(len, table), default=0)


@cached(maxsize=4096)
def _readings(part: str) -> dict[str, _Reading]:
    """Every reading of a name part that pykakasi's dictionary allows, by loose Hepburn key.

    The default (pykakasi's choice) costs 0; a single dictionary entry covering the whole
    part costs 1 + its rank; readings composed from several entries cost more, and a
    voiced first consonant in a later piece (rendaku: 山崎 やまざき) adds 2.
    """
    found: dict[str, _Reading] = {}
    default = _default_reading(part)
    if default:
        found[romaji_key(kana_to_romaji(default))] = _Reading(default, 0, "pykakasi")
    loaded = _kanwa()
    if loaded is None:
        return found
    kanwa, itaiji = loaded
    text = itaiji.convert(part)
    if len(text) != len(part):  # variation selectors: too rare to enumerate
        return found
    count = 0
    # a name part is one to three characters (佐々木, 長谷川, 晋三); a longer string is a word
    # or a whole name, whose per-character readings explode combinatorially: a few suffice
    limit = _MAX_READINGS if len(text) <= 3 else _MAX_READINGS_LONG

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
                found[key] = _Reading(kana, total, how)
            return
        opts = options[i]
        if opts is None:
            opts = options[i] = _options_at(text, i)
        for end, yomi, rank in opts:
            if not yomi:
                continue
            nk = kana + yomi
            nh = romaji_key(kana_to_romaji(nk))
            if kana and nh == here:
                continue  # a piece that vanishes in the loose key (こう + お) proves nothing
            walk(end, nk, cost + rank, pieces + 1, nh)
            if i > 0 and yomi[0] in "かきくけこさしすせそたちつてとはひふへほ":
                rk = kana + yomi.translate(_RENDAKU)
                walk(end, rk, cost + rank + 2, pieces + 1, romaji_key(kana_to_romaji(rk)))

    walk(0, "", 0, 0, romaji_key(kana_to_romaji("")))
    return found


@cached(maxsize=16384)
def _read_as(part: str, english_word: str) -> _Reading | None:
    """The reading of `part` (kanji/kana) that the English spelling selects, if any.

    Most spellings select none; `_may_read_as` proves that cheaply, and only a spelling
    some reading may have pays for the enumeration of every reading (`_readings`)."""
    key = romaji_key(english_word)
    if _may_read_as(part, key):
        return _readings(part).get(key)
    default, default_key = _default_keyed(part)
    if default and default_key == key:
        return _Reading(default, 0, "pykakasi")
    return None


@cached(maxsize=16384)
def _default_keyed(part: str) -> tuple[str, str]:
    """pykakasi's reading of `part` and its loose key."""
    default = _default_reading(part)
    return default, (romaji_key(kana_to_romaji(default)) if default else "")


def _settled(key: str) -> str:
    """The start of a reading's loose key that no kana appended to the reading can change:
    all but its final vowels.  Appending may merge vowels (こう + う), join a small kana to
    the last mora (き + ゃ: ki -> kya, し + ぇ: si -> sye, う + ぃ: u -> wi) or double the
    next consonant (っ); each keeps the consonants before (checked for every kana of
    `kana._KANA_ROMAJI` followed by every other, with っ, ん and ー)."""
    return key.rstrip("aeiou")


@cached(maxsize=16384)
def _may_read_as(part: str, key: str) -> bool:
    """Could a reading `_readings` enumerates for `part` (beyond pykakasi's own) have the
    loose key `key`?  The walk of `_readings` without its cap on the number of readings,
    cut wherever the reading so far cannot lead to `key` (`_settled`): False proves that
    `_readings(part).get(key)` is pykakasi's reading or nothing."""
    loaded = _kanwa()
    if loaded is None:
        return False
    kanwa, itaiji = loaded
    text = itaiji.convert(part)
    if len(text) != len(part):
        return False
    n = len(text)
    options: list = [None] * n

    # each node's loose key `here` is computed once, by its parent, and handed down
    def walk(i: int, kana: str, here: str) -> bool:
        if i == n:
            return here == key
        if not key.startswith(here.rstrip("aeiou")):  # _settled(here)
            return False
        opts = options[i]
        if opts is None:
            opts = options[i] = _options_at(text, i)
        for end, yomi, rank in opts:
            if not yomi:
                continue
            nk = kana + yomi
            nh = romaji_key(kana_to_romaji(nk))
            if kana and nh == here:
                continue
            if walk(end, nk, nh):
                return True
            if i > 0 and yomi[0] in "かきくけこさしすせそたちつてとはひふへほ":
                rk = kana + yomi.translate(_RENDAKU)
                if walk(end, rk, romaji_key(kana_to_romaji(rk))):
                    return True
        return False

    return walk(0, "", romaji_key(kana_to_romaji("")))


def _name_chars(ja: str) -> tuple[str, int | None]:
    """`ja` without separators, and the family/given split if the writer marked one."""
    parts = [p for p in CJK_NAME_SEPARATOR.split(unicodedata.normalize("NFC", ja).strip()) if p]
    if len(parts) == 2:
        return parts[0] + parts[1], len(parts[0])
    return "".join(parts), None


def _default_split(name: str) -> int | None:
    """Where the family name ends in a kanji name read without help (None: don't split).

    pykakasi's segmentation if it gives exactly two pieces; else the split whose two
    parts, read separately, give the whole reading (pykakasi knows many full names as
    one key: 橋本龍太郎); among those, the most common family-name length (2).
    """
    if not (2 <= len(name) <= 6) or not all(JA_NAME_CHAR.match(c) for c in name):
        return None
    tokens = _default_tokens(name)
    if len(tokens) == 2 and all(not _is_kana(t[0][0]) for t in tokens):
        return len(tokens[0][0])
    whole = _default_reading(name)
    consistent = [k for k in range(1, len(name))
                  if _default_reading(name[:k]) + _default_reading(name[k:]) == whole]
    if consistent:
        return min(consistent, key=lambda k: (abs(k - 2), k))
    if tokens and len(tokens[0][0]) < len(name):
        return len(tokens[0][0])
    return {2: 1, 3: 2}.get(len(name), 2)


#: A given name ending in this kanji is read with a final ろう far more often than not
#: (一郎 いちろう, 太郎 たろう, 三郎 さぶろう, 篤郎 あつろう rather than あつお).
_RO_KANJI, _RO_KANA = "郎", "ろう"


def _prefer_ro(given: str, reading: str) -> str:
    """`reading` of the given name `given`, or a ろう reading of it when it ends in 郎.

    Only readings that pykakasi's dictionary stores for the whole given name count
    (篤郎: あつお, あつろう, とくろう -> あつろう); none is composed character by character,
    so 正郎 (stored only as まさお) keeps まさお rather than becoming せいろう.
    """
    if not given.endswith(_RO_KANJI) or reading.endswith(_RO_KANA):
        return reading
    stored = [r for r in _readings(given).values()
              if r.how == "pykakasi dictionary alternative" and r.kana.endswith(_RO_KANA)]
    return min(stored, key=lambda r: r.cost).kana if stored else reading


@cached(maxsize=16384)
def japanese_reading(ja: str, *, name: bool = True) -> str:
    """Hiragana reading of a Japanese name or term, pykakasi's best reading.

    With ``name=True`` (the default) a 2-6 character kanji/kana string is treated as a
    personal name and its family and given names are separated by one space (a separator
    written in `ja` wins), and a given name ending in 郎 is read with ろう when pykakasi's
    dictionary stores such a reading (see `_prefer_ro`).  ``name=False`` reads a term
    without splitting it.
    """
    chars, split = _name_chars(ja)
    if not chars:
        return ""
    if name and split is None:
        split = _default_split(chars)
    if name and split:
        family, whole = _default_reading(chars[:split]), _default_reading(chars)
        if whole.startswith(family) and len(whole) > len(family):   # keep the whole-name reading
            given = whole[len(family):]
        else:
            given = _default_reading(chars[split:])
        return f"{family} {_prefer_ro(chars[split:], given)}"
    return _default_reading(chars)


# ---------------------------------------------------------------------------------------
# Japanese name <-> romanized English
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _JaNameMatch:
    score: float
    family: str                  # family-name characters
    given: str                   # given-name characters ("" when the name has none)
    family_reading: _Reading
    given_reading: _Reading | None
    english_has_given: bool
    order: str                   # "family name first" / "given name first" / "family name only"


def _part_factor(r: _Reading) -> float:
    if r.cost == 0:
        return 1.0
    if r.how == "pykakasi dictionary alternative":
        return 0.95 if r.cost <= 2 else 0.92
    return max(0.8, 0.9 - 0.01 * r.cost)


def _match_japanese(ja: str, english: str) -> _JaNameMatch | None:
    name, marked = _name_chars(ja)
    if not name or not all(JA_NAME_CHAR.match(c) for c in name) or len(name) > 8:
        return None
    roman = _parse_roman(english)
    words = roman.words
    if not words or len(words) > 3:
        return None
    splits = [marked] if marked else list(range(1, len(name)))
    best: list[_JaNameMatch] = []
    if len(words) >= 2:
        arrangements = [("family name first", words[0], "".join(words[1:])),
                        ("given name first", words[-1], "".join(words[:-1]))]
        if roman.caps_family == len(words) - 1:  # "Shigeru ISHIBA": capitals mark the family name
            arrangements.reverse()
        for order, fam_word, giv_word in arrangements:
            for k in splits:
                rf = _read_as(name[:k], fam_word)
                rg = _read_as(name[k:], giv_word) if rf else None
                if rf and rg:
                    score = 0.97 * _part_factor(rf) * _part_factor(rg)
                    if order == "given name first":
                        score -= 0.01
                    best.append(_JaNameMatch(score, name[:k], name[k:], rf, rg, True, order))
        # the CJK string may be the family name alone while English gives the full name
        if not best and len(name) <= 4:
            for order, fam_word in (("family name first", words[0]), ("given name first", words[-1])):
                r = _read_as(name, fam_word)
                if r:
                    best.append(_JaNameMatch(0.8 * _part_factor(r), name, "", r, None, True, order))
    else:
        word = words[0]
        r = _read_as(name, word)
        if r and len(name) <= 4:  # the whole CJK string is this one name (山田 = Yamada)
            best.append(_JaNameMatch(0.93 * _part_factor(r), name, "", r, None, False, "family name only"))
        for k in splits:
            rf = _read_as(name[:k], word)
            if rf:
                given = name[k:]
                gr = _Reading(_default_reading(given), 0, "pykakasi")
                best.append(_JaNameMatch(0.85 * _part_factor(rf), name[:k], given, rf, gr, False,
                                         "family name only"))
    if not best:
        return None
    return max(best, key=lambda m: (m.score, -abs(len(m.family) - 2)))


def _ja_match_to_name_match(ja: str, english: str, m: _JaNameMatch) -> NameMatch:
    fam, giv = m.family_reading, m.given_reading
    reading = fam.kana + (f" {giv.kana}" if giv and m.given else "")
    used = [fam] + ([giv] if giv and m.english_has_given else [])
    hows = sorted({r.how for r in used}, key=lambda h: h != "pykakasi")
    shown_reading = fam.kana + (f" {giv.kana}" if giv and m.english_has_given else "")
    hep = hepburn(shown_reading)
    what = "kanji" if HAN_CHAR.search(ja) else "kana"
    chars = m.family + m.given
    variants = "" if _strip_marks(hep).casefold().split() in (
        [w.casefold() for w in _parse_roman(english).words],
        [w.casefold() for w in reversed(_parse_roman(english).words)]) else ", long vowels/spelling variants ignored"
    evidence = (f"{what} {chars} read {shown_reading} ({', '.join(hows)}) = Hepburn '{hep}' "
                f"matches '{english.strip()}' ({m.order}{variants})")
    return NameMatch(round(m.score, 3), evidence, reading)
