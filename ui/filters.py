"""The filter panel shared by Ask and Compare: council, committee, dates, kind.

Active filters are shown as buttons; clicking one removes that filter.
"""
from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from assistant import validate
from assistant.models import Filters

from .errors import shown_on_page
from .render import FILTER_LABELS, filter_items
from .state import AppState

FIELDS = [name for name, _ in FILTER_LABELS]


def clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def form_filters(council: str | None = None, committee: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, kind: str | None = None) -> Filters:
    """Filters from form values ('' means no restriction); InvalidInput (a ValueError) for a bad value."""
    return validate.filters(Filters(clean(council), clean(committee), clean(date_from), clean(date_to), clean(kind)))


def checked_filters(*values: str | None) -> Filters:
    """`form_filters` for event handlers: a bad date becomes a message on the page."""
    with shown_on_page():
        return form_filters(*values)


def choices(values: list[str], everything: str) -> list[tuple[str, str]]:
    return [(everything, "")] + [(v, v) for v in values]


def choice_updates(state: AppState) -> list[dict]:
    """New choices for the council, committee and kind lists after the library changed."""
    return [gr.update(choices=choices(state.councils(), "All councils")),
            gr.update(choices=choices(state.committees(), "All committees")),
            gr.update(choices=choices(state.kinds(), "Any kind"))]


@dataclass
class FilterPanel:
    council: gr.Dropdown
    committee: gr.Dropdown
    date_from: gr.Textbox
    date_to: gr.Textbox
    kind: gr.Dropdown
    label: gr.HTML
    chips: list[gr.Button]
    clear: gr.Button

    @property
    def inputs(self) -> list[gr.components.Component]:
        return [self.council, self.committee, self.date_from, self.date_to, self.kind]

    @property
    def choice_outputs(self) -> list[gr.components.Component]:
        """The lists `choice_updates` refreshes."""
        return [self.council, self.committee, self.kind]


def filter_panel(state: AppState) -> FilterPanel:
    """The filter inputs and the row of active filters under them."""
    with gr.Group(elem_id="filters"):
        with gr.Row(equal_height=True):
            council = gr.Dropdown(choices(state.councils(), "All councils"), value="", label="Council",
                                  elem_id="filter-council", scale=2)
            committee = gr.Dropdown(choices(state.committees(), "All committees"), value="",
                                    label="Committee", elem_id="filter-committee", scale=2)
            date_from = gr.Textbox(label="From", placeholder="2019 or 2019-07", elem_id="filter-from")
            date_to = gr.Textbox(label="To", placeholder="2020-12-31", elem_id="filter-to")
            kind = gr.Dropdown(choices(state.kinds(), "Any kind"), value="", label="Kind",
                               elem_id="filter-kind")
    with gr.Row(elem_id="active-filters"):
        label = gr.HTML(active_label(0), js_on_load=None, elem_id="active-label")
        chips = [gr.Button(visible=False, size="sm", elem_classes=["chip-button"], elem_id=f"chip-{name}")
                 for name in FIELDS]
        clear = gr.Button("Clear all filters", size="sm", visible=False, elem_id="clear-filters")
    panel = FilterPanel(council, committee, date_from, date_to, kind, label, chips, clear)
    wire(panel)
    return panel


def active_label(count: int) -> str:
    if not count:
        return '<span class="active-label">No filters: Ask and Compare search all the minutes.</span>'
    return '<span class="active-label">Filters in use for Ask and Compare (click one to remove it):</span>'


def chip_updates(*values: str | None) -> list:
    """The label, one button per active filter ('Council: Medway Council ✕'), and 'clear all'."""
    filters = Filters(*(clean(v) for v in values))
    active = {name: f"{label}: {value}  ✕" for name, label, value in filter_items(filters)}
    chips = [gr.update(visible=name in active, value=active.get(name, "")) for name in FIELDS]
    return [active_label(len(active)), *chips, gr.update(visible=len(active) > 1)]


def wire(panel: FilterPanel) -> None:
    outputs = [panel.label, *panel.chips, panel.clear]
    for component in panel.inputs:
        # One at a time, in the order typed: a slow early update must not overwrite a later one.
        component.change(chip_updates, panel.inputs, outputs, api_visibility="private",
                         concurrency_limit=1, concurrency_id="filter-chips", trigger_mode="always_last",
                         show_progress="hidden")
    for chip, component in zip(panel.chips, panel.inputs):
        chip.click(lambda: "", None, component, api_visibility="private", queue=False)
    panel.clear.click(lambda: [""] * len(FIELDS), None, panel.inputs, api_visibility="private", queue=False)
