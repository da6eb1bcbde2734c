"""Run every benchmark: each `bench/bench_*.py` module exposes `main()` that prints its lines.

    python bench/run.py            # all benchmarks
    python bench/run.py core       # only bench_core.py

Exit status 1 when any benchmark's main() returns a false value other than None (FAIL).
"""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: benchmarks that run with the cyclic garbage collector on, as their front end does (the
#: TUI); the others run the way the CLI runs bulk commands, with it paused
WITH_COLLECTOR = {"bench_tui"}


def discover(names: list[str]) -> list[Path]:
    files = sorted(HERE.glob("bench_*.py"))
    if names:
        files = [f for f in files if f.stem.removeprefix("bench_") in names or f.stem in names]
    return files


def main(argv: list[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv)
    files = discover(names)
    if not files:
        print(f"no benchmark matches {names}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE.parent / "src"))
    from glossary.cli.collector import paused_collector

    failed = []
    for path in files:
        print(f"== {path.stem} ==", flush=True)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        start = time.perf_counter()
        try:
            spec.loader.exec_module(module)
            if path.stem in WITH_COLLECTOR:
                result = module.main()
            else:   # as the CLI runs its bulk commands (glossary.cli.collector)
                with paused_collector():
                    result = module.main()
        except Exception as exc:  # one broken benchmark must not hide the others' numbers
            import traceback

            traceback.print_exc()
            print(f"{path.stem}: ERROR {type(exc).__name__}: {exc}")
            result = False
        print(f"({path.stem}: {time.perf_counter() - start:.1f} s)\n", flush=True)
        if result is not None and not result:
            failed.append(path.stem)
    if failed:
        print("FAILED: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
