"""Exchange commands: export (po, tbx, csv, tsv, json), import, and copy (a whole termbase
between SQLite files and PostgreSQL databases)."""
from __future__ import annotations

import argparse
import dataclasses

from .context import STDIN_NAME, STDIO  # `-`: standard input (import) or output (export)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("copy", help="copy a whole termbase (SQLite file or postgresql:// URL) into another, "
                                    "losslessly, in one transaction")
    p.add_argument("source", metavar="SRC", help="the termbase to copy: an SQLite file or a postgresql:// URL")
    p.add_argument("target", metavar="DEST", help="where to copy it (created when missing); refused when it "
                                                  "holds anything, unless --replace")
    p.add_argument("--replace", action="store_true", help="empty a non-empty DEST first (in the same transaction)")
    p.add_argument("--json", action="store_true", help="print the rows copied per table as JSON")
    p.set_defaults(handler=cmd_copy)

    p = sub.add_parser("export", help="write the termbase as .po/.mo, TBX, CSV, Weblate CSV, OmegaT TSV or JSON; "
                                      "aligned editions as TMX")
    fsub = p.add_subparsers(dest="export_format", metavar="FORMAT", required=True)

    f = fsub.add_parser("po", help="DIR/LANG/LC_MESSAGES/glossary.po (+ .mo) and DIR/glossary.pot")
    f.add_argument("--lang", required=True, help="target language (ja, ko, ...)")
    f.add_argument("--out", default="locale", metavar="DIR", help="output directory (default locale/)")
    f.add_argument("--mo", action="store_true", help="also compile glossary.mo")
    _follow(f)
    f.set_defaults(handler=cmd_export_po)

    for name, helptext in (("tbx", "TBX-Basic (TBX v3, ISO 30042:2019; --tbx-version 2 for martif)"),
                           ("csv", "CSV, one row per term, with a header"),
                           ("weblate-csv", "Weblate's CSV for one language (translate-toolkit csvl10n; needs --lang)"),
                           ("tsv", "OmegaT glossary: source TAB target TAB comment (needs --lang)"),
                           ("json", "the JSON dump (lossless; restore with import)"),
                           ("tmx", "the sentence pairs of the aligned editions as a TMX 1.4b translation memory "
                                   "(needs --lang)")):
        f = fsub.add_parser(name, help=helptext)
        f.add_argument("file", metavar="FILE", help="the file to write; - for standard output")
        one_lang = name in ("tsv", "weblate-csv", "tmx")
        f.add_argument("--lang", required=one_lang,
                       help="target language" if one_lang else "only English and this language")
        if name == "tsv":
            f.add_argument("--approved-only", action="store_true",
                           help="leave suggestions out (by default they are marked in the comment column)")
        if name == "tbx":
            f.add_argument("--tbx-version", type=int, choices=(3, 2), default=3,
                           help="3 (default, ISO 30042:2019) or 2 (martif, as translate-toolkit/Weblate read)")
            f.add_argument("--no-deprecated", dest="deprecated", action="store_false",
                           help="leave deprecated terms out (for OmegaT, which shows every term of an entry "
                                "as a translation; by default they are written, as Weblate's forbidden terms)")
        _follow(f)
        f.set_defaults(handler=cmd_export_file)

    p = sub.add_parser("import", help="merge a .po, TBX, CSV, TSV or JSON file into the termbase; "
                                      "exit 1 when conflicts remain")
    p.add_argument("file", metavar="FILE", help="the file to read; - for standard input (then --format)")
    p.add_argument("--format", dest="fmt", choices=("po", "tbx", "csv", "weblate-csv", "tsv", "json"),
                   help="file format (default: from the file name; a .csv with Weblate's columns is weblate-csv)")
    p.add_argument("--lang", help="target language (po: must match the Language header; tsv: required)")
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p.add_argument("--force", action="store_true", help="the file wins over approved terms (reported)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_import)


def _follow(p: argparse.ArgumentParser) -> None:
    p.add_argument("--follow-symlinks", action="store_true",
                   help="write through a symbolic link you own (by default a link is refused); a read-only "
                        "file is never replaced (exit 2)")


def _done(ctx, result) -> int:
    for warning in result.warnings:
        ctx.warn(warning)
    for path in result.paths:
        ctx.print(path)
    return 0


def cmd_export_po(args, ctx) -> int:
    return _done(ctx, ctx.glossary(create=False).export_po(args.lang, args.out, mo=args.mo,
                                                           follow_symlinks=args.follow_symlinks))




def cmd_export_file(args, ctx) -> int:
    if args.file == STDIO:
        return _export_to_stdout(args, ctx)
    return _done(ctx, _export(args, ctx, args.file))


def _export(args, ctx, path: str):
    g = ctx.glossary(create=False)
    fmt, follow = args.export_format, args.follow_symlinks
    if fmt == "tbx":
        return g.export_tbx(path, lang=args.lang, version=args.tbx_version, deprecated=args.deprecated,
                            follow_symlinks=follow)
    if fmt == "csv":
        return g.export_csv(path, lang=args.lang, follow_symlinks=follow)
    if fmt == "weblate-csv":
        return g.export_weblate_csv(path, lang=args.lang, follow_symlinks=follow)
    if fmt == "tmx":
        return g.export_tmx(path, lang=args.lang, follow_symlinks=follow)
    if fmt == "tsv":
        return g.export_tsv(path, lang=args.lang, approved_only=args.approved_only, follow_symlinks=follow)
    return g.export_json(path, lang=args.lang, follow_symlinks=follow)


def _export_to_stdout(args, ctx) -> int:
    """`export csv -`: the file's bytes on standard output, the warnings on stderr."""
    import os
    import tempfile

    with tempfile.TemporaryDirectory(prefix="glossary-export-") as tmp:
        path = os.path.join(tmp, f"export.{args.export_format.replace('weblate-', '')}")
        result = _export(args, ctx, path)
        for warning in result.warnings:
            ctx.warn(warning)
        with open(path, "rb") as fh:
            ctx.write_bytes(fh.read())
    return 0


def cmd_import(args, ctx) -> int:
    if args.file == STDIO:
        return _import_stdin(args, ctx)
    report = ctx.glossary().import_file(args.file, fmt=args.fmt, lang=args.lang, dry_run=args.dry_run,
                                        force=args.force)
    return _report(args, ctx, report)


def _import_stdin(args, ctx) -> int:
    """`import - --format csv`: standard input, read up to the input limit, imported like a
    file; messages name it <stdin>."""
    import os
    import tempfile

    from ..errors import GlossaryError, InputError
    from .context import stdin_bytes

    if not args.fmt:
        raise InputError("reading standard input needs --format (po, tbx, csv, weblate-csv, tsv or json)")
    data = stdin_bytes()
    with tempfile.TemporaryDirectory(prefix="glossary-import-") as tmp:
        path = os.path.join(tmp, f"stdin.{args.fmt.replace('weblate-', '')}")
        with open(path, "wb") as fh:
            fh.write(data)
        try:
            report = ctx.glossary().import_file(path, fmt=args.fmt, lang=args.lang, dry_run=args.dry_run,
                                                force=args.force)
        except GlossaryError as exc:
            if exc.path == path:
                exc.path = STDIN_NAME
            raise
    if getattr(report, "path", None) == path:
        report = dataclasses.replace(report, path=STDIN_NAME)
    return _report(args, ctx, report)


def _report(args, ctx, report) -> int:
    if args.json:
        ctx.print_json(report.to_dict())
    else:
        for line in report.lines():
            ctx.print(line)
    return 0 if report.ok else 1


def cmd_copy(args, ctx) -> int:
    from ..api import Glossary

    counts = Glossary.copy(args.source, args.target, replace=args.replace)
    if args.json:
        ctx.print_json(counts)
    else:
        ctx.print(f"copied {counts.get('entries', 0)} entries, {counts.get('terms', 0)} terms and "
                  f"{counts.get('changes', 0)} changes of history")
    return 0
