"""Error hierarchy.  Every error a user can cause is a GlossaryError; the CLI turns it
into one line on stderr and an exit code (2 bad input, 3 storage problem)."""
from __future__ import annotations


class GlossaryError(Exception):
    """Base of every error the tool reports to a user."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(GlossaryError):
    """Bad input from the user: an argument, a language tag, empty text, a bad file."""


class FormatError(InputError):
    """A file in an exchange format (po, tbx, csv, json) that cannot be read."""


class NotFound(InputError):
    """No entry with that id (or no term of that language)."""


class StoreError(GlossaryError):
    """The termbase cannot be opened, read or written (missing dir, corrupt, read-only, locked)."""

    exit_code = 3


class Conflict(StoreError):
    """An update was based on a revision that is no longer current."""

    def __init__(self, message: str, *, entry_id: str = "", expected: int | None = None,
                 actual: int | None = None, path: str | None = None):
        self.entry_id = entry_id
        self.expected = expected
        self.actual = actual
        super().__init__(message, path=path)
