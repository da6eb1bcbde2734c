"""Which exceptions are faults of the termbase or the machine (shown to the editor, the
app stays up) and which are bugs (the app ends, with a non-zero exit status)."""
from __future__ import annotations

from ..errors import GlossaryError


def is_storage_fault(exc: BaseException) -> bool:
    """An SQLite or OS error that escaped the store (the TUI imports no SQL module: an
    sqlite3 error is told by its module)."""
    return type(exc).__module__ == "sqlite3" or isinstance(exc, (OSError, MemoryError))


def is_recoverable(exc: BaseException) -> bool:
    return isinstance(exc, GlossaryError) or is_storage_fault(exc)


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if isinstance(exc, GlossaryError) else f"{type(exc).__name__}: {text}"
