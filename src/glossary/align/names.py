"""Personal names across scripts: Japanese kanji/kana, Korean Hangul, romanized English.

Pure functions, no I/O, no state beyond caches.  Dictionaries load lazily (the first
call that needs a reading pays for pykakasi; ``import glossary`` never does).

Japanese
    Readings come from pykakasi.  Measured on 60 public figures' names
    (tests/data/names/ja_names.tsv), the single best reading was right for pykakasi 48,
    fugashi+unidic-lite 51, SudachiPy (core) 54; but pykakasi's dictionary keeps *every*
    reading of a key (篤郎 -> あつお, あつろう, とくろう; 元 -> もと, げん, はじめ, ...), so
    when an English spelling is known we enumerate the readings of the kanji and let the
    spelling choose among them (60/60 right), and the package is 10 MB and already a
    dependency (unidic-lite 250 MB, sudachidict-core 190 MB).  Without a spelling we take
    pykakasi's own choice.  Romanizations are compared
    through a *loose key* that forgets what English spellings of Japanese disagree about:
    macrons and long vowels (Kōno, Kono, Kohno, Kouno, Koono), Hepburn vs kunrei
    (shi/si, tsu/tu, fu/hu, ji/zi), m/n before labials (Shimbun/Shinbun), case, hyphens
    and apostrophes.  Distinct morae stay distinct (Sato ≠ Saito).

Korean
    Conventional English spellings of Korean names follow no single system, so a Hangul
    name is compared with a *candidate set*: every syllable may be spelled by Revised
    Romanization, by McCune-Reischauer without diacritics, or by the common conventional
    spellings (Lee/Yi/Rhee, Park/Pak/Bak, Yoon/Yun, Suk/Seok/Sok, ...).  Hyphens and
    spaces inside the given name are optional and the name may come in either order.

Transcription (suggestions for missing forms, never approved automatically)
    Japanese -> Korean Hangul by the Korean standard (외래어 표기법, 일본어 표기):
    word-initial か/た/ちゃ-rows plain (가, 다, 자) and aspirated inside a word (카, 타, 차),
    つ -> 쓰, ん -> final ㄴ, っ -> final ㅅ, long vowels not written (こう -> 고).
    Korean -> Japanese katakana: the pronunciation of the name as Japanese media write it
    (see ``japanese_for_korean_name``).
"""
from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

__all__ = [
    "NameMatch", "Suggestion",
    "japanese_reading", "match_name", "korean_candidates",
    "korean_for_japanese_name", "korean_for_japanese_romaji", "japanese_for_korean_name",
    "hepburn", "romaji_key", "hangul_romanization",
]


@dataclass(frozen=True)
class NameMatch:
    score: float        # 0..1
    evidence: str       # one human-readable line: rule + readings used
    reading: str        # kana reading for ja (family and given separated by a space), romanization for ko


@dataclass(frozen=True)
class Suggestion:
    text: str
    confidence: float   # below 0.7: these are never approved automatically
    evidence: str       # names the rule and the reading used
    reading: str = ""


# ---------------------------------------------------------------------------------------
# Regular expressions (each one named and explained)
# ---------------------------------------------------------------------------------------

#: A character of a Japanese name written in kanji or kana (with 々 repeat and ー length marks).
JA_NAME_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3005\u30fc]")
#: Any Hangul syllable or jamo.
HANGUL_CHAR = regex.compile(r"\p{Hangul}")
#: Separators people put between family and given name in CJK text: spaces (incl. U+3000),
#: the katakana middle dot and its half-width / Korean cousins.
CJK_NAME_SEPARATOR = regex.compile(r"[\s\u30fb\uff65\u00b7\u318d]+")
#: One word of a romanized name: letters (with diacritics), inner hyphens and apostrophes
#: ("Dae-jung", "Jun'ichirō", "O'Hara").  Anything else (commas, periods) separates words.
ROMAN_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019\-\u2010\u2011]*")
#: Characters removed inside a romanized word before comparison: hyphens and apostrophes
#: (Korean "Dae-jung", MR aspiration "Ch'oe", Japanese syllable break "Shin'ya").
ROMAN_WORD_JOINERS = regex.compile(r"['\u2019\-\u2010\u2011]")
#: Old Hepburn writes ん as m before b, p, m ("Shimbun", "Homma"); the key uses n.
HEPBURN_M_BEFORE_LABIAL = regex.compile(r"m(?=[bpm])")
#: "oh" marks a long o when no vowel follows ("Kohno", "Itoh", "Ohno"); "Ohira" keeps it.
HEPBURN_OH_LONG = regex.compile(r"oh(?![aiueoy])")
#: Doubled vowels and "ou" are long vowels in Hepburn-like spellings: one vowel in the key.
HEPBURN_LONG_VOWEL = regex.compile(r"(?:ou|oo|uu|aa|ii|ee)")
#: A romanized word consisting only of capitals (and at least two letters) is, in English
#: texts about Japan, the family name: "ISHIBA Shigeru".
ALL_CAPS_WORD = regex.compile(r"^\p{Lu}[\p{Lu}'\-]+$")


# ---------------------------------------------------------------------------------------
# Kana and Hepburn
# ---------------------------------------------------------------------------------------

_KANA_ROMAJI: dict[str, str] = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ゔ": "vu",
    "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゃ": "ya", "ゅ": "yu", "ょ": "yo",
    "ゎ": "wa",
}
# Digraphs with small ゃゅょ: きゃ kya, しゃ sha, じゃ ja, ちゃ cha ...
for _base in "きぎしじちぢにひびぴみり":
    _r = _KANA_ROMAJI[_base]
    _stem = _r[:-1] if _r in ("shi", "chi", "ji") else _r[:-1] + "y"
    for _small, _v in (("ゃ", "a"), ("ゅ", "u"), ("ょ", "o")):
        _KANA_ROMAJI[_base + _small] = _stem + _v
# Digraphs with small vowels, used in katakana loan sounds (ファ, ティ, ウィ, シェ ...).
_KANA_ROMAJI.update({
    "ふぁ": "fa", "ふぃ": "fi", "ふぇ": "fe", "ふぉ": "fo", "てぃ": "ti", "でぃ": "di",
    "とぅ": "tu", "どぅ": "du", "うぃ": "wi", "うぇ": "we", "うぉ": "wo", "しぇ": "she",
    "じぇ": "je", "ちぇ": "che", "いぇ": "ye", "つぁ": "tsa", "ゔぁ": "va", "ゔぃ": "vi",
    "ゔぇ": "ve", "ゔぉ": "vo",
})
_VOWELS = "aiueo"

#: Morae that are not syllables of their own.
_SOKUON, _HATSUON, _CHOON = "っ", "ん", "ー"


def to_hiragana(text: str) -> str:
    """Katakana -> hiragana (NFKC first, so half-width kana work); other characters kept."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        o = ord(ch)
        out.append(chr(o - 0x60) if 0x30A1 <= o <= 0x30F6 else ch)
    return "".join(out)


def _kana_morae(hira: str) -> list[str]:
    """Split hiragana into morae: digraphs stay together; っ, ん, ー are morae of their own."""
    morae, i = [], 0
    while i < len(hira):
        two = hira[i:i + 2]
        if len(two) == 2 and two in _KANA_ROMAJI and two[1] in "ゃゅょぁぃぅぇぉ":
            morae.append(two)
            i += 2
        else:
            morae.append(hira[i])
            i += 1
    return morae


def kana_to_romaji(kana: str) -> str:
    """Hepburn romanization of kana, long vowels spelled out (こう -> kou, ー repeats)."""
    out: list[str] = []
    geminate = False
    for m in _kana_morae(to_hiragana(kana)):
        if m == _SOKUON:
            geminate = True
            continue
        if m == _HATSUON:
            out.append("n")
        elif m == _CHOON:
            prev = "".join(out)
            out.append(prev[-1] if prev and prev[-1] in _VOWELS else "")
        elif m in _KANA_ROMAJI:
            r = _KANA_ROMAJI[m]
            if geminate:
                r = ("t" + r) if r.startswith("ch") else (r[0] + r)
            out.append(r)
        elif m.isspace():
            out.append(" ")
        else:
            out.append(m)
        geminate = False
    return "".join(out)


def hepburn(kana: str) -> str:
    """Hepburn as English texts write Japanese names: long vowels unmarked (しんぞう -> shinzo)."""
    return " ".join(HEPBURN_LONG_VOWEL.sub(lambda m: m.group(0)[0], w)
                    for w in kana_to_romaji(kana).split())


def _strip_marks(text: str) -> str:
    """Remove diacritics (macrons, circumflexes, MR breves): Kōno -> Kono, Sŏk -> Sok."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def romaji_key(text: str) -> str:
    """Loose comparison key of a romanized Japanese word (see module docstring).

    >>> romaji_key("Kōno") == romaji_key("Kohno") == romaji_key("Kouno") == romaji_key("kono")
    True
    """
    s = _strip_marks(text).casefold()
    s = "".join(c for c in s if "a" <= c <= "z")
    # Hepburn -> kunrei-like canonical form: one spelling per mora
    s = s.replace("cch", "tch").replace("tch", "tty").replace("sh", "sy").replace("ch", "ty")
    s = s.replace("ts", "t").replace("j", "zy").replace("f", "h").replace("dz", "z")
    s = s.replace("syi", "si").replace("tyi", "ti").replace("zyi", "zi")
    s = HEPBURN_M_BEFORE_LABIAL.sub("n", s)
    s = HEPBURN_OH_LONG.sub("o", s)
    prev = None
    while prev != s:
        prev, s = s, HEPBURN_LONG_VOWEL.sub(lambda m: m.group(0)[0], s)
    return s


# ---------------------------------------------------------------------------------------
# English name parsing
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _RomanName:
    words: tuple[str, ...]         # as written, joiners removed ("Dae-jung" -> "Daejung")
    raw: tuple[str, ...]           # as written
    caps_family: int | None        # index of an ALL-CAPS word (family name marker), if one


def _parse_roman(english: str) -> _RomanName:
    raw = tuple(ROMAN_NAME_WORD.findall(unicodedata.normalize("NFC", english or "")))
    raw = tuple(w.strip("'\u2019-\u2010\u2011") for w in raw)
    words = tuple(ROMAN_WORD_JOINERS.sub("", w) for w in raw)
    caps = [i for i, w in enumerate(raw) if ALL_CAPS_WORD.match(w)]
    return _RomanName(words, raw, caps[0] if len(caps) == 1 and len(raw) > 1 else None)


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


@lru_cache(maxsize=4096)
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
    table = kanwa.load(ch) or {} if kanwa else {}
    for key, values in table.items():
        if text.startswith(key, i):
            for rank, (yomi, cond) in enumerate(values):
                if cond is None:
                    end = i + len(key)
                    out[(end, yomi)] = min(out.get((end, yomi), rank), rank)
    return [(e, k, r) for (e, k), r in out.items()]


@lru_cache(maxsize=4096)
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

    def walk(i: int, kana: str, cost: int, pieces: int) -> None:
        nonlocal count
        if count > _MAX_READINGS:
            return
        if i == len(text):
            count += 1
            key = romaji_key(kana_to_romaji(kana))
            if pieces == 1:
                how, total = "pykakasi dictionary alternative", 1 + cost
            else:
                how, total = "per-character readings", 2 + cost + pieces
            old = found.get(key)
            if old is None or old.cost > total:
                found[key] = _Reading(kana, total, how)
            return
        here = romaji_key(kana_to_romaji(kana))
        for end, yomi, rank in _options(text, i, kanwa):
            if not yomi or (kana and romaji_key(kana_to_romaji(kana + yomi)) == here):
                continue  # a piece that vanishes in the loose key (こう + お) proves nothing
            walk(end, kana + yomi, cost + rank, pieces + 1)
            if i > 0 and yomi and yomi[0] in "かきくけこさしすせそたちつてとはひふへほ":
                walk(end, kana + yomi.translate(_RENDAKU), cost + rank + 2, pieces + 1)

    walk(0, "", 0, 0)
    return found


def _read_as(part: str, english_word: str) -> _Reading | None:
    """The reading of `part` (kanji/kana) that the English spelling selects, if any."""
    return _readings(part).get(romaji_key(english_word))


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


def japanese_reading(ja: str, *, name: bool = True) -> str:
    """Hiragana reading of a Japanese name or term, pykakasi's best reading.

    With ``name=True`` (the default) a 2-6 character kanji/kana string is treated as a
    personal name and its family and given names are separated by one space (a separator
    written in `ja` wins).  ``name=False`` reads a term without splitting it.
    """
    chars, split = _name_chars(ja)
    if not chars:
        return ""
    if name and split is None:
        split = _default_split(chars)
    if name and split:
        family, whole = _default_reading(chars[:split]), _default_reading(chars)
        if whole.startswith(family) and len(whole) > len(family):   # keep the whole-name reading
            return f"{family} {whole[len(family):]}"
        return f"{family} {_default_reading(chars[split:])}"
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
        if r and len(name) <= 4:  # the whole CJK string is this one name (石破 = Ishiba)
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
    what = "kanji" if regex.search(r"\p{Han}", ja) else "kana"
    chars = m.family + m.given
    variants = "" if _strip_marks(hep).casefold().split() in (
        [w.casefold() for w in _parse_roman(english).words],
        [w.casefold() for w in reversed(_parse_roman(english).words)]) else ", long vowels/spelling variants ignored"
    evidence = (f"{what} {chars} read {shown_reading} ({', '.join(hows)}) = Hepburn '{hep}' "
                f"matches '{english.strip()}' ({m.order}{variants})")
    return NameMatch(round(m.score, 3), evidence, reading)


# ---------------------------------------------------------------------------------------
# Hangul
# ---------------------------------------------------------------------------------------

_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3


def _is_syllable(ch: str) -> bool:
    return _HANGUL_BASE <= ord(ch) <= _HANGUL_LAST


def _decompose(ch: str) -> tuple[int, int, int]:
    n = ord(ch) - _HANGUL_BASE
    return n // 588, (n % 588) // 28, n % 28


def _compose(initial: int, vowel: int, final: int = 0) -> str:
    return chr(_HANGUL_BASE + (initial * 21 + vowel) * 28 + final)


# Revised Romanization (2000), the official system: initials, vowels, finals.
_RR_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_RR_VOWEL = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
             "wi", "yu", "eu", "ui", "i")
_RR_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
             "t", "t", "ng", "t", "t", "k", "t", "p", "t")

# Every spelling a jamo gets in RR, in McCune-Reischauer without diacritics or apostrophes
# (ŏ -> o, ŭ -> u), and in common conventional spellings (ㅓ as u in "Suk", ㅜ as oo in
# "Moon", ㅕ as you in "Young", ㅢ as ee in "Hee").  RR first.
_INITIAL_VARIANTS = (
    ("g", "k"), ("kk", "gg", "k"), ("n",), ("d", "t"), ("tt", "dd", "t"), ("r", "l", "n"), ("m",),
    ("b", "p"), ("pp", "bb", "p"), ("s", "sh"), ("ss", "s", "sh"), ("",), ("j", "ch"), ("jj", "tch", "ch"),
    ("ch", "c"), ("k",), ("t",), ("p",), ("h",),
)
_VOWEL_VARIANTS = (
    ("a",), ("ae", "ai", "e"), ("ya",), ("yae", "ye"), ("eo", "u", "o"), ("e",), ("yeo", "yo", "you", "yu"),
    ("ye",), ("o",), ("wa",), ("wae", "we"), ("oe", "oi", "we"), ("yo",), ("u", "oo"), ("wo", "weo"),
    ("we",), ("wi", "wee"), ("yu", "yoo", "you"), ("eu", "u"), ("ui", "eui", "ee", "i"), ("i", "ee"),
)
_FINAL_VARIANTS = (
    ("",), ("k", "g"), ("k", "kk"), ("k",), ("n",), ("n",), ("n",), ("t", "d"), ("l", "r"), ("k", "l"),
    ("m", "l"), ("l",), ("l",), ("l",), ("p", "l"), ("l",), ("m",), ("p", "b"), ("p",), ("t", "s"),
    ("t", "ss"), ("ng",), ("t", "j"), ("t", "ch"), ("k",), ("t",), ("p",), ("t", "h"),
)

#: Conventional spellings that no jamo rule produces, mostly surnames (Lee for 이, Park
#: for 박, Roh for 노, Choi for 최, Ahn for 안) and the most common name syllables, in the
#: order of how often they are seen.  General vocabulary: the usual surname tables.
_CONVENTIONAL: dict[str, tuple[str, ...]] = {
    "이": ("lee", "yi", "rhee", "i", "ri", "rhie"), "리": ("lee", "ri", "rhee"),
    "김": ("kim", "gim"), "박": ("park", "pak", "bak", "bahk"), "최": ("choi", "choe"),
    "정": ("jung", "chung", "jeong", "cheong", "joung", "chong"), "강": ("kang", "gang"),
    "조": ("cho", "jo", "joh"), "윤": ("yoon", "yun"), "장": ("jang", "chang"), "임": ("lim", "im", "rim"),
    "림": ("lim", "rim"), "한": ("han",), "오": ("oh", "o"), "서": ("seo", "suh", "so"), "신": ("shin", "sin"),
    "권": ("kwon", "gwon"), "황": ("hwang",), "안": ("ahn", "an"), "송": ("song",), "전": ("jeon", "chun", "jun", "chon"),
    "홍": ("hong",), "유": ("yoo", "yu", "ryu"), "류": ("ryu", "yoo", "yu", "ryoo"), "고": ("ko", "koh", "go"),
    "문": ("moon", "mun"), "양": ("yang", "ryang"), "손": ("son", "sohn"), "배": ("bae", "pae"),
    "백": ("baek", "paik", "baik", "paek"), "허": ("heo", "huh", "hur"), "노": ("roh", "noh", "no", "ro"),
    "로": ("roh", "ro"), "남": ("nam",), "심": ("shim", "sim"), "하": ("ha",), "곽": ("kwak", "gwak"),
    "성": ("sung", "seong", "song"), "차": ("cha",), "주": ("joo", "ju", "chu", "choo"), "우": ("woo", "u", "wu"),
    "구": ("koo", "ku", "gu", "goo"), "민": ("min",), "진": ("jin", "chin"), "지": ("ji", "chi"),
    "엄": ("um", "eom", "uhm"), "원": ("won", "weon"), "천": ("chun", "cheon"), "방": ("bang", "pang"),
    "공": ("kong", "gong"), "현": ("hyun", "hyeon", "hyon"), "변": ("byun", "byeon", "pyun", "pyon"),
    "염": ("yeom", "yum", "youm"), "여": ("yeo", "yuh", "yo"), "추": ("choo", "chu"), "도": ("do", "doh"),
    "석": ("suk", "seok", "sok", "seog"), "선": ("sun", "seon"), "설": ("seol", "sul"), "길": ("gil", "kil"),
    "연": ("yeon", "youn", "yun", "yon"), "위": ("wi", "wee"), "표": ("pyo",), "명": ("myung", "myeong", "myong"),
    "기": ("ki", "gi", "kee"), "반": ("ban", "pan"), "금": ("keum", "geum", "kum"), "육": ("yook", "yuk"),
    "국": ("kook", "guk", "kuk"), "나": ("na", "ra", "rha"), "라": ("ra", "la"), "용": ("yong",),
    "경": ("kyung", "kyeong", "gyeong", "kyong"), "영": ("young", "yeong", "yong"), "형": ("hyung", "hyeong"),
    "병": ("byung", "byeong", "pyong"), "희": ("hee", "hui", "heui"), "혜": ("hye", "hae"),
    "은": ("eun", "un"), "근": ("geun", "keun", "gun", "kun"), "대": ("dae", "tae"), "중": ("jung", "joong", "chung"),
    "재": ("jae", "chae"), "동": ("dong", "tong"), "훈": ("hoon", "hun"), "수": ("soo", "su"), "숙": ("sook", "suk"),
    "준": ("joon", "jun"), "순": ("soon", "sun"), "철": ("chul", "cheol", "chol"), "열": ("yeol", "yol", "youl", "yul"),
    "혁": ("hyuk", "hyeok"), "덕": ("duk", "deok", "dok"), "상": ("sang",), "인": ("in",), "호": ("ho",),
    "규": ("kyu", "gyu"), "태": ("tae",), "일": ("il",), "환": ("hwan",), "두": ("doo", "du"), "무": ("moo", "mu"),
    "부": ("boo", "bu"), "후": ("hoo", "hu"), "루": ("roo", "ru"), "승": ("seung", "sung"), "창": ("chang",),
    "종": ("jong", "chong"),
}

#: Surnames of two syllables; any other name's family name is its first syllable.
_TWO_SYLLABLE_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절"})


@lru_cache(maxsize=None)
def _syllable_spellings(syl: str) -> tuple[str, ...]:
    """All spellings of a Hangul syllable accepted when matching, most usual first."""
    if not _is_syllable(syl):
        return ()
    i, v, f = _decompose(syl)
    out: list[str] = list(_CONVENTIONAL.get(syl, ()))
    out.append(_RR_INITIAL[i] + _RR_VOWEL[v] + _RR_FINAL[f])
    vowels = list(_VOWEL_VARIANTS[v])
    if i == 11 and v == 13:   # 우 -> Woo
        vowels.append("woo")
    if v == 8 and f == 0:     # 오/노/고 -> Oh, Noh, Koh
        vowels.append("oh")
    for a, b, c in itertools.product(_INITIAL_VARIANTS[i], vowels, _FINAL_VARIANTS[f]):
        out.append(a + b + c)
    return tuple(dict.fromkeys(out))


def _split_korean(hangul: str) -> tuple[str, str] | None:
    """(family, given) syllables of a Korean name written in Hangul."""
    parts = [p for p in CJK_NAME_SEPARATOR.split(unicodedata.normalize("NFC", hangul).strip()) if p]
    if not parts or not all(_is_syllable(c) for p in parts for c in p):
        return None
    if len(parts) == 2:
        return parts[0], parts[1]
    if len(parts) > 2:
        return None
    name = parts[0]
    if len(name) >= 3 and name[:2] in _TWO_SYLLABLE_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def _spell_match(syllables: str, word: str) -> list[str] | None:
    """Spellings, one per syllable, that concatenate to `word` (lower case, letters only)."""
    def go(k: int, pos: int) -> list[str] | None:
        if k == len(syllables):
            return [] if pos == len(word) else None
        for sp in _syllable_spellings(syllables[k]):
            if sp and word.startswith(sp, pos):
                rest = go(k + 1, pos + len(sp))
                if rest is not None:
                    return [sp] + rest
        return None

    return go(0, 0)


def _roman_lower(word: str) -> str:
    return "".join(c for c in _strip_marks(word).casefold() if "a" <= c <= "z")


def hangul_romanization(hangul: str) -> str:
    """Revised Romanization of a Hangul name, family name first, given syllables hyphenated
    as South Korean passports write them: 윤석열 -> "Yun Seok-yeol"."""
    split = _split_korean(hangul)
    if split is None:
        return ""
    fam, giv = split

    def rr(s: str) -> str:
        return "".join(_RR_INITIAL[i] + _RR_VOWEL[v] + _RR_FINAL[f] for i, v, f in map(_decompose, s))

    given = "-".join(rr(s) for s in giv)
    return f"{rr(fam).capitalize()} {given.capitalize()}".strip()


def _match_korean(hangul: str, english: str) -> NameMatch | None:
    split = _split_korean(hangul)
    if split is None:
        return None
    fam, giv = split
    if len(fam) > 2 or len(giv) > 3:   # not the shape of a Korean name
        return None
    roman = _parse_roman(english)
    words = [_roman_lower(w) for w in roman.words]
    if not words or len(words) > 4 or not all(words):
        return None
    found: list[tuple[float, str, list[str], list[str] | None]] = []
    if len(words) >= 2 and giv:
        for order, fam_word, giv_word in (("family name first", words[0], "".join(words[1:])),
                                          ("given name first", words[-1], "".join(words[:-1]))):
            sf = _spell_match(fam, fam_word)
            sg = _spell_match(giv, giv_word) if sf else None
            if sf and sg:
                common = all(sp in _syllable_spellings(s)[:4] for s, sp in zip(fam + giv, sf + sg))
                score = (0.96 if common else 0.9) - (0.01 if order == "given name first" else 0)
                found.append((score, order, sf, sg))
    if len(words) == 1:
        sf = _spell_match(fam, words[0])
        if sf:
            found.append((0.72 if giv else 0.9, "family name only", sf, None))
        elif giv and _spell_match(fam + giv, words[0]):
            found.append((0.85, "written as one word", _spell_match(fam + giv, words[0]) or [], None))
    if not found:
        return None
    score, order, sf, sg = max(found, key=lambda x: x[0])
    spelled = "·".join(sf) + (" " + "·".join(sg) if sg else "")
    evidence = (f"Hangul {fam}{giv} ({fam}|{giv}: family|given) spelled {spelled} "
                f"(RR/McCune-Reischauer/conventional syllable spellings) matches '{english.strip()}' ({order})")
    return NameMatch(round(score, 3), evidence, hangul_romanization(fam + " " + giv if giv else fam))


# ---------------------------------------------------------------------------------------
# Korean standard transcription of Japanese (외래어 표기법, 일본어의 표기)
# ---------------------------------------------------------------------------------------

# Jamo indices used below
_I = {c: n for n, c in enumerate("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")}
_V = {c: n for n, c in enumerate("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")}
_F_N, _F_S = 4, 19   # final ㄴ (for ん) and final ㅅ (for っ)

#: Japanese consonant -> (Korean initial word-initially, inside a word).  か/た/ちゃ rows are
#: plain at the start of a word and aspirated inside it; つ is always ㅆ.
_JA_CONSONANT = {
    "": ("ㅇ", "ㅇ"), "k": ("ㄱ", "ㅋ"), "g": ("ㄱ", "ㄱ"), "s": ("ㅅ", "ㅅ"), "sh": ("ㅅ", "ㅅ"),
    "z": ("ㅈ", "ㅈ"), "j": ("ㅈ", "ㅈ"), "t": ("ㄷ", "ㅌ"), "ch": ("ㅈ", "ㅊ"), "ts": ("ㅆ", "ㅆ"),
    "d": ("ㄷ", "ㄷ"), "n": ("ㄴ", "ㄴ"), "h": ("ㅎ", "ㅎ"), "f": ("ㅎ", "ㅎ"), "b": ("ㅂ", "ㅂ"),
    "p": ("ㅍ", "ㅍ"), "m": ("ㅁ", "ㅁ"), "y": ("ㅇ", "ㅇ"), "r": ("ㄹ", "ㄹ"), "w": ("ㅇ", "ㅇ"),
    "v": ("ㅂ", "ㅂ"),
}
_JA_VOWEL = {"a": "ㅏ", "i": "ㅣ", "u": "ㅜ", "e": "ㅔ", "o": "ㅗ"}
_JA_Y_VOWEL = {"a": "ㅑ", "u": "ㅠ", "o": "ㅛ", "e": "ㅖ", "i": "ㅣ"}
_JA_W_VOWEL = {"a": "ㅘ", "i": "ㅟ", "e": "ㅞ", "o": "ㅗ", "u": "ㅜ"}
#: Hepburn syllable = consonant + optional glide + vowel.
HEPBURN_SYLLABLE = regex.compile(r"^(ts|sh|ch|[kgszjtdnhfbpmyrwv]?)(y?)([aiueo])$")


def _mora_to_jamo(romaji: str, initial: bool) -> tuple[int, int] | None:
    m = HEPBURN_SYLLABLE.match(romaji)
    if not m:
        return None
    cons, glide, vowel = m.groups()
    ini = _JA_CONSONANT[cons][0 if initial else 1]
    if cons in ("s", "z", "ts") and vowel == "u":
        v = "ㅡ"                                   # す 스, ず 즈, つ 쓰
    elif cons == "sh":
        v = _JA_Y_VOWEL[vowel] if vowel != "i" else "ㅣ"   # しゃ 샤, し 시
    elif cons == "y":
        v = _JA_Y_VOWEL[vowel]                     # や 야, ゆ 유, よ 요
    elif cons == "w":
        v = _JA_W_VOWEL[vowel]                     # わ 와
    elif glide:
        v = _JA_Y_VOWEL[vowel]                     # きゃ 갸/캬, りゅ 류
    else:
        v = _JA_VOWEL[vowel]                       # じゃ 자, ちゃ 자/차 (no glide for j/ch)
    return _I[ini], _V[v]


def _morae_to_hangul(morae: list[str]) -> str | None:
    """Hepburn morae of ONE word ("n" = ん, "q" = っ, "-" = ー) -> Hangul, long vowels dropped."""
    out: list[list[int]] = []          # [initial, vowel, final]
    last_vowel = ""
    for m in morae:
        if m == "-":
            continue
        if m == "n":
            if not out:
                return None
            out[-1][2] = _F_N
            last_vowel = ""
            continue
        if m == "q":
            if out:
                out[-1][2] = _F_S
            last_vowel = ""
            continue
        # long vowels are not written: こう -> 고, おお -> 오, ゆう -> 유, にい -> 니 (but えい stays)
        if m in _JA_VOWEL and out and out[-1][2] == 0 and (
                (m == "u" and last_vowel in ("o", "u")) or (m == last_vowel)):
            continue
        jamo = _mora_to_jamo(m, initial=not out)
        if jamo is None:
            return None
        out.append([jamo[0], jamo[1], 0])
        last_vowel = m[-1]
    return "".join(_compose(*s) for s in out) if out else None


def _kana_word_morae(kana: str) -> list[str] | None:
    morae: list[str] = []
    for m in _kana_morae(to_hiragana(kana)):
        if m == _SOKUON:
            morae.append("q")
        elif m == _HATSUON:
            morae.append("n")
        elif m == _CHOON:
            morae.append("-")
        elif m in _KANA_ROMAJI:
            morae.append(_KANA_ROMAJI[m])
        else:
            return None
    return morae


def _kana_to_korean(kana_words: list[str]) -> str | None:
    words = []
    for w in kana_words:
        morae = _kana_word_morae(w)
        h = _morae_to_hangul(morae) if morae else None
        if not h:
            return None
        words.append(h)
    return " ".join(words)


# Hepburn (and kunrei) syllables an English spelling of a Japanese name may contain.
_ROMAJI_SYLLABLES: dict[str, str] = {}
for _r in set(_KANA_ROMAJI.values()):
    _ROMAJI_SYLLABLES[_r] = _r
_ROMAJI_SYLLABLES.update({   # kunrei / Nihon-shiki and common English variants -> Hepburn
    "si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu",
    "sya": "sha", "syu": "shu", "syo": "sho", "tya": "cha", "tyu": "chu", "tyo": "cho",
    "zya": "ja", "zyu": "ju", "zyo": "jo", "jya": "ja", "jyu": "ju", "jyo": "jo",
})
_ROMAJI_BY_LENGTH = sorted(_ROMAJI_SYLLABLES, key=len, reverse=True)


def _romaji_word_morae(word: str) -> list[str] | None:
    """Parse one romanized Japanese word into Hepburn morae (None if it is not Japanese).

    ``n`` before a consonant, an apostrophe or the end is ん; doubled consonants (and
    ``tch``) are っ; ``m`` before b/p/m is ん; ``h`` after o before a consonant lengthens
    the o (Kohno).  Long vowels come through as repeated vowels and are dropped later.
    """
    s = _strip_marks(word).casefold().replace("\u2019", "'")
    s = "".join(c for c in s if "a" <= c <= "z" or c == "'")
    s = HEPBURN_OH_LONG.sub("o", s)
    morae: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "'":
            i += 1
            continue
        if c == "n" and (i + 1 == len(s) or s[i + 1] == "'" or s[i + 1] not in "aiueoy"):
            morae.append("n")
            i += 1
            continue
        if c == "m" and i + 1 < len(s) and s[i + 1] in "bpm":
            morae.append("n")
            i += 1
            continue
        if c not in _VOWELS and i + 1 < len(s) and (s[i + 1] == c or (c == "t" and s[i + 1] == "c")):
            morae.append("q")
            i += 1
            continue
        for syl in _ROMAJI_BY_LENGTH:
            if s.startswith(syl, i):
                morae.append(_ROMAJI_SYLLABLES[syl])
                i += len(syl)
                break
        else:
            return None
    return morae or None


def _hangul_loose(text: str) -> str:
    """Hangul key tolerant of the usual deviations from the transcription standard:
    aspirated/tense vs plain initials (키시다/기시다, 쓰/츠), ㅡ vs ㅜ, final ㅅ for っ."""
    plain = {_I["ㅋ"]: _I["ㄱ"], _I["ㅌ"]: _I["ㄷ"], _I["ㅊ"]: _I["ㅈ"], _I["ㅆ"]: _I["ㅅ"],
             _I["ㄲ"]: _I["ㄱ"], _I["ㄸ"]: _I["ㄷ"], _I["ㅉ"]: _I["ㅈ"]}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if _is_syllable(ch):
            i, v, f = _decompose(ch)
            i = plain.get(i, i)
            v = _V["ㅜ"] if v == _V["ㅡ"] else v
            f = 0 if f == _F_S else f
            out.append(_compose(i, v, f))
        elif not ch.isspace() and ch not in "·・":
            out.append(ch)
    return "".join(out)


def _match_hangul_japanese(hangul: str, english: str) -> NameMatch | None:
    """A Japanese name transcribed in Hangul (이시바 시게루) vs its romanization."""
    roman = _parse_roman(english)
    if not roman.words or len(roman.words) > 3:
        return None
    words_h = []
    for w in roman.raw:
        morae = _romaji_word_morae(w)
        h = _morae_to_hangul(morae) if morae else None
        if not h:
            return None
        words_h.append(h)
    cjk_words = [p for p in CJK_NAME_SEPARATOR.split(unicodedata.normalize("NFC", hangul).strip()) if p]
    cjk_key = [_hangul_loose(w) for w in cjk_words]
    en_key = [_hangul_loose(w) for w in words_h]
    exact = " ".join(cjk_words) in (" ".join(words_h), " ".join(reversed(words_h)))
    candidates = []
    if cjk_key == en_key or "".join(cjk_key) == "".join(en_key):
        candidates.append((0.93, "family name first"))
    elif len(en_key) > 1 and (cjk_key == en_key[::-1] or "".join(cjk_key) == "".join(en_key[::-1])):
        candidates.append((0.92, "given name first"))
    elif len(en_key) == 1 and len(cjk_key) >= 2 and cjk_key[0] == en_key[0]:
        candidates.append((0.82, "family name only in English"))
    elif len(cjk_key) == 1 and len(en_key) >= 2 and cjk_key[0] in (en_key[0], en_key[-1]):
        candidates.append((0.8, "family name only in Hangul"))
    if not candidates:
        return None
    score, order = candidates[0]
    if not exact:
        score -= 0.05
    evidence = (f"Hangul {' '.join(cjk_words)} = Korean standard transcription of Japanese "
                f"'{english.strip()}' ({' '.join(words_h)}{'' if exact else ', within spelling variants'}; {order})")
    return NameMatch(round(score, 3), evidence, " ".join(" ".join(roman.words).split()).lower())


# ---------------------------------------------------------------------------------------
# Han names read as Korean (尹錫悦, 金大中): via the hanja package, lazily
# ---------------------------------------------------------------------------------------

def _hanja_name_readings(han: str) -> list[str]:
    """Hangul readings of a Korean name written in hanja (surname initial-sound rule applied)."""
    from .bridge import sino_korean_readings  # lazy: loads the hanja table

    per_char = [sino_korean_readings(c, initial=(k == 0), name=True) for k, c in enumerate(han)]
    if not all(per_char):
        return []
    combos = list(itertools.islice(itertools.product(*per_char), 64))
    return ["".join(c) for c in combos]


# ---------------------------------------------------------------------------------------
# Public: match_name
# ---------------------------------------------------------------------------------------

def match_name(cjk: str, english: str) -> NameMatch | None:
    """Does the CJK name `cjk` name the same person as the romanized `english`?

    `cjk`: a Japanese name in kanji/kana, a Korean name in Hangul (or a Japanese name
    transcribed in Hangul, 이시바), or a Korean name in hanja (尹錫悦).  `english`: the
    full name in either order ("Ishiba Shigeru", "Shigeru Ishiba", "ISHIBA Shigeru") or
    the family name alone; hyphens optional.  Returns the best match or None.
    """
    cjk = (cjk or "").strip()
    if not cjk or not _parse_roman(english).words:
        return None
    results: list[NameMatch] = []
    if HANGUL_CHAR.search(cjk):
        for fn in (_match_hangul_japanese, _match_korean):
            m = fn(cjk, english)
            if m:
                results.append(m)
    elif JA_NAME_CHAR.search(cjk):
        jm = _match_japanese(cjk, english)
        if jm:
            results.append(_ja_match_to_name_match(cjk, english, jm))
        name, _ = _name_chars(cjk)
        if (not results or results[0].score < 0.9) and 2 <= len(name) <= 4 and \
                all(regex.match(r"\p{Han}", c) for c in name):
            for hangul in _hanja_name_readings(name):
                km = _match_korean(hangul, english)
                if km:
                    results.append(NameMatch(round(km.score * 0.97, 3),
                                             f"hanja {name} read {hangul} (hanja, Sino-Korean); " + km.evidence,
                                             km.reading))
                    break
    return max(results, key=lambda m: m.score) if results else None


# ---------------------------------------------------------------------------------------
# Public: candidate sets and suggestions
# ---------------------------------------------------------------------------------------

_MAX_CANDIDATES = 400


def korean_candidates(hangul: str) -> list[str]:
    """Candidate conventional English spellings of a Korean name (a set, most usual first).

    Each syllable takes its conventional spellings (Lee/Yi/Rhee, Park/Pak/Bak, Yoon/Yun,
    Suk/Seok/Sok ...), its Revised Romanization and its McCune-Reischauer spelling; the
    given name is written hyphenated ("Dae-jung"), joined ("Daejung") or spaced
    ("Dae Jung"); family name first, then given name first.
    """
    split = _split_korean(hangul)
    if split is None:
        return []
    fam, giv = split

    def top(s: str) -> list[str]:
        conv = list(_CONVENTIONAL.get(s, ()))
        i, v, f = _decompose(s)
        rr = _RR_INITIAL[i] + _RR_VOWEL[v] + _RR_FINAL[f]
        mr = _INITIAL_VARIANTS[i][-1 if i in (0, 3, 7, 12) else 0] + _VOWEL_VARIANTS[v][-1 if v in (4, 18) else 0] \
            + _FINAL_VARIANTS[f][0]
        return list(dict.fromkeys(conv[:4] + [rr, mr]))

    fam_forms = ["".join(p).capitalize() for p in itertools.product(*(top(s) for s in fam))]
    giv_parts = [top(s) for s in giv]
    giv_forms: list[str] = []
    for combo in itertools.product(*giv_parts):
        if len(combo) == 1:
            giv_forms.append(combo[0].capitalize())
            continue
        giv_forms.append(combo[0].capitalize() + "-" + "-".join(combo[1:]))
        giv_forms.append(("".join(combo)).capitalize())
        giv_forms.append(" ".join(c.capitalize() for c in combo))
    out: list[str] = []
    if not giv:
        return fam_forms
    for f, g in itertools.product(fam_forms, giv_forms):
        out.append(f"{f} {g}")
    for f, g in itertools.product(fam_forms, giv_forms):
        out.append(f"{g} {f}")
    return list(dict.fromkeys(out))[:_MAX_CANDIDATES]


_STANDARD_RULE = ("Korean standard transcription of Japanese (외래어 표기법): word-initial voiceless "
                  "consonants plain, long vowels dropped, つ->쓰, ん->ㄴ, っ->ㅅ")


def korean_for_japanese_name(ja: str, english: str | None = None) -> Suggestion | None:
    """Hangul for a Japanese name by the Korean standard transcription of Japanese.

    The reading is pykakasi's; when `english` (the romanized name in the article) is
    given it selects among the dictionary's readings (倉重篤郎 + "Kurashige Atsuro" ->
    くらしげ あつろう -> 구라시게 아쓰로), and if it gives only the family name only the
    family name is transcribed ("Ishiba" -> 이시바).
    """
    name, _ = _name_chars(ja or "")
    if not name or not all(JA_NAME_CHAR.match(c) for c in name):
        return None
    words: list[str]
    note = ""
    confidence = 0.5
    if english and _parse_roman(english).words:
        jm = _match_japanese(ja, english)
        if jm:
            words = [jm.family_reading.kana]
            if jm.english_has_given and jm.given_reading and jm.given:
                words.append(jm.given_reading.kana)
            how = {r.how for r in (jm.family_reading, jm.given_reading) if r}
            note = f" ({', '.join(sorted(how))}, selected by the spelling '{english.strip()}')"
            confidence = 0.65 if all(r.cost == 0 for r in (jm.family_reading, jm.given_reading) if r) else 0.6
        else:
            words = japanese_reading(ja).split()
            note = f" (pykakasi; the spelling '{english.strip()}' matched no reading)"
            confidence = 0.35
    else:
        words = japanese_reading(ja).split()
        note = " (pykakasi)"
    text = _kana_to_korean(words)
    if not text:
        return None
    reading = " ".join(words)
    evidence = f"reading {reading}{note} -> {text}: {_STANDARD_RULE}"
    return Suggestion(text, confidence, evidence, reading)


def korean_for_japanese_romaji(english: str) -> Suggestion | None:
    """Hangul for a Japanese name known only in Hepburn romanization (Kishida -> 기시다).

    Long vowels are dropped by the Korean standard, so Kōno / Kohno / Kono all give 고노.
    Word order is kept as written except that an ALL-CAPS word (the family name) goes
    first.  ``n`` before a vowel is read as な-row (Junichiro -> 주니치로 is a known limit:
    write "Jun'ichiro" for 준이치로).  None when a word cannot be Hepburn (Kim, Blinken);
    a non-Japanese name that happens to be Hepburn-shaped (Biden -> 비덴) is transcribed,
    so the caller decides whether the person is Japanese.
    """
    roman = _parse_roman(english)
    if not roman.words or len(roman.words) > 3:
        return None
    words = list(roman.raw)
    order_note = "order as written"
    if roman.caps_family is not None and roman.caps_family != 0:
        words.insert(0, words.pop(roman.caps_family))
        order_note = "capitalized family name first"
    out = []
    for w in words:
        morae = _romaji_word_morae(w)
        h = _morae_to_hangul(morae) if morae else None
        if not h:
            return None
        out.append(h)
    text = " ".join(out)
    reading = " ".join(w.lower() for w in words)
    evidence = (f"romanization '{english.strip()}' read as Hepburn {'-'.join(_romaji_word_morae(words[0]) or [])}"
                f"{'...' if len(words) > 1 else ''} -> {text} ({order_note}): {_STANDARD_RULE}; no kanji known")
    return Suggestion(text, 0.55, evidence, reading)


# ---------------------------------------------------------------------------------------
# Korean name -> katakana
# ---------------------------------------------------------------------------------------

_KATA_ROWS = {   # consonant -> katakana for vowels a i u e o
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "t": "タ--テト",
    "d": "ダ--デド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "p": "パピプペポ", "b": "バビブベボ",
    "m": "マミムメモ", "r": "ラリルレロ",
}
_KATA_SPECIAL = {"ti": "ティ", "tu": "トゥ", "di": "ディ", "du": "ドゥ",
                 "ja": "ジャ", "ji": "ジ", "ju": "ジュ", "je": "ジェ", "jo": "ジョ",
                 "cha": "チャ", "chi": "チ", "chu": "チュ", "che": "チェ", "cho": "チョ",
                 "ya": "ヤ", "yu": "ユ", "yo": "ヨ", "ye": "イェ", "wa": "ワ", "wi": "ウィ", "we": "ウェ",
                 "wo": "ウォ", "ui": "ウィ"}
_SMALL = {"a": "ァ", "i": "ィ", "u": "ゥ", "e": "ェ", "o": "ォ", "ya": "ャ", "yu": "ュ", "yo": "ョ"}

#: Korean vowel -> Japanese vowel as Japanese media hear it (ㅓ and ㅗ both オ, ㅡ and ㅜ both ウ).
_KO_VOWEL_JA = ("a", "e", "ya", "ye", "o", "e", "yo", "ye", "o", "wa", "we", "we", "yo", "u", "wo", "we",
                "wi", "yu", "u", "ui", "i")
#: Korean initial -> (voiceless, voiced) Japanese consonant; plain stops are voiced between
#: voiced sounds (김대중 キム・デジュン) and voiceless at the start or after a stop (パク・クネ).
_KO_INITIAL_JA = (("k", "g"), ("k", "k"), ("n", "n"), ("t", "d"), ("t", "t"), ("r", "r"), ("m", "m"),
                  ("p", "b"), ("p", "p"), ("s", "s"), ("s", "s"), ("", ""), ("ch", "j"), ("ch", "ch"),
                  ("ch", "ch"), ("k", "k"), ("t", "t"), ("p", "p"), ("h", "h"))
#: Korean final -> katakana: stops ク/プ/ッ, nasals ン/ム, ㄹ ル.
_KO_FINAL_JA = ("", "ク", "ク", "ク", "ン", "ン", "ン", "ッ", "ル", "ク", "ム", "ル", "ル", "ル", "プ", "ル",
                "ム", "プ", "プ", "ッ", "ッ", "ン", "ッ", "ッ", "ク", "ッ", "プ", "ッ")
_SONORANT_FINALS = frozenset({4, 5, 6, 8, 16, 21})       # ㄴ ㄵ ㄶ ㄹ ㅁ ㅇ
#: final -> the initial it becomes when the next syllable starts with ㅇ (liaison, 연음)
_LIAISON = {1: 0, 2: 1, 4: 2, 7: 3, 8: 5, 16: 6, 17: 7, 19: 9, 20: 10, 22: 12, 23: 14, 24: 15, 25: 16, 26: 17}


def _kana_for(cons: str, vowel: str) -> str:
    key = cons + vowel
    if key in _KATA_SPECIAL:
        return _KATA_SPECIAL[key]
    if cons == "s" and vowel.startswith("y"):
        return {"ya": "シャ", "yu": "シュ", "yo": "ショ", "ye": "シェ"}[vowel]
    if cons in ("j", "ch") and vowel.startswith("y"):
        return _kana_for(cons, vowel[1:] if vowel != "ye" else "e")
    if cons in ("j", "ch") and vowel.startswith("w"):
        return _kana_for(cons, "u") + _SMALL.get(vowel[1:], "")
    row = _KATA_ROWS.get(cons)
    if row is None:
        return ""
    if vowel in "aiueo":
        k = row["aiueo".index(vowel)]
        return k if k != "-" else _KATA_SPECIAL.get(cons + vowel, "")
    if vowel == "ui":
        return _kana_for(cons, "i") if cons else "ウィ"
    if vowel == "ye":
        return _kana_for(cons, "e")
    if vowel.startswith("y"):
        return _kana_for(cons, "i") + _SMALL[vowel]
    if vowel.startswith("w"):
        return _kana_for(cons, "u") + _SMALL.get(vowel[1:], "")
    return ""


def _hangul_word_to_katakana(word: str, voiced_before: bool) -> tuple[str, bool]:
    """Katakana of one Hangul word (family or given name) pronounced in context.

    Sound changes inside the word: liaison (석열 -> 서결 ソギョル), ㅎ after ㄴ/ㅁ/ㄹ
    silent with liaison (근혜 -> 그네 クネ), nasalization of stops before ㄴ/ㅁ.
    Returns the katakana and whether the word ends in a voiced sound.
    """
    syl = [list(_decompose(c)) for c in word]
    for k in range(len(syl) - 1):
        cur, nxt = syl[k], syl[k + 1]
        if nxt[0] == 18 and cur[2] in (4, 8, 16):          # ㄴ/ㄹ/ㅁ + ㅎ: ㅎ silent, liaison
            nxt[0] = 11
        if nxt[0] == 11 and cur[2] in _LIAISON:             # liaison
            nxt[0], cur[2] = _LIAISON[cur[2]], 0
        elif nxt[0] in (2, 6) and cur[2] in (1, 2, 24):     # ㄱ + ㄴ/ㅁ -> ㅇ
            cur[2] = 21
        elif nxt[0] in (2, 6) and cur[2] in (17, 26):       # ㅂ + ㄴ/ㅁ -> ㅁ
            cur[2] = 16
        elif nxt[0] == 5 and cur[2] in (4, 21, 16, 1, 17):  # ㄹ after ㄴ/ㅇ/ㅁ/stops -> ㄴ (ㄴ+ㄹ -> ㄹㄹ)
            if cur[2] == 4:
                cur[2] = 8
            else:
                nxt[0] = 2
    out = []
    voiced = voiced_before
    for i, v, f in syl:
        cons = _KO_INITIAL_JA[i][1 if voiced else 0]
        out.append(_kana_for(cons, _KO_VOWEL_JA[v]) + _KO_FINAL_JA[f])
        voiced = f == 0 or f in _SONORANT_FINALS
    return "".join(out), voiced


# Preferred Hangul syllable for an English syllable spelling: the conventional table
# first (Suk -> 석, Jung -> 정), then Revised Romanization.  Built lazily.
@lru_cache(maxsize=1)
def _reverse_spellings() -> dict[str, tuple[int, str]]:
    best: dict[str, tuple[int, str]] = {}
    for syl, forms in _CONVENTIONAL.items():
        for rank, f in enumerate(forms):
            if f not in best or best[f][0] > rank:
                best[f] = (rank, syl)
    for n in range(_HANGUL_LAST - _HANGUL_BASE + 1):
        syl = chr(_HANGUL_BASE + n)
        i, v, f = _decompose(syl)
        rr = _RR_INITIAL[i] + _RR_VOWEL[v] + _RR_FINAL[f]
        if rr not in best or best[rr][0] > 5:
            best.setdefault(rr, (5, syl))
    return best


def _english_to_hangul(word: str) -> str | None:
    """Most likely Hangul for one romanized Korean word (segmentation by least cost)."""
    table = _reverse_spellings()
    s = _roman_lower(word)
    best: list[tuple[int, str] | None] = [None] * (len(s) + 1)
    best[0] = (0, "")
    for i in range(len(s)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(s), i + 6) + 1):
            hit = table.get(s[i:j])
            if hit:
                cost = best[i][0] + hit[0] + 3
                if best[j] is None or best[j][0] > cost:
                    best[j] = (cost, best[i][1] + hit[1])
    return best[len(s)][1] if best[len(s)] else None


def japanese_for_korean_name(english: str, hangul: str | None = None) -> Suggestion | None:
    """Katakana for a Korean name, as Japanese media write it: ユン・ソギョル for 윤석열.

    Rule: the Korean pronunciation of the whole name in katakana, family and given name
    joined by ・.  Plain stops are voiced between voiced sounds (김대중 キム・デジュン) and
    voiceless at the start and after a stop (박근혜 パク・クネ); ㅓ/ㅗ -> オ, ㅡ/ㅜ -> ウ;
    finals ㄱ ク, ㄴ/ㅇ ン, ㄹ ル, ㅁ ム, ㅂ プ, others ッ; inside a name liaison
    (석열 -> ソギョル, the standard pronunciation; NHK's ユン・ソンニョル adds the
    colloquial ㄴ-insertion, which we do not), silent ㅎ after ㄴ/ㄹ/ㅁ and nasalization.
    With `hangul` the reading is certain; from the English spelling alone each syllable is
    guessed (Suk -> 석) and the confidence is lower.
    """
    source = ""
    if hangul and _split_korean(hangul):
        fam, giv = _split_korean(hangul)  # type: ignore[misc]
        source, confidence = f"Hangul {fam}{giv}", 0.6
    else:
        roman = _parse_roman(english or "")
        if not roman.words or len(roman.words) > 4:
            return None
        parts = [_english_to_hangul(w) for w in roman.words]
        if not all(parts):
            return None
        fam, giv = parts[0], "".join(parts[1:])  # type: ignore[assignment]
        if len(fam) > 2 or len(giv) > 3:
            return None
        source, confidence = f"'{english.strip()}' guessed as Hangul {fam}{giv}", 0.4
    kf, voiced = _hangul_word_to_katakana(fam, False)
    kg, _ = _hangul_word_to_katakana(giv, voiced) if giv else ("", voiced)
    if not kf or (giv and not kg):
        return None
    text = kf + ("・" + kg if kg else "")
    evidence = (f"{source} -> {text}: Korean pronunciation in katakana (stops voiced between voiced sounds, "
                f"liaison inside the given name, family・given)")
    return Suggestion(text, confidence, evidence, hangul_romanization(f"{fam} {giv}".strip()))
