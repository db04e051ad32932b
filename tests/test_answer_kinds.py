"""Summaries quote the sentence that gives the kind of answer asked for: a person, a date, a decision."""
from __future__ import annotations

import pytest

from assistant.answer_type import gives_kind, wanted_kind

MINUTES = """Children's Services Committee

2. Improvement Board

2.1 The Improvement Board met six times this year to review the improvement of children's services.

2.2 The Improvement Board is chaired by Mr Rory Paterson, formerly a director of children's services.

2.3 The Improvement Board reviews children's services caseloads and recruitment at every meeting.

3. Ofsted

3.1 Ofsted inspected the fostering service and its inspection judged the service inadequate overall.

3.2 The fostering service was last inspected by Ofsted in March 2017.

3.3 Members asked how the fostering service would prepare for the next Ofsted inspection.

4. Planning application: Mill Lane

4.1 The committee considered the planning application for twelve new homes at Mill Lane.

4.2 Members discussed the Mill Lane application for new homes at length, raising parking concerns.

4.3 RESOLVED: That the Mill Lane application be refused on highway safety grounds.
"""


@pytest.mark.parametrize("question, kind", [
    ("When was the fostering service last inspected?", "date"), ("How long will it take?", "date"),
    ("Who chairs the board?", "person"), ("Which officer will report back?", "person"),
    ("Was the application approved?", "decision"), ("What did the committee decide?", "decision"),
    ("What did Ofsted say about caseloads?", None), ("How many homes were proposed?", None),
])
def test_the_kind_of_answer_a_question_asks_for(question, kind):
    assert wanted_kind(question) == kind


def test_sentences_that_give_a_kind():
    assert gives_kind("The Board is chaired by Mr Rory Paterson.", "person")
    assert gives_kind("It was last inspected in March 2017.", "date")
    assert gives_kind("RESOLVED: That the application be refused.", "decision")
    assert not gives_kind("The Board reviews caseloads at every meeting.", "person")


@pytest.mark.parametrize("question, expected", [
    ("Who chairs the Improvement Board for children's services?", "chaired by Mr Rory Paterson"),
    ("When was the fostering service last inspected by Ofsted?", "in March 2017"),
])
def test_the_summary_quotes_the_sentence_that_answers(assistant_over, question, expected):
    answer = assistant_over({"minutes.txt": MINUTES}).ask(question)
    assert answer.answered
    assert expected in answer.quotes[0].text or (len(answer.quotes) == 1 and expected in answer.summary)
