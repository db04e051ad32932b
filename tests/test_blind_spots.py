"""Checks that fail when a part of retrieval silently stops working: BM25 contributing to the
hybrid ranking, and the assistant declining what the minutes do not answer."""
from __future__ import annotations

import pytest

CODES = ["48231", "48123", "42813", "84213", "48312", "41823"]   # near-identical to the one asked about


@pytest.fixture(scope="module")
def procurement(tmp_path_factory, embedder):
    """Six minutes about contracts that look like the question, and one short item that only
    shares its reference number: dense retrieval ranks that item last, BM25 first."""
    from assistant import Assistant

    corpus = tmp_path_factory.mktemp("procurement")
    for n, code in enumerate(CODES):
        (corpus / f"contract-{n}.txt").write_text(
            f"Procurement Committee\n\n1. Contract {code}\n\nThe committee agreed contract {code} for waste "
            f"collection vehicles. Members noted the supplier's progress on the contract and agreed to receive "
            f"an update.\n", encoding="utf-8")
    (corpus / "fleet.txt").write_text(
        "Fleet Panel\n\n4. Vehicle orders\n\nOrder 48213 for two gritters was cancelled after the supplier went "
        "into administration; officers will seek quotes elsewhere.\n", encoding="utf-8")
    assistant = Assistant.build(corpus, tmp_path_factory.mktemp("procurement-index"), embedder=embedder)
    yield assistant
    assistant.close()


QUESTION = "What was agreed about contract 48213?"


def test_dense_retrieval_alone_misses_the_passage_with_the_rare_token(procurement):
    """The premise of the next test: without BM25 the answer is not in the top 5."""
    assert "fleet" not in [h.doc_id for h in procurement.search(QUESTION, k=5, method="dense")]


def test_bm25_brings_an_exact_rare_token_to_the_top_of_the_hybrid_ranking(procurement):
    assert procurement.search(QUESTION, k=5, method="bm25")[0].doc_id == "fleet"
    assert procurement.search(QUESTION, k=5)[0].doc_id == "fleet"
    assert procurement.ask(QUESTION).passages[0].doc_id == "fleet"


# Questions about council business that the five sample minutes (children's services) never discuss.
NOT_IN_THE_MINUTES = [
    "What did the planning committee decide about the housing estate extension?",
    "How much will residents parking permits cost next year?",
    "When will the weekly bin collections change to fortnightly?",
    "Did councillors approve the pothole repair programme?",
    "What was decided about the airport runway extension?",
    "Who won the mayoral election?",
    "What is the recipe for lemon drizzle cake?",
    "How many trees were planted in the town centre?",
    "What did the licensing committee say about the new casino?",
    "When does the swimming pool reopen after refurbishment?",
]


@pytest.mark.parametrize("question", NOT_IN_THE_MINUTES)
def test_a_question_the_minutes_do_not_answer_is_declined(sample_assistant, question):
    answer = sample_assistant.ask(question)
    assert not answer.answered and answer.quotes == []
