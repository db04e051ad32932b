"""Questions answered in worker processes (`serve --workers`): the same answers as in the
server's own process, typed errors kept, dead or stuck workers replaced, the index followed."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.ask_workers import AskWorkers, QuestionFailed
from assistant.errors import InvalidDate
from assistant.models import Filters
from ui.state import AppState

from conftest import CORPUS, ROOT

QUESTIONS = ["What did Ofsted say about caseloads?", "Who chairs the Improvement Board?",
             "Which councils mentioned agency staff?", "How many agency social workers were there?"]


def summary(answer) -> tuple:
    return answer.answered, answer.summary, [(h.doc_id, h.start) for h in answer.passages], answer.notes


@pytest.fixture(scope="module")
def workers(sample_index):
    askers = AskWorkers(sample_index, 2)
    yield askers
    askers.close()


def test_workers_give_the_answers_this_process_gives(sample_assistant, workers):
    here = AppState(sample_assistant, CORPUS)
    there = AppState(sample_assistant, CORPUS, workers=workers)
    alone = {q: summary(here.ask(q, Filters())) for q in QUESTIONS}
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda q: (q, summary(there.ask(q, Filters()))), QUESTIONS * 3))
    assert all(result == alone[q] for q, result in together)
    medway = there.ask("What did Ofsted say about caseloads?", Filters(council="Medway"), k=3)
    assert medway.passages and len(medway.passages) <= 3
    assert all(h.council == "Medway Council" for h in medway.passages)


def test_a_refused_question_keeps_its_error_type(workers):
    with pytest.raises(InvalidDate, match="soon"):
        workers.ask("Caseloads?", Filters(date_from="soon"))


def test_a_dead_worker_is_replaced_before_its_next_question(workers):
    first = workers.pids
    os.kill(first[0], signal.SIGKILL)
    answers = [workers.ask(q) for q in QUESTIONS]
    assert all(a.passages for a in answers)
    assert first[0] not in workers.pids and len(workers.pids) == 2


def test_a_question_over_the_limit_fails_and_its_worker_is_replaced(sample_index):
    askers = AskWorkers(sample_index, 1, answer_within=0.0)
    try:
        before = askers.pids
        with pytest.raises(QuestionFailed, match="took more than"):
            askers.ask(QUESTIONS[0])
        assert askers.pids != before
        askers.answer_within = 300
        assert askers.ask(QUESTIONS[0]).passages
    finally:
        askers.close()
    assert askers.pids == []


def test_workers_follow_an_ingest_into_their_index(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    assistant = Assistant.build(corpus, tmp_path / "index", embedder=embedder)
    askers = AskWorkers(tmp_path / "index", 1)
    try:
        question = "What did the committee decide about the zebra crossing on Quarry Lane?"
        assert not any("Quarry Lane" in h.text for h in askers.ask(question).passages)
        (corpus / "quarry.txt").write_text(
            "Highways Committee, Medway Council, 3 March 2021\n\n1. Quarry Lane\n\n"
            "The committee agreed to install a zebra crossing on Quarry Lane by September 2021.\n",
            encoding="utf-8")
        assistant.ingest(corpus)
        answer = askers.ask(question)
        assert any("zebra crossing on Quarry Lane" in h.text for h in answer.passages)
    finally:
        askers.close()
        assistant.close()


def test_a_worker_outlives_the_thread_that_started_it(sample_index):
    """The server starts replacements from whichever of its threads found a worker dead."""
    started = {}

    def start_and_ask() -> None:
        started["askers"] = AskWorkers(sample_index, 1)
        started["answer"] = started["askers"].ask(QUESTIONS[0])    # the worker is running when the thread ends

    thread = threading.Thread(target=start_and_ask)
    thread.start()
    thread.join()
    askers = started["askers"]
    try:
        assert started["answer"].passages
        pids = askers.pids
        time.sleep(1)
        assert askers.ask(QUESTIONS[1]).passages
        assert askers.pids == pids
    finally:
        askers.close()


def test_workers_end_when_the_server_process_dies(sample_index):
    script = ("import sys, os; from assistant.ask_workers import AskWorkers; "
              f"w = AskWorkers({str(sample_index)!r}, 1); print(w.pids[0], flush=True); os._exit(0)")
    server = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    worker = int(server.stdout.split()[0])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and Path(f"/proc/{worker}").exists() and not zombie(worker):
        time.sleep(0.2)
    assert not Path(f"/proc/{worker}").exists() or zombie(worker)


def zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True
