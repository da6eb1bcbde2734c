"""`extract`'s progress (issue 13, item 5): it counts bytes, not files (one large article
moves the bar through its steps instead of sitting at 0/1), names the file and the step,
and fits the terminal's width; and `extract -` reads standard input."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from glossary.cli.extract import _Progress
from glossary.cli.render import width
from glossary.pipeline import STEPS

ARTICLES = Path(__file__).parent / "data" / "articles"
FILES = [ARTICLES / "korea_politics.txt", ARTICLES / "us_china_chips.md"]


def test_the_counter_is_bytes_through_each_files_steps(glossary):
    calls = []
    glossary.extract([str(p) for p in FILES], on_bytes=lambda *a: calls.append(a))
    sizes = [p.stat().st_size for p in FILES]
    total = sum(sizes)
    assert {c[1] for c in calls} == {total}
    done = [c[0] for c in calls]
    assert done == sorted(done) and done[0] == 0 and done[-1] == total
    # every step of the first file, at its share of the file's bytes, naming the file
    first = [c for c in calls if c[2] == str(FILES[0])]
    assert [c[3] for c in first] == [name for name, _ in STEPS]
    assert [c[0] for c in first] == [int(sizes[0] * share) for _, share in STEPS]
    # the second starts where the first ended
    second = [c for c in calls if c[2] == str(FILES[1])]
    assert second[0][:2] == (sizes[0], total) and second[0][3] == "reading"
    assert calls[-1] == (total, total, "", "done")


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_the_bar_fits_the_terminal_and_names_the_file(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    out = io.StringIO()
    bar = _Progress(True, out)
    path = "articles/" + "한국어 기사 " * 12 + "final.md"
    bar(1_500_000, 5_000_000, path, "aligning")
    bar(4_500_000, 5_000_000, path, "storing")
    lines = [seg for seg in out.getvalue().split("\r") if seg]
    assert len(lines) == 2
    for line in lines:
        assert width(line.rstrip()) <= columns - 1, (columns, line)
    assert "1.5 MB/5.0 MB" in lines[0] and "30%" in lines[0]
    if columns >= 80:
        assert "aligning: " in lines[0] and lines[0].rstrip().endswith("final.md")
    bar(5_000_000, 5_000_000, "", "done")
    assert out.getvalue().endswith("\r")  # cleared


def test_silent_when_not_a_terminal():
    out = io.StringIO()
    _Progress(False, out)(1, 2, "a.txt", "reading")
    assert out.getvalue() == ""


def test_extract_reads_standard_input(run_cli, tmp_path):
    text = FILES[0].read_text(encoding="utf-8")
    db = tmp_path / "t.db"
    result = run_cli("--db", db, "extract", "-", "--stdin-name", "today/korea.txt", "--json", input=text)
    assert result.rc == 0, result.stderr
    report = json.loads(result.stdout)
    assert [d["doc"] for d in report["documents"]] == ["today/korea.txt"]
    assert report["entries"]["added"] > 0
    # the occurrences name the document as given; the same input again changes nothing
    again = run_cli("--db", db, "extract", "-", "--stdin-name", "today/korea.txt", "--json", input=text)
    assert json.loads(again.stdout)["skipped"] == 1
    listed = json.loads(run_cli("--db", db, "list", "--json").stdout)
    shown = json.loads(run_cli("--db", db, "show", listed[0]["id"], "--json").stdout)
    assert {o["doc"] for o in shown["occurrences"]} == {"today/korea.txt"}
    empty = run_cli("--db", db, "extract", "-", input="")
    assert empty.rc == 2 and re.search(r"<stdin>: .*empty", empty.stderr)
