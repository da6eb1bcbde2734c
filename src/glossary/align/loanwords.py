"""Katakana / Hangul transcriptions of foreign and Japanese names ↔ their Latin spelling.

    loanword_match(cjk, english) -> LoanMatch | None

ベリデイン = "Velidane", 이코모스 = "ICOMOS", 헤그세스 = "Hegseth", 이쿠이나 = "Ikuina",
야스쿠니 = "Yasukuni".  The CJK word is romanized (katakana by Hepburn, Hangul by a simple
jamo table) and both sides are reduced to a *consonant skeleton*: vowels dropped (so the
epenthetic vowels of ス, 스, 그 vanish), voiced and voiceless pairs merged (b/p/f/v,
d/t, g/k/c/q, s/z/j/ch/sh/th/x), r = l.  The skeletons must be equal, at least two
consonants long, and the words must start alike (both with a vowel, or the same
consonant class).  Korean writes 丸 of a ship's name as 호: 우키시마호 = "Ukishima Maru".
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text.lexicon import table
from .caching import cached
from .names.korean import _RR_FINAL, _RR_INITIAL, _RR_VOWEL

#: a Hangul syllable or jamo
_HANGUL = regex.compile(r"\p{Hangul}")

#: score of a skeleton match (below a reading match of a kanji name, above the floor)
SCORE = 0.8
#: a company's letters before its transcribed name (SK하이닉스)
_LATIN_PREFIX = regex.compile(r"^[A-Z]{1,4}(?:&[A-Z])?\s?(?=[\p{Hangul}\p{Katakana}])")
#: a katakana-only or Hangul-only word, 3 to 12 characters
TRANSCRIBED = regex.compile(r"[\p{Katakana}ー・]{3,12}|\p{Hangul}{3,8}")
#: consonant classes: longest spelling first (data/latin_consonant_classes.tsv)
_CLASSES = tuple((r["spelling"], r["class"]) for r in table("latin_consonant_classes"))
_CLASS_RE = regex.compile("|".join(a for a, _ in _CLASSES))
_CLASS_OF = dict(_CLASSES)

# Hangul jamo -> Latin (initial, medial, final), a plain table (Revised Romanization): the
# skeleton forgets the rest
_INITIAL, _MEDIAL, _FINAL = _RR_INITIAL, _RR_VOWEL, _RR_FINAL


#: English first-vowel spellings -> the vowels a transcription may begin with (data/latin_first_vowels.tsv)
_FIRST_VOWELS = tuple((r["spelling"], tuple(r["cjk_vowels"].split("|"))) for r in table("latin_first_vowels"))
#: a vowel spelling (a y is a vowel unless another vowel follows it)
_EN_VOWEL = regex.compile(r"[aeiou]+|y(?![aeiou])")
#: the first vowel of a romanized transcription, its glide aside
_CJK_VOWEL = regex.compile(r"(?<=^|[^aeiouwy])[wy]?([aeiou]+)")


@dataclass(frozen=True)
class LoanMatch:
    score: float
    roman: str
    skeleton: str

    def explain(self) -> str:
        return f"(transcription read {self.roman}, consonants {self.skeleton})"


def hangul_roman(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            out.append(_INITIAL[o // 588] + _MEDIAL[(o % 588) // 28] + _FINAL[o % 28])
        else:
            out.append(ch)
    return "".join(out)


@cached(maxsize=16384)
def romanize(cjk: str) -> str:
    """The Latin reading of a katakana or Hangul word ('' when it is neither)."""
    if not TRANSCRIBED.fullmatch(cjk):
        return ""
    if _HANGUL.search(cjk):
        return hangul_roman(cjk)
    from .names import kana_to_romaji

    return kana_to_romaji(cjk.replace("・", ""))


#: English's soft c: before e, i and y it is an s ("Francis", "Pacific", "Nancy")
_SOFT_C = regex.compile(r"c(?=[eiy])")


@cached(maxsize=65536)
def skeleton(latin: str) -> str:
    s = _SOFT_C.sub("s", "".join(c for c in latin.casefold() if "a" <= c <= "z"))
    out = []
    end = -1
    for m in _CLASS_RE.finditer(s):
        c = _CLASS_OF[m.group(0)]
        if out and out[-1] == "N" and c in ("P", "M") and m.start() == end:
            out[-1] = "M"     # n before a labial is said m (キャンプ kyanpu = "camp"; 캠프)
        if not out or out[-1] != c or m.start() != end:   # doubled consonants (kk, ss, tt) count once
            out.append(c)
        end = m.end()
    # an h after a consonant of the English spelling is silent (Ahn, Rhee) and ン/ㅇ final
    # ng/n merge: a trailing class H is dropped too
    return "".join(out).replace("H", "") if out else ""


def _start(latin: str) -> str:
    s = "".join(c for c in latin.casefold() if "a" <= c <= "z")
    if not s:
        return ""
    if s[0] in "aeiouyw" or s[0] == "h":
        return "V"
    m = _CLASS_RE.match(s)
    return _CLASS_OF[m.group(0)][0] if m else s[0]


#: a ship's name in Korean ends in 호 (号) where Japanese and English write Maru (丸)
_SHIP = (("호", "maru"),)


@cached(maxsize=65536)
def loanword_match(cjk: str, english: str) -> LoanMatch | None:
    """`cjk` (katakana or Hangul, one word) spells `english` (one or more Latin words)."""
    en = english.strip()
    cjk_core, en_core = cjk, en
    prefix = _LATIN_PREFIX.match(cjk)
    if prefix is not None:
        # a company's letters, kept in both languages: SK하이닉스 = "SK hynix"
        letters = prefix.group().strip()
        if not en.casefold().startswith(letters.casefold() + " "):
            return None
        cjk_core, en_core = cjk[prefix.end():], en[len(letters) + 1:]
    for suffix, word in _SHIP:
        if cjk_core.endswith(suffix) and en_core.casefold().endswith(" " + word):
            cjk_core, en_core = cjk_core[:-len(suffix)], en_core[: -len(word) - 1]
    roman = romanize(cjk_core)
    if not roman:
        return None
    sk = skeleton(roman)
    if len(sk) < 2 or len(sk) < len(cjk_core) // 2:
        return None
    letters = sum(c.isalpha() for c in en_core)
    # a transcription spells about as many letters as the word (전원회의 is no "Jong")
    if not 0.6 * letters <= len(roman) <= 2.0 * letters:
        return None
    if skeleton(en_core) != sk or _start(en_core) != _start(roman):
        return None
    return LoanMatch(SCORE, roman, sk)


@cached(maxsize=65536)
def first_vowels_agree(roman: str, english: str) -> bool:
    """The first vowel of the transcription read `roman` is one the English spelling's first
    vowel is transcribed with (Seoul's eo is no 치히로's i, Japan's a no 지배인's i).  A
    spelling that starts with two consonants is not judged (an epenthetic vowel may come
    first: 스트라스부르, ストックホルム)."""
    en = "".join(c for c in english.casefold() if "a" <= c <= "z")
    m, c = _EN_VOWEL.search(en), _CJK_VOWEL.search(roman.casefold())
    if m is None or c is None:
        return True
    onset = en[:m.start()]
    if m.start() > 0 and onset[0] in "wy":
        onset = onset[1:]
    if len(skeleton(onset)) >= 2 or len(skeleton(roman[:c.start()])) >= 2:
        return True
    group = m.group()
    cjk = c.group(1)
    for spelling, vowels in _FIRST_VOWELS:
        if group.startswith(spelling):
            return any(cjk.startswith(v) for v in vowels)
    return True


# -- a name of several words spelled by a stretch of a note ---------------------------------

#: one piece of a note a transcription is made of: a Hangul run, a katakana run, or a
#: company's capitals written solid before a Hangul one (SM엔터테인먼트)
PIECE = regex.compile(r"[A-Z][A-Z0-9&]{0,4}(?=\p{Hangul})|\p{Hangul}+|[\p{Katakana}ー]+")
#: what may stand between the pieces of one transcribed name: nothing, a space (Korean
#: writes the words apart: 프랜시스 후쿠야마), a middle dot (Japanese: キャンプ・デービッド)
JOINS = {"ko": ("", " "), "ja": ("", "・", "=", "＝")}
#: the English words of a name matched at most
MAX_WORDS = 5
#: variants of the Korean standard transcription of an English word tried per word (the
#: rules' own first; a departure is a vowel English itself says two ways)
MAX_VARIANTS = 48
MAX_DEPARTURES = 2
#: a name of one word is spelled by this many characters at least (문 is a door as often as "Moon")
MIN_ONE_WORD = 2
#: confidence of a name every word of which is spelled exactly (the rules' Hangul, the
#: dictionary's katakana, the Japanese reading), and of one with a word matched loosely
SPELLED = 0.8
LOOSE = 0.7


@dataclass(frozen=True)
class SpelledName:
    start: int            # offset of the name in the text searched
    end: int
    text: str
    confidence: float
    how: str              # one line: how each word is spelled


@cached(maxsize=16384)
def _word_spellings(word: str, lang: str, several: bool) -> tuple[tuple[str, str], ...]:
    """(spelling, how) of one English word in `lang`, each a string a transcription of it is
    written with: capitals as they are (SM); in Hangul, the Korean standard transcription of
    its English sounds (CMU Pronouncing Dictionary; `hangul_for_english`) and, in a name of
    several words, that of its Hepburn reading (Fukuyama 후쿠야마); in katakana, the
    spellings JMnedict glosses with the word (David デービッド, デビッド ...)."""
    out: dict[str, str] = {}
    if word.isupper() and word.isalpha() and len(word) <= 5:
        out[word] = "written in capitals"
    if lang == "ko":
        from .hangul_for_english import _variants

        for k, (departures, hangul) in enumerate(_variants(word)):
            if k >= MAX_VARIANTS or departures > MAX_DEPARTURES:
                break
            out.setdefault(hangul, "English sounds (CMU), the Korean standard transcription")
        if several and not word.isupper() and _japanese_word(word):
            from .names.hangul_for_japanese import korean_for_japanese_romaji

            sug = korean_for_japanese_romaji(word, given_first=False)
            if sug is not None and sug.text and " " not in sug.text:
                out.setdefault(sug.text, "its Hepburn reading, the Korean standard transcription of Japanese")
    else:
        from .foreign_names import first_name_katakana, surname_katakana

        for kana in first_name_katakana(word) + surname_katakana(word):
            out.setdefault(kana, "JMnedict")
    return tuple(out.items())


def _japanese_word(word: str) -> bool:
    from .persons import romaji_name_is_japanese

    return romaji_name_is_japanese(word)


def _loose(piece: str, word: str, lang: str) -> str:
    """How a whole piece spells one word without an exact spelling ('' when it does not): a
    katakana piece read back in Hepburn as the word (フクヤマ = Fukuyama), else the consonant
    skeleton with the first vowel agreeing (`loanword_match`, `first_vowels_agree`)."""
    if lang == "ja":
        from ..text.kana import hepburn, romaji_key

        if romaji_key(hepburn(piece)) == romaji_key(word):
            return "read back in Hepburn"
    m = loanword_match(piece, word)
    if m is None or not first_vowels_agree(m.roman, word):
        return ""
    return f"transcription read {m.roman}, consonants {m.skeleton}"


@cached(maxsize=16384)
def spelled_name(text: str, english: str, lang: str) -> SpelledName | None:
    """The first stretch of `text` (a note) that transcribes the English name `english`
    word by word, in Hangul (`lang` "ko") or katakana ("ja"): 프랜시스 후쿠야마 "Francis
    Fukuyama", SM엔터테인먼트 "SM Entertainment", 드라이브 마이 카 "Drive My Car",
    キャンプ・デービッド "Camp David".  Each English word is spelled by a string of
    `_word_spellings` (which may end inside a piece: 도쿄돔 = 도쿄 + 돔) or by a whole piece
    loosely (`_loose`); a name of one word needs an exact spelling, a longer one at least one.
    The stretch starts and ends at a piece's ends (a Korean particle may follow it)."""
    words = english.split()
    if words and words[0] == "The":
        words = words[1:]
    if not 1 <= len(words) <= MAX_WORDS or not all(w.replace("-", "").isalpha() and w.isascii() for w in words):
        return None
    pieces = [(m.start(), m.end()) for m in PIECE.finditer(text)]
    if not pieces or _korean_name(english):
        return None     # (a Korean name spelled in English is read by the name matcher, not transcribed)
    several = len(words) > 1
    spellings = [_word_spellings(w, lang, several) for w in words]
    firsts = {s[:1] for s, _ in spellings[0]}
    for i, (start, end) in enumerate(pieces):
        piece = text[start:end]
        if piece.isascii() and lang != "ko" or not piece.isascii() and _of_script(piece) != lang:
            continue
        if text[start] not in firsts and lang == "ko" and not several:
            continue
        found = _spell_from(text, pieces, i, words, spellings, lang)
        if found is not None and not text[start:found[0]].isascii():   # (JYP of JYP엔터테인먼트 is no Korean form)
            end, how, loose = found
            if (loose or end - start < MIN_ONE_WORD) and not several or loose == len(words):
                continue
            return SpelledName(start, end, text[start:end], LOOSE if loose else SPELLED, how)
    return None


@cached(maxsize=16384)
def _korean_name(english: str) -> bool:
    from .names.spelled_korean import spelled_korean_name

    return spelled_korean_name(english) is not None


def _of_script(piece: str) -> str:
    return "ko" if _HANGUL.search(piece) else "ja"


def _spell_from(text, pieces, i, words, spellings, lang):
    """(end, how, words matched loosely) of the words spelled from piece i on, or None."""
    # the stretch: pieces i, i+1, ... joined by what a name's words may be joined by
    joined, bounds, k = "", [], i
    while k < len(pieces):
        if k > i and text[pieces[k - 1][1]:pieces[k][0]] not in JOINS[lang]:
            break
        piece = text[pieces[k][0]:pieces[k][1]]
        if k > i and (piece.isascii() or _of_script(piece) != lang):
            break
        bounds.append((len(joined), len(joined) + len(piece), pieces[k][0]))
        joined += piece
        k += 1
    starts = {b[0]: b for b in bounds}
    ends = {b[1]: b for b in bounds}

    def go(w: int, pos: int):
        if w == len(words):
            if pos in ends:
                b = ends[pos]
                return b[2] + (b[1] - b[0]), [], 0
            tail = _particle_tail(joined, pos, bounds) if lang == "ko" else None
            return (tail, [], 0) if tail is not None else None
        for spelling, how in spellings[w]:
            if joined.startswith(spelling, pos):
                found = go(w + 1, pos + len(spelling))
                if found is not None:
                    return found[0], [f"{spelling} = {words[w]} ({how})"] + found[1], found[2]
        if pos in starts:
            b = starts[pos]
            how = _loose(joined[b[0]:b[1]], words[w], lang)
            if how:
                found = go(w + 1, b[1])
                if found is not None:
                    return found[0], [f"{joined[b[0]:b[1]]} = {words[w]} ({how})"] + found[1], found[2] + 1
        return None

    found = go(0, 0)
    if found is None:
        return None
    end, hows, loose = found
    return end, "; ".join(hows), loose


def _particle_tail(joined: str, pos: int, bounds) -> int | None:
    """The text offset of `pos` when the rest of its piece is a Korean particle (스즈메의: the
    name ends before 의), else None."""
    from ..text.lexicon import words as listed

    for a, b, at in bounds:
        if a < pos < b:
            return at + (pos - a) if joined[pos:b] in listed("ko_particles", list="particle") else None
    return None
