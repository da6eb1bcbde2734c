"""`glossary tui`: the editors' terminal UI.  Textual is imported only when it runs."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tui", help="review, fill and approve terms in a terminal UI")
    p.add_argument("--keymap", metavar="FILE",
                   help="remap keys: lines of 'binding.id = keys' (ids are listed on the help screen, ?)")
    p.set_defaults(handler=cmd_tui)


def cmd_tui(args: argparse.Namespace, ctx) -> int:
    from ..tui.app import make_app, read_keymap

    keymap = read_keymap(args.keymap) if args.keymap else None
    app = make_app(ctx.glossary(), keymap=keymap)
    app.run()
    return 0
