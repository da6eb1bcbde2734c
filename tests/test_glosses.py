"""Dictionary-gloss evidence (align/glosses.py): a Japanese term whose pieces JMdict and
JMnedict gloss as the English name."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.glosses import gloss_match, gloss_phrases
from glossary.documents import read_document
from glossary.pipeline import analyse
from glossary.text import jmdict

pytestmark = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")
DATA = Path(__file__).parent / "data" / "align"


@pytest.mark.parametrize("term, english, ok", [
    ("防衛白書", "Defense White Paper", True),                      # 防衛 defense + 白書 white paper
    ("世界遺産一覧表", "World Heritage List", True),
    ("経済安全保障担当大臣", "Minister in charge of Economic Security", True),
    ("防衛白書", "Defense Budget", False),                          # 白書 says nothing the English says
    ("防衛白書", "Defense White Paper on Fisheries", False),        # "fisheries": no piece glosses it
    ("記載決定", "Gold Mines", False),
    ("역사 교과서", "history textbook", True),                      # Korean: the Sino-Korean bridge's JMdict words
    ("한일 정상회담", "Korea-Japan summit", True),
    ("역사 교과서", "history museum", False),
    ("毎日放送", "Mainichi Broadcasting", True),                     # a proper name's piece by its reading
    ("毎日放送", "Daily Broadcasting", False),                      # 毎日 glosses "every day", not "daily"
    ("中国大使館", "Chinese Embassy", True),                        # a demonym is its country (CLDR)
    ("日本大使館", "Chinese Embassy", False),
])
def test_pieces_and_english_cover_each_other(term, english, ok):
    assert (gloss_match(term, english) is not None) is ok


def test_the_phrase_of_a_sentence_runs_over_every_glossed_word():
    s = "It treated the nationalization of the Senkaku Islands as a new phase."
    (start, end, _m), = gloss_phrases("尖閣諸島の国有化", s)
    assert s[start:end] == "nationalization of the Senkaku Islands"


def test_dictionary_glosses_pair_terms_with_the_citing_sentence():
    """A headline's 久米島諸島の国有化 (A の B, a noun phrase of its own) and the citing
    sentence's "nationalization of the Kumejima Islands": the dictionary glosses each piece
    (a JMnedict place, 諸島 islands, 国有化 nationalization), so the phrase is an entry with
    the Japanese; 久米島諸島 pairs with the name "Kumejima Islands" the citing sentence
    holds.  Each form's evidence names the dictionary."""
    cands = analyse(read_document(DATA / "dictionary_glossed_phrase.txt"))

    def ja(name):
        c = next(c for c in cands if any(f.lang == "en" and f.text == name for f in c.forms))
        return [(f.text, "dictionary" in f.evidence) for f in c.forms if f.lang == "ja"]
    assert ja("nationalization of the Kumejima Islands") == [("久米島諸島の国有化", True)]
    assert ja("Kumejima Islands") == [("久米島諸島", True)]
    # 首里城の世界遺産一覧表への記載: "への" goes on, so no の-phrase, and no "castle to the ..." phrase
    assert not any("castle" in f.text for c in cands for f in c.forms)


def test_old_kanji_forms_find_todays_entries_even_when_a_rare_name_is_written_so():
    """韓國 is also a rare name in JMnedict, written so; the lookup still brings today's
    韓国 ("South Korea") after it, and a term in old forms is glossed piece by piece."""
    assert any(e.headword == "韓国" and e.source == "jmdict" for e in jmdict.entries_for_ja("韓國"))
    assert gloss_match("韓國政府", "Korean government") is not None
