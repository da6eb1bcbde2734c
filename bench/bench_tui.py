"""Benchmark of the TUI, headless: `python bench/bench_tui.py` (or bench/run.py).

Builds termbases of 100,000 and 1,000 synthetic en/ja/ko entries, then runs the app in
a fresh process on each (so RSS is the app's own) and measures:

  first paint   importing the app until the first table row is       budget 1.5 s
                rendered (Textual import, open, count, first page)
  search key    one keystroke in the search box until the table      budget 150 ms
                is repainted (median of a typed query; max shown)
  page down     one PageDown until repainted (median of 20; max)     budget 50 ms
  RSS           peak resident memory of the process                  budget 300 MB

Budgets apply to 100,000 entries; 1,000 is printed beside them as the baseline.
Exit status 0 when every budget holds, 1 otherwise (main() returns True / False).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SIZES = (1_000, 100_000)
BUDGETS = {"first_paint_ms": 1500.0, "search_key_ms": 150.0, "page_down_ms": 50.0, "rss_mb": 300.0}
QUERY = "agreement 0421"
TERMINAL = (160, 50)


def build(path: str, n: int) -> None:
    from glossary import Glossary

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from tui_sample import synthetic_entries  # the generated termbase the TUI tests use too

    with Glossary.open(path) as g:
        g.add_all(synthetic_entries(n))


async def measure(path: str, start: float) -> dict[str, float]:
    from glossary.tui.app import make_app
    from glossary.tui.widgets.entry_table import EntryTable

    renders: list[float] = []
    original = EntryTable.render_line

    def render_line(self, y):  # record when table lines are rendered
        renders.append(time.perf_counter())
        return original(self, y)

    EntryTable.render_line = render_line  # type: ignore[method-assign]
    app = make_app(path)
    async with app.run_test(size=TERMINAL) as pilot:
        while not renders:
            await pilot.pause()
        first_paint = renders[0] - start
        table = app.main.table

        async def timed(key: str) -> float:
            """From the key press to the end of the table's next repaint."""
            await pilot.pause(0.2)  # the app is idle (the detail pane caught up)
            renders.clear()
            t = time.perf_counter()
            await pilot.press(key)
            while not renders:
                await pilot.pause(0.001)
            await pilot.pause()
            burst = [renders[0]]
            for r in renders[1:]:  # the first repaint: render_line calls with no gap over 5 ms
                if r - burst[-1] > 0.005:
                    break
                burst.append(r)
            return burst[-1] - t

        pages = [await timed("pagedown") for _ in range(20)]
        assert table.cursor > 0
        await pilot.press("slash")
        keys = [await timed("space" if ch == " " else ch) for ch in QUERY]
        shown = app.main.source.total
    EntryTable.render_line = original  # type: ignore[method-assign]
    return {
        "first_paint_ms": first_paint * 1000,
        "search_key_ms": statistics.median(keys) * 1000, "search_key_max_ms": max(keys) * 1000,
        "page_down_ms": statistics.median(pages) * 1000, "page_down_max_ms": max(pages) * 1000,
        "rss_mb": peak_rss_mb(),
        "search_hits": shown,
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process image (VmHWM; ru_maxrss would include the
    parent's peak, as Linux keeps it across fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_child(path: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--measure", path], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> bool:
    """Print the table; True when every budget holds (bench/run.py calls main())."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measure", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the termbases in DIR")
    args = parser.parse_args(argv or [])
    if args.measure:
        start = time.perf_counter()  # first paint includes importing the app and Textual
        print(json.dumps(asyncio.run(measure(args.measure, start))))
        return True

    import textual

    with tempfile.TemporaryDirectory() as tmp:
        where = Path(args.keep or tmp)
        where.mkdir(parents=True, exist_ok=True)
        results = {}
        for n in SIZES:
            path = str(where / f"bench-tui-{n}.db")
            if not os.path.exists(path):
                t = time.perf_counter()
                build(path, n)
                print(f"built {n:,} entries in {time.perf_counter() - t:.1f} s", file=sys.stderr)
            results[n] = run_child(path)
    big, small = results[SIZES[-1]], results[SIZES[0]]
    print(f"TUI benchmark — Textual {textual.__version__}, Python {sys.version.split()[0]}, "
          f"headless {TERMINAL[0]}x{TERMINAL[1]}")
    print(f"{'metric':<22}{SIZES[0]:>12,}{SIZES[-1]:>12,}{'budget':>10}  verdict")
    ok = True
    rows = [("first paint (ms)", "first_paint_ms", None), ("search key (ms)", "search_key_ms", "search_key_max_ms"),
            ("page down (ms)", "page_down_ms", "page_down_max_ms"), ("RSS (MB)", "rss_mb", None)]
    for label, key, worst in rows:
        passed = big[key] <= BUDGETS[key]
        ok &= passed
        print(f"{label:<22}{small[key]:>12.1f}{big[key]:>12.1f}{BUDGETS[key]:>10.0f}  {'PASS' if passed else 'FAIL'}")
        if worst:
            print(f"{'  worst':<22}{small[worst]:>12.1f}{big[worst]:>12.1f}")
    print(f"{'search hits':<22}{small['search_hits']:>12,}{big['search_hits']:>12,}   (query {QUERY!r})")
    print("PASS" if ok else "FAIL")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1:]) else 1)
