"""Benchmarks of the JMdict / JMnedict index (glossary.text.jmdict), each beside a baseline.

    .venv/bin/python bench/bench_jmdict.py        # prints results and PASS/FAIL; exit 1 on FAIL

0. The index in the cache ($GLOSSARY_CACHE_DIR, else ~/.cache/glossary): built here if
   missing (time and size printed).
1. First load, in a new process: import the module, open the index, answer one
   ja_for_english -- target <= 1 s.  Baseline: the same process opening jamdict.db (the
   source) and running its own exact-gloss query (no normalisation).
2. 10,000 lookups of each kind, uncached (distinct inputs, caches cleared): English
   glosses sampled from JMdict, romanised JMnedict names (in reversed order half the time),
   kanji forms, Korean readings -- target <= 1 ms per lookup on average.  Baseline: the
   nearest exact-match query on the source database (SenseGloss.text, NETransGloss.text,
   Kanji.text; indexed there too).  Then the same lookups again, 1,000 inputs ten times
   (the lru caches), beside a dict lookup.
"""
from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "src"))

from glossary.text import jmdict  # noqa: E402

N = 10_000
FIRST_LOAD_LIMIT_S = 1.0
LOOKUP_LIMIT_MS = 1.0


def _samples(source: str, rng: random.Random) -> dict[str, list[str]]:
    src = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
    glosses = [g for (g,) in src.execute("SELECT text FROM SenseGloss WHERE rowid % 30 = 0")]
    names = [g for (g,) in src.execute(
        "SELECT g.text FROM NETransGloss g JOIN NETranslation t ON t.ID = g.tid JOIN NETransType y ON y.tid = t.ID "
        "WHERE y.text = 'person' AND g.rowid % 7 = 0")]
    kanji = [k for (k,) in src.execute("SELECT text FROM Kanji WHERE rowid % 15 = 0")]
    src.close()
    rng.shuffle(glosses), rng.shuffle(names), rng.shuffle(kanji)
    names = [n.split(" (")[0] for n in names]
    names = [(" ".join(reversed(n.split())) if i % 2 else n) for i, n in enumerate(names)]
    idx = sqlite3.connect(jmdict.ensure_index().as_uri() + "?mode=ro", uri=True)
    hangul = [k for (k,) in idx.execute("SELECT DISTINCT ko FROM hangul")][::9]
    idx.close()
    rng.shuffle(hangul)
    return {"english": glosses[:N], "names": names[:N], "kanji": kanji[:N], "hangul": hangul[:N]}


def _clear() -> None:
    for fn in (jmdict._ja_for_english, jmdict._names_for_romaji, jmdict._entries_for_ja, jmdict._kanji_for_hangul):
        fn.cache_clear()


def _per_op(fn, items) -> tuple[float, int]:
    t = time.perf_counter()
    hits = sum(1 for x in items if fn(x))
    return (time.perf_counter() - t) / len(items), hits


def first_load(source: str) -> bool:
    env = dict(os.environ, PYTHONPATH=os.path.join(os.path.dirname(HERE), "src"))
    ours = ("import time; t = time.perf_counter()\n"
            "from glossary.text import jmdict\n"
            "hit = jmdict.ja_for_english('National Diet')[0].headword\n"
            "print(time.perf_counter() - t, hit)\n")
    base = ("import time; t = time.perf_counter()\n"
            "import sqlite3\n"
            f"con = sqlite3.connect('file:{source}?mode=ro&immutable=1', uri=True)\n"
            "hit = con.execute('SELECT k.text FROM SenseGloss g JOIN Sense s ON s.ID = g.sid "
            "JOIN Kanji k ON k.idseq = s.idseq WHERE g.text = ? LIMIT 1', ('National Diet',)).fetchone()[0]\n"
            "print(time.perf_counter() - t, hit)\n")
    runs = {}
    for name, code in (("index", ours), ("source", base)):
        times = []
        for _ in range(3):
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
            secs, hit = out.stdout.split()
            times.append(float(secs))
        runs[name] = (min(times), hit)
    ok = runs["index"][0] <= FIRST_LOAD_LIMIT_S and runs["index"][1] == "国会"
    print(f"first load (import + open + first ja_for_english, new process): {runs['index'][0] * 1000:.0f} ms "
          f"-> {runs['index'][1]};  source db (sqlite3 + open + exact gloss query): "
          f"{runs['source'][0] * 1000:.0f} ms;  ratio {runs['index'][0] / runs['source'][0]:.1f}x")
    print(f"{'PASS' if ok else 'FAIL'} first load {runs['index'][0]:.3f} s (limit {FIRST_LOAD_LIMIT_S} s)")
    return ok


def lookups(source: str) -> bool:
    rng = random.Random(12)
    samples = _samples(source, rng)
    src = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
    baselines = {
        "english": lambda g: src.execute("SELECT s.idseq FROM SenseGloss g JOIN Sense s ON s.ID = g.sid "
                                         "WHERE g.text = ? LIMIT 10", (g,)).fetchall(),
        "names": lambda n: src.execute("SELECT t.idseq FROM NETransGloss g JOIN NETranslation t ON t.ID = g.tid "
                                       "WHERE g.text = ? LIMIT 10", (n,)).fetchall(),
        "kanji": lambda k: src.execute("SELECT idseq FROM Kanji WHERE text = ?", (k,)).fetchall(),
        "hangul": lambda k: src.execute("SELECT idseq FROM Kanji WHERE text = ?", (k,)).fetchall(),
    }
    ours = {"english": jmdict.ja_for_english, "names": jmdict.names_for_romaji,
            "kanji": jmdict.entries_for_ja, "hangul": jmdict.kanji_for_hangul}
    label = {"english": "ja_for_english(JMdict gloss)", "names": "names_for_romaji(person, either order)",
             "kanji": "entries_for_ja(kanji form)", "hangul": "kanji_for_hangul(Korean reading)"}
    ok = True
    for kind, items in samples.items():
        _clear()
        per, hits = _per_op(ours[kind], items)
        base, _ = _per_op(baselines[kind], items)
        hot = items[:1000] * 10  # a working set the lru caches hold
        _per_op(ours[kind], hot[:1000])
        cached, _ = _per_op(ours[kind], hot)
        d = {x: x for x in hot}
        dict_per, _ = _per_op(d.get, hot)
        good = per * 1000 <= LOOKUP_LIMIT_MS
        ok &= good
        print(f"{label[kind]:<40} {len(items):>6,} uncached: {per * 1e6:7.1f} µs/op, found {hits / len(items):.1%};  "
              f"source exact query {base * 1e6:5.1f} µs/op, ratio {per / base:4.1f}x;  "
              f"cached {cached * 1e6:4.1f} µs/op (dict {dict_per * 1e6:.2f} µs, ratio {cached / dict_per:.0f}x)  "
              f"{'PASS' if good else 'FAIL'}")
    src.close()
    print(f"{'PASS' if ok else 'FAIL'} lookups <= {LOOKUP_LIMIT_MS} ms each, uncached")
    return ok


def main(argv: list[str] | None = None) -> bool:
    print("== bench_jmdict: the JMdict / JMnedict index ==")
    source = jmdict._locate_source()
    if source is None:
        print("jamdict-data is not installed: nothing to measure")
        return True
    path = jmdict.index_path()
    built = not jmdict._valid(path, source)
    t = time.perf_counter()
    jmdict.ensure_index()
    if built:
        print(f"index built in {time.perf_counter() - t:.1f} s")
    print(f"index {path}: {path.stat().st_size / 1e6:.0f} MB (source jamdict.db {source[0].stat().st_size / 1e6:.0f} MB, "
          f"jamdict-data {source[1]})")
    ok = first_load(str(source[0]))
    ok &= lookups(str(source[0]))
    print("bench_jmdict:", "PASS" if ok else "FAIL")
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
