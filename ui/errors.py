"""Errors a user can act on, shown on the page as one line (gr.Error) instead of a stack trace."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import gradio as gr

from assistant.errors import MinutesQAError


def page_error(error: MinutesQAError) -> gr.Error:
    message = str(error)
    return gr.Error(message[:1].upper() + message[1:])


@contextmanager
def shown_on_page() -> Iterator[None]:
    """Turn a domain error raised inside the block into a message on the page."""
    try:
        yield
    except MinutesQAError as error:
        raise page_error(error) from error
