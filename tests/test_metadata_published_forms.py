"""Metadata from more of the forms councils publish minutes in: a Welsh-first heading, a capitals
minute heading wrapped before its body word, a council page of recent decisions, a record of
decisions, printed minutes whose meeting is a table row, and a council named only inside the
minutes heading of a Word document. All fixtures are written for these tests."""
from __future__ import annotations

import pytest

from assistant.metadata import metadata_from_text


def _fields(text: str) -> tuple:
    found = metadata_from_text(text)
    return found["council"], found["committee"], found["meeting_date"]


def test_a_welsh_first_minutes_heading_names_the_committee_not_the_whole_line():
    text = ("CYNGOR SIR DDINBYCH\n\nDENBIGHSHIRE COUNTY COUNCIL\n\nCABINET\n\n"
            "Cofnodion cyfarfod o'r Cabinet a gynhaliwyd yn Siambr y Cyngor, Neuadd y Sir,\n"
            "Rhuthun, ddydd Mawrth, 5 Mawrth 2024 am 10.00 am\n\n"
            "Minutes of a meeting of the Cabinet held in the Council Chamber, County Hall,\n"
            "Ruthin on Tuesday, 5 March 2024 at 10.00 am\n\n"
            "YN BRESENNOL / PRESENT:\n\nY Cynghorydd / Councillor Gwenllian Ffransis (Arweinydd / Leader)")
    assert _fields(text) == ("Denbighshire County Council", "Cabinet", "2024-03-05")


def test_a_minutes_heading_in_welsh_only():
    text = ("Cofnodion cyfarfod o'r Pwyllgor Cynllunio a gynhaliwyd yn Neuadd y Sir, Rhuthun,\n"
            "ddydd Mercher, 6 Mawrth 2024 am 9.30 am\n\nYN BRESENNOL: Y Cynghorydd Alun Rhys (Cadeirydd)")
    assert _fields(text)[1:] == ("Pwyllgor Cynllunio", "2024-03-06")


def test_a_capitals_minute_heading_wrapped_before_its_body_word():
    text = ("ANGUS COUNCIL\n\n"
            "MINUTE OF MEETING OF THE CHILDREN AND LEARNING\n"
            "COMMITTEE HELD IN THE TOWN AND COUNTY HALL, FORFAR\n"
            "ON THURSDAY 7 MARCH 2024 AT 10.00 AM\n\n"
            "PRESENT:\tCouncillors Ogilvie, Mathers and Strachan.\n\n1 APOLOGIES\n\nNone.")
    assert _fields(text) == ("Angus Council", "Children and Learning Committee", "2024-03-07")


def test_a_minutes_heading_whose_next_line_is_the_date_is_not_joined_to_it():
    text = ("MINUTES OF THE MEETING OF THE LICENSING BOARD\n"
            "TUESDAY 12 MARCH 2024\n\nPresent: Councillors Dunn and Reid.")
    assert _fields(text)[1:] == ("Licensing Board", "2024-03-12")


def test_a_council_page_of_recent_decisions_names_its_committee():
    text = ("Kincardine Area Committee: recent decisions\n\n"
            "This page lists what the area committee decided at its last meeting.\n\n"
            "Harbour dues\n\nThe committee agreed to hold harbour dues at their current level.")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == ("Kincardine Area Committee", None)


def test_a_record_of_decisions_names_its_committee():
    text = ("Cabinet 6 March 2024: record of decisions\n\n"
            "Record of decisions of the Cabinet held on Wednesday 6 March 2024, 6.00pm to 7.20pm, "
            "at the Town Hall, Clacton.\n\n31/2024. Seafront shelters\n\nThe Cabinet agreed to repaint them.")
    assert _fields(text)[1:] == ("Cabinet", "2024-03-06")


def test_printed_minutes_whose_meeting_is_a_table_row():
    text = ("Tendring District Council\n\nMeeting\tExecutive\nDate\t6 March 2024\n"
            "Present\tCouncillors Pike, Barrow and Hale\n\n12. Declarations of Interest\n\nNone.")
    assert _fields(text) == ("Tendring District Council", "Executive", "2024-03-06")


def test_a_meeting_row_that_names_no_body_is_not_a_committee():
    text = "Meeting\tAnnual review of charges\nDate\t6 March 2024\n\n1. Charges\n\nNoted."
    assert metadata_from_text(text)["committee"] is None


def test_a_council_named_only_inside_a_long_minutes_heading():
    text = ("Minutes of Meeting of the Planning Committee of Fermanagh and Omagh District Council held on "
            "Tuesday 5 March 2024 in the Council Chamber, The Grange, Enniskillen and by remote means\n\n"
            "Members Present: Councillor Maguire (Chair); Councillors Beacom and Nelson.\n\n"
            "P31/24\tApologies\n\nNone.")
    assert _fields(text) == ("Fermanagh and Omagh District Council", "Planning Committee", "2024-03-05")


def test_welsh_minutes_of_the_previous_meeting_name_no_committee():
    text = ("Pwyllgor Safonau\n\nDydd Iau, 7 Mawrth 2024\n\n"
            "Cofnodion y cyfarfod blaenorol\n\nCofnodion y cyfarfod a gynhaliwyd ar 8 Chwefror 2024")
    assert _fields(text)[1] == "Pwyllgor Safonau"


def test_a_minutes_heading_cut_just_before_held_is_joined():
    text = ("MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE\n"
            "HELD IN THE COUNCIL CHAMBER ON MONDAY 11 MARCH 2024\n\nPresent: Councillors Hay and Moss.")
    assert _fields(text)[2] == "2024-03-11"


def test_a_report_cover_for_consideration_by_a_body_on_a_date():
    text = ("EXMOOR DISTRICT COUNCIL\n\n"
            "TITLE: Car Park Charges from April 2024\n"
            "FOR CONSIDERATION BY: The Executive on Thursday, 14 March 2024\n\n"
            "WARD\tNone Specific\n\nLEAD OFFICER\tDirector of Place\n\n"
            "PURPOSE OF REPORT\nThis report sets out new car park charges.")
    assert _fields(text)[1:] == ("Executive", "2024-03-14")


def test_a_report_to_label_gives_the_committee_without_the_date_or_a_leading_the():
    text = "Report to: The Cabinet on 5 March 2024\n\nTitle: Parks\n\n1. Purpose\nThis report sets out a plan."
    assert _fields(text)[1:] == ("Cabinet", "2024-03-05")


def test_a_postcode_wrapped_onto_the_date_line_is_not_a_committee():
    text = ("Hartside Borough Council\n\nEXECUTIVE\n\n"
            "Minutes of the meeting held at the Town Hall, Market Street,\n"
            "HB4 7QT, on Monday 3 March 2025 at 7.00 p.m.\n\n"
            "PRESENT: Councillor Amble (Chair), Councillors Byre and Coldwell.\n\n"
            "41. Minutes\nThe minutes of the meeting held on 3 February 2025 were confirmed.")
    assert _fields(text)[1:] == ("Executive", "2025-03-03")


def test_a_cover_heading_on_two_lines_dates_the_meeting_though_a_summons_follows():
    text = ("PLANNING COMMITTEE\n\n4 March 2025\n\n7.00 pm\n\nThe Council Chamber, Town Hall, Market Place\n\n"
            "Hartside Borough Council\n\nTo: Members of the Planning Committee\n\nAGENDA\n1. Apologies\n\n"
            "2. Minutes of the meeting held on 4 February 2025\n\n4 February 2025\n\n"
            "Present: Councillor Amble in the Chair.\n\n41 Minutes\nThe minutes were approved.\n\n"
            "Report to: Planning Committee, 4 March 2025\n\nLand at Mill Lane")   # the pack's own papers follow
    assert _fields(text)[1:] == ("Planning Committee", "2025-03-04")


def test_a_cover_letter_s_own_date_is_still_not_the_meeting_s():
    text = ("Our ref: DS/PC\n\n12 February 2025\n\nTo: Members of the Planning Committee\n\n"
            "Dear Councillor,\n\nYou are summoned to a meeting of the Planning Committee.")
    assert _fields(text)[2] is None


@pytest.mark.parametrize("heading, committee, date", [
    ("Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm", "Cabinet", "2018-10-02"),
    ("Overview and Scrutiny Committee - Thursday, 25th July, 2024 5.00 pm, NEW", "Overview and Scrutiny Committee",
     "2024-07-25"),
    ("Planning Committee - Monday, 3rd June, 2024 6.30 pm, CANCELLED", "Planning Committee", "2024-06-03"),
    # a committee's name carrying the years it sat under that name
    ("Executive (up to May 2024) - Wednesday, 9 June 2021 1.00pm", "Executive", "2021-06-09"),
    ("Licensing Committee (2019 - 2023) - Tuesday, 4th July, 2022 10.00 am", "Licensing Committee", "2022-07-04"),
    ("Meeting Adjourned until 3 March 2023, Full Council - Wednesday, 1 March 2023 10.30 am", "Full Council",
     "2023-03-01"),
    ("Rescheduled meeting from 14 January, Licensing Committee - Monday, 2nd February, 2026 10.00 am",
     "Licensing Committee", "2026-02-02"),
    # a page's title (the body and its venue) run into its heading
    ("Planning and Orders Committee, Council Offices, Llangefni and virtually via Zoom, Planning and Orders "
     "Committee - Wednesday, 5th June, 2024 1.00 pm", "Planning and Orders Committee", "2024-06-05"),
    ("Children, Young People and Education Committee - Monday, 3rd June, 2024 6.00 pm",
     "Children, Young People and Education Committee", "2024-06-03"),
])
def test_a_moderngov_heading_marking_a_moved_or_new_meeting(heading, committee, date):
    text = f"{heading}\n\nVenue: Town Hall, Anytown\n\n1. Apologies for absence\n\nThere were none."
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_a_date_under_another_dates_label_is_not_the_meeting():
    text = ("Details\n\nTitle:\nCity Status - verbal update\n\nImplementation Date (not before):\nWed 11 Jan 2023\n\n"
            "Decision:\nThe update was noted.")
    assert metadata_from_text(text)["meeting_date"] is None


def test_a_heading_with_the_venue_between_body_and_date():
    text = ("ANYTOWN BOROUGH COUNCIL\n\nCABINET - HELD AT THE COUNCIL CHAMBER, 52 HIGH STREET, ANYTOWN ON TUESDAY, "
            "12TH NOVEMBER 2024 AT 7.00 PM\n\nPresent: Councillor Ada Brook (Leader, in the Chair)\n\n45 MINUTES\n\n"
            "RESOLVED: That the minutes be received.")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == ("Cabinet", "2024-11-12")


# ---------------------------------------------------------------- headings as PDF text and copied pages lay them out

@pytest.mark.parametrize("text, council", [
    ("27\nEAST AYRSHIRE COUNCIL. Minutes of meeting in the Council Chambers, Kilmarnock, on 9th May 2019 at "
     "10.00 a.m. Present: Councillors Ellen Faulds, Drew Cairns and Moira Lindsay.", "East Ayrshire Council"),
    ("Minutes of Planning Committee\n1 MID ULSTER DISTRICT COUNCIL Minutes of Meeting of: Council Date and Time: "
     "Thursday 14 March 2019 at 7.00 pm Location: Council Chamber, Dungannon", "Mid Ulster District Council"),
    # a copy's text that glued the next word, in capitals, onto the council's name
    ("Tendring District CouncilAGENDA ITEM 4\n14th March 2012\nPresent - The Chairman (Councillor Ash) and "
     "Councillors Birch and Cedar", "Tendring District Council"),
])
def test_a_council_s_name_opening_a_run_on_heading(text, council):
    assert _fields(text)[0] == council


def test_a_council_named_later_in_a_line_is_not_the_document_s():
    text = ("Minutes of the Licensing Panel\n\nThe panel noted a letter from Kent County Council about taxi fares.\n\n"
            "1. Apologies\n\nThere were none.")
    assert _fields(text)[0] is None


@pytest.mark.parametrize("text, date", [
    ("At the ANNUAL MEETING of CITY COUNCIL held in the CIVIC CENTRE on WEDNESDAY, 15 TH MAY, 2013 at 6.00 p.m.\n\n"
     "Present: The Mayor in the Chair", "2013-05-15"),
    ("Council - Tuesday, 24th January 2023 6.30 pm app available\n\nVenue: Town Hall\n\n1. Apologies\n\nNone.",
     "2023-01-24"),
])
def test_dates_as_copied_pages_and_pdf_text_write_them(text, date):
    assert _fields(text)[2] == date


def test_a_meeting_s_time_range_after_its_date():
    from assistant.dates import date_and_time

    assert date_and_time("12 Dec 2024 - 09:30 to 13:00") == "2024-12-12"
    assert date_and_time("Thursday 4 July 2024, 6.30pm - 8.00pm") == "2024-07-04"


@pytest.mark.parametrize("text, date", [
    ("MINUTES of a MEETING of the ANYSHIRE COUNTY COUNCIL held at Council Chamber, County Hall, Anytown on "
     "6 December 2022at 10.00 am\n\nCouncillors Abbott, Bowen and Carr.", "2022-12-06"),
    ("The following decisions were taken on 23 May 2006 by the CABINET\n\nMembers of the Cabinet who were present:",
     "2006-05-23"),
    ("Planning Committee Agenda - 3 March 2024, 18:00 Help\n\nA meeting to be held at the Town Hall.", "2024-03-03"),
])
def test_meeting_dates_as_pdf_text_and_cmis_pages_write_them(text, date):
    assert _fields(text)[2] == date


@pytest.mark.parametrize("text, date", [
    # a PDF copy's run-on heading, running into business that approves another meeting's record
    ("RECORD OF EXECUTIVE BUSINESS MEETING HELD ON 14TH MARCH, 2002 1. Agenda Item Business Record (Contact: "
     "J. Smith) AGREED: THAT the record of the meeting held on 7th March, 2002, be approved as a correct record. "
     "2. Library opening hours The Executive considered a report of the Director of Leisure on opening hours.",
     "2002-03-14"),
    # a council's news item about its meeting
    ("The annual meeting of Council took place on 19 May 2021 and saw a new Chairman elected.\n\n"
     "Cllr Jane Doe thanked members for their support.", "2021-05-19"),
    # a ModernGov heading whose body carries a note with a date of its own
    ("Executive - for meetings after 01/06/15, please see 'Mayor & Executive' - Tuesday, 3 March 2015 6:30 pm\n\n"
     "Venue: Town Hall\n\n12.\n\nAPOLOGIES FOR ABSENCE", "2015-03-03"),
    # a PDF copy's body and date run into the text after them
    ("NORTH ANYSHIRE COMBINED AUTHORITY CABINET Wednesday 9th December 2020 at 2pm Under the provisions of the "
     "regulations the meeting was held by video link. These minutes are in draft until approved at the next "
     "meeting of the Cabinet and are therefore subject to amendment. ATTENDEES Mayor Jo Bloggs (Chair)",
     "2020-12-09"),
    # a minutes heading with its body, weekday and date, and no "held"
    ("ANYSHIRE DISTRICT COUNCIL\n\nMINUTES OF THE MEETING OF THE LICENSING COMMITTEE WEDNESDAY 6 MARCH 2019 AT "
     "2:00 P.M.\n\nIN THE CIVIC CENTRE\n\nPRESENT: Councillors Ash, Birch and Cedar.", "2019-03-06"),
    # a ModernGov heading after its venue, run into the page's text, over the minutes it confirms
    ("Virtual Meeting (the public cannot attend), Anyshire County Council - Tuesday, 18th May, 2021 10.30 am A number "
     "of council meetings are live-streamed.\n\nVenue: Virtual Meeting To submit for confirmation, the draft minutes "
     "of the meeting of the County Council held on 9 March 2021.\n\nThe minutes were confirmed as correct.",
     "2021-05-18"),
    # a document-sharing site's page caption before the copy's run-on first line
    ("Page 1: COUNCIL MEETING TUESDAY 7 JULY 2020...Seconded by Councillor Bloggs Referred from 2 June 2020 Council "
     "Meeting (Minute Item 5) Information 6.3 Request for removal of a quotation Page 1 of 30\n\n1. The Mayor's "
     "Business Received\n\n2. Apologies Councillors Ash and Birch", "2020-07-07"),
    # a PDF copy's run-on heading, "held at" its offices, running into the apologies with no full stop between
    ("at a meeting of the Council of the Borough of Anytown held at the Municipal Offices, Mill Road, Anytown on "
     "14th March 2018 Apologies for absence were received from Councillors Ash, Birch and Cedar, and the Mayor "
     "welcomed the new Chief Executive.\n\nRESOLVED that the minutes of the meeting held on 1st |February 2018 be "
     "approved as a correct record.", "2018-03-14"),
    # a printed volume's page number alone on the first line, over the minutes heading
    ("412\nMINUTE of MEETING of the COUNCIL held within the Council Chamber, Civic Centre, Anytown, on 9 May 2012."
     "\nPresent - Provost Ann Ash (Chair); Councillors Birch and Cedar\n1. DECLARATIONS OF INTEREST\nNone were made.",
     "2012-05-09"),
    # a council's name in capitals run straight into its date, then the venue and the meeting's text
    ("22\nEAST AYRSHIRE COUNCIL 9 November 2016 Kilmarnock, 9 November 2016 at 6 pm. A Meeting of the EAST AYRSHIRE "
     "COUNCIL PRESENT Councillor Ash, Provost; Councillor Birch, Depute Provost; Councillors Cedar and Dale.",
     "2016-11-09"),
    # a date label inside a run-on line, the attendance label straight after it
    ("Minutes Of: the Cabinet\nMINUTES OF: THE CABINET Date of Meeting: Thursday 8th March 2012 Present: Councillor "
     "A Ash (in the Chair) Councillors Birch, Cedar and Dale In Attendance: Ms E Elm, Chief Executive", "2012-03-08"),
])
def test_meeting_dates_in_run_on_copies_news_items_and_noted_headings(text, date):
    assert _fields(text)[2] == date


def test_a_sentence_after_a_run_on_heading_still_marks_another_meeting():
    # the heading's own sentence approves an earlier meeting's minutes: that date is not this meeting's
    text = ("The minutes of the meeting held on 2 February 2021 were approved as a correct record and signed by "
            "the Chair. " + "The committee then considered the reports before it in the order of the agenda. " * 3)
    assert _fields(text)[2] is None


def test_minutes_listed_among_the_papers_previously_circulated_are_another_meeting_s():
    text = ("Agendas, Meetings and Minutes - Agenda and minutes\n\nVenue: Shire Hall, Anytown, AN1 2BC\n\n"
            "The Members had before them:\n\nA. The Agenda papers (previously circulated); and B. The Minutes of the "
            "meeting of the Council held on 12 March 2015 (previously circulated).\n\n412.\n\nApologies\n\n"
            "Apologies for absence were received from Mr A Ash.")
    assert _fields(text)[2] != "2015-03-12"


@pytest.mark.parametrize("text, date", [
    # a summons under a letter's own date: the meeting is called for a time of day
    ("Civic Offices, Mill Road, Anytown AN1 2BC\nDate: 2 May 2019\nDear Councillor\nA MEETING OF THE COUNCIL of the "
     "Borough of Anytown will be held in the Council Chamber, Civic Offices, Mill Road, on WEDNESDAY, 14TH MAY, 2019 "
     "at 7.30 p.m., and all Members are hereby summoned to attend.\nA G E N D A\n1. Apologies for absence",
     "2019-05-14"),
    # a summons opening with the meeting, its time, and the minutes it will approve
    ("Meeting of the Council Monday, 4th December, 2017 at 6.15pm (or upon the conclusion of the extraordinary "
     "meeting) in the Council Chamber at the Council House, High Street, Anytown You are hereby summoned to attend a "
     "meeting of the Anytown Metropolitan Borough Council for the purpose of transacting the business set out below. "
     "1. Apologies for absence 2. To confirm the minutes of the meeting held on 9th October, 2017", "2017-12-04"),
    # minutes whose heading has the venue before the date and no body word after "meeting"
    ("Minutes of meeting in the Town Buildings, Market Square, , on 3rd June 2016 at 10.00 a.m.\n\nPresent: "
     "Councillors Ash (Provost), Birch and Cedar.\n\nApologies: Councillor Dale.", "2016-06-03"),
    # a page title: the date in brackets after the committee
    ("Planning Committee (5 May 2022)\n1. Chair's Announcements\n2. Apologies for Absence and Substitutions\n"
     "4. Minutes\nMinutes of meeting on 5 April 2022.", "2022-05-05"),
    # a page title: a bar between the council and the meeting
    ("Anytown Council | Cabinet Meeting – 19 March 2024\n\nView the meeting agenda online.\n\nGood morning everybody, "
     "we have no apologies for absence and the minutes of the meeting on the 13th of February are agreed.",
     "2024-03-19"),
])
def test_a_meeting_called_for_a_time_of_day_and_dated_page_titles(text, date):
    assert _fields(text)[2] == date


def test_a_timed_event_that_is_no_meeting_is_not_the_meeting_date():
    text = ("ANYTOWN NATIONAL PARK AUTHORITY\n\nCouncillor A Ash (Chair)\n\nChairman's Announcements (1) the Chairman "
            "referred to the death of a former member. He advised that a Memorial Service will be held at St. Mary's "
            "Church in Anytown on Friday 26th May 2017 at 2.00 p.m.")
    assert _fields(text)[2] != "2017-05-26"


def test_a_timed_meeting_in_the_papers_after_the_agenda_is_an_earlier_one():
    # a pack: the agenda, then the minutes it asks to approve, with their own meeting's time
    text = ("ANYTOWN DISTRICT COUNCIL\nCABINET\nAGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n"
            "3. To receive and approve as a correct record the minutes of the meeting held on 10 February 2025\n"
            "4. Play Area Improvement Programme\nMeeting held on Monday, 10th February, 2025 at 10.00 am\n"
            "Present: Councillor A Ash (in the Chair)")
    assert _fields(text)[2] != "2025-02-10"


@pytest.mark.parametrize("text, council", [
    ("Civic Offices, Mill Road, Hoddesdon\nA MEETING OF THE COUNCIL of the Borough of Broxbourne will be held in the "
     "Council Chamber on WEDNESDAY, 14TH MAY, 2019 at 7.30 p.m., and all Members are hereby summoned to attend.\n"
     "1. Apologies for absence", "Broxbourne Borough Council"),
    ("Committee Minutes Year 2007/2008 Meeting 9 - Thursday 20 December 2007 Falkirk, 20 December 2007 - At a meeting "
     "of The Falkirk Council. Present :- Provost A Ash, Councillors B Birch and C Cedar.", "Falkirk Council"),
])
def test_the_council_called_to_meet_in_the_opening_sentence(text, council):
    assert _fields(text)[0] == council


def test_a_committee_called_to_meet_does_not_name_another_council_as_the_minutes_owner():
    text = ("Minutes of a meeting of the Joint Waste Committee held on 3 May 2019 at 10.00 am.\nPresent: Councillors "
            "Ash and Birch.\nThe chair reported on a meeting of Kent County Council.")
    assert _fields(text)[0] != "Kent County Council"


def test_a_year_split_in_two_by_a_pdf_s_text_in_a_run_on_date_and_time_label():
    text = ("Anytown National Park Authority Venue\nAGENDA MEETING: ANYTOWN NATIONAL PARK AUTHORITY VENUE: The National "
            "Park Office, Main Street, Anytown DATE/TIME: Tuesday, 25 June 20 19 at 10 .30am Please see the attached "
            "notes for members of the public BUSINESS Part One - Procedural items 1. Membership of the Authority")
    assert _fields(text)[2] == "2019-06-25"


def test_a_later_meeting_of_a_successor_council_is_not_the_one_these_minutes_record():
    # a page with no heading naming its council: its venue in 2023 names the county council, while an item
    # speaks of the first meeting of the council replacing it
    text = ("Council - Wednesday, 22nd February, 2023 10.30 am\n\nVenue: The Grand Meeting Hall, County Hall, "
            "Northallerton, DL7 8AD\n\nElection of Chairman\n\nIt was moved and seconded that County Councillor A Ash "
            "be elected Chairman of the County Council to serve until the Annual General Meeting of the North "
            "Yorkshire Council in 2023.\n\nThe vote was taken and the motion was declared carried.")
    assert _fields(text)[0] == "North Yorkshire County Council"
