#!/usr/bin/env python3
"""Build the probe essays' gold files (NAME.gold.json) from the annotations here.

    python3 tests/data/dev/team/probes/make_gold.py          # rewrite every *.gold.json, report problems
    python3 tests/data/dev/team/probes/make_gold.py --check  # only report problems (exit 1 if any)

The builder is ../eval/make_gold.py's, run on this directory, with three layouts it lacks:
notes labelled with superscript digits ("¹ 防衛省…"), notes numbered "(N) ", and
"<sup>N</sup>" body markers.  Offsets refer to the decoded text (BOM removed, CRLF -> LF, NFC).
"""
from __future__ import annotations

import importlib.util
import os
import re
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "_make_gold_probes", os.path.join(_HERE, os.pardir, "eval", "make_gold.py"))
_builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_builder)
_builder.HERE = _HERE

_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_builder.NOTE_LINE["superscript"] = re.compile(rf"^([{_SUPER}]{{1,3}}) (.*)$")   # "¹² Ministry of ..."
_builder.NOTE_LINE["paren-both"] = re.compile(r"^\((\d{1,3})\) (.*)$")         # "(12) Ministry of ..."

_orig_marker = _builder.marker_string


def marker_string(style: str, n: int) -> str:
    if style == "sup-tag":
        return f"<sup>{n}</sup>"
    return _orig_marker(style, n)


def split_notes(lines: list[str], note_style: str):
    """The builder's split_notes, reading superscript labels as numbers."""
    rx = _builder.NOTE_LINE[note_style]
    num = lambda s: int(s.translate(str.maketrans(_SUPER, "0123456789")))
    start = None
    for i, line in enumerate(lines):
        m = rx.match(line)
        if m and num(m.group(1)) == 1:
            start = i
    assert start is not None, "no note 1"
    notes, cur = {}, None
    for i in range(start, len(lines)):
        m = rx.match(lines[i])
        if m:
            cur = num(m.group(1))
            notes[cur] = ([m.group(2)], [i + 1])
        elif lines[i].strip() and cur is not None:
            notes[cur][0].append(lines[i].strip())
            notes[cur][1].append(i + 1)
    return start, {n: ("\n".join(t), ls) for n, (t, ls) in notes.items()}


_orig_build = _builder.build


def build(spec, problems: list[str]) -> dict:
    """The builder's build, with the text's real path (tests/data/dev/team/probes/...)."""
    gold = _orig_build(spec, problems)
    gold["meta"]["source"] = f"tests/data/dev/team/probes/{spec.FILE}"
    gold["meta"]["generated_by"] = f"tests/data/dev/team/probes/make_gold.py from {spec.__name__}.py"
    return gold


_builder.marker_string = marker_string
_builder.split_notes = split_notes
_builder.build = build

load_specs = _builder.load_specs
main = _builder.main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
