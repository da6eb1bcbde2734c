"""Memoised pure functions of alignment: the registry lives in `glossary.text.caching`
(readings in text/ are memoised too, and `clear_caches()` forgets them all).  This module
re-exports it so that `from .caching import cached` keeps working in align/."""
from __future__ import annotations

from ..text.caching import cached, clear_caches, registered

__all__ = ["cached", "clear_caches", "registered"]
