"""The JMdict / JMnedict index (glossary.text.jmdict), on the real data of jamdict-data.

One index is built per test session into a temporary cache directory from the installed
jamdict.db (about half a minute); the tests of building itself (two processes at once,
a truncated file, an outdated one) use a small source database cut from the real one.
"""
from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glossary.text import jmdict
from glossary.text.jmdict import DictEntry, keys

from conftest import cli_env  # type: ignore[import-not-found]

SOURCE = jmdict._locate_source()
needs_data = pytest.mark.skipif(SOURCE is None, reason="jamdict-data is not installed")

PLACE = frozenset({"place"})


# --- fixtures ------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> tuple[Path, float]:
    """The index of the real data, built once (conftest's cache directory): (path, seconds)."""
    if SOURCE is None:
        pytest.skip("jamdict-data is not installed")
    cache = os.environ.get("GLOSSARY_CACHE_DIR") or str(tmp_path_factory.mktemp("jmdict-cache"))
    mp = pytest.MonkeyPatch()
    mp.setenv("GLOSSARY_CACHE_DIR", cache)
    try:
        started = time.perf_counter()
        path = jmdict.ensure_index()
        return path, time.perf_counter() - started
    finally:
        mp.undo()


@pytest.fixture
def real(built_index, monkeypatch) -> Path:
    """Lookups go to the session's index of the real data."""
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(built_index[0].parent))
    return built_index[0]


#: a few entries the tests look for, and the first JMdict / JMnedict entries around them
_MINI_IDS = (1318850, 1608020, 1204140, 1286240, 1317410, 5193992, 5529793, 5193958)


def _make_mini_source(real_db: Path, dest: Path) -> Path:
    """A small jamdict.db (same tables) holding _MINI_IDS and about 4,000 more entries."""
    con = sqlite3.connect(dest)
    con.execute("ATTACH DATABASE ? AS r", (real_db.resolve().as_uri() + "?mode=ro",))
    ids = ",".join(map(str, _MINI_IDS))
    con.executescript(f"""
        CREATE TABLE meta AS SELECT * FROM r.meta;
        CREATE TABLE Entry AS SELECT * FROM r.Entry WHERE idseq IN ({ids}) OR idseq < 1003000;
        CREATE TABLE NEEntry AS SELECT * FROM r.NEEntry WHERE idseq IN ({ids}) OR idseq < 5002000;
    """)
    for table, key, parent in (("Kanji", "idseq", "Entry"), ("Kana", "idseq", "Entry"),
                               ("Sense", "idseq", "Entry"), ("NEKanji", "idseq", "NEEntry"),
                               ("NEKana", "idseq", "NEEntry"), ("NETranslation", "idseq", "NEEntry"),
                               ("KJP", "kid", "Kanji"), ("KJI", "kid", "Kanji"), ("KNP", "kid", "Kana"),
                               ("KNI", "kid", "Kana"), ("KNR", "kid", "Kana"), ("SenseGloss", "sid", "Sense"),
                               ("misc", "sid", "Sense"), ("NETransGloss", "tid", "NETranslation"),
                               ("NETransType", "tid", "NETranslation")):
        column = "idseq" if key == "idseq" else "ID"
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM r.{table} WHERE {key} IN "
                    f"(SELECT {column} FROM main.{parent})")
        con.execute(f"CREATE INDEX {table}_{key} ON {table}({key})")
    con.commit()
    con.close()
    return dest


@pytest.fixture(scope="session")
def mini_db(tmp_path_factory) -> Path:
    if SOURCE is None:
        pytest.skip("jamdict-data is not installed")
    return _make_mini_source(SOURCE[0], tmp_path_factory.mktemp("jmdict-mini") / "jamdict.db")


@pytest.fixture
def mini(mini_db, tmp_path, monkeypatch) -> Path:
    """The small source as 'the installed data' (version mini-1), a fresh cache directory."""
    monkeypatch.setattr(jmdict, "_locate_source", lambda: (mini_db, "mini-1"))
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


# --- English -> Japanese ---------------------------------------------------------------------

@needs_data
@pytest.mark.parametrize("english, headword, why", [
    ("Liberal Democratic Party", "自由民主党", "the full name before 自民党 (an abbreviation sense)"),
    ("Ministry of Foreign Affairs", "外務省", "JMdict, with priority"),
    ("National Diet", "国会", "first of seven glosses"),
    ("Yasukuni Shrine", "靖国神社", "in JMdict and JMnedict: one result"),
    ("Komeito", "公明党", "gloss 'Komeito (Japanese political party)': parenthetical removed"),
    ("self-defense forces", "自衛隊", "gloss 'self-defense force': the other number"),
    ("Maritime Self-Defense Force", "海上自衛隊", "gloss 'Maritime Self Defense Forces (Defence)' before 海自 (abbr)"),
    ("Association of Southeast Asian Nations", "東南アジア諸国連合", "a JMnedict organization before ＡＳＥＡＮ"),
    ("Keio University", "慶応大学", "JMnedict; before 慶大 '(abbr) Keio University'; the shortest"),
    ("Ministry of Defence", "防衛省", "gloss 'Ministry of Defense': British spelling"),
    ("the National Diet", "国会", "leading article"),
    ("Kishida Fumio", "岸田文雄", "JMnedict translation 'Kishida Fumio (1957.7.29-)'"),
    ("Joe Biden", "ジョーバイデン", "JMnedict translation 'Joe Biden (1942.11.20-; US politician)'"),
])
def test_ja_for_english(real, english, headword, why):
    found = jmdict.ja_for_english(english)
    assert found and found[0].headword == headword, (why, [e.headword for e in found])


@needs_data
def test_ja_for_english_entries_and_ranking(real):
    ldp = jmdict.ja_for_english("Liberal Democratic Party")
    assert [e.headword for e in ldp[:3]] == ["自由民主党", "自民", "自民党"] or \
        [e.headword for e in ldp[:3]] == ["自由民主党", "自民党", "自民"]
    first = ldp[0]
    assert (first.reading, first.kind, first.source, first.entry_id) == ("じゆうみんしゅとう", "word", "jmdict", 1318850)
    assert "Liberal Democratic Party" in first.glosses and "LDP" in first.glosses
    assert ldp[1].priority > first.priority  # 自民党 is the commoner word, yet an abbreviation
    mofa = jmdict.ja_for_english("ministry of foreign affairs")
    assert [(e.headword, e.source) for e in mofa] == [("外務省", "jmdict")]  # one per headword and reading
    assert mofa[0].priority > 0
    assert len(jmdict.ja_for_english("organization", limit=3)) == 3
    assert jmdict.ja_for_english("organisation", limit=50) == jmdict.ja_for_english("organization", limit=50)


@needs_data
def test_ja_for_english_kinds(real):
    words = jmdict.ja_for_english("Tottori", kinds=frozenset({"word"}))
    assert words and {e.source for e in words} == {"jmdict"} and words[0].headword == "鳥取"
    places = jmdict.ja_for_english("Tottori", kinds=PLACE)
    assert places[0].headword == "鳥取" and {e.kind for e in places} == {"place"}
    assert jmdict.ja_for_english("Tottori", kinds=frozenset({"no such kind"})) == []
    assert jmdict.ja_for_english("Tottori", kinds={"place"}) == places  # a set will do


@needs_data
@pytest.mark.parametrize("phrase", ["", "   ", "xqzvvk nonexistent phrase"])
def test_ja_for_english_nothing(real, phrase):
    assert jmdict.ja_for_english(phrase) == []


# --- romanised names -------------------------------------------------------------------------

@needs_data
@pytest.mark.parametrize("romaji, headword", [
    ("Kishida Fumio", "岸田文雄"),
    ("Fumio Kishida", "岸田文雄"),
    ("KISHIDA-FUMIO", "岸田文雄"),
    ("Ishiba Shigeru", "石破茂"),
    ("Abe Shinzo", "安倍晋三"),          # JMnedict: "Shinzō Abe (1954.9-)"
    ("Shinzou Abe", "安倍晋三"),
    ("Obuchi Keizo", "小渕恵三"),         # JMnedict: "Obuchi Keizou (1937.6.25-2000.5.14)"
    ("Takaichi Sanae", "高市早苗"),
    ("Kim Jong-un", "金正恩"),
    ("Kim Jong Un", "金正恩"),
    ("Vladimir Putin", "ウラジミールプーチン"),
    ("Kishida", "岸田"),
    ("Tokugawa Ienobu", "徳川家宣"),      # JMnedict: "Tokugawa Ienobu (1662-1712), Shougun 1709-1712"
])
def test_names_for_romaji(real, romaji, headword):
    found = jmdict.names_for_romaji(romaji)
    assert found and found[0].headword == headword, [e.headword for e in found]
    assert {e.source for e in found} == {"jmnedict"}


@needs_data
def test_names_kinds_and_variants(real):
    [kishida] = jmdict.names_for_romaji("Fumio Kishida")
    assert (kishida.kind, kishida.reading, kishida.priority) == ("person", "きしだふみお", 0)
    assert kishida.glosses == ("Kishida Fumio (1957.7.29-)",)  # as written
    tottori = jmdict.names_for_romaji("Tottori", kinds=PLACE)
    assert tottori[0].headword == "鳥取" and {e.kind for e in tottori} == {"place"}
    assert "取鳥" in [e.headword for e in jmdict.names_for_romaji("Tottori")]  # a surname, without the filter
    onos = [jmdict.names_for_romaji(n, limit=30) for n in ("Ōno", "Ohno", "Oono", "Ono", "ono", "Ouno")]
    assert all(o == onos[0] for o in onos) and {"大野", "小野"} <= {e.headword for e in onos[0]}
    assert jmdict.names_for_romaji("Kishida Fumio", kinds=frozenset({"word"})) == []
    assert jmdict.names_for_romaji("Yoon Suk Yeol") == []  # not in this JMnedict (2020)


# --- Korean -> kanji --------------------------------------------------------------------------

@needs_data
@pytest.mark.parametrize("hangul, headword", [
    ("국회", "国会"),
    ("자위대", "自衛隊"),
    ("외무성", "外務省"),
    ("자유민주당", "自由民主党"),
    ("대만", "台湾"),      # 台 read as its traditional form 臺 (대), not 태
    ("음악", "音楽"),      # 楽 as written (악); 樂 gives 락
    ("국 회", "国会"),     # spaces ignored
])
def test_kanji_for_hangul(real, hangul, headword):
    found = jmdict.kanji_for_hangul(hangul)
    assert found and found[0].headword == headword, [e.headword for e in found]
    assert found[0].source == "jmdict"


@needs_data
def test_kanji_for_hangul_forms(real):
    taiwan = jmdict.kanji_for_hangul("대만")
    assert {"台湾", "臺灣"} <= {e.headword for e in taiwan}  # each kanji form with the reading
    assert len({e.entry_id for e in taiwan if e.headword in ("台湾", "臺灣")}) == 1
    assert jmdict.kanji_for_hangul("") == [] and jmdict.kanji_for_hangul("없는말없는말") == []


# --- Japanese -> entries ---------------------------------------------------------------------

@needs_data
def test_entries_for_ja(real):
    mofa = jmdict.entries_for_ja("外務省")
    assert "Ministry of Foreign Affairs" in mofa[0].glosses and mofa[0].source == "jmdict"
    assert {e.source for e in mofa} == {"jmdict", "jmnedict"}
    assert jmdict.entries_for_ja("がいむしょう")[0].headword == "外務省"        # by reading
    assert jmdict.entries_for_ja(" 外務省 ") == mofa                            # NFKC, trimmed
    taiwan = jmdict.entries_for_ja("臺灣")                                       # another kanji form
    assert taiwan[0].headword == "臺灣" and taiwan[0].entry_id == jmdict.entries_for_ja("台湾")[0].entry_id
    nippon = jmdict.entries_for_ja("にっぽん")                                   # another reading
    assert (nippon[0].headword, nippon[0].reading) == ("日本", "にっぽん")
    keio = jmdict.entries_for_ja("慶応義塾大学")
    assert keio and keio[0].kind == "organization" and keio[0].glosses == ("Keio University",)
    assert jmdict.entries_for_ja("") == [] and jmdict.entries_for_ja("ＬＤＰ") == []


@needs_data
def test_english_for_ja(real):
    assert jmdict.english_for_ja("外務省") == ["Ministry of Foreign Affairs"]
    assert jmdict.english_for_ja("国会")[0] == "National Diet"
    assert jmdict.english_for_ja("岸田文雄") == ["Kishida Fumio (1957.7.29-)"]
    assert jmdict.english_for_ja("存在しない語句です") == []


@needs_data
def test_lookups_from_threads(real):
    """One connection shared by threads: the same answers as from one thread."""
    from concurrent.futures import ThreadPoolExecutor

    phrases = ["National Diet", "Ministry of Foreign Affairs", "Kishida Fumio", "organization", "to take",
               "Yasukuni Shrine", "music", "Tottori", "Keio University", "parliament"] * 20
    jmdict._ja_for_english.cache_clear()
    expected = {p: jmdict.ja_for_english(p) for p in set(phrases)}
    jmdict._ja_for_english.cache_clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda p: (p, jmdict.ja_for_english(p), jmdict.names_for_romaji(p)), phrases))
    assert all(found == expected[p] for p, found, _ in got)


@needs_data
def test_dict_entry_is_frozen(real):
    e = jmdict.ja_for_english("National Diet")[0]
    assert isinstance(e, DictEntry)
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.headword = "x"  # type: ignore[misc]


@needs_data
def test_readme_example_runs(real):
    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Dictionary index"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    exec(compile(code, "README.md", "exec"), {})


# --- the index --------------------------------------------------------------------------------

@needs_data
def test_index_place_size_and_build_time(real, built_index):
    path, seconds = built_index
    assert path == jmdict.index_path()
    assert path.name == f"jmdict-{SOURCE[1]}-i{jmdict.INDEX_FORMAT}.sqlite"
    size = path.stat().st_size
    print(f"\nJMdict index: built in {seconds:.1f} s, {size / 1e6:.0f} MB")
    assert size < 150e6, size
    assert not list(path.parent.glob("*.tmp"))
    con = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    con.close()
    assert meta["complete"] == "1" and meta["format"] == str(jmdict.INDEX_FORMAT)
    assert int(meta["count_jmdict"]) > 190_000 and int(meta["count_jmnedict"]) > 740_000


@needs_data
def test_every_gloss_and_translation_is_indexed(real):
    """A sample of the source's glosses: each one's keys point at its entry."""
    src = sqlite3.connect(SOURCE[0].resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    jm = src.execute("SELECT s.idseq, g.text FROM SenseGloss g JOIN Sense s ON s.ID = g.sid "
                     "WHERE g.rowid % 97 = 0").fetchall()
    ne = src.execute("SELECT t.idseq, g.text FROM NETransGloss g JOIN NETranslation t ON t.ID = g.tid "
                     "WHERE g.rowid % 397 = 0").fetchall()
    src.close()
    assert len(jm) > 3000 and len(ne) > 1500
    idx = sqlite3.connect(real.as_uri() + "?mode=ro", uri=True)
    missing = [(i, g) for i, g in jm for k in keys.gloss_keys(g)
               if not idx.execute("SELECT 1 FROM gloss WHERE h = ? AND id = ?", (keys.key_hash(k), i)).fetchone()]
    missing += [(i, g) for i, g in ne for k in keys.name_keys(g)
                if not idx.execute("SELECT 1 FROM name WHERE h = ? AND id = ?", (keys.key_hash(k), i)).fetchone()]
    idx.close()
    assert missing == []


@needs_data
def test_first_load_opens_the_built_index(real):
    """A new process: import, open the index, first query -- from the index built once, not
    rebuilt (its time is `bench/bench_jmdict.py`'s "first load", target 1 s)."""
    code = ("from glossary.text import jmdict\n"
            "hit = jmdict.ja_for_english('National Diet')[0].headword\n"
            "print(hit, jmdict.index_path())\n")
    before = real.stat().st_mtime_ns
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                         env=cli_env({"GLOSSARY_CACHE_DIR": str(real.parent)}))
    assert out.stdout.split()[0] == "国会" and "building" not in out.stderr
    assert out.stdout.split()[1] == str(real) and real.stat().st_mtime_ns == before


def test_unavailable_data_gives_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(jmdict, "_locate_source", lambda: None)
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(tmp_path))
    assert jmdict.available() is False
    assert jmdict.ja_for_english("National Diet") == []
    assert jmdict.entries_for_ja("国会") == []
    assert jmdict.names_for_romaji("Kishida Fumio") == []
    assert jmdict.kanji_for_hangul("국회") == []
    assert jmdict.english_for_ja("国会") == []
    assert jmdict.index_path().parent == tmp_path
    with pytest.raises(FileNotFoundError, match="jamdict-data"):
        jmdict.ensure_index()
    assert list(tmp_path.iterdir()) == []  # nothing built


def test_missing_package_is_unavailable(monkeypatch):
    """The real locator, with the package hidden: None, not an exception."""
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    assert jmdict._locate_source.__wrapped__() is None


def test_cache_directory_choice(monkeypatch, tmp_path):
    monkeypatch.delenv("GLOSSARY_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert jmdict.index_path().parent == tmp_path / "xdg" / "glossary"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert jmdict.index_path().parent == tmp_path / "home" / ".cache" / "glossary"
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(tmp_path / "own"))
    assert jmdict.index_path().parent == tmp_path / "own"


# --- building: once, atomically, again when damaged -------------------------------------------

def _build_in_child(cache: str, source: str, barrier, results) -> None:
    """One of several processes that want the index at the same moment."""
    os.environ["GLOSSARY_CACHE_DIR"] = cache
    from glossary.text import jmdict as jm

    jm._locate_source = lambda: (Path(source), "mini-1")
    barrier.wait()
    try:
        path, built = jm._ensure((Path(source), "mini-1"))
        results.put((built, [e.headword for e in jm.ja_for_english("Liberal Democratic Party")]))
    except BaseException as exc:  # reported to the test, not lost in the child
        results.put((None, repr(exc)))


@needs_data
def test_processes_building_at_once_leave_one_valid_index(mini, mini_db):
    ctx = multiprocessing.get_context("spawn")
    n = 3
    barrier, results = ctx.Barrier(n), ctx.Queue()
    procs = [ctx.Process(target=_build_in_child, args=(str(mini), str(mini_db), barrier, results))
             for _ in range(n)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(b is not None for b, _ in outcomes), outcomes
    assert sorted(b for b, _ in outcomes) == [False] * (n - 1) + [True]  # one built, the others waited
    assert all(found[:1] == ["自由民主党"] for _, found in outcomes)
    path = jmdict.index_path()
    assert jmdict._valid(path, (mini_db, "mini-1"))
    assert sorted(p.name for p in mini.iterdir()) == [path.name, path.name + ".lock"]


@needs_data
def test_truncated_index_is_rebuilt(mini, mini_db):
    path = jmdict.ensure_index()
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size // 2)
    assert not jmdict._valid(path, (mini_db, "mini-1"))
    assert jmdict.ja_for_english("National Diet")[0].headword == "国会"
    assert path.stat().st_size == size and jmdict._valid(path, (mini_db, "mini-1"))


@needs_data
def test_index_damaged_while_open_is_rebuilt(mini, mini_db):
    assert jmdict.entries_for_ja("外務省")                    # the index is open in this process
    path = jmdict.index_path()
    with open(path, "r+b") as fh:                             # another process damages it
        fh.seek(4096)
        fh.write(b"\xff" * (path.stat().st_size - 4096))
    assert jmdict.ja_for_english("Ministry of Foreign Affairs")[0].headword == "外務省"
    assert jmdict._valid(path, (mini_db, "mini-1"))


@needs_data
@pytest.mark.parametrize("damage", ["garbage", "empty", "incomplete", "old-format", "other-source"])
def test_invalid_index_is_rebuilt(mini, mini_db, damage):
    path = jmdict.index_path()
    path.parent.mkdir(parents=True)
    if damage == "garbage":
        path.write_bytes(b"this is not a database\n" * 100)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        jmdict.ensure_index()
        con = sqlite3.connect(path)
        if damage == "incomplete":
            con.execute("DELETE FROM meta WHERE key = 'complete'")
        elif damage == "old-format":
            con.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
        else:
            con.execute("UPDATE meta SET value = '1' WHERE key = 'source_size'")
        con.commit()
        con.close()
    assert not jmdict._valid(path, (mini_db, "mini-1"))
    assert jmdict.ensure_index() == path and jmdict._valid(path, (mini_db, "mini-1"))


@needs_data
def test_superseded_formats_are_removed_and_other_versions_kept(mini, mini_db, monkeypatch):
    mini.mkdir()
    old_format = mini / "jmdict-mini-1-i0.sqlite"
    other_version = mini / "jmdict-mini-0-i1.sqlite"
    stale_tmp = mini / f"jmdict-mini-1-i{jmdict.INDEX_FORMAT}.sqlite.abc123.tmp"
    for f in (old_format, other_version, stale_tmp):
        f.write_bytes(b"x")
    path = jmdict.ensure_index()
    assert sorted(p.name for p in mini.iterdir()) == sorted([path.name, path.name + ".lock", other_version.name])
    monkeypatch.setattr(jmdict, "_locate_source", lambda: (mini_db, "mini-2"))
    assert jmdict.index_path().name == f"jmdict-mini-2-i{jmdict.INDEX_FORMAT}.sqlite"


# --- keys ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, why", [
    ("Liberal Democratic Party", ("liberal democratic party",), "case"),
    ("the National Diet", ("national diet",), "leading article"),
    ("to eat", ("eat",), "infinitive marker"),
    ("Kishida Fumio (1957.7.29-)", ("kishida fumio",), "trailing dates"),
    ("Tottori (city, prefecture)", ("tottori",), "trailing note"),
    ("Maritime Self Defense Forces (Defence)", ("maritime self defense forces",), "hyphen = space"),
    ("Self‐Defense Force", ("self defense force",), "Unicode hyphen"),
    ("(abbr) Air Self-Defense Force", ("air self defense force",), "leading label dropped"),
    ("(excessive) flattery", ("excessive flattery", "flattery"), "leading parenthetical kept, then dropped"),
    ("Ｍｉｎｉｓｔｒｙ　of Defence", ("ministry of defense",), "NFKC; defence"),
    ("organisation", ("organization",), "-ise"),
    ("realised", ("realized",), "-ised"),
    ("analyse", ("analyze",), "-yse"),
    ("colourful", ("colorful",), "-our"),
    ("honourable labour", ("honorable labor",), "-our"),
    ("four hours", ("four hours",), "not -our: too short"),
    ("flour", ("flour",), "not -our: kept word"),
    ("rise", ("rise",), "not -ise: too short"),
    ("Centre", ("center",), "-tre"),
    ("(abbr)", ("abbr",), "only a parenthetical: kept"),
    ("", (), "empty"),
])
def test_gloss_keys(text, expected, why):
    assert keys.gloss_keys(text) == expected, why


@pytest.mark.parametrize("names, why", [
    (("Ōno", "Ohno", "Oono", "Ono", "Ouno", "ONO", "Ôno"), "long o"),
    (("Shinzō Abe", "Shinzou Abe", "Shinzo Abe", "Shinzoo Abe", "shinzo-abe"), "long o, case, hyphen"),
    (("Yūko", "Yuuko", "Yuko"), "long u"),
    (("Shimbun", "Shinbun"), "m before b"),
    (("Shin'ichi", "Shinichi", "Shin’ichi"), "apostrophe"),
    (("Kōno", "Kohno", "Kono"), "oh before a consonant"),
    (("Kim Jong-un", "Kim Jong Un", "kimjongun"), "spaces and hyphens"),
    (("Kishida Fumio (1957.7.29-)", "Kishida Fumio"), "trailing dates"),
])
def test_name_keys_unify(names, why):
    assert len({keys.name_key(n) for n in names}) == 1, why


@pytest.mark.parametrize("a, b, why", [
    ("Ohashi", "Oshi", "oh before a vowel is o + h"),
    ("Iida", "Ida", "ii is not a long vowel here"),
    ("Kishida", "Kishita", "different consonants"),
])
def test_name_keys_keep_apart(a, b, why):
    assert keys.name_key(a) != keys.name_key(b), why


def test_name_keys_of_a_name_with_a_note():
    assert keys.name_keys("Tokugawa Ienobu (1662-1712), Shougun 1709-1712")[1:] == ("tokugawaienobu",)
    assert keys.name_keys("(Alexander) Graham Bell") == ("alexandergrahambell", "grahambell")


def test_name_orders():
    assert keys.name_orders("Fumio Kishida") == ("fumiokishida", "kishidafumio")
    assert "jongunkim" in keys.name_orders("Kim Jong-un")
    assert keys.name_orders("Kishida") == ("kishida",)
    assert keys.name_orders("") == ()


@pytest.mark.parametrize("key, variants", [
    ("self defense forces", ("self defense force",)),
    ("self defense force", ("self defense forces",)),
    ("party", ("parties",)),
    ("political parties", ("political party",)),
    ("box", ("boxes",)),
    ("status", ("statuses",)),
    ("news", ()),
    ("a", ()),
])
def test_number_variants(key, variants):
    assert keys.number_variants(key) == variants


def test_korean_readings():
    import hanja

    assert keys.korean_readings("国会", hanja.translate) == ("국회",)
    assert keys.korean_readings("台湾", hanja.translate)[0] == "대만"
    assert set(keys.korean_readings("音楽", hanja.translate)) == {"음악", "음락"}
    assert keys.korean_readings("人々", hanja.translate) == ()  # 々 has no reading


def test_key_hash_is_32_bit_signed():
    for k in ("", "national diet", "kishidafumio", "国会" * 50):
        assert -(1 << 31) <= keys.key_hash(k) < 1 << 31
    assert keys.key_hash("national diet") == keys.key_hash("national diet")


# --- not loaded by the lookup path ------------------------------------------------------------

def test_cli_and_lookup_do_not_load_the_dictionary(tmp_path):
    db = tmp_path / "t.db"
    from glossary import Glossary

    with Glossary.open(db) as g:
        g.add("National Diet", category="institution")
    code = ("import contextlib, io, json, sys\n"
            "import glossary.cli\n"
            "from glossary.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = main(['--db', {str(db)!r}, 'lookup', 'National Diet'])\n"
            "assert rc == 0, rc\n"
            "print(json.dumps(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env=cli_env(), timeout=60)
    assert out.returncode == 0, out.stderr
    modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert "glossary.cli" in modules
    assert [m for m in modules if m.startswith("glossary.text.jmdict") or m.startswith("jamdict")] == []


@pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")
def test_name_kind_counts_tell_surnames_from_given_names():
    shindo, naoto = jmdict.name_kind_counts("Shindō"), jmdict.name_kind_counts("Naoto")
    assert shindo["surname"] > 5 * shindo.get("given", 0)
    assert naoto.get("surname", 0) < naoto["given"]
    assert jmdict.name_kind_counts("") == {}
