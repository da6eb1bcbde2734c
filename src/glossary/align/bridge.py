"""The ja<->ko Sino-Korean bridge: a Japanese kanji term and a Korean Hangul term that
share Sino-Korean readings reinforce each other (安全保障 <-> 안전보장, 大法院 <-> 대법원).

Each kanji is first mapped from its Japanese simplified form (shinjitai) to the
traditional form (kyūjitai) that Korean hanja use, because a few simplified forms are
other characters in Korean: 円 (엔) is 圓 (원) in 円滑, 芸 (운) is 藝 (예), 予 (여) is 豫
(예), 欠 (흠) is 缺 (결), 台 (태) is 臺 (대).  It is then read with the `hanja` package
(loaded lazily), with the initial-sound rule (두음법칙: 労働 -> 노동, 李 -> 이) and the
common second readings (金 금/김, 北 북/배, 率 률/율 ...) as alternatives.

Japanese and Korean order country abbreviations differently (日韓 vs 한일, 日米韓 vs
한미일, 露朝 vs 북러): a run of two or more abbreviations matches in any order.
"""
from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass

import regex

from ..text.lexicon import table
from ..text.readings import SHINJITAI_TO_KYUJITAI, sino_korean_readings, to_traditional
from .caching import cached
from .names import NameMatch, Suggestion

#: a kanji
_HAN = regex.compile(r"\p{Han}")

__all__ = ["cognate", "korean_for_japanese_term", "korean_word", "sino_korean_readings", "to_traditional",
           "SHINJITAI_TO_KYUJITAI"]

# ---------------------------------------------------------------------------------------
# Tables (general vocabulary: data/ja_ko_bridge.tsv)
# ---------------------------------------------------------------------------------------

def _bridge(kind: str) -> list[tuple[str, str]]:
    return [(r["ja"], r["ko"]) for r in table("ja_ko_bridge") if r["list"] == kind]


#: One-character country abbreviations -> Korean forms (Korean writes 러 for Russia, 북 for
#: North Korea where Japanese writes 朝), in the order Korean puts countries in compounds.
_COUNTRY: dict[str, tuple[str, ...]] = {ja: tuple(ko.split("|")) for ja, ko in _bridge("country")}
_COUNTRY_PRIORITY = "".join(dict.fromkeys(forms[0] for forms in _COUNTRY.values()))

#: Whole words whose usual Korean form is not their character-by-character reading.
_WORDS: dict[str, tuple[str, ...]] = {ja: tuple(ko.split("|")) for ja, ko in _bridge("word")}
_WORDS_BY_LENGTH = sorted(_WORDS, key=len, reverse=True)


def korean_word(ja: str) -> str | None:
    """The usual Korean form of a whole Japanese word the table lists (北朝鮮 -> 북한), else None."""
    forms = _WORDS.get(ja)
    return forms[0] if forms else None

#: Han numerals also match Arabic digits (第三国 <-> 제3국).
_NUMERALS = {c: str(n) for n, c in enumerate("〇一二三四五六七八九")}
_NUMERALS["十"] = "10"

#: A Han character (incl. 々), an ASCII/full-width letter or digit: what can carry a reading.
READABLE_CHAR = regex.compile(r"[\p{Han}\u3005]|[A-Za-z0-9]")
#: What is skipped in a Korean term before comparing syllables: spaces, middle dots,
#: hyphens and other punctuation.
KO_SKIPPED = regex.compile(r"[\s\p{P}\u00b7\u318d\u30fb]+")
#: What is skipped in a Japanese term: spaces, the middle dot, punctuation.
JA_SKIPPED = regex.compile(r"[\s\p{P}\u30fb]+")


# ---------------------------------------------------------------------------------------
# Units: what one Japanese piece may be in Korean
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Unit:
    text: str                      # the Japanese characters
    forms: tuple[str, ...]         # Korean forms, the usual one first ("" = cannot be read)
    kind: str                      # "char", "country", "word", "other"


def _word_starts(s: str, i: int) -> bool:
    """A dictionary word starts at s[i] (the two characters from it are a JMdict word and the
    two ending with it are none): Korean applies the initial-sound rule to each word of a
    compound, 国際連盟 국제연맹, 労働組合総連合会 노동조합총연합회 (連 is 련 inside 関連)."""
    return _jmdict_word(s[i:i + 2]) and not _jmdict_word(s[i - 1:i + 1])


@cached(maxsize=8192)
def _jmdict_word(pair: str) -> bool:
    from ..text import jmdict

    return len(pair) == 2 and any(e.source == "jmdict" and e.headword == pair for e in jmdict.entries_for_ja(pair))


def _units(ja: str) -> list[_Unit]:
    s = JA_SKIPPED.sub("", unicodedata.normalize("NFKC", ja))
    units: list[_Unit] = []
    i = 0
    while i < len(s):
        word = next((w for w in _WORDS_BY_LENGTH if s.startswith(w, i)), None)
        if word:
            units.append(_Unit(word, _WORDS[word], "word"))
            i += len(word)
            continue
        j = i
        while j < len(s) and s[j] in _COUNTRY:
            j += 1
        if j - i >= 2 and j - i <= 4:
            run = s[i:j]
            orders = sorted(itertools.permutations(run),
                            key=lambda p: [_COUNTRY_PRIORITY.find(_COUNTRY[c][0]) for c in p])
            forms = ["".join(combo) for p in orders for combo in itertools.product(*(_COUNTRY[c] for c in p))]
            forms += ["".join(r) for r in itertools.product(*(sino_korean_readings(c) for c in run))]
            units.append(_Unit(run, tuple(dict.fromkeys(forms)), "country"))
            i = j
            continue
        ch = s[i]
        if ch == "\u3005" and units and units[-1].kind == "char":        # 々 repeats
            units.append(_Unit(ch, units[-1].forms, "char"))
        elif _HAN.match(ch):
            forms = sino_korean_readings(ch, initial=(i == 0))
            if i:       # (a word of a compound starts here: its initial-sound form first)
                initial = sino_korean_readings(ch, initial=True)
                if forms[0] != initial[0] and _word_starts(s, i):
                    forms = initial
            if ch in _NUMERALS:
                forms = forms + (_NUMERALS[ch],)
            units.append(_Unit(ch, forms, "char"))
        elif ch.isascii() and ch.isalnum():
            units.append(_Unit(ch, (ch.casefold(),), "other"))
        else:
            units.append(_Unit(ch, (), "other"))
        i += 1
    return units


def _ko_key(ko: str) -> str:
    return KO_SKIPPED.sub("", unicodedata.normalize("NFKC", ko)).casefold()


@dataclass(frozen=True)
class _Run:
    ja_start: int
    ja_end: int            # unit indices
    ko_start: int
    ko_end: int
    pairs: tuple[tuple[_Unit, str], ...]

    @property
    def ja_chars(self) -> int:
        return sum(len(u.text) for u, _ in self.pairs)


def _runs(units: list[_Unit], ko: str) -> list[_Run]:
    runs = []
    for a in range(len(units)):
        for b in range(len(ko)):
            i, j, pairs = a, b, []
            while i < len(units):
                form = next((f for f in units[i].forms if f and ko.startswith(f, j)), None)
                if form is None:
                    break
                pairs.append((units[i], form))
                i, j = i + 1, j + len(form)
            if pairs:
                runs.append(_Run(a, i, b, j, tuple(pairs)))
    return runs


def cognate(ja: str, ko: str) -> NameMatch | None:
    """Do a Japanese kanji term and a Korean Hangul term share Sino-Korean readings?

    Score = (Japanese characters + Korean syllables covered by common runs) / (all of
    them): 1.0 for 安全保障 <-> 안전보장, less for partial overlaps.  Runs must cover two
    characters or more unless they cover both terms whole.  None when nothing is shared.
    """
    units = _units(ja or "")
    key = _ko_key(ko or "")
    if not units or not key:
        return None
    ja_total = sum(len(u.text) for u in units)
    chosen: list[_Run] = []
    used_ja: set[int] = set()
    used_ko: set[int] = set()
    for run in sorted(_runs(units, key), key=lambda r: (-r.ja_chars, -(r.ko_end - r.ko_start), r.ja_start)):
        whole = run.ja_chars == ja_total and run.ko_end - run.ko_start == len(key)
        if run.ja_chars < 2 and not whole:
            continue
        ja_span, ko_span = set(range(run.ja_start, run.ja_end)), set(range(run.ko_start, run.ko_end))
        if ja_span & used_ja or ko_span & used_ko:
            continue
        chosen.append(run)
        used_ja |= ja_span
        used_ko |= ko_span
    if not chosen:
        return None
    matched_ja = sum(r.ja_chars for r in chosen)
    matched_ko = sum(r.ko_end - r.ko_start for r in chosen)
    score = (matched_ja + matched_ko) / (ja_total + len(key))
    parts = []
    for r in sorted(chosen, key=lambda r: r.ja_start):
        jt = "".join(u.text for u, _ in r.pairs)
        kt = "".join(f for _, f in r.pairs)
        notes = [f"{u.text} {'in Korean order' if u.kind == 'country' else 'as a word'}"
                 for u, _ in r.pairs if u.kind in ("country", "word")]
        trad = [f"{u.text}={to_traditional(u.text)}" for u, _ in r.pairs
                if u.kind == "char" and to_traditional(u.text) != u.text]
        extra = "; ".join(notes + trad)
        parts.append(f"{jt}→{kt}" + (f" ({extra})" if extra else ""))
    evidence = (f"Sino-Korean readings (hanja, shinjitai→traditional first): {', '.join(parts)}; "
                f"coverage {matched_ja}/{ja_total} ja, {matched_ko}/{len(key)} ko")
    reading = "".join(u.forms[0] if u.forms and u.forms[0] else u.text for u in units)
    return NameMatch(round(score, 3), evidence, reading)


@cached(maxsize=16384)
def korean_for_japanese_term(ja: str) -> Suggestion | None:
    """Sino-Korean Hangul reading of a kanji term (安全保障 -> 안전보장, 日韓関係 -> 한일 관계).

    Every character must have a reading: None for terms with kana (or with characters
    the hanja table does not know).  A leading run of country abbreviations is put in
    Korean order and followed by a space, as Korean writes 한일 관계.
    """
    units = _units(ja or "")
    if not units or not any(u.kind != "other" for u in units) or not all(u.forms and u.forms[0] for u in units):
        return None
    out = []
    for k, u in enumerate(units):
        out.append(u.forms[0])
        if k == 0 and u.kind == "country" and len(units) > 1:
            out.append(" ")
    text = "".join(out)
    shown = " ".join(f"{u.text}{'(' + to_traditional(u.text) + ')' if u.kind == 'char' and to_traditional(u.text) != u.text else ''}→{u.forms[0]}"
                     for u in units)
    n = sum(len(u.text) for u in units)
    confidence = 0.6 if n <= 4 else 0.5 if n <= 6 else 0.4
    evidence = (f"Sino-Korean reading (hanja package, shinjitai→traditional first, initial-sound rule): {shown}; "
                f"the Korean term may use other words")
    return Suggestion(text, confidence, evidence, text)
