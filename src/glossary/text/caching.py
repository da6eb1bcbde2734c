"""Memoised pure functions of alignment, registered so that one call forgets them all.

    @cached(maxsize=16384)
    def reading_keys(text: str) -> frozenset[str]: ...

    clear_caches()      # every registered memo emptied (benchmarks that start cold, tests)

`cached` is `functools.lru_cache` plus registration.  Use it for memos of pure functions
(results of name matching, readings, keyword spans): what `clear_caches()` forgets is
recomputed, identically, on the next call.  Loaders of dictionaries and tables
(`functools.lru_cache(maxsize=1)`, `functools.cache`) are not registered: the data stays
loaded.
"""
from __future__ import annotations

import functools
from typing import Callable, TypeVar

__all__ = ["cached", "clear_caches", "registered"]

F = TypeVar("F", bound=Callable)

#: every memo made by `cached`, in the order the modules defining them were imported
_REGISTRY: list = []


def cached(maxsize: int | None = 16384) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, registered for `clear_caches`."""
    def wrap(fn: F) -> F:
        memo = functools.lru_cache(maxsize=maxsize)(fn)
        _REGISTRY.append(memo)
        return memo  # type: ignore[return-value]
    return wrap


def clear_caches() -> None:
    """Forget every memoised result (name matches, transcriptions, readings, keyword spans,
    citing-sentence phrases); loaded dictionaries and tables stay loaded."""
    for memo in _REGISTRY:
        memo.cache_clear()


def registered() -> tuple:
    """The registered memos (for tests)."""
    return tuple(_REGISTRY)
