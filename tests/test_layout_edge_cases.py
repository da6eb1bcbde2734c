"""Note layouts the seed's own layout does not show: `(N)` markers with `(N)` notes, superscript
digits glued onto a year, a Markdown label of superscript digits.  Superscript digits are
digits to `str.isdigit()` but not to `int()`: reading them as numbers crashed extraction."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "documents"


def test_paren_markers_link_to_paren_notes_but_not_a_subsection():
    doc = read_document(DATA / "paren_markers.txt")
    got = sorted((m.n, doc.lines[m.line - 1][m.col - 1:m.col - 1 + len(m.text)]) for m in doc.markers)
    assert got == [(1, "(1)"), (2, "(2)"), (3, "(3)")]
    line = doc.lines[doc.markers[0].line - 1]
    assert "9(1)" in line and all(not (m.text == "(1)" and line[m.col - 2] == "9") for m in doc.markers)
    assert [n.n for n in doc.notes] == [1, 2, 3] and "ホットライン" in doc.note(3).text


def test_superscripts_glued_onto_a_year_are_markers_and_extraction_runs():
    doc = read_document(DATA / "superscript_after_year.txt")
    assert sorted(m.n for m in doc.markers) == [1, 2, 3]
    names = {f.text for c in analyse(doc) for f in c.forms}
    assert "Defence Office" in names


def test_a_markdown_label_of_superscript_digits_is_a_label():
    doc = read_document(DATA / "markdown_superscript_label.md")
    assert len(doc.markers) == 1 and len(doc.notes) == 1 and doc.markers[0].n == doc.notes[0].n
    analyse(doc)


def test_superscript_digits_in_a_text_without_notes_do_not_stop_extraction():
    doc = read_document(DATA / "superscript_digits_in_text.txt")
    names = {f.text for c in analyse(doc) for f in c.forms}
    assert "Harbour Council" in names


SEED = Path(__file__).parents[1] / "seeds" / "000_409e99854556560e.txt"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: marker, note label, heading of the notes: the layouts the reader must take (the guide's list)
LAYOUTS = {
    "markdown.md": (lambda n: f"[^{n}]", lambda n: f"[^{n}]: ", ""),
    "sup.txt": (lambda n: f"<sup>{n}</sup>", lambda n: f"{n}. ", "Notes"),
    "unicode.txt": (lambda n: str(n).translate(_SUPERSCRIPT), lambda n: str(n).translate(_SUPERSCRIPT) + " ", "Endnotes"),
    "bracket.txt": (lambda n: f"[{n}]", lambda n: f"[{n}] ", "References"),
    "paren.txt": (lambda n: f"({n})", lambda n: f"({n}) ", "Notes"),
    "close.txt": (lambda n: f"{n}", lambda n: f"{n}) ", "Notes"),
}


def _relaid(doc, marker, label, heading) -> str:
    """The seed's body with its markers written `marker(n)` and its notes `label(n)` text."""
    lines = list(doc.lines[:min(n.line for n in doc.notes) - 1])
    for m in sorted(doc.markers, key=lambda m: (m.line, -m.col)):
        ln, c = lines[m.line - 1], m.col - 1
        assert ln[c:c + len(m.text)] == m.text
        lines[m.line - 1] = ln[:c] + marker(m.n) + ln[c + len(m.text):]
    notes = "\n".join(label(n.n) + n.text for n in sorted(doc.notes, key=lambda n: n.n))
    return "\n".join(lines) + "\n\n" + (heading + "\n\n" if heading else "") + notes + "\n"


def _pairs(doc) -> set[tuple[str, str, str]]:
    """(preferred English, language, form) of every Japanese and Korean form of the entries."""
    out = set()
    for c in analyse(doc):
        en = next((f.text for f in c.forms if f.lang == "en"), "")
        out |= {(en, f.lang, f.text) for f in c.forms if f.lang in ("ja", "ko")}
    return out


def test_the_seed_in_every_note_layout_gives_the_same_markers_and_entries(tmp_path):
    """Markdown `[^n]`, `<sup>`, Unicode superscripts in the body and as note labels, `[n]`,
    `(n)` and `n)` notes under "Notes", "Endnotes", "References" or no heading: the seed
    re-laid out each way links every marker and yields the same Japanese and Korean forms."""
    seed = read_document(SEED)
    want = _pairs(seed)
    assert len(seed.markers) == 27 and len(want) > 40
    for name, layout in LAYOUTS.items():
        path = tmp_path / f"seed_{name}"
        path.write_text(_relaid(seed, *layout), encoding="utf-8")
        doc = read_document(path)
        assert sorted(m.n for m in doc.markers) == list(range(1, 28)), name
        assert _pairs(doc) == want, name


def _latex_escaped(s: str) -> str:
    return "".join("\\" + ch if ch in "%&$#_{}" else "\\textasciitilde{}" if ch == "~" else ch for ch in s)


def test_the_seed_as_latex_with_inline_footnotes_gives_the_same_entries(tmp_path):
    """The seed written as a LaTeX paper -- each note a `\\footnote{…}` where its marker
    stood, the notes section gone -- links every marker to its note and yields the same
    Japanese and Korean forms as the plain text."""
    seed = read_document(SEED)
    want = _pairs(seed)
    notes = {n.n: n.text for n in seed.notes}
    body = seed.lines[:min(n.line for n in seed.notes) - 1]
    lines = []
    for i, ln in enumerate(body, 1):
        out, pos = [], 0
        for m in sorted((m for m in seed.markers if m.line == i), key=lambda m: m.col):
            out += [_latex_escaped(ln[pos:m.col - 1]), "\\footnote{", _latex_escaped(notes[m.n]), "}"]
            pos = m.col - 1 + len(m.text)
        lines.append("".join(out) + _latex_escaped(ln[pos:]))
    path = tmp_path / "seed.tex"
    path.write_text("\\documentclass{article}\n\\begin{document}\n" + "\n".join(lines)
                    + "\n\\end{document}\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "latex"
    assert sorted(m.n for m in doc.markers) == list(range(1, 28)) == sorted(n.n for n in doc.notes)
    assert _pairs(doc) == want
