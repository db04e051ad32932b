"""ModernGov pages beside the minutes: "Issue - items at meetings", "Decision details" and
"Meeting attendance". Their navigation and labels are furniture; the decision text, the council
(from the page's own address, its contact address or e-mail domain), the committee and the meeting
date are read. All fixtures are written for these tests (the layout imitates ModernGov's)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents import read_document
from assistant.furniture import is_web_furniture_line
from assistant.passages import split_passages

_MENU = """<div id="mgHeader"><a href="#content">Skip to main content</a>
<ul class="nav"><li><a href="mgMemberIndex.aspx">Councillors</a></li><li><a href="ieDocHome.aspx">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx">Calendar</a></li><li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="mgPlansHome.aspx">Forward plans</a></li><li><a href="ieDocSearch.aspx">Search documents</a></li>
<li><a href="mgRegisterKeywordInterest.aspx">Subscribe to updates</a></li><li><a href="mgWhatsNew.aspx">What's new</a></li></ul>
<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="mgDelegatedDecisions.aspx">Decisions</a> &gt; Decision details</p></div>"""

_FOOTER = """<div id="footer"><p>Contact: Democratic Services, Civic Centre, Hexham NE46 3NH.
Email: democraticservices@northumberland.gov.uk</p><p>Powered by Modern.Gov</p></div>"""


def _page(title: str, body: str, address: str | None = None) -> str:
    canonical = f'<link rel="canonical" href="{address}">' if address else ""
    return (f"<html><head><title>{title}</title>{canonical}</head><body>{_MENU}"
            f'<div id="content"><h1>{title}</h1>{body}</div>{_FOOTER}</body></html>')


_DECISION = _page("Decision details", """
<h2>Grass verges: reduced mowing for wildflowers</h2>
<p class="mgSubTitle">Decision Maker: Cabinet</p>
<p>Decision status: Recommendations Approved</p>
<p>Is Key decision?: Yes</p>
<p>Is subject to call in?: Yes</p>
<h3>Purpose:</h3><p>To agree a trial of reduced mowing on rural verges to support wildflowers.</p>
<h3>Decision:</h3><p>Cabinet agreed to cut 180 kilometres of rural verges once a year instead of three times,
for a two-year trial starting in April 2025, keeping visibility splays at junctions cut as now.</p>
<h3>Reasons for the decision:</h3><p>The trial saves about £95,000 a year and follows advice from the county
ecologist on pollinators.</p>
<h3>Alternative options considered:</h3><p>Keeping the present mowing regime was rejected on cost.</p>
<p>Report author: Priya Nandra</p>
<p>Publication date: 13/03/2025</p>
<p>Date of decision: 11/03/2025</p>
<p>Decided at meeting: 11/03/2025 - Cabinet</p>
<p>Effective from: 21/03/2025</p>
<h3>Accompanying Documents:</h3><ul><li><a href="x.pdf">Verge mowing trial report pdf icon PDF 240 KB</a></li></ul>""",
                  "https://northumberland.moderngov.co.uk/ieDecisionDetails.aspx?ID=4521")

_ISSUE = _page("Issue - items at meetings", """
<h2>Issue - items at meetings - Library opening hours</h2>
<h3>Issue details</h3>
<p>Meeting: 04/03/2025 - Communities Scrutiny Committee (Item 6)</p>
<h4>6 Library opening hours pdf icon PDF 310 KB</h4>
<p>Report of the Head of Libraries.</p>
<p>Additional documents:</p><ul><li><a href="a.pdf">Appendix 1 - consultation results pdf icon PDF 90 KB</a></li></ul>
<h4>Minutes:</h4><p>The committee considered proposals to close three branch libraries on Mondays and open them on
Saturday afternoons instead. Members asked how the 2,300 survey responses had been weighed.</p>
<p>RESOLVED that the committee supports the change, with a review after six months.</p>""")

_ATTENDANCE = _page("Meeting attendance", """
<h2>Licensing Committee, Thursday, 6th March, 2025 10.00 am</h2>
<h3>Attendance details</h3>
<table><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor Ruth Penhale</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor Amir Dosanjh</td><td>Committee Member</td><td>Apologies</td></tr>
<tr><td>Councillor Ewan Thorley</td><td>Committee Member</td><td>Present, as substitute</td></tr></table>
<h3>Officers</h3><p>Lena Marsh (Licensing Manager) - In attendance</p>
<p>Expected attendees</p>""")


@pytest.mark.parametrize("line", [
    "Decision details", "Issue - items at meetings", "Issue details", "Meeting attendance", "Attendance details",
    "Is Key decision?: Yes", "Is subject to call in?: No", "Decision status: Recommendations Approved",
    "Decision status: For Determination", "Powered by Modern.Gov", "Expected attendees", "Attendee\tRole\tAttendance",
    "Forward plans", "Subscribe to updates", "Councillors Committees Calendar Decisions",
    "Location Map", "Meeting documents", "Agenda items", "Public Items", "Title:",
    "Total Page:16", "File Type:pdf, Size:1020Kb", "<AI1>", "</AI12>", "[Show full text]",
    "• Documents", "• Attendance", "• Visitors", "• Declarations of Interests", "• Members Attending", "Occurred",
    "Meeting open to the public.",
    "Click the following link to see our available webcasts.",
    "• Webcast", "Watching the Meeting", "You can watch the webcast", "You can view the meeting live.",
    "Link to homepage", "Listen to this meeting: Play Audio", "Video of the meeting:-",
    "https://www.youtube.com/watch?v=abc123",
    "To find out more about what Cabinet is, what it does and who its members are, click here.",
])
def test_moderngov_labels_and_navigation_are_furniture(line):
    assert is_web_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Decision details were circulated to members.", "The decision status was questioned by Councillor Marsh.",
    "Members asked whether the item was subject to call in.", "Attendance details for the year are in Appendix B.",
    "A location map of the site was tabled.", "Meeting documents would be sent out a week earlier.",
    "Title: Review of Taxi Fares", "Declarations of Interests", "The meeting occurred in public.",
    "Members said residents could watch the webcast of the meeting on the council's channel.",
    "The video of the meeting was shown to the panel.", "See https://www.example.gov.uk/budget for the report.",
])
def test_sentences_that_mention_the_labels_stay(line):
    assert not is_web_furniture_line(line)


def _read(tmp_path: Path, name: str, html: str):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return read_document(path)


def test_a_decision_details_page(tmp_path):
    doc = _read(tmp_path, "ieDecisionDetails.html", _DECISION)
    assert (doc.council, doc.committee, doc.meeting_date) == ("Northumberland County Council", "Cabinet", "2025-03-11")
    assert doc.kind == "decision"   # its caption is furniture, but still says what the page is
    for furniture in ("Is Key decision", "call in?", "Decision status", "Skip to main content", "Subscribe to updates",
                      "Powered by", "pdf icon"):
        assert furniture not in doc.text
    passages = split_passages(doc)
    assert any("180 kilometres" in p.text for p in passages)
    assert all(len(p.text) >= 25 for p in passages)


def test_an_issue_page_keeps_the_item_and_its_minutes(tmp_path):
    doc = _read(tmp_path, "ieIssueDetails.html", _ISSUE)
    assert (doc.council, doc.committee, doc.meeting_date) == \
        ("Northumberland County Council", "Communities Scrutiny Committee", "2025-03-04")
    assert "Issue - items at meetings" not in doc.text and "Issue details" not in doc.text
    passages = split_passages(doc)
    minutes = next(p for p in passages if "2,300 survey responses" in p.text)
    assert "Library opening hours" in (minutes.heading or "")


def test_a_meeting_attendance_page(tmp_path):
    doc = _read(tmp_path, "mgMeetingAttendance.html", _ATTENDANCE)
    assert (doc.council, doc.committee, doc.meeting_date) == \
        ("Northumberland County Council", "Licensing Committee", "2025-03-06")
    assert "Attendance details" not in doc.text and "Attendee\tRole" not in doc.text
    assert "Councillor Amir Dosanjh\tCommittee Member\tApologies" in doc.text


# ---------------------------------------------------------------- a meeting page's table flattened to rows

_FLATTENED = _page("Agenda and decisions", """
<p>Agenda and decisions</p>
<p>Venue: Guildhall, Market Square, Anytown AN1 1AA<br>
---|---|---|---|---|<br>
Apologies for absence Minutes: Apologies were received from Councillors Pell and Orme. |<br>
|||||<br>
Allotment Rents Minutes: The Cabinet agreed to freeze allotment rents at £42 a plot for 2025/26. |<br>
|||||<br>
Questions from the Public Three residents asked about the closure of Mill Lane. |</p>""")


def test_a_flattened_table_leaves_no_bars_and_each_row_s_title_heads_its_minute(tmp_path):
    doc = _read(tmp_path, "cabinet.html", _FLATTENED)
    assert "|" not in doc.text
    assert "Agenda and decisions" not in doc.text
    assert "£42 a plot for 2025/26." in doc.text
    passages = split_passages(doc)
    rents = next(p for p in passages if "£42" in p.text)
    assert rents.heading == "Allotment Rents"
    assert "Councillors Pell" not in rents.text
    assert any("Three residents asked about the closure of Mill Lane." in p.text for p in passages)


_NOTED_ROWS = _page("Agenda and minutes", """
<p>Venue: County Hall, Anytown<br>
Note | No. | Item<br>
*<br>
Chairman's Announcements Additional documents: Minutes: There were no announcements.<br>
*<br>
Petitions Additional documents: Minutes: A petition of 612 signatures asked for a crossing on Mill Road.</p>""")


def test_a_flattened_table_s_note_column_and_documents_caption_go(tmp_path):
    doc = _read(tmp_path, "council.html", _NOTED_ROWS)
    assert "Additional documents" not in doc.text and "Note | No." not in doc.text
    assert "*" not in doc.text
    petition = next(p for p in split_passages(doc) if "612 signatures" in p.text)
    assert petition.heading == "Petitions"


def test_a_breadcrumb_trail_not_starting_at_home_is_navigation(tmp_path):
    page = _page("Agenda and draft minutes", """
<p>Council and democracy &gt; Agenda and draft minutes</p>
<p>1.</p><p>To receive apologies for absence.</p><p>Minutes:</p><p>An apology was received from Councillor Ebbw.</p>
<p>Members noted that spend &gt; budget in two services.</p>""")
    doc = _read(tmp_path, "council.html", page)
    assert "Council and democracy" not in doc.text
    assert "Members noted that spend > budget in two services." in doc.text

