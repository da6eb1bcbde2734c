"""Embassies and consulates (align/missions.py): Korean names a mission by its host country's
one-syllable abbreviation and its own country (주한 일본대사관)."""
from __future__ import annotations

import pytest

from glossary.align.missions import mission
from glossary.align.suggestions import add_suggestions
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category, Role


@pytest.mark.parametrize("english, ko", [
    ("Japanese Embassy in Seoul", "주한 일본대사관"),                  # the host by its capital
    ("the Japanese embassy in Seoul", "주한 일본대사관"),
    ("Embassy of Japan in the Republic of Korea", "주한 일본대사관"),    # "of" the owner, the host's formal name
    ("U.S. Embassy in Japan", "주일 미국대사관"),
    ("Chinese Consulate-General in Seoul", "주한 중국총영사관"),
    ("the Japanese embassy", None),                                     # not placed
    ("Japanese Consulate in New York", None),                           # a city that is no capital of the table
    ("Embassy of Japan in Japan", None),
])
def test_a_mission_is_named_by_its_host_and_its_country(english, ko):
    found = mission(english)
    assert (found[1] if found else None) == ko


def test_the_korean_name_is_suggested_with_its_evidence_and_no_japanese():
    cand = Candidate(Category.INSTITUTION, [Form("en", "Japanese Embassy in Seoul", Role.PREFERRED)], 0.9)
    add_suggestions([cand])
    ko = [f for f in cand.forms if f.lang == "ko"]
    assert [(f.text, f.origin) for f in ko] == [("주한 일본대사관", "convention:mission")] and "host" in ko[0].evidence
    assert not any(f.lang == "ja" and f.origin == "convention:mission" for f in cand.forms)
