"""Schema and migrations: ONE numbered list for both backends.

`MIGRATIONS[n - 1]` is migration n in its SQLite form (SQL text, or the name of a Python
step in PYTHON_STEPS).  `POSTGRES_MIGRATIONS[n]` is the same migration for PostgreSQL
(store/postgres.py, the team server): SQL text, a Python step's name, or `SAME` when the
SQLite text runs unchanged.  Every migration needs its PostgreSQL entry -- adding
migration n means appending to MIGRATIONS *and* adding `POSTGRES_MIGRATIONS[n]`;
tests/test_postgres.py::test_every_migration_has_a_postgresql_form fails until both exist.

SQLite keeps the number of migrations applied in `PRAGMA user_version`, PostgreSQL in the
table `glossary_schema`; each migration runs in the transaction that bumps the version, so
a crash leaves the database at the old or the new version, never between."""
from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (  # SQL scripts, or the name of a Python step (PYTHON_STEPS)
    # 1: the termbase
    """
    CREATE TABLE entries (
        id          TEXT PRIMARY KEY,
        category    TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        revision    INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX entries_category ON entries(category);

    CREATE TABLE terms (
        id          INTEGER PRIMARY KEY,
        entry_id    TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        pos         INTEGER NOT NULL,
        lang        TEXT NOT NULL,
        text        TEXT NOT NULL,
        key         TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('preferred','alias','abbreviation','deprecated')),
        status      TEXT NOT NULL CHECK (status IN ('suggested','approved','rejected')),
        origin      TEXT NOT NULL DEFAULT 'text',
        confidence  REAL NOT NULL DEFAULT 1.0,
        evidence    TEXT NOT NULL DEFAULT '',
        reading     TEXT NOT NULL DEFAULT ''
    );
    -- normalised keys of every language: exact lookup, and lookup restricted to a language
    CREATE INDEX terms_key ON terms(key, lang);
    CREATE INDEX terms_entry ON terms(entry_id, pos);
    CREATE INDEX terms_lang_status ON terms(lang, status);

    CREATE TABLE occurrences (
        id          INTEGER PRIMARY KEY,
        entry_id    TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        doc         TEXT NOT NULL,
        line        INTEGER NOT NULL,
        col         INTEGER NOT NULL,
        context     TEXT NOT NULL DEFAULT '',
        footnote    INTEGER
    );
    CREATE INDEX occurrences_entry ON occurrences(entry_id);
    CREATE INDEX occurrences_doc ON occurrences(doc);

    CREATE TABLE changes (
        id          INTEGER PRIMARY KEY,
        entry_id    TEXT NOT NULL,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        rev_before  INTEGER,
        rev_after   INTEGER,
        before      TEXT,
        after       TEXT,
        undone      INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX changes_entry ON changes(entry_id, id);

    CREATE TABLE documents (
        doc          TEXT PRIMARY KEY,
        sha256       TEXT NOT NULL,
        encoding     TEXT NOT NULL DEFAULT '',
        extracted_at TEXT NOT NULL,
        report       TEXT NOT NULL DEFAULT '{}'
    );
    """,
    # 2: mark the file as a glossary termbase (1196184409 = 0x474C5359 = "GLSY"); termbases
    # made by the first release get it when they are first opened for writing
    """
    PRAGMA application_id = 1196184409;
    """,
    # 3: matching keys computed again: soft hyphens, direction marks, bidi controls,
    # variation selectors and other invisible characters left the key (a stored
    # "Tokyo<RLM>" must match "Tokyo")
    "rekey_terms",
    # 4: the export record: what each message of a .po export carried, by export id (the
    # X-Glossary-Export header of the catalog), so that an import merges three ways
    # against it whatever the translator's tools did to the catalog's comments
    """
    CREATE TABLE exports (
        id          TEXT PRIMARY KEY,
        format      TEXT NOT NULL DEFAULT 'po',
        lang        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        actor       TEXT NOT NULL,
        messages    INTEGER NOT NULL
    );
    CREATE TABLE export_messages (
        export_id   TEXT NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
        entry_id    TEXT NOT NULL,
        slot        INTEGER NOT NULL,
        msgid       TEXT NOT NULL,
        target      TEXT,            -- the msgstr; NULL when it was empty
        status      TEXT CHECK (status IN ('suggested','approved')),
        PRIMARY KEY (export_id, entry_id, slot)
    ) WITHOUT ROWID;
    """,
    # 5: what terminologists keep beside the terms (TBX-Basic's data categories), so that a
    # third-party TBX imports without losses: a definition per language (JSON object
    # {lang: text}), the subject field (the domain, not the category), whether the entry's
    # name is translated at all (Weblate's "Translation needed: no"), who created the entry
    # and who changed it last (TBX transacGrp responsibility; filled from the history for
    # existing entries); per term a context sentence and the part of speech
    """
    ALTER TABLE entries ADD COLUMN definitions TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN subject TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN translate INTEGER NOT NULL DEFAULT 1 CHECK (translate IN (0, 1));
    ALTER TABLE entries ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE terms ADD COLUMN context TEXT NOT NULL DEFAULT '';
    ALTER TABLE terms ADD COLUMN part_of_speech TEXT NOT NULL DEFAULT '';
    UPDATE entries SET
        created_by = coalesce((SELECT actor FROM changes c WHERE c.entry_id = entries.id ORDER BY c.id LIMIT 1), ''),
        updated_by = coalesce((SELECT actor FROM changes c WHERE c.entry_id = entries.id ORDER BY c.id DESC LIMIT 1),
                              '');
    """,
    # 6: aligned editions (issue 17): an original article and its published Japanese or
    # Korean edition, aligned sentence by sentence (`glossary align-edition`), so that the
    # pairs can be exported as a translation memory (TMX) and shown as the evidence of the
    # terms harvested from them.  One row per edition file (aligning it again replaces its
    # pairs); the pairs of both sides, 1-based `n` in document order.  Plain SQL that
    # PostgreSQL runs as it is.
    """
    CREATE TABLE editions (
        edition          TEXT PRIMARY KEY,
        original         TEXT NOT NULL,
        lang             TEXT NOT NULL,
        original_sha256  TEXT NOT NULL,
        edition_sha256   TEXT NOT NULL,
        aligned_at       TEXT NOT NULL,
        actor            TEXT NOT NULL
    );
    CREATE INDEX editions_lang ON editions(lang);
    CREATE TABLE edition_pairs (
        edition      TEXT NOT NULL REFERENCES editions(edition) ON DELETE CASCADE,
        n            INTEGER NOT NULL,
        source       TEXT NOT NULL,
        target       TEXT NOT NULL,
        source_line  INTEGER NOT NULL,
        target_line  INTEGER NOT NULL,
        kind         TEXT NOT NULL DEFAULT '1-1',
        cost         REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (edition, n)
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
#: every table of a termbase, parents first: what `glossary copy` copies, row for row (a
#: migration that creates a table adds it here; tests/test_postgres.py checks that every
#: CREATE TABLE of the migrations is listed)
COPY_TABLES = ("entries", "terms", "occurrences", "changes", "documents", "exports", "export_messages", "editions",
               "edition_pairs")


def rekey_terms(conn, mark: str = "?") -> None:
    """Migration step in Python: every term's key as `key()` computes it now.  `conn` is
    an sqlite3 or psycopg connection; `mark` its parameter marker."""
    from ..text.normalize import key

    changed = []
    for term_id, text, old in conn.execute("SELECT id, text, key FROM terms").fetchall():
        new = key(text)
        if new != old:
            changed.append((new, term_id))
    if changed:
        conn.cursor().executemany(f"UPDATE terms SET key = {mark} WHERE id = {mark}", changed)


#: migration steps written in Python, by name (a migration is SQL text or one of these)
PYTHON_STEPS = {"rekey_terms": rekey_terms}
#: `PRAGMA application_id` of every glossary termbase ("GLSY"), set by migration 2: how a
#: termbase is told from any other SQLite file without reading the file outside SQLite
APPLICATION_ID = 0x474C5359
#: the oldest schema a read-only connection can still read (migration 2 only marks the header)
READABLE_FROM = 1


# -- PostgreSQL (store/postgres.py) -------------------------------------------------------
#: POSTGRES_MIGRATIONS value: the SQLite text of the migration runs unchanged
SAME = "=sqlite"
#: every text column compares and sorts by code point, as SQLite's do (ids, keys and times
#: then list in the same order on both backends)
_C = 'TEXT COLLATE "C"'
POSTGRES_MIGRATIONS: dict[int, str] = {
    # 1: the termbase.  Row ids are identity columns (copies keep them: see `glossary copy`),
    # confidence a double (SQLite's REAL), times the same ISO text as on SQLite
    1: f"""
    CREATE TABLE entries (
        id          {_C} PRIMARY KEY,
        category    {_C} NOT NULL,
        note        {_C} NOT NULL DEFAULT '',
        revision    INTEGER NOT NULL DEFAULT 1,
        created_at  {_C} NOT NULL,
        updated_at  {_C} NOT NULL
    );
    CREATE INDEX entries_category ON entries(category);

    CREATE TABLE terms (
        id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        entry_id    {_C} NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        pos         INTEGER NOT NULL,
        lang        {_C} NOT NULL,
        text        {_C} NOT NULL,
        key         {_C} NOT NULL,
        role        {_C} NOT NULL CHECK (role IN ('preferred','alias','abbreviation','deprecated')),
        status      {_C} NOT NULL CHECK (status IN ('suggested','approved','rejected')),
        origin      {_C} NOT NULL DEFAULT 'text',
        confidence  DOUBLE PRECISION NOT NULL DEFAULT 1.0,
        evidence    {_C} NOT NULL DEFAULT '',
        reading     {_C} NOT NULL DEFAULT ''
    );
    CREATE INDEX terms_key ON terms(key, lang);
    CREATE INDEX terms_entry ON terms(entry_id, pos);
    CREATE INDEX terms_lang_status ON terms(lang, status);

    CREATE TABLE occurrences (
        id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        entry_id    {_C} NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        doc         {_C} NOT NULL,
        line        INTEGER NOT NULL,
        col         INTEGER NOT NULL,
        context     {_C} NOT NULL DEFAULT '',
        footnote    INTEGER
    );
    CREATE INDEX occurrences_entry ON occurrences(entry_id);
    CREATE INDEX occurrences_doc ON occurrences(doc);

    CREATE TABLE changes (
        id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        entry_id    {_C} NOT NULL,
        at          {_C} NOT NULL,
        actor       {_C} NOT NULL,
        action      {_C} NOT NULL,
        rev_before  INTEGER,
        rev_after   INTEGER,
        before      {_C},
        after       {_C},
        undone      INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX changes_entry ON changes(entry_id, id);

    CREATE TABLE documents (
        doc          {_C} PRIMARY KEY,
        sha256       {_C} NOT NULL,
        encoding     {_C} NOT NULL DEFAULT '',
        extracted_at {_C} NOT NULL,
        report       {_C} NOT NULL DEFAULT '{{}}'
    );
    """,
    # 2: the mark of a glossary termbase: in glossary_schema, not in a file header
    2: f"UPDATE glossary_schema SET application = {0x474C5359}",
    # 3: the same Python step
    3: "rekey_terms",
    # 4: the export record (no WITHOUT ROWID: a primary key is the table's index anyway)
    4: f"""
    CREATE TABLE exports (
        id          {_C} PRIMARY KEY,
        format      {_C} NOT NULL DEFAULT 'po',
        lang        {_C} NOT NULL,
        created_at  {_C} NOT NULL,
        actor       {_C} NOT NULL,
        messages    INTEGER NOT NULL
    );
    CREATE TABLE export_messages (
        export_id   {_C} NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
        entry_id    {_C} NOT NULL,
        slot        INTEGER NOT NULL,
        msgid       {_C} NOT NULL,
        target      {_C},
        status      {_C} CHECK (status IN ('suggested','approved')),
        PRIMARY KEY (export_id, entry_id, slot)
    );
    """,
    # 5: TBX-Basic's data categories: ALTER TABLE ... ADD COLUMN and the correlated UPDATE
    # are the same in both dialects
    5: SAME,
    # 6: aligned editions: text compared by code point as everywhere, the cost a double
    # (SQLite's REAL)
    6: f"""
    CREATE TABLE editions (
        edition          {_C} PRIMARY KEY,
        original         {_C} NOT NULL,
        lang             {_C} NOT NULL,
        original_sha256  {_C} NOT NULL,
        edition_sha256   {_C} NOT NULL,
        aligned_at       {_C} NOT NULL,
        actor            {_C} NOT NULL
    );
    CREATE INDEX editions_lang ON editions(lang);
    CREATE TABLE edition_pairs (
        edition      {_C} NOT NULL REFERENCES editions(edition) ON DELETE CASCADE,
        n            INTEGER NOT NULL,
        source       {_C} NOT NULL,
        target       {_C} NOT NULL,
        source_line  INTEGER NOT NULL,
        target_line  INTEGER NOT NULL,
        kind         {_C} NOT NULL DEFAULT '1-1',
        cost         DOUBLE PRECISION NOT NULL DEFAULT 0,
        PRIMARY KEY (edition, n)
    );
    """,
}


def postgres_step(number: int) -> str:
    """The PostgreSQL form of migration `number` (1-based): SQL text or a Python step's name."""
    form = POSTGRES_MIGRATIONS.get(number)
    if form is None:
        raise KeyError(f"migration {number} has no PostgreSQL form (add POSTGRES_MIGRATIONS[{number}] "
                       "in glossary/store/schema.py)")
    return MIGRATIONS[number - 1] if form == SAME else form
