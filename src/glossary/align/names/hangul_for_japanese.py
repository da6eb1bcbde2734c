"""Japanese names in Hangul by the Korean standard transcription of Japanese.

The Korean standard (외래어 표기법, 일본어 표기): word-initial か/た/ちゃ-rows plain
(가, 다, 자) and aspirated inside a word (카, 타, 차), つ -> 쓰, ん -> final ㄴ,
っ -> final ㅅ, long vowels not written (こう -> 고).  Used both for suggestions
(`korean_for_japanese_name`, `korean_for_japanese_romaji`) and to match a Japanese name
already transcribed in Hangul (다나카 가쿠에이) with its romanization.
"""
from __future__ import annotations

import unicodedata

import regex

from ...text.kana import CHOON as _CHOON
from ...text.kana import HATSUON as _HATSUON
from ...text.kana import HEPBURN_OH_LONG, hepburn, to_hiragana
from ...text.kana import KANA_ROMAJI as _KANA_ROMAJI
from ...text.kana import SOKUON as _SOKUON
from ...text.kana import VOWELS as _VOWELS
from ...text.kana import kana_morae as _kana_morae
from ...text.kana import strip_marks as _strip_marks
from ...text.lexicon import table, words
from ...text.readings import japanese_reading
from ...text.readings import name_chars as _name_chars
from ..caching import cached
from .common import CJK_NAME_SEPARATOR, JA_NAME_CHAR, NameMatch, Suggestion, _parse_roman
from .japanese import _match_japanese
from .korean import _compose, _decompose, _is_syllable

# ---------------------------------------------------------------------------------------
# Korean standard transcription of Japanese (외래어 표기법, 일본어의 표기)
# ---------------------------------------------------------------------------------------

# Jamo indices used below
_I = {c: n for n, c in enumerate("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")}
_V = {c: n for n, c in enumerate("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")}
_F_N, _F_S = 4, 19   # final ㄴ (for ん) and final ㅅ (for っ)

def _transcription(kind: str) -> dict[str, tuple[str, str]]:
    return {("" if r["romaji"] == "-" else r["romaji"]): (r["hangul"], r["hangul_inside"])
            for r in table("ja_hangul_transcription") if r["list"] == kind}


#: Japanese consonant -> (Korean initial word-initially, inside a word).  か/た/ちゃ rows are
#: plain at the start of a word and aspirated inside it; つ is always ㅆ.
_JA_CONSONANT = _transcription("consonant")
_JA_VOWEL = {v: jamo for v, (jamo, _) in _transcription("vowel").items()}
_JA_Y_VOWEL = {v: jamo for v, (jamo, _) in _transcription("y_vowel").items()}
_JA_W_VOWEL = {v: jamo for v, (jamo, _) in _transcription("w_vowel").items()}
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


def _morae_to_hangul(morae: list[str], starts: frozenset[int] = frozenset(), long_i: bool = False) -> str | None:
    """Hepburn morae of ONE word ("n" = ん, "q" = っ, "-" = ー) -> Hangul, long vowels
    dropped; `starts`: the morae that begin a character's reading, whose vowel is no
    lengthening of the one before (本居 もと|おり 모토오리, 豊岡 とよ|おか 도요오카);
    `long_i`: an い inside a character's reading lengthens the い before it and is not
    written either, as the standard writes places (新潟 にい|がた 니가타; 石井 いし|い keeps it)."""
    out: list[list[int]] = []          # [initial, vowel, final]
    last_vowel = ""
    for k, m in enumerate(morae):
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
        # long vowels are not written: こう -> 고, おお -> 오, ゆう -> 유 (but えい stays, and
        # so does the い of いしい and けいいち: 이시이, 게이이치, as Korean writes names)
        if m in _JA_VOWEL and out and out[-1][2] == 0 and k not in starts and (
                (m == "u" and last_vowel in ("o", "u")) or (m == last_vowel and (m != "i" or (long_i and starts)))):
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


def _kana_to_korean(kana_words: list[str], kanji_words: list[str] | None = None, long_i: bool = False) -> str | None:
    """Hangul for the readings of a Japanese name or term, one word each; with the words'
    characters (`kanji_words`, one per reading) a vowel that starts a character's reading
    is written even after the same vowel (see _morae_to_hangul)."""
    words = []
    for i, w in enumerate(kana_words):
        morae = _kana_word_morae(w)
        kanji = kanji_words[i] if kanji_words and len(kanji_words) == len(kana_words) else ""
        starts = _reading_starts(kanji, w) if kanji and morae else frozenset()
        h = _morae_to_hangul(morae, starts, long_i) if morae else None
        if not h:
            return None
        words.append(h)
    return " ".join(words)


#: characters of a word whose reading is split character by character at most
MAX_SPLIT_CHARS = 8


@cached(maxsize=8192)
def _reading_starts(kanji: str, kana: str) -> frozenset[int]:
    """The morae of `kana` at which the reading of a character of `kanji` begins, when the
    dictionary's per-character readings spell `kana` (豊岡 + とよおか: とよ|おか, the third
    mora); empty when they do not (本居 もとおり: 居 has no reading おり there), when a
    reading of several characters spells it (小路 こうじ), or the word is too long to try."""
    from ...text.readings import RENDAKU, options_at

    kana = to_hiragana(kana)
    if not 2 <= len(kanji) <= MAX_SPLIT_CHARS or not all(JA_NAME_CHAR.match(c) for c in kanji):
        return frozenset()
    seen: set[tuple[int, int]] = set()

    def walk(i: int, k: int) -> list[int] | None:
        if i == len(kanji):
            return [] if k == len(kana) else None
        if (i, k) in seen:
            return None
        seen.add((i, k))
        for end, yomi, _rank in sorted(options_at(kanji, i), key=lambda o: (o[0] - i != 1, o[2])):
            for y in (yomi, yomi.translate(RENDAKU)) if i and yomi else (yomi,):
                if y and kana.startswith(y, k):
                    rest = walk(end, k + len(y))
                    if rest is not None:
                        return [k] + rest
        return None

    cuts = walk(0, 0)
    if not cuts:
        return frozenset()
    # kana offsets -> mora indices
    offsets, at = {}, 0
    for idx, m in enumerate(_kana_morae(kana)):
        offsets[at] = idx
        at += len(m)
    return frozenset(offsets[c] for c in cuts[1:] if c in offsets)


# Hepburn (and kunrei) syllables an English spelling of a Japanese name may contain.
_ROMAJI_SYLLABLES: dict[str, str] = {}
for _r in set(_KANA_ROMAJI.values()):
    _ROMAJI_SYLLABLES[_r] = _r
# kunrei / Nihon-shiki and common English variants -> Hepburn
_ROMAJI_SYLLABLES.update({r["written"]: r["hepburn"] for r in table("ja_romaji") if r["list"] == "variant"})
_ROMAJI_BY_LENGTH = sorted(_ROMAJI_SYLLABLES, key=len, reverse=True)


@cached(maxsize=8192)
def _romaji_word_morae(word: str) -> tuple[str, ...] | None:
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
    return tuple(morae) or None


#: Morae only loanwords have (ウェ, ティ, ファ, ヴァ ...): a romanized word needing one is no
#: Japanese name (Wen, Tina, Fabio).
_LOANWORD_MORAE = words("ja_romaji", list="loan_mora")

# Spellings of Chinese pinyin (and Western names) that Hepburn never produces: x, q, zh, c
# not in ch, l, v, and the finals -ian, -iao, -ong, -eng, -ang, -ua/-uo, -ie (Jiabao, Xiaoping,
# Rongji, Qiang, Zhu).
PINYIN_SHAPE = regex.compile(r"[xqlv]|zh|c(?!h)|ia|ong|eng|ang|ua|uo|ie|ui\b", regex.I)


#: a word with a shape of pinyin is still a Japanese name when JMnedict spells this many
#: people's names so (Tetsuo: 67, Ieyasu: 3, Mitsui: 27; Guo, Jiabao, Zhou: none)
JAPANESE_DESPITE_PINYIN = 3


@cached(maxsize=8192)
def romaji_is_japanese(word: str) -> bool:
    """Can this romanized word be a Japanese name?  It parses entirely into native Japanese
    morae (no loanword sounds) and has none of the shapes of pinyin (x, q, zh, -ian, -ong),
    or, with a vowel pair pinyin also has (-uo, -ie, -ui: Tetsuo, Ieyasu, Mitsui), JMnedict
    spells Japanese people's names so."""
    plain = _strip_marks(word)
    morae = _romaji_word_morae(word)
    if not morae or any(m in _LOANWORD_MORAE for m in morae):
        return False
    return not PINYIN_SHAPE.search(plain) or _jmnedict_name_word(plain)


def _jmnedict_name_word(word: str) -> bool:
    from ...text import jmdict

    if not jmdict.available():
        return False
    counts = jmdict.name_kind_counts(word)
    return sum(counts.get(k, 0) for k in _GIVEN_TYPES | _FAMILY_TYPES) >= JAPANESE_DESPITE_PINYIN


#: JMnedict name types a word of a Japanese person's name is found as
_PERSONAL_TYPES = frozenset({"surname", "given", "masc", "fem"})
#: a headword in kanji or hiragana: a native Japanese name (JMnedict writes foreign ones in katakana)
_NATIVE_HEADWORD = regex.compile(r"[\p{Han}\p{Hiragana}]")


@cached(maxsize=4096)
def native_japanese_name(english: str) -> bool:
    """A romanized name of two words (a particle "no" between them aside) that JMnedict gives
    as a Japanese person's names written in kanji or hiragana and read as spelled, one as a
    surname and the other as a given name ("Yunogami Takashi": 湯之上 ゆのがみ a surname, 隆
    たかし a given name): a Japanese person's name whatever the text around it says.  (Foreign
    names are katakana in JMnedict: Brell ブレル; two surnames are a place or a shrine more
    often than a person: "Kessano Gongen".)"""
    from ...text import jmdict

    found = english.split()
    words = [w for w in found if w.lower() != "no"]
    # (whole words of letters: "O'Kessin" or "Ken-ichi" is no surname and given name)
    if len(words) != 2 or not jmdict.available() or not all(w.isalpha() and romaji_is_japanese(w) for w in words):
        return False
    first, second = (_native_name_kinds(w) for w in words)
    if len(found) == 3 and found[1].lower() == "no":       # (a clan name and "no": 樽木の正房 "Taruki no Masafusa")
        return "surname" in first and bool(second)
    return bool("surname" in first and second & _GIVEN_TYPES or "surname" in second and first & _GIVEN_TYPES)


def _native_name_kinds(word: str) -> frozenset[str]:
    """The JMnedict personal-name kinds of this romanized word among names in kanji or
    hiragana read exactly as spelled."""
    from ...text import jmdict
    from ...text.kana import romaji_key

    key = romaji_key(word)
    return frozenset(e.kind for e in jmdict.names_for_romaji(word, kinds=_PERSONAL_TYPES, limit=50)
                     if _NATIVE_HEADWORD.search(e.headword) and romaji_key(hepburn(e.reading)) == key)


def _weights(kind: str) -> dict[str, float]:
    return {r["word"]: int(r["weight"]) if r["weight"].isdigit() else float(r["weight"])
            for r in table("ja_name_words") if r["list"] == kind}


# Common Japanese family names (the most frequent, general knowledge) and given names.
_COMMON_FAMILY = words("ja_name_words", list="family")
_COMMON_GIVEN = words("ja_name_words", list="given")
#: Endings of family names (-moto, -yama, -kawa, -da ...) and of given names (-ro, -hiko, -ko,
#: -zo, -ichi ...), weighted by how telling they are; the longest ending counts.
_FAMILY_ENDINGS = _weights("family_ending")
_GIVEN_ENDINGS = _weights("given_ending")


def _ending_weight(word: str, table: dict[str, float]) -> float:
    for k in range(len(word), 0, -1):
        w = table.get(word[-k:])
        if w is not None and k < len(word):
            return w
    return 0.0


#: endings and lists this sure of a name's order need no dictionary lookup
CLEAR_WITHOUT_DICTIONARY = 4.0
#: JMnedict's evidence on a word's name type counts at most this much either way
NAME_TYPE_WEIGHT = 3.0
#: JMnedict name types of given names and of family names
_GIVEN_TYPES = frozenset({"given", "masc", "fem"})
_FAMILY_TYPES = frozenset({"surname"})


@cached(maxsize=8192)
def familyness(word: str) -> float:
    """How much a romanized word looks like a Japanese family name rather than a given name:
    its ending, the short lists of the commonest names, and how JMnedict spells it -- the
    log ratio of its spellings as a surname to those as a given name ("Naoto": 1 to 22;
    "Shindō": 32 to 5)."""
    return _ending_familyness(word) + _name_type_evidence(word)


@cached(maxsize=8192)
def _ending_familyness(word: str) -> float:
    """The ending's and the short lists' part of `familyness` (no dictionary)."""
    w = _strip_marks(word).casefold()
    score = _ending_weight(w, _FAMILY_ENDINGS) - _ending_weight(w, _GIVEN_ENDINGS)
    if w in _COMMON_FAMILY:
        score += 3
    if w in _COMMON_GIVEN:
        score -= 3
    return score


@cached(maxsize=8192)
def _name_type_evidence(word: str) -> float:
    """log2 of (JMnedict spellings as a surname + 1) / (as a given name + 1), within
    +-NAME_TYPE_WEIGHT; 0 without the dictionary."""
    import math

    from ...text import jmdict

    if len(word) < 2 or not jmdict.available():
        return 0.0
    counts = jmdict.name_kind_counts(word)
    family = sum(counts.get(k, 0) for k in _FAMILY_TYPES)
    given = sum(counts.get(k, 0) for k in _GIVEN_TYPES)
    ratio = math.log2((family + 1) / (given + 1))
    return max(-NAME_TYPE_WEIGHT, min(NAME_TYPE_WEIGHT, ratio))


def japanese_given_name_first(english: str) -> float:
    """For a two-word romanized Japanese name: > 0 when it looks written given name first
    ("Kakuei Tanaka"), < 0 when family name first ("Tanaka Kakuei"); the size says how
    sure (about 1 and above: clear).  0 for anything else (one word, an ALL-CAPS family name
    decides elsewhere)."""
    roman = _parse_roman(english)
    if len(roman.words) != 2 or roman.caps_family is not None:
        return 0.0
    first, last = roman.words
    plain = _ending_familyness(last) - _ending_familyness(first)
    if abs(plain) >= CLEAR_WITHOUT_DICTIONARY:
        return round(plain, 3)      # the endings and lists alone are sure: no lookup
    return round(familyness(last) - familyness(first), 3)


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


@cached(maxsize=8192)
def _hangul_words_keyed(hangul: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a Hangul name and their `_hangul_loose` keys (memoised: one name is
    compared with many English forms)."""
    words = tuple(p for p in CJK_NAME_SEPARATOR.split(unicodedata.normalize("NFC", hangul).strip()) if p)
    return words, tuple(_hangul_loose(w) for w in words)


@cached(maxsize=8192)
def _romaji_word_hangul(word: str) -> tuple[str, str] | None:
    """One romanized word in Hangul by the Korean standard transcription of Japanese, and
    its `_hangul_loose` key; None when it has none (memoised: the same English words are
    compared with many Hangul names)."""
    morae = _romaji_word_morae(word)
    h = _morae_to_hangul(morae) if morae else None
    if not h:
        return None
    return h, _hangul_loose(h)


def _match_hangul_japanese(hangul: str, english: str) -> NameMatch | None:
    """A Japanese name transcribed in Hangul (다나카 가쿠에이) vs its romanization."""
    roman = _parse_roman(english)
    if not roman.words or len(roman.words) > 3:
        return None
    words_h = []
    en_key = []
    for w in roman.raw:
        hk = _romaji_word_hangul(w)
        if hk is None:
            return None
        words_h.append(hk[0])
        en_key.append(hk[1])
    cjk_words, cjk_key = _hangul_words_keyed(hangul)
    cjk_words, cjk_key = list(cjk_words), list(cjk_key)
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
# Public: suggestions
# ---------------------------------------------------------------------------------------

_STANDARD_RULE = ("Korean standard transcription of Japanese (외래어 표기법): word-initial voiceless "
                  "consonants plain, long vowels dropped, つ->쓰, ん->ㄴ, っ->ㅅ")


@cached(maxsize=16384)
def korean_for_japanese_name(ja: str, english: str | None = None) -> Suggestion | None:
    """Hangul for a Japanese name by the Korean standard transcription of Japanese.

    The reading is pykakasi's; when `english` (the romanized name in the article) is
    given it selects among the dictionary's readings (田中角栄 + "Tanaka Kakuei" ->
    たなか かくえい -> 다나카 가쿠에이), and if it gives only the family name only the
    family name is transcribed ("Tanaka" -> 다나카).
    """
    name, _ = _name_chars(ja or "")
    if not name or not all(JA_NAME_CHAR.match(c) for c in name):
        return None
    words: list[str]
    kanji: list[str] | None = None
    note = ""
    confidence = 0.5
    if english and _parse_roman(english).words:
        jm = _match_japanese(ja, english)
        if jm:
            words, kanji = [jm.family_reading.kana], [jm.family]
            if jm.english_has_given and jm.given_reading and jm.given:
                words.append(jm.given_reading.kana)
                kanji.append(jm.given)
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
    text = _kana_to_korean(words, kanji)
    if not text:
        return None
    reading = " ".join(words)
    evidence = f"reading {reading}{note} -> {text}: {_STANDARD_RULE}"
    return Suggestion(text, confidence, evidence, reading)


#: "n" before a vowel: ん or な-row, which the romanization does not tell (Junichi: じゅんいち)
N_BEFORE_VOWEL = regex.compile(r"n[aiueoy]", regex.IGNORECASE)
#: JMnedict kinds of the names whose readings decide it (JMnedict's own tags)
NAME_READING_KINDS = frozenset({"given", "masc", "fem", "surname", "unclass"})


def _dictionary_morae(word: str) -> list[str] | None:
    """The morae of a romanized name word whose "n" before a vowel is ambiguous, from the
    reading JMnedict gives that spelling most often as a name (Junichi: じゅんいち, 20 of 20;
    Minako: みなこ); None when there is no such ambiguity, no dictionary or no entry."""
    if not N_BEFORE_VOWEL.search(word):
        return None
    from collections import Counter

    from ...text import jmdict
    from ...text.kana import romaji_key

    if not jmdict.available():
        return None
    entries = jmdict.names_for_romaji(word, kinds=NAME_READING_KINDS, limit=20)
    readings = Counter(e.reading for e in entries if romaji_key(hepburn(e.reading)) == romaji_key(word))
    if not readings:
        return None
    return _kana_word_morae(readings.most_common(1)[0][0])


@cached(maxsize=16384)
def korean_for_japanese_romaji(english: str, given_first: bool | None = None) -> Suggestion | None:
    """Hangul for a Japanese name known only in Hepburn romanization (Tanaka -> 다나카).

    Long vowels are dropped by the Korean standard, so Kōno / Kohno / Kono all give 고노.
    Korean writes Japanese names family name first: an ALL-CAPS word (the family name)
    goes first; otherwise `given_first` says whether the English is written given name first
    (the caller knows the article's habit), and when it is None the name's own shape decides
    (`japanese_given_name_first`: Kakuei Tanaka -> 다나카 가쿠에이, Tanaka Kakuei stays).  ``n`` before a vowel is read as JMnedict reads that name most often (Junichiro:
    じゅんいちろう -> 준이치로; Minako: みなこ -> 미나코), as な-row without the dictionary.  None when a word cannot be Hepburn (Kim, Blinken);
    a non-Japanese name that happens to be Hepburn-shaped (Madero -> 마데로) is transcribed,
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
    elif roman.caps_family is None and len(words) == 2:
        if given_first is None:
            given_first = japanese_given_name_first(english) > 0
        if given_first:
            words.reverse()
            order_note = "written given name first in English, family name first in Korean"
    out = []
    for w in words:
        morae = _dictionary_morae(w) or _romaji_word_morae(w)
        h = _morae_to_hangul(morae) if morae else None
        if not h:
            return None
        # (the particle of "Minamoto no Yoritomo" joins the family name: 미나모토노 요리토모)
        if w.lower() == "no" and out and len(out) < len(words) - 1:
            out[-1] += h
            continue
        out.append(h)
    text = " ".join(out)
    reading = " ".join(w.lower() for w in words)
    evidence = (f"romanization '{english.strip()}' read as Hepburn {'-'.join(_romaji_word_morae(words[0]) or [])}"
                f"{'...' if len(words) > 1 else ''} -> {text} ({order_note}): {_STANDARD_RULE}; no kanji known")
    return Suggestion(text, 0.55, evidence, reading)
