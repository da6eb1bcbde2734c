"""What a command handler gets: the parsed arguments' termbase (opened lazily) and
output helpers."""
from __future__ import annotations

import argparse
import re
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Context:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._glossary = None
        #: why standard output could not be written (closed, full, a reader that left), or ""
        self.output_lost = ""

    def glossary(self, *, create: bool = True):
        if self._glossary is None:
            from ..api import Glossary

            self._glossary = Glossary.open(self.args.db, create=create)
        return self._glossary

    def close(self) -> None:
        if self._glossary is not None:
            self._glossary.close()
            self._glossary = None

    def print_json(self, data: Any) -> None:
        import json

        # \u escapes where standard output cannot encode everything (LC_ALL=C, euc-jp)
        ascii_only = not _encodes_all(sys.stdout)
        text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
        if not ascii_only:
            # json escapes C0 controls itself; DEL, C1 (U+009B is CSI), bidi controls, line
            # separators and lone surrogates become \u escapes too (the same JSON value)
            text = _JSON_UNSAFE.sub(_json_escape, text)
        self._write(text + "\n")

    def print(self, text: str = "") -> None:
        from ..text.normalize import printable

        self._write(printable(text, keep="\n\t") + "\n")

    def _write(self, text: str) -> None:
        """Write to standard output.  When it is gone (closed, /dev/full, a pipe whose reader
        left) the command goes on: what it committed stays committed, and its exit code is
        not changed by a lost line of output (the CLI says so on stderr)."""
        if self.output_lost:
            return
        out = sys.stdout
        if out is None:
            self.output_lost = "standard output is closed"
            return
        try:
            out.write(text)
        except OSError as exc:
            self._lost(exc)

    def write_bytes(self, data: bytes) -> None:
        """Write a file's bytes to standard output as they are (`export csv -`)."""
        if self.output_lost:
            return
        out = getattr(sys.stdout, "buffer", None)
        if out is None:
            self.output_lost = "standard output is closed"
            return
        try:
            sys.stdout.flush()
            out.write(data)
            out.flush()
        except OSError as exc:
            self._lost(exc)

    def _lost(self, exc: OSError) -> None:
        # a reader that stopped reading (`glossary list | head`) is normal: no warning
        self.output_lost = "broken pipe" if isinstance(exc, BrokenPipeError) else (exc.strerror or str(exc))

    def flush(self) -> None:
        if self.output_lost or sys.stdout is None:
            return
        try:
            sys.stdout.flush()
        except OSError as exc:
            self._lost(exc)
        if self.output_lost:
            _discard_stdout()

    @staticmethod
    def warn(text: str) -> None:
        from ..text.normalize import printable

        sys.stderr.write(f"glossary: {printable(text)}\n")

    @staticmethod
    def interactive() -> bool:
        return sys.stderr.isatty()


#: the file name `-` stands for standard input (import, check, find, extract) or standard
#: output (export)
STDIO = "-"
#: how standard input is named in messages
STDIN_NAME = "<stdin>"


def stdin_bytes() -> bytes:
    """Standard input, read up to the input limit (the limit files have: an InputError
    naming <stdin> beyond it)."""
    from ..api import Glossary
    from ..errors import InputError

    limit = Glossary.input_limit()
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed", path=STDIN_NAME)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"standard input is larger than the input limit ({limit // (1024 * 1024)} MB)",
                         path=STDIN_NAME)
    return data


def stdin_text(ctx: "Context") -> str:
    """Standard input decoded and normalised as an article file is (Glossary.read_text);
    the decoder's warnings go to stderr."""
    from ..api import Glossary

    read = Glossary.read_text(STDIN_NAME, data=stdin_bytes())
    for w in read.warnings:
        ctx.warn(f"{STDIN_NAME}: {w}")
    return read.text


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _json_escape(match: Any) -> str:
    return f"\\u{ord(match.group()):04x}"


def _encodes_all(stream: Any) -> bool:
    encoding = (getattr(stream, "encoding", None) or "ascii").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-16", "utf-32", "gb18030")


def _discard_stdout() -> None:
    """After a write error, make the interpreter's own final flush of stdout silent (it
    would print "Exception ignored" and exit 120)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass
    sys.stdout = None  # type: ignore[assignment]
