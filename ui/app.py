"""The web app: Ask (chat with citations), Compare councils, Library; plus the `ask` API.

`build_app(assistant, corpus)` returns the Blocks (for tests); `serve(...)` runs it.
Everything the page needs is served from this machine: analytics off, system fonts only.
"""
from __future__ import annotations

import os
import signal
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Callable

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402  (after the analytics switch)
from starlette.middleware import Middleware  # noqa: E402

from assistant import Assistant  # noqa: E402
from assistant.ask_workers import AskWorkers  # noqa: E402

from . import api, chat, commitments_tab, compare, library  # noqa: E402
from .access import Access, middleware  # noqa: E402
from .downloads import DownloadFolder  # noqa: E402
from .filters import choice_updates, filter_panel  # noqa: E402
from .gradio_costs import avoid_unused_work  # noqa: E402
from .library import MAX_UPLOAD_BYTES  # noqa: E402
from .page import Page  # noqa: E402
from .state import AppState  # noqa: E402
from .style import CSS  # noqa: E402

TITLE = "Council minutes assistant"
# Gradio's cached copies of uploads and downloads: checked every 10 minutes, removed after an
# hour, and all removed when the server stops.
DELETE_CACHE = (600, 3600)
# Questions run at once, each on its own snapshot of the index: a slow one does not hold the others.
QUESTION_WORKERS = 4
# Seconds between the queue's position updates to waiting clients. Gradio's default sends one
# to every waiting client each time a question starts: with 50 clients waiting, most of the
# queue's own work (the page hides the position anyway).
QUEUE_STATUS_EVERY = 1.0

# One function per tab, in page order.
TABS: list[Callable[[Page], None]] = [chat.tab, compare.tab, commitments_tab.tab, library.tab]


def theme() -> gr.themes.Base:
    """Gradio's default look with local system fonts (no Google Fonts request)."""
    return gr.themes.Default(font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
                             font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"])


def build_app(assistant: Assistant, corpus: Path | str = "corpus",
              downloads: DownloadFolder | None = None, access: Access = Access(),
              update_index: bool = False, workers: AskWorkers | None = None) -> gr.Blocks:
    """The page, wired to `assistant`; uploads and re-indexing use the `corpus` folder, for whom
    `access` allows (by default everyone: a server on loopback without sign-in). With
    `update_index`, the index is brought up to date with the folder in the background. With
    `workers`, questions are answered in those processes."""
    avoid_unused_work()
    state = AppState(assistant, Path(corpus), downloads=downloads or DownloadFolder(), access=access,
                     workers=workers)
    if update_index:
        state.ingest_in_background()
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=DELETE_CACHE) as app:
        gr.HTML(f'<header class="masthead"><h1>{TITLE}</h1><p>Answers quoted word for word from council '
                "minutes, each passage cited to council, committee, meeting, item and paragraph.</p></header>",
                js_on_load=None)
        page = Page(state, filter_panel(state))
        with gr.Tabs():
            for tab in TABS:
                tab(page)
        api.register(state)
        # Filter choices as the library stands when the page is opened (uploads add councils).
        page.on_load(partial(choice_updates, state), page.filters.choice_outputs)
        page.attach(app)
    return app


def launch_options() -> dict:
    """Settings every launch uses: nothing fetched from other hosts, 20 MB uploads."""
    return {"ssr_mode": False, "max_file_size": MAX_UPLOAD_BYTES, "footer_links": ["api", "settings"],
            "theme": theme(), "css": CSS, "show_error": True, "pwa": False,
            "enable_monitoring": False, "mcp_server": False}


def launch(app: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, block: bool = True,
           quiet: bool = False, access: Access = Access()) -> str:
    """Start the server; with block=False return at once (tests close it with app.close()).

    With users in `access`, every page and API call needs a signed-in user (Gradio's own
    sign-in). Every response carries the security headers (`access.SECURITY_HEADERS`); a
    read-only server refuses Gradio's file uploads too.
    """
    app.queue(default_concurrency_limit=QUESTION_WORKERS, status_update_rate=QUEUE_STATUS_EVERY)
    _, url, _ = app.launch(server_name=host, server_port=port, prevent_thread_lock=not block,
                           quiet=quiet, share=False, inbrowser=False, auth=access.gradio_auth(),
                           app_kwargs={"middleware": [Middleware(cls, **options) for cls, options in middleware(access)]}, **launch_options())
    return url


def serve(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, corpus: Path | str = "corpus",
          access: Access = Access(), update_index: bool = False, workers: int = 0) -> None:
    """Serve the app until interrupted (the `minutes-qa serve` command); temporary files go with it.
    With `update_index`, the index is brought up to date with `corpus` while the app serves. With
    `workers`, that many processes answer the questions (`AskWorkers`), each with its own model."""
    signal.signal(signal.SIGTERM, _interrupt)      # stop as on Ctrl-C, so that the clean-up below runs
    downloads = DownloadFolder()
    askers = AskWorkers(assistant.index_dir, workers, assistant.limits) if workers else None
    app = build_app(assistant, corpus, downloads, access, update_index, askers)
    preload = getattr(assistant.embedder, "preload", None)
    if preload and askers is None:
        preload()      # the model loads while the server starts; the first question waits for it
    if askers is None:
        assistant.keep_warm()
    try:
        launch(app, host=host, port=port, access=access)
    finally:
        if askers is not None:
            askers.close()
        downloads.close()
        remove_cached_copies(app)


def remove_cached_copies(app: gr.Blocks) -> None:
    """Gradio's copies of this app's files, including the first values of components (delete_cache keeps those)."""
    for files in app.temp_file_sets:
        for name in list(files):
            path = Path(name)
            path.unlink(missing_ok=True)
            with suppress(OSError):
                path.parent.rmdir()     # Gradio's folder for that one file, once empty


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
