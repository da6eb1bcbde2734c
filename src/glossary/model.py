"""The domain model (DESIGN.md section 3).  Immutable records and enums; no I/O here.

An Entry is a concept: one person, agreement, institution... with its terms in every
language, where it occurs, and a revision that increments on every change.

The records are small slotted classes rather than dataclasses: `dataclasses` imports
`inspect` (and generates code per class), which alone costs a quarter of a cold
`glossary lookup`.  They behave like frozen dataclasses: keyword or positional
construction, equality and hashing by fields, no assignment, and `x.replace(**changes)`
instead of `dataclasses.replace(x, ...)`.
"""
from __future__ import annotations

from enum import Enum
TYPE_CHECKING = False  # typing is not imported at run time: `glossary lookup` starts fast
if TYPE_CHECKING:
    from typing import Any, Iterable


class Category(str, Enum):
    PERSON = "person"
    AGREEMENT = "agreement"
    INSTITUTION = "institution"
    EVENT = "event"
    POLICY = "policy"
    PUBLICATION = "publication"
    PLACE = "place"
    TITLE = "title"  # the title of a cited document
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class Role(str, Enum):
    PREFERRED = "preferred"
    ALIAS = "alias"
    ABBREVIATION = "abbreviation"
    DEPRECATED = "deprecated"

    def __str__(self) -> str:
        return self.value


class Status(str, Enum):
    SUGGESTED = "suggested"
    APPROVED = "approved"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return self.value


CATEGORIES = tuple(c.value for c in Category)
ROLES = tuple(r.value for r in Role)
STATUSES = tuple(s.value for s in Status)

#: origins that mean "a person decided this"; such terms are never replaced by the machine
EDITOR_ORIGINS = ("editor",)

_set = object.__setattr__


class Record:
    """Base of the immutable model records: fields are listed in `__slots__`."""

    __slots__ = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, self._values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{self.__class__.__name__}({inner})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{self.__class__.__name__} is immutable; use .replace({name}=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{self.__class__.__name__} is immutable")

    def __reduce__(self):  # copy, deepcopy and pickle go through the constructor
        return (self.__class__, self._values())

    def replace(self, **changes: object):
        """A copy with some fields changed (as dataclasses.replace)."""
        unknown = set(changes) - set(self.__slots__)
        if unknown:
            raise TypeError(f"{self.__class__.__name__} has no field(s) {', '.join(sorted(unknown))}")
        return self.__class__(**{name: changes.get(name, getattr(self, name)) for name in self.__slots__})


def check_confidence(value: object, what: str = "confidence") -> float:
    """`value` as a confidence: a finite number from 0 to 1, or ValueError (NaN, inf,
    1e400, -0.5, "high", a bool).  The readers of exchange files and the facade call it;
    `Term()` itself refuses only NaN (a termbase made by an older version may hold other
    values, and must stay readable)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"{what} must be a number from 0 to 1, not {type(value).__name__}")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise ValueError(f"{what} must be a number from 0 to 1, not {str(value)[:40]!r}") from None
    if not 0.0 <= number <= 1.0:   # (NaN fails every comparison)
        raise ValueError(f"{what} must be a number from 0 to 1, not {str(value)[:40]}")
    return number


class Term(Record):
    """A term of one language in an entry."""

    __slots__ = ("lang", "text", "role", "status", "origin", "confidence", "evidence", "reading", "context",
                 "part_of_speech")
    lang: str
    text: str
    role: Role
    status: Status
    origin: str
    confidence: float
    evidence: str
    reading: str
    context: str   # a sentence that shows the term in use (TBX `context`), from an import or an editor
    part_of_speech: str   # as TBX-Basic names it (noun, verb, adjective, adverb, other), or ""

    def __init__(self, lang: str, text: str, role: Role | str = Role.PREFERRED,
                 status: Status | str = Status.SUGGESTED, origin: str = "text", confidence: float = 1.0,
                 evidence: str = "", reading: str = "", context: str = "", part_of_speech: str = "") -> None:
        # coerce only what needs it: terms are built by the thousand on the lookup path
        _set(self, "lang", lang)
        _set(self, "text", text)
        _set(self, "role", role if type(role) is Role else Role(role))
        _set(self, "status", status if type(status) is Status else Status(status))
        _set(self, "origin", origin)
        if type(confidence) is not float:
            confidence = float(confidence)
        if confidence != confidence:   # NaN: no termbase can hold it (SQLite stores NULL)
            raise ValueError("confidence is not a number (NaN); it is a number from 0 to 1")
        _set(self, "confidence", confidence)
        _set(self, "evidence", evidence)
        _set(self, "reading", reading)
        _set(self, "context", context)
        _set(self, "part_of_speech", part_of_speech)

    @property
    def is_editor_work(self) -> bool:
        """Approved, rejected, or typed by an editor: the machine must leave it alone."""
        return self.status is not Status.SUGGESTED or self.origin in EDITOR_ORIGINS or self.origin.startswith("import")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "role": self.role.value,
            "status": self.status.value,
            "origin": self.origin,
            "confidence": round(self.confidence, 4),
        }
        if self.evidence:
            d["evidence"] = self.evidence
        if self.reading:
            d["reading"] = self.reading
        if self.context:
            d["context"] = self.context
        if self.part_of_speech:
            d["part_of_speech"] = self.part_of_speech
        return d

    @classmethod
    def from_dict(cls, lang: str, d: dict[str, Any]) -> "Term":
        return cls(
            lang=lang,
            text=d["text"],
            role=Role(d.get("role", "preferred")),
            status=Status(d.get("status", "suggested")),
            origin=d.get("origin", "text"),
            confidence=float(d.get("confidence", 1.0)),
            evidence=d.get("evidence", "") or "",
            reading=d.get("reading", "") or "",
            context=d.get("context", "") or "",
            part_of_speech=d.get("part_of_speech", "") or "",
        )


class Occurrence(Record):
    """Where an entry occurs: document, line, column (1-based), sentence, note number."""

    __slots__ = ("doc", "line", "col", "context", "footnote")
    doc: str
    line: int
    col: int
    context: str
    footnote: int | None

    def __init__(self, doc: str, line: int, col: int, context: str = "", footnote: int | None = None) -> None:
        _set(self, "doc", doc)
        _set(self, "line", line)
        _set(self, "col", col)
        _set(self, "context", context)
        _set(self, "footnote", footnote)

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "line": self.line, "col": self.col,
                "context": self.context, "footnote": self.footnote}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Occurrence":
        return cls(doc=d["doc"], line=int(d["line"]), col=int(d["col"]),
                   context=d.get("context", "") or "", footnote=d.get("footnote"))


#: languages always present (possibly empty) in the JSON shape of an entry
CORE_LANGS = ("en", "ja", "ko")


def definitions_of(value: "Iterable[tuple[str, str]] | dict[str, str]") -> tuple[tuple[str, str], ...]:
    """Definitions as the model keeps them: (lang, text) pairs, one per language, sorted by
    language, empty texts left out."""
    items = value.items() if isinstance(value, dict) else value
    return tuple(sorted((lang, text) for lang, text in dict(items).items() if text))


class Entry(Record):
    """A concept: its category (the kind of thing), note, terms in every language,
    occurrences, revision; and what terminologists add (TBX-Basic's data categories):
    a definition per language, the subject field (the domain: "trade policy"), whether
    its name is translated at all (`translate` False: keep the English form, as Weblate's
    read-only glossary terms), and who created and last changed it."""

    __slots__ = ("id", "category", "note", "terms", "occurrences", "revision", "created_at", "updated_at",
                 "definitions", "subject", "translate", "created_by", "updated_by")
    id: str
    category: Category
    note: str
    terms: tuple[Term, ...]
    occurrences: tuple[Occurrence, ...]
    revision: int
    created_at: str
    updated_at: str
    definitions: tuple[tuple[str, str], ...]   # (lang, text), sorted by lang; see definitions_of()
    subject: str
    translate: bool
    created_by: str
    updated_by: str

    def __init__(self, id: str, category: Category | str = Category.OTHER, note: str = "",
                 terms: Iterable[Term] = (), occurrences: Iterable[Occurrence] = (), revision: int = 0,
                 created_at: str = "", updated_at: str = "",
                 definitions: "Iterable[tuple[str, str]] | dict[str, str]" = (), subject: str = "",
                 translate: bool = True, created_by: str = "", updated_by: str = "") -> None:
        _set(self, "id", id)
        _set(self, "category", category if type(category) is Category else Category(category))
        _set(self, "note", note)
        _set(self, "terms", terms if type(terms) is tuple else tuple(terms))
        _set(self, "occurrences", occurrences if type(occurrences) is tuple else tuple(occurrences))
        _set(self, "revision", revision)
        _set(self, "created_at", created_at)
        _set(self, "updated_at", updated_at)
        _set(self, "definitions", definitions if definitions == () else definitions_of(definitions))
        _set(self, "subject", subject)
        _set(self, "translate", bool(translate))
        _set(self, "created_by", created_by)
        _set(self, "updated_by", updated_by)

    def definition(self, lang: str) -> str:
        """The definition in `lang` ("" when there is none)."""
        for code, text in self.definitions:
            if code == lang:
                return text
        return ""

    # -- queries ---------------------------------------------------------------
    def terms_for(self, lang: str, *, include_rejected: bool = True) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.lang == lang
                     and (include_rejected or t.status is not Status.REJECTED))

    def preferred(self, lang: str) -> Term | None:
        """The best term of a language: approved before suggested, preferred role first."""
        cands = [t for t in self.terms if t.lang == lang and t.status is not Status.REJECTED
                 and t.role is not Role.DEPRECATED]
        if not cands:
            return None
        order = {Role.PREFERRED: 0, Role.ABBREVIATION: 1, Role.ALIAS: 2, Role.DEPRECATED: 3}
        return min(cands, key=lambda t: (t.status is not Status.APPROVED, order[t.role], -t.confidence))

    def text(self, lang: str) -> str:
        t = self.preferred(lang)
        return t.text if t else ""

    @property
    def languages(self) -> tuple[str, ...]:
        seen: list[str] = []
        for t in self.terms:
            if t.lang not in seen:
                seen.append(t.lang)
        return tuple(seen)

    def state(self, lang: str) -> str:
        """'approved', 'suggested' or 'missing' for one language."""
        live = self.terms_for(lang, include_rejected=False)
        if not live:
            return "missing"
        return "approved" if any(t.status is Status.APPROVED for t in live) else "suggested"

    # -- JSON (DESIGN.md section 4) --------------------------------------------
    def to_dict(self, *, occurrences: bool = True) -> dict[str, Any]:
        terms: dict[str, list[dict[str, Any]]] = {lang: [] for lang in CORE_LANGS}
        for t in self.terms:
            terms.setdefault(t.lang, []).append(t.to_dict())
        d: dict[str, Any] = {
            "id": self.id,
            "category": self.category.value,
            "note": self.note,
            "revision": self.revision,
            "terms": terms,
        }
        if occurrences:
            d["occurrences"] = [o.to_dict() for o in self.occurrences]
        d["created_at"] = self.created_at
        d["updated_at"] = self.updated_at
        d.update(self.extra_dict())
        return d

    def extra_dict(self) -> dict[str, Any]:
        """The JSON fields added in schema 5 (always present, so a script sees one shape)."""
        return {"definitions": dict(self.definitions), "subject": self.subject, "translate": self.translate,
                "created_by": self.created_by, "updated_by": self.updated_by}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entry":
        terms: list[Term] = []
        for lang, items in (d.get("terms") or {}).items():
            for item in items:
                if isinstance(item, str):
                    item = {"text": item}
                terms.append(Term.from_dict(lang, item))
        return cls(
            id=d["id"],
            category=Category(d.get("category", "other")),
            note=d.get("note", "") or "",
            terms=tuple(terms),
            occurrences=tuple(Occurrence.from_dict(o) for o in d.get("occurrences", []) or []),
            revision=int(d.get("revision", 0)),
            created_at=d.get("created_at", "") or "",
            updated_at=d.get("updated_at", "") or "",
            definitions=d.get("definitions") or {},
            subject=d.get("subject", "") or "",
            translate=d.get("translate", True) is not False,
            created_by=d.get("created_by", "") or "",
            updated_by=d.get("updated_by", "") or "",
        )

    def with_terms(self, terms: Iterable[Term]) -> "Entry":
        return self.replace(terms=tuple(terms))


class Change(Record):
    """One recorded change of an entry: who, when, what it was before and after."""

    __slots__ = ("id", "entry_id", "at", "actor", "action", "before", "after")
    id: int
    entry_id: str
    at: str
    actor: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def __init__(self, id: int, entry_id: str, at: str, actor: str, action: str,
                 before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
        for name, value in zip(self.__slots__, (id, entry_id, at, actor, action, before, after)):
            _set(self, name, value)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "entry_id": self.entry_id, "at": self.at, "actor": self.actor,
                "action": self.action, "before": self.before, "after": self.after}


class LookupHit(Record):
    """One answer of Glossary.lookup: the entry, the term that matched, how well, and the
    live terms of the language asked for (`to`), approved first."""

    __slots__ = ("entry", "matched", "score", "how", "targets")
    entry: Entry
    matched: Term
    score: float
    how: str  # "exact" | "alias" | "fuzzy"
    targets: tuple[Term, ...]

    def __init__(self, entry: Entry, matched: Term, score: float, how: str, targets: tuple[Term, ...] = ()) -> None:
        _set(self, "entry", entry)
        _set(self, "matched", matched)
        _set(self, "score", score)
        _set(self, "how", how)
        _set(self, "targets", tuple(targets))

    def to_dict(self) -> dict[str, Any]:
        d = self.entry.to_dict()
        d["match"] = {"text": self.matched.text, "lang": self.matched.lang,
                      "role": self.matched.role.value, "score": round(self.score, 4), "how": self.how,
                      "targets": [t.to_dict() for t in self.targets]}
        return d


class Stats(Record):
    """Counts of a termbase: entries by category, terms by language and status, and
    entries still missing a term per language."""

    __slots__ = ("entries", "by_category", "terms_by_lang", "missing")
    entries: int
    by_category: dict[str, int]
    terms_by_lang: dict[str, dict[str, int]]  # lang -> status -> count
    missing: dict[str, int]  # lang -> entries without a live term

    def __init__(self, entries: int, by_category: dict[str, int], terms_by_lang: dict[str, dict[str, int]],
                 missing: dict[str, int]) -> None:
        _set(self, "entries", entries)
        _set(self, "by_category", by_category)
        _set(self, "terms_by_lang", terms_by_lang)
        _set(self, "missing", missing)

    def to_dict(self) -> dict[str, Any]:
        return {"entries": self.entries, "by_category": self.by_category,
                "terms": self.terms_by_lang, "missing": self.missing}
