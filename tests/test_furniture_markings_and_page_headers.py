"""Furniture councils print on reports and minutes that was left in the text before: a protective
marking ("OFFICIAL", "Classification: Public"), a pack's publication stamp on its cover, and a
two-page document's running header on its second page when it has no separator between the
committee and the date, names the council first, or repeats the first page's heading. All fixtures
are written for these tests."""
from __future__ import annotations

import pytest

from assistant.furniture import remove_blank_page_notices, remove_page_furniture
from assistant.metadata import metadata_from_text
from assistant.normalise import normalise_text


@pytest.mark.parametrize("line", [
    "OFFICIAL", "OFFICIAL - SENSITIVE", "Classification: Public", "DATA LABEL: PUBLIC",
    "Protective Marking: Not Protectively Marked", "Security Classification: OFFICIAL", "NOT PROTECTIVELY MARKED",
])
def test_a_protective_marking_is_furniture(line):
    cleaned = remove_blank_page_notices(f"{line}\nCABINET\nThe budget was agreed.")
    assert cleaned.text == "CABINET\nThe budget was agreed." and cleaned.removed == [line]


@pytest.mark.parametrize("line", [
    "The report was classified as public under the council's scheme.",
    "Public", "Classification of roads: the A-road network was reviewed.",
    "Official opening of the library",
])
def test_lines_like_a_marking_stay(line):
    text = f"CABINET\n{line}\nThe budget was agreed."
    assert remove_blank_page_notices(text).text == text


@pytest.mark.parametrize("line", [
    "Published: Monday 4 March 2024", "Date of publication: 4 March 2024", "Date published: 04/03/2024",
])
def test_a_packs_publication_stamp_is_furniture_and_not_the_meeting_date(line):
    text = f"Planning Committee\n\nTuesday 12 March 2024 at 7.00 pm\n\n{line}\n\nAgenda\n\n1. Apologies"
    cleaned = remove_blank_page_notices(text)
    assert line not in cleaned.text and line in cleaned.removed
    assert metadata_from_text(normalise_text(cleaned.text))["meeting_date"] == "2024-03-12"


def test_a_publication_stamp_beside_the_page_number_in_a_footer_is_furniture():
    text = "Decision notice: Cabinet\n\nThe scheme was approved.\n\nPublished: 7 March 2024\tPage 1 of 1"
    cleaned = remove_blank_page_notices(text)
    assert "Published" not in cleaned.text and "Page 1 of 1" not in cleaned.text


def test_a_decision_records_publication_date_field_stays():
    text = "Decision Maker: Cabinet\n\nPublication date: 08/03/2024\n\nDate of decision: 06/03/2024"
    assert remove_blank_page_notices(text).text == text


def _first_page(heading: str) -> str:
    return f"{heading}\n\nPresent: Councillors Ash, Birch and Cedar.\n\n1 Apologies\nThere were none.\n\n1"


@pytest.mark.parametrize("heading, header", [
    ("Anytown Council\nMEETING: Cabinet\nDATE: Wednesday, 6 March 2024", "Cabinet 06.03.24"),
    ("Anytown Council\nMINUTES OF A MEETING OF THE OPERATIONS COMMITTEE\nHELD ON MONDAY 4 MARCH 2024",
     "Operations Committee 4 March 2024"),
    ("Rotherham Council\nMINUTES of MEETING of the ENVIRONMENT AND\nHOUSING COMMITTEE held on 4 MARCH 2024",
     "Rotherham Council - Environment and Housing Committee - 4 March 2024"),
    ("Anytown Council\nMINUTES OF LICENSING COMMITTEE MEETING -\nTUESDAY, 5 MARCH 2024",
     "MINUTES OF LICENSING COMMITTEE MEETING - TUESDAY, 5 MARCH 2024"),
])
def test_a_two_page_documents_running_header_on_its_second_page_goes(heading, header):
    pages = [_first_page(heading), f"{header}\n    the cost was agreed.\n2 Street trading\nNew pitches.\n\n2"]
    cleaned = remove_page_furniture(pages)
    assert header not in cleaned.text and header in cleaned.removed
    assert cleaned.text.startswith(heading.split("\n")[0])


def test_a_later_pages_heading_naming_another_meeting_of_the_body_stays_when_it_is_not_the_first_pages():
    pages = [_first_page("Anytown Council\nMINUTES OF THE COUNCIL\nTHURSDAY 7 MARCH 2024"),
             "Licensing Committee 12 February 2024\nThe Council noted the Licensing Committee's minutes."]
    assert "Licensing Committee 12 February 2024" in remove_page_furniture(pages).text
