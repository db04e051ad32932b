"""Keyword top-k and filters over the store's SQLite tables, at a cost that does not grow with joins.

A keyword search reads the FTS5 index alone: joining every match to its passage and
document row cost more than scoring it (5x at 10k passages). Filters are metadata of
documents, and a document's passages are written together, so their ids form one range
per document: a filter is read from the documents table and the passages index as id
ranges (a few hundred rows, not one per passage), and applied to the matches in score
order: a SQL function keeps the matches whose id is in the ranges, so BM25, the costly
part, is computed only for them.
"""
from __future__ import annotations

import itertools
import sqlite3

BM25_COLUMNS = "passages_fts, 1.0, {heading}, {context}"   # text, heading, context


def keyword_sql(match: str, weights: tuple[float, float], limit: int, masked: bool = False) -> tuple[str, list]:
    """The FTS5 query for the `limit` best matches of `match`, best first.

    With `masked`, a second parameter names an id mask (`register_mask`) that a match must pass.
    """
    heading, context = (float(w) for w in weights)
    columns = BM25_COLUMNS.format(heading=heading, context=context)
    allowed = f" AND {MASK_FUNCTION}(rowid, ?)" if masked else ""
    return (f"SELECT rowid, -bm25({columns}) AS score FROM passages_fts WHERE passages_fts MATCH ?{allowed} "
            f"ORDER BY score DESC LIMIT ?", [match, limit])


def passage_ranges(db: sqlite3.Connection, where: str, params: list) -> list[tuple[int, int]]:
    """(first id, last id) of the passages of each document matching a `filter_sql` fragment (alias d).

    A document whose ids are not one run (not written by this store, say) gives one range per id.
    """
    rows = db.execute(
        f"SELECT p.doc_id, min(p.id), max(p.id), count(*) FROM documents d CROSS JOIN passages p "
        f"ON p.doc_id = d.doc_id WHERE {where} GROUP BY p.doc_id", params).fetchall()
    ranges = []
    for doc_id, first, last, count in rows:
        if last - first + 1 == count:
            ranges.append((first, last))
        else:
            ids = db.execute("SELECT id FROM passages WHERE doc_id = ?", [doc_id]).fetchall()
            ranges += [(i, i) for (i,) in ids]
    return sorted(ranges)


def id_mask(ranges: list[tuple[int, int]]) -> bytearray:
    """A byte per passage id up to the last one: 1 inside the ranges."""
    mask = bytearray((ranges[-1][1] + 1) if ranges else 0)
    for first, last in ranges:
        mask[first:last + 1] = b"\x01" * (last - first + 1)
    return mask


MASK_FUNCTION = "minutes_qa_allowed"
_masks: dict[int, bytearray] = {}          # live masks by key, for the SQL function
_keys = itertools.count(1)
_with_function: dict[int, sqlite3.Connection] = {}   # connections that have the function, by id


def _allowed(passage_id: int, key: int) -> int:
    mask = _masks[key]
    return passage_id < len(mask) and mask[passage_id]


def register_mask(db: sqlite3.Connection, mask: bytearray) -> int:
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
