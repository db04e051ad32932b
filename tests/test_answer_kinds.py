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
    ("How did the committee vote on the Mill Lane application?", "decision"),
    ("What happened to the amendment on library funding?", "decision"), ("How did officers respond?", None),
    ("Which company is repairing the harbour wall?", "firm"), ("Which contractor got the path job?", "firm"),
    ("Who is repairing the harbour wall?", "doer"), ("Who will run the new café?", "doer"),
    ("Who seconded the motion?", "person"),
    ("Who's paying for the new play area?", "funder"), ("How is the visitor centre extension being funded?", "funder"),
    ("Where is the money for the play area coming from?", "funder"),
    ("Why was the takeaway on the High Street refused?", "reason"),
])
def test_the_kind_of_answer_a_question_asks_for(question, kind):
    assert wanted_kind(question) == kind


def test_sentences_that_give_a_kind():
    assert gives_kind("The Board is chaired by Mr Rory Paterson.", "person")
    assert gives_kind("It was last inspected in March 2017.", "date")
    assert gives_kind("RESOLVED: That the application be refused.", "decision")
    assert not gives_kind("The Board reviews caseloads at every meeting.", "person")
    assert gives_kind("The amendment was lost by 12 votes to 30.", "decision")
    assert gives_kind("Permission was given, with 7 members voting in favour and 3 against.", "decision")
    assert not gives_kind("Members discussed the amendment at length.", "decision")
    assert gives_kind("The contract was awarded to Pennine Washrooms Ltd at £286,400.", "firm")
    assert gives_kind("Tidewater Marine Civils will carry out the works.", "firm")
    assert gives_kind("Cabinet appointed Greenways to run the café.", "firm")
    assert not gives_kind("The works to the harbour wall will start in May.", "firm")
    assert gives_kind("The café will be run by Mr Tom Hale.", "doer")
    assert gives_kind("£310,000 would come from developer contributions.", "funder")
    assert not gives_kind("The car park extension was approved at a cost of £865,000.", "funder")
    assert gives_kind("Permission was refused on the grounds of harm to the conservation area.", "reason")
    assert not gives_kind("The application was for a takeaway at 31 High Street.", "reason")


HARBOUR = """Cabinet

15. Harbour wall repairs

15.1 The harbour wall had been repaired in several places after the winter storms, and the repairs to the seaward face would be finished in the spring, before the sailing season began.

15.2 The contract was awarded to Tidewater Marine Civils Ltd, the lowest of four tenders.
"""


def test_the_summary_names_the_firm_asked_for(assistant_over):
    answer = assistant_over({"cabinet.txt": HARBOUR}).ask("Which company is repairing the harbour wall?")
    assert answer.answered
    assert any("Tidewater Marine Civils Ltd" in quote.text for quote in answer.quotes)
    top = answer.passages[0]
    start, end = top.sentences[0]     # the passage's best sentence: the firm, over the item's opening
    assert "Tidewater Marine Civils Ltd" in top.text[start - top.start:end - top.start]


@pytest.mark.parametrize("question, expected", [
    ("Who chairs the Improvement Board for children's services?", "chaired by Mr Rory Paterson"),
    ("When was the fostering service last inspected by Ofsted?", "in March 2017"),
    ("What happened to the Mill Lane application?", "be refused on highway safety grounds"),
])
def test_the_summary_quotes_the_sentence_that_answers(assistant_over, question, expected):
    answer = assistant_over({"minutes.txt": MINUTES}).ask(question)
    assert answer.answered
    assert expected in answer.quotes[0].text or (len(answer.quotes) == 1 and expected in answer.summary)


AGENDA_PAGE = """Planning Applications Committee - Tuesday, 7th March, 2023 7.00 pm

Venue: Council Chamber, Town Hall, High Street, Anytown AN1 1AA

Contact: Jo Example, Democratic Services

5. 14 Orchard Row, AN2 (23/00412/FUL)

Minutes:

The officer introduced the application for a two-storey rear extension at 14 Orchard Row.

Two neighbours objected that the extension would overshadow their gardens.

RESOLVED: That planning permission be granted subject to conditions.
"""


def test_the_summary_never_quotes_an_items_title_or_the_venue(assistant_over):
    answer = assistant_over({"agenda-and-minutes.txt": AGENDA_PAGE}).ask(
        "Who objected to the extension at 14 Orchard Row?")
    quoted = [q.text for q in answer.quotes]
    assert quoted and not any("(23/00412/FUL)" in q or q.startswith(("Venue:", "Contact:")) for q in quoted)
    assert all(q in AGENDA_PAGE.split("Minutes:")[1] for q in quoted)   # the item's business


@pytest.mark.parametrize("sentence, named", [
    ("The relining would be done by Larkspur Aquatic Linings over the winter.", True),   # no "Ltd", no trade word
    ("Brackenfold Trailworks scored highest on quality and price.", True),
    ("The centre would be run by Harefield Adventures from May.", True),
    ("The contract went to Tidewater Marine Civils Ltd.", True),
    # places, bodies, roles and funds are no firm
    ("The river wall along the River Tame in Ashgrove Park would be rebuilt.", False),
    ("The works were funded by the Environment Agency.", False),
    ("It would be paid for from the Community Infrastructure Levy.", False),
    ("The Portfolio Holder for Leisure replied that the toilets would reopen.", False),
    ("The report was presented to the Cabinet Member for Housing on Monday.", False),
    ("Eight mobile cameras were moved between known dumping sites.", False),
    ("Switching the Refuse Fleet to Hydrotreated Vegetable Oil", False),   # "to" a fuel, not a contract
    ("The contract was awarded to Brackenfold Trailworks.", True),
    ("To extend the contract with Tarmacore for highway repairs until March 2026.", True),   # a one-word firm
])
def test_a_firm_named_as_minutes_name_one(sentence, named):
    assert gives_kind(sentence, "firm") is named


def test_an_item_s_title_is_not_quoted_though_it_reads_as_a_sentence():
    from assistant.answer import choose_quotes
    from assistant.models import Hit

    text = "4.\n\nTo appoint the Deputy Chief Executive.\n\nMinutes:\n\nRESOLVED that Ms A. Rhydwen be appointed to the post."
    title = (text.index("To appoint"), text.index("Executive.") + len("Executive."))
    resolved = (text.index("RESOLVED"), len(text))
    hit = Hit(1, "minutes", text, 0, len(text), 1.0, heading="4. To appoint the Deputy Chief Executive.",
              sentences=[title, resolved], sentence_scores=[0.70, 0.62])
    quotes = choose_quotes([hit])
    assert [q.text for q in quotes] == [text[resolved[0]:resolved[1]]]
