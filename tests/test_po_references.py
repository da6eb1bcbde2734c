"""`#:` references in exported catalogs are relative to the working directory, as
xgettext writes them, never the exporting machine's absolute paths."""
from __future__ import annotations

from conftest import run_glossary


def test_references_relative_to_the_working_directory(tmp_path):
    work = tmp_path / "desk"
    (work / "articles").mkdir(parents=True)
    art = work / "articles" / "seoul.txt"
    art.write_text("The Liberal Democratic Party met in Seoul.\n", encoding="utf-8")
    db = tmp_path / "t.db"
    assert run_glossary("--db", db, "extract", str(art.resolve())).rc == 0     # stored absolute
    res = run_glossary("--db", db, "export", "po", "--lang", "ko", "--out", str(tmp_path / "out"), cwd=work)
    assert res.rc == 0, res.stderr
    po = next((tmp_path / "out").rglob("*.po")).read_text(encoding="utf-8")
    refs = [ln for ln in po.splitlines() if ln.startswith("#:")]
    assert refs and all("articles/seoul.txt:1" in ln for ln in refs)
    assert str(tmp_path) not in po
