"""Fuzzy lookup: spelling variants of a term, ranked with scores below 1.

What counts as a variant, and its score:

- 0.97  the same *loose key*: hyphens, spaces, dots and quotes ignored (``Hong Gil-dong`` =
  ``Hong Gil Dong``, ``Japan–ROK`` = ``Japan ROK``), diacritics on Latin letters dropped
  and Hepburn long vowels folded (``Kōno`` = ``Kono`` = ``Kohno`` = ``Kouno``);
- 0.93  the same words in another order (``Taro Yamada`` = ``Yamada Taro``: Japanese
  and Korean names are written both ways in English);
- <0.95 small typos: difflib's ratio on the loose keys (on Hangul jamo for Korean, so
  ``홍길둥`` is one letter away from ``홍길동``, not one syllable), times 0.95, from 0.8 up.
  Only for keys of at most MAX_TYPO_CHARS characters (query and term): the comparison is
  quadratic in their length (a 10,000-character query took 32 s), and a typo in a
  "term" that long is no spelling variant.  Longer queries still find the same loose key
  and the same words in another order.

Speed: the loose keys of all live terms are indexed in memory once per store (rebuilt
when the termbase changes): a dict for the exact loose key, one for the sorted words, and
an inverted index of character trigrams that picks the few hundred candidates worth a
difflib comparison.  Loaded only when `lookup(..., fuzzy=True)` asks for it.
"""
from __future__ import annotations

import difflib
import unicodedata
import weakref
from collections import Counter
from typing import Any, Iterator

from .text.normalize import key as norm_key

# Long vowels in Hepburn romanisation written several ways: Kōno/Kono/Kohno/Kouno.
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("oh", "o"), ("uu", "u"), ("aa", "a"), ("ee", "e"), ("ii", "i"))
# Characters that separate the words of a term (after key(): one space, ASCII hyphen, U+00B7).
_SEPARATORS = str.maketrans({"-": " ", "\u00b7": " ", "/": " ", "_": " ", ".": " ", ",": " "})

EXACT_LOOSE, WORD_ORDER, TYPO_FACTOR = 0.97, 0.93, 0.95
#: candidates (by shared trigrams) compared with difflib per query
MAX_CANDIDATES = 300
#: loose keys longer than this (query or term) are not compared for typos
MAX_TYPO_CHARS = 200


def _fold(k: str) -> str:
    """Drop diacritics of Latin letters (ō -> o; kana voicing marks and Hangul stay),
    keep letters and digits only, fold long vowels."""
    out = []
    for ch in unicodedata.normalize("NFD", k):
        if unicodedata.combining(ch) and out and out[-1] < "\u0250":
            continue
        if ch.isalnum() or unicodedata.combining(ch):
            out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    for long, short in _LONG_VOWELS:
        s = s.replace(long, short)
    return s


def loose_key(text: str) -> str:
    """The key with diacritics, punctuation, spaces and long-vowel spellings folded."""
    return _fold(norm_key(text))


def word_order_key(text: str) -> str:
    """The loose words of a term, sorted: the same for any word order."""
    words = [_fold(w) for w in norm_key(text).translate(_SEPARATORS).split()]
    return " ".join(sorted(w for w in words if w))


def trigrams(lk: str) -> set[str]:
    padded = f"\x02\x02{lk}\x03"
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _for_ratio(lk: str) -> str:
    """Hangul compared letter by letter (jamo), everything else as is."""
    return unicodedata.normalize("NFD", lk) if any("\uac00" <= ch <= "\ud7a3" for ch in lk) else lk


class FuzzyIndex:
    """Loose keys of every live term, with a trigram index."""

    def __init__(self, rows):
        # hundreds of thousands of small objects, no cycles (a bulk front end pauses the
        # cyclic collector: cli/collector.py)
        self.terms: list[tuple[str, int, str]] = []           # (entry_id, pos, lang)
        self.loose: dict[str, list[int]] = {}                 # loose key -> term indexes
        self.order: dict[str, list[int]] = {}                 # word-order key -> term indexes
        self.grams: dict[str, list[str]] = {}                 # trigram -> loose keys
        for k, lang, entry_id, pos in rows:
            lk = _fold(k)
            if not lk:
                continue
            i = len(self.terms)
            self.terms.append((entry_id, pos, lang))
            bucket = self.loose.get(lk)
            if bucket is None:
                self.loose[lk] = [i]
                for g in trigrams(lk):
                    self.grams.setdefault(g, []).append(lk)
            else:
                bucket.append(i)
            if " " in k or "-" in k:
                self.order.setdefault(word_order_key(k), []).append(i)

    def candidates(self, text: str, *, lang: str | None = None, limit: int = 10,
                   cutoff: float = 0.8) -> list[tuple[str, int, float]]:
        """(entry_id, term position, score) of terms close to `text`, best first."""
        want = loose_key(text)
        if not want:
            return []
        best: dict[str, tuple[float, int]] = {}

        def offer(indexes: list[int], score: float) -> None:
            for i in indexes:
                entry_id, pos, term_lang = self.terms[i]
                if lang and term_lang != lang:
                    continue
                if score > best.get(entry_id, (0.0, 0))[0]:
                    best[entry_id] = (score, pos)

        offer(self.loose.get(want, []), EXACT_LOOSE)
        order_key = word_order_key(text)
        if " " in order_key:
            offer(self.order.get(order_key, []), WORD_ORDER)

        if len(want) > MAX_TYPO_CHARS:
            return self._ranked(best, limit)
        grams = trigrams(want)
        shared: Counter[str] = Counter()
        for g in grams:
            shared.update(self.grams.get(g, ()))
        edits = max(1, round(len(want) * (1 - cutoff)))
        need = max(1, len(grams) - 3 * edits)
        want_r = _for_ratio(want)
        for lk, n in shared.most_common(MAX_CANDIDATES):
            if n < need:
                break
            if lk == want or len(lk) > MAX_TYPO_CHARS:
                continue
            m = difflib.SequenceMatcher(None, want_r, _for_ratio(lk), autojunk=False)
            if m.real_quick_ratio() < cutoff or m.quick_ratio() < cutoff:
                continue
            ratio = m.ratio()
            if ratio >= cutoff:
                offer(self.loose[lk], ratio * TYPO_FACTOR)
        return self._ranked(best, limit)

    @staticmethod
    def _ranked(best: dict[str, tuple[float, int]], limit: int) -> list[tuple[str, int, float]]:
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
        return [(entry_id, pos, score) for entry_id, (score, pos) in ranked]


_INDEXES: "weakref.WeakKeyDictionary[Any, tuple[int, FuzzyIndex]]" = weakref.WeakKeyDictionary()


def index_for(store) -> FuzzyIndex:
    """The fuzzy index of a store's live terms, built once, rebuilt when the data change."""
    from .match import data_version

    version = data_version(store)
    cached = _INDEXES.get(store)
    if cached is not None and cached[0] == version:
        return cached[1]
    index = FuzzyIndex(store.all_keys())
    _INDEXES[store] = (version, index)
    return index


def fuzzy_candidates(store, text: str, *, lang: str | None = None, limit: int = 10,
                     cutoff: float = 0.8) -> Iterator[tuple[str, int, float]]:
    """(entry_id, term position, score < 1) of terms close to `text`, best first."""
    return iter(index_for(store).candidates(text, lang=lang, limit=limit, cutoff=cutoff))
