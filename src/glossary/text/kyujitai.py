"""Old kanji forms folded to today's for matching: 經濟產業省 = 経済産業省, 每日新聞 = 毎日新聞.

Notes quote Japanese titles in old character forms (kyūjitai), and Korean texts write
their hanja in the traditional forms (韓國, 徵用工); dictionaries and the termbase hold
today's forms.  `fold()` maps the one to the other with pykakasi's variant table
(itaijidict) and the Jōyō table's old forms that it lacks (data/ja_kyujitai.tsv).  The
result is a matching aid only: what a note writes is stored as written.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon
from .readings import kanwa

#: text with a kanji in it (nothing to fold otherwise)
_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def _supplement() -> dict[int, str]:
    return str.maketrans(lexicon.mapping("ja_kyujitai", "old", "new"))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """`text` with old and variant kanji replaced by today's standard forms."""
    if not _HAN.search(text):
        return text
    loaded = kanwa()
    out = text
    if loaded is not None:
        converted = loaded[1].convert(text)
        if len(converted) == len(text):      # one character for one: never a reading
            out = converted
    return out.translate(_supplement())
