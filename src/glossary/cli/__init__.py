"""Command line: a thin shell over `glossary.Glossary` (DESIGN.md section 4).

Exit codes: 0 ok; 1 a negative answer (lookup found nothing, check found problems);
2 usage error or bad input; 3 storage problem (locked, corrupt, conflict).
Errors are one line on stderr; no traceback for a user error.  With `--json`, an error
is also one JSON object on standard output, `{"error": "<the line>", "exit": N}` (a
script reading standard output sees it; N is the exit code).

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
from .collector import BULK_COMMANDS, paused_collector
from .context import Context

#: modules that register commands, in help order
COMMAND_MODULES = (
    "glossary.cli.core",
    "glossary.cli.extract",
    "glossary.cli.exchange",
    "glossary.cli.qa",
    "glossary.cli.editions",
    "glossary.cli.tui",
)


class Parser(argparse.ArgumentParser):
    """argparse with usage errors as one line and exit code 2 (and, when the command line
    asks for --json, as a JSON object on standard output too)."""

    #: set by main(): the command line has --json
    json_errors = False

    def error(self, message: str) -> NoReturn:
        if Parser.json_errors:
            _json_error(f"{self.prog}: {message}", 2)
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
                        help="termbase file, or a postgresql:// URL of a team server's database (default: "
                             "$GLOSSARY_DB, else terms/glossary.db)")
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


#: argument names that are paths: any bytes a file name may hold are fine there
PATH_ARGS = frozenset({"db", "file", "files", "source", "target", "out", "keymap", "stdin_name"})


def _decode_arguments(args: argparse.Namespace) -> None:
    """Text arguments (a term, an id, a language) are UTF-8.  Python decodes the command
    line with the locale's encoding, so in the C locale a UTF-8 term arrives as escaped
    bytes: those are decoded again as UTF-8.  Bytes that are not UTF-8 either (the shell
    passed another encoding) are bad input.  File names stay as they are: any bytes."""
    import os

    from ..errors import InputError
    from ..text.normalize import printable

    def decoded(item: str) -> str:
        try:
            return os.fsencode(item).decode("utf-8")
        except (UnicodeError, ValueError):
            raise InputError(f"argument {printable(item)!s} is not valid UTF-8 text "
                             f"(convert it, e.g. with iconv, or set a UTF-8 locale)") from None

    for name, value in vars(args).items():
        if name in PATH_ARGS or name == "handler":
            continue
        if isinstance(value, list):
            if any(isinstance(v, str) and _undecoded(v) for v in value):
                setattr(args, name, [decoded(v) if isinstance(v, str) and _undecoded(v) else v for v in value])
        elif isinstance(value, str) and _undecoded(value):
            setattr(args, name, decoded(value))


def _undecoded(text: str) -> bool:
    """Does `text` hold bytes the locale's decoder could not decode (surrogateescape)?"""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _error(message: str) -> None:
    from ..text.normalize import printable

    try:
        sys.stderr.write(f"glossary: error: {printable(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _warn(message: str) -> None:
    from ..text.normalize import printable

    try:
        sys.stderr.write(f"glossary: warning: {printable(message)}\n")
    except (OSError, ValueError, AttributeError):
        pass


def _reconfigure_streams() -> None:
    """Text that the terminal's encoding cannot show is replaced, never a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                reconfigure(errors="backslashreplace" if stream is sys.stderr else "replace")
            except (ValueError, OSError):
                pass


def _json_error(message: str, code: int) -> None:
    """An error as a JSON object on standard output (for --json), besides the stderr line."""
    import json

    from ..text.normalize import printable

    try:
        sys.stdout.write(json.dumps({"error": printable(message), "exit": code}, ensure_ascii=True) + "\n")
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    _reconfigure_streams()
    Parser.json_errors = "--json" in argv[:argv.index("--")] if "--" in argv else "--json" in argv
    parser = build_parser(_command_in(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    ctx = Context(args)
    error = ""
    try:
        _decode_arguments(args)
        if getattr(args, "command", None) in BULK_COMMANDS:
            with paused_collector():
                rc = int(args.handler(args, ctx) or 0)
        else:
            rc = int(args.handler(args, ctx) or 0)
    except GlossaryError as exc:
        error = str(exc)
        _error(error)
        rc = exc.exit_code
    except KeyboardInterrupt:
        error = "interrupted"
        _error(error)
        rc = 130
    except Exception as exc:  # the last resort: one line, never a traceback for a user
        if os.environ.get("GLOSSARY_DEBUG"):
            raise
        rc, error = _unexpected(exc)
    finally:
        ctx.close()
    if error and getattr(args, "json", False):
        ctx.flush()
        _json_error(error, rc)
    ctx.flush()
    if ctx.output_lost and ctx.output_lost != "broken pipe" and rc != 130:
        _warn(f"standard output lost ({ctx.output_lost}); the command itself completed")
    return rc


def _unexpected(exc: Exception) -> tuple[int, str]:
    """An exception no command turned into a GlossaryError: storage and OS faults are
    exit 3, bad text (encoding, values) exit 2; one line either way ($GLOSSARY_DEBUG=1
    shows the traceback).  Returns the exit code and the line."""
    # (the store is the only module that speaks SQL: an sqlite3 error is told by its module)
    storage = type(exc).__module__ == "sqlite3" or isinstance(exc, (OSError, MemoryError))
    if storage:
        what = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
        line, rc = f"{where}{what}", 3
    elif isinstance(exc, UnicodeEncodeError) and isinstance(exc.object, str) and "surrogate" in str(exc):
        # bytes that are not UTF-8 (a file name from another system) that had to be stored
        # or written as text: name the text, its bad bytes escaped
        line, rc = f"{exc.object[:300]} is not valid UTF-8 (rename the file, or convert the text)", 2
    elif isinstance(exc, (UnicodeError, ValueError, OverflowError, RecursionError)):
        line, rc = f"bad input: {exc}", 2
    else:
        line, rc = (f"internal error: {type(exc).__name__}: {exc} (set GLOSSARY_DEBUG=1 for the traceback, "
                    "and please report it)", 70)
    _error(line)
    return rc, line
