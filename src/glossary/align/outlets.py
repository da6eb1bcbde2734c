"""Major newspapers and news agencies of Japan, Korea and China with their English names
(data/news_outlets.tsv).

    outlet(text) -> Outlet | None

General vocabulary, like a gazetteer: a newspaper's English name follows no rule (韓国日報
is "Hankook Ilbo", read in Korean, not "Kankoku Nippo"; 共同通信 is "Kyodo News", not
"Kyodo Tsushin"), so the usual names of the major outlets are listed.  The aligner uses
the table to link a CJK source name to the English one used in the body and to name a
source cited only in Japanese/Korean.  The first English name is the preferred one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.lexicon import table


@dataclass(frozen=True)
class Outlet:
    en: tuple[str, ...]      # English names, preferred first (abbreviations last)
    forms: tuple[str, ...]   # Japanese / Korean / Chinese forms


def _table() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(English names, CJK forms) of every outlet of data/news_outlets.tsv, in file order."""
    def split(s: str) -> tuple[str, ...]:
        return tuple(x for x in s.split("|") if x)

    return tuple(((r["name"],) + split(r["other_names"]), split(r["forms"])) for r in table("news_outlets"))


@lru_cache(maxsize=1)
def _index() -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    for en, forms in _table():
        o = Outlet(en, forms)
        for f in forms:
            out[f.replace(" ", "")] = o
    return out


def outlet(text: str) -> Outlet | None:
    """The outlet a CJK source name names (spaces ignored), else None."""
    return _index().get(text.replace(" ", "").replace("\u3000", ""))
