"""A small read-only libpq binding (ctypes) for the PostgreSQL store's first reads.

`glossary lookup` against a server is a new process per call; importing psycopg costs
more than the whole SQLite lookup (about 110 ms of its ~150 ms: the C extension, asyncio,
the error classes ...).  So a PostgreSQL store starts on this: libpq itself (the one
psycopg's binary wheel bundles, else the system's libpq.so.5), called through ctypes, for
plain queries with text results and LISTEN notifications.  Connection strings, ~/.pgpass,
PG* variables, TLS and every authentication method are libpq's own, exactly as psycopg
gets them.  The first write, a lost connection, a large result or anything else this
module does not do makes the store switch to psycopg for the rest of its life
(store/postgres.py `_alive`); nothing is ever written through here.
"""
from __future__ import annotations

import ctypes
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Sequence

_CONNECTION_OK = 0
_PGRES_COMMAND_OK = 1
_PGRES_TUPLES_OK = 2
_PG_DIAG_SQLSTATE = ord("C")
_INTS = frozenset({20, 21, 23, 26})      # int8, int2, int4, oid
_FLOATS = frozenset({700, 701})           # float4, float8
_BOOL = 16


class LightError(Exception):
    """A libpq error: its message, SQLSTATE ('' when none) and whether the connection is gone."""

    def __init__(self, message: str, sqlstate: str = "", lost: bool = False):
        super().__init__(message)
        self.sqlstate = sqlstate
        self.lost = lost


class _Notify(ctypes.Structure):
    _fields_ = [("relname", ctypes.c_char_p), ("be_pid", ctypes.c_int), ("extra", ctypes.c_char_p)]


_LIB: Any = None


def _find_libpq() -> str | None:
    """The libpq of psycopg's binary wheel (found without importing it), else the system's."""
    from importlib.util import find_spec

    try:
        spec = find_spec("psycopg_binary")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        libs = os.path.join(os.path.dirname(list(spec.submodule_search_locations)[0]), "psycopg_binary.libs")
        try:
            for name in sorted(os.listdir(libs)):
                if name.startswith("libpq"):
                    return os.path.join(libs, name)
        except OSError:
            pass
    return "libpq.so.5"


def library() -> Any:
    """libpq with the signatures used here; None when it cannot be loaded."""
    global _LIB
    if _LIB is None:
        path = _find_libpq()
        try:
            lib = ctypes.CDLL(path) if path else None
        except OSError:
            lib = None
        if lib is None:
            _LIB = False
            return None
        p, i, u = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint
        for name, res, args in (
                ("PQconnectdb", p, [ctypes.c_char_p]), ("PQstatus", i, [p]), ("PQerrorMessage", ctypes.c_char_p, [p]),
                ("PQfinish", None, [p]), ("PQsetClientEncoding", i, [p, ctypes.c_char_p]),
                ("PQexecParams", p, [p, ctypes.c_char_p, i, p, ctypes.POINTER(ctypes.c_char_p), p, p, i]),
                ("PQprepare", p, [p, ctypes.c_char_p, ctypes.c_char_p, i, p]),
                ("PQexecPrepared", p, [p, ctypes.c_char_p, i, ctypes.POINTER(ctypes.c_char_p), p, p, i]),
                ("PQresultStatus", i, [p]), ("PQresultErrorMessage", ctypes.c_char_p, [p]),
                ("PQresultErrorField", ctypes.c_char_p, [p, i]), ("PQntuples", i, [p]), ("PQnfields", i, [p]),
                ("PQftype", u, [p, i]), ("PQgetvalue", ctypes.c_char_p, [p, i, i]), ("PQgetisnull", i, [p, i, i]),
                ("PQclear", None, [p]), ("PQconsumeInput", i, [p]), ("PQnotifies", ctypes.POINTER(_Notify), [p]),
                ("PQfreemem", None, [p]), ("PQbackendPID", i, [p])):
            fn = getattr(lib, name)
            fn.restype = res
            fn.argtypes = args
        _LIB = lib
    return _LIB or None


def _text(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return b"t" if value else b"f"
    if isinstance(value, (list, tuple)):
        return ("{" + ",".join('"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
                               for v in value) + "}").encode("utf-8")
    return str(value).encode("utf-8")


def _dollars(sql: str, args: Any) -> tuple[str, list[Any]]:
    """psycopg's %s / %(name)s placeholders as $n, with the values in order."""
    if isinstance(args, dict):
        names: list[str] = []

        def named(match: Any) -> str:
            name = match.group(1)
            if name not in names:
                names.append(name)
            return f"${names.index(name) + 1}"
        import re

        return re.sub(r"%\((\w+)\)s", named, sql), [args[n] for n in names]
    parts = sql.split("%s")
    out = parts[0]
    for n, part in enumerate(parts[1:], 1):
        out += f"${n}{part}"
    return out, list(args)


class LightConnection:
    """One libpq connection for reads: `query(sql, args)` -> rows of Python values."""

    def __init__(self, url: str):
        lib = library()
        if lib is None:
            raise LightError("libpq cannot be loaded")
        self.lib = lib
        self.pg = lib.PQconnectdb(url.encode("utf-8"))
        if not self.pg or lib.PQstatus(self.pg) != _CONNECTION_OK:
            message = lib.PQerrorMessage(self.pg).decode("utf-8", "replace") if self.pg else "out of memory"
            self.close()
            raise LightError(message.strip() or "cannot connect", lost=True)
        lib.PQsetClientEncoding(self.pg, b"UTF8")
        self.pid = lib.PQbackendPID(self.pg)
        self.rows_seen = 0
        self.prepared: dict[str, bytes] = {}   # SQL text -> name of its prepared statement

    @property
    def ok(self) -> bool:
        return bool(self.pg) and self.lib.PQstatus(self.pg) == _CONNECTION_OK

    def query(self, sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> list[tuple]:
        lib, pg = self.lib, self.pg
        if not pg:
            raise LightError("connection closed", lost=True)
        text, values = _dollars(sql, args) if args else (sql, [])
        params = (ctypes.c_char_p * len(values))(*[_text(v) for v in values]) if values else None
        name = self.prepared.get(text)
        if name is None and values:
            # a query with parameters is asked again and again (lookups): parsed and planned once
            name = f"glossary_{len(self.prepared)}".encode("ascii")
            made = lib.PQprepare(pg, name, text.encode("utf-8"), len(values), None)
            ok = made and lib.PQresultStatus(made) == _PGRES_COMMAND_OK
            if made:
                lib.PQclear(made)
            if ok:
                self.prepared[text] = name
            else:
                name = None
        if name is not None:
            res = lib.PQexecPrepared(pg, name, len(values), params, None, None, 0)
        else:
            res = lib.PQexecParams(pg, text.encode("utf-8"), len(values), None, params, None, None, 0)
        try:
            status = lib.PQresultStatus(res) if res else -1
            if status == _PGRES_COMMAND_OK:
                return []
            if status != _PGRES_TUPLES_OK:
                message = (lib.PQresultErrorMessage(res) if res else lib.PQerrorMessage(pg)) or b""
                state = (lib.PQresultErrorField(res, _PG_DIAG_SQLSTATE) if res else None) or b""
                raise LightError(message.decode("utf-8", "replace").strip() or "query failed",
                                 state.decode("ascii", "replace"), lost=not self.ok)
            n, m = lib.PQntuples(res), lib.PQnfields(res)
            kinds = []
            for c in range(m):
                oid = lib.PQftype(res, c)
                kinds.append(int if oid in _INTS else float if oid in _FLOATS else bool if oid == _BOOL else str)
            get, isnull = lib.PQgetvalue, lib.PQgetisnull
            rows = []
            for r in range(n):
                row = []
                for c, kind in enumerate(kinds):
                    raw = get(res, r, c)
                    if not raw and isnull(res, r, c):
                        row.append(None)
                    elif kind is str:
                        row.append(raw.decode("utf-8"))
                    elif kind is bool:
                        row.append(raw == b"t")
                    else:
                        row.append(kind(raw.decode("ascii")))
                rows.append(tuple(row))
            self.rows_seen += n
            return rows
        finally:
            if res:
                lib.PQclear(res)

    def notifications(self) -> list[int]:
        """Backend pids of the notifications on the socket now (no round trip)."""
        lib, pg = self.lib, self.pg
        if not pg or not lib.PQconsumeInput(pg):
            raise LightError((lib.PQerrorMessage(pg) or b"connection lost").decode("utf-8", "replace").strip(),
                             lost=True)
        pids = []
        while True:
            note = lib.PQnotifies(pg)
            if not note:
                return pids
            pids.append(note.contents.be_pid)
            lib.PQfreemem(ctypes.cast(note, ctypes.c_void_p))

    def close(self) -> None:
        pg, self.pg = getattr(self, "pg", None), None
        if pg:
            self.lib.PQfinish(pg)
