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


def test_a_cited_title_translated_in_brackets_is_a_publication_with_that_english():
    """`沖縄の暮らしへの影響(Impact on …)`, `「한일 관계의 역사」 (A history of …)`: the note gives
    the title's English; a romanisation ("(Okinawa no rekishi)") or publication details
    ("(Tokyo: Iwanami Shoten, 2001)") are no translation."""
    from pathlib import Path

    from glossary.documents import read_document
    from glossary.pipeline import analyse

    doc = read_document(Path(__file__).parent / "data" / "documents" / "note_title_with_translation_in_brackets.md")
    by_en = {f.text: c for c in analyse(doc) for f in c.forms if f.lang == "en"}
    pub = by_en["Impact on the Lives of the Ostrin People"]
    assert pub.category.value == "publication"
    assert [f.text for f in pub.forms if f.lang == "ja"] == ["沖縄の暮らしへの影響"]
    kor = by_en["A history of Kessin–Tarvik relations"]
    assert [f.text for f in kor.forms if f.lang == "ko"] == ["한일 관계의 역사"]
    assert "Tokyo: Iwanami Shoten, 2001" not in by_en
    assert not any(f.origin == "text" and "brackets" in f.evidence for c in by_en.values() for f in c.forms
                   if f.text == "Okinawa no rekishi")
