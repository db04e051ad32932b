"""Metadata of web pages as councils' committee sites publish them, read without a manifest: an
agenda-item page's meeting line, the earlier minutes an item approves (never this meeting's date),
a link to another document, and the council of a page known only by its address. All fixtures are
written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.councils import council_from_address
from assistant.documents import read_document
from assistant.metadata import metadata_from_text


def _fields(text: str) -> tuple:
    found = metadata_from_text(text)
    return found["committee"], found["meeting_date"]


@pytest.mark.parametrize("line", [
    "- Meeting of Cabinet, Wednesday, 5th February, 2025 7.00 pm (Item 50.)",
    "Meeting of Cabinet, Wednesday, 5th February, 2025 7.00 pm (Item 50.)",
    "• Meeting of Cabinet, Wednesday, 5th February, 2025 7.00 pm",
])
def test_an_agenda_item_page_names_its_meeting_in_a_list_under_the_title(line):
    text = ("Agenda item\nBranch library opening hours\n" + line + "\n- View the background to item 50.\n"
            "Decision:\nCabinet agreed the new opening hours from 1 April 2025.\n")
    assert _fields(text) == ("Cabinet", "2025-02-05")


@pytest.mark.parametrize("line", [
    "To receive the minutes of the meeting of County Council held on 14 March 2023 (copy attached).",
    "(a) To note the minutes of the Licensing Sub-Committee held on 14 March 2023",
    "The minutes of the Council meeting held on 14 March 2023 were submitted.",
    "The minutes of the meeting held on 14 March 2023 were presented for approval.",
    "(2) that as a result of (1) above the minutes of the meeting held on 14 March 2023 are not put to the "
    "Council at its meeting in July 2023;",
])
def test_the_minutes_an_item_approves_do_not_date_this_meeting(line):
    text = "Agenda item\n\nAgenda item\n\n" + line + "\n\nMatters arising\n\nThe Chief Executive gave an update.\n"
    assert _fields(text)[1] is None


def test_a_link_to_another_meeting_s_minutes_is_not_this_page_s_heading():
    text = ("Agenda and minutes\n\nVenue: Council Chamber, Town Hall. View directions\n\nItems\nNo. Item\n\n"
            "7.\n\nApologies for absence\n\nMinutes:\n\nApologies were received from Councillor Hart.\n\n8.\n\n"
            "Minutes of the Meeting of the Committee held on 12 June 2023 pdf icon PDF 60 KB\n\n"
            "To confirm the minutes as a correct record.\n")
    assert _fields(text)[1] is None


def test_a_minutes_heading_still_dates_its_meeting():
    text = ("Minutes of the meeting of the Licensing Committee held on Tuesday, 14 March 2023 at 6.00 pm\n\n"
            "Present: Councillors Hart and Lowe\n\n1. Minutes\n\nThe minutes of the meeting held on 10 January "
            "2023 were approved as a correct record.\n")
    assert _fields(text) == ("Licensing Committee", "2023-03-14")


@pytest.mark.parametrize("address, council", [
    ("https://moderngovwebpublic.redditchbc.gov.uk/mgAi.aspx?ID=781", "Redditch Borough Council"),
    ("https://democracy.ashfield-dc.gov.uk/ieListDocuments.aspx?MId=5", "Ashfield District Council"),
    ("https://democracy.warwickdc.gov.uk/", "Warwick District Council"),
    ("https://democracy.abc.gov.uk/", None),
    ("https://governance.beacons-npa.gov.uk/ieListDocuments.aspx?MId=7", "Bannau Brycheiniog National Park Authority"),
])
def test_a_council_s_site_with_its_kind_after_its_name(address, council):
    assert council_from_address(address) == council


PAGE = """<html><head><title>Agenda item</title></head><body>{links}
<h1>Agenda item</h1><h2>Branch library opening hours</h2>
<ul><li>Meeting of Cabinet, Wednesday, 5th February, 2025 7.00 pm (Item 50.)</li></ul>
<p>Cabinet agreed the new opening hours from 1 April 2025.</p></body></html>"""


@pytest.mark.parametrize("before, links, council", [
    ("<!-- saved from url=(0045)https://democracy.havering.gov.uk/mgAi.aspx?ID=9 -->\n", "",
     "London Borough of Havering"),
    ("", '<a href="https://www.havering.gov.uk/">Home</a><a href="https://www.havering.gov.uk/contact">Contact</a>'
         '<a href="https://www.gov.uk/">GOV.UK</a>', "London Borough of Havering"),
    ("", "", None),
])
def test_a_saved_page_s_council_from_its_own_address_or_its_links(tmp_path: Path, before, links, council):
    path = tmp_path / "item.html"
    path.write_text(before + PAGE.format(links=links), encoding="utf-8")
    document = read_document(path)
    assert document.council == council
    assert (document.committee, document.meeting_date) == ("Cabinet", "2025-02-05")


def test_two_labels_on_one_line_each_keep_their_value():
    text = ("Riverside District Council\n\nCabinet\n\nMonday, 9th October, 2023 at 7.00 pm\n\nAGENDA\n1. Apologies\n\n"
            "COMMITTEE MINUTES\n\nCommittee: Cabinet Date: Monday, 4 September 2023\n\nPlace: Council Chamber\n")
    assert _fields(text) == ("Cabinet", "2023-10-09")


def test_a_report_cover_s_name_and_date_of_committee():
    text = ("RIVERSIDE DISTRICT COUNCIL\n\nName and date of Committee: EXECUTIVE - 15 MARCH 2023\n\n"
            "Subject: THE LEYS - PUMP TRACK\n\n1. BACKGROUND\n\n1.1 A pump track is a looped circuit.\n")
    assert _fields(text) == ("Executive", "2023-03-15")


def test_a_committee_s_name_wrapped_in_its_label():
    text = ("REPORT TO: ENVIRONMENTAL AND DEVELOPMENT\nSERVICES COMMITTEE\nAGENDA ITEM: 4\n\n"
            "DATE OF MEETING: 11 APRIL 2019\n\nSUBJECT: FORESTRY CENTRE\n")
    assert _fields(text) == ("Environmental and Development Services Committee", "2019-04-11")


def test_a_date_under_an_item_number_is_that_item_s_title():
    text = ("Executive Board\n\nItems\n\n5.1\n\n5TH FEBRUARY, 2018;\n\nRESOLVED that the minutes be signed.\n\n"
            "5.3\n\n14TH MAY, 2018.\n\nRESOLVED that the minutes be signed.\n")
    assert _fields(text)[1] is None


def test_minutes_of_a_meeting_on_a_date_without_held():
    text = "Minutes of the ordinary meeting of Council on 11 July 2011\n\nPresent: the Lord Mayor\n\n1. Apologies\n"
    assert _fields(text) == ("Council", "2011-07-11")
    item = ("Items\nNo. Item\n\n31.\n\nMinutes\n\nMinutes of the ordinary meeting of Council on 11 July 2011.\n\n"
            "Minutes:\n\nCouncil resolved to approve the minutes.\n")
    assert _fields(item)[1] is None


@pytest.mark.parametrize("title, council", [
    ("WEST COUNCIL - 3 March 2019", "West Lothian Council"),        # the title cut the name short
    ("Riverside Council - 3 March 2019", "Riverside Council"),      # a name of its own, not a cut one
])
def test_a_page_title_s_council_cut_short_yields_to_the_full_name_in_the_text(tmp_path: Path, title, council):
    body = ("<p>Linlithgow, 3 March 2019 at 10 am.</p><p>A Meeting of the WEST LOTHIAN COUNCIL</p><p>PRESENT</p>"
            "<p>Councillor Reid, Provost.</p><p>1. MINUTES</p><p>The Council approved the minutes of its last meeting.</p>")
    assert _council_of_page(tmp_path, f"<title>{title}</title>", body) == council


def _council_of_page(tmp_path: Path, head: str, body: str) -> str | None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return read_document(path).council


@pytest.mark.parametrize("site, venue_council, council", [
    # a successor's site keeps the minutes of the councils it took over: the text's predecessor wins
    ("https://buckinghamshire.moderngov.co.uk/ieListDocuments.aspx?MId=1", "Wycombe District Council",
     "Wycombe District Council"),
    # a predecessor's own page naming the council that later took it over stays the predecessor's
    ("https://democracy.allerdale.gov.uk/ieListDocuments.aspx?MId=1", "Cumberland Council", "Allerdale Borough Council"),
    # another council named in the text does not move a page off its site's council
    ("https://democracy.wiltshire.gov.uk/ieListDocuments.aspx?MId=1", "Wycombe District Council", "Wiltshire Council"),
])
def test_a_site_s_council_yields_only_to_a_council_it_took_over(tmp_path: Path, site, venue_council, council):
    body = (f"<p>Venue: Council Chamber, {venue_council}, Queen Street</p><p>1.</p><p>Minutes</p>"
            "<p>The Council approved the minutes of its last meeting.</p>")
    assert _council_of_page(tmp_path, f'<link rel="canonical" href="{site}"><title>Council</title>', body) == council


@pytest.mark.parametrize("site, heading, council", [
    # a council set up after the meeting cannot have held it: the predecessor the page names, which it took over
    ("https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=7&MID=12", "Forest Heath Cabinet - Tuesday 14 March 2017 6.00 pm",
     "Forest Heath District Council"),
    ("https://edemocracy.northyorks.gov.uk/ieListDocuments.aspx?CId=9&MId=30", "Craven - Planning Committee - Monday, 8th March, 2021 1.30 pm",
     "Craven District Council"),
    # after the takeover the area's name heads the successor's own committee for it
    ("https://edemocracy.northyorks.gov.uk/ieListDocuments.aspx?CId=9&MId=31", "Craven - Planning Committee - Monday, 8th July, 2024 1.30 pm",
     "North Yorkshire Council"),
    # the site's own committee stays the site's
    ("https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=8&MID=13", "West Suffolk Cabinet - Tuesday 14 March 2023 6.00 pm",
     "West Suffolk Council"),
    # taken over through a council between them (West Somerset, then Somerset West and Taunton, then Somerset)
    ("https://democracy.somerset.gov.uk/ieListDocuments.aspx?MId=77", "Full Council - Wednesday 20 February 2019 4.30 pm"
     "</h1><p>The Chairman thanked members for their service to West Somerset Council.</p><h1>", "West Somerset Council"),
    # the county the unitary of its name replaced comes before the districts the county's minutes name
    ("https://democracy.somerset.gov.uk/ieListDocuments.aspx?MId=79", "County Council - Wednesday 24 November 2021 10.00 am"
     "</h1><p>The Chair welcomed the leaders of Mendip District Council and Somerset County Council.</p><h1>",
     "Somerset County Council"),
    # an earlier meeting that names no council the site took over keeps the site's council
    ("https://democracy.somerset.gov.uk/ieListDocuments.aspx?MId=78", "Full Council - Wednesday 20 February 2019 4.30 pm",
     "Somerset Council"),
])
def test_a_meeting_held_before_the_sites_council_existed_is_the_predecessors(tmp_path: Path, site, heading, council):
    body = (f"<h1>{heading}</h1><p>Venue: Council Chamber</p><p>12.</p><p>Car parking charges</p>"
            "<p>The committee agreed the new tariff for the town centre car parks.</p>")
    assert _council_of_page(tmp_path, f'<link rel="canonical" href="{site}"><title>Meeting</title>', body) == council


@pytest.mark.parametrize("day, council", [("26%2F07%2F2018", "Buckinghamshire County Council"),
                                          ("22%2F07%2F2021", "Buckinghamshire Council")])
def test_the_date_in_a_pages_address_tells_whose_meeting_an_undated_page_is(tmp_path: Path, day, council):
    site = f"https://buckinghamshire.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=9&MeetingId=44&DF={day}&Ver=2"
    body = ("<h1>Council</h1><p>The Chairman thanked the staff of Buckinghamshire County Council for their work on "
            "the floods.</p><p>7. Questions</p><p>Three questions were answered.</p>")
    path = tmp_path / "page.html"
    path.write_text(f'<html><head><link rel="canonical" href="{site}"><title>Council</title></head><body>{body}</body></html>',
                    encoding="utf-8")
    document = read_document(path)
    assert document.council == council
    assert document.meeting_date is None     # the address tells the era; the text states no date


@pytest.mark.parametrize("address, council", [
    ("https://docslib.org/doc/5550001/rushmoor-borough-council-cabinet-minutes", "Rushmoor Borough Council"),
    ("https://docslib.org/doc/5550002/minutes-of-the-west-midlands-combined-authority-board",
     "West Midlands Combined Authority"),
    ("https://docslib.org/doc/5550003/rushmoor-cabinet-minutes", None),        # a bare place is not enough
])
def test_a_copy_s_council_from_the_title_in_its_address(tmp_path: Path, address, council):
    body = ("<p>Minutes of the Cabinet held at the Council Offices on 4 March 2020</p>"
            "<p>1. The Cabinet approved the new opening hours of the leisure centre.</p>")
    assert _council_of_page(tmp_path, f'<link rel="canonical" href="{address}"><title>Cabinet</title>', body) == council


def test_a_council_named_by_the_page_s_heading_wins_over_a_site_other_councils_share(tmp_path: Path):
    # a shared site's address names one of the councils it serves; the meeting's heading names another
    site = '<link rel="canonical" href="https://democracy.wiltshire.gov.uk/ieListDocuments.aspx?MId=9"><title>Cabinet</title>'
    body = ("<p>Wycombe District Council Cabinet</p><p>Monday, 4th February, 2019 2.00 pm</p><p>41. Code of Conduct</p>"
            "<p>No interests were declared.</p>")
    assert _council_of_page(tmp_path, site, body) == "Wycombe District Council"


def _read_text(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_a_copy_naming_one_council_only_in_passing_is_that_council_s_as_a_last_resort(tmp_path):
    text = ("Limited support\n\nWe do not currently provide detailed weekly summaries for Rugby Borough Council. "
            "Subscribe below and we will send updates when they are available.\n\nSummary\n\nThe Cabinet met to "
            "agree the budget for the leisure centre and noted the quarterly performance report.")
    document = _read_text(tmp_path, "page-01.txt", text)
    assert (document.council, document.sources["council"]) == ("Rugby Borough Council", "text")


def test_a_file_name_s_council_comes_before_one_named_in_passing(tmp_path):
    text = ("Portfolio holder statements\n\nThe Leader said that, like Liverpool City Council, we had bid for the "
            "housing fund, and the bid had been successful.")
    document = _read_text(tmp_path, "fylde-council-statements.txt", text)
    assert document.council == "Fylde Council"


def test_a_copy_naming_two_councils_in_passing_names_neither(tmp_path):
    text = ("Statements\n\nThe Leader thanked Rugby Borough Council and Warwickshire County Council for their "
            "help with the new crossing.")
    assert _read_text(tmp_path, "page-02.txt", text).council is None
