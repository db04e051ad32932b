"""What a question reads once per index version is read once, and can be read before the first
question (`Store.warm`, `Assistant.keep_warm`); a question's keyword and vector searches run at
the same time (`search.first_searches`) and give what each gives alone."""
from __future__ import annotations

import threading
import time

import pytest

from assistant import Assistant, store_queries
from assistant.ingest import ingest
from assistant.models import Filters
from assistant.query import parse_query
from assistant.search import first_searches, keyword_match, query_weights
from assistant.settings import DEFAULT
from assistant.version_cache import PerVersion


def test_a_value_being_computed_is_computed_once_for_every_thread_that_asks():
    cache, started, release, calls = PerVersion(), threading.Event(), threading.Event(), []

    def compute():
        calls.append(1)
        started.set()
        release.wait(10)
        return "mask"
    results = []
    first = threading.Thread(target=lambda: results.append(cache.get(1, "k", compute)))
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.append(cache.get(1, "k", compute)))
    second.start()
    second.join(0.2)
    assert second.is_alive()           # waiting for the first thread's value, not computing its own
    release.set()
    first.join(10)
    second.join(10)
    assert results == ["mask", "mask"] and len(calls) == 1


def test_an_error_reaches_the_threads_waiting_and_the_next_call_computes_again():
    cache, started, release = PerVersion(), threading.Event(), threading.Event()

    def fail():
        started.set()
        release.wait(10)
        raise ValueError("damaged")
    errors = []

    def ask():
        try:
            cache.get(1, "k", fail)
        except ValueError as error:
            errors.append(str(error))
    threads = [threading.Thread(target=ask)]
    threads[0].start()
    assert started.wait(10)
    threads.append(threading.Thread(target=ask))
    threads[1].start()
    release.set()
    for thread in threads:
        thread.join(10)
    assert errors == ["damaged", "damaged"]
    assert cache.get(1, "k", lambda: "read") == "read"


@pytest.mark.parametrize("filters", [None, Filters(council="medway"), Filters(date_from="2020-01-01")])
@pytest.mark.parametrize("question", ["What did Ofsted say about caseloads?",
                                      "How much was the budget overspend?",
                                      "children in care placements"])
def test_the_two_searches_run_together_give_what_each_gives_alone(sample_assistant, embedder, question, filters):
    query = parse_query(question)
    qvec = embedder.embed([query.text])[0]
    with sample_assistant.reading() as pinned:
        store = pinned.store
        match = keyword_match(query, DEFAULT, query_weights(store, query))
        alone = (dict(store.fts_search(match, filters, DEFAULT.candidates,
                                       (DEFAULT.heading_weight, DEFAULT.context_weight))),
                 dict(store.vector_search(qvec, filters, DEFAULT.candidates)))
        together = first_searches(store, match, qvec, filters, DEFAULT)
    assert together == alone and alone[0] and alone[1]


MINUTES = ("{council} Council\nCabinet\nMinutes of the meeting held on {day} March 2021\n\n"
           "1. Libraries\n1.1 The Cabinet agreed that the Director would report back on library opening hours.\n")


@pytest.fixture
def library(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kent.txt").write_text(MINUTES.format(council="Kent County", day=3), encoding="utf-8")
    assistant = Assistant.build(corpus, tmp_path / "index", embedder=hash_embedder)
    yield corpus, tmp_path / "index", assistant
    assistant.close()


def counting(monkeypatch, name: str) -> list:
    """Count the calls of a store query (the query itself still runs)."""
    calls, real = [], getattr(store_queries, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(f"assistant.store.{name}", counted)
    return calls


def test_warming_reads_the_spans_once_so_that_a_filtered_question_does_not(library, monkeypatch):
    corpus, index, assistant = library
    passages, commitments = counting(monkeypatch, "document_spans"), counting(monkeypatch, "commitment_spans")
    assistant.warm()
    assert (len(passages), len(commitments)) == (1, 1)
    answer = assistant.ask("What did Kent County Council agree about library opening hours?")
    assert answer.passages and answer.passages[0].doc_id == "kent"
    assert assistant.store.register_count() >= 1
    assistant.warm()
    assert (len(passages), len(commitments)) == (1, 1)    # the same version: nothing read again


def test_a_server_warms_each_new_version_in_the_background(library, hash_embedder, monkeypatch):
    corpus, index, assistant = library
    passages = counting(monkeypatch, "document_spans")
    assistant.keep_warm()
    wait_for(lambda: len(passages) == 1)
    (corpus / "medway.txt").write_text(MINUTES.format(council="Medway", day=10), encoding="utf-8")
    ingest(corpus, index, hash_embedder)           # a new version, as `minutes-qa ingest` makes it
    assert assistant.follow_index()
    wait_for(lambda: len(passages) == 2)
    answer = assistant.ask("What did Medway Council agree about library opening hours?")
    assert answer.passages[0].doc_id == "medway"
    assert len(passages) == 2                      # the question used what the background read


def wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the background warm-up did not run"
        time.sleep(0.02)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork here")
def test_a_forked_process_searches_with_threads_of_its_own(sample_assistant, embedder):
    import os
    import select
    import signal

    from assistant import search as search_module
    question = "What did Ofsted say about caseloads?"
    before = [h.passage_id for h in sample_assistant.ask(question).passages]   # the parent's pool now exists
    assert search_module._beside.cache_info().currsize == 1
    read, write = os.pipe()
    child = os.fork()
    if child == 0:                     # the child: ask, report the ids, and leave at once
        try:
            ids = [h.passage_id for h in sample_assistant.ask(question).passages]
            os.write(write, ",".join(map(str, ids)).encode())
        finally:
            os._exit(0)
    os.close(write)
    ready, _, _ = select.select([read], [], [], 60)
    if not ready:                      # the child's search never ran: a pool whose threads stayed behind
        os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    assert ready, "the forked process's search did not finish"
    assert os.read(read, 4096).decode() == ",".join(map(str, before))
