"""Reading an article from a file: size limit, I/O errors, then decode and parse."""
from __future__ import annotations

import os

from ..errors import InputError
from .decode import decode_bytes
from .model import Document
from .structure import parse_document

#: Files larger than this are refused (override per call or with $GLOSSARY_MAX_INPUT_MB).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_BYTES_ENV = "GLOSSARY_MAX_INPUT_MB"


def _max_bytes(max_bytes: int | None) -> int:
    if max_bytes is not None:
        return max_bytes
    env = os.environ.get(MAX_BYTES_ENV, "").strip()
    if env:
        try:
            return int(float(env) * 1024 * 1024)
        except ValueError:
            raise InputError(f"${MAX_BYTES_ENV} must be a number of megabytes, not {env!r}") from None
    return DEFAULT_MAX_BYTES


def read_document(path, *, max_bytes: int | None = None) -> Document:
    """Read, decode and parse the article at `path`.

    Raises InputError (naming the file) for a missing, unreadable, empty, binary,
    undecodable or too large file.  `max_bytes` defaults to DEFAULT_MAX_BYTES or
    $GLOSSARY_MAX_INPUT_MB.
    """
    name = os.fspath(path)
    limit = _max_bytes(max_bytes)
    try:
        with open(name, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise InputError(
                    f"file too large: {size / 1e6:.1f} MB (limit {limit / 1e6:.1f} MB; "
                    f"raise it with ${MAX_BYTES_ENV})", path=name)
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise InputError("is a directory, not a text file", path=name) from None
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=name) from None
    if len(data) > limit:  # grew while we read it, or a special file
        raise InputError(f"file too large (limit {limit / 1e6:.1f} MB)", path=name)
    text, encoding = decode_bytes(data, path=name)
    del data
    return parse_document(text, path=name, encoding=encoding)
