"""Furniture of more publishing forms: a council CMS page's feedback, sharing and download
blocks and its own publication date, a CMIS meeting page's captions, a Welsh page's directions
link, a pack's stamp, blanks to sign with the signer's role and the office address under them,
and a page reference running at the top of every printed page. All fixtures are written for
these tests."""
from __future__ import annotations

import pytest

from assistant.documents import read_document
from assistant.furniture import (is_page_reference, remove_blank_page_notices, remove_page_furniture,
                                 remove_aggregator_fields, remove_sharing_site_furniture, remove_web_furniture)
from assistant.metadata import metadata_from_text
from assistant.models import Document
from assistant.normalise import normalise_text
from assistant.passages import split_passages


@pytest.mark.parametrize("line", [
    "Did you find this page useful?", "Did you find this information helpful?", "Downloads",
    "Share this page Facebook X Email", "Share this page: Facebook, LinkedIn", "Share on Facebook",
    "Published: 4 March 2024", "Published on Friday, 8 March 2024", "Published: 04/03/2024",
    "Meeting Details", "Meeting Summary",
])
def test_each_cms_and_meeting_page_furniture_line(line):
    cleaned = remove_web_furniture(f"Cabinet\n{line}\nThe budget was agreed.")
    assert cleaned.text == "Cabinet\nThe budget was agreed."


@pytest.mark.parametrize("line", [
    "Members asked whether the report would be published on the website.",
    "Published reports are listed at the end of these minutes.",
    "Share of business rates retained by the council",
    "Downloads of the library app had doubled.",
    "Meeting details were circulated to members by email.",
])
def test_content_lines_like_cms_furniture_stay(line):
    text = f"Cabinet\n{line}\nThe budget was agreed."
    assert remove_web_furniture(text).text == text


def test_a_cms_page_footer_of_downloads_sharing_and_feedback_makes_no_passage(tmp_path):
    text = ("Cabinet - minutes\n\nMinutes of the meeting of the Cabinet held on Monday, 4 March 2024.\n\n"
            "1. Street lighting\n\nThe Cabinet agreed to replace 900 lamps with LED units by March 2025.\n\n"
            "Downloads\n\nShare this page Facebook X Email\n\nDid you find this page useful?\n")
    cleaned = remove_web_furniture(text)
    passages = split_passages(Document("x", "x.html", normalise_text(cleaned.text)), budget=200)
    assert all("useful" not in p.text and "Share" not in p.text and "Downloads" not in p.text for p in passages)
    assert any("900 lamps" in p.text for p in passages)


def test_a_cms_pages_publication_date_is_gone_and_is_not_the_meeting_date():
    text = ("Planning Committee minutes - 5 March 2024\n\nPublished: 12 March 2024\n\n"
            "Minutes of the Planning Committee held on 5 March 2024.\n\n1. Apologies\n\nNone.")
    cleaned = remove_web_furniture(text)
    assert "Published: 12 March 2024" in cleaned.removed
    assert metadata_from_text(normalise_text(cleaned.text))["meeting_date"] == "2024-03-05"


@pytest.mark.parametrize("line, kept", [
    ("Lleoliad: Siambr y Cyngor, Neuadd y Dref, Llanelli. Cyfarwyddiadau", "Lleoliad: Siambr y Cyngor, Neuadd y Dref, Llanelli"),
    ("Rhoddodd y swyddog gyfarwyddiadau", None),          # "gave instructions": the word in a sentence stays
])
def test_a_welsh_directions_link_after_the_venue_goes(line, kept):
    cleaned = remove_web_furniture(f"Cabinet\n{line}\nDaeth y cyfarfod i ben.")
    assert cleaned.text == f"Cabinet\n{kept or line}\nDaeth y cyfarfod i ben."


def test_a_document_list_s_file_kind_and_size_around_a_link_go():
    cleaned = remove_web_furniture("Meeting Documents\n\n  2. pdf Agenda Front - 21 June 2017 (40Kb)\n"
                                   "  11. pdf Item 09 - Award of a contract for carriageway resurfacing (54Kb)\n"
                                   "The committee noted the report (3 pages) and the pdf files were sent.")
    assert "pdf Item" not in cleaned.text and "(54Kb)" not in cleaned.text and "(40Kb)" not in cleaned.text
    assert "11. Item 09 - Award of a contract for carriageway resurfacing" in cleaned.text
    assert "The committee noted the report (3 pages) and the pdf files were sent." in cleaned.text


def test_a_copy_s_link_to_the_council_s_page_after_the_meeting_date_goes():
    cleaned = remove_web_furniture("Subscribe to updates\n\nJune 19, 2025 View on council website\nSummary\n\n"
                                   "The Cabinet of the council met to discuss the budget and agreed it.")
    assert "View on council website" not in cleaned.text
    assert metadata_from_text(normalise_text(cleaned.text))["meeting_date"] == "2025-06-19"


@pytest.mark.parametrize("line, kept", [
    ("Public Document Pack", None),
    ("Signed ........................................ Chairman", None),
    ("Signed: .................................... Chairperson", None),
    ("Signed: ...................................... (Leader)", None),
    ("The public document pack was sent to members.", "The public document pack was sent to members."),
    ("Total ........ 45 homes", "Total ........ 45 homes"),
])
def test_a_packs_stamp_and_signature_blanks_with_their_role_go(line, kept):
    cleaned = remove_blank_page_notices(f"5. Close\n{line}\nEnd")
    assert cleaned.text == "\n".join(["5. Close", *([kept] if kept else []), "End"])


def test_the_office_address_under_the_closing_signature_goes_and_still_names_the_council():
    text = ("12/24\tBEACH HUTS\nResolved: to let the huts for another year.\n\nThe meeting closed at 8.05pm.\n"
            "Signed ........................................ Chairman\n"
            "Town Clerk's Office, Town Hall, Station Road, Clacton-on-Sea CO15 1SE\n")
    cleaned = remove_blank_page_notices(text)
    assert "CO15 1SE" not in cleaned.text and "The meeting closed at 8.05pm." in cleaned.text
    assert any("CO15 1SE" in line for line in cleaned.removed)


def test_an_address_in_the_last_minute_is_kept():
    text = ("12/24\tPLANNING\nThe Committee approved the extension at 4 Marine Parade, Clacton-on-Sea CO15 1UQ.\n")
    assert remove_blank_page_notices(text).text == text


@pytest.mark.parametrize("line, expected", [
    ("SDC 41", True), ("2023 CC 104", True), ("PC/12", True), ("HSC 7", True),
    ("CABINET", False), ("Item 7", False), ("Planning Committee 41", False), ("45/20", False),
])
def test_page_references(line, expected):
    assert is_page_reference(line) is expected


def test_a_page_reference_running_at_the_top_of_each_page_goes_from_the_first_page_too():
    pages = [f"ECS {40 + n}\nANGUS COUNCIL\nItem {n} text.\n" if n == 1 else f"ECS {40 + n}\nItem {n} text.\nMore."
             for n in (1, 2, 3)]
    cleaned = remove_page_furniture(pages)
    assert "ECS" not in cleaned.text and cleaned.text.lstrip().startswith("ANGUS COUNCIL")
    assert "ECS 41" in cleaned.removed


def test_a_link_to_the_full_minutes_text_after_a_minutes_opening_words_goes():
    line = "\tLibrary hours Minutes: RESOLVED that the hours be extended. ... view the full minutes text for item 7"
    cleaned = remove_web_furniture(f"Cabinet\n{line}\nEnd")
    assert cleaned.text == "Cabinet\n\tLibrary hours Minutes: RESOLVED that the hours be extended.\nEnd"


def test_a_link_to_the_full_agenda_text_after_an_items_opening_words_goes():
    line = "\tTo receive the Town Clerk's report on the budget. ... view the full agenda text for item 3."
    cleaned = remove_web_furniture(f"Policy and Resources Committee\n{line}\nEnd")
    assert cleaned.text == "Policy and Resources Committee\n\tTo receive the Town Clerk's report on the budget.\nEnd"


def test_the_committees_name_atop_a_later_page_goes_even_when_seen_once():
    pages = ["MINUTES OF A MEETING OF THE LICENSING COMMITTEE\nTHURSDAY 7 MARCH 2024\n1\tTaxi fares\nThe fares rose.",
             "TDC - Licensing Committee\n2\tStreet trading\nThe Committee agreed new pitches."]
    cleaned = remove_page_furniture(pages)
    assert "TDC - Licensing Committee" in cleaned.removed and "TDC" not in cleaned.text


def test_a_later_pages_heading_that_is_another_body_stays():
    pages = ["MINUTES OF THE COUNCIL\nTHURSDAY 7 MARCH 2024\n1\tQuestions\nThere were none.",
             "Licensing Committee\nThe Council noted the Licensing Committee's minutes."]
    assert "Licensing Committee\nThe Council noted" in remove_page_furniture(pages).text


# ---------------------------------------------------------------- a copy on a document-sharing site

_SHARED_COPY = """Cabinet minutes March

Document Sample
Cabinet minutes March Powered By Docstoc

Mar 09, 2019

Download

Transcript
Page 1: Cabinet minutes March...MINUTES of a Meeting of the Cabinet held in the
1
ANYWHERE DISTRICT COUNCIL
MINUTES of a Meeting of the Cabinet held in the Council Chamber, Civic Centre on Tuesday 5 March 2019 at 10.00 am.

Present: Councillors Abel (Chair), Baker and Cole.

1. Apologies

None were received.
"""


def test_a_sharing_sites_captions_around_its_copy_go():
    cleaned = remove_sharing_site_furniture(_SHARED_COPY)
    assert "Powered By" not in cleaned.text and "Page 1:" not in cleaned.text and "Mar 09, 2019" not in cleaned.text
    for caption in ("Document Sample", "Download", "Transcript"):
        assert caption not in cleaned.text.split("\n")
    assert "Cabinet minutes March\n" in cleaned.text and "MINUTES of a Meeting of the Cabinet" in cleaned.text


def test_a_sharing_sites_captions_no_longer_hide_the_copys_heading(tmp_path):
    path = tmp_path / "copy.html"
    path.write_text(f"<html><body><pre>{_SHARED_COPY}</pre></body></html>", encoding="utf-8")
    document = read_document(path)
    assert document.meeting_date == "2019-03-05" and document.committee == "Cabinet"
    assert "Welcome message" not in document.text and "Page 1:" not in document.text


def test_another_sharing_sites_reader_captions_and_snippet_go_and_no_longer_hide_the_council():
    text = ("22\n\nClick here to load reader\n\nCOUNCILLOR - Web viewCouncillor Byrne suggested a marketing initiative "
            "... Members spoke unanimously in support\n\nEmbed Size (px)\n\nCitation preview\n\nPage 1: COUNCILLOR - "
            "Web viewCouncillor Byrne suggested ...\n\nNEWRY, MOURNE & DOWN DISTRICT COUNCIL\n\nMinutes of Council "
            "Meeting held on Monday 6 November 2017 at 6pm in the Mourne Room\n\nIn the Chair: Councillor R Mulgrew\n")
    cleaned = remove_sharing_site_furniture(text)
    for gone in ("Click here to load reader", "Embed Size (px)", "Citation preview", "Page 1:", "Web viewCouncillor"):
        assert gone not in cleaned.text
    found = metadata_from_text(cleaned.text.replace("\n\n", "\n"))   # as a page that lost its blank lines reads
    assert (found["council"], found["meeting_date"]) == ("Newry, Mourne and Down District Council", "2017-11-06")


def test_lines_like_a_sharing_sites_captions_stay_in_minutes_of_no_such_site():
    text = "Cabinet\nDownload\nPage 2: the appendix.\nTranscript\nThe budget was agreed."
    assert remove_sharing_site_furniture(text).text == text


# ---------------------------------------------------------------- a meeting aggregator's fields

_AGGREGATED = """Anytown Borough Council
Councillors:
42
Wards:
14
Meetings (2025):
120
Meeting
Cabinet - Anytown
Meeting Times
Scheduled Time
Start:
Friday, 4th November 2022
11:00 AM
Friday, 4th November 2022
11:00 AM
Meeting Status
Status:
Confirmed
Confirmed
Date:
04 Nov 2022
04 Nov 2022
Location:
Council Chamber - The Guildhall
Council Chamber - The Guildhall
Webcast:
Available
Available
Agenda
1
Apologies for Absence
Minutes
Apologies were received from Councillor Abel.
"""


def test_a_meeting_aggregators_counts_and_fields_go_and_its_date_and_venue_stay_once():
    cleaned = remove_aggregator_fields(_AGGREGATED)
    lines = cleaned.text.split("\n")
    assert lines[:4] == ["Anytown Borough Council", "Cabinet - Anytown", "Date: 04 Nov 2022",
                         "Location: Council Chamber - The Guildhall"]
    for gone in ("Councillors:", "42", "Start:", "11:00 AM", "Confirmed", "Available", "Meeting Times"):
        assert gone not in lines
    assert "Apologies were received from Councillor Abel." in lines


def test_the_same_labels_in_minutes_of_no_aggregator_stay():
    text = "Cabinet\nStatus:\nConfirmed\nCouncillors:\n42\nAgenda\n1. Apologies"
    assert remove_aggregator_fields(text).text == text


# A meeting-summary site's page, its prompts and buttons around its digest of the meeting
_SUMMARISED = """Subscribe to updates
You'll receive weekly summaries about Anytown Council every week.
If you have any requests or comments please let us know at hello@example.org. We can also provide custom updates.
Cabinet - Tuesday, 4th March, 2025 7.00 pm
March 4, 2025 View on council website Watch video of meeting Read transcript (Professional subscription required)Summary
Chat with this meeting
Subscribe to our professional plan to ask questions about this meeting.
“Will the bandstand reopen this summer?”
Subscribe to chat
AI Generated
The Cabinet of Anytown Council agreed to repair the bandstand in Riverside Park at a cost of £48,000.
If you're a resident, subscribe below and we'll start sending you updates when they're available.
"""


def test_a_summary_sites_prompts_and_buttons_go_and_its_summary_stays():
    from assistant.furniture import remove_summary_site_furniture
    cleaned = remove_summary_site_furniture(_SUMMARISED)
    assert cleaned.text.split("\n") == [
        "Cabinet - Tuesday, 4th March, 2025 7.00 pm", "March 4, 2025", "Summary",
        "The Cabinet of Anytown Council agreed to repair the bandstand in Riverside Park at a cost of £48,000.", ""]
    assert any("View on council website" in r for r in cleaned.removed) and "AI Generated" in cleaned.removed


def test_a_summary_sites_page_is_read_without_its_prompts(tmp_path):
    page = tmp_path / "cabinet.html"
    page.write_text("<html><body><pre>" + _SUMMARISED + "</pre></body></html>", encoding="utf-8")
    doc = read_document(page)
    assert doc.meeting_date == "2025-03-04"
    passages = split_passages(doc)
    assert not any(word in p.text for p in passages for word in ("subscribe", "Subscribe", "AI Generated", "“Will"))
    assert any("£48,000" in p.text for p in passages)


def test_prompts_like_a_summary_sites_in_minutes_of_no_such_site_stay():
    from assistant.furniture import remove_summary_site_furniture
    text = "Cabinet\nAI Generated\nMembers asked whether the AI generated images were lawful.\n"
    assert remove_summary_site_furniture(text).text == text
