"""The server follows the index: a `minutes-qa ingest` into the folder a server reads is seen by
its next question, without a restart, and questions on the old version finish on it first."""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.ingest import ingest
from assistant.models import Filters
from ui.state import AppState

ROOT = Path(__file__).resolve().parent.parent
FIRST = ("Testshire County Council\nScrutiny Panel\nMinutes of the meeting held on 3 March 2021\n\n"
         "1. Caseloads\n1.1 The Director reported that caseloads had fallen to 18 per social worker.\n")
SECOND = ("Testshire County Council\nCabinet\nMinutes of the meeting held on 9 June 2021\n\n"
          "2. School transport\n2.1 Cabinet agreed to review home to school transport for pupils with SEND "
          "and to report back to the committee in September.\n")
TRANSPORT = "What did Cabinet agree about home to school transport?"


@pytest.fixture
def library(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "first.txt").write_text(FIRST, encoding="utf-8")
    assistant = Assistant.build(corpus, tmp_path / "index", embedder=embedder)
    yield corpus, tmp_path / "index", assistant
    assistant.close()


def doc_ids(assistant: Assistant) -> set[str]:
    with assistant.reading() as pinned:
        return {d.doc_id for d in pinned.documents()}


def test_the_app_sees_an_ingest_by_another_writer_on_its_next_call(library, embedder):
    corpus, index, assistant = library
    state = AppState(assistant, corpus)
    assert {d.doc_id for d in state.documents()} == {"first"}
    (corpus / "second.txt").write_text(SECOND, encoding="utf-8")
    ingest(corpus, index, embedder)                  # as `minutes-qa ingest` would, not through the app
    assert {d.doc_id for d in state.documents()} == {"first", "second"}
    answer = state.ask(TRANSPORT, Filters())
    assert answer.passages[0].doc_id == "second"


def test_a_reader_of_the_old_version_finishes_on_it_then_it_is_closed(library, embedder):
    corpus, index, assistant = library
    with assistant.reading() as old:
        (corpus / "second.txt").write_text(SECOND, encoding="utf-8")
        ingest(corpus, index, embedder)
        assert doc_ids(assistant) == {"first", "second"}     # a new reader gets the new version
        assert {d.doc_id for d in old.documents()} == {"first"}    # the old reader keeps its own
        assert old.ask(TRANSPORT).passages[0].doc_id == "first"
        old_store = old.store
    with pytest.raises(sqlite3.ProgrammingError):            # closed once its last reader finished
        old_store.documents()
    assert assistant.store is not old_store


def test_an_unchanged_index_is_not_reopened(library):
    _, _, assistant = library
    store = assistant.store
    for _ in range(3):
        with assistant.reading():
            pass
    assert assistant.store is store and not assistant.follow_index()


def test_a_cli_ingest_into_the_served_index_is_seen_by_the_next_question(library):
    from gradio_client import Client

    from ui.app import build_app, launch

    corpus, index, assistant = library
    app = build_app(assistant, corpus)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = launch(app, port=port, block=False, quiet=True)
    try:
        client = Client(url, verbose=False)
        before = client.predict(TRANSPORT, api_name="/ask")
        assert {p["doc_id"] for p in before["passages"]} == {"first"}
        (corpus / "second.txt").write_text(SECOND, encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", str(corpus), "--index", str(index)],
                             capture_output=True, text=True, timeout=300, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"})
        assert run.returncode == 0, run.stderr
        after = client.predict(TRANSPORT, api_name="/ask")
        assert after["passages"][0]["doc_id"] == "second"
    finally:
        app.close()
