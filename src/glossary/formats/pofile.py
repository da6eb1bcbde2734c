"""gettext PO for translators (Poedit, Weblate, OmegaT, Lokalize...): out and back in.

One catalog per target language.  Every entry with an English term becomes one or more
messages; `msgctxt` is the entry id, so homographs stay apart:

    #. category: person
    #. note: Prime Minister of Japan 1946-47 and 1948-54.
    #. en aliases: Yoshida
    #. en preferred (approved)
    #. ko preferred (suggested)
    #. ko reading: yosida sigeru
    #. ko alias (suggested), unpaired: 요시다 총리
    #. ko deprecated (approved), do not use: ...
    #: articles/postwar-cabinets.md:12
    #, fuzzy
    msgctxt "yoshida-shigeru"
    msgid "Yoshida Shigeru"
    msgstr "요시다 시게루"

Every live English term (not rejected, not deprecated) is a message, in a *slot*: slot 0
(msgctxt `id`) is the main English term, slot N (msgctxt `id|N`) the N-th other one.  Its
msgstr is the target term that translates it, of the same role (formats/pairs.py): an
abbreviation's msgstr is an abbreviation, a title+name form's msgstr is its own target,
or the msgstr is empty when the termbase does not say which target form that is.
Deprecated and rejected terms are never a msgstr; approved targets are plain, suggested
ones `#, fuzzy`.  The target terms no slot takes and the deprecated terms are listed on
slot 0 as information (`unpaired`, `do not use`); rejected terms are not exported.

The `#.` lines say which term (language, role, status) sits on each side, so an import
into a termbase that lacks the entry rebuilds it.  They are information: tools rewrite
them (msgmerge and `pybabel update` take `#.` lines from the template, polib wraps long
ones), so no merge decision is read from them.  A `#.` line that continues a wrapped
one (no known prefix, right after a note, reading, evidence or listed term) is joined
back to it.

The merge base is the *export record*: each catalog names its export in the header
field `X-Glossary-Export` and, because `pybabel update` rewrites the header fields but
keeps the header comment, in a header comment line of the same form; the termbase keeps
what every message of that export carried (exchange.py).  The id is derived from that
content, so exporting an unchanged termbase again gives a byte-identical file.

Comment payloads (note, reading, evidence, listed terms) are escaped so that one value
is one line: backslash, CR, LF and the other characters that split lines become `\\\\`,
`\\r`, `\\n`, `\\uXXXX`.  msgid/msgstr use the PO string escapes.  Lines are not wrapped
(like `msgcat --no-wrap`), so the writer is a few string joins per message.

`parse_po` is a strict reader that names the line of a syntax error and also reads what
merge tools leave behind: `#|` previous-message lines (msgmerge's and pybabel's fuzzy
guesses) and msgcat's `#-#-#-#-#` conflict blocks; `read_po` turns a catalog into
entries (used for entries not yet in the termbase).
"""
from __future__ import annotations

import os

import re
from dataclasses import dataclass, field
from typing import BinaryIO, Iterable, NamedTuple, Sequence, TextIO

from ..errors import FormatError
from ..model import Category, Entry, Occurrence, Role, Status, Term
from .pairs import SOURCE_LANG, Pair, deprecated, translation_pairs, unpaired

ROLES = tuple(r.value for r in Role)

# -- string escaping -----------------------------------------------------------------------

# PO string literal escapes (what msgfmt understands); everything else is written raw.
_PO_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
                             "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"})
_PO_UNESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
                 "f": "\f", "v": "\v"}
# One escape inside a PO string: \n \t \" \\ ..., octal \ooo (1-3 digits) or hex \xhh.
PO_ESCAPE = re.compile(r"\\(?:([ntr\"\\abfv])|([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.?))", re.S)
# A complete PO string literal on one line, with optional trailing white space.
PO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"[ \t]*\Z', re.S)

# Characters that split a comment line somewhere (Python's str.splitlines set), plus the
# backslash that introduces our escapes.
_COMMENT_ESCAPES = str.maketrans({
    "\\": "\\\\", "\n": "\\n", "\r": "\\r",
    **{ch: f"\\u{ord(ch):04x}" for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}})
# One escape inside a comment payload: \\ \n \r or \uXXXX.
COMMENT_ESCAPE = re.compile(r"\\(\\|n|r|u[0-9a-fA-F]{4})")


def po_escape(text: str) -> str:
    return text.translate(_PO_ESCAPES)


def po_unescape(body: str, *, path: str | None = None, line: int | None = None) -> str:
    if "\\" not in body:
        return body

    def one(m: re.Match[str]) -> str:
        if m.group(1):
            return _PO_UNESCAPES[m.group(1)]
        if m.group(2):
            return chr(int(m.group(2), 8))
        if m.group(3):
            return chr(int(m.group(3), 16))
        raise FormatError(f"invalid escape sequence \\{m.group(4)} in a string", path=path, line=line)
    return PO_ESCAPE.sub(one, body)


def comment_escape(text: str) -> str:
    return text.translate(_COMMENT_ESCAPES)


def comment_unescape(text: str) -> str:
    if "\\" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        return {"\\": "\\", "n": "\n", "r": "\r"}.get(code) or chr(int(code[1:], 16))
    return COMMENT_ESCAPE.sub(one, text)


# -- the comment grammar (one `#.` line each) ----------------------------------------------

# "category: person" (slot 0 only)
CATEGORY_LINE = re.compile(r"^category: (?P<value>.*)$")
# "note: <escaped note>" (slot 0 only)
NOTE_LINE = re.compile(r"^note: (?P<value>.*)$")
# "en preferred (approved)": which term of which language sits on this side of the message.
TERM_LINE = re.compile(r"^(?P<lang>[a-z]{2,3}) (?P<role>preferred|alias|abbreviation|deprecated) "
                       r"\((?P<status>approved|suggested|rejected)\)$")
# "en aliases: A | B": the other English forms, listed on slot 0 (information only).
ALIASES_LINE = re.compile(r"^[a-z]{2,3} aliases: ")
# "ko reading: <escaped>" / "ko evidence: <escaped>": a field of that language's term here.
TERM_FIELD_LINE = re.compile(r"^(?P<lang>[a-z]{2,3}) (?P<field>reading|evidence): (?P<value>.*)$")
# "ko alias (suggested), unpaired: <escaped text>" (a live term no slot takes) or
# "ko deprecated (approved), do not use: <escaped text>": a term listed on slot 0 as
# information, never a msgstr.
LISTED_TERM_LINE = re.compile(r"^(?P<lang>[a-z]{2,3}) (?P<role>preferred|alias|abbreviation|deprecated) "
                              r"\((?P<status>approved|suggested)\), (?P<why>unpaired|do not use): (?P<value>.*)$")
# "ko base (approved): ..." / "ko base (none)": the merge base as exports before export
# ids wrote it; ignored (only recognised so that a wrapped one is not read as a continuation).
OLD_BASE_LINE = re.compile(r"^[a-z]{2,3} base \(")
# "X-Glossary-Export: ko-0123abcd": the export a catalog comes from, as a header field
# and as a header comment line (without the "# ").
EXPORT_FIELD = "X-Glossary-Export"
EXPORT_ID_LINE = re.compile(r"^X-Glossary-Export:[ \t]*(?P<id>[A-Za-z0-9][A-Za-z0-9._-]{0,99})[ \t]*$")
# A `#|` line (msgmerge --previous, pybabel update --previous): the message a fuzzy
# message was guessed from.  `#| msgctxt "..."`, `#| msgid "..."`, or a continuation `#| "..."`.
PREVIOUS_LINE = re.compile(r'^#\|[ \t]*(?:(?P<kw>msgctxt|msgid_plural|msgid)[ \t]+)?"(?P<body>(?:[^"\\]|\\.)*)"[ \t]*$')
# msgcat's mark of a conflict: inside a msgstr, one "#-#-#-#-#  file.po (project)  #-#-#-#-#"
# line before each catalog's translation.
MSGCAT_MARKER = "#-#-#-#-#"
# msgctxt of our messages: "entry-id" (slot 0) or "entry-id|N" (slot N >= 1).
CONTEXT = re.compile(r"^(?P<id>[^|]+?)(?:\|(?P<slot>[1-9][0-9]*))?$")
# A `#:` reference: "path:line", the path wrapped in U+2068..U+2069 when it has spaces
# (GNU gettext >= 0.20 does the same).
REFERENCE = re.compile(r"\u2068(?P<q>[^\u2069]*)\u2069:(?P<qline>[0-9]+)|(?P<p>\S+?):(?P<line>[0-9]+)(?=\s|$)")


def split_context(msgctxt: str | None) -> tuple[str, int] | None:
    """("entry-id", slot) from a msgctxt, None if it is not one of ours."""
    if not msgctxt:
        return None
    m = CONTEXT.match(msgctxt)
    if not m:
        return None
    return m.group("id"), int(m.group("slot") or 0)


def make_context(entry_id: str, slot: int) -> str:
    return entry_id if slot == 0 else f"{entry_id}|{slot}"


# -- slots and the export record -------------------------------------------------------------

def po_pairs(entry: Entry, lang: str | None) -> list[Pair]:
    """The messages of an entry: each English slot with the target term that translates
    it (formats/pairs.py); `lang` None for the template.  [] when the entry has no live
    English term (it is not exported)."""
    return translation_pairs(entry, lang)


class ExportedMessage(NamedTuple):
    """What one message of an export carried: the export record's row."""

    entry_id: str
    slot: int
    msgid: str
    target: str | None  # the msgstr; None when it was empty
    status: Status | None  # the target's status (suggested: the message was fuzzy)


def po_record(entries: Iterable[Entry], lang: str) -> list[ExportedMessage]:
    """What a `lang` catalog of `entries` carries, message by message (the export record)."""
    out: list[ExportedMessage] = []
    for entry in entries:
        for p in translation_pairs(entry, lang):
            t = p.target
            out.append(ExportedMessage(entry.id, p.slot, p.source.text, t.text if t else None,
                                       t.status if t else None))
    return out


def export_id(lang: str, record: Sequence[ExportedMessage]) -> str:
    """The id of an export: the language and a digest of its record, so that the same
    content always has the same id (and an unchanged termbase exports the same bytes)."""
    import hashlib

    h = hashlib.sha256(f"glossary-po-export 1\0{lang}\0".encode())
    for m in record:
        h.update("\x1f".join((m.entry_id, str(m.slot), m.msgid, "\x00" if m.target is None else m.target,
                              m.status.value if m.status else "")).encode("utf-8", "surrogatepass") + b"\x1e")
    return f"{lang}-{h.hexdigest()[:24]}"


# -- writing -------------------------------------------------------------------------------

def po_date(stamp: str) -> str:
    """'2024-10-01T09:30:00Z' -> '2024-10-01 09:30+0000' (the PO header date form)."""
    if not stamp:
        return "1970-01-01 00:00+0000"
    return f"{stamp[:10]} {stamp[11:16]}+0000"


def header_fields(lang: str | None, stamp: str, export: str | None = None) -> list[tuple[str, str]]:
    """The header of a catalog for `lang` (None: the template), from Babel; `export` is
    the export id, written as X-Glossary-Export."""
    from babel.messages.catalog import Catalog

    from ..text.langtags import language_name

    date = po_date(stamp)
    catalog = Catalog(locale=lang, project="glossary", language_team=f"{language_name(lang)}" if lang else None,
                      charset="utf-8", fuzzy=lang is None)
    fields: list[tuple[str, str]] = []
    for name, value in catalog.mime_headers:
        if name == "Generated-By":
            continue
        if name == "Project-Id-Version":
            value = "glossary"
        elif name == "Report-Msgid-Bugs-To":
            value = ""
        elif name == "POT-Creation-Date":
            value = date
        elif name == "PO-Revision-Date" and lang:
            value = date
        elif name == "Last-Translator" and lang:
            value = "glossary termbase"
        fields.append((name, value))
    fields.append(("X-Generator", "glossary"))
    if export:
        fields.append((EXPORT_FIELD, export))
    return fields


def _relative(path: str) -> str:
    """A reference as xgettext writes it: relative to the working directory (an absolute
    path of the exporting machine means nothing on the translator's); absolute only when
    no relative path exists (another drive)."""
    if not os.path.isabs(path):
        return path
    try:
        return os.path.relpath(path)
    except ValueError:
        return path


def _reference_lines(entry: Entry) -> list[str]:
    refs: list[str] = []
    seen: set[tuple[str, int]] = set()
    for o in entry.occurrences:
        if (o.doc, o.line) in seen or not o.doc or any(ch in o.doc for ch in "\n\r\u2068\u2069"):
            continue
        seen.add((o.doc, o.line))
        path = _relative(o.doc)
        doc = f"\u2068{path}\u2069" if any(ch.isspace() for ch in path) else path
        refs.append(f"{doc}:{o.line}")
    lines: list[str] = []
    current = ""
    for ref in refs:  # wrap at 79 columns like msgcat, one reference never split
        if current and len(current) + 1 + len(ref) > 76:
            lines.append(f"#: {current}\n")
            current = ref
        else:
            current = f"{current} {ref}" if current else ref
    if current:
        lines.append(f"#: {current}\n")
    return lines


def _term_comments(term: Term, lang: str) -> str:
    out = f"#. {lang} {term.role.value} ({term.status.value})\n"
    if term.reading:
        out += f"#. {lang} reading: {comment_escape(term.reading)}\n"
    if term.evidence:
        out += f"#. {lang} evidence: {comment_escape(term.evidence)}\n"
    return out


def _listed_terms(terms: Iterable[Term], lang: str, why: str) -> str:
    return "".join(f"#. {lang} {t.role.value} ({t.status.value}), {why}: {comment_escape(t.text)}\n" for t in terms)


def write_po(stream: TextIO, entries: Iterable[Entry], *, lang: str | None, stamp: str = "",
             comment: str = "", export: str | None = None) -> int:
    """Write a catalog for target language `lang` (None: the .pot template) to a text
    stream; `stamp` (ISO time, the termbase's newest change) dates the header, so an
    unchanged termbase gives a byte-identical file; `export` is the export id (header
    field and header comment; see the module docstring).  Returns the number of messages."""
    out: list[str] = []
    if comment:
        title = comment
    elif lang:
        from ..text.langtags import language_name

        title = f"Glossary terms, English -> {language_name(lang)} ({lang})."
    else:
        title = "Glossary terms (template)."
    out.append(f"# {title}\n# msgctxt is the entry id (\"id|N\": its N-th English form). The \"#.\" lines are\n"
               "# information for translators (and bring a new entry's data back on import).\n")
    if export:
        out.append(f"# {EXPORT_FIELD}: {export}\n"
                   "# (the export this catalog comes from: keep this line and the header field;\n"
                   "# the import merges your changes against what this export contained)\n")
    if lang is None:
        out.append("#, fuzzy\n")
    out.append('msgid ""\nmsgstr ""\n')
    for name, value in header_fields(lang, stamp, export):
        out.append(f'"{po_escape(f"{name}: {value}")}\\n"\n')
    n = 0
    esc = po_escape
    for entry in entries:
        pairs = translation_pairs(entry, lang)
        if not pairs:
            continue
        for p in pairs:
            parts = ["\n"]
            if p.slot == 0:
                parts.append(f"#. category: {entry.category.value}\n")
                if entry.note:
                    parts.append(f"#. note: {comment_escape(entry.note)}\n")
                if len(pairs) > 1:
                    parts.append("#. en aliases: " + " | ".join(comment_escape(q.source.text) for q in pairs[1:])
                                 + "\n")
                parts.append(_listed_terms(deprecated(entry, SOURCE_LANG), SOURCE_LANG, "do not use"))
            parts.append(_term_comments(p.source, SOURCE_LANG))
            target = p.target
            if target is not None:
                parts.append(_term_comments(target, lang))  # type: ignore[arg-type]
            if p.slot == 0 and lang is not None:
                parts.append(_listed_terms(unpaired(entry, lang, pairs), lang, "unpaired"))
                parts.append(_listed_terms(deprecated(entry, lang), lang, "do not use"))
            if p.slot == 0 and entry.occurrences:
                parts.extend(_reference_lines(entry))
            if target is not None and target.status is not Status.APPROVED:
                parts.append("#, fuzzy\n")
            ctx = entry.id if p.slot == 0 else f"{entry.id}|{p.slot}"
            msgstr = target.text if target is not None else ""
            parts.append(f'msgctxt "{esc(ctx)}"\nmsgid "{esc(p.source.text)}"\nmsgstr "{esc(msgstr)}"\n')
            out.append("".join(parts))
            n += 1
    stream.write("".join(out))
    return n


def write_mo(stream: BinaryIO, entries: Iterable[Entry], *, lang: str, stamp: str = "") -> None:
    """Compile the approved translations of `lang` to a binary .mo: the same pairs as the
    .po (formats/pairs.py), suggestions (fuzzy there) left out, as msgfmt does."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo as babel_write_mo

    catalog = Catalog(locale=lang, project="glossary", charset="utf-8", fuzzy=False)
    catalog.mime_headers = header_fields(lang, stamp)  # type: ignore[assignment]
    for entry in entries:
        for p in translation_pairs(entry, lang):
            if p.target is not None and p.target.status is Status.APPROVED:
                catalog.add(p.source.text, p.target.text, context=make_context(entry.id, p.slot))
    babel_write_mo(stream, catalog, use_fuzzy=False)


# -- reading -------------------------------------------------------------------------------

@dataclass
class PoMessage:
    msgid: str
    msgstr: str
    msgctxt: str | None
    line: int  # line of the msgid keyword
    fuzzy: bool = False
    extracted: list[str] = field(default_factory=list)  # "#." lines, unescaped PO-wise
    references: list[tuple[str, int]] = field(default_factory=list)
    plural: bool = False
    # the `#|` lines: (previous msgctxt, previous msgid) of a message msgmerge or pybabel
    # guessed from another one; None without such lines
    previous: tuple[str | None, str] | None = None
    conflict_line: int | None = None  # the first line of a msgcat conflict block in the msgstr

    @property
    def guessed_from(self) -> tuple[str | None, str] | None:
        """The other message a fuzzy message's translation was guessed from (its `#|`
        lines name a message other than this one), else None.  Without a `#| msgctxt`
        line (Babel writes none) only the msgids are compared."""
        if not self.fuzzy or self.previous is None:
            return None
        ctx, msgid = self.previous
        if msgid == self.msgid and (ctx is None or ctx == self.msgctxt):
            return None
        return self.previous


@dataclass
class PoCatalog:
    header: dict[str, str]
    messages: list[PoMessage]
    comments: list[str] = field(default_factory=list)  # the header's translator comments, without "# "
    header_conflict_line: int | None = None  # a msgcat conflict block in the header

    @property
    def language(self) -> str:
        return self.header.get("Language", "").strip()

    @property
    def export_id(self) -> str | None:
        """The export the catalog comes from: the X-Glossary-Export header field, else the
        header comment line of that form (`pybabel update` drops unknown header fields)."""
        value = self.header.get(EXPORT_FIELD, "").strip()
        m = EXPORT_ID_LINE.match(f"{EXPORT_FIELD}: {value}") if value else None
        if m:
            return m.group("id")
        for line in self.comments:
            if m := EXPORT_ID_LINE.match(line.strip()):
                return m.group("id")
        return None

    def conflict_blocks(self) -> list[tuple[int, str]]:
        """(line, what) of every msgcat conflict block, in file order."""
        out = [] if self.header_conflict_line is None else [(self.header_conflict_line, "the header")]
        out += [(m.conflict_line, f"the msgstr of {m.msgctxt or m.msgid!r}") for m in self.messages
                if m.conflict_line is not None]
        return sorted(out)


def refuse_conflict_blocks(catalog: PoCatalog, path: str | None) -> None:
    """msgcat joined catalogs that disagree here: its conflict blocks (`#-#-#-#-#` lines in
    a msgstr) are no translation.  FormatError naming the first one's line."""
    blocks = catalog.conflict_blocks()
    if not blocks:
        return
    line, what = blocks[0]
    more = f" (and {len(blocks) - 1} more, from line {blocks[1][0]})" if len(blocks) > 1 else ""
    raise FormatError(f"msgcat conflict block ({MSGCAT_MARKER} lines) in {what}{more}: the catalogs it joined "
                      "disagree; keep one translation and delete the marker lines (or join them with "
                      "`msgcat --use-first`), then import again; nothing was imported", path=path, line=line)


# A keyword line: msgctxt / msgid / msgid_plural / msgstr / msgstr[N], then a string.
KEYWORD_LINE = re.compile(r"^(?P<kw>msgctxt|msgid_plural|msgid|msgstr(?:\[(?P<n>[0-9]+)\])?)[ \t]+(?P<rest>.*)$",
                          re.S)
# The charset of a catalog, read from raw bytes before decoding.
CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


def _decode(data: bytes, path: str | None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        m = CHARSET.search(data[:4000])
        charset = m.group(1).decode("ascii").lower() if m else "utf-8"
        if charset.replace("-", "") not in ("utf8", "charset"):
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        raise FormatError(f"not valid UTF-8 (byte {exc.start})", path=path,
                          line=data[:exc.start].count(b"\n") + 1) from None


def parse_po(stream: BinaryIO | TextIO, *, path: str | None = None) -> PoCatalog:
    """Parse a PO file strictly; a syntax error raises FormatError naming its line."""
    data = stream.read()
    text = _decode(data, path) if isinstance(data, bytes) else data.lstrip("\ufeff")
    messages: list[PoMessage] = []
    header: dict[str, str] | None = None
    seen: dict[tuple[str | None, str], int] = {}

    # the message being read
    fields: dict[str, list[str]] = {}
    field_lines: dict[str, int] = {}
    last: str | None = None
    fuzzy = False
    extracted: list[str] = []
    refs: list[tuple[str, int]] = []
    tcomments: list[str] = []  # translator comments ("# ...")
    previous: dict[str, list[str]] = {}  # `#|` lines: keyword -> pieces ("?" when unreadable)
    prev_last: str | None = None
    conflict_line: int | None = None
    header_comments: list[str] = []
    header_conflict: int | None = None
    start = 0

    def fail(msg: str, line: int) -> FormatError:
        return FormatError(msg, path=path, line=line)

    def reset() -> None:
        nonlocal fields, field_lines, last, fuzzy, extracted, refs, tcomments, previous, prev_last, conflict_line
        fields, field_lines, last, fuzzy, extracted, refs = {}, {}, None, False, [], []
        tcomments, previous, prev_last, conflict_line = [], {}, None, None

    def finish(at: int) -> None:
        nonlocal header, header_comments, header_conflict
        if not fields:
            if fuzzy or extracted or refs or tcomments or previous:  # trailing comments: allowed, ignored
                reset()
            return
        if "msgid" not in fields:
            raise fail("message without msgid", start)
        if not any(k.startswith("msgstr") for k in fields):
            raise fail("msgid without msgstr", field_lines["msgid"])
        msgid = "".join(fields["msgid"])
        ctx = "".join(fields["msgctxt"]) if "msgctxt" in fields else None
        plural = "msgid_plural" in fields
        indexed = [k for k in fields if k.startswith("msgstr[")]
        if indexed and not plural:
            raise fail(f"{indexed[0]} without msgid_plural (a plural form of a message that has none)",
                       field_lines[indexed[0]])
        if plural and "msgstr" in fields:
            raise fail("msgid_plural with a plain msgstr (expected msgstr[0], msgstr[1], ...)",
                       field_lines["msgstr"])
        msgstr = "".join(fields.get("msgstr") or fields.get("msgstr[0]") or [])
        if msgid == "" and ctx is None:
            if header is not None:
                raise fail("a second header (empty msgid)", field_lines["msgid"])
            header = {}
            for hl in msgstr.split("\n"):
                if ":" in hl:
                    k, v = hl.split(":", 1)
                    header[k.strip()] = v.strip()
            header_comments, header_conflict = tcomments, conflict_line
        else:
            key = (ctx, msgid)
            if key in seen:
                raise fail(f"duplicate message (first at line {seen[key]})", field_lines["msgid"])
            seen[key] = field_lines["msgid"]
            prev = None
            if previous:
                prev_ctx = "".join(previous["msgctxt"]) if "msgctxt" in previous else None
                prev = (prev_ctx, "".join(previous.get("msgid", ["?"])))
            messages.append(PoMessage(msgid, msgstr, ctx, field_lines["msgid"], fuzzy, extracted, refs, plural,
                                      prev, conflict_line))
        reset()

    lineno = 0
    for lineno, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            if fields and last is not None and any(k.startswith("msgstr") for k in fields):
                finish(lineno)
            elif fields:
                raise fail("comment inside a message", lineno)
            if not fields and not (fuzzy or extracted or refs or tcomments or previous):
                start = lineno
            if stripped.startswith("#~"):
                continue  # obsolete message: not part of the catalog
            if stripped.startswith("#,"):
                flags = {f.strip() for f in stripped[2:].split(",")}
                fuzzy = fuzzy or "fuzzy" in flags
            elif stripped.startswith("#."):
                body = line.lstrip()[2:]
                extracted.append(body[1:] if body.startswith(" ") else body)
            elif stripped.startswith("#:"):
                for m in REFERENCE.finditer(stripped[2:]):
                    if m.group("q") is not None:
                        refs.append((m.group("q"), int(m.group("qline"))))
                    else:
                        refs.append((m.group("p"), int(m.group("line"))))
            elif stripped.startswith("#|"):
                pm = PREVIOUS_LINE.match(stripped)
                kw_prev = pm.group("kw") if pm else None
                if pm and kw_prev:
                    prev_last = kw_prev
                    previous[kw_prev] = [po_unescape(pm.group("body"), path=path, line=lineno)]
                elif pm and prev_last:
                    previous[prev_last].append(po_unescape(pm.group("body"), path=path, line=lineno))
                else:  # unreadable: still a guess from some other message
                    previous.setdefault("msgid", ["?"])
            elif stripped == "#" or stripped[1] in " \t":
                tcomments.append(stripped[2:] if len(stripped) > 1 else "")
            continue
        if stripped.startswith('"'):
            if last is None:
                raise fail("string continuation without a keyword", lineno)
            m = PO_STRING.match(stripped)
            if not m:
                raise fail("unterminated or malformed string", lineno)
            fields[last].append(po_unescape(m.group(1), path=path, line=lineno))
            if conflict_line is None and last.startswith("msgstr") and MSGCAT_MARKER in fields[last][-1]:
                conflict_line = lineno
            continue
        m = KEYWORD_LINE.match(stripped)
        if not m:
            word = stripped.split()[0] if stripped.split() else stripped
            raise fail(f"syntax error: unexpected {word[:30]!r}", lineno)
        kw = m.group("kw")
        if kw in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in fields):
            finish(lineno)
        if not fields and kw != "msgctxt" and kw != "msgid":
            raise fail(f"{kw} before msgid", lineno)
        if kw == "msgid" and "msgid" in fields or kw == "msgctxt" and fields:
            raise fail(f"unexpected {kw}", lineno)
        if kw in fields:
            raise fail(f"duplicate {kw}", lineno)
        if kw.startswith("msgstr") and "msgid" not in fields:
            raise fail(f"{kw} without msgid", lineno)
        if not fields:
            start = start or lineno
        sm = PO_STRING.match(m.group("rest").strip())
        if not sm:
            raise fail(f"{kw}: unterminated or malformed string", lineno)
        fields[kw] = [po_unescape(sm.group(1), path=path, line=lineno)]
        field_lines[kw] = lineno
        last = kw
        if conflict_line is None and kw.startswith("msgstr") and MSGCAT_MARKER in fields[kw][0]:
            conflict_line = lineno
    if fields and not any(k.startswith("msgstr") for k in fields):
        raise fail("unexpected end of file: msgid without msgstr", field_lines.get("msgid", lineno))
    finish(lineno)
    _check_charset(header or {}, path)
    return PoCatalog(header or {}, messages, header_comments, header_conflict)


# the charset parameter of a Content-Type header value
HEADER_CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.I)


def _check_charset(header: dict[str, str], path: str | None) -> None:
    """A charset the catalog names must be one Python knows ("CHARSET" is the placeholder
    of an unfilled template): a catalog that names an unknown one was not made by a tool
    that knew what it wrote."""
    m = HEADER_CHARSET.search(header.get("Content-Type", ""))
    if not m or m.group(1).upper() == "CHARSET":
        return
    import codecs

    try:
        codecs.lookup(m.group(1))
    except LookupError:
        raise FormatError(f"unknown charset {m.group(1)!r} in the Content-Type header", path=path) from None


@dataclass
class SlotInfo:
    """What the `#.` comments of one message say (information, never a merge base)."""

    category: str | None = None
    note: str | None = None
    terms: dict[str, tuple[Role, Status]] = field(default_factory=dict)  # lang -> role, status
    readings: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    # the terms listed as information (unpaired, do not use), in file order
    listed: list[Term] = field(default_factory=list)


def _join_wrapped(first: str, more: str) -> str:
    """A comment value polib (textwrap) wrapped, joined back: the break was a space,
    unless the first part ends with a hyphen (textwrap breaks after hyphens too)."""
    return first + more if first.endswith("-") else f"{first} {more}"


def slot_info(msg: PoMessage) -> SlotInfo:
    info = SlotInfo()
    # (kind, lang) of the last line whose value a wrapped continuation line extends
    open_value: tuple[str, str] | None = None
    listed: list[list] = []  # [lang, role, status, escaped text]
    for line in msg.extracted:
        if m := TERM_LINE.match(line):
            info.terms[m.group("lang")] = (Role(m.group("role")), Status(m.group("status")))
            open_value = None
        elif m := TERM_FIELD_LINE.match(line):
            target = info.readings if m.group("field") == "reading" else info.evidence
            target[m.group("lang")] = m.group("value")
            open_value = (m.group("field"), m.group("lang"))
        elif m := LISTED_TERM_LINE.match(line):
            listed.append([m.group("lang"), m.group("role"), m.group("status"), m.group("value")])
            open_value = ("listed", "")
        elif m := CATEGORY_LINE.match(line):
            info.category = m.group("value").strip()
            open_value = None
        elif m := NOTE_LINE.match(line):
            info.note = m.group("value")
            open_value = ("note", "")
        elif ALIASES_LINE.match(line) or OLD_BASE_LINE.match(line):
            open_value = None
        elif open_value is not None and line.strip():
            kind, lang = open_value  # a continuation of a wrapped line
            more = line.strip()
            if kind == "note":
                info.note = _join_wrapped(info.note or "", more)
            elif kind == "listed":
                listed[-1][3] = _join_wrapped(listed[-1][3], more)
            else:
                values = info.readings if kind == "reading" else info.evidence
                values[lang] = _join_wrapped(values[lang], more)
        else:
            open_value = None
    if info.note is not None:
        info.note = comment_unescape(info.note)
    info.readings = {k: comment_unescape(v) for k, v in info.readings.items()}
    info.evidence = {k: comment_unescape(v) for k, v in info.evidence.items()}
    info.listed = [Term(lang, comment_unescape(text), Role(role), Status(status), "import:po", 1.0)
                   for lang, role, status, text in listed]
    return info


def target_term(msg: PoMessage, info: SlotInfo, lang: str, slot: int, *, origin: str = "import:po") -> Term | None:
    """The target-language term a message's msgstr stands for (None when empty):
    approved unless the message is fuzzy; its role from the comments, else the role of the
    message's English term (a msgstr translates a term of its own role), else preferred
    in slot 0 and alias elsewhere."""
    if not msg.msgstr:
        return None
    if lang in info.terms:
        role = info.terms[lang][0]
    elif SOURCE_LANG in info.terms and info.terms[SOURCE_LANG][0] is not Role.DEPRECATED:
        role = info.terms[SOURCE_LANG][0]
    else:
        role = Role.PREFERRED if slot == 0 else Role.ALIAS
    status = Status.SUGGESTED if msg.fuzzy else Status.APPROVED
    return Term(lang, msg.msgstr, role, status, origin, 1.0, info.evidence.get(lang, ""),
                info.readings.get(lang, ""))


def group_messages(catalog: PoCatalog) -> tuple[dict[str, list[tuple[int, PoMessage]]], list[PoMessage]]:
    """Messages by entry id (file order), and the messages that name no entry."""
    groups: dict[str, list[tuple[int, PoMessage]]] = {}
    stray: list[PoMessage] = []
    for msg in catalog.messages:
        parsed = split_context(msg.msgctxt)
        if parsed is None or msg.plural:
            stray.append(msg)
            continue
        groups.setdefault(parsed[0], []).append((parsed[1], msg))
    return groups, stray


def entry_from_messages(entry_id: str, messages: Sequence[tuple[int, PoMessage]], lang: str) -> Entry:
    """A complete entry from its messages (an entry the termbase does not have yet): the
    English term of each message, the target term of each msgstr, then the terms slot 0
    lists (unpaired, do not use)."""
    category = Category.OTHER
    note = ""
    en_terms: list[Term] = []
    tgt_terms: list[Term] = []
    listed: list[Term] = []
    occurrences: list[Occurrence] = []
    for slot, msg in sorted(messages, key=lambda sm: sm[0]):
        info = slot_info(msg)
        if slot == 0:
            if info.category in Category._value2member_map_:
                category = Category(info.category)
            note = info.note or ""
            occurrences = [Occurrence(doc, line, 0) for doc, line in msg.references]
            listed = [t for t in info.listed if t.lang in (SOURCE_LANG, lang)]
        if SOURCE_LANG in info.terms or slot == 0:
            role, status = info.terms.get(SOURCE_LANG, (Role.PREFERRED, Status.APPROVED))
            en_terms.append(Term(SOURCE_LANG, msg.msgid, role, status, "import:po", 1.0,
                                 info.evidence.get(SOURCE_LANG, ""), info.readings.get(SOURCE_LANG, "")))
        t = target_term(msg, info, lang, slot)
        if t is not None:
            tgt_terms.append(t)
    return Entry(entry_id, category, note, tuple(en_terms + tgt_terms + listed), tuple(occurrences))


def read_po(stream: BinaryIO | TextIO, *, lang: str | None = None, path: str | None = None) -> list[Entry]:
    """Entries from a catalog (language from its header unless `lang` is given).  A
    catalog with msgcat conflict blocks is refused (FormatError); messages msgmerge or
    pybabel guessed from other messages (`#|` lines) are left out."""
    catalog = parse_po(stream, path=path)
    refuse_conflict_blocks(catalog, path)
    lang = lang or catalog.language.split("_")[0].split("-")[0].lower()
    if not lang:
        raise FormatError("the catalog has no Language header", path=path)
    groups, _stray = group_messages(catalog)
    return [entry_from_messages(entry_id, [(slot, without_guess(msg)) for slot, msg in msgs], lang)
            for entry_id, msgs in groups.items()]


def without_guess(msg: PoMessage) -> PoMessage:
    """The message without a translation msgmerge or pybabel guessed from another message
    (its English side stays)."""
    if msg.guessed_from is None:
        return msg
    import dataclasses

    return dataclasses.replace(msg, msgstr="", fuzzy=False)
