"""CSV and the OmegaT tab-separated glossary.

Full CSV: a header and one row per term (entries without terms get one row with empty
term columns), so every field of an entry except occurrences and revisions survives a
spreadsheet and comes back:

    id,category,note,lang,text,role,status,origin,confidence,reading,evidence

OmegaT glossary (`.tsv`/`.txt`/`.utf8`): `source TAB target TAB comment`, one line per
English form with a same-role target (formats/pairs.py: never a deprecated or rejected
target, an alias only with the target of its own role); tabs and line breaks inside a
cell become spaces (the format cannot hold them).  OmegaT reads a `.txt` or `.tsv`
glossary in the encoding its first line names (`-*- coding: utf-8 -*-`, the line OmegaT
itself writes), else guesses, else the system's; so the file starts with that line, then
the export id as a comment line (OmegaT skips lines that start with `#`).  A suggestion
is marked in the comment column (`suggested (origin, confidence); category; note`), or
left out (`approved_only`).

Formula injection: a cell starting with `=`, `+`, `-`, `@`, TAB or CR is written with a
leading apostrophe (what spreadsheets show as text).  A cell that already starts with an
apostrophe followed by one of those (or by another apostrophe) gets one too, so reading
removes exactly one apostrophe where writing added one: the round trip is exact.
"""
from __future__ import annotations

import csv
import io
import re
from typing import BinaryIO, Iterable, NamedTuple, TextIO

from ..errors import FormatError
from ..model import Category, Entry, Role, Status, Term
from .pairs import Pair, translation_pairs
from .pofile import EXPORT_FIELD, EXPORT_ID_LINE

COLUMNS = ("id", "category", "note", "lang", "text", "role", "status", "origin", "confidence", "reading",
           "evidence")
FORMULA_START = frozenset("=+-@\t\r")


def guard(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet (see the module docstring)."""
    if cell and (cell[0] in FORMULA_START or (cell[0] == "'" and len(cell) > 1
                                              and (cell[1] in FORMULA_START or cell[1] == "'"))):
        return "'" + cell
    return cell


def unguard(cell: str) -> str:
    """Undo `guard`: unguard(guard(x)) == x for every x."""
    if len(cell) > 1 and cell[0] == "'" and (cell[1] in FORMULA_START or cell[1] == "'"):
        return cell[1:]
    return cell


def write_csv(stream: TextIO, entries: Iterable[Entry], *, langs: Iterable[str] | None = None) -> int:
    """One row per term; open `stream` with newline="" (the csv module's rule)."""
    keep = set(langs) if langs is not None else None
    w = csv.writer(stream, lineterminator="\r\n")
    w.writerow(COLUMNS)
    rows = 0
    for e in entries:
        head = [guard(e.id), e.category.value, guard(e.note)]
        terms = [t for t in e.terms if keep is None or t.lang in keep]
        if not terms:
            w.writerow(head + [""] * (len(COLUMNS) - 3))
            rows += 1
        for t in terms:
            w.writerow(head + [t.lang, guard(t.text), t.role.value, t.status.value, guard(t.origin),
                               repr(round(t.confidence, 4)), guard(t.reading), guard(t.evidence)])
            rows += 1
    return rows


def _reader_and_header(stream: BinaryIO, path: str):
    """A strict csv reader over the decoded stream and its header's column names (stripped,
    lower case); FormatError for an empty file or a broken first line."""
    reader = csv.reader(_text_stream(stream, path), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise FormatError("empty file", path=path) from None
    except csv.Error as exc:
        raise FormatError(f"CSV: {exc}", path=path, line=1) from None
    return reader, [h.strip().lower() for h in header]


def _text_stream(stream: BinaryIO | TextIO, path: str | None = None) -> TextIO:
    data = stream.read()
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError(f"not valid UTF-8 (byte {exc.start}; save it as UTF-8)", path=path,
                              line=data[:exc.start].count(b"\n") + 1) from None
    return io.StringIO(data.lstrip("\ufeff"), newline="")


def read_csv(stream: BinaryIO | TextIO, *, path: str | None = None) -> list[Entry]:
    """Entries from a full CSV (the header names the columns; their order may differ).

    Strict: every row has as many cells as the header (a short or long row is an error
    naming its line, never a guess), a quote left open is an error, not the rest of the
    file swallowed into one cell.  Rows with the same id are one entry (our export writes
    one row per term); a row without an id is an entry of its own.  A term whose status
    is not given is a suggestion: only an explicit `approved` approves."""
    reader, names = _reader_and_header(stream, path)
    missing = {"id", "lang", "text"} - set(names)
    if missing:
        raise FormatError(f"CSV header lacks column(s) {', '.join(sorted(missing))} "
                          f"(expected: {','.join(COLUMNS)})", path=path, line=1)
    col = {name: i for i, name in enumerate(names)}
    order: list[str] = []
    heads: dict[str, tuple[Category, str]] = {}
    terms: dict[str, list[Term]] = {}
    line = 1
    try:
        for row in reader:
            first, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(names):
                raise FormatError(f"{len(row)} cells where the header has {len(names)} "
                                  f"(a missing or extra comma, or an unclosed quote above?)", path=path, line=first)

            def get(name: str, default: str = "") -> str:
                i = col.get(name)
                return unguard(row[i]) if i is not None else default
            entry_id = get("id").strip()
            group = entry_id or f"\0row {first}"   # no id: an entry of its own
            if group not in heads:
                cat = get("category", "other").strip() or "other"
                if cat not in Category._value2member_map_:
                    raise FormatError(f"unknown category {cat!r}", path=path, line=first)
                heads[group] = (Category(cat), get("note"))
                terms[group] = []
                order.append(group)
            text = get("text")
            if not text.strip():
                continue
            try:
                role = Role(get("role", "preferred").strip() or "preferred")
                status = Status(get("status", "suggested").strip() or "suggested")
                confidence = float(get("confidence", "1.0").strip() or "1.0")
            except ValueError as exc:
                raise FormatError(f"bad value: {exc}", path=path, line=first) from None
            if not 0.0 <= confidence <= 1.0:   # (NaN fails this too)
                raise FormatError(f"confidence {confidence} is not a number from 0 to 1", path=path, line=first)
            lang = get("lang").strip()
            if not lang:
                raise FormatError("a term without a language (column lang)", path=path, line=first)
            terms[group].append(Term(lang, text, role, status, get("origin").strip() or "import:csv",
                                     confidence, get("evidence"), get("reading")))
    except csv.Error as exc:
        raise FormatError(f"CSV: {exc} (a quote opened at or after line {line + 1} is never closed?)",
                          path=path, line=line + 1) from None
    return [Entry("" if g.startswith("\0") else g, heads[g][0], heads[g][1], tuple(terms[g])) for g in order]


# -- OmegaT ------------------------------------------------------------------------------

#: the first line of an OmegaT glossary we write: the "magic comment" OmegaT reads before
#: guessing an encoding (GlossaryReaderTSV.getFileEncoding -> MagicComment), the very
#: line OmegaT writes at the top of a glossary it creates
OMEGAT_CODING_LINE = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
#: "suggested (dictionary:names, 0.80)": the comment-column mark of a suggestion
SUGGESTED_MARK = re.compile(r"^suggested(?: \((?P<origin>[^()]*?)(?:, (?P<confidence>[01](?:\.[0-9]+)?))?\))?$")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _source_cell(text: str) -> str:
    """OmegaT skips a line that starts with `#` (a comment) before it trims the cells: a
    term that starts with `#` gets a leading space, which the trim removes."""
    cell = guard(_flat(text))
    return " " + cell if cell.startswith("#") else cell


def tsv_pairs(entries: Iterable[Entry], lang: str, *, approved_only: bool = False) -> list[tuple[Entry, Pair]]:
    """The (entry, pair) of every line of an OmegaT glossary for `lang`: each English
    slot with a same-role target (formats/pairs.py); suggestions unless `approved_only`."""
    out = []
    for e in entries:
        for p in translation_pairs(e, lang):
            if p.target is None or (approved_only and p.target.status is not Status.APPROVED):
                continue
            out.append((e, p))
    return out


def tsv_comment(entry: Entry, target: Term) -> str:
    """The comment column: `suggested (origin, confidence)` for a suggestion, the
    category, the note (one line), joined by "; "."""
    parts = []
    if target.status is not Status.APPROVED:
        parts.append(f"suggested ({_flat(target.origin).replace('(', '[').replace(')', ']')}, "
                     f"{target.confidence:.2f})")
    parts.append(entry.category.value)
    if entry.note:
        parts.append(_flat(entry.note))
    return "; ".join(parts)


def write_tsv(stream: TextIO, entries: Iterable[Entry], *, lang: str, export: str | None = None,
              approved_only: bool = False) -> int:
    """An OmegaT glossary for target `lang`: OmegaT's coding line, the export id as a
    comment line, then `source TAB target TAB comment` per English form that has a
    same-role target (never a deprecated or rejected one); a suggestion says so in the
    comment, or is left out with `approved_only`.  Returns the number of term lines."""
    out = [OMEGAT_CODING_LINE + "\n"]
    if export:
        out.append(f"# {EXPORT_FIELD}: {export}\n"
                   "# (the export this glossary comes from: keep the line above; the import merges your changes "
                   "against it)\n")
    n = 0
    for e, p in tsv_pairs(entries, lang, approved_only=approved_only):
        target = p.target
        assert target is not None
        out.append(f"{_source_cell(p.source.text)}\t{guard(_flat(target.text))}\t{guard(tsv_comment(e, target))}\n")
        n += 1
    stream.write("".join(out))
    return n


class TsvRow(NamedTuple):
    """One term line of an OmegaT glossary, its cells read back."""

    line: int
    source: str
    target: str
    comment: str  # without the suggestion mark
    suggested: bool  # the comment marks the target as a suggestion
    origin: str  # from the mark ("" without)
    confidence: float | None
    category: Category | None  # the comment's first part, when it is a category
    note: str


def read_tsv_rows(stream: BinaryIO | TextIO, *, path: str | None = None) -> tuple[list[TsvRow], str | None]:
    """The term lines of an OmegaT glossary and the export id its comment lines name.

    Read as OmegaT reads it: UTF-8 (a BOM or OmegaT's coding line may be there), lines
    that start with `#` are comments, cells split on TAB and trimmed, a line without a
    source or a target is skipped.  The comment column's `suggested (...)` mark and
    category are taken apart."""
    rows: list[TsvRow] = []
    export: str | None = None
    for n, line in enumerate(_text_stream(stream, path).read().splitlines(), 1):
        if line.startswith("#"):
            if export is None and (m := EXPORT_ID_LINE.match(line[1:].strip())):
                export = m.group("id")
            continue
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            raise FormatError("expected source TAB target [TAB comment]", path=path, line=n)
        source, target = unguard(cells[0].strip()).strip(), unguard(cells[1].strip()).strip()
        comment = unguard(cells[2].strip()).strip() if len(cells) > 2 else ""
        if not source:
            continue
        parts = comment.split("; ")
        mark = SUGGESTED_MARK.match(parts[0])
        origin, confidence = "", None
        if mark:
            parts = parts[1:]
            origin = (mark.group("origin") or "").strip()
            confidence = float(mark.group("confidence")) if mark.group("confidence") else None
        category = Category(parts[0]) if parts and parts[0] in Category._value2member_map_ else None
        note = "; ".join(parts[1:] if category is not None else parts)
        rows.append(TsvRow(n, source, target, "; ".join(parts), mark is not None, origin, confidence, category,
                           note))
    return rows, export


def read_tsv(stream: BinaryIO | TextIO, *, lang: str, path: str | None = None) -> list[Entry]:
    """Entries (id "", to be matched on the English term) from an OmegaT glossary:
    English preferred term, `lang` term as a suggestion, the comment as category and note."""
    rows, _export = read_tsv_rows(stream, path=path)
    entries: list[Entry] = []
    for row in rows:
        terms = [Term("en", row.source, Role.PREFERRED, Status.APPROVED, "import:tsv")]
        if row.target:
            terms.append(Term(lang, row.target, Role.PREFERRED, Status.SUGGESTED, "import:tsv"))
        entries.append(Entry("", row.category or Category.OTHER, row.note, tuple(terms)))
    return entries
