"""Metadata from the document when no manifest row exists, each field with its source."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents import load_manifest, read_document
from assistant.ingest import ingest
from assistant.metadata import meeting_heading, metadata_from_file_name, metadata_from_text
from assistant.store import Store


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


# ---------------------------------------------------------------- headings and dates


@pytest.mark.parametrize("heading, committee, date", [
    ("Adults Scrutiny Committee - Tuesday, 30th June, 2020 10.00 am", "Adults Scrutiny Committee", "2020-06-30"),
    ("Planning Sub-Committee - Wednesday, 4th March, 2020 6.30 pm", "Planning Sub-Committee", "2020-03-04"),
    ("Council - Monday, 20th July, 2020 7.00 pm", "Council", "2020-07-20"),
    ("Agenda for Cabinet on Tuesday, 7th July, 2020, 7.00 pm", "Cabinet", "2020-07-07"),
    ("Cabinet – 30 June 2020", "Cabinet", "2020-06-30"),
    ("Health and Wellbeing Board, 12/03/2019", "Health and Wellbeing Board", "2019-03-12"),
])
def test_meeting_headings(heading, committee, date):
    found = metadata_from_text(f"Agenda and minutes\n\n{heading}\n\nVenue: Town Hall\n\n1. Apologies")
    assert (found["committee"], found["meeting_date"]) == (committee, date)


@pytest.mark.parametrize("line", [
    "The meeting was adjourned on Tuesday 3 March 2020 at 6pm",   # a sentence, not a heading
    "Date: Tuesday 30 June 2020",                                  # a label
    "Published - Wednesday, 8th July, 2020",
    "2. Minutes of the Cabinet - Tuesday, 3rd March, 2020",        # an agenda item
])
def test_lines_that_are_not_meeting_headings(line):
    assert meeting_heading(line) is None


@pytest.mark.parametrize("text, committee, date", [
    ("DRAFT MINUTES OF A MEETING OF THE LICENSING PANEL HELD AT THE CIVIC CENTRE ON 2ND JULY 2019",
     "Licensing Panel", "2019-07-02"),
    ("Minutes of the meeting held on 12 January 2021\n\nPresent: Councillor Jones (Chair)", None, "2021-01-12"),
    ("Scrutiny Co-ordination Committee\nMonday, 1st June, 2020 6.00 pm\n\nVenue: Webcast",
     "Scrutiny Co-ordination Committee", "2020-06-01"),
])
def test_minutes_headings_and_two_line_headings(text, committee, date):
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_the_meeting_date_wins_over_a_cover_letters_date():
    text = ("Our ref: DS/CAB\nDate: 22 June 2020\n\nDear Councillor,\n\nYou are summoned to attend a meeting"
            " of the Cabinet.\n\nCabinet - Tuesday, 30th June, 2020 10.00 am\n\nAgenda\n\n1. Apologies")
    assert metadata_from_text(text)["meeting_date"] == "2020-06-30"


@pytest.mark.parametrize("text, date", [
    ("Anyshire Council 29 March 2001\nANYTOWN, 29 March 2001 - At a Meeting of Council at 5.00 p.m.\n"
     "Present Jane Gorman, Thomas Barr.\n1. Minutes Confirmed\nThe Minutes of the Meeting held on 15 February 2001 were "
     "confirmed.", "2001-03-29"),
    ("Committee Minutes Year 2007/2008 Meeting 9 - Thursday Anytown, 20 December 2007 - At a meeting of The City of "
     "Anytown Council. Present: Lord Provost.", "2007-12-20"),
    # an agenda pack holds the minutes of the meeting before, which open so
    ("Anyshire Council\nCabinet\nTuesday 7 June 2022 at 14:30\nAGENDA\n1. Declarations of Interest\n2. Minutes\n"
     "ANYTOWN, 10 May 2022 - At a Meeting of the Cabinet of Anyshire Council at 2.30 p.m.", "2022-06-07"),
])
def test_a_scottish_minute_opening_with_place_and_day(text, date):
    """Scottish councils open their minutes with the place and the day ("IRVINE, 29 March 2001 - At a Meeting of
    ..."), then approve earlier minutes by their date."""
    assert metadata_from_text(text)["meeting_date"] == date


@pytest.mark.parametrize("text, date", [
    ("Menu\nBoard Meeting 16th March 2020\nThis meeting took place at St. Kessogs Church Hall, Balloch Road.\nAgenda\n"
     "3. Minutes of Meeting held on 9th December 2019", "2020-03-16"),
    ("LIVE: Full Anytown Council meeting, 19 September, 2023\nAn update on the capital programme is set to be discussed "
     "when the council meets in County Hall today.", "2023-09-19"),
    # the next meeting's day, or a title that runs on into a sentence, is not this meeting's
    ("Council business\nThe next Council meeting 16 March 2020\nQuestions asked at Council meetings", None),
    ("Council business\nMembers asked about the meeting 16 March 2020 and the minutes of it were agreed.", None),
])
def test_a_title_naming_the_meeting_and_its_day(text, date):
    assert metadata_from_text(text)["meeting_date"] == date


def test_a_cover_letters_date_alone_is_not_the_meeting_date():
    text = "Your ref:\nDate: 22 June 2020\n\nDear Councillor,\n\nPlease find the papers enclosed."
    assert metadata_from_text(text)["meeting_date"] is None


def test_the_meeting_date_wins_over_publication_and_print_dates():
    text = ("Published: Wednesday, 8th July, 2020\nPrinted on 10/07/2020\n\nDecision details\n\n"
            "Decision Maker: Cabinet\nPublication date: 08/07/2020\nDate of decision: 30/06/2020\n\n"
            "Decision:\n\nThat the strategy be adopted.")
    found = metadata_from_text(text)
    assert (found["meeting_date"], found["committee"], found["kind"]) == ("2020-06-30", "Cabinet", "decision")


def test_the_meeting_held_on_date_of_a_summons():
    text = ("Dear Councillor,\n\nYou are summoned to attend a meeting of the Cabinet which will be held in the "
            "Council Chamber on Tuesday 30 June 2020 at 7.00 pm.\n\nThe minutes of the previous meeting held on "
            "2 June 2020 are attached.")
    assert metadata_from_text(text)["meeting_date"] == "2020-06-30"


@pytest.mark.parametrize("text", [
    "Agenda\n\nMembership of the Panel\n\nTo note the membership.",
    "Agenda\n\nAppointments to the Board\n\nTo appoint members.",
    "Agenda\n\nReport to the Committee\n\nText.",
])
def test_an_agenda_heading_is_never_the_committee(text):
    assert metadata_from_text(text)["committee"] is None


def test_a_minute_number_is_not_part_of_the_title():
    assert metadata_from_text("Agenda item\n\n45/20 Home Care Waiting Lists\n\nMinutes:")["title"] == \
        "Home Care Waiting Lists"
    assert metadata_from_text("Agenda item: 13.1 Day Services\n\nText.")["title"] == "Day Services"


# ---------------------------------------------------------------- council


@pytest.mark.parametrize("text, council", [
    ("HAVERING COUNCIL\n\nCabinet\n\n1 July 2020", "London Borough of Havering"),
    ("Minutes of a meeting of the London Borough of Enfield Cabinet held on 1 July 2020",
     "London Borough of Enfield"),
    ("Croydon Council\n\nCabinet\n\n1 July 2020", "London Borough of Croydon"),
    ("Council: Windsor and Maidenhead\n\nCabinet", "Royal Borough of Windsor and Maidenhead"),
    ("Cabinet\n\nThe minutes were agreed.\n\nContact: jo.smith@wolverhampton.gov.uk\n\n"
     "Further information: www.wolverhampton.gov.uk", "City of Wolverhampton Council"),
    ("Cabinet\n\nThe minutes were agreed.\n\nMerthyr Tydfil County Borough Council, Civic Centre, "
     "Castle Street, Merthyr Tydfil CF47 8AN", "Merthyr Tydfil County Borough Council"),
])
def test_council_from_the_text(text, council):
    assert metadata_from_text(text)["council"] == council


def test_council_from_addresses_not_from_a_body_sentence():
    text = "Cabinet\n\nThe DfE issued a statutory direction to Medway Council due to poor performance."
    assert metadata_from_text(text)["council"] is None
    signed = f"{text}\n\nContact: ann.lee@croydon.gov.uk, bo.wu@croydon.gov.uk, press@medway.gov.uk"
    assert metadata_from_text(signed)["council"] == "London Borough of Croydon"   # most of the addresses


def test_council_from_running_furniture():
    found = metadata_from_text("45/20 Budget\n\nThe budget was agreed.", furniture=["Page 3", "Medway Council"])
    assert found["council"] == "Medway Council"


def test_council_from_a_saved_pages_own_address(tmp_path):
    page = ("<html><head><title>Agenda item</title>"
            "<meta property='og:url' content='https://democracy.enfield.gov.uk/mgAi.aspx?ID=7'></head>"
            "<body><main><h1>Agenda item</h1><h2>Fostering Recruitment</h2>"
            "<p>Members noted that 14 new foster carers had been approved.</p></main></body></html>")
    doc = read_document(write(tmp_path, "item.html", page))
    assert doc.council == "London Borough of Enfield" and doc.sources["council"] == "text"
    page = page.replace("<meta property='og:url' content=", "<link rel='canonical' href=")
    assert read_document(write(tmp_path, "item2.html", page)).council == "London Borough of Enfield"


# ---------------------------------------------------------------- sources and precedence


def test_file_name_metadata():
    assert metadata_from_file_name("haringey-cabinet-2020-06-30-minutes.pdf") == {
        "council": "London Borough of Haringey", "committee": None, "meeting_date": "2020-06-30",
        "title": None, "kind": "minutes"}
    assert metadata_from_file_name("000_a7e8814e7f04667d.txt") == {
        "council": None, "committee": None, "meeting_date": None, "title": None, "kind": None}


def test_each_field_keeps_its_source(tmp_path):
    path = write(tmp_path, "havering 2020-06-30.txt",
                 "Adults Scrutiny Committee\n\nAgenda item\n\nDay Services\n\nMinutes:\n\nThe centres reopened.")
    doc = read_document(path)
    assert (doc.council, doc.committee, doc.meeting_date, doc.title, doc.kind) == (
        "London Borough of Havering", "Adults Scrutiny Committee", "2020-06-30", "Day Services", "minutes")
    assert doc.sources == {"council": "file name", "committee": "text", "meeting_date": "file name",
                           "title": "text", "kind": "text"}


def test_the_manifest_wins_then_the_text_then_the_file_name(tmp_path):
    path = write(tmp_path, "croydon 2019-01-01.txt",
                 "Cabinet - Tuesday, 30th June, 2020 10.00 am\n\nLondon Borough of Enfield\n\nText.")
    assert (read_document(path).council, read_document(path).meeting_date) == (
        "London Borough of Enfield", "2020-06-30")
    write(tmp_path, "manifest.csv", f"file,council,meeting_date\n{path.name},Croydon Council,\n")
    doc = read_document(path, load_manifest(tmp_path))
    assert (doc.council, doc.meeting_date) == ("Croydon Council", "2020-06-30")   # the manifest as written
    assert doc.sources == {"council": "manifest", "committee": "text", "meeting_date": "text"}


def test_sources_are_stored_in_the_index(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "enfield-cabinet-2020-07-01.txt", "Cabinet\n\nAgenda item\n\nBudget\n\nMinutes:\n\nAgreed.")
    ingest(corpus, tmp_path / "index", hash_embedder)
    [info] = Store.open(tmp_path / "index").documents()
    assert info.council == "London Borough of Enfield"
    assert info.sources == {"council": "file name", "committee": "text", "meeting_date": "file name",
                            "title": "text", "kind": "text"}


DECISION_PAGE = """<html><head><title>Decision - Adult social care charging policy - Enfield Council</title></head>
<body><div id="modgov"><h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Adult social care charging policy</h2>
<p><span class="mgLabel">Decision Maker: </span>Cabinet</p>
<h2>Decision:</h2><p>Cabinet agreed the revised policy, to take effect from 1 October 2020.</p>
<p><span class="mgLabel">Publication date: </span>08/07/2020</p>
<p><span class="mgLabel">Date of decision: </span>30/06/2020</p>
<p><span class="mgLabel">Effective from: </span>16/07/2020</p>
<h2>Accompanying Documents:</h2>
<ul><li><a href="r.pdf">Charging policy report <span>PDF 310 KB</span></a></li></ul>
</div></body></html>"""


def test_a_decision_page(tmp_path):
    doc = read_document(write(tmp_path, "decision.html", DECISION_PAGE))
    assert (doc.council, doc.committee, doc.meeting_date, doc.title, doc.kind) == (
        "London Borough of Enfield", "Cabinet", "2020-06-30", "Adult social care charging policy", "decision")
    assert doc.text.endswith("Effective from: 16/07/2020")   # the linked documents are furniture


# ---------------------------------------------------------------- printed minutes and reports as published


@pytest.mark.parametrize("text, committee, date", [
    # a title wrapped over two lines is read as one line
    ("MINUTES OF THE MEETING OF THE ADULT SOCIAL CARE AND\nHEALTH SCRUTINY PANEL HELD ON TUESDAY, 16 NOVEMBER"
     " 2021\n\nMEMBERS: Councillors Ali (Chair) and Brown.",
     "Adult Social Care and Health Scrutiny Panel", "2021-11-16"),
    # the venue wraps: it never becomes the committee
    ("Minutes of a meeting of the Cabinet held in the Council Chamber, Civic\nOffices, Barry and virtually on"
     " Tuesday, 18 October 2022 at 1.00 pm\n\nPRESENT: Councillors Ash and Birch.",
     "Cabinet", "2022-10-18"),
    # a long heading over three lines; the previous meeting's minutes come later
    ("Minutes of the meeting of Full Council held at the Town Hall, Market\nStreet, Anytown, and by remote"
     " attendance, on Wednesday 8th March\n2023 at 3.00pm\n\nPRESENT: The Mayor.\n\nC103.\tMINUTES\n"
     "RESOLVED that the minutes of the meeting of Council held on 1st February 2023 be agreed as a\ntrue record.",
     "Full Council", "2023-03-08"),
])
def test_wrapped_minutes_headings(text, committee, date):
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_a_report_for_cover_line_gives_committee_date_and_kind():
    text = ("Report for: Cabinet, 9 March 2021\n\nItem number: 12\n\nTitle: Street Lighting Renewal\n\n"
            "1. Describe the issue under consideration\n\n1.1 The lanterns are 30 years old.")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"], found["kind"]) == ("Cabinet", "2021-03-09", "report")


@pytest.mark.parametrize("text, committee, date", [
    ("CITY OF WOLVERHAMPTON COUNCIL\n\nCabinet (Resources) Panel\n\n21 July 2021\n\nReport title\tBus lanes",
     "Cabinet (Resources) Panel", "2021-07-21"),
    ("SCRUTINY BOARD (ENVIRONMENT, HOUSING AND COMMUNITIES)\n\nTUESDAY, 11TH OCTOBER, 2022\n\n"
     "PRESENT: Councillor Hale in the Chair",
     "Scrutiny Board (Environment, Housing and Communities)", "2022-10-11"),
])
def test_committees_with_parentheses(text, committee, date):
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_minutes_dash_date_under_the_committee():
    text = ("CITY OF WOLVERHAMPTON COUNCIL\n\nCabinet\n\nMinutes - 24 February 2021\n\nAttendance\n\n"
            "1\tApologies for absence\nNone.\n\n3\tMinutes - 20 January 2021\nResolved: That the minutes be approved.")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"], found["kind"]) == ("Cabinet", "2021-02-24", "minutes")


def test_the_cover_blocks_date_wins_over_the_previous_minutes_item():
    text = ("ANYTOWN BOROUGH COUNCIL\n\nMeeting of Cabinet\n\nDate: Tuesday, 19th January, 2021\n\n"
            "Place: Virtual Meeting via MS Teams\n\nPresent: Councillor Mercer (Chair)\n\n"
            "678\tApologies for Absence\nNone.\n\n680\tMinutes of the Meeting held on Tuesday, 10th November 2020\n"
            "Resolved: That the Minutes of the meeting held on Tuesday, 10th November 2020 be confirmed.")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == ("Cabinet", "2021-01-19")


def test_a_header_naming_the_next_meeting_gives_neither_date_nor_title():
    text = ("Draft minutes to be approved at the meeting to be held on Tuesday, 15th November, 2022\n\n"
            "HOUSING SCRUTINY BOARD\n\nTUESDAY, 11TH OCTOBER, 2022\n\nPRESENT: Councillor Hale in the Chair")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == ("Housing Scrutiny Board", "2022-10-11")


def test_a_numbered_running_header_date_is_read():
    found = metadata_from_text("Text.", furniture=["ADULTS SCRUTINY PANEL - 16.11.2021"])
    assert (found["committee"], found["meeting_date"]) == ("Adults Scrutiny Panel", "2021-11-16")


def test_a_venue_line_is_not_a_meeting_heading():
    found = meeting_heading("Offices, Caernarfon and virtually on Tuesday, 18 October 2022 at 1.00 pm")
    assert found is None or found.body is None


@pytest.mark.parametrize("text", [
    "CABINET\n\n9 February 2022\n\nSubject Heading:\tHomelessness Strategy\nReport Author and contact details:\tJo",
    "From: Robert Ellis, Cabinet Member\n\nTo: Cabinet - 27 January 2022\n\nSubject: Climate risk\n\nSummary:",
    "COUNTY COUNCIL\n\nAudit Committee\n\nDate of Meeting: 14 September 2022\n\nReport Title: Internal Audit",
    "Cabinet (Resources) Panel\n\n21 July 2021\n\nReport title\tBus lanes\nDecision designation\tAMBER",
])
def test_committee_reports_are_reports(text):
    assert metadata_from_text(text)["kind"] == "report"


def test_a_docx_report_with_a_report_for_line(tmp_path):
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "London Borough of Haringey"
    for line in ("Report for: Cabinet, 9 March 2021", "Item number: 12", "Title: Street Lighting Renewal",
                 "1.1 The lanterns are 30 years old."):
        document.add_paragraph(line)
    path = tmp_path / "report.docx"
    document.save(str(path))
    doc = read_document(path)
    assert (doc.council, doc.committee, doc.meeting_date, doc.kind) == (
        "London Borough of Haringey", "Cabinet", "2021-03-09", "report")


def test_a_pdf_whose_running_header_names_the_next_meeting(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    header = "Draft minutes to be approved at the meeting to be held on Tuesday, 15th November, 2022"
    pages = [["HOUSING SCRUTINY BOARD", "TUESDAY, 11TH OCTOBER, 2022", "41 Damp and mould",
              "The Board noted 2,870 reports of damp."], ["42 Repairs", "The Board noted the repairs backlog."]]
    path = tmp_path / "minutes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        pdf.drawString(72, 800, header)
        for i, line in enumerate(lines):
            pdf.drawString(72, 740 - 40 * i, line)
        pdf.showPage()
    pdf.save()
    doc = read_document(path)
    assert "Draft minutes" not in doc.text and doc.text.startswith("HOUSING SCRUTINY BOARD")
    assert (doc.committee, doc.meeting_date) == ("Housing Scrutiny Board", "2022-10-11")


def test_an_item_title_behind_its_number_is_not_the_meetings_heading():
    text = ("Agenda and minutes\n\nVenue: Town Hall\n\n907\n\nMinutes of the Meeting held on Wednesday, 2nd March,"
            " 2022\n\nMinutes:\n\nThe minutes were agreed.")
    assert metadata_from_text(text)["meeting_date"] is None


def test_a_letters_addressees_are_not_the_committee():
    text = "To: All Members of the Council\n\nDear Councillor,\n\nPlease find the papers enclosed."
    assert metadata_from_text(text)["committee"] is None


# ---------------------------------------------------------------- forms found on a fresh corpus (bench/fresh)


@pytest.mark.parametrize("text, committee, date", [
    # a meeting-details page: tab-separated "Date/Time" label
    ("Meeting Details\nCommittee\tPlaces Scrutiny Committee\nDate/Time\tThursday 2 March 2023, 14:00\n"
     "Location\tCouncil House\n\nItem 1\nApologies", "Places Scrutiny Committee", "2023-03-02"),
    ("Meeting details\nDate and time: Monday 6 November 2023 at 6.30 pm\nCommittee: Licensing Committee\n",
     "Licensing Committee", "2023-11-06"),
    # what the page holds between the body and the date
    ("Adult Care Committee - minutes of the meeting on 5 June 2023\n\nMeeting held 5 June 2023, Town Hall.",
     "Adult Care Committee", "2023-06-05"),
    ("Cabinet Member for Highways - decisions, 14 April 2023\n\n12. Parking permits",
     "Cabinet Member for Highways", "2023-04-14"),
    # "Minutes of the <committee>" without "meeting of", and a body "of <council>"
    ("MINUTES OF THE PEOPLE OVERVIEW COMMITTEE\n\nheld at the Civic Centre\n\non Tuesday 4 July 2023 at 7.00 pm\n\n"
     "1. APOLOGIES", "People Overview Committee", "2023-07-04"),
    ("Minutes of a meeting of the Executive of Anytown Borough Council held at the Guildhall on Wednesday, "
     "5th April, 2023\n\n1. Apologies", "Executive", "2023-04-05"),
    # the date line under the heading, with its time and place after it, or the time first
    ("Minutes of the Meeting of the Cabinet\nWednesday, 10th May, 2023 at 10.00 am in Room 2, County Hall\n"
     "Present:\n1. Apologies", "Cabinet", "2023-05-10"),
    ("ECONOMY AND SKILLS COMMITTEE\n6.30pm 11 JANUARY 2023\nCOUNCIL CHAMBER\nMINUTES\n\n12 APOLOGIES",
     "Economy and Skills Committee", "2023-01-11"),
])
def test_headings_and_date_lines_of_other_publishing_systems(text, committee, date):
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_an_agenda_packs_date_is_its_covers_not_the_previous_minutes_inside():
    text = ("SOMETOWN COUNTY COUNCIL\nCABINET\nDATE: WEDNESDAY, 19 APRIL 2023\nTIME: 10.00 AM\n"
            "Date of publication: Tuesday, 11 April 2023\nAGENDA\n1. APOLOGIES\n2. MINUTES (Pages 1 - 4)\n"
            "MINUTES OF THE MEETING OF THE CABINET HELD ON 22 MARCH 2023 AT 10.00 AM\n1/23 APOLOGIES\n")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == ("Cabinet", "2023-04-19")


@pytest.mark.parametrize("text, date", [
    # a pack's opening, its agenda, then the earlier minutes running to the end of the text
    ("Licensing Committee Agenda 9 March 2021 at 6pm LICENSING COMMITTEE 9 March 2021 AGENDA 1. APOLOGIES "
     "2. MINUTES To consider the minutes of the meeting held on 2 February 2021. 3. TAXI FARES Page 3 of 40 "
     "MINUTES of the LICENSING COMMITTEE held on 2 February 2021 at 6:00 pm Present: Councillor A Ash (Chair) "
     "Councillors B Birch and C Cedar 1. Taxi Fares The committee agreed the new tariff.", "2021-02-02"),
    # an item page of the later meeting: the item is the earlier meeting's minutes
    ("Planning Board\nTuesday 16 March 2010\nItem: 3 Minutes of the meeting held on 2 March 2010\n"
     "ANYTOWN COUNTY COUNCIL\nPLANNING BOARD\nAT A MEETING of the PLANNING BOARD held at the Shire Hall on "
     "TUESDAY 2 MARCH 2010 at 2.00 p.m.\nPRESENT\nCOUNCILLOR ASH in the Chair\n3 Mill Lane\n"
     "The application was refused.", "2010-03-02"),
    # the pack's own papers follow the minutes: a report to its meeting
    ("ANYTOWN COUNCIL\nCABINET\nTuesday, 16 March 2010 at 6.00 pm\nAGENDA\n1. Minutes of the meeting held on "
     "2 March 2010\nMinutes of the Cabinet held on 2 March 2010\nPresent: Councillor A Ash (Chair)\n"
     "1. Parking charges were agreed.\nCABINET - 16 MARCH 2010\nLIBRARY OPENING HOURS\n1. Members are asked "
     "to agree the hours.", "2010-03-16"),
    ("ANYTOWN COUNCIL\nCABINET\nTuesday, 16 March 2010 at 6.00 pm\nAGENDA\n1. Minutes\n"
     "Minutes of the Cabinet held on 2 March 2010\nPresent: Councillor A Ash (Chair)\n1. Parking charges were "
     "agreed.\nReport to: Cabinet\nSubject: Library opening hours", "2010-03-16"),
    # a page's posting stamp above the roll call is not a meeting
    ("Cabinet Minutes – 16th March 2010 at 5.00 p.m.\n3:11 pm, Monday, 1st March 2010 - 8 months ago\n"
     "Present:\nCouncillor Ash (in the Chair)\n1. Parking charges were agreed.", "2010-03-16"),
    # minutes of the meeting itself, approving the earlier ones before the roll call of a later section
    ("Minutes of the Cabinet held on 16 March 2010 at 6.00 pm\nThe minutes of the meeting held on 2 March 2010 "
     "were confirmed as a correct record.\nPresent: Councillor A Ash\n1. Parking charges were agreed.",
     "2010-03-16"),
])
def test_a_pack_holding_only_the_earlier_meetings_minutes_is_dated_by_them(text, date):
    assert metadata_from_text(text)["meeting_date"] == date


@pytest.mark.parametrize("text, date", [
    # a page's caption, then a heading with its day run into the venue, then those present
    ("Minutes of the Meeting of Anytown Council\nAnytown Council – 09/06/20 MINUTES OF THE MEETING OF ANYTOWN "
     "COUNCIL TUESDAY 9 JUNE 2020 COUNCIL CHAMBER, TOWN HOUSE Council Officials Present: Ms A Ash, Chief "
     "Executive\n1. Apologies", "2020-06-09"),
    # the day opens the text, with its time and place, and the roll call follows
    ("14 October 2020 at 6.00pm at the Civic Centre,\nCommittee Members Councillor A Ash (Chair) Present "
     "Councillor B Birch\n1. Apologies\nNone were received.", "2020-10-14"),
    # a volume of minutes: its contents, then the first minutes with their roll call
    ("The Minutes Book 2020-2021\nThis volume holds the minutes of the Authority's meetings. AUTHORITY MEETINGS "
     "9 June 2020 1 - 5 14 July 2020 6 - 9\nAUTHORITY MEETING\nTuesday 9 June 2020\nPresent: Councillor A Ash "
     "(Chair)\n1. Apologies", "2020-06-09"),
])
def test_a_minutes_day_is_read_from_its_roll_call_when_no_heading_dates_it(text, date):
    assert metadata_from_text(text)["meeting_date"] == date


@pytest.mark.parametrize("text", [
    "Venue: Town Hall\n12.\nMinutes of the meeting held on 21 May 2019\nRESOLVED – That the minutes of the meeting "
    "held on 21 May 2019 be signed as a correct record.\n13.\nParking charges\nMembers agreed the charges.",
    "Venue: Council Offices\nTo confirm the minutes of the Council meeting held on 14 December 2023 Additional "
    "documents:\nMinutes: The minutes were agreed.",
])
def test_the_day_of_minutes_the_text_approves_is_not_its_own_meeting(text):
    assert metadata_from_text(text)["meeting_date"] is None


@pytest.mark.parametrize("text, date", [
    # a status, not an approval
    ("Approved minutes of the Planning Committee held on 29 August 2025\n1. Apologies", "2025-08-29"),
    ("Confirmed Minutes of the Cabinet Meeting held at the Civic Centre on 10 July 2018\n1. Apologies", "2018-07-10"),
    # the meeting called with its time, though a slip approves minutes of the same day
    ("Cabinet - Tuesday, 28th January, 2025 6.30 pm\nVenue: County Hall\n102.\nMinutes\nThe minutes of the "
     "meeting held on 28 January 2025 were confirmed as a correct record.", "2025-01-28"),
])
def test_minutes_keep_their_day_when_it_is_not_settled_as_an_earlier_meetings(text, date):
    assert metadata_from_text(text)["meeting_date"] == date


def test_minutes_not_in_a_pack_keep_their_own_heading_date():
    text = ("MINUTES OF THE MEETING OF THE CABINET HELD ON 22 MARCH 2023\nDate of publication: 30 March 2023\n"
            "1/23 APOLOGIES\n")
    assert metadata_from_text(text)["meeting_date"] == "2023-03-22"


@pytest.mark.parametrize("text, kind", [
    ("Adult Care Committee - minutes of the meeting on 5 June 2023\n\n1. Apologies", "minutes"),
    ("Cabinet Member for Highways - decisions, 14 April 2023\n\n12. Parking permits", "decision"),
    ("Agenda, decisions and minutes\nExecutive - Wednesday, 15th March, 2023 2.00 pm\n", "minutes"),
    # report covers without "Report to": "Responsible Officer", "MEETING/DECISION MAKER:", "This report seeks"
    ("Shropshire Council\n\nCommittee and Date: Cabinet, 10 July 2019\n\nResponsible Officer\tDirector of Place\n",
     "report"),
    ("Bath & North East Somerset Council\n\nMEETING/DECISION MAKER: Cabinet\n\nTITLE: Royal Victoria Park\n", "report"),
    ("Cabinet\n\n1. Summary\n\n1.1 This report seeks approval for improvements to the riverside path.\n", "report"),
    # minutes of decisions say "Purpose of Report" under each item: still minutes
    ("CITY OF LINCOLN COUNCIL\n\nEXECUTIVE\n\n23 AUGUST 2021\n\n28. Pool Plant\n\nPurpose of Report: to approve the "
     "plant.\n\nDecision: That the plant be replaced.\n", None),
])
def test_kind_from_headings_of_other_publishing_systems(text, kind):
    assert metadata_from_text(text)["kind"] == kind


def test_a_date_line_is_not_read_from_a_sentence_that_opens_with_a_date():
    assert metadata_from_text("Planning Committee\n\n9 March 2023 the applicant withdrew the scheme.")[
        "meeting_date"] is None


@pytest.mark.parametrize("text, committee, date", [
    ("MEETING OF FULL COUNCIL\nWednesday, 19 July 2023 at 7.00 pm\nMINUTES\n21. MINUTES", "Full Council", "2023-07-19"),
    ("MINUTES OF THE CABINET\n\nheld on Tuesday 18th July 2023 at 10.30 am in the Council Chamber\n\n19. ITEM",
     "Cabinet", "2023-07-18"),
    # a heading cut at the page edge, and the previous minutes "taken as read" further down
    ("Minutes of a meeting of the Cabinet held at County Hall on Friday,\n\n23 June 2023.\n\n1.\tMinutes.\n\n"
     "The minutes of the meeting held on 26 May 2023 were taken as read, confirmed and signed.", "Cabinet",
     "2023-06-23"),
    # a pack's cover states the date on a line of its own before "Agenda"
    ("Notice of Meeting\nCabinet\nWednesday 19 July 2023 at 7.00 pm\nAGENDA\n1. Apologies\n"
     "Minutes of the meeting of the Cabinet held on Wednesday 21 June 2023 at 7.00 pm.\n1 Apologies",
     "Cabinet", "2023-07-19"),
])
def test_more_heading_and_date_forms(text, committee, date):
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_a_meeting_of_full_council_is_not_a_council_name():
    assert metadata_from_text("MEETING OF FULL COUNCIL\nWednesday, 19 July 2023\n21. MINUTES")["council"] is None


def test_council_from_an_address_in_the_running_footer():
    found = metadata_from_text("PEOPLE SCRUTINY COMMITTEE – 12 JULY 2023\n\n1. APOLOGIES",
                               furniture=["Enquiries: democratic.services@torfaen.gov.uk"])
    assert found["council"] == "Torfaen County Borough Council"


def test_council_from_a_pages_logo_and_footer(tmp_path):
    logo = ('<html><head><title>Cabinet Minutes</title></head><body><header class="masthead"><a href="/">'
            '<img src="/logo.svg" alt="Vale of Glamorgan Council homepage"></a></header><main><h1>Cabinet - Minutes'
            '</h1><p>Minutes of a meeting held on 17th July, 2023.</p><p>C120 APOLOGY FOR ABSENCE</p></main></body></html>')
    footer = ('<html><head><title>Decisions</title></head><body><main><h1>Decision details</h1><p>The committee agreed '
              'the contract for the new bridge.</p></main><footer><p>Cambridgeshire County Council</p>'
              '<p>New Shire Hall, Alconbury Weald, PE28 4YE</p></footer></body></html>')
    assert read_document(write(tmp_path, "page.html", logo)).council == "Vale of Glamorgan Council"
    assert read_document(write(tmp_path, "decision.html", footer)).council == "Cambridgeshire County Council"


def test_a_file_name_in_camel_case_names_its_council():
    assert metadata_from_file_name("Community_Committee_Minutes_10_September_2024_RibbleValley.docx")["council"] == \
        "Ribble Valley Borough Council"


def test_a_word_or_pdf_files_author_names_its_council_when_the_text_does_not(tmp_path):
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    document = docx.Document()
    document.core_properties.author = "Ribble Valley Borough Council"
    document.add_paragraph("Minutes of Community Committee")
    document.add_paragraph("The play area at Edisford would be replaced.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    doc = read_document(path)
    assert (doc.council, doc.sources["council"]) == ("Ribble Valley Borough Council", "document properties")

    pdf = canvas.Canvas(str(tmp_path / "minutes.pdf"), pagesize=A4)
    pdf.setAuthor("Democratic Services, Ribble Valley Borough Council")
    pdf.drawString(72, 760, "Minutes of Community Committee")
    pdf.save()
    assert read_document(tmp_path / "minutes.pdf").council == "Ribble Valley Borough Council"

    document.core_properties.author = "Olivia Downham"        # a person names no council
    document.save(str(path))
    assert read_document(path).council is None
    document.add_paragraph("Enquiries: Bury Council, Town Hall")   # the text wins over the properties
    document.core_properties.author = "Ribble Valley Borough Council"
    document.save(str(path))
    assert read_document(path).sources["council"] == "text"


def test_a_scottish_minute_held_within_the_councils_civic_centre_names_the_council():
    """"held within COUNCIL CHAMBERS, WEST LOTHIAN CIVIC CENTRE": the venue's own name is the council's."""
    text = ("DATA LABEL: Public\nMINUTE of MEETING of the LIVINGSTON SOUTH LOCAL AREA COMMITTEE held within COUNCIL "
            "CHAMBERS, WEST LOTHIAN CIVIC CENTRE, on 23 SEPTEMBER 2011.\nPresent – Councillors Peter Johnston (Chair), "
            "John Muir\n1. OPENING REMARKS\nThe Chair welcomed to the meeting representatives of the community council.")
    found = metadata_from_text(text)
    assert (found["council"], found["meeting_date"]) == ("West Lothian Council", "2011-09-23")


def test_a_summons_dates_the_meeting_over_the_letters_own_date():
    # a letter run on as one line, as document-sharing sites copy it
    text = ("Date: 18 February 2019 Member Services Your reference: CS Town Hall Ask for: A Clerk To: Members of the "
            "Council Dear Sir/Madam Budget Council You are requested to attend a meeting of the Council to be held on "
            "Thursday, 28th February, 2019 at 10.00 am in the Council Chamber, Town Hall. The business to be "
            "transacted is set out in the Agenda overleaf.")
    assert metadata_from_text(text)["meeting_date"] == "2019-02-28"
