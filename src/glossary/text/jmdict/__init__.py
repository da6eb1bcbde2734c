"""JMdict and JMnedict: a bilingual dictionary for the aligner and for suggestions.

The data are the Electronic Dictionary Research and Development Group's JMdict
(Japanese-English words) and JMnedict (Japanese names), CC BY-SA 4.0, as shipped in the
SQLite database of the PyPI package `jamdict-data` (read directly; the `jamdict`
library is not used).  The first lookup builds, once, a compact index of what these
functions need in the user's cache directory (`$GLOSSARY_CACHE_DIR`, else
`$XDG_CACHE_HOME/glossary`, else `~/.cache/glossary`); later processes open it and
read rows by index, nothing preloaded.

    ja_for_english("Liberal Democratic Party")   -> [DictEntry(headword="自由民主党", ...), ...]
    names_for_romaji("Shigeru Yoshida")           -> [DictEntry(headword="吉田茂", kind="person", ...)]
    kanji_for_hangul("국회")                       -> [DictEntry(headword="国会", ...)]
    entries_for_ja("外務省")[0].glosses           -> ("Ministry of Foreign Affairs",)

Without the data package every lookup returns [] and available() is False.  A missing,
outdated, partial or damaged index is rebuilt (under a file lock, into a temporary file
renamed into place, so processes building at once leave one valid index); an index that
cannot be written (no cache directory) raises OSError.

Nothing here is imported by `import glossary` nor by `glossary lookup`.
"""
from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .keys import FORMS_SEP, SEP, gloss_keys, key_hash, name_key, name_keys, name_orders, number_variants

__all__ = ["DictEntry", "available", "index_path", "ensure_index", "ja_for_english", "entries_for_ja",
           "names_for_romaji", "kanji_for_hangul", "people_for_hangul", "english_for_ja", "INDEX_FORMAT"]

#: the version of the index layout and keys; a change rebuilds every user's index
INDEX_FORMAT = 3
#: the distribution that ships jamdict.db
DATA_DISTRIBUTION = "jamdict-data"


@dataclass(frozen=True, slots=True)
class DictEntry:
    """One JMdict word or JMnedict name."""

    headword: str              # kanji form (or kana when the entry has no kanji); NFC
    reading: str               # hiragana/katakana reading
    glosses: tuple[str, ...]   # English glosses (JMdict senses / JMnedict translations), as written
    kind: str                  # "word" (JMdict) or a JMnedict name type: "surname", "place", "person", ...
    priority: int              # higher = more common (see README "Dictionary index"); 0 when none
    source: str                # "jmdict" | "jmnedict"
    entry_id: int              # the entry's ent_seq in its dictionary
    #: per gloss: True when its sense is marked as not the standard modern term (an
    #: abbreviation, archaism, slang, derogatory ...; JMnedict "(abbr)" names)
    marked: tuple[bool, ...] = ()

    def standard_glosses(self) -> tuple[str, ...]:
        """The glosses whose sense is unmarked."""
        return tuple(g for i, g in enumerate(self.glosses) if not (i < len(self.marked) and self.marked[i]))


# -- where things are ----------------------------------------------------------------------

@functools.cache
def _locate_source() -> tuple[Path, str] | None:
    """(path of jamdict.db, version of jamdict-data), or None when it is not installed."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("jamdict_data")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        db = Path(folder) / "jamdict.db"
        if db.is_file():
            break
    else:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version(DATA_DISTRIBUTION)
    except PackageNotFoundError:
        ver = "unknown"
    return db, ver


def _cache_dir() -> Path:
    if os.environ.get("GLOSSARY_CACHE_DIR"):
        return Path(os.environ["GLOSSARY_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "glossary"
    return Path.home() / ".cache" / "glossary"


def _file_name(version: str) -> str:
    safe = "".join(c if c.isalnum() or c in ".-_" else "_" for c in version)
    return f"jmdict-{safe}-i{INDEX_FORMAT}.sqlite"


def available() -> bool:
    """Whether the dictionary data (the jamdict-data package) is installed."""
    return _locate_source() is not None


def index_path() -> Path:
    """Where the index of the installed data is (or will be): the cache directory, a name
    carrying the data version and the index format ("jmdict-1.5-i1.sqlite")."""
    source = _locate_source()
    return _cache_dir() / _file_name(source[1] if source else "none")


# -- validity, locking, building -----------------------------------------------------------

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _header_ok(path: Path) -> bool:
    """An SQLite file whose size is what its header says (a truncated copy is not)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError:
        return False
    if len(head) < 100 or head[:16] != _SQLITE_MAGIC:
        return False
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(head[28:32], "big")
    counter_valid = head[24:28] == head[92:96]
    if page < 512 or size % page:
        return False
    return size == page * pages if counter_valid and pages else size > 0


def _connect(path: Path) -> sqlite3.Connection:
    # immutable: no locks, no journal check; the file is never written once renamed into place
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta"))


def _expected_meta(source: tuple[Path, str]) -> dict[str, str]:
    return {"format": str(INDEX_FORMAT), "source_version": source[1],
            "source_size": str(source[0].stat().st_size)}


def _valid(path: Path, source: tuple[Path, str]) -> bool:
    """A complete index of this data in this format (its meta says so, its size is right)."""
    if not _header_ok(path):
        return False
    try:
        conn = _connect(path)
        try:
            meta = _meta(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    want = _expected_meta(source)
    return meta.get("complete") == "1" and all(meta.get(k) == v for k, v in want.items())


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` (created if missing), held for the block."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl
        except ImportError:  # Windows
            import msvcrt
            import time

            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.1)
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _ensure(source: tuple[Path, str], *, broken: tuple[int, int] | None = None) -> tuple[Path, bool]:
    """The index path, and whether this call built it.  `broken`: the (inode, mtime) of an
    index file a lookup found damaged; it is rebuilt unless another process already has."""
    path = index_path()

    def usable() -> bool:
        if broken is not None:
            try:
                st = path.stat()
            except OSError:
                return False
            if (st.st_ino, st.st_mtime_ns) == broken:
                return False
        return _valid(path, source)

    if usable():
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    with _file_lock(path.parent / (path.name + ".lock")):
        if usable():  # another process built it while this one waited
            return path, False
        for stale in path.parent.glob(path.name + ".*.tmp"):  # left by a build that was killed
            with contextlib.suppress(OSError):
                stale.unlink()
        fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            from .build import build

            build(source[0], tmp, _expected_meta(source))
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)  # mkstemp made it private; it is a cache of public data
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        for old in path.parent.glob(path.name.rsplit("-i", 1)[0] + "-i*.sqlite"):  # superseded formats
            fmt = old.name.rsplit("-i", 1)[1].removesuffix(".sqlite")
            if old != path and fmt.isdigit() and int(fmt) < INDEX_FORMAT:   # a newer program's stays
                with contextlib.suppress(OSError):
                    old.unlink()
    return path, True


def ensure_index() -> Path:
    """Build the index if it is missing, outdated or damaged; return its path.  Raises
    FileNotFoundError when the data package is not installed, OSError when the cache
    directory cannot be written."""
    source = _locate_source()
    if source is None:
        raise FileNotFoundError(f"the dictionary data is not installed (pip install {DATA_DISTRIBUTION})")
    path, _ = _ensure(source)
    return path


# -- the open index ------------------------------------------------------------------------

_ROW = "e.id, e.src, e.kinds, e.prio, e.abbr, e.head, e.reading, e.forms, e.glosses"


class _Index:
    """An open index: one read-only connection shared by the threads of a process."""

    def __init__(self, path: Path, source: tuple[Path, str]) -> None:
        self.path = path
        self.source = source
        st = path.stat()
        self.identity = (st.st_ino, st.st_mtime_ns)
        self.conn = _connect(path)
        self.lock = threading.Lock()
        self.kinds = tuple(_meta(self.conn)["kinds"].split())
        self.kind_bits = {k: 1 << i for i, k in enumerate(self.kinds)}

    def rows(self, sql: str, params: tuple) -> list[tuple]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def mask(self, kinds: frozenset[str] | None) -> int:
        return -1 if kinds is None else sum(self.kind_bits.get(k, 0) for k in kinds)

    def kind(self, mask: int, wanted: int) -> str:
        both = mask & wanted or mask
        return self.kinds[(both & -both).bit_length() - 1] if both else "unclass"

    def entry(self, row: tuple, wanted: int = -1, headword: str | None = None,
              reading: str | None = None) -> DictEntry:
        eid, src, kinds, prio, abbr, head, read, _forms, glosses = row
        gs = tuple(glosses.split(SEP))
        if src == 0:
            marked = tuple(bool(i < 62 and abbr >> i & 1) for i in range(len(gs)))
        else:
            marked = tuple(bool(_ABBR_LABEL.match(g)) for g in gs)
        return DictEntry(headword or head, reading or read, gs,
                         "word" if src == 0 else self.kind(kinds, wanted), prio,
                         "jmdict" if src == 0 else "jmnedict", eid, marked)


_OPEN: dict[tuple, _Index] = {}
_OPEN_LOCK = threading.Lock()


def _index() -> _Index | None:
    source = _locate_source()
    if source is None:
        return None
    where = (os.environ.get("GLOSSARY_CACHE_DIR"), os.environ.get("XDG_CACHE_HOME"), source)
    idx = _OPEN.get(where)
    if idx is None:
        with _OPEN_LOCK:
            idx = _OPEN.get(where)
            if idx is None:
                path, _ = _ensure(source)
                idx = _OPEN[where] = _Index(path, source)
    return idx


def _forget(idx: _Index) -> None:
    with _OPEN_LOCK:
        for where, other in list(_OPEN.items()):
            if other is idx:
                del _OPEN[where]
    with idx.lock:  # not under another thread's query
        idx.conn.close()


def _lookup(fn, *args) -> list[DictEntry]:
    """fn(index, *args) on the open index; a damaged index is rebuilt and the query run again."""
    idx = _index()
    if idx is None:
        return []
    try:
        return list(fn(idx, *args))
    except sqlite3.DatabaseError:
        _forget(idx)
        _ensure(idx.source, broken=idx.identity)
        idx = _index()
        return list(fn(idx, *args)) if idx else []


def _dedupe(ranked: list[tuple[tuple, DictEntry]], limit: int) -> tuple[DictEntry, ...]:
    ranked.sort(key=lambda r: r[0])
    seen: set[tuple[str, str]] = set()
    out = []
    for _, e in ranked:
        if (e.headword, e.reading) not in seen:
            seen.add((e.headword, e.reading))
            out.append(e)
            if len(out) >= limit:
                break
    return tuple(out)


# -- English -> Japanese -------------------------------------------------------------------

#: JMnedict marks a name that abbreviates another with a leading label: "(abbr) Keio University"
_ABBR_LABEL = re.compile(r"\s*\(abbr\.?\)", re.IGNORECASE)


def _latin(head: str) -> bool:
    """A headword in Latin letters (ＡＳＥＡＮ): an English name kept, not a Japanese one."""
    return unicodedata.normalize("NFKC", head).isascii()


def ja_for_english(phrase: str, *, kinds: frozenset[str] | None = None, limit: int = 10) -> list[DictEntry]:
    """Entries one of whose English glosses is `phrase` after normalisation (keys.gloss_keys:
    case, leading article, trailing parenthetical, hyphens, British spellings; JMnedict
    translations also with keys.name_keys: macrons, long vowels).  `kinds` keeps entries of
    these kinds ("word" = JMdict).  Best first: entries whose matching senses are not all
    abbreviations (自由民主党 before 自民党 for "Liberal Democratic Party"; 慶應義塾大学 before
    慶大, "(abbr) Keio University"), exact keys before
    a gloss without its leading parenthetical before the other grammatical number
    ("Self-Defense Forces" finds "self-defense force"), then Japanese headwords before
    ones in Latin letters (東南アジア諸国連合 before ＡＳＥＡＮ), then priority, fewer
    glosses, shorter headword.  One entry per headword and reading."""
    if not phrase or limit <= 0:
        return []
    return _lookup(_ja_for_english, phrase, None if kinds is None else frozenset(kinds), limit)


@functools.lru_cache(maxsize=4096)
def _ja_for_english(idx: _Index, phrase: str, kinds: frozenset[str] | None, limit: int) -> tuple[DictEntry, ...]:
    keys = gloss_keys(phrase)
    if not keys:
        return ()
    wanted = idx.mask(kinds)
    want_words = kinds is None or "word" in kinds
    want_names = wanted != 0
    best: dict[int, tuple[tuple, DictEntry]] = {}

    def consider(row: tuple, rank: tuple) -> None:
        prev = best.get(row[0])
        if prev is None or rank < prev[0]:
            best[row[0]] = (rank, idx.entry(row, wanted))

    tries = [(keys[0], 0)] + [(v, 2) for v in number_variants(keys[0])]
    if want_words:
        for key, tier in tries:
            for row in idx.rows(f"SELECT {_ROW} FROM gloss g JOIN entry e ON e.id = g.id WHERE g.h = ?",
                                (key_hash(key),)):
                glosses = row[8].split(SEP)
                matched = []
                for i, g in enumerate(glosses):
                    gk = gloss_keys(g)
                    if key in gk:
                        matched.append((tier + (gk[0] != key), i))
                if not matched:
                    continue
                quality = min(q for q, _ in matched)
                abbr = all(i < 62 and row[4] >> i & 1 for q, i in matched if q == quality)
                consider(row, (abbr, quality, _latin(row[5]), -row[3], len(glosses), len(row[5]), row[0]))
    if want_names:
        name_tries = [(name_keys(phrase)[0] if name_keys(phrase) else "", 0)]
        name_tries += [(nk, 2) for v, _ in tries[1:] for nk in name_keys(v)[:1]]
        for key, tier in name_tries:
            if not key:
                continue
            for row in idx.rows(f"SELECT {_ROW} FROM name n JOIN entry e ON e.id = n.id WHERE n.h = ?",
                                (key_hash(key),)):
                if not row[2] & wanted:
                    continue
                glosses = row[8].split(SEP)
                matched = [(tier + (nk[0] != key), g) for g, nk in zip(glosses, map(name_keys, glosses)) if key in nk]
                if matched:
                    quality = min(q for q, _ in matched)
                    abbr = all(_ABBR_LABEL.match(g) for q, g in matched if q == quality)
                    consider(row, (abbr, quality, _latin(row[5]), -row[3], len(glosses), len(row[5]), row[0]))
    return _dedupe(list(best.values()), limit)


# -- Japanese -> entries -------------------------------------------------------------------

def entries_for_ja(term: str) -> list[DictEntry]:
    """Every entry with this kanji form or kana reading (NFKC), best first: a form before a
    reading, then priority, JMdict before JMnedict, fewer glosses, shorter headword.  The
    headword is the form looked up when it is one of the entry's kanji forms, the reading
    the one looked up when it is one of its readings.  A term in old kanji forms (韓國)
    also finds, after its own entries, those of today's forms (韓国), headed so."""
    if not term or not term.strip():
        return []
    term = unicodedata.normalize("NFKC", term).strip()
    found = _lookup(_entries_for_ja, term)
    from ..kyujitai import fold

    modern = fold(term)     # a note's old forms: 經濟産業省 is 経済産業省; 韓國 is 韓国 (as well
    if modern != term:      # as a rare name written so)
        found = list(found) + [e for e in _lookup(_entries_for_ja, modern) if e not in found]
    return found


@functools.lru_cache(maxsize=4096)
def _entries_for_ja(idx: _Index, term: str) -> tuple[DictEntry, ...]:
    ranked = []
    nfkc = functools.partial(unicodedata.normalize, "NFKC")
    for row in idx.rows(f"SELECT {_ROW} FROM form f JOIN entry e ON e.id = f.id WHERE f.h = ?",
                        (key_hash(term),)):
        head, reading, forms = row[5], row[6], row[7]
        kanji, readings = (forms.split(FORMS_SEP) if forms else ("", ""))
        kanji_forms = [head] + [k for k in kanji.split(SEP) if k] if head != reading else []
        reading_forms = [reading] + [r for r in readings.split(SEP) if r]
        hit_form = next((k for k in kanji_forms if nfkc(k) == term), None)
        hit_reading = next((r for r in reading_forms if nfkc(r) == term), None)
        if hit_form is None and hit_reading is None:
            continue  # a hash collision
        entry = idx.entry(row, headword=hit_form, reading=hit_reading)
        ranked.append(((hit_form is None, -row[3], row[1], entry.glosses.__len__(), len(entry.headword), row[0]),
                       entry))
    ranked.sort(key=lambda r: r[0])
    return tuple(e for _, e in ranked)


def english_for_ja(term: str) -> list[str]:
    """The English glosses of the best entries for a Japanese term (entries_for_ja): those
    sharing the first entry's headword and priority, in order, each gloss once, as written."""
    entries = entries_for_ja(term)
    if not entries:
        return []
    first = entries[0]
    chosen = [e for e in entries if e.headword == first.headword and e.priority == first.priority]
    return list(dict.fromkeys(g for e in chosen for g in e.glosses))


# -- romanised names -> JMnedict -----------------------------------------------------------

def names_for_romaji(romaji: str, *, kinds: frozenset[str] | None = None, limit: int = 10) -> list[DictEntry]:
    """JMnedict names whose translation is this romanised name in this or another order of
    its words ("Yoshida Shigeru" = "Shigeru Yoshida"; "Yoshida" alone finds 吉田), with macrons
    and long-vowel spellings unified (Ōno = Ohno = Oono = Ono; Shinzō = Shinzou = Shinzo)
    and case, spaces and hyphens ignored.  `kinds` keeps names of these types.  Best first:
    the order as written, then names that are not "(abbr)" ones, then headwords not in
    Latin letters, then priority, fewer translations, shorter headword; one entry per
    headword and reading."""
    if not romaji or limit <= 0:
        return []
    return _lookup(_names_for_romaji, romaji, None if kinds is None else frozenset(kinds), limit)


@functools.lru_cache(maxsize=4096)
def _names_for_romaji(idx: _Index, romaji: str, kinds: frozenset[str] | None, limit: int) -> tuple[DictEntry, ...]:
    wanted = idx.mask(kinds)
    if not wanted:
        return ()
    best: dict[int, tuple[tuple, DictEntry]] = {}
    for order, key in enumerate(name_orders(romaji)):
        for row in idx.rows(f"SELECT {_ROW} FROM name n JOIN entry e ON e.id = n.id WHERE n.h = ?",
                            (key_hash(key),)):
            if row[0] in best or not row[2] & wanted:
                continue
            glosses = row[8].split(SEP)
            matched = [(nk[0] != key, g) for g, nk in zip(glosses, map(name_keys, glosses)) if key in nk]
            if matched:
                quality = min(q for q, _ in matched)
                abbr = all(_ABBR_LABEL.match(g) for q, g in matched if q == quality)
                rank = (order > 0, abbr, quality, _latin(row[5]), -row[3], len(glosses), len(row[5]), row[0])
                best[row[0]] = (rank, idx.entry(row, wanted))
    return _dedupe(list(best.values()), limit)


def name_kind_counts(word: str) -> dict[str, int]:
    """How many JMnedict entries translate this one romanised word, by name type (an entry
    of several types counts for each): {"surname": 32, "given": 5, ...}.  Cheaper than
    `names_for_romaji` (no entries are built): for statistics over a name's words."""
    if not word:
        return {}
    return dict(_lookup(_name_kind_counts, word))


@functools.lru_cache(maxsize=8192)
def _name_kind_counts(idx: _Index, word: str) -> tuple[tuple[str, int], ...]:
    key = name_key(word)
    if not key:
        return ()
    counts: dict[str, int] = {}
    # (the hash alone: a collision of two keys' CRC-32 in the name table is too rare to bend a count)
    for (kinds,) in idx.rows("SELECT e.kinds FROM name n JOIN entry e ON e.id = n.id "
                             "WHERE n.h = ? AND e.src = 1", (key_hash(key),)):
        for i, kind in enumerate(idx.kinds):
            if kinds >> i & 1:
                counts[kind] = counts.get(kind, 0) + 1
    return tuple(counts.items())


# -- Korean -> kanji -----------------------------------------------------------------------

def kanji_for_hangul(word: str, *, limit: int = 10) -> list[DictEntry]:
    """JMdict words written in kanji only (2-8 characters) whose Sino-Korean reading (the
    hanja package; Japanese simplified forms read as their traditional forms too) is this
    Hangul word: 국회 -> 国会, 자위대 -> 自衛隊.  Best first by priority, fewer glosses,
    shorter headword; the headword is the kanji form that has the reading."""
    w = "".join(unicodedata.normalize("NFKC", word or "").split())
    if not w or limit <= 0:
        return []
    return _lookup(_kanji_for_hangul, w, limit)


@functools.lru_cache(maxsize=4096)
def _kanji_for_hangul(idx: _Index, word: str, limit: int) -> tuple[DictEntry, ...]:
    ranked = []
    for row in idx.rows(f"SELECT h.form, {_ROW} FROM hangul h JOIN entry e ON e.id = h.id "
                        "WHERE h.ko = ? AND e.src = 0", (word,)):
        form, row = row[0], row[1:]
        entry = idx.entry(row, headword=form or None)
        ranked.append(((-row[3], len(entry.glosses), len(entry.headword), row[0]), entry))
    return _dedupe(ranked, limit)


def people_for_hangul(word: str, *, limit: int = 10) -> list[DictEntry]:
    """JMnedict people whose name in kanji (2-4 characters) reads, in Sino-Korean, as this
    Hangul name: 김대중 -> 金大中 (きむでじゅん).  Japanese people of that reading are there
    too (the caller checks the kana reading).  Best first by priority."""
    w = "".join(unicodedata.normalize("NFKC", word or "").split())
    if not w or limit <= 0:
        return []
    return _lookup(_people_for_hangul, w, limit)


@functools.lru_cache(maxsize=4096)
def _people_for_hangul(idx: _Index, word: str, limit: int) -> tuple[DictEntry, ...]:
    ranked = []
    for row in idx.rows(f"SELECT {_ROW} FROM hangul h JOIN entry e ON e.id = h.id WHERE h.ko = ? AND e.src = 1",
                        (word,)):
        entry = idx.entry(row, wanted=idx.mask(frozenset({"person"})))
        ranked.append(((-row[3], len(entry.headword), row[0]), entry))
    return _dedupe(ranked, limit)
