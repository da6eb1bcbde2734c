"""CSV and the OmegaT tab-separated glossary.

Full CSV: a header and one row per term (entries without terms get one row with empty
term columns), so every field of an entry except occurrences and revisions survives a
spreadsheet and comes back:

    id,category,note,lang,text,role,status,origin,confidence,reading,evidence

OmegaT glossary (`.tsv`/`.txt`/`.utf8`): `source TAB target TAB comment`, one line per
English term of an entry that has a term in the target language; tabs and line breaks
inside a cell become spaces (the format cannot hold them).

Formula injection: a cell starting with `=`, `+`, `-`, `@`, TAB or CR is written with a
leading apostrophe (what spreadsheets show as text).  A cell that already starts with an
apostrophe followed by one of those (or by another apostrophe) gets one too, so reading
removes exactly one apostrophe where writing added one: the round trip is exact.
"""
from __future__ import annotations

import csv
import io
from typing import BinaryIO, Iterable, TextIO

from ..errors import FormatError
from ..model import Category, Entry, Role, Status, Term

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
    reader = csv.reader(_text_stream(stream, path), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise FormatError("empty file", path=path) from None
    except csv.Error as exc:
        raise FormatError(f"CSV: {exc}", path=path, line=1) from None
    names = [h.strip().lower() for h in header]
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

def _flat(text: str) -> str:
    return " ".join(text.split())


def write_tsv(stream: TextIO, entries: Iterable[Entry], *, lang: str) -> int:
    """OmegaT glossary lines for target `lang`: every live English term of an entry with
    a `lang` term, its best `lang` term, and a comment (category, note)."""
    out: list[str] = []
    for e in entries:
        target = e.preferred(lang)
        if target is None:
            continue
        comment = e.category.value + (f"; {_flat(e.note)}" if e.note else "")
        for t in e.terms_for("en", include_rejected=False):
            out.append(f"{guard(_flat(t.text))}\t{guard(_flat(target.text))}\t{guard(comment)}\n")
    stream.write("".join(out))
    return len(out)


def read_tsv(stream: BinaryIO | TextIO, *, lang: str, path: str | None = None) -> list[Entry]:
    """Entries (id "", to be matched on the English term) from an OmegaT glossary:
    English preferred term, `lang` term as a suggestion, the comment as note."""
    entries: list[Entry] = []
    for n, line in enumerate(_text_stream(stream, path).read().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            raise FormatError("expected source TAB target [TAB comment]", path=path, line=n)
        source, target = unguard(cells[0]).strip(), unguard(cells[1]).strip()
        comment = unguard(cells[2]).strip() if len(cells) > 2 else ""
        if not source:
            continue
        terms = [Term("en", source, Role.PREFERRED, Status.APPROVED, "import:tsv")]
        if target:
            terms.append(Term(lang, target, Role.PREFERRED, Status.SUGGESTED, "import:tsv"))
        category, _, note = comment.partition("; ")
        if category in Category._value2member_map_:
            entries.append(Entry("", Category(category), note, tuple(terms)))
        else:
            entries.append(Entry("", Category.OTHER, comment, tuple(terms)))
    return entries
