"""Bodies that publish minutes beside councils: combined authorities, national park authorities,
fire and rescue authorities, police and crime panels. In documents the table knows the combined and
national park authorities by their full names and abbreviations only (a bare region is a place); a
question may name one by its region or park ("Tees Valley", "Dartmoor"), ranked below any council's
own place. Any of these bodies named in a document's heading is its "council", never the principal
council that hosts it. All fixtures are written for these tests."""
from __future__ import annotations

import pytest

from assistant.councils import all_councils, council_from_address, councils_in_question, find_council
from assistant.metadata import metadata_from_text
from assistant.question_filters import councils_elsewhere, councils_named


@pytest.mark.parametrize("text, body", [
    ("Greater Manchester Combined Authority", "Greater Manchester Combined Authority"),
    ("the GMCA board", "Greater Manchester Combined Authority"),
    ("Cambridgeshire and Peterborough Combined Authority", "Cambridgeshire and Peterborough Combined Authority"),
    ("East Midlands Combined County Authority", "East Midlands Combined County Authority"),
    ("Peak District National Park Authority", "Peak District National Park Authority"),
    ("Eryri National Park Authority", "Eryri National Park Authority"),
    ("Snowdonia National Park Authority", "Eryri National Park Authority"),        # its former name
    ("Brecon Beacons National Park Authority", "Bannau Brycheiniog National Park Authority"),
    ("the Broads Authority", "Broads Authority"),
])
def test_combined_and_national_park_authorities_are_in_the_table(text, body):
    assert find_council(text) == body


def test_a_place_named_with_an_authority_still_names_its_councils_in_a_question():
    assert councils_in_question("What did Cambridgeshire and Peterborough decide about buses?") == \
        ["Cambridgeshire County Council", "Peterborough City Council"]
    assert councils_in_question("How is Northumberland doing on potholes?") == ["Northumberland County Council"]
    assert councils_in_question("What did the North East decide?") == []


@pytest.mark.parametrize("question, named", [
    ("How do Tees Valley and Hartlepool plan to fund the airport?",
     ["Tees Valley Combined Authority", "Hartlepool Borough Council"]),
    ("Which bus routes will Greater Manchester take over first?", ["Greater Manchester Combined Authority"]),
    ("Compare Manchester and the Liverpool City Region on bus fares",
     ["Manchester City Council", "Liverpool City Region Combined Authority"]),
    ("What did Dartmoor decide about wild camping?", ["Dartmoor National Park Authority"]),
    ("Has the Exmoor National Park agreed its management plan?", ["Exmoor National Park Authority"]),
    ("How many moorings are planned on the Broads?", ["Broads Authority"]),
    ("What did Snowdonia say about parking at Pen y Pass?", ["Eryri National Park Authority"]),   # former name
    ("What did the New Forest decide about beach huts?", ["New Forest District Council"]),    # the council's place
    ("Has the New Forest National Park agreed the plan?", ["New Forest National Park Authority"]),
    ("How is Northumberland doing on potholes?", ["Northumberland County Council"]),
    ("Who repairs the Pembrokeshire coast path?", ["Pembrokeshire County Council"]),   # lowercase: a place
    ("What did the North East decide?", []),                                             # points of the compass
])
def test_a_question_names_an_authority_by_its_region_or_park(question, named):
    assert councils_in_question(question) == named


def test_a_region_is_no_council_in_a_document_or_a_file_name():
    text = "Anytown Borough Council\n\nCabinet\n\nMembers noted the Tees Valley skills plan and visits to Dartmoor."
    assert metadata_from_text(text)["council"] == "Anytown Borough Council"
    assert councils_in_question("Tees Valley Dartmoor Minutes", in_names=True) == []


def test_a_question_naming_a_park_the_index_holds_is_filtered_to_it_and_one_it_only_mentions_is_not_elsewhere():
    held = ["Dartmoor National Park Authority", "Devon County Council"]
    assert councils_named("How many visitors did Dartmoor count last summer?", held) == \
        ["Dartmoor National Park Authority"]
    mentions_the_moor = lambda phrase: phrase == "Dartmoor"   # noqa: E731
    assert councils_elsewhere("Which roads across Dartmoor are being resurfaced?", ["Devon County Council"],
                              mentions_the_moor) == []
    assert councils_elsewhere("Which roads across Dartmoor are being resurfaced?", ["Devon County Council"],
                              lambda phrase: False) == ["Dartmoor National Park Authority"]


def test_principal_councils_are_told_from_the_other_authorities():
    principal = [c for c in all_councils() if c.principal]
    assert not any("Authority" in c.name for c in principal)
    assert {"combined authority", "national park authority"} <= {c.kind for c in all_councils()}


def test_an_authoritys_web_address_names_it():
    assert council_from_address("https://democracy.peakdistrict.gov.uk/ieListDocuments.aspx") == \
        "Peak District National Park Authority"


@pytest.mark.parametrize("heading, body", [
    ("MINUTES OF THE MEETING OF THE HAMPSHIRE AND ISLE OF WIGHT FIRE AND RESCUE AUTHORITY HELD ON 20 FEBRUARY 2025",
     "Hampshire and Isle of Wight Fire and Rescue Authority"),
    ("Thames Valley Police and Crime Panel", "Thames Valley Police and Crime Panel"),
    ("Minutes of the Dorset Police, Fire and Crime Panel held on 20 February 2025",
     "Dorset Police, Fire and Crime Panel"),
    ("Royal Berkshire Fire Authority - Thursday, 20th February, 2025 2.00 pm", "Royal Berkshire Fire Authority"),
    ("Minutes of the Cambridgeshire and Peterborough Combined Authority Board held on 20 February 2025",
     "Cambridgeshire and Peterborough Combined Authority"),
])
def test_an_authority_named_in_the_heading_is_the_council(heading, body):
    text = (f"{heading}\n\nPresent: Councillors Ayres (Chair), Bello and Coote.\n\n"
            "1. Apologies\n\nNone.\n\nContact: panel.clerk@buckinghamshire.gov.uk, The Gateway, Aylesbury HP19 8FF")
    found = metadata_from_text(text)
    assert found["council"] == body
    assert found["meeting_date"] in (None, "2025-02-20")


def test_a_council_hosting_a_panel_is_not_taken_for_it_when_the_panel_is_named():
    text = ("Thames Valley Police and Crime Panel\n\nMinutes of the meeting held on Friday 21 March 2025 at "
            "Aylesbury Town Hall\n\n4. Precept proposal\n\nThe Panel agreed the proposed precept.\n\n"
            "Buckinghamshire Council, The Gateway, Aylesbury HP19 8FF")
    assert metadata_from_text(text)["council"] == "Thames Valley Police and Crime Panel"


@pytest.mark.parametrize("line", [
    "The Fire and Rescue Authority was consulted on the plan.",
    "Members noted the combined authority's bus franchising decision.",
])
def test_an_authority_mentioned_in_a_sentence_is_not_the_council(line):
    text = f"Anytown Borough Council\n\nCabinet\n\n{line}"
    assert metadata_from_text(text)["council"] == "Anytown Borough Council"


@pytest.mark.parametrize("line", ["GMCA Bus Franchising", "5. West Midlands Combined Authority update",
                                  "Greater Manchester Combined Authority: bus franchising consultation response"])
def test_an_item_about_an_authority_does_not_make_it_the_council(line):
    text = f"Cabinet\n\nMinutes of the meeting held on 4 March 2025\n\n{line}\n\nThe Cabinet noted the report.\n\n" \
           "Contact: committee.services@bolton.gov.uk"
    assert metadata_from_text(text)["council"] == "Bolton Council"


def test_a_running_header_naming_an_authority_is_read_after_a_council_named_there():
    text = "Precept report\n\nThe Panel agreed the precept."
    assert metadata_from_text(text, ["Thames Valley Police and Crime Panel - 21 March 2025"])["council"] == \
        "Thames Valley Police and Crime Panel"


@pytest.mark.parametrize("text, committee", [
    ("Anyshire Combined Authority\n\nMeeting of the Combined Authority\n\nFriday, 26th July, 2024 at 1.00 pm\n\n"
     "AGENDA\n1. Apologies for Absence", "Combined Authority"),
    ("Dartmoor National Park Authority\n\nParke, Bovey Tracey TQ13 9JQ\n\nNational Park Authority\n\n"
     "Date of Meeting: 27 November 2024\n\nMoorland Car Parks\n\n1. Background\n\n1.1 Text.", "National Park Authority"),
    ("TEES VALLEY COMBINED AUTHORITY\nCABINET MEETING MINUTES\n\nFriday 24 November 2023, 11.00am\n\n"
     "TVCA 60/23 Apologies for Absence\nNone.", "Cabinet"),
    ("ANYTOWN BOROUGH COUNCIL\nPlanning Committee Minutes\n\nFriday 24 November 2023\n\n1. Apologies\nNone.",
     "Planning Committee"),
])
def test_an_authoritys_own_meeting_and_a_body_heading_its_minutes_are_the_committee(text, committee):
    assert metadata_from_text(text)["committee"] == committee


def test_an_authoritys_name_before_its_committee_in_a_running_header_goes():
    text = ("EXMOOR NATIONAL PARK AUTHORITY\nPLANNING COMMITTEE\n\nMinutes of the Planning Committee held on Tuesday "
            "7 November 2023 at 10.00am in the Committee Room, Exmoor House, Dulverton.\n\n1. Apologies for Absence\nNone.")
    found = metadata_from_text(text, ["Exmoor National Park Authority - Planning Committee - 7 November 2023"])
    assert found["committee"] == "Planning Committee"


def test_an_authoritys_committee_named_after_it_keeps_its_name():
    text = ("West of England Combined Authority\n\nDecision details: Supported Bus Services\n\n"
            "Decision Maker: West of England Combined Authority Committee\n\nDecision:\n\n1. To extend the contracts.\n\n"
            "Date of decision: 13/10/2023")
    assert metadata_from_text(text)["committee"] == "West of England Combined Authority Committee"


def test_the_london_assembly_and_its_site_are_the_greater_london_authority_s():
    assert council_from_address("https://www.london.gov.uk/moderngov/ieListDocuments.aspx?MId=1") == \
        "Greater London Authority"
    assert councils_in_question("What did the London Assembly say about night buses?") == ["Greater London Authority"]


def test_a_national_park_authority_s_offices_in_brackets_with_the_times_name_it():
    text = ("25th January, 2012\n\nPresent: Mr A Ash (Chairman)\n\nMrs B Birch and Cllrs. C Cedar and D Dale\n\n"
            "(NPA Offices, Llanion Park, Pembroke Dock: 10.00am – 11.30am) Apologies for absence were received from "
            "Councillor E Elm.\n\n2. Disclosures of Interest\n\nNo disclosures of interest were made.")
    assert metadata_from_text(text)["council"] == "Pembrokeshire Coast National Park Authority"


def test_a_page_number_glued_before_an_authoritys_minutes_heading_does_not_hide_it():
    # a document-sharing site's copy runs the page's number into the first line; the members' councils follow
    text = ("12 MINUTES OF THE MEETING OF THE WEST YORKSHIRE COMBINED AUTHORITY, HELD ON THURSDAY 6 MARCH 2025 AT "
            "WELLINGTON HOUSE, LEEDS.\n\nPRESENT:\n\nBradford Councillor A Ahmed Calderdale Councillor B Bray "
            "Kirklees Councillor C Cole Leeds Councillor D Dale Wakefield Councillor E Evans\n\n"
            "WYCA 31/25 APOLOGIES\n\nApologies were received from the Mayor.\n\n"
            "WYCA 32/25 CHAIR'S ANNOUNCEMENTS\n\nThe Chair thanked the former Leader of Kirklees Council for her work.")
    found = metadata_from_text(text)
    assert found["council"] == "West Yorkshire Combined Authority"
    assert found["meeting_date"] == "2025-03-06"


@pytest.mark.parametrize("heading", ["NOTICE OF DECISIONS AGREED AT THE WYCA MEETING HELD ON 6 MARCH 2025",
                                     "Decisions of the West Yorkshire Combined Authority meeting held on 6 March 2025"])
def test_decisions_of_an_authoritys_meeting_name_it_by_its_abbreviation_too(heading):
    text = (f"{heading}\n\nPRESENT:\n\nBradford Councillor A Ahmed Kirklees Councillor C Cole Leeds Councillor D Dale\n\n"
            "1. APOLOGIES\n\nRESOLVED: That apologies be noted from the former Leader of Kirklees Council.")
    assert metadata_from_text(text)["council"] == "West Yorkshire Combined Authority"
