"""Numbered SQLite schema migrations. Append new ones; never edit an applied one."""
from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        council TEXT, committee TEXT, meeting_date TEXT,
        date_start TEXT, date_end TEXT,
        title TEXT, kind TEXT,
        signature TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        heading TEXT, context TEXT, paragraphs TEXT NOT NULL,
        text TEXT NOT NULL,
        embedding BLOB NOT NULL
    );
    CREATE INDEX passages_doc ON passages(doc_id, seq);
    CREATE TABLE sentences (
        passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        embedding BLOB NOT NULL
    );
    CREATE INDEX sentences_passage ON sentences(passage_id);
    CREATE VIRTUAL TABLE passages_fts USING fts5(
        text, heading, context, content='passages', content_rowid='id', tokenize='porter unicode61'
    );
    CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts(rowid, text, heading, context)
        VALUES (new.id, new.text, new.heading, new.context);
    END;
    CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts(passages_fts, rowid, text, heading, context)
        VALUES ('delete', old.id, old.text, old.heading, old.context);
    END;
    """),
    (2, """
    CREATE TABLE commitments (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        text TEXT NOT NULL, owner TEXT, due TEXT, due_date TEXT, kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL
    );
    CREATE INDEX commitments_doc ON commitments(doc_id);
    """),
    (3, """
    ALTER TABLE documents ADD COLUMN sources TEXT NOT NULL DEFAULT '{}';
    """),
    (4, """
    ALTER TABLE documents ADD COLUMN pages TEXT NOT NULL DEFAULT '[]';
    """),
    # One live database updated in place: `meta` names the vector file that matches each
    # committed state; per document, a quick signature (path, size, mtime, manifest row,
    # versions) lets an unchanged file be skipped without reading it, and the transcript
    # flag is stored at ingest instead of read from the whole text at question time.
    (5, """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    ALTER TABLE documents ADD COLUMN quick_signature TEXT;
    ALTER TABLE documents ADD COLUMN transcript INTEGER NOT NULL DEFAULT 0;
    """),
    (6, """
    CREATE INDEX documents_filters ON documents(council, committee, kind, date_start, date_end, doc_id);
    ALTER TABLE commitments ADD COLUMN embedding BLOB;
    """),
    (7, """
    ALTER TABLE documents ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0;
    """),
    # The commitments register gets a vector file of its own (`meta.register_file`), which the
    # next ingest builds from the stored embeddings; until then a reader is told to ingest.
    # Commitments by owner: a question naming a role reads the few distinct owners, then theirs.
    (8, """
    CREATE INDEX IF NOT EXISTS commitments_owner ON commitments(owner);
    """),
    # Each document's passage ids, stored at ingest: a filter's mask reads one row per document
    # instead of grouping every passage by document at the first filtered question (0.55 s at 1M).
    # The covering index keeps that read off the documents' rows, whose text it would walk past.
    (9, """
    ALTER TABLE documents ADD COLUMN first_passage INTEGER;
    ALTER TABLE documents ADD COLUMN last_passage INTEGER;
    ALTER TABLE documents ADD COLUMN passage_count INTEGER NOT NULL DEFAULT 0;
    UPDATE documents SET (first_passage, last_passage, passage_count) =
        (SELECT min(id), max(id), count(*) FROM passages p WHERE p.doc_id = documents.doc_id);
    CREATE INDEX documents_passages ON documents(doc_id, first_passage, last_passage, passage_count);
    """),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection) -> int:
    """Apply every migration newer than the database's user_version."""
    version = current_version(db)
    for number, sql in MIGRATIONS:
        if number > version:
            db.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")
    return current_version(db)
