"""Sentence spans: table rows, and questions told apart from statements."""
from __future__ import annotations

import pytest

from assistant.sentences import can_answer, is_question, leaves_open, only_names, split_sentences, table_cells


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_table_row_is_split_into_its_cells_and_row_labels_are_left_out():
    row = "Caseloads\tWhilst extra staff have been added, there is a risk. Referrals may rise.\tKeep oversight.\tB2\n"
    assert texts(row) == ["Whilst extra staff have been added, there is a risk.", "Referrals may rise.",
                          "Keep oversight."]


def test_a_line_without_tabs_is_one_cell():
    line = "The committee noted the report."
    assert table_cells(line, 0, len(line)) == [(0, len(line))]


def test_a_long_cell_without_a_full_stop_is_kept():
    row = "Risk\tSocial work capacity across the assessment teams\tAmber"
    assert texts(row) == ["Social work capacity across the assessment teams"]


def test_a_table_row_s_last_cell_wrapped_over_lines_is_one_sentence():
    # a decision sheet printed as a table: the last cell wraps onto lines of its own, which open lower-case
    rows = ("5\tFleet Replacement\tThe Committee approved the purchase of 24 electric refuse\n"
            "collection vehicles at a cost of £9.1 million, funded through\n"
            "the vehicle replacement programme.\n"
            "6\tCommunity Halls\tThe Committee froze letting charges.\n"
            "Members thanked the officers.\n")
    assert texts(rows) == ["The Committee approved the purchase of 24 electric refuse\ncollection vehicles at a cost "
                           "of £9.1 million, funded through\nthe vehicle replacement programme.",
                           "The Committee froze letting charges.", "Members thanked the officers."]


def test_questions_are_told_from_statements():
    assert is_question("Can the Minister confirm the figure?")
    assert is_question("What about the students who cannot find work?)")
    assert is_question("He asked, “is that right?”")
    assert not is_question("The Minister confirmed the figure.")
    assert not is_question("Why this matters: capacity.")


@pytest.mark.parametrize("sentence, asks", [
    ("Councillor Hale asked whether the learner pool would reopen before the summer.", True),
    ("Mrs Pike asked the Director of Finance how many claims had been paid.", True),
    ("Members queried why the contract had been extended.", True),
    ("The Panel sought clarification on when the works would finish.", True),
    ("Members asked about the plaster ceiling of the main room, where cracks had been seen.", True),
    # the reply in the same sentence answers
    ("Councillor Hale asked when the pool would reopen and was told it would be in May.", False),
    ("In response to a question about claims, officers advised that 1,214 had been paid.", False),
    ("Members asked for a report to the next meeting.", False),   # a request, not a question
    ("The Chair asked Members to note the report.", False),
])
def test_a_reported_question_without_its_reply_is_a_question(sentence, asks):
    assert is_question(sentence) is asks


@pytest.mark.parametrize("sentence, open_", [
    ("The outcome of the bid was awaited.", True),
    ("The cost of the work is still being assessed.", True),
    ("A full breakdown would be provided to members in writing.", True),
    ("Progress will be reported to a future meeting of the Committee.", True),
    ("No date has yet been set for the reopening.", True),
    ("The officer was unable to say when the works would finish.", True),
    ("The Cabinet Member said she would reply in writing.", True),
    ("The outcome of both applications is expected in the summer.", True),
    ("The Government was expected to announce the outcome of the bid in the autumn.", True),
    ("The council was awaiting the decision of the Secretary of State.", True),
    ("The school was expected to open in August 2024.", False),
    ("The final cost has not yet been agreed with the contractor.", True),
    ("The bid of £2.1 million was successful.", False),
    ("The centre will reopen on 4 May.", False),
    ("The report will be presented to Cabinet on 12 March.", False),
    # still to be settled or made known, in other words
    ("The date of the site visit is to be arranged.", True),
    ("The level of the charge would be fixed by the Director in due course.", True),
    ("He did not have the figures with him and would circulate them after the meeting.", True),
    ("A decision from the lottery fund is expected in the new year.", True),
    ("Responses from the parish councils were expected by June.", True),
    ("The Minister has not yet replied to the letter.", True),
    ("The amount has not been announced.", True),   # the fact left open ends the sentence
    ("The scheme would be agreed by Cabinet on 3 May.", True),
    ("No estimate for the repairs could be given until the survey was done.", True),
    ("The allocation had not been worked out yet.", True),
    ("The Leader could not yet name the successful bidder.", True),
    ("That the supplier be chosen later in the year through a framework.", True),
    ("The start date would be fixed once the orders had been made.", True),
    ("The inspectors' letter had not come back by the date of the meeting.", True),
    ("Officers were not in a position to say when the park would open.", True),
    ("The exact closure dates cannot yet be given.", True),
    ("The insurers were still assessing the claim, and it was not yet clear how much they would cover.", True),
    ("The Council could not yet set a start date for the permanent works.", True),   # the sayer cannot set it
    ("The Cabinet Member said that it was too early to give a figure.", True),
    ("The Council could not set aside the reserve for the pool, as planned in March.", False),
    ("It was clear how much the repairs had cost.", False),
    ("Prices can be given on request.", False),
    ("The figure was not included in the report; officers agreed to circulate it after the meeting.", True),
    ("Forecasts were still being prepared.", True),
    ("No choice between the three sites had yet been made.", True),
    ("Until the outcome of the bid is known, nobody can put a date on the works.", True),
    ("The split had yet to be settled and would come back to Cabinet in the spring.", True),
    ("The date the hall would reopen had not been fixed.", True),
    ("That the name of the contractor be published once the contract is signed.", True),
    ("A decision on the bid was not expected until the new year.", True),
    ("No reply had been received from the agency when the report was written.", True),
    ("The opening date could not be confirmed until the contractor had seen the tank.", True),
    ("Licence fees for the new huts cannot be given yet.", True),
    ("The Cabinet Member replied that no reopening date could be given.", True),
    ("The Chief Officer explained that it was not possible to say yet, because the tender had not started.", True),
    ("It is impossible to tell when the road will reopen.", True),
    ("The streets to be planted first have yet to be chosen.", True),
    ("The Chief Executive would report as part of his ongoing investigation into the events at the assembly.", True),
    ("The ongoing review of parking charges would report in the spring.", True),
    ("It was possible to say that the road would reopen in May.", False),
    ("The investigation, now finished, found no fault with the procurement.", False),
    ("The fee was fixed at £40.", False),
    ("The results were published in May.", False),
    ("The minister has yet to thank the donors.", False),      # a fact: not done
    ("The team reported back that all twelve sites were open.", False),
    ("The figures were available in the appendix.", False),
    ("The charge would be set at £75 a year.", False),
    ("The charge would be set at £75 once the works were finished.", False),
    ("The contract was agreed once the tender closed.", False),
    ("The fee will be confirmed as £40 from April.", False),
    ("The contract was agreed in March.", False),
])
def test_a_sentence_saying_the_fact_is_not_known_yet_is_left_open(sentence, open_):
    assert leaves_open(sentence) is open_
    assert can_answer(sentence) is not open_


@pytest.mark.parametrize("sentence, line, names", [
    ("4..", "4..", True),                                   # an agenda's item number alone
    ("£45,000", "£45,000", False),                          # a figure says something
    ("12 Coldharbour Lane, SW9 (22/03318/FUL)", "3. 12 Coldharbour Lane, SW9 (22/03318/FUL)", True),
    ("Budget Monitoring 2023/24", "45/20 Budget Monitoring 2023/24", True),
    ("Venue: Assembly Hall, Town Hall", "Venue: Assembly Hall, Town Hall", True),
    ("Contact: Jo Bloggs, 01234 567890", "Contact: Jo Bloggs, 01234 567890", True),
    ("RESOLVED: That the application be refused", "4. RESOLVED: That the application be refused", False),
    ("The Committee agreed the report.", "4. The Committee agreed the report.", False),
    ("Members discussed the budget", "Members discussed the budget", False),   # no item number: not a title
    # headings on a line of their own: the council, the body, a report's name
    ("CITY OF WOLVERHAMPTON COUNCIL", "CITY OF WOLVERHAMPTON COUNCIL", True),
    ("Southend-on-Sea City Council", "Southend-on-Sea City Council", True),
    ("Clean Air Zone - Second Annual Report", "Clean Air Zone - Second Annual Report", True),
    ("Report of the Director of Children's Services", "Report of the Director of Children's Services", True),
    ("Democratic Services: democraticservices@example.gov.uk", "Democratic Services: democraticservices@example.gov.uk",
     True),
    # ... but not a vote, a decision, a sentence, or a capitalised sentence inside a longer line
    ("For (62), Against (6), Abstain (3)", "For (62), Against (6), Abstain (3)", False),
    ("Motion Carried", "Motion Carried", False),
    ("Tenants Will Pay More", "The headline read: Tenants Will Pay More", False),
    ("Members asked about the Clean Air Zone", "Members asked about the Clean Air Zone", False),
    ("The Cabinet Agreed The Budget.", "The Cabinet Agreed The Budget.", False),
    # an item's title with its number, in sentence case; a label alone; the minutes' own title
    ("318 Street lighting upgrade", "318 Street lighting upgrade", True),
    ("Minutes:", "Minutes:", True),
    ("Reasons for the decision:", "Reasons for the decision:", True),
    ("Minutes of a meeting of the Planning Committee held at the Guildhall, Ashford on Tuesday, 4 June 2019 "
     "at 7pm", "Minutes of a meeting of the Planning Committee held at the Guildhall, Ashford on Tuesday, 4 June "
     "2019 at 7pm", True),
    ("Minutes of the last meeting were agreed as a correct record.", "x", False),
    ("40 homes would be built on the site at Mill Lane by the end of 2026 according to the officers' report",
     "40 homes would be built on the site at Mill Lane by the end of 2026 according to the officers' report", False),
    ("The Chair asked: who pays?", "The Chair asked: who pays?", False),
])
def test_only_names_an_items_title_or_the_venue(sentence, line, names):
    assert only_names(sentence, line) is names


@pytest.mark.parametrize("text, expected", [
    # a line ending on a word no sentence ends on continues, whatever the next line opens with
    ("There were 628 licensed hackney carriages and\n1,940 private hire vehicles.",
     ["There were 628 licensed hackney carriages and\n1,940 private hire vehicles."]),
    ("The fare would rise from\n£7.60 to £8.40.", ["The fare would rise from\n£7.60 to £8.40."]),
    # a long line of running text with no full stop continues on the next
    ("Residents of the Carlisle and Copeland areas paid a charge for garden waste of\nabout £40, "
     "while those living in the Allerdale area paid\nNothing at all.",
     ["Residents of the Carlisle and Copeland areas paid a charge for garden waste of\nabout £40, "
      "while those living in the Allerdale area paid\nNothing at all."]),
    # ... but a heading, a short label, a blank line or a list marker ends it
    ("Clean Air Zone - Second Annual Report of the Director of Place and Transport\nThe Cabinet noted it.",
     ["Clean Air Zone - Second Annual Report of the Director of Place and Transport", "The Cabinet noted it."]),
    ("Apologies were received from Councillor Smith\nDeclarations of Interest",
     ["Apologies were received from Councillor Smith", "Declarations of Interest"]),
    ("Members discussed the budget at some length with the officers present\n\nThe Chair thanked them.",
     ["Members discussed the budget at some length with the officers present", "The Chair thanked them."]),
    ("The options considered by the Cabinet at its meeting were the following\n• Option A.",
     ["The options considered by the Cabinet at its meeting were the following", "Option A."]),
])
def test_a_sentence_wrapped_over_lines_is_one_sentence(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected
