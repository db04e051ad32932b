"""The Compare tab: one question answered per council, side by side, exportable as CSV.

Each council is asked on its own (council filter, top 3), so a council with many
documents cannot crowd the others out.
"""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from functools import partial
from pathlib import Path

import gradio as gr

from assistant import validate
from assistant.answer import Answer
from assistant.models import Filters
from assistant.spreadsheet import spreadsheet_safe

from .downloads import DownloadFolder
from .errors import shown_on_page
from .filters import checked_filters
from .render import compare_html
from .page import Page
from .state import AppState
from .widgets import citations_view

PER_COUNCIL = 3
CSV_HEADER = ["council", "answered", "rank", "citation", "quote", "passage", "doc_id", "start", "end"]
PLACEHOLDER = ('<p class="muted">Ask one question of every council in the library; each answers from its '
               "own minutes.</p>")


def councils_to_compare(councils: list[str], wanted: str | None) -> list[str]:
    """All councils, or those whose name contains the council filter (as the search does)."""
    if not wanted:
        return councils
    return [c for c in councils if wanted.strip().lower() in c.lower()]


def compare(state: AppState, question: str, filters: Filters, k: int = PER_COUNCIL) -> list[tuple[str, Answer]]:
    """(council, its own answer) for each council, in the index's order."""
    limits = state.assistant.limits
    question, k = validate.question(question, limits), validate.count(k, limits.max_k)
    filters = validate.filters(filters, limits)
    return [(council, state.ask(question, replace(filters, council=council), k=k))
            for council in councils_to_compare(state.councils(), filters.council)]


def quote_text(answer: Answer, n: int) -> str:
    """The summary sentences quoted from passage n (1-based)."""
    return " ".join(q.text for q in answer.quotes if q.n == n)


def csv_rows(results: list[tuple[str, Answer]]) -> list[list[str]]:
    """One row per cited passage; one 'not answered' row for a council with nothing."""
    rows = []
    for council, answer in results:
        if not answer.answered:
            rows.append([council, "no", "", "", "", "", "", "", ""])
            continue
        for n, hit in enumerate(answer.passages, start=1):
            rows.append([council, "yes", str(n), hit.citation(), quote_text(answer, n),
                         " ".join(hit.text.split()), hit.doc_id, str(hit.start), str(hit.end)])
    return [[spreadsheet_safe(cell) for cell in row] for row in rows]


def write_csv(results: list[tuple[str, Answer]], question: str, downloads: DownloadFolder) -> Path:
    slug = "-".join(re.findall(r"[a-z0-9]+", question.lower())[:6]) or "comparison"
    path = downloads.new_file(f"compare-{slug}.csv")
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        writer.writerows(csv_rows(results))
    return path


def run_compare(state: AppState, question: str, *filter_values: str) -> tuple[str, dict]:
    if not (question or "").strip():
        raise gr.Error("Type a question to compare.")
    filters = checked_filters(*filter_values)
    with shown_on_page():
        question = validate.question(question, state.assistant.limits)
        results = compare(state, question, filters)
    download = gr.update(value=str(write_csv(results, question, state.downloads)), visible=bool(results))
    return compare_html(question, results, filters), download


def tab(page: Page) -> None:
    state, panel = page.state, page.filters
    with gr.Tab("Compare councils", id="compare"):
        with gr.Row(equal_height=True):
            question = gr.Textbox(placeholder="e.g. How long did councils expect improvement to take?",
                                  show_label=False, elem_id="compare-question", scale=6)
            go = gr.Button("Compare", variant="primary", elem_id="compare-button", scale=1, min_width=90)
        results = citations_view(state, PLACEHOLDER, "compare-results")
        download = gr.DownloadButton("Download as CSV", visible=False, elem_id="compare-csv", size="sm")
        for trigger in (go.click, question.submit):
            trigger(partial(run_compare, state), [question, *panel.inputs], [results, download],
                    api_visibility="private")
