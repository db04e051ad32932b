"""Minutes laid out as a table (minute no. | item | discussion | action by), records of
decisions as HTML tables, and reports with a cover-sheet table, appendices and exempt-information
notices. Passages keep each row's item number and title; header rows and exemption notices are
furniture; the cover's "Date of meeting" is the meeting date. All fixtures are written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents import read_document
from assistant.furniture import is_exempt_notice, is_items_table_header, remove_blank_page_notices
from assistant.metadata import metadata_from_text
from assistant.models import Document
from assistant.normalise import normalise_text
from assistant.passages import split_passages

_ROWS = [
    ("1/25", "Apologies", "Apologies were received from Councillor Ames and from the ward officer.", ""),
    ("2/25", "Verge cutting", "Residents reported that the verges on Mill Road had not been cut since July. The "
     "highways officer said a second cut would be added to the contract from April.", "Highways officer"),
    ("3/25", "Bus shelter at the Green", "The group agreed to ask the county council to replace the glass in the "
     "shelter, broken twice this winter. A quote of £1,200 had been received.", "Clerk"),
]


def _minutes_table_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Northbrook Liaison Group")
    document.add_paragraph("Notes of the meeting held on Wednesday 5 February 2025 at Northbrook Village Hall")
    table = document.add_table(rows=1, cols=4)
    for cell, label in zip(table.rows[0].cells, ["Minute No.", "Item", "Discussion", "Action by"]):
        cell.text = label
    for row in _ROWS:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    document.save(path)
    return path


def test_minutes_in_a_word_table_keep_item_numbers_and_titles_without_the_header_row(tmp_path):
    doc = read_document(_minutes_table_docx(tmp_path / "notes.docx"))
    assert "Action by" not in doc.text and "Discussion" not in doc.text
    passages = split_passages(doc)
    verges = next(p for p in passages if "Mill Road" in p.text)
    shelter = next(p for p in passages if "£1,200" in p.text)
    assert verges is not shelter
    assert verges.heading == "2/25 Verge cutting" and shelter.heading == "3/25 Bus shelter at the Green"
    assert verges.text.startswith("2/25\tVerge cutting") and "Mill Road" not in shelter.text
    assert all(p.text == doc.text[p.start:p.end] for p in passages)


_RECORD = """<html><head><title>Record of decisions - Cabinet - 11 March 2025</title></head><body>
<h1>Record of decisions</h1><p>Cabinet, Tuesday 11 March 2025</p>
<table><thead><tr><th>Item</th><th>Subject</th><th>Decision</th><th>Reason for decision</th></tr></thead>
<tbody><tr><td>7</td><td>Leisure centre contract</td><td>Cabinet agreed to extend the leisure contract with the
present operator for two years from April.</td><td>To allow a full review of the service first.</td></tr>
<tr><td>8</td><td>School term dates 2026/27</td><td>Cabinet approved the term dates for community schools as
set out in the report.</td><td>The council must set them each year.</td></tr></tbody></table></body></html>"""


def test_a_record_of_decisions_table_gives_one_item_per_row(tmp_path):
    path = tmp_path / "decisions.html"
    path.write_text(_RECORD)
    doc = read_document(path)
    assert "Reason for decision" not in doc.text
    headings = {p.heading for p in split_passages(doc)}
    assert {"7 Leisure centre contract", "8 School term dates 2026/27"} <= headings


@pytest.mark.parametrize("row", [
    "Minute No.\tItem\tDiscussion\tAction by", "Item\tSubject\tDecision\tReason for decision",
    "No.\tItem\tAction\tBy whom\tBy when", "Ref\tAction\tOwner\tDeadline\tStatus",
    "Agenda item\tTitle\tOutcome", "| Minute | Subject | Resolution |", "Item\tDetails\tDecision taken",
    "Item Title Minutes",
])
def test_header_rows_of_minutes_and_decision_tables(row):
    assert is_items_table_header(row)


@pytest.mark.parametrize("row", [
    "Item\tBudget\tActual", "Date\tTime\tVenue", "Councillor\tRole\tAttendance", "Action\tThe clerk will write.",
    "Subject\tCouncil tax base 2025/26",
])
def test_other_table_rows_are_not_header_rows(row):
    assert not is_items_table_header(row)


def test_a_figures_table_is_not_cut_into_items():
    text = normalise_text("Budget monitoring\n\nThe forecast is below.\n\n1\tStaffing\t£1,200\t£1,300\n"
                          "2\tPremises\t£400\t£380\n3\tTransport\t£90\t£95")
    passages = split_passages(Document("b", "b.txt", text))
    assert len(passages) == 1


_COVER = """Report to Cabinet

Report of\tDirector of Place
Wards affected\tAll wards
Key decision\tYes
Date of report\t24 February 2025
Date of meeting\t11 March 2025

Local Cycling and Walking Infrastructure Plan

1. Purpose of the report

1.1 This report asks Cabinet to adopt the Local Cycling and Walking Infrastructure Plan for the district.

Appendix A: Consultation responses

The consultation received 412 responses, of which 61% supported the routes proposed.

APPENDIX B

Equality impact assessment

No negative impacts on protected groups were found.

Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972

Appendix C – Land values

The land at Station Road is valued at £2.4 million."""


def test_a_report_cover_table_gives_the_meeting_date_not_the_report_date():
    found = metadata_from_text(_COVER)
    assert (found["committee"], found["meeting_date"], found["kind"]) == ("Cabinet", "2025-03-11", "report")


def test_a_meeting_row_holding_only_a_date_is_the_meeting_date():
    text = ("Subject\tCouncil tax base 2025/26\nReport to\tCabinet\nReport by\tDirector of Finance\n"
            "Date\t6 January 2025\nMeeting\t20 January 2025\nKey decision\tNo\n\n1. Summary\n\nThe base rises by 1.2%.")
    assert metadata_from_text(text)["meeting_date"] == "2025-01-20"


def test_a_committee_named_as_what_the_report_is_for():
    text = "CABINET REPORT\n\nDate:\t3 March 2025\nMeeting date:\tThursday 13 March 2025\n\nThe budget is set."
    assert metadata_from_text(text)["committee"] == "Cabinet"


def test_appendices_head_their_passages_and_the_exemption_notice_is_furniture():
    cleaned = remove_blank_page_notices(_COVER)
    assert any(line.startswith("Not for publication") for line in cleaned.removed)
    doc = Document("r", "r.txt", normalise_text(cleaned.text))
    passages = split_passages(doc)
    headings = [p.heading for p in passages]
    assert "Appendix A: Consultation responses" in headings and "Appendix C – Land values" in headings
    assert any((p.heading or "").startswith("APPENDIX B") and "protected groups" in p.text for p in passages)
    assert all("Schedule 12A" not in p.text for p in passages)


@pytest.mark.parametrize("line", [
    "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972",
    "NOT FOR PUBLICATION", "Exempt information - paragraph 3", "EXEMPT APPENDIX",
    "Exempt Information under Paragraph 3 of Schedule 12A, Local Government Act 1972",
    "Restricted - not for publication (paragraph 3 of Part 1 of Schedule 12A)",
    "By virtue of paragraph(s) 3 of Part 1 of Schedule 12A of the Local Government Act 1972.",
])
def test_exempt_information_notices(line):
    assert is_exempt_notice(line)


@pytest.mark.parametrize("line", [
    "RESOLVED that the public be excluded for the following item by virtue of paragraph 3 of Part 1 of "
    "Schedule 12A of the Local Government Act 1972.",
    "The appendix is not for publication because it contains commercial terms, members were told.",
    "Exempt information was discussed in closed session.",
])
def test_sentences_about_exemption_stay(line):
    assert not is_exempt_notice(line)


@pytest.mark.parametrize("row, heading", [
    ("24/25 Budget monitoring\tThe committee noted the forecast overspend of £2.1 million on transport.",
     "24/25 Budget monitoring"),
    ("Item 5\tParking charges\tMembers agreed to freeze the charges in all town centre car parks until April.\tClerk",
     "Item 5 Parking charges"),
    ("6.\tPublic questions\tTwo residents asked about the closure of the footpath by the river bridge.\t",
     "6. Public questions"),
])
def test_each_form_of_an_item_row_heads_its_own_passage(row, heading):
    text = normalise_text(f"Liaison Group notes\n\n1/25\tApologies\tApologies were received from two members "
                          f"of the group.\t\n{row}")
    passages = split_passages(Document("t", "t.txt", text))
    assert passages[-1].heading == heading and passages[-1].text.startswith(row.split("\t")[0])


def test_a_cover_whose_labels_and_values_are_on_separate_lines():
    text = ("Report to Planning Committee\n\nDate of report\n24 February 2025\n\nDate of meeting\n11 March 2025\n\n"
            "Wards affected\nAll\n\n1. Summary\n\nThe plan is reviewed every five years.")
    assert metadata_from_text(text)["meeting_date"] == "2025-03-11"


def test_a_label_alone_over_a_sentence_is_not_a_label():
    text = "Cabinet\n\nDate\nThe date of the next meeting will be fixed later.\n\n12 March 2025"
    assert metadata_from_text(text)["meeting_date"] == "2025-03-12"
