"""Reading files into Documents: every format, the normalisation contract, metadata."""
from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest

from assistant.documents import (
    SUPPORTED_SUFFIXES,
    find_documents,
    find_kind,
    is_council_name,
    is_continuation,
    load_manifest,
    metadata_from_text,
    normalise_date,
    normalise_text,
    read_document,
    title_case,
)
from assistant.errors import MinutesQAError, NeedsOCR, UnreadableFile, UnsupportedFile

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).parent / "fixtures" / "documents"
GLOUCESTERSHIRE = CORPUS / "000_a7e8814e7f04667d.txt"
WIRRAL = CORPUS / "001_29f4cab8272e9d59.txt"
WORCESTERSHIRE = CORPUS / "002_608219fdeaed274c.txt"
MEDWAY = CORPUS / "003_b947c19c3b976506.txt"
BUCKS = CORPUS / "004_83b8c7a7ae9ff1d4.txt"
FIELDS = ("council", "committee", "meeting_date", "title", "kind")


def metadata(doc) -> dict:
    return {name: getattr(doc, name) for name in FIELDS}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --------------------------------------------------------------------------- finding files


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})


def test_find_documents_in_the_sample_corpus():
    found = find_documents(CORPUS)
    assert [p.name for p in found] == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert len(found) == 5


def test_find_documents_recursive_sorted_skipping_hidden_and_unsupported(tmp_path):
    for name in ["b.txt", "a.PDF", "sub/c.md", "sub/deeper/d.html", "e.htm", "f.docx",
                 ".hidden.txt", ".git/config.txt", "sub/.cache/x.txt", "~$f.docx",
                 "manifest.csv", "notes.csv", "image.png", "README"]:
        write(tmp_path, name, "text")
    found = [p.relative_to(tmp_path).as_posix() for p in find_documents(tmp_path)]
    assert found == ["a.PDF", "b.txt", "e.htm", "f.docx", "sub/c.md", "sub/deeper/d.html"]


def test_find_documents_of_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(UnreadableFile, match="no such folder"):
        find_documents(tmp_path / "nowhere")


# --------------------------------------------------------------------------- manifest


def test_load_manifest_of_the_sample_corpus():
    manifest = load_manifest(CORPUS)
    assert set(manifest) == {p.name for p in CORPUS.glob("*.txt")}
    bucks = manifest[BUCKS.name]
    assert bucks["council"] == "Buckinghamshire County Council"
    assert bucks["meeting_date"] == "2018-10-02"
    assert bucks["notes"] is None  # empty cell
    assert manifest[GLOUCESTERSHIRE.name]["meeting_date"] == "2020-07"
    assert manifest[WIRRAL.name]["meeting_date"] == "2018"


def test_load_manifest_absent_is_empty(tmp_path):
    assert load_manifest(tmp_path) == {}


def test_load_manifest_excel_style(tmp_path):
    """A manifest saved by Excel: Windows-1252, CRLF, capitalised headers, spaces, a loose date."""
    content = ("File,Council,Committee,Meeting_Date,Title,Kind,Notes\r\n"
               "a.txt, Medway Council ,,1 December 2020,Children’s Services,report,\r\n"
               ",,,,,,\r\n")
    (tmp_path / "manifest.csv").write_bytes(content.encode("cp1252"))
    manifest = load_manifest(tmp_path)
    assert manifest == {"a.txt": {"file": "a.txt", "council": "Medway Council", "committee": None,
                                  "meeting_date": "2020-12-01", "title": "Children’s Services",
                                  "kind": "report", "notes": None}}


def test_load_manifest_rejects_a_date_it_cannot_read(tmp_path):
    write(tmp_path, "manifest.csv", "file,meeting_date\na.txt,sometime in spring\n")
    with pytest.raises(UnreadableFile, match=r"manifest.csv, line 2: meeting_date 'sometime in spring'"):
        load_manifest(tmp_path)


def test_manifest_wins_over_the_text():
    doc = read_document(BUCKS, load_manifest(CORPUS))
    assert metadata(doc) == {"council": "Buckinghamshire County Council",
                             "committee": "Children's Select Committee",
                             "meeting_date": "2018-10-02", "title": "Children's Services Update",
                             "kind": "report"}


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_sample_document_gets_its_manifest_metadata(path):
    entry = load_manifest(CORPUS)[path.name]
    doc = read_document(path, load_manifest(CORPUS))
    assert metadata(doc) == {name: entry[name] for name in FIELDS}


def test_empty_manifest_fields_are_filled_from_the_text(tmp_path):
    manifest = {BUCKS.name: {"file": BUCKS.name, "council": "Buckinghamshire County Council",
                             "committee": None, "meeting_date": None, "title": None, "kind": None}}
    doc = read_document(BUCKS, manifest)
    assert doc.council == "Buckinghamshire County Council"
    assert doc.committee == "Children's Select Committee"
    assert doc.meeting_date == "2018-10-02"


# --------------------------------------------------------------------------- metadata from text

EXPECTED_FROM_TEXT = {
    # Nothing in 000 states council, committee, date or kind: all None, never guessed.
    GLOUCESTERSHIRE: {"council": None, "committee": None, "meeting_date": None,
                      "title": "Children's Services Improvement Journey and Covid 19", "kind": None},
    WIRRAL: {"council": None, "committee": None, "meeting_date": None,
             "title": "Improvement Journey - Update", "kind": "minutes"},
    WORCESTERSHIRE: {"council": None, "committee": None, "meeting_date": None,
                     "title": "Ofsted Inspection Feedback", "kind": "minutes"},
    # "Medway Council" in a body sentence is not evidence, but the officers' addresses
    # (@medway.gov.uk) are.
    MEDWAY: {"council": "Medway Council",
             "committee": "Children and Young People Overview and Scrutiny Committee",
             "meeting_date": "2020-12-01", "title": "Children's Services Improvement Update",
             "kind": "report"},
    BUCKS: {"council": None, "committee": "Children's Select Committee",
            "meeting_date": "2018-10-02", "title": "Children's Services Update", "kind": "report"},
}


@pytest.mark.parametrize("path", sorted(EXPECTED_FROM_TEXT), ids=lambda p: p.name[:3])
def test_metadata_read_from_the_text_without_a_manifest(path):
    assert metadata(read_document(path)) == EXPECTED_FROM_TEXT[path]


def test_metadata_from_labelled_header():
    text = ("Council:\tWirral Council\nCommittee: Children and Families Overview and Scrutiny Committee\n"
            "Date of meeting: 15 January 2018\nSubject: Improvement Journey - Update\n\nMinutes:\n\nText.")
    assert metadata_from_text(text) == {
        "council": "Wirral Council", "committee": "Children and Families Overview and Scrutiny Committee",
        "meeting_date": "2018-01-15", "title": "Improvement Journey - Update", "kind": "minutes"}


def test_metadata_from_a_minutes_heading():
    text = ("MINUTES OF THE MEETING OF THE CABINET HELD AT COUNTY HALL ON THURSDAY, 9TH FEBRUARY, 2017\n\n"
            "Present: Councillor A. Hardman")
    found = metadata_from_text(text)
    assert found["committee"] == "Cabinet"
    assert found["meeting_date"] == "2017-02-09"
    assert found["kind"] == "minutes"


def test_committee_not_taken_from_a_sentence():
    text = "Agenda item\n\nBudget\n\ndiscussed by the Overview and Scrutiny Committee\n\nthe Panel"
    assert metadata_from_text(text)["committee"] is None
    assert metadata_from_text("Cabinet\n\nSome text.")["committee"] == "Cabinet"


def test_title_is_never_just_a_number():
    assert metadata_from_text("Agenda item: 5\n\nText follows.")["title"] is None
    assert metadata_from_text("Agenda Item 7: Budget Monitoring\n\nText.")["title"] == "Budget Monitoring"
    assert metadata_from_text("Title: 5. Children's Services Update")["title"] == "Children's Services Update"


def test_council_only_from_a_line_that_is_its_name():
    assert metadata_from_text("Medway Council\n\nCabinet\n\n1 December 2020")["council"] == "Medway Council"
    body = "The DfE issued a statutory direction to Medway Council due to poor performance."
    assert metadata_from_text(body)["council"] is None


@pytest.mark.parametrize("text, expected", [
    ("Medway Council", True), ("Buckinghamshire County Council", True), ("Wirral Council", True),
    ("London Borough of Hackney", True), ("Stoke-on-Trent City Council", True),
    ("Full Council", False), ("County Council", False), ("The Council", False),
    ("Report to Medway Council", False), ("issued a direction to Medway Council", False),
    ("MEDWAY COUNCIL", True), ("Medway Council's budget", False),
])
def test_is_council_name(text, expected):
    assert is_council_name(text) is expected


@pytest.mark.parametrize("lines, expected", [
    (["Agenda item", "Title", "Minutes:"], "minutes"),
    (["CABINET MINUTES", "2 October 2018"], "minutes"),
    (["Report to the Children's Select Committee"], "report"),
    (["Cabinet", "Report from: Director of People"], "report"),
    (["Agendas, Meetings and Minutes - Agenda item", "Agenda item", "Budget"], None),
    (["1. Minutes of the previous meeting"], None),
    (["Lynne Neagle AM: Good afternoon."], None),
])
def test_find_kind(lines, expected):
    assert find_kind(lines) == expected


def test_title_case_of_all_capitals_names():
    assert title_case("CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE") == \
        "Children and Young People Overview and Scrutiny Committee"
    assert title_case("CHILDREN'S SERVICES IMPROVEMENT UPDATE") == "Children's Services Improvement Update"
    assert title_case("HEALTH SUB-COMMITTEE OF THE NHS O&S BOARD") == "Health Sub-Committee of the NHS O&S Board"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text, expected", [
    ("Tuesday 2 October 2018", "2018-10-02"),
    ("1 DECEMBER 2020", "2020-12-01"),
    ("Thursday, 9th February, 2017", "2017-02-09"),
    ("2nd of March 2019", "2019-03-02"),
    ("Sept 30 2019", "2019-09-30"),
    ("October 2, 2018", "2018-10-02"),
    ("July 2020", "2020-07"),
    ("Sep. 2020", "2020-09"),
    ("2018", "2018"),
    ("2020-07", "2020-07"),
    ("2020-12-01", "2020-12-01"),
    ("11/12/2017", "2017-12-11"),
    ("02.10.18", "2018-10-02"),
    ("  1 December 2020. ", "2020-12-01"),
])
def test_normalise_date(text, expected):
    assert normalise_date(text) == expected


@pytest.mark.parametrize("text", [
    "", "hello", "31 February 2020", "13/13/2020", "2020-13", "Agenda item 5", "Smarch 2020",
    "1 December 2020 and more", "12345", "1850", "3.1",
])
def test_normalise_date_is_none_for_non_dates(text):
    assert normalise_date(text) is None


# --------------------------------------------------------------------------- normalisation


def test_document_fields(tmp_path):
    path = write(tmp_path, "2018-10-02 minutes.v2.txt", "Some minutes.\n")
    doc = read_document(path)
    assert doc.doc_id == "2018-10-02 minutes.v2"
    assert doc.path == str(path)
    assert doc.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.text == "Some minutes."


def test_page_break_mid_sentence_is_joined_in_the_real_corpus():
    text = read_document(BUCKS).text
    assert ("That said, he recommends that some external support should be commissioned. "
            "A primacy should be placed") in text
    assert "The phase 2 plan is split into four distinct themes" in text
    medway = read_document(MEDWAY).text
    assert "have reduced significantly, and this is enabling social workers" in medway
    assert "their lived experiences in the child's electronic record" in medway
    assert "with the agency rate of workers having reduced" in medway
    assert "action plan. The additional funding has been made available" in medway


def test_headings_and_list_items_are_not_joined():
    text = read_document(BUCKS).text
    assert "Revised Statutory Direction\n\n3. On 12 July 2018" in text
    assert "in their direct work with children.\n\n- f. The speed" in text
    assert "\n\nCommissioner Related Activity\n\n" in text
    # A title-case heading ending in a lowercase letter does not swallow a lowercase line.
    assert normalise_text("Purpose of Agenda Item\n\nthe purpose is") == "Purpose of Agenda Item\n\nthe purpose is"
    # A list enumerator "a." starts a new item even after an unfinished line.
    assert normalise_text("His findings included\n\na. A significant") == "His findings included\n\na. A significant"


def test_join_rules():
    assert normalise_text("The Council is required to co-\n\noperate with Hampshire.") == \
        "The Council is required to co-operate with Hampshire."
    assert normalise_text("risk and need. Caseloads have reduced,\n\n\n\n- and this is enabling") == \
        "risk and need. Caseloads have reduced, and this is enabling"
    assert normalise_text("It ended here.\n\nand a new paragraph") == "It ended here.\n\nand a new paragraph"
    assert normalise_text("ends with a word\n\nStarts With Capital") == "ends with a word\n\nStarts With Capital"
    assert normalise_text("row\tcell ends lowercase\n\nnext line") == "row\tcell ends lowercase\n\nnext line"
    assert not is_continuation("Report from: Director of People – Children and Adults", "Services")
    # pdftotext-style form feeds are page breaks too.
    assert normalise_text("some external support\x0cshould be commissioned.") == \
        "some external support should be commissioned."


def test_tab_separated_table_rows_are_kept():
    text = read_document(MEDWAY).text
    assert "\nRisk\tDescription\tAction to avoid or mitigate risk\tRisk rating\n" in text
    assert "\n\t\tarrangements for seeing and maintaining contact with children" in text
    row = next(line for line in text.splitlines() if line.startswith("Recruitment & retention\t"))
    assert row.endswith("\tC3")
    assert "Title:\tChildren's Services Update\nCommittee date:\tTuesday 2 October 2018" in read_document(BUCKS).text


def test_bullet_glyphs_become_one_marker():
    raw = ("Questions include: -\n\nØ\xa0 How did the council respond?\n\n"
           "·\xa0\xa0\xa0\xa0 The Local Authority had last been inspected\n"
           "  • Proactive communication\n▪ Square\n§ Section-style\no\tLetter o bullet\n"
           "\uf0b7 Symbol font bullet\n- a dash item stays\nØdegaard is a name\no'clock is a word\n")
    assert normalise_text(raw) == (
        "Questions include: -\n\n• How did the council respond?\n\n"
        "• The Local Authority had last been inspected\n• Proactive communication\n• Square\n"
        "• Section-style\n• Letter o bullet\n• Symbol font bullet\n- a dash item stays\n"
        "Ødegaard is a name\no'clock is a word")


def test_a_bullet_glyph_alone_on_its_line_joins_the_next_line():
    assert normalise_text("Points made:\n\uf0b7\nCaseloads are high\n•\n\nSupervision varies") == \
        "Points made:\n• Caseloads are high\n• Supervision varies"


def test_bullets_in_the_real_corpus():
    assert "\n\n• How did the council respond?\n\n" in read_document(GLOUCESTERSHIRE).text
    assert "\n\n• The unannounced inspection had lasted for 4 weeks." in read_document(WORCESTERSHIRE).text
    assert "\n\n• Proactive communication and engagement" in read_document(WIRRAL).text


def test_paragraph_spacing_and_whitespace():
    text = read_document(WIRRAL).text
    assert "\xa0" not in text and "\n\n\n" not in text and "\r" not in text
    assert all(line == line.strip(" ") for line in text.splitlines())
    # The NBSP-only lines between paragraphs are gone: exactly one blank line separates them.
    assert "learning culture’.\n\nThe Director for Children informed" in text
    # NBSP padding after paragraph numbers becomes a single space.
    assert "\n\n3.1 Andrew Ireland, Chair" in read_document(GLOUCESTERSHIRE).text
    assert normalise_text("\n\n  line one  \r\nline\u200b two\r\n\r\n\r\n\r\n\xa0\f  next\t\n") == \
        "line one\nline two\n\nnext\t"


def test_html_like_text_in_a_txt_file_stays_text(tmp_path):
    content = "The officer quoted the page source: <script>alert('x')</script> and <b>bold</b>."
    assert read_document(write(tmp_path, "a.txt", content)).text == content


# --------------------------------------------------------------------------- encodings and bad files


def test_windows_1252_text(tmp_path):
    content = "The council\x92s budget of \xa311 million \x96 \x93agreed\x94 on 2 October.\r\n"
    path = write(tmp_path, "cp1252.txt", content.encode("latin-1"))
    assert read_document(path).text == "The council’s budget of £11 million – “agreed” on 2 October."


def test_windows_1252_short_text_with_accents(tmp_path):
    path = write(tmp_path, "naive.txt", "Café résumé naïve façade".encode("cp1252"))
    assert read_document(path).text == "Café résumé naïve façade"


def test_utf8_bom_and_utf16(tmp_path):
    assert read_document(write(tmp_path, "bom.txt", b"\xef\xbb\xbfMinutes: \xc2\xa310")).text == "Minutes: £10"
    assert read_document(write(tmp_path, "u16.txt", "Minutes: £10\r\n".encode("utf-16"))).text == "Minutes: £10"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n", "\xa0\n\xa0\n".encode()])
def test_empty_file_is_unreadable(tmp_path, content):
    path = write(tmp_path, "empty.txt", content)
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_binary_junk_named_txt_is_unreadable(tmp_path):
    path = write(tmp_path, "junk.txt", random.Random(7).randbytes(20_000))
    with pytest.raises(UnreadableFile, match="binary"):
        read_document(path)


def test_nul_heavy_txt_is_unreadable(tmp_path):
    path = write(tmp_path, "nul.txt", b"Minutes of the meeting\x00\x00\x00\x00" * 500)
    with pytest.raises(UnreadableFile, match=r"nul\.txt looks like binary"):
        read_document(path)


def test_unsupported_suffix(tmp_path):
    for name in ("sheet.xlsx", "README"):
        with pytest.raises(UnsupportedFile, match="supported types are"):
            read_document(write(tmp_path, name, "text"))


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(UnreadableFile, match="could not be opened"):
        read_document(tmp_path / "gone.txt")


def test_errors_are_domain_errors():
    assert issubclass(NeedsOCR, UnreadableFile) and issubclass(UnreadableFile, MinutesQAError)


def test_large_text_file_reads(tmp_path):
    """20 MB of minutes-like text, page breaks and bullets included (linear-time normalisation)."""
    chunk = BUCKS.read_text(encoding="utf-8") + "\n\nØ\xa0 a bullet that ends unfinished\n\n- and continues\n"
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < 20_000_000:
            out.write(chunk)
        out.write("x " * 500_000)  # and one 1 MB line
    doc = read_document(path)
    assert len(doc.text) > 19_000_000
    assert doc.meeting_date == "2018-10-02"
    assert "• a bullet that ends unfinished and continues" in doc.text


# --------------------------------------------------------------------------- markdown and HTML


def test_markdown(tmp_path):
    path = write(tmp_path, "notes.md", "# Children's Select Committee\n\nDate: 2 October 2018\n\n"
                                       "## Actions ##\n\n* Report back in March\n+ Share the plan\n"
                                       "- Keep this dash\n\nSome **bold** text.\n")
    doc = read_document(path)
    assert doc.text == ("Children's Select Committee\n\nDate: 2 October 2018\n\nActions\n\n"
                        "• Report back in March\n• Share the plan\n- Keep this dash\n\nSome **bold** text.")
    assert doc.committee == "Children's Select Committee" and doc.meeting_date == "2018-10-02"


def test_moderngov_page():
    doc = read_document(FIXTURES / "moderngov_agenda_item.html")
    for chrome in ("cookies", "Skip to main content", "Bins and recycling", "Council tax",
                   "Accessibility statement", "dataLayer", "font-family", "Hidden text", "Committees"):
        assert chrome not in doc.text
    assert doc.text.startswith("Ofsted Inspection Feedback\n\n")   # "Agenda item", the page's caption, is furniture
    assert ("main points:\n\n• The Local Authority had last been inspected by Ofsted in 2010 under a very"
            " different inspection regime.\n• The unannounced inspection had lasted for 4 weeks.\n\n") in doc.text
    assert "ask questions.\nThe following main points were made:" in doc.text
    assert "\n\nMeasure\tValue\nAverage caseload\t19\nGroup managers on permanent contracts\t75%\n\n" in doc.text
    assert doc.text.endswith("1. That the report be noted.\n"
                             "2. That the Panel receive the improvement plan before 22 February.")
    assert metadata(doc) == {"council": "Worcestershire County Council",
                             "committee": "Children and Families Overview and Scrutiny Panel",
                             "meeting_date": "2017-02-09", "title": "Ofsted Inspection Feedback",
                             "kind": "minutes"}


def test_html_in_windows_1252_without_a_declared_charset(tmp_path):
    page = "<html><body><p>The council\x92s budget of \xa311m \x96 na\xefve.</p></body></html>".encode("latin-1")
    assert read_document(write(tmp_path, "old.htm", page)).text == "The council’s budget of £11m – naïve."


def test_html_with_a_declared_charset(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            "</head><body><p>Caf\xe9 \x93quote\x94</p></body></html>").encode("latin-1")
    assert read_document(write(tmp_path, "declared.html", page)).text == "Café “quote”"


def test_html_without_a_content_container(tmp_path):
    page = ("<html><head><title>Cabinet - 2 October 2018 - Anytown Borough Council</title></head><body>"
            "<nav><a href='/'>Home</a></nav><div class='menu'>Menu</div>"
            "<h1>Budget Monitoring Report</h1><p>The Cabinet noted the\n   report.</p>"
            "<script>var x = '<p>not text</p>';</script><footer>Footer text</footer></body></html>")
    doc = read_document(write(tmp_path, "page.htm", page))
    assert doc.text == "Budget Monitoring Report\n\nThe Cabinet noted the report."
    assert doc.title == "Budget Monitoring Report"
    assert doc.council == "Anytown Borough Council"


def test_html_title_from_the_title_tag_when_h1_is_generic(tmp_path):
    page = ("<html><head><title>Agenda item - Ofsted Inspection Feedback - Worcestershire County Council"
            "</title></head><body><main><h1>Agenda item</h1><p>Members discussed the report at length.</p>"
            "</main></body></html>")
    assert read_document(write(tmp_path, "item.html", page)).title == "Ofsted Inspection Feedback"


# --------------------------------------------------------------------------- PDF


def build_pdf(path: Path, pages: list[list]) -> Path:
    """A PDF made with reportlab, one list of flowables (or strings) per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story: list = []
    for page in pages:
        story += [Paragraph(item, styles["Normal"]) if isinstance(item, str) else item for item in page]
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story[:-1])
    return path


def test_pdf_pages_tables_and_page_break_join(tmp_path):
    from reportlab.platypus import Spacer, Table

    path = build_pdf(tmp_path / "report.pdf", [
        ["Report to the Children's Select Committee", Spacer(1, 12),
         "Committee date: Tuesday 2 October 2018", Spacer(1, 12),
         "That said, he recommends that some external support"],
        ["should be commissioned.", Spacer(1, 12), Table([["Risk", "Rating"], ["Caseloads", "B2"]])],
    ])
    doc = read_document(path)
    assert doc.text == ("Report to the Children's Select Committee\n\nCommittee date: Tuesday 2 October 2018\n\n"
                        "That said, he recommends that some external support should be commissioned.\n\n"
                        "Risk\tRating\nCaseloads\tB2")
    assert (doc.committee, doc.meeting_date, doc.kind) == ("Children's Select Committee", "2018-10-02", "report")


def test_pdf_page_numbers_are_dropped(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "numbered.pdf"
    pdf = canvas.Canvas(str(path))
    for number, line in enumerate(["The committee agreed that the plan", "be published in March."], 1):
        pdf.drawString(72, 700, line)
        pdf.drawString(290, 40, f"Page {number} of 2")
        pdf.showPage()
    pdf.save()
    assert read_document(path).text == "The committee agreed that the plan be published in March."


def test_pdf_without_a_text_layer_needs_ocr(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(72, 72, 400, 600, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(NeedsOCR, match=r"scan\.pdf has no text layer; run OCR on it first"):
        read_document(path)


def test_password_protected_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    locked, owner_only = tmp_path / "locked.pdf", tmp_path / "owner-only.pdf"
    for path, user_password in ((locked, "secret"), (owner_only, "")):
        pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption(user_password, ownerPassword="owner"))
        pdf.drawString(72, 700, "Confidential minutes.")
        pdf.showPage()
        pdf.save()
    with pytest.raises(UnreadableFile, match="password-protected"):
        read_document(locked)
    assert read_document(owner_only).text == "Confidential minutes."


@pytest.mark.parametrize("content", [
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\ngarbage",
    b"this is not a pdf at all",
    random.Random(3).randbytes(5000),
])
def test_corrupt_pdf_is_unreadable(tmp_path, content):
    path = write(tmp_path, "broken.pdf", content)
    with pytest.raises(UnreadableFile, match=r"broken\.pdf is not a readable PDF"):
        read_document(path)


def test_truncated_pdf_is_unreadable(tmp_path):
    whole = build_pdf(tmp_path / "whole.pdf", [["Some minutes of a meeting."]]).read_bytes()
    path = write(tmp_path, "cut.pdf", whole[: len(whole) // 3])
    with pytest.raises(UnreadableFile):
        read_document(path)


# --------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_lists_headings_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Report to the Children's Select Committee", level=1)
    document.add_paragraph("Title:\tChildren's Services Update")
    document.add_paragraph("Committee date:\tTuesday 2 October 2018")
    document.add_heading("Ofsted monitoring visit", level=2)
    document.add_paragraph("Inspectors reviewed the following:")
    document.add_paragraph("Thresholds for working with children in need", style="List Bullet")
    document.add_paragraph("The quality of plans", style="List Number")
    table = document.add_table(rows=3, cols=3)
    rows = [["Risk", "Description", "Rating"], ["Caseloads", "Too high\nin places", "B2"], ["", "Merged", ""]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    document.add_paragraph("The committee noted the report.")
    path = tmp_path / "update.docx"
    document.save(str(path))

    doc = read_document(path)
    assert doc.text == ("Report to the Children's Select Committee\n\nTitle:\tChildren's Services Update\n\n"
                        "Committee date:\tTuesday 2 October 2018\n\nOfsted monitoring visit\n\n"
                        "Inspectors reviewed the following:\n\n• Thresholds for working with children in need\n\n"
                        "• The quality of plans\n\nRisk\tDescription\tRating\nCaseloads\tToo high in places\tB2\n"
                        "\tMerged\n\nThe committee noted the report.")
    assert metadata(doc) == {"council": None, "committee": "Children's Select Committee",
                             "meeting_date": "2018-10-02", "title": "Children's Services Update",
                             "kind": "report"}


def test_docx_numbered_paragraph_is_a_list_item(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Members asked for:")
    item = document.add_paragraph("A briefing on school returns", style="List Paragraph")
    numbering = item._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_numId().val = 1
    numbering.get_or_add_ilvl().val = 0
    document.add_paragraph("Indented but not a list", style="List Paragraph")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    assert read_document(path).text == ("Members asked for:\n\n• A briefing on school returns\n\n"
                                        "Indented but not a list")


@pytest.mark.parametrize("content", [b"PK\x03\x04 not a zip", b"plain text pretending", b"PK\x05\x06" + bytes(18)])
def test_corrupt_docx_is_unreadable(tmp_path, content):
    path = write(tmp_path, "broken.docx", content)
    with pytest.raises(UnreadableFile, match=r"broken\.docx is not a readable Word document"):
        read_document(path)


def test_docx_that_is_another_zip_is_unreadable(tmp_path):
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(UnreadableFile, match="not a readable Word document"):
        read_document(path)


def test_reads_every_format_from_one_folder(tmp_path):
    """find_documents + load_manifest + read_document together, as ingest uses them."""
    import docx

    write(tmp_path, "a.txt", "Minutes:\n\nThe panel met.")
    write(tmp_path, "b.md", "# Notes\n\nThe panel met.")
    write(tmp_path, "c.html", "<html><body><main><p>The panel met in public.</p></main></body></html>")
    build_pdf(tmp_path / "d.pdf", [["The panel met."]])
    document = docx.Document()
    document.add_paragraph("The panel met.")
    document.save(str(tmp_path / "e.docx"))
    write(tmp_path, "manifest.csv", "file,council,committee,meeting_date,title,kind,notes\n"
                                    "d.pdf,Wirral Council,,2018,,minutes,\n")
    manifest = load_manifest(tmp_path)
    docs = [read_document(path, manifest) for path in find_documents(tmp_path)]
    assert [d.doc_id for d in docs] == ["a", "b", "c", "d", "e"]
    assert all("The panel met" in d.text for d in docs)
    assert (docs[3].council, docs[3].meeting_date, docs[3].kind) == ("Wirral Council", "2018", "minutes")
    assert docs[0].kind == "minutes" and docs[4].kind is None
    assert os.path.basename(docs[2].path) == "c.html"
