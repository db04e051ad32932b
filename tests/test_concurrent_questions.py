"""Several questions at once, as the web app's workers ask them: each answer is the one asked alone."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from assistant.models import Filters
from ui.state import AppState

from conftest import CORPUS, HeldEmbedder

QUESTIONS = ["What did Ofsted say about caseloads?", "Who chairs the Improvement Board?",
             "Which councils mentioned agency staff?", "How many agency social workers were there?",
             "What was agreed about the improvement plan?", "When is the next inspection expected?"]


def summary(answer) -> tuple:
    return answer.answered, answer.summary, [(h.doc_id, h.start) for h in answer.passages]


def test_questions_asked_at_once_get_the_answers_they_get_alone(sample_assistant):
    state = AppState(sample_assistant, CORPUS)
    alone = {q: summary(state.ask(q, Filters())) for q in QUESTIONS}
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(lambda q: (q, summary(state.ask(q, Filters()))), QUESTIONS * 4))
    assert len(together) == 24
    assert all(result == alone[q] for q, result in together)


def test_a_question_still_running_does_not_hold_up_another(sample_index, embedder):
    from assistant import Assistant

    held = HeldEmbedder(embedder, "What did Ofsted say about caseloads?")
    state = AppState(Assistant.open(sample_index, embedder=held), CORPUS)
    with ThreadPoolExecutor(max_workers=2) as pool:
        slow = pool.submit(state.ask, held.held, Filters())
        assert held.waiting.wait(120)
        try:
            other = pool.submit(state.ask, "Who chairs the Improvement Board?", Filters()).result(timeout=120)
            assert not slow.done() and other.passages
        finally:
            held.release.set()
        assert slow.result(timeout=120).answered
    state.assistant.close()
