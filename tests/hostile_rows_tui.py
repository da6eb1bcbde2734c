"""Hostile rows: `glossary tui` where there is no terminal, and keymap files that are not
keymaps.  (The rows run without a terminal: the keymap is read, and refused, first.)"""
from __future__ import annotations

import os
from pathlib import Path

from hostile_support import Case, Row

ITEM_HANG = "6 hangs: tui --keymap naming a FIFO; tui with no terminal"
ITEM_TRACEBACK = "6 tracebacks: tui --keymap on a binary or missing file"


def _keymap(kind: str):
    def setup(tmp: Path, db: Path) -> Case:
        path = tmp / "keys.txt"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "binary":
            path.write_bytes(bytes(range(256)) * 4)
        elif kind == "directory":
            path.mkdir()
        return Case(["tui", "--keymap", "keys.txt"])
    return setup


ROWS: list[Row] = [
    Row("tui:no-terminal", ITEM_HANG, lambda tmp, db: Case(["tui"]), check=lambda r, tmp, db: None),
    Row("tui:keymap-fifo", ITEM_HANG, _keymap("fifo"), names=lambda tmp, db: "keys.txt"),
    Row("tui:keymap-binary", ITEM_TRACEBACK, _keymap("binary"), names=lambda tmp, db: "keys.txt"),
    Row("tui:keymap-missing", ITEM_TRACEBACK, _keymap("missing"), names=lambda tmp, db: "keys.txt"),
    Row("tui:keymap-directory", ITEM_TRACEBACK, _keymap("directory"), names=lambda tmp, db: "keys.txt"),
]
