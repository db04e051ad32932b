"""A question put in other words than the minutes use is answered when the passage holds its words.

The closeness of one sentence vector to the question can fall under the threshold for a plain
paraphrase ("leaving after two decades" for "retirement ... twenty years of service"). Matched word
by word, with the real model reading each word in its sentence, the right passage holds the
question's words and an unrelated one does not.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant import Assistant
from assistant.ingest import ingest
from assistant.settings import DEFAULT
from assistant.word_recall import content_spans, word_recall

BOARD = """Executive Board
Minutes of the meeting held on Thursday 14 March 2024

41. Tributes

41.1 The Chair paid tribute to Margaret Ellery, Director of Resources, as this was her final Executive Board meeting prior to her forthcoming retirement, and thanked her for twenty years of service.

42. Highways maintenance

42.1 The Board received a report on the resurfacing programme for 2024/25 and agreed the list of roads to be treated in the summer.

43. Leisure centre roof

43.1 Members noted that the roof repairs at the Northgate Leisure Centre had been completed on budget.
"""

PLANNING = """Planning Committee
Minutes of the meeting held on Tuesday 2 April 2024

12. Land at Mill Lane

12.1 The Committee considered an application for 14 dwellings on land at Mill Lane. RESOLVED: That permission be granted subject to conditions.

13. Appeals

13.1 Members noted two appeal decisions received since the last meeting.
"""

TRIBUTE = ("The Chair paid tribute to Margaret Ellery, Director of Resources, as this was her final Executive Board "
           "meeting prior to her forthcoming retirement, and thanked her for twenty years of service.")


@pytest.fixture(scope="module")
def board_index(tmp_path_factory, embedder):
    corpus = tmp_path_factory.mktemp("board-corpus")
    (corpus / "board_2024-03-14.txt").write_text(BOARD, encoding="utf-8")
    (corpus / "planning_2024-04-02.txt").write_text(PLANNING, encoding="utf-8")
    index = tmp_path_factory.mktemp("board-index")
    ingest(corpus, index, embedder)
    return index


def test_content_words_leave_out_stop_words_and_the_words_of_any_meeting():
    question = "Which councillor was elected chair of the planning committee in 2023?"
    assert [question[s:e] for s, e in content_spans(question)] == ["elected", "chair", "planning", "2023"]


def test_the_passage_holding_a_paraphrase_recalls_the_question_and_another_does_not(embedder):
    question = "Which resources chief was leaving after two decades?"
    held = word_recall(embedder, question, [TRIBUTE])
    other = word_recall(embedder, question, ["The Board agreed the list of roads to be resurfaced in the summer."])
    assert held >= DEFAULT.word_recall > other
    # the best of the passages counts, whichever comes first
    assert word_recall(embedder, question, ["The roof repairs had been completed on budget.", TRIBUTE]) == held


def test_no_recall_without_word_vectors_or_content_words(embedder, hash_embedder):
    assert word_recall(hash_embedder, "Who was leaving after two decades?", [TRIBUTE]) is None
    assert word_recall(embedder, "What was it about?", [TRIBUTE]) is None
    assert word_recall(embedder, "Who was leaving after two decades?", []) is None


def test_a_paraphrase_under_the_closeness_threshold_is_answered_from_its_passage(board_index, embedder):
    assistant = Assistant.open(board_index, embedder=embedder)
    question = "Which resources chief was leaving after two decades?"
    assistant.config = replace(DEFAULT, word_recall=0)
    assert not assistant.ask(question).answered      # closeness alone declines it
    assistant.config = DEFAULT
    answer = assistant.ask(question)
    assert answer.answered
    assert any(TRIBUTE in quote.text or quote.text in TRIBUTE for quote in answer.quotes)


@pytest.mark.parametrize("question", ["What was said about the garden waste charges?",
                                      "How were the allotment rents set?"])
def test_a_question_on_business_the_minutes_never_discuss_is_still_declined(board_index, embedder, question):
    assert not Assistant.open(board_index, embedder=embedder).ask(question).answered


def test_a_check_of_what_is_asked_is_not_overruled_by_the_words(board_index, embedder):
    # a figure asked and none given: the words of the question are all there, the figure is not
    answer = Assistant.open(board_index, embedder=embedder).ask("How much did the Northgate Leisure Centre roof repairs cost?")
    assert not answer.answered
