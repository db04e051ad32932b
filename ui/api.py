"""Named API endpoints for gradio_client: `/ask` and `/compare`.

    from gradio_client import Client
    client = Client("http://127.0.0.1:7860/")
    answer = client.predict("What did Ofsted say about caseloads?", api_name="/ask")
"""
from __future__ import annotations

import gradio as gr

from .compare import compare
from .filters import form_filters
from .state import AppState


def filters_or_error(*values: str):
    try:
        return form_filters(*values)
    except ValueError as error:
        raise gr.Error(str(error)) from error


def ask_endpoint(state: AppState):
    def ask(question: str, council: str = "", committee: str = "", date_from: str = "",
            date_to: str = "", kind: str = "", k: int = 5) -> dict:
        """Answer a question from the minutes: a quoted summary with [n] markers, the cited
        passages (council, committee, meeting_date, title, doc_id, start, end, citation) and
        `answered` (False when nothing in the minutes answers). Filters are optional: '' means any."""
        if not (question or "").strip():
            raise gr.Error("question is empty")
        filters = filters_or_error(council, committee, date_from, date_to, kind)
        return state.ask(question.strip(), filters, k=max(1, min(int(k), 20))).to_dict()
    return ask


def compare_endpoint(state: AppState):
    def compare_councils(question: str, committee: str = "", date_from: str = "", date_to: str = "",
                         kind: str = "", k: int = 3) -> list[dict]:
        """The question answered separately for each council: [{council, answer}], answer as in /ask."""
        if not (question or "").strip():
            raise gr.Error("question is empty")
        filters = filters_or_error("", committee, date_from, date_to, kind)
        results = compare(state, question.strip(), filters, k=max(1, min(int(k), 10)))
        return [{"council": council, "answer": answer.to_dict()} for council, answer in results]
    return compare_councils


def register(state: AppState) -> None:
    """Add the endpoints to the Blocks being built."""
    gr.api(ask_endpoint(state), api_name="ask")
    gr.api(compare_endpoint(state), api_name="compare")
