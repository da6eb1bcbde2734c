"""Suggestion source: Korean (and Japanese) for Chinese people.

Korean writes a Chinese person in one of two ways (외래어 표기법, 중국어 표기; the line is
the 1911 revolution): a person of the past in the Sino-Korean reading of the name's
characters (朱熹 주희, 玄奘 현장), a modern one by the standard transcription of Mandarin,
pinyin syllable by syllable (data/zh_pinyin_hangul.tsv: Xi Jinping 시진핑, Mao Zedong
마오쩌둥), family and given name written solid as Korean writes both.

A name is taken as Chinese only when its shape says so and nothing says otherwise:
- every word splits into pinyin syllables (tone marks aside; an apostrophe or a syllable
  starting with a, o, e starts a new one: Xi'an), the given name written solid in one or
  two syllables ("Jinping", "Qiang"; no hyphen: "Ching-kuo" and "Jae-in" are not pinyin);
- the family name is a Chinese one (data/zh_surnames.tsv, the Hundred Family Surnames),
  first ("Li Qiang") or, in Western order, last after a two-syllable given name that is
  not a Western given name JMnedict spells in katakana ("Lisa Wang" is not);
- it is no Korean name (`spelled_korean.is_korean_name`, `known_korean_name`) and no
  Japanese one (every word Japanese romaji that JMnedict has as a name read so).
The person's era comes from JMnedict: a person whose romanized name is this one and whose
characters are as many as its syllables, with dates ending before 1912, is of the past
(Korean: the hanja read by the `hanja` package, `text.readings`); one dated later, or
alive, is modern; one JMnedict knows without dates is taken as modern at a lower
confidence.  One JMnedict does not know is taken as modern only on the article's word
(life dates after the name ending after 1911, or a title of a modern office): the people
of the past are written in pinyin too, and Du Fu is 두보, not 두푸.  A name in one word
("Zhuangzi", "Xuanzang": the masters and monks of the past are known so, modern people
are not) is taken only when JMnedict knows the person by exactly that word, and gets the
Sino-Korean reading and JMnedict's kanji for Japanese; a Latinized name ("Mencius") counts
when the same entry also spells the person in pinyin ("Mengzi").  A JMnedict person whose
kana reading is the English spelling ("Kukai" くうかい) is Japanese, not Chinese.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

import regex

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text.lexicon import mapping, words
from ..text.scripts import HAN
from .caching import cached
from .forms import fill_missing
from .persons import strip_title

#: origins: a modern name transcribed; a name of the past read from JMnedict's characters
ORIGIN_MODERN = "transcription:chinese-name"
ORIGIN_PAST = "dictionary:jmnedict+hanja"
ORIGIN_JAPANESE = "dictionary:jmnedict"
#: confidence of the transcription of a modern person JMnedict dates after 1911, of one it
#: knows without dates, and of one it does not know that the article titles with an office
#: of today
DATED_MODERN = 0.75
UNDATED_MODERN = 0.65
UNKNOWN_MODERN = 0.5
#: confidence of the Sino-Korean reading of a dated person of the past, of one a single
#: word names, and the factor when a character has another reading
PAST = 0.7
ONE_WORD = 0.6
OTHER_READING = 0.7
#: categories of entries looked at: a person, and what a one-word person may be taken for
NAMED = frozenset({Category.PERSON, Category.PLACE, Category.INSTITUTION, Category.OTHER, Category.PUBLICATION})
#: JMnedict's Japanese for a person named in one word (JMnedict names: 9 in 10 right on dev)
JAPANESE = 0.7
#: the last year of the past (the revolution of 1911 ended the empire)
LAST_PAST_YEAR = 1911
#: a word of a name: letters, tone marks, an apostrophe between syllables
NAME_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
#: a gloss's bracketed qualifier ("(1130-1200 CE)", "(semi-legendary ...)")
QUALIFIER = regex.compile(r"\s*\([^()]*\)")
#: JMnedict's dates in a gloss: "(1893.12.26-1976.9.9)", "(372-289 BCE)", "(1942-)"
DATES = regex.compile(r"\((?:c\.\s*)?(\d{1,4}|\?)[\d.]*\s*(BCE|BC|CE)?\s*-\s*(?:(\d{1,4})[\d.]*)?\s*(BCE|BC|CE)?\s*\)")
#: a syllable that starts with a, o or e starts a new one only after an apostrophe (Xi'an);
#: written without one it belongs to the syllable before (Jinan = ji-nan)
VOWEL_START = "aoe"
#: the longest pinyin syllable (zhuang, chuang, shuang)
LONGEST = 6


@cached(maxsize=1)
def _hangul() -> dict[str, str]:
    return mapping("zh_pinyin_hangul", "pinyin", "hangul")


@cached(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(words("zh_surnames", column="pinyin"))


@cached(maxsize=16384)
def _plain(word: str) -> str:
    """The word casefolded, tone marks off, ü kept (also written v or u:)."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("u:", "ü").replace("v", "ü"))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", kept)


@cached(maxsize=16384)
def syllables(word: str) -> tuple[str, ...] | None:
    """The pinyin syllables of one word ("Jinping" -> jin, ping; "Xi'an" -> xi, an), or None
    when it does not split into them.  Of several splits, the one with fewest syllables."""
    table = _hangul()
    best: tuple[str, ...] | None = None
    for part in regex.split(r"['’]", _plain(word)):
        split = _split(part, table)
        if split is None:
            return None
        best = split if best is None else best + split
    return best


def _split(text: str, table: dict[str, str]) -> tuple[str, ...] | None:
    ways: list[tuple[str, ...] | None] = [()] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - LONGEST), end):
            head, syl = ways[start], text[start:end]
            if head is None or syl not in table or (start and syl[0] in VOWEL_START):
                continue
            if ways[end] is None or len(head) + 1 < len(ways[end]):
                ways[end] = head + (syl,)
    return ways[-1]


def hangul(sylls: tuple[str, ...]) -> str:
    """The standard Korean transcription of pinyin syllables, solid."""
    table = _hangul()
    # (lü, nü are written lu, nu in English text: a "lu" is 루, as written)
    return "".join(table[s] for s in sylls)


@dataclass(frozen=True)
class ChineseName:
    """A name read as Chinese: its words' syllables, family name first."""
    family: tuple[str, ...]
    given: tuple[str, ...]
    order: str      # "family first" | "Western order"

    @property
    def korean(self) -> str:
        return hangul(self.family + self.given)

    @property
    def count(self) -> int:
        return len(self.family) + len(self.given)


@cached(maxsize=16384)
def chinese_name(english: str) -> ChineseName | None:
    """The name `english` (no title) read as a Chinese name in pinyin, or None (see the
    module's rules; a one-word name is left to the dictionary)."""
    parts = english.split()
    if len(parts) != 2 or not all(NAME_WORD.fullmatch(p) for p in parts):
        return None
    split = [syllables(p) for p in parts]
    if any(s is None for s in split):
        return None
    first, last = split
    surnames = _surnames()
    if "".join(first) in surnames and 1 <= len(last) <= 2:
        found = ChineseName(first, last, "family first")
    elif "".join(last) in surnames and len(first) == 2 and "".join(first) not in surnames \
            and not _western_given_name(parts[0]):
        found = ChineseName(last, first, "Western order")
    else:
        return None
    return None if _korean(english) or _japanese(parts) else found


def _western_given_name(word: str) -> bool:
    from .foreign_names import first_name_katakana

    return bool(first_name_katakana(word))


def _korean(english: str) -> bool:
    from .names.known_korean import known_korean_name
    from .names.spelled_korean import is_korean_name

    return is_korean_name(english) or known_korean_name(english) is not None


def _japanese(parts: list[str]) -> bool:
    """Every word is Japanese romaji that JMnedict has as a name read so (its glosses alone
    prove nothing: JMnedict glosses Chinese people in pinyin, 窺基 "Kuiji")."""
    from .names.hangul_for_japanese import romaji_is_japanese

    return all(romaji_is_japanese(p) for p in parts) and all(_read_so(p) for p in parts)


@cached(maxsize=16384)
def _read_so(word: str) -> bool:
    from ..text import jmdict
    from .names.kana import hepburn, romaji_key

    key = romaji_key(word)
    return any(romaji_key(hepburn(e.reading)) == key for e in jmdict.names_for_romaji(word, limit=5))


@dataclass(frozen=True)
class Person:
    """A JMnedict person taken as the one named: characters, reading, era."""
    headword: str
    reading: str
    gloss: str
    past: bool | None       # None: JMnedict gives no dates


def _era(gloss: str) -> bool | None:
    """True when the gloss's dates end before 1912 (or BCE), False when later or open."""
    m = DATES.search(gloss)
    if m is None:
        return None
    born, born_era, died, died_era = m.groups()
    if (died_era or born_era or "").upper().startswith("BC"):
        return True
    if died is None:
        return None if born == "?" else len(born) <= 3
    return int(died) <= LAST_PAST_YEAR


def _name_key(text: str) -> tuple[str, ...]:
    """A romanized name compared in any order of its words, case, marks and hyphens aside."""
    return tuple(sorted(regex.sub(r"[^\p{L}]", "", w) for w in _plain(QUALIFIER.sub("", text)).split()))


@cached(maxsize=16384)
def jmnedict_person(english: str, count: int) -> Person | None:
    """The one JMnedict person glossed exactly `english` (in either order of its words),
    read otherwise than the English spells it (not a Japanese reading), whose name in
    characters is `count` of them (a headword partly in kana, とう小平, tells the era
    only); None when there is none, or several."""
    from ..text import jmdict
    from .names.kana import hepburn, romaji_key

    key = _name_key(english)
    found: dict[str, Person] = {}
    for e in jmdict.names_for_romaji(english, kinds=frozenset({"person"}), limit=8):
        head = e.headword
        if (_all_han(head) and len(head) != count) or not any(HAN.match(c) for c in head):
            continue
        glosses = [g for g in e.glosses if _name_key(g) == key]
        if not glosses or romaji_key(hepburn(e.reading)) == romaji_key(english):
            continue
        past = next((p for p in map(_era, e.glosses) if p is not None), None)
        found.setdefault(head, Person(head, e.reading, glosses[0], past))
    return next(iter(found.values())) if len(found) == 1 else None


def _all_han(text: str) -> bool:
    return bool(text) and all(HAN.match(c) for c in text)


@cached(maxsize=16384)
def sino_korean_name(hanzi: str) -> tuple[str, str] | None:
    """(Hangul, the characters with another reading) of a name of the past: each character's
    usual Sino-Korean reading, the initial-sound rule on the first (老子 노자); None when a
    character has no reading."""
    from ..text.readings import dueum, sino_korean_readings

    out, other = [], []
    for i, ch in enumerate(hanzi):
        readings = sino_korean_readings(ch, initial=(i == 0))
        if not readings:
            return None
        out.append(readings[0])
        # (a reading that differs only by the initial-sound rule is the same one: 로/노)
        if len({dueum(r) for r in readings}) > 1:
            other.append(f"{ch} {'/'.join(dict.fromkeys(readings))}")
    return "".join(out), ", ".join(other)


@dataclass(frozen=True)
class Found:
    """What the source proposes for one person."""
    korean: str
    confidence: float
    origin: str
    evidence: str
    japanese: str = ""
    era_known: bool = True


def _past(person: Person, how: str, confidence: float) -> Found | None:
    read = sino_korean_name(person.headword) if _all_han(person.headword) else None
    if read is None:
        return None
    korean, other = read
    when = "dated before 1912" if person.past else "known by one name, as people of the past are"
    evidence = (f"{how}; JMnedict person {person.headword} ({person.reading}) '{person.gloss}', {when}: a Chinese "
                f"person of the past is written in the Sino-Korean reading of the name (외래어 표기법, 중국어 표기)"
                + (f"; other readings: {other}, check" if other else ""))
    return Found(korean, round(confidence * (OTHER_READING if other else 1.0), 3), ORIGIN_PAST, evidence,
                 person.headword)


@cached(maxsize=16384)
def chinese_person(english: str) -> Found | None:
    """Korean (and, for a name in one word, Japanese) for the person `english` (no title)
    when the name is Chinese; None otherwise."""
    if len(english.split()) == 1:
        return _one_word(english)
    name = chinese_name(english)
    if name is None:
        return None
    how = f"'{english}' is a Chinese name in pinyin ({name.order}: {'-'.join(name.family)} {'-'.join(name.given)})"
    person = jmnedict_person(english, name.count)
    if person is not None and person.past:
        return _past(person, how, PAST)
    korean = name.korean
    rule = "transcribed syllable by syllable by the Korean standard (외래어 표기법, 중국어 표기), written solid"
    if person is None:
        return Found(korean, UNKNOWN_MODERN, ORIGIN_MODERN,
                     f"{how}, {rule}; JMnedict does not know the person (a person before 1911 is read "
                     f"in Sino-Korean instead)", era_known=False)
    dated = person.past is False
    return Found(korean, DATED_MODERN if dated else UNDATED_MODERN, ORIGIN_MODERN,
                 f"{how}, {rule}; JMnedict person {person.headword} '{person.gloss}'"
                 + (" is modern (after 1911)" if dated else " has no dates: taken as modern, check"),
                 person.headword if _all_han(person.headword) else "")


def _one_word(word: str) -> Found | None:
    """A person known by one word: pinyin of two syllables or more that JMnedict glosses so,
    or a Latinized name whose dictionary entry also writes it in pinyin ("Mencius": Mengzi)."""
    if not NAME_WORD.fullmatch(word):
        return None
    sylls = syllables(word)
    if sylls is not None:
        if len(sylls) < 2 or _japanese([word]):
            return None
        person = jmnedict_person(word, len(sylls))
        if person is None or person.past is False:
            return None
        return _past(person, f"'{word}' is a Chinese name in pinyin ({'-'.join(sylls)})",
                     PAST if person.past else ONE_WORD)
    return _latinized(word)


@cached(maxsize=4096)
def _latinized(word: str) -> Found | None:
    from ..text import jmdict
    from .names.kana import hepburn, romaji_key

    if word[:1].islower() or not jmdict.available():
        return None
    found: dict[str, Person] = {}
    for e in jmdict.ja_for_english(word, limit=8):
        if not _all_han(e.headword) or (e.source == "jmnedict" and e.kind != "person"):
            continue
        # (a name: capitalised, one word; "rule" and "sage" split into pinyin too)
        pinyin = next((g for g in e.glosses if g[:1].isupper() and " " not in (bare := QUALIFIER.sub("", g).strip())
                       and (s := syllables(bare)) is not None and len(s) == len(e.headword)), None)
        if pinyin is None or romaji_key(hepburn(e.reading)) == romaji_key(pinyin):
            continue
        person = jmnedict_person(QUALIFIER.sub("", pinyin).strip(), len(e.headword))
        past = next((p for p in map(_era, e.glosses) if p is not None), person.past if person else None)
        if past is None and e.source == "jmdict":
            continue      # a dictionary word with no dates is no person the gloss names for sure
        found.setdefault(e.headword, Person(e.headword, e.reading, pinyin, past))
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    if person.past is False:
        return None
    return _past(person, f"'{word}' is the Latin name of {person.headword}, '{person.gloss}' in pinyin",
                 PAST if person.past else ONE_WORD)


def _dated_by_the_article(cand: Candidate, name: str, found: Found) -> Found | None:
    """A person JMnedict does not know is taken as modern only on the article's word: life
    dates right after the name ending after 1911 ("Tarvik Ostrin (1921-1990)"; ending
    before, the person is of the past and the characters to read are unknown: nothing), or
    a title of a modern office before it ("Premier ...", data/zh_modern_cues.tsv).  Otherwise
    nothing: the masters and poets of the past are written in pinyin too (Du Fu is 두보,
    not 두푸)."""
    after = regex.compile(regex.escape(name) + r"\s*(?:\p{Han}+\s*)?\(\s*(?:c\.\s*)?\d{1,4}\s*[-–—]\s*(\d{1,4})\b")
    for m in cand.mentions:
        if (dated := after.search(m.context)) is not None:
            if int(dated.group(1)) <= LAST_PAST_YEAR:
                return None
            dates = dated.group()[len(name):].strip()
            return replace(found, confidence=DATED_MODERN,
                           evidence=f"{found.evidence}; the article dates the person {dates})")
    titles = _modern_titles()
    title = next((w for f in cand.forms if f.lang == "en" and f.text.endswith(name)
                  for w in f.text[:-len(name)].split() if w in titles), None)
    if title is not None:
        return replace(found, evidence=f"{found.evidence}; titled '{title}', an office of today: taken as modern, "
                                       f"check")
    return None


@cached(maxsize=1)
def _modern_titles() -> frozenset[str]:
    return frozenset(words("zh_modern_cues"))


def _english_names(cand: Candidate) -> list[str]:
    """The candidate's English names without titles, the preferred one first."""
    return list(_names_of(tuple((f.text, f.role is Role.PREFERRED) for f in cand.forms if f.lang == "en")))


@cached(maxsize=16384)
def _names_of(english: tuple[tuple[str, bool], ...]) -> tuple[str, ...]:
    """`_english_names` of English forms (text, preferred)."""
    forms = sorted(english, key=lambda f: not f[1])
    return tuple(dict.fromkeys(n for text, _ in forms if (n := strip_title(text))))


def add_chinese_person_forms(candidates: list[Candidate]) -> int:
    """Korean (and Japanese from JMnedict) for Chinese people without them; returns the
    forms added.  A name in one word counts whatever the entry's category (the extraction
    may take "Xuanzang" for a place): JMnedict says it names a person."""
    added = 0
    for cand in candidates:
        if cand.category not in NAMED or {"ja", "ko"} <= {f.lang for f in cand.forms}:
            continue
        # (a one-word name of another category only when it is pinyin: no dictionary look-up
        # for every one-word organisation)
        names = [n for n in _english_names(cand) if cand.category is Category.PERSON
                 or (NAME_WORD.fullmatch(n) and syllables(n) is not None)]
        found, name = next(((f, n) for n in names if (f := chinese_person(n)) is not None), (None, ""))
        if found is not None and not found.era_known:
            found = _dated_by_the_article(cand, name, found)
        if found is None:
            continue
        added += fill_missing(cand, {"ko": found.korean}, found.origin, found.confidence, found.evidence)
        if found.japanese:
            added += fill_missing(cand, {"ja": found.japanese}, ORIGIN_JAPANESE, JAPANESE,
                                  f"JMnedict person {found.japanese}: the Chinese person '{name}' "
                                  f"(Japanese writes a Chinese name in its characters)")
    return added
