"""The evaluation's metrics on hand-made outcomes: hit@5, recall@5, MRR@10, abstention."""
from __future__ import annotations

import pytest

from assistant.evaluate import Question, format_table, gold_found, load_questions, score_question, summarise
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


def test_recall_counts_each_gold_passage_once_and_a_quote_must_sit_in_one_passage():
    split_quote = [hit("a", "caseloads are"), hit("a", "too high")]       # the quote spans two passages
    outcome = score_question(QUESTION, split_quote, True, 0.1)
    assert not outcome.hit_at_5 and outcome.recall_at_5 == 0 and outcome.reciprocal_rank == 0
    both = score_question(QUESTION, [hit("b", "agency staff"), hit("a", "caseloads are too high")] * 2, True, 0.1)
    assert both.recall_at_5 == 1.0 and both.reciprocal_rank == 1.0


def test_a_set_without_unanswerable_questions_has_no_abstention_accuracy():
    report = summarise([score_question(QUESTION, [hit("a", "caseloads are too high")], True, 0.1)], "bm25")
    assert report.abstention_accuracy is None and report.false_abstention == 0.0


def test_an_empty_set_scores_zero_not_an_error():
    report = summarise([], "hybrid")
    assert (report.questions, report.hit_at_5, report.mrr_at_10, report.p95_seconds) == (0, 0.0, 0.0, 0.0)


def test_percentiles_of_question_times():
    outcomes = [score_question(QUESTION, [], True, seconds) for seconds in (0.1 * n for n in range(1, 21))]
    report = summarise(outcomes, "hybrid")
    assert report.p50_seconds == pytest.approx(1.05) and report.p95_seconds == pytest.approx(1.9)


def test_questions_load_from_jsonl_with_blank_lines_and_no_gold(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "a", "question": "Q1?", "gold": [{"doc": "d", "quote": "x"}]}\n\n'
                    '{"id": "b", "question": "Q2?"}\n', encoding="utf-8")
    questions = load_questions(path)
    assert [q.id for q in questions] == ["a", "b"] and questions[0].answerable and not questions[1].answerable


def test_the_table_shows_abstention_only_for_the_hybrid():
    outcomes = [score_question(Question("u", "Who won?", []), [], False, 0.1),
                score_question(QUESTION, [hit("a", "caseloads are too high")], True, 0.1)]
    table = format_table([summarise(outcomes, "hybrid"), summarise(outcomes, "bm25")])
    hybrid, bm25 = table.splitlines()[2:4]
    assert "1.000" in hybrid.split()[4] and bm25.split()[4:6] == ["n/a", "n/a"]
