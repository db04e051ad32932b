"""When an ingest merges the segments of the keyword index (FTS5's 'optimize' and 'merge').

FTS5 writes new rows as segments (here about one per passage written: each insert
statement flushes) and merges them in the background only level by level, so an index
built passage by passage is a stack of segments (24 at 1M passages), and every
searched term reads and merges a doclist from each. A deleted or replaced passage
leaves its old entries and a delete marker until a merge reaches the oldest segment:
after every document of a 100k-passage index was re-read once (a splitter change),
its keyword index was 52 MB instead of 20 MB. Together these made keyword search 2.7
times slower at 100k passages (docs/performance.md).

'optimize' rewrites the index as one segment, at a cost that grows with the index
(about 1.5 s at 100k passages), so it runs when the rows inserted or deleted since the
last one reach a tenth of the passages: at a fresh build, and rarely after one-file
changes. Otherwise 'merge' folds the small segments a change wrote into one, writing at
most `MERGE_PAGES` pages. The count of changed rows is kept in `meta`, written in the
ingest's transaction; an index without it (older, or never merged) counts as wholly
changed, so its next ingest that changes anything merges it. BM25 scores do not
depend on the segments, so answers are the same.
"""
from __future__ import annotations

import sqlite3

META_KEY = "fts_rows_changed"
SHARE = 0.1          # of the passages: rows changed since the last 'optimize' that make the next one due
MERGE_PAGES = 256    # at most written by the 'merge' after a smaller change (4 KB pages)


def rows_changed_after(db: sqlite3.Connection, meta: dict[str, str], changed: int, passages: int) -> int:
    """Merge the keyword index of `db` after `changed` passage rows were inserted or deleted
    (inside the caller's write transaction); the count of changed rows to store under `META_KEY`."""
    known = META_KEY in meta
    total = (int(meta[META_KEY]) if known else passages) + changed
    if total == 0:
        return 0
    if known and total < SHARE * passages:
        if changed:
            db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('merge', ?)", [MERGE_PAGES])
        return total
    db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
    return 0
