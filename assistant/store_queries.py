"""Keyword top-k and filters over the store's SQLite tables, at a cost that does not grow with joins.

A keyword search reads the FTS5 index alone: joining every match to its passage and
document row cost more than scoring it (5x at 10k passages). Filters are metadata of
documents, and a document's passages are written together, so their ids form one range
per document. Each document's range is read once per index version (`document_spans`);
a filter then reads the documents table alone (one row per kept document) and becomes
a mask over passage ids (`id_mask`). In the keyword search the mask is a blob parameter
and a match is kept when its byte is 1 (`substr` of a blob reads the one byte: SQLite's
own C, where a Python function called for each match cost twice as much, 11.3 against
4.6 ms for 38,000 matches), so BM25, the costly part, is computed only for the matches
kept; the vector search hands the same mask to FAISS as a bitmap.
"""
from __future__ import annotations

import sqlite3

import numpy as np

BM25_COLUMNS = "passages_fts, 1.0, {heading}, {context}"   # text, heading, context


def keyword_sql(match: str, weights: tuple[float, float], limit: int, masked: bool = False) -> tuple[str, list]:
    """The FTS5 query for the `limit` best matches of `match`, best first (ties by id).

    With `masked`, a second parameter is an id mask (`id_mask`, as bytes) that a match must pass:
    its byte at the passage's id is 1 (an id past its end is not kept).
    """
    heading, context = (float(w) for w in weights)
    columns = BM25_COLUMNS.format(heading=heading, context=context)
    allowed = " AND substr(?, rowid + 1, 1) = x'01'" if masked else ""
    return (f"SELECT rowid, -bm25({columns}) AS score FROM passages_fts WHERE passages_fts MATCH ?{allowed} "
            f"ORDER BY score DESC, rowid LIMIT ?", [match, limit])


def document_spans(db: sqlite3.Connection) -> dict[str, list[tuple[int, int]]]:
    """Each document's passage ids as (first, last) ranges: one range when they are one run.

    Read from the ids stored with each document at ingest (one row per document). A document
    whose ids are not one run (not written by this store, say) gives one range per id.
    """
    return _id_spans(db, "passages", "SELECT doc_id, first_passage, last_passage, passage_count"
                                     " FROM documents WHERE passage_count > 0")


def commitment_spans(db: sqlite3.Connection) -> dict[str, list[tuple[int, int]]]:
    """Each document's commitment ids as (first, last) ranges, as `document_spans` gives passages'
    (a document's commitments are written together, so their ids are usually one run)."""
    return _id_spans(db, "commitments", "SELECT doc_id, min(id), max(id), count(*) FROM commitments GROUP BY doc_id")


def _id_spans(db: sqlite3.Connection, table: str, sql: str) -> dict[str, list[tuple[int, int]]]:
    """Ranges from `sql`'s (doc_id, first id, last id, count) rows; ids read from `table` when not one run."""
    spans = {}
    rows = db.cursor()
    rows.row_factory = None      # plain tuples: a row object per document costs more than the query at 1M
    for doc_id, first, last, count in rows.execute(sql).fetchall():
        if last - first + 1 == count:
            spans[doc_id] = [(first, last)]
        else:
            ids = db.execute(f"SELECT id FROM {table} WHERE doc_id = ? ORDER BY id", [doc_id]).fetchall()
            spans[doc_id] = [(i, i) for (i,) in ids]
    return spans


def kept_ranges(db: sqlite3.Connection, where: str, params: list,
                spans: dict[str, list[tuple[int, int]]] | None = None) -> list[tuple[int, int]]:
    """(first id, last id) ranges of the documents matching a `filter_sql` fragment (alias d): of
    their passages with `document_spans` of the same database state (read here when not given),
    of their commitments with `commitment_spans`."""
    spans = document_spans(db) if spans is None else spans
    kept = db.execute(f"SELECT d.doc_id FROM documents d WHERE {where}", params).fetchall()
    return sorted(r for (doc_id,) in kept for r in spans.get(doc_id, ()))


def id_mask(ranges: list[tuple[int, int]]) -> np.ndarray:
    """A byte per passage id up to the last one: 1 inside the (disjoint) ranges."""
    if not ranges:
        return np.zeros(0, dtype=np.uint8)
    firsts, lasts = np.array(ranges, dtype=np.int64).T
    edges = np.zeros(int(lasts.max()) + 2, dtype=np.int32)
    edges[firsts] += 1           # disjoint ranges: no two start, or end, at the same id
    edges[lasts + 1] -= 1
    return (np.cumsum(edges[:-1]) > 0).astype(np.uint8)
