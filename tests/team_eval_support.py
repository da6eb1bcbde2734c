"""What the team-written evaluations (tests/test_eval_team*.py) share: run the real
pipeline on an article through the CLI, score it with the shared scorer
(../shared/eval/score.py), check its gold file is current, print a table.

Each held-out set is a directory of articles with NAME.gold.json files (the format of
../shared/eval/seed-gold.json) built by its make_gold.py from spec_*.py annotations.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
METRICS = ("recall", "precision", "align_recall", "align_precision")

#: The scorer's last line: "recall=R precision=P align_recall=A align_precision=Q [coverage_ja=...]".
SUMMARY_LINE = re.compile(
    r"recall=(?P<recall>[\d.]+) precision=(?P<precision>[\d.]+) "
    r"align_recall=(?P<align_recall>[\d.]+) align_precision=(?P<align_precision>[\d.]+)"
    r"(?: [a-z_]+=[\d.]+)*\s*$")  # later fields (coverage_ja=, coverage_ko=) are allowed
#: The scorer's marker line (printed when it is given the extract report).
MARKERS_LINE = re.compile(r"^markers linked: (?P<got>\d+)/(?P<want>\d+)", re.M)


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float
    align_recall: float
    align_precision: float
    markers_got: int
    markers_want: int
    output: str


def gold_name(article: str) -> str:
    return article.rsplit(".", 1)[0] + ".gold.json"


def how_to_see(eval_dir: Path, article: str) -> str:
    rel = eval_dir.relative_to(ROOT)
    return f"see `python3 tasks.py eval {rel}/{article} {rel}/{gold_name(article)}`"


def _run(cmd: list[str], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "GLOSSARY_DB"}
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=300)
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return proc.stdout


@lru_cache(maxsize=None)
def score(eval_dir: Path, article: str, workdir: str) -> Score:
    """Run the pipeline on one article in a fresh termbase (the CLI, as users do) and score it."""
    work = Path(workdir)
    glossary = [sys.executable, "-m", "glossary", "--db", str(work / "eval.db")]
    report, entries = work / "report.json", work / "entries.json"
    report.write_text(_run([*glossary, "extract", "--json", str(eval_dir / article)], work), encoding="utf-8")
    entries.write_text(_run([*glossary, "list", "--json"], work), encoding="utf-8")
    json.loads(report.read_text(encoding="utf-8"))   # both must be valid JSON (DESIGN.md section 4)
    json.loads(entries.read_text(encoding="utf-8"))
    out = _run([sys.executable, str(SCORER), str(eval_dir / gold_name(article)), str(entries),
                "--report", str(report)], work)
    last = out.strip().splitlines()[-1]
    m = SUMMARY_LINE.search(last)
    assert m, f"unexpected scorer summary line: {last!r}"
    mk = MARKERS_LINE.search(out)
    assert mk, "the scorer printed no 'markers linked' line (is the extract report empty?)"
    return Score(**{k: float(v) for k, v in m.groupdict().items()},
                 markers_got=int(mk["got"]), markers_want=int(mk["want"]), output=out)


def scorer_fixture(eval_dir: Path, tmp_path_factory) -> Callable[[str], Score]:
    """The body of a module-scoped `scored` fixture: article -> Score, one run each."""
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is absent ({SCORER}); held-out evaluation of {eval_dir.name} not run")
    dirs: dict[str, str] = {}

    def get(article: str) -> Score:
        if article not in dirs:
            dirs[article] = str(tmp_path_factory.mktemp(article.replace(".", "_")))
        return score(eval_dir, article, dirs[article])
    return get


def check_gold_files(eval_dir: Path, articles: list[str]) -> None:
    """The stored gold files are what the set's make_gold.py builds from the articles and
    the specs, and the annotation passes make_gold's own checks."""
    spec = importlib.util.spec_from_file_location(f"make_gold_{eval_dir.name}", eval_dir / "make_gold.py")
    make_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_gold)
    problems: list[str] = []
    specs = {s.FILE: s for s in make_gold.load_specs()}
    assert sorted(specs) == sorted(articles)
    for s in specs.values():
        built = make_gold.build(s, problems)
        stored = json.loads((eval_dir / s.GOLD).read_text(encoding="utf-8"))
        assert stored == json.loads(json.dumps(built, ensure_ascii=False)), (
            f"{s.GOLD} is stale: run python3 {eval_dir.relative_to(ROOT)}/make_gold.py")
    assert not problems, "\n".join(problems)


def print_table(eval_dir: Path, articles: list[str], floor_of: Callable[[str, str], float]) -> int:
    """The per-article table (the same runs as the tests); exit status for a __main__."""
    if not SCORER.exists():
        print(f"the shared scorer is absent ({SCORER})", file=sys.stderr)
        return 2
    print(f"{'article':36} " + " ".join(f"{c:>15}" for c in METRICS) + "  markers")
    for article in articles:
        with tempfile.TemporaryDirectory() as tmp:
            s = score(eval_dir, article, tmp)
        cells = []
        for c in METRICS:
            v, floor = getattr(s, c), floor_of(article, c)
            cells.append(f"{v:>9.3f} ({floor:.2f}){' ' if v >= floor else '!'}")
        print(f"{article:36} " + " ".join(cells) + f"  {s.markers_got}/{s.markers_want}")
    print("(floor in parentheses; ! = below the floor)")
    return 0
