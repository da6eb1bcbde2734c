"""TBX: TBX-Basic in TBX v3 (ISO 30042:2019, DCA style) out; TBX v3 and TBX 2 (martif) in.

One concept per entry, every language in it; only TBX-Basic data categories, so the
file validates against the TBX-Basic RNG and DCA Schematron (tests/data/tbx-basic/):

    <conceptEntry id="ishiba-shigeru">           ids that are no XML id ("2024-election")
      <transacGrp>                                get a "_" prefix, removed again on import
        <transac type="transactionType">origination</transac>
        <date>2024-10-01T09:30:00Z</date>
        <transacNote type="responsibility">editor-kim</transacNote>
      </transacGrp>                               (and a "modification" group: updated_at/by)
      <descrip type="subjectField">domestic politics</descrip>   the domain, when known
      <note>category: person</note>               the kind of thing (subjectField is the domain)
      <note>translate: no</note>                  only for a name kept as it is
      <note>Mayor of the city from 2021.</note>
      <langSec xml:lang="ja">
        <descrip type="definition">...</descrip>   the definition in this language
        <termSec>
          <term>田中花子</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="termType">fullForm</termNote>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          <descrip type="context">...</descrip>
          <admin type="source">footnote:10</admin>
          <note>status: suggested</note>
          <note>confidence: 0.9</note>
          <note>reading: いしば しげる</note>
        </termSec>

Roles and statuses as TBX-Basic knows them: `preferredTerm` only for an approved
preferred term; `admittedTerm` for approved aliases and abbreviations and for every
suggestion (which also carries `<note>status: suggested</note>`, its origin and
confidence); `deprecatedTerm` for deprecated terms; rejected terms are never written.
termType tells the role (preferred = fullForm, alias = variant, abbreviation =
abbreviation).  What TBX-Basic has no category for (review status, confidence, reading,
evidence, the category, the translate flag) goes into `<note>`s with a fixed prefix, so
the file stays valid and comes back losslessly.  A concept with no term to write (none in
the languages asked for, or only rejected ones) is left out: TBX has no empty concepts.
Occurrences and revisions are not part of a TBX export (JSON is the lossless dump).

`version=2` writes martif (TBX 2), which translate-toolkit and so Weblate read.  With a
language pair (`langs` = en and one target) it is the per-language glossary those tools
expect: each English *slot* (formats/pairs.py) with its approved same-role target becomes
one termEntry (slot 0 keeps the entry id, slot N is `ID.SN`, mapped back on import), since
Weblate pairs every source form of a termEntry with every target form; only approved terms
are written; a deprecated target follows the approved one as `deprecatedTerm-admn-sts`
(Weblate's "forbidden"); an entry that is not translated carries `<descrip type="Translation
needed">no</descrip>` (translate-toolkit's and Weblate's read-only mark) and no target.

Reading is done with defusedxml: a document that declares entities (billion laughs) or
references external ones (XXE) is refused before anything is expanded or fetched.  A
DOCTYPE without entity declarations is accepted, because translate-toolkit and Weblate
write one in every TBX 2 file.  Besides our own notes, the reader keeps what third-party
TBX-Basic carries: definitions (concept or language level), context sentences, part of
speech, subject field, notes, and the transaction dates and authors (origination and
modification).
"""
from __future__ import annotations

import re
from typing import BinaryIO, Iterable, TextIO

from ..errors import FormatError
from ..model import CATEGORIES, CORE_LANGS, Category, Entry, Role, Status, Term
from .pairs import SOURCE_LANG, deprecated as deprecated_terms, translation_pairs

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: the namespaces a TBX root may be in: none (TBX 2 / martif, older TBX-Basic) or ISO 30042:2019's
TBX_NAMESPACES = ("", TBX3_NS)

_TERM_TYPE = {Role.PREFERRED: "fullForm", Role.ALIAS: "variant", Role.ABBREVIATION: "abbreviation",
              Role.DEPRECATED: "variant"}
PREFERRED, ADMITTED, DEPRECATED = "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"
_ABBREVIATION_TYPES = frozenset({"abbreviation", "acronym", "shortform", "initialism", "clippedterm"})
#: partOfSpeech values TBX-Basic allows (DCA Schematron); another value goes into a note
PARTS_OF_SPEECH = frozenset({"adjective", "noun", "other", "verb", "adverb"})
#: the concept id prefix for an entry id that is no XML id (NCName): one starting with a digit
ID_PREFIX = "_"
#: the termEntry id of English slot N of an entry in a per-language TBX 2 (upper case: no entry id has it)
SLOT_ID = re.compile(r"^(?P<id>.+)\.S(?P<slot>[1-9][0-9]*)\Z")
# An XML id (NCName), ASCII part: what a concept id must be.
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*\Z")

# Characters XML 1.0 cannot hold at all (not even as character references).
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Characters to write as references: markup, and CR (a parser turns a raw CR into LF).
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_XML_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                           "\n": "&#10;", "\t": "&#9;"})
# Our term-level notes: "status: suggested", "confidence: 0.9", "reading: ...", "evidence: ...",
# "part of speech: ..." (a value TBX-Basic's partOfSpeech does not allow).
TERM_NOTE = re.compile(r"^(?P<field>status|confidence|reading|evidence|part of speech): (?P<value>.*)\Z", re.S)
# Our concept-level notes: "category: person", "translate: no".
CONCEPT_NOTE = re.compile(r"^(?P<field>category|translate): (?P<value>[a-z]+)\Z")
# A TBX date: xsd:date or xsd:dateTime (with or without seconds, fraction, zone).
TBX_DATE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d)(?:T(?P<time>\d\d:\d\d(?::\d\d)?)(?:\.\d+)?"
                      r"(?P<zone>Z|[+-]\d\d:\d\d)?)?\Z")
# The stored form of a time (store/sqlite.py now()).
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")


def _text(value: str, where: str) -> str:
    if XML_ILLEGAL.search(value):
        raise FormatError(f"{where}: contains a character XML cannot hold "
                          f"(U+{ord(XML_ILLEGAL.search(value).group()):04X})")  # type: ignore[union-attr]
    return value.translate(_XML_TEXT)


def _attr(value: str, where: str) -> str:
    if XML_ILLEGAL.search(value):
        raise FormatError(f"{where}: contains a character XML cannot hold")
    return value.translate(_XML_ATTR)


def _lang_order(lang: str) -> tuple[int, str]:
    return (CORE_LANGS.index(lang) if lang in CORE_LANGS else len(CORE_LANGS), lang)


def concept_id(entry_id: str) -> str:
    """The XML id (NCName) of an entry's concept: its id, with ID_PREFIX when the id is
    no XML id as it is (one starting with a digit); entry_id() reverses it."""
    cid = entry_id if NCNAME.match(entry_id) else ID_PREFIX + entry_id
    if not NCNAME.match(cid):
        raise FormatError(f"entry {entry_id!r}: its id cannot be written as an XML id")
    return cid


def entry_id(cid: str) -> str:
    """The entry id of a concept id written by concept_id() (or another tool's id as it is)."""
    if cid.startswith(ID_PREFIX) and cid[len(ID_PREFIX):len(ID_PREFIX) + 1].isdigit():
        return cid[len(ID_PREFIX):]
    return cid


def admin_status(t: Term) -> str:
    """The TBX-Basic administrativeStatus of a term that is written (never a rejected one)."""
    if t.role is Role.DEPRECATED:
        return DEPRECATED
    if t.role is Role.PREFERRED and t.status is Status.APPROVED:
        return PREFERRED
    return ADMITTED


class _Names:
    """The element names of TBX v3 and of TBX 2 (martif)."""

    def __init__(self, version: int) -> None:
        if version == 3:
            self.concept, self.lang_sec, self.term_sec = "conceptEntry", "langSec", "termSec"
        else:
            self.concept, self.lang_sec, self.term_sec = "termEntry", "langSet", "tig"


def _head(version: int, martif_type: str = "TBX-Basic") -> str:
    if version == 3:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="{TBX3_NS}">\n'
                "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n"
                "        <p>glossary termbase export</p>\n"
                "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<martif type="{martif_type}" xml:lang="en">\n'
            "  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n"
            "        <p>glossary termbase export</p>\n"
            "      </sourceDesc>\n    </fileDesc>\n  </martifHeader>\n  <text>\n    <body>\n")


def _transacs(e: Entry, where: str, indent: str) -> list[str]:
    """transacGrps: origination (created_at, created_by) and modification (updated_at, updated_by)."""
    out = []
    for kind, at, who in (("origination", e.created_at, e.created_by), ("modification", e.updated_at, e.updated_by)):
        date = at if TBX_DATE.match(at) else ""
        if not date and not who:
            continue
        out.append(f"{indent}<transacGrp>\n{indent}  <transac type=\"transactionType\">{kind}</transac>\n")
        if date:
            out.append(f"{indent}  <date>{date}</date>\n")
        if who:
            out.append(f'{indent}  <transacNote type="responsibility">{_text(who, where)}</transacNote>\n')
        out.append(f"{indent}</transacGrp>\n")
    return out


def _concept_head(e: Entry, where: str, *, languages: set[str], keep: Iterable[str] | None) -> list[str]:
    """transacGrps, subject field, our concept notes, the note, and the definitions of
    languages that get no langSec (with their xml:lang; of the languages in `keep` only)."""
    ind = "        "
    parts = _transacs(e, where, ind)
    if e.subject:
        parts.append(f'{ind}<descrip type="subjectField">{_text(e.subject, where)}</descrip>\n')
    for lang, text in e.definitions:
        if lang not in languages and (keep is None or lang in keep):
            parts.append(f'{ind}<descrip type="definition" xml:lang="{_attr(lang, where)}">'
                         f"{_text(text, where)}</descrip>\n")
    parts.append(f"{ind}<note>category: {e.category.value}</note>\n")
    if not e.translate:
        parts.append(f"{ind}<note>translate: no</note>\n")
    if e.note:
        parts.append(f"{ind}<note>{_text(e.note, where)}</note>\n")
    return parts


def _term_sec(t: Term, names: _Names, where: str, *, notes: bool = True) -> str:
    ind = "            "
    parts = [f"          <{names.term_sec}>\n{ind}<term>{_text(t.text, where)}</term>\n"]
    if t.part_of_speech in PARTS_OF_SPEECH:
        parts.append(f'{ind}<termNote type="partOfSpeech">{t.part_of_speech}</termNote>\n')
    parts.append(f'{ind}<termNote type="termType">{_TERM_TYPE[t.role]}</termNote>\n'
                 f'{ind}<termNote type="administrativeStatus">{admin_status(t)}</termNote>\n')
    if t.context:
        parts.append(f'{ind}<descrip type="context">{_text(t.context, where)}</descrip>\n')
    if notes:
        if t.origin:
            parts.append(f'{ind}<admin type="source">{_text(t.origin, where)}</admin>\n')
        if t.status is not Status.APPROVED:
            parts.append(f"{ind}<note>status: {t.status.value}</note>\n")
        if t.confidence != 1.0:
            parts.append(f"{ind}<note>confidence: {round(t.confidence, 4)!r}</note>\n")
        if t.reading:
            parts.append(f"{ind}<note>reading: {_text(t.reading, where)}</note>\n")
        if t.evidence:
            parts.append(f"{ind}<note>evidence: {_text(t.evidence, where)}</note>\n")
        if t.part_of_speech and t.part_of_speech not in PARTS_OF_SPEECH:
            parts.append(f"{ind}<note>part of speech: {_text(t.part_of_speech, where)}</note>\n")
    parts.append(f"          </{names.term_sec}>\n")
    return "".join(parts)


def _lang_sec(e: Entry, lang: str, terms: list[Term], names: _Names, where: str, *, notes: bool = True,
              definition: bool = True) -> str:
    parts = [f'        <{names.lang_sec} xml:lang="{_attr(lang, where)}">\n']
    definition = definition and e.definition(lang)
    if definition:
        parts.append(f'          <descrip type="definition">{_text(definition, where)}</descrip>\n')
    parts.extend(_term_sec(t, names, where, notes=notes) for t in terms)
    parts.append(f"        </{names.lang_sec}>\n")
    return "".join(parts)


def write_tbx(stream: TextIO, entries: Iterable[Entry], *, langs: Iterable[str] | None = None,
              version: int = 3, deprecated: bool = True) -> int:
    """Write entries as TBX-Basic (v3, or v2 martif) to a text stream; `langs` limits
    the languages written.  With version 2 and a language pair (en + one target) the
    file is the per-language glossary translate-toolkit and Weblate read (module
    docstring).  `deprecated` False leaves deprecated terms out: OmegaT's TBX reader
    pairs every English term of an entry with every target term, whatever its
    administrativeStatus, so for OmegaT a deprecated term in the file is a translation
    (tests/test_omegat_real.py).  Returns the number of concepts written."""
    if version not in (2, 3):
        raise FormatError(f"unsupported TBX version {version} (2 or 3)")
    keep = tuple(dict.fromkeys(langs)) if langs is not None else None
    if version == 2 and keep is not None and len(keep) == 2 and keep[0] == SOURCE_LANG:
        return _write_pair(stream, entries, keep[1], deprecated=deprecated)
    names = _Names(version)
    out = [_head(version)]
    n = 0
    for e in entries:
        where = f"entry {e.id}"
        by_lang: dict[str, list[Term]] = {}
        for t in e.terms:
            if t.status is not Status.REJECTED and (keep is None or t.lang in keep) \
                    and (deprecated or t.role is not Role.DEPRECATED):
                by_lang.setdefault(t.lang, []).append(t)
        if not by_lang:
            continue   # TBX has no empty concepts
        parts = [f'      <{names.concept} id="{concept_id(e.id)}">\n']
        parts += _concept_head(e, where, languages=set(by_lang), keep=keep)
        for lang in sorted(by_lang, key=_lang_order):
            parts.append(_lang_sec(e, lang, by_lang[lang], names, where))
        parts.append(f"      </{names.concept}>\n")
        out.append("".join(parts))
        n += 1
    out.append("    </body>\n  </text>\n" + ("</tbx>\n" if version == 3 else "</martif>\n"))
    stream.write("".join(out))
    return n


def glossary_pairs(entry: Entry, lang: str) -> list[tuple[int, Term, Term | None]]:
    """What a per-language glossary (TBX 2 for translate-toolkit and Weblate) serves of an
    entry: (slot, English term, target) for slot 0 (target None when the entry has no
    approved target of its role) and for every other slot whose same-role target is
    approved; English terms and targets are approved ones only.  [] for an entry without
    an approved English term, and slot 0 alone (no target) for one that is not translated."""
    out: list[tuple[int, Term, Term | None]] = []
    for p in translation_pairs(entry, lang):
        if p.source.status is not Status.APPROVED:
            continue
        target = p.target if p.target is not None and p.target.status is Status.APPROVED else None
        if not entry.translate:
            return [(p.slot, p.source, None)] if p.slot == 0 else []
        if target is not None or p.slot == 0:
            out.append((p.slot, p.source, target))
    return out


def _write_pair(stream: TextIO, entries: Iterable[Entry], lang: str, *, deprecated: bool = True) -> int:
    names = _Names(2)
    entries = list(entries)
    out = [_head(2, "TBX-Basic" if all(e.translate for e in entries) else "TBX")]
    n = 0
    for e in entries:
        where = f"entry {e.id}"
        for slot, source, target in glossary_pairs(e, lang):
            cid = concept_id(e.id) + (f".S{slot}" if slot else "")
            parts = [f'      <termEntry id="{cid}">\n']
            if slot == 0:
                parts += _concept_head(e, where, languages={SOURCE_LANG, lang}, keep=())
                if not e.translate:
                    parts.append('        <descrip type="Translation needed">no</descrip>\n')
            else:
                parts.append(f"        <note>category: {e.category.value}</note>\n")
            parts.append(_lang_sec(e, SOURCE_LANG, [source], names, where, notes=False, definition=slot == 0))
            if target is not None:
                forms = [target]
                if slot == 0 and deprecated:   # forms not to use, after the one to use (Weblate: forbidden)
                    forms += [t for t in deprecated_terms(e, lang) if t.status is Status.APPROVED]
                parts.append(_lang_sec(e, lang, forms, names, where, notes=False, definition=slot == 0))
            parts.append("      </termEntry>\n")
            out.append("".join(parts))
            n += 1
    out.append("    </body>\n  </text>\n</martif>\n")
    stream.write("".join(out))
    return n


# -- reading -------------------------------------------------------------------------------

def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _all_text(el) -> str:
    return "".join(el.itertext())


# A line break with the indentation after it: how a pretty-printed file lays out prose in
# a <descrip>; read as one space.
LAYOUT_BREAK = re.compile(r"[ \t]*\n[ \t]+")


def _prose(text: str) -> str:
    """A definition, context sentence or subject field as written, without the layout of a
    pretty-printed file (a line break followed by indentation is one space)."""
    return LAYOUT_BREAK.sub(" ", text).strip()


def parse_xml(stream: BinaryIO, *, path: str | None = None):
    """The root element of an XML document, parsed safely (no entities, nothing external)."""
    from xml.etree.ElementTree import ParseError

    import defusedxml
    from defusedxml import ElementTree as SafeET

    try:
        return SafeET.parse(stream, forbid_dtd=False, forbid_entities=True, forbid_external=True).getroot()
    except defusedxml.EntitiesForbidden as exc:
        raise FormatError(f"refused: the document declares entities ({exc.name!r}); entity expansion "
                          "and external entities are not allowed", path=path) from None
    except defusedxml.ExternalReferenceForbidden:
        raise FormatError("refused: the document references an external resource", path=path) from None
    except defusedxml.DefusedXmlException as exc:
        raise FormatError(f"refused: {exc}", path=path) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise FormatError(f"not well-formed XML ({exc.msg if hasattr(exc, 'msg') else exc})", path=path,
                          line=line) from None


def read_tbx(stream: BinaryIO, *, path: str | None = None) -> list[Entry]:
    """Entries from a TBX v3 (<tbx>, conceptEntry/langSec/termSec) or TBX 2 (<martif>,
    termEntry/langSet/tig|ntig) document.  Entries without an id get id "" (the importer
    assigns one); a concept id of our export is mapped back to the entry id (a "_" before
    a digit removed; the `.SN` of a per-language file's slot N removed, so the slot's
    terms join their entry)."""
    root = parse_xml(stream, path=path)
    kind = _local(root.tag)
    if kind not in ("tbx", "martif"):
        raise FormatError(f"not a TBX document (root element <{kind}>)", path=path)
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    if namespace not in TBX_NAMESPACES:
        raise FormatError(f"not a TBX document: its root <{kind}> is in the namespace {namespace!r} "
                          f"(TBX uses {TBX_NAMESPACES[1]!r}, or none for TBX 2)", path=path)
    doc_lang = (root.get(XML_LANG) or "en").strip() or "en"
    # glossary's exports before issue 13 wrote the category as the subjectField
    legacy = not any(_local(n.tag) == "note" and CONCEPT_NOTE.match(_all_text(n) or "")
                     for c in root.iter() if _local(c.tag) in ("conceptEntry", "termEntry") for n in c) and any(
        "glossary termbase export" in _all_text(p) for p in root.iter() if _local(p.tag) == "p")
    entries: list[Entry] = []
    for concept in root.iter():
        if _local(concept.tag) in ("conceptEntry", "termEntry"):
            entries.append(_concept(concept, doc_lang, legacy))
    return entries


def tbx_stamp(value: str) -> str:
    """A TBX date (xsd:date or xsd:dateTime) in the stored form '2024-10-01T09:30:00Z'
    (UTC; a date alone is midnight; a time without zone is taken as UTC); "" when it is
    not one."""
    m = TBX_DATE.match(value.strip())
    if not m:
        return ""
    if not m.group("time"):
        return f"{m.group('date')}T00:00:00Z"
    from datetime import datetime, timezone

    time = m.group("time") + (":00" if len(m.group("time")) == 5 else "")
    zone = m.group("zone") or "Z"
    try:
        moment = datetime.fromisoformat(f"{m.group('date')}T{time}{'+00:00' if zone == 'Z' else zone}")
    except ValueError:
        return ""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _transactions(holder, found: list[tuple[str, str, str, int]], depth: int) -> None:
    """Collect (kind, stamp, responsibility, depth) of the transacGrps in `holder`, its
    langSecs and termSecs (depth 0, 1, 2)."""
    for child in holder:
        name = _local(child.tag)
        if name == "transacGrp":
            kind = stamp = who = ""
            for el in child:
                part = _local(el.tag)
                if part == "transac":
                    kind = _all_text(el).strip().lower()
                elif part == "date":
                    stamp = tbx_stamp(_all_text(el))
                elif part == "transacNote" and el.get("type", "responsibility") == "responsibility":
                    who = " ".join(_all_text(el).split())
            if kind in ("origination", "modification"):
                found.append((kind, stamp, who, depth))
        elif name in ("langSec", "langSet", "termSec", "tig", "ntig", "termGrp"):
            _transactions(child, found, depth + (name != "termGrp"))


def _history(concept) -> tuple[str, str, str, str]:
    """(created_at, created_by, updated_at, updated_by) from a concept's transactions: the
    concept's own, else the earliest origination and latest modification of its parts."""
    found: list[tuple[str, str, str, int]] = []
    _transactions(concept, found, 0)
    own = [f for f in found if f[3] == 0] or found

    def pick(kind: str, latest: bool) -> tuple[str, str]:
        cands = [f for f in own if f[0] == kind]
        if not cands:
            return "", ""
        dated = [f for f in cands if f[1]]
        chosen = (max if latest else min)(dated, key=lambda f: f[1]) if dated else cands[0]
        return chosen[1], chosen[2]
    created_at, created_by = pick("origination", False)
    updated_at, updated_by = pick("modification", True)
    if not updated_at and created_at:
        updated_at, updated_by = created_at, updated_by or created_by
    return created_at, created_by, updated_at, updated_by


def _descrips(holder) -> list[tuple[str, str, str]]:
    """(type, text, xml:lang) of the descrips of `holder`, bare or in a descripGrp."""
    out = []
    for child in holder:
        name = _local(child.tag)
        d = child if name == "descrip" else (
            next((c for c in child if _local(c.tag) == "descrip"), None) if name == "descripGrp" else None)
        if d is not None:
            out.append((d.get("type", ""), _all_text(d), d.get(XML_LANG) or ""))
    return out


def _concept(concept, doc_lang: str, legacy: bool) -> Entry:
    category = Category.OTHER
    translate = True
    subject = ""
    notes: list[str] = []
    definitions: dict[str, str] = {}
    terms: list[Term] = []
    for kind, value, lang in _descrips(concept):
        kind = kind.strip()
        value = _prose(value)
        if kind == "subjectField" and value:
            if legacy and value in CATEGORIES:
                category = Category(value)
            else:
                subject = " ".join(value.split())
        elif kind == "definition" and value:
            code = lang or doc_lang
            definitions[code] = (definitions[code] + "\n" + value) if code in definitions else value
        elif kind.lower() == "translation needed":
            translate = value.strip().lower() != "no"
    ours: set[str] = set()   # our concept notes come first, once each; a later one is the user's note
    for child in concept:
        name = _local(child.tag)
        if name == "note":
            text = _all_text(child)
            m = CONCEPT_NOTE.match(text)
            field = m.group("field") if m and m.group("field") not in ours and not notes else ""
            if field == "category" and m.group("value") in CATEGORIES:  # type: ignore[union-attr]
                category = Category(m.group("value"))  # type: ignore[union-attr]
                ours.add(field)
            elif field == "translate" and m.group("value") in ("yes", "no"):  # type: ignore[union-attr]
                translate = m.group("value") == "yes"  # type: ignore[union-attr]
                ours.add(field)
            elif text:
                notes.append(text)
        elif name in ("langSec", "langSet"):
            lang = child.get(XML_LANG) or child.get("lang") or ""
            for kind, value, _lang in _descrips(child):
                value = _prose(value)
                if kind.strip() == "definition" and value:
                    definitions[lang] = (definitions[lang] + "\n" + value) if lang in definitions else value
            terms.extend(_language(child, lang))
    created_at, created_by, updated_at, updated_by = _history(concept)
    cid = concept.get("id", "") or ""
    m = SLOT_ID.match(cid)
    return Entry(entry_id(m.group("id") if m else cid), category, "\n".join(notes), tuple(terms),
                 created_at=created_at, updated_at=updated_at, definitions=definitions, subject=subject,
                 translate=translate, created_by=created_by, updated_by=updated_by)


def _language(lang_sec, lang: str) -> list[Term]:
    terms: list[Term] = []
    for holder in lang_sec:
        name = _local(holder.tag)
        if name in ("termSec", "tig"):
            t = _term(holder, holder, lang, first=not terms)
        elif name == "ntig":
            group = next((c for c in holder if _local(c.tag) == "termGrp"), holder)
            t = _term(group, holder, lang, first=not terms)
        else:
            continue
        if t is not None:
            terms.append(t)
    return terms


def _term(group, holder, lang: str, *, first: bool) -> Term | None:
    text = None
    term_type = admin = ""
    origin = ""
    status: Status | None = None
    confidence = 1.0
    reading = context = part_of_speech = ""
    evidence: list[str] = []
    for el in list(group) + ([c for c in holder if c is not group] if group is not holder else []):
        name = _local(el.tag)
        if name == "termGrp":
            continue
        if name == "term":
            text = _all_text(el)
        elif name == "termNote":
            kind = el.get("type", "")
            if kind == "termType":
                term_type = _all_text(el).strip()
            elif kind == "administrativeStatus":
                admin = _all_text(el).strip()
            elif kind == "partOfSpeech":
                part_of_speech = _all_text(el).strip()
        elif name in ("descrip", "descripGrp"):
            for kind, value, _lang in _descrips([el]):
                value = _prose(value)
                if kind.strip() == "context" and value:
                    context = (context + "\n" + value) if context else value
        elif name == "admin" and el.get("type") == "source":
            origin = _all_text(el)
        elif name == "note":
            value = _all_text(el)
            m = TERM_NOTE.match(value)
            field = m.group("field") if m else ""
            if field == "status" and m.group("value") in ("approved", "suggested", "rejected"):  # type: ignore[union-attr]
                status = Status(m.group("value"))  # type: ignore[union-attr]
            elif field == "confidence":
                try:
                    confidence = float(m.group("value"))  # type: ignore[union-attr]
                except ValueError:
                    evidence.append(value)
            elif field == "reading":
                reading = m.group("value")  # type: ignore[union-attr]
            elif field == "evidence":
                evidence.append(m.group("value"))  # type: ignore[union-attr]
            elif field == "part of speech":
                part_of_speech = m.group("value")  # type: ignore[union-attr]
            elif value.strip():
                evidence.append(value.strip())
    if text is None:
        return None
    sts = admin.lower().replace("-admn-sts", "").replace("termadmnsts", "").replace("term", "")
    tt = term_type.replace("-", "").lower()
    if sts in ("deprecated", "superseded", "forbidden", "obsolete"):
        role = Role.DEPRECATED
    elif sts == "preferred" or (status is Status.SUGGESTED and tt == "fullform"):
        role = Role.PREFERRED   # (our suggestions of a preferred term are written admittedTerm + fullForm)
    elif tt in _ABBREVIATION_TYPES:
        role = Role.ABBREVIATION
    elif sts == "admitted" or tt:
        role = Role.ALIAS if not (tt == "fullform" and not sts) else Role.PREFERRED
    else:
        role = Role.PREFERRED if first else Role.ALIAS
    return Term(lang, text, role, status or Status.APPROVED, origin or "import:tbx", confidence,
                " / ".join(evidence), reading, context, part_of_speech)
