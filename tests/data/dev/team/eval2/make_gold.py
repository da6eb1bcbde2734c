#!/usr/bin/env python3
"""Build the second held-out set's gold files (NAME.gold.json) from the annotations here.

    python3 tests/data/eval2/make_gold.py          # rewrite every *.gold.json, report problems
    python3 tests/data/eval2/make_gold.py --check  # only report problems (exit 1 if any)

The builder is tests/data/eval/make_gold.py's, run on this directory: the articles, the
spec_*.py annotations and the gold files are this set's own, so the two held-out sets
cannot drift together; only the code that derives the mechanical parts is shared.
"""
from __future__ import annotations

import importlib.util
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "_make_gold_eval2", os.path.join(_HERE, os.pardir, "eval", "make_gold.py"))
_builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_builder)
_builder.HERE = _HERE  # the builder's functions read their directory from this global

build = _builder.build
load_specs = _builder.load_specs
main = _builder.main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
