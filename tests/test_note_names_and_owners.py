"""Names a note gives whole, state bodies told apart by their owner or by their own name."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.cjk import extract_cjk
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def _forms(cands, english, lang):
    c = next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))
    return [f.text for f in c.forms if f.lang == lang]


def test_a_japanese_name_in_a_korean_title_is_taken_whole():
    """「다루카와 겐지 전 장관…」: the family name alone (다루카와) matches "Kenji Tarukawa", and
    the given name (겐지) follows it in the title: the Korean form is the whole name."""
    cands = analyse(read_document(DATA / "korean_note_gives_a_japanese_name_in_full.txt"))
    assert _forms(cands, "Kenji Tarukawa", "ko") == ["다루카와 겐지"]


def test_a_korean_leader_named_in_hangul_gets_the_kanji_of_his_name():
    """김대중 in the note: Japanese writes him 金大中 (JMnedict, read きむでじゅん), not キム・デジュン."""
    cands = analyse(read_document(DATA / "korean_leader_in_hangul_note.txt"))
    assert _forms(cands, "Kim Dae-jung", "ko") == ["김대중"]
    assert _forms(cands, "Kim Dae-jung", "ja") == ["金大中"]


def test_a_keyword_pairing_that_contradicts_a_known_body_is_dropped():
    """산업통상자원부 shares "industry" and "trade" with Japan's "Ministry of Economy, Trade and
    Industry", but it is Korea's trade ministry: each ministry keeps its own names."""
    cands = analyse(read_document(DATA / "two_countries_trade_ministries.txt"))
    assert _forms(cands, "Ministry of Economy, Trade and Industry", "ko") == ["경제산업성"]
    assert _forms(cands, "Ministry of Economy, Trade and Industry", "ja") == ["経済産業省"]
    assert _forms(cands, "Ministry of Trade, Industry and Energy", "ko") == ["산업통상자원부"]


def test_one_name_owned_by_two_countries_is_two_bodies(tmp_path):
    """"Japan's Ministry of Foreign Affairs" and "Korea's Ministry of Foreign Affairs": two
    entries, each with its own country's names, even in one termbase."""
    from glossary.api import Glossary

    cands = analyse(read_document(DATA / "ministries_owned_by_two_countries.txt"))
    assert _forms(cands, "Japan's Ministry of Foreign Affairs", "ja") == ["外務省"]
    assert _forms(cands, "Korea's Ministry of Foreign Affairs", "ko") == ["외교부"]
    japan = next(c for c in cands if c.name == "Japan's Ministry of Foreign Affairs")
    assert len(japan.mentions) == 2
    with Glossary.open(tmp_path / "t.db") as g:
        g.extract(DATA / "ministries_owned_by_two_countries.txt")
        hits = g.lookup("Ministry of Foreign Affairs", to="ko")
        assert sorted(h.targets[0].text for h in hits) == ["외교부", "외무성"]


def test_bodies_listed_with_a_middle_dot():
    """국방부·防衛省 lists two ministries (the second in Japanese); 화합·번영재단 is one
    foundation's name (words, then the head), besides its parts."""
    got = {(t.text, t.lang, t.kind) for t in extract_cjk(read_document(DATA / "bodies_listed_with_a_middle_dot.txt"))}
    assert ("국방부", "ko", "institution") in got and ("防衛省", "ja", "institution") in got
    assert not any("·" in text and kind == "institution" and "国" in text for text, _l, kind in got)
    assert ("화합·번영재단", "ko", "institution") in got


def test_a_known_body_named_short_in_a_note_prefers_its_own_name():
    """The note's 海自 is a short form of 海上自衛隊, the Maritime Self-Defense Force's
    name: that name is preferred and 海自 an alias; no Korean reading of the short form
    (해자, "moat") is made, the body's Korean name is given instead."""
    from glossary.model import Role

    cands = analyse(read_document(DATA / "short_form_of_a_known_body_in_a_note.txt"))
    c = next(c for c in cands if c.name == "Maritime Self-Defense Force")
    ja = {f.text: f.role for f in c.forms if f.lang == "ja"}
    assert ja.get("海上自衛隊") is Role.PREFERRED
    assert [f.text for f in c.forms if f.lang == "ko"] == ["해상자위대"]


def test_a_court_named_short_in_a_note_gets_its_whole_name():
    """東京地裁 and 대구지법 are short forms (data/cjk_abbreviations.tsv): the whole names
    東京地方裁判所 and 대구지방법원 are preferred, the notes' forms kept as abbreviations, and
    the Korean of the Tokyo court is read from the whole name (도쿄 지방재판소, not 지재)."""
    from glossary.model import Role

    cands = analyse(read_document(DATA / "court_named_short_in_a_note.txt"))
    tokyo = next(c for c in cands if c.name == "Tokyo District Court")
    roles = {(f.lang, f.text): f.role for f in tokyo.forms}
    assert roles[("ja", "東京地方裁判所")] is Role.PREFERRED and roles[("ja", "東京地裁")] is Role.ABBREVIATION
    assert [f.text.replace(" ", "") for f in tokyo.forms if f.lang == "ko"] == ["도쿄지방재판소"]
    daegu = next(c for c in cands if c.name == "Daegu District Court")
    roles = {(f.lang, f.text): f.role for f in daegu.forms}
    assert roles[("ko", "대구지방법원")] is Role.PREFERRED and roles[("ko", "대구지법")] is Role.ABBREVIATION


def test_a_western_name_in_katakana_matches_with_a_soft_c():
    """フランシス・タルヴィク is "Francis Tarvik": English's c before i is an s (シ), so the
    transcription's consonants are the name's; the note's form goes on that entry and no
    romanized "Furanshisu" entry is made."""
    cands = analyse(read_document(DATA / "western_name_in_katakana_with_a_soft_c.txt"))
    assert _forms(cands, "Francis Tarvik", "ja") == ["フランシス・タルヴィク"]
    assert not any("Furanshisu" in c.name for c in cands)


def test_every_language_of_an_entry_has_one_preferred_form():
    """The reading rule and the notes add forms after the aligner ranked them: a Korean
    form found so (한미선 for "Han Mi-seon") is the preferred one when it is the only one,
    never an alias without a preferred form beside it."""
    from glossary.model import Role

    cands = analyse(read_document(DATA / "reading_rule_form_leads.txt"))
    c = next(c for c in cands if c.name == "Han Mi-seon")
    assert [(f.text, f.role) for f in c.forms if f.lang == "ko"] == [("한미선", Role.PREFERRED)]
    for c in cands:
        for lang in {f.lang for f in c.forms}:
            assert sum(f.role is Role.PREFERRED for f in c.forms if f.lang == lang) == 1, (c.name, lang)
