"""Schema and migrations.  `PRAGMA user_version` holds the number of migrations applied;
each migration runs in the transaction that bumps the version, so a crash leaves the
database at the old or the new version, never between."""
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


def rekey_terms(conn) -> None:
    """Migration step in Python: every term's key as `key()` computes it now."""
    from ..text.normalize import key

    changed = []
    for term_id, text, old in conn.execute("SELECT id, text, key FROM terms"):
        new = key(text)
        if new != old:
            changed.append((new, term_id))
    conn.executemany("UPDATE terms SET key = ? WHERE id = ?", changed)


#: migration steps written in Python, by name (a migration is SQL text or one of these)
PYTHON_STEPS = {"rekey_terms": rekey_terms}
#: `PRAGMA application_id` of every glossary termbase ("GLSY"), set by migration 2: how a
#: termbase is told from any other SQLite file without reading the file outside SQLite
APPLICATION_ID = 0x474C5359
#: the oldest schema a read-only connection can still read (migration 2 only marks the header)
READABLE_FROM = 1
