"""Core benchmark (issue 2, acceptance 6): a synthetic 100,000-entry en/ja/ko termbase.

Prints, with baselines measured in the same run:
- bulk load time of 100,000 entries through `Glossary.add_all` (target <= 10 s);
- warm in-process `Glossary.lookup` in µs/op, against a plain dict lookup of the same
  keys (target <= 30 µs/op);
- cold `glossary lookup` process time (median of 11 runs), against
  `python -c "import sqlite3"` with the same interpreter (target <= 2.5x).

Run:  python bench/run.py core   (or python bench/bench_core.py [N])
"""
from __future__ import annotations

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

from glossary import Glossary  # noqa: E402
from glossary.model import Category, Entry, Role, Status, Term  # noqa: E402

N_ENTRIES = 100_000
LOAD_TARGET_S = 10.0
LOOKUP_TARGET_US = 30.0
COLD_TARGET_RATIO = 2.5
COLD_RUNS = 11

_EN_WORDS = ("national security strategy defense cooperation alliance trilateral summit ministry foreign "
             "affairs agreement framework economic partnership maritime indo pacific regional dialogue council "
             "treaty military information protection supply chain resilience export control semiconductor "
             "energy climate development bank reconstruction nuclear deterrence missile shield coast guard "
             "fisheries boundary island strait peninsula reunification commission agency institute policy "
             "joint statement declaration vision initiative forum conference assembly office cabinet "
             "secretariat bureau office committee task force special envoy comprehensive strategic").split()
_EN_GIVEN = ("Shigeru Fumio Taro Yoko Kenji Hiroshi Akira Suk Yeol Jae Myung Moon In Kyung Hwa Hyun Joon "
             "Min Ho Seung Yoshihide Shinzo Kishida Yukio").split()
_EN_FAMILY = "Ishiba Kishida Kono Abe Suga Hayashi Motegi Yoon Lee Kim Park Choi Jung Kang Cho Han Moon".split()
_KANJI = ("日本国韓米中安全保障協定軍事情報保護外務省防衛首相大統領会談経済連携海洋自由開放地域対話委員会条約政策"
          "共同声明宣言構想機関研究所内閣官房局長官特使包括戦略半導体輸出管理供給網核抑止沿岸警備漁業境界島海峡半島")
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
_HIRA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん"
_HANGUL_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4, 37)]


def synthetic_entries(n: int, seed: int = 2) -> list[Entry]:
    rnd = random.Random(seed)
    cats = [c for c in Category]
    out: list[Entry] = []
    for i in range(n):
        if rnd.random() < 0.3:
            en = f"{rnd.choice(_EN_GIVEN)} {rnd.choice(_EN_FAMILY)} {rnd.choice(_EN_GIVEN)}"
            cat = Category.PERSON
        else:
            en = " ".join(rnd.choice(_EN_WORDS) for _ in range(rnd.randint(2, 5))).title()
            cat = rnd.choice(cats)
        en = f"{en} {i}"  # unique keys, as in a real termbase
        ja = "".join(rnd.choice(_KANJI) for _ in range(rnd.randint(3, 8)))
        if rnd.random() < 0.3:
            ja += "".join(rnd.choice(_KANA) for _ in range(rnd.randint(2, 5)))
        ja += str(i)
        ko = "".join(rnd.choice(_HANGUL_SYLLABLES) for _ in range(rnd.randint(2, 7))) + str(i)
        terms = [Term("en", en, Role.PREFERRED, Status.APPROVED, "text", 1.0),
                 Term("ja", ja, Role.PREFERRED, Status.SUGGESTED, f"footnote:{i % 40}", 0.8,
                      "cited in a footnote", "".join(rnd.choice(_HIRA) for _ in range(4))),
                 Term("ko", ko, Role.PREFERRED, Status.APPROVED if i % 3 else Status.SUGGESTED, "editor", 1.0)]
        if rnd.random() < 0.2:
            terms.append(Term("en", "".join(w[0] for w in en.split()[:-1]).upper() + str(i),
                              Role.ABBREVIATION, Status.APPROVED, "text", 1.0))
        out.append(Entry(f"e{i:06d}", cat, "", tuple(terms)))
    return out


def _cold_command() -> list[str]:
    script = Path(sys.executable).with_name("glossary")
    return [str(script)] if script.exists() else [sys.executable, "-m", "glossary"]


def _time_process(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(n: int = N_ENTRIES) -> bool:
    tmp = Path(tempfile.mkdtemp(prefix="glossary-bench-"))
    db = tmp / "bench.db"
    ok = True
    try:
        t0 = time.perf_counter()
        entries = synthetic_entries(n)
        gen_s = time.perf_counter() - t0
        n_terms = sum(len(e.terms) for e in entries)
        print(f"synthetic termbase: {n:,} entries, {n_terms:,} terms (en/ja/ko), generated in {gen_s:.2f} s")

        with Glossary.open(db, actor="bench") as g:
            t0 = time.perf_counter()
            g.add_all(entries)
            load_s = time.perf_counter() - t0
        good = load_s <= LOAD_TARGET_S
        ok &= good
        print(f"bulk load            {load_s:8.2f} s   ({n / load_s:,.0f} entries/s; "
              f"db {db.stat().st_size / 1e6:.0f} MB)   target <= {LOAD_TARGET_S:.0f} s   {verdict(good)}")

        # warm in-process lookup vs a dict of the same keys
        rnd = random.Random(7)
        sample = rnd.sample(entries, 2000)
        queries = [rnd.choice(e.terms).text for e in sample]
        table = {t.text: e.id for e in entries for t in e.terms}
        with Glossary.open(db, actor="bench") as g:
            for q in queries[:200]:  # warm caches and the page cache
                g.lookup(q)
            assert all(g.lookup(q) for q in queries[:50])
            rounds = 3
            t0 = time.perf_counter()
            for _ in range(rounds):
                for q in queries:
                    g.lookup(q)
            lookup_us = (time.perf_counter() - t0) / (rounds * len(queries)) * 1e6
            t0 = time.perf_counter()
            dict_rounds = 200
            for _ in range(dict_rounds):
                for q in queries:
                    table[q]
            dict_us = (time.perf_counter() - t0) / (dict_rounds * len(queries)) * 1e6
            t0 = time.perf_counter()
            for q in queries:
                g.lookup(q, to="ko")
            to_us = (time.perf_counter() - t0) / len(queries) * 1e6
        good = lookup_us <= LOOKUP_TARGET_US
        ok &= good
        print(f"warm lookup          {lookup_us:8.1f} µs/op   dict {dict_us:.3f} µs/op   "
              f"ratio {lookup_us / dict_us:,.0f}x   (with to='ko': {to_us:.1f} µs/op)   "
              f"target <= {LOOKUP_TARGET_US:.0f} µs   {verdict(good)}")

        # cold process: `glossary lookup` vs `python -c "import sqlite3"`
        # An installed package has its bytecode compiled; a checkout run with
        # PYTHONDONTWRITEBYTECODE=1 would recompile every module on every run.  Both
        # commands get the same byte-code cache (a temporary PYTHONPYCACHEPREFIX).
        env = {k: v for k, v in os.environ.items() if k not in ("GLOSSARY_DB", "PYTHONDONTWRITEBYTECODE")}
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        cmd = _cold_command() + ["--db", str(db), "lookup", queries[0], "--to", "ko"]
        check = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if check.returncode != 0:
            print(f"cold lookup failed: rc {check.returncode}: {check.stderr.strip()}")
            return False
        base_cmd = [sys.executable, "-c", "import sqlite3"]
        for _ in range(2):  # warm-up: byte-code cache and OS page cache
            _time_process(base_cmd, env)
            _time_process(cmd, env)
        glossary_t, base_t = [], []
        for _ in range(COLD_RUNS):  # interleaved so both see the same machine load
            base_t.append(_time_process(base_cmd, env))
            glossary_t.append(_time_process(cmd, env))
        g_ms, b_ms = statistics.median(glossary_t) * 1e3, statistics.median(base_t) * 1e3
        ratio = g_ms / b_ms
        good = ratio <= COLD_TARGET_RATIO
        ok &= good
        print(f"cold lookup process  {g_ms:8.1f} ms   python -c 'import sqlite3' {b_ms:.1f} ms   "
              f"ratio {ratio:.2f}x   target <= {COLD_TARGET_RATIO}x   {verdict(good)}")
        print(f"  ({' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd[:2]))} ... ; "
              f"median of {COLD_RUNS} runs each)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("core:", verdict(ok))
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main(int(sys.argv[1]) if len(sys.argv) > 1 else N_ENTRIES) else 1)
