"""gettext PO for translators (Poedit, Weblate, OmegaT, Lokalize...): out and back in.

One catalog per target language.  Every entry with an English term becomes one or more
messages; `msgctxt` is the entry id, so homographs stay apart:

    #. category: person
    #. note: Prime Minister of Japan from October 2024.
    #. en aliases: Ishiba
    #. en preferred (approved)
    #. ko preferred (suggested)
    #. ko reading: isiba sigeru
    #: seeds/000_409e99854556560e.txt:1
    #, fuzzy
    msgctxt "ishiba-shigeru"
    msgid "Yamada Taro"
    msgstr "야마다 다로"

Aliases and abbreviations are messages of their own, in *slots*: slot 0 (msgctxt `id`)
pairs the English preferred term with the target's best term; slot N (msgctxt `id|N`)
pairs the N-th other English term with the N-th other target term.  When one side has
more terms than the other, the missing English side repeats the main msgid and the
missing target side is an empty msgstr.  The `#.` lines say which term (language, role,
status) sits on each side, so an import maps every msgstr back to exactly one term.
Rejected terms are not exported (translators should not see them).

Every message of a language catalog also records the *base*: the target value it was
exported with, `#. ko base (approved): 홍길동` (or `suggested`), or `#. ko base (none)` when
the slot had no target term.  The import merges three ways against it (see
exchange.py): a msgstr still equal to its base is "no opinion", so an old catalog does
not undo what an editor changed since the export.  Catalogs without base lines (older
exports, other tools) are merged two ways, as before.

Comment payloads (note, reading, evidence) are escaped so that one value is one line:
backslash, CR, LF and the other characters that split lines become `\\\\`, `\\r`, `\\n`,
`\\uXXXX`.  msgid/msgstr use the PO string escapes.  Lines are not wrapped (like
`msgcat --no-wrap`), so the writer is a few string joins per message.

`parse_po` is a strict reader that names the line of a syntax error; `read_po` turns a
catalog into entries (used for entries not yet in the termbase).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import BinaryIO, Iterable, Sequence, TextIO

from ..errors import FormatError
from ..model import Category, Entry, Occurrence, Role, Status, Term

SOURCE_LANG = "en"
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
# "ko reading: <escaped>" / "ko evidence: <escaped>": a field of that language's term here.
TERM_FIELD_LINE = re.compile(r"^(?P<lang>[a-z]{2,3}) (?P<field>reading|evidence): (?P<value>.*)$")
# "ko base (approved): <escaped text>" / "ko base (none)": the target value at export.
BASE_LINE = re.compile(r"^(?P<lang>[a-z]{2,3}) base (?:\((?P<status>approved|suggested|rejected)\): (?P<value>.*)|\(none\))$")
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


# -- slots ---------------------------------------------------------------------------------

def po_slots(entry: Entry, lang: str) -> tuple[list[Term], list[Term]] | None:
    """(English terms, target terms) in slot order; None when the entry has no English
    term to put in a msgid.  Slot 0 holds each side's best term (Entry.preferred)."""
    main = entry.preferred(SOURCE_LANG)
    if main is None:
        return None
    en = [main] + [t for t in entry.terms if t.lang == SOURCE_LANG and t is not main
                   and t.status is not Status.REJECTED]
    best = entry.preferred(lang)
    tgt = [] if best is None else [best] + [t for t in entry.terms if t.lang == lang and t is not best
                                            and t.status is not Status.REJECTED]
    return en, tgt


# -- writing -------------------------------------------------------------------------------

def po_date(stamp: str) -> str:
    """'2024-10-01T09:30:00Z' -> '2024-10-01 09:30+0000' (the PO header date form)."""
    if not stamp:
        return "1970-01-01 00:00+0000"
    return f"{stamp[:10]} {stamp[11:16]}+0000"


def header_fields(lang: str | None, stamp: str) -> list[tuple[str, str]]:
    """The header of a catalog for `lang` (None: the template), from Babel."""
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
    return fields


def _reference_lines(entry: Entry) -> list[str]:
    refs: list[str] = []
    seen: set[tuple[str, int]] = set()
    for o in entry.occurrences:
        if (o.doc, o.line) in seen or not o.doc or any(ch in o.doc for ch in "\n\r\u2068\u2069"):
            continue
        seen.add((o.doc, o.line))
        doc = f"\u2068{o.doc}\u2069" if any(ch.isspace() for ch in o.doc) else o.doc
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


def write_po(stream: TextIO, entries: Iterable[Entry], *, lang: str | None, stamp: str = "",
             comment: str = "") -> int:
    """Write a catalog for target language `lang` (None: the .pot template) to a text
    stream; `stamp` (ISO time, the termbase's newest change) dates the header, so an
    unchanged termbase gives a byte-identical file.  Returns the number of messages."""
    out: list[str] = []
    if comment:
        title = comment
    elif lang:
        from ..text.langtags import language_name

        title = f"Glossary terms, English -> {language_name(lang)} ({lang})."
    else:
        title = "Glossary terms (template)."
    out.append(f"# {title}\n# msgctxt is the entry id (\"id|N\": its N-th alias slot). The \"#.\" lines carry\n"
               "# the entry's data back on import: leave them as they are.\n")
    if lang is None:
        out.append("#, fuzzy\n")
    out.append('msgid ""\nmsgstr ""\n')
    for name, value in header_fields(lang, stamp):
        out.append(f'"{po_escape(f"{name}: {value}")}\\n"\n')
    n = 0
    esc = po_escape
    for entry in entries:
        slots = po_slots(entry, lang or SOURCE_LANG)
        if slots is None:
            continue
        en, tgt = slots
        if lang is None:
            tgt = []
        count = max(len(en), len(tgt))
        for k in range(count):
            parts = ["\n"]
            if k == 0:
                parts.append(f"#. category: {entry.category.value}\n")
                if entry.note:
                    parts.append(f"#. note: {comment_escape(entry.note)}\n")
                if len(en) > 1:
                    parts.append("#. en aliases: " + " | ".join(comment_escape(t.text) for t in en[1:]) + "\n")
            if k < len(en):
                parts.append(_term_comments(en[k], SOURCE_LANG))
            target = tgt[k] if k < len(tgt) else None
            if target is not None:
                parts.append(_term_comments(target, lang))  # type: ignore[arg-type]
                parts.append(f"#. {lang} base ({target.status.value}): {comment_escape(target.text)}\n")
            elif lang is not None:
                parts.append(f"#. {lang} base (none)\n")
            if k == 0 and entry.occurrences:
                parts.extend(_reference_lines(entry))
            if target is not None and target.status is not Status.APPROVED:
                parts.append("#, fuzzy\n")
            msgid = en[k].text if k < len(en) else en[0].text
            ctx = entry.id if k == 0 else f"{entry.id}|{k}"
            msgstr = target.text if target is not None else ""
            parts.append(f'msgctxt "{esc(ctx)}"\nmsgid "{esc(msgid)}"\nmsgstr "{esc(msgstr)}"\n')
            out.append("".join(parts))
            n += 1
    stream.write("".join(out))
    return n


def write_mo(stream: BinaryIO, entries: Iterable[Entry], *, lang: str, stamp: str = "") -> None:
    """Compile the approved translations of `lang` to a binary .mo (fuzzy ones are left
    out, as msgfmt does)."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo as babel_write_mo

    catalog = Catalog(locale=lang, project="glossary", charset="utf-8", fuzzy=False)
    catalog.mime_headers = header_fields(lang, stamp)  # type: ignore[assignment]
    for entry in entries:
        slots = po_slots(entry, lang)
        if slots is None:
            continue
        en, tgt = slots
        for k, target in enumerate(tgt):
            if target.status is Status.APPROVED:
                msgid = en[k].text if k < len(en) else en[0].text
                catalog.add(msgid, target.text, context=make_context(entry.id, k))
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


@dataclass
class PoCatalog:
    header: dict[str, str]
    messages: list[PoMessage]

    @property
    def language(self) -> str:
        return self.header.get("Language", "").strip()


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
    start = 0

    def fail(msg: str, line: int) -> FormatError:
        return FormatError(msg, path=path, line=line)

    def finish(at: int) -> None:
        nonlocal fields, field_lines, last, fuzzy, extracted, refs, header
        if not fields:
            if fuzzy or extracted or refs:  # trailing comments: allowed, ignored
                fuzzy, extracted, refs = False, [], []
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
        else:
            key = (ctx, msgid)
            if key in seen:
                raise fail(f"duplicate message (first at line {seen[key]})", field_lines["msgid"])
            seen[key] = field_lines["msgid"]
            messages.append(PoMessage(msgid, msgstr, ctx, field_lines["msgid"], fuzzy, extracted, refs, plural))
        fields, field_lines, last, fuzzy, extracted, refs = {}, {}, None, False, [], []

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
            if not fields and not (fuzzy or extracted or refs):
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
            continue
        if stripped.startswith('"'):
            if last is None:
                raise fail("string continuation without a keyword", lineno)
            m = PO_STRING.match(stripped)
            if not m:
                raise fail("unterminated or malformed string", lineno)
            fields[last].append(po_unescape(m.group(1), path=path, line=lineno))
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
    if fields and not any(k.startswith("msgstr") for k in fields):
        raise fail("unexpected end of file: msgid without msgstr", field_lines.get("msgid", lineno))
    finish(lineno)
    _check_charset(header or {}, path)
    return PoCatalog(header or {}, messages)


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
    """What the `#.` comments of one message say."""

    category: str | None = None
    note: str | None = None
    terms: dict[str, tuple[Role, Status]] = field(default_factory=dict)  # lang -> role, status
    readings: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    # lang -> the target value the message was exported with: (text, status), or None when
    # the slot had no term; a language without a base line is missing (a two-way merge).
    base: dict[str, tuple[str, Status] | None] = field(default_factory=dict)


def slot_info(msg: PoMessage) -> SlotInfo:
    info = SlotInfo()
    for line in msg.extracted:
        if m := TERM_LINE.match(line):
            info.terms[m.group("lang")] = (Role(m.group("role")), Status(m.group("status")))
        elif m := TERM_FIELD_LINE.match(line):
            target = info.readings if m.group("field") == "reading" else info.evidence
            target[m.group("lang")] = comment_unescape(m.group("value"))
        elif m := BASE_LINE.match(line):
            info.base[m.group("lang")] = (None if m.group("status") is None else
                                          (comment_unescape(m.group("value")), Status(m.group("status"))))
        elif m := CATEGORY_LINE.match(line):
            info.category = m.group("value").strip()
        elif m := NOTE_LINE.match(line):
            info.note = comment_unescape(m.group("value"))
    return info


def target_term(msg: PoMessage, info: SlotInfo, lang: str, slot: int, *, origin: str = "import:po") -> Term | None:
    """The target-language term a message's msgstr stands for (None when empty):
    approved unless the message is fuzzy; role from the comments, else preferred in slot 0."""
    if not msg.msgstr:
        return None
    role = info.terms[lang][0] if lang in info.terms else (Role.PREFERRED if slot == 0 else Role.ALIAS)
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
    """A complete entry from its messages (an entry the termbase does not have yet)."""
    category = Category.OTHER
    note = ""
    en_terms: list[Term] = []
    tgt_terms: list[Term] = []
    occurrences: list[Occurrence] = []
    for slot, msg in sorted(messages, key=lambda sm: sm[0]):
        info = slot_info(msg)
        if slot == 0:
            if info.category in Category._value2member_map_:
                category = Category(info.category)
            note = info.note or ""
            occurrences = [Occurrence(doc, line, 0) for doc, line in msg.references]
        if SOURCE_LANG in info.terms or slot == 0:
            role, status = info.terms.get(SOURCE_LANG, (Role.PREFERRED, Status.APPROVED))
            en_terms.append(Term(SOURCE_LANG, msg.msgid, role, status, "import:po", 1.0,
                                 info.evidence.get(SOURCE_LANG, ""), info.readings.get(SOURCE_LANG, "")))
        t = target_term(msg, info, lang, slot)
        if t is not None:
            tgt_terms.append(t)
    return Entry(entry_id, category, note, tuple(en_terms + tgt_terms), tuple(occurrences))


def read_po(stream: BinaryIO | TextIO, *, lang: str | None = None, path: str | None = None) -> list[Entry]:
    """Entries from a catalog (language from its header unless `lang` is given)."""
    catalog = parse_po(stream, path=path)
    lang = lang or catalog.language.split("_")[0].split("-")[0].lower()
    if not lang:
        raise FormatError("the catalog has no Language header", path=path)
    groups, _stray = group_messages(catalog)
    return [entry_from_messages(entry_id, msgs, lang) for entry_id, msgs in groups.items()]
