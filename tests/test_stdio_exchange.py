"""`-` is standard output for `export` and standard input for `import` (issue 13, item 5)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_glossary

ARTICLE = Path(__file__).parent / "data" / "lexicon" / "article.txt"


def _termbase(tmp_path):
    db = tmp_path / "a.db"
    assert run_glossary("--db", db, "extract", ARTICLE).rc == 0
    return db


def test_export_to_standard_output_and_no_file_named_dash(tmp_path):
    db = _termbase(tmp_path)
    res = run_glossary("--db", db, "export", "csv", "-", cwd=tmp_path)
    assert res.rc == 0 and res.stdout.lstrip("\ufeff").startswith("id,category,")
    assert not (tmp_path / "-").exists()
    dump = run_glossary("--db", db, "export", "json", "-", cwd=tmp_path)
    assert dump.rc == 0 and json.loads(dump.stdout)


def test_import_from_standard_input_named_stdin(tmp_path):
    db = _termbase(tmp_path)
    dump = run_glossary("--db", db, "export", "json", "-").stdout
    other = tmp_path / "b.db"
    res = run_glossary("--db", other, "import", "-", "--format", "json", input=dump)
    assert res.rc == 0 and res.stdout.startswith("<stdin>: added"), res.stdout + res.stderr
    listed = json.loads(run_glossary("--db", other, "list", "--json").stdout)
    assert {e["id"] for e in listed} == {e["id"] for e in json.loads(run_glossary("--db", db, "list", "--json").stdout)}


def test_standard_input_needs_a_format_and_errors_name_it(tmp_path):
    db = _termbase(tmp_path)
    res = run_glossary("--db", db, "import", "-", input="x")
    assert res.rc == 2 and "needs --format" in res.stderr
    bad = run_glossary("--db", db, "import", "-", "--format", "csv", input='a,b\n"x\n')
    assert bad.rc == 2 and bad.stderr.startswith("glossary: error: <stdin>:1:") and "Traceback" not in bad.stderr
