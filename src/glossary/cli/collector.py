"""The cyclic garbage collector paused for one bulk command, and restored after it.

Extraction, imports, exports and the matchers make hundreds of thousands of short-lived,
acyclic objects (tokens, occurrences, model records, index entries); every 700
allocations would start a collection, and the full ones rescan every live object of the
process: a sixth of an extraction, a quarter of a 100,000-entry restore.  Reference
counting still frees all of them.

The library never touches the collector (the TUI runs the same work in a worker thread
while the UI thread runs; a library that switched the collector off and on from two
threads could leave it off): only a front end that knows it runs one bulk job and exits
(the CLI's `extract`, `import`, `export`, `check`, `find`) or a benchmark pauses it,
with this context manager, which restores the state it found.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager

TYPE_CHECKING = False  # typing is not imported at run time: `glossary lookup` starts fast
if TYPE_CHECKING:
    from typing import Iterator

__all__ = ["paused_collector", "BULK_COMMANDS"]

#: the commands that run with the collector paused
BULK_COMMANDS = frozenset({"extract", "import", "export", "check", "find", "align-edition", "copy"})


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause the cyclic garbage collector (not reference counting) for the block; it is
    switched on again afterwards only when it was on before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
