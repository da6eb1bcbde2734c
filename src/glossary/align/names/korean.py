"""Korean names: Hangul syllables, their romanizations, and matching against English.

Conventional English spellings of Korean names follow no single system, so a Hangul
name is compared with a *candidate set*: every syllable may be spelled by Revised
Romanization, by McCune-Reischauer without diacritics, or by the common conventional
spellings (Lee/Yi/Rhee, Park/Pak/Bak, Yoon/Yun, Suk/Seok/Sok, ...).  Hyphens and
spaces inside the given name are optional and the name may come in either order.
Names written in hanja (洪吉童) are read in Hangul through the hanja package, lazily.
"""
from __future__ import annotations

import itertools
import unicodedata

from ...text.kana import strip_marks as _strip_marks
from ...text.lexicon import table, words
from ...text.readings import sino_korean_readings
from ..caching import cached
from .common import CJK_NAME_SEPARATOR, NameMatch, _parse_roman

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


def _jamo(kind: str, column: str) -> tuple[str, ...]:
    """A column of data/ko_jamo.tsv for the initials, vowels or finals, in jamo order."""
    return tuple(r[column] for r in table("ko_jamo") if r["list"] == kind)


# Revised Romanization (2000), the official system: initials, vowels, finals.
_RR_INITIAL = _jamo("initial", "rr")
_RR_VOWEL = _jamo("vowel", "rr")
_RR_FINAL = _jamo("final", "rr")

# Every spelling a jamo gets in RR, in McCune-Reischauer without diacritics or apostrophes
# (ŏ -> o, ŭ -> u), and in common conventional spellings (ㅓ as u in "Suk", ㅜ as oo in
# "Moon", ㅕ as you in "Young", ㅢ as ee in "Hee").  RR first.
_INITIAL_VARIANTS = tuple(tuple(s.split("|")) for s in _jamo("initial", "spellings"))
_VOWEL_VARIANTS = tuple(tuple(s.split("|")) for s in _jamo("vowel", "spellings"))
_FINAL_VARIANTS = tuple(tuple(s.split("|")) for s in _jamo("final", "spellings"))

#: Conventional spellings that no jamo rule produces, mostly surnames (Lee for 이, Park
#: for 박, Roh for 노, Choi for 최, Ahn for 안) and the most common name syllables, in the
#: order of how often they are seen (data/ko_name_spellings.tsv).
_CONVENTIONAL: dict[str, tuple[str, ...]] = {r["syllable"]: tuple(r["spellings"].split("|"))
                                             for r in table("ko_name_spellings")}

#: Surnames of two syllables; any other name's family name is its first syllable.
_TWO_SYLLABLE_SURNAMES = words("ko_surnames", list="two_syllable") | words("ko_surnames", list="two_syllable_rare")


@cached(maxsize=None)
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


@cached(maxsize=16384)
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
    found = _spell_match_cached(syllables, word)
    return list(found) if found is not None else None


@cached(maxsize=65536)
def _spell_match_cached(syllables: str, word: str) -> tuple[str, ...] | None:
    if not syllables or not word:
        return () if not syllables and not word else None
    # cheap refusal: the first syllable's spellings must start the word
    if not any(sp and word.startswith(sp) for sp in _syllable_spellings(syllables[0])):
        return None

    def go(k: int, pos: int) -> list[str] | None:
        if k == len(syllables):
            return [] if pos == len(word) else None
        for sp in _syllable_spellings(syllables[k]):
            if sp and word.startswith(sp, pos):
                rest = go(k + 1, pos + len(sp))
                if rest is not None:
                    return [sp] + rest
        return None

    found = go(0, 0)
    return tuple(found) if found is not None else None


#: McCune-Reischauer's breved vowels are letters of their own: ŏ is ㅓ (RR "eo"), ŭ is ㅡ
#: (RR "eu"); stripping the mark would make "Sŭnghun" the "sung" of 성 (it is 승)
#: (after w, ŏ is ㅝ's, RR "wo": "Kwŏn" is 권)
_MR_VOWELS = str.maketrans({"ŏ": "eo", "ŭ": "eu", "Ŏ": "Eo", "Ŭ": "Eu"})


@cached(maxsize=16384)
def _roman_lower(word: str) -> str:
    word = word.replace("wŏ", "wo").replace("Wŏ", "Wo").translate(_MR_VOWELS)
    return "".join(c for c in _strip_marks(word).casefold() if "a" <= c <= "z")


def revised_romanization(word: str) -> str:
    """Revised Romanization of a Hangul word syllable by syllable, lower case, without the
    sound changes across syllables (경복궁 -> "gyeongbokgung"); "" for other text."""
    if not word or not all(_is_syllable(c) for c in word):
        return ""
    return "".join(_RR_INITIAL[i] + _RR_VOWEL[v] + _RR_FINAL[f] for i, v, f in map(_decompose, word))


def hangul_romanization(hangul: str) -> str:
    """Revised Romanization of a Hangul name, family name first, given syllables hyphenated
    as South Korean passports write them: 홍길동 -> "Hong Gil-dong"."""
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
# Han names read as Korean (尹錫悦, 金大中): via the hanja package, lazily
# ---------------------------------------------------------------------------------------

def _hanja_name_readings(han: str) -> list[str]:
    """Hangul readings of a Korean name written in hanja (surname initial-sound rule applied)."""
    per_char = [sino_korean_readings(c, initial=(k == 0), name=True) for k, c in enumerate(han)]
    if not all(per_char):
        return []
    combos = list(itertools.islice(itertools.product(*per_char), 64))
    return ["".join(c) for c in combos]


def hangul_for_hanja_name(han: str, english: str) -> NameMatch | None:
    """The Hangul of a Korean person written in hanja (鄭義溶, as Japanese writes Korean
    people) whose romanized name is `english`: the first Sino-Korean reading of the
    characters that the English spells (정의용 for "Chung Eui-yong"), or None.  The
    match's `reading` is the Hangul."""
    if not 2 <= len(han) <= 4 or not all("\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in han):
        return None
    for hangul in _hanja_name_readings(han):
        m = _match_korean(hangul, english)
        if m is not None and m.score >= 0.9:
            return NameMatch(m.score, f"hanja {han} read {hangul} (hanja package, Sino-Korean); {m.evidence}", hangul)
    return None


# ---------------------------------------------------------------------------------------
# Candidate sets
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
    if not giv:
        return fam_forms      # one syllable: a family name alone (달), no given name to add
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
    for f, g in itertools.product(fam_forms, giv_forms):
        out.append(f"{f} {g}")
    for f, g in itertools.product(fam_forms, giv_forms):
        out.append(f"{g} {f}")
    return list(dict.fromkeys(out))[:_MAX_CANDIDATES]
