"""Page furniture never reaches the text: web pages, PDFs, saved pages, DOCX."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents import read_document
from assistant.normalise import normalise_text
from assistant.furniture import is_page_number, remove_page_furniture, remove_web_furniture
from assistant.passages import split_passages

# A ModernGov-style "Agenda and minutes" page, written for these tests.
AGENDA_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Agenda for Adults Scrutiny Committee on Tuesday, 30th June, 2020, 10.00 am - Croydon Council</title>
<link rel="canonical" href="https://democracy.croydon.gov.uk/ieListDocuments.aspx?CId=1&amp;MId=2">
</head><body>
<div id="modgov">
  <p><a href="#content">Skip to main content</a></p>
  <h1 class="mgMainTitleTxt">Agenda and minutes</h1>
  <h2 class="mgSubTitleTxt">Adults Scrutiny Committee - Tuesday, 30th June, 2020 10.00 am</h2>
  <p><span class="mgLabel">Venue: </span>Committee Room 2, Town Hall. <a href="loc.aspx">View directions</a></p>
  <p><span class="mgLabel">Contact: </span>Sam Clerk, Democratic Services
     <a href="mailto:sam.clerk@croydon.gov.uk">sam.clerk@croydon.gov.uk</a></p>
  <h2 class="mgSectionTitle">Media</h2>
  <ul><li><a href="#">Webcast for Adults Scrutiny Committee, 30/06/2020 10:00</a></li>
      <li><a href="#">Audio recording of the meeting</a></li></ul>
  <h2 class="mgSectionTitle">Items</h2>
  <table class="mgItemTable">
    <tr><th>No.</th><th>Item</th></tr>
    <tr><td><p>1.</p></td><td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=1">Apologies for absence</a></p>
        <div class="mgWordPara"><p>Minutes:</p><p>Apologies were received from Councillor Patel.</p></div></td></tr>
    <tr><td><p>2.</p></td><td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=2">Home care waiting lists</a>
        <img alt="pdf icon" src="pdf.gif"> <span class="mgFileSize">PDF 80 KB</span></p>
        <p>To consider the report of the Director of Adult Social Care.</p>
        <p>Additional documents:</p>
        <ul><li><a href="a.pdf">Appendix A - waiting times by ward</a> <span>PDF 12 KB</span></li></ul>
        <div class="mgWordPara"><p>Minutes:</p>
        <p>The Director reported that 140 people were waiting for a home care package, down from 210 in
        March. Members asked how many of them had been waiting longer than six weeks.</p></div></td></tr>
  </table>
  <p>Agenda No / 5</p>
  <p>Printed on 03/07/2020</p>
</div></body></html>"""

WEB_FURNITURE = ["Skip to main content", "View directions", "Media", "Webcast for", "Audio recording",
                 "pdf icon", "PDF 80 KB", "KB", "No.\tItem", "Items", "Additional documents",
                 "Appendix A - waiting times", "Agenda No", "Printed on"]


@pytest.fixture
def agenda_page(tmp_path) -> Path:
    path = tmp_path / "adults-scrutiny.html"
    path.write_text(AGENDA_PAGE, encoding="utf-8")
    return path


def test_web_page_furniture_is_gone(agenda_page):
    text = read_document(agenda_page).text
    for furniture in WEB_FURNITURE:
        assert furniture not in text, furniture
    assert "Venue: Committee Room 2, Town Hall\n" in text
    assert "140 people were waiting for a home care package" in text


def test_items_table_gives_one_numbered_item_per_row(agenda_page):
    text = read_document(agenda_page).text
    assert "\n\n1. Apologies for absence\n\nMinutes:\n\nApologies were received from Councillor Patel.\n\n" in text
    assert "\n\n2. Home care waiting lists\n\nTo consider the report" in text


def test_item_titles_come_from_the_agenda_not_furniture(agenda_page):
    doc = read_document(agenda_page)
    headings = {p.heading for p in split_passages(doc) if p.heading}
    assert "2. Home care waiting lists" in headings
    assert not any(word in heading for heading in headings for word in ("KB", "icon", "Media", "Items"))
    answer = next(p for p in split_passages(doc) if "140 people" in p.text)
    assert answer.heading == "2. Home care waiting lists"


@pytest.mark.parametrize("line", [
    "Skip to main content", "View directions", "Media", "No. | Item |", "No. Item", "Agenda No / 5",
    "Agenda No 5", "Additional documents:", "Printed on 03/07/2020", "This page is intentionally left blank",
    # a committee site's page captions and meeting contact, as ModernGov pages show them
    "Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and draft minutes", "Agenda item",
    "Issue - decisions", "- View the background to item 50.", "Contact: Jo Reyes, Democratic Services 01632 960123",
    "Accessibility links", "Language selection",
])
def test_each_web_furniture_line(line):
    cleaned = remove_web_furniture(f"Cabinet\n{line}\nThe budget was agreed.")
    assert cleaned.text == "Cabinet\nThe budget was agreed."
    assert cleaned.removed == [line]


def test_a_page_caption_says_the_page_holds_minutes(tmp_path):
    path = tmp_path / "meeting.txt"
    path.write_text("Agenda and minutes\n\nCabinet - Tuesday, 7th July, 2020 7.00 pm\n\n"
                    "Venue: Town Hall. View directions\n\nContact: Jo Reyes, Democratic Services\n\n"
                    "4. Budget update pdf icon PDF 211 KB\n\nThe Cabinet agreed the budget.\n", encoding="utf-8")
    doc = read_document(path)
    assert "Agenda and minutes" not in doc.text and "Jo Reyes" not in doc.text
    assert (doc.kind, doc.committee, doc.meeting_date) == ("minutes", "Cabinet", "2020-07-07")


def test_an_item_title_is_not_a_page_caption():
    cleaned = remove_web_furniture("Agenda item 5: Library opening hours\nAgenda and minutes of the working group\n")
    assert cleaned.removed == []


def test_link_decorations_inside_a_line():
    cleaned = remove_web_furniture("5. Ofsted Feedback pdf icon PDF 80 KB\nVenue: Town Hall. View directions")
    assert cleaned.text == "5. Ofsted Feedback\nVenue: Town Hall"


def test_a_media_heading_takes_its_webcast_list_not_the_next_item():
    cleaned = remove_web_furniture("Media\n\n• Webcast for Cabinet\n\n1. Apologies for absence")
    assert cleaned.text.strip() == "1. Apologies for absence"
    assert cleaned.removed == ["Media", "• Webcast for Cabinet"]


def test_text_saved_from_a_web_page_loses_its_decorations(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text("Skip to main content\n\nCabinet - Tuesday, 7th July, 2020 7.00 pm\n\n"
                    "Venue: Town Hall. View directions\n\n4. Budget update pdf icon PDF 211 KB\n\n"
                    "The Cabinet agreed the budget.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.text == ("Cabinet - Tuesday, 7th July, 2020 7.00 pm\n\nVenue: Town Hall\n\n4. Budget update\n\n"
                        "The Cabinet agreed the budget.")
    assert (doc.committee, doc.meeting_date) == ("Cabinet", "2020-07-07")


def test_only_text_saved_from_a_web_page_is_read_as_one(tmp_path):
    ordinary = tmp_path / "minutes.txt"
    ordinary.write_text("Media\n\nThe committee discussed media coverage.\n", encoding="utf-8")
    assert read_document(ordinary).text == "Media\n\nThe committee discussed media coverage."
    saved = tmp_path / "saved.txt"
    saved.write_text("Skip to main content\n\nMedia\n\nThe committee discussed media coverage. pdf icon\n")
    assert read_document(saved).text == "The committee discussed media coverage."


# ---------------------------------------------------------------- PDF


def minutes_pdf(path: Path, pages: list[list[str]], header: str | None, footer: str | None) -> Path:
    """Numbered minutes over several pages, with a running header, footer and page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages, 1):
        if header:
            pdf.drawString(72, 800, header)
        y = 740
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 40
        if footer:
            pdf.drawString(72, 40, footer)
        pdf.drawString(500, 40, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return path


PAGES = [
    ["MINUTES OF THE ADULTS SCRUTINY COMMITTEE", "45/20 Home care waiting lists",
     "The Director reported that 140 people were waiting for care."],
    ["46/20 Day services", "Members asked when the day centres would reopen."],
    ["This page is intentionally left blank"],
    ["47/20 Work programme", "The committee agreed its work programme for the year."],
]


def test_pdf_running_header_footer_page_numbers_and_blank_pages_are_gone(tmp_path):
    path = minutes_pdf(tmp_path / "minutes.pdf", PAGES, header="Adults Scrutiny Committee - 30 June 2020",
                       footer="Medway Council")
    doc = read_document(path)
    assert doc.text.count("Adults Scrutiny Committee - 30 June 2020") == 1  # kept once, as the heading
    assert doc.text.startswith("Adults Scrutiny Committee - 30 June 2020\n")
    for furniture in ("Medway Council", "Page ", "intentionally left blank"):
        assert furniture not in doc.text
    assert "45/20 Home care waiting lists" in doc.text and "47/20 Work programme" in doc.text
    assert doc.text.endswith("The committee agreed its work programme for the year.")


def test_pdf_metadata_read_from_its_furniture(tmp_path):
    path = minutes_pdf(tmp_path / "minutes.pdf", PAGES, header="Adults Scrutiny Committee - 30 June 2020",
                       footer="Medway Council")
    doc = read_document(path)
    assert (doc.council, doc.committee, doc.meeting_date) == (
        "Medway Council", "Adults Scrutiny Committee", "2020-06-30")
    assert doc.sources["council"] == "text"


@pytest.mark.parametrize("line, expected", [
    ("7", True), ("- 7 -", True), ("Page 7", True), ("Page 7 of 12", True), ("7 | P a g e", True),
    ("iv", True), ("7 of 12", True), ("45/20", False), ("13.1", False), ("Page turner", False),
    ("Tudalen / Page 4", True), ("Page 4 | Tudalen 4", True), ("Tudalen 4 o 9 / Page 4 of 9", True),
    ("Page 4 / Page 7 of the report", False), ("Page / agenda", False),
])
def test_page_numbers(line, expected):
    assert is_page_number(line) is expected


def test_running_lines_are_matched_whatever_their_numbers():
    pages = [f"Cabinet 30 June 2020\nItem {n} text.\nPage {n} of 3" for n in (1, 2, 3)]
    cleaned = remove_page_furniture(pages)
    assert normalise_text(cleaned.text) == "Cabinet 30 June 2020\nItem 1 text.\n\nItem 2 text.\n\nItem 3 text."
    assert "Page 1 of 3" in cleaned.removed


# ---------------------------------------------------------------- DOCX


def test_docx_page_footer_is_not_text_but_names_the_council(tmp_path):
    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "London Borough of Havering"
    document.add_paragraph("Report to the Children's Services Overview and Scrutiny Sub-Committee")
    document.add_paragraph("The service has recruited 12 permanent social workers since April.")
    path = tmp_path / "report.docx"
    document.save(str(path))
    doc = read_document(path)
    assert "Havering" not in doc.text
    assert doc.council == "London Borough of Havering" and doc.sources["council"] == "text"


# ---------------------------------------------------------------- pages copied from a browser, media, table headers


COPIED_PAGE = """Skip to main content

Anytown Borough Council
Search this site

Home
Your council
Councillors and committees

Agenda and minutes

Licensing Committee - Wednesday, 6th April, 2022 2.00 pm

Venue: Council Chamber, Town Hall. View directions

Media

View the webcast of this meeting

905

Home to school transport

Minutes:

The Committee noted the report on home care.

© Anytown Borough Council, Town Hall, High Street, Anytown, AN1 1AA
Accessibility statement
Cookies
Privacy
"""


def test_a_page_copied_from_a_browser_loses_navigation_and_footer(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text(COPIED_PAGE, encoding="utf-8")
    doc = read_document(path)
    for furniture in ("Search this site", "Your council", "Councillors and committees", "webcast", "©",
                      "Accessibility", "Cookies", "Privacy"):
        assert furniture not in doc.text, furniture
    assert "905\n\nHome to school transport" in doc.text   # a line opening with "Home" that is content stays
    assert doc.text.endswith("The Committee noted the report on home care.")
    assert doc.council == "Anytown Borough Council"


def test_footer_words_inside_the_minutes_stay():
    text = "Skip to main content\n\n4. Privacy\n\nThe data protection policy was agreed.\n\nMinutes: Cookies"
    assert "4. Privacy" in remove_web_furniture(text).text


@pytest.mark.parametrize("item", ["• Gwe-ddarllediad - Cymraeg", "• Cabinet 15 December 2021 - webcast",
                                  "• Video recording of the meeting (opens in new window)"])
def test_every_item_of_a_media_list_goes(item):
    cleaned = remove_web_furniture(f"Media\n\n• Webcast - English\n\n{item}\n\n1. Apologies for absence")
    assert cleaned.text.strip() == "1. Apologies for absence"


@pytest.mark.parametrize("line", ["View the webcast of this meeting", "Watch the recording of this meeting"])
def test_webcast_links_outside_a_media_list(line):
    assert remove_web_furniture(f"Cabinet\n{line}\nThe budget was agreed.").text == "Cabinet\nThe budget was agreed."


def test_an_items_table_header_in_printed_minutes_goes(tmp_path):
    pages = [["CABINET", "Item No.   Title", "1   Apologies for absence", "No apologies were received."],
             ["2   Budget", "The budget was agreed."]]
    doc = read_document(minutes_pdf(tmp_path / "minutes.pdf", pages, header=None, footer=None))
    assert "Title" not in doc.text and "1\tApologies for absence" in doc.text


def test_a_draft_minutes_notice_on_a_one_page_pdf_goes(tmp_path):
    pages = [["HOUSING SCRUTINY BOARD", "TUESDAY, 11TH OCTOBER, 2022", "41 Damp and mould",
              "The Board noted 2,870 reports of damp."]]
    path = minutes_pdf(tmp_path / "minutes.pdf", pages, footer=None,
                       header="Draft minutes to be approved at the meeting to be held on Tuesday, 15th November, 2022")
    doc = read_document(path)
    assert doc.text.startswith("HOUSING SCRUTINY BOARD") and doc.meeting_date == "2022-10-11"


@pytest.mark.parametrize("footer", ["Summary of decisions - not the official minute",
                                    "These are not the official minutes.", "Tudalen / Page 1"])
def test_a_not_official_notice_or_a_bilingual_page_number_at_the_foot_of_a_one_page_pdf_goes(tmp_path, footer):
    pages = [["LICENSING BOARD", "Thursday 9 March 2023", "1 Street trading",
              "The Board granted the street trader's licence."]]
    doc = read_document(minutes_pdf(tmp_path / "decisions.pdf", pages, header=None, footer=footer))
    assert footer not in doc.text and doc.text.rstrip().endswith("street trader's licence.")


def test_an_items_table_with_four_digit_minute_numbers_keeps_each_paragraph_of_an_item(tmp_path):
    """Running minute numbers reach four digits ("1020"); the item's paragraphs stay apart."""
    page = AGENDA_PAGE.replace("<p>1.</p>", "<p>1019</p>").replace("<p>2.</p>", "<p>1020</p>")
    path = tmp_path / "panel.html"
    path.write_text(page, encoding="utf-8")
    text = read_document(path).text
    assert "1020 Home care waiting lists\n" in text
    assert "\nThe Director reported that 140 people were waiting" in text


@pytest.mark.parametrize("number", ["PLA.64", "PCN/32", "EX.8", "CAB 12", "AP2 24/5"])
def test_items_table_numbers_with_a_committees_prefix(tmp_path, number):
    page = f"""<html><body><h2 class="mgSubTitleTxt">Planning Committee - Tuesday, 6th February, 2024 6.00 pm</h2>
    <table class="mgItemTable">
      <tr><td class="mgItemNumberCell">{number}</td><td><p class="mgAiTitleTxt"><a href="#">Robinswood Hill Visitor Hub</a></p>
      <p><strong>Minutes:</strong></p><p>A single storey visitor hub with toilets and a ranger office.</p>
      <p>RESOLVED</p><p>That permission be granted.</p></td></tr>
      <tr><td class="mgItemNumberCell">{number}a</td><td><p class="mgAiTitleTxt"><a href="#">Delegated Decisions</a></p>
      <p><strong>Minutes:</strong></p><p>Members noted the schedule of decisions.</p></td></tr>
    </table></body></html>"""
    path = tmp_path / "planning.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert f"\n\n{number} Robinswood Hill Visitor Hub\n\nMinutes:\n\nA single storey" in doc.text
    hub = next(p for p in split_passages(doc) if "ranger office" in p.text)
    granted = next(p for p in split_passages(doc) if "permission be granted" in p.text)
    assert hub.heading == granted.heading == f"{number} Robinswood Hill Visitor Hub"   # "RESOLVED" heads nothing
