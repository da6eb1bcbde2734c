#!/usr/bin/env python3
"""Build the held-out gold files (NAME.gold.json) from the annotations below.

    python3 tests/data/eval/make_gold.py          # rewrite every *.gold.json, report problems
    python3 tests/data/eval/make_gold.py --check  # only report problems (exit 1 if any)

The annotation (terms, footnote anchors and term pairs) is written by hand in the spec
modules `spec_*.py` next to this file; this script derives what is mechanical so it cannot
drift from the article text: the verbatim footnote text, marker_context and offsets, the
CJK segments of each note, `evidence`, `en_in_source`, and the file layout.  It also
checks the annotation: every alias, ja_in_source/ko_in_source and term-pair string must
occur in the article, every term pair must name a gold term, every marker anchor must be
unique.  The output format is exactly that of ../shared/eval/seed-gold.json.

Offsets and line numbers refer to the decoded text (BOM removed, CRLF -> LF, NFC), which
is what `glossary.documents.read_document` sees.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

#: Characters of Japanese or Korean text (Han, kana, Hangul and CJK punctuation).
CJK_CHAR = r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\uff00-\uffef"
#: A maximal CJK segment: CJK characters, possibly with Latin/digits/spaces/punctuation inside.
CJK_SEGMENT = re.compile(rf"[{CJK_CHAR}0-9A-Za-z][{CJK_CHAR}0-9A-Za-z .,·・、…'‘’\-+–―—()（）]*[{CJK_CHAR})）]|[{CJK_CHAR}]")
#: Quoted titles: 「…」 『…』 “…” "…".
QUOTED = re.compile(r"「([^」]*)」|『([^』]*)』|“([^”]*)”|\"([^\"]*)\"")
HAS_CJK = re.compile(rf"[{CJK_CHAR}]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
KANA = re.compile(r"[\u3040-\u30ff]")

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

#: How each article's notes are numbered and how its body markers look.
NOTE_LINE = {
    "dot": re.compile(r"^(\d{1,3})\. (.*)$"),           # "12. Ministry of ..."
    "bracket": re.compile(r"^\[(\d{1,3})\] (.*)$"),      # "[12] Ministry of ..."
    "paren": re.compile(r"^(\d{1,3})\) (.*)$"),          # "12) Ministry of ..."
    "markdown": re.compile(r"^\[\^(\d{1,3})\]: (.*)$"),  # "[^12]: Ministry of ..."
}


def marker_string(style: str, n: int) -> str:
    return {"glued": str(n), "bracket": f"[{n}]", "superscript": str(n).translate(SUPERSCRIPT),
            "markdown": f"[^{n}]"}[style]


def decode(path: str, encoding: str) -> str:
    text = open(path, "rb").read().decode(encoding)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def key(s: str) -> str:
    """The scorer's matching key (../shared/eval/score.py)."""
    punct = re.compile(r"[\s\-‐‑‒–—―・·•.,'’‘\"“”()（）\[\]「」『』〈〉《》:：;；!?/]+")
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = re.sub(r"^the\s+", "", s)
    return punct.sub("", s)


def split_notes(lines: list[str], note_style: str):
    """-> (first note line index, {n: (text, [1-based line numbers])})."""
    rx = NOTE_LINE[note_style]
    start = None
    for i, line in enumerate(lines):
        m = rx.match(line)
        if m and m.group(1) == "1":
            start = i
    assert start is not None, "no note 1"
    notes, cur = {}, None
    for i in range(start, len(lines)):
        line = lines[i]
        m = rx.match(line)
        if m:
            cur = int(m.group(1))
            notes[cur] = ([m.group(2)], [i + 1])
        elif line.strip() and cur is not None:
            notes[cur][0].append(line.strip())
            notes[cur][1].append(i + 1)
    return start, {n: ("\n".join(t), ls) for n, (t, ls) in notes.items()}


def cjk_segments(text: str) -> list[str]:
    out = []
    rest = text
    for m in QUOTED.finditer(text):
        q = next(g for g in m.groups() if g is not None)
        if HAS_CJK.search(q):
            out.append(q)
        rest = rest.replace(m.group(0), " ¦ ")
    for m in CJK_SEGMENT.finditer(rest):
        seg = m.group(0).strip(" ,.()")
        if HAS_CJK.search(seg) and seg not in out:
            out.append(seg)
    return out


def lang_of(segs: list[str]) -> str | None:
    joined = "".join(segs)
    if not joined:
        return None
    if HANGUL.search(joined):
        return "ko"
    return "ja"


def occurs_word(form: str, text: str, case: bool = True) -> bool:
    if HAS_CJK.search(form):
        return form in text
    flags = 0 if case else re.IGNORECASE
    return re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text, flags) is not None


def build(spec, problems: list[str]) -> dict:
    path = os.path.join(HERE, spec.FILE)
    text = decode(path, spec.ENCODING)
    lines = text.split("\n")
    start, notes = split_notes(lines, spec.NOTE_STYLE)
    body = "\n".join(lines[:start])
    regions = {"body": body}
    for n, (t, _) in notes.items():
        regions[f"footnote {n}"] = t
    where = lambda msg: problems.append(f"{spec.FILE}: {msg}")

    terms = []
    gold_keys = {}
    for t in spec.TERMS:
        for f in [t["en"], *t["aliases"]]:
            if key(f) in gold_keys and gold_keys[key(f)] != t["id"]:
                where(f"form {f!r} of {t['id']} also belongs to {gold_keys[key(f)]}")
            gold_keys[key(f)] = t["id"]
    seen_ids = set()
    for t in spec.TERMS:
        if t["id"] in seen_ids:
            where(f"duplicate id {t['id']}")
        seen_ids.add(t["id"])
        for a in t["aliases"]:
            if not occurs_word(a, text, case=False):
                where(f"alias {a!r} of {t['id']} does not occur in the article")
        for lang in ("ja", "ko"):
            f = t.get(f"{lang}_in_source")
            if f and f not in text:
                where(f"{lang}_in_source {f!r} of {t['id']} does not occur in the article")
        forms = [t["en"], *t["aliases"]]
        cjk_forms = [f for f in (t.get("ja_in_source"), t.get("ko_in_source")) if f]
        evidence = [r for r, rt in regions.items()
                    if any(occurs_word(f, rt) for f in forms) or any(f in rt for f in cjk_forms)]
        if not evidence:
            where(f"term {t['id']} does not occur anywhere")
        out = {"id": t["id"], "en": t["en"], "aliases": t["aliases"], "category": t["category"],
               "ja": t["ja"], "ko": t["ko"], "ja_in_source": t.get("ja_in_source"),
               "ko_in_source": t.get("ko_in_source"), "evidence": evidence,
               "required": t["required"], "en_in_source": occurs_word(t["en"], text)}
        for k in ("unsure", "ja_alt", "ko_alt", "note"):
            if t.get(k):
                out[k] = t[k]
        terms.append(out)

    footnotes = []
    for n in sorted(notes):
        ntext, nlines = notes[n]
        fs = spec.NOTES.get(n)
        if fs is None:
            where(f"note {n} has no annotation")
            continue
        marker = marker_string(spec.MARKER_STYLE, n)
        needle = fs["anchor"] + marker
        hits = [m.start() for m in re.finditer(re.escape(needle), body)]
        if len(hits) != 1:
            where(f"note {n}: anchor {needle!r} occurs {len(hits)} times in the body")
            continue
        # the marker must not be followed by a further digit (e.g. "1" of "12")
        end = hits[0] + len(needle)
        if spec.MARKER_STYLE in ("glued", "superscript") and end < len(body) and \
                body[end] in ("0123456789" if spec.MARKER_STYLE == "glued" else "⁰¹²³⁴⁵⁶⁷⁸⁹"):
            where(f"note {n}: anchor {needle!r} is followed by another digit")
        offset = hits[0] + len(fs["anchor"])
        line = body.count("\n", 0, offset) + 1
        segs = cjk_segments(ntext)
        for en, cjk in fs.get("pairs", []):
            if key(en) not in gold_keys:
                where(f"note {n}: pair English {en!r} is not a gold en/alias")
            if cjk not in ntext:
                where(f"note {n}: pair CJK {cjk!r} is not in the note text")
        fn = {"n": n, "text": ntext, "source_lines": nlines, "cjk": segs,
              "lang": lang_of(segs), "en_gloss": fs.get("gloss"),
              "marker_context": needle,
              "marker_line": line, "marker_char_offset": offset,
              "term_pairs": [list(p) for p in fs.get("pairs", [])]}
        if segs and not fs.get("gloss"):
            where(f"note {n} has CJK text but no en_gloss")
        if fs.get("lexical"):
            fn["lexical_pairs"] = [list(p) for p in fs["lexical"]]
        footnotes.append(fn)
    for n in spec.NOTES:
        if n not in notes:
            where(f"annotated note {n} is not in the article")

    # every required term's forms should be found by a reader: report required terms
    # that occur only in CJK (a reader of the English cannot find them)
    last_note_line = max(l for _, ls in notes.values() for l in ls)
    layout = (f"lines 1-{start} body; lines {start + 1}-{last_note_line} notes "
              f"{min(notes)}-{max(notes)} ({spec.NOTE_STYLE} numbering, {spec.MARKER_STYLE} markers)")
    return {
        "meta": {
            "source": f"tests/data/{os.path.basename(HERE)}/{spec.FILE}",
            "source_encoding": spec.ENCODING_NOTE,
            "source_chars": len(text),
            "source_lines": len(lines) - (1 if lines and lines[-1] == "" else 0),
            "layout": layout,
            "conventions": CONVENTIONS,
            "generated_by": f"tests/data/{os.path.basename(HERE)}/make_gold.py from " + spec.__name__ + ".py",
        },
        "terms": terms,
        "footnotes": footnotes,
        "anomalies": spec.ANOMALIES,
    }


CONVENTIONS = [
    "same format and conventions as ../shared/eval/seed-gold.json",
    "evidence: every region where the term occurs in any listed form (en, aliases, ja_in_source, ko_in_source): 'body', 'footnote N'",
    "en_in_source: whether the canonical en string itself occurs verbatim (case-sensitive); when false the en is a full/standard form not written in the article",
    "ja/ko: standard forms as Japanese/Korean government or media write them; ja_alt/ko_alt: other common forms; unsure: true where the standard form was not verified",
    "footnote text: verbatim, without the leading note number ('N. ', '[N] ', 'N) ', '[^N]: '); continuation lines joined with \\n (Markdown indentation removed); marker_context: verbatim body string ending in the marker (unique in the file); marker_char_offset: 0-based offset of the marker in the decoded text (BOM removed, CRLF -> LF)",
    "cjk: Japanese/Korean title or name segments of the note, copied verbatim",
    "term_pairs: [English term as written near the marker (case-insensitive; always a gold term's en or alias), CJK string verbatim from the footnote]; lexical_pairs: further word-level correspondences whose English side is not a glossary term",
    "required: false for places, office titles, generic descriptions, and names that occur only in Japanese/Korean (no English form in the article to match)",
]


def T(id, en, category, ja, ko, *aliases, req=True, jas=None, kos=None, unsure=False,
      ja_alt=(), ko_alt=(), note=None):
    """One gold term (see CONVENTIONS)."""
    return {"id": id, "en": en, "aliases": list(aliases), "category": category, "ja": ja, "ko": ko,
            "ja_in_source": jas, "ko_in_source": kos, "required": req, "unsure": unsure,
            "ja_alt": list(ja_alt), "ko_alt": list(ko_alt), "note": note}


def P(id, en, ja, ko, *aliases, **kw):
    """A place: never required."""
    return T(id, en, "place", ja, ko, *aliases, req=False, **kw)


def N(anchor, *pairs, gloss=None, lexical=()):
    """One footnote: the body text just before its marker, its term pairs."""
    return {"anchor": anchor, "pairs": list(pairs), "gloss": gloss, "lexical": list(lexical)}


def load_specs():
    sys.path.insert(0, HERE)
    import builtins
    builtins.T, builtins.P, builtins.N = T, P, N  # the spec modules use these helpers
    specs = []
    for name in sorted(os.listdir(HERE)):
        if name.startswith("spec_") and name.endswith(".py"):
            s = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
            mod = importlib.util.module_from_spec(s)
            s.loader.exec_module(mod)
            specs.append(mod)
    return specs


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    problems: list[str] = []
    for spec in load_specs():
        gold = build(spec, problems)
        out = os.path.join(HERE, spec.GOLD)
        req = sum(t["required"] for t in gold["terms"])
        pairs = sum(len(f["term_pairs"]) for f in gold["footnotes"])
        print(f"{spec.GOLD}: {len(gold['terms'])} terms ({req} required), "
              f"{len(gold['footnotes'])} notes, {pairs} term pairs, {gold['meta']['source_chars']} chars")
        if not check_only:
            with open(out, "w", encoding="utf-8") as fh:
                json.dump(gold, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
