"""Evidence source: a place the article names in English and its notes write in Hangul or
kanji, often with its administrative unit (부산광역시, 경상북도, 下関市, 京都府).

English names a local government by its romanized name, with or without an English head
for the unit ("Busan", "Busan Metropolitan City", "Gyeonggi Province", "Gyeongsangbuk-do",
"North Gyeongsang Province", "Shimonoseki City", "Kyoto").  A note names it in Korean or
Japanese: the name, then a unit of data/place_admin_units.tsv (도, 광역시, 특별자치도, 市,
県, 府, 島 ...).  A span of a Japanese/Korean run of the article -- a name, then a unit or
the end of the word -- pairs with a place entry when

- its Hangul name spells the English name (Revised Romanization, McCune-Reischauer and the
  spellings the name matcher accepts, with the assimilation RR writes: 전라 "Jeolla");
- or its kanji name reads as it: in Japanese (pykakasi, or a JMnedict place of that
  romanized name: 対馬 "Tsushima") or in Sino-Korean (釜山 부산 "Busan", a Korean place);
- a direction of data/place_directions.tsv ("North" = 북/北) is the name's last syllable;
- the English head, if any, is one the unit is rendered by (Province = 도/道).

The form is the name with its unit when the English names the unit, else the name alone
("Busan" <- 부산광역시 is 부산).  A Korean place found in one script gets the other: its
kanji read back in Korean, or a JMdict entry written in kanji whose Sino-Korean reading is
the Hangul and which is a Korean place (its reading in katakana or a gloss saying Korea).
A word whose name only begins a longer word (부산일보) is weaker evidence; several forms
for one language: none.  A one-word institution matched to a place with a unit is a place
(Tsushima, 対馬市).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

import regex

from ..extract.candidates import Candidate, Form, Mention
from ..extract.general import romanized_word
from ..model import Category, Role
from ..text.kana import hepburn, romaji_key
from ..text.lexicon import table
from ..text.readings import japanese_reading, sino_korean_readings
from .caching import cached
from .dictionary import city, territory
from .names.korean import _roman_lower, _spell_match, _syllable_spellings

#: a form written in the article with its unit, or a whole word: as sure as a reading pair
CONFIDENCE = 0.8
#: the name begins a longer word (부산일보), or the form is the other script's read across
DERIVED_CONFIDENCE = 0.7
#: names shorter than this (letters) are not compared: too many words spell them
MIN_LETTERS = 4
ORIGIN = "reading:place"
KANJI = regex.compile(r"[\p{Han}々ヶ]+")
HANGUL_WORD = regex.compile(r"^\p{Hangul}+$")
#: a hyphenated romanized name: "Gyeongsangbuk-do", "Suwon-si", "Kyŏngsang-bukto"
HYPHENATED = regex.compile(r"^(?P<name>\p{Lu}[\p{Ll}ŏŭ]+)-(?P<unit>[\p{Ll}ŏŭ]+)$")


@dataclass(frozen=True)
class Unit:
    key: str
    country: str
    en: tuple[str, ...]
    ko: str
    ja: str
    roman: str


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    return tuple(Unit(r["unit"], r["country"], tuple(r["en"].split("|")), r["ko"], r["ja"],
                      "" if r["roman"] == "-" else r["roman"]) for r in table("place_admin_units"))


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """English heads, longest first ("Special Self-Governing Province" before "Province")."""
    return tuple(sorted({h for u in units() for h in u.en}, key=lambda h: -len(h)))


@lru_cache(maxsize=1)
def _directions() -> dict[str, dict[str, str]]:
    return {r["en"].lower(): r for r in table("place_directions")}


def _suffixes(lang: str) -> tuple[str, ...]:
    """The units' suffixes in `lang` ("ja", "ko"), longest first."""
    return _all_suffixes()[lang]


@lru_cache(maxsize=1)
def _all_suffixes() -> dict[str, tuple[str, ...]]:
    return {lang: tuple(sorted({getattr(u, lang) for u in units()}, key=lambda s: -len(s))) for lang in ("ja", "ko")}


@dataclass(frozen=True)
class English:
    """A place's English form read as name, unit and direction."""
    letters: str                   # the name's letters, lower case ("gyeonggi")
    heads: frozenset[str]          # the units its English head names (empty: no head)
    direction: str = ""            # "north", "south"
    whole: str = ""                # a hyphenated name's letters with its unit ("gyeongsangbukdo")


@cached(maxsize=4096)
def read_english(text: str) -> English | None:
    """The name, unit and direction of an English place name, or None."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    heads: set[str] = set()
    if len(words) >= 3 and words[1].lower() == "of":       # "City of Busan", "Province of Jeju"
        words = [*words[2:], words[0]]
    phrase = " ".join(words)
    for head in _heads():
        if phrase.lower().endswith(" " + head.lower()):
            heads = {u.key for u in units() if head in u.en}
            words = phrase[: -len(head)].split()
            break
    direction = ""
    if len(words) == 2 and words[0].lower() in _directions():
        direction, words = words[0].lower(), words[1:]
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in _directions():
        return None
    whole = ""
    m = HYPHENATED.match(words[0])
    if m and not heads:
        whole = _roman_lower(words[0])
        heads = {u.key for u in units() if u.roman and _roman_lower(m["unit"]).endswith(u.roman)}
        words = [m["name"]]
    letters = _roman_lower(words[0])
    if len(letters) < MIN_LETTERS or (direction and not heads) or not romanized_word(letters):
        return None       # (a name no romanised Japanese or Korean spells: "Washington")
    return English(letters, frozenset(heads), direction, whole)


@lru_cache(maxsize=1)
def _sound_changes() -> tuple[tuple[str, str], ...]:
    return tuple((r["spoken"], r["written"]) for r in table("ko_romanization_sound_changes"))


@cached(maxsize=16384)
def spells(hangul: str, letters: str) -> bool:
    """Do the Hangul syllables spell `letters`, allowing the assimilation RR writes?"""
    if _spell_match(hangul, letters) is not None:
        return True
    every = letters
    for spoken, written in _sound_changes():
        if spoken in letters and _spell_match(hangul, letters.replace(spoken, written)) is not None:
            return True
        every = every.replace(spoken, written)
    # two changes in one name (독립문 dok-rip-mun, spoken Dongnimmun)
    return every != letters and _spell_match(hangul, every) is not None


class Span(NamedTuple):
    """A place name in a Japanese/Korean run: the name, its unit's suffix ("" for none).
    (A named tuple: thousands per article, made faster than a frozen dataclass.)"""
    lang: str
    name: str
    suffix: str
    strong: bool                   # the word ends with the unit, or the name is the word
    line: int
    col: int
    note: int | None


def spans(runs) -> list[Span]:
    """The place-shaped spans of the article's runs (text, lang, line, col, note, block)."""
    out: list[Span] = []
    for text, lang, line, col, note, _block in runs:
        out += [Span(lang, name, suffix, strong, line, col + off, note)
                for name, suffix, strong, off in _run_spans(text, lang)]
    return out


@cached(maxsize=16384)
def _run_spans(text: str, lang: str) -> tuple[tuple[str, str, bool, int], ...]:
    """(name, suffix, strong, offset in the run) of each place-shaped span of one run: what
    `spans` makes a Span of, memoised (an article's runs repeat: names, titles)."""
    if lang == "ko":
        return tuple(_korean_spans(text)) if HANGUL_WORD.match(text) else ()
    return tuple(span for m in KANJI.finditer(text) for span in _kanji_spans(m.group(), m.start()))


def _korean_spans(word: str) -> list[tuple[str, str, bool, int]]:
    """A Korean word read as name (+ unit) (+ anything): the name begins the word."""
    out = []
    for end in range(2, len(word) + 1):
        head = word[:end]
        out.append((head, "", end == len(word), 0))
        for suf in _suffixes("ko"):
            if head.endswith(suf) and len(head) - len(suf) >= 2:
                out.append((head[: -len(suf)], suf, True, 0))
    return out


def _kanji_spans(seg: str, at: int) -> list[tuple[str, str, bool, int]]:
    """Names in a kanji segment (at offset `at` of its run): beginning it or after a unit
    (京都府宇治市), ending it or before a unit."""
    by_first = _suffixes_by_first("ja")
    starts = {0} | {i + len(s) for i, ch in enumerate(seg) if ch in by_first for s in by_first[ch]
                    if seg.startswith(s, i)}
    out = []
    n = len(seg)
    for i in sorted(s for s in starts if s < n):
        for j in range(i + 2, min(n, i + 6) + 1):
            name = seg[i:j]
            out.append((name, "", j == n, at + i))
            for suf in by_first.get(seg[j], ()) if j < n else ():
                if seg.startswith(suf, j):
                    out.append((name, suf, True, at + i))
    return out


@cached(maxsize=2)
def _suffixes_by_first(lang: str) -> dict[str, tuple[str, ...]]:
    """The units' suffixes in `lang` by their first character (longest first)."""
    out: dict[str, list[str]] = {}
    for suf in _suffixes(lang):
        out.setdefault(suf[0], []).append(suf)
    return {ch: tuple(sufs) for ch, sufs in out.items()}


@cached(maxsize=4096)
def _first_letters(syllable: str) -> frozenset[str]:
    """The letters any accepted spelling of a Hangul syllable begins with."""
    return frozenset(sp[:1] for sp in _syllable_spellings(syllable) if sp)


@cached(maxsize=16384)
def _kanji_initials(kanji: str) -> frozenset[str]:
    """The letters the romanised Korean readings of a kanji name may begin with."""
    return frozenset(ch for ko in korean_readings(kanji) if ko for ch in _first_letters(ko[0]))


def _unit_fits(span: Span, eng: English) -> bool:
    return any(getattr(u, span.lang) == span.suffix for u in units() if u.key in eng.heads)


def _name_of(span_name: str, eng: English, korean: bool) -> str | None:
    """The name without the direction its English puts first (경상북 "North Gyeongsang":
    경상), None when the direction is not there."""
    if not eng.direction:
        return span_name
    d = _directions()[eng.direction]["ko" if korean else "ja"]
    return span_name[:-1] if span_name.endswith(d) and len(span_name) > 2 else None


@cached(maxsize=16384)
def korean_readings(kanji: str) -> tuple[str, ...]:
    """The Sino-Korean readings of a kanji name (the initial-sound rule on its first)."""
    if not 2 <= len(kanji) <= 5:
        return ()
    options = [sino_korean_readings(ch, initial=(i == 0))[:3] for i, ch in enumerate(kanji)]
    if not all(options):
        return ()
    return tuple(dict.fromkeys("".join(p) for p in itertools.product(*options)))


@cached(maxsize=4096)
def _jmnedict_places(letters: str) -> frozenset[str]:
    from ..text import jmdict

    if not jmdict.available():
        return frozenset()
    return frozenset(e.headword for e in jmdict.names_for_romaji(letters, kinds=frozenset({"place"}), limit=20))


@cached(maxsize=16384)
def _japanese_key(kanji: str) -> str:
    reading = japanese_reading(kanji, name=False)
    return romaji_key(hepburn(reading)) if reading else ""


def _matches(span: Span, eng: English) -> tuple[str, str, str] | None:
    """(form, its Korean reading or "", how) when the span names the English place: the
    name with its unit when the English names the unit, else the name."""
    if eng.heads and not (span.suffix and _unit_fits(span, eng)):
        return None       # "Gyeonggi Province": the note writes the unit too
    if not eng.heads and eng.whole:
        return None       # a hyphenated unit no table row knows
    form = span.name + span.suffix if eng.heads else span.name
    if span.lang == "ko":
        name = _name_of(span.name, eng, True)
        return (form, form, "spelled") if name and spells(name, eng.letters) else None
    if not _name_of(span.name, eng, False):
        return None
    for ko in korean_readings(span.name):
        bare = _name_of(ko, eng, True)
        if bare and spells(bare, eng.letters):
            return form, ko + (_korean_unit(span.suffix, eng) if eng.heads else ""), f"read {ko} in Korean"
    if eng.direction:
        return None
    places = _jmnedict_places(eng.letters)
    if span.name in places or span.name + span.suffix in places:
        return form, "", "a JMnedict place of that name"
    if _japanese_key(span.name) == romaji_key(eng.letters):
        return form, "", "read so in Japanese"
    return None


def _korean_unit(ja_suffix: str, eng: English) -> str:
    """The Korean unit of a Korean place's kanji unit (広域市 광역시, 道 도)."""
    return next((u.ko for u in units() if u.country == "KR" and u.ja == ja_suffix and u.key in eng.heads), "")


def _japanese_unit(ko_suffix: str, eng: English) -> str:
    return next((u.ja for u in units() if u.country == "KR" and u.ko == ko_suffix and u.key in eng.heads), "")


@cached(maxsize=4096)
def kanji_of_korean_place(hangul: str) -> tuple[str, str] | None:
    """(kanji, evidence): the JMdict word in kanji whose Sino-Korean reading is this Hangul
    and which is a Korean place (its reading the Korean pronunciation in katakana, or a
    gloss naming Korea); None when there is none or several."""
    from ..text import jmdict
    from ..text.scripts import has_kana

    if not jmdict.available():
        return None
    found = {e.headword: e for e in jmdict.kanji_for_hangul(hangul)
             if (has_kana(e.reading) and regex.fullmatch(r"[\p{Katakana}ー・]+", e.reading))
             or any("Korea" in g for g in e.glosses)}
    if len(found) != 1:
        return None
    e = next(iter(found.values()))
    return e.headword, f"JMdict {e.headword} ({e.reading}, '{next(iter(e.glosses), '')}') reads {hangul} in Korean"


def add_place_pairs(runs, candidates: list[Candidate]) -> int:
    """Japanese and Korean forms for the places (and one-word institutions) of
    `candidates` that the article's runs name (a list, or a function that returns it when
    first needed); returns how many forms were added."""
    found_spans: list[Span] | None = None
    added = 0
    for cand in candidates:
        if cand.category is not Category.PLACE and cand.category is not Category.INSTITUTION:
            continue
        have = {f.lang for f in cand.forms}
        if "ja" in have and "ko" in have:
            continue
        # (the preferred forms first, the others in their order)
        english = [f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED] + \
                  [f.text for f in cand.forms if f.lang == "en" and f.role is not Role.PREFERRED
                   and f.role is not Role.DEPRECATED]
        if not english or any(_cldr_place(e) for e in english):
            continue       # a country or a CLDR city: its standard names come from CLDR
        if cand.category is Category.INSTITUTION and " " in english[0]:
            continue
        if found_spans is None:
            found_spans = _Spans(spans(runs() if callable(runs) else runs))
            if not found_spans.spans:
                return 0
        for text in english:
            eng = read_english(text)
            if eng is None:
                continue
            n = _fill(cand, text, eng, found_spans, have)
            if n:
                added += n
                break
    return added


@cached(maxsize=65536)
def _cldr_place(english: str) -> bool:
    """CLDR names `english` as a country, territory or city."""
    return bool(territory(english) or city(english))


class _Spans:
    """An article's spans, indexed for `_fill`'s quick refusal (no reading of the span can
    begin the English name) by the first letters of their readings (Korean: its first
    syllable's spellings; Japanese: its kanji's Korean readings), made on first use; the
    Japanese ones also by their names (with and without the unit) and, as they are asked
    for, by the first letter of their Japanese reading."""

    def __init__(self, found: list[Span]) -> None:
        self.spans = found
        self._by_letter: dict[str, set[int]] | None = None
        self._japanese = [pos for pos, span in enumerate(found) if span.lang == "ja"]
        self._japanese_all = frozenset(self._japanese)
        self._japanese_suffixed = frozenset(pos for pos in self._japanese if found[pos].suffix)
        self._by_name: dict[str, set[int]] = {}      # a Japanese span's name, and with its unit -> spans
        for pos in self._japanese:
            span = found[pos]
            self._by_name.setdefault(span.name, set()).add(pos)
            self._by_name.setdefault(span.name + span.suffix, set()).add(pos)
        self._key_letter: dict[int, str] = {}        # span -> first letter of `_japanese_key` of its name

    def near(self, eng: English, suffixed: bool) -> list[Span]:
        """The spans (with a unit's suffix, when `suffixed`), in order, that pass the quick
        refusal for `eng`: those whose readings may begin it, and the Japanese ones JMnedict
        has as places of its name or whose Japanese reading begins with its letter."""
        if self._by_letter is None:
            self._by_letter = {}
            for pos, span in enumerate(self.spans):
                letters = _first_letters(span.name[0]) if span.lang == "ko" else _kanji_initials(span.name)
                for ch in letters:
                    self._by_letter.setdefault(ch, set()).add(pos)
        found = self._by_letter.get(eng.letters[:1], set())
        # the Japanese spans the letters did not let through: by JMnedict's places, else by reading
        rest = (self._japanese_suffixed if suffixed else self._japanese_all).difference(found)
        if rest:
            places, key = _jmnedict_places(eng.letters), romaji_key(eng.letters)[:1]
            more = set()
            for name in places:
                more |= self._by_name.get(name, _NO_SPANS)
            more &= rest
            letter = self._key_letter
            for pos in rest.difference(more):
                k = letter.get(pos)
                if k is None:
                    k = letter[pos] = _japanese_key(self.spans[pos].name)[:1]
                if k == key:
                    more.add(pos)
            found = found.union(more)
        spans = (self.spans[pos] for pos in sorted(found))
        return [span for span in spans if span.suffix or not suffixed]


_NO_SPANS: frozenset[int] = frozenset()


def _fill(cand: Candidate, text: str, eng: English, found_spans: _Spans, have: set[str]) -> int:
    hits = {"ja": [], "ko": []}
    institution = cand.category is Category.INSTITUTION
    # (a one-word body is a place only where the note writes a unit: 対馬市)
    for span in found_spans.near(eng, suffixed=institution):
        m = _matches(span, eng)
        if m is not None:
            hits[span.lang].append((span, *m))
    best = {}
    for lang, found in hits.items():
        strong = [h for h in found if h[0].strong] or found
        if len({h[1] for h in strong}) == 1:
            best[lang] = strong[0]
    if not best:
        return 0
    added = 0
    for lang, (span, form, _ko, how) in best.items():
        if lang in have:
            continue
        where = f"note {span.note}" if span.note is not None else f"line {span.line}"
        confidence = CONFIDENCE if span.strong else DERIVED_CONFIDENCE
        cand.forms.append(Form(lang, form, Role.ALIAS, "reading", confidence,
                               f"place rule: '{text}' is the place {span.name}{span.suffix} ({where}), {how}"))
        cand.mentions.append(Mention(text=form, line=span.line, col=span.col, context=form, footnote=span.note))
        have.add(lang)
        added += 1
        if institution:
            cand.category = Category.PLACE      # 対馬市 "Tsushima": a town, not a body
    if "ko" not in have and best.get("ja") and best["ja"][2]:
        span, form, ko, how = best["ja"]
        cand.forms.append(Form("ko", ko, Role.ALIAS, "bridge", DERIVED_CONFIDENCE,
                               f"place rule: '{text}' is the Korean place {form}, {how}"))
        have.add("ko")
        added += 1
    if "ja" not in have and best.get("ko"):
        span, form, _ko, _how = best["ko"]
        kanji = kanji_of_korean_place(form)
        if kanji is None and span.suffix and eng.heads:
            name = kanji_of_korean_place(span.name)
            unit = _japanese_unit(span.suffix, eng)
            kanji = (name[0] + unit, name[1] + f", {span.suffix} as {unit}") if name and unit else None
        if kanji is not None:
            cand.forms.append(Form("ja", kanji[0], Role.ALIAS, "dictionary:jmdict", DERIVED_CONFIDENCE,
                                   f"place rule: '{text}' is the Korean place {form}; {kanji[1]}"))
            added += 1
    return added
