"""Ranking signals around a passage: its neighbours and its document."""
from __future__ import annotations

import numpy as np

from assistant.ingest import ingest
from assistant.models import Hit
from assistant.search import diversify, passage_evidence, with_surroundings
from assistant.settings import Settings
from assistant.store import Store

CONFIG = Settings(neighbour_weight=0.3)

TRANSCRIPT = """The Chair (Ms Ann Other): Welcome to the meeting. I call the Prime Minister.

Right Hon. Jo Bloggs (Prime Minister): Students will get summer jobs support this year.

Mr. Sam Smith (Kingsway, CPC): What about the students who cannot find work at all?

Right Hon. Jo Bloggs: We are extending the student grant to every student in need.
"""


def test_a_passage_inside_a_matching_run_outranks_an_isolated_one():
    scores = {1: 0.5, 2: 0.9, 3: 0.5, 10: 0.5}
    layout = {1: ("a", None, 2), 2: ("a", 1, 3), 3: ("a", 2, None), 10: ("b", None, None)}
    ranked = with_surroundings(scores, layout, CONFIG)
    assert ranked[3] > ranked[10] and ranked[1] > ranked[10]


def test_neighbours_of_candidates_are_scored_too():
    ranked = with_surroundings({1: 0.8, 3: 0.8}, {1: ("a", None, 2), 2: ("a", 1, 3), 3: ("a", 2, None)}, CONFIG)
    assert ranked[2] > 0


def test_no_bonus_for_sharing_a_document_with_a_strong_passage():
    scores = {1: 1.0, 2: 0.4, 10: 0.5}
    layout = {1: ("a", None, None), 2: ("a", None, None), 10: ("b", None, None)}
    ranked = with_surroundings(scores, layout, CONFIG)
    assert ranked[10] > ranked[2]


def test_layout_gives_each_passage_its_document_neighbours(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Eight different sittings (a document's repeated passages are indexed once).
    sittings = "".join(TRANSCRIPT.replace("this year", f"in year {n}").replace("in need", f"in group {n}")
                       for n in range(8))
    (corpus / "debate.txt").write_text(sittings, encoding="utf-8")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")
    ids = [row[0] for row in store.db.execute("SELECT id FROM passages ORDER BY seq")]
    assert len(ids) >= 3
    layout = store.layout([ids[1]])
    assert set(layout) == {ids[0], ids[1], ids[2]}
    assert layout[ids[1]] == ("debate", ids[0], ids[2])
    assert layout[ids[0]][1] is None
    store.close()


def test_minutes_are_not_smoothed():
    scores = {1: 0.5, 2: 0.9, 10: 0.5}
    layout = {1: ("m", None, 2), 2: ("m", 1, None), 10: ("m", None, None)}
    ranked = with_surroundings(scores, layout, CONFIG, is_transcript=lambda doc_id: False)
    assert ranked == scores


def test_labelled_utterances_make_a_transcript(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "debate.txt").write_text(TRANSCRIPT * 3, encoding="utf-8")
    (corpus / "minutes.txt").write_text("Minutes\n\n1. The committee noted the report.\n\n2. Agreed.\n",
                                        encoding="utf-8")
    ingest(corpus, tmp_path / "idx", hash_embedder)
    store = Store.open(tmp_path / "idx")
    assert store.is_transcript("debate") and not store.is_transcript("minutes")
    store.close()




def _hit(pid: int, doc_id: str, score: float) -> Hit:
    return Hit(passage_id=pid, doc_id=doc_id, text="x", start=0, end=1, score=score)


def test_passages_of_one_meeting_keep_their_order_when_they_score_best():
    ranked = [_hit(1, "a", 0.9), _hit(2, "a", 0.8), _hit(3, "a", 0.7), _hit(4, "a", 0.6), _hit(5, "b", 0.5)]
    assert [h.passage_id for h in diversify(ranked, 4)] == [1, 2, 3, 5]   # the last place goes elsewhere
    assert [h.passage_id for h in diversify(ranked, 5)] == [1, 2, 3, 4, 5]


def test_one_document_never_takes_every_place_while_another_has_a_candidate():
    ranked = [_hit(i, "flood", 1.0 - i / 100) for i in range(50)] + [_hit(99, "real", 0.1)]
    top = diversify(ranked, 5)
    assert len(top) == 5 and top[-1].doc_id == "real"
    assert [h.doc_id for h in diversify([_hit(1, "a", 0.9), _hit(2, "a", 0.8)], 5)] == ["a", "a"]


def test_a_report_sections_subject_counts_as_what_it_holds():
    # "4. Financial implications" of a report on Fairfield Leisure Centre: the subject is the passage's context
    weights = {"fairfield": 3.0, "leisure": 1.0, "heating": 2.0, "paying": 1.0}
    section = Hit(passage_id=1, doc_id="report", text="4.1 The cost will be met by a grant of £1.9 million.",
                  start=0, end=50, score=0.5, heading="4. Financial implications",
                  context="Fairfield Leisure Centre: low carbon heating")
    alone = Hit(passage_id=2, doc_id="report", text=section.text, start=0, end=50, score=0.5,
                heading=section.heading)
    similarities = np.array([0.3])
    assert passage_evidence(section, similarities, weights).coverage > 0.8
    assert passage_evidence(alone, similarities, weights).coverage == 0.0
