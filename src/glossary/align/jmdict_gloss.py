"""Matching an English name against the dictionary's English glosses, for `jmdict_source`.

Strict: an unmarked gloss of the entry is the name, case, a leading article, brackets'
contents, spacing, punctuation, British spelling and (for longer names) the number of
the last word aside (`strict_entries`).
"""
from __future__ import annotations

import regex

from ..model import Category
from ..text import jmdict
from ..text.kana import strip_marks
from .caching import cached
from ..text.jmdict.keys import gloss_key, number_variants

#: several dictionary headwords fit: the most frequent must be this many times as frequent
DOMINANCE = 3.0
#: names of this many words or more match a gloss whose last word is in the other number
#: (a short name's plural is more often a name of its own: "Japan Times", "Times")
NUMBER_WORDS = 3
#: "Japan Maritime Self-Defense Force" is JMdict's "Maritime Self-Defense Force" (two words at least remain)
JAPAN_FIRST = regex.compile(r"(?:the\s+)?Japan(?:ese)?\s+(\S+\s+.+)")
#: a gloss dated to a closed span of years: for an institution, a body of the past (大蔵省
#: "Ministry of Finance (1869-2001)" is not today's ministry); an event has its dates
PAST_SPAN = regex.compile(r"\(\s*\d{3,4}\s*[-–]\s*\d{3,4}\s*\)")
#: a headword in katakana only: JMnedict's katakana for Chinese and Korean places (ウーシー
#: for 無錫, チェジュ島 for 済州島) is not what Japanese writes, and a Western place's
#: transcription varies (ウェストラフィエット)
KATAKANA_ONLY = regex.compile(r"^[\p{Katakana}ー・\s]+(?:島|市|州|県)?$")
#: a letter
_LETTER = regex.compile(r"\p{L}")
_BRACKETED = regex.compile(r"\([^()]*\)")
_ARTICLE = regex.compile(r"^\s*(?:the|a|an)\s+")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_LATIN_ONLY = regex.compile(r"[\p{Latin}\p{N}\s\W]+")


@cached(maxsize=65536)
def _gloss_key(text: str) -> str:
    """A gloss or an English name compared strictly: case, a leading article, brackets'
    contents, spacing and punctuation aside ("Kodansha (publisher)" = "Kodansha")."""
    return _NOT_ALNUM.sub("", _ARTICLE.sub("", _BRACKETED.sub(" ", text.casefold())))


_BRACKETED_TEXT = regex.compile(r"\(([^()]*)\)")
#: a romanized long vowel written double (JMnedict's "Kyuushuu University" = "Kyushu",
#: "Ooita" = "Ōita" = "Oita": at the start of the name too)
_LONG_VOWEL = regex.compile(r"(?:(?<=[bcdfghjkmnprstwyz])|^)(?:uu|ou|oo|ii|aa|ee)")


def _long_vowels_one(key: str) -> str:
    """"kyuushuuuniversity" -> "kyushuniversity": a key with romanized long vowels as one
    (both sides of a comparison: a "u" key seldom meets another word by it)."""
    return _LONG_VOWEL.sub(lambda m: m.group()[0], key)


def foreign_qualifier(gloss: str) -> bool:
    """A bracketed qualifier naming a country or people other than Japan's ("national
    assembly (esp. France)", "Senkaku Islands (name used by Taiwan)")."""
    if "(" not in gloss:
        return False
    from ..extract.vocab import COUNTRIES, DEMONYMS

    for inner in _BRACKETED_TEXT.findall(gloss):
        for word in regex.findall(r"\p{Lu}[\p{L}.]*", inner):
            if word not in ("Japan", "Japanese") and (word in COUNTRIES or word in DEMONYMS):
                return True
    return False


def unbracketed(text: str) -> str:
    """The text without its bracketed remarks: "Kyoto (city, prefecture)" -> "Kyoto"."""
    return _BRACKETED.sub("", text).strip()


def capitalised(text: str) -> bool:
    """The name's first word after an article is capitalised; a bracketed qualifier does not
    count ("the (Japanese) empire" is a common noun)."""
    text = unbracketed(text)
    first = _LETTER.search(_ARTICLE.sub("", text))
    return bool(first) and first.group().isupper()


@cached(maxsize=65536)
def _strict_keys(english: str) -> frozenset[str]:
    """The strict keys of an English name: the name, and (a name of NUMBER_WORDS words or
    more) the name with its last word in the other number, British spellings made American ("Self-Defence Force" = "Self-Defense
    Forces"); a name that starts with "Japan" also without it (a gloss "Japan Self-Defense
    Force" is the name "Self-Defense Forces of Japan")."""
    names = [english]
    if rest := JAPAN_FIRST.fullmatch(english):
        names.append(rest.group(1))
    out = set()
    for name in names:
        unified = gloss_key(name)
        out.update([_gloss_key(name), _gloss_key(unified), _long_vowels_one(_gloss_key(strip_marks(name)))])
        if len(unified.split()) >= NUMBER_WORDS:    # "The Japan Times" is not "Japan time"
            out.update(_gloss_key(v) for v in number_variants(unified))
    out.discard("")
    return frozenset(out)


#: JMnedict's mark of a short form in a gloss
ABBREVIATED = regex.compile(r"\(abbr\.?\)", regex.IGNORECASE)


def strict_gloss(gloss: str, english: str) -> bool:
    """This gloss is the English name (see `_strict`)."""
    return not _strict_keys(english).isdisjoint(_strict_keys(gloss))


def _strict(entry, english: str) -> bool:
    """Some unmarked gloss of the entry is the English name, brackets, spelling and the
    number of its last word aside; a capitalised name needs a capitalised gloss (the name
    of one thing: "Lower House" of an article on Japan is 衆議院, not the common noun 下院
    "lower house")."""
    proper = capitalised(english)
    return any(strict_gloss(g, english) and not foreign_qualifier(g)
               and (not proper or capitalised(g)) for g in entry.standard_glosses())


def of_the_past(entry, english: str) -> bool:
    """Every gloss of the entry that is the English name is dated to a closed span of years."""
    want = _strict_keys(english)
    matching = [g for g in entry.standard_glosses() if not want.isdisjoint(_strict_keys(g))]
    return bool(matching) and all(PAST_SPAN.search(g) for g in matching)


def ja_frequency(word: str) -> float:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ja").get(word, 0.0)


@cached(maxsize=16384)
def strict_entries(english: str) -> tuple:
    """The dictionary's entries some unmarked gloss of which is `english` (see `_strict`)."""
    return tuple(e for e in jmdict.ja_for_english(english, limit=8)
                 if not _LATIN_ONLY.fullmatch(e.headword) and _strict(e, english)
                 and not (e.source == "jmnedict" and e.kind == "place" and KATAKANA_ONLY.match(e.headword)))


def dominant(entries, word: bool = False) -> bool:
    """One of the entries' headwords is written DOMINANCE times more often than any other
    (wordfreq's Japanese list): a prefecture's seat over two villages of the same reading --
    and it is read so first: wordfreq counts a word in all its readings, so 飯島 (いいじま,
    a common name) says nothing of the island 飯島 read はしま.  "First": the reading of the
    headword's first JMdict entry or first JMnedict entry of that kind, a place's first
    place (上方 かみがた, 大分 おおいた, 羽田 はねだ -- not the name はた); not asked
    when a JMdict word glosses the name too (`word`: 神戸 "Kobe", usage ranks it below)."""
    freq = sorted(((ja_frequency(e.headword), e) for e in {e.headword: e for e in entries}.values()),
                  key=lambda p: -p[0])
    if not (freq[0][0] > 0 and freq[0][0] >= DOMINANCE * freq[1][0]) or word:
        return freq[0][0] > 0 and freq[0][0] >= DOMINANCE * freq[1][0]
    top = freq[0][1]
    all_ = jmdict.entries_for_ja(top.headword)
    first = {next((e.reading for e in all_ if e.source == "jmdict"), None),
             next((e.reading for e in all_ if e.source == "jmnedict" and e.kind == top.kind), None)}
    return top.reading in first


def foreign_sense(english: str) -> bool:
    """Does the dictionary gloss `english` in capitals only as another country's name
    ("Memorial Day (US)")?"""
    proper = [g for e in jmdict.ja_for_english(english, limit=8) for g in e.standard_glosses()
              if strict_gloss(g, english) and capitalised(g)]
    return bool(proper) and all(foreign_qualifier(g) for g in proper)


@cached(maxsize=16384)
def qualified_senses(english: str) -> int:
    """How many different headwords gloss `english`, when one of those glosses says it is
    another country's ("Democratic Party (esp. DPJ or US Democratic Party)" beside
    "Democratic Party (formed in 2016 ...)": a name several countries' bodies bear, whose
    referent only the article knows); 0 when none says so, or when one gloss is the name
    with no remark at all (its plain sense: 国家安全保障会議 "National Security Council"
    beside "National Security Council (USA)")."""
    heads, foreign = set(), False
    for e in jmdict.ja_for_english(english, limit=8):
        matching = [g for g in e.standard_glosses() if strict_gloss(g, english)]
        if any("(" not in g for g in matching):
            return 0
        if matching:
            heads.add(e.headword)
            foreign = foreign or any(foreign_qualifier(g) for g in matching)
    return len(heads) if foreign else 0


def one_per_spelling(entries: list) -> list:
    """The entries with one headword per spelling, middle dots and spaces aside (the one
    with the dot kept)."""
    best: dict[str, object] = {}
    for e in entries:
        k = e.headword.replace("・", "").replace(" ", "")
        if k not in best or ("・" in e.headword and "・" not in best[k].headword):
            best[k] = e
    return [e for e in entries if best.get(e.headword.replace("・", "").replace(" ", "")) is e]



def _gloss_rank(entry, english: str) -> int:
    """Where the English name is among the entry's unmarked glosses: 0 its only gloss, 1 its
    first, 2 a later one (明治維新 has the one gloss "Meiji Restoration"; 維新 "reformation,
    revolution, renewal, Meiji Restoration" has it last)."""
    glosses = entry.standard_glosses()
    i = next((i for i, g in enumerate(glosses) if strict_gloss(g, english)), len(glosses))
    return 0 if len(glosses) == 1 and i == 0 else 1 if i == 0 else 2


def closest_senses(entries: list, english: str) -> list:
    """The entries whose gloss is closest to the name: among JMdict words, the name is the
    whole gloss list before its first gloss before a later one -- a frequent word where the
    name is a later sense does not outrank the word the name is the whole meaning of.
    JMnedict names (one translation each, as a rule) are not ranked so."""
    ranks = {id(e): _gloss_rank(e, english) for e in entries if e.source == "jmdict"}
    best = min(ranks.values(), default=0)
    return [e for e in entries if ranks.get(id(e), best) == best]


# -- loose: the gloss words the name the way the dictionary does ------------------------------

#: categories looked up loosely: what happened, rules, works and concepts (an institution's or
#: a place's name is strict: "Supreme Court" + "of Japan" is one country's court)
LOOSE_CATEGORIES = frozenset({Category.EVENT, Category.POLICY, Category.PUBLICATION, Category.OTHER,
                              Category.AGREEMENT})
#: confidence of a loose match: the gloss says a little more than the name (calibrated on dev,
#: tasks.py eval --calibration)
LOOSE_CONFIDENCE = 0.5
_LEADING_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_JAPAN = regex.compile(r"\bJapan(?:ese|'s)?\b")
#: the ordinal numbers of a name's end written both ways ("World War 2" = "World War II")
LAST_NUMBER = 20


def _roman(n: int) -> str:
    """1 -> "I", 4 -> "IV", 19 -> "XIX" (1 <= n < 40)."""
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _other_numerals(word: str) -> str | None:
    """"2" -> "II", "II" -> "2" (up to LAST_NUMBER); None for any other word."""
    if word.isdigit():
        return _roman(int(word)) if 0 < int(word) <= LAST_NUMBER else None
    return next((str(n) for n in range(1, LAST_NUMBER + 1) if _roman(n) == word), None)


@cached(maxsize=1)
def _place_adjectives() -> dict[str, str]:
    """"Asia" -> "Asian" and "Asian" -> "Asia" (data/en_place_adjectives.tsv)."""
    from ..text.lexicon import table

    rows = table("en_place_adjectives")
    return {**{r["noun"]: r["adjective"] for r in rows}, **{r["adjective"]: r["noun"] for r in rows}}


def _loose_variants(english: str, about_japan: bool) -> tuple[tuple[str, str], ...]:
    """The name as the dictionary may gloss it, with what was changed: in an article on Japan,
    "Japan's" before it or "of Japan" after it (JMdict glosses Japan's things so: "Mongol
    invasions of Japan"); a continent or country before the head as its adjective or the
    adjective as the name ("Greater East Asian War"); a number at the end in Roman numerals
    or the numerals in digits ("World War 2"); a lower-case two-word name with its last word
    in the other number ("conscripted workers": a common noun, not a title)."""
    from ..text.jmdict.keys import number_variants

    base = _LEADING_ARTICLE.sub("", english.strip())
    words = base.split()
    if len(words) < 2:
        return ()
    out = []
    if about_japan and not _JAPAN.search(base):
        out += [(f"Japan's {base}", "with \"Japan's\" before it"), (f"{base} of Japan", "with 'of Japan' after it")]
    adjectives = _place_adjectives()
    for i, w in enumerate(words[:-1]):
        if w in adjectives:
            out.append((" ".join(words[:i] + [adjectives[w]] + words[i + 1:]), f"with '{adjectives[w]}' for '{w}'"))
    last = words[-1]
    if len(words) >= 2 and (other := _other_numerals(last)):
        out.append((" ".join(words[:-1] + [other]), f"with '{other}' for '{last}'"))
    if len(words) == 2 and base == base.casefold():
        out += [(v, "with its last word in the other number") for v in number_variants(base)]
    return tuple(out)


@cached(maxsize=16384)
def loose_match(english: str, about_japan: bool):
    """(entry, the gloss's wording, what differs) of the JMdict word one of whose glosses
    words the name as `_loose_variants` does, every word of the name kept; None when none
    does or several do and usage (wordfreq) does not pick one."""
    for variant, why in _loose_variants(english, about_japan):
        entries = one_per_spelling([e for e in strict_entries(variant) if e.source == "jmdict"])
        ranked = sorted({e.headword: e for e in closest_senses(entries, variant)}.values(),
                        key=lambda e: -ja_frequency(e.headword))
        if not ranked or (len(ranked) > 1
                          and ja_frequency(ranked[0].headword) < DOMINANCE * ja_frequency(ranked[1].headword)):
            continue
        return ranked[0], variant, why
    return None


def by_loose_gloss(category: Category, english_forms: list[str], about_japan: bool):
    """(entry, English, evidence, confidence) for a name of LOOSE_CATEGORIES whose strict
    lookup found nothing (see `loose_match`)."""
    if category not in LOOSE_CATEGORIES:
        return None
    for english in english_forms:
        found = loose_match(english, about_japan)
        if found is not None:
            entry, variant, why = found
            return entry, english, (f"JMdict: {entry.headword} ({entry.reading}) is glossed '{variant}' "
                                    f"(the name {why})"), LOOSE_CONFIDENCE
    return None
