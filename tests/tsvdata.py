"""The commented TSV files of the test data (tests/data/dev/SPLIT.tsv, the editions'
gold.tsv): lines starting with "#" and blank lines skipped, the first row the header, each
row a dict (a short row padded with empty cells)."""
from __future__ import annotations

from pathlib import Path


def commented_tsv(path: str | Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows
