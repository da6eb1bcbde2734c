"""Japanese names matched against romanized English: which reading of the kanji an
English spelling selects (`_read_as`), and the name match built from it.

The readings themselves (pykakasi, its dictionary, the name-aware `japanese_reading`) are
owned by `glossary.text.readings`; see its docstring for why pykakasi.  Spellings are
compared through the loose key of `glossary.text.kana`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...text.kana import hepburn, kana_to_romaji, romaji_key
from ...text.kana import strip_marks as _strip_marks
from ...text.readings import HAN_CHAR, japanese_reading  # noqa: F401 (japanese_reading: this module's API)
from ...text.readings import reading_steps as _reading_steps
from ...text.readings import Reading as _Reading
from ...text.readings import default_reading as _default_reading
from ...text.readings import kanwa as _kanwa
from ...text.readings import name_chars as _name_chars
from ...text.readings import readings as _readings
from ..caching import cached
from .common import JA_NAME_CHAR, NameMatch, _parse_roman


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
        for end, nk, nh, _added in _reading_steps(text, i, kana, here, options):
            if walk(end, nk, nh):
                return True
        return False

    return walk(0, "", romaji_key(kana_to_romaji("")))




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


#: a family name matched alone may have at most this many kanji of a given name after it
#: (小泉|純一郎), one fewer after a family name of one kanji (林|芳正; not 文|藝春秋)
MAX_UNNAMED_GIVEN = 3


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
            # the family name before a given name the English leaves out: a name's length (not
            # the first kanji of a longer word, 文|藝春秋); one kanji read otherwise than usual
            # (菅 すが) only before a given name of two (菅|義偉, 羽田|孜; not 文|藝)
            if rf and len(name) - k <= MAX_UNNAMED_GIVEN - (k == 1) and (
                    rf.how != "pykakasi dictionary alternative" or k >= 2 or len(name) - k >= 2):
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
