"""The team server (issue 16): what only the PostgreSQL backend has -- its migrations, roles,
change notifications, moving termbases between backends, and the faults of a network
database (a client killed mid-import, a server restart, many writers at once).

The store/API/CLI/undo suites run on both backends through the `backends` marker
(conftest.py); the server is the session's throwaway cluster (tests/pgcluster.py)."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glossary import Glossary
from glossary.errors import Conflict, StoreError
from glossary.model import Entry, Term
from glossary.store import schema

from conftest import cli_env, run_glossary  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


# -- one migration list, two dialects (no server needed) ---------------------------------

def test_every_migration_has_a_postgresql_form():
    """Adding migration n to MIGRATIONS without POSTGRES_MIGRATIONS[n] fails here."""
    assert sorted(schema.POSTGRES_MIGRATIONS) == list(range(1, schema.SCHEMA_VERSION + 1)), (
        "every migration needs its PostgreSQL form in glossary/store/schema.py POSTGRES_MIGRATIONS "
        "(SQL text, a Python step's name, or SAME when the SQLite text runs unchanged)")
    for n in range(1, schema.SCHEMA_VERSION + 1):
        step = schema.postgres_step(n)
        assert step in schema.PYTHON_STEPS or re.search(r"\b(CREATE|ALTER|UPDATE|INSERT|DROP)\b", step), n
        assert "PRAGMA" not in step.upper() and "WITHOUT ROWID" not in step.upper(), n


def test_a_migration_without_a_postgresql_form_is_named(monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + ("CREATE TABLE later (x TEXT);",))
    with pytest.raises(KeyError, match=f"migration {len(schema.MIGRATIONS)} has no PostgreSQL form"):
        schema.postgres_step(len(schema.MIGRATIONS))


def test_every_table_the_migrations_create_is_copied():
    texts = [m for m in schema.MIGRATIONS if m not in schema.PYTHON_STEPS]
    texts += [schema.postgres_step(n) for n in range(1, schema.SCHEMA_VERSION + 1)]
    created = {name for text in texts for name in re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", text)}
    assert created == set(schema.COPY_TABLES)


def test_urls_are_told_from_paths_and_passwords_never_shown():
    from glossary.api import is_server_url
    from glossary.store.postgres import redact

    assert is_server_url("postgresql://u@h/db") and is_server_url("postgres:///db?host=/s")
    assert not is_server_url("terms/postgresql.db")
    assert redact("postgresql://ed:s3cret@db.example/terms") == "postgresql://ed:***@db.example/terms"
    assert redact("postgresql:///terms?host=/s&password=s3cret&user=ed") == \
        "postgresql:///terms?host=/s&password=***&user=ed"


# -- the schema on a server --------------------------------------------------------------

def test_a_new_database_is_migrated(pg_cluster):
    url = pg_cluster.create_database()
    with Glossary.open(url, actor="tester") as g:
        assert g.backend == "postgresql"
        conn = g._store.conn
        assert conn.execute("SELECT version, application FROM glossary_schema").fetchone() == (
            schema.SCHEMA_VERSION, schema.APPLICATION_ID)
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables == set(schema.COPY_TABLES) | {"glossary_schema"}


def test_processes_opening_the_same_new_database_at_once_all_succeed(pg_cluster, tmp_path):
    url = pg_cluster.create_database()
    procs = [subprocess.Popen([sys.executable, "-m", "glossary", "--db", url, "add", f"Term {i}"],
                              env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(6)]
    results = [(p.wait(timeout=60), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [rc for rc, _ in results] == [0] * 6, results
    with Glossary.open(url) as g:
        assert g.count() == 6


def test_another_programs_database_and_a_newer_schema_are_refused(pg_cluster, pg_url):
    other = pg_cluster.create_database()
    pg_cluster.admin("CREATE TABLE invoices (id int)", other.split("/")[3].split("?")[0])
    with pytest.raises(StoreError, match="not a glossary termbase"):
        Glossary.open(other)
    with Glossary.open(pg_url) as g:
        g._store.conn.execute("UPDATE glossary_schema SET version = version + 1")
    with pytest.raises(StoreError, match="newer than this program"):
        Glossary.open(pg_url)


def test_open_without_create_refuses_an_empty_database_and_an_unreachable_server_is_one_line(
        pg_cluster, tmp_path, run_cli):
    empty = pg_cluster.create_database()
    rc, out, err = run_cli("--db", empty, "lookup", "Quad")
    assert rc == 3 and "no termbase here" in err and err.count("\n") == 1
    gone = "postgresql://ed:s3cret@/terms?host=" + str(tmp_path / "no-server")
    rc, out, err = run_cli("--db", gone, "lookup", "Quad")
    assert rc == 3 and err.count("\n") == 1 and "cannot connect to the PostgreSQL server" in err
    assert "s3cret" not in err and "Traceback" not in err


# -- roles ---------------------------------------------------------------------------------

#: the README's GRANTs (section "A team server"), run as the database owner
GRANTS = """
CREATE ROLE glossary_editor NOLOGIN;
CREATE ROLE glossary_reader NOLOGIN;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO glossary_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO glossary_reader;
CREATE ROLE kim LOGIN IN ROLE glossary_editor;
CREATE ROLE lee LOGIN IN ROLE glossary_reader;
"""


@pytest.fixture
def roles(pg_cluster, pg_url):
    """The termbase with an editor (kim) and a read-only reader (lee), as the README sets them up."""
    name = pg_url.split("/")[3].split("?")[0]
    with Glossary.open(pg_url, actor="owner") as g:
        e = g.add("Yoon Suk Yeol", category="person")
        g.set_term(e.id, "ko", "윤석열", approve=True)
    for statement in GRANTS.strip().split(";\n"):
        try:
            pg_cluster.admin(statement.strip().rstrip(";"), name)
        except Exception as exc:  # the roles are cluster-wide: made by an earlier test
            if "already exists" not in str(exc):
                raise
    yield {"editor": pg_cluster.url(name, user="kim"), "reader": pg_cluster.url(name, user="lee")}


def test_a_read_only_role_reads_and_every_write_is_one_line_naming_the_permission(roles, run_cli, tmp_path):
    reader = roles["reader"]
    assert run_cli("--db", reader, "lookup", "윤석열", "--to", "en") == (0, "Yoon Suk Yeol\n", "")
    assert run_cli("--db", reader, "list", "--json").rc == 0
    assert run_cli("--db", reader, "export", "json", str(tmp_path / "out.json")).rc == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    for args in (["set", "yoon-suk-yeol", "ja", "尹錫悦"], ["add", "Quad"], ["approve", "yoon-suk-yeol", "ko"],
                 ["undo", "yoon-suk-yeol"], ["delete", "yoon-suk-yeol"]):
        rc, out, err = run_cli("--db", reader, *args)
        assert rc == 3, (args, err)
        assert err.count("\n") == 1 and "permission denied" in err and "INSERT, UPDATE and DELETE" in err, err
        assert "'lee'" in err and "Traceback" not in err
    with Glossary.open(reader) as g:
        assert g._store.readonly and g.get("yoon-suk-yeol").revision == 2


def test_the_actor_is_the_database_role_unless_given(roles, run_cli):
    env = {k: v for k, v in cli_env().items() if k != "GLOSSARY_ACTOR"}
    proc = subprocess.run([sys.executable, "-m", "glossary", "--db", roles["editor"], "set", "yoon-suk-yeol",
                           "ja", "尹錫悦"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert run_cli("--db", roles["editor"], "set", "yoon-suk-yeol", "ja", "尹錫悦", "--approve").rc == 0
    with Glossary.open(roles["editor"]) as g:
        assert g.actor == "kim" or os.environ.get("GLOSSARY_ACTOR")
        assert [(c.actor, c.action) for c in g.history("yoon-suk-yeol")][:2] == [("tester", "set"), ("kim", "set")]
    with Glossary.open(roles["editor"], actor="kim-at-desk") as g:
        assert g.actor == "kim-at-desk"


# -- moving between backends -------------------------------------------------------------------

def dump(run_cli, db: str, tmp_path: Path, name: str) -> tuple[list, list]:
    """A termbase as JSON: every entry (export json) and the whole history (history --json)."""
    out = tmp_path / f"{name}.json"
    rc, _, err = run_cli("--db", db, "export", "json", str(out))
    assert rc == 0, err
    rc, history, err = run_cli("--db", db, "history", "--json", "--limit", "100000")
    assert rc == 0, err
    return json.loads(out.read_text(encoding="utf-8")), json.loads(history)


def test_copy_sqlite_to_postgresql_to_sqlite_is_lossless(pg_url, run_cli, tmp_path):
    first = str(tmp_path / "first.db")
    assert run_cli("--db", first, "extract", str(SEEDS)).rc == 0
    with Glossary.open(first, actor="ed") as g:   # history with undo marks, a delete, a redo
        some = g.list(limit=3)
        g.approve(some[0].id, "en")
        g.update(some[1].id, note="checked", subject="diplomacy")
        g.undo(some[1].id)
        g.redo(some[1].id)
        g.delete(some[2].id)
    rc, out, err = run_cli("--db", "ignored.db", "copy", first, pg_url, "--json")
    assert rc == 0, err
    counts = json.loads(out)
    assert counts["entries"] > 10 and counts["changes"] > counts["entries"]
    back = str(tmp_path / "back.db")
    assert run_cli("copy", pg_url, back).rc == 0
    a, b, c = (dump(run_cli, db, tmp_path, n) for db, n in ((first, "a"), (pg_url, "b"), (back, "c")))
    assert a == b == c
    # the undo chain survives the copies: the next undo on the copy is the one on the original
    with Glossary.open(first) as g1, Glossary.open(back) as g2:
        assert g1.undoable(some[1].id) == g2.undoable(some[1].id)
        assert g1.undo(some[1].id) == g2.undo(some[1].id).replace(updated_at=g1.get(some[1].id).updated_at)


def test_copy_refuses_a_non_empty_destination_unless_replace(pg_url, run_cli, tmp_path):
    src = str(tmp_path / "src.db")
    assert run_cli("--db", src, "add", "Quad").rc == 0
    assert run_cli("--db", pg_url, "add", "Kept").rc == 0
    rc, out, err = run_cli("copy", src, pg_url)
    assert rc == 3 and "not empty" in err and err.count("\n") == 1
    with Glossary.open(pg_url) as g:
        assert [e.id for e in g.list()] == ["kept"]
    assert run_cli("copy", src, pg_url, "--replace").rc == 0
    with Glossary.open(pg_url) as g:
        assert [e.id for e in g.list()] == ["quad"]
        assert g.add("Next").revision == 1          # the id sequences moved past the copied rows
        assert g.history()[0].id > g.history()[1].id
    rc, _, err = run_cli("copy", src, src)
    assert rc == 2 and "same termbase" in err


def test_copy_is_one_transaction(pg_url, tmp_path, monkeypatch):
    src = str(tmp_path / "src.db")
    with Glossary.open(src) as g:
        g.add_all([Entry(f"e{i}", terms=(Term("en", f"Term {i}"),)) for i in range(50)])
    from glossary.store.postgres import PostgresStore

    real = PostgresStore.load_rows

    def failing(self, table, columns, rows):
        if table == "changes":
            raise StoreError("the network went away")
        return real(self, table, columns, rows)
    monkeypatch.setattr(PostgresStore, "load_rows", failing)
    with pytest.raises(StoreError, match="network went away"):
        Glossary.copy(src, pg_url)
    monkeypatch.setattr(PostgresStore, "load_rows", real)
    with Glossary.open(pg_url) as g:
        assert g.count() == 0 and g.history() == []


def test_extract_on_the_server_lists_what_sqlite_lists(pg_url, run_cli, tmp_path):
    lite = str(tmp_path / "lite.db")
    assert run_cli("--db", lite, "extract", str(SEEDS)).rc == 0
    rc, _, err = run_cli("--db", pg_url, "extract", str(SEEDS))
    assert rc == 0, err
    rc1, on_sqlite, _ = run_cli("--db", lite, "list", "--json")
    rc2, on_server, _ = run_cli("--db", pg_url, "list", "--json")
    assert rc1 == rc2 == 0
    a, b = json.loads(on_sqlite), json.loads(on_server)
    assert len(a) > 10

    def timeless(entries):   # everything but when it was made (two runs, two times)
        return [{k: v for k, v in e.items() if k not in ("created_at", "updated_at")} for e in entries]
    assert timeless(a) == timeless(b)   # ids, terms, roles, statuses, confidences, evidence, occurrences
    # extracting again changes nothing (per-document bookkeeping works on the server too)
    assert run_cli("--db", pg_url, "extract", str(SEEDS)).rc == 0
    assert json.loads(run_cli("--db", pg_url, "list", "--json").stdout) == b


# -- live: notifications and the client key index ----------------------------------------------

@pytest.mark.backends("sqlite", "postgresql")
def test_the_key_index_serves_warm_lookups_and_sees_other_writers(db_url):
    from pgcluster import wait_until  # type: ignore[import-not-found]

    with Glossary.open(db_url, actor="a") as a, Glossary.open(db_url, actor="b") as b:
        e = a.add("Quad")
        a.set_term(e.id, "ja", "クアッド")
        index = a._lookups          # the facade's answers; the store keeps entries by key beneath
        first = a.lookup("Quad", to="ja")
        hits = index.hits
        assert a.lookup("Quad", to="ja") == first and index.hits == hits + 1     # no query: from memory
        a.set_term(e.id, "ja", "クワッド")                                     # my own write: at once
        assert a.lookup("Quad", to="ja")[0].targets[0].text == "クワッド"
        b.set_term(e.id, "ja", "四か国")                                       # someone else's
        assert wait_until(lambda: a.lookup("Quad", to="ja")[0].targets[0].text == "四か国",
                          timeout=5)
        b.delete(e.id)
        assert wait_until(lambda: a.lookup("Quad") == [], timeout=5)


def test_notifications_reach_a_waiting_reader_within_a_second(pg_url):
    """What the TUI's once-a-second poll relies on: data_version() moves when another
    session commits, and not for this session's own commits."""
    with Glossary.open(pg_url, actor="a") as a, Glossary.open(pg_url, actor="b") as b:
        e = a.add("Quad")
        start = b.data_version()
        a.update(e.id, note="theirs")
        t0 = time.monotonic()
        while b.data_version() == start and time.monotonic() - t0 < 1.0:
            time.sleep(0.01)
        assert b.data_version() != start
        seen = b.data_version()
        b.update(e.id, note="mine")
        assert b.data_version() == seen


# -- faults ------------------------------------------------------------------------------------

# An import of a JSON file that announces, from inside its transaction, that it has written
# its rows, then stalls so the parent can kill it right there.
IMPORTER = """
import sys, time
from glossary import Glossary
from glossary.store.postgres import PostgresStore
url, path, marker = sys.argv[1], sys.argv[2], sys.argv[3]
real_copy, real_record = PostgresStore._copy, PostgresStore._record
state = {"calls": 0}
def stall():
    state["calls"] += 1
    if state["calls"] == 2:
        open(marker, "w").close()
        time.sleep(120)
def copy(self, *a, **k):
    real_copy(self, *a, **k); stall()
def record(self, *a, **k):
    real_record(self, *a, **k); stall()
PostgresStore._copy, PostgresStore._record = copy, record
g = Glossary.open(url, actor="importer")
g.import_file(path)
print("committed", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_of_a_client_mid_import_leaves_the_server_termbase_as_it_was(pg_url, tmp_path, run_cli):
    with Glossary.open(pg_url, actor="ed") as g:
        g.add("Kept Before", entry_id="kept-before")
        g.add("Changed By Import", entry_id="changed")
    before = dump(run_cli, pg_url, tmp_path, "before")
    data = [{"id": "changed", "category": "other", "terms": {"en": [{"text": "Changed By Import"}],
                                                              "ko": [{"text": "변경"}]}}]
    data += [{"id": f"imp-{i:04d}", "category": "other", "terms": {"en": [{"text": f"Imported {i}"}],
                                                                   "ja": [{"text": f"用語{i}"}]}}
             for i in range(200)]
    path = tmp_path / "import.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    marker = tmp_path / "in-transaction"
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, pg_url, str(path), str(marker)], env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            if proc.poll() is not None:
                pytest.fail(f"importer ended early: {proc.communicate()}")
            assert time.monotonic() < deadline, "the importer never reached its transaction"
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == -signal.SIGKILL and "committed" not in out
    assert dump(run_cli, pg_url, tmp_path, "after") == before
    # the server noticed the dead client: its write lock is gone, the next writer proceeds
    with Glossary.open(pg_url, actor="ed", timeout=10) as g:
        assert g.add("After The Crash").id == "after-the-crash"
        assert len(g.import_file(str(path)).added) == 200 and g.count() == 203


def test_a_server_restart_is_one_line_then_the_next_call_reconnects(pg_cluster, pg_url, run_cli):
    with Glossary.open(pg_url, actor="ed") as g:
        e = g.add("Quad")
        version = g.data_version()
        pg_cluster.restart()
        with pytest.raises(StoreError) as info:
            g.get(e.id)
        message = str(info.value)
        assert "lost the connection to the PostgreSQL server" in message and "\n" not in message
        assert g.get(e.id).id == e.id                       # reconnected
        assert g.data_version() != version                  # a reader reloads what it may have missed
        assert g.set_term(e.id, "ko", "쿼드").revision == 2  # and writes again
        pg_cluster.restart()
        with pytest.raises(StoreError, match="lost the connection"):
            g.set_term(e.id, "ja", "クアッド")
        assert g.get(e.id).terms_for("ja") == ()            # the failed write wrote nothing
    assert run_cli("--db", pg_url, "lookup", "쿼드").rc == 0


EDITOR = """
import json, random, sys, time
from glossary import Glossary
from glossary.errors import Conflict
url, name, go = sys.argv[1], sys.argv[2], sys.argv[3]
import os
rng = random.Random(name)
done, conflicts = [], []
with Glossary.open(url, actor=name) as g:
    while not os.path.exists(go):
        time.sleep(0.001)
    for i in range(100):
        entry_id = f"e{rng.randrange(20):02d}"
        seen = g.get(entry_id, ).revision
        time.sleep(rng.random() * 0.002)
        note = f"{name}-{i}"
        try:
            after = g.update(entry_id, note=note, revision=seen)
            done.append([entry_id, note, after.revision])
        except Conflict as exc:
            conflicts.append([entry_id, note, exc.expected, exc.actual])
print(json.dumps({"done": done, "conflicts": conflicts}))
"""


def test_eight_processes_editing_twenty_entries_lose_no_update_and_report_every_conflict(pg_url, tmp_path):
    with Glossary.open(pg_url, actor="setup") as g:
        g.add_all([Entry(f"e{i:02d}", terms=(Term("en", f"Entry {i}"),)) for i in range(20)])
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, pg_url, f"p{n}", str(go)], env=cli_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(8)]
    time.sleep(0.5)
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    done = [d for r in results for d in r["done"]]
    conflicts = [c for r in results for c in r["conflicts"]]
    assert len(done) + len(conflicts) == 800
    print(f"8 x 100 edits: {len(done)} written, {len(conflicts)} refused as conflicts")
    assert conflicts, "eight writers on twenty entries should collide at least once"
    for _, _, expected, actual in conflicts:
        assert actual is not None and actual > expected      # every refusal names a newer revision
    with Glossary.open(pg_url) as g:
        history = g.history(limit=10000)
        updates = [c for c in history if c.action == "update"]
        # no lost update: every success is in the history, once, with the revision it reported
        assert sorted((c.entry_id, c.after["note"], c.after["revision"]) for c in updates) == \
            sorted(tuple(d) for d in done)
        for i in range(20):
            entry = g.get(f"e{i:02d}")
            mine = sorted((d for d in done if d[0] == entry.id), key=lambda d: d[2])
            assert entry.revision == 1 + len(mine)           # each success moved it exactly once
            if mine:
                assert entry.note == mine[-1][1]              # the last success is what is stored


# -- the cold path: libpq first, psycopg when needed ----------------------------------------

PROBE = """
import contextlib, io, json, sys
from glossary.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rcs = [main(['--db', sys.argv[1], *args.split('|')]) for args in sys.argv[2:]]
print(json.dumps({"rcs": rcs, "out": out.getvalue(), "psycopg": "psycopg" in sys.modules}))
"""


def probe(url: str, *commands: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, url, *commands], env=cli_env(), capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_cold_lookup_reads_through_libpq_and_a_write_loads_psycopg(pg_url):
    with Glossary.open(pg_url, actor="ed") as g:
        e = g.add("Quad", category="institution", note="a \"quoted\" note, with {braces} and \\ backslash")
        g.set_term(e.id, "ko", "쿼드", approve=True, reading="kwodeu")
        g.add_entry(Entry("quad-2", "other", "", (Term("en", "QUAD", confidence=0.3333333333333333),)))
        expected = [h.to_dict() for h in g.lookup("quad")]
        shown = g.get("quad").to_dict()
    cold = probe(pg_url, "lookup|quad|--json", "show|quad|--json", "history|quad|--json")
    assert cold["rcs"] == [0, 0, 0] and not cold["psycopg"]          # libpq only
    lookup_json, rest = cold["out"].split("\n]\n", 1)
    assert json.loads(lookup_json + "\n]") == expected                # the same values, typed alike
    assert json.loads(rest.split("\n}\n", 1)[0] + "\n}") == shown
    warm = probe(pg_url, "set|quad|ja|クアッド", "lookup|クアッド|--to|en")
    assert warm["rcs"] == [0, 0] and warm["psycopg"] and warm["out"].endswith("\nQuad\n")


def test_the_libpq_connection_converts_types_and_quotes_arrays(pg_url):
    from glossary.store.libpq import LightConnection, LightError, library

    if library() is None:
        pytest.skip("libpq cannot be loaded here (psycopg's own is used)")
    conn = LightConnection(pg_url)
    try:
        ids = ['a"b', "c\\d", "e,f", "{g}", "한국"]
        rows = conn.query("SELECT x, 1::int4, 2::int8, 0.1::float8, true, NULL::text, %(k)s::text, %(k)s::text "
                          "FROM unnest(%(ids)s::text[]) AS x", {"k": "키", "ids": ids})
        assert [r[0] for r in rows] == ids
        assert rows[0][1:] == (1, 2, 0.1, True, None, "키", "키")
        with pytest.raises(LightError) as info:
            conn.query("SELECT * FROM no_such_table")
        assert info.value.sqlstate == "42P01" and not info.value.lost
    finally:
        conn.close()


SWITCH = """
import json, sys, time
from glossary import Glossary
from glossary.store import postgres
url = sys.argv[1]
with Glossary.open(url) as g:
    light = g._store._light is not None
    before = g.data_version()
    g.list()                                   # a read beyond the libpq path: psycopg takes over
    switched = g._store._light is None and postgres.psycopg is not None
    after_switch = g.data_version()
    with Glossary.open(url, actor="other") as other:
        other.add("Theirs")
    after_theirs = g.data_version()
print(json.dumps([light, switched, before, after_switch, after_theirs]))
"""


def test_switching_from_libpq_to_psycopg_neither_loses_nor_invents_a_change(pg_url):
    with Glossary.open(pg_url) as g:
        g.add("Quad")
    proc = subprocess.run([sys.executable, "-c", SWITCH, pg_url], env=cli_env(), capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    light, switched, before, after_switch, after_theirs = json.loads(proc.stdout.strip().splitlines()[-1])
    assert light and switched
    assert after_switch == before          # the TUI does not reload for nothing
    assert after_theirs != after_switch    # and hears the next change


def test_an_edition_aligned_on_the_server_exports_its_pairs_and_copies_back(pg_url, tmp_path):
    """Issue 17's editions (migration 6) on the team server: the aligned pairs are stored,
    exported as TMX and carried by `glossary copy` both ways."""
    cases = ROOT / "tests" / "data" / "edition_cases"
    with Glossary.open(pg_url) as g:
        report = g.align_edition(str(cases / "energy.en.txt"), str(cases / "energy.ja-merged.txt"))
        assert report.pairs and report.harvested
        assert [e[0] for e in g.editions()] == [str(cases / "energy.ja-merged.txt")]
        g.export_tmx(str(tmp_path / "ja.tmx"), lang="ja")
    assert "<tu" in (tmp_path / "ja.tmx").read_text(encoding="utf-8")
    back = tmp_path / "back.db"
    Glossary.copy(pg_url, str(back))
    with Glossary.open(back) as g:
        assert [e[0] for e in g.editions()] == [str(cases / "energy.ja-merged.txt")]
