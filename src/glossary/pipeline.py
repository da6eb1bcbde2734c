"""The main job: files -> Document -> candidates -> alignment -> entries in the termbase.

Merging keeps editors' work sacred: an approved, rejected or editor-entered term is never
replaced, removed or reordered; a rejected form is never proposed again; the category and
note an entry already has are kept.  Re-extracting an unchanged file changes nothing; an
edited file gets its occurrences replaced and new forms added.  One transaction per file.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable

from .errors import GlossaryError, InputError
from .extract.candidates import Candidate, Form
from .model import Entry, Occurrence, Role, Status, Term
from .reports import ExtractReport
from .text.normalize import key as norm_key
from .validate import new_id, unique_id

if TYPE_CHECKING:
    from .store.termbase import Termbase

#: file names `extract DIR` picks up
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".tex", ".html", ".htm")
#: the path that stands for standard input (its bytes and name come with `stdin`)
STDIN = "-"
#: how far through one file each step of its extraction is (reading is quick, the
#: alignment slow): the byte counter of `on_bytes` moves through a file by these
STEPS = (("reading", 0.0), ("finding English terms", 0.05), ("finding Japanese and Korean terms", 0.2),
         ("aligning", 0.4), ("adding suggestions", 0.85), ("storing", 0.9))


@dataclass
class _Tally:
    """The counts of an extraction as it goes (frozen into an ExtractReport at the end)."""

    documents: list[dict] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    suggestions: int = 0
    skipped_documents: int = 0

    def frozen(self) -> ExtractReport:
        return ExtractReport(tuple(self.documents), self.added, self.updated, self.unchanged, self.suggestions,
                             self.skipped_documents)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files as given; directories become their article files (sorted, recursively).

    A directory that cannot be listed is "permission denied" (not "no article files"),
    and every file, given or found, must be a regular file: a FIFO, socket or device is
    refused before anything is read or stored (documents.reader)."""
    from .documents.reader import require_regular_file

    def unreadable(exc: OSError) -> None:
        if isinstance(exc, PermissionError):
            raise InputError("permission denied (cannot list this directory)", path=exc.filename) from None
        raise InputError(f"cannot list this directory: {exc.strerror or exc}", path=exc.filename) from None

    out: list[str] = []
    for p in paths:
        if p == STDIN:
            out.append(p)   # standard input (extract_files' `stdin`)
            continue
        if os.path.isdir(p):
            found = []
            for root, _dirs, files in os.walk(p, onerror=unreadable):
                for name in files:
                    if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                        found.append(os.path.join(root, name))
            if not found:
                raise InputError("no article files (.txt, .md, .tex, .html) in this directory", path=p)
            found.sort()
            for f in found:
                require_regular_file(f)
            out.extend(found)
        else:
            require_regular_file(p)      # missing, a FIFO, a device: refused before any work
            out.append(p)
    return out


def analyse(doc, problems: list[str] | None = None, *,
            step: Callable[[str], None] | None = None) -> list[Candidate]:
    """Extraction and alignment of one Document (no storage).  A part of the alignment that
    fails unexpectedly is skipped and said in one line, appended to `problems` (else an
    AlignmentWarning).  `step(name)` is called as each step (STEPS) begins."""
    from .align import align
    from .align.abbreviations import confirm_in_notes
    from .align.forms import order_roles
    from .align.persons import persons_by_notes
    from .align.reading_pairs import add_reading_pairs
    from .align.suggestions import add_suggestions
    from .extract.cjk import extract_cjk
    from .extract.english import extract_english

    step = step or (lambda name: None)
    step("finding English terms")
    english = extract_english(doc)
    step("finding Japanese and Korean terms")
    cjk = extract_cjk(doc)
    step("aligning")
    candidates = align(doc, english, cjk, on_error=problems.append if problems is not None else None)
    step("adding suggestions")
    add_reading_pairs(doc, candidates)
    persons_by_notes(candidates, cjk)
    add_suggestions(candidates)
    confirm_in_notes(candidates, cjk)
    for cand in candidates:      # (the reading rule and the notes add aliases: one form of each language leads)
        order_roles(cand)
    return candidates


#: on_bytes(done, total, path, step): bytes of the input processed so far (the files
#: before this one, and this one's share by STEPS), the bytes of all the input, the file,
#: the step that begins ("done" at the end)
BytesProgress = Callable[[int, int, str, str], None]


def extract_files(tb: "Termbase", actor: str, paths: Iterable[str], *, force: bool = False,
                  progress: Callable[[int, int, str], None] | None = None,
                  on_bytes: BytesProgress | None = None,
                  stdin: tuple[str, bytes] | None = None) -> ExtractReport:
    """Extract every file of `paths` into the termbase `tb` (one transaction per file;
    the history names `actor`).  When a file fails, the GlossaryError raised carries
    `partial_report` (an ExtractReport): the files committed before it.

    `progress(done, total, path)` is called per file (files done, files); `on_bytes`
    counts bytes (see BytesProgress); `stdin` = (name, bytes): what the path `-` reads,
    stored under that name."""
    files = expand_paths(paths)
    if STDIN in files and stdin is None:
        raise InputError("- (standard input) given, but no input was read for it")
    report = _Tally()
    try:
        _extract_each(tb, actor, files, report, force=force, progress=progress, on_bytes=on_bytes, stdin=stdin)
    except GlossaryError as exc:
        # what was committed before the failing file stays: the caller may say so
        exc.partial_report = report.frozen()  # type: ignore[attr-defined]
        raise
    return report.frozen()


def _digest(text: str, chunk: int = 1 << 20) -> str:
    """sha256 of the UTF-8 text, encoded a megabyte at a time (no second copy of a large
    article).  The same as hashing `text.encode()` at once: UTF-8 encodes code points
    independently."""
    h = hashlib.sha256()
    for i in range(0, len(text), chunk):
        h.update(text[i:i + chunk].encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _sizes(files: list[str], stdin: tuple[str, bytes] | None) -> list[int]:
    out = []
    for path in files:
        if path == STDIN:
            out.append(len(stdin[1]) if stdin else 0)
            continue
        try:
            out.append(os.stat(path).st_size)
        except OSError:
            out.append(0)   # read_document says what is wrong with it
    return out


def _read(path: str, stdin: tuple[str, bytes] | None):
    from .documents import read_document

    if path != STDIN or stdin is None:
        return read_document(path)
    from .documents.decode import decode_with_warnings
    from .documents.structure import parse_document

    name, data = stdin
    if not data:
        raise InputError("standard input is empty", path=name)
    text, encoding, warnings = decode_with_warnings(data, path=name)
    doc = parse_document(text, path=name, encoding=encoding)
    return dataclasses.replace(doc, warnings=tuple(warnings) + doc.warnings) if warnings else doc


def _extract_each(tb: "Termbase", actor: str, files: list[str], report: _Tally, *, force: bool,
                  progress: Callable[[int, int, str], None] | None,
                  on_bytes: BytesProgress | None = None, stdin: tuple[str, bytes] | None = None) -> None:
    sizes = _sizes(files, stdin) if on_bytes else []
    total = sum(sizes)
    before = 0
    share = dict(STEPS)
    for i, path in enumerate(files):
        shown = stdin[0] if path == STDIN and stdin else path
        if progress:
            progress(i, len(files), shown)
        if on_bytes:
            size = sizes[i]

            def step(name: str, _base=before, _size=size, _shown=shown) -> None:
                on_bytes(_base + int(_size * share[name]), total, _shown, name)
            step("reading")
        else:
            step = None
        doc = _read(path, stdin)
        if any("\udc80" <= ch <= "\udcff" for ch in doc.path):
            # a file name that is not UTF-8: stored (and exported) as text, its bytes escaped
            doc = dataclasses.replace(doc, path=os.fsencode(doc.path).decode("utf-8", "backslashreplace"))
        digest = _digest(doc.text)
        known = tb.document(doc.path)
        if known and known[0] == digest and not force:
            report.documents.append(dict(json.loads(known[1]), skipped=True))
            report.skipped_documents += 1
            if on_bytes:
                before += sizes[i]
            continue
        problems: list[str] = []
        candidates = analyse(doc, problems, step=step)
        if step:
            step("storing")
        if problems:  # the document's report (extract --json, the stored record) says what was skipped
            doc = dataclasses.replace(doc, warnings=doc.warnings + tuple(problems))
        part = _Tally()     # counted into `report` once committed
        with tb.transaction():
            merge_candidates(tb, actor, doc.path, candidates, part)
            tb.set_document(doc.path, digest, doc.encoding, doc.report())
        report.added += part.added
        report.updated += part.updated
        report.unchanged += part.unchanged
        report.suggestions += part.suggestions
        report.documents.append(doc.report())
        if on_bytes:
            before += sizes[i]
    if progress:
        progress(len(files), len(files), "")
    if on_bytes:
        on_bytes(total, total, "", "done")


# -- merging -----------------------------------------------------------------------

def term_of(form: Form) -> Term:
    """A candidate's form as a stored term: an English form read in the text is approved,
    every machine form (a note's pair, a dictionary's, an edition's) a suggestion."""
    machine_status = Status.APPROVED if (form.lang == "en" and form.origin == "text") else Status.SUGGESTED
    return Term(form.lang, form.text, form.role, machine_status, form.origin, form.confidence,
                form.evidence, form.reading)


def find_entry(store: "Termbase", cand: Candidate) -> str | None:
    """The existing entry a candidate belongs to: by its preferred form, its abbreviation,
    then a CJK title/name, then an alias that points to exactly one entry."""
    forms = cand.forms
    order = ([f for f in forms if f.role is Role.PREFERRED]
             + [f for f in forms if f.role is Role.ABBREVIATION]
             + [f for f in forms if f.role is Role.ALIAS])
    own_countries = _countries_named([f.text for f in forms if f.lang == "en" and f.origin == "text"])
    for f in order:
        ids = {entry_id for entry_id, _pos in store.ids_by_key(norm_key(f.text), f.lang)}
        if ids and own_countries:
            # a form two names of different countries' bodies share (政府 of "Japanese
            # government" and of "Korean government"; "Ministry of Foreign Affairs" of
            # "Japan's …" and of "Korea's …") does not make them one entry
            ids = {i for i in ids if not _other_country(store, i, own_countries)}
        if not ids:
            continue
        if len(ids) == 1:
            entry_id = next(iter(ids))
            if f.role is not Role.ALIAS:
                return entry_id
            # an alias alone is weak evidence: only within the same category
            if store.get(entry_id, occurrences=False).category is cand.category:
                return entry_id
        elif f.role is Role.PREFERRED:
            # several entries share the form (homographs): prefer the same category
            same = [e for e in store.get_many(sorted(ids), occurrences=False) if e.category is cand.category]
            if len(same) == 1:
                return same[0].id
    return None


def _countries_named(english: list[str]) -> frozenset[str]:
    """The countries English names name by a country word or an adjective ("Japanese
    government": JP), as codes."""
    from .extract.vocab import COUNTRIES, DEMONYM_COUNTRY

    out = set()
    for text in english:
        words = text.replace("-", " ").replace("’s", "").replace("'s", "").split()
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                w = " ".join(words[i:i + n])
                code = COUNTRIES.get(w) or DEMONYM_COUNTRY.get(w)
                if code:
                    out.add(code)
    return frozenset(out)


def _other_country(store: "Termbase", entry_id: str, own: frozenset[str]) -> bool:
    """The entry's own English (origin text) names countries and none of `own`'s."""
    theirs = _countries_named([t.text for t in store.get(entry_id, occurrences=False).terms
                               if t.lang == "en" and t.origin == "text"])
    return bool(theirs) and not theirs & own


def _new_id(tb: "Termbase", cand: Candidate) -> str:
    en = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), None)
    if en:
        return new_id(en, "en", tb.exists)
    first = cand.forms[0]
    return unique_id(f"{cand.category.value}-{hashlib.sha1(norm_key(first.text).encode()).hexdigest()[:8]}",
                     tb.exists)


def merge_terms(existing: tuple[Term, ...], incoming: list[Term]) -> tuple[Term, ...]:
    """Add machine forms to an entry's terms without touching editors' work.

    - a form whose key exists in that language: an editor's term (approved, rejected,
      typed or imported) stays exactly as it is; a machine suggestion gets the new
      evidence when the new confidence is at least as high;
    - a new form is appended after the language's last term (nothing is reordered);
      it is `preferred` only when the language has no live preferred term yet.
    """
    terms = list(existing)
    for new in incoming:
        k = norm_key(new.text)
        idx = next((i for i, t in enumerate(terms) if t.lang == new.lang and norm_key(t.text) == k), None)
        if idx is not None:
            old = terms[idx]
            if old.is_editor_work or (old.origin == new.origin and old.confidence >= new.confidence
                                      and old.evidence == new.evidence):
                continue
            if new.confidence >= old.confidence:
                terms[idx] = old.replace(origin=new.origin, confidence=new.confidence,
                                     evidence=new.evidence or old.evidence, reading=old.reading or new.reading)
            continue
        has_preferred = any(t.lang == new.lang and t.role is Role.PREFERRED and t.status is not Status.REJECTED
                            for t in terms)
        if new.role is Role.PREFERRED and has_preferred:
            new = new.replace(role=Role.ALIAS)
        last = max((i for i, t in enumerate(terms) if t.lang == new.lang), default=len(terms) - 1)
        terms.insert(last + 1, new)
    return tuple(terms)


def merge_candidates(store: "Termbase", actor: str, doc: str, candidates: list[Candidate], report: _Tally) -> None:
    occurrences: dict[str, list[Occurrence]] = {}
    for cand in candidates:
        if not cand.forms:
            continue
        incoming = [term_of(f) for f in cand.forms]
        entry_id = find_entry(store, cand)
        if entry_id is None:
            entry = Entry(_new_id(store, cand), cand.category, cand.note, merge_terms((), incoming))
            store.save(entry, base_revision=None, actor=actor, action="extract")
            entry_id = entry.id
            report.added += 1
            report.suggestions += sum(1 for t in entry.terms if t.status is Status.SUGGESTED)
        else:
            current = store.get(entry_id, occurrences=False)
            terms = merge_terms(current.terms, incoming)
            note = current.note or cand.note
            if terms != current.terms or note != current.note:
                before = {(t.lang, norm_key(t.text)) for t in current.terms}
                report.suggestions += sum(1 for t in terms if t.status is Status.SUGGESTED
                                          and (t.lang, norm_key(t.text)) not in before)
                store.save(current.replace(terms=terms, note=note), base_revision=current.revision,
                           actor=actor, action="extract")
                report.updated += 1
            else:
                report.unchanged += 1
        seen = {(o.line, o.col) for o in occurrences.get(entry_id, [])}
        for m in cand.mentions:
            if (m.line, m.col) in seen:
                continue
            seen.add((m.line, m.col))
            occurrences.setdefault(entry_id, []).append(
                Occurrence(doc, m.line, m.col, m.context, m.footnote))
        cand.mentions = []     # now occurrences: let the mentions go (a large article has 100,000s)
    store.replace_occurrences(doc, occurrences)
