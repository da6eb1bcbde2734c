"""Korean names in katakana, as Japanese media write them (`japanese_for_korean_name`)."""
from __future__ import annotations

from functools import lru_cache

from ...text.lexicon import table
from ..caching import cached
from .common import Suggestion, _parse_roman
from .korean import (
    _CONVENTIONAL, _HANGUL_BASE, _HANGUL_LAST, _RR_FINAL, _RR_INITIAL, _RR_VOWEL, _decompose, _jamo, _roman_lower,
    _split_korean, hangul_romanization,
)


def _katakana(kind: str) -> dict[str, str]:
    return {r["romaji"]: r["katakana"] for r in table("ko_katakana") if r["list"] == kind}


#: consonant -> katakana for the vowels a i u e o ('-': written otherwise, see _KATA_SPECIAL)
_KATA_ROWS = {cons: "".join(_katakana("syllable").get(cons + v, "-") for v in "aiueo")
              for cons in dict.fromkeys(k[:-1] for k in _katakana("syllable"))}
_KATA_SPECIAL = _katakana("special")
_SMALL = _katakana("small")

#: Korean vowel -> Japanese vowel as Japanese media hear it (ㅓ and ㅗ both オ, ㅡ and ㅜ both ウ).
_KO_VOWEL_JA = _jamo("vowel", "japanese")
#: Korean initial -> (voiceless, voiced) Japanese consonant; plain stops are voiced between
#: voiced sounds (김대중 キム・デジュン) and voiceless at the start or after a stop (パク・クネ).
_KO_INITIAL_JA = tuple(tuple(s.split("|")) for s in _jamo("initial", "japanese"))
#: Korean final -> katakana: stops ク/プ/ッ, nasals ン/ム, ㄹ ル.
_KO_FINAL_JA = _jamo("final", "japanese")
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


def _name_shaped(family: str, given: str) -> bool:
    """A Korean person's name: a family name of one or two syllables and a given name of
    one or two (not a title or a gloss: 세종대왕, 고려왕조 인종)."""
    return 1 <= len(family) <= 2 and 1 <= len(given) <= 2


@cached(maxsize=16384)
def japanese_for_korean_name(english: str, hangul: str | None = None) -> Suggestion | None:
    """Katakana for a Korean name, as Japanese media write it: ホン・ギルドン for 홍길동.

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
        if not _name_shaped(fam, giv):
            return None     # a title or a gloss in Hangul (세종대왕 "Sejong the Great King"), no name to spell
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
