"""TBX: TBX-Basic in TBX v3 (ISO 30042:2019, DCA style) out; TBX v3 and TBX 2 (martif) in.

One concept per entry, every language in it:

    <conceptEntry id="ishiba-shigeru">
      <descrip type="subjectField">person</descrip>
      <note>Prime Minister of Japan from October 2024.</note>
      <langSec xml:lang="ja">
        <termSec>
          <term>山田太郎</term>
          <termNote type="termType">fullForm</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <admin type="source">footnote:10</admin>
          <note>status: suggested</note>
          <note>confidence: 0.9</note>
          <note>reading: いしば しげる</note>
        </termSec>
      ...

Only TBX-Basic data categories are used.  Our role maps onto termType and
administrativeStatus (preferred = fullForm + preferredTerm, alias = variant +
admittedTerm, abbreviation = abbreviation + admittedTerm, deprecated = deprecatedTerm);
what TBX-Basic has no category for (review status, confidence, reading, evidence) goes
into term-level `<note>`s with a fixed prefix, so the file stays valid TBX-Basic and
comes back losslessly.  Occurrences and revisions are not part of a TBX export (JSON
is the lossless dump).  `version=2` writes the older martif form that translate-toolkit
(and so Weblate) reads.

Reading is done with defusedxml: a document that declares entities (billion laughs) or
references external ones (XXE) is refused before anything is expanded or fetched.  A
DOCTYPE without entity declarations is accepted, because translate-toolkit and Weblate
write one in every TBX 2 file.
"""
from __future__ import annotations

import re
from typing import BinaryIO, Iterable, TextIO

from ..errors import FormatError
from ..model import CATEGORIES, CORE_LANGS, Category, Entry, Role, Status, Term

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: the namespaces a TBX root may be in: none (TBX 2 / martif, older TBX-Basic) or ISO 30042:2019's
TBX_NAMESPACES = ("", TBX3_NS)

_ROLE_TO_TBX = {  # role -> (termType, administrativeStatus)
    Role.PREFERRED: ("fullForm", "preferredTerm-admn-sts"),
    Role.ALIAS: ("variant", "admittedTerm-admn-sts"),
    Role.ABBREVIATION: ("abbreviation", "admittedTerm-admn-sts"),
    Role.DEPRECATED: ("variant", "deprecatedTerm-admn-sts"),
}
_ABBREVIATION_TYPES = frozenset({"abbreviation", "acronym", "shortform", "initialism", "clippedterm"})

# Characters XML 1.0 cannot hold at all (not even as character references).
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Characters to write as references: markup, and CR (a parser turns a raw CR into LF).
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_XML_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                           "\n": "&#10;", "\t": "&#9;"})
# Our term-level notes: "status: suggested", "confidence: 0.9", "reading: ...", "evidence: ...".
TERM_NOTE = re.compile(r"^(?P<field>status|confidence|reading|evidence): (?P<value>.*)\Z", re.S)


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


def write_tbx(stream: TextIO, entries: Iterable[Entry], *, langs: Iterable[str] | None = None,
              version: int = 3) -> int:
    """Write entries as TBX-Basic (v3, or v2 martif) to a text stream; `langs` limits
    the languages written.  Returns the number of concepts written."""
    if version not in (2, 3):
        raise FormatError(f"unsupported TBX version {version} (2 or 3)")
    keep = set(langs) if langs is not None else None
    if version == 3:
        concept, lang_sec, term_sec = "conceptEntry", "langSec", "termSec"
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="{TBX3_NS}">\n'
               "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n"
               "        <p>glossary termbase export</p>\n"
               "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n"]
    else:
        concept, lang_sec, term_sec = "termEntry", "langSet", "tig"
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
               '<martif type="TBX-Basic" xml:lang="en">\n'
               "  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n"
               "        <p>glossary termbase export</p>\n"
               "      </sourceDesc>\n    </fileDesc>\n  </martifHeader>\n  <text>\n    <body>\n"]
    n = 0
    for e in entries:
        where = f"entry {e.id}"
        parts = [f'      <{concept} id="{_attr(e.id, where)}">\n',
                 f'        <descrip type="subjectField">{e.category.value}</descrip>\n']
        if e.note:
            parts.append(f"        <note>{_text(e.note, where)}</note>\n")
        by_lang: dict[str, list[Term]] = {}
        for t in e.terms:
            if keep is None or t.lang in keep:
                by_lang.setdefault(t.lang, []).append(t)
        for lang in sorted(by_lang, key=_lang_order):
            parts.append(f'        <{lang_sec} xml:lang="{_attr(lang, where)}">\n')
            for t in by_lang[lang]:
                term_type, admin_status = _ROLE_TO_TBX[t.role]
                parts.append(f"          <{term_sec}>\n"
                             f"            <term>{_text(t.text, where)}</term>\n"
                             f'            <termNote type="termType">{term_type}</termNote>\n'
                             f'            <termNote type="administrativeStatus">{admin_status}</termNote>\n')
                if t.origin:
                    parts.append(f'            <admin type="source">{_text(t.origin, where)}</admin>\n')
                parts.append(f"            <note>status: {t.status.value}</note>\n")
                if t.confidence != 1.0:
                    parts.append(f"            <note>confidence: {round(t.confidence, 4)!r}</note>\n")
                if t.reading:
                    parts.append(f"            <note>reading: {_text(t.reading, where)}</note>\n")
                if t.evidence:
                    parts.append(f"            <note>evidence: {_text(t.evidence, where)}</note>\n")
                parts.append(f"          </{term_sec}>\n")
            parts.append(f"        </{lang_sec}>\n")
        parts.append(f"      </{concept}>\n")
        out.append("".join(parts))
        n += 1
    out.append("    </body>\n  </text>\n" + ("</tbx>\n" if version == 3 else "</martif>\n"))
    stream.write("".join(out))
    return n


# -- reading -------------------------------------------------------------------------------

def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _all_text(el) -> str:
    return "".join(el.itertext())


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
    assigns one)."""
    root = parse_xml(stream, path=path)
    kind = _local(root.tag)
    if kind not in ("tbx", "martif"):
        raise FormatError(f"not a TBX document (root element <{kind}>)", path=path)
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    if namespace not in TBX_NAMESPACES:
        raise FormatError(f"not a TBX document: its root <{kind}> is in the namespace {namespace!r} "
                          f"(TBX uses {TBX_NAMESPACES[1]!r}, or none for TBX 2)", path=path)
    entries: list[Entry] = []
    for concept in root.iter():
        if _local(concept.tag) in ("conceptEntry", "termEntry"):
            entries.append(_concept(concept))
    return entries


def _concept(concept) -> Entry:
    category = Category.OTHER
    notes: list[str] = []
    definitions: list[str] = []
    terms: list[Term] = []
    for child in concept:
        name = _local(child.tag)
        if name in ("descrip", "descripGrp"):
            d = child if name == "descrip" else next((c for c in child if _local(c.tag) == "descrip"), None)
            if d is None:
                continue
            kind = d.get("type", "")
            value = _all_text(d)
            if kind == "subjectField" and value.strip() in CATEGORIES:
                category = Category(value.strip())
            elif kind == "definition" and value.strip():
                definitions.append(value)
        elif name == "note":
            notes.append(_all_text(child))
        elif name in ("langSec", "langSet"):
            lang = child.get(XML_LANG) or child.get("lang") or ""
            terms.extend(_language(child, lang))
    note = "\n".join(notes + definitions) if notes or definitions else ""
    return Entry(concept.get("id", "") or "", category, note, tuple(terms))


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
    term_type = admin_status = ""
    origin = ""
    status: Status | None = None
    confidence = 1.0
    reading = ""
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
                admin_status = _all_text(el).strip()
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
            elif value.strip():
                evidence.append(value.strip())
    if text is None:
        return None
    sts = admin_status.lower().replace("-admn-sts", "").replace("termadmnsts", "").replace("term", "")
    tt = term_type.replace("-", "").lower()
    if sts in ("deprecated", "superseded"):
        role = Role.DEPRECATED
    elif sts == "preferred":
        role = Role.PREFERRED
    elif tt in _ABBREVIATION_TYPES:
        role = Role.ABBREVIATION
    elif sts == "admitted" or tt:
        role = Role.ALIAS if not (tt == "fullform" and not sts) else Role.PREFERRED
    else:
        role = Role.PREFERRED if first else Role.ALIAS
    return Term(lang, text, role, status or Status.APPROVED, origin or "import:tbx", confidence,
                " / ".join(evidence), reading)
