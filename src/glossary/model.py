"""The domain model (DESIGN.md section 3).  Frozen dataclasses and enums; no I/O here.

An Entry is a concept: one person, agreement, institution... with its terms in every
language, where it occurs, and a revision that increments on every change.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
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


@dataclass(frozen=True)
class Term:
    lang: str
    text: str
    role: Role = Role.PREFERRED
    status: Status = Status.SUGGESTED
    origin: str = "text"
    confidence: float = 1.0
    evidence: str = ""
    reading: str = ""

    def __post_init__(self) -> None:
        # coerce only what needs it: terms are built by the thousand on the lookup path
        if type(self.role) is not Role:
            object.__setattr__(self, "role", Role(self.role))
        if type(self.status) is not Status:
            object.__setattr__(self, "status", Status(self.status))
        if type(self.confidence) is not float:
            object.__setattr__(self, "confidence", float(self.confidence))

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
        )


@dataclass(frozen=True)
class Occurrence:
    doc: str
    line: int
    col: int
    context: str = ""
    footnote: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "line": self.line, "col": self.col,
                "context": self.context, "footnote": self.footnote}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Occurrence":
        return cls(doc=d["doc"], line=int(d["line"]), col=int(d["col"]),
                   context=d.get("context", "") or "", footnote=d.get("footnote"))


#: languages always present (possibly empty) in the JSON shape of an entry
CORE_LANGS = ("en", "ja", "ko")


@dataclass(frozen=True)
class Entry:
    id: str
    category: Category = Category.OTHER
    note: str = ""
    terms: tuple[Term, ...] = ()
    occurrences: tuple[Occurrence, ...] = ()
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        if type(self.category) is not Category:
            object.__setattr__(self, "category", Category(self.category))
        if type(self.terms) is not tuple:
            object.__setattr__(self, "terms", tuple(self.terms))
        if type(self.occurrences) is not tuple:
            object.__setattr__(self, "occurrences", tuple(self.occurrences))

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
        return d

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
        )

    def with_terms(self, terms: Iterable[Term]) -> "Entry":
        return replace(self, terms=tuple(terms))


@dataclass(frozen=True)
class Change:
    """One recorded change of an entry: who, when, what it was before and after."""

    id: int
    entry_id: str
    at: str
    actor: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "entry_id": self.entry_id, "at": self.at, "actor": self.actor,
                "action": self.action, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class LookupHit:
    """One answer of Glossary.lookup: the entry, the term that matched, how well."""

    entry: Entry
    matched: Term
    score: float
    how: str  # "exact" | "alias" | "fuzzy"
    targets: tuple[Term, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        d = self.entry.to_dict()
        d["match"] = {"text": self.matched.text, "lang": self.matched.lang,
                      "role": self.matched.role.value, "score": round(self.score, 4), "how": self.how}
        return d


@dataclass(frozen=True)
class Stats:
    entries: int
    by_category: dict[str, int]
    terms_by_lang: dict[str, dict[str, int]]  # lang -> status -> count
    missing: dict[str, int]  # lang -> entries without a live term

    def to_dict(self) -> dict[str, Any]:
        return {"entries": self.entries, "by_category": self.by_category,
                "terms": self.terms_by_lang, "missing": self.missing}
