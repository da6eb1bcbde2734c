"""LaTeX articles (documents/latex_text.py): markup goes, footnotes are read where they
stand -- `\\footnote{…}`, `\\footnotemark` with `\\footnotetext{…}`, `\\footnote[n]{…}` --
and Pandoc Markdown that carries raw LaTeX stays Markdown.  Fixtures use made-up names."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.pipeline import analyse, expand_paths
from conftest import run_glossary  # type: ignore[import-not-found]

DATA = Path(__file__).parent / "data" / "documents"


def _segments(doc, kind):
    return [s for s in doc.segments if s.kind == kind]


def test_footnotemark_footnotetext_and_numbered_footnotes_are_linked_notes():
    doc = read_document(DATA / "latex_footnotemark_footnotetext.tex")
    assert doc.format == "latex" and not doc.warnings
    assert [(n.n, n.line) for n in doc.notes] == [(1, 11), (7, 12)]
    assert sorted((m.n, m.line) for m in doc.markers) == [(1, 10), (7, 12)]
    assert "東アジアの変容" in doc.note(7).text and "Asahi Shimbun" in doc.note(7).text
    assert doc.note(1).text.startswith("Valmora Institute, *Annual Review*")
    body = " ".join(s.text for s in _segments(doc, "body"))
    assert "40% of trade moved" in body and "Asahi" not in body      # the note is not body
    assert "Nobody Important" not in doc.text                         # a comment
    assert "\\" not in body and "{" not in body
    assert [s.text for s in _segments(doc, "heading")] == ["The Tarvik Dispute and the Ostrin Accord",
                                                           "Introduction"]
    assert [s.text for s in _segments(doc, "credit")] == ["Mira Kessin and Jon Valmora"]


def test_markup_accents_quotes_and_links_become_text():
    doc = read_document(DATA / "latex_markup_accents.tex")
    assert doc.format == "latex"
    text = doc.text
    assert "Kyōtō" in text and "René Dubois" in text and "Tarō Yamane" in text
    assert "*The Valmora Chronicle*" in text                  # {\em …} as Markdown italics
    assert "example.org" not in text and "yamane1999" not in text and "p. 3" not in text
    assert "Kessin Shrine | built 1603" in text                # a table row
    assert [n.n for n in doc.notes] == [1, 2] and doc.note(2).text.endswith("(Ostrin, 2001), vol. 2.")
    assert len(doc.markers) == 2


def test_the_entries_of_a_latex_article():
    doc = read_document(DATA / "latex_footnotemark_footnotetext.tex")
    cands = analyse(doc)
    by_en = {f.text: c for c in cands for f in c.forms if f.lang == "en"}
    for name in ("Ostrin Accord", "Valmora Institute", "Kenji Haruta", "Mira Kessin", "Jon Valmora"):
        assert name in by_en, (name, sorted(by_en))
    assert not any(k.startswith(("textit", "footnote", "emph")) or "\\" in k for k in by_en)
    titles = {f.text for c in cands for f in c.forms if f.lang == "ja"}
    assert "東アジアの変容" in titles


def test_pandoc_markdown_with_raw_latex_stays_markdown():
    doc = read_document(DATA / "markdown_with_raw_latex_table.md")
    assert doc.format == "markdown"
    assert [n.n for n in doc.notes] == [1, 2] and sorted(m.n for m in doc.markers) == [1, 2]


def test_a_directory_of_tex_and_html_articles_is_read(tmp_path):
    for name in ("a.tex", "b.html", "c.md", "d.bib"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    assert [Path(p).name for p in expand_paths([str(tmp_path)])] == ["a.tex", "b.html", "c.md"]


def test_extract_cli_on_a_latex_file(tmp_path):
    res = run_glossary("--db", tmp_path / "t.db", "extract", DATA / "latex_footnotemark_footnotetext.tex")
    assert res.rc == 0, res.stderr
    assert "2 notes, 2 markers linked" in res.stdout + res.stderr


MALFORMED = [
    ("\\documentclass{article}\n\\section{}", ""),
    ("\\documentclass{article}\nText\\footnote{\n}", "Text"),
    ("\\documentclass{article}\n\\title{Tarvik\n\\begin{document}\nHello world.\n\\end{document}\n", "Hello world."),
    ("\\documentclass{article}\nSee \\href{https://ko.example.org/wiki/%EA%B9%80}{the page on Kim} now.\n"
     "And \\url{https://example.org/a%20b} too.\n", "See the page on Kim now."),
    ("\\documentclass{article}\nIt cost $5 in Valmora.\n\nOstrin is a city.\n", "Ostrin is a city."),
    ("\\documentclass{article}\nCaf\\'{e\n} one\ntwo\nthree\n", "three"),
    ("\\documentclass{article}\nA\\\\[2pt]\nB\n", "B"),
]


def test_malformed_latex_keeps_the_files_lines_and_text():
    """Unclosed groups, an empty heading, a note left open at the end, "%" in a URL, a
    lone "$", an accent over a line break, "\\\\[2pt]": no crash, every line of the file is
    one line of the view, and the text after the damage is still read."""
    from glossary.documents.structure import parse_document

    for text, want in MALFORMED:
        doc = parse_document(text)
        assert len(doc.lines) == len(text.split("\n")) - text.endswith("\n"), text
        assert not want or any(want in s.text for s in doc.segments), (text, doc.segments)
        assert "[2pt]" not in doc.text and "%EA" not in " ".join(s.text for s in doc.segments)


def test_latex_paragraph_lines_are_no_headings():
    """LaTeX marks its headings: a short paragraph line is body."""
    from glossary.documents.structure import parse_document

    doc = parse_document("\\documentclass{article}\n\\section{Valmora}\nKessin Tarvik and Ostrin\n\nThe Valmora Policy\n")
    assert [(s.kind, s.text) for s in doc.segments] == [
        ("heading", "Valmora"), ("body", "Kessin Tarvik and Ostrin"), ("body", "The Valmora Policy")]
