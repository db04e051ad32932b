"""Index storage on real SQLite and FAISS, with a tiny deterministic embedder."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.errors import IndexNotFound, ModelMismatch
from assistant.ingest import ingest
from assistant.models import Filters
from assistant.store import IndexManifest, IndexWriter, Store, filter_sql

from conftest import CORPUS


def make_corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


TRANSCRIPT = ("Committee hearing\n\n"
              + "".join(f"Lynne Neagle AM: Question {i} about school budgets and staffing.\n"
                        f"Kirsty Williams AM: Answer {i} about school budgets and staffing.\n" for i in range(8)))

MINUTES = {
    "a.txt": "Agenda item\n\nBudget\n\n1. The budget for libraries was agreed by the committee.\n",
    "b.txt": "Agenda item\n\nParks\n\n1. Members discussed the new play area in the park.\n",
}


def test_ingest_then_open_finds_passages(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert report.files_read == 2 and report.total_passages >= 2
    store = Store.open(tmp_path / "idx")
    assert {d.doc_id for d in store.documents()} == {"a", "b"}
    ids = [i for i, _ in store.fts_search('"libraries"')]
    assert [h.doc_id for h in store.hits([(i, 1.0) for i in ids])] == ["a"]


def test_reingest_skips_unchanged_reembeds_changed_drops_deleted(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    again = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert (again.unchanged, again.files_read, again.passages) == (2, 0, 0)

    (corpus / "a.txt").write_text("Agenda item\n\nBudget\n\n1. The swimming pool was closed.\n")
    (corpus / "b.txt").unlink()
    changed = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert changed.files_read == 1 and changed.removed == ["b"]
    store = Store.open(tmp_path / "idx")
    assert [d.doc_id for d in store.documents()] == ["a"]
    assert store.fts_search('"libraries"') == []
    assert store.fts_search('"swimming"')
    assert store.vectors.ntotal == store.db.execute("SELECT count(*) FROM passages").fetchone()[0]


def test_broken_file_is_reported_and_the_rest_ingests(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    (corpus / "empty.txt").write_text("")
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 64)
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert report.files_read == 2
    assert {name for name, _ in report.skipped} == {"empty.txt", "junk.txt"}
    assert all(reason for _, reason in report.skipped)


def test_crash_mid_ingest_leaves_previous_index_usable(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    before = Store.open(tmp_path / "idx").version
    make_corpus(corpus, {"c.txt": "Agenda item\n\nRoads\n\n1. Potholes on the high street.\n"})

    def crash(name, done, total):
        if done == 2:
            raise KeyboardInterrupt("power cut")

    with pytest.raises(KeyboardInterrupt):
        ingest(corpus, tmp_path / "idx", hash_embedder, progress=crash)
    store = Store.open(tmp_path / "idx")
    assert store.version == before
    assert {d.doc_id for d in store.documents()} == {"a", "b"}
    assert store.fts_search('"libraries"')


def test_uncommitted_changes_are_never_read_and_leftovers_are_cleaned_up(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    stray = tmp_path / "idx" / "vectors-99999999.faiss"      # as a crash before the commit leaves it
    stray.write_bytes(b"half a vector file")
    writer = IndexWriter(tmp_path / "idx", IndexManifest(hash_embedder.name, hash_embedder.dimension))
    assert not stray.exists()
    writer.remove("a")                 # inside the write transaction, never committed
    store = Store.open(tmp_path / "idx")
    assert {d.doc_id for d in store.documents()} == {"a", "b"}
    writer.abort()
    assert {d.doc_id for d in store.documents()} == {"a", "b"}
    assert ingest(corpus, tmp_path / "idx", hash_embedder).unchanged == 2
    assert [p.name for p in (tmp_path / "idx").glob("vectors-*")] == [store.snapshot().vectors_file]


def test_reader_keeps_working_while_index_is_replaced(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    reader = Store.open(tmp_path / "idx").snapshot()
    (corpus / "a.txt").write_text("Agenda item\n\nBudget\n\n1. Entirely new text about bins.\n")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    assert reader.fts_search('"libraries"')   # old snapshot still consistent
    assert Store.open(tmp_path / "idx").fts_search('"bins"')


def test_missing_index_is_a_clear_error(tmp_path):
    with pytest.raises(IndexNotFound, match="minutes-qa ingest"):
        Store.open(tmp_path / "nowhere")


def test_other_model_is_a_clear_error(tmp_path, hash_embedder):
    ingest(make_corpus(tmp_path / "c", MINUTES), tmp_path / "idx", hash_embedder)
    with pytest.raises(ModelMismatch, match="hash-embedder"):
        Store.open(tmp_path / "idx", model="all-MiniLM-L6-v2", dimension=384)


def test_schema_is_migrated_and_versioned(tmp_path, hash_embedder):
    ingest(make_corpus(tmp_path / "c", MINUTES), tmp_path / "idx", hash_embedder)
    db = sqlite3.connect(tmp_path / "idx" / "minutes.db")
    from assistant.migrations import SCHEMA_VERSION

    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_filter_sql_treats_partial_dates_as_ranges():
    where, params = filter_sql(Filters(council="medway", date_from="2019-07", date_to="2020"))
    assert "d.date_end >= ?" in where and "d.date_start <= ?" in where
    assert params == ["%medway%", "2019-07-01", "2020-12-31"]
    assert filter_sql(Filters()) == ("1", [])


def test_date_filters_on_sample_metadata(tmp_path, hash_embedder):
    corpus = tmp_path / "c"
    shutil.copytree(CORPUS, corpus)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")

    def councils(**kw):
        ids = store.filtered_ids(Filters(**kw))
        return {h.council for h in store.hits([(i, 0.0) for i in ids])}

    # Gloucestershire's meeting is "2020-07": a filter from mid-July 2020 still includes it.
    assert "Gloucestershire County Council" in councils(date_from="2020-07-15")
    assert councils(date_from="2020-08") == {"Medway Council"}
    assert councils(date_to="2017") == {"Worcestershire County Council"}
    assert councils(date_from="2018", date_to="2018") == {"Wirral Council", "Buckinghamshire County Council"}
    assert councils(council="medway") == {"Medway Council"}


def make_old_layout(index: Path, schema_version: int) -> None:
    """Turn an index into the layout minutes-qa used before (CURRENT naming a gen-N folder)."""
    generation = index / "gen-000003"
    generation.mkdir()
    vectors = Store.open(index).snapshot().vectors_file
    shutil.copy(index / vectors, generation / "vectors.faiss")
    db = sqlite3.connect(index / "minutes.db")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute(f"VACUUM INTO '{generation / 'minutes.db'}'")
    db.close()
    old = sqlite3.connect(generation / "minutes.db")
    old.executescript("DROP TABLE meta; ALTER TABLE documents DROP COLUMN quick_signature;"
                      "DROP INDEX documents_filters; ALTER TABLE documents DROP COLUMN transcript;"
                      "ALTER TABLE commitments DROP COLUMN embedding; ALTER TABLE documents DROP COLUMN repeats;"
                      "DROP INDEX documents_passages; ALTER TABLE documents DROP COLUMN first_passage; ALTER TABLE documents DROP COLUMN last_passage;"
                      "ALTER TABLE documents DROP COLUMN passage_count; PRAGMA user_version = 4;")
    old.close()
    (generation / "manifest.json").write_text(json.dumps(
        {"model": "hash-embedder", "dimension": 16, "schema_version": schema_version}))
    (index / "CURRENT").write_text(generation.name)
    for path in [*index.glob("minutes.db*"), *index.glob("vectors-*")]:
        path.unlink()


def test_index_in_the_old_layout_is_refused_then_rebuilt(tmp_path, hash_embedder):
    from assistant.errors import IndexOutdated

    corpus = make_corpus(tmp_path / "c", MINUTES)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    make_old_layout(tmp_path / "idx", schema_version=0)
    with pytest.raises(IndexOutdated, match="minutes-qa ingest"):
        Store.open(tmp_path / "idx")
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert report.files_read == 2 and report.unchanged == 0
    assert Store.open(tmp_path / "idx").fts_search('"libraries"')
    assert not (tmp_path / "idx" / "CURRENT").exists() and not list((tmp_path / "idx").glob("gen-*"))


def test_index_in_the_last_generation_layout_is_migrated_without_embedding_again(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", {**MINUTES, "debate.txt": TRANSCRIPT})
    ingest(corpus, tmp_path / "idx", hash_embedder)
    passages = Store.open(tmp_path / "idx").passage_count
    make_old_layout(tmp_path / "idx", schema_version=4)
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert (report.files_read, report.unchanged) == (0, 3)
    store = Store.open(tmp_path / "idx")
    assert store.passage_count == passages == store.vectors.ntotal
    assert store.is_transcript("debate") and not store.is_transcript("a")
    stored = store.db.execute("SELECT doc_id, first_passage, last_passage, passage_count FROM documents")
    grouped = store.db.execute("SELECT doc_id, min(id), max(id), count(*) FROM passages GROUP BY doc_id")
    assert sorted(map(tuple, stored)) == sorted(map(tuple, grouped))
    assert not (tmp_path / "idx" / "CURRENT").exists() and not list((tmp_path / "idx").glob("gen-*"))
    assert ingest(corpus, tmp_path / "idx", hash_embedder).unchanged == 3


def test_changed_document_reuses_embeddings_of_unchanged_text(tmp_path, hash_embedder):
    class Counting(type(hash_embedder)):
        embedded: list[str] = []

        def embed(self, texts):
            self.embedded.extend(texts)
            return super().embed(texts)

    embedder = Counting()
    corpus = make_corpus(tmp_path / "c", {"a.txt": "Budget\n\n1. First point stays.\n\n2. Second point stays."})
    ingest(corpus, tmp_path / "idx", embedder)
    embedder.embedded.clear()
    (corpus / "a.txt").write_text("Budget\n\n1. First point stays.\n\n2. Second point stays.\n\n3. A new point.")
    ingest(corpus, tmp_path / "idx", embedder)
    assert "A new point." in embedder.embedded
    assert "First point stays." not in embedder.embedded


def test_neighbours_are_read_for_transcripts_only(tmp_path, hash_embedder):
    """Only a transcript shares its neighbours' scores, so only there does `layout` read them."""
    long_minutes = "Agenda item\n\nBudget\n\n" + "".join(
        f"{i}. The budget for libraries item {i} was agreed by the committee after a long debate. " * 6 + "\n\n"
        for i in range(1, 5))
    debate = "Committee hearing\n\n" + "".join(
        f"Lynne Neagle AM: Question {i} about school budgets, staffing, buildings and transport to school.\n"
        f"Kirsty Williams AM: Answer {i} about school budgets, staffing, buildings and transport to school.\n"
        for i in range(60))
    corpus = make_corpus(tmp_path / "c", {"debate.txt": debate, "long.txt": long_minutes})
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")
    ids = {doc: [r[0] for r in store.db.execute("SELECT id FROM passages WHERE doc_id = ? ORDER BY seq", [doc])]
           for doc in ("debate", "long")}
    assert len(ids["debate"]) >= 3 and len(ids["long"]) >= 3
    layout = store.layout([ids["debate"][1], ids["long"][1]])
    assert set(layout) == {ids["long"][1], *ids["debate"][:3]}
    assert store.transcripts(["debate", "long", "nowhere"]) == {"debate"}
    assert store.is_transcript("debate") and not store.is_transcript("long")
    store.close()


def test_documents_without_a_council_are_known(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    (corpus / "manifest.csv").write_text("file,council\na.txt,Kent County Council\nb.txt,Medway Council\n")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")
    assert not store.has_documents_without("council")
    assert store.has_documents_without("committee")
    (corpus / "manifest.csv").write_text("file,council\na.txt,Kent County Council\n")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    assert store.has_documents_without("council")
    with pytest.raises(ValueError):
        store.has_documents_without("text")
    store.close()
