"""Terminology QA of a translation against the termbase (`glossary check`).

For every entry whose APPROVED term is found in the source text (English by default), the
translation must contain one of the entry's APPROVED target terms (preferred, alias or
abbreviation; deprecated ones never count).  Approved deprecated (forbidden) target terms
found anywhere in the translation are reported too.  Suggestions (the machine's, not yet
approved) are not the termbase's terms: they count only when asked for
(`include_suggestions`), and a problem that rests on one says so (`Problem.suggested`,
"[suggestion]" in its message): the source term found, or every target term it expects,
or the deprecated form found, is a suggestion.

Granularity.  When source and target have the same number of non-blank lines, they are
taken as aligned paragraph by paragraph (the way editors keep translated editions) and
each paragraph is checked against its counterpart: a term translated in paragraph 2 does
not excuse its absence in paragraph 5.  Otherwise the whole target is checked at once
and problems point at the source line.  `CheckReport.mode` says which.

Presence in the target is tested with the matcher's boundary rules, overlapping hits
allowed, and Korean compounds accepted (``한일`` counts as present in ``한일관계를``):
a false "missing" costs an editor more time than a rare false "present".  Deprecated
terms are found with the strict rules, leftmost-longest, so a forbidden short form inside
a longer approved term is not reported.

Entries found in the source that have no approved target term yet cannot be checked:
they are listed in `CheckReport.unchecked`, not as problems.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .match import KeyMatch, matcher_for, normalize, only_usable, usable
from .model import Entry, Role, Status, Term
from .text.lines import LineIndex


@dataclass(frozen=True)
class Problem:
    """One terminology problem in a translation.

    kind: "missing" (an entry found in the source has none of its approved target terms
    in the target) or "deprecated" (a forbidden target term is in the target).
    `where` ("target" or "source") names the text that `line`/`col` point into; `col`
    is 1-based and 0 when the problem concerns a whole line.
    """

    kind: str
    entry_id: str
    lang: str
    where: str
    line: int
    col: int
    source_term: str                 # the source term as written ('' when not from the source)
    expected: tuple[str, ...]        # approved target terms, any of which would do
    found: str = ""                  # deprecated: the forbidden term as written in the target
    context: str = ""                # the text of the line
    suggested: bool = False          # it rests on a suggestion (only with include_suggestions)

    def message(self) -> str:
        expected = " / ".join(self.expected)
        mark = " [suggestion]" if self.suggested else ""
        if self.kind == "missing":
            return f"missing {self.lang} term for {self.source_term!r} ({expected}){mark}"
        for_what = f" for {self.source_term!r}" if self.source_term else f" ({self.entry_id})"
        use = f" (use {expected})" if expected else ""
        return f"deprecated {self.lang} term {self.found!r}{for_what}{use}{mark}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "entry_id": self.entry_id, "lang": self.lang, "where": self.where,
                "line": self.line, "col": self.col, "source_term": self.source_term,
                "expected": list(self.expected), "found": self.found, "context": self.context,
                "suggested": self.suggested, "message": self.message()}


@dataclass(frozen=True)
class Unchecked:
    """An entry found in the source that has no approved term in the target language."""

    entry_id: str
    source_term: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"entry_id": self.entry_id, "source_term": self.source_term, "line": self.line}


@dataclass(frozen=True)
class CheckReport:
    source_lang: str
    lang: str
    mode: str                               # "paragraph" or "document"
    checked: int                            # entries found in the source and checked
    problems: tuple[Problem, ...] = field(default=())
    unchecked: tuple[Unchecked, ...] = field(default=())
    include_suggestions: bool = False       # suggestions counted as terms (asked for)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "source_lang": self.source_lang, "lang": self.lang, "mode": self.mode,
                "checked": self.checked, "include_suggestions": self.include_suggestions,
                "problems": [p.to_dict() for p in self.problems],
                "unchecked": [u.to_dict() for u in self.unchecked]}


def _acceptable(entry: Entry, lang: str, include_suggestions: bool = False) -> list[Term]:
    return [t for t in entry.terms if t.lang == lang and usable(t, include_suggestions)
            and t.role is not Role.DEPRECATED]


def check_texts(store, source: str, target: str, lang: str, *, source_lang: str = "en",
                include_suggestions: bool = False) -> CheckReport:
    """Check `target` (a translation into `lang`) against `source` (see module docstring)."""
    src_norm, tgt_norm = normalize(source), normalize(target)
    matcher = matcher_for(store, (source_lang, lang), texts=(src_norm, tgt_norm))
    src_lines, tgt_lines = LineIndex(source), LineIndex(target)
    src_all = matcher.find_normalized(src_norm, lang=source_lang, overlapping=True)
    tgt_present = matcher.find_normalized(tgt_norm, lang=lang, overlapping=True, hangul_compounds=True)
    # (leftmost-longest over every live term: a forbidden form inside a longer known term,
    # even a suggested one, is part of another word, not the forbidden form)
    tgt_strict = matcher.find_normalized(tgt_norm, lang=lang)

    ids = {r.entry_id for m in (*src_all, *tgt_strict) for r in m.refs}
    entries = {e.id: e for e in store.get_many(sorted(ids), occurrences=False)}
    src_found = only_usable(src_all, entries, include_suggestions)

    src_blocks, tgt_blocks = src_lines.nonblank(), tgt_lines.nonblank()
    paragraph = len(src_blocks) == len(tgt_blocks) and len(src_blocks) > 1
    block_of_src_line = {line: i for i, line in enumerate(src_blocks)}

    # where each (entry, target term position) is present: target line numbers
    present: dict[tuple[str, int], set[int]] = {}
    for m in tgt_present:
        line = tgt_lines.line_of(m.start)
        for r in m.refs:
            present.setdefault((r.entry_id, r.pos), set()).add(line)

    problems: list[Problem] = []
    unchecked: dict[str, Unchecked] = {}
    checked: set[str] = set()
    reported: set[tuple[str, int]] = set()
    for m in src_found:
        candidates = [entries[r.entry_id] for r in m.refs if r.entry_id in entries]
        source_suggested = all(entries[r.entry_id].terms[r.pos].status is Status.SUGGESTED
                               for r in m.refs if r.entry_id in entries)
        wanted = [(e, _acceptable(e, lang, include_suggestions)) for e in candidates]
        wanted = [(e, terms) for e, terms in wanted if terms]
        line = src_lines.line_of(m.start)
        if not wanted:
            for e in candidates:
                unchecked.setdefault(e.id, Unchecked(e.id, m.text, line))
            continue
        checked.update(e.id for e, _ in wanted)
        if paragraph:
            tgt_line = tgt_blocks[block_of_src_line[line]] if line in block_of_src_line else 0
            where_ok = (lambda lines, t=tgt_line: t in lines)
        else:
            where_ok = (lambda lines: bool(lines))
        ok = False
        for e, terms in wanted:
            positions = [i for i, t in enumerate(e.terms) if t in terms]
            if any(where_ok(present.get((e.id, pos), ())) for pos in positions):
                ok = True
                break
        if ok:
            continue
        e, terms = wanted[0]
        expected = tuple(dict.fromkeys(t.text for _, ts in wanted for t in ts))
        suggested = source_suggested or all(t.status is Status.SUGGESTED for _, ts in wanted for t in ts)
        if paragraph:
            key = (e.id, tgt_line)
            problem = Problem("missing", e.id, lang, "target", tgt_line, 0, m.text, expected,
                              context=tgt_lines.context(tgt_line), suggested=suggested)
        else:
            key = (e.id, 0)
            problem = Problem("missing", e.id, lang, "source", line, src_lines.col_of(m.start), m.text,
                              expected, context=src_lines.context(line), suggested=suggested)
        if key not in reported:
            reported.add(key)
            problems.append(problem)

    problems.extend(_deprecated(tgt_strict, entries, tgt_lines, lang, include_suggestions))
    order = {"source": 0, "target": 1}
    problems.sort(key=lambda p: (order[p.where], p.line, p.col, p.kind, p.entry_id))
    return CheckReport(source_lang, lang, "paragraph" if paragraph else "document", len(checked),
                       tuple(problems), tuple(unchecked.values()), include_suggestions)


def _deprecated(matches: list[KeyMatch], entries: dict[str, Entry], lines: LineIndex, lang: str,
                include_suggestions: bool = False) -> list[Problem]:
    """Deprecated target terms in the target (unless the same form is also a live,
    non-deprecated term of some entry: then it is not forbidden as such): approved ones,
    and suggested ones when suggestions are asked for."""
    out = []
    for m in matches:
        terms = [(entries[r.entry_id], entries[r.entry_id].terms[r.pos]) for r in m.refs
                 if r.entry_id in entries and r.pos < len(entries[r.entry_id].terms)]
        if not terms or any(t.role is not Role.DEPRECATED for _, t in terms):
            continue
        forbidden = [(e, t) for e, t in terms if usable(t, include_suggestions)]
        if not forbidden:
            continue
        e, t = forbidden[0]
        line = lines.line_of(m.start)
        out.append(Problem("deprecated", e.id, lang, "target", line, lines.col_of(m.start),
                           e.text("en"), tuple(x.text for x in _acceptable(e, lang, include_suggestions)), m.text,
                           lines.context(line), suggested=t.status is Status.SUGGESTED))
    return out
