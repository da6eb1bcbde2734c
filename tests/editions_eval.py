#!/usr/bin/env python3
"""Score `align-edition` on the edition pairs of tests/data/editions/ (issue 17).

    python3 tasks.py eval-editions                 the dev units: one row per unit and language, the totals
    python3 tasks.py eval-editions --sealed        the sealed units (score them once, at the end of a change)
    python3 tasks.py eval-editions --data DIR      units under DIR/dev (and DIR/sealed)
    python3 tasks.py eval-editions --show          also every harvested pair and every gold pair missed
    python3 tasks.py eval-editions --joined        each document's blocks joined into one paragraph first

Per unit: a fresh termbase; the Japanese edition is aligned first, then the Korean one (as
a desk would take them in).  Each unit file's first line (`# source: URL`) is metadata and
is dropped before reading.

Term pairs (gold.tsv: en, lang, form, category, note with `also: A | B`): a harvested pair
(English, language, form) is correct when its English is a gold `en` of that language (on
the matching key) and its form is the gold form or one of the `also:` forms.
  recall     = gold rows whose English got a correct form / gold rows
  precision  = correct harvested pairs / harvested pairs whose English is a gold `en`
  strict     = correct harvested pairs / all harvested pairs (pairs of terms the gold
               does not list count as wrong)

Sentence alignment (units whose blocks are aligned one to one: NTREX-128 sentence blocks,
WMT24 paragraph blocks, the official statements' 1-1 paragraphs are not scored): a gold
pair (block k of the original, block k of the edition) is recovered when one sentence
pair of the alignment covers exactly block k on both sides.  accuracy = recovered / pairs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

from glossary import Glossary  # noqa: E402
from glossary.errors import GlossaryError  # noqa: E402
from glossary.text.normalize import key  # noqa: E402
from tsvdata import commented_tsv  # noqa: E402

#: units whose blocks are aligned one to one (README of the data: NTREX-128 and WMT24 units)
BLOCK_ALIGNED_CORPORA = ("NTREX", "wmt24")


def read_gold(path: str) -> list[dict]:
    rows = commented_tsv(path)
    for row in rows:
        forms = [row["form"]]
        note = row.get("note", "")
        if "also:" in note:
            also = note.split("also:", 1)[1].split(";", 1)[0]
            forms += [f.strip() for f in also.split("|") if f.strip()]
        row["forms"] = {key(f) for f in forms}
    return rows


def strip_source_line(src: str, dst: str) -> str:
    with open(src, encoding="utf-8") as fh:
        text = fh.read()
    first, _, rest = text.partition("\n")
    with open(dst, "w", encoding="utf-8") as fh:
        fh.write(rest if first.startswith("# source:") else text)
    return first


def blocks(path: str) -> dict[int, int]:
    """line number (of the file as read, source line dropped) -> block index."""
    out, k, inside = {}, -1, False
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                if not inside:
                    k += 1
                    inside = True
                out[n] = k
            else:
                inside = False
    return out


def score_alignment(report, src_blocks: dict[int, int], tgt_blocks: dict[int, int],
                    src_joined: list[int] | None = None, tgt_joined: list[int] | None = None) -> tuple[int, int]:
    """(gold block pairs recovered, gold block pairs).  With `*_joined` (the start offset
    of each block in a file whose blocks were joined into one line), blocks are told by
    the sentences' columns instead of their lines."""
    import bisect

    def span(first_line, last_line, cols, lines, joined):
        if joined is not None:
            return {bisect.bisect_right(joined, c - 1) - 1 for c in cols if c}
        return {lines.get(n) for n in range(first_line, (last_line or first_line) + 1) if n in lines}

    recovered = set()
    for p in report.pairs:
        sb = span(p.source_line, p.source_last_line, p.source_cols, src_blocks, src_joined)
        tb = span(p.target_line, p.target_last_line, p.target_cols, tgt_blocks, tgt_joined)
        if len(sb) == 1 and sb == tb:
            recovered.add(next(iter(sb)))
    total = min(len(set(src_blocks.values())), len(set(tgt_blocks.values())))
    return len(recovered), total


def join_blocks(path: str, lang: str) -> list[int]:
    """Rewrite the file with all its blocks in one paragraph (one line); the start offset
    of each block in that line."""
    with open(path, encoding="utf-8") as fh:
        blocks_ = [b.replace("\n", " ").strip() for b in fh.read().split("\n\n") if b.strip()]
    sep = "" if lang == "ja" else " "
    starts, pos = [], 0
    for b in blocks_:
        starts.append(pos)
        pos += len(b) + len(sep)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(sep.join(blocks_) + "\n")
    return starts


def run_unit(unit: str, show: bool, joined: bool = False) -> list[dict]:
    rows = read_gold(os.path.join(unit, "gold.tsv"))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        en = os.path.join(tmp, "en.txt")
        source = strip_source_line(os.path.join(unit, "en.txt"), en)
        block_aligned = any(c.casefold() in source.casefold() for c in BLOCK_ALIGNED_CORPORA)
        en_blocks = blocks(en)
        en_joined = join_blocks(en, "en") if joined else None
        with Glossary.open(os.path.join(tmp, "eval.db"), actor="eval") as g:
            for lang in ("ja", "ko"):
                path = os.path.join(unit, f"{lang}.txt")
                if not os.path.exists(path):
                    continue
                ed = os.path.join(tmp, f"{lang}.txt")
                strip_source_line(path, ed)
                ed_blocks = blocks(ed)
                ed_joined = join_blocks(ed, lang) if joined else None
                t0 = time.perf_counter()
                try:
                    report = g.align_edition(en, ed, lang=lang)
                except GlossaryError as exc:
                    print(f"{os.path.basename(unit)} {lang}: error: {exc}", file=sys.stderr)
                    continue
                seconds = time.perf_counter() - t0
                gold = [r for r in rows if r["lang"] == lang]
                gold_by_en = {key(r["en"]): r for r in gold}
                harvested = [h for h in report.harvested]

                def gold_ens(h):
                    # the gold names an entry by one English form (its first full mention):
                    # any English form of the harvested entry may be it
                    return {key(e) for e in (h.english, *h.english_forms)} & set(gold_by_en)
                judged = [h for h in harvested if gold_ens(h)]
                correct = [h for h in judged if any(key(h.form) in gold_by_en[e]["forms"] for e in gold_ens(h))]
                hit_en = {e for h in correct for e in gold_ens(h) if key(h.form) in gold_by_en[e]["forms"]}
                recalled = [r for r in gold if key(r["en"]) in hit_en]
                rec = score_alignment(report, en_blocks, ed_blocks, en_joined, ed_joined) if block_aligned else (0, 0)
                out.append({"unit": os.path.basename(unit), "lang": lang, "gold": len(gold),
                            "recalled": len(recalled), "harvested": len(harvested), "judged": len(judged),
                            "correct": len(correct), "aligned": rec[0], "pairs": rec[1], "seconds": seconds})
                if show:
                    for h in harvested:
                        mark = "ok " if h in correct else ("BAD" if h in judged else " ? ")
                        print(f"  {mark} {lang} {h.english} = {h.form}  [{h.how}]")
                    for r in gold:
                        if key(r["en"]) not in hit_en:
                            print(f"  MISS {lang} {r['en']} = {r['form']}  ({r['category']})")
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sealed", action="store_true", help="score the sealed units instead of dev")
    ap.add_argument("--data", default=os.path.join(HERE, "data", "editions"), help="the editions data directory")
    ap.add_argument("--show", action="store_true", help="list every harvested pair and every miss")
    ap.add_argument("--joined", action="store_true",
                    help="join each document's blocks into one paragraph first (no paragraph structure to help "
                         "the aligner: the harder sentence alignment test)")
    args = ap.parse_args(argv)
    side = os.path.join(args.data, "sealed" if args.sealed else "dev")
    if not os.path.isdir(side):
        print(f"eval-editions: no {side} (the edition pairs of issue 17)", file=sys.stderr)
        return 2
    results = []
    for name in sorted(os.listdir(side)):
        unit = os.path.join(side, name)
        if os.path.isfile(os.path.join(unit, "gold.tsv")):
            if args.show:
                print(name)
            results += run_unit(unit, args.show, args.joined)
    print(f"{'unit':38} {'lang':4} {'gold':>4} {'rec':>5} {'harv':>4} {'prec':>5} {'strict':>6} {'align':>7} {'s':>5}")
    for r in results:
        rec = r["recalled"] / r["gold"] if r["gold"] else 0
        prec = r["correct"] / r["judged"] if r["judged"] else 1
        strict = r["correct"] / r["harvested"] if r["harvested"] else 1
        align = f"{r['aligned']}/{r['pairs']}" if r["pairs"] else "-"
        print(f"{r['unit']:38} {r['lang']:4} {r['gold']:4} {rec:5.2f} {r['harvested']:4} {prec:5.2f} {strict:6.2f} "
              f"{align:>7} {r['seconds']:5.2f}")
    for lang in ("ja", "ko", None):
        rs = [r for r in results if lang is None or r["lang"] == lang]
        if not rs:
            continue
        g = sum(r["gold"] for r in rs)
        rec = sum(r["recalled"] for r in rs) / g if g else 0
        j = sum(r["judged"] for r in rs)
        prec = sum(r["correct"] for r in rs) / j if j else 1
        h = sum(r["harvested"] for r in rs)
        strict = sum(r["correct"] for r in rs) / h if h else 1
        a, p = sum(r["aligned"] for r in rs), sum(r["pairs"] for r in rs)
        align = f"{a / p:.3f} ({a}/{p})" if p else "-"
        print(f"TOTAL {lang or 'all':5} gold {g}  recall {rec:.3f}  precision {prec:.3f}  strict {strict:.3f}  "
              f"sentence alignment {align}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
