"""What a recorded change did, in a few words (no Textual): the undo messages and the
history screen say "approve ja '田中花子'" rather than a revision number."""
from __future__ import annotations

from typing import Any

from ..model import Change

#: how many term changes a summary names before "+N more"
MAX_PARTS = 3


def _terms(snapshot: dict[str, Any] | None) -> dict[tuple[str, str], dict[str, Any]]:
    if not snapshot:
        return {}
    out = {}
    for lang, items in (snapshot.get("terms") or {}).items():
        for item in items:
            out[(lang, item["text"])] = item
    return out


def describe(change: Change) -> str:
    """One line: what changed between the change's before and after."""
    before, after = change.before, change.after
    if before is None and after is None:
        return change.action
    if before is None:
        return f"create {change.entry_id}" if change.action != "redo" else f"restore {change.entry_id}"
    if after is None:
        return f"delete {change.entry_id}"
    old, new = _terms(before), _terms(after)
    parts: list[str] = []
    for (lang, text), t in new.items():
        was = old.get((lang, text))
        if was is None:
            parts.append(f"add {lang} {text!r}" + (" (approved)" if t.get("status") == "approved" else ""))
        elif was.get("status") != t.get("status"):
            verb = {"approved": "approve", "rejected": "reject", "suggested": "unapprove"}.get(
                t.get("status", ""), "change")
            parts.append(f"{verb} {lang} {text!r}")
        elif was.get("role") != t.get("role"):
            parts.append(f"{lang} {text!r} {was.get('role')} → {t.get('role')}")
        elif was != t:
            parts.append(f"change {lang} {text!r}")
    parts += [f"remove {lang} {text!r}" for (lang, text) in old if (lang, text) not in new]
    if before.get("note") != after.get("note"):
        parts.append("note")
    if before.get("category") != after.get("category"):
        parts.append(f"category {before.get('category')} → {after.get('category')}")
    if not parts:
        return change.action
    more = f" +{len(parts) - MAX_PARTS} more" if len(parts) > MAX_PARTS else ""
    text = ", ".join(parts[:MAX_PARTS]) + more
    return text if change.action not in ("undo", "redo") else f"{change.action}: {text}"


def when(change: Change) -> str:
    """The change's time as the history shows it: 'YYYY-MM-DD HH:MM'."""
    return change.at[:16].replace("T", " ")
