"""Named API endpoints for gradio_client: `/ask` and `/compare`.

    from gradio_client import Client
    client = Client("http://127.0.0.1:7860/")
    answer = client.predict("What did Ofsted say about caseloads?", api_name="/ask")
"""
from __future__ import annotations

import gradio as gr

from assistant import validate

from .compare import compare
from .errors import shown_on_page
from .filters import form_filters
from .state import AppState

MAX_K_ASK, MAX_K_COMPARE = 20, 10


def ask_endpoint(state: AppState):
    def ask(question: str, council: str = "", committee: str = "", date_from: str = "",
            date_to: str = "", kind: str = "", k: int = 5) -> dict:
        """Answer a question from the minutes: a quoted summary with [n] markers, the cited
        passages (council, committee, meeting_date, title, doc_id, start, end, citation) and
        `answered` (False when nothing in the minutes answers). Filters are optional: '' means any."""
        with shown_on_page():
            question = validate.question(question, state.assistant.limits)
            filters = form_filters(council, committee, date_from, date_to, kind)
            return state.ask(question, filters, k=validate.count(k, MAX_K_ASK)).to_dict()
    return ask


def compare_endpoint(state: AppState):
    def compare_councils(question: str, committee: str = "", date_from: str = "", date_to: str = "",
                         kind: str = "", k: int = 3) -> list[dict]:
        """The question answered separately for each council: [{council, answer}], answer as in /ask."""
        with shown_on_page():
            filters = form_filters("", committee, date_from, date_to, kind)
            results = compare(state, question, filters, k=validate.count(k, MAX_K_COMPARE))
        return [{"council": council, "answer": answer.to_dict()} for council, answer in results]
    return compare_councils


def register(state: AppState) -> None:
    """Add the endpoints to the Blocks being built."""
    gr.api(ask_endpoint(state), api_name="ask")
    gr.api(compare_endpoint(state), api_name="compare")
