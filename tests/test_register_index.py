"""The commitments register's own vector index: kept in step with the commitments by every ingest
(add, replace, delete, a kill at any step), built for an index that lacks one, searched with the
filters' masks; and promise questions answered from it exactly as from ranking every commitment."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant import register
from assistant.commitments import is_procedural
from assistant.errors import IndexOutdated
from assistant.ingest import ingest
from assistant.models import CommitmentScope, Filters
from assistant.register import (FLOOR_GENERAL, FLOOR_TOPICAL, KIND_BONUS, TOPICAL_MARGIN, _add_hit, commitment_hit,
                                council_words, councils_asked, kinds_asked, owner_matches, owners_asked,
                                register_hits, topic_words)
from assistant.register_index import in_register
from assistant.store import Store

from test_index_updates import run_worker, settle
from test_store import make_corpus

MARCH = """Kent County Council
Minutes of the Libraries Panel, 3 March 2021.

1. Minutes

RESOLVED that the minutes of the meeting held on 2 February 2021 be approved as a correct record.

12. Library opening hours

The Head of Libraries agreed to report back to the panel in June on extending Saturday opening hours.

The Director of Finance agreed to circulate the budget figures for the mobile library to members.
"""
JUNE = """Medway Council
Minutes of the Cabinet, 9 June 2021.

4. Potholes

The Cabinet Member for Highways agreed to bring a report on pothole repairs back to the Cabinet in September.

RESOLVED that the highways maintenance plan be approved.
"""
JULY = """Kent County Council
Minutes of the Libraries Panel, 7 July 2021.

3. Mobile library

The Head of Libraries agreed to bring a costed plan for a second mobile library van back to the panel.
"""
MARCH_CHANGED = MARCH.replace("circulate the budget figures for the mobile library",
                              "write to members about the library book fund")


def in_step(index: Path) -> set[int]:
    """The register's ids, after checking they are exactly the non-procedural commitments of the state
    it is paired with, holding their stored embeddings."""
    store = Store.open(index)
    snapshot = store.snapshot()
    try:
        rows = snapshot.db.execute("SELECT id, text, embedding FROM commitments").fetchall()
        expected = {row[0] for row in rows if in_register(row[1])}
        held = set(snapshot.register_vectors.ids().tolist())
        assert held == expected
        assert int(snapshot._pin.meta["register_commitments"]) == len(held)
        if held:
            ids = sorted(held)
            stored = {row[0]: np.frombuffer(row[2], dtype=np.float32) for row in rows}
            assert np.array_equal(snapshot.register_vectors.vectors(ids), np.stack([stored[i] for i in ids]))
        return held
    finally:
        snapshot.close()
        store.close()


def texts(index: Path, ids: set[int]) -> set[str]:
    db = sqlite3.connect(index / "minutes.db")
    try:
        return {db.execute("SELECT text FROM commitments WHERE id = ?", [i]).fetchone()[0] for i in ids}
    finally:
        db.close()


@pytest.fixture
def two_councils(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", {"march.txt": MARCH, "june.txt": JUNE})
    settle(corpus)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    return corpus, tmp_path / "idx"


# ------------------------------------------------------------------ kept in step by ingest

def test_the_register_holds_every_commitment_but_the_procedural_ones(two_councils):
    _, index = two_councils
    held = texts(index, in_step(index))
    assert any("Head of Libraries" in t for t in held) and any("pothole" in t for t in held)
    assert not any("minutes of the meeting" in t for t in held)        # procedural: left out
    assert any("highways maintenance plan" in t for t in held)          # a resolution deciding something


def test_adding_replacing_and_deleting_files_update_the_register_by_id(two_councils, hash_embedder):
    corpus, index = two_councils
    before = in_step(index)
    (corpus / "march.txt").write_text(MARCH_CHANGED, encoding="utf-8")
    (corpus / "june.txt").unlink()
    make_corpus(corpus, {"july.txt": JULY})
    ingest(corpus, index, hash_embedder)
    after = in_step(index)
    held = texts(index, after)
    assert any("book fund" in t for t in held) and any("second mobile library van" in t for t in held)
    assert not any("pothole" in t for t in held) and not any("budget figures" in t for t in held)
    assert after != before
    assert len(list(index.glob("register-*"))) == 1 and not list(index.glob(".register-*"))


def test_an_ingest_that_changes_no_commitment_keeps_the_register_file(two_councils, hash_embedder):
    corpus, index = two_councils
    name = next(index.glob("register-*")).name
    make_corpus(corpus, {"notes.txt": "Agenda item\n\nParks\n\n1. Members discussed the new play area.\n"})
    ingest(corpus, index, hash_embedder)
    assert [p.name for p in index.glob("register-*")] == [name]
    in_step(index)


@pytest.mark.parametrize("step", ["removed", "added", "writing-vectors", "vectors-written", "writing-register",
                                  "register-written", "before-commit", "committed"])
def test_an_ingest_killed_at_any_step_leaves_register_and_passages_of_one_state(two_councils, hash_embedder, step):
    corpus, index = two_councils
    before = texts(index, in_step(index))
    (corpus / "march.txt").write_text(MARCH_CHANGED, encoding="utf-8")
    (corpus / "june.txt").unlink()
    make_corpus(corpus, {"july.txt": JULY})
    killed = run_worker(corpus, index, hook=f"kill:{step}")
    assert killed.returncode == -9, killed.stderr
    now = texts(index, in_step(index))
    assert (now != before) == (step == "committed")
    ingest(corpus, index, hash_embedder)            # the next ingest finishes the job and tidies up
    assert any("second mobile library van" in t for t in texts(index, in_step(index)))
    assert len(list(index.glob("register-*"))) == 1 and not list(index.glob(".register-*"))
    assert len(list(index.glob("vectors-*"))) == 1


def test_an_index_from_before_the_register_file_gets_one_from_its_next_ingest(two_councils, hash_embedder):
    corpus, index = two_councils
    db = sqlite3.connect(index / "minutes.db")
    register_file = db.execute("SELECT value FROM meta WHERE key = 'register_file'").fetchone()[0]
    db.execute("DELETE FROM meta WHERE key IN ('register_file', 'register_commitments')")
    db.execute("UPDATE commitments SET embedding = NULL WHERE id = (SELECT min(id) FROM commitments)")
    db.execute("DROP INDEX commitments_owner")
    db.execute("DROP INDEX documents_passages")
    for column in ("first_passage", "last_passage", "passage_count"):    # added by schema 9
        db.execute(f"ALTER TABLE documents DROP COLUMN {column}")
    db.execute("PRAGMA user_version = 7")
    db.commit()
    db.close()
    (index / register_file).unlink()
    vectors = next(index.glob("vectors-*")).name
    with pytest.raises(IndexOutdated, match="minutes-qa ingest"):
        Store.open(index)
    report = ingest(corpus, index, hash_embedder)
    assert report.files_read == 0                   # nothing re-read ...
    assert [p.name for p in index.glob("vectors-*")] == [vectors]   # ... nor the passage vectors rewritten
    held = in_step(index)
    db = sqlite3.connect(index / "minutes.db")
    assert db.execute("SELECT count(*) FROM commitments WHERE embedding IS NULL").fetchone()[0] == 0
    db.close()
    assert len(held) == 4


# ------------------------------------------------------------------ searched with masks

def test_register_search_keeps_to_the_scope(two_councils, hash_embedder):
    _, index = two_councils
    store = Store.open(index)
    try:
        query = hash_embedder.embed(["agreed to report back on library opening hours"])[0]

        def found(**scope) -> set[str]:
            hits = store.register_search(query, CommitmentScope(**scope), limit=50)
            return {c.doc_id for c in store.commitments_by_id([i for i, _ in hits]).values()}

        assert found() == {"march", "june"}
        assert found(filters=Filters(council="medway")) == {"june"}
        assert found(filters=Filters(date_from="2021-05")) == {"june"}
        assert found(councils=frozenset({"Kent County Council"})) == {"march"}
        assert found(councils=frozenset({"Kent County"})) == set()      # a council is named exactly
        assert found(doc_ids=frozenset({"june"})) == {"june"}
        owned = store.register_search(query, CommitmentScope(owners=("head of libraries",)), limit=50)
        assert [c.owner for c in store.commitments_by_id([i for i, _ in owned]).values()] == ["Head of Libraries"]
        assert store.register_count() == 4
        assert store.register_count(CommitmentScope(filters=Filters(council="kent"))) == 2
        assert store.register_count(CommitmentScope(Filters(date_to="2021-04"), frozenset({"Medway Council"}))) == 0
        ranked = store.register_search(query, limit=50)
        assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    finally:
        store.close()


# ------------------------------------------------------------------ the same answers as ranking every commitment

def every_commitment_ranked(assistant, question: str, filters: Filters | None = None, k: int = 5):
    """The register's answer by ranking every commitment: how register_hits worked before the
    register had a vector index of its own (kept here as the reference)."""
    items = [c for c in assistant.store.commitments(filters) if not is_procedural(c)]
    councils = councils_asked(question, [c.council for c in items])
    kept = [i for i, c in enumerate(items) if c.council in councils] if councils else list(range(len(items)))
    owners = owners_asked(question, lambda name: any(owner_matches(items[i], [name]) for i in kept))
    if owners:
        kept = [i for i in kept if owner_matches(items[i], owners)]
    if not kept:
        return []
    stored = assistant.store.commitment_vectors(filters)
    vectors = np.stack([stored[(c.doc_id, c.start, c.end)] for c in items])
    sims = (vectors @ assistant.embedder.embed([question])[0])[np.asarray(kept)]
    chosen = [items[i] for i in kept]
    ignore = set(" ".join(owners).split()) | {w for c in councils for w in council_words(c)}
    kinds = kinds_asked(question)
    floor = 0.0 if owners else FLOOR_GENERAL
    if topic_words(question, ignore):
        floor = max(FLOOR_TOPICAL, float(sims.max()) - TOPICAL_MARGIN)
    scored = [(chosen[i], float(sims[i]), float(sims[i]) + (KIND_BONUS if chosen[i].kind in kinds else 0.0))
              for i in np.flatnonzero(sims >= floor).tolist()]
    hits, shown = [], set()
    for commitment, sim, score in sorted(scored, key=lambda t: -t[2]):
        if len(hits) >= k and commitment.doc_id not in (shown := shown or {h.doc_id for h in hits[:k]}):
            continue
        hit = commitment_hit(assistant, commitment)
        if hit is not None:
            hits = _add_hit(hits, replace(hit, score=score, evidence=sim, sentence_scores=[score]))
    return hits[:k]


def same_hits(found, expected) -> bool:
    """The same hits, passages, marked commitments and order; scores equal up to the last bit of a
    float32 (BLAS rounds the last few rows of a matrix another way, so a similarity computed in a
    smaller batch may differ there)."""
    def plain(hit):
        return replace(hit, score=0.0, evidence=0.0, sentence_scores=[])

    def scores(hit):
        return [hit.score, hit.evidence, *hit.sentence_scores]
    return (len(found) == len(expected) and all(plain(a) == plain(b) for a, b in zip(found, expected))
            and all(np.allclose(scores(a), scores(b), rtol=0, atol=1e-6) for a, b in zip(found, expected)))


QUESTIONS = ["What did officers promise to bring back to the committee?", "What actions were agreed?",
             "What did the Director agree to do?", "What did we promise the committee about the LiquidLogic data?",
             "What was resolved about the budget?", "What information was requested about caseloads?",
             "What did Medway promise about children in care?", "What did Wirral Council agree to do?",
             "What did the DCS commit to?", "Which actions are outstanding on agency social workers?",
             "What did the Cabinet Member agree to report back on?", "What did members ask for?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_register_hits_are_those_of_ranking_every_commitment(sample_assistant, question):
    for filters in (None, Filters(date_from="2020"), Filters(council="medway")):
        for k in (1, 3, 5, 10):
            assert same_hits(register_hits(sample_assistant, question, filters, k),
                             every_commitment_ranked(sample_assistant, question, filters, k)), (filters, k)


@pytest.mark.parametrize("first_look", [1, 2, 5])
def test_looking_further_when_the_first_commitments_found_are_not_enough(sample_assistant, monkeypatch, first_look):
    """The nearest commitments are read a few at first, four times more at a time: however few at
    first, the hits are the same."""
    monkeypatch.setattr(register, "FIRST_LOOK", first_look)
    for question in QUESTIONS[:6]:
        for k in (1, 5):
            assert same_hits(register_hits(sample_assistant, question, k=k),
                             every_commitment_ranked(sample_assistant, question, k=k)), (question, k)
