"""Exchange-format benchmark (issue 6, acceptance 4) on a synthetic 100,000-entry termbase.

- .po export (read the termbase + write the Korean catalog) against polib writing the
  same messages directly (building its POEntry objects from the same in-memory entries
  and saving), in the same run: target ratio <= 1.5;
- JSON dump (`export json`) and restore (`import` into an empty termbase): <= 10 s each;
- for information: the full `export po` (pot + po + mo), TBX export, .po import.

Every figure is given as wall time and CPU time (time.process_time: this process, all
threads, SQLite included).  Other work on the machine stretches wall time, not CPU time,
so PASS/FAIL is judged on CPU time.

Run:  python bench/run.py formats   (or python bench/bench_formats.py [N])
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from glossary import Glossary  # noqa: E402
from glossary.formats.pofile import po_pairs, write_po  # noqa: E402
from glossary.model import Category, Entry, Occurrence, Role, Status, Term  # noqa: E402

N_ENTRIES = 100_000
PO_RATIO_TARGET = 1.5
JSON_TARGET_S = 10.0

_WORDS = ("national security strategy defense cooperation alliance trilateral summit ministry foreign affairs "
          "agreement framework economic partnership maritime indo pacific regional dialogue council treaty "
          "military information protection supply chain resilience export control semiconductor energy").split()
_KANJI = "国家安全保障戦略防衛協力同盟首脳会談外務省経済連携海洋地域対話理事会条約軍事情報保護供給網輸出管理半導体"
_HANGUL = "국가안보전략방위협력동맹정상회담외교부경제동반자해양지역대화이사회조약군사정보보호공급망수출통제반도체"


def synthetic_entries(n: int, seed: int = 6) -> list[Entry]:
    rnd = random.Random(seed)
    cats = list(Category)
    out = []
    for i in range(n):
        en = " ".join(rnd.choice(_WORDS).capitalize() for _ in range(rnd.randint(2, 5))) + f" {i}"
        terms = [Term("en", en, Role.PREFERRED, Status.APPROVED, "text")]
        if i % 3 == 0:
            terms.append(Term("en", "".join(w[0] for w in en.split()[:-1]).upper() + str(i), Role.ABBREVIATION,
                              Status.APPROVED, "text"))
        terms.append(Term("ja", "".join(rnd.choice(_KANJI) for _ in range(rnd.randint(3, 9))) + str(i),
                          Role.PREFERRED, rnd.choice((Status.APPROVED, Status.SUGGESTED)), "footnote:3", 0.9,
                          "footnote 3 cites it", ""))
        if i % 4:
            terms.append(Term("ko", "".join(rnd.choice(_HANGUL) for _ in range(rnd.randint(3, 9))) + str(i),
                              Role.PREFERRED, rnd.choice((Status.APPROVED, Status.SUGGESTED)), "dictionary:x",
                              0.8, 'a "quoted" \\ reason'))
        note = f"Note {i}\nsecond line\twith tab" if i % 5 == 0 else ""
        occs = (Occurrence(f"seeds/doc{i % 50}.txt", i % 900 + 1, 5, "context sentence"),) if i % 2 else ()
        out.append(Entry(f"e{i:06d}", cats[i % len(cats)], note, tuple(terms), occs))
    return out


def _polib_write(entries: list[Entry], lang: str, path: str) -> None:
    """The baseline: polib writing the same messages (same slots, comments, flags)."""
    import polib

    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Project-Id-Version": "glossary", "Language": lang, "MIME-Version": "1.0",
                   "Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "8bit",
                   "Plural-Forms": "nplurals=1; plural=0;"}
    for e in entries:
        pairs = po_pairs(e, lang)
        for p in pairs:
            target = p.target
            comments = [f"category: {e.category.value}"] if p.slot == 0 else []
            comments.append(f"en {p.source.role.value} ({p.source.status.value})")
            if target is not None:
                comments.append(f"{lang} {target.role.value} ({target.status.value})")
            po.append(polib.POEntry(
                msgctxt=e.id if p.slot == 0 else f"{e.id}|{p.slot}", msgid=p.source.text,
                msgstr=target.text if target else "", comment="\n".join(comments),
                occurrences=[(o.doc, str(o.line)) for o in e.occurrences] if p.slot == 0 else [],
                flags=["fuzzy"] if target is not None and target.status is not Status.APPROVED else []))
    po.save(path)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


class timed:
    """with timed() as t: ...  ->  t.wall, t.cpu (seconds); str(t) shows both."""

    def __enter__(self) -> "timed":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f} s wall / {self.cpu:.2f} s CPU"


def main(n: int = N_ENTRIES) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        items = synthetic_entries(n)
        g = Glossary.open(os.path.join(tmp, "a.db"), actor="bench")
        with timed() as t:
            g.add_all(items)
        print(f"build: {n:,} entries via Glossary.add_all in {t}")

        # .po export: reading the termbase is common to both sides (timed once); then our
        # writer vs polib writing the same messages.  Ratio = (read + ours) / (read + polib),
        # of CPU times.
        with timed() as read:
            entries = g.list(order="id")
        with timed() as ours, open(os.path.join(tmp, "ours.po"), "w", encoding="utf-8", newline="\n") as fh:
            messages = write_po(fh, entries, lang="ko", stamp=max(e.updated_at for e in entries))
        with timed() as baseline:
            _polib_write(entries, "ko", os.path.join(tmp, "polib.po"))
        ratio = (read.cpu + ours.cpu) / (read.cpu + baseline.cpu)
        wall_ratio = (read.wall + ours.wall) / (read.wall + baseline.wall)
        ok_po = ratio <= PO_RATIO_TARGET
        print(f"po export: read termbase {read} + write {ours} ({messages:,} messages); "
              f"polib writing the same messages {baseline} (writer-only CPU ratio {ours.cpu / baseline.cpu:.2f}); "
              f"export CPU ratio {ratio:.2f}, wall ratio {wall_ratio:.2f} (target <= {PO_RATIO_TARGET}) "
              f"{verdict(ok_po)}")

        with timed() as t:
            g.export_po("ko", os.path.join(tmp, "locale"), mo=True)
        print(f"export po --mo (pot + po + mo): {t}")
        with timed() as t:
            g.export_tbx(os.path.join(tmp, "g.tbx"))
        print(f"export tbx: {t}")

        dump = os.path.join(tmp, "g.json")
        with timed() as dump_t:
            g.export_json(dump)
        ok_dump = dump_t.cpu <= JSON_TARGET_S
        print(f"json dump: {dump_t} ({os.path.getsize(dump) / 1e6:.1f} MB) (target <= {JSON_TARGET_S:.0f} s CPU) "
              f"{verdict(ok_dump)}")
        g.close()

        b = Glossary.open(os.path.join(tmp, "b.db"), actor="bench")
        with timed() as restore_t:
            report = b.import_file(dump)
        ok_restore = restore_t.cpu <= JSON_TARGET_S and len(report.added) == n
        print(f"json restore: {restore_t}, {len(report.added):,} entries (target <= {JSON_TARGET_S:.0f} s CPU) "
              f"{verdict(ok_restore)}")
        b.close()

        c = Glossary.open(os.path.join(tmp, "c.db"), actor="bench")
        with timed() as t:
            report = c.import_file(os.path.join(tmp, "locale", "ko", "LC_MESSAGES", "glossary.po"))
        print(f"po import into an empty termbase: {t}, {len(report.added):,} entries")
        c.close()
    ok = ok_po and ok_dump and ok_restore
    print(f"formats: {verdict(ok)}")
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main(int(sys.argv[1]) if len(sys.argv) > 1 else N_ENTRIES) else 1)
