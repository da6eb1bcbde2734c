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
* .po: msgctxt `id` / `id|N` names the entry and slot (see formats/pofile.py); the
  msgid names the English term (a msgid the entry no longer has is reported and not
  applied); non-fuzzy msgstr -> approved, fuzzy -> suggested, empty -> no opinion; a
  msgstr is a term of its English term's role (formats/pairs.py).  The catalog's
  Language header decides the target language; a catalog for a language the termbase
  does not use, or other than `lang` when given, is refused.
  Three-way merge against the *export record*: every export names itself in the catalog
  (`X-Glossary-Export`, header field and header comment) and the termbase keeps what
  each message carried then (store: `exports`, `export_messages`).  No tool strips it
  (msgmerge and polib keep the header, `pybabel update` the header comment), unlike the
  `#.` comments, which are information only.  With FILE = the msgstr (text, fuzzy ->
  suggested / else approved), BASE = what the export record says the message carried,
  and NOW = the term of the slot now:
    - FILE == BASE: the translator changed nothing: no opinion (no change, no conflict),
      even when the termbase moved on since the export;
    - FILE == NOW: both made the same change: nothing to do;
    - NOW == BASE: only the translator changed it: FILE is applied, approved or not
      (reported as an update, undoable with `glossary undo`);
    - otherwise both changed it: a conflict, the termbase keeps NOW unless `force`.
  What the tools guess is not the translator's: a fuzzy message whose `#|` lines name
  another message (msgmerge/pybabel `--previous`), or a fuzzy message the export did
  not contain (a new message filled by fuzzy matching) is ignored and reported.  A
  catalog with msgcat conflict blocks (`#-#-#-#-#` lines in a msgstr) is refused
  (FormatError with the line; nothing stored).
  A catalog with no export id, or one this termbase did not record, is merged two ways
  with a warning in the report: a difference from an approved term is a conflict, from
  a suggestion it replaces it; a suggestion's own text without a fuzzy flag does not
  approve it (csv2po drops fuzzy flags; `--force` approves), and a fuzzy msgstr that is
  the very text of another entry's message is a fuzzy-match guess.  Messages a catalog
  with a known export has but the export did not (added by msgmerge from a newer
  template) are merged two ways too.
  A msgstr that is a deprecated or rejected form of the entry is a conflict; one that is
  the entry's term of another role is ignored (reported).
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

import math
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence, TextIO

from .errors import FormatError, InputError
from .model import CORE_LANGS, Category, Entry, Role, Status, Term
from .reports import ChangedMsgid, ExportReport, IgnoredMessage, ImportConflict, ImportReport
from .text.langtags import normalize_lang
from .text.normalize import CONTROLS, MAX_NOTE_CHARS, MAX_TERM_CHARS, refuse_controls
from .text.normalize import key as norm_key
from .validate import VALID_ID, check_entry, clean_text, new_id

if TYPE_CHECKING:
    from .store.termbase import Termbase

FORMATS = ("po", "tbx", "csv", "weblate-csv", "tsv", "json")
# File name endings -> format, for `import FILE` without --format.
EXTENSIONS = {".po": "po", ".pot": "po", ".tbx": "tbx", ".xml": "tbx", ".csv": "csv", ".tsv": "tsv",
              ".tab": "tsv", ".utf8": "tsv", ".txt": "tsv", ".json": "json"}


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
    export_id: str | None = None
    merge: str = ""
    warnings: list[str] = field(default_factory=list)
    ignored: list[IgnoredMessage] = field(default_factory=list)


# -- files ---------------------------------------------------------------------------------

#: prefix of the temporary files exports write beside their targets; the pid in the name
#: lets the next export remove those of a process that was killed mid-way
TMP_PREFIX = ".tmp-glossary-"
#: the default size limit of an imported termbase file, in multiples of an article's
#: ($GLOSSARY_MAX_INPUT_MB sets both): a 100,000-entry termbase's JSON dump (80 MB) restores
IMPORT_LIMIT_FACTOR = 4


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
        if not pid.isdecimal() or int(pid) == os.getpid():
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

def export_po(tb: "Termbase", actor: str, lang: str, out_dir: str = "locale", *, mo: bool = False,
              follow_symlinks: bool = False) -> ExportReport:
    """DIR/<lang>/LC_MESSAGES/glossary.po (+ .mo) and DIR/glossary.pot, all or none.

    The .po names its export (X-Glossary-Export, an id derived from what it carries) and
    the termbase records, in the same step, the target each message was exported with:
    the base `import` merges against.  A read-only termbase cannot record it: the
    catalog then carries no export id (its import is a two-way merge) and the result
    says so."""
    from .formats import pofile

    lang = _target_lang(lang)
    entries = _all_entries(tb)
    record = pofile.po_record(entries, lang)
    exported = {m.entry_id for m in record}
    stamp = _stamp([e for e in entries if e.id in exported])  # what the file shows
    warnings: list[str] = []
    export: str | None = pofile.export_id(lang, record)
    if tb.readonly:
        export = None
        warnings.append("the termbase is read-only, so this export is not recorded and the catalog carries no "
                        "export id: its import will be a two-way merge (export from a writable termbase for a "
                        "three-way one)")
    pot = os.path.join(out_dir, "glossary.pot")
    messages = os.path.join(out_dir, lang, "LC_MESSAGES")
    po = os.path.join(messages, "glossary.po")
    # the directories the export creates under DIR must not be links planted there
    ours = (os.path.join(out_dir, lang), messages)
    paths = [pot, po]
    with _Staging(follow_symlinks=follow_symlinks) as staging:
        staging.write(pot, _text_opener(), lambda fh: pofile.write_po(fh, entries, lang=None, stamp=stamp))
        n = staging.write(po, _text_opener(), lambda fh: pofile.write_po(fh, entries, lang=lang, stamp=stamp,
                                                                         export=export),
                          checked_dirs=ours)
        if mo:
            mo_path = os.path.join(messages, "glossary.mo")
            staging.write(mo_path, lambda fd: os.fdopen(fd, "wb"),
                          lambda fh: pofile.write_mo(fh, entries, lang=lang, stamp=stamp), checked_dirs=ours)
            paths.append(mo_path)
        if export is not None:
            # before the files replace the old ones: a catalog never names an unrecorded export
            tb.record_export(export, lang, record, actor=actor)
    return ExportReport(tuple(paths), len(exported), n, export, tuple(warnings))


def export_tbx(tb: "Termbase", actor: str, path: str, *, lang: str | None = None, version: int = 3,
               deprecated: bool = True, follow_symlinks: bool = False) -> ExportReport:
    from .formats.tbxfile import write_tbx

    entries = _all_entries(tb, occurrences=False)
    n = atomic_write(path, lambda fh: write_tbx(fh, entries, langs=_langs(lang), version=version,
                                                deprecated=deprecated),
                     follow_symlinks=follow_symlinks)
    return ExportReport((path,), n, n)


def export_csv(tb: "Termbase", actor: str, path: str, *, lang: str | None = None, follow_symlinks: bool = False) -> ExportReport:
    from .formats.csvfile import write_csv

    entries = _all_entries(tb, occurrences=False)
    rows = atomic_write(path, lambda fh: write_csv(fh, entries, langs=_langs(lang)), newline="",
                        encoding="utf-8-sig", follow_symlinks=follow_symlinks)
    return ExportReport((path,), len(entries), rows)


def export_weblate_csv(tb: "Termbase", actor: str, path: str, *, lang: str, follow_symlinks: bool = False) -> ExportReport:
    """Weblate's CSV for one target language (formats/weblatecsv.py): the .po export's
    messages as rows, recorded like a .po export (the same content has the same export
    id), so that its import merges three ways."""
    from .formats import pofile
    from .formats.weblatecsv import write_weblate_csv

    lang = _target_lang(lang)
    entries = _all_entries(tb)
    record = pofile.po_record(entries, lang)
    export, warnings = _export_id(tb, lang, record)
    with _Staging(follow_symlinks=follow_symlinks) as staging:
        rows = staging.write(path, _text_opener(newline=""),
                             lambda fh: write_weblate_csv(fh, entries, lang=lang, export=export))
        if export is not None:
            tb.record_export(export, lang, record, actor=actor, fmt="weblate-csv")
    return ExportReport((path,), len({m.entry_id for m in record}), rows, export, warnings)


def _export_id(tb: "Termbase", lang: str, record) -> tuple[str | None, tuple[str, ...]]:
    """The id of an export of `record` (None, with a warning, from a read-only termbase)."""
    from .formats import pofile

    if tb.readonly:
        return None, ("the termbase is read-only, so this export is not recorded and the file carries no export "
                      "id: its import will be a two-way merge (export from a writable termbase for a three-way "
                      "one)",)
    return pofile.export_id(lang, record), ()


def export_tsv(tb: "Termbase", actor: str, path: str, *, lang: str, approved_only: bool = False,
               follow_symlinks: bool = False) -> ExportReport:
    """The OmegaT glossary for `lang` (formats/csvfile.py), its lines recorded like a .po
    export's messages, so that re-importing it merges three ways."""
    from .formats import pofile
    from .formats.csvfile import tsv_pairs, write_tsv

    lang = _target_lang(lang)
    entries = _all_entries(tb, occurrences=False)
    record = [pofile.ExportedMessage(e.id, p.slot, p.source.text, p.target.text, p.target.status)
              for e, p in tsv_pairs(entries, lang, approved_only=approved_only) if p.target is not None]
    export, warnings = _export_id(tb, lang, record)
    with _Staging(follow_symlinks=follow_symlinks) as staging:
        rows = staging.write(path, _text_opener(),
                             lambda fh: write_tsv(fh, entries, lang=lang, export=export, approved_only=approved_only))
        if export is not None:
            tb.record_export(export, lang, record, actor=actor, fmt="tsv")
    return ExportReport((path,), len({m.entry_id for m in record}), rows, export, warnings)


def export_json(tb: "Termbase", actor: str, path: str, *, lang: str | None = None, follow_symlinks: bool = False) -> ExportReport:
    from .formats.jsonfile import write_json

    entries = _all_entries(tb)
    n = atomic_write(path, lambda fh: write_json(fh, entries, langs=_langs(lang)), follow_symlinks=follow_symlinks)
    return ExportReport((path,), n, n)


def _all_entries(tb: "Termbase", *, occurrences: bool = True) -> list[Entry]:
    """Every entry of the termbase, by id."""
    return tb.get_many(tb.list_ids(order="id"), occurrences=occurrences)


# -- import --------------------------------------------------------------------------------

def import_file(tb: "Termbase", actor: str, path: str, *, fmt: str | None = None, lang: str | None = None,
                dry_run: bool = False, force: bool = False) -> ImportReport:
    fmt = (fmt or guess_format(path)).lower()
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    lang = normalize_lang(lang) if lang else None
    import io

    from .documents import reader

    # a regular file within the input limit, as extract reads; a termbase's own dump is
    # larger than any article (100,000 entries: 80 MB of JSON), so its default is higher
    limit = None if os.environ.get(reader.MAX_BYTES_ENV, "").strip() else IMPORT_LIMIT_FACTOR * reader.DEFAULT_MAX_BYTES
    fh = io.BytesIO(reader.read_bytes(path, max_bytes=limit))
    return _import(tb, actor, fh, path, fmt, lang, dry_run, force)


def _import(tb: "Termbase", actor: str, fh, path: str, fmt: str, lang: str | None, dry_run: bool, force: bool) -> ImportReport:
    if fmt == "po":
        plan, lang = _plan_po(tb, fh, path, lang, force)
    else:
        if fmt == "tbx":
            from .formats.tbxfile import read_tbx

            entries = read_tbx(fh, path=path)
        elif fmt == "csv" and not _is_weblate_csv(fh):
            from .formats.csvfile import read_csv

            entries = read_csv(fh, path=path)
        elif fmt in ("csv", "weblate-csv"):
            from .formats.weblatecsv import read_weblate_csv

            fmt = "weblate-csv"
            catalog = read_weblate_csv(fh, path=path)
            if catalog.messages:
                plan, lang = _plan_catalog(tb, catalog, path, lang, force, fmt=fmt)
            else:  # only the header (an export of a termbase with nothing to translate)
                plan = _Plan()
            return _apply_plan(tb, actor, plan, path, fmt, lang, dry_run, force)
        elif fmt == "tsv":
            plan, lang = _plan_tsv(tb, fh, path, lang, force)
            return _apply_plan(tb, actor, plan, path, fmt, lang, dry_run, force)
        else:
            from .formats.jsonfile import read_json

            entries = read_json(fh, path=path)
        plan = _plan_entries(tb, entries, fmt, path, force)
    return _apply_plan(tb, actor, plan, path, fmt, lang, dry_run, force)


def _is_weblate_csv(fh) -> bool:
    """Is this CSV Weblate's (source and target columns, no lang/text): its first line."""
    import csv

    pos = fh.tell()
    head = fh.readline(65536)
    fh.seek(pos)
    try:
        names = {n.strip().lower() for n in next(csv.reader([head.decode("utf-8-sig", "replace")]), [])}
    except csv.Error:
        return False
    return {"source", "target"} <= names and not {"lang", "text"} & names


def _apply_plan(tb: "Termbase", actor: str, plan: _Plan, path: str, fmt: str, lang: str | None, dry_run: bool,
                force: bool) -> ImportReport:
    """Write a plan in one transaction (unless `dry_run`) and say what it did."""
    if not dry_run and (plan.new or plan.updates):
        try:
            with tb.transaction():
                if plan.new:
                    tb.bulk_create(plan.new, actor=actor, action="restore" if fmt == "json" else "import",
                                        keep_meta=plan.keep_meta)
                for entry, revision in plan.updates:
                    tb.save(check_entry(entry), base_revision=revision, actor=actor, action="import")
        except InputError as exc:   # a value the facade refuses: the file's fault, nothing stored
            if isinstance(exc, FormatError):
                raise
            raise FormatError(exc.message, path=path) from None
    return ImportReport(path, fmt, lang, dry_run, force, tuple(e.id for e in plan.new),
                        tuple(e.id for e, _ in plan.updates), plan.unchanged, tuple(plan.conflicts),
                        tuple(plan.unknown), tuple(plan.changed), tuple(plan.skipped), tuple(plan.foreign),
                        tuple(plan.combined), plan.export_id, plan.merge, tuple(plan.warnings),
                        tuple(plan.ignored))


# Text that clean_text() would change or refuse: C0/C1 controls (Cc), any white space
# other than a single inner ASCII space (runs, tabs, NBSP, ideographic space, zero-width
# characters), or white space at either end.  Clean text skips the slow path.
UNCLEAN = re.compile(r"[\x00-\x1f\x7f-\x9f]|[^\S ]|  |^ | $|"
                     r"[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def _clean_text(text: str, what: str, path: str, line: int | None = None) -> str:
    if text and unicodedata.is_normalized("NFC", text) and not UNCLEAN.search(text):
        return text  # the common case, without a Python loop over characters
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
    for value, what in ((e.note, "note"), (e.subject, "subject field"), (e.created_by, "author"),
                        (e.updated_by, "author"), *[(x, "definition") for _lang, x in e.definitions],
                        *[(x, "a term's evidence, origin, reading, context or part of speech") for t in e.terms
                          for x in (t.evidence, t.origin, t.reading, t.context, t.part_of_speech)]):
        if value and (CONTROLS.search(value) or len(value) > MAX_NOTE_CHARS):
            try:
                refuse_controls(value, f"{what} of {where}")
            except InputError as exc:
                raise FormatError(exc.message, path=path, line=line) from None
    if e.definitions:   # definitions by language: tags normalised as the terms' are
        definitions: dict[str, str] = {}
        for lang, text in e.definitions:
            try:
                code = normalize_lang(lang)
            except InputError as exc:
                raise FormatError(f"{where}: definition: {exc.message}", path=path, line=line) from None
            definitions[code] = definitions[code] + "\n" + text if code in definitions else text
        if tuple(sorted(definitions.items())) != e.definitions:
            e = e.replace(definitions=definitions)
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
                     t.reading, t.context, t.part_of_speech)
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


def _used_langs(tb: "Termbase") -> set[str]:
    return set(CORE_LANGS) | set(tb.stats()["terms"])


def _plan_entries(tb: "Termbase", entries: list[Entry], fmt: str, path: str, force: bool) -> _Plan:
    # JSON restores keep revisions and times; TBX keeps its transaction dates and authors
    plan = _Plan(keep_meta=fmt in ("json", "tbx"))
    canonical: set[str] = set()  # language tags seen that normalize_lang leaves as they are
    cleaned = [_clean_entry(e, path, canonical=canonical) for e in entries]
    ids = [e.id for e in cleaned if e.id and VALID_ID.match(e.id)]
    # an empty termbase (a restore) has nothing to look up
    existing = {e.id: e for e in tb.get_many(ids, occurrences=False)} if ids and tb.count() else {}
    reserved: set[str] = set()
    by_english: dict[str, str] = {}  # English key -> the id an entry without one got in this file
    combined: dict[str, Entry] = {}  # id -> the file's entries of that id, combined (file order)
    for imp in cleaned:
        if not imp.id or not VALID_ID.match(imp.id):
            en = imp.preferred("en")
            known = by_english.get(norm_key(en.text)) if en is not None else None
            imp = imp.replace(id=known) if known else _resolve_id(tb, imp, existing, reserved)
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
    definitions = {**dict(second.definitions), **dict(first.definitions)}
    return first.replace(terms=tuple(terms), category=category, note=first.note or second.note,
                         definitions=definitions, subject=first.subject or second.subject,
                         translate=first.translate and second.translate), notes


def _resolve_id(tb: "Termbase", imp: Entry, existing: dict[str, Entry], reserved: set[str]) -> Entry | None:
    """An id for an entry from a file without (usable) ids: the one existing entry with
    the same English preferred term, else a new id from that term."""
    en = imp.preferred("en")
    if en is None:
        return None
    hits = {entry_id for entry_id, _pos in tb.ids_by_key(norm_key(en.text), "en")}
    if len(hits) == 1:
        entry_id = hits.pop()
        if entry_id not in existing:
            existing.update({e.id: e for e in tb.get_many([entry_id], occurrences=False)})
        return imp.replace(id=entry_id)
    base = new_id(en.text, "en", tb.exists)
    candidate, n = base, 2
    while candidate in reserved or tb.exists(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return imp.replace(id=candidate)


def _content(e: Entry) -> tuple:
    return (e.category, e.note, e.terms, e.definitions, e.subject, e.translate)


def merge_entry(cur: Entry, imp: Entry, *, force: bool = False, fields: bool = True,
                line: int | None = None) -> tuple[Entry, list[ImportConflict]]:
    """`cur` with what `imp` adds or changes; approved/rejected values are only changed
    with `force` (otherwise each difference is a conflict)."""
    conflicts: list[ImportConflict] = []

    def conflict(field_name: str, lang: str, current: str, incoming: str) -> bool:
        conflicts.append(ImportConflict(cur.id, field_name, lang, current, incoming, line, force))
        return force

    category, note = cur.category, cur.note
    subject, translate, definitions = cur.subject, cur.translate, dict(cur.definitions)
    if fields:
        if imp.category is not cur.category and imp.category is not Category.OTHER:
            if cur.category is Category.OTHER or conflict("category", "", cur.category.value, imp.category.value):
                category = imp.category
        if imp.note and imp.note != cur.note:
            if not cur.note or conflict("note", "", cur.note, imp.note):
                note = imp.note
        if imp.subject and imp.subject != cur.subject:
            if not cur.subject or conflict("subject", "", cur.subject, imp.subject):
                subject = imp.subject
        for lang, text in imp.definitions:
            old_def = definitions.get(lang, "")
            if text != old_def and (not old_def or conflict("definition", lang, old_def, text)):
                definitions[lang] = text
        if not imp.translate:   # a file that says "not translated" (a file that says nothing says yes)
            translate = False
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
                          evidence=t.evidence or old.evidence, reading=t.reading or old.reading,
                          context=t.context or old.context, part_of_speech=t.part_of_speech or old.part_of_speech)
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
    return cur.replace(category=category, note=note, terms=tuple(terms), subject=subject, translate=translate,
                       definitions=definitions), conflicts


def _check_po_language(catalog, target: str, path: str, *, recorded: bool) -> None:
    """The catalog's Language header, the languages our export described in it (`#. ko
    preferred (approved)`) and the script of its translations must agree: a header edited
    to `ja` on a Korean catalog would store Hangul as Japanese.  (A catalog whose export
    is recorded was checked against the record already.)"""
    from .formats.pofile import SOURCE_LANG, TERM_LINE
    from .text.scripts import guess_lang

    ours = recorded
    for msg in catalog.messages:
        for line in msg.extracted:
            m = TERM_LINE.match(line)
            if m is None or m.group("lang") == SOURCE_LANG:
                continue
            ours = True
            if m.group("lang") != target:
                raise FormatError(f"the catalog's Language is {target!r} but line {msg.line} describes a "
                                  f"{m.group('lang')!r} term of our export; refused (was the header edited?)",
                                  path=path)
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


#: the two-way merge, as the report explains it
TWO_WAY = ("merged two ways: a msgstr that differs from an approved term is a conflict, one that differs from a "
           "suggestion replaces it, and a suggestion's own text without a fuzzy flag does not approve it "
           "(csv2po and other tools drop fuzzy flags)")


def _guess(msg, entry_id: str, slot: int, record, same_text: dict[str, set[str]]) -> "IgnoredMessage | None":
    """Why a fuzzy message's msgstr is a tool's guess rather than the translator's, or None."""
    if not msg.msgstr or not msg.fuzzy:
        return None
    prev = msg.guessed_from
    if prev is not None:
        where = f"{prev[1]!r}" + (f" (msgctxt {prev[0]!r})" if prev[0] is not None else "")
        return IgnoredMessage(entry_id, slot, msg.line, msg.msgstr, "guess",
                              f"msgmerge or pybabel guessed it from the translation of {where} (fuzzy, with "
                              "#| lines); translate the message and remove the fuzzy flag to import it")
    if record is not None:
        if (entry_id, slot, msg.msgid) in record.messages:
            return None
        return IgnoredMessage(entry_id, slot, msg.line, msg.msgstr, "not-in-export",
                              f"fuzzy, and not a message of export {record.id}: a guess msgmerge or pybabel made "
                              "for a new message; remove the fuzzy flag of a translation you mean")
    others = sorted(same_text.get(msg.msgstr, set()) - {entry_id})
    if others:
        return IgnoredMessage(entry_id, slot, msg.line, msg.msgstr, "guess",
                              f"fuzzy, with the very text of {others[0]!r}'s message: a fuzzy match msgmerge or "
                              "pybabel made; remove the fuzzy flag of a translation you mean")
    return None


def _plan_po(tb: "Termbase", fh, path: str, lang: str | None, force: bool) -> tuple[_Plan, str]:
    from .formats.pofile import parse_po, refuse_conflict_blocks

    catalog = parse_po(fh, path=path)
    refuse_conflict_blocks(catalog, path)
    return _plan_catalog(tb, catalog, path, lang, force)


def _plan_catalog(tb: "Termbase", catalog, path: str, lang: str | None, force: bool, *,
                  fmt: str = "po") -> tuple[_Plan, str]:
    """The merge of a catalog's messages (a .po, or a Weblate CSV read as one: `fmt`)."""
    from .formats.pofile import (CATEGORY_LINE, EXPORT_FIELD, entry_from_messages, group_messages, po_pairs,
                                 without_guess)

    header_lang = catalog.language
    if not header_lang and lang is None and catalog.export_id:
        # a file without a Language header (a Weblate CSV): its export says which it was made for
        known = tb.export_record(catalog.export_id)
        header_lang = known.lang if known is not None else ""
    file_lang = normalize_lang(header_lang.replace("_", "-")) if header_lang else None
    if file_lang is None and lang is None:
        what = "the catalog has no Language header" if fmt == "po" else (
            "a Weblate CSV does not say its target language (and names no export of this termbase)")
        raise FormatError(f"{what}; give --lang", path=path)
    if lang and file_lang and lang != file_lang:
        raise FormatError(f"the catalog is for language {header_lang!r}, not {lang!r}; refused", path=path)
    target = file_lang or lang
    assert target is not None
    if target == "en":
        raise FormatError("the catalog's Language is English, the source language; refused", path=path)
    used = _used_langs(tb)
    if target not in used:
        raise FormatError(f"the catalog is for language {header_lang or target!r}, which this termbase does "
                          f"not use ({', '.join(sorted(used))}); refused", path=path)
    export = catalog.export_id
    record = tb.export_record(export) if export else None
    if record is not None and record.lang != target:
        raise FormatError(f"the catalog's Language is {target!r} but its export {export} was made for "
                          f"{record.lang!r}; refused (was the header edited?)", path=path)
    _check_po_language(catalog, target, path, recorded=record is not None)
    plan = _Plan(export_id=export, merge="three-way" if record is not None else "two-way")
    if record is None and export:
        plan.warnings.append(f"export {export} is not one of this termbase's exports (another termbase's, or "
                             f"its record is gone): {TWO_WAY}")
    elif record is None:
        plan.warnings.append(f"the catalog names no export ({EXPORT_FIELD}: made from the template, by another "
                             f"tool, or by a glossary older than export ids): {TWO_WAY}")
    # the entries each translation appears in (a fuzzy match copies another message's)
    same_text: dict[str, set[str]] = {}
    groups, stray = group_messages(catalog)
    for entry_id, msgs in groups.items():
        for _slot, msg in msgs:
            if msg.msgstr:
                same_text.setdefault(msg.msgstr, set()).add(entry_id)
    for msg in stray:
        why = "a plural message" if msg.plural else (f"msgctxt {msg.msgctxt!r} is not an entry id"
                                                     if msg.msgctxt else "no msgctxt (entry id)")
        plan.skipped.append(f"line {msg.line}: {msg.msgid[:40]!r}: {why}")
    existing = {e.id: e for e in tb.get_many(list(groups), occurrences=False)} if groups else {}
    outside = 0  # messages of a catalog with an export record that the export did not contain
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
            last = tb.history(entry_id, 1)
            if last and last[0].action == "delete":
                # an editor deleted it since (the file still has it): bringing it back is a
                # decision, not a merge
                plan.conflicts.append(ImportConflict(entry_id, "entry", "", "(deleted)", "(in the file)",
                                                     first_line, force))
                if not force:
                    continue
            kept = []
            for slot, msg in msgs:
                guess = _guess(msg, entry_id, slot, None, same_text) if msg.guessed_from is not None else None
                if guess is not None:
                    plan.ignored.append(guess)
                kept.append((slot, without_guess(msg)))
            plan.unknown.append(entry_id)
            plan.new.append(_clean_entry(entry_from_messages(entry_id, kept, target), path, first_line))
            continue
        pairs = po_pairs(cur, target)
        if not pairs:
            for slot, msg in msgs:
                plan.changed.append(ChangedMsgid(entry_id, slot, "", msg.msgid, msg.line))
            continue
        by_msgid = {p.source.text: p for p in pairs}
        terms = list(cur.terms)
        for slot, msg in sorted(msgs, key=lambda sm: sm[0]):
            pair = by_msgid.get(msg.msgid)
            if pair is None:
                expected = pairs[slot].source.text if slot < len(pairs) else ""
                plan.changed.append(ChangedMsgid(entry_id, slot, expected, msg.msgid, msg.line))
                continue
            guess = _guess(msg, entry_id, slot, record, same_text)
            if guess is not None:
                plan.ignored.append(guess)
                continue
            if not msg.msgstr:
                continue
            recorded = record is not None and (entry_id, slot, msg.msgid) in record.messages
            if record is not None and not recorded:
                outside += 1
            text = _clean_text(msg.msgstr, "msgstr", path, msg.line)
            status = Status.SUGGESTED if msg.fuzzy else Status.APPROVED
            old = pair.target if pair.target is not None and any(x is pair.target for x in terms) else None
            mine = (text, status)
            now = None if old is None else (old.text, old.status)
            if recorded:  # three ways (see the module docstring)
                if not _three_way(plan, entry_id, target, old, mine, record.messages[(entry_id, slot, msg.msgid)],
                                  msg.line, force):
                    continue
            elif mine == now:
                continue
            elif old is not None and old.status is not Status.SUGGESTED:  # two ways: an editor's term
                plan.conflicts.append(_conflict(entry_id, target, old, mine, msg.line, force))
                if not force:
                    continue
            elif old is not None and old.text == text and not force:
                plan.ignored.append(IgnoredMessage(
                    entry_id, slot, msg.line, text, "unconfirmed",
                    "the termbase's suggestion, without a fuzzy flag, in a catalog without a known export: nothing "
                    "shows it was approved (csv2po and other tools drop fuzzy flags); it stays a suggestion "
                    "(approve it in the termbase, or import with --force)"))
                continue
            terms = _apply_po(plan, terms, cur.id, pair, old, text, status, target, msg, slot, force,
                              origin=f"import:{fmt}")
        if tuple(terms) != cur.terms:
            plan.updates.append((cur.replace(terms=tuple(terms)), cur.revision))
        else:
            plan.unchanged += 1
    if outside:
        plan.warnings.append(f"{outside} translated message(s) are not in export {export} (msgmerge or pybabel "
                             f"added them from a newer template), so there is no base to compare with: {TWO_WAY}")
    return plan, target


#: the two-way merge of an OmegaT glossary, as the report explains it
TSV_TWO_WAY = ("merged two ways: a target that differs from an approved term is a conflict, one that differs from a "
               "suggestion replaces it, a new target comes in as a suggestion")


class _Line:
    """Where a line of a file is (what the merge reports name)."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        self.line = line


def _plan_tsv(tb: "Termbase", fh, path: str, lang: str | None, force: bool) -> tuple[_Plan, str]:
    """The merge of an OmegaT glossary.  A line whose English term is a live English form
    of one entry (the comment's category tells homographs apart) is that entry's slot,
    merged like a .po message: three ways when the glossary names an export of this
    termbase (`# X-Glossary-Export:` line) that had the line (a line marked `suggested`
    is a suggestion, others approved, as our export writes them), else two ways (a
    translator's own glossary: its targets are suggestions, the same text as the
    termbase's is agreement, not a conflict).  A line whose English term the termbase
    does not have is a new entry (English approved, the target a suggestion)."""
    from .formats.csvfile import read_tsv_rows
    from .formats.pairs import translation_pairs

    rows, export = read_tsv_rows(fh, path=path)
    record = tb.export_record(export) if export else None
    if lang is None and record is not None:
        lang = record.lang
    if not lang:
        raise InputError("an OmegaT glossary does not say its target language; give --lang", path=path)
    if record is not None and record.lang != lang:
        raise FormatError(f"the glossary's export {export} was made for {record.lang!r}, not {lang!r}; refused",
                          path=path)
    plan = _Plan(export_id=export, merge="three-way" if record is not None else "two-way")
    if record is None:
        why = (f"export {export} is not one of this termbase's exports" if export else
               "the glossary names no export of this termbase (no \"# X-Glossary-Export\" line: another tool's, "
               "or a glossary older than export ids)")
        plan.warnings.append(f"{why}: {TSV_TWO_WAY}")
    entries: dict[str, Entry] = {}
    by_entry: dict[str, list] = {}  # entry id -> [(row, pair)] in file order
    unknown: list[Entry] = []
    for row in rows:
        key = norm_key(row.source)
        ids = sorted({entry_id for entry_id, _pos in tb.ids_by_key(key, "en")})
        missing = [i for i in ids if i not in entries]
        if missing:
            entries.update({e.id: e for e in tb.get_many(missing, occurrences=False)})
        found = [(entries[i], p) for i in ids if i in entries for p in translation_pairs(entries[i], lang)
                 if norm_key(p.source.text) == key]
        if len(found) > 1 and row.category is not None:
            found = [(e, p) for e, p in found if e.category is row.category] or found
        if len(found) == 1:
            e, p = found[0]
            by_entry.setdefault(e.id, []).append((row, p))
        elif found:
            plan.skipped.append(f"line {row.line}: {row.source!r} is an English term of "
                                f"{', '.join(sorted({e.id for e, _ in found}))}: which one is meant is not known")
        elif ids:
            plan.skipped.append(f"line {row.line}: {row.source!r} is a deprecated or rejected English form of "
                                f"{', '.join(ids)}: not imported")
        else:
            terms = [Term("en", row.source, Role.PREFERRED, Status.APPROVED, "import:tsv")]
            if row.target:
                terms.append(Term(lang, row.target, Role.PREFERRED, Status.SUGGESTED, "import:tsv"))
            unknown.append(_clean_entry(Entry("", row.category or Category.OTHER, row.note, tuple(terms)), path,
                                        row.line))
    for entry_id, items in by_entry.items():
        cur = entries[entry_id]
        terms = list(cur.terms)
        for row, pair in items:
            if not row.target:
                continue
            text = _clean_text(row.target, "target", path, row.line)
            old = pair.target if pair.target is not None and any(x is pair.target for x in terms) else None
            msgid = pair.source.text
            status = Status.SUGGESTED
            if record is not None and (entry_id, pair.slot, msgid) in record.messages:
                status = Status.SUGGESTED if row.suggested else Status.APPROVED
                if not _three_way(plan, entry_id, lang, old, (text, status),
                                  record.messages[(entry_id, pair.slot, msgid)], row.line, force):
                    continue
            else:
                if old is not None and old.text == text:
                    continue  # the termbase's own term: agreement, whatever the line's mark says
                if old is not None and old.status is not Status.SUGGESTED:
                    plan.conflicts.append(ImportConflict(entry_id, "term", lang, old.text, text, row.line, force))
                    if not force:
                        continue
            terms = _apply_po(plan, terms, entry_id, pair, old, text, status, lang, _Line(row.line), pair.slot,
                              force, origin="import:tsv")
        if tuple(terms) != cur.terms:
            plan.updates.append((cur.replace(terms=tuple(terms)), cur.revision))
        else:
            plan.unchanged += 1
    if unknown:
        more = _plan_entries(tb, unknown, "tsv", path, force)
        plan.new += more.new
        plan.updates += more.updates
        plan.unchanged += more.unchanged
        plan.conflicts += more.conflicts
        plan.skipped += more.skipped
        plan.combined += more.combined
    return plan, lang


def _conflict(entry_id: str, lang: str, old: Term | None, mine: tuple[str, Status], line: int | None,
              force: bool, base: tuple[str, Status] | None | bool = False) -> ImportConflict:
    """The conflict between the termbase's term `old` and the file's (text, status)
    `mine`: over the status when the text is the same, else over the term; with the
    export's `base` (three ways) the base value is reported too."""
    text, status = mine
    field_name = "status" if old is not None and old.text == text else "term"
    cur_v = "" if old is None else old.status.value if field_name == "status" else old.text
    new_v = status.value if field_name == "status" else text
    if base is False:  # two ways: no base to report
        return ImportConflict(entry_id, field_name, lang, cur_v, new_v, line, force)
    base_v = "" if base is None else base[1].value if field_name == "status" else base[0]
    return ImportConflict(entry_id, field_name, lang, cur_v, new_v, line, force, base_v)


def _three_way(plan: _Plan, entry_id: str, lang: str, old: Term | None, mine: tuple[str, Status],
               base: tuple[str, Status] | None, line: int | None, force: bool) -> bool:
    """The three-way rule (module docstring) for one target of an exported slot, the
    same for .po messages and OmegaT lines: the file's value `mine` against the exported
    `base` and the termbase's `old` now.  False: nothing to apply (the file did not
    change it, or agrees with the termbase, or both changed it and `force` is off, which
    is reported as a conflict); True: apply the file's value."""
    now = None if old is None else (old.text, old.status)
    if mine == base or mine == now:
        return False
    if now != base:
        plan.conflicts.append(_conflict(entry_id, lang, old, mine, line, force, base))
        return force
    return True


def _apply_po(plan: _Plan, terms: list[Term], entry_id: str, pair, old: Term | None, text: str, status: Status,
              lang: str, msg, slot: int, force: bool, *, origin: str = "import:po") -> list[Term]:
    """`terms` with the msgstr `text` (with `status`) as the target of `pair`, whose term
    now is `old` (None: the slot has none); reports what it refuses in `plan`."""
    k = norm_key(text)
    pos = next((i for i, x in enumerate(terms) if x is old), None) if old is not None else None
    other = next((i for i, x in enumerate(terms) if x.lang == lang and norm_key(x.text) == k and i != pos), None)
    if other is not None:
        o = terms[other]
        if o.status is Status.REJECTED or o.role is Role.DEPRECATED:
            # the form editors decided against: bringing it back is their decision
            why = "rejected" if o.status is Status.REJECTED else "deprecated"
            plan.conflicts.append(ImportConflict(entry_id, "term", lang, f"{o.text} ({why})", text, msg.line, force))
            if not force:
                return terms
            if pos is None:  # forced: the form comes back as this slot's term
                terms = terms[:other] + terms[other + 1:]
        elif pos is None and o.role is not pair.source.role:
            plan.ignored.append(IgnoredMessage(
                entry_id, slot, msg.line, text, "other-role",
                f"it is the entry's {lang} {o.role.value} term, and the message is the entry's English "
                f"{pair.source.role.value}: a translation of the same role belongs here"))
            return terms
        elif pos is None:
            pos, other = other, None  # the unpaired term of this role: this message names it
    if pos is None:
        live = [x for x in terms if x.lang == lang and x.status is not Status.REJECTED
                and x.role is not Role.DEPRECATED]
        role = pair.source.role
        if role is Role.PREFERRED and any(x.role is Role.PREFERRED for x in live):
            role = Role.ALIAS  # a second preferred would demote an editor's choice
        return terms + [Term(lang, text, role, status, origin, 1.0)]
    old = terms[pos]
    if old.text == text and old.status is status:
        return terms
    same_form = norm_key(old.text) == k
    new_term = Term(lang, text, old.role, status, old.origin if old.text == text else origin,
                    old.confidence if old.text == text else 1.0,
                    old.evidence if same_form else "", old.reading if same_form else "")
    # the file's form may already stand elsewhere in the entry (an editor demoted it since
    # the export, or a forced deprecated form): keep one term per form, in this slot
    terms = [x for i, x in enumerate(terms) if i == pos or not (x.lang == lang and norm_key(x.text) == k)]
    terms[terms.index(old)] = new_term
    return terms


# -- translation memory out (TMX; the pairs of glossary.editions) ------------------------------

def export_tmx(tb: "Termbase", actor: str, path: str, *, lang: str, follow_symlinks: bool = False) -> ExportReport:
    """The aligned sentence pairs of every edition in `lang` as TMX 1.4b (English source),
    one translation unit per pair, written atomically."""
    import time

    from .formats.tmxfile import TmxUnit, write_tmx

    lang = _target_lang(lang)
    units: list[TmxUnit] = []
    editions = tb.editions(lang)
    for edition, original, _lang, _at, _actor in editions:
        for n, source, target, _sl, _tl, kind, _cost in tb.edition_pairs(edition):
            units.append(TmxUnit({"en": source, lang: target},
                                 (("x-original", original), ("x-edition", edition), ("x-pair", str(n)),
                                  ("x-bead", kind))))
    warnings = () if units else (f"no aligned {lang} edition in the termbase (align one with align-edition)",)
    created = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    n = atomic_write(path, lambda fh: write_tmx(fh, units, srclang="en", tgtlang=lang, created=created),
                     follow_symlinks=follow_symlinks)
    return ExportReport((path,), len(editions), n, warnings=warnings)
