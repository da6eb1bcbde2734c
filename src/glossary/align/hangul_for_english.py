"""Suggestion source: Hangul for people who are neither Japanese nor Korean.

Korean writes a Western name as it sounds, by the standard transcription of English
(외래어 표기법, 영어의 표기): "Donald Trump" 도널드 트럼프, "Nancy Pelosi" 낸시 펠로시.  The
sounds come from the CMU Pronouncing Dictionary (`text.english_sounds`), the rules and the
Hangul of each sound from `data/en_hangul.tsv`:

- a consonant before a vowel begins its syllable (a y- or w-glide joins the vowel: 뉴, 쿼);
- a voiceless stop after a short vowel closes the syllable (빅터, 캣) unless a liquid or a
  nasal follows; a nasal or l closes it; other consonants make a syllable of their own
  with ㅡ (브, 스, 그), ʃ/tʃ/dʒ with ㅣ at the end (시, 치, 지);
- l between vowels, or after a consonant before a vowel, is written ㄹㄹ (펠로시, 블링컨);
  r after a vowel is silent (커트); a diphthong is two syllables (타임, 케이), ou one (포스트);
- the spelling settles what the dictionary's American vowels leave open: an o-spelled
  "ah" is 오 (Donald 도널드), an i-spelled reduced vowel 이 (Austin 오스틴), a final -a 아.

Where the rules leave several spellings (Barack 바럭 / 버락), the one Korean text uses
decides: each word's variants are looked up in wordfreq's Korean word list, and a listed
variant wins.  A name gets a suggestion only when every word is so attested: on the dev
set the rules alone were right about half the time (Cheney 체이니 where Korean writes 체니,
Krugman 크러그먼 for 크루그먼), attested words every time.  A name with a word the
dictionary lacks, an East Asian or Japanese-looking name, or a "person" no word of which is
a personal name JMnedict knows (a candidate taken for one by mistake) gets nothing.  A
middle initial is kept with its period (조지 W. 부시), as the Japanese suggestion keeps it.
"""
from __future__ import annotations

import itertools

import regex

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text import english_sounds
from ..text.lexicon import table
from ..text.scripts import HAN
from .caching import cached
from .foreign_names import FAMILY_KINDS, GIVEN_KINDS
from .forms import fill_missing, fill_people

#: confidence of a transcription each word of which is a spelling Korean text uses
CONFIDENCE = 0.6
#: variants tried per word at most (the product of each vowel's and final's alternatives)
MAX_VARIANTS = 512
LATIN_WORD = regex.compile(r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?")
#: a middle initial: one capital, its period optional ("W." of "George W. Bush")
MIDDLE_INITIAL = regex.compile(r"\p{Lu}\.?")

#: the jamo Korean writes an unstressed English vowel with whatever its spelling (private 프라이빗)
_NEUTRAL_REDUCED = frozenset({"ㅓ", "ㅡ", "ㅣ"})
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


@cached(maxsize=1)
def _rules() -> tuple[dict, dict, dict]:
    consonants, vowels, hints = {}, {}, {}
    for r in table("en_hangul"):
        if r["list"] == "consonant":
            consonants[r["key"]] = r
        elif r["list"] == "vowel":
            vowels[r["key"]] = r
        elif r["list"] == "letter":
            hints[f"letter:{r['key']}"] = r["alone"]
        else:
            hints[r["key"]] = r["alone"]
    return consonants, vowels, hints


@cached(maxsize=4)
def _class(name: str) -> frozenset[str]:
    """The phonemes of a class of data/en_hangul.tsv: "short" vowels, for a following voiceless
    stop to close the syllable (캣, 북, 빅터); "liquid_or_nasal" consonants, before which it does not."""
    return frozenset(r["key"] for r in table("en_hangul") if r["class"] == name)


def _syllable(initial: str, vowel: str, final: str = "") -> str:
    return chr(0xAC00 + (_INITIALS.index(initial) * 21 + _VOWELS.index(vowel)) * 28 + _FINALS.index(final or " "))


def _vowel_groups(word: str) -> list[str]:
    """The word's vowel letters, one group per vowel sound where the counts agree (a final
    silent e dropped): the spelling of each vowel phoneme in order."""
    w = word.lower()
    groups = regex.findall(r"[aeiouy]+", w[1:] if w[:1] == "y" else w)
    if len(groups) > 1 and w.endswith("e") and groups[-1] == "e" and not w.endswith("ee"):
        groups = groups[:-1]
    return groups


def _vowel_choices(phones: list[str], word: str) -> list[tuple[str, ...]]:
    """For each vowel phoneme: its jamo first (as the spelling hints it), then the others
    Korean writes it with."""
    _, vowels, hints = _rules()
    vowel_phones = [p for p in phones if p[:2] in vowels]
    groups = _vowel_groups(word)
    aligned = len(groups) == len(vowel_phones)
    # the consonant letters after each group (a hint may depend on the first: -el)
    spelled_after = [m.group(1) for m in regex.finditer(r"[aeiouy]+([^aeiouy]*)", word.lower()[1:] if word[:1] in "Yy" else word.lower())][:len(groups)]
    spelled_after += [""] * (len(groups) - len(spelled_after))
    out = []
    for i, p in enumerate(vowel_phones):
        ph = p.rstrip("012")
        row = vowels[ph]
        first = row["alone"]
        if aligned:
            g, after = groups[i], spelled_after[i]
            final = i == len(vowel_phones) - 1 and not after
            for letter in (g + "$" if final else None, g[:1] + "$" if final else None, g + after[:1], g):
                if letter and f"{ph}:{letter}" in hints:
                    first = hints[f"{ph}:{letter}"]
                    break
        elif p == "AH0" and i == len(vowel_phones) - 1 and phones[-1] == "L" and regex.search(r"[^aeiou]le$", word):
            first = "ㅡ"          # a syllabic l spelled -le: 애플, 구글
        # other vowels only where English itself wavers: a reduced vowel, and the "ah" that
        # British English says as o (Barack 버락, Donald 도널드)
        others = [o for o in row["others"].split("|") if o not in ("-", "")] \
            if p.endswith("0") or ph == "AA" else []
        if aligned and p.endswith("0") and len(groups[i]) == 1:
            # an unstressed vowel of one letter is written ㅓ, ㅡ, ㅣ or as its letter
            # spells it (Hegel 헤겔, not 헤골; Jacob 제이콥: a variant that is a Korean word of
            # another meaning must not win as "attested"), never with
            # another vowel's jamo (two letters spell more: audition 오디션)
            own = {hints.get(f"letter:{groups[i]}")}
            others = [o for o in others if o in own or o in _NEUTRAL_REDUCED]
        out.append(tuple(dict.fromkeys([first, row["alone"], *others])))
    return out


class _Syllables:
    """The syllables of a transcription as they are built: [initial, vowel, final, made
    for a vowel of the word] each."""

    def __init__(self) -> None:
        self.out: list[list] = []

    def add(self, text: str, *, vowel: bool = False) -> None:
        """Syllables written out whole (스, 치; the 이 of a diphthong)."""
        for ch in text:
            i = ord(ch) - 0xAC00
            self.out.append([_INITIALS[i // 588], _VOWELS[(i % 588) // 28], _FINALS[i % 28].strip(), vowel])

    def close(self, final: str, *, any_syllable: bool = False) -> bool:
        """The last syllable takes `final` when it has none (and is a vowel's, unless any)."""
        if self.out and not self.out[-1][2] and (any_syllable or self.out[-1][3]):
            self.out[-1][2] = final
            return True
        return False

    def text(self) -> str:
        return "".join(_syllable(i, v, f) for i, v, f, _ in self.out)


def transcribe(phones: tuple[str, ...], vowel_pick: tuple[str, ...], final_stop_closes: bool = True,
               z_as_s: bool = False) -> str:
    """Hangul of one pronunciation with the vowels `vowel_pick` (one per vowel phoneme: its
    jamo, and for a diphthong the syllable that follows: ㅏ이)."""
    consonants, vowels, _ = _rules()
    syl = _Syllables()
    prev_vowel = ""                     # the last vowel phoneme (its length decides stops)

    def place(c: str, nxt: str | None) -> None:
        """A consonant not before a vowel: the final of the syllable before, or its own."""
        row = consonants[c]
        if c in ("R", "Y", "W"):
            return                      # r after a vowel or between consonants is silent
        if row["final"] != "-":
            if c not in ("P", "T", "K"):
                if syl.close(row["final"], any_syllable=c == "L"):
                    return
            elif final_stop_closes and prev_vowel in _class("short") and nxt not in _class("liquid_or_nasal") \
                    and syl.close(row["final"]):
                return
        text = row["alone_before_consonant" if nxt else "alone"]
        syl.add("스" if c == "Z" and z_as_s else text)

    def settle(cs: list[str], vowel: str) -> tuple[str, str]:
        """The consonants before a vowel: (the vowel's initial, its glide)."""
        cs = [c for i, c in enumerate(cs) if c != "R" or i == len(cs) - 1]
        glide, initial = "", "ㅇ"
        if cs and cs[-1] in ("Y", "W"):
            glide = cs.pop()
            if glide == "Y" and cs and cs[-1] in ("D", "L", "N") and vowel in ("AH0", "ER0"):
                # [jə] after d, l, n: 디어, 리어, 니어 (Indian 인디언, William 윌리엄)
                syl.out.append([settle(cs, "IH0")[0], "ㅣ", "", True])
                return "ㅇ", ""
            if cs and (glide == "Y" or cs[-1] in ("K", "G", "HH")) and consonants[cs[-1]]["initial"] != "-":
                initial = consonants[cs.pop()]["initial"]   # (ng is no initial: it closes the syllable before, 평양)
        elif cs and cs[-1] != "NG":
            last = cs.pop()
            initial = consonants[last]["initial"]
            glide = "Y" if last == "SH" else ""
            if last == "L" and (not cs or cs[-1] not in ("M", "N", "NG")):
                for i, c in enumerate(cs):   # ㄹㄹ: 블링컨, 히틀러; between vowels 펠로시
                    place(c, cs[i + 1] if i + 1 < len(cs) else "L")
                syl.close("ㄹ", any_syllable=True)
                return initial, glide
        for i, c in enumerate(cs):
            place(c, cs[i + 1] if i + 1 < len(cs) else "X")
        return initial, glide

    cluster: list[str] = []
    r_coloured = False
    k = 0
    for p in phones:
        ph = p.rstrip("012")
        if ph not in vowels:
            cluster.append(ph)
            continue
        initial, glide = settle(cluster, p)
        if r_coloured and not cluster:
            initial = "ㄹ"              # the r of an r-coloured vowel before a vowel (힐러리)
        cluster = []
        jamo = vowel_pick[k]
        k += 1
        v = jamo[0]
        if glide == "Y" and initial not in ("ㅈ", "ㅊ"):
            v = vowels_by_jamo("glide_y", v)
        elif glide == "W":
            v = vowels_by_jamo("glide_w", v)
        syl.out.append([initial, v, "", True])
        if jamo[1:]:
            syl.add(jamo[1:], vowel=True)
        r_coloured = ph == "ER"
        prev_vowel = "" if jamo[1:] else ph
    for i, c in enumerate(cluster):
        place(c, cluster[i + 1] if i + 1 < len(cluster) else None)
    return syl.text()


@cached(maxsize=64)
def vowels_by_jamo(column: str, jamo: str) -> str:
    """The glided form of a plain vowel jamo (ㅓ -> ㅕ with y, ㅝ with w)."""
    _, vowels, _ = _rules()
    for row in vowels.values():
        if row["alone"] == jamo:
            return row[column][0]
    return {"ㅡ": "ㅡ"}.get(jamo, jamo) if column == "glide_y" else jamo


def _variants(word: str):
    """(departures from the rules, Hangul) of each spelling the rules allow for the word,
    fewest departures first (the rules' own first)."""
    options = []
    for n, pron in enumerate(english_sounds.pronunciations(word)[:2]):
        choices = _vowel_choices(list(pron), word)
        count = 1
        for c in choices:
            count *= len(c)
        if count > MAX_VARIANTS:
            choices = [c[:2] for c in choices]
        for pick in itertools.product(*choices):
            departures = n + sum(1 for p, c in zip(pick, choices) if p != c[0])
            for closes, z_as_s in ((True, False), (False, False), (True, True)):
                options.append((departures + (not closes) + z_as_s, len(options), pron, pick, closes, z_as_s))
    options.sort()
    for departures, _i, pron, pick, closes, z_as_s in options:
        yield departures, transcribe(pron, pick, closes, z_as_s)


def rules_hangul(word: str) -> str:
    """The Hangul the rules give a word by themselves ('' when the dictionary lacks it)."""
    return next((text for _, text in _variants(word)), "")


@cached(maxsize=8192)
def hangul_for_word(word: str) -> tuple[str, bool] | None:
    """(Hangul, attested) for one English word: of the spellings the rules allow, the one
    wordfreq's Korean list has that departs least from the rules' own (then the most
    frequent: Paul 폴, not the commoner word 팔); else the rules' own, unattested; None when
    the dictionary lacks the word."""
    known = _korean_words()
    first = None
    best: tuple[int, float, str] | None = None
    for departures, text in _variants(word):
        if best is not None and departures > best[0]:
            break                   # (variants come fewest departures first)
        if first is None:
            first = text
        f = known.get(text, 0.0)
        if f and (best is None or (departures, -f, text) < best):
            best = (departures, -f, text)
    if best is not None:
        return best[2], True
    return (first, False) if first else None


@cached(maxsize=1)
def _korean_words() -> dict[str, float]:
    try:
        from wordfreq import get_frequency_dict
    except ImportError:      # pragma: no cover - a dependency
        return {}
    return get_frequency_dict("ko")


@cached(maxsize=8192)
def hangul_for_name(english: str) -> tuple[str, float, str] | None:
    """(Hangul, confidence, evidence) for a Western name ("Donald Trump" -> 도널드 트럼프)."""
    from .foreign_names import _east_asian_family
    from .persons import romaji_name_is_japanese

    written = english.split()
    # a middle initial is kept, a Latin capital and its period between the words, as Korean
    # writes the names of people known by it ("Harry S. Truman" 해리 S. 트루먼) -- and as the
    # Japanese suggestion keeps it (`foreign_names`); not a leading or a closing one
    parts = [w for w in written if not MIDDLE_INITIAL.fullmatch(w)]
    if len(parts) < len(written) and (len(parts) < 2 or MIDDLE_INITIAL.fullmatch(written[0])
                                      or MIDDLE_INITIAL.fullmatch(written[-1])):
        return None
    if not 1 <= len(parts) <= 3 or not all(LATIN_WORD.fullmatch(p) for p in parts):
        return None
    name = " ".join(parts)
    if any(_east_asian_family(p) for p in parts) or romaji_name_is_japanese(name):
        return None
    if not _person_shaped(parts):
        return None
    words = [hangul_for_word(p.replace("’", "'")) for p in parts]
    if any(w is None for w in words):
        return None
    if not all(attested for _, attested in words):
        return None       # the rules alone are right about half the time (Cheney 체이니, not 체니)
    it = iter(w[0] for w in words)
    text = " ".join(w[0].upper() + "." if MIDDLE_INITIAL.fullmatch(w) else next(it) for w in written)
    kept = ("; its middle initial kept, as Korean writes most names known with one (some drop it: check)"
            if len(parts) < len(written) else "")
    return text, CONFIDENCE, (f"Korean transcription of English (외래어 표기법) from the CMU Pronouncing "
                              f"Dictionary's sounds of '{english}', each word as Korean text spells it (wordfreq)"
                              f"{kept}")


def _person_shaped(parts: list[str]) -> bool:
    """The name reads as a person's: a word of it is a personal name JMnedict writes in
    katakana ("Obama" オバマ, "Nancy" ナンシー) -- a candidate taken for a person by
    mistake ("Agent Orange", "Penal Code", "Tokyo Metropolitan") has none."""
    return any(_named(p) for p in parts)


#: JMnedict's kinds of personal names (unclassified names are mostly people's)
PERSON_KINDS = GIVEN_KINDS | FAMILY_KINDS | {"person", "unclass"}
KATAKANA_NAME = regex.compile(r"[\p{Katakana}ー・]+")


@cached(maxsize=8192)
def _named(word: str) -> bool:
    from ..text import jmdict

    want = word.casefold()
    return any(e.source == "jmnedict" and KATAKANA_NAME.fullmatch(e.headword)
               and any(regex.sub(r"\s*\([^()]*\)", "", g).strip().casefold() == want for g in e.glosses)
               for e in jmdict.ja_for_english(word, kinds=PERSON_KINDS, limit=10))


def add_english_name_hangul(candidates: list[Candidate]) -> int:
    """Hangul for organisations and publications whose Japanese name is a katakana
    transcription of the English one (ブルームバーグ "Bloomberg"): Korean transcribes those
    too (블룸버그); returns the forms added."""
    from .loanwords import loanword_match

    if not english_sounds.available():
        return 0
    added = 0
    for cand in candidates:
        if cand.category not in (Category.INSTITUTION, Category.PUBLICATION) or any(f.lang == "ko" for f in cand.forms):
            continue
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        kana = next((f.text for f in cand.forms if f.lang == "ja" and KATAKANA_NAME.fullmatch(f.text)), "")
        if not english or not kana or loanword_match(kana.replace("・", ""), english) is None:
            continue
        words = [hangul_for_word(w) for w in english.removeprefix("The ").split()]
        if not words or not all(w is not None and w[1] for w in words):
            continue
        text = " ".join(w[0] for w in words)
        added += fill_missing(cand, {"ko": text}, "transcription:cmudict", CONFIDENCE,
                              f"Korean transcription of English (외래어 표기법) of '{english}', which Japanese "
                              f"transcribes too ({kana}); each word as Korean text spells it (wordfreq)")
    return added


def add_english_person_hangul(candidates: list[Candidate]) -> int:
    """Hangul for Western people without a Korean form; returns the forms added.  A name
    written in kanji is a Japanese (or Chinese) one."""
    if not english_sounds.available():
        return 0
    return fill_people(candidates, "ko", hangul_for_name, "transcription:cmudict",
                       skip=lambda c: any(f.lang == "ja" and HAN.search(f.text) for f in c.forms))
