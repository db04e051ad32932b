"""Answerable questions the start of session 42 declined on its held-out real pages, each for a reason that was wrong
in general (the text here is written for these tests): "Land at" names no place; a room not available leaves no fact
open; an email "expressing concerns" is an objection; a meeting's day is its document's, wherever the application it
heard is named; "item 18 – 29B Hitchin Road" is house 29B, not 18; and a planning report's link names its site."""
from __future__ import annotations

import pytest

from assistant.answer_type import address_for_another, asks_meeting_day, recorded_acts
from assistant.furniture import remove_web_furniture
from assistant.sentences import leaves_open

HOMES = """Development Management Committee - Wednesday, 4th March, 2020 7.00 pm

112.

3/20/0211/FUL - Erection of 31 dwellings (12 affordable dwellings) including access works, landscaping and drainage at Land at Mill Road (R/O 4-10 Church Close), Braughing

The Head of Planning presented the report, which recommended that permission be granted subject to a legal agreement.

RESOLVED - that planning permission be granted subject to the legal agreement and the conditions in the report.
"""


def test_land_at_names_no_other_place(assistant_over):
    assistant = assistant_over({"homes.txt": HOMES})
    answer = assistant.ask("How many of the 31 homes proposed at Mill Road, Braughing were to be affordable?")
    assert answer.answered, answer.notes
    assert any("12 affordable dwellings" in q.text for q in answer.quotes)


@pytest.mark.parametrize("sentence, open_", [
    ("Although it had not been possible to webcast every meeting while the Council Chamber was not available, there "
     "was no legal requirement to record them.", False),
    ("The figures for 2023 were not yet available.", True),
    ("This information is not available at present.", True),
])
def test_a_room_not_available_leaves_no_fact_open(sentence, open_):
    assert leaves_open(sentence) is open_


def test_concerns_expressed_record_an_objection():
    acts = recorded_acts("Who objected by email to the proposed taxi licensing criteria?")
    assert acts and any(act.search("an email from the Chair of the Cab Drivers' Association expressing concerns "
                                    "regarding the proposals") for act in acts)


MEETING = """Borough Council Northern Area Planning Committee Meeting

Nov. 14, 2024, 5:30 p.m.

This is a meeting of the Northern Area Planning Committee of the Borough Council held on the 14th Nov 2024.

Documents

24/00612/FULLN

7 24/00612/FULLN Committee Report 1 Plan 1 Plan 2 Plan 3 Plan 4 Plan 5 Plan 6 Plan 7 Plan 8 Plan 9 Plan 10 Plan 11 Plan 12 Plan 13 Plan 14 Plan 15 Plan 16 Plan 17 Plan 18 Plan 19 Plan 20 Plan 21 Plan 22 Plan 23 Plan 24 Plan 25 Plan 26 Plan 27 Plan 28 Plan 29 Plan 30 Plan 31 Plan 32 Plan 33 Plan 34 Plan 35 Plan 36 Plan 37 Plan 38 Plan 39 Plan 40 Plan 41 Plan 42 Plan 43 Plan 44 Plan 45 Plan 46 Plan 47 Plan 48 Plan 49 Plan 50
"""


OTHER = """Planning Committee - Thursday, 9th March, 2017 2.00 pm

Public Speakers

Name of Speaker Planning Application No. and Reason for Speaking Location Mr. B. Stone 2016/01207/FUL – The Objector,
Hill Farm, Coast Road. The committee heard the speakers before it considered each application.
"""


def test_the_day_a_committee_met_on_an_application_named_elsewhere_in_its_minutes(assistant_over):
    question = "When did the Northern Area Planning Committee meet to hear speakers on application 24/00612/FULLN?"
    assert asks_meeting_day(question)
    answer = assistant_over({"meeting.txt": MEETING, "other.txt": OTHER}).ask(question, k=10)
    assert answer.answered, answer.notes
    assert any("14th Nov 2024" in q.text for q in answer.quotes)


def test_an_item_number_before_a_house_is_not_another_house():
    question = "What happened to the 29B Hitchin Road, Upper Caldecote item at the committee?"
    assert address_for_another(question, "Officers had requested that agenda item 18 – 29B Hitchin Road, Upper "
                                         "Caldecote be deferred.") == ""
    assert address_for_another("Was 46 Newbold Back Lane approved?", "48 Newbold Back Lane was approved") != ""


def test_a_planning_report_link_keeps_its_site():
    text = ("Additional documents:\nWhiston Grange Quarry, Moor Lane, Whiston - SCC/22/0141 - Full pdf icon PDF 3 MB\n"
            "Appendix 1 - Site plan pdf icon PDF 200 KB\nExtension of sand working to the east.")
    cleaned = remove_web_furniture(text)
    assert "Whiston Grange Quarry, Moor Lane, Whiston - SCC/22/0141 - Full" in cleaned.text
    assert "pdf icon" not in cleaned.text and "Appendix 1 - Site plan" not in cleaned.text


@pytest.mark.parametrize("question, councils", [
    ("Which Basildon councillors declared interests as Southend United season ticket holders?",
     ["Basildon Borough Council"]),
    ("Did Bristol Rovers get the stadium lease from Bristol?", ["Bristol City Council"]),
    ("What did Southend decide about the stadium?", ["Southend-on-Sea City Council"]),
])
def test_a_football_club_names_no_council(question, councils):
    from assistant.councils import councils_in_question
    assert councils_in_question(question) == councils
