"""Build the dictionary index from jamdict-data's SQLite (JMdict + JMnedict).

Read once, written once: every source table is read in entry order and merged in Python
(no table is held in memory), the index tables are filled in one transaction with the
journal and syncs off (the file is a temporary one that the caller renames into place
only when this returns), and the key tables are sorted by SQLite after the inserts.

The index (see glossary.text.jmdict for how it is read):

    entry(id, src, kinds, prio, abbr, head, reading, forms, glosses)   one row per entry
    form(h, id)     hash of every kanji form and reading (NFKC)         entries_for_ja
    gloss(h, id)    hash of every JMdict gloss key (keys.gloss_keys)    ja_for_english
    name(h, id)     hash of every JMnedict translation key (name_keys)  names_for_romaji, ja_for_english
    hangul(ko, id, form)   Sino-Korean reading of kanji-only JMdict forms, and of the
                           kanji-only names of JMnedict people  kanji_for_hangul, people_for_hangul
    meta(key, value)
"""
from __future__ import annotations

import sqlite3
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .keys import FORMS_SEP, HAN_ONLY, SEP, key_hash, korean_readings
from .keys import gloss_keys as _cached_gloss_keys
from .keys import name_keys as _cached_name_keys

# every gloss is seen once here: the lookups' lru caches would only churn
gloss_keys = _cached_gloss_keys.__wrapped__
name_keys = _cached_name_keys.__wrapped__

__all__ = ["build", "SCHEMA", "KIND_ORDER"]

#: JMnedict name types, most specific first: an entry's `kind` is the first of its types
#: in this order (types the data has and this list lacks follow, alphabetically).
KIND_ORDER = ("person", "organization", "company", "product", "work", "station", "place", "surname",
              "given", "masc", "fem", "unclass")
#: misc tags of a sense whose Japanese is not the standard modern term for its gloss: an
#: abbreviation (自民党 "Liberal Democratic Party"), an archaism (白亜館 "The White House"),
#: slang or a derogatory word (ミンス "Democratic Party of Japan") ...  Such glosses are
#: "marked": ranked last, and never the basis of a suggestion.
MARKED_MISC = ("abbreviation", "archaism", "obsolete term", "dated term", "obscure term", "rare", "slang",
               "Internet slang", "manga slang", "derogatory", "vulgar expression or word",
               "jocular, humorous term", "sensitive")
#: the most glosses whose marked bit is kept (SQLite integers are 64-bit signed)
ABBR_BITS = 62
#: JMnedict has no frequency tags: a name's priority is the number of other names made of
#: it and one more name (吉田/よしだ: 吉田茂/よしだしげる, 吉田一郎/よしだいちろう ...), at
#: most this much, so that a JMdict frequency tag (worth 100) still outranks it
NAME_PRIORITY_CAP = 99

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entry(
    id INTEGER PRIMARY KEY,      -- JMdict / JMnedict ent_seq (the two ranges do not overlap)
    src INTEGER NOT NULL,        -- 0 JMdict, 1 JMnedict
    kinds INTEGER NOT NULL,      -- JMnedict name types, bit i = meta 'kinds' word i; 0 for JMdict
    prio INTEGER NOT NULL,       -- higher = more common
    abbr INTEGER NOT NULL,       -- bit i: gloss i belongs to a marked sense (MARKED_MISC)
    head TEXT NOT NULL,          -- NFC
    reading TEXT NOT NULL,
    forms TEXT,                  -- other kanji forms SEP-joined, FORMS_SEP, other readings; NULL if none
    glosses TEXT NOT NULL        -- SEP-joined, as written
);
CREATE TABLE form(h INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(h, id)) WITHOUT ROWID;
CREATE TABLE gloss(h INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(h, id)) WITHOUT ROWID;
CREATE TABLE name(h INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(h, id)) WITHOUT ROWID;
CREATE TABLE hangul(ko TEXT NOT NULL, id INTEGER NOT NULL, form TEXT NOT NULL,
                    PRIMARY KEY(ko, id, form)) WITHOUT ROWID;
"""

_STAGING = """
CREATE TEMP TABLE s_form(h INTEGER, id INTEGER);
CREATE TEMP TABLE s_gloss(h INTEGER, id INTEGER);
CREATE TEMP TABLE s_name(h INTEGER, id INTEGER);
CREATE TEMP TABLE s_hangul(ko TEXT, id INTEGER, form TEXT);
"""

# -- reading the source in entry order -----------------------------------------------------

_JM_KANJI = ("SELECT k.idseq, k.text, (SELECT group_concat(text, ' ') FROM KJP WHERE kid = k.ID),"
             " EXISTS(SELECT 1 FROM KJI WHERE kid = k.ID) FROM Kanji k ORDER BY k.idseq, k.ID")
_JM_KANA = ("SELECT r.idseq, r.text, r.nokanji, (SELECT group_concat(text, ' ') FROM KNP WHERE kid = r.ID),"
            " EXISTS(SELECT 1 FROM KNI WHERE kid = r.ID),"
            " (SELECT group_concat(text, char(31)) FROM KNR WHERE kid = r.ID) FROM Kana r ORDER BY r.idseq, r.ID")
_JM_GLOSS = ("SELECT s.idseq, g.text, EXISTS(SELECT 1 FROM misc WHERE sid = s.ID AND text IN ("
             + ", ".join("'" + m.replace("'", "''") + "'" for m in MARKED_MISC) + "))"
             " FROM Sense s JOIN SenseGloss g ON g.sid = s.ID"
             " WHERE g.lang = 'eng' OR g.lang IS NULL ORDER BY s.idseq, s.ID")
_NE_KANJI = "SELECT idseq, text FROM NEKanji ORDER BY idseq, ID"
_NE_KANA = "SELECT idseq, text FROM NEKana ORDER BY idseq, ID"
_NE_GLOSS = ("SELECT t.idseq, g.text FROM NETranslation t JOIN NETransGloss g ON g.tid = t.ID"
             " WHERE g.lang = 'eng' OR g.lang IS NULL ORDER BY t.idseq, t.ID")
#: the headword (first kanji form, else first reading) and reading of every JMnedict entry
_NE_HEAD = ("SELECT coalesce((SELECT text FROM NEKanji k WHERE k.idseq = e.idseq ORDER BY k.ID LIMIT 1), r),"
            " r FROM (SELECT idseq, (SELECT text FROM NEKana r WHERE r.idseq = n.idseq ORDER BY r.ID LIMIT 1) AS r"
            " FROM NEEntry n) e")
_NE_TYPE = "SELECT t.idseq, y.text FROM NETranslation t JOIN NETransType y ON y.tid = t.ID ORDER BY t.idseq, t.ID"


class _Rows:
    """The rows of one query ordered by entry id, taken entry by entry."""

    def __init__(self, rows: Iterable[tuple]) -> None:
        self._it = iter(rows)
        self._next = next(self._it, None)

    def take(self, idseq: int) -> list[tuple]:
        out = []
        while self._next is not None and self._next[0] <= idseq:
            if self._next[0] == idseq:
                out.append(self._next)
            self._next = next(self._it, None)
        return out


def _priority(tags: str | None) -> int:
    """news1/ichi1/spec1/gai1 100 each, their "2" forms 50 each, nfXX 49 - XX (nf01 = 48)."""
    score = 0
    for tag in (tags or "").split():
        if tag.startswith("nf") and tag[2:].isdigit():
            score += max(0, 49 - int(tag[2:]))
        elif tag.endswith("1"):
            score += 100
        elif tag.endswith("2"):
            score += 50
    return score


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _forms(kanji: list[str], kana: list[str], head: str, reading: str) -> str | None:
    k = [f for f in dict.fromkeys(kanji) if f != head]
    r = [f for f in dict.fromkeys(kana) if f != reading]
    return SEP.join(k) + FORMS_SEP + SEP.join(r) if k or r else None


def _jmdict(src: sqlite3.Connection) -> Iterator[tuple]:
    """(id, prio, abbr, head, reading, forms, glosses, kanji forms) of every JMdict entry."""
    kanji, kana, gloss = (_Rows(src.execute(q)) for q in (_JM_KANJI, _JM_KANA, _JM_GLOSS))
    for (idseq,) in src.execute("SELECT idseq FROM Entry ORDER BY idseq"):
        ks = [(_nfc(t), p, bad) for _, t, p, bad in kanji.take(idseq) if t and t.strip()]
        rs = [(_nfc(t), nk, p, bad, restr) for _, t, nk, p, bad, restr in kana.take(idseq) if t and t.strip()]
        gs = [(g, ab) for _, g, ab in gloss.take(idseq) if g]
        if not (ks or rs) or not gs:
            continue
        prio = max([_priority(p) for _, p, _ in ks] + [_priority(p) for _, _, p, _, _ in rs])
        if ks:
            head = next((t for t, _, bad in ks if not bad), ks[0][0])
            fits = [r for r in rs if not r[1] and (not r[4] or head in r[4].split(SEP))]
            reading = next((r[0] for r in fits if not r[3]), fits[0][0] if fits else (rs[0][0] if rs else ""))
        else:
            head = next((t for t, _, _, bad, _ in rs if not bad), rs[0][0])
            reading = head
        abbr = 0
        for i, (_, ab) in enumerate(gs[:ABBR_BITS]):
            if ab:
                abbr |= 1 << i
        kanji_forms = [t for t, _, _ in ks]
        yield (idseq, prio, abbr, head, reading, _forms(kanji_forms, [r[0] for r in rs], head, reading),
               [g for g, _ in gs], kanji_forms + [r[0] for r in rs], kanji_forms)


def _jmnedict(src: sqlite3.Connection, kind_bits: dict[str, int]) -> Iterator[tuple]:
    """(id, kinds, head, reading, forms, glosses, all forms) of every JMnedict entry."""
    kanji, kana, gloss, types = (_Rows(src.execute(q)) for q in (_NE_KANJI, _NE_KANA, _NE_GLOSS, _NE_TYPE))
    unclass = kind_bits["unclass"]
    for (idseq,) in src.execute("SELECT idseq FROM NEEntry ORDER BY idseq"):
        ks = [_nfc(t) for _, t in kanji.take(idseq) if t and t.strip()]
        rs = [_nfc(t) for _, t in kana.take(idseq) if t and t.strip()]
        gs = [g for _, g in gloss.take(idseq) if g]
        kinds = 0
        for _, t in types.take(idseq):
            kinds |= kind_bits.get(t, 0)
        if not (ks or rs) or not gs:
            continue
        head = ks[0] if ks else rs[0]
        reading = rs[0] if rs else head
        yield idseq, kinds or unclass, head, reading, _forms(ks, rs, head, reading), gs, ks + rs


def _second_readings() -> dict[str, tuple[str, ...]]:
    """Kanji -> their other Sino-Korean readings (data/ja_ko_bridge.tsv, list "reading"),
    the form as Japanese writes it and its traditional form alike."""
    from ..lexicon import table

    traditional = {r["ja"]: r["ko"] for r in table("ja_ko_bridge") if r["list"] == "traditional"}
    out: dict[str, tuple[str, ...]] = {}
    for r in table("ja_ko_bridge"):
        if r["list"] != "reading":
            continue
        out[r["ja"]] = tuple(r["ko"].split("|"))
    for ja, trad in traditional.items():
        if trad in out and ja not in out:
            out[ja] = out[trad]
    return out


def _name_priorities(names: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """For every (name, reading), how many other names are it and one more name, in
    writing and in reading (capped): 吉田茂/よしだしげる is 吉田/よしだ + 茂/しげる, and
    counts for both; 大野一郎/おおのいちろう counts for 大野 and 一郎, not for 大 (野一郎 is
    not a name)."""
    readings: dict[str, set[str]] = {}
    for head, reading in names:
        readings.setdefault(head, set()).add(reading)
    counts: Counter[tuple[str, str]] = Counter()
    get = readings.get
    for head, reading in set(names):
        for k in range(1, len(head)):
            first, second = head[:k], head[k:]
            seconds = get(second)
            if not seconds:
                continue
            for r in get(first, ()):
                if reading.startswith(r) and reading[len(r):] in seconds:
                    counts[first, r] += 1
                    counts[second, reading[len(r):]] += 1
    return {name: min(n, NAME_PRIORITY_CAP) for name, n in counts.items()}


def _hashes(keys: Iterable[str], idseq: int) -> list[tuple[int, int]]:
    return [(h, idseq) for h in {key_hash(k) for k in keys if k}]


# -- the build -----------------------------------------------------------------------------

def build(source: Path, dest: Path, meta: dict[str, str]) -> dict[str, int]:
    """Write the index of `source` (jamdict.db) to `dest` (a new file); return counts.

    `meta` is stored in the meta table, with 'kinds', the counts, 'build_seconds' and,
    last, 'complete' = '1'."""
    from ..readings import hanja_to_hangul as translate  # the hanja table: only when building

    started = time.perf_counter()
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    out = sqlite3.connect(dest, isolation_level=None)
    try:
        out.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;"
                          "PRAGMA temp_store=FILE;")
        out.executescript(SCHEMA + _STAGING)
        data_kinds = {t for (t,) in src.execute("SELECT DISTINCT text FROM NETransType") if t}
        kinds = [k for k in KIND_ORDER] + sorted(data_kinds - set(KIND_ORDER))
        if len(kinds) > 62:
            raise ValueError(f"{source}: {len(kinds)} JMnedict name types (at most 62 fit)")
        kind_bits = {k: 1 << i for i, k in enumerate(kinds)}
        counts = {"jmdict": 0, "jmnedict": 0, "form": 0, "gloss": 0, "name": 0, "hangul": 0}
        out.execute("BEGIN")

        def insert(table: str, rows: list[tuple]) -> None:
            if rows:
                out.executemany(f"INSERT INTO temp.s_{table} VALUES ({','.join('?' * len(rows[0]))})", rows)
                counts[table] += len(rows)

        entries, forms, glosses, hangul = [], [], [], []

        def flush() -> None:
            out.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?)", entries)
            insert("form", forms)
            insert("gloss", glosses)
            insert("hangul", hangul)
            for rows in (entries, forms, glosses, hangul):
                rows.clear()

        for idseq, prio, abbr, head, reading, other, gs, all_forms, kanji_forms in _jmdict(src):
            counts["jmdict"] += 1
            entries.append((idseq, 0, 0, prio, abbr, head, reading, other, SEP.join(gs)))
            forms += _hashes((unicodedata.normalize("NFKC", f) for f in all_forms), idseq)
            glosses += _hashes((k for g in gs for k in gloss_keys(g)), idseq)
            for f in dict.fromkeys(kanji_forms):
                if 2 <= len(f) <= 8 and HAN_ONLY.fullmatch(f):
                    hangul += [(ko, idseq, "" if f == head else f) for ko in korean_readings(f, translate)]
            if len(entries) >= 20000:
                flush()
        flush()

        name_prio = _name_priorities([(_nfc(h), _nfc(r or h)) for h, r in src.execute(_NE_HEAD) if h and h.strip()])
        name_rows = []
        person_bit = kind_bits.get("person", 0)
        surname_readings = _second_readings()
        for idseq, kind_mask, head, reading, other, gs, all_forms in _jmnedict(src, kind_bits):
            counts["jmnedict"] += 1
            entries.append((idseq, 1, kind_mask, name_prio.get((head, reading), 0), 0, head, reading, other, SEP.join(gs)))
            forms += _hashes((unicodedata.normalize("NFKC", f) for f in all_forms), idseq)
            name_rows += _hashes((k for g in gs for k in name_keys(g)), idseq)
            if kind_mask & person_bit and 2 <= len(head) <= 4 and HAN_ONLY.fullmatch(head):
                # a Korean (or Chinese) person's name in kanji is read in Sino-Korean: 金大中 김대중
                readings = korean_readings(head, translate)
                alt = surname_readings.get(head[0], ())    # 金 is 김 as a family name
                hangul += [(ko, idseq, "") for ko in dict.fromkeys(
                    (*readings, *(a + r[1:] for r in readings for a in alt)))]
            if len(entries) >= 20000:
                flush()
                insert("name", name_rows)
                name_rows.clear()
        del name_prio
        flush()
        insert("name", name_rows)

        for table in ("form", "gloss", "name"):
            out.execute(f"INSERT INTO {table} SELECT DISTINCT h, id FROM temp.s_{table} ORDER BY h, id")
        out.execute("INSERT INTO hangul SELECT DISTINCT ko, id, form FROM temp.s_hangul ORDER BY ko, id, form")
        for table in ("form", "gloss", "name", "hangul"):
            out.execute(f"DROP TABLE temp.s_{table}")
        rows = dict(meta, kinds=" ".join(kinds), **{f"count_{k}": str(v) for k, v in counts.items()})
        rows["build_seconds"] = f"{time.perf_counter() - started:.1f}"
        out.executemany("INSERT INTO meta VALUES (?, ?)", sorted(rows.items()))
        out.execute("INSERT INTO meta VALUES ('complete', '1')")
        out.execute("COMMIT")
        out.execute("PRAGMA optimize")
    finally:
        out.close()
        src.close()
    return counts
