"""A re-index in the web app reads and embeds outside the lock that questions take."""
from __future__ import annotations

import threading

from assistant import Assistant
from ui.state import AppState

FIRST = "Scrutiny Panel\n\n1. Caseloads\n\nThe Director reported that caseloads had fallen to 18 per social worker.\n"
SECOND = "Cabinet\n\n2. School transport\n\nCabinet agreed to review home to school transport for pupils with SEND.\n"


def test_a_question_is_answered_while_an_ingest_is_reading(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "first.txt").write_text(FIRST, encoding="utf-8")
    state = AppState(Assistant.build(corpus, tmp_path / "index", embedder=embedder), corpus)
    (corpus / "second.txt").write_text(SECOND, encoding="utf-8")
    reading, answered = threading.Event(), threading.Event()
    answers, answered_during_ingest = [], []

    def progress(name: str, done: int, total: int) -> None:
        reading.set()
        answered_during_ingest.append(answered.wait(timeout=20))   # hold the ingest until the question is done

    def ask_while_reading() -> None:
        reading.wait(timeout=20)
        answers.append(state.ask("What did the Director say about caseloads?", filters=_no_filters()))
        answered.set()

    asker = threading.Thread(target=ask_while_reading)
    asker.start()
    report = state.ingest(progress=progress)
    asker.join(timeout=60)
    assert answered_during_ingest[0] is True
    assert answers and answers[0].passages[0].doc_id == "first"
    assert report.files_read == 1
    assert {d.doc_id for d in state.documents()} == {"first", "second"}    # switched once it was done


def _no_filters():
    from assistant.models import Filters

    return Filters()
