"""Metadata from minutes in forms the development corpora do not have: Welsh and bilingual pages,
Scottish and Northern Irish minutes, an elected mayor's decisions, a council named only by the
address of its offices. All fixtures are written for these tests."""
from __future__ import annotations

import pytest

from assistant.councils import council_from_seat, councils_in_question, find_council
from assistant.dates import date_and_time, find_date, leading_date, normalise_date
from assistant.metadata import metadata_from_text
from assistant.documents import read_document
from assistant.names import is_committee_line, is_decision_maker

# ---------------------------------------------------------------- Welsh dates


@pytest.mark.parametrize("text, iso", [
    ("Dydd Mawrth, 11eg Gorffennaf, 2023", "2023-07-11"),
    ("Dydd Iau, 3 Hydref 2024", "2024-10-03"),
    ("1af Mawrth 2022", "2022-03-01"),          # Mawrth alone is March
    ("2il Ionawr 2021", "2021-01-02"),
    ("3ydd Chwefror 2020", "2020-02-03"),
    ("5ed Ebrill 2019", "2019-04-05"),
    ("7fed Mai 2023", "2023-05-07"),
    ("21ain Mehefin 2023", "2023-06-21"),
    ("30AIN AWST 2022", "2022-08-30"),
    ("Dydd Gwener, 13eg Medi, 2024", "2024-09-13"),
    ("Dydd Llun 18fed Tachwedd 2024", "2024-11-18"),
    ("Rhagfyr 2023", "2023-12"),
])
def test_welsh_dates(text, iso):
    assert normalise_date(text) == iso


@pytest.mark.parametrize("text, iso", [
    ("Dydd Mercher, 14eg Chwefror, 2024 10.00 yb", "2024-02-14"),
    ("Dydd Llun, 22ain Ionawr, 2024 2.00 yp", "2024-01-22"),
    ("Dydd Iau, 9fed Mai, 2024 2.00 o'r gloch", "2024-05-09"),
])
def test_welsh_dates_with_their_time(text, iso):
    assert date_and_time(text) == iso


def test_a_welsh_date_opening_a_line_with_its_time_and_place():
    assert leading_date("Dydd Iau, 3 Hydref 2024 am 10.00 yb yn Siambr y Cyngor") == "2024-10-03"


def test_tuesday_in_welsh_is_not_march():
    assert find_date("Dydd Mawrth, 4ydd Mehefin 2024") == "2024-06-04"


@pytest.mark.parametrize("text, iso", [
    ("Tuesday, 25 June 20 19 at 10 .30am", "2019-06-25"),   # a year a PDF's text split in two
    ("on 5 March 20 18 in the Council Chamber", "2018-03-05"),
    ("June 20 19", None),                                     # no day before the month: not a date mended
])
def test_a_year_split_in_two_is_mended(text, iso):
    assert find_date(text) == iso


# ---------------------------------------------------------------- Welsh councils and committees


@pytest.mark.parametrize("name, council", [
    ("Cyngor Sir Ynys Môn", "Isle of Anglesey County Council"),
    ("CYNGOR BWRDEISTREF SIROL WRECSAM", "Wrexham County Borough Council"),
    ("Cyngor Bwrdeistref Sirol Conwy", "Conwy County Borough Council"),
    ("Cyngor Dinas Casnewydd", "Newport City Council"),
    ("Cyngor Sir y Fflint", "Flintshire County Council"),
    ("Cyngor Sir Ddinbych", "Denbighshire County Council"),
    ("Cyngor Sir Penfro", "Pembrokeshire County Council"),
    ("Cyngor Sir Powys", "Powys County Council"),
    ("Cyngor Bro Morgannwg", "Vale of Glamorgan Council"),
    ("Cyngor Dinas a Sir Abertawe", "Swansea Council"),
    ("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "Bridgend County Borough Council"),
])
def test_welsh_council_names(name, council):
    assert find_council(f"{name}\nRhaglen a chofnodion") == council


def test_a_welsh_place_in_a_question_names_its_council():
    assert councils_in_question("Beth benderfynodd Wrecsam am barcio?") == ["Wrexham County Borough Council"]


def test_a_welsh_council_web_domain():
    found = metadata_from_text("Cofnodion\n\nCyswllt: swyddog@casnewydd.gov.uk")
    assert found["council"] == "Newport City Council"


@pytest.mark.parametrize("line", ["Pwyllgor Safonau", "Bwrdd Gweithredol", "Is-bwyllgor Trwyddedu",
                                  "Pwyllgor Craffu ar Berfformiad"])
def test_welsh_committee_names_open_with_their_body(line):
    assert is_committee_line(line)


@pytest.mark.parametrize("line", ["Pwyllgor", "Panel Members", "Bwrdd"])
def test_a_body_word_alone_or_before_english_is_no_welsh_committee(line):
    assert not is_committee_line(line)


@pytest.mark.parametrize("page, committee, date", [
    ("Agenda, penderfyniadau a chofnodion\n\nBwrdd Gweithredol - Dydd Mawrth, 11eg Gorffennaf, 2023 10.00 am\n\n"
     "Lleoliad / Venue: Siambr y Cyngor", "Bwrdd Gweithredol", "2023-07-11"),
    ("Agenda a Chofnodion\n\nPwyllgor Cynllunio - Dydd Mercher, 6ed Mawrth, 2024 10.00 yb\n\n"
     "Lleoliad: Siambr, Neuadd y Sir", "Pwyllgor Cynllunio", "2024-03-06"),
    ("Pwyllgor Archwilio\n\nDydd Iau, 3 Hydref 2024\n\nYN BRESENNOL: Y Cynghorydd A (Cadeirydd)",
     "Pwyllgor Archwilio", "2024-10-03"),
])
def test_welsh_meeting_headings(page, committee, date):
    found = metadata_from_text(page)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_welsh_minutes_held_on_and_not_the_previous_meetings_date():
    page = ("CYNGOR SIR YNYS MÔN\n\nCofnodion y cyfarfod a gynhaliwyd ar 12fed Mawrth, 2024\n\n"
            "YN BRESENNOL: Y Cynghorydd A\n\n"
            "PENDERFYNWYD llofnodi bod cofnodion y cyfarfod a gynhaliwyd ar 6ed Chwefror, 2024 yn gywir.")
    found = metadata_from_text(page)
    assert (found["council"], found["meeting_date"], found["kind"]) == (
        "Isle of Anglesey County Council", "2024-03-12", "minutes")


def test_a_meeting_heading_naming_the_council_is_a_meeting_of_the_council():
    found = metadata_from_text("Rhaglen a chofnodion\n\nCyngor Sir Ynys Môn - Dydd Iau, 7fed Mawrth, 2024 2.00 o'r gloch")
    assert (found["council"], found["committee"], found["meeting_date"]) == (
        "Isle of Anglesey County Council", "Council", "2024-03-07")


# ---------------------------------------------------------------- a council named by its offices


@pytest.mark.parametrize("address, council", [
    ("County Hall, Glenfield, Leicester LE3 8RA", "Leicestershire County Council"),   # a seat no one else has
    ("County Hall, Chelmsford", "Essex County Council"),        # a shared seat, with a county building
    ("Elizabeth II Court, Winchester", "Hampshire County Council"),
    ("County Hall, Newport, Isle of Wight", "Isle of Wight Council"),
    ("Civic Offices, Holton Road, Barry", "Vale of Glamorgan Council"),
    ("Council Headquarters, Glenurquhart Road, Inverness", "The Highland Council"),
    ("Civic Centre, Silver Street, Enfield", "London Borough of Enfield"),   # the council's own place
    # a county's seat that is also a city's own place: a county building says the county, a civic one the city
    ("Civic Centre, Chelmsford", "Chelmsford City Council"),
    ("County Hall, Chelmsford", "Essex County Council"),
    ("Town Hall, Maidstone", "Maidstone Borough Council"),
    ("Shire Hall, Cambridge", "Cambridgeshire County Council"),   # its seat until 2021
    ("Guildhall, Cambridge", "Cambridge City Council"),
    ("County Hall, Penrhyn Road, Kingston upon Thames", "Surrey County Council"),   # its seat until 2020
    # offices in a town not in the council's name
    ("Town Hall, Parade, Royal Leamington Spa", "Warwick District Council"),
    ("Council Offices, Kiln Road, Thundersley, Benfleet", "Castle Point Borough Council"),
    ("Civic Centre, Queen Elizabeth Drive, Pershore", "Wychavon District Council"),
    ("Civic Offices, Elstree Way, Borehamwood", "Hertsmere Borough Council"),
])
def test_a_council_from_the_address_of_its_offices(address, council):
    assert council_from_seat(address) == council


@pytest.mark.parametrize("address", [
    "Council Chamber, Chelmsford",   # Essex's seat and Chelmsford's own place: either
    "Endeavour House, Ipswich",      # three councils share it
    "Council Chamber, Civic Centre",
    "Station Road, Kingston and Richmond",
    "Horizon Centre, Peachman Way, Norwich",   # two councils' shared offices
])
def test_an_address_more_than_one_council_fits_names_none(address):
    assert council_from_seat(address) is None


@pytest.mark.parametrize("address, era, council", [
    # an abolished council's offices were its own while it stood, and no successor's before it was made
    ("Council Chamber, Civic Offices, Bridge Street, Christchurch", "2018-10-30", "Christchurch Borough Council"),
    ("Council Chamber, Civic Offices, Bridge Street, Christchurch", "2020-01-15", None),
    ("Council Chamber, Civic Offices, Bridge Street, Christchurch", None, None),
    ("East House, Cedar Drive, Thrapston", "2014-02-26", "East Northamptonshire Council"),
    ("East House, Cedar Drive, Thrapston", None, None),
    ("Community Centre, Hanham Road, Wimborne", "2019-02-18", "East Dorset District Council"),
    ("County Hall, Dorchester", "2017-05-01", "Dorset County Council"),
    ("County Hall, Dorchester", "2021-05-01", "Dorset Council"),
    ("County Hall, Dorchester", None, "Dorset Council"),
])
def test_the_offices_of_a_council_abolished_since_name_it_in_documents_older_than_that(address, era, council):
    assert council_from_seat(address, era) == council


def test_an_old_page_on_a_successor_s_site_is_the_minutes_of_the_council_whose_offices_held_the_meeting(tmp_path):
    page = tmp_path / "cabinet.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?MId=1">'
        "</head><body><h1>Agenda and minutes</h1><p>Venue: Quarter Room, Mill Lane Hall, Wimborne, BH21 9ZZ</p>"
        "<p>Contact: Democratic Services</p><p>To confirm the minutes of the meeting held on 12 November 2018.</p>"
        "<p>Minutes: The minutes of the meeting held on 12 November 2018 were confirmed as a correct record.</p>"
        "<p>Minutes: The Cabinet agreed the grant scheme for village halls.</p></body></html>", encoding="utf-8")
    assert read_document(page).council == "East Dorset District Council"


def test_minutes_named_only_by_the_venue_of_the_meeting():
    page = ("Minutes of a meeting of the Cabinet held at County Hall, Glenfield on Tuesday, 5 March 2024.\n\n"
            "PRESENT: Mr A. Smith CC (in the Chair)")
    found = metadata_from_text(page)
    assert (found["council"], found["committee"], found["meeting_date"]) == (
        "Leicestershire County Council", "Cabinet", "2024-03-05")


def test_a_stated_council_wins_over_the_venue():
    page = ("Derbyshire Dales District Council\n\nPlanning Committee\n\nVenue: Town Hall, Matlock\n\n"
            "Tuesday, 12 March 2024")
    assert metadata_from_text(page)["council"] == "Derbyshire Dales District Council"


# ---------------------------------------------------------------- council CMS pages, elected mayors


@pytest.mark.parametrize("heading, committee", [
    ("Cabinet - Minutes", "Cabinet"),
    ("Licensing Committee | Agenda and minutes", "Licensing Committee"),
    ("Full Council - draft minutes", "Full Council"),
])
def test_a_page_headed_by_its_committee_and_what_it_holds(heading, committee):
    found = metadata_from_text(f"{heading}\n\nMinutes of a meeting held on 4th March, 2024.\n\nPresent: Councillor A")
    assert (found["committee"], found["meeting_date"]) == (committee, "2024-03-04")


@pytest.mark.parametrize("page, committee, date", [
    ("Executive Decision Report\n\nDecision to be taken by: City Mayor\n\nDate of decision: 5 March 2024",
     "City Mayor", "2024-03-05"),
    ("Decision of the City Mayor\n\nSchool streets\n\nDate of decision: 6 March 2024", "City Mayor", "2024-03-06"),
    ("Executive Decision by the Mayor - 7 March 2024\n\nSubject: Parking charges", "Mayor", "2024-03-07"),
    ("Decision Maker: Assistant City Mayor - Housing\n\nDecision published: 08/03/2024",
     "Assistant City Mayor - Housing", None),
])
def test_an_elected_mayor_deciding_alone_is_the_decision_maker(page, committee, date):
    found = metadata_from_text(page)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


@pytest.mark.parametrize("office, deciding", [
    ("City Mayor", True), ("Elected Mayor", True), ("Deputy City Mayor for Housing", True),
    ("City Mayor (Individual Decision)", True),
    ("The Mayor", False), ("Lord Mayor", False), ("Mayor", False), ("Lord Provost", False),
])
def test_which_mayors_decide_alone(office, deciding):
    assert is_decision_maker(office) is deciding


def test_the_civic_mayor_present_at_a_meeting_is_not_the_committee():
    page = "Planning Committee\n\nMonday, 11 March 2024\n\nPresent: The Mayor (Councillor A), Councillors B and C"
    assert metadata_from_text(page)["committee"] == "Planning Committee"


# ---------------------------------------------------------------- Scotland and Northern Ireland


@pytest.mark.parametrize("page, council, committee, date", [
    ("Minute of Meeting of the Education Committee held in the Council Offices, Elgin on Wednesday "
     "6 March 2024 at 09:30.\n\nPresent: Councillors A (Chair), B", "Moray Council", "Education Committee",
     "2024-03-06"),
    ("Agendas, reports and minutes\n\nHighland Council\n\nMinutes of Meeting of the Highland Council held in the "
     "Council Chamber, Glenurquhart Road, Inverness on Thursday, 7 March 2024 at 10.30am.\n\nPresent: Provost A",
     "The Highland Council", "Council", "2024-03-07"),
    ("COMHAIRLE NAN EILEAN SIAR\n\nMinute of Meeting held in the Council Offices, Stornoway, on Thursday "
     "8 February 2024 at 5.00pm\n\nPRESENT Mr A (Convener)", "Comhairle nan Eilean Siar", None, "2024-02-08"),
    ("2024.CWPC.12\n\nTHE FIFE COUNCIL - CENTRAL AND WEST PLANNING COMMITTEE – REMOTE MEETING\n\n"
     "13th March, 2024 2.00 p.m. – 4.00 p.m.\n\nPRESENT: Councillors A (Convener), B",
     "Fife Council", "Central and West Planning Committee", "2024-03-13"),
    ("THE FIFE COUNCIL - GLENROTHES.\n\n14th March, 2024.\n\nPRESENT: Councillors A (Provost), B",
     "Fife Council", "Council", "2024-03-14"),
    ("Cabinet, 12 March 2024\n\nAt a Meeting of the Cabinet of North Ayrshire Council at 2.30 p.m.\n\nPresent\nA, B",
     "North Ayrshire Council", "Cabinet", "2024-03-12"),
    ("Glasgow, 14th March 2024.\n\nGlasgow City Council.\n\nPresent: The Lord Provost, A (Chair).",
     "Glasgow City Council", "Council", "2024-03-14"),   # the Lord Provost chairs the full council
])
def test_scottish_minutes(page, council, committee, date):
    found = metadata_from_text(page)
    assert (found["council"], found["committee"], found["meeting_date"]) == (council, committee, date)


def test_a_scottish_minute_is_minutes():
    assert metadata_from_text("Minute of Meeting of the Audit Committee held on 5 March 2024")["kind"] == "minutes"


def test_northern_irish_committee_minutes():
    page = ("Strategic Policy and Resources Committee\n\nFriday, 15th March, 2024\n\n"
            "MEETING OF THE STRATEGIC POLICY AND RESOURCES COMMITTEE HELD IN THE LAVERY ROOM, CITY HALL ON "
            "FRIDAY, 15TH MARCH, 2024 AT 9.30 AM\n\nMembers present: Councillor A (Chairperson)\n\n"
            "Contact: democratic.services@belfastcity.gov.uk")
    found = metadata_from_text(page)
    assert (found["council"], found["committee"], found["meeting_date"]) == (
        "Belfast City Council", "Strategic Policy and Resources Committee", "2024-03-15")


# ---------------------------------------------------------------- a Welsh-only page's furniture

WELSH_PAGE = """Agenda a Chofnodion

Pwyllgor Safonau - Dydd Llun, 4ydd Mawrth, 2024 2.00 yp

Lleoliad: Siambr, Neuadd y Sir, Caerfyrddin. SA31 1JP.. Cyfarwyddiadau

Cyswllt: Swyddog Democrataidd

Media

Eitemau
Rhif eitem

1.

YMDDIHEURIADAU AM ABSENOLDEB

Dogfennau ychwanegol:

Cofnodion:

Derbyniwyd ymddiheuriad gan y Cynghorydd A.

2.

Cofnodion y cyfarfod blaenorol pdf eicon PDF 73 KB

Dogfennau ychwanegol:

  • Cofnodion 5 Chwefror pdf eicon PDF 70 KB

Cofnodion:

Cytunwyd i ddilyn y Cyfarwyddiadau
"""


def test_a_welsh_only_moderngov_page_loses_its_furniture_and_keeps_its_words():
    from assistant.furniture import looks_like_saved_web_page, remove_web_furniture

    assert looks_like_saved_web_page(WELSH_PAGE)
    cleaned = remove_web_furniture(WELSH_PAGE)
    lines = {line.strip() for line in cleaned.text.split("\n")}
    assert not lines & {"Media", "Eitemau", "Rhif eitem", "Dogfennau ychwanegol:"}
    assert "Lleoliad: Siambr, Neuadd y Sir, Caerfyrddin. SA31 1JP" in lines
    assert "Cofnodion y cyfarfod blaenorol" in lines
    assert "Cytunwyd i ddilyn y Cyfarwyddiadau" in lines      # the word in a sentence stays
    assert not any("eicon" in line or "Chwefror" in line for line in lines)


@pytest.mark.parametrize("page, committee", [
    ("Minutes of the proceedings of a meeting of the Planning Committee held in the Civic Centre on 4 March 2024",
     "Planning Committee"),
    ("Record of the meeting of the Housing Scrutiny Panel held on 5 March 2024", "Housing Scrutiny Panel"),
    ("DECISIONS OF THE CABINET MEETING HELD ON WEDNESDAY 6 MARCH 2024", "Cabinet"),
    ("Ards and North Down Borough Council\n\nA meeting of the Corporate Services Committee of Ards and North Down "
     "Borough Council was held at the Council Chamber, Newtownards on Tuesday 12 March 2024 at 7.00pm.",
     "Corporate Services Committee"),
    ("Council Meeting\n\n6 March 2024\n\nMinutes", "Council"),
    ("Policy Committee\n\n5 March 2024\n\nPresent: Provost A, Councillors B (Convener), C", "Policy Committee"),
])
def test_other_names_for_the_record_of_a_meeting(page, committee):
    found = metadata_from_text(page)
    assert found["committee"] == committee and found["meeting_date"] is not None


@pytest.mark.parametrize("address, council", [
    ("Council Offices, Oxford Road, Reading", "Reading Borough Council"),   # Oxford names a road there
    ("BCP Civic Centre, Bourne Avenue, Bournemouth", "BCP Council"),           # not the abolished borough
    ("Civic Offices, Bexleyheath", "London Borough of Bexley"),
])
def test_a_place_naming_a_street_or_an_abolished_council_does_not_count(address, council):
    assert council_from_seat(address) == council


def test_only_an_office_address_with_a_postcode_names_the_council():
    application = "Planning application 24/0101/FUL: Land at Mill Lane, Ashford TN23 1PL\n\nCommittee report"
    assert metadata_from_text(application)["council"] is None
    offices = "Planning Committee\n\nCivic Centre, Tannery Lane, Ashford TN23 1PL\n\nCommittee report"
    assert metadata_from_text(offices)["council"] == "Ashford Borough Council"


def test_a_welsh_moderngov_page_read_from_its_file(tmp_path):
    from assistant.documents import read_document

    page = tmp_path / "ieListDocuments.aspx.html"
    page.write_text("""<html><head><title>Rhaglen ar gyfer Pwyllgor Trwyddedu ar Dydd Mercher, 6ed Mawrth, 2024,
10.00 yb</title></head><body><header><a href="/">Hafan</a></header>
<div id="modgov"><h1>Rhaglen a chofnodion</h1>
<p class="mgSubTitleTxt">Pwyllgor Trwyddedu - Dydd Mercher, 6ed Mawrth, 2024 10.00 yb</p>
<p>Lleoliad: Siambr y Cyngor</p>
<p>1. Ymddiheuriadau</p><p>Cofnodion:</p><p>Derbyniwyd ymddiheuriadau gan y Cynghorydd A.</p>
<p>2. Trwydded tacsi</p><p>Cofnodion:</p><p>PENDERFYNWYD caniatáu'r drwydded am ddwy flynedd.</p></div>
<footer><p>Neuadd y Sir, Ffordd y Parc, Rhuthun LL15 1YN</p></footer></body></html>""", encoding="utf-8")
    document = read_document(page)
    assert (document.council, document.committee, document.meeting_date) == (
        "Denbighshire County Council", "Pwyllgor Trwyddedu", "2024-03-06")


@pytest.mark.parametrize("line", ["Published, 3 March 2024", "Printed, 4 March 2024"])
def test_a_publication_date_after_a_comma_is_not_a_place_and_date(line):
    assert metadata_from_text(f"Cabinet\n\n{line}")["meeting_date"] is None


def test_a_meeting_pages_links_to_its_papers_are_furniture():
    from assistant.furniture import is_web_furniture_line

    assert is_web_furniture_line("Minutes: Read the Minutes (items 1-14)")
    assert is_web_furniture_line("Agenda: Read the Supplementary Agenda 4")
    assert not is_web_furniture_line("Members were asked to read the minutes before the meeting.")


@pytest.mark.parametrize("heading, committee", [
    ("Cabinet – 12 March 2024 – minutes", "Cabinet"),
    ("Minutes - Planning Committee - 12 March 2024", "Planning Committee"),
    ("Planning Committee minutes: 12 March 2024", "Planning Committee"),
    ("Scrutiny Panel held on 12/03/2024", "Scrutiny Panel"),
    ("Minutes of the Cabinet meeting, 12 March 2024", "Cabinet"),
    # the page's caption run into its heading
    ("Agenda and minutes, Council Cabinet - Tuesday, 12th March, 2024 6.00 pm", "Council Cabinet"),
    ("Agenda and minutes - Executive Board - Tuesday, 12th March, 2024 2.00 pm", "Executive Board"),
    ("Agenda: Planning Committee - 12 March 2024", "Planning Committee"),
    ("Agenda and draft minutes: Housing Committee - Tuesday, 12th March, 2024 7.00 pm", "Housing Committee"),
    ("Agenda and decisions: Cabinet - Tuesday, 12th March, 2024 10.00 am", "Cabinet"),
    ("Agenda, decisions and minutes: Cabinet - Tuesday 12 March 2024 7.00 pm", "Cabinet"),
    ("Agenda, reports and minutes: Executive Board - Tuesday, 12th March, 2024 10.00 am", "Executive Board"),
    # an executive is named without a body word
    ("MINUTES OF EXECUTIVE MEETING HELD ON TUESDAY\n12TH MARCH 2024", "Executive"),
])
def test_what_a_page_holds_around_its_meeting_heading(heading, committee):
    found = metadata_from_text(f"{heading}\n\nPresent: Councillor A")
    assert (found["committee"], found["meeting_date"]) == (committee, "2024-03-12")


def test_a_sentence_with_on_and_a_date_is_no_meeting_heading():
    assert metadata_from_text("The report was agreed on 12 March 2024")["meeting_date"] is None


@pytest.mark.parametrize("line", ["Pwyllgor Archwilio / Audit Committee", "Audit Committee / Pwyllgor Archwilio"])
def test_a_committee_named_in_welsh_and_english_is_read_by_its_english_name(line):
    found = metadata_from_text(f"Cofnodion / Minutes\n\n{line}\n\nDydd Mawrth, 5 Mawrth 2024")
    assert (found["committee"], found["meeting_date"]) == ("Audit Committee", "2024-03-05")


def test_a_welsh_publication_date_is_no_meeting_heading():
    from assistant.metadata import meeting_heading

    assert meeting_heading("Cyhoeddwyd - Dydd Mercher, 6ed Mawrth, 2024") is None


def test_a_record_of_a_decision_by_the_elected_mayor():
    found = metadata_from_text("Record of Decision by the Elected Mayor\n\nDecision date: 4 March 2024")
    assert (found["committee"], found["meeting_date"]) == ("Elected Mayor", "2024-03-04")


@pytest.mark.parametrize("line", ["Held on: 12 March 2024", "When: Tuesday 12 March 2024, 7pm", "12-Mar-2024"])
def test_more_ways_of_stating_the_meetings_date(line):
    found = metadata_from_text(f"Planning Committee\n\n{line}\nWhere: Council Chamber")
    assert (found["committee"], found["meeting_date"]) == ("Planning Committee", "2024-03-12")


def test_a_decision_pages_related_documents_heading_goes_with_its_list():
    from assistant.furniture import remove_web_furniture

    page = ("Decision Details\n\nDecision Maker: Cabinet\n\nRelated documents\n\n• Cabinet report (PDF 612 KB)\n\n"
            "Details: The Cabinet approved the contract. pdf icon PDF 80 KB")
    lines = {line.strip() for line in remove_web_furniture(page).text.split("\n")}
    assert "Related documents" not in lines and "Details: The Cabinet approved the contract." in lines


def test_an_island_councils_minute_named_by_its_venue_line():
    page = ("Minute\n\nPolicy and Resources Committee\n\nTuesday, 27 February 2024, 10:30.\n\n"
            "Council Chamber, Council Offices, School Place, Kirkwall.\n\nPresent\n\nCouncillors A, B")
    found = metadata_from_text(page)
    assert (found["council"], found["committee"], found["meeting_date"], found["kind"]) == (
        "Orkney Islands Council", "Policy and Resources Committee", "2024-02-27", "minutes")


def test_an_agenda_item_pages_meeting_label_with_the_body_first():
    found = metadata_from_text("Agenda item - Pelham Crescent Cliff Stabilisation\n\n"
                               "Meeting: Cabinet - Monday 1st November 2021, 6.00 pm - item 43\n\nMinutes:")
    assert (found["committee"], found["meeting_date"]) == ("Cabinet", "2021-11-01")


def test_a_notice_of_the_meeting_gives_its_date_over_the_notices_own():
    cover = ("West Lothian Council\n\nCouncil Executive\n\nWest Lothian Civic Centre, Howden South Road, Livingston\n\n"
             "19 October 2022\n\nA meeting of the Council Executive of West Lothian Council will be held\n"
             "within the Council Chambers, West Lothian Civic Centre, Livingston on\n"
             "Tuesday 25 October 2022 at 10:00 for the purpose of transacting the\nundernoted business.\n\n"
             "AGENDA\n1. Apologies for Absence")
    assert metadata_from_text(cover)["meeting_date"] == "2022-10-25"


def test_a_minutes_heading_wrapped_before_held_gives_the_date_on_its_next_line():
    text = ("SOUTH AYRSHIRE COUNCIL\nMinutes of a meeting of the Regulatory Panel (Licensing)\n\n"
            "held in the County Buildings, Wellington Square, Ayr on 5 September 2019\nat 10.00 a.m.\n\n"
            "Present: Councillors A, B and C.\n\n1. Declarations of Interest")
    assert metadata_from_text(text)["meeting_date"] == "2019-09-05"


def test_an_agenda_covers_date_is_not_a_report_label_further_in_the_pack():
    text = ("Environment and Transportation\nCommittee\n\nNorth Lanarkshire Council\n\nTuesday, 24 August 2021, 10.00 am\n\n"
            "Civic Centre, Windmillhill Street, Motherwell\n\nAGENDA\n1. Declarations of Interest\n\n"
            "2. Fly-tipping Enforcement (Page 2)\n\nReport\n\nSubject: Fly-tipping Enforcement\n\n"
            "Date: 10 August 2021")
    assert metadata_from_text(text)["meeting_date"] == "2021-08-24"


def test_a_reports_addressee_after_a_packs_agenda_is_no_cover_letter():
    text = ("Executive\n\nPendle Borough Council\n\nDate: Thursday, 21st November, 2024\n\nTime: 7.00 p.m.\n\n"
            "AGENDA\n1. Apologies for absence\n\n2. Minutes of the meeting held on 17 October 2024 (Page 2)\n\n"
            "3. Play Area Investment Programme (Pages 3 - 4)\n\nMinutes of the meeting held on 17 October 2024\n\n"
            "E.41 PUBLIC QUESTION TIME\nNo questions were received.\n\nREPORT OF: HEAD OF PARKS\n\n"
            "TO: EXECUTIVE\n\nDATE: 21st November 2024")
    assert metadata_from_text(text)["meeting_date"] == "2024-11-21"
    letter = "Dear Councillor,\n\nYou are summoned to a meeting.\n\nDate: 3 March 2024\n\n" + text
    assert metadata_from_text(letter)["meeting_date"] != "2024-03-03"     # a letter's own date is not the meeting's


def test_a_meeting_of_a_body_of_the_council_named_with_its_article():
    page = ("EREWASH BOROUGH COUNCIL\n\nMinutes of a meeting of the Planning Committee of the Erewash Borough Council held\n"
            "at the Town Hall, Ilkeston, on Wednesday 8th May 2024 at 1900 hours.\n")
    found = metadata_from_text(page)
    assert (found["council"], found["committee"], found["meeting_date"]) == (
        "Erewash Borough Council", "Planning Committee", "2024-05-08")


def test_a_report_to_the_meeting_to_be_held_is_that_meeting():
    page = ("Wensleydale District Council\n\nReport of the Strategic Director, Place to the meeting of the Executive to be "
            "held on 5 March 2024\n\nSubject: Empty council homes\n")
    found = metadata_from_text(page)
    assert (found["committee"], found["meeting_date"], found["kind"]) == ("Executive", "2024-03-05", "report")


def test_minutes_to_be_approved_at_a_meeting_to_be_held_are_not_dated_by_it():
    page = ("Planning Committee\n\nThe minutes are to be approved at the meeting to be held on 4 June 2024.\n\n"
            "1. Apologies\n\nNone.")
    assert metadata_from_text(page)["meeting_date"] != "2024-06-04"


@pytest.mark.parametrize("heading, committee, date", [
    # venue and date after commas, no "held"
    ("MINUTE OF MEETING OF THE KINCARDINE AND MEARNS AREA COMMITTEE,\nCOUNCIL CHAMBERS, STONEHAVEN, 14 MAY 2024",
     "Kincardine and Mearns Area Committee", "2024-05-14"),
    # a committee whose own name holds a comma is not cut at it
    ("Minutes of the meeting of the Policy, Finance and Development Committee, Council Chamber, 21 September 2021",
     "Policy, Finance and Development Committee", "2021-09-21"),
])
def test_a_minutes_heading_with_its_venue_and_date_after_commas(heading, committee, date):
    found = metadata_from_text(heading + "\n\nPresent: Councillors A Reid (Chair).\n\n1. Apologies\nNone.")
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_a_minutes_heading_cut_inside_the_committees_name():
    page = ("MINUTES OF THE MEETING OF THE PLACE\nSHAPING AND ECONOMY COMMITTEE, HELD ON MONDAY, 10TH JUNE, 2024 AT 7.30 PM\n\n"
            "Present: Councillor A Reid (Chairman).\n\n1. Apologies\nNone.")
    found = metadata_from_text(page)
    assert (found["committee"], found["meeting_date"]) == ("Place Shaping and Economy Committee", "2024-06-10")


@pytest.mark.parametrize("signature", ["CHAIR, TUESDAY, 6 JUNE 2023", "CHAIRMAN, 6 JUNE 2023", "Chair, 6 June 2023"])
def test_the_chairs_signature_under_the_business_is_not_the_meeting(signature):
    text = ("ANYTOWN BOROUGH COUNCIL\n"
            "MINUTES OF A MEETING OF THE SERVICE DELIVERY COMMITTEE HELD AT THE COUNCIL OFFICES,\n"
            "HIGH STREET, ANYTOWN ON TUESDAY, 7 MARCH 2023 COMMENCING AT 7.00 PM\n\n"
            "IN ATTENDANCE: Councillor Ada Brook (Chair)\n\n"
            "12.  BOWLING GREENS\n\nThe Committee noted the report on the two bowling greens.\n\n"
            f"THE MEETING CLOSED AT 8.10 PM\n\n{signature}\n")
    assert metadata_from_text(text)["meeting_date"] == "2023-03-07"


def test_a_decision_reports_date_is_the_day_the_decision_is_taken():
    text = ("Anytown City Council\n\nExecutive Decision Report\n\nPlay Areas: Replacement Programme\n\n"
            "Decision to be taken by: City Mayor\n\nDecision to be taken on: 12 November 2024\n\n"
            "Lead director: Director of Parks\n\n1. Summary\n\n1.1 This report asks the City Mayor to approve the programme.")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == ("City Mayor", "2024-11-12")


# ---------------------------------------------------------------- the meeting's date at the top of a page


@pytest.mark.parametrize("top", [
    "Wednesday, 14th February, 2024 2.00 pm\nVenue: Council Chamber, Civic Centre, Anytown",   # a saved page's first line
    "The Anytown Council\nWednesday 14 February 2024 at 2.00 pm",                              # under the council's name
    "14 Feb 2024 - 14:00 to 16:30\nItems Of Business",
])
def test_a_date_with_its_time_at_the_top_is_the_meeting_s_over_the_minutes_it_approves(top):
    text = (f"{top}\n\nMinutes of the Meeting held on 10 January 2024\n\n"
            "RESOLVED that the minutes of the meeting held on 10 January 2024 were a correct record.\n\n"
            "Council, 10 January 2024\n\nLibrary Opening Hours\n\nMembers agreed the new opening hours.\n")
    assert metadata_from_text(text)["meeting_date"] == "2024-02-14"


@pytest.mark.parametrize("heading, committee, date", [
    ("Council Meeting 16th December 2019", "Council", "2019-12-16"),
    ("Licensing Committee Meeting 3 May 2022", "Licensing Committee", "2022-05-03"),
    ("Executive (2013 - June 2024) Agenda - 14 January 2020, 09:30 Help", "Executive", "2020-01-14"),
])
def test_a_page_headed_by_its_body_and_date_without_a_separator_or_with_a_period_note(heading, committee, date):
    text = (f"{heading}\n\nA meeting to be held at the Civic Centre, Anytown.\n\n"
            "Minute of Meeting of the Executive held on 3 December 2019.\n\nExecutive - 3 December 2019\n\n"
            "1. Library Opening Hours\n\nMembers agreed the new opening hours.\n")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


def test_a_body_without_a_body_word_further_down_is_an_earlier_meeting_not_this_one():
    # "Executive - 23 July 2024" in a pack heads the earlier minutes it approves; the cover's date stands
    text = ("ANYTOWN BOROUGH COUNCIL\nEXECUTIVE\nTuesday, 3 September 2024\n6.00 pm, Council Chamber, Anytown\n\n"
            "To: All Members of the Executive\n\nAGENDA\n\n1. Minutes\n\nExecutive - 23 July 2024\n\n"
            "Members agreed the new opening hours.\n")
    assert metadata_from_text(text)["meeting_date"] == "2024-09-03"


@pytest.mark.parametrize("text, committee, date", [
    ("Council (ADC) - Wednesday, 13th October, 2021 6.30 pm\nVenue: Council Chamber, Anytown\n\n"
     "That the Minutes of the Council held on 30 June 2021 be approved as a correct record.\n",
     "Council", "2021-10-13"),
    ("Draft minutes – to be confirmed at the next meeting\n\nANYTOWN DISTRICT COUNCIL\n\nLICENSING COMMITTEE 11 July 2011"
     "\n\nHeld at the Town Hall, at 10:30am\n\nPresent: Councillor A Brook (Chair)\n\n1. Taxi fares\n\nMembers agreed new fares.\n",
     "Licensing Committee", "2011-07-11"),
])
def test_a_heading_with_the_body_s_initials_or_its_date_run_on_under_the_council(text, committee, date):
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


@pytest.mark.parametrize("heading, committee", [
    ("Annual Council, Council - Wednesday, 24th May, 2023 7.00 pm", "Council"),
    ("Budget Council, Full Council - Wednesday, 24th May, 2023 7.00 pm", "Full Council"),
    ("AGM, Council - Wednesday, 24th May, 2023 7.00 pm", "Council"),
    ("Annual Meeting, Anytown District Council - Wednesday, 24th May, 2023 7.00 pm", "Council"),
    ("Planning, Development and Transport Committee - Wednesday, 24th May, 2023 7.00 pm",
     "Planning, Development and Transport Committee"),     # a comma in a committee's own name
])
def test_a_meeting_s_own_title_before_its_body_is_not_the_committee(heading, committee):
    text = f"{heading}\n\nVenue: Council Chamber, Town Hall, Anytown\n\n1. Apologies\n\nNone were received.\n"
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, "2023-05-24")


def test_the_committee_is_not_taken_from_a_heading_of_another_day_s_meeting():
    # the page opens with its own date; the business lists the earlier minutes it approves
    text = ("14 Feb 2024 - 14:00 to 16:30\n\nItems Of Business\n\nThere were submitted the Minutes of the following "
            "meetings on the dates specified:\n\nLicensing Board, 10 January 2024\n\nAudit Panel, 17 January 2024\n\n"
            "DECIDED: That the Minutes be approved.\n")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (None, "2024-02-14")


@pytest.mark.parametrize("opening", ["Apologies for Absence", "Apologies for absence were received from:",
                                     "Declarations of Interest", "Substitute Members"])
def test_minutes_approved_after_the_opening_business_do_not_date_the_meeting(opening):
    # a saved page that starts below its heading, its items without numbers: the minutes it approves are another day's
    text = (f"Venue: Council Chamber, Town Hall, Anytown\n\n{opening}\n\nCouncillors Brook and Marsh.\n\n"
            "Minutes of the meeting held on 22 May 2024\n\nThe minutes of the meeting held on 22 May 2024 were approved "
            "as a correct record.\n\nLibrary Opening Hours\n\nMembers agreed the new opening hours.\n")
    assert metadata_from_text(text)["meeting_date"] is None


def test_an_authority_s_name_opening_a_run_on_line_names_whose_minutes_these_are():
    text = ("ITEM 12\n\nDARTMOOR NATIONAL PARK AUTHORITY COMMONERS FORUM MINUTES of the meeting of the Dartmoor Commoners "
            "Forum held on Thursday 13 June 2019 at 7.00pm at the Village Hall.\n\nPRESENT Ann Brook (Chair).\n")
    assert metadata_from_text(text)["council"] == "Dartmoor National Park Authority"


@pytest.mark.parametrize("run_on, date", [
    ("MINUTES Council MINUTES Council Date: Tuesday, 5 March 2019 Venue: Town Hall, Anytown Members Present: Mayor "
     "(Councillor Ann Brook) Councillors Tom Hill, Sam Reed, Joy Ward and Lee Marsh.", "2019-03-05"),
    ("1 ANYTOWN DISTRICT COUNCIL Minutes of Meeting of: Council Date and Time: Thursday 28 July 2016 at 7.03 pm "
     "Location: Council Chamber, The Town Hall, Anytown Chairman: Councillor Ann Brook Present: Councillors Hill.",
     "2016-07-28"),
])
def test_a_date_label_inside_a_run_on_line_of_a_pdf_s_text(run_on, date):
    text = f"Minutes of the Council\n\n{run_on}\n\n1. Declarations of Interest\n\nNone were declared.\n"
    assert metadata_from_text(text)["meeting_date"] == date


def test_a_web_page_s_posting_time_is_not_the_meeting_s_date():
    text = ("Cabinet -14th February\n\n2:58 pm, Thursday, 29th February 2024 - 2 months ago\n\n"
            "Present: Councillor Brook (in the Chair)\n\n1. Apologies\n\nNone were received.\n")
    assert metadata_from_text(text)["meeting_date"] is None


def test_a_committee_and_date_opening_a_run_on_line_before_its_attendance():
    text = ("12\n\nLICENSING COMMITTEE 20th July 2011 Present: Councillor A Brook (Chair), Councillors T Hill, S Reed "
            "and J Ward. Apologies: Councillor L Marsh.\n\n1. Taxi fares\n\nMembers agreed the new fares.\n")
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == ("Licensing Committee", "2011-07-20")


@pytest.mark.parametrize("heading, committee, date", [
    ("Minute General Meeting of the Council Tuesday, 8 December 2020, 10:30.", "Council", "2020-12-08"),
    ("Minutes for The Cabinet meeting, Jun 1 2009, 2.00PM official page", "Cabinet", "2009-06-01"),
    ("Minute Licensing Committee Wednesday, 3 March 2021, 14:00.", "Licensing Committee", "2021-03-03"),
])
def test_a_minute_heading_with_no_of_and_an_aggregator_s_minutes_for(heading, committee, date):
    text = f"Page 12.\n\n{heading}\n\nPresent Councillors A Brook, T Hill and S Reed.\n\n1. Apologies\n\nNone.\n"
    found = metadata_from_text(text)
    assert (found["committee"], found["meeting_date"]) == (committee, date)


@pytest.mark.parametrize("line", ["Minutes of the meeting held on 3 May 2022", "Minutes 12 March 2024"])
def test_other_minutes_lines_are_not_read_as_a_minute_heading(line):
    from assistant.metadata import meeting_heading
    assert meeting_heading(line) is None


def test_a_venue_after_the_day_on_one_line_names_the_council_at_its_seat():
    from assistant.metadata import metadata_from_text
    text = ("Cabinet – 13/01/15\nMINUTES OF THE MEETING OF THE CABINET\n"
            "TUESDAY 13 JANUARY 2015 COUNCIL CHAMBER, TOWN HOUSE, HADDINGTON\n\n"
            "Committee Members Present: Councillor S Akers, Councillor T Dunn\n\n"
            "1. MINUTES\nThe minutes of the meeting of 11 November 2014 were approved.\n")
    assert metadata_from_text(text)["council"] == "East Lothian Council"


def test_a_scottish_opening_of_place_and_day_after_a_copy_s_code_dates_and_places_the_minute():
    from assistant.metadata import metadata_from_text
    text = ("XK7 NL.COUNCIL1999M Motherwell, 11 March 1999 at 4 pm.\n\n"
            "Councillor Reid, Provost; Councillors Adams, Baird and Wilson.\n\n"
            "Councillor Reid (Provost) presided.\n\n"
            "1. The Provost referred to the death on 2 March 1999 of a former member.\n")
    found = metadata_from_text(text)
    assert (found["council"], found["meeting_date"]) == ("North Lanarkshire Council", "1999-03-11")


def test_a_venue_label_run_on_in_a_pdf_s_text_names_the_council_at_its_seat():
    from assistant.metadata import metadata_from_text
    text = ("MINUTES Council MINUTES Council Date: Tuesday, 5 March 2019 Venue: Town Hall, St Annes Members Present: "
            "Mayor (Councillor Jo Bell) Councillors Ann Ash, Ben Birch, Cat Cole, Dan Dean, Eve Elm, Fay Fern, Guy Gale\n\n"
            "1. Declarations of Interest\nNone were declared.\n")
    found = metadata_from_text(text)
    assert (found["council"], found["meeting_date"]) == ("Fylde Council", "2019-03-05")


@pytest.mark.parametrize("opening, council", [
    # a county's seat that is also a district's own place: the county's meeting is the county's
    ("At a meeting of the County Council held at 10.30 a.m. on Friday, 11 April 2014, at County Offices, Chelmsford, "
     "the members present being:", "Essex County Council"),
    ("At an Annual Meeting of the County Council held at 10.30 a.m. on Friday, 11 April 2014, at , Chichester, "
     "the members present being:", "West Sussex County Council"),
    # a district's own meeting there stays unread: the town alone does not say which council met
    ("At a meeting of the Planning Committee held at 2 p.m. on Monday, 7 April 2014, at , Chichester, "
     "the members present being:", None),
])
def test_a_county_councils_meeting_at_its_seat_names_the_county(opening, council):
    from assistant.metadata import metadata_from_text
    text = (f"{opening}\nMrs A Baxter (Chairman)\nMr B Cole Mr D Eade Mrs F Grant\n\n"
            "1 Apologies were received from Mr Hart and Mrs Irving.\n\n"
            "2 The minutes of the meeting held on 14 February 2014 were confirmed as a correct record.\n")
    found = metadata_from_text(text)
    assert found["council"] == council


def test_a_day_run_into_its_month_is_read():
    from assistant.dates import find_date
    assert find_date("At a meeting of the Council held on Tuesday 5July 2011 from 7.30pm") == "2011-07-05"
    assert find_date("The Minutes of the meeting held on 24May 2011 were confirmed") == "2011-05-24"
    assert find_date("held at 5Mayfield Road in 2011") == "2011"   # a street, not a day


def test_the_opening_formula_after_a_copys_run_on_header_dates_the_meeting():
    from assistant.metadata import metadata_from_text
    text = ("WESTRIDGE COMBINED AUTHORITY PUBLICATION: 24 MAY 2019 DEADLINE FOR CALL-IN: 31 MAY 2019 FOLLOWING THE "
            "CALL-IN PERIOD, DECISIONS INCLUDED IN THESE MINUTES MAY THEN BE IMPLEMENTED WHERE THEY HAVE NOT BEEN "
            "SUBJECT TO A CALL-IN. * DENOTES KEY DECISION At a meeting of the Westridge Combined Authority held in "
            "the Authority Chamber - No.1 Harbour Buildings, Quay Street, Westridge, WR1 1AA on Friday, 24th May, 2019 the following "
            "Members were P r e s e n t: Mayor S Roe (in the Chair), Councillor P Hale, Councillor I Marsh. 1. APOLOGIES "
            "Apologies were received from Councillor G Moss. 2. DECLARATIONS OF INTEREST No declarations of interest "
            "were made. 3. MINUTES OF THE PREVIOUS MEETING Resolved - That the minutes of the meeting of the Authority "
            "held on 26 April 2019 be approved as a correct record. 4. TRANSPORT PLAN The Authority considered the "
            "report of the Director of Transport on the draft transport plan for the region, which set out the "
            "priorities for bus services, rail stations and walking and cycling routes over the next ten years. "
            "Resolved - That the draft transport plan be approved for public consultation over the summer. 5. "
            "ADULT SKILLS The Authority received a report on the devolved adult education budget.")   # one run-on line
    assert metadata_from_text(text)["meeting_date"] == "2019-05-24"


def test_a_council_that_met_on_a_day_before_a_summons_dated_another():
    from assistant.metadata import metadata_from_text
    text = ("12\nTHE COUNTY COUNCIL OF THE CITY & COUNTY OF\n"
            "The County Council of the City & County of Cardiff met at County Hall, Cardiff on 19 July 2018 to transact "
            "the business set out in the Council summons dated Friday, 13 July 2018.\n"
            "Present: County Councillor A Bell (Lord Mayor)\n"
            "County Councillors Ahmed, Bale, Carter and Dunn\n\n"
            "21 : APOLOGIES FOR ABSENCE\nApologies were received from Councillor Evans.\n")
    found = metadata_from_text(text)
    assert (found["council"], found["meeting_date"]) == ("Cardiff Council", "2018-07-19")
