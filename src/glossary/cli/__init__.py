"""Command line: a thin shell over `glossary.Glossary` (DESIGN.md section 4).

Exit codes: 0 ok; 1 a negative answer (lookup found nothing, check found problems);
2 usage error or bad input; 3 storage problem (locked, corrupt, conflict).
Errors are one line on stderr; no traceback for a user error.

Each command group lives in its own module with `register(subparsers)`; modules import
only argparse at load time so `glossary lookup` starts fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from ..errors import GlossaryError
from .context import Context

#: modules that register commands, in help order
COMMAND_MODULES = (
    "glossary.cli.core",
    "glossary.cli.extract",
    "glossary.cli.exchange",
    "glossary.cli.qa",
    "glossary.cli.tui",
)


class Parser(argparse.ArgumentParser):
    """argparse with usage errors as one line and exit code 2."""

    def error(self, message: str) -> "NoReturn":  # type: ignore[name-defined]  # noqa: F821
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="glossary", description="English/Japanese/Korean termbase: extract, align, review, "
                                                 "export, look up and check terms.")
    parser.add_argument("--db", metavar="PATH",
                        help="termbase file (default: $GLOSSARY_DB, else terms/glossary.db)")
    parser.add_argument("--version", action="version", version="glossary 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command group not built yet
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    ctx = Context(args)
    try:
        return int(args.handler(args, ctx) or 0)
    except GlossaryError as exc:
        print(f"glossary: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("glossary: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()
