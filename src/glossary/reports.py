"""The typed results of the facade's long verbs: `extract` -> ExtractReport, `import_file`
-> ImportReport, `export_*` -> ExportReport; and a text file as read for `check`/`find`.

Frozen dataclasses of plain values, at the model's layer: the services build them, the
front ends (CLI, TUI, scripts) read them and render `to_dict()` as JSON.  (Kept apart from
model.py, which avoids `dataclasses` so that `import glossary` starts fast.)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ExtractReport:
    """What `extract` read and did: one report per document (as `extract --json` prints
    it), entries added / updated / unchanged, new suggestions, files skipped as unchanged."""

    documents: tuple[dict, ...] = ()
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    suggestions: int = 0
    skipped_documents: int = 0

    def to_dict(self) -> dict:
        return {"documents": list(self.documents),
                "entries": {"added": self.added, "updated": self.updated, "unchanged": self.unchanged},
                "suggestions": self.suggestions,
                # files whose content was already extracted (their report is the stored one)
                "skipped": self.skipped_documents}


@dataclass(frozen=True)
class TextFile:
    """A text file read as `extract` reads articles (decoded, line ends normalised, NFC),
    with the decoder's warnings."""

    path: str
    text: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote (the facade's export_* verbs return it)."""

    paths: tuple[str, ...]
    entries: int  # entries written (po: entries with an English term)
    items: int  # messages, concepts or rows written
    export_id: str | None = None  # po: the X-Glossary-Export id (None: not recorded)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"paths": list(self.paths), "entries": self.entries, "items": self.items}
        if self.export_id is not None:
            d["export_id"] = self.export_id
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d


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
class IgnoredMessage:
    """A .po message whose msgstr was not imported, and why (`kind`):

    * `guess`: a translation msgmerge or `pybabel update` guessed from another message
      (fuzzy, with `#|` lines naming another message, or in a catalog without an export
      id the very text of another entry's message);
    * `not-in-export`: fuzzy, and not a message of the catalog's export (a new message
      the tools filled in by fuzzy matching; the translator removes the fuzzy flag of a
      translation they mean);
    * `unconfirmed`: the termbase's suggestion, not fuzzy, in a catalog without an export
      id: nothing shows the translator approved it (csv2po and other tools drop fuzzy
      flags), so it stays a suggestion (`--force` approves it);
    * `other-role`: the msgstr is the entry's term of another role (the Korean preferred
      term given for an English alias): a slot takes a term of its own role."""

    entry_id: str
    slot: int
    line: int
    msgstr: str
    kind: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"entry": self.entry_id, "slot": self.slot, "line": self.line, "msgstr": self.msgstr,
                "kind": self.kind, "detail": self.detail}

    def describe(self) -> str:
        ctx = self.entry_id if self.slot == 0 else f"{self.entry_id}|{self.slot}"
        return f"line {self.line}: {ctx}: {self.msgstr!r} not imported: {self.detail}"


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
    export_id: str | None = None  # .po: the export the catalog names (X-Glossary-Export)
    merge: str = ""  # .po: "three-way" (against the export record) or "two-way"
    warnings: tuple[str, ...] = ()
    ignored: tuple[IgnoredMessage, ...] = ()  # .po messages not imported (guesses ...)

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
                "skipped": list(self.skipped), "foreign": list(self.foreign), "combined": list(self.combined),
                "export_id": self.export_id, "merge": self.merge, "warnings": list(self.warnings),
                "ignored": [m.to_dict() for m in self.ignored]}

    def lines(self) -> list[str]:
        verb = "would add" if self.dry_run else "added"
        out = [f"{self.path}: {verb} {len(self.added)}, {'would update' if self.dry_run else 'updated'} "
               f"{len(self.updated)}, unchanged {self.unchanged}, conflicts {len(self.open_conflicts)}"
               + (" (dry run: nothing written)" if self.dry_run else "")]
        if self.merge == "three-way":
            out.append(f"  merged three ways against export {self.export_id}")
        out += [f"  warning: {w}" for w in self.warnings]
        out += [f"  conflict: {c.describe()}" for c in self.conflicts]
        out += [f"  ignored: {m.describe()}" for m in self.ignored]
        out += [f"  unknown msgctxt {u!r}: added as a new entry" for u in self.unknown]
        out += [f"  line {c.line}: {c.entry_id}: msgid changed: termbase has {c.expected!r}, file has "
                f"{c.found!r}; not applied" for c in self.changed_msgids]
        out += [f"  unknown msgctxt {u!r}: no such entry, and not from a glossary export (no \"#. category\" "
                f"comment); not imported" for u in self.foreign]
        out += [f"  skipped: {s}" for s in self.skipped]
        out += [f"  combined: {c}" for c in self.combined]
        return out


#: the name ExportReport had before issue 15
ExportResult = ExportReport


# -- aligning an article with its published edition (glossary.editions) ------------------------

@dataclass(frozen=True)
class AlignedPair:
    """Sentences of the original (English) aligned with sentences of the edition.

    `n`: 1-based number of the pair in the edition's alignment; `kind`: the bead, as
    sentences of the original - sentences of the edition ("1-1", "2-1", "1-2", "2-2");
    `cost`: the aligner's cost of the bead (lower is surer; 0 for a lone sentence)."""

    n: int
    source: str
    target: str
    source_line: int
    target_line: int
    kind: str = "1-1"
    cost: float = 0.0
    source_last_line: int = 0    # line of the last sentence of each side (0: as the first)
    target_last_line: int = 0
    source_cols: tuple[int, int] = (0, 0)   # columns of the first and the last sentence (1-based; 0: unknown)
    target_cols: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "source": self.source, "target": self.target, "source_line": self.source_line,
                "target_line": self.target_line, "source_last_line": self.source_last_line or self.source_line,
                "target_last_line": self.target_last_line or self.target_line,
                "source_cols": list(self.source_cols), "target_cols": list(self.target_cols), "kind": self.kind,
                "cost": round(self.cost, 3)}


@dataclass(frozen=True)
class HarvestedTerm:
    """The form the edition used for an English entry, and what was done with it.

    `action`: "added" (a new suggestion on an existing entry), "new-entry" (an entry
    made for a name the termbase lacked), "confirmed" (the termbase already had the form),
    "conflict" (an approved term says otherwise: not stored, see the problems),
    "rejected-before" (an editor rejected that form: not stored again)."""

    entry_id: str
    english: str
    lang: str
    form: str
    how: str              # termbase / evidence / name / loanword / co-occurrence
    origin: str           # edition:<file>
    confidence: float
    evidence: str
    pair: int             # AlignedPair.n of the sentence pair that shows it
    action: str
    english_forms: tuple[str, ...] = ()   # every English form of the entry (aliases, abbreviations)

    def to_dict(self) -> dict[str, Any]:
        return {"entry": self.entry_id, "en": self.english, "en_forms": list(self.english_forms or (self.english,)),
                "lang": self.lang, "form": self.form, "how": self.how, "origin": self.origin,
                "confidence": round(self.confidence, 4), "evidence": self.evidence, "pair": self.pair,
                "action": self.action}


@dataclass(frozen=True)
class EditionProblem:
    """Where the edition used another form than the termbase's approved term (`kind`
    "different"), or an approved deprecated form ("deprecated")."""

    kind: str
    entry_id: str
    english: str
    lang: str
    expected: tuple[str, ...]   # the approved terms
    found: str                  # what the edition used
    line: int                   # line of the edition's sentence
    pair: int
    context: str                # the edition's sentence

    def message(self) -> str:
        if self.kind == "deprecated":
            return (f"deprecated {self.lang} term {self.found!r} for {self.english!r}"
                    + (f" (use {' / '.join(self.expected)})" if self.expected else ""))
        return (f"the edition writes {self.found!r} for {self.english!r}; the approved {self.lang} term is "
                f"{' / '.join(self.expected)}")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "entry_id": self.entry_id, "en": self.english, "lang": self.lang,
                "expected": list(self.expected), "found": self.found, "line": self.line, "pair": self.pair,
                "context": self.context, "message": self.message()}


@dataclass(frozen=True)
class EditionReport:
    """What `align_edition` read, aligned, harvested and stored."""

    original: str
    edition: str
    lang: str
    lang_detected: bool           # True when the language came from the edition's script
    encodings: tuple[str, str]
    sentences: tuple[int, int]    # sentences of the original, of the edition
    pairs: tuple[AlignedPair, ...] = ()
    unaligned: tuple[int, int] = (0, 0)   # sentences of the original / the edition left without a partner
    beads: tuple[tuple[str, int], ...] = ()   # (kind, count)
    harvested: tuple[HarvestedTerm, ...] = ()
    problems: tuple[EditionProblem, ...] = ()
    new_entries: int = 0
    suggestions: int = 0
    stored: bool = True           # False: a dry run
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "original": self.original, "edition": self.edition, "lang": self.lang,
                "lang_detected": self.lang_detected, "encodings": list(self.encodings),
                "sentences": {"original": self.sentences[0], "edition": self.sentences[1]},
                "unaligned": {"original": self.unaligned[0], "edition": self.unaligned[1]},
                "beads": dict(self.beads), "pairs": [p.to_dict() for p in self.pairs],
                "harvested": [h.to_dict() for h in self.harvested],
                "problems": [p.to_dict() for p in self.problems],
                "entries": {"added": self.new_entries}, "suggestions": self.suggestions, "stored": self.stored,
                "warnings": list(self.warnings)}

    def lines(self) -> list[str]:
        out = [f"{self.edition}: {self.lang} edition of {self.original}: {len(self.pairs)} sentence pairs "
               f"({self.sentences[0]} sentences in the original, {self.sentences[1]} in the edition; "
               f"{self.unaligned[0]} + {self.unaligned[1]} without a partner)"]
        out += [f"  warning: {w}" for w in self.warnings]
        for h in self.harvested:
            if h.action != "conflict":
                out.append(f"  {h.action}: {h.english} = {h.form} ({h.lang}, {h.how}; pair {h.pair})")
        verb = "would add" if not self.stored else "added"
        out.append(f"  {verb} {self.suggestions} suggestions, {self.new_entries} new entries; "
                   f"{len(self.problems)} inconsistencies with approved terms")
        return out
