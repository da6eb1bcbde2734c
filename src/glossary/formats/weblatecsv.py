"""Weblate's CSV (translate-toolkit `csvl10n`): one target language per file, out and back in.

Weblate's "CSV file" format is translate-toolkit's `translate.storage.csvl10n.csvfile`:
a header naming the columns, then one unit per row:

    location,source,target,id,fuzzy,context,translator_comments,developer_comments

(Weblate's documentation spells the fourth column `ID`; translate-toolkit reads column
names as they are and knows only `id`, so `id` is what its writer and Weblate's own CSV
download write, and what this writer writes.  The reader takes either.)

One row per message of the .po export (formats/pairs.py, formats/pofile.py): every live
English term of an entry is a row (`source`); `target` is the target term of the same
role that translates it, or empty when the termbase does not say which target form that
is (Weblate shows the row as untranslated and the translator may fill it in).
Deprecated and rejected terms are never a target.  Approved targets are plain
(`fuzzy` False), suggestions `fuzzy` True (Weblate: "needs editing").  `context` and `id`
are the .po msgctxt (`entry-id`, `entry-id|N` for the N-th other English form): Weblate
keeps units apart by context, so homographs stay two units.  `location` holds the
occurrences (`doc:line`, relative to the working directory, comma separated).

`developer_comments` (Weblate: "source string description") holds the .po export's `#.`
lines, one per line and in the same grammar (category, note, which term sits on each
side, the unpaired and the do-not-use forms), and last the export id line
`X-Glossary-Export: <id>`: the merge base of the import (exchange.py), as the .po's
header carries it.  Weblate and translate-toolkit keep a unit's developer comments when
they save the file.  `translator_comments` is the translator's and is not read.

Formula-like cells: Weblate's CSV download wraps a cell that starts with `=`, `+`, `-`,
`@`, `|` or `%` in apostrophes (`'=1+1'`, a `|` written `\\|`) and its CSV reader undoes
exactly that (weblate.formats.ttkit.CSVUnit.unescape_csv); this writer does the same, so
Weblate reads the term and a spreadsheet shows text.  (translate-toolkit itself neither
writes nor undoes it: `csvl10n` alone shows such a cell with its apostrophes.)  A text
that itself starts with an apostrophe and a formula character and ends with an
apostrophe (`'=x'`) loses its apostrophes in Weblate, as with Weblate's own download.

Written as UTF-8 without a byte order mark, every cell quoted, lines ended by CRLF (RFC
4180, the `excel` dialect Weblate's download writes).  In Weblate choose the file format
"CSV file (UTF-8)", as Weblate's documentation advises: its plain "CSV file" format (and
translate-toolkit's default) guesses the encoding with charset_normalizer, which reads a
small file with few non-ASCII characters as windows-1250 or Shift_JIS, with or without a
BOM (cases the property test found); and the UTF-8 variant does not strip a BOM (it would
become part of the first column's name), hence none.
"""
from __future__ import annotations

import csv
import os
import re
from typing import BinaryIO, Iterable, TextIO

from ..errors import FormatError
from ..model import Entry, Status, Term
from .pairs import SOURCE_LANG, deprecated, translation_pairs, unpaired
from .pofile import EXPORT_FIELD, EXPORT_ID_LINE, PoCatalog, PoMessage, comment_escape, make_context

COLUMNS = ("location", "source", "target", "id", "fuzzy", "context", "translator_comments", "developer_comments")
#: what translate-toolkit's csvunit.isfuzzy() takes for "fuzzy"
FUZZY_VALUES = frozenset({"1", "x", "true", "yes", "fuzzy"})
#: first characters Weblate's CSV download escapes (weblate.utils.csv.csv_formula_triggers)
FORMULA_TRIGGERS = frozenset("=+-@|%")
# what Weblate's reader unescapes: 'X...' with X one of these ("|" is written "\|")
_WEBLATE_ESCAPED = frozenset("=+-@\\%")


def weblate_escape(text: str) -> str:
    """A cell as Weblate's CSV download writes it (see the module docstring)."""
    if text and text[0] in FORMULA_TRIGGERS:
        return "'{}'".format(text.replace("|", "\\|"))
    return text


def weblate_unescape(cell: str) -> str:
    """What Weblate's CSV reader makes of a cell (CSVUnit.unescape_csv)."""
    if len(cell) > 2 and cell[0] == "'" and cell[-1] == "'" and cell[1] in _WEBLATE_ESCAPED:
        return cell[1:-1].replace("\\|", "|")
    return cell


def _relative(path: str) -> str:
    if not os.path.isabs(path):
        return path
    try:
        return os.path.relpath(path)
    except ValueError:
        return path


def locations(entry: Entry) -> str:
    """The entry's occurrences as `doc:line` references, comma separated (one each)."""
    seen: set[tuple[str, int]] = set()
    refs = []
    for o in entry.occurrences:
        if not o.doc or (o.doc, o.line) in seen or any(ch in o.doc for ch in ",\n\r"):
            continue
        seen.add((o.doc, o.line))
        refs.append(f"{_relative(o.doc)}:{o.line}")
    return ", ".join(refs)


def _term_lines(term: Term, lang: str) -> list[str]:
    out = [f"{lang} {term.role.value} ({term.status.value})"]
    if term.reading:
        out.append(f"{lang} reading: {comment_escape(term.reading)}")
    if term.evidence:
        out.append(f"{lang} evidence: {comment_escape(term.evidence)}")
    return out


def _listed(terms: Iterable[Term], lang: str, why: str) -> list[str]:
    return [f"{lang} {t.role.value} ({t.status.value}), {why}: {comment_escape(t.text)}" for t in terms]


def write_weblate_csv(stream: TextIO, entries: Iterable[Entry], *, lang: str, export: str | None = None) -> int:
    """The rows for target language `lang` (see the module docstring); `export` is the
    export id written as the last developer comment line.  Open `stream` with
    newline="".  Returns the number of rows (units)."""
    w = csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(COLUMNS)
    rows = 0
    esc = weblate_escape
    tail = [f"{EXPORT_FIELD}: {export}"] if export else []
    for entry in entries:
        pairs = translation_pairs(entry, lang)
        for p in pairs:
            lines: list[str] = []
            if p.slot == 0:
                lines.append(f"category: {entry.category.value}")
                if entry.note:
                    lines.append(f"note: {comment_escape(entry.note)}")
                if len(pairs) > 1:
                    lines.append("en aliases: " + " | ".join(comment_escape(q.source.text) for q in pairs[1:]))
                lines += _listed(deprecated(entry, SOURCE_LANG), SOURCE_LANG, "do not use")
            lines += _term_lines(p.source, SOURCE_LANG)
            target = p.target
            if target is not None:
                lines += _term_lines(target, lang)
            if p.slot == 0:
                lines += _listed(unpaired(entry, lang, pairs), lang, "unpaired")
                lines += _listed(deprecated(entry, lang), lang, "do not use")
            ctx = make_context(entry.id, p.slot)
            w.writerow((locations(entry) if p.slot == 0 else "", esc(p.source.text),
                        esc(target.text) if target is not None else "", esc(ctx),
                        "True" if target is not None and target.status is not Status.APPROVED else "False",
                        esc(ctx), "", "\n".join(lines + tail)))
            rows += 1
    return rows


_REFERENCE = re.compile(r"^(?P<doc>.+):(?P<line>[0-9]+)$")


def read_weblate_csv(stream: BinaryIO | TextIO, *, path: str | None = None) -> PoCatalog:
    """The rows of a Weblate CSV as the messages of a catalog (msgctxt from `context`,
    else `id`; msgid `source`; msgstr `target`; fuzzy from `fuzzy`; the `#.` lines from
    `developer_comments`; references from `location`), the export id from the developer
    comments.  The catalog has no Language: the caller knows it (--lang, or the export).

    Strict like the full CSV reader: a row with more or fewer cells than the header, an
    unclosed quote, a file that is not UTF-8 are errors naming the line; two different
    export ids in one file (two exports pasted together) are refused."""
    from .csvfile import _reader_and_header

    reader, names = _reader_and_header(stream, path)
    col = {name: i for i, name in enumerate(names)}
    if "source" not in col or "target" not in col or not ({"context", "id"} & set(col)):
        raise FormatError("not a Weblate CSV: the header needs the columns source, target and context (or id) "
                          f"(Weblate's columns: {','.join(COLUMNS)})", path=path, line=1)
    messages: list[PoMessage] = []
    export: tuple[str, int] | None = None
    line = 1
    try:
        for row in reader:
            first, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(names):
                raise FormatError(f"{len(row)} cells where the header has {len(names)} "
                                  "(a missing or extra comma, or an unclosed quote above?)", path=path, line=first)

            def get(name: str) -> str:
                i = col.get(name)
                return row[i] if i is not None else ""
            ctx = weblate_unescape(get("context").strip()) or weblate_unescape(get("id").strip())
            extracted = []
            for comment in get("developer_comments").splitlines():
                if m := EXPORT_ID_LINE.match(comment.strip()):
                    if export is not None and export[0] != m.group("id"):
                        raise FormatError(f"rows of two exports in one file ({export[0]} from line {export[1]}, "
                                          f"{m.group('id')} here): import each export's file on its own",
                                          path=path, line=first)
                    export = export or (m.group("id"), first)
                else:
                    extracted.append(comment)
            refs = []
            for ref in get("location").split(","):
                if m := _REFERENCE.match(ref.strip()):
                    refs.append((m.group("doc"), int(m.group("line"))))
            messages.append(PoMessage(msgid=weblate_unescape(get("source")), msgstr=weblate_unescape(get("target")),
                                      msgctxt=ctx or None, line=first,
                                      fuzzy=get("fuzzy").strip().lower() in FUZZY_VALUES,
                                      extracted=extracted, references=refs))
    except csv.Error as exc:
        raise FormatError(f"CSV: {exc} (a quote opened at or after line {line + 1} is never closed?)",
                          path=path, line=line + 1) from None
    header_fields = {EXPORT_FIELD: export[0]} if export else {}
    return PoCatalog(header=header_fields, messages=messages)

