"""Team server benchmark (issue 16): the PostgreSQL backend beside SQLite, in one run on the
same machine, on a throwaway server started here (tests/pgcluster.py; as `nobody` when run
as root).  Prints:

- bulk load of 100,000 entries (`Glossary.add_all`; COPY on PostgreSQL): PostgreSQL time /
  SQLite time (target <= 1.5x);
- warm `Glossary.lookup` on both backends with the client key index, µs/op, beside a dict
  lookup (target <= 5 µs on both);
- cold `glossary lookup` process against the server / against the SQLite file, medians of
  11 interleaved runs (target <= 2x);
- 16 concurrent client processes doing distinct lookups (each a round trip), total
  lookups/s on both backends (printed, no target).

The server runs with durability off (fsync, synchronous_commit), as the tests' does: the
load ratio is the engine's work, not the disk's.

Run:  python bench/run.py pg   (or python bench/bench_pg.py [N])
"""
from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from glossary import Glossary  # noqa: E402

N_ENTRIES = 100_000
LOAD_RATIO_TARGET = 1.5
WARM_TARGET_US = 5.0
COLD_RATIO_TARGET = 2.0
COLD_RUNS = 11
CLIENTS = 16
CLIENT_LOOKUPS = 2000

CLIENT = """
import json, sys, time
from glossary import Glossary
db, queries = sys.argv[1], json.loads(open(sys.argv[2], encoding="utf-8").read())
with Glossary.open(db, create=False) as g:
    g.lookup(queries[0])
    t0 = time.perf_counter()
    found = sum(1 for q in queries if g.lookup(q, occurrences=False))
    print(json.dumps({"n": len(queries), "found": found, "s": time.perf_counter() - t0}))
"""


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _cold_command() -> list[str]:
    script = Path(sys.executable).with_name("glossary")
    return [str(script)] if script.exists() else [sys.executable, "-m", "glossary"]


def _time_process(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def warm_lookup_us(db: str, queries: list[str]) -> float:
    with Glossary.open(db, actor="bench", create=False) as g:
        for q in queries:           # first round: the key index fills
            g.lookup(q)
        rounds = 5
        t0 = time.perf_counter()
        for _ in range(rounds):
            for q in queries:
                g.lookup(q)
        return (time.perf_counter() - t0) / (rounds * len(queries)) * 1e6


def concurrent_throughput(db: str, queries: list[str], env: dict[str, str], tmp: Path) -> tuple[float, int]:
    """(lookups per second of CLIENTS processes together, lookups that found nothing)."""
    rnd = random.Random(11)
    procs = []
    for i in range(CLIENTS):
        mine = tmp / f"queries-{i}.json"
        mine.write_text(json.dumps(rnd.sample(queries, min(CLIENT_LOOKUPS, len(queries)))), encoding="utf-8")
        procs.append(subprocess.Popen([sys.executable, "-c", CLIENT, db, str(mine)], env=env,
                                      stdout=subprocess.PIPE, text=True))
    results = []
    for p in procs:
        out, _ = p.communicate(timeout=600)
        results.append(json.loads(out.splitlines()[-1]))
    total = sum(r["n"] for r in results)
    wall = max(r["s"] for r in results)
    return total / wall, sum(r["n"] - r["found"] for r in results)


def main(n: int = N_ENTRIES) -> bool:
    import pgcluster
    from bench_core import synthetic_entries

    reason = pgcluster.unavailable()
    if reason:
        print(f"pg: SKIPPED ({reason})")
        return True
    tmp = Path(tempfile.mkdtemp(prefix="glossary-bench-pg-"))
    cluster = pgcluster.Cluster.start(port=40000 + os.getpid() % 10000)
    ok = True
    try:
        lite = str(tmp / "bench.db")
        server = cluster.create_database(name="bench")
        entries = synthetic_entries(n)
        rnd = random.Random(7)
        queries = [rnd.choice(e.terms).text for e in rnd.sample(entries, 2000)]
        print(f"synthetic termbase: {n:,} entries, {sum(len(e.terms) for e in entries):,} terms; "
              f"PostgreSQL {cluster.admin('SHOW server_version')[0][0]} on a Unix socket")

        loads = {}
        for name, db in (("sqlite", lite), ("postgresql", server)):
            with Glossary.open(db, actor="bench") as g:
                t0 = time.perf_counter()
                g.add_all(entries)
                loads[name] = time.perf_counter() - t0
        ratio = loads["postgresql"] / loads["sqlite"]
        good = ratio <= LOAD_RATIO_TARGET
        ok &= good
        print(f"bulk load            sqlite {loads['sqlite']:.2f} s   postgresql {loads['postgresql']:.2f} s   "
              f"ratio {ratio:.2f}x   target <= {LOAD_RATIO_TARGET}x   {verdict(good)}")

        table = {t.text: e.id for e in entries for t in e.terms}
        t0 = time.perf_counter()
        for _ in range(100):
            for q in queries:
                table[q]
        dict_us = (time.perf_counter() - t0) / (100 * len(queries)) * 1e6
        warm = {name: warm_lookup_us(db, queries) for name, db in (("sqlite", lite), ("postgresql", server))}
        good = all(v <= WARM_TARGET_US for v in warm.values())
        ok &= good
        print(f"warm lookup          sqlite {warm['sqlite']:.2f} µs/op   postgresql {warm['postgresql']:.2f} µs/op   "
              f"dict {dict_us:.3f} µs/op   target <= {WARM_TARGET_US:.0f} µs   {verdict(good)}")

        env = {k: v for k, v in os.environ.items() if k not in ("GLOSSARY_DB", "PYTHONDONTWRITEBYTECODE")}
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        env["PYTHONPATH"] = str(ROOT / "src")
        env.setdefault("GLOSSARY_ACTOR", "bench")
        cmds = {name: _cold_command() + ["--db", db, "lookup", queries[0], "--to", "ko"]
                for name, db in (("sqlite", lite), ("postgresql", server))}
        for name, cmd in cmds.items():
            check = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if check.returncode != 0:
                print(f"cold lookup on {name} failed: rc {check.returncode}: {check.stderr.strip()}")
                return False
            _time_process(cmd, env)
        times: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
        for _ in range(COLD_RUNS):
            for name, cmd in cmds.items():
                times[name].append(_time_process(cmd, env))
        cold = {name: statistics.median(t) * 1e3 for name, t in times.items()}
        ratio = cold["postgresql"] / cold["sqlite"]
        good = ratio <= COLD_RATIO_TARGET
        ok &= good
        print(f"cold lookup process  sqlite {cold['sqlite']:.1f} ms   postgresql {cold['postgresql']:.1f} ms   "
              f"ratio {ratio:.2f}x   target <= {COLD_RATIO_TARGET}x   {verdict(good)}   (median of {COLD_RUNS})")

        for name, db in (("sqlite", lite), ("postgresql", server)):
            rate, missed = concurrent_throughput(db, queries, env, tmp)
            print(f"{CLIENTS} clients          {name:<10} {rate:10,.0f} lookups/s together "
                  f"({CLIENT_LOOKUPS} distinct lookups each, one round trip each on the server"
                  f"{f'; {missed} found nothing' if missed else ''})")
    finally:
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("pg:", verdict(ok))
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main(int(sys.argv[1]) if len(sys.argv) > 1 else N_ENTRIES) else 1)
