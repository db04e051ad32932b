"""The commitments register: follow-ups, promise questions, the CLI command and the Commitments tab."""
from __future__ import annotations

import contextlib
import csv
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant import Assistant  # noqa: E402
from assistant.cli import cli  # noqa: E402
from assistant.commitments import KINDS  # noqa: E402
from assistant.models import Commitment, Filters, Hit  # noqa: E402
from assistant.register import (  # noqa: E402
    CSV_COLUMNS,
    day_after,
    due_within,
    follow_ups,
    is_later,
    is_promise_question,
    kinds_asked,
    merge_hits,
    owner_matches,
    register_hits,
    returns_to,
    topic_words,
    with_aliases,
)
from assistant.spreadsheet import spreadsheet_safe  # noqa: E402
from ui import commitments_tab as tab  # noqa: E402
from ui.downloads import DownloadFolder  # noqa: E402

NORTH, SOUTH = "Northshire County Council", "Southby Borough Council"
MANIFEST = f"""file,council,committee,meeting_date,title,kind,notes
north-2021-01.txt,{NORTH},Children's Scrutiny Committee,2021-01-13,Fostering Update,minutes,
north-2021-03.txt,{NORTH},Children's Scrutiny Committee,2021-03-03,Fostering and Transport,minutes,
north-2021-06.txt,{NORTH},Children's Scrutiny Committee,2021-06-09,Foster Carer Retention,minutes,
north-undated.txt,{NORTH},Children's Scrutiny Committee,,Fostering Note,report,
south-2021-02.txt,{SOUTH},Children's Services Committee,2021-02-10,Fostering Service,minutes,
south-2021-07.txt,{SOUTH},Children's Services Committee,2021-07-01,Fostering Service Review,minutes,
"""
MINUTES = {
    "north-2021-01.txt": """Northshire County Council
Children's Scrutiny Committee
Minutes of the meeting held on 13 January 2021

1. Fostering update
1.1 Members heard that foster carer retention had been a concern during the pandemic, with several experienced foster carers leaving the service.
1.2 The committee noted the update.
""",
    "north-2021-03.txt": """Northshire County Council
Children's Scrutiny Committee
Minutes of the meeting held on 3 March 2021

3. Foster carer recruitment
3.1 The committee heard that the recruitment campaign had doubled the number of enquiries from prospective foster carers.
3.2 Members were concerned that experienced foster carers were leaving the service faster than new carers were approved.
3.3 The Director of Children's Services agreed to bring a report on foster carer retention rates back to the committee in June 2021.

4. Home to school transport
4.1 Members discussed the rising cost of home to school transport for pupils with special educational needs.
4.2 The Head of Finance undertook to circulate a breakdown of the transport contract costs to Members.
""",
    "north-2021-06.txt": """Northshire County Council
Children's Scrutiny Committee
Minutes of the meeting held on 9 June 2021

2. Foster carer retention
2.1 The Director of Children's Services presented the report on foster carer retention that the committee had requested in March.
2.2 Retention of foster carers had improved from 82 per cent to 88 per cent over the year, following new support groups and an increased fostering allowance.
2.3 The committee welcomed the improvement in foster carer retention rates.

3. Youth service
3.1 Members heard about the summer programme of youth clubs and holiday activities for young people.
""",
    "north-undated.txt": """Northshire County Council
Children's Scrutiny Committee
Fostering note

1. Foster carer retention
1.1 Foster carer retention rates remained the main pressure on the fostering service.
""",
    "south-2021-02.txt": """Southby Borough Council
Children's Services Committee
Minutes of the meeting held on 10 February 2021

5. Fostering service
5.1 Members asked about the number of foster carers who had left the service this year.
5.2 The Head of Fostering agreed to bring a report on foster carer retention rates back to the committee.
""",
    "south-2021-07.txt": """Southby Borough Council
Children's Services Committee
Minutes of the meeting held on 1 July 2021

5. Fostering service review
5.1 The committee received the report on foster carer retention rates, which had fallen from 90 per cent to 84 per cent.
5.2 Members noted the review of the fostering allowance.
""",
}
XSS = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'


@pytest.fixture(scope="module")
def two_meetings(tmp_path_factory, embedder) -> Assistant:
    """Two dated minutes of one council (the second returns to the first's promise), an
    earlier and an undated one, and two minutes of another council on the same subject."""
    from assistant.ingest import ingest

    corpus = tmp_path_factory.mktemp("two-meetings")
    (corpus / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    for name, text in MINUTES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    index = tmp_path_factory.mktemp("two-meetings-index")
    ingest(corpus, index, embedder)
    return Assistant.open(index, embedder=embedder)


def promise(assistant: Assistant, words: str) -> Commitment:
    found = [c for c in assistant.commitments(text=words)]
    assert len(found) == 1, [c.text for c in assistant.commitments()]
    return found[0]


def commitment(**extra) -> Commitment:
    values = dict(text="The Director agreed to report back on caseloads.", owner="Director", due=None,
                  due_date=None, kind="report back", doc_id="d1", start=10, end=58, council=NORTH,
                  committee="Scrutiny", meeting_date="2021-03-03")
    values.update(extra)
    return Commitment(**values)


def hit(**extra) -> Hit:
    values = dict(passage_id=1, doc_id="d2", text="Caseloads fell to 18 per worker.", start=100, end=132,
                  score=0.5, council=NORTH, committee="Scrutiny", meeting_date="2021-06-09",
                  sentences=[(100, 132)], evidence=0.7)
    values.update(extra)
    return Hit(**values)


# ------------------------------------------------------------------ follow-ups

def test_a_later_meeting_returning_to_the_promise_is_a_follow_up(two_meetings):
    retention = promise(two_meetings, "foster carer retention rates back to the committee in June")
    found = follow_ups(two_meetings, retention)
    assert [h.doc_id for h in found] == ["north-2021-06"]
    quoted = [found[0].text[s - found[0].start:e - found[0].start] for s, e in found[0].sentences]
    assert any("retention" in q.lower() for q in quoted)
    assert found[0].citation().startswith(NORTH)


def test_follow_ups_never_come_from_another_council_or_an_earlier_or_undated_document(two_meetings):
    retention = promise(two_meetings, "foster carer retention rates back to the committee in June")
    docs = {h.doc_id for h in follow_ups(two_meetings, retention, k=10)}
    assert not docs & {"south-2021-02", "south-2021-07", "north-2021-01", "north-undated", "north-2021-03"}


def test_the_other_councils_promise_finds_its_own_later_minutes_only(two_meetings):
    southby = promise(two_meetings, "Head of Fostering")
    assert [h.doc_id for h in follow_ups(two_meetings, southby, k=10)] == ["south-2021-07"]


def test_a_promise_nobody_returned_to_has_no_follow_ups(two_meetings):
    transport = promise(two_meetings, "transport contract costs")
    assert follow_ups(two_meetings, transport) == []


def test_no_follow_ups_without_a_council_or_a_meeting_date(two_meetings):
    retention = promise(two_meetings, "foster carer retention rates back to the committee in June")
    assert follow_ups(two_meetings, Commitment(**{**vars(retention), "meeting_date": None})) == []
    assert follow_ups(two_meetings, Commitment(**{**vars(retention), "council": None})) == []


def test_day_after_a_partial_date_is_the_start_of_the_next_period():
    assert day_after("2021-03-03") == "2021-03-04"
    assert day_after("2020-07") == "2020-08-01"
    assert day_after("2020-12") == "2021-01-01"
    assert day_after("2018") == "2019-01-01"
    assert day_after(None) is None and day_after("soon") is None


def test_is_later_needs_a_date_certainly_after_the_meeting():
    c = commitment(meeting_date="2020-07")
    assert is_later(hit(meeting_date="2020-08-01"), c)
    assert not is_later(hit(meeting_date="2020-07-30"), c)      # inside the meeting's month
    assert not is_later(hit(meeting_date="2020"), c)            # may be before it
    assert not is_later(hit(meeting_date=None), c)
    assert not is_later(hit(council=SOUTH), c)
    assert not is_later(hit(doc_id="d1", meeting_date="2021"), c)


def test_returns_to_needs_similarity_and_a_specific_subject_word():
    assert returns_to(hit(evidence=0.7), "caseloads worker")
    assert not returns_to(hit(evidence=0.4), "caseloads worker")
    assert not returns_to(hit(evidence=0.7), "budget savings")
    assert not returns_to(hit(evidence=0.55), "report update")      # only generic words: needs more
    assert returns_to(hit(evidence=0.65), "report update")


# ------------------------------------------------------------------ promise questions

@pytest.mark.parametrize("question", [
    "What did officers promise to bring back to the committee?",
    "What did the Director agree to do?",
    "What did we promise the committee about the LiquidLogic data?",
    "Which actions are outstanding?",
    "What undertakings were given on agency staff?",
    "Who undertook to circulate the budget breakdown?",
    "What commitments were made about caseloads?",
    "What did members ask the Director to report back on?",
    "Members asked officers to look into what?",
    "What was resolved about the improvement plan?",
    "Did anyone follow up on the Ofsted letter?",
    "What information did members ask for?",
])
def test_questions_about_promises_are_recognised(question):
    assert is_promise_question(question)


@pytest.mark.parametrize("question", [
    "What did Ofsted say about caseloads?",
    "How long did councils expect improvement to take?",
    "What did the committee hear about agency staff?",
    "What is in the improvement action plan?",
    "Who chaired the meeting?",
    "",
])
def test_other_questions_are_not(question):
    assert not is_promise_question(question)


def test_kind_and_topic_are_read_from_the_wording():
    assert kinds_asked("What did officers promise to bring back to the committee?") == ["report back"]
    assert "resolution" in kinds_asked("What was resolved?")
    assert topic_words("What did officers promise to bring back to the committee?") == []
    assert topic_words("What did we promise the committee about the LiquidLogic data?") == ["liquidlogic", "data"]


def test_an_owner_matches_through_the_acronym_it_stands_for():
    assert owner_matches(commitment(owner="DCS"), ["director"])
    assert owner_matches(commitment(owner="Assistant Director (Safeguarding)"), ["director"])
    assert not owner_matches(commitment(owner="Head of Finance"), ["director"])
    assert owner_matches(commitment(owner=None, text="The Director agreed to report back."), ["director"])


# ------------------------------------------------------------------ answering from the register

def quoted(hit_: Hit) -> str:
    start, end = hit_.sentences[0]
    return hit_.text[start - hit_.start:end - hit_.start]


def register_entry(assistant: Assistant, hit_: Hit) -> Commitment:
    start, end = hit_.sentences[0]
    return next(c for c in assistant.commitments() if (c.doc_id, c.start, c.end) == (hit_.doc_id, start, end))


def test_what_the_director_agreed_is_answered_with_the_directors_commitments(sample_assistant):
    hits = register_hits(sample_assistant, "What did the Director agree to do?", Filters(), k=5)
    assert hits
    for h in hits:
        c = register_entry(sample_assistant, h)
        assert quoted(h) == c.text
        assert "director" in c.owner.lower() or c.owner == "DCS"
    assert any("Director of Children, Families and Communities" in quoted(h) for h in hits[:2])


def test_what_officers_promised_to_bring_back_puts_report_backs_first(sample_assistant):
    hits = register_hits(sample_assistant, "What did officers promise to bring back to the committee?",
                         Filters(), k=5)
    kinds = [register_entry(sample_assistant, h).kind for h in hits]
    assert kinds[:2] == ["report back", "report back"]
    assert kinds.count("report back") >= 3
    assert any("bring these details back to the Panel" in quoted(h) for h in hits)


def test_register_hits_are_cited_passages_holding_the_commitment(sample_assistant):
    for h in register_hits(sample_assistant, "What actions were agreed?", Filters(), k=5):
        start, end = h.sentences[0]
        assert h.start <= start < end <= h.end
        assert h.text == sample_assistant.document_text(h.doc_id)[h.start:h.end]
        assert h.council and h.meeting_date and h.citation()
        assert 0 < h.evidence <= 1
        assert len(h.sentence_scores) == len(h.sentences) and h.sentence_scores[0] == h.score >= h.evidence


def test_register_hits_put_first_make_the_summary_quote_the_commitments(sample_assistant):
    from assistant.answer import build_answer

    question = "What did officers promise to bring back to the committee?"
    hits = register_hits(sample_assistant, question, Filters(), k=3)
    answer = build_answer(question, hits, True, Filters(), notes=[])
    assert answer.quotes and all(q.text in {quoted(h) for h in hits} for q in answer.quotes)


def test_register_hits_respect_filters_and_k(sample_assistant):
    hits = register_hits(sample_assistant, "What actions were agreed?", Filters(council="Worcestershire"), k=2)
    assert len(hits) == 2
    assert {h.council for h in hits} == {"Worcestershire County Council"}


def test_a_subject_the_register_does_not_hold_gets_no_register_hits(sample_assistant):
    assert register_hits(sample_assistant, "What did Ofsted say about caseloads?", Filters(), k=5) == []
    assert register_hits(sample_assistant, "What did the Chief Executive promise?", Filters(), k=5) == []


def test_a_promise_question_with_a_subject_finds_that_promise(sample_assistant):
    hits = register_hits(sample_assistant, "Who agreed to invite opposition spokespersons to the Improvement Board?",
                         Filters(), k=5)
    assert "invite the lead spokespersons of opposition parties" in quoted(hits[0])


def test_merge_hits_puts_the_register_first_without_repeating_a_passage():
    register, found = [hit(passage_id=7), hit(passage_id=3)], [hit(passage_id=3), hit(passage_id=9)]
    assert [h.passage_id for h in merge_hits(register, found)] == [7, 3, 9]
    assert [h.passage_id for h in merge_hits(register, found, k=2)] == [7, 3]
    assert [h.passage_id for h in merge_hits([], found)] == [3, 9]


# ------------------------------------------------------------------ the register as a table

def test_due_dates_filter_on_the_resolved_date():
    september = commitment(due="September 2020", due_date="2020-09")
    assert due_within(september, "2020", None) and due_within(september, "2020-09-15", "2020-12")
    assert not due_within(september, "2020-10", None) and not due_within(september, None, "2020-08-31")
    assert not due_within(commitment(), "2020", None)
    assert due_within(commitment(), None, None)


def test_cells_a_spreadsheet_would_run_are_defused():
    assert spreadsheet_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("The Director agreed.") == "The Director agreed."
    assert spreadsheet_safe(42) == 42


# ------------------------------------------------------------------ procedural resolutions

CABINET_MINUTES = """Eastvale District Council
Cabinet
Minutes of the meeting held on 12 January 2021

1. Minutes
RESOLVED: That the minutes of the meeting held on 8 December 2020 be approved as a correct record.

2. Apologies
RESOLVED: That the apologies from Councillor Jones be noted.

45/20 Leisure Centre Roof
The Head of Property explained that the roof survey had found asbestos in the plant room.
RESOLVED: That the Head of Property report the cost of removing the asbestos to the next meeting.

46/20 Date of next meeting
RESOLVED: That the date of the next meeting, 9 February 2021, be noted.
"""


@pytest.fixture(scope="module")
def cabinet(tmp_path_factory, embedder) -> Assistant:
    from assistant.ingest import ingest

    corpus = tmp_path_factory.mktemp("cabinet")
    (corpus / "eastvale-cabinet-2021-01-12.txt").write_text(CABINET_MINUTES, encoding="utf-8")
    index = tmp_path_factory.mktemp("cabinet-index")
    ingest(corpus, index, embedder)
    return Assistant.open(index, embedder=embedder)


def test_procedural_resolutions_are_left_out_unless_asked_for(cabinet):
    assert [c.text for c in cabinet.commitments()] == [
        "RESOLVED: That the Head of Property report the cost of removing the asbestos to the next meeting."]
    everything = cabinet.commitments(procedural=True)
    assert len(everything) == 4
    assert any("correct record" in c.text for c in everything)


def test_questions_about_resolutions_are_not_answered_with_procedure(cabinet):
    hits = register_hits(cabinet, "What did Cabinet resolve?")
    assert hits and all("asbestos" in h.text[h.sentences[0][0] - h.start:] for h in hits)


def test_cli_includes_procedural_resolutions_when_asked(cabinet):
    plain = run("--index", str(cabinet.index_dir))
    assert plain.exit_code == 0, plain.output
    assert "1 commitment(s)" in plain.output and "correct record" not in plain.output
    flagged = run("--index", str(cabinet.index_dir), "--procedural")
    assert "4 commitment(s)" in flagged.output and "correct record" in " ".join(flagged.output.split())


def test_the_tab_includes_procedural_resolutions_when_ticked(cabinet):
    args = (cabinet, contextlib.nullcontext(), DownloadFolder(), "", "", "", "", "", "")
    assert len(tab.filtered(*args)[3]) == 1
    assert len(tab.filtered(*args, True)[3]) == 4
    with gr.Blocks() as demo:
        tab.commitments_tab(cabinet)
    assert "commitments-procedural" in {getattr(block, "elem_id", None) for block in demo.blocks.values()}


# ------------------------------------------------------------------ CLI

def run(*args: str):
    return CliRunner().invoke(cli, ["commitments", *args], catch_exceptions=False)


def test_cli_lists_the_register_with_citations(sample_index, sample_assistant):
    result = run("--index", str(sample_index))
    assert result.exit_code == 0, result.output
    total = len(sample_assistant.commitments())
    assert f"{total} commitment(s)" in result.output
    assert "owner: Head of Strategic Infrastructure and Financial Recovery" in result.output
    assert "Worcestershire County Council, Children and Families Overview and Scrutiny Panel, 2017-02" in result.output
    assert "(002_608219fdeaed274c, chars " in result.output


def test_cli_owner_filter(sample_index):
    result = run("--index", str(sample_index), "--owner", "DCS")
    assert result.exit_code == 0, result.output
    owners = [line.split("owner: ")[1].split(" |")[0] for line in result.output.splitlines() if "owner: " in line]
    assert owners and all("DCS" in owner for owner in owners)
    assert "Head of Strategic" not in result.output


def test_cli_kind_choices_are_the_extractors_kinds(sample_index):
    command = cli.commands["commitments"]
    kind = next(p for p in command.params if p.name == "kind")
    assert tuple(kind.type.choices) == KINDS
    assert run("--index", str(sample_index), "--kind", "promise").exit_code == 2
    assert run("--index", str(sample_index), "--due-from", "next week").exit_code == 2


def test_cli_writes_csv(sample_index, sample_assistant, tmp_path):
    target = tmp_path / "register.csv"
    result = run("--index", str(sample_index), "--council", "Worcestershire", "--csv", str(target))
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    expected = sample_assistant.commitments(council="Worcestershire")
    assert f"Wrote {len(expected)} commitment(s)" in result.output
    assert [r["text"] for r in rows] == [c.text for c in expected]
    text = sample_assistant.document_text("002_608219fdeaed274c")
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
        assert row["citation"].startswith("Worcestershire County Council, Children and Families")
    budget = next(r for r in rows if "budget" in r["text"])
    assert budget["due_date"] == "2017-02-09" and budget["kind"] == "report back"


def test_cli_lists_follow_ups(two_meetings):
    result = run("--index", str(two_meetings.index_dir), "--council", "Northshire", "--follow-ups")
    assert result.exit_code == 0, result.output
    assert "Follow-ups:" in result.output and "(north-2021-06, chars" in result.output
    assert "none found in later minutes of this council" in result.output   # the transport promise


def test_cli_reports_a_missing_index_in_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["commitments", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "no index in" in result.output and "Traceback" not in result.output


# ------------------------------------------------------------------ the Commitments tab

def test_the_tab_builds_inside_a_tab(sample_assistant):
    with gr.Blocks() as demo:
        with gr.Tab("Commitments"):
            tab.commitments_tab(sample_assistant)
    ids = {getattr(block, "elem_id", None) for block in demo.blocks.values()}
    assert {"commitments-table", "commitments-csv", "commitments-detail", "commitments-council"} <= ids


def test_the_app_includes_the_commitments_tab(sample_assistant, tmp_path):
    from ui.app import build_app

    app = build_app(sample_assistant, tmp_path)
    ids = {getattr(block, "elem_id", None) for block in app.blocks.values()}
    assert "commitments-table" in ids


def test_filtering_gives_table_summary_csv_and_state(sample_assistant):
    downloads = DownloadFolder()
    table, summary, download, items, detail = tab.filtered(
        sample_assistant, contextlib.nullcontext(), downloads, "", "director", "", "", "", "")
    assert len(table) == len(items) > 0 and list(table.columns) == tab.HEADERS
    assert all("director" in with_aliases(c.owner) for c in items)
    assert summary.startswith(f"{len(items)} commitment")
    rows = list(csv.DictReader(Path(download["value"]).open(encoding="utf-8-sig")))
    assert len(rows) == len(items)
    assert detail == tab.PROMPT


def test_a_bad_due_date_is_a_message_on_the_page(sample_assistant):
    with pytest.raises(gr.Error):
        tab.filtered(sample_assistant, contextlib.nullcontext(), DownloadFolder(), "", "", "", "soon", "", "")


def test_selecting_a_row_shows_the_commitment_in_its_agenda_item(sample_assistant):
    items = sample_assistant.commitments(text="bring these details back")
    row = tab.table_rows(items)[0]
    chosen = tab.find_commitment(items, row, [0, 3])
    page = tab.detail(sample_assistant, contextlib.nullcontext(), chosen)
    assert f"<mark>{tab.esc(chosen.text)}</mark>" in page
    assert "Worcestershire County Council" in page and "Possible follow-ups" in page
    assert "No later minutes of Worcestershire County Council" in page


def test_document_text_is_escaped_everywhere():
    text = f"1. Item\n1.1 The Director agreed to report {XSS} back.\n1.2 Noted."
    start = text.index("The Director")
    c = commitment(text=text[start:text.index(" back.") + 6], start=start, end=text.index(" back.") + 6,
                   owner=f"Director {XSS}", due=XSS)
    pages = [tab.context_html(text, (0, len(text)), (c.start, c.end)), tab.heading_html(c, f"Citation {XSS}"),
             tab.follow_up_html(hit(text=f"Caseloads {XSS} fell.", end=100 + len(f"Caseloads {XSS} fell."),
                                    sentences=[(100, 110)], committee=XSS)),
             tab.follow_ups_html(commitment(council=XSS), [])]
    for page in pages:
        assert "<script>" not in page and "<img" not in page
        assert "&lt;script&gt;" in page


def test_formatting_helpers():
    c = commitment(due="before 22 February", due_date="2021-02-22")
    assert tab.due_text(c) == "before 22 February (2021-02-22)"
    assert tab.due_text(commitment(due="September 2020", due_date="2020-09")) == "September 2020 (2020-09)"
    assert tab.due_text(commitment()) == ""
    assert tab.parse_reference(tab.reference(c)) == ("d1", 10, 58)
    assert tab.parse_reference("nonsense") is None
    assert tab.summary_text([c, commitment(kind="action")]) == "2 commitments: 1 action, 1 report back."
    assert tab.summary_text([]).startswith("No commitments")
    assert tab.marked("abcdef", 0, 6, 2, 4) == "ab<mark>cd</mark>ef"
    assert "Follow-ups cannot be looked for" in tab.follow_ups_html(commitment(meeting_date=None), [])


def test_a_row_is_found_by_its_reference_even_when_the_table_is_sorted():
    first, second = commitment(), commitment(doc_id="d9", start=1, end=5)
    rows = tab.table_rows([first, second])
    assert tab.find_commitment([first, second], rows[1], [0, 0]) is second   # row moved by sorting
    assert tab.find_commitment([first, second], None, [1, 2]) is second
    assert tab.find_commitment([first], rows[1], [0, 0]) is None             # stale row: nothing shown


def test_the_owner_filter_reads_acronyms_by_what_they_stand_for(sample_assistant):
    owners = {c.owner for c in sample_assistant.commitments(owner="Director")}
    assert "DCS" in owners and any("director" in o.lower() for o in owners)
    assert not any(c.owner == "CMR" for c in sample_assistant.commitments(owner="Director"))


def test_commitments_are_embedded_at_ingest_not_at_question_time(sample_index, embedder):
    from assistant import Assistant
    from conftest import CountingEmbedder

    counting = CountingEmbedder(embedder)
    assistant = Assistant.open(sample_index, embedder=counting)
    stored = assistant.store.commitment_vectors()
    assert stored and len(stored) == len(assistant.store.commitments())
    answer = assistant.ask("What did officers promise to bring back to the committee?")
    assert any("commitments register" in note for note in answer.notes)
    assert counting.texts <= 2      # the question (for the passages and for the register), no commitment
    assistant.close()


def test_the_register_read_once_per_version_sees_an_ingest(assistant_over):
    minutes = ("Minutes of the Libraries Panel, 3 March 2021.\n\n"
               "12. Library opening hours\n\nThe Head of Libraries agreed to report back to the panel in June "
               "on extending Saturday opening hours at the central library.\n")
    assistant = assistant_over({"panel-2021.txt": minutes})
    hits = register_hits(assistant, "What did the Head of Libraries promise about Saturday opening?")
    assert [h.doc_id for h in hits] == ["panel-2021"]
    later = ("Minutes of the Libraries Panel, 9 June 2021.\n\n"
             "4. Mobile library\n\nThe Head of Libraries agreed to bring a costed plan for a second mobile "
             "library van back to the panel in September.\n")
    (assistant.corpus / "panel-june.txt").write_text(later, encoding="utf-8")
    assistant.ingest(assistant.corpus)
    hits = register_hits(assistant, "What did the Head of Libraries promise about the mobile library van?")
    assert hits and hits[0].doc_id == "panel-june"


@pytest.mark.parametrize("question", ["What did officers promise to bring back to the committee?",
                                      "What actions were agreed?", "What did the Director agree to do?"])
def test_the_first_k_register_hits_are_those_of_a_longer_list(sample_assistant, question):
    """Once k passages are found, commitments of other documents are not looked up; those of the
    same documents still fold into their passages, so the first k are as if all had been."""
    longer = register_hits(sample_assistant, question, k=50)
    for k in (1, 2, 3):
        assert register_hits(sample_assistant, question, k=k) == longer[:k]
    assert len(longer) > 3


def test_a_later_commitment_of_a_shown_passage_still_folds_into_it(assistant_over):
    minutes = ("Minutes of the Libraries Panel, 3 March 2021.\n\n12. Library opening hours\n\n"
               "The Head of Libraries agreed to report back on extending Saturday opening hours at the central "
               "library. The Head of Libraries agreed to report back on extending Saturday opening hours at the "
               "branch libraries.\n")
    other = ("Minutes of the Libraries Panel, 9 June 2021.\n\n4. Mobile library\n\nThe Head of Libraries agreed "
             "to report back on extending Saturday opening hours at the mobile library.\n")
    assistant = assistant_over({"march.txt": minutes, "june.txt": other})
    question = "What did the Head of Libraries promise about Saturday opening hours?"
    longer = register_hits(assistant, question, k=50)
    assert len(longer[0].sentences) == 2, "both commitments of the March passage are marked"
    assert [h.doc_id for h in longer] == ["march", "june"]
    assert register_hits(assistant, question, k=1) == longer[:1]


def test_a_promise_about_another_subject_does_not_answer_a_topical_question(assistant_over):
    """The register ranks a play area's promise first for "skate park"; named a subject, the question
    needs a promise as close as an answering sentence, while a general one takes the register's."""
    assistant = assistant_over({"cabinet.txt": (
        "Rother District Council\n\nCabinet\n\nMinutes of the meeting held on 3 June 2024\n\n"
        "9. Play area refurbishment\n\nThe Cabinet agreed to refurbish the play areas at Egerton Park and "
        "Sidley Recreation Ground at a cost of £240,000, and officers would report back on the designs in "
        "the autumn.\n")})
    skate = assistant.ask("Has any council agreed to build a new skate park?")
    assert not skate.answered, skate.summary
    play = assistant.ask("What did the council agree to do about its play areas?")
    assert play.answered and "Egerton Park" in play.summary


def test_a_promise_on_another_subject_comes_after_the_passages_found(assistant_over):
    assistant = assistant_over({
        "council_2025-01-14.txt": "Anytown Town Council\n\nMinutes of the meeting held on 14 January 2025\n\n"
                                  "4. Play areas\n\nThe Council agreed to refurbish the play areas at Mill Lane by "
                                  "March 2026.\n",
        "council_2025-02-11.txt": "Anytown Town Council\n\nMinutes of the meeting held on 11 February 2025\n\n"
                                  "6. Quarry Lane skate park\n\nThe new concrete skate park at Quarry Lane opened "
                                  "in May and is well used by young people.\n"})
    answer = assistant.ask("Has the council agreed to build a skate park?")
    assert "skate park" in answer.passages[0].text
    assert not any("commitments register" in note for note in answer.notes), answer.notes
