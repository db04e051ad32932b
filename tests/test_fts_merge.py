"""The keyword index is merged into one segment when an ingest has changed enough of it
(assistant/fts_merge.py), on real SQLite through the real ingest."""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from assistant.fts_merge import META_KEY, SHARE
from assistant.ingest import ingest
from assistant.store import DB_NAME, Store

WORDS = "budget library pothole ofsted caseload transport housing audit pension recycling carbon levy".split()
FILLER = "members officers noted the update and discussed the matter at some length".split()


def write_corpus(folder: Path, documents: int, edition: int = 0) -> None:
    """`documents` minutes of five items each; another `edition` changes every document's text."""
    folder.mkdir(exist_ok=True)
    rng = random.Random(11)
    for n in range(documents):
        items = [f"{i}. Item {i}\n\n" + " ".join(rng.choice(WORDS + FILLER) for _ in range(rng.randint(20, 60)))
                 .capitalize() + (f" Edition {edition}." if edition else ".") for i in range(1, 6)]
        (folder / f"m{n:03d}.txt").write_text("Agenda\n\n" + "\n\n".join(items) + "\n", encoding="utf-8")


def keyword_index(index: Path) -> tuple[int, int, dict[str, str]]:
    """(bytes of the FTS5 index, its segments, meta) read straight from the database."""
    db = sqlite3.connect(index / DB_NAME)
    try:
        size = db.execute("SELECT sum(length(block)) FROM passages_fts_data").fetchone()[0]
        structure = db.execute("SELECT block FROM passages_fts_data WHERE id = 10").fetchone()[0]
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    finally:
        db.close()
    return size, _segments(structure), meta


def _segments(structure: bytes) -> int:
    """The segment count of FTS5's structure record (fts5_index.c): a 4-byte cookie, then varints
    for the levels and the segments."""
    position, values = 4, []
    while len(values) < 2:
        value = 0
        while True:
            byte = structure[position]
            position += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values[1]


def searched(index: Path, match: str) -> list[tuple[int, float]]:
    store = Store.open(index)
    try:
        return store.fts_search(match, limit=20)
    finally:
        store.close()


def test_a_build_leaves_one_segment_and_no_changed_rows(tmp_path, hash_embedder):
    write_corpus(tmp_path / "corpus", 40)
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    _, segments, meta = keyword_index(tmp_path / "index")
    assert segments == 1 and meta[META_KEY] == "0"


def test_rereading_every_document_leaves_an_index_the_size_of_a_fresh_build(tmp_path, hash_embedder):
    """Without the merge the deleted passages' entries and their delete markers stay: about twice the size."""
    write_corpus(tmp_path / "corpus", 60)
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    write_corpus(tmp_path / "corpus", 60, edition=2)        # every document changes
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    write_corpus(tmp_path / "fresh", 60, edition=2)
    ingest(tmp_path / "fresh", tmp_path / "fresh-index", hash_embedder)
    size, segments, _ = keyword_index(tmp_path / "index")
    fresh_size, _, _ = keyword_index(tmp_path / "fresh-index")
    assert segments == 1 and size <= fresh_size * 1.05
    for match in ['"budget" OR "pothole"', '"edition" OR "ofsted" OR "members"', '"levy"']:
        got, want = searched(tmp_path / "index", match), searched(tmp_path / "fresh-index", match)
        assert [score for _, score in got] == pytest.approx([score for _, score in want], abs=1e-9)


def test_a_small_change_is_counted_not_merged(tmp_path, hash_embedder):
    write_corpus(tmp_path / "corpus", 40)
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    size, _, _ = keyword_index(tmp_path / "index")
    page = tmp_path / "corpus" / "m000.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\n6. Any other business\n\nNone.\n", encoding="utf-8")
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    _, segments, meta = keyword_index(tmp_path / "index")
    assert 0 < int(meta[META_KEY]) < SHARE * Store.open(tmp_path / "index").passage_count
    assert segments == 2     # the merged index and one for the change (FTS5 writes one a passage)


def test_an_index_never_merged_is_merged_at_its_next_change(tmp_path, hash_embedder):
    """An index written before the count existed (or by a build cut short) counts as wholly changed."""
    write_corpus(tmp_path / "corpus", 40)
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    page = tmp_path / "corpus" / "m000.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\n6. Any other business\n\nNone.\n", encoding="utf-8")
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    db = sqlite3.connect(tmp_path / "index" / DB_NAME)
    with db:
        db.execute("DELETE FROM meta WHERE key = ?", [META_KEY])
    db.close()
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)     # nothing changed: nothing written
    assert META_KEY not in keyword_index(tmp_path / "index")[2]
    (tmp_path / "corpus" / "m001.txt").unlink()
    ingest(tmp_path / "corpus", tmp_path / "index", hash_embedder)
    _, segments, meta = keyword_index(tmp_path / "index")
    assert segments == 1 and meta[META_KEY] == "0"
