"""Export the termbase to exchange formats and import files back (the merge logic).

Formats (`glossary.formats`) only convert between files and `Entry` objects; this
module decides what an imported file means for the termbase:

* An entry id the termbase does not have becomes a new entry (an import into an empty
  termbase restores it).  For .po files such ids are also listed as `unknown`.
* A term that matches an existing one (same language, same normalised key) updates it;
  a new term is added.  A term an editor decided on (approved or rejected) is never
  changed silently: the difference is reported as a conflict and the termbase keeps its
  value, unless `force=True` (the file wins; the old value stays in the history, so
  `glossary undo` brings it back).  A suggested (machine) term is simply replaced.
* .po: msgctxt `id` / `id|N` names the entry and slot (see formats/pofile.py); a msgid
  that is no longer the entry's English term at that slot is reported and not applied;
  non-fuzzy msgstr -> approved, fuzzy -> suggested, empty -> no opinion.  The catalog's
  Language header decides the target language; a catalog for a language the termbase
  does not use, or other than `lang` when given, is refused.
  Three-way merge: our exports record in each message the *base*, the target value
  (text and status) the slot had at export (`#. ko base (approved): ...`).  With
  FILE = the msgstr (text, fuzzy -> suggested / else approved), BASE and NOW = the
  slot's current term:
    - FILE == BASE: the translator changed nothing: no opinion (no change, no conflict),
      even when the termbase moved on since the export;
    - FILE == NOW: both made the same change: nothing to do;
    - NOW == BASE: only the translator changed it: FILE is applied, approved or not
      (reported as an update, undoable with `glossary undo`);
    - otherwise both changed it: a conflict, the termbase keeps NOW unless `force`.
  A message without a base line (older exports, other tools) is merged two ways as
  above: a difference from an approved term is a conflict.
  A msgctxt that names no entry creates one only when the message carries our
  `#. category:` comment (our export, e.g. into an empty termbase); otherwise (an app's
  catalog) it is reported as `foreign`, nothing is added for it, and the CLI exits 1.
* JSON is a dump: an entry it creates keeps its revision, created_at and updated_at
  (a lossless restore; the history records the action "restore").  Other formats do not
  carry them: entries they create start at revision 1, now.
* Everything is planned first and written in ONE transaction (or not at all with
  `dry_run=True`); the `ImportReport` says what changed.
"""
from __future__ import annotations

import contextlib
import gc
import math
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, Sequence, TextIO

from .errors import FormatError, InputError
from .model import CORE_LANGS, Category, Entry, Role, Status, Term
from .text.langtags import normalize_lang
from .text.normalize import CONTROLS, MAX_NOTE_CHARS, MAX_TERM_CHARS, refuse_controls
from .text.normalize import key as norm_key

if TYPE_CHECKING:
    from .api import Glossary

FORMATS = ("po", "tbx", "csv", "tsv", "json")
# File name endings -> format, for `import FILE` without --format.
EXTENSIONS = {".po": "po", ".pot": "po", ".tbx": "tbx", ".xml": "tbx", ".csv": "csv", ".tsv": "tsv",
              ".tab": "tsv", ".utf8": "tsv", ".txt": "tsv", ".json": "json"}


# -- results -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    paths: tuple[str, ...]
    entries: int  # entries written (po: entries with an English term)
    items: int  # messages, concepts or rows written

    def to_dict(self) -> dict[str, Any]:
        return {"paths": list(self.paths), "entries": self.entries, "items": self.items}


@dataclass(frozen=True)
class ImportConflict:
    """A value in the file that differs from one an editor decided on."""

    entry_id: str
    field: str  # "term", "status", "role", "category", "note"
    lang: str  # "" for entry fields
    current: str
    incoming: str
    line: int | None = None
    resolved: bool = False  # True when force=True made the file win
    base: str | None = None  # .po three-way merge: the value the file was exported with

    def to_dict(self) -> dict[str, Any]:
        return {"entry": self.entry_id, "field": self.field, "lang": self.lang, "current": self.current,
                "incoming": self.incoming, "line": self.line, "resolved": self.resolved, "base": self.base}

    def describe(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        what = f"{self.lang} {self.field}" if self.lang else self.field
        verb = "overwritten" if self.resolved else "kept (use --force to take the file's)"
        if self.base is not None:
            return (f"{where}{self.entry_id}: {what} was {self.base!r} at export; since then the termbase has "
                    f"{self.current!r} and the file {self.incoming!r}: {verb}")
        return f"{where}{self.entry_id}: {what} is {self.current!r} (approved), file has {self.incoming!r}: {verb}"


@dataclass(frozen=True)
class ChangedMsgid:
    """A .po message whose msgid is not the entry's English term at that slot any more."""

    entry_id: str
    slot: int
    expected: str
    found: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"entry": self.entry_id, "slot": self.slot, "expected": self.expected, "found": self.found,
                "line": self.line}


@dataclass(frozen=True)
class ImportReport:
    path: str
    format: str
    lang: str | None  # target language of a .po/.tsv
    dry_run: bool
    force: bool
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0
    conflicts: tuple[ImportConflict, ...] = ()
    unknown: tuple[str, ...] = ()  # .po msgctxt naming no entry (added as new entries)
    changed_msgids: tuple[ChangedMsgid, ...] = ()
    skipped: tuple[str, ...] = ()  # one line each: what was not imported and why
    foreign: tuple[str, ...] = ()  # .po msgctxt naming no entry, not from our export: not imported
    combined: tuple[str, ...] = ()  # one line each: an entry given twice in the file, combined

    @property
    def open_conflicts(self) -> tuple[ImportConflict, ...]:
        return tuple(c for c in self.conflicts if not c.resolved)

    @property
    def ok(self) -> bool:
        """False when the CLI exits 1: open conflicts, or messages that are not ours."""
        return not self.open_conflicts and not self.foreign

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "lang": self.lang, "dry_run": self.dry_run,
                "force": self.force, "added": list(self.added), "updated": list(self.updated),
                "unchanged": self.unchanged, "conflicts": [c.to_dict() for c in self.conflicts],
                "unknown": list(self.unknown), "changed_msgids": [c.to_dict() for c in self.changed_msgids],
                "skipped": list(self.skipped), "foreign": list(self.foreign), "combined": list(self.combined)}

    def lines(self) -> list[str]:
        verb = "would add" if self.dry_run else "added"
        out = [f"{self.path}: {verb} {len(self.added)}, {'would update' if self.dry_run else 'updated'} "
               f"{len(self.updated)}, unchanged {self.unchanged}, conflicts {len(self.open_conflicts)}"
               + (" (dry run: nothing written)" if self.dry_run else "")]
        out += [f"  conflict: {c.describe()}" for c in self.conflicts]
        out += [f"  unknown msgctxt {u!r}: added as a new entry" for u in self.unknown]
        out += [f"  line {c.line}: {c.entry_id}: msgid changed: termbase has {c.expected!r}, file has "
                f"{c.found!r}; not applied" for c in self.changed_msgids]
        out += [f"  unknown msgctxt {u!r}: no such entry, and not from a glossary export (no \"#. category\" "
                f"comment); not imported" for u in self.foreign]
        out += [f"  skipped: {s}" for s in self.skipped]
        out += [f"  combined: {c}" for c in self.combined]
        return out


@dataclass
class _Plan:
    new: list[Entry] = field(default_factory=list)
    updates: list[tuple[Entry, int]] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[ImportConflict] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    changed: list[ChangedMsgid] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    combined: list[str] = field(default_factory=list)
    keep_meta: bool = False  # new entries keep the file's revision and times (JSON)


# -- files ---------------------------------------------------------------------------------

@contextlib.contextmanager
def _gc_paused():
    """No cyclic garbage collection while a whole termbase or file is in memory as model
    objects: nothing made here is cyclic, and with millions of live objects each collection
    rescans them all (a quarter of a 100,000-entry restore)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _without_gc(func: Callable[..., Any]) -> Callable[..., Any]:
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with _gc_paused():
            return func(*args, **kwargs)
    return wrapper



#: prefix of the temporary files exports write beside their targets; the pid in the name
#: lets the next export remove those of a process that was killed mid-way
TMP_PREFIX = ".tmp-glossary-"


def _owned_link(path: str, follow: bool, shown: str) -> None:
    """Refuse a symbolic link at `path` unless following was asked for, and then only a
    link the current user owns (a link planted by someone else must not redirect a file)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", path=shown) from None
    import stat

    if not stat.S_ISLNK(st.st_mode):
        return
    if not follow:
        raise InputError(f"{path if path != shown else 'the target'} is a symbolic link; not followed "
                         "(give --follow-symlinks to write through a link you own)", path=shown)
    if st.st_uid != os.geteuid():
        raise InputError(f"{path} is a symbolic link owned by another user; not followed", path=shown)


def _target(path: str, *, follow: bool = False, checked_dirs: Sequence[str] = ()) -> str:
    """The file an export replaces, after refusing what must not be written: a symbolic
    link (the file itself, or a directory in `checked_dirs` the export creates), anything
    that is not a regular file, a read-only file.  Only stat calls: nothing is created."""
    for directory in checked_dirs:
        _owned_link(directory, follow, path)
    _owned_link(path, follow, path)
    real = os.path.realpath(path)
    if os.path.lexists(path) and not os.path.exists(real):     # a dangling link, followed
        raise InputError("is a symbolic link to nothing; not created", path=path)
    if os.path.exists(real):
        if not os.path.isfile(real):
            what = "a directory" if os.path.isdir(real) else "not a regular file"
            raise InputError(f"cannot write here: {what}", path=path)
        if not os.stat(real).st_mode & 0o222:
            raise InputError("is read-only; not replaced (chmod u+w it to let the export replace it)", path=path)
    return real


def _remove_stale_temps(directory: str) -> None:
    """Temporary files of exports whose process is gone (killed mid-way)."""
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        if not name.startswith(TMP_PREFIX):
            continue
        pid = name[len(TMP_PREFIX):].partition("-")[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
            continue                      # still running: its file
        except ProcessLookupError:
            pass
        except OSError:
            continue                      # alive under another user
        try:
            os.unlink(os.path.join(directory, name))
        except OSError:
            pass


class _Staging:
    """Several output files that appear together or not at all: each is written to a
    temporary file beside its target, and only when every one is complete are they renamed
    into place.  A failure (a full disk, an error in a writer) removes every temporary
    file and leaves every target as it was.  The targets' permissions are kept."""

    def __init__(self, *, follow_symlinks: bool = False):
        self.follow = follow_symlinks
        self.staged: list[tuple[str, str, int, str]] = []   # (temporary, real target, mode, shown)

    def __enter__(self) -> "_Staging":
        return self

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            self._commit()
        else:
            self._discard()

    def write(self, path: str, opener: Callable[[int], Any], write: Callable[[Any], Any], *,
              checked_dirs: Sequence[str] = ()) -> Any:
        real = _target(path, follow=self.follow, checked_dirs=checked_dirs)
        directory = os.path.dirname(real)
        try:
            os.makedirs(directory, exist_ok=True)
            _remove_stale_temps(directory)
            mode = os.stat(real).st_mode & 0o7777 if os.path.exists(real) else 0o644
            fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{os.getpid()}-", suffix="-" + os.path.basename(real),
                                       dir=directory)
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", path=path) from None
        self.staged.append((tmp, real, mode, path))
        try:
            with opener(fd) as fh:
                result = write(fh)
            os.chmod(tmp, mode)
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", path=path) from None
        return result

    def _commit(self) -> None:
        try:
            for tmp, real, _mode, path in self.staged:
                try:
                    os.replace(tmp, real)
                except OSError as exc:
                    raise InputError(f"cannot write: {exc.strerror or exc}", path=path) from None
        finally:
            self._discard()

    def _discard(self) -> None:
        for tmp, *_ in self.staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self.staged = []


def atomic_write(path: str, write: Callable[[TextIO], Any], *, newline: str = "\n",
                 encoding: str = "utf-8", follow_symlinks: bool = False) -> Any:
    """A text file written atomically: readers see the old file or the new one."""
    with _Staging(follow_symlinks=follow_symlinks) as staging:
        return staging.write(path, _text_opener(encoding, newline), write)


def _text_opener(encoding: str = "utf-8", newline: str = "\n") -> Callable[[int], Any]:
    return lambda fd: os.fdopen(fd, "w", encoding=encoding, newline=newline)


def guess_format(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext not in EXTENSIONS:
        raise InputError(f"cannot tell the format from the file name {path!r}; "
                         f"give --format ({', '.join(FORMATS)})")
    return EXTENSIONS[ext]


def _stamp(entries: Sequence[Entry]) -> str:
    return max((e.updated_at for e in entries), default="")


def _target_lang(lang: str) -> str:
    lang = normalize_lang(lang)
    if lang == "en":
        raise InputError("English is the source language; export po for a target language (ja, ko, ...)")
    return lang


def _langs(lang: str | None) -> tuple[str, ...] | None:
    return None if lang is None else tuple(dict.fromkeys(("en", normalize_lang(lang))))


# -- export --------------------------------------------------------------------------------

@_without_gc
def export_po(g: "Glossary", lang: str, out_dir: str = "locale", *, mo: bool = False,
              follow_symlinks: bool = False) -> ExportResult:
    """DIR/<lang>/LC_MESSAGES/glossary.po (+ .mo) and DIR/glossary.pot, all or none."""
    from .formats.pofile import po_slots, write_mo, write_po

    lang = _target_lang(lang)
    entries = g.list(order="id")
    stamp = _stamp([e for e in entries if po_slots(e, lang) is not None])  # what the file shows
    pot = os.path.join(out_dir, "glossary.pot")
    messages = os.path.join(out_dir, lang, "LC_MESSAGES")
    po = os.path.join(messages, "glossary.po")
    # the directories the export creates under DIR must not be links planted there
    ours = (os.path.join(out_dir, lang), messages)
    paths = [pot, po]
    with _Staging(follow_symlinks=follow_symlinks) as staging:
        staging.write(pot, _text_opener(), lambda fh: write_po(fh, entries, lang=None, stamp=stamp))
        n = staging.write(po, _text_opener(), lambda fh: write_po(fh, entries, lang=lang, stamp=stamp),
                          checked_dirs=ours)
        if mo:
            mo_path = os.path.join(messages, "glossary.mo")
            staging.write(mo_path, lambda fd: os.fdopen(fd, "wb"),
                          lambda fh: write_mo(fh, entries, lang=lang, stamp=stamp), checked_dirs=ours)
            paths.append(mo_path)
    with_en = sum(1 for e in entries if po_slots(e, lang) is not None)
    return ExportResult(tuple(paths), with_en, n)


@_without_gc
def export_tbx(g: "Glossary", path: str, *, lang: str | None = None, version: int = 3,
               follow_symlinks: bool = False) -> ExportResult:
    from .formats.tbxfile import write_tbx

    entries = g.list(order="id", occurrences=False)
    n = atomic_write(path, lambda fh: write_tbx(fh, entries, langs=_langs(lang), version=version),
                     follow_symlinks=follow_symlinks)
    return ExportResult((path,), n, n)


@_without_gc
def export_csv(g: "Glossary", path: str, *, lang: str | None = None, follow_symlinks: bool = False) -> ExportResult:
    from .formats.csvfile import write_csv

    entries = g.list(order="id", occurrences=False)
    rows = atomic_write(path, lambda fh: write_csv(fh, entries, langs=_langs(lang)), newline="",
                        encoding="utf-8-sig", follow_symlinks=follow_symlinks)
    return ExportResult((path,), len(entries), rows)


@_without_gc
def export_tsv(g: "Glossary", path: str, *, lang: str, follow_symlinks: bool = False) -> ExportResult:
    from .formats.csvfile import write_tsv

    lang = _target_lang(lang)
    entries = g.list(order="id", occurrences=False)
    rows = atomic_write(path, lambda fh: write_tsv(fh, entries, lang=lang), follow_symlinks=follow_symlinks)
    return ExportResult((path,), len(entries), rows)


@_without_gc
def export_json(g: "Glossary", path: str, *, lang: str | None = None, follow_symlinks: bool = False) -> ExportResult:
    from .formats.jsonfile import write_json

    entries = g.list(order="id")
    n = atomic_write(path, lambda fh: write_json(fh, entries, langs=_langs(lang)), follow_symlinks=follow_symlinks)
    return ExportResult((path,), n, n)


# -- import --------------------------------------------------------------------------------

def import_file(g: "Glossary", path: str, *, fmt: str | None = None, lang: str | None = None,
                dry_run: bool = False, force: bool = False) -> ImportReport:
    fmt = (fmt or guess_format(path)).lower()
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    lang = normalize_lang(lang) if lang else None
    import io

    from .documents.reader import read_bytes

    fh = io.BytesIO(read_bytes(path))   # a regular file within the input limit, as extract reads
    with _gc_paused():
        return _import(g, fh, path, fmt, lang, dry_run, force)


def _import(g: "Glossary", fh, path: str, fmt: str, lang: str | None, dry_run: bool, force: bool) -> ImportReport:
    if fmt == "po":
        plan, lang = _plan_po(g, fh, path, lang, force)
    else:
        if fmt == "tbx":
            from .formats.tbxfile import read_tbx

            entries = read_tbx(fh, path=path)
        elif fmt == "csv":
            from .formats.csvfile import read_csv

            entries = read_csv(fh, path=path)
        elif fmt == "tsv":
            from .formats.csvfile import read_tsv

            if not lang:
                raise InputError("an OmegaT glossary does not say its target language; give --lang", path=path)
            entries = read_tsv(fh, lang=lang, path=path)
        else:
            from .formats.jsonfile import read_json

            entries = read_json(fh, path=path)
        plan = _plan_entries(g, entries, fmt, path, force)
    if not dry_run and (plan.new or plan.updates):
        try:
            with g.transaction():
                if plan.new:
                    g.store.bulk_create(plan.new, actor=g.actor, action="restore" if plan.keep_meta else "import",
                                        keep_meta=plan.keep_meta)
                for entry, revision in plan.updates:
                    g.save_entry(entry, revision=revision, action="import")
        except InputError as exc:   # a value the facade refuses: the file's fault, nothing stored
            if isinstance(exc, FormatError):
                raise
            raise FormatError(exc.message, path=path) from None
    return ImportReport(path, fmt, lang, dry_run, force, tuple(e.id for e in plan.new),
                        tuple(e.id for e, _ in plan.updates), plan.unchanged, tuple(plan.conflicts),
                        tuple(plan.unknown), tuple(plan.changed), tuple(plan.skipped), tuple(plan.foreign),
                        tuple(plan.combined))


# Text that clean_text() would change or refuse: C0/C1 controls (Cc), any white space
# other than a single inner ASCII space (runs, tabs, NBSP, ideographic space, zero-width
# characters), or white space at either end.  Clean text skips the slow path.
UNCLEAN = re.compile(r"[\x00-\x1f\x7f-\x9f]|[^\S ]|  |^ | $|"
                     r"[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def _clean_text(text: str, what: str, path: str, line: int | None = None) -> str:
    if text and unicodedata.is_normalized("NFC", text) and not UNCLEAN.search(text):
        return text  # the common case, without a Python loop over characters
    from .api import clean_text

    try:
        return clean_text(text, what)
    except InputError as exc:
        raise FormatError(exc.message, path=path, line=line) from None


def _clean_entry(e: Entry, path: str, line: int | None = None, *, canonical: set[str] | None = None) -> Entry:
    """Languages normalised, term texts NFC, duplicate terms (same language and key) merged.

    `canonical` (shared across the entries of one file) collects language tags known to be
    in their normal form; an entry whose tags are all known, whose texts are all clean and
    whose languages do not repeat is returned as it is after one check of all its texts."""
    where = f"entry {e.id!r}" if e.id else "an entry"
    for value, what in ((e.note, "note"), *[(x, "a term's evidence, origin or reading") for t in e.terms
                                             for x in (t.evidence, t.origin, t.reading)]):
        if value and (CONTROLS.search(value) or len(value) > MAX_NOTE_CHARS):
            try:
                refuse_controls(value, f"{what} of {where}")
            except InputError as exc:
                raise FormatError(exc.message, path=path, line=line) from None
    if bad := next((t for t in e.terms if not math.isfinite(t.confidence)), None):
        raise FormatError(f"{where}: confidence {bad.confidence} is not a number from 0 to 1",
                          path=path, line=line)
    if canonical is not None and e.terms:
        langs = [t.lang for t in e.terms]
        if canonical.issuperset(langs):
            # one space between the texts: a text that is empty, or starts or ends with
            # white space, makes a double space or an outer space that UNCLEAN finds; a
            # space composes with nothing, so the joined text is NFC iff every text is
            joined = " ".join([t.text for t in e.terms])
            if (unicodedata.is_normalized("NFC", joined) and not UNCLEAN.search(joined)
                    and all(t.text and 0.0 <= t.confidence <= 1.0 and len(t.text) <= MAX_TERM_CHARS
                            for t in e.terms)):
                if len(set(langs)) == len(langs):
                    return e
                keys = [(t.lang, norm_key(t.text)) for t in e.terms]
                if len(set(keys)) == len(keys):
                    return e
    terms: list[Term] = []
    where = f"entry {e.id!r}" if e.id else "an entry"
    changed = False
    for t in e.terms:
        try:
            lang = normalize_lang(t.lang)
        except InputError as exc:
            raise FormatError(f"{where}: {exc.message}", path=path, line=line) from None
        if canonical is not None and lang == t.lang:
            canonical.add(lang)
        text = _clean_text(t.text, f"term of {where}", path, line)
        if lang != t.lang or text != t.text or not 0.0 <= t.confidence <= 1.0:
            t = Term(lang, text, t.role, t.status, t.origin, min(max(t.confidence, 0.0), 1.0), t.evidence,
                     t.reading)
            changed = True
        terms.append(t)
    langs = [t.lang for t in terms]
    if len(set(langs)) != len(langs):  # two terms of one language: drop repeats of the same key
        seen: set[tuple[str, str]] = set()
        unique = []
        for t in terms:
            k = (t.lang, norm_key(t.text))
            if k not in seen:
                seen.add(k)
                unique.append(t)
        changed = changed or len(unique) != len(terms)
        terms = unique
    return e.replace(terms=tuple(terms)) if changed else e


def _used_langs(g: "Glossary") -> set[str]:
    return set(CORE_LANGS) | set(g.stats().terms_by_lang)


def _plan_entries(g: "Glossary", entries: list[Entry], fmt: str, path: str, force: bool) -> _Plan:
    from .api import VALID_ID

    plan = _Plan(keep_meta=fmt == "json")
    canonical: set[str] = set()  # language tags seen that normalize_lang leaves as they are
    cleaned = [_clean_entry(e, path, canonical=canonical) for e in entries]
    ids = [e.id for e in cleaned if e.id and VALID_ID.match(e.id)]
    # an empty termbase (a restore) has nothing to look up
    existing = {e.id: e for e in g.store.get_many(ids, occurrences=False)} if ids and g.count() else {}
    reserved: set[str] = set()
    by_english: dict[str, str] = {}  # English key -> the id an entry without one got in this file
    combined: dict[str, Entry] = {}  # id -> the file's entries of that id, combined (file order)
    for imp in cleaned:
        if not imp.id or not VALID_ID.match(imp.id):
            en = imp.preferred("en")
            known = by_english.get(norm_key(en.text)) if en is not None else None
            imp = imp.replace(id=known) if known else _resolve_id(g, imp, existing, reserved)
            if imp is None:
                plan.skipped.append("an entry without an id and without an English term")
                continue
            reserved.add(imp.id)
            if en is not None:
                by_english.setdefault(norm_key(en.text), imp.id)
        if imp.id in combined:  # the same concept twice in one file: two translations are normal
            combined[imp.id], notes = _combine(combined[imp.id], imp)
            plan.combined.extend(notes)
        else:
            combined[imp.id] = imp
    for imp in combined.values():
        cur = existing.get(imp.id)
        if cur is None:
            plan.new.append(imp)  # revision 1 and times of now, or kept (keep_meta)
            continue
        merged, conflicts = merge_entry(cur, imp, force=force, fields=fmt != "tsv")
        plan.conflicts.extend(conflicts)
        if _content(merged) != _content(cur):
            plan.updates.append((merged, cur.revision))
        else:
            plan.unchanged += 1
    return plan


def _combine(first: Entry, second: Entry) -> tuple[Entry, list[str]]:
    """One entry from two records of it in one file: every form of both (a second
    preferred form of a language joins as an alias, with its status), the first's
    category and note unless it has none."""
    terms = list(first.terms)
    seen = {(t.lang, norm_key(t.text)) for t in terms}
    notes = []
    for t in second.terms:
        k = (t.lang, norm_key(t.text))
        if k in seen:
            continue
        seen.add(k)
        if t.role is Role.PREFERRED and any(x.lang == t.lang and x.role is Role.PREFERRED for x in terms):
            t = t.replace(role=Role.ALIAS)
            notes.append(f"{first.id}: {t.lang} {t.text!r} given again for the same entry: added as an alias")
        terms.append(t)
    category = first.category if first.category is not Category.OTHER else second.category
    return first.replace(terms=tuple(terms), category=category, note=first.note or second.note), notes


def _resolve_id(g: "Glossary", imp: Entry, existing: dict[str, Entry], reserved: set[str]) -> Entry | None:
    """An id for an entry from a file without (usable) ids: the one existing entry with
    the same English preferred term, else a new id from that term."""
    en = imp.preferred("en")
    if en is None:
        return None
    hits = {entry_id for entry_id, _pos in g.store.ids_by_key(norm_key(en.text), "en")}
    if len(hits) == 1:
        entry_id = hits.pop()
        if entry_id not in existing:
            existing.update({e.id: e for e in g.store.get_many([entry_id], occurrences=False)})
        return imp.replace(id=entry_id)
    base = g.new_id(en.text, "en")
    candidate, n = base, 2
    while candidate in reserved or g.store.exists(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return imp.replace(id=candidate)


def _content(e: Entry) -> tuple:
    return (e.category, e.note, e.terms)


def merge_entry(cur: Entry, imp: Entry, *, force: bool = False, fields: bool = True,
                line: int | None = None) -> tuple[Entry, list[ImportConflict]]:
    """`cur` with what `imp` adds or changes; approved/rejected values are only changed
    with `force` (otherwise each difference is a conflict)."""
    conflicts: list[ImportConflict] = []

    def conflict(field_name: str, lang: str, current: str, incoming: str) -> bool:
        conflicts.append(ImportConflict(cur.id, field_name, lang, current, incoming, line, force))
        return force

    category, note = cur.category, cur.note
    if fields:
        if imp.category is not cur.category and imp.category is not Category.OTHER:
            if cur.category is Category.OTHER or conflict("category", "", cur.category.value, imp.category.value):
                category = imp.category
        if imp.note and imp.note != cur.note:
            if not cur.note or conflict("note", "", cur.note, imp.note):
                note = imp.note
    terms = list(cur.terms)
    for t in imp.terms:
        k = norm_key(t.text)
        idx = next((i for i, x in enumerate(terms) if x.lang == t.lang and norm_key(x.text) == k), None)
        if idx is not None:
            old = terms[idx]
            if (old.text, old.role, old.status) != (t.text, t.role, t.status):
                if old.status is not Status.SUGGESTED:
                    what = "status" if old.text == t.text and old.role == t.role else (
                        "role" if old.text == t.text else "term")
                    current = {"status": old.status.value, "role": old.role.value}.get(what, old.text)
                    incoming = {"status": t.status.value, "role": t.role.value}.get(what, t.text)
                    if not conflict(what, t.lang, current, incoming):
                        continue
            informative = not t.origin.startswith("import")
            new = old.replace(text=t.text, role=t.role, status=t.status,
                          origin=t.origin if informative else old.origin,
                          confidence=t.confidence if informative else old.confidence,
                          evidence=t.evidence or old.evidence, reading=t.reading or old.reading)
            if new.role is Role.PREFERRED and old.role is not Role.PREFERRED:
                terms = [x.replace(role=Role.ALIAS) if x.lang == t.lang and x.role is Role.PREFERRED
                         and x.status is not Status.REJECTED else x for x in terms]
            terms[idx] = new
            continue
        if t.role is Role.PREFERRED:
            prefs = [x for x in terms if x.lang == t.lang and x.role is Role.PREFERRED and x.status is not Status.REJECTED]
            approved = [x for x in prefs if x.status is Status.APPROVED]
            if approved and not conflict("term", t.lang, approved[0].text, t.text):
                continue
            terms = [x.replace(role=Role.ALIAS) if x in prefs else x for x in terms]
            first = next((i for i, x in enumerate(terms) if x.lang == t.lang), None)
            terms.insert(first if first is not None else len(terms), t)
        else:
            last = max((i for i, x in enumerate(terms) if x.lang == t.lang), default=len(terms) - 1)
            terms.insert(last + 1, t)
    return cur.replace(category=category, note=note, terms=tuple(terms)), conflicts


def _check_po_language(catalog, target: str, path: str) -> None:
    """The catalog's Language header, the language our export recorded in it (`#. ko base`)
    and the script of its translations must agree: a header edited to `ja` on a Korean
    catalog would store Hangul as Japanese."""
    from .formats.pofile import slot_info
    from .text.scripts import guess_lang

    ours = False
    for msg in catalog.messages:
        recorded = list(slot_info(msg).base)
        ours = ours or bool(recorded)
        if any(lang != target for lang in recorded):
            raise FormatError(f"the catalog's Language is {target!r} but line {msg.line} records an export for "
                              f"{recorded[0]!r}; refused (was the header edited?)", path=path)
    if ours or target not in ("ja", "ko"):
        return  # our own export says which language it was made for
    # another tool's catalog: the script of its translations must not say otherwise
    votes: dict[str, list[int]] = {}
    for msg in catalog.messages:
        if msg.msgstr:
            lang, confidence = guess_lang(msg.msgstr)
            if confidence > 0.9 and lang in ("ja", "ko"):
                votes.setdefault(lang, []).append(msg.line)
    other = "ko" if target == "ja" else "ja"
    wrong, right = votes.get(other, []), votes.get(target, [])
    if len(wrong) >= 3 and len(wrong) > len(right):
        raise FormatError(f"the catalog's Language is {target!r} but {len(wrong)} of its translations are "
                          f"written in {other!r} script (e.g. line {wrong[0]}); refused", path=path)


def _plan_po(g: "Glossary", fh, path: str, lang: str | None, force: bool) -> tuple[_Plan, str]:
    from .api import VALID_ID
    from .formats.pofile import (CATEGORY_LINE, entry_from_messages, group_messages, parse_po, po_slots,
                                 slot_info, target_term)

    catalog = parse_po(fh, path=path)
    header_lang = catalog.language
    file_lang = normalize_lang(header_lang.replace("_", "-")) if header_lang else None
    if file_lang is None and lang is None:
        raise FormatError("the catalog has no Language header; give --lang", path=path)
    if lang and file_lang and lang != file_lang:
        raise FormatError(f"the catalog is for language {header_lang!r}, not {lang!r}; refused", path=path)
    target = file_lang or lang
    assert target is not None
    if target == "en":
        raise FormatError("the catalog's Language is English, the source language; refused", path=path)
    used = _used_langs(g)
    if target not in used:
        raise FormatError(f"the catalog is for language {header_lang or target!r}, which this termbase does "
                          f"not use ({', '.join(sorted(used))}); refused", path=path)
    _check_po_language(catalog, target, path)
    plan = _Plan()
    groups, stray = group_messages(catalog)
    for msg in stray:
        why = "a plural message" if msg.plural else (f"msgctxt {msg.msgctxt!r} is not an entry id"
                                                     if msg.msgctxt else "no msgctxt (entry id)")
        plan.skipped.append(f"line {msg.line}: {msg.msgid[:40]!r}: {why}")
    existing = {e.id: e for e in g.store.get_many(list(groups), occurrences=False)} if groups else {}
    for entry_id, msgs in groups.items():
        first_line = min(m.line for _, m in msgs)
        if not VALID_ID.match(entry_id):
            plan.skipped.append(f"line {first_line}: msgctxt {entry_id!r} is not a valid entry id")
            continue
        cur = existing.get(entry_id)
        if cur is None:
            if not any(CATEGORY_LINE.match(line) for _, m in msgs for line in m.extracted):
                plan.foreign.append(entry_id)  # an app's catalog, not our export: no junk entries
                continue
            last = g.store.history(entry_id, 1)
            if last and last[0].action == "delete":
                # an editor deleted it since (the file still has it): bringing it back is a
                # decision, not a merge
                plan.conflicts.append(ImportConflict(entry_id, "entry", "", "(deleted)", "(in the file)",
                                                     first_line, force))
                if not force:
                    continue
            plan.unknown.append(entry_id)
            plan.new.append(_clean_entry(entry_from_messages(entry_id, msgs, target), path, first_line))
            continue
        slots = po_slots(cur, target)
        if slots is None:
            for slot, msg in msgs:
                plan.changed.append(ChangedMsgid(entry_id, slot, "", msg.msgid, msg.line))
            continue
        en, tgt = slots
        terms = list(cur.terms)
        for slot, msg in sorted(msgs, key=lambda sm: sm[0]):
            expected = en[slot].text if slot < len(en) else en[0].text
            if msg.msgid != expected:
                plan.changed.append(ChangedMsgid(entry_id, slot, expected, msg.msgid, msg.line))
                continue
            if not msg.msgstr:
                continue
            text = _clean_text(msg.msgstr, "msgstr", path, msg.line)
            info = slot_info(msg)
            incoming = target_term(replace(msg, msgstr=text), info, target, slot)
            assert incoming is not None
            old = tgt[slot] if slot < len(tgt) else None
            three_way = target in info.base
            if three_way:  # see the module docstring
                base = info.base[target]
                mine = (text, incoming.status)
                now = None if old is None else (old.text, old.status)
                if mine == base or mine == now:
                    continue
                if now != base:
                    field_name = "status" if old is not None and old.text == text else "term"
                    cur_v = "" if old is None else old.status.value if field_name == "status" else old.text
                    new_v = incoming.status.value if field_name == "status" else text
                    base_v = "" if base is None else base[1].value if field_name == "status" else base[0]
                    plan.conflicts.append(ImportConflict(entry_id, field_name, target, cur_v, new_v, msg.line,
                                                         force, base_v))
                    if not force:
                        continue
            pos = next((i for i, x in enumerate(terms) if x is old), None) if old is not None else None
            if pos is None:  # no term in this slot: the same form elsewhere, or a new term
                pos = next((i for i, x in enumerate(terms) if x.lang == target
                            and norm_key(x.text) == norm_key(text)), None)
            if pos is None:
                live = [x for x in terms if x.lang == target and x.status is not Status.REJECTED]
                # the first live term of the language is its preferred one; a second
                # "preferred" from the file would demote an editor's choice, so it is an alias
                role = Role.PREFERRED if not live else (
                    Role.ALIAS if incoming.role is Role.PREFERRED else incoming.role)
                terms.append(incoming.replace(role=role, evidence="", reading=""))
                continue
            old = terms[pos]
            if old.text == text and old.status is incoming.status:
                continue
            if not three_way and old.status is not Status.SUGGESTED:
                field_name = "status" if old.text == text else "term"
                cur_v = old.status.value if field_name == "status" else old.text
                new_v = incoming.status.value if field_name == "status" else text
                plan.conflicts.append(ImportConflict(entry_id, field_name, target, cur_v, new_v, msg.line, force))
                if not force:
                    continue
            same_form = norm_key(old.text) == norm_key(text)
            new_term = Term(target, text, old.role, incoming.status,
                            old.origin if old.text == text else "import:po",
                            old.confidence if old.text == text else 1.0,
                            old.evidence if same_form else "", old.reading if same_form else "")
            # the file's form may already stand elsewhere in the entry (an editor demoted it
            # to an alias since the export): keep one term per form, in this slot
            k = norm_key(text)
            terms = [x for i, x in enumerate(terms)
                     if i == pos or not (x.lang == target and norm_key(x.text) == k)]
            terms[terms.index(old)] = new_term
        if tuple(terms) != cur.terms:
            plan.updates.append((cur.replace(terms=tuple(terms)), cur.revision))
        else:
            plan.unchanged += 1
    return plan, target
