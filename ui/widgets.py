"""An HTML panel of answer cards whose "Show the whole agenda item" buttons fetch the
agenda item from the server when clicked (so answers stay small)."""
from __future__ import annotations

import gradio as gr

from assistant.models import Hit

from .render import Span, context_html
from .state import AppState

NOT_FOUND = '<p class="nothing">That part of the document could not be found in the index.</p>'

# Our own code, not document text: delegates clicks on the cards' context buttons.
CONTEXT_JS = """
element.addEventListener('click', async (event) => {
  const button = event.target.closest('button.open-context');
  if (!button || !element.contains(button)) return;
  const box = button.nextElementSibling;
  if (!box) return;
  if (button.getAttribute('aria-expanded') === 'true') {
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Show the whole agenda item';
    return;
  }
  if (!box.dataset.loaded) {
    button.disabled = true;
    button.textContent = 'Opening…';
    try {
      box.innerHTML = await server.agenda_item({doc: button.dataset.doc, start: Number(button.dataset.start),
                                                end: Number(button.dataset.end), marks: button.dataset.marks || ''});
      box.dataset.loaded = '1';
    } catch (error) {
      box.textContent = 'Could not open the agenda item. Please try again.';
    }
    button.disabled = false;
  }
  box.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  button.textContent = 'Hide the agenda item';
  const text = box.querySelector('.context-text');
  const cited = box.querySelector('.cited');
  if (text && cited) text.scrollTop += cited.getBoundingClientRect().top - text.getBoundingClientRect().top - 24;
  box.scrollIntoView({block: 'nearest'});
});
"""

# After a new answer, bring the start of the newest turn into view.
SCROLL_JS = """
watch('value', () => {
  const panel = element.querySelector('.conversation');
  const turns = element.querySelectorAll('.turn');
  if (!panel || !turns.length) return;
  const last = turns[turns.length - 1];
  panel.scrollTop += last.getBoundingClientRect().top - panel.getBoundingClientRect().top;
});
"""


def parse_marks(marks: str) -> list[Span]:
    """'10-20,30-45' -> [(10, 20), (30, 45)]."""
    spans = []
    for part in filter(None, (marks or "").split(",")):
        start, end = part.split("-")
        spans.append((int(start), int(end)))
    return spans


def parse_request(request: dict) -> tuple[str, int, int, list[Span]]:
    """The button's data attributes, checked (ValueError/TypeError/KeyError when malformed)."""
    doc, start, end = str(request["doc"]), int(request["start"]), int(request["end"])
    if not doc or start < 0 or end < start:
        raise ValueError("bad span")
    return doc, start, end, parse_marks(str(request.get("marks", "")))


def agenda_item_html(state: AppState, request: dict) -> str:
    """The agenda item around a cited passage, as escaped HTML."""
    try:
        doc, start, end, marks = parse_request(request)
    except (ValueError, TypeError, KeyError):
        return NOT_FOUND
    text, item_start, item_end = state.context(Hit(passage_id=0, doc_id=doc, text="", start=start, end=end, score=0.0))
    if not text or end > len(text):
        return NOT_FOUND
    return context_html(text, (item_start, item_end), (start, end), marks)


def citations_view(state: AppState, value: str, elem_id: str, scroll_to_last: bool = False) -> gr.HTML:
    """A gr.HTML whose cards can open their agenda item."""
    def agenda_item(request: dict) -> str:
        return agenda_item_html(state, request)

    js = CONTEXT_JS + (SCROLL_JS if scroll_to_last else "")
    return gr.HTML(value, elem_id=elem_id, js_on_load=js, server_functions=[agenda_item])
