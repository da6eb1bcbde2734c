"""`glossary tui`: the editors' terminal UI.  Textual is imported only when it runs."""
from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tui", help="review, fill and approve terms in a terminal UI")
    p.add_argument("--keymap", metavar="FILE",
                   help="remap keys: lines of 'binding.id = keys' (ids are listed on the help screen, ?)")
    p.set_defaults(handler=cmd_tui)


def cmd_tui(args: argparse.Namespace, ctx) -> int:
    """Exit 0 after a normal quit; the app's own non-zero code after a fatal error."""
    from ..errors import InputError

    from ..tui.app import make_app, read_keymap

    # the keymap first: a bad file is named even where no terminal is attached
    keymap = read_keymap(args.keymap) if args.keymap else None
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError("tui needs a terminal (stdin and stdout are not both a tty)")
    app = make_app(ctx.glossary(), keymap=keymap)
    app.run()
    return app.return_code or 0
