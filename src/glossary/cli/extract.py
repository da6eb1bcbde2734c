"""`glossary extract FILE...`: the main job."""
from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="read articles, extract and align terms, store them (idempotent)")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files or directories (.txt, .md)")
    p.add_argument("--force", action="store_true", help="re-extract files even when unchanged")
    p.add_argument("--json", action="store_true",
                   help="print what was read and done (documents, markers, entries) as JSON")
    p.set_defaults(handler=cmd_extract)


class _Progress:
    """A one-line progress bar on a terminal; silent when stderr is not one."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total < 1:
            return
        width = 24
        filled = int(width * done / total)
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {path[-50:]}"
        sys.stderr.write(line.ljust(90))
        if done == total:
            sys.stderr.write("\r" + " " * 90 + "\r")
        sys.stderr.flush()


def cmd_extract(args, ctx) -> int:
    from ..errors import GlossaryError

    g = ctx.glossary()
    try:
        report = g.extract(args.files, force=args.force, progress=_Progress(sys.stderr.isatty()))
    except GlossaryError as exc:
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
