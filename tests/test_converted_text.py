"""Text layers made by OCR or by converting a document: words hyphenated across lines,
ligature characters, page numbers and running headers in more positions, letter-spaced
headings. The stored text reads the words whole, and every quote stays a verbatim substring
of it. All fixtures are written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents import read_document
from assistant.furniture import is_page_number, remove_page_furniture
from assistant.normalise import normalise_text, page_starts
from assistant.passages import split_passages
from assistant.sentences import split_sentences


def test_a_word_hyphenated_at_a_line_end_is_read_whole():
    text = normalise_text("The Head of Planning recom-\nmended refusal of the appli-\ncation on design grounds.")
    assert text == "The Head of Planning recommended\nrefusal of the application\non design grounds."


def test_a_hyphenated_fragment_that_ends_its_line_takes_its_punctuation():
    assert normalise_text("Members asked about the consul-\ntation.\nIt closes in May.") == \
        "Members asked about the consultation.\nIt closes in May."


@pytest.mark.parametrize("wrapped, read", [
    ("to co-\noperate with", "to co-operate\nwith"),                  # a prefix that keeps its hyphen
    ("a long-\nterm lease", "a long-term\nlease"),
    ("the council-\nowned car parks. The council owned them", "the council-owned\ncar parks. The council owned them"),
    ("the well-\nbeing board", "the well-being\nboard"),
    ("cost - \nwhich was", "cost -\nwhich was"),                      # a dash, not a hyphen
    ("the A-\nroad", "the A-\nroad"),                                  # a capital letter alone is no word part
    ("Ward 12-\n14 were", "Ward 12-\n14 were"),                       # figures are never joined
])
def test_hyphens_that_belong_to_the_word_stay(wrapped, read):
    assert normalise_text(wrapped) == read


def test_a_word_the_document_writes_whole_elsewhere_is_joined_whole():
    text = normalise_text("The decision-making is clear.\nThe so-called pro-\ngramme and the programme budget.")
    assert "The so-called programme\nand the programme budget." in text


def test_a_word_hyphenated_across_a_page_break_is_read_whole_unless_a_compound():
    assert normalise_text("The panel recom-\n\nmended a review.") == "The panel recommended a review."
    assert normalise_text("The Council is required to co-\n\noperate with Hampshire.") == \
        "The Council is required to co-operate with Hampshire."
    assert normalise_text("A decision-making body. The decision-\n\nmaking was slow.") == \
        "A decision-making body. The decision-making was slow."


def test_a_table_row_is_never_joined_to_the_next_line():
    assert normalise_text("Item\tRecom-\nmended action") == "Item\tRecom-\nmended action"


def test_ligature_characters_read_as_letters():
    assert normalise_text("The ﬁnal ﬂood oﬃcer's eﬀort, the staﬀ") == "The final flood officer's effort, the staff"


@pytest.mark.parametrize("line, spaced", [
    ("M I N U T E S", "MINUTES"),
    ("P L A N N I N G   C O M M I T T E E", "PLANNING COMMITTEE"),
    ("C A B I N E T\tM I N U T E S", "CABINET MINUTES"),
])
def test_a_letter_spaced_heading_reads_as_words(line, spaced):
    assert normalise_text(f"{line}\n\nThe committee met.") == f"{spaced}\n\nThe committee met."


@pytest.mark.parametrize("line", ["A B C", "Options A B or C were considered.", "x = a b c d"])
def test_lines_with_single_letters_that_are_not_spaced_words_stay(line):
    assert normalise_text(line) == " ".join(line.split())


@pytest.mark.parametrize("line", ["Tudalen 3", "Tudalen 3 o 9", "Page 3 of 9", "- 3 of 9 -", "Page No. 3",
                                  "3 | T u d a l e n"])
def test_more_page_number_forms(line):
    assert is_page_number(line)


def test_a_footer_of_three_running_lines_is_removed_whole():
    bodies = ["The grant was agreed.\nIt runs to March.", "Fees rise by 3%.\nParking is free on Sundays.",
              "The bridge reopens in May.\nA survey follows."]
    pages = [f"{bodies[n - 1]}\n"
             f"Draft, subject to approval\nSouthtown Democratic Services\nPage {n} of 3" for n in (1, 2, 3)]
    cleaned = remove_page_furniture(pages)
    assert "Democratic Services" not in cleaned.text and "Draft, subject" not in cleaned.text
    assert "Page 2 of 3" not in cleaned.text and all(body in cleaned.text for body in bodies)


def test_a_running_header_on_alternate_sides_of_facing_pages_is_removed():
    pages = [(f"Licensing Committee 4 March 2025\tPage {n}\n" if n % 2 else f"Page {n}\tLicensing Committee 4 March 2025\n")
             + f"Paragraph {n} about the licence.\nAnd its conditions." for n in (1, 2, 3, 4)]
    cleaned = remove_page_furniture(pages)
    assert cleaned.text.count("Licensing Committee") == 1   # kept atop the first page only, as its heading
    assert "Page 2" not in cleaned.text and "Page 4" not in cleaned.text


def _ocr_pdf(path: Path) -> Path:
    """Three pages as an OCR engine or converter leaves them: a letter-spaced title, words split at
    line ends, a running header and a three-line footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pages = [
        ["M I N U T E S", "", "Minutes of the meeting of the Planning Committee held on 4 March 2025",
         "", "12. Land east of Mill Lane", "The officer recom-", "mended approval of the appli-",
         "cation subject to conditions."],
        ["13. Tree preservation order", "Members agreed to confirm the order and asked for a report on the",
         "replacement plant-", "ing scheme."],
        ["14. Appeals", "The committee noted the decisions of the Planning Inspec-", "torate."],
    ]
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages, 1):
        pdf.drawString(72, 800, "Planning Committee - 4 March 2025")
        y = 760
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.drawString(72, 70, "Subject to approval at the next meeting")
        pdf.drawString(72, 55, "Westbury Town Council offices, Democratic Services")
        pdf.drawString(270, 40, f"Page {number} of 3")
        pdf.showPage()
    pdf.save()
    return path


def test_an_ocr_like_pdf_reads_whole_words_without_its_furniture(tmp_path):
    doc = read_document(_ocr_pdf(tmp_path / "planning.pdf"))
    assert "MINUTES\n\nMinutes of the meeting of the Planning Committee held on 4 March 2025" in doc.text
    for words in ("recommended approval of the application", "replacement planting scheme",
                  "Planning Inspectorate."):
        assert words in " ".join(doc.text.split())
    for furniture in ("Page 2 of 3", "Subject to approval", "Democratic Services"):
        assert furniture not in doc.text
    assert doc.text.count("Planning Committee - 4 March") <= 1   # the first page's heading may stay
    assert doc.meeting_date == "2025-03-04"
    assert doc.text[doc.pages[1]:].startswith("13. Tree preservation order")
    passages = split_passages(doc)
    assert any("recommended" in p.text for p in passages)
    for passage in passages:                     # every sentence a quote can take is in the stored text
        for start, end in split_sentences(passage.text):
            assert passage.text[start:end] in doc.text


def test_page_starts_hold_for_pages_whose_words_were_joined():
    pages = ["First page ends with a recom-\nmended step.", "Second page ﬁnds the oﬃce."]
    text = normalise_text("\n\n".join(pages))
    starts = page_starts(text, pages)
    assert text[starts[1]:] == "Second page finds the office."


def test_a_very_long_letter_spaced_heading_line_is_read_without_error():
    from assistant.metadata import metadata_from_text

    text = normalise_text("M I N U T E S   O F   T H E\t" * 40 + "\n\nThe committee met.")
    assert text.startswith("MINUTES OF THE MINUTES OF THE")
    assert metadata_from_text(text)["committee"] is None


def test_a_page_of_unpunctuated_capitals_is_not_read_as_one_wrapped_heading():
    from assistant.metadata import header_lines

    lines = header_lines(normalise_text(("MINUTES OF THE PANEL " * 40 + "\n") * 100))
    assert max(map(len, lines)) < 2000


CLERK_PAGES = [
    "Dunmere District Council\nLicensing Committee - 4 March 2019\n\n1  TAXI FARES\n\n"
    "The Licensing Manager reported that the fares had not changed since 2014.\n\n\n"
    "                                   Page 1\n",
    "Licensing Committee - 4 March 2019\n\nThe Committee agreed a rise of 4 per cent from\n"
    "1 June 2019 and asked for a report on card payments.\n\n2  STREET TRADING\n\n"
    "Two new consents were granted for the market square.\n\n\n"
    "                                   Page 2\n",
    "Licensing Committee - 4 March 2019\n\n3  URGENT BUSINESS\n\nThere was no urgent business.\n\n"
    "                                   Page 3\n",
]


def test_text_saved_from_a_pdf_is_read_page_by_page(tmp_path):
    path = tmp_path / "licensing.txt"
    path.write_text("\f".join(CLERK_PAGES), encoding="utf-8")
    document = read_document(path)
    lines = [line.strip() for line in document.text.split("\n")]
    assert not any(line.startswith("Page ") for line in lines)             # page numbers gone
    assert lines.count("Licensing Committee - 4 March 2019") == 1            # the running header: once, on top
    assert len(document.pages) == 3
    second = document.text.index("The Committee agreed")
    assert document.pages[1] <= second < document.pages[2]                   # cited on its own page


def test_a_text_file_without_page_breaks_is_read_as_it_is(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("".join(CLERK_PAGES), encoding="utf-8")
    document = read_document(path)
    assert "Page 2" in document.text and len(document.pages) <= 1
