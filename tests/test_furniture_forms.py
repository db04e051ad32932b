"""Furniture of more publishing forms (CMIS, council CMS pages, ModernGov with a side menu and
bilingual labels, text files) and paragraphs wrapped over lines: no passage is furniture, a
title heads the passage after it, and no passage ends at a line wrap."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.documents import read_document
from assistant.furniture import is_web_furniture_line, remove_blank_page_notices, remove_web_furniture
from assistant.models import Document
from assistant.passages import _units, count_tokens, split_passages

FIXTURES = Path(__file__).parent / "fixtures" / "furniture"


def lines_of(text: str) -> set[str]:
    return {line.strip() for line in text.split("\n")}


def passage_with(passages, words: str):
    return next(p for p in passages if words in p.text)


# ---------------------------------------------------------------- web pages


def test_cmis_page_loses_its_document_list_link_labels_and_link_bar():
    doc = read_document(FIXTURES / "cmis_meeting.html")
    for furniture in ("Documents", "Reports pack", "Back to top", "Print this page", "Email this page",
                      "Powered by CMIS", "PDF, "):
        assert furniture not in doc.text, furniture
    assert not {"Report", "• Agenda", "• Minutes"} & lines_of(doc.text)
    assert "RESOLVED: That the roof replacement be approved at a cost of £640,000." in doc.text


def test_cmis_item_number_and_title_head_the_item_passage():
    passages = split_passages(read_document(FIXTURES / "cmis_meeting.html"))
    item = passage_with(passages, "corroded steel")
    assert item.heading == "Item 4 Leisure Centre Roof Repairs"
    assert item.text.startswith("Item 4\n\nLeisure Centre Roof Repairs\n\nThe Head of Property")
    assert not [p.text for p in passages if p.text in ("Item 4", "Leisure Centre Roof Repairs")]


def test_cms_page_loses_feedback_dates_related_links_and_sign_up():
    doc = read_document(FIXTURES / "cms_minutes_page.html")
    for furniture in ("Last updated", "Was this page helpful", "Report a problem", "Related pages",
                      "Taxi licensing", "Sign up", "Skip to content"):
        assert furniture not in doc.text, furniture
    passages = split_passages(doc)
    assert passages[-1].text.endswith("Resolved - That the new table of fares take effect from 1 May 2023.")
    assert passages[0].text.startswith("Licensing Committee minutes - 14 March 2023\n\nMinutes of the meeting")


def test_moderngov_side_menu_page_loses_document_list_webcasts_and_bilingual_labels():
    doc = read_document(FIXTURES / "moderngov_side_menu.html")
    for furniture in ("Attendance details", "Agenda frontsheet", "Printed minutes", "Webcast", "Dogfennau",
                      "Additional documents", "Eitemau", "Calendar", "PDF 190 KB"):
        assert furniture not in doc.text, furniture
    assert "Lleoliad / Venue: Council Chamber, County Hall" in doc.text   # a bilingual label of content stays
    assert "Cab/23/31 Bus Fares for Young People" in lines_of(doc.text)   # its item number, not a table row
    item = passage_with(split_passages(doc), "flat fare of £1")
    assert item.heading == "Cab/23/31 Bus Fares for Young People"


def test_members_linked_to_their_pages_and_links_in_a_sentence_stay(tmp_path):
    path = tmp_path / "attendance.html"
    path.write_text("<html><body><main><h2>Attendance</h2><ul><li><a href='u1'>Councillor Ann Rowe</a></li>"
                    "<li><a href='u2'>Councillor Ben Hale</a></li></ul><p><a href='r'>The report</a>, "
                    "<a href='a'>its appendix</a></p><p>The Committee noted the report.</p></main></body></html>",
                    encoding="utf-8")
    text = read_document(path).text
    assert "Attendance\n\n• Councillor Ann Rowe\n• Councillor Ben Hale" in text
    assert "The report, its appendix" in text


@pytest.mark.parametrize("line", [
    "Was this page helpful?", "Report a problem with this page", "Last updated: 3 May 2023",
    "Page last reviewed: 12 June 2023", "Print this page | Email this page", "Share this page",
    "Related pages", "Sign up for email updates", "Dogfennau ychwanegol / Additional documents:",
    "Eitemau / Items", "• Webcast for 101.", "Webcast for Exe/23/22", "Report (PDF, 1 MB)",
    "• Agenda frontsheet pdf icon PDF 210 KB", "Public reports pack (PDF, 4 MB)", "• Share this item",
    "No documents are available for this meeting", "Can't find what you are looking for? Try the A to Z",
    "|Skip to content |Home page |What's new |Site map |Feedback form |List of access keys",
])
def test_each_new_web_furniture_line(line):
    cleaned = remove_web_furniture(f"Cabinet\n{line}\nThe budget was agreed.")
    assert cleaned.text == "Cabinet\nThe budget was agreed."


@pytest.mark.parametrize("line, kept", [
    ("Ymddiheuriadau am absenoldeb / Apologies for absence", None),
    ("5. Budget Monitoring pdf icon PDF 80 KB", "5. Budget Monitoring"),
    ("Exe/23/22 Homelessness pdf icon PDF 520 KB", "Exe/23/22 Homelessness"),
    ("Venue: Town Hall. View directions", "Venue: Town Hall"),
    ("The report on the webcast for the meeting was noted.", None),
    ("Members asked how residents could report a problem with a street light.", None),
])
def test_content_lines_like_furniture_stay(line, kept):
    assert remove_web_furniture(f"Cabinet\n{line}\nThe budget was agreed.").text == \
        f"Cabinet\n{kept or line}\nThe budget was agreed."


def test_notice_of_a_welsh_version_and_drawn_rules_go_from_any_text():
    text = ("37. HACKNEY CARRIAGE FARES\n--------------------------\nThe fares were reviewed.\n"
            "This document is available in Welsh / Mae'r ddogfen hon ar gael yn Gymraeg\n=====")
    cleaned = remove_blank_page_notices(text)
    assert cleaned.text == "37. HACKNEY CARRIAGE FARES\n\nThe fares were reviewed.\n"
    assert "This document is available in Welsh / Mae'r ddogfen hon ar gael yn Gymraeg" in cleaned.removed


def test_an_underlined_title_in_a_text_file_heads_its_passage(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("LICENSING COMMITTEE\n\n37. HACKNEY CARRIAGE FARES REVIEW\n---------------------------------\n"
                    "The Licensing Manager reported that the trade had asked for a rise of 8%.\n", encoding="utf-8")
    passages = split_passages(read_document(path))
    assert "-" * 5 not in read_document(path).text
    assert passage_with(passages, "rise of 8%").heading == "37. HACKNEY CARRIAGE FARES REVIEW"


# ---------------------------------------------------------------- line wraps and lonely titles

TITLE = ["Minutes of a meeting of the Cabinet of Eastvale District Council held at The",
         "Guildhall, Eastvale on Tuesday, 9th May, 2023"]
ITEM = "3. HOMELESSNESS AND TEMPORARY ACCOMMODATION"
PARAGRAPHS = [
    ["The Assistant Director of Housing reported that 2,390 households were in temporary",
     "accommodation at the end of April, up from 2,210 a year earlier. 61 families had been",
     "in bed and breakfast for more than six weeks."],
    ["The cost of nightly-paid accommodation had risen by 23% in twelve months, and the Council",
     "now placed some households outside the district because rooms were not available",
     "locally."],
    ["The Committee was informed that 430 households had been helped to move into private rented",
     "homes during the year with a deposit and a landlord incentive payment of up to £5,000."],
    ["RESOLVED: That the Committee note the report and agree to increase the landlord incentive",
     "payment to £6,500."],
]
RESOLUTION = "RESOLVED: That the Committee note the report and agree to increase the landlord incentive\npayment to £6,500."


def wrapped_minutes_pdf(path: Path) -> Path:
    """One page of minutes whose paragraphs and title are wrapped over lines (12 points apart),
    with a wider gap between paragraphs, as a word processor prints them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    y = 800
    for block in [TITLE, [ITEM], *PARAGRAPHS]:
        for line in block:
            pdf.drawString(60, y, line)
            y -= 12
        y -= 18
    pdf.showPage()
    pdf.save()
    return path


def ends_at_a_wrap(text: str, passage) -> bool:
    """The passage stops inside a sentence at a line break: its paragraph runs on after it."""
    runs_on = text[passage.end:passage.end + 1] == "\n" and text[passage.end + 1:passage.end + 2] not in ("\n", "")
    return runs_on and not re.search(r"[.!?:;]['\"’”)]*$", passage.text)


@pytest.mark.parametrize("budget", [40, 60, 90, 120, 160])
def test_a_paragraph_wrapped_over_pdf_lines_is_never_cut_at_a_wrap(tmp_path, budget):
    doc = read_document(wrapped_minutes_pdf(tmp_path / "minutes.pdf"))
    assert RESOLUTION in doc.text and "held at The\nGuildhall" in doc.text
    passages = split_passages(doc, budget)
    assert all(count_tokens(p.text) <= budget for p in passages)
    assert [p.text[-40:] for p in passages if ends_at_a_wrap(doc.text, p)] == []
    assert any(RESOLUTION in p.text for p in passages)
    assert any("held at The\nGuildhall, Eastvale on Tuesday, 9th May, 2023" in p.text for p in passages)


def test_a_text_file_wrapped_at_72_columns_is_never_cut_at_a_wrap():
    text = "\n\n".join(["\n".join(TITLE), ITEM, *("\n".join(p) for p in PARAGRAPHS)])
    passages = split_passages(Document("x", "x.txt", text), budget=60)
    assert [p.text[-40:] for p in passages if ends_at_a_wrap(text, p)] == []
    assert any(RESOLUTION in p.text for p in passages)


def test_lines_of_a_list_a_table_or_a_new_item_are_not_taken_for_wrapped_lines():
    text = ("The Committee noted the following\n• rents would rise by 7%\n• service charges by 5%\n"
            "Ward\tHomes\nNorth\t120\n4. BUDGET\nThe budget was agreed by the\nCommittee.")
    units = [text[u.start:u.end] for u in _units(text, 160)]
    assert units == ["The Committee noted the following", "• rents would rise by 7%", "• service charges by 5%",
                     "Ward\tHomes", "North\t120", "4. BUDGET", "The budget was agreed by the\nCommittee."]


def test_headings_in_a_row_head_the_passage_after_them_and_never_stand_alone():
    sentences = " ".join(f"Sentence {n} says that the branch library in ward {n} would open on Saturdays."
                         for n in range(1, 13))
    text = f"Item 4\n\nCommunity Libraries Review\n\n{sentences}\n\nItem 5\n\nAny Other Business\n\nNone."
    passages = split_passages(Document("x", "x.txt", text), budget=80)
    first = passages[0]
    assert first.heading == "Item 4 Community Libraries Review"
    assert first.text.startswith("Item 4\n\nCommunity Libraries Review\n\nSentence 1 says")
    assert first.text.endswith("Saturdays.") and count_tokens(first.text) <= 80
    assert passages[-1].heading == "Item 5 Any Other Business" and passages[-1].text.endswith("None.")
    assert all(p.heading.startswith("Item 4") for p in passages[:-1])


def test_an_item_number_on_its_own_line_heads_its_item_with_the_title_below_it():
    text = ("Items\n\n70.\n\nApologies\n\nApologies were received from Councillor Berry.\n\n"
            "71.\n\nDeclarations of Interest\n\nThere were no declarations of interest.")
    passages = split_passages(Document("x", "x.txt", text), budget=20)
    item = passage_with(passages, "There were no declarations")
    assert item.heading == "71. Declarations of Interest" and item.text.startswith("71.\n\nDeclarations")
    assert not any(p.text.rstrip().endswith("71.") for p in passages)


def test_a_title_linked_to_its_report_under_a_bare_item_number_stays(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text("Cabinet - Friday, 17th February, 2023 10.00 am\n\nSkip to main content\n\nItems\n\n"
                    "87\n\nHighways Resurfacing Programme pdf icon PDF 430 KB\n\nMinutes:\n\n"
                    "Cabinet approved a programme of £12m.\n\nReport pdf icon PDF 80 KB\n\n"
                    "Cabinet noted the update.\n", encoding="utf-8")
    doc = read_document(path)
    assert "87\n\nHighways Resurfacing Programme\n\nMinutes:" in doc.text
    assert "Report" not in lines_of(doc.text)   # a document's link under no item number goes
    assert passage_with(split_passages(doc), "£12m").heading == "87 Highways Resurfacing Programme"


def test_a_label_goes_with_what_it_introduces():
    minutes = " ".join(f"Point {n} of the report on temporary accommodation was discussed at length." for n in range(6))
    text = (f"Exe/23/22 Homelessness\n\nMinutes:\n\n{minutes}\n\nDecision:\n\n"
            "To approve the purchase programme of up to 120 homes for families in temporary accommodation.")
    passages = split_passages(Document("x", "x.txt", text), budget=100)
    decision = passage_with(passages, "To approve the purchase")
    assert decision.text.startswith("Decision:\n\nTo approve")
    assert not any(p.text.rstrip().endswith("Decision:") for p in passages)


@pytest.mark.parametrize("line, kept", [
    ("Chairman, ........................................ Date ....................", None),
    ("Signed: ________________", None),
    ("The meeting finished at 8.40 pm. Chair ........................................", "The meeting finished at 8.40 pm."),
    ("The figures (see table....) were noted.", "The figures (see table....) were noted."),
])
def test_blanks_to_sign_the_minutes_go(line, kept):
    cleaned = remove_blank_page_notices(f"5. Close\n{line}\nEnd")
    assert cleaned.text == "\n".join(["5. Close", *([kept] if kept else []), "End"])


def test_a_short_tail_of_an_item_takes_a_paragraph_from_the_passage_before_it():
    paragraphs = [f"Paragraph {n} records that the car park in ward {n} had recovered to most of its"
                  " former use and that members discussed its future." for n in range(4)]
    text = "5. Parking Strategy Review\n\n" + "\n\n".join(paragraphs) + \
        "\n\nRESOLVED: That the comments be passed to Cabinet.\n\n6. Work Programme\n\nNoted."
    passages = split_passages(Document("x", "x.txt", text), budget=115)   # the resolution runs past it
    tail = passage_with(passages, "RESOLVED: That the comments")
    assert tail.heading == "5. Parking Strategy Review"
    assert tail.text.startswith("Paragraph ") and count_tokens(tail.text) >= 40
    assert passages[0].text.startswith("5. Parking Strategy Review\n\nParagraph 0")


def test_what_a_line_ending_in_a_colon_introduces_is_no_heading_and_a_short_opening_line_is_not_alone():
    text = ("From: Ann Rowe, Cabinet Member for Environment\n\nClare Hale, Director of Place\n\n"
            "The Director reported on the plan.\n\nA recorded vote was taken on the recommendation, as follows:\n\n"
            "For (62), Against (6), Abstain (3)\n\nThe Council adopted the plan.")
    passages = split_passages(Document("x", "x.txt", text, title="Climate Plan"))
    vote = passage_with(passages, "For (62)")
    assert vote.heading != "For (62), Against (6), Abstain (3)" and "as follows:\n\nFor (62)" in vote.text
    assert not [p.text for p in passages if p.text == "From: Ann Rowe, Cabinet Member for Environment"]


@pytest.mark.parametrize("line, furniture", [
    ("View the full minutes text for item 22.", True),
    ("View the full agenda text for item 3.", True),
    ("This section allows you to view the general details of a Decision", True),
    ("The committee asked to view the full minutes text of the appeal.", False),
])
def test_moderngov_item_links_and_cmis_captions(line, furniture):
    assert is_web_furniture_line(line) is furniture
