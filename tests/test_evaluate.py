"""The evaluation's metrics on hand-made outcomes: hit@5, recall@5, MRR@10, abstention."""
from __future__ import annotations

import pytest

from assistant.evaluate import Question, gold_found, score_question, summarise
from assistant.models import Hit


def hit(doc: str, text: str) -> Hit:
    return Hit(passage_id=0, doc_id=doc, text=text, start=0, end=len(text), score=0.0)


GOLD = [{"doc": "a", "quote": "caseloads are   too high"}, {"doc": "b", "quote": "agency staff"}]
QUESTION = Question("q", "What did Ofsted say?", GOLD)


def test_a_gold_quote_is_found_in_its_own_document_with_whitespace_folded():
    assert gold_found(GOLD[0], hit("a", "Inspectors said caseloads are\ntoo high."))
    assert not gold_found(GOLD[0], hit("x", "caseloads are too high"))


def test_hit_recall_and_reciprocal_rank():
    hits = [hit("x", "noise")] * 2 + [hit("a", "caseloads are too high")] + [hit("x", "noise")] * 3 \
        + [hit("b", "agency staff")]
    outcome = score_question(QUESTION, hits, True, 0.1)
    assert outcome.hit_at_5 and outcome.recall_at_5 == 0.5 and outcome.reciprocal_rank == pytest.approx(1 / 3)
    missed = score_question(QUESTION, [hit("x", "noise")] * 5 + [hit("a", "caseloads are too high")], True, 0.1)
    assert not missed.hit_at_5 and missed.recall_at_5 == 0 and missed.reciprocal_rank == pytest.approx(1 / 6)
    assert score_question(QUESTION, [hit("x", "noise")] * 11, True, 0.1).reciprocal_rank == 0


def test_abstention_is_scored_on_unanswerable_and_false_abstention_on_answerable():
    answerable = score_question(QUESTION, [hit("a", "caseloads are too high")], False, 0.1)
    unanswerable = score_question(Question("u", "Who won the lottery?", []), [], False, 0.2)
    answered_wrongly = score_question(Question("v", "Who won the cup?", []), [hit("x", "noise")], True, 0.3)
    report = summarise([answerable, unanswerable, answered_wrongly], "hybrid")
    assert report.questions == 3 and report.answerable == 1
    assert report.hit_at_5 == 1.0 and report.mrr_at_10 == 1.0
    assert report.abstention_accuracy == 0.5 and report.false_abstention == 1.0
