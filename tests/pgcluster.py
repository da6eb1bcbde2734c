"""A throwaway PostgreSQL server for the tests and the benchmarks (issue 16).

    cluster = Cluster.start()          # initdb + pg_ctl start on a Unix socket in a temp dir
    url = cluster.create_database()    # postgresql:///t_1?host=/tmp/...&user=glossary
    cluster.stop()                     # pg_ctl stop -m immediate, the directory removed

The binaries are found on $PATH, in /usr/local/bin, or in /usr/lib/postgresql/*/bin (the
Debian package).  PostgreSQL refuses to run as root: when the tests run as root the
cluster is made and run as `nobody` (setpriv, else runuser), in a directory it owns; the
clients (the tests, as root) connect over the socket with `trust` authentication as the
superuser role `glossary`.  Durability is switched off (fsync, full_page_writes,
synchronous_commit): this server's data are thrown away anyway.

`unavailable()` says why no server can be had (the tests skip with that reason).
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from urllib.parse import quote

SUPERUSER = "glossary"
#: the uid/gid the cluster runs as when the tests run as root (nobody)
NOBODY = 65534


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for pattern in (f"/usr/local/bin/{name}", f"/usr/lib/postgresql/*/bin/{name}",
                    f"/usr/local/pgsql/bin/{name}"):
        hits = sorted(glob.glob(pattern))
        if hits:
            return hits[-1]
    return None


def unavailable() -> str | None:
    """Why no throwaway server can be started here (None: it can)."""
    missing = [n for n in ("initdb", "pg_ctl", "postgres") if not find_bin(n)]
    if missing:
        return f"PostgreSQL server binaries not found ({', '.join(missing)}; install the postgresql package)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'glossary[team]')"
    if os.geteuid() == 0 and not (shutil.which("setpriv") or shutil.which("runuser")):
        return "running as root without setpriv or runuser: PostgreSQL cannot be started as another user"
    return None


def _as_owner() -> list[str]:
    """The command prefix that runs a server command as the cluster's owner."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return [shutil.which("runuser") or "runuser", "-u", "nobody", "--"]


class Cluster:
    def __init__(self, base: str, datadir: str, sockdir: str, port: int):
        self.base, self.datadir, self.sockdir, self.port = base, datadir, sockdir, port
        self._n = 0

    # -- life cycle -------------------------------------------------------------
    @classmethod
    def start(cls, base: str | None = None, port: int = 5432) -> "Cluster":
        reason = unavailable()
        if reason:
            raise RuntimeError(reason)
        # as root, the cluster's user (nobody) must reach the directory: /tmp, not a
        # $TMPDIR that may sit under root's home
        base = base or tempfile.mkdtemp(prefix="glossary-pg-",
                                        dir="/tmp" if os.geteuid() == 0 and os.path.isdir("/tmp") else None)
        datadir, sockdir = os.path.join(base, "data"), os.path.join(base, "sock")
        os.makedirs(sockdir, exist_ok=True)
        if os.geteuid() == 0:
            os.chmod(base, 0o755)
            for d in (base, sockdir):
                os.chown(d, NOBODY, NOBODY)
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", TZ="UTC")
        prefix = _as_owner()
        proc = subprocess.run([*prefix, find_bin("initdb"), "-D", datadir, "-U", SUPERUSER, "-A", "trust",
                               "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                              capture_output=True, text=True, env=env, cwd="/")
        if proc.returncode:
            raise RuntimeError(f"initdb failed: {proc.stderr.strip() or proc.stdout.strip()}")
        with open(os.path.join(datadir, "postgresql.conf"), "a") as fh:
            fh.write(f"\nlisten_addresses = ''\nunix_socket_directories = '{sockdir}'\nport = {port}\n"
                     "fsync = off\nfull_page_writes = off\nsynchronous_commit = off\n"
                     "max_connections = 200\nshared_buffers = 64MB\n")
        cluster = cls(base, datadir, sockdir, port)
        cluster._ctl("start", "-w", "-t", "60", "-l", os.path.join(base, "server.log"))
        return cluster

    def _ctl(self, *args: str) -> None:
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", TZ="UTC")
        proc = subprocess.run([*_as_owner(), find_bin("pg_ctl"), "-D", self.datadir, *args],
                              capture_output=True, text=True, env=env, cwd="/")
        if proc.returncode:
            log = ""
            try:
                with open(os.path.join(self.base, "server.log")) as fh:
                    log = fh.read()[-2000:]
            except OSError:
                pass
            raise RuntimeError(f"pg_ctl {args[0]} failed: {proc.stderr.strip()} {log}")

    def restart(self) -> None:
        """Stop the server (clients lose their connections; what was committed is kept)
        and start it again."""
        self._ctl("stop", "-m", "fast", "-w")
        self._ctl("start", "-w", "-t", "60", "-l", os.path.join(self.base, "server.log"))

    def stop(self) -> None:
        try:
            self._ctl("stop", "-m", "immediate", "-w")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    # -- databases --------------------------------------------------------------
    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql:///{dbname}?host={quote(self.sockdir, safe='/')}&port={self.port}&user={user}"

    def admin(self, sql: str, dbname: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if cur.description else []

    def create_database(self, template: str | None = None, name: str | None = None) -> str:
        """A new empty database (a copy of `template` when given); its URL."""
        self._n += 1
        name = name or f"t_{os.getpid()}_{self._n}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_until(predicate, timeout: float = 10.0, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
