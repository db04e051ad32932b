"""PDF page numbers: where each page begins in a Document, each passage's pages, "p. 7" in citations."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.documents import read_document
from assistant.migrations import migrate
from assistant.models import Hit, page_label, page_range
from assistant.normalise import normalise_text, page_starts

HEADER, FOOTER = "Cabinet - 12 January 2021", "Eastvale District Council"
PAGES = [
    ["Eastvale District Council", "Cabinet - Tuesday, 12 January 2021", "45/20 Leisure Centre Roof",
     "The Head of Property reported that the roof survey had found asbestos in the"],
    ["plant room and that the leisure centre would close for six weeks.",
     "46/20 Housing Allocations", "Cabinet approved the revised allocations policy for care leavers."],
    ["47/20 Budget Monitoring", "The Director of Finance reported a forecast overspend of 2.1 million pounds",
     "on children's placements."],
]


def cabinet_pdf(path: Path) -> Path:
    """Three pages of minutes with a running header, a footer and page numbers; the first
    item's sentence runs over the first page break."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(PAGES, 1):
        pdf.drawString(72, 800, HEADER)
        for row, line in enumerate(lines):
            pdf.drawString(72, 740 - 40 * row, line)
        pdf.drawString(72, 40, FOOTER)
        pdf.drawString(500, 40, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def pdf_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("pdf-corpus")
    cabinet_pdf(corpus / "eastvale-cabinet-2021-01-12.pdf")
    (corpus / "eastvale-scrutiny-2021-02-01.txt").write_text(
        "Eastvale District Council\nScrutiny Committee\n\n12/21 Leisure Centre Roof\n\n"
        "Members asked when the leisure centre would reopen after the asbestos removal.\n", encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def pdf_assistant(pdf_corpus, tmp_path_factory, embedder):
    from assistant import Assistant

    assistant = Assistant.build(pdf_corpus, tmp_path_factory.mktemp("pdf-index"), embedder=embedder)
    yield assistant
    assistant.close()


# ------------------------------------------------------------------ reading


def test_a_pdf_document_knows_where_each_page_begins(pdf_corpus):
    doc = read_document(pdf_corpus / "eastvale-cabinet-2021-01-12.pdf")
    assert len(doc.pages) == 3 and doc.pages[0] == 0
    assert doc.text[doc.pages[1]:].startswith("plant room and that")    # the sentence joined over the break
    assert doc.text[doc.pages[2]:].startswith("47/20 Budget Monitoring")
    assert "asbestos in the plant room" in doc.text


def test_other_formats_have_no_pages(pdf_corpus):
    assert read_document(pdf_corpus / "eastvale-scrutiny-2021-02-01.txt").pages == []


def test_page_starts_follow_the_letters_through_normalisation():
    pages = ["Title\n\n\u2022   First   item\nends with a", "continuation of it.\n\nNext para", "", "Last page"]
    text = normalise_text("\n\n".join(pages))
    starts = page_starts(text, pages)
    assert starts[0] == 0
    assert text[starts[1]:].startswith("continuation of it.")
    assert starts[2] == starts[3] and text[starts[3]:] == "Last page"   # an empty page begins where the next does


def test_a_page_begins_at_its_first_line_mark_included():
    pages = ["Intro.", "\u2022 Item one", "(a) part"]
    text = normalise_text("\n\n".join(pages))
    starts = page_starts(text, pages)
    assert text[starts[1]:].startswith("\u2022 Item one") and text[starts[2]:].startswith("(a) part")


def test_page_range_and_labels():
    starts = [0, 100, 250]
    assert page_range(starts, 0, 50) == (1, 1)
    assert page_range(starts, 90, 120) == (1, 2)
    assert page_range(starts, 100, 250) == (2, 2)          # the end offset is exclusive
    assert page_range(starts, 260, 300) == (3, 3)
    assert page_range([], 0, 10) == (None, None)
    assert page_label(7) == "p. 7" and page_label(7, 7) == "p. 7" and page_label(7, 8) == "pp. 7–8"


def test_citation_names_the_pages_when_known():
    hit = Hit(passage_id=1, doc_id="d", text="x", start=0, end=1, score=1.0, council="Eastvale District Council",
              committee="Cabinet", meeting_date="2021-01-12", heading="45/20 Leisure Centre Roof")
    assert hit.citation() == "Eastvale District Council, Cabinet, 2021-01-12, item: 45/20 Leisure Centre Roof"
    hit.page, hit.last_page = 7, 7
    assert hit.citation().endswith("item: 45/20 Leisure Centre Roof, p. 7")
    hit.last_page = 8
    assert hit.citation().endswith(", pp. 7–8")


# ------------------------------------------------------------------ the index


def test_migration_4_adds_pages_to_an_older_database():
    from assistant.migrations import MIGRATIONS

    db = sqlite3.connect(":memory:")
    for number, sql in MIGRATIONS[:3]:      # a database as minutes-qa left it at schema 3
        db.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")
    db.execute("INSERT INTO documents (doc_id, path, signature, text) VALUES ('old', 'old.txt', '', '')")
    assert migrate(db) >= 4
    assert db.execute("SELECT pages FROM documents").fetchone()[0] == "[]"


def test_hits_carry_their_pages(pdf_assistant):
    hits = pdf_assistant.search("forecast overspend on children's placements", k=5)
    budget = next(h for h in hits if "overspend" in h.text)
    assert (budget.page, budget.last_page) == (3, 3)
    assert budget.citation().endswith("p. 3")
    roof = next(h for h in pdf_assistant.search("asbestos in the plant room", k=5)
                if h.doc_id.startswith("eastvale-cabinet") and "asbestos" in h.text)
    assert (roof.page, roof.last_page) == (1, 2) and roof.citation().endswith("pp. 1–2")
    scrutiny = next(h for h in pdf_assistant.search("when would the leisure centre reopen", k=5)
                    if h.doc_id.startswith("eastvale-scrutiny"))
    assert scrutiny.page is None and " p. " not in scrutiny.citation()


def test_the_cli_and_the_web_app_show_the_page(pdf_assistant):
    from assistant.cli import cli
    from ui.render import citation_parts

    result = CliRunner().invoke(cli, ["ask", "What overspend did the Director of Finance report?",
                                      "--index", str(pdf_assistant.index_dir)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "item: 47/20 Budget Monitoring, p. 3" in result.output
    budget = next(h for h in pdf_assistant.search("forecast overspend", k=5) if "overspend" in h.text)
    assert "p. 3" in citation_parts(budget)[1]
