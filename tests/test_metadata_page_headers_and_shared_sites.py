"""Metadata councils really publish in forms read wrongly before: a council named in a Word document's
page header by its short name and kind abbreviated ("... MBC"), the meeting named in a page footer
without a separator, a site two councils share, and committee names with a trailing "Meeting", the
council's short name in front, a comma inside or set over two lines, and a Scottish "Council
Executive". All fixtures are written for these tests."""
from __future__ import annotations

import pytest

from assistant.councils import find_council
from assistant.documents import read_document
from assistant.metadata import metadata_from_text


def _fields(text: str) -> tuple:
    found = metadata_from_text(text)
    return found["council"], found["committee"], found["meeting_date"]


def _word_document(tmp_path, header: str, footer: str, paragraphs: list[str]):
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = footer
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "document.docx"
    document.save(str(path))
    return read_document(path)


# ---------------------------------------------------------------- a council by short name and abbreviated kind


@pytest.mark.parametrize("text, council", [
    ("Rotherham MBC", "Rotherham Metropolitan Borough Council"),
    ("ROCHDALE MBC", "Rochdale Borough Council"),
    ("West Devon BC", "West Devon Borough Council"),
    ("South Hams DC", "South Hams District Council"),
    ("Kent CC", "Kent County Council"),
    ("Caerphilly CBC", "Caerphilly County Borough Council"),
])
def test_a_council_by_its_short_name_and_its_kind_abbreviated(text, council):
    assert find_council(text) == council


def test_the_abbreviated_kind_counts_only_in_capitals():
    assert find_council("Kent cc: see the attached") is None
    assert find_council("reading BC") is None   # a place that is also a word, without its capital


def test_a_word_documents_page_header_names_the_council_and_its_footer_the_meeting(tmp_path):
    doc = _word_document(tmp_path, "Rotherham MBC", "Standards Committee 14.03.2023", [
        "STANDARDS COMMITTEE", "PRESENT: Councillor Maltby (Chair), Councillors Wath and Dinnington.",
        "12/23 CODE OF CONDUCT COMPLAINTS",
        "The Monitoring Officer reported that four complaints had been received since the last meeting."])
    assert (doc.council, doc.committee, doc.meeting_date) == (
        "Rotherham Metropolitan Borough Council", "Standards Committee", "2023-03-14")
    assert "MBC" not in doc.text   # the header stays out of the text: it is furniture


def test_a_report_footer_names_the_meeting_over_an_earlier_decision_in_the_body(tmp_path):
    doc = _word_document(tmp_path, "OFFICIAL", "Council Executive 5 March 2024", [
        "COUNCIL EXECUTIVE", "COMMUNITY HALL LETTINGS CHARGES 2024/25",
        "REPORT BY HEAD OF FACILITIES",
        "A. PURPOSE OF REPORT\tTo agree the charges for letting community halls in 2024/25.",
        "B. BACKGROUND", "The charges were last reviewed a year ago.",
        "C. BACKGROUND REFERENCES", "Council Executive, 14 March 2023"])
    assert (doc.committee, doc.meeting_date) == ("Council Executive", "2024-03-05")


def test_a_council_executive_heading_names_the_committee():
    text = ("COUNCIL EXECUTIVE\n\nLIBRARY OPENING HOURS\n\nREPORT BY HEAD OF CULTURE\n\n"
            "A. PURPOSE OF REPORT\tTo agree new opening hours.")
    assert metadata_from_text(text)["committee"] == "Council Executive"


# ---------------------------------------------------------------- a site two councils share


def test_a_site_two_councils_share_gives_the_council_its_committee_is_named_after():
    text = ("South Hams and West Devon Councils\n\nAgenda and minutes\n\n"
            "West Devon Hub Committee - Tuesday, 5th March, 2024 2.00 pm\n\n"
            "Venue: Chamber, Kilworthy Park, Tavistock\n\n1 Apologies\n\nNone were received.")
    assert _fields(text) == ("West Devon Borough Council", "Hub Committee", "2024-03-05")


def test_a_joint_committee_of_a_shared_site_is_neither_councils_by_its_name():
    text = ("South Hams and West Devon Councils\n\nAgenda and minutes\n\n"
            "Joint Audit Committee - Tuesday, 5th March, 2024 2.00 pm\n\n1 Apologies\n\nNone were received.")
    assert _fields(text)[1:] == ("Joint Audit Committee", "2024-03-05")
    assert _fields(text)[0] not in {"South Hams District Council", "West Devon Borough Council"}


def test_a_shared_site_s_meeting_named_without_its_council_is_the_owner_the_text_names():
    """The body is "Cabinet", which either council has; the minutes name one owner elsewhere ("referred from Mid
    Suffolk Overview and Scrutiny Committee"), and only that one."""
    text = ("Babergh and Mid Suffolk District Councils\n\nAgenda, decisions and minutes\n\n"
            "Cabinet - Monday, 10th February, 2020 2.30 pm\n\nVenue: Endeavour House, Ipswich\n\n"
            "85. Apologies for absence\n\nNone received.\n\n"
            "86. Matters referred by the Overview and Scrutiny Committee\n\nThe recommendations of the Mid Suffolk "
            "Overview and Scrutiny Committee on the draft budget were received.")
    assert _fields(text) == ("Mid Suffolk District Council", "Cabinet", "2020-02-10")


def test_a_shared_site_named_by_its_banner_and_logo_with_a_venue_in_one_owner_s_town():
    """The owners are named by the banner's logo ("... Councils' logo", each name with its own kind) and over two
    lines; the meeting's body is not named, and the venue is in Lewes: Lewes's, not East Sussex's, whose County
    Hall it is."""
    text = ("Lewes District and Eastbourne Borough Councils' logo\n\nLewes and Eastbourne\nCouncils\n\n"
            "Agenda and minutes\n\nVenue: Council Chamber, County Hall, St Anne's Crescent, Lewes, East Sussex\n\n"
            "12.\n\nApologies for absence\n\nThere were none.\n\n13.\n\nPlanning application LW/21/0101\n\n"
            "RESOLVED that planning permission be granted.")
    assert _fields(text)[0] == "Lewes District Council"


@pytest.mark.parametrize("line", ["The Cabinets of Babergh and Mid Suffolk met together.",
                                  "Members of Babergh attended as guests of Mid Suffolk."])
def test_a_shared_site_s_text_naming_both_owners_names_neither(line):
    text = ("Babergh and Mid Suffolk District Councils\n\nAgenda and minutes\n\n"
            "Cabinet - Monday, 10th February, 2020 2.30 pm\n\n1 Apologies\n\n" + line)
    assert _fields(text)[0] not in {"Babergh District Council", "Mid Suffolk District Council"}


# ---------------------------------------------------------------- committee names


@pytest.mark.parametrize("text, committee", [
    ("Preston City Council\n\nMINUTES OF PLANNING COMMITTEE MEETING - TUESDAY, 5 MARCH 2024\n\n"
     "Present: Councillors Ashton and Fulwood.", "Planning Committee"),
    ("Lancashire County Council\n\nCabinet Meeting on Thursday 7 March 2024\n\nBus shelters\n\n"
     "Report of the Director of Highways", "Cabinet"),
])
def test_a_trailing_meeting_is_not_part_of_the_committee(text, committee):
    assert metadata_from_text(text)["committee"] == committee


def test_the_councils_short_name_in_front_of_its_committee_is_left_out():
    text = ("ROTHERHAM METROPOLITAN BOROUGH COUNCIL\n\nRotherham Cabinet - 11 March 2024\n\n"
            "Report title\tStreet lighting")
    assert _fields(text) == ("Rotherham Metropolitan Borough Council", "Cabinet", "2024-03-11")


def test_a_place_name_that_goes_on_is_kept_in_front_of_the_committee():
    text = ("Leeds City Council\n\nLeeds City Region Transport Committee - Friday, 8th March, 2024 11.00 am\n\n"
            "1 Apologies\n\nNone.")
    assert _fields(text)[1] == "Leeds City Region Transport Committee"


def test_a_committee_named_over_two_lines_with_a_comma_in_its_remit():
    text = ("Economy, Skills and Culture\nPolicy Board\n\nThursday, 7 March 2024 at 10:00\n\n"
            "Renfrewshire Council\n\nNotice of Meeting\n\n1. Apologies")
    assert _fields(text)[1:] == ("Economy, Skills and Culture Policy Board", "2024-03-07")


def test_a_report_to_a_committee_with_a_comma_in_its_name():
    text = ("Renfrewshire Council\n\nTown centre car parks\n\nTo:\tEconomy, Skills and Culture Policy Board\n\n"
            "On:\t7 March 2024\n\nReport by:\tDirector of Environment")
    assert _fields(text)[1] == "Economy, Skills and Culture Policy Board"


@pytest.mark.parametrize("above", ["Agenda and Minutes", "Councillors Ash, Birch and Cedar"])
def test_a_line_over_a_committee_that_is_not_its_remit_stays_apart(above):
    text = f"{above}\nPlanning Committee\n\nTuesday, 5 March 2024\n\n1. Apologies"
    assert _fields(text)[1] == "Planning Committee"


def test_a_word_documents_first_page_header_names_the_council(tmp_path):
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Kirklees Council"
    section.header.paragraphs[0].text = "Corporate Governance and Audit Committee"
    for text in ("CORPORATE GOVERNANCE AND AUDIT COMMITTEE", "Friday 8 March 2024",
                 "1 Internal audit plan", "The Committee approved the plan."):
        document.add_paragraph(text)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    doc = read_document(path)
    assert (doc.council, doc.meeting_date) == ("Kirklees Council", "2024-03-08")



@pytest.mark.parametrize("line", ["Report to the Executive, 20 January 2021", "Report to Cabinet - 18 March 2025"])
def test_a_committee_a_report_is_made_to_leaves_the_date_beside_it(line):
    found = metadata_from_text(f"Burnley Borough Council\n\nTowneley Park Car Park Improvements\n\n{line}\n\n"
                               "1. Purpose\n\n1.1 To seek approval for improvements to the car park.")
    assert found["committee"] == ("Executive" if "Executive" in line else "Cabinet")


@pytest.mark.parametrize("heading, council", [
    # a shared site's page with no owners' line: the body's name opens with its council's short name
    ("South Hams Executive - Thursday, 6th June, 2024 10.00 am", "South Hams District Council"),
    ("Mid Suffolk Licensing and Regulatory Committee - Monday, 4th March, 2024 9.30 am", "Mid Suffolk District Council"),
    # a place's name going on, or a body shared with others, is no council's own
    ("Leeds City Region Transport Committee - Friday, 8th March, 2024 11.00 am", None),
    ("Derby and Derbyshire Economic Partnership Board - Friday, 8th March, 2024 11.00 am", None),
    ("Rugby Joint Planning Panel - Friday, 8th March, 2024 11.00 am", None),
    # the day and time on a line of their own, after the body's name (mg.swdevon.gov.uk, which South Hams and West
    # Devon share)
    ("West Devon Development Management and Licensing Committee\nTuesday, 24th November, 2020 9.30 am",
     "West Devon Borough Council"),
    ("Leeds City Region Transport Committee\nFriday, 8th March, 2024 11.00 am", None),
])
def test_a_council_s_short_name_opening_its_body_s_heading(heading, council):
    text = f"{heading}\n\nVenue: Council Chamber\n\n1 Apologies\n\nNone were received."
    assert _fields(text)[0] == council


def _moderngov_page(tmp_path, address: str, venue: str) -> str:
    page = tmp_path / "cabinet.html"
    page.write_text(
        f'<html><head><link rel="canonical" href="{address}"></head><body><h1>Agenda and minutes</h1>'
        f"<p>Venue: {venue}</p><p>Declarations of Interest</p><p>Minutes: There were no declarations made.</p>"
        "<p>Minutes: RESOLVED: That the Forward Plan be approved for publication.</p></body></html>",
        encoding="utf-8")
    return read_document(page).council


def test_on_a_site_two_councils_share_the_meetings_venue_tells_whose_minutes_a_page_holds(tmp_path):
    from assistant.councils import council_named, shares_site
    high_peak, moorlands = (council_named("High Peak Borough Council"),
                             council_named("Staffordshire Moorlands District Council"))
    assert shares_site(high_peak, moorlands) and not shares_site(high_peak, council_named("Derbyshire Dales District Council"))
    assert _moderngov_page(tmp_path, "https://democracy.staffsmoorlands.gov.uk/ieListDocuments.aspx?MId=1",
                           "The Board Room, Pavilion Gardens, Buxton") == "High Peak Borough Council"
    assert _moderngov_page(tmp_path, "https://democracy.highpeak.gov.uk/ieListDocuments.aspx?MId=2",
                           "Council Chamber, Moorlands House, Stockwell Street, Leek") == (
        "Staffordshire Moorlands District Council")
    # with nothing in the text to tell, the address's own council
    assert _moderngov_page(tmp_path, "https://democracy.staffsmoorlands.gov.uk/ieListDocuments.aspx?MId=3",
                           "Committee Room 1") == "Staffordshire Moorlands District Council"


# ---------------------------------------------------------------- a date label with its time and place on one line


MINUTES_VIEW = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<p>Link to homepage</p>
<p>Overview &amp; Scrutiny Committee (Place) Minutes    </p>
<p>Date: Tuesday 01 February 2022       Time: 06:00 PM       Location: Council Chamber       Contact: clerk@mansfield.gov.uk</p>
<p>Attendance Details</p>
<p>PresentNames<br>Present:Councillor Anne Baker, Councillor Colin Dunn<br>ItemDescriptionBackground InformationDecision<br> APOLOGIES FOR ABSENCEAPOLOGIES FOR ABSENCE</p>
<p>There were no apologies received.</p>
<p>22/03MINUTES OF THE LAST MEETING MINUTES OF THE LAST MEETING</p>
<p>The Minutes were accepted as a true record by the Members who attended the last meeting.</p>
<p>Minutes of the meeting held on 21 December 2021<br>RESOLVED:</p>
<p>That the Minutes of the last meeting be accepted as a true record.<br>22/04TOWN CENTRE UPDATETOWN CENTRE UPDATE</p>
<p>The Chair asked for questions on the update.</p>
</body></html>
"""


def test_a_date_label_opening_a_line_with_its_time_and_place_is_the_meeting_date(tmp_path):
    """A minutes page sets the meeting's date, time and place on one line under its title; the minutes of the
    meeting before, approved further down, are not its date (session 36, held34)."""
    page = tmp_path / "minutes.html"
    page.write_text(MINUTES_VIEW, encoding="utf-8")
    assert read_document(page).meeting_date == "2022-02-01"


@pytest.mark.parametrize("body, council", [
    ("<p>11/11/2024 - Conservation Area Appraisal Reviews ref: 562 Recommendations Approved</p>"
     "<p>Decision Maker: Adur Cabinet Member for Regeneration</p>", "Adur District Council"),
    ("<p>Decision Maker: Worthing Executive Member for Resources</p><p>The budget was agreed.</p>",
     "Worthing Borough Council"),
])
def test_a_page_of_a_site_two_councils_share_is_the_council_whose_bodies_it_names(tmp_path, body, council):
    page = tmp_path / "decisions.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="canonical" '
                    'href="https://democracy.adur-worthing.gov.uk/mgDelegatedDecisions.aspx?DM=3"></head>'
                    f"<body><h1>Decisions</h1>{body}</body></html>", encoding="utf-8")
    assert read_document(page).council == council
