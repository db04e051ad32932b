"""Planning minutes list the applications decided one under another: "Application No. C/2023/0098", its site and the
development on lines of their own, then the vote ("Upon a vote being taken, it was unanimously" / "RESOLVED that
planning permission be GRANTED"). Each application's reference heads its own passage, so one application's decision
is never read as the next one's; the line leading into a vote and a member's declaration row head nothing; "No." before
a reference or after a count ends no sentence; and a reference with two letter parts ("HW/HSE/21/00388") is one."""
from __future__ import annotations

import pytest

from assistant.answer_type import references_asked
from assistant.documents import Document
from assistant.passages import _looks_like_heading, split_passages
from assistant.sentences import split_sentences

# Written for these tests: two applications, the second's minutes cut off before its decision, as a page's excerpt is.
PODS = """Planning Committee - Thursday, 14th March, 2024 10.00 am

3.

Declarations of Interest

Councillor R. Pryce, Board Member of Cwm Housing

Councillor T. Lloyd, Applicant known to the Councillor.

4.

Planning Applications Report

Minutes:

Consideration was given to the report of the Service Manager Development Management, whereupon:

Application No. C/2024/0112

Former Depot, Heol Glyn, Abertillery, NP13 1AB

Erection of 14 Affordable Dwellings and Associated Works

Upon a vote being taken, it was unanimously

RESOLVED that planning permission be GRANTED, subject to the conditions detailed in the report.

Councillor R. Pryce did not take part in the voting process.

Application No. C/2024/0131

Chapel Field, Cwmtillery, Abertillery

Siting of 3 No. Glamping Cabins including Parking and Drainage

It was proposed
"""


def _document(text: str) -> Document:
    return Document(doc_id="pods", path="pods.txt", text=text)


def test_each_application_reference_heads_its_own_passage():
    passages = split_passages(_document(PODS))
    first = next(p for p in passages if "C/2024/0112" in p.text)
    second = next(p for p in passages if "C/2024/0131" in p.text)
    assert first is not second
    assert "Erection of 14 Affordable Dwellings" in first.text and "GRANTED" in first.text
    assert "Glamping Cabins" in second.text and "GRANTED" not in second.text
    assert second.heading.startswith("Application No. C/2024/0131")


@pytest.mark.parametrize("line", ["Upon a vote being taken, it was unanimously", "On being put to the vote it was",
                                  "Following a vote it was", "Councillor E. Morgan, Board Member of Cwm Housing",
                                  "Cllr Davies - Governor of Ysgol Bryn"])
def test_a_line_leading_into_a_vote_or_naming_one_member_heads_nothing(line):
    assert not _looks_like_heading(line, standalone=True)


@pytest.mark.parametrize("line", ["Planning Applications Report", "Declarations of Interest", "Residential Development",
                                  "Councillor Call for Action"])
def test_titles_still_head(line):
    assert _looks_like_heading(line, standalone=True)


@pytest.mark.parametrize("text, sentences", [
    ("Application No. C/2024/0131", ["Application No. C/2024/0131"]),
    ("Siting of 3 No. Glamping Cabins. It was proposed", ["Siting of 3 No. Glamping Cabins.", "It was proposed"]),
    ("See minute No. 12 above. The answer was No. Then it was agreed.",
     ["See minute No. 12 above.", "The answer was No.", "Then it was agreed."]),
])
def test_no_before_a_reference_or_after_a_count_ends_no_sentence(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


@pytest.mark.parametrize("question, references", [
    ("Why did Councillor Hale declare an interest in application HW/HSE/21/00388?", ["HW/HSE/21/00388"]),
    ("What was decided on DC/FUL/2023/0456?", ["DC/FUL/2023/0456"]),
    ("Was application MA/09/0536 withdrawn?", ["MA/09/0536"]),
    ("What happened on 12/03/2021?", []),
])
def test_a_reference_with_two_letter_parts_is_read_whole(question, references):
    assert references_asked(question) == references


def test_an_application_cut_off_before_its_decision_is_not_answered_by_the_one_before(assistant_over):
    assistant = assistant_over({"pods.txt": PODS})
    answer = assistant.ask("Was the application for three glamping cabins at Chapel Field, Cwmtillery approved?")
    assert not answer.answered, answer.summary
    granted = assistant.ask("Was the application for 14 affordable dwellings at the former depot on Heol Glyn approved?")
    assert granted.answered, granted.notes
    assert any("GRANTED" in q.text for q in granted.quotes)


DECLARED = """Licensing and Planning Committee - 9th February 2022

12.

Declarations of Interest

Councillor Priya Shah declared a non-pecuniary interest in item 6 (HW/FUL/21/00412) as a trustee of the Town Park Trust.

Councillor Owen Hart declared a non-pecuniary interest in item 6 (HW/FUL/21/00412) as a member of the Friends of Town Park.

Councillor Grace Lowe declared a non-pecuniary interest in item 7 (HW/HSE/21/00430) as a ward councillor for Old Harlow.
"""


def test_a_declaration_about_another_application_does_not_answer(assistant_over):
    assistant = assistant_over({"declared.txt": DECLARED})
    answer = assistant.ask("Why did Councillor Priya Shah declare an interest in application HW/HSE/21/00430?")
    assert not answer.answered, answer.summary
    own = assistant.ask("Why did Councillor Priya Shah declare an interest in application HW/FUL/21/00412?")
    assert own.answered, own.notes


HOMES = """Planning Committee - Monday 13th May 2024 5.30 pm

5. Planning Application No. 24/0311/03 - Land east of Orchard Way, Kenwick

The Principal Planning Officer presented the application for 35 dwellings and a new access from Orchard Way.

Councillor Hale spoke on the item. She raised the following points:

- the earlier phase beside the school had been deferred in 2019 over the play area, an application for 40 dwellings being subsequently approved;
- the access onto Orchard Way was narrow at school times.

6. Planning Application No. 24/0402/03 - Mill Lane Farm, Kenwick

The Committee considered the application for 12 dwellings on the former farmyard.

RESOLVED that planning permission be granted for the 12 dwellings at Mill Lane Farm, subject to the conditions in the report.
"""


def test_a_decision_on_another_number_of_homes_does_not_answer(assistant_over):
    assistant = assistant_over({"homes.txt": HOMES})
    answer = assistant.ask("What did the planning committee decide on the 35 dwellings east of Orchard Way, Kenwick?")
    assert not answer.answered, answer.summary
    own = assistant.ask("What did the planning committee decide on the 12 dwellings at Mill Lane Farm?")
    assert own.answered, own.notes
    assert any("granted" in q.text for q in own.quotes)


@pytest.mark.parametrize("text, counted", [
    ("the 22 dwellings north of Wessex Close", {"dwelling": {"22"}}),
    ("Provision of 4 No. Detached Leisure Pods", {"pod": {"4"}}),
    ("four holiday lodges and 10 touring pitches", {"lodge": {"4"}, "pitch": {"10"}}),
    ("a 3 bedroom house in 2 acres", {}),
])
def test_units_a_development_is_counted_in(text, counted):
    from assistant.answer import _units_counted
    assert _units_counted(text) == counted


# Written for these tests: a PDF's minutes, no blank lines, each application's minute title wrapped onto a second line.
WRAPPED = """Planning Committee
Date: Friday 7 June 2024 at 10.00 am
51/24 Minutes of previous meeting of 10 May 2024
The minutes of the last meeting held on 10 May 2024 were approved as a correct record.
52/24 Full Application - Conversion of stone barn to a dwelling at
Nether Row Farm, Elton (NP/DDD/0324/0211)
Members visited the site on the morning of the meeting.
RESOLVED: To APPROVE the application subject to conditions.
53/24 Full Application - New visitor car park and toilet block
at Stanage Edge, Hathersage (NP/DDD/0424/0300)
The Planning Officer reported that the lay-bys were full on most summer weekends.
RESOLVED: To REFUSE the application for the reasons set out in the report.
"""


@pytest.mark.parametrize("line, heading", [
    ("52/24 Full Application - Conversion of stone barn to a dwelling at", True),
    ("53/24 Full Application - New visitor car park and toilet block", True),
    ("52/24 The minutes of the meeting held on 10 May were approved - subject to one change", False),
    ("52/24 Members received a presentation on the local plan from the Head of Planning", False),
])
def test_a_long_minute_title_of_a_kind_and_its_subject_heads_the_minute(line, heading):
    from assistant.passages import is_minute_heading
    assert is_minute_heading(line) is heading


def test_each_wrapped_minute_title_heads_its_own_minute():
    passages = split_passages(_document(WRAPPED))
    car_park = next(p for p in passages if "lay-bys were full" in p.text)
    assert car_park.heading.startswith("53/24 Full Application - New visitor car park and toilet block at Stanage Edge")
    barn = next(p for p in passages if "Nether Row Farm" in p.text)
    assert barn.heading.startswith("52/24 Full Application") and "REFUSE" not in barn.text
