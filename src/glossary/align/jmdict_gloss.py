"""Matching an English name against the dictionary's English glosses, for `jmdict_source`.

Strict: an unmarked gloss of the entry is the name, case, a leading article, brackets'
contents, spacing, punctuation, British spelling and (for longer names) the number of
the last word aside (`_strict_entries`).
"""
from __future__ import annotations

import regex

from ..text import jmdict
from ..text.kana import strip_marks
from .caching import cached

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


def _foreign_qualifier(gloss: str) -> bool:
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


def _capitalised(text: str) -> bool:
    """The name's first word after an article is capitalised; a bracketed qualifier does not
    count ("the (Japanese) empire" is a common noun)."""
    text = _BRACKETED.sub("", text)
    first = _LETTER.search(_ARTICLE.sub("", text))
    return bool(first) and first.group().isupper()


@cached(maxsize=65536)
def _strict_keys(english: str) -> frozenset[str]:
    """The strict keys of an English name: the name, and (a name of NUMBER_WORDS words or
    more) the name with its last word in the other number, British spellings made American ("Self-Defence Force" = "Self-Defense
    Forces"); a name that starts with "Japan" also without it (a gloss "Japan Self-Defense
    Force" is the name "Self-Defense Forces of Japan")."""
    from ..text.jmdict.keys import gloss_key, number_variants

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
_ABBREVIATED = regex.compile(r"\(abbr\.?\)", regex.IGNORECASE)


def _strict_gloss(gloss: str, english: str) -> bool:
    """This gloss is the English name (see `_strict`)."""
    return not _strict_keys(english).isdisjoint(_strict_keys(gloss))


def _strict(entry, english: str) -> bool:
    """Some unmarked gloss of the entry is the English name, brackets, spelling and the
    number of its last word aside; a capitalised name needs a capitalised gloss (the name
    of one thing: "Lower House" of an article on Japan is 衆議院, not the common noun 下院
    "lower house")."""
    proper = _capitalised(english)
    return any(_strict_gloss(g, english) and not _foreign_qualifier(g)
               and (not proper or _capitalised(g)) for g in entry.standard_glosses())


def _of_the_past(entry, english: str) -> bool:
    """Every gloss of the entry that is the English name is dated to a closed span of years."""
    want = _strict_keys(english)
    matching = [g for g in entry.standard_glosses() if not want.isdisjoint(_strict_keys(g))]
    return bool(matching) and all(PAST_SPAN.search(g) for g in matching)


def _ja_frequency(word: str) -> float:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ja").get(word, 0.0)


@cached(maxsize=16384)
def _strict_entries(english: str) -> tuple:
    """The dictionary's entries some unmarked gloss of which is `english` (see `_strict`)."""
    return tuple(e for e in jmdict.ja_for_english(english, limit=8)
                 if not _LATIN_ONLY.fullmatch(e.headword) and _strict(e, english)
                 and not (e.source == "jmnedict" and e.kind == "place" and KATAKANA_ONLY.match(e.headword)))


def _dominant(entries, word: bool = False) -> bool:
    """One of the entries' headwords is written DOMINANCE times more often than any other
    (wordfreq's Japanese list): a prefecture's seat over two villages of the same reading --
    and it is read so first: wordfreq counts a word in all its readings, so 飯島 (いいじま,
    a common name) says nothing of the island 飯島 read はしま.  "First": the reading of the
    headword's first JMdict entry or first JMnedict entry of that kind, a place's first
    place (上方 かみがた, 大分 おおいた, 羽田 はねだ -- not the name はた); not asked
    when a JMdict word glosses the name too (`word`: 神戸 "Kobe", usage ranks it below)."""
    freq = sorted(((_ja_frequency(e.headword), e) for e in {e.headword: e for e in entries}.values()),
                  key=lambda p: -p[0])
    if not (freq[0][0] > 0 and freq[0][0] >= DOMINANCE * freq[1][0]) or word:
        return freq[0][0] > 0 and freq[0][0] >= DOMINANCE * freq[1][0]
    top = freq[0][1]
    all_ = jmdict.entries_for_ja(top.headword)
    first = {next((e.reading for e in all_ if e.source == "jmdict"), None),
             next((e.reading for e in all_ if e.source == "jmnedict" and e.kind == top.kind), None)}
    return top.reading in first


def _foreign_sense(english: str) -> bool:
    """Does the dictionary gloss `english` in capitals only as another country's name
    ("Memorial Day (US)")?"""
    proper = [g for e in jmdict.ja_for_english(english, limit=8) for g in e.standard_glosses()
              if _strict_gloss(g, english) and _capitalised(g)]
    return bool(proper) and all(_foreign_qualifier(g) for g in proper)


@cached(maxsize=16384)
def _qualified_senses(english: str) -> int:
    """How many different headwords gloss `english`, when one of those glosses says it is
    another country's ("Democratic Party (esp. DPJ or US Democratic Party)" beside
    "Democratic Party (formed in 2016 ...)": a name several countries' bodies bear, whose
    referent only the article knows); 0 when none says so, or when one gloss is the name
    with no remark at all (its plain sense: 国家安全保障会議 "National Security Council"
    beside "National Security Council (USA)")."""
    heads, foreign = set(), False
    for e in jmdict.ja_for_english(english, limit=8):
        matching = [g for g in e.standard_glosses() if _strict_gloss(g, english)]
        if any("(" not in g for g in matching):
            return 0
        if matching:
            heads.add(e.headword)
            foreign = foreign or any(_foreign_qualifier(g) for g in matching)
    return len(heads) if foreign else 0


def _one_per_spelling(entries: list) -> list:
    """The entries with one headword per spelling, middle dots and spaces aside (the one
    with the dot kept)."""
    best: dict[str, object] = {}
    for e in entries:
        k = e.headword.replace("・", "").replace(" ", "")
        if k not in best or ("・" in e.headword and "・" not in best[k].headword):
            best[k] = e
    return [e for e in entries if best.get(e.headword.replace("・", "").replace(" ", "")) is e]

