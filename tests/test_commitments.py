"""Commitments found in minutes: one test per form the issue lists, the dev list, offsets."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from assistant.commitments import (
    KINDS,
    commitment_subject,
    extract_commitments,
    find_due,
    is_fragment,
    is_procedural,
    resolve_due,
)
from assistant.models import Commitment, Document
from assistant.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEV = ROOT.parent / "shared" / "eval" / "commitments-dev.jsonl"
TRANSCRIPTS = ROOT.parent / "shared" / "benchmarks" / "qmsum-committee-corpus"


def minutes(text: str, meeting_date: str | None = "2021-01-12") -> Document:
    return Document(doc_id="x", path="x.txt", text=text, council="Anytown Borough Council",
                    committee="Housing Scrutiny Committee", meeting_date=meeting_date)


def only(doc: Document) -> Commitment:
    found = extract_commitments(doc)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def corpus_documents() -> list[Document]:
    """The sample minutes, read as the ingest pipeline reads them when that is available."""
    try:
        from assistant.documents import load_manifest, read_document
    except ImportError:
        return [_raw_document(path) for path in sorted(CORPUS.glob("*.txt"))]
    manifest = load_manifest(CORPUS)
    return [read_document(path, manifest) for path in sorted(CORPUS.glob("*.txt"))]


def _raw_document(path: Path) -> Document:
    with open(CORPUS / "manifest.csv", encoding="utf-8") as handle:
        row = {r["file"]: r for r in csv.DictReader(handle)}[path.name]
    return Document(doc_id=path.stem, path=str(path), text=path.read_text(encoding="utf-8"),
                    council=row["council"], committee=row["committee"],
                    meeting_date=row["meeting_date"] or None)


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return corpus_documents()


# --- one test per form in the issue -------------------------------------------------

def test_action_line_gives_owner_of_the_paragraph_before():
    doc = minutes(
        "4.3   Members were concerned about the time taken to relet void properties. The committee "
        "asked that the void turnaround figures be reported at its next meeting.\n\n"
        "ACTION:      Priya Shah\n\n"
        "4.4   The Chair thanked officers for the report.\n")
    found = only(doc)
    assert found.owner == "Priya Shah"
    assert found.text == "The committee asked that the void turnaround figures be reported at its next meeting."
    assert found.kind == "report back"
    assert found.due == "at its next meeting" and found.due_date is None


def test_action_line_without_a_cue_makes_the_paragraph_an_action():
    doc = minutes("5.1   Members discussed the damp survey results.\n\nAction: Head of Asset Management\n")
    found = only(doc)
    assert (found.owner, found.kind) == ("Head of Asset Management", "action")
    assert found.text == "Members discussed the damp survey results."


def test_inline_action_line():
    found = only(minutes("Action: Democratic Services to circulate the presentation slides.\n"))
    assert (found.owner, found.kind) == ("Democratic Services", "action")


def test_agreed_that_she_would_bring_figures_back_once_budget_set():
    doc = minutes(
        "• A Member asked how the additional homelessness grant would be spent. The Head of "
        "Finance agreed that she would bring the figures back to the Committee once the budget "
        "had been set at full Council on 4 March.\n", meeting_date="2021-02")
    found = only(doc)
    assert found.owner == "Head of Finance"
    assert found.kind == "report back"
    assert found.due == "once the budget had been set at full Council on 4 March"
    assert found.due_date == "2021-03-04"
    assert found.text.startswith("The Head of Finance agreed")


def test_undertook_to_look_into_this():
    doc = minutes("Members noted that ward briefings had stopped. The Director of Housing "
                  "undertook to look into this.\n")
    found = only(doc)
    assert (found.owner, found.kind) == ("Director of Housing", "action")
    assert found.text == "The Director of Housing undertook to look into this."


def test_asked_to_be_kept_informed_is_owned_by_the_officer_answering():
    doc = minutes("7.2   The Assistant Director (Housing Options) explained the delay to the new "
                  "allocations system. Members asked to be kept informed of progress.\n")
    found = only(doc)
    assert found.kind == "information requested"
    assert found.owner == "Assistant Director (Housing Options)"
    assert found.text == "Members asked to be kept informed of progress."


def test_kept_informed_without_an_officer_named_falls_back_to_officers():
    found = only(minutes("The Panel asked to be kept updated on the tenant survey.\n"))
    assert (found.owner, found.kind) == ("Officers", "information requested")


def test_requested_a_briefing_note():
    found = only(minutes("The committee requested a briefing note on the new repairs contract.\n"))
    assert found.kind == "information requested"
    assert "briefing note" in found.text


def test_offered_to_run_a_workshop_before_a_date():
    doc = minutes("Cllr Morgan, Cabinet Member for Housing, offered to run a workshop for "
                  "Members before 18 February on the rent-setting options.\n")
    found = only(doc)
    assert found.kind == "action"
    assert "Cabinet Member for Housing" in found.owner
    assert found.due == "before 18 February"
    assert found.due_date == "2021-02-18"


def test_resolved_that_the_report_be_noted():
    found = only(minutes("The Chair thanked the officers.\n\nResolved – That the report be noted.\n"))
    assert found.kind == "resolution"
    assert found.owner == "Housing Scrutiny Committee"
    assert found.text == "Resolved – That the report be noted."


def test_resolved_heading_takes_its_lettered_parts():
    doc = minutes("RESOLVED:\n\n(a) That the report be noted; and\n\n(b) That officers provide "
                  "an update in September 2021.\n\n6. Work programme\n")
    found = only(doc)
    assert found.kind == "resolution"
    assert found.text.endswith("an update in September 2021.")
    assert found.due == "September 2021" and found.due_date == "2021-09"


def test_committee_asks_a_named_officer_to_act():
    doc = minutes("The committee asked that the DCS pass on its thanks to the fostering team.\n")
    found = only(doc)
    assert (found.owner, found.kind) == ("DCS", "action")


def test_pronoun_resolves_to_the_officer_speaking():
    doc = minutes("• The Service Manager (Tenancy Support) advised that demand had doubled. "
                  "She confirmed that she would circulate the waiting list figures to Members.\n")
    found = only(doc)
    assert found.owner == "Service Manager (Tenancy Support)"
    assert found.kind == "report back"


def test_passive_promise_to_share_with_the_panel():
    doc = minutes("In response, the Head of Strategy said a tenant survey was under way. Once "
                  "complete the results could be shared with the Panel.\n")
    found = only(doc)
    assert (found.owner, found.kind) == ("Head of Strategy", "report back")


def test_it_was_agreed_that_a_named_officer_would_act():
    doc = minutes("A query was raised about rent arrears. It was agreed that the Income Manager "
                  "would check the arrears data and provide a written answer.\n")
    found = only(doc)
    assert (found.owner, found.kind) == ("Income Manager", "action")


def test_action_marker_inside_a_paragraph():
    doc = minutes("The Chair asked about training for Members. ACTION - Ms Kaur to circulate dates "
                  "for the next training session.\n")
    found = only(doc)
    assert (found.owner, found.kind) == ("Ms Kaur", "action")
    assert found.text.startswith("ACTION - Ms Kaur")


def test_resolution_forms_without_a_dash():
    doc = minutes("Minutes: RESOLVED that the minutes of the meeting held on 3 November 2020 be "
                  "approved.\n\n(i) That the update on void properties be received at the March "
                  "meeting;\n")
    found = extract_commitments(doc)
    assert [c.kind for c in found] == ["resolution", "resolution"]
    assert found[0].due is None                          # a past date is not a deadline


def test_question_asked_and_answered_is_not_a_request():
    assert extract_commitments(minutes("Members asked for an explanation of the overspend.\n")) == []
    found = only(minutes("Members asked for a written breakdown of the overspend by service.\n"))
    assert (found.kind, found.owner) == ("information requested", "Officers")


def test_due_given_in_the_next_sentence_extends_the_commitment():
    doc = minutes("Members requested a briefing on fire safety in tower blocks. This briefing would "
                  "inform the committee's item on the subject in June 2021.\n")
    found = only(doc)
    assert found.text.endswith("in June 2021.")
    assert found.due == "June 2021" and found.due_date == "2021-06"


def test_spoken_promise_is_owned_by_the_speaker():
    doc = Document(doc_id="t", path="t.txt", text=(
        "Jane Hughes AM: What is the timetable for the review?\n\n"
        "Owen Price MS: I don't have the date to hand, but I will write to the committee.\n\n"
        "Jane Hughes AM: Thank you. I'll come back to Siân in a moment.\n"))
    found = only(doc)
    assert found.owner == "Owen Price MS"
    assert found.kind == "report back"


@pytest.mark.parametrize("text", [
    "The council had agreed a budget in 2019 which included the new posts.",
    "The Director agreed that the review had not been helpful.",
    "It would be possible to build a dashboard, but it would take time.",
    "The strategy was agreed by Cabinet in June. Staff were committed to improving outcomes.",
    "Members asked whether the figures could be shared with the Panel.",
    "The Committee had requested a report on this at its meeting in May.",
    "As requested by the Committee, this report sets out the findings.",
    "Members suggested that a workshop would be beneficial.",
    "The council would support the new social workers in their first year.",
])
def test_past_events_and_generic_statements_are_not_commitments(text):
    assert extract_commitments(minutes(text + "\n")) == []


def test_agenda_question_list_is_not_read_as_commitments():
    doc = minutes("The committee to consider the housing strategy. Questions include: -\n\n"
                  "Ø  Will officers provide a breakdown of voids by ward?\n\n"
                  "Ø  Could the plan be shared with Members before March\n\n"
                  "3.1  Members noted the report.\n")
    assert extract_commitments(doc) == []


# --- fragments and procedural resolutions ------------------------------------------

CABINET = """CABINET

Minutes of the meeting held on Tuesday 12 January 2021

1   Apologies for absence

Apologies for absence were received from Councillor Jones. RESOLVED: That the apologies be noted.

2   Declarations of interest

RESOLVED – That there were no declarations of interest.

3   Minutes

RESOLVED: That the minutes of the meeting held on 8 December 2020 be approved as a correct record and \
signed by the Chair.

45/20 Budget Monitoring

The Director of Finance presented the forecast for the year.

RESOLVED: That Cabinet:

(a) note the forecast overspend of £2.1m;

(b) ask the Director of Finance to report back on the savings plan in March.

46/20 Housing Allocations

RESOLVED – That

47/20 Date of next meeting

RESOLVED: That the date of the next meeting, 9 February 2021, be noted.

The meeting closed at 8.15 pm.

RESOLVED: That Cabinet
"""


def cabinet_commitments() -> list[Commitment]:
    doc = minutes(CABINET)
    doc.committee = "Cabinet"
    return extract_commitments(doc)


def test_fragments_are_never_commitments():
    texts = [c.text for c in cabinet_commitments()]
    assert not any(t.strip() in ("RESOLVED – That", "RESOLVED: That Cabinet") for t in texts)
    assert not any("47/20" in t for t in texts), "a heading is not the decision of the item before it"


def test_a_decision_heading_takes_its_parts_and_is_not_procedural():
    budget = next(c for c in cabinet_commitments() if "Cabinet:" in c.text)
    assert budget.text.endswith("report back on the savings plan in March.")
    assert not is_procedural(budget)


def test_procedural_resolutions_are_extracted_and_told_apart():
    procedural = [c.text for c in cabinet_commitments() if is_procedural(c)]
    assert procedural == [
        "RESOLVED: That the apologies be noted.",
        "RESOLVED – That there were no declarations of interest.",
        "RESOLVED: That the minutes of the meeting held on 8 December 2020 be approved as a correct record and "
        "signed by the Chair.",
        "RESOLVED: That the date of the next meeting, 9 February 2021, be noted.",
    ]


def _resolution(text: str) -> Commitment:
    return Commitment(text=text, owner="Cabinet", due=None, due_date=None, kind="resolution", doc_id="x",
                      start=0, end=len(text))


@pytest.mark.parametrize("text", [
    "RESOLVED: That the minutes of the previous meeting be agreed.",
    "Agreed: That the minutes be signed as a correct record.",
    "Resolved – That the minutes of the meeting held on 3 March be confirmed and signed by the Chair.",
    "RESOLVED: That apologies from Councillors Khan and Lee be noted.",
    "RESOLVED: That no declarations of interest were made.",
    "RESOLVED: That the next meeting be held on 4 May 2021 at 6pm.",
    "The meeting closed at 9.05 pm.",
    "RESOLVED:\n(a) that the minutes of the last meeting be approved as a true record;\n"
    "(b) that the apologies be noted.",
])
def test_procedural(text):
    assert is_procedural(_resolution(text))


@pytest.mark.parametrize("text", [
    "RESOLVED: That the report be noted.",
    "RESOLVED: That no interest be charged on the loan to the community trust.",
    "RESOLVED: That the item be deferred to the next meeting, which will be held on 4 May.",
    "RESOLVED: (a) that the minutes be approved; (b) that the Director report back on caseloads in June.",
    "RESOLVED: That the recommendations in the minutes of the Schools Forum be adopted.",
    "The Director agreed to report back on the minutes of the partnership board.",
])
def test_not_procedural(text):
    assert not is_procedural(_resolution(text))


@pytest.mark.parametrize("text, fragment", [
    ("RESOLVED: That Cabinet:", True),
    ("RESOLVED – That", True),
    ("RESOLVED unanimously", True),
    ("RESOLVED: That the Committee", True),
    ("47/20 Date of next meeting", True),
    ("RESOLVED: That the report be noted.", False),
    ("RESOLVED: That Cabinet: (a) note the forecast overspend", False),
    ("Members discussed the damp survey results.", False),
    ("Action: Democratic Services to circulate the slides.", False),
])
def test_is_fragment(text, fragment):
    assert is_fragment(text) is fragment


# --- the dev list and the sample corpus ---------------------------------------------

def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _owner_matches(expected: str, found: str | None) -> bool:
    def norm(name: str) -> str:
        name = _folded(name).replace("’", "'")
        return name.replace("director of children's services", "dcs")
    if not found:
        return False
    a, b = norm(expected), norm(found)
    return a in b or b in a


@pytest.mark.skipif(not DEV.exists(), reason="../shared/eval is not beside the repository")
def test_every_dev_commitment_is_found_with_its_owner(corpus):
    by_id = {doc.doc_id: extract_commitments(doc) for doc in corpus}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        found = [c for c in by_id[gold["doc"]] if _folded(gold["quote"]) in _folded(c.text)]
        assert found, f"not found: {gold['quote']}"
        assert not all(is_procedural(c) for c in found), f"left out as procedural: {gold['quote']}"
        assert any(_owner_matches(gold["owner"], c.owner) for c in found), (gold, [c.owner for c in found])


def test_commitments_are_verbatim_and_carry_the_document_metadata(corpus):
    for doc in corpus:
        for c in extract_commitments(doc):
            assert c.text == doc.text[c.start:c.end]
            assert c.kind in KINDS
            assert (c.doc_id, c.council, c.committee, c.meeting_date) == (
                doc.doc_id, doc.council, doc.committee, doc.meeting_date)


def test_reports_without_recorded_decisions_yield_nothing(corpus):
    reports = [doc for doc in corpus if doc.doc_id.startswith(("003_", "004_"))]
    assert reports and all(extract_commitments(doc) == [] for doc in reports)


@pytest.mark.skipif(not TRANSCRIPTS.exists(), reason="../shared/benchmarks is not beside the repository")
def test_transcript_commitments_are_verbatim_and_spoken_by_someone():
    for path in sorted(TRANSCRIPTS.glob("education_1*.txt"))[:4]:
        text = path.read_text(encoding="utf-8")
        for c in extract_commitments(Document(doc_id=path.stem, path=str(path), text=text)):
            assert c.text == text[c.start:c.end]
            assert c.owner


# --- due dates ----------------------------------------------------------------------

@pytest.mark.parametrize("due, meeting, expected", [
    ("before 22 February", "2017-02", "2017-02-22"),
    ("September 2020", "2020-07", "2020-09"),
    ("September 2020", None, "2020-09"),
    ("at a future committee meeting", "2020-07", None),
    ("before 14 January", "2020-11-10", "2021-01-14"),        # already past: next year
    ("by 3 November", "2020-11-10", "2021-11-03"),
    ("by 30 November", "2020-11-10", "2020-11-30"),
    ("in March", "2020-11", "2021-03"),
    ("once the budget had been agreed at full Council on 9 February", "2017-02", "2017-02-09"),
    ("before 22 February", None, None),                       # no meeting date: year unknown
    ("before 22 February", "2017", None),                     # year only: cannot tell which
    ("by 31/03/2021", None, "2021-03-31"),
    ("by the end of the year", "2020-07", None),
    ("by 2022", None, "2022"),
])
def test_resolve_due(due, meeting, expected):
    assert resolve_due(due, meeting) == expected


@pytest.mark.parametrize("text, expected", [
    ("offered to run a session before 22 February giving detail", "before 22 February"),
    ("asked that this be received at a future committee meeting.", "at a future committee meeting"),
    ("complement the item on this matter in September 2020.", "September 2020"),
    ("would report back to the Committee in six months' time.", "in six months' time"),
    ("agreed to look into this.", None),
])
def test_find_due(text, expected):
    assert find_due(text) == expected


# --- sentences ------------------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_sentences_keeps_abbreviations_together():
    text = ("Mr. Jones and Dr. Patel met Cllr. Hughes at St. Mary's, i.e. The Old School. "
            "Item No. 5 was deferred, e.g. Ofsted had not reported. The Chair closed the meeting.")
    assert _sentences(text) == [
        "Mr. Jones and Dr. Patel met Cllr. Hughes at St. Mary's, i.e. The Old School.",
        "Item No. 5 was deferred, e.g. Ofsted had not reported.",
        "The Chair closed the meeting.",
    ]


def test_split_sentences_drops_numbers_and_bullets_and_splits_lines():
    text = ("3.1       The Director presented the report. Members asked questions.\n\n"
            "•  First point\n"
            "- 2.4 Second point (see 3.5 above).\n"
            "(b) That the report be noted\n")
    assert _sentences(text) == ["The Director presented the report.", "Members asked questions.",
                                "First point", "Second point (see 3.5 above).",
                                "That the report be noted"]


def test_split_sentences_joins_a_line_wrapped_mid_sentence():
    text = ("Funding of £7.6m has been made available through the budget setting process. The\n\n"
            "additional funding is recurrent.")
    assert _sentences(text)[1] == "The\n\nadditional funding is recurrent."


def test_split_sentences_offsets_and_range():
    text = "Intro line.\nFirst one here. Second one! Third?\n"
    start = text.index("First")
    spans = split_sentences(text, start, len(text))
    assert [text[s:e] for s, e in spans] == ["First one here.", "Second one!", "Third?"]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)


def test_split_sentences_of_nothing():
    assert split_sentences("") == [] and split_sentences("  \n\n ") == []


# --- subject words ------------------------------------------------------------------

def test_commitment_subject_names_what_was_promised():
    found = only(minutes("The Head of Finance agreed to circulate the void rent loss figures to Members.\n"))
    subject = commitment_subject(found).split()
    assert {"void", "rent", "loss", "figures"} <= set(subject)
    assert "head" not in subject and "finance" not in subject
