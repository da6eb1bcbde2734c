"""`glossary extract FILE...`: the main job."""
from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="read articles, extract and align terms, store them (idempotent)")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="article files or directories (.txt, .md, .tex, .html); - for standard input")
    p.add_argument("--stdin-name", metavar="NAME", default="<stdin>",
                   help="the document name standard input is stored under (its occurrences name it; "
                        "default <stdin>)")
    p.add_argument("--force", action="store_true", help="re-extract files even when unchanged")
    p.add_argument("--json", action="store_true",
                   help="print what was read and done (documents, markers, entries) as JSON")
    p.set_defaults(handler=cmd_extract)


def _size(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


class _Progress:
    """A one-line progress bar on a terminal, silent when stderr is not one: bytes of the
    input done out of all of it, the step and the file at work, fitted to the terminal's
    width (read at each update: a resized window is followed)."""

    def __init__(self, enabled: bool, stream=None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.shown = 0  # width of what is on the line now

    def __call__(self, done: int, total: int, path: str, step: str) -> None:
        if not self.enabled:
            return
        import shutil

        from .render import fit, width

        columns = max(shutil.get_terminal_size((80, 24)).columns - 1, 20)
        if step == "done":
            self.clear()
            return
        fraction = done / total if total else 1.0
        counts = f" {_size(done)}/{_size(total)} {fraction:4.0%} "
        bar = max(min(30, columns // 4), 5)
        filled = int(bar * fraction)
        head = f"[{'#' * filled}{'.' * (bar - filled)}]{counts}"
        room = columns - width(head)
        tail = f"{step}: {path}"
        if width(tail) > room:   # keep the end of the path (the file name)
            name = path
            while name and width(f"{step}: …{name}") > room:
                name = name[1:]
            tail = f"{step}: …{name}" if name else tail
        line = fit(head + tail, columns) if room > 0 else fit(head, columns)
        self.stream.write("\r" + line.rstrip() + " " * max(self.shown - width(line.rstrip()), 0))
        self.shown = width(line.rstrip())
        self.stream.flush()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


def cmd_extract(args, ctx) -> int:
    from ..errors import GlossaryError
    from .context import STDIO, stdin_bytes

    stdin = (args.stdin_name, stdin_bytes()) if STDIO in args.files else None
    g = ctx.glossary()
    progress = _Progress(sys.stderr.isatty())
    try:
        report = g.extract(args.files, force=args.force, on_bytes=progress, stdin=stdin)
    except GlossaryError as exc:
        progress.clear()
        _committed_before(exc, ctx)
        raise
    for d in report.documents:
        for w in d.get("warnings", []):
            ctx.warn(f"{d['doc']}: {w}")
    if args.json:
        ctx.print_json(report.to_dict())
        return 0
    for d in report.documents:
        ctx.print(f"{d['doc']}: {d['encoding']}, {d['notes']} notes, {len(d['markers'])} markers linked")
    ctx.print(f"entries: {report.added} added, {report.updated} updated, {report.unchanged} unchanged; "
              f"{report.suggestions} new suggestions"
              + (f"; {report.skipped_documents} unchanged file(s) skipped" if report.skipped_documents else ""))
    stats = g.stats()
    ctx.print(f"termbase {g.path}: {stats.entries} entries; missing ja {stats.missing.get('ja', 0)}, "
              f"missing ko {stats.missing.get('ko', 0)}")
    return 0


def _committed_before(exc, ctx) -> None:
    """Before the error line: what the files before the failing one committed (they stay)."""
    report = getattr(exc, "partial_report", None)
    if report is None:
        return
    done = [d["doc"] for d in report.documents if not d.get("skipped")]
    if not done and not report.skipped_documents:
        return
    names = ", ".join(done[:5]) + (f" and {len(done) - 5} more" if len(done) > 5 else "")
    ctx.warn(f"committed before the error: {len(done)} file(s){': ' + names if names else ''}; entries: "
             f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged"
             + (f"; {report.skipped_documents} unchanged file(s) skipped" if report.skipped_documents else ""))
