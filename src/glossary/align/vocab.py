"""A general bilingual (en / ja / ko) keyword table for politics, diplomacy and security.

The table is data, `data/bilingual_concepts.tsv`, read once.  Each row is one concept: its
English renderings, its Japanese and Korean forms.  The aligner cuts a Japanese or Korean
compound into these keys (longest first: 首脳会談 before 会談) and compares the concepts
with the words of an English term, so that 日韓|安全保障|対話 meets "Japan-South Korea
security dialogue" and 자민당 meets "LDP".

General vocabulary, the kind a bilingual style guide lists: country names and their
abbreviations in compounds, institutions every country has, kinds of meetings and
agreements, policy fields; the file's `source` column says where each row comes from.
Light concepts (function-like nouns: issue, both sides) count for less when a side leaves
them unmatched.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.lexicon import table, words


@dataclass(frozen=True)
class Concept:
    id: str
    en: tuple[str, ...]      # lower case, words separated by single spaces (hyphens -> spaces)
    ja: tuple[str, ...]
    ko: tuple[str, ...]
    light: bool = False      # a weak concept (issue, both sides): unmatched costs less
    country: bool = False    # a country or a pair of countries (日韓, 한미일)
    countries: tuple[str, ...] = ()   # their ISO 3166-1 codes (日韓: JP, KR)


def _concepts() -> tuple[Concept, ...]:
    def split(s: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in s.split("|") if x.strip())

    return tuple(Concept(r["concept"], split(r["en"]), split(r["ja"]), split(r["ko"]), light=r["light"] == "yes",
                         country=bool(r["countries"]), countries=tuple(r["countries"].split()))
                 for r in table("bilingual_concepts"))


#: the concepts of data/bilingual_concepts.tsv, in file order.  Country pairs are listed with
#: every English order and spelling in use; the Korean side puts Korea first (한일, 한미일),
#: the Japanese side Japan first (日韓, 日米韓).
ROWS: tuple[Concept, ...] = _concepts()

#: English words that never carry a term on their own (ignored on the English side)
EN_FUNCTION_WORDS = words("en_align_words", list="keyword_function")

#: English words that count little when unmatched (a nationality qualifier, a generic head)
EN_LIGHT_WORDS = words("en_align_words", list="keyword_light")

#: One-character keys that count only at the end of a term, where they are its head: 法 of
#: 政治資金規正法 (act), 省 of 経済産業省 (ministry), 부 of 산업통상자원부.  Elsewhere a single
#: character is too ambiguous (日 inside 毎日 is not Japan).
SUFFIX_KEYS = words("cjk_align_heads", list="suffix_key")


@lru_cache(maxsize=1)
def cjk_index() -> dict[str, list[Concept]]:
    """CJK key -> concepts with that key (ja and ko keys together; scripts do not collide)."""
    idx: dict[str, list[Concept]] = {}
    for c in ROWS:
        for k in c.ja + c.ko:
            k = k.replace(" ", "").replace("·", "").replace("・", "")
            idx.setdefault(k, []).append(c)
    return idx


@lru_cache(maxsize=1)
def cjk_longer_keys() -> dict[str, list[tuple[str, list[Concept]]]]:
    """A one- or two-character start -> the longer keys beginning with it and their
    concepts, in `cjk_index` order (a cut-off title's tail, 安全保障協 -> 協力)."""
    out: dict[str, list[tuple[str, list[Concept]]]] = {}
    for key, concepts in cjk_index().items():
        for k in (1, 2):
            if len(key) > k:
                out.setdefault(key[:k], []).append((key, concepts))
    return out


@lru_cache(maxsize=1)
def en_index() -> dict[tuple[str, ...], list[Concept]]:
    """English word tuple -> concepts rendered by it."""
    idx: dict[tuple[str, ...], list[Concept]] = {}
    for c in ROWS:
        for e in c.en:
            idx.setdefault(tuple(e.split()), []).append(c)
    return idx


@lru_cache(maxsize=1)
def max_cjk_key() -> int:
    return max(len(k) for k in cjk_index())


@lru_cache(maxsize=1)
def max_en_key() -> int:
    return max(len(k) for k in en_index())
