"""Retrieval on the real model over the sample corpus."""
from __future__ import annotations

import re

import pytest

from assistant.errors import InvalidInput
from assistant.models import Hit
from assistant.query import fts_expression, parse_query
from assistant.search import missing_terms
from assistant.validate import MAX_QUESTION_CHARS


def cites(answer, doc_prefix: str, phrase: str) -> bool:
    return any(h.doc_id.startswith(doc_prefix) and phrase.lower() in " ".join(h.text.lower().split())
               for h in answer.passages)


def test_ofsted_caseloads_cites_buckinghamshire_and_medway(sample_assistant):
    answer = sample_assistant.ask("What did Ofsted say about caseloads?", k=5)
    assert answer.answered
    assert cites(answer, "004", "caseloads are too high")
    assert cites(answer, "003", "have reduced significantly")


def test_a_finding_that_states_the_answer_outranks_a_table_row(sample_assistant):
    # Medway's risk register has a "Caseloads" row; it names no inspection, so it is not what Ofsted said.
    top = sample_assistant.ask("What did Ofsted say about caseloads?", k=5).passages[0]
    assert "\t" not in top.text
    assert "Ofsted" in top.text and "aseloads" in top.text


def test_every_quote_is_verbatim_and_marked(sample_assistant):
    for question in ["What did Ofsted say about caseloads?", "Who chairs Medway's Improvement Board?",
                     "How was the council engaging with the trade unions?"]:
        answer = sample_assistant.ask(question)
        assert answer.quotes, question
        for quote in answer.quotes:
            source = sample_assistant.document_text(quote.doc_id)
            assert source[quote.start:quote.end] == quote.text
            assert f"“{quote.text}” [{quote.n}]" in answer.summary
        for hit in answer.passages:
            assert sample_assistant.document_text(hit.doc_id)[hit.start:hit.end] == hit.text
            for start, end in hit.sentences:
                assert hit.start <= start < end <= hit.end


def test_passages_carry_citation_fields(sample_assistant):
    hit = sample_assistant.ask("statutory direction Department for Education").passages[0]
    assert hit.council and hit.committee and hit.meeting_date and hit.doc_id
    assert hit.council in hit.citation()


def test_filters_restrict_results(sample_assistant):
    answer = sample_assistant.ask("What did Ofsted say?", council="Medway")
    assert answer.passages and {h.council for h in answer.passages} == {"Medway Council"}
    answer = sample_assistant.ask("What did Ofsted say?", date_from="2018", date_to="2018-12")
    assert {h.council for h in answer.passages} <= {"Wirral Council", "Buckinghamshire County Council"}
    assert sample_assistant.ask("Ofsted", council="No Such Council").passages == []


def test_unanswerable_question_abstains(sample_assistant):
    answer = sample_assistant.ask("What was decided about the new leisure centre?")
    assert not answer.answered
    assert answer.quotes == []


ODD = ['"unbalanced', "caseloads AND OR NOT", "NEAR(caseloads ofsted)", "ofsted*", "(((", ")", "-",
       "", "   ", "x" * 10_000, "social workers " * 700, "'; DROP TABLE passages; --", "^caseloads",
       "caseloads:ofsted", "{col}: value", "🙂 emoji?", "\x00\x01", "NOT", "*", '""']


@pytest.mark.parametrize("question", ODD)
def test_odd_queries_never_crash(sample_assistant, question):
    if not question.strip(" \x00\x01") or len(question) > MAX_QUESTION_CHARS:
        with pytest.raises(InvalidInput):        # empty or too long: refused with a message
            sample_assistant.ask(question)
        return
    answer = sample_assistant.ask(question)
    assert isinstance(answer.answered, bool)
    assert len(answer.passages) <= 5


def test_each_passage_names_the_question_words_it_lacks(sample_assistant):
    answer = sample_assistant.ask("Who seconded the motion about Ofsted caseloads?")
    assert answer.passages
    for hit in answer.passages:
        cited = " ".join(p for p in (hit.text, hit.heading, hit.title, hit.context, hit.council, hit.committee) if p)
        for term in ("seconded", "ofsted"):
            assert (term in hit.missing) == (re.search(r"\b" + term[:6], cited.lower()) is None)
    assert any("seconded" in hit.missing for hit in answer.passages)
    assert any("ofsted" not in hit.missing for hit in answer.passages)


def test_missing_words_are_matched_by_stem_and_read_from_the_citation_too():
    hit = Hit(passage_id=1, doc_id="d", text="The petition had 412 signatures.", start=0, end=32, score=1.0,
              council="Swansea Council", heading="20mph exceptions")
    terms = parse_query("How many people signed the Swansea petition on 20mph exceptions?").terms
    assert missing_terms(terms, hit) == ["people"]


def test_fts_expression_quotes_every_term():
    expression = fts_expression(parse_query('caseloads AND "high workloads" NEAR(x) -y *'))
    assert expression.startswith('"caseloads"')
    for part in expression.split(" OR "):
        assert part.startswith('"') and part.endswith('"')


def test_query_keeps_names_and_numbers():
    query = parse_query("What did Rory Paterson say about the 14 recommendations in 2019?")
    assert "rory" in query.terms and "14" in query.terms and "2019" in query.terms
    assert "Rory Paterson" in query.phrases
    assert "what" not in query.terms and "say" not in query.terms


def test_promise_questions_are_answered_from_the_register(sample_assistant):
    answer = sample_assistant.ask("What did the Director agree to do?")
    assert answer.answered
    assert any("commitments register" in note for note in answer.notes)
    owners = {c.text for c in sample_assistant.commitments(owner="Director")}
    assert any(q.text in owners or any(q.text in o or o in q.text for o in owners) for q in answer.quotes)


def test_summary_quotes_are_few_distinct_and_whole_sentences(sample_assistant):
    answer = sample_assistant.ask("What did Ofsted say about caseloads?")
    assert 1 <= len(answer.quotes) <= 4
    assert len({" ".join(q.text.split()) for q in answer.quotes}) == len(answer.quotes)
    for quote in answer.quotes:
        source = sample_assistant.document_text(quote.doc_id)
        assert quote.text[0].isupper() or quote.text[0].isdigit() or quote.text[0] in "\"'‘“("
        after = source[quote.end:quote.end + 1]
        assert quote.text[-1] in ".!?:;\"'’”)" or after in ("", "\n", "\t")


def test_a_quote_never_runs_across_table_cells(sample_assistant):
    # Medway's risk register is a tab-separated table; "Caseloads" is a row label, not part of a sentence.
    answer = sample_assistant.ask("What did Ofsted say about caseloads?")
    assert answer.quotes
    assert not any("\t" in quote.text for quote in answer.quotes)
    for hit in answer.passages:
        for start, end in hit.sentences:
            assert "\t" not in hit.text[start - hit.start:end - hit.start]


EXCHANGE = """The Chair (Ms Ann Other): I call the next question.

Mr. Sam Smith (Kingsway, CPC): Madam Chair, what is the Minister doing about fraud in the emergency benefit programme? How much has been paid in error?

Hon. Jo Bloggs (Minister of Employment): Fraud is unacceptable. Every payment made in error will be recovered by the revenue agency, and thirty investigators have been assigned to the programme.

The Chair (Ms Ann Other): Thank you. We move on to the next speaker.
"""


def test_a_question_asked_in_the_meeting_is_not_quoted_as_its_answer(assistant_over):
    assistant = assistant_over({"debate.txt": EXCHANGE})
    answer = assistant.ask("What is the Minister doing about fraud in the emergency benefit programme?")
    assert answer.quotes
    assert not any(q.text.endswith("?") for q in answer.quotes)
    assert any("Fraud is unacceptable" in q.text or "recovered" in q.text for q in answer.quotes)
