"""Reading a file users feed: regular files only, a size limit, I/O errors, then decode
and parse.

Every article or text file the tool reads goes through `read_bytes` (the extractor,
`check`, `find`, and any other reader that wants the same guarantees):

- only a regular file is read: a FIFO, a socket or a device is refused by `os.stat`
  before it is opened (opening a FIFO for reading blocks until a writer appears), and
  the file is opened with O_NONBLOCK and checked again with `fstat`, so that a file
  swapped for a FIFO between the two calls cannot block either;
- at most the limit is read, in chunks (nothing is allocated for the limit itself, so a
  limit of 100 GB costs nothing); a file over it is refused with its size;
- the limit is DEFAULT_MAX_BYTES or $GLOSSARY_MAX_INPUT_MB (a positive, finite number of
  megabytes; anything else is a usage error naming the variable).
"""
from __future__ import annotations

import math
import os
import stat
from dataclasses import replace

from ..errors import InputError
from .decode import decode_with_warnings
from .model import Document
from .structure import parse_document

#: Files larger than this are refused (override per call or with $GLOSSARY_MAX_INPUT_MB).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_BYTES_ENV = "GLOSSARY_MAX_INPUT_MB"
#: read() size once the announced size of a file has been read (it grew, or /proc files)
CHUNK_BYTES = 1024 * 1024


def max_input_bytes(max_bytes: int | None = None) -> int:
    """The input limit in bytes: `max_bytes`, else $GLOSSARY_MAX_INPUT_MB, else the default.
    Raises InputError naming the variable when it is not a positive, finite number."""
    if max_bytes is not None:
        return max_bytes
    env = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not env:
        return DEFAULT_MAX_BYTES
    try:
        mb = float(env)
    except ValueError:
        mb = math.nan
    if not (math.isfinite(mb) and mb > 0):
        raise InputError(f"${MAX_BYTES_ENV} must be a positive number of megabytes, not {env!r}")
    return max(1, int(mb * 1024 * 1024))


def _special_kind(mode: int) -> str | None:
    """What a non-regular file is ("a named pipe (FIFO)", ...); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _refuse(kind: str, name: str) -> InputError:
    if kind == "a directory":
        return InputError("is a directory, not a text file", path=name)
    return InputError(f"is {kind}, not a regular file: refused (reading it could block)", path=name)


def _os_error(exc: OSError, name: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file", path=name)
    if isinstance(exc, PermissionError):
        return InputError("permission denied", path=name)
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory, not a text file", path=name)
    return InputError(f"cannot read file: {exc.strerror or exc}", path=name)


def require_regular_file(path) -> None:
    """Raise InputError (naming `path`) unless it is an existing regular file (following
    symlinks).  Only stats: never opens the file."""
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except OSError as exc:
        raise _os_error(exc, name) from None
    kind = _special_kind(st.st_mode)
    if kind is not None:
        raise _refuse(kind, name)


def read_bytes(path, *, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` (default: the input
    limit, see `max_input_bytes`).

    Raises InputError naming the file for a missing or unreadable file, a directory, a
    FIFO, socket or device (refused without blocking), or a file over the limit.
    """
    name = os.fspath(path)
    limit = max_input_bytes(max_bytes)
    require_regular_file(name)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(name, flags)
    except OSError as exc:
        raise _os_error(exc, name) from None
    try:
        st = os.fstat(fd)
        kind = _special_kind(st.st_mode)
        if kind is not None:          # swapped for a FIFO or device after the stat
            raise _refuse(kind, name)
        if st.st_size > limit:
            raise InputError(
                f"file too large: {st.st_size / 1e6:.1f} MB (limit {limit / 1e6:.1f} MB; "
                f"raise it with ${MAX_BYTES_ENV})", path=name)
        chunks: list[bytes] = []
        total = 0
        announced = st.st_size + 1    # one read for the whole file, one more to see the end
        while total <= limit:
            want = announced - total if total < announced else CHUNK_BYTES
            chunk = os.read(fd, min(want, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise _os_error(exc, name) from None
    finally:
        os.close(fd)
    if total > limit:  # grew while we read it
        raise InputError(f"file too large (limit {limit / 1e6:.1f} MB; raise it with ${MAX_BYTES_ENV})",
                         path=name)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_document(path, *, max_bytes: int | None = None) -> Document:
    """Read, decode and parse the article at `path`.

    Raises InputError (naming the file) for a missing, unreadable, empty, binary,
    undecodable or too large file, and for anything but a regular file.  `max_bytes`
    defaults to DEFAULT_MAX_BYTES or $GLOSSARY_MAX_INPUT_MB.
    """
    name = os.fspath(path)
    data = read_bytes(name, max_bytes=max_bytes)
    text, encoding, warnings = decode_with_warnings(data, path=name)
    del data
    doc = parse_document(text, path=name, encoding=encoding)
    if warnings:
        doc = replace(doc, warnings=tuple(warnings) + doc.warnings)
    return doc


def read_text(path, *, max_bytes: int | None = None, data: bytes | None = None) -> tuple[str, tuple[str, ...]]:
    """The decoded, normalised text of the file at `path` and the decoding's warnings
    (what `check` and `find` read: the same reader and decoder as `extract`).  With
    `data`, those bytes (standard input) are decoded under the name `path`."""
    from .decode import normalize_text

    name = os.fspath(path)
    if data is None:
        data = read_bytes(name, max_bytes=max_bytes)
    text, _encoding, warnings = decode_with_warnings(data, path=name)
    del data
    return normalize_text(text), tuple(warnings)
