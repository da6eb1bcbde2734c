"""The development set (tests/data/dev/) and the one evaluation table of issue 11.

    python3 tasks.py eval                      # dev articles + the seed, means
    python3 tasks.py eval --sealed             # ... and the sealed test part (score it once!)
    python3 tasks.py eval --sealedN            # ... and sealed batch N (2, 3, ...; once, too)
    python3 tasks.py eval --without FAMILY     # the same with one extraction rule family off
    python3 tasks.py eval --misses             # also print each dev article's misses/false positives

A figure whose gold has nothing to measure (no footnote pairs or in-source forms for
alignment recall, no gold-known Japanese/Korean form on a matched entry for alignment
precision, no known form for coverage) is shown as "—" and left out of the means: an
article without CJK cannot fail to align.

Every article runs through the real CLI in a fresh termbase (`glossary extract --json`,
`glossary list --json`), as users run it, and is scored by the shared scorer
(../shared/eval/score.py).  The articles and their sides come from
tests/data/dev/SPLIT.tsv; a gold file is `gold/STEM.gold.json` or, for the team-written
texts, `STEM.gold.json` next to the article.  Runs in the project's virtualenv.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tsvdata import commented_tsv

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DEV = TESTS / "data" / "dev"
SPLIT = DEV / "SPLIT.tsv"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SCORER = SHARED_EVAL / "score.py"
SEED = ROOT / "seeds" / "000_409e99854556560e.txt"
SEED_GOLD = SHARED_EVAL / "seed-gold.json"

#: the figures of the table, in the scorer's summary-line names
METRICS = ("recall", "precision", "align_recall", "align_precision", "coverage_ja", "coverage_ko")
SHORT = {"recall": "rec", "precision": "prec", "align_recall": "a.rec", "align_precision": "a.prec",
         "coverage_ja": "cov.ja", "coverage_ko": "cov.ko"}
FIELD = re.compile(r"([a-z_]+)=([\d.]+)")
MARKERS = re.compile(r"^markers linked: (\d+)/(\d+)", re.M)
#: the source label of the texts the team wrote itself (development data, reported apart)
TEAM_SOURCE = "glossary-team-written"
SPLIT_CONCEPTS = re.compile(r"concepts split over several entries: (\d+)")
#: the scorer's lines giving a figure's numerator/denominator: a figure over nothing is not measured
DENOMINATORS = {
    "align_recall": re.compile(r"^alignment recall [^:]*: \d+/(\d+)", re.M),
    "align_precision": re.compile(r"^alignment precision [^:]*: \d+/(\d+)", re.M),
    "coverage_ja": re.compile(r"^coverage ja [^:]*: \d+/(\d+)", re.M),
    "coverage_ko": re.compile(r"^coverage ko [^:]*: \d+/(\d+)", re.M),
}
#: a sealed batch's command-line switch: --sealed2, --sealed3, ...
SEALED_BATCH = re.compile(r"--sealed(\d+)")


@dataclass(frozen=True)
class Article:
    path: Path
    gold: Path
    source: str
    side: str            # dev | sealed | sealedN (batch N) | seed

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def group(self) -> str:
        """The group its mean is reported in: real dev texts and team-written ones apart."""
        return "team" if self.source == TEAM_SOURCE and self.side == "dev" else self.side


@dataclass
class Result:
    article: Article
    figures: dict[str, float] = field(default_factory=dict)
    markers: tuple[int, int] = (0, 0)
    split: int = 0
    output: str = ""
    error: str = ""
    entries: list = field(default_factory=list)     # `glossary list --json`, for --calibration


def gold_of(path: Path) -> Path:
    own = DEV / "gold" / (path.stem + ".gold.json")
    return own if own.exists() else path.with_name(path.stem + ".gold.json")


def articles(sides: tuple[str, ...] = ("dev",)) -> list[Article]:
    """The articles of SPLIT.tsv on the given sides that have a gold file, in file order."""
    out: list[Article] = []
    for row in commented_tsv(SPLIT):
        path = DEV / row["file"]
        if row["split"] in sides and gold_of(path).exists():
            out.append(Article(path, gold_of(path), row["source"], row["split"]))
    return out


def seed() -> Article:
    return Article(SEED, SEED_GOLD, "seed", "seed")


def _glossary() -> list[str]:
    exe = Path(sys.executable).with_name("glossary")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "glossary"]


def score(article: Article, without: tuple[str, ...] = ()) -> Result:
    """Extract the article into a fresh termbase through the CLI and score it."""
    env = {k: v for k, v in os.environ.items() if k != "GLOSSARY_DB"}
    env["PYTHONIOENCODING"] = "utf-8"
    if without:
        env["GLOSSARY_EXTRACT_WITHOUT"] = ",".join(without)
    res = Result(article)
    with tempfile.TemporaryDirectory() as tmp:
        db, report, entries = (os.path.join(tmp, n) for n in ("eval.db", "report.json", "entries.json"))
        steps = ((["--db", db, "extract", "--json", str(article.path)], report),
                 (["--db", db, "list", "--json"], entries))
        for args, out in steps:
            with open(out, "w", encoding="utf-8") as fh:
                proc = subprocess.run(_glossary() + args, stdout=fh, stderr=subprocess.PIPE, env=env,
                                      text=True, encoding="utf-8")
            if proc.returncode:
                res.error = f"glossary {args[2]} exited {proc.returncode}: {proc.stderr.strip()[-300:]}"
                return res
        proc = subprocess.run([sys.executable, str(SCORER), str(article.gold), entries, "--report", report],
                              capture_output=True, text=True, encoding="utf-8")
        with open(entries, encoding="utf-8") as fh:
            res.entries = json.load(fh)
    res.output = proc.stdout
    if proc.returncode or not proc.stdout.strip():
        res.error = f"scorer exited {proc.returncode}: {proc.stderr.strip()[-300:]}"
        return res
    last = proc.stdout.strip().splitlines()[-1]
    res.figures = {k: float(v) for k, v in FIELD.findall(last)}
    for metric, pattern in DENOMINATORS.items():
        m = pattern.search(proc.stdout)
        if m and int(m[1]) == 0:
            res.figures.pop(metric, None)
    m = MARKERS.search(proc.stdout)
    if m:
        res.markers = (int(m[1]), int(m[2]))
    m = SPLIT_CONCEPTS.search(proc.stdout)
    res.split = int(m[1]) if m else 0
    return res


def score_all(items: list[Article], without: tuple[str, ...] = (), jobs: int = 2) -> list[Result]:
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda a: score(a, without), items))


def mean(results: list[Result], metric: str) -> float:
    vals = [r.figures[metric] for r in results if metric in r.figures]
    return sum(vals) / len(vals) if vals else float("nan")


def table(results: list[Result]) -> str:
    """One table: every article, then the mean of each side."""
    width = max([len(r.article.name) for r in results] + [24])
    side_w = max([len(r.article.side) for r in results] + [6])
    head = f"{'article':{width}} {'side':{side_w}} " + " ".join(f"{SHORT[m]:>6}" for m in METRICS) + "  markers split"
    lines = [head, "-" * len(head)]
    for r in results:
        if r.error:
            lines.append(f"{r.article.name:{width}} {r.article.side:{side_w}} ERROR {r.error}")
            continue
        cells = " ".join(_cell(r.figures.get(m)) for m in METRICS)
        lines.append(f"{r.article.name:{width}} {r.article.side:{side_w}} {cells}  {r.markers[0]:>3}/{r.markers[1]:<3} {r.split:>4}")
    lines.append("-" * len(head))
    sides = ["dev", "team", "sealed"]
    sides += sorted({r.article.side for r in results if SIDE_BATCH.fullmatch(r.article.side)},
                    key=lambda x: int(x[6:]))
    for side in sides + ["seed"]:
        group = [r for r in results if r.article.group == side and not r.error]
        if group:
            cells = " ".join(_cell(mean(group, m)) for m in METRICS)
            label = f"mean {_label(side)} ({len(group)})"
            lines.append(f"{label:{width}} {'':{side_w}} {cells}")
    return "\n".join(lines)


SIDE_BATCH = re.compile(r"sealed\d+")
LABELS = {"dev": "dev, real", "team": "dev, team-written", "sealed": "sealed", "seed": "seed"}


def _label(side: str) -> str:
    return LABELS.get(side) or f"sealed, batch {side[6:]}"


def _cell(value: float | None) -> str:
    """A figure, or "—" where there was nothing to measure."""
    return f"{'—':>6}" if value is None or value != value else f"{value:6.3f}"


def misses(result: Result) -> str:
    """The scorer's lists of misses and false positives for one article."""
    out = result.output
    a = out.find("MISSED required terms:")
    b = out.find("ALIGNMENT misses:")
    return out[a:b].rstrip() if a >= 0 else ""


#: confidence bands of the calibration table (lower bounds)
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def _scorer_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def calibration(results: list[Result]) -> str:
    """How often a stored Japanese/Korean form is right, per confidence band and per kind
    of origin, over the scored articles: a form counts where the entry matches a gold term
    (by an English form) whose form in that language the gold knows, and is right when it
    equals or contains/is contained in a gold form (the shared scorer's rule)."""
    sc = _scorer_module()
    bands: dict[float, list[int]] = {b: [0, 0] for b in BANDS}
    origins: dict[str, list[int]] = {}
    for r in results:
        if r.error or not r.entries:
            continue
        gold = sc.load_gold(str(r.article.gold))
        by_en = {}
        for g in gold["terms"]:
            for form in [g["en"], *g["aliases"]]:
                by_en.setdefault(sc.key(form), g)
        for e in r.entries:
            g = next((by_en[k] for t in sc.entry_terms(e, "en") if (k := sc.key(t.get("text"))) in by_en), None)
            if g is None:
                continue
            for lang in ("ja", "ko"):
                ok = {sc.key(x) for x in (g.get(lang), g.get(f"{lang}_in_source"), *g.get(f"{lang}_alt", [])) if x}
                if not ok:
                    continue
                for t in sc.entry_terms(e, lang):
                    if t.get("status") == "rejected":
                        continue
                    k = sc.key(t.get("text"))
                    right = k in ok or any(k and (k in o or o in k) and min(len(k), len(o)) >= 2 for o in ok)
                    band = max(b for b in BANDS if float(t.get("confidence", 0)) >= b)
                    bands[band][0 if right else 1] += 1
                    origin = (t.get("origin") or "?").split(":")[0]
                    origin = t.get("origin") if origin in ("dictionary", "transcription") else origin
                    origins.setdefault(origin, [0, 0])[0 if right else 1] += 1

    def rows(table, label):
        out = [f"{label:28} {'right':>6} {'wrong':>6} {'share':>6}"]
        for k, (good, bad) in table.items():
            if good + bad:
                out.append(f"{k!s:28} {good:6} {bad:6} {good / (good + bad):6.2f}")
        return out
    named = {f"{b:.1f}-{(BANDS + (1.01,))[i + 1]:.1f}".replace("1.0", "1.0"): v for i, (b, v) in enumerate(bands.items())}
    return "\n".join(rows(named, "confidence") + [""] + rows(dict(sorted(origins.items())), "origin"))


def alignment_misses(result: Result) -> str:
    """The scorer's alignment and coverage lists for one article (misses, wrong forms)."""
    out = result.output
    b = out.find("ALIGNMENT misses:")
    return out[b:].rstrip() if b >= 0 else ""


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="tasks.py eval", description=__doc__.split("\n\n")[0])
    p.add_argument("--sealed", action="store_true", help="also score the sealed test part (once, at the end)")
    p.add_argument("--only-sealed", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--without", action="append", default=[], metavar="FAMILY",
                   help="switch an extraction rule family off (repeatable; see `glossary.extract.families`)")
    p.add_argument("--misses", action="store_true", help="print the misses and false positives of dev articles")
    p.add_argument("--calibration", action="store_true",
                   help="print how often stored Japanese/Korean forms are right, per confidence band and origin")
    p.add_argument("--align-misses", action="store_true",
                   help="print the alignment misses and wrong forms of dev articles")
    p.add_argument("--match", default="", help="only articles whose file name contains this")
    p.add_argument("--jobs", type=int, default=2)
    a, rest = p.parse_known_args(argv)
    batches = []
    for arg in rest:
        m = SEALED_BATCH.fullmatch(arg)
        if not m:
            p.error(f"unrecognized arguments: {arg}")
        batches.append(f"sealed{m[1]}")
    if not SCORER.exists():
        print(f"devset: the shared scorer is absent ({SCORER})", file=sys.stderr)
        return 2
    # (--only-sealed with --sealedN scores batch N alone, not batch 1 as well or instead)
    sides = (tuple(batches) or ("sealed",)) if a.only_sealed else \
        ("dev",) + (("sealed",) if a.sealed else ()) + tuple(batches)
    items = [x for x in articles(sides) if a.match in x.path.name]
    if not a.only_sealed and (not a.match or a.match in SEED.name):
        items.append(seed())
    without = tuple(w for arg in a.without for w in arg.split(",") if w)
    results = score_all(items, without, a.jobs)
    if without:
        print(f"extraction rule families off: {', '.join(without)}")
    print(table(results))
    if a.misses:
        for r in results:
            if r.article.side == "dev" and not r.error:
                print(f"\n=== {r.article.name}\n{misses(r)}")
    if a.calibration:
        print("\nCalibration (dev, team-written and seed articles scored above):")
        print(calibration([r for r in results if r.article.side in ("dev", "seed")]))
    if a.align_misses:
        for r in results:
            if r.article.side in ("dev", "seed") and not r.error:
                print(f"\n=== {r.article.name}\n{alignment_misses(r)}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
