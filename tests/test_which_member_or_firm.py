"""A question asking which member or which firm is answered only when what it quotes names one: "Which councillor
did the committee appoint ...?" over "the appointment was an annual appointment" is declined, as is "Which company
was hired ...?" over the scheme's description. A member may be named in the passage quoted rather than in its
closest sentence; a firm may be named after its trade ("A new specialist contractor, Brightwell Property Care, ...")."""
from __future__ import annotations

import pytest

from assistant.answer_type import gives_kind


APPOINTMENTS = """Regulatory Committee - Tuesday 10 October 2023 10.00 am

6. Appointments to Outside Bodies

The Democratic Services Manager presented the report on appointments to outside bodies.

The Committee was asked to note that the appointment to the Rivers Trust Advisory Board was an annual appointment.

The appointment to the board of the Riverside Business Park Company was an officer appointment.

7. Joint Waste Panel

Councillor Mira Okafor was appointed as the Council's representative on the Joint Waste Panel for 2023/24.

8. Allotments: Security

The Parks Manager reported that sheds at the Hollin Bank allotments had been broken into four times since April.

Councillor Dunmore asked what could be done to protect the site. The Manager said that steel fencing could be put up
along the canal side for £12,000.
"""


def test_which_councillor_is_answered_only_by_a_member_named(assistant_over):
    assistant = assistant_over({"appointments.txt": APPOINTMENTS})
    unnamed = assistant.ask("Which councillor did the Regulatory Committee appoint to the Rivers Trust Advisory Board?")
    assert not unnamed.answered, unnamed.summary
    assert any("which member" in note for note in unnamed.notes)
    named = assistant.ask("Which councillor was appointed to the Joint Waste Panel?")
    assert named.answered, named.notes
    assert any("Mira Okafor" in q.text for q in named.quotes)
    # named in the passage, in a question put in the meeting, which is never quoted
    asked = assistant.ask("Which councillor raised protecting the Hollin Bank allotments?")
    assert asked.answered, asked.notes


LAKE = """Cabinet - Monday 3 June 2024 6.00 pm

12. Hartsholme Lake Restoration

The Assistant Director presented a report on restoring the lake in Hartsholme Park.

The scheme would remove about 7,000 cubic metres of silt and rebuild the eroded banks with planted coir rolls.

RESOLVED that the Hartsholme Lake restoration scheme be approved at a total cost of £1.2 million.

13. Damp and Mould

A new specialist contractor, Kestrel Damp Solutions, had started on 1 April under a two-year contract worth £2.1 million.
"""


def test_quotes_naming_no_firm_do_not_answer_which_company():
    # the item's passages may reach into the next item, which names a firm ("... operated by Voltrail Networks Ltd"),
    # so the passages hold a firm while the sentences quoted for the question name none
    from assistant.answer import Quote, _quotes_give_no_answer
    from assistant.models import Hit
    from assistant.query import parse_query

    question = "Which company has the council hired to dredge the silt out of Hartsholme lake?"
    text = ("The scheme would remove about 7,000 cubic metres of silt and rebuild the eroded banks.\n\n"
            "20. Car Park Chargers\n\nThe charging points would be operated by Voltrail Networks Ltd.")
    hit = Hit(passage_id=1, doc_id="lake", text=text, start=0, end=len(text), score=1.0)
    plain = Quote(1, "lake", 0, 86, text[:86])
    assert "firm" in _quotes_give_no_answer(question, parse_query(question), [hit], [plain])
    named = text.index("The charging")
    firm = Quote(1, "lake", named, len(text), text[named:])
    assert "firm" not in _quotes_give_no_answer(question, parse_query(question), [hit], [plain, firm])


def test_which_company_is_answered_only_by_a_firm_named(assistant_over):
    assistant = assistant_over({"lake.txt": LAKE})
    unnamed = assistant.ask("Which company has the council hired to dredge the silt out of Hartsholme lake?")
    assert not unnamed.answered, unnamed.summary
    named = assistant.ask("Which firm is tackling damp and mould in the council's homes?")
    assert named.answered, named.notes
    assert any("Kestrel Damp Solutions" in q.text for q in named.quotes)


@pytest.mark.parametrize("sentence, firm", [
    ("A new specialist contractor, Kestrel Damp Solutions, had started on 1 April.", True),
    ("The operator, Weald Coaches, has agreed to keep the timetable.", True),
    ("The contractor, which was appointed in May, had finished the work.", False),
    ("The scheme would remove about 7,000 cubic metres of silt.", False),
])
def test_a_firm_named_after_its_trade(sentence, firm):
    assert gives_kind(sentence, "firm") is firm
