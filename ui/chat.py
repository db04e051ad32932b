"""The Ask tab: a conversation whose answers quote the minutes and cite every passage."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import partial

import gradio as gr

from assistant import validate
from assistant.models import Filters

from .errors import shown_on_page
from .filters import checked_filters
from .followup import Reading, Turn, read_message
from .render import answer_html, conversation_html, error_html, pending_html, turn_html
from .page import Page
from .state import AppState
from .widgets import citations_view

log = logging.getLogger(__name__)

EXAMPLES = ["What did Ofsted say about caseloads?", "How long did councils expect improvement to take?",
            "What was said about agency staff?"]


AS_WRITTEN_NOTE = "Searched as written: councils and dates named in the question were not used as filters."


@dataclass(frozen=True)
class ChatTurn:
    """One exchange: what was typed, what was asked, and the rendered answer."""

    message: str
    asked: Turn
    html: str
    narrowed: bool = False   # filters were read from the message, so "as written" would search more


def start_turn(message: str, turns: list[ChatTurn], *filter_values: str,
               limits: validate.Limits = validate.Limits()) -> tuple[str, str, str]:
    """Show the question at once with 'Searching…'; empty box; remember the message."""
    if not (message or "").strip():
        raise gr.Error("Type a question first.")
    with shown_on_page():
        message = validate.question(message, limits)
    checked_filters(*filter_values)
    page = conversation_html([t.html for t in turns], pending_html(message, len(turns)))
    return page, "", message


def answer_turn(state: AppState, message: str, turns: list[ChatTurn],
                *filter_values: str) -> tuple[str, list[ChatTurn]]:
    """Read the message in the light of the previous turn, ask, and render the answer."""
    previous = turns[-1].asked if turns else None
    form = checked_filters(*filter_values)
    reading = read_message(message, form, previous, state.councils())
    turns = [*turns, ask_turn(state, message, reading, len(turns), form)]
    return conversation_html([t.html for t in turns]), turns


def answer_as_written(state: AppState, turns: list[ChatTurn],
                      *filter_values: str) -> tuple[str, list[ChatTurn]]:
    """Ask the last message again with only the form's filters: the undo for filters read from it."""
    if not turns:
        raise gr.Error("Ask a question first.")
    form = checked_filters(*filter_values)
    message = turns[-1].message
    reading = Reading(message, form, AS_WRITTEN_NOTE)
    turns = [*turns, ask_turn(state, message, reading, len(turns), form, read_filters=False)]
    return conversation_html([t.html for t in turns]), turns


def ask_turn(state: AppState, message: str, reading: Reading, index: int, form: Filters,
             read_filters: bool = True) -> ChatTurn:
    asked = Turn(reading.question, reading.filters)
    started = time.perf_counter()
    try:
        answer = state.ask(reading.question, reading.filters, read_filters=read_filters)
    except Exception as error:      # said in the conversation, not left as a spinner that never ends
        log.exception("answering %r failed", reading.question)
        return ChatTurn(message, asked, turn_html(message, error_html(error), index))
    notes = [reading.note] if reading.note else []
    part = answer_html(answer, f"t{index}", notes, time.perf_counter() - started)
    narrowed = reading.question == message and answer.filters != form  # not for "And Wirral?"
    return ChatTurn(message, asked, turn_html(message, part, index), narrowed=narrowed)


def as_written_button(turns: list[ChatTurn]) -> dict:
    """Offered only when the last answer searched less than the form asked for."""
    return gr.update(visible=bool(turns) and turns[-1].narrowed)


def new_conversation() -> tuple[str, list[ChatTurn]]:
    return conversation_html([]), []


def tab(page: Page) -> None:
    state, panel = page.state, page.filters
    with gr.Tab("Ask", id="ask"):
        turns = gr.State([])
        pending = gr.State("")
        conversation = citations_view(state, conversation_html([]), "conversation", scroll_to_last=True)
        with gr.Row(equal_height=True):
            message = gr.Textbox(placeholder="Ask about the minutes, e.g. What did Ofsted say about caseloads?",
                                 show_label=False, elem_id="question", scale=6, autofocus=True)
            ask = gr.Button("Ask", variant="primary", elem_id="ask-button", scale=1, min_width=90)
        with gr.Row():
            gr.Examples(EXAMPLES, inputs=message, label="Examples")
            new = gr.Button("New conversation", size="sm", elem_id="new-conversation", scale=0)
        as_written = gr.Button("Search all minutes, as written", size="sm", visible=False, elem_id="as-written")
        for trigger in (ask.click, message.submit):
            trigger(partial(start_turn, limits=state.assistant.limits), [message, turns, *panel.inputs],
                    [conversation, message, pending],
                    api_visibility="private", queue=False).success(
                partial(answer_turn, state), [pending, turns, *panel.inputs], [conversation, turns],
                api_visibility="private", show_progress="hidden").then(
                as_written_button, turns, as_written, api_visibility="private", queue=False)
        as_written.click(partial(answer_as_written, state), [turns, *panel.inputs], [conversation, turns],
                         api_visibility="private", show_progress="hidden").then(
            as_written_button, turns, as_written, api_visibility="private", queue=False)
        new.click(new_conversation, None, [conversation, turns], api_visibility="private", queue=False).then(
            as_written_button, turns, as_written, api_visibility="private", queue=False)
