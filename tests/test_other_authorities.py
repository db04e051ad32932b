"""Bodies that publish minutes beside councils: combined authorities, national park authorities,
fire and rescue authorities, police and crime panels. The table holds the combined and national
park authorities by their full names and abbreviations only (never a bare place, which is a
council's); any of these bodies named in a document's heading is its "council", never the
principal council that hosts it. All fixtures are written for these tests."""
from __future__ import annotations

import pytest

from assistant.councils import all_councils, council_from_address, councils_in_question, find_council
from assistant.metadata import metadata_from_text


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
