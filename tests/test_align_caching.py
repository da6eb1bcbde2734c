"""Alignment's memos (and the readings' of text/ it uses): every one registered
(`text.caching.cached`), all emptied by one call."""
from __future__ import annotations

import functools
import importlib
import pkgutil
from pathlib import Path

import glossary.align
from glossary.align import align, caching, clear_caches
from glossary.documents import read_document
from glossary.extract.cjk import extract_cjk
from glossary.extract.english import extract_english

SEED = Path(__file__).parents[1] / "seeds" / "000_409e99854556560e.txt"

#: lru_caches that are not memos of results but loaded data (kept by clear_caches)
LOADED = {
    "glossary.text.readings.char_table",           # pykakasi's entries for one character
    "glossary.align.user_lexicon._load",           # the desk's lexicon file, by path, mtime and size
    "glossary.align.japanese_places._suffixes",    # the two suffix tables (places, institution heads)
}


#: modules of text/ whose memos alignment fills (readings and kana keys)
TEXT_MODULES = ("glossary.text.readings", "glossary.text.kana")


def _align_modules():
    for info in pkgutil.walk_packages(glossary.align.__path__, "glossary.align."):
        yield importlib.import_module(info.name)
    for name in TEXT_MODULES:
        yield importlib.import_module(name)


def test_every_memo_is_registered():
    modules = list(_align_modules())                 # imported first: importing registers
    registered = {id(f) for f in caching.registered()}
    missing = []
    for mod in modules:
        for name, obj in vars(mod).items():
            if not isinstance(obj, functools._lru_cache_wrapper) or getattr(obj, "__module__", "") != mod.__name__:
                continue
            loader = obj.cache_parameters()["maxsize"] == 1 or f"{mod.__name__}.{name}" in LOADED
            if not loader and id(obj) not in registered:
                missing.append(f"{mod.__name__}.{name}")
    assert missing == [], "memoise with text.caching.cached so that clear_caches() forgets it"


def test_clear_caches_empties_every_memo():
    doc = read_document(str(SEED))
    align(doc, extract_english(doc), extract_cjk(doc))
    assert sum(f.cache_info().currsize for f in caching.registered()) > 0
    clear_caches()
    assert [f for f in caching.registered() if f.cache_info().currsize] == []
