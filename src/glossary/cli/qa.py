"""QA commands: `check` (a translation against the termbase) and `find` (terms in a text).

    glossary check --source article.en.txt --target article.ko.txt --lang ko [--json]
    glossary find FILE [--lang LANG] [--json]

`check` exits 1 when it finds problems, 0 when the translation is clean, 2 on bad input.
Text output is one problem per line, `FILE:LINE[:COL]: message`, compiler style, so
editors and CI logs can jump to it.
"""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check a translation's terminology against the termbase; exit 1 on problems")
    p.add_argument("--source", required=True, metavar="FILE", help="the original article (English); - for standard "
                                                                    "input")
    p.add_argument("--target", required=True, metavar="FILE", help="its translation; - for standard input")
    p.add_argument("--lang", required=True, metavar="LANG", help="language of the translation (ja, ko, ...)")
    p.add_argument("--source-lang", default="en", metavar="LANG", help="language of the source (default en)")
    _suggestions(p, "also check against suggested (not yet approved) terms; problems that rest on one are marked "
                    "[suggestion]")
    p.add_argument("--json", action="store_true", help="print the report as a JSON object")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("find", help="list the termbase's approved terms found in a text file; exit 1 when none")
    p.add_argument("file", metavar="FILE", help="the text file; - for standard input")
    p.add_argument("--lang", metavar="LANG", help="only terms of this language")
    _suggestions(p, "also find suggested (not yet approved) terms; each match says approved or suggested")
    p.add_argument("--json", action="store_true", help="print a JSON array of matches")
    p.set_defaults(handler=cmd_find)


def _suggestions(p: argparse.ArgumentParser, helptext: str) -> None:
    p.add_argument("--include-suggestions", action="store_true", help=helptext)


def _read(path: str, ctx) -> str:
    """The text of an article, read exactly as `extract` reads it (glossary.documents:
    regular files only, the input limit, UTF-8/16, CP932, EUC-KR/CP949; line ends
    normalised, NFC); the decoder's warnings go to stderr.  `-` is standard input."""
    from ..api import Glossary
    from .context import STDIO, stdin_text

    if path == STDIO:
        return stdin_text(ctx)

    read = Glossary.read_text(path)
    for w in read.warnings:
        ctx.warn(f"{path}: {w}")
    return read.text


def cmd_check(args, ctx) -> int:
    from ..errors import InputError
    from .context import STDIN_NAME, STDIO

    if args.source == STDIO and args.target == STDIO:
        raise InputError("--source and --target cannot both be standard input (-)")
    source, target = _read(args.source, ctx), _read(args.target, ctx)
    args.source, args.target = (STDIN_NAME if p == STDIO else p for p in (args.source, args.target))
    report = ctx.glossary(create=False).check(source, target, args.lang, source_lang=args.source_lang,
                                              include_suggestions=args.include_suggestions)
    if args.json:
        data = report.to_dict()
        data["source"], data["target"] = args.source, args.target
        ctx.print_json(data)
    else:
        for p in report.problems:
            path = args.target if p.where == "target" else args.source
            where = f"{path}:{p.line}:{p.col}" if p.col else f"{path}:{p.line}"
            ctx.print(f"{where}: {p.message()}")
        if ctx.interactive():
            which = "approved or suggested" if report.include_suggestions else "approved"
            ctx.warn(f"{report.checked} entries checked ({report.mode} by {report.mode}), "
                     f"{len(report.problems)} problems, {len(report.unchecked)} without an {which} "
                     f"{report.lang} term")
    return 1 if report.problems else 0


def cmd_find(args, ctx) -> int:
    from .context import STDIN_NAME, STDIO

    text = _read(args.file, ctx)
    if args.file == STDIO:
        args.file = STDIN_NAME
    matches = ctx.glossary(create=False).find_terms(text, lang=args.lang,
                                                    include_suggestions=args.include_suggestions)
    if args.json:
        ctx.print_json([m.to_dict() for m in matches])
    else:
        from ..text.lines import LineIndex

        lines = LineIndex(text)
        for m in matches:
            # with suggestions asked for, a fifth column says which each match is
            status = f"\t{m.term.status.value}" if args.include_suggestions else ""
            ctx.print(f"{args.file}:{lines.line_of(m.start)}:{lines.col_of(m.start)}: {m.text}\t"
                      f"{m.entry_id}\t{m.lang}\t{m.term.role.value}{status}")
    return 0 if matches else 1
