"""Official names of international organisations and treaties (align/official_names.py),
and the README's example: after extracting the seed, GSOMIA has a Korean form."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_glossary
from glossary.align.official_names import add_official_names, official
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("english, ja, ko", [
    ("GSOMIA", "軍事情報包括保護協定", "군사정보보호협정"),
    ("General Security of Military Information Agreement", "軍事情報包括保護協定", "군사정보보호협정"),
    ("the Non-Proliferation Treaty", "核兵器不拡散条約", "핵확산금지조약"),      # the key ignores "the"
    ("IAEA", "国際原子力機関", "국제원자력기구"),
])
def test_official_names(english, ja, ko):
    assert official(english)[1:] == (ja, ko)


def test_an_acronym_only_as_written():
    assert official("Who") is None and official("quad") is None      # words, not WHO / Quad
    assert official("WHO") is not None and official("Quad") is not None


def test_fills_only_what_is_missing():
    c = Candidate(Category.INSTITUTION, [Form("en", "WTO"), Form("ko", "세계무역기구", origin="footnote:2")], 0.9)
    assert add_official_names([c]) == 1
    ja = next(f for f in c.forms if f.lang == "ja")
    assert (ja.text, ja.origin) == ("世界貿易機関", "dictionary:mofa") and "World Trade Organization" in ja.evidence


def test_readme_example_gsomia_to_ko_after_extracting_the_seed(tmp_path):
    db = tmp_path / "t.db"
    assert run_glossary("--db", db, "extract", ROOT / "seeds" / "000_409e99854556560e.txt").rc == 0
    res = run_glossary("--db", db, "lookup", "GSOMIA", "--to", "ko")
    assert res.rc == 0 and "군사정보보호협정" in res.stdout, res.stdout + res.stderr
