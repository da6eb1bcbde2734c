"""`glossary tui`: the editors' terminal UI.  Textual is imported only when it runs."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tui", help="review, fill and approve terms in a terminal UI")
    p.add_argument("--keymap", metavar="FILE",
                   help="remap keys: lines of 'binding.id = keys' (ids are listed on the help screen, ?)")
    p.set_defaults(handler=cmd_tui)


def cmd_tui(args: argparse.Namespace, ctx) -> int:
    import sys

    from ..errors import InputError

    from ..tui.app import SAVE_TIMEOUT, make_app, read_keymap

    keymap = read_keymap(args.keymap) if args.keymap else None
    if not (sys.stdin and sys.stdin.isatty() and sys.stdout and sys.stdout.isatty()):
        raise InputError("the TUI needs a terminal (standard input and output are not one); "
                         "use the other commands in scripts")
    from ..api import Glossary

    glossary = Glossary.open(args.db, timeout=SAVE_TIMEOUT)
    try:
        app = make_app(glossary, keymap=keymap)
        app.run()
    finally:
        glossary.close()
    if app.fatal:
        sys.stderr.write(f"glossary: error: {app.fatal}\n")
    return app.return_code or 0
