"""Each question has a time budget: the first search always runs; later stages start only
within it, and the answer says what was left out. No test here measures time: a budget of 0
is used up before any later stage, on any machine."""
from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.validate import Limits


@pytest.fixture(scope="module")
def hurried(sample_index, embedder):
    assistant = Assistant.open(sample_index, embedder=embedder, limits=Limits(max_question_seconds=0))
    yield assistant
    assistant.close()


def stopped_early(answer) -> list[str]:
    return [note for note in answer.notes if note.startswith("stopped early")]


def test_a_question_out_of_time_keeps_its_first_search_and_says_what_it_left_out(hurried, sample_assistant):
    question = "What did Ofsted say about caseloads in 2015?"      # no minutes of 2015: the retry would widen
    patient = sample_assistant.ask(question)
    assert any("searched all dates" in note for note in patient.notes) and not stopped_early(patient)
    answer = hurried.ask(question)
    assert stopped_early(answer) == ["stopped early: the question's 0 s were used up before searching all dates, "
                                     "so the answer may be incomplete"]
    assert answer.filters.date_from == "2015"          # the first search's filters, kept
    assert not any("searched all dates" in note for note in answer.notes)


def test_a_question_across_councils_out_of_time_searches_the_first_council_only(hurried, sample_assistant):
    question = "Which councils mentioned agency staff?"
    patient = sample_assistant.ask(question)
    assert len({h.council for h in patient.passages}) > 1
    answer = hurried.ask(question)
    assert len({h.council for h in answer.passages}) == 1
    assert len(stopped_early(answer)) == 1 and "searching" in stopped_early(answer)[0]


def test_a_question_with_no_later_stage_is_not_marked(hurried):
    answer = hurried.ask("Who chairs the Improvement Board?", read_filters=False)
    assert answer.passages and stopped_early(answer) == []
