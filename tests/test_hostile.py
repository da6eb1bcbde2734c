"""Every hostile input of the robustness issue, table-driven: one row per item.

Rows live in `tests/hostile_rows_*.py` (each module a `ROWS` list of
`hostile_support.Row`), one module per area: the store, the files users feed, the
command line, the exchange formats.  Each row runs the real CLI in a subprocess and
asserts what a user must get (see `hostile_support`): a documented exit code, one error
line naming the file, no traceback, at most 10 s and 1 GiB, the termbase unchanged
where the command refused.
"""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from hostile_support import Row, run_row

TESTS = Path(__file__).resolve().parent


def _rows() -> list[Row]:
    rows: list[Row] = []
    for path in sorted(TESTS.glob("hostile_rows_*.py")):
        module = importlib.import_module(path.stem)
        rows.extend(module.ROWS)
    ids = [r.id for r in rows]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"row ids used twice: {sorted(duplicates)}"
    return rows


ROWS = _rows()


def test_there_are_rows_for_every_area() -> None:
    areas = {r.id.split(":", 1)[0] for r in ROWS}
    assert {"store", "cli", "formats", "tui"} <= areas, areas


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_hostile(row: Row, tmp_path: Path) -> None:
    run_row(row, tmp_path)
