"""`align-edition`: an English article aligned with its published Japanese or Korean edition.

    glossary align-edition ORIGINAL EDITION [--lang ja|ko] [--dry-run] [--json]

Prints what was harvested (one line per term pair) and, compiler style, each
inconsistency with an approved term (`EDITION:LINE: message`).  Exit 0 when the edition
agrees with the approved terms, 1 when it uses another form for one (like `check`), 2 on
bad input (an edition in English, an empty one, an edition of another article).
"""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("align-edition",
                       help="align an English article with its Japanese or Korean edition, harvest the term pairs "
                            "as suggestions; exit 1 when the edition contradicts an approved term")
    p.add_argument("original", metavar="ORIGINAL", help="the English article")
    p.add_argument("edition", metavar="EDITION", help="its published Japanese or Korean edition")
    p.add_argument("--lang", choices=("ja", "ko"), help="language of the edition (default: from its script)")
    p.add_argument("--dry-run", action="store_true", help="report what would be stored; store nothing")
    p.add_argument("--json", action="store_true", help="print the report (pairs, harvested terms, problems) as JSON")
    p.set_defaults(handler=cmd_align_edition)


def cmd_align_edition(args, ctx) -> int:
    report = ctx.glossary(create=not args.dry_run).align_edition(args.original, args.edition, lang=args.lang,
                                                                 dry_run=args.dry_run)
    if args.json:
        ctx.print_json(report.to_dict())
    else:
        for line in report.lines():
            ctx.print(line)
        for p in report.problems:
            ctx.print(f"{report.edition}:{p.line}: {p.message()}")
    for w in report.warnings:
        ctx.warn(w)
    return 0 if report.ok else 1
