"""Keyword top-k and filters over the store's SQLite tables, at a cost that does not grow with joins.

A keyword search reads the FTS5 index alone: joining every match to its passage and
document row cost more than scoring it (5x at 10k passages). Filters are metadata of
documents, and a document's passages are written together, so their ids form one range
per document. Each document's range is read once per index version (`document_spans`);
a filter then reads the documents table alone (one row per kept document) and becomes
a mask over passage ids (`id_mask`). In the keyword search a SQL function keeps the
matches whose id is in the mask, so BM25, the costly part, is computed only for them;
the vector search hands the same mask to FAISS as a bitmap.
"""
from __future__ import annotations

import itertools
import sqlite3

import numpy as np

BM25_COLUMNS = "passages_fts, 1.0, {heading}, {context}"   # text, heading, context


def keyword_sql(match: str, weights: tuple[float, float], limit: int, masked: bool = False) -> tuple[str, list]:
    """The FTS5 query for the `limit` best matches of `match`, best first (ties by id).

    With `masked`, a second parameter names an id mask (`register_mask`) that a match must pass.
    """
    heading, context = (float(w) for w in weights)
    columns = BM25_COLUMNS.format(heading=heading, context=context)
    allowed = f" AND {MASK_FUNCTION}(rowid, ?)" if masked else ""
    return (f"SELECT rowid, -bm25({columns}) AS score FROM passages_fts WHERE passages_fts MATCH ?{allowed} "
            f"ORDER BY score DESC, rowid LIMIT ?", [match, limit])


def document_spans(db: sqlite3.Connection) -> dict[str, list[tuple[int, int]]]:
    """Each document's passage ids as (first, last) ranges: one range when they are one run.

    A document whose ids are not one run (not written by this store, say) gives one range per id.
    """
    spans = {}
    for doc_id, first, last, count in db.execute(
            "SELECT doc_id, min(id), max(id), count(*) FROM passages GROUP BY doc_id").fetchall():
        if last - first + 1 == count:
            spans[doc_id] = [(first, last)]
        else:
            ids = db.execute("SELECT id FROM passages WHERE doc_id = ? ORDER BY id", [doc_id]).fetchall()
            spans[doc_id] = [(i, i) for (i,) in ids]
    return spans


def passage_ranges(db: sqlite3.Connection, where: str, params: list,
                   spans: dict[str, list[tuple[int, int]]] | None = None) -> list[tuple[int, int]]:
    """(first id, last id) ranges of the passages of the documents matching a `filter_sql` fragment
    (alias d); `spans` are the `document_spans` of the same database state, read here when not given."""
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


MASK_FUNCTION = "minutes_qa_allowed"
_masks: dict[int, bytearray] = {}          # live masks by key, for the SQL function
_keys = itertools.count(1)
_with_function: dict[int, sqlite3.Connection] = {}   # connections that have the function, by id


def _allowed(passage_id: int, key: int) -> int:
    mask = _masks[key]
    return passage_id < len(mask) and mask[passage_id]


def register_mask(db: sqlite3.Connection, mask: bytes | bytearray) -> int:
    """Make `mask` readable by the SQL function under the returned key; `release_mask` it after the query.

    The function is defined once per connection (redefining it while another thread's
    query runs on the connection would fail), and each query has its own key.
    """
    if _with_function.get(id(db)) is not db:
        db.create_function(MASK_FUNCTION, 2, _allowed, deterministic=True)
        _forget_closed()
        _with_function[id(db)] = db
    key = next(_keys)
    _masks[key] = mask
    return key


def _forget_closed() -> None:
    for key, db in list(_with_function.items()):
        try:
            db.total_changes
        except sqlite3.ProgrammingError:      # closed
            del _with_function[key]


def release_mask(key: int) -> None:
    _masks.pop(key, None)
