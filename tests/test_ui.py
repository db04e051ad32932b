"""The web app without a browser: rendering, follow-ups, filters, compare, library, API."""
from __future__ import annotations

import re

import csv
import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant import Assistant  # noqa: E402
from assistant.answer import Answer, Quote  # noqa: E402
from assistant.models import DocumentInfo, Filters, Hit  # noqa: E402
from ui import api, compare, library, render  # noqa: E402
from ui.app import build_app, launch, launch_options, theme  # noqa: E402
from ui.chat import (  # noqa: E402
    AS_WRITTEN_NOTE, ChatTurn, answer_as_written, answer_turn, as_written_button, start_turn)
from ui.filters import chip_updates, form_filters  # noqa: E402
from ui.followup import Turn, previous_subject, read_message  # noqa: E402
from ui.state import AppState  # noqa: E402
from ui.widgets import NOT_FOUND, agenda_item_html, parse_marks, parse_request  # noqa: E402

COUNCILS = ["Buckinghamshire County Council", "Gloucestershire County Council", "Medway Council",
            "Wirral Council", "Worcestershire County Council"]
SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
XSS_MINUTES = f"""Testshire County Council
Children's Services Committee
Minutes of the meeting held on 3 March 2021

1. Foster carer recruitment
1.1 The committee heard that the foster carer recruitment campaign {SCRIPT} had doubled the number of enquiries from new foster carers.
1.2 Members asked for a report on foster carer retention by September 2021.
"""


def hit(text: str = "Caseloads fell. Staff stayed.", start: int = 100, **extra) -> Hit:
    values = dict(passage_id=1, doc_id="doc1", text=text, start=start, end=start + len(text), score=1.0,
                  council="Medway Council", committee="Children's Committee", meeting_date="2020-12-01",
                  heading="Assessment of Need", paragraphs=["3.9"], kind="report",
                  sentences=[(start, start + 15)], evidence=0.8)
    values.update(extra)
    return Hit(**values)


def answer(hits: list[Hit] | None = None, answered: bool = True, filters: Filters = Filters()) -> Answer:
    hits = [hit()] if hits is None else hits
    quotes = [Quote(1, h.doc_id, *h.sentences[0], h.text[:15]) for h in hits[:1]] if answered else []
    summary = "“Caseloads fell.” [1]" if answered else "The minutes do not appear to answer this question."
    return Answer("What about caseloads?", answered, summary, hits, quotes, filters)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------ rendering

def test_highlight_marks_sentences_and_escapes_everything():
    text = "<b>Intro</b> Caseloads fell. <i>x</i>"
    html = render.highlight(text, 10, [(10 + 13, 10 + 28)])
    assert html == "&lt;b&gt;Intro&lt;/b&gt; <mark>Caseloads fell.</mark> &lt;i&gt;x&lt;/i&gt;"


def test_merge_spans_clips_sorts_and_merges():
    assert render.merge_spans([(30, 40), (0, 5), (35, 50), (60, 70)], 2, 45) == [(2, 5), (30, 45)]
    assert render.merge_spans([(5, 5), (50, 60)], 0, 10) == []


def test_format_date_handles_partial_dates():
    assert render.format_date("2020-12-01") == "1 December 2020"
    assert render.format_date("2020-07") == "July 2020"
    assert render.format_date("2018") == "2018"
    assert render.format_date(None) == "date unknown"


def test_card_shows_citation_passage_and_context_button():
    html = render.card(hit(), 1, "t0-c1")
    for part in ("Medway Council", "Children&#x27;s Committee", "1 December 2020", "Item: Assessment of Need",
                 "para 3.9", "<mark>Caseloads fell.</mark>", 'data-doc="doc1"', 'data-marks="100-115"',
                 "Show the whole agenda item"):
        assert part in html


def test_card_strikes_out_the_question_words_the_passage_lacks():
    assert 'class="missing"' not in render.card(hit(), 1, "t0-c1")
    html = render.card(hit(missing=["seconded", "<b>"]), 1, "t0-c1")
    assert "Not in this passage: <s>seconded</s> <s>&lt;b&gt;</s>" in html


def test_document_text_with_markup_never_becomes_markup():
    evil = hit(text=f"Intro. {SCRIPT} The end.", council='Evil" onmouseover="x', heading="<h1>item</h1>",
               doc_id='doc"><script>', sentences=[(100, 106)])
    html = render.answer_html(answer([evil]), "t0")
    assert "<script" not in html and "<img" not in html and "<h1>" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert 'data-doc="doc&quot;&gt;&lt;script&gt;"' in html
    assert "Evil&quot; onmouseover=&quot;x" in html


def test_summary_markers_link_to_their_cards_only_when_they_exist():
    html = render.summary_html("“A” [1] “B” [2] see [9]", 2, "t3")
    assert '<a class="ref" href="#t3-c1">[1]</a>' in html and 'href="#t3-c2"' in html
    assert "[9]" in html and "t3-c9" not in html


def test_answer_shows_notes_filters_summary_and_cards():
    html = render.answer_html(answer(filters=Filters(council="Medway Council")), "t0",
                              notes=["Read as: “x” for Medway Council."], seconds=0.25)
    assert "Read as: “x” for Medway Council." in html
    assert "Council: Medway Council" in html
    assert 'class="summary"' in html and html.count('class="card"') == 1
    assert "Answered in 0.25 s" in html


def test_unanswered_says_so_plainly_and_folds_nearest_passages():
    html = render.answer_html(answer(answered=False), "t0")
    assert render.NOTHING_FOUND in html
    assert "<details" in html and "do not appear to answer" in html
    assert render.NOTHING_FOUND in render.answer_html(answer([], answered=False), "t0")


def test_context_outlines_the_passage_inside_the_item():
    text = "Item 3. Before. <b>Cited</b> sentence. After."
    html = render.context_html(text, (0, len(text)), (16, 38), [(16, 28)])
    assert '<span class="cited"><mark>&lt;b&gt;Cited&lt;/b&gt;</mark> sentence.</span> After.' in html
    assert "Item 3. Before. " in html


def test_compare_columns_say_nothing_found_for_a_council():
    html = render.compare_html("Q?", [("Medway Council", answer()), ("Wirral Council", answer([], False))],
                               Filters())
    assert html.count('class="council-col') == 2
    assert "Nothing found in Wirral Council’s minutes." in html
    assert "answered for 1 of 2 councils" in html


def test_conversation_shows_welcome_then_turns():
    assert "Ask a question" in render.conversation_html([])
    page = render.conversation_html([render.turn_html("<b>hi</b>", "<div>a</div>", 0)],
                                    render.pending_html("next?", 1))
    assert "&lt;b&gt;hi&lt;/b&gt;" in page and "Searching the minutes" in page and "Ask a question" not in page


# ------------------------------------------------------------------ follow-ups

def test_and_council_repeats_the_previous_question_for_that_council():
    previous = Turn("What did Ofsted say about caseloads?", Filters(date_from="2018"))
    reading = read_message("And Medway?", Filters(), previous, COUNCILS)
    assert reading.question == previous.question
    assert reading.filters == Filters(council="Medway Council", date_from="2018")
    assert reading.note == "Read as: “What did Ofsted say about caseloads?” for Medway Council."


def test_and_a_year_repeats_the_previous_question_for_that_year():
    previous = Turn("What did Ofsted say about caseloads?", Filters(council="Wirral Council"))
    reading = read_message("What about in 2019?", Filters(), previous, COUNCILS)
    assert reading.filters == Filters(council="Wirral Council", date_from="2019", date_to="2019")
    assert "2019" in reading.note


def test_they_keeps_the_previous_council():
    previous = Turn("What did Ofsted say about caseloads?", Filters(council="Medway Council"))
    reading = read_message("What did they say about agency staff?", Filters(), previous, COUNCILS)
    assert reading.question == "What did they say about agency staff?"
    assert reading.filters.council == "Medway Council"
    assert "Medway Council" in reading.note


def test_they_without_a_council_means_the_previous_subject():
    previous = Turn("What did Ofsted say about caseloads?", Filters())
    reading = read_message("What did they say about agency staff?", Filters(), previous, COUNCILS)
    assert reading.question == "What did Ofsted say about agency staff?"
    assert reading.note == "Read as: “What did Ofsted say about agency staff?”"
    assert previous_subject("What has the Director of Children's Services said?") == \
        "Director of Children's Services"


def test_a_new_question_is_asked_as_typed_with_the_form_filters():
    previous = Turn("What did Ofsted say about caseloads?", Filters(council="Medway Council"))
    reading = read_message("How long will improvement take?", Filters(kind="minutes"), previous, COUNCILS)
    assert reading.question == "How long will improvement take?"
    assert reading.filters == Filters(kind="minutes") and reading.note is None


def test_naming_one_council_in_a_question_searches_only_its_minutes():
    reading = read_message("What did Wirral say about agency staff?", Filters(), None, COUNCILS)
    assert reading.filters.council == "Wirral Council" and "Wirral Council" in reading.note
    assert read_message("Compare Wirral and Medway", Filters(), None, COUNCILS).filters.council is None


# ------------------------------------------------------------------ filters

def test_form_filters_treat_blank_as_no_restriction_and_check_dates():
    assert form_filters("", " ", None, "", "") == Filters()
    assert form_filters("Medway", "", "2019", "2020-06", "report") == \
        Filters("Medway", None, "2019", "2020-06", "report")
    with pytest.raises(ValueError, match="not a date"):
        form_filters("", "", "March 2019")
    with pytest.raises(ValueError, match="after the To date"):
        form_filters("", "", "2021", "2020-05")


def test_active_filters_become_removable_chips():
    label, *chips, clear = chip_updates("Medway Council", "", "2019", "", "")
    assert "click one to remove" in label
    assert [c["visible"] for c in chips] == [True, False, True, False, False]
    assert chips[0]["value"].startswith("Council: Medway Council")
    assert clear["visible"] is True
    label, *chips, clear = chip_updates("", "", "", "", "")
    assert "No filters" in label and not any(c["visible"] for c in chips)


# ------------------------------------------------------------------ chat, compare, context on the sample index

@pytest.fixture(scope="module")
def state(sample_assistant, tmp_path_factory) -> AppState:
    return AppState(sample_assistant, tmp_path_factory.mktemp("corpus"))


def test_chat_turns_answer_and_follow_up(state):
    turns: list[ChatTurn] = []
    page, box, pending = start_turn("What did Ofsted say about caseloads?", turns, "", "", "", "", "")
    assert box == "" and "Searching the minutes" in page
    page, turns = answer_turn(state, pending, turns, "", "", "", "", "")
    assert 'class="card"' in page and "[1]" in page
    page, turns = answer_turn(state, "And Wirral?", turns, "", "", "", "", "")
    assert turns[-1].asked == Turn("What did Ofsted say about caseloads?", Filters(council="Wirral Council"))
    assert "Read as: “What did Ofsted say about caseloads?” for Wirral Council." in page


def test_filters_read_from_a_message_can_be_undone(state):
    page, turns = answer_turn(state, "What did Ofsted say about caseloads in Medway?", [], "", "", "", "", "")
    assert turns[-1].narrowed and as_written_button(turns)["visible"]
    assert turns[-1].asked.filters.council == "Medway Council"
    page, turns = answer_as_written(state, turns, "", "", "", "", "")
    assert AS_WRITTEN_NOTE in page and len(turns) == 2
    assert turns[-1].asked.filters == Filters() and not turns[-1].narrowed
    assert not as_written_button(turns)["visible"]
    page, turns = answer_turn(state, "And Wirral?", turns, "", "", "", "", "")
    assert not turns[-1].narrowed      # the council was asked for, not read into the question


def test_chat_refuses_empty_questions_and_bad_dates():
    with pytest.raises(gr.Error):
        start_turn("  ", [], "", "", "", "", "")
    with pytest.raises(gr.Error, match="not a date"):
        start_turn("Caseloads?", [], "", "", "yesterday", "", "")


def test_compare_asks_each_council_separately(state):
    results = compare.compare(state, "What did Ofsted say about caseloads?", Filters())
    assert [c for c, _ in results] == state.councils()
    for council, result in results:
        assert len(result.passages) <= compare.PER_COUNCIL
        assert all(h.council == council for h in result.passages)


def test_compare_says_nothing_found_where_filters_leave_nothing(state):
    results = compare.compare(state, "What did Ofsted say about caseloads?", Filters(date_from="2020"))
    by_council = dict(results)
    assert not by_council["Wirral Council"].answered
    html = render.compare_html("q", results, Filters(date_from="2020"))
    assert "Nothing found in Wirral Council’s minutes." in html


def test_compare_respects_the_council_filter():
    assert compare.councils_to_compare(COUNCILS, "county") == [c for c in COUNCILS if "County" in c]
    assert compare.councils_to_compare(COUNCILS, None) == COUNCILS


def test_compare_csv_has_a_row_per_citation_and_per_silent_council(state):
    results = compare.compare(state, "What did Ofsted say about caseloads?", Filters(date_from="2020"))
    path = compare.write_csv(results, "What did Ofsted say about caseloads?", state.downloads)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0] == compare.CSV_HEADER and path.name == "compare-what-did-ofsted-say-about-caseloads.csv"
    assert ["Wirral Council", "no", "", "", "", "", "", "", ""] in rows
    cited = [r for r in rows[1:] if r[1] == "yes"]
    assert cited and all(r[2].isdigit() and r[6] and int(r[7]) < int(r[8]) for r in cited)


def test_csv_cells_cannot_become_formulas():
    rows = compare.csv_rows([("=HYPERLINK(1)", Answer("q", False, "", [])), ("- HYPERLINK(2)", Answer("q", False, "", []))])
    assert [row[0] for row in rows] == ["'=HYPERLINK(1)", "'- HYPERLINK(2)"]


def test_agenda_item_opens_around_the_cited_passage(state):
    cited = state.ask("What did Ofsted say about caseloads?", Filters()).passages[0]
    marks = ",".join(f"{s}-{e}" for s, e in cited.sentences)
    html = agenda_item_html(state, {"doc": cited.doc_id, "start": cited.start, "end": cited.end, "marks": marks})
    assert '<span class="cited">' in html and "<mark>" in html
    text, start, end = state.context(cited)
    assert start <= cited.start and end >= cited.end
    assert agenda_item_html(state, {"doc": "no-such-doc", "start": 0, "end": 5}) == NOT_FOUND
    assert agenda_item_html(state, {"doc": cited.doc_id, "start": "x", "end": 5}) == NOT_FOUND


def test_context_requests_are_parsed_strictly():
    assert parse_marks("10-20,30-45") == [(10, 20), (30, 45)] and parse_marks("") == []
    assert parse_request({"doc": "d", "start": "3", "end": 9, "marks": "3-5"}) == ("d", 3, 9, [(3, 5)])
    with pytest.raises(ValueError):
        parse_request({"doc": "d", "start": 9, "end": 3})


# ------------------------------------------------------------------ library

def test_uploads_are_checked_for_type_size_and_content(tmp_path):
    def file(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    assert library.check_upload(file("a.txt", b"Minutes"), "a.txt") is None
    assert "the library takes" in library.check_upload(file("a.exe", b"MZ"), "a.exe")
    assert "is empty" in library.check_upload(file("e.txt", b""), "e.txt")
    assert "not a PDF" in library.check_upload(file("f.pdf", b"hello"), "f.pdf")
    assert "not a Word" in library.check_upload(file("f.docx", b"hello"), "f.docx")
    assert "binary" in library.check_upload(file("b.md", b"\x00\x01"), "b.md")
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(library.MAX_UPLOAD_BYTES + 1)
    assert "the limit is 20 MB" in library.check_upload(big, "big.txt")


def test_upload_names_are_made_safe():
    assert library.safe_name("../../etc/passwd") == "passwd"
    assert library.safe_name(".hidden.txt") == "hidden.txt"
    assert library.safe_name("Minutes <2020>.pdf") == "Minutes _2020_.pdf"


def test_uploads_with_a_taken_name_are_refused(tmp_path):
    source = tmp_path / "in" / "000_a.txt"
    source.parent.mkdir()
    source.write_text("Minutes of a meeting")
    existing = [DocumentInfo("000_a", "corpus/000_a.txt", None, None, None, None, None, 3)]
    accepted, rejected = library.save_uploads([str(source)], tmp_path / "corpus", existing)
    assert accepted == [] and "already in the library" in rejected[0][1]


@pytest.fixture
def small_library(tmp_path, embedder) -> AppState:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "xss.txt").write_text(XSS_MINUTES, encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,kind,notes\n"
        "xss.txt,Testshire County Council,Children's Services Committee,2021-03-03,Foster carers,minutes,\n")
    return AppState(Assistant.build(corpus, tmp_path / "index", embedder=embedder), corpus)


def test_upload_adds_a_described_document_and_refreshes_the_page(small_library, tmp_path):
    upload = tmp_path / "browser" / "Adoption report.txt"
    upload.parent.mkdir()
    upload.write_text("Adoption Panel report\n\n1. Adoption timeliness\n1.1 The average time from a child "
                      "entering care to moving in with an adoptive family fell to 410 days.\n")
    junk = tmp_path / "browser" / "virus.exe"
    junk.write_bytes(b"MZ")
    table, summary, report, councils, committees, kinds, files = library.add_files(
        small_library, [str(upload), str(junk)], "Otherford Council", "Adoption Panel", "2021-05", "report")
    assert (small_library.corpus / "uploads" / "Adoption report.txt").is_file()
    assert "Added 1 file(s): Adoption report.txt." in report and "Not added: virus.exe" in report
    assert "Otherford Council" in set(table["Council"]) and "**2 documents**" in summary
    assert ("Otherford Council", "Otherford Council") in councils["choices"] and files is None
    found = small_library.ask("How long did adoption take?", Filters(council="Otherford"))
    assert found.passages and found.passages[0].doc_id == "Adoption report"


def test_upload_errors_are_clear(small_library, tmp_path):
    junk = tmp_path / "x.exe"
    junk.write_bytes(b"MZ")
    with pytest.raises(gr.Error, match="No file was added. x.exe is a .exe file"):
        library.add_files(small_library, [str(junk)], "", "", "", "")
    with pytest.raises(gr.Error, match="Choose one or more files"):
        library.add_files(small_library, [], "", "", "", "")
    with pytest.raises(gr.Error, match="is not a date"):
        library.add_files(small_library, [str(junk)], "", "", "last May", "")


def test_reindex_picks_up_new_files_in_the_corpus_folder(small_library):
    (small_library.corpus / "later.md").write_text("# Later minutes\n\nThe committee noted the budget.\n")
    table, summary, report, *_ = library.reindex(small_library)
    assert "1 file(s) read" in report and len(table) == 2


def test_script_in_a_document_is_escaped_in_the_answer(small_library):
    result = small_library.ask("What did the foster carer recruitment campaign do?", Filters())
    assert result.passages      # answered or not, its passages are shown (folded away when not)
    html = render.answer_html(result, "t0")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html and "<script" not in html
    context = agenda_item_html(small_library, {"doc": "xss", "start": result.passages[0].start,
                                               "end": result.passages[0].end})
    assert "&lt;img src=x onerror=" in context and "<img" not in context


# ------------------------------------------------------------------ the app and its API

def test_the_page_needs_no_outside_fonts_or_services():
    options = launch_options()
    assert options["ssr_mode"] is False and options["max_file_size"] == 20 * 1024 * 1024
    fonts = theme()._font + theme()._font_mono
    assert all(isinstance(font, str) or type(font).__name__ == "LocalFont" for font in fonts)
    assert not theme()._stylesheets
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"


def test_only_the_named_endpoints_are_public(state):
    app = build_app(state.assistant, state.corpus)
    names = {name for name, info in app.get_api_info()["named_endpoints"].items()}
    assert names == {"/ask", "/compare"}


def test_ask_endpoint_returns_the_answer_as_json(state):
    ask = api.ask_endpoint(state)
    data = ask("What did Ofsted say about caseloads?", council="Medway")
    assert data["answered"] and data["passages"]
    assert all(p["council"] == "Medway Council" and p["citation"] for p in data["passages"])
    with pytest.raises(gr.Error):
        ask("Caseloads?", date_from="soon")


@pytest.fixture(scope="module")
def served(state):
    app = build_app(state.assistant, state.corpus)
    url = launch(app, port=free_port(), block=False, quiet=True)
    yield url
    app.close()


def test_queue_positions_are_sent_on_a_timer_not_at_every_start(state):
    from ui.app import QUEUE_STATUS_EVERY

    app = build_app(state.assistant, state.corpus)
    launch(app, port=free_port(), block=False, quiet=True)
    try:
        assert app._queue.live_updates is False and app._queue.update_intervals == QUEUE_STATUS_EVERY
    finally:
        app.close()


def test_a_new_session_configures_its_blocks_only_when_they_are_read(state):
    """An API call without a session makes one; Gradio would configure all the page's blocks for it."""
    from gradio.state_holder import SessionState

    app = build_app(state.assistant, state.corpus)
    session = SessionState(app)
    assert dict.__len__(session.config_values) == 0
    config = app.default_config
    every = {k: config.config_for_block(k, [], block) for k, block in config.blocks.items() if k in app.blocks}
    some = next(iter(every))
    assert session.config_values[some] == every[some] and dict.__len__(session.config_values) == 1
    assert list(session.components) == list(every.values())      # what a deep link saves: every block
    assert app._queue.ANAYLTICS_CACHE_FREQUENCY >= 10**6            # no summary per event for a dashboard that is off


def test_gradio_client_can_ask_with_filters(served):
    from gradio_client import Client

    client = Client(served, verbose=False)
    data = client.predict("What did Ofsted say about caseloads?", "Wirral", "", "", "", "", 3, api_name="/ask")
    assert data["question"] == "What did Ofsted say about caseloads?"
    assert data["answered"] is True and 1 <= len(data["passages"]) <= 3
    assert all(p["council"] == "Wirral Council" for p in data["passages"])
    assert re.search(r"\[[1-3]\]", data["summary"])
    rows = client.predict(question="What did Ofsted say about caseloads?", date_from="2020", api_name="/compare")
    assert {row["council"] for row in rows} == set(COUNCILS)


def test_a_failing_question_is_reported_in_the_conversation(state, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("index <unreadable>")

    monkeypatch.setattr(state.assistant, "ask", broken)
    page, turns = answer_turn(state, "Caseloads?", [], "", "", "", "", "")
    assert "This question could not be answered: index &lt;unreadable&gt;" in page
    assert "Searching the minutes" not in page and len(turns) == 1
