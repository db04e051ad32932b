"""A question asked across councils is answered council by council: each council whose minutes answer is quoted
from its own passages, with its own part of the question; a year asked narrows the minutes it is answered from;
and loading the model is not counted against a question's time."""
from __future__ import annotations

import pytest

from assistant import Assistant, core
from assistant.question_filters import question_about

from test_question_filters import minutes_of


def _quoted_councils(answer) -> set[str]:
    return {answer.passages[quote.n - 1].council for quote in answer.quotes}


def _verbatim(answer) -> bool:
    return all(quote.text in answer.passages[quote.n - 1].text for quote in answer.quotes)


def test_each_answering_council_is_quoted_though_another_s_sentences_read_closer(assistant_over):
    """Leeds's minutes say much about food waste in the question's own words; Kent's one sentence answers for
    Kent. Chosen across both, every quote was Leeds's: now each council's best sentences are quoted."""
    assistant = assistant_over({
        "leeds.txt": minutes_of("Leeds City Council", [
            "The Cabinet decided that weekly food waste collections would start for every household in April 2023.",
            "The Cabinet decided to buy 20 new vehicles for the weekly food waste collections.",
            "The Cabinet decided on a budget of £4 million for weekly food waste collections.",
            "The Cabinet decided that flats would get communal caddies for weekly food waste collections."]),
        "kent.txt": minutes_of("Kent County Council", [
            "Members agreed to ask the district councils to begin collecting kitchen scraps every week from 2024.",
            "The Cabinet noted the annual report on the county's libraries."]),
    })
    answer = assistant.ask("What did Leeds and Kent decide about weekly food waste collections?")
    assert answer.answered
    assert _quoted_councils(answer) == {"Leeds City Council", "Kent County Council"}
    assert _verbatim(answer)


def test_a_question_of_two_parts_asks_each_council_its_own_part(assistant_over):
    """"Mayor of Halton for 2024/25" is Halton's part; Cherwell's chair, elected for 2025/26, answers Cherwell's
    part and is not declined for being of another year than Halton's. (Here Halton's sentence is close enough to
    be quoted beside Cherwell's either way; the test guards the whole path, the one above the choice of quotes.)"""
    assistant = assistant_over({
        "halton.txt": minutes_of("Halton Borough Council", [
            "RESOLVED: That Councillor Anne Brook be elected Mayor of the Borough for the Municipal Year 2024/25.",
            "RESOLVED: That Councillor Joe Platt be elected Deputy Mayor of the Borough for the Municipal Year "
            "2024/25."]),
        "cherwell.txt": minutes_of("Cherwell District Council", [
            "It was proposed by Councillor Lytton and seconded by Councillor Creed that Councillor Tom Reed be "
            "elected Chair of the Overview and Scrutiny Committee for the remainder of the municipal year "
            "2025/2026.\n\nRESOLVED: That Councillor Tom Reed be elected Chair of the Overview and Scrutiny "
            "Committee for the remainder of the 2025/2026 Municipal Year.",
            "RESOLVED: That Councillor Ann Creed be elected Vice-Chair of the Overview and Scrutiny Committee for "
            "the remainder of the 2025/2026 Municipal Year."]),
    })
    answer = assistant.ask("Who was elected Mayor of Halton for 2024/25 and who was elected to chair Cherwell's "
                           "overview and scrutiny committee?")
    assert answer.answered, answer.notes
    assert _quoted_councils(answer) == {"Halton Borough Council", "Cherwell District Council"}
    assert any("Anne Brook" in q.text for q in answer.quotes) and any("Tom Reed" in q.text for q in answer.quotes)
    assert _verbatim(answer)


@pytest.mark.parametrize("question, council, alone", [
    ("Who was elected Mayor of Halton for 2024/25 and who chairs Cherwell's scrutiny committee?",
     "Halton Borough Council", "Who was elected Mayor of Halton for 2024/25?"),
    ("Who was elected Mayor of Halton for 2024/25 and who chairs Cherwell's scrutiny committee?",
     "Cherwell District Council", "Who chairs Cherwell's scrutiny committee?"),
    ("What did Halton's leader say about funding, and what did Cherwell's say?", "Cherwell District Council",
     "What did Cherwell's say?"),
    # one part naming both councils: each is taken out of it as before
    ("How did Halton and Cherwell deal with the minutes, and when were they signed?", "Halton Borough Council",
     "How did Halton deal with the minutes, and when were they signed?"),
])
def test_a_question_of_parts_each_naming_a_council_is_read_part_by_part(question, council, alone):
    assert question_about(question, council, ["Halton Borough Council", "Cherwell District Council"]) == alone


def test_loading_the_model_is_not_counted_against_the_question_s_time(sample_index, monkeypatch):
    """A first question (every `minutes-qa ask`) waited for the model inside its time budget, and a question
    across councils was then cut short before its second council. The budget now starts once the model is loaded."""
    loaded_at_start = []

    class WatchedClock(core.QuestionClock):
        def __init__(self, seconds):
            loaded_at_start.append(assistant.embedder.loaded)
            super().__init__(seconds)

    monkeypatch.setattr(core, "QuestionClock", WatchedClock)
    assistant = Assistant.open(sample_index)
    try:
        assert not assistant.embedder.loaded
        assistant.ask("Who chairs the Improvement Board?")
    finally:
        assistant.close()
    assert loaded_at_start == [True]


def test_a_year_asked_puts_first_the_passage_of_minutes_that_name_it(assistant_over):
    """Neither document's meeting date is known. Wyre's minutes, of 2024, read closest; Trafford's name 2022, the
    year asked, and answer. Wyre's passage came first and the question was declined for a year its minutes
    never name: a year asked narrows the minutes as a date filter would."""
    assistant = assistant_over({
        "wyre.txt": "Wyre Council\n\nOverview and Scrutiny Committee\n\n1. Minutes\n\nTo approve as a correct "
                    "record the minutes of the meetings of the Overview and Scrutiny Committee held on 26 February "
                    "2024 and 6 March 2024, whose approval the committee put off at its last meeting.\n\nThe "
                    "minutes of the February and March meetings were approved as a correct record.\n",
        "trafford.txt": "Trafford Council\n\nScrutiny Committee\n\n3. Minutes\n\nTo agree as a correct record "
                        "the minutes of the meetings held on 7 February 2022 and 9 March 2022.\n\nAs the minutes "
                        "were sent out on the day of the meeting, Councillor Carter asked that they be deferred to "
                        "the next meeting so that members could read them properly, and the Committee agreed.\n",
    })
    answer = assistant.ask("Why did the scrutiny committee put off approving the minutes of its February and "
                           "March 2022 meetings?")
    assert answer.answered, answer.notes
    assert answer.passages[0].doc_id == "trafford"
    assert _verbatim(answer)


def test_which_councils_over_many_quotes_each_answering_council(assistant_over):
    """Over more councils than are searched one by one, the answering councils' passages lead; Leeds's five
    sentences on the subject in its own words no longer fill every quote."""
    from test_question_filters import FOOD_WASTE, MANY_COUNCILS, OTHER_BUSINESS

    # Kent's one sentence in other words than the question's
    food = {**FOOD_WASTE, "Kent County Council": ["Members noted that the districts would begin to collect kitchen "
                                                  "scraps every week from 2024."]}
    files = {f"c{n}.txt": minutes_of(c, food.get(c, []) + OTHER_BUSINESS) for n, c in enumerate(MANY_COUNCILS)}
    assistant = assistant_over(files)
    answer = assistant.ask("Which councils have discussed weekly food waste collections?", k=5)
    assert answer.answered
    assert any("each council whose minutes answer" in note for note in answer.notes)
    assert _quoted_councils(answer) == set(food)
    assert _verbatim(answer)
