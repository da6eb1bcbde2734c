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
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn, Sequence

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

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse asks a formatter for every add_argument(); its default width comes from
        # shutil.get_terminal_size(), and importing shutil costs a few ms on every run.
        try:
            width = int(os.environ["COLUMNS"])
        except (KeyError, ValueError):
            try:
                width = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
            except (AttributeError, ValueError, OSError):
                width = 80
        return self.formatter_class(prog=self.prog, width=max(width - 2, 20))  # type: ignore[call-arg]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command group; with `command`, stop registering groups once
    that command is known (so `glossary lookup` does not build the whole CLI)."""
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
        if command is not None and command in sub.choices:
            break
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand named in `argv` (after the global options), if any."""
    args = list(argv)
    while args:
        head = args.pop(0)
        if head == "--db":
            args = args[1:]
        elif head.startswith("--db="):
            continue
        elif head.startswith("-"):
            return None  # --help, --version, or a usage error: build everything
        else:
            return head
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(_command_in(argv))
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
