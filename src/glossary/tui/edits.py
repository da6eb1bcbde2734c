"""Pure changes of an entry made by the TUI (no Textual, no I/O), so that after a
conflict the same change can be applied again on top of the entry as it is now."""
from __future__ import annotations


from ..model import Entry, Role, Status, Term
from ..text.normalize import key as norm_key
from ..text.normalize import nfc


def edit_term(entry: Entry, old: Term, text: str, role: str, approve: bool) -> Entry:
    """`entry` with the term `old` given a new text/role/status, in place.

    Found again by language and normalised text, so it works on a newer version of the
    entry too (if the term is gone there, the edited one is added).  A preferred term
    demotes the other preferred term of its language to an alias.  A new text is the
    editor's (origin `editor`, confidence 1)."""
    text = nfc(text)
    new_role = Role(role)
    same_text = norm_key(text) == norm_key(old.text)
    if approve:
        status = Status.APPROVED
    elif same_text and old.status is Status.REJECTED:
        status = Status.REJECTED
    else:
        status = Status.SUGGESTED
    terms = list(entry.terms)
    where = next((i for i, t in enumerate(terms) if t.lang == old.lang and norm_key(t.text) == norm_key(old.text)),
                 None)
    base = terms[where] if where is not None else old
    new = base.replace(text=text, role=new_role, status=status)
    if not same_text:
        new = new.replace(origin="editor", confidence=1.0, evidence="", reading="")
    # the new text may equal another term of the language: that one gives way
    terms = [t for i, t in enumerate(terms)
             if i == where or not (t.lang == old.lang and norm_key(t.text) == norm_key(text))]
    where = next((i for i, t in enumerate(terms) if t.lang == old.lang and norm_key(t.text) == norm_key(old.text)),
                 None)
    if new_role is Role.PREFERRED:
        terms = [t.replace(role=Role.ALIAS) if i != where and t.lang == old.lang and t.role is Role.PREFERRED else t
                 for i, t in enumerate(terms)]
    if where is None:
        terms.append(new)
    else:
        terms[where] = new
    return entry.with_terms(terms)


def rebase(mine: Entry, current: Entry) -> Entry:
    """My whole-entry edit ($EDITOR) to be saved over `current`: mine wins everywhere."""
    return mine.replace(revision=current.revision, occurrences=current.occurrences)
