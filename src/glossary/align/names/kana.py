"""Kana and Hepburn now live in `glossary.text.kana` (extract and align both read kana);
this module re-exports them for align/ modules that still import `names.kana`."""
from __future__ import annotations

from ...text.kana import hepburn, kana_to_romaji, romaji_key, to_hiragana

__all__ = ["hepburn", "kana_to_romaji", "romaji_key", "to_hiragana"]
