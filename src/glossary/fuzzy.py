"""Fuzzy lookup: spelling variants of a term (hyphens and spaces, long vowels written
ō/oo/ou/oh/o, small typos).  Loaded only when `lookup(..., fuzzy=True)` asks for it."""
from __future__ import annotations

import difflib
import unicodedata
from typing import Iterator

from .text.normalize import key as norm_key

# Long vowels in Hepburn romanisation written several ways: Kōno/Kono/Kohno/Kouno.
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("oh", "o"), ("uu", "u"), ("aa", "a"), ("ee", "e"), ("ii", "i"))


def loose_key(text: str) -> str:
    """The key with diacritics, punctuation, spaces and long-vowel spellings folded."""
    k = norm_key(text)
    k = "".join(ch for ch in unicodedata.normalize("NFKD", k) if not unicodedata.combining(ch))
    k = "".join(ch for ch in k if ch.isalnum())
    for long, short in _LONG_VOWELS:
        k = k.replace(long, short)
    return unicodedata.normalize("NFC", k)


def fuzzy_candidates(store, text: str, *, lang: str | None = None, limit: int = 10,
                     cutoff: float = 0.8) -> Iterator[tuple[str, int, float]]:
    """(entry_id, term position, score < 1) of terms close to `text`, best first."""
    want = loose_key(text)
    if not want:
        return iter(())
    scored: dict[str, tuple[float, int]] = {}
    for k, term_lang, entry_id, pos in store.all_keys():
        if lang and term_lang != lang:
            continue
        lk = loose_key(k)
        if lk == want:
            score = 0.97
        else:
            if abs(len(lk) - len(want)) > max(2, len(want) // 4):
                continue
            m = difflib.SequenceMatcher(None, want, lk, autojunk=False)
            if m.real_quick_ratio() < cutoff or m.quick_ratio() < cutoff:
                continue
            score = m.ratio() * 0.95
            if score < cutoff * 0.95:
                continue
        if score > scored.get(entry_id, (0.0, 0))[0]:
            scored[entry_id] = (score, pos)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return iter([(entry_id, pos, score) for entry_id, (score, pos) in ranked])
