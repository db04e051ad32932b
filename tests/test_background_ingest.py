"""`serve` answers at once and brings the index up to date in the background."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from assistant import Assistant
from assistant.models import Filters
from assistant.store import Store
from ui.library import ingest_status_text
from ui.state import AppState

from conftest import CORPUS, HeldEmbedder


def test_questions_are_answered_while_the_index_is_brought_up_to_date(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    Assistant.build(corpus, tmp_path / "index", embedder=embedder).close()
    (corpus / "extra.txt").write_text("Minutes of the Libraries Panel. The panel agreed to extend Saturday "
                                      "opening at the central library from March.\n")
    held = HeldEmbedder(embedder, "Saturday opening")
    state = AppState(Assistant.open(tmp_path / "index", embedder=held), corpus)
    thread = state.ingest_in_background()
    try:
        assert held.waiting.wait(120)
        assert "being brought up to date" in ingest_status_text(state)
        answer = state.ask("What did Ofsted say about caseloads?", Filters())
        assert answer.passages and any("answers may change" in n for n in answer.notes)
        assert "extra" not in {d.doc_id for d in state.documents()}
    finally:
        held.release.set()
        thread.join(120)
    assert not state.ingest_status and ingest_status_text(state) == ""
    assert "extra" in {d.doc_id for d in state.documents()}
    assert not any("answers may change" in n for n in state.ask("When will the library open on Saturdays?",
                                                                Filters()).notes)
    state.assistant.close()


def test_an_ingest_that_fails_says_why_in_the_library(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    state = AppState(Assistant.open_or_create(tmp_path / "index", model=None), corpus)
    state.assistant.embedder = hash_embedder       # another model than the index was made with
    state.ingest_in_background().join(120)
    assert "Updating the index failed" in ingest_status_text(state)
    state.assistant.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_with_no_index_answers_while_it_fills_the_index(tmp_path):
    """The background ingest is held after reading its first file (a test hook), so the page
    must answer while nothing is committed; released, it fills the index."""
    corpus, index, port, hold = tmp_path / "corpus", tmp_path / "index", free_port(), tmp_path / "go"
    shutil.copytree(CORPUS, corpus)
    environment = {**os.environ, "MINUTES_QA_TEST_HOOK": f"hold:added:{hold}"}
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--corpus", str(corpus),
                               "--index", str(index), "--port", str(port)], env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=Path(__file__).parent.parent)
    try:
        assert poll(lambda: Path(f"{hold}.reached").exists())
        assert poll(lambda: page_status(port) == 200)
        assert documents(index) == []
        hold.touch()
        assert poll(lambda: len(documents(index)) == 5)
    finally:
        hold.touch()
        server.terminate()
        server.wait(60)


def poll(condition, tries: int = 600) -> bool:
    """Whether `condition()` comes true within `tries` checks half a second apart."""
    for _ in range(tries):
        if condition():
            return True
        time.sleep(0.5)
    return False


def page_status(port: int) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            return response.status
    except OSError:
        return None


def documents(index: Path) -> list:
    try:
        store = Store.open(index)
    except Exception:   # noqa: BLE001 - not created yet
        return []
    try:
        return store.documents()
    finally:
        store.close()
