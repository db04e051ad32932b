"""What each tab is built with: the shared state, the filter panel, and page-load hooks."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import gradio as gr

from .filters import FilterPanel
from .state import AppState

LoadHook = tuple[Callable[[], Any], list[gr.components.Component]]


@dataclass
class Page:
    state: AppState
    filters: FilterPanel
    loads: list[LoadHook] = field(default_factory=list)

    def on_load(self, fn: Callable[[], Any], outputs: list[gr.components.Component]) -> None:
        """Refresh `outputs` with `fn()` each time someone opens the page."""
        self.loads.append((fn, outputs))

    def attach(self, app: gr.Blocks) -> None:
        for fn, outputs in self.loads:
            app.load(fn, None, outputs, api_visibility="private")
