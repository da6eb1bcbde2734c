"""The shape of src/glossary/align/ (issue 12): no module over 600 lines, a short public
face (`align/__init__.py` at most 150 lines)."""
from __future__ import annotations

from pathlib import Path

ALIGN = Path(__file__).resolve().parent.parent / "src" / "glossary" / "align"


def test_no_align_module_over_600_lines():
    long = [f"{p.relative_to(ALIGN)} ({n} lines)" for p in sorted(ALIGN.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert not long, "modules over 600 lines: " + ", ".join(long)


def test_the_public_face_is_short():
    assert len((ALIGN / "__init__.py").read_text(encoding="utf-8").splitlines()) <= 150
