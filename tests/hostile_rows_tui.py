"""Hostile-input rows for `glossary tui` (issue 10, section 6): no terminal, and a keymap
that is a FIFO, a binary file or missing.  Each must refuse with one line and exit 2,
never hang waiting for a terminal or a writer."""
from __future__ import annotations

import os
from pathlib import Path

from hostile_support import Case, Row

HANGS = "hangs: FIFOs ... anywhere a file is read (tui --keymap); tui with no terminal: refuse"
TRACEBACKS = "tracebacks: tui --keymap on a binary or missing file"


def _no_terminal(tmp: Path, db: Path) -> Case:
    return Case(["tui"])                       # stdin and stdout are pipes


def _keymap_fifo(tmp: Path, db: Path) -> Case:
    os.mkfifo(tmp / "keys.fifo")
    return Case(["tui", "--keymap", "keys.fifo"])


def _keymap_binary(tmp: Path, db: Path) -> Case:
    (tmp / "keys.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    return Case(["tui", "--keymap", "keys.bin"])


def _keymap_not_utf8(tmp: Path, db: Path) -> Case:
    (tmp / "keys.txt").write_bytes("term.accept = y\n# 承認\n".encode("euc-jp"))
    return Case(["tui", "--keymap", "keys.txt"])


def _keymap_missing(tmp: Path, db: Path) -> Case:
    return Case(["tui", "--keymap", "no-such-keymap.txt"])


def _keymap_directory(tmp: Path, db: Path) -> Case:
    (tmp / "keys.d").mkdir()
    return Case(["tui", "--keymap", "keys.d"])


def _no_terminal_named(tmp: Path, db: Path) -> str:
    return "terminal"


ROWS = [
    Row("tui:no-terminal", HANGS, _no_terminal, names=_no_terminal_named),
    Row("tui:keymap-fifo", HANGS, _keymap_fifo, names=lambda tmp, db: "keys.fifo"),
    Row("tui:keymap-directory", HANGS, _keymap_directory, names=lambda tmp, db: "keys.d"),
    Row("tui:keymap-binary", TRACEBACKS, _keymap_binary, names=lambda tmp, db: "keys.bin"),
    Row("tui:keymap-not-utf8", TRACEBACKS, _keymap_not_utf8, names=lambda tmp, db: "keys.txt"),
    Row("tui:keymap-missing", TRACEBACKS, _keymap_missing, names=lambda tmp, db: "no-such-keymap.txt"),
]
