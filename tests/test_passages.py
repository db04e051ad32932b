"""Passages: structure-aware, within the model's reading limit, offsets exact."""
from __future__ import annotations

import pytest

from assistant.documents import find_documents, load_manifest, read_document
from assistant.models import Document
from assistant.passages import (DEFAULT_BUDGET, FRAGMENT_TOKENS, TRANSCRIPT_BUDGET, count_tokens, embedding_text, is_minute_heading,
                                is_transcript, split_passages)

from conftest import CORPUS, SHARED


def sample_documents() -> list[Document]:
    manifest = load_manifest(CORPUS)
    return [read_document(p, manifest) for p in find_documents(CORPUS)]


def test_no_passage_exceeds_what_the_model_reads(embedder):
    from assistant.passages import embedding_text

    for doc in sample_documents():
        for passage in split_passages(doc):
            pieces = embedder.count_tokens(embedding_text(passage))
            assert pieces <= embedder.max_tokens, (doc.doc_id, passage.seq, pieces)


def test_passages_are_exact_spans_in_order_and_cover_the_text():
    for doc in sample_documents():
        passages = split_passages(doc)
        assert [p.seq for p in passages] == list(range(len(passages)))
        for before, after in zip(passages, passages[1:]):
            assert before.end <= after.start
        for p in passages:
            assert p.text == doc.text[p.start:p.end]
            assert count_tokens(p.text) <= DEFAULT_BUDGET
        covered = "".join(p.text for p in passages)
        assert "".join(covered.split()) == "".join(doc.text.split())


def test_numbered_paragraphs_and_headings_are_recorded():
    doc = next(d for d in sample_documents() if d.doc_id.startswith("004"))
    passages = split_passages(doc)
    direction = next(p for p in passages if "revised statutory direction that" in p.text)
    assert direction.heading == "Revised Statutory Direction"
    assert "3" in direction.paragraphs
    medway = next(d for d in sample_documents() if d.doc_id.startswith("003"))
    para = next(p for p in split_passages(medway) if "ILACS took place" in p.text)
    assert "2.1" in para.paragraphs


def test_lettered_subparagraphs_are_qualified_by_their_parent():
    text = "Findings\n\n4. The inspectors found:\n- a. caseloads too high\n- b. supervision variable\n"
    passages = split_passages(Document("x", "x.txt", text))
    assert passages[0].paragraphs == ["4", "4.a", "4.b"]


def test_continuation_keeps_the_paragraph_number():
    long_para = "7. " + " ".join(f"Sentence number {i} about the improvement plan." for i in range(80))
    passages = split_passages(Document("x", "x.txt", "Heading Here\n\n" + long_para))
    assert len(passages) > 1
    assert all(p.paragraphs == ["7"] for p in passages)


@pytest.mark.parametrize("text", ["", "   ", "word", "x" * 5000, "Title\n\n\n\n" + "a. " * 3000])
def test_odd_text_never_crashes_and_stays_in_budget(text):
    for p in split_passages(Document("x", "x.txt", text)):
        assert count_tokens(p.text) <= DEFAULT_BUDGET + FRAGMENT_TOKENS   # a lonely title may join past the budget
        assert p.text == text[p.start:p.end]


def test_transcripts_split_by_utterance():
    path = SHARED / "benchmarks" / "qmsum-committee-corpus" / "education_0.txt"
    if not path.exists():
        pytest.skip("shared benchmark corpus not present")
    doc = read_document(path)
    passages = split_passages(doc)
    assert is_transcript(doc.text)
    assert len(passages) > 10
    assert all(count_tokens(p.text) <= TRANSCRIPT_BUDGET for p in passages)
    assert any(count_tokens(p.text) > DEFAULT_BUDGET for p in passages)   # a transcript's longer budget


MINUTE_NUMBERED = """Eastvale District Council
Cabinet, 12 January 2021

45/20 Budget Monitoring
The Director of Finance presented the forecast for 2020/21.
45.1 Cabinet noted a forecast overspend of £2.1m on children's placements.
2019/20 Outturn figures were restated in the appendix.

Minute 46 – Housing Allocations
46.1 The Cabinet Member introduced the revised allocations policy.

13.1 Ofsted monitoring visit
13.2 Ofsted monitoring visit letters were published in March.
"""


def test_minute_numbers_head_their_items():
    passages = split_passages(Document("x", "x.txt", MINUTE_NUMBERED))
    budget = next(p for p in passages if "forecast overspend" in p.text)
    assert budget.heading == "45/20 Budget Monitoring"
    assert "45.1" in budget.paragraphs and "45/20" not in budget.paragraphs
    housing = next(p for p in passages if "allocations policy" in p.text)
    assert housing.heading == "Minute 46 – Housing Allocations"
    assert housing.paragraphs[0] == "46.1"


def test_numbered_paragraphs_stay_paragraphs():
    passages = split_passages(Document("x", "x.txt", MINUTE_NUMBERED))
    assert not any(p.heading and p.heading.startswith("2019/20") for p in passages)
    ofsted = next(p for p in passages if "letters were published" in p.text)
    assert ofsted.heading == "Minute 46 – Housing Allocations"    # "13.1 ..." is not standalone here
    assert ofsted.paragraphs[-2:] == ["13.1", "13.2"]


# Printed minutes as a PDF's text often comes: each item's title on its own line, its text on the
# next line with no blank line between.
PDF_ITEMS = """2. Minutes
The accuracy of the Minutes of the meeting held on 24 January 2023 was
confirmed and the Minutes signed.

3. Millport Field Centre: Support for Reopening
Submitted a report by the Executive Director (Place) on support for the
reopening of the field centre by a new charitable trust. The Cabinet agreed
to award a grant of £150,000 to the trust, subject to a funding agreement.

4. Irvine Enterprise Area: Marine Park
Submitted a report on the second phase of the enterprise area. The Cabinet
agreed to the construction of four industrial units at a cost of £3.8 million.
"""


def test_an_items_title_over_its_text_heads_the_item():
    passages = split_passages(Document("x", "x.pdf", PDF_ITEMS))
    grant = next(p for p in passages if "£150,000" in p.text)
    assert grant.heading == "3. Millport Field Centre: Support for Reopening"
    assert "Irvine" not in grant.text            # the next item is a passage of its own
    assert grant.paragraphs == ["3"]
    units = next(p for p in passages if "£3.8 million" in p.text)
    assert units.heading == "4. Irvine Enterprise Area: Marine Park"


def test_a_reports_title_is_the_context_of_passages_that_do_not_name_it():
    text = ("Paignton and Preston Sea Defence Scheme\n\n1. Purpose of Report\n\n"
            "1.1 The sea walls at Paignton and Preston were built between 1890 and 1930. " * 3 + "\n\n"
            "3. Recommendations\n\n3.1 That the scheme be approved at a total cost of £23.4 million.\n\n"
            "3.2 That the Director of Finance be authorised to borrow up to £5.1 million. " * 3 + "\n")
    doc = Document("x", "x.docx", text, title="Paignton and Preston Sea Defence Scheme")
    passages = split_passages(doc)
    borrow = next(p for p in passages if "borrow" in p.text)
    assert borrow.context == "Paignton and Preston Sea Defence Scheme"
    assert "Paignton and Preston Sea Defence Scheme" in embedding_text(borrow)
    untitled = split_passages(Document("x", "x.docx", text))
    assert next(p for p in untitled if "borrow" in p.text).context is None


def test_a_numbered_paragraph_over_text_is_no_heading():
    text = "3.1 Background\nThe scheme began in 2019.\n\n4. The Committee noted the report\nand thanked officers.\n"
    passages = split_passages(Document("x", "x.pdf", text))
    assert not any(p.heading and p.heading.startswith(("3.1", "4.")) for p in passages)


@pytest.mark.parametrize("line, heading", [
    ("45/20 Budget Monitoring", True),
    ("45/20", True),
    ("CAB 45/20 Budget Monitoring", True),
    ("Minute 45", True),
    ("Minute No. 45/20 – Housing", True),
    ("MINUTE 12: Apologies for Absence", True),
    ("Minute 45 of the previous meeting was amended.", False),
    ("2019/20 Budget Monitoring", False),
    ("12/03/2021 Budget", False),
    ("45/20 the committee noted the report.", False),
    ("13.1 Ofsted monitoring visit", False),
    ("12/20\tBudget\t£3m", False),
    ("CAB/8 Hylands House: Wedding and Event Charges", True),    # a committee's prefix on the number
    ("PLA.64 Robinswood Hill Visitor Hub - 23/00904/FUL", True),
    ("EX.8 Apologies for absence", True),
    ("AP2 24/7 TM/23/01142/FL - Former coach depot, Quarry Hill Road", True),   # code, year, item
    ("PLA/47/23-24 Land off Pilsley Road, Danesmoor", True),   # code, number, municipal year
    ("E/24/34 Ampthill Great Park: Car Park Charges", True),   # one letter, the year, the minute
    ("C/23/141 Minutes of the previous meeting", True),
    ("E/24/34 the committee noted the report.", False),
    ("CAB/8 the committee noted the report.", False),
    ("CO2 emissions fell by a tenth", False),
])
def test_minute_heading_forms(line, heading):
    assert is_minute_heading(line) is heading


def test_an_item_numbered_by_letter_year_and_minute_heads_its_own_passages():
    text = ("E/24/33 Leisure Centre Decarbonisation: Flitwick and Houghton Regis\n\nMinutes:\n\n"
            "The Executive approved heat pumps at both leisure centres at a cost of £3.42 million.\n\n"
            "E/24/34 Ampthill Great Park: Car Park Charges\n\nMinutes:\n\n"
            "The Executive agreed that the first hour of parking would be free.\n")
    passages = split_passages(Document("x", "x.html", text))
    heading_of = {p.heading for p in passages if "first hour" in p.text}
    assert heading_of == {"E/24/34 Ampthill Great Park: Car Park Charges"}


PLANNING = """PLANNING COMMITTEE

83. 22/1534/FUL - SOLAR FARM, LAND WEST OF THE A15, DIGBY HEATH

The Committee considered an application for a solar farm of 49 megawatts on farmland west of the A15. Members heard that the panels would stand for forty years, that sheep would graze between the rows, and that a hedge would screen the site from the village. Two residents spoke against the scheme and the applicant's agent spoke in support.

On being put to the vote, the motion was carried by 8 votes to 3, Councillors Hale and Rowe voting against.

84. 23/0187/FUL - 24 dwellings, land off Manor Street, Ruskington

Members raised concerns about the width of the access lane and about surface water flooding on Manor Street, where gardens had flooded twice in the past three winters. The application was deferred so that members could visit the site, and no vote was taken on it.
"""


def test_a_numbered_title_with_a_colon_before_lower_case_words_heads_its_item():
    text = ("74 Town centre CCTV replacement\n\nCabinet agreed to replace 40 cameras.\n\n"
            "75 Sherdley Park: walled garden and café\n\nThe glasshouse frame had been repaired over the summer.")
    passages = split_passages(Document("x", "x.html", text))
    garden = next(p for p in passages if "glasshouse" in p.text)
    assert garden.heading == "75 Sherdley Park: walled garden and café"


def test_a_resolution_word_on_its_own_line_heads_nothing():
    text = ("CAB/8 Hylands House: Wedding and Event Charges\n\nMinutes:\n\nCabinet heard that the house had hosted "
            "142 weddings.\n\nRESOLVED\n\nThat the charges for 2025/26 be approved.\n\nCAB/9 Chelmer Waterside: "
            "Bridge\n\nThe new bridge would open in May.")
    passages = split_passages(Document("x", "x.html", text))
    charges = next(p for p in passages if "charges for 2025/26" in p.text)
    assert charges.heading == "CAB/8 Hylands House: Wedding and Event Charges"
    bridge = next(p for p in passages if "open in May" in p.text)
    assert bridge.heading == "CAB/9 Chelmer Waterside: Bridge"


def test_a_planning_application_s_reference_opens_its_item_s_title():
    passages = split_passages(Document("x", "x.docx", PLANNING))
    vote = next(p for p in passages if "8 votes to 3" in p.text)
    assert vote.heading == "83. 22/1534/FUL - SOLAR FARM, LAND WEST OF THE A15, DIGBY HEATH"
    deferred = next(p for p in passages if "deferred" in p.text)
    assert deferred.heading == "84. 23/0187/FUL - 24 dwellings, land off Manor Street, Ruskington"
    assert "8 votes to 3" not in deferred.text



def test_lettered_item_numbers_head_their_items_but_a_price_in_pence_does_not():
    text = ("4 Declarations of Interest\n\nNone were declared.\n\n"
            "5a DM/23/01942/FUL - 61 Claypath, Durham\n\nChange of use to a house in multiple occupation.\n\n"
            "5b DM/23/02230/OUT - Land west of Durham Road, Bowburn\n\nMembers were worried about the junction.\n\n"
            "The tariff would rise by\n10p an hour from April, and the committee agreed the rise.")
    passages = split_passages(Document("x", "x.pdf", text))
    junction = next(p for p in passages if "junction" in p.text)
    assert junction.heading == "5b DM/23/02230/OUT - Land west of Durham Road, Bowburn"
    assert "multiple occupation" not in junction.text
    tariff = next(p for p in passages if "10p an hour" in p.text)
    assert tariff.heading == "5b DM/23/02230/OUT - Land west of Durham Road, Bowburn"
    assert "10p" not in " ".join(tariff.paragraphs)


def test_an_item_number_with_a_colon_heads_its_item():
    text = ("88: Questions by Members of the Council\n\nCouncillor Firth asked about Dunford Road.\n\n"
            "89: Additional Investment in Pothole Repairs\n\nCabinet approved a further £2.4 million for repairs.")
    passages = split_passages(Document("x", "x.html", text))
    repairs = next(p for p in passages if "£2.4 million" in p.text)
    assert repairs.heading == "89: Additional Investment in Pothole Repairs"
    assert repairs.paragraphs == ["89"]
    assert "Dunford Road" not in repairs.text


def test_a_place_name_wrapped_from_an_items_title_stays_in_the_title():
    text = ("PLA/46/23-24 Declarations of Interest\nNone were declared.\n\n"
            "PLA/47/23-24 23/00812/FL - Land off Pilsley Road, Danesmoor, Clay\nCross\n"
            "The Committee considered an application for 52 dwellings on a former grazing field.")
    dwellings = next(p for p in split_passages(Document("x", "x.pdf", text)) if "52 dwellings" in p.text)
    assert dwellings.heading == "PLA/47/23-24 23/00812/FL - Land off Pilsley Road, Danesmoor, Clay Cross"

# Printed minutes whose paragraphs open with lines that read like titles: many capitals, no full stop.
PDF_SENTENCE_LINES = """Cabinet
Tuesday, 14th February, 2023

6.00 - 7.40 pm

Attendees Councillors: Anna Prestbury (Chair), Victoria Hatherley, Mike
Benhall, Iain Warden and Max Springbank

Minute No. 88 Pittville Pump Room - Roof and Dome Repairs
The Cabinet Member for Culture, Wellbeing and Business introduced the
report. Water had been coming through the roof of the Pump Room above
the east colonnade for several winters.

The Welsh Government had confirmed £450,000 from its Local Transport
Fund, with the balance to be met from the Council's capital programme.

Minute No. 89 Car Parking Charges 2023/24
Cabinet considered the annual review of charges in the Council's car parks.
"""


def test_the_first_line_of_a_paragraph_is_no_heading():
    passages = split_passages(Document("x", "x.pdf", PDF_SENTENCE_LINES))
    for words in ("Water had been coming", "Local Transport"):
        passage = next(p for p in passages if words in p.text)
        assert passage.heading == "Minute No. 88 Pittville Pump Room - Roof and Dome Repairs"
    assert next(p for p in passages if "annual review" in p.text).heading == "Minute No. 89 Car Parking Charges 2023/24"


def test_a_meetings_time_is_no_paragraph_number():
    passages = split_passages(Document("x", "x.pdf", PDF_SENTENCE_LINES))
    assert not any("6.00" in p.paragraphs for p in passages)


# A report inside an agenda pack, after the previous meeting's minutes: its title under a label, its
# sections numbered with their paragraphs below them, no blank line between.
PACK_REPORT = """24. MEADOW GRASSLAND IN PARKS AND OPEN SPACES
The Committee received a report on letting grass grow longer in parks.

29 September 2022

Report title: River Wandle in Beddington Park - Restoration and Footbridge

Report author: Strategic Director, Environment, Housing and Neighbourhoods

1. Summary
1.1 In Beddington Park the River Wandle runs in a straight concrete channel.

4. Funding and timetable
4.1 The scheme would be funded by the Greater London Authority.
4.2 A start date for the works has not been fixed.
"""


def test_a_reports_title_and_its_numbered_sections_head_their_text():
    passages = split_passages(Document("x", "x.pdf", PACK_REPORT))
    summary = next(p for p in passages if "concrete channel" in p.text)
    assert summary.heading == "1. Summary"
    funding = next(p for p in passages if "start date" in p.text)
    assert funding.heading == "4. Funding and timetable" and funding.paragraphs[-1] == "4.2"
    author = next(p for p in passages if "Report author" in p.text)
    assert author.heading == "Report title: River Wandle in Beddington Park - Restoration and Footbridge"
    assert not any("29" in p.paragraphs for p in passages)     # a date, not a paragraph's number


# A Scottish agenda pack's front sheet and report cover, as pypdf reads them.
PACK_COVER = """WEST DUNBARTONSHIRE COUNCIL

Members: Councillor Mairi Renton (Chair), Councillor Dougie Bonhill (Vice
Chair), Councillors Iain Alexandria, June Balloch, Gary Clydebank, Chris
Duntocher and Karen Hardgate.

Report by the Chief Officer - Roads and Neighbourhood

Infrastructure, Regeneration and Economic Development Committee: 22
November 2023

Subject: Levengrove Park Restoration: Heritage Fund Bid

Purpose\tTo seek approval of the council's contribution to a bid to the
National Lottery Heritage Fund for the restoration of Levengrove
Park, Dumbarton.
"""


def test_wrapped_lines_in_title_case_go_on_with_the_line_before():
    passages = split_passages(Document("x", "x.pdf", PACK_COVER))
    headings = {p.heading for p in passages}
    assert not any(h and h.startswith(("Chair)", "November 2023", "National Lottery")) for h in headings)
    purpose = next(p for p in passages if "National Lottery" in p.text)
    assert purpose.heading == "Subject: Levengrove Park Restoration: Heritage Fund Bid"


HIGHLAND_PLANNING = """5.3 Applicant: Dulnain Spirits Ltd (23/00118/FUL) (PLS/011/23)
Location: Former Sawmill, Station Road, Carrbridge
Nature of Development: Erection of a distillery and visitor centre.

Decision: The Committee agreed to GRANT planning permission.

5.4 Applicant: Loch Ness Lodges Ltd (23/00290/FUL) (PLS/012/23)
Location: Land at Borlum, Drumnadrochit

Decision: The Committee agreed to DEFER the application for a site visit, to be held on Tuesday 14 March 2023.
"""


def test_each_application_heads_its_item():
    passages = split_passages(Document("x", "x.pdf", HIGHLAND_PLANNING))
    visit = next(p for p in passages if "site visit" in p.text)
    assert visit.heading == "5.4 Applicant: Loch Ness Lodges Ltd (23/00290/FUL) (PLS/012/23)"
    assert "Carrbridge" not in visit.text


# ---------------------------------------------------------------- no short fragment stands alone

def test_the_meetings_heading_and_venue_open_its_first_item_not_a_passage_of_their_own():
    text = ("Licensing Committee - Monday, 3rd March, 2025 10.00 am\n\nVenue: Room 2, Civic Offices, Kirkby\n\n"
            "12.\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Councillor Marle.\n\n"
            "13.\n\nTaxi Fares\n\nMinutes:\n\nThe committee agreed to raise the tariff by 4 per cent from 1 May 2025.")
    passages = split_passages(Document("x", "x.html", text))
    assert len(passages) == 2
    assert passages[0].text.startswith("Licensing Committee - Monday")
    assert "Councillor Marle" in passages[0].text
    assert passages[0].heading == "12. Apologies for Absence"
    assert passages[1].heading == "13. Taxi Fares" and "Venue" not in passages[1].text


def test_an_item_number_over_its_title_with_no_blank_line_opens_the_item():
    # an agenda page's text as a copy gives it: each item's number on its own line, then its title
    text = ("Venue: Committee Suite - County Hall\nNo. Item\n159.\nMinutes\nMinutes:\n"
            "RESOLVED that the minutes of the meeting held on 10 February 2017 be signed as a correct record.\n"
            "160.\nItems Requiring Urgent Attention\nMinutes:\nThere was no item raised as a matter of urgency.\n"
            "161.\nDeclarations of interest\nMinutes:\nCouncillor Vint declared an interest in item 163 as a trustee.\n")
    passages = split_passages(Document("x", "x.html", text))
    assert [p.heading for p in passages] == ["159. Minutes", "160. Items Requiring Urgent Attention",
                                             "161. Declarations of interest"]
    assert not any(p.text.rstrip().endswith(("160.", "161.")) for p in passages)


def test_a_title_in_sentence_case_under_a_lone_number_heads_the_item_without_its_text():
    text = ("543.\nDeclarations of interest\nMembers are reminded of their responsibility to declare any interest in "
            "an item of business.\n544.\nOpen forum\nNo questions were raised by non-Cabinet members.\n")
    passages = split_passages(Document("x", "x.html", text))
    assert [p.heading for p in passages] == ["543. Declarations of interest", "544. Open forum"]


def test_a_numbered_resolution_under_a_lone_number_is_not_a_title():
    text = ("7.\nBus Shelters\nMinutes:\nRESOLVED:\n1.\nThat the report be noted.\n2.\n"
            "That the shelters at Mill Road be replaced in the spring, at a cost of £12,000.\n")
    passages = split_passages(Document("x", "x.html", text))
    assert len(passages) == 1 and passages[0].heading == "7. Bus Shelters"


@pytest.mark.parametrize("first", ["1. Apologies", "1.\n\nApologies", "12/25 Apologies"])
def test_an_opening_item_that_is_numbered_keeps_its_own_passage(first):
    text = (f"{first}\n\nApologies were received from Councillor Marle.\n\n"
            "2. Taxi Fares\n\nThe committee agreed to raise the tariff by 4 per cent from 1 May 2025.")
    passages = split_passages(Document("x", "x.html", text))
    assert len(passages) == 2 and "Taxi" not in passages[0].text


def test_an_item_number_with_a_decimal_on_its_own_line_heads_the_title_below_it():
    text = ("Venue: Council Chamber, Town Hall\n\n1.1\n\nOrder of Business\n\n"
            "Including any notices of motion and any other items of business submitted as urgent.\n\n"
            "2.1\n\nDeputations\n\nA deputation from the Riverside Allotment Society was heard on water charges.")
    passages = split_passages(Document("x", "x.html", text))
    deputation = next(p for p in passages if "Allotment Society" in p.text)
    assert deputation.heading == "2.1 Deputations"
    assert all(not p.text.rstrip().endswith("2.1") for p in passages)


def _full_first_item() -> str:
    """A first minute whose passage nearly fills the budget, so nothing joins it within the budget."""
    sentence = ("The committee considered the application for the conversion of the former bakery on Mill Street "
                "into four flats with cycle storage. ")
    text = "Present: Councillors Ash, Birch and Cole. " + sentence
    while count_tokens(text + sentence) <= DEFAULT_BUDGET - 2:
        text += sentence
    while count_tokens(text + "Noted. ") <= DEFAULT_BUDGET - 1:
        text += "Noted. "
    return text.rstrip()


@pytest.mark.parametrize("opening", ["27 April 2020", "Minutes Template", "Venue: Bury Town Hall"])
def test_a_date_or_title_line_before_a_full_first_passage_joins_it(opening):
    first = _full_first_item()
    text = f"{opening}\n\n{first}\n\n5. Appeals\n\nMembers noted two appeal decisions received since the last meeting."
    passages = split_passages(Document("x", "x.html", text))
    assert count_tokens(first) > DEFAULT_BUDGET - count_tokens(opening) - 2   # too full to join within the budget
    assert passages[0].text.startswith(opening) and "Mill Street" in passages[0].text
    assert not any(p.text.strip() == opening for p in passages)


def test_a_closing_line_with_no_passage_after_it_joins_the_one_before():
    text = ("5. Play Areas\n\nThe committee approved £85,000 for new equipment at Moor Park and Ashby Fields, "
            "with works to start in the summer holidays.\n\nThe meeting closed at 8.40 pm\n\nChair")
    passages = split_passages(Document("x", "x.txt", text))
    assert len(passages) == 1
    assert passages[0].text.endswith("Chair") and "£85,000" in passages[0].text


def test_an_items_title_and_its_label_alone_join_the_text_under_them():
    text = ("2.\n\nDECLARATIONS OF PERSONAL INTERESTS\n\nMinutes:\n\n"
            "Councillor\n\nMinute Number\n\nNature of Interest\n\nA. Pryce\n\n"
            "9.1 Notice of Motion on the Llanfair bypass\n\nOwns land near the route of the proposed bypass.")
    passages = split_passages(Document("x", "x.html", text))
    assert not any(p.text.rstrip().endswith("Minutes:") for p in passages)


def test_what_a_minutes_label_introduces_stays_under_its_item():
    text = ("9.\n\nDeclaration of Interests.\n\nMinutes:\n\nNone\n\n10.\n\nModern Slavery\n\nMinutes:\n\n"
            "The Chief Executive introduced the annual statement, which the Cabinet approved.\n\n"
            "11.\n\nPublic Question Time\n\nMinutes:\n\nQuestion 1\n\nMr Frank asked whether flats above the shops on "
            "Station Road would be let to families.")
    passages = split_passages(Document("x", "x.html", text))
    declarations = next(p for p in passages if "Declaration of Interests" in p.text)
    assert declarations.text.endswith("None")
    question = next(p for p in passages if "Mr Frank asked" in p.text)
    assert question.heading == "11. Public Question Time"


def test_a_planning_application_after_a_minutes_label_still_heads_its_part():
    text = ("47 Planning applications\n\nMinutes:\n\n23/81422/FUL Land at Trafford Road\n\n"
            "Councillor Quayle moved that the application be approved, and it was approved.\n\n"
            "23/80117/HHA 4 Elm Grove\n\nThe application was refused.")
    passages = split_passages(Document("x", "x.html", text))
    refused = next(p for p in passages if "refused" in p.text)
    assert refused.heading.startswith("23/80117/HHA")


def test_a_title_between_its_number_and_minutes_label_heads_the_item():
    text = ("3.\n\nDeclarations of Interest.\n\nMinutes:\n\nThere were no declarations of interest.\n\n"
            "4.\n\nTo appoint the Deputy Chief Executive.\n\nMinutes:\n\n"
            "RESOLVED that Ms A. Rhydwen be appointed to the post of Deputy Chief Executive.")
    passages = split_passages(Document("x", "x.html", text))
    appointed = next(p for p in passages if "Rhydwen" in p.text)
    assert appointed.heading == "4. To appoint the Deputy Chief Executive."
