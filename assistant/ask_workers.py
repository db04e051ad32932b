"""Questions answered in worker processes, so that a server's questions use every core.

Most of a question's work (parsing, ranking, reading the index, the model's Python) holds
the interpreter, so the threads of one process answer on about one core, however many
there are (docs/performance.md, "Load"). `AskWorkers(index, count)` starts `count` fresh
Python processes, each opening the index itself with its own model and following it as
`Assistant.reading` does (an ingest by anyone is seen by the next question). `ask` hands
a question to an idle worker and waits for its answer:

- a worker found dead is replaced before it is given a question;
- a worker that dies during a question is replaced and the question asked once more (a
  question only reads); a second death costs the question a `QuestionFailed`;
- a worker that takes longer than `answer_within` seconds (the question's own time budget
  stops far sooner; this is for a question stuck in one stage) is replaced, and the
  question fails with a `QuestionFailed`.

A worker is a fresh process (not a fork: the parent holds the model's and the server's
threads). It ends when its connection closes, as it does when the server stops or dies.
(Not by PR_SET_PDEATHSIG, as the file readers do: that signal follows the thread that
started the process, and a replacement is started by whichever server thread found the
worker dead, a thread the server may retire a few seconds later.)
"""
from __future__ import annotations

import atexit
import logging
import queue
import threading
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path

from . import validate
from .answer import Answer
from .child_process import Child
from .errors import MinutesQAError
from .models import Filters

log = logging.getLogger(__name__)

ANSWER_WITHIN = 60.0     # seconds a worker may take over one question before it is replaced


class QuestionFailed(MinutesQAError):
    """The process answering the question stopped or hung; asking again uses a fresh one."""


class AskWorkers:
    """`count` worker processes answering questions over the index at `index`."""

    def __init__(self, index: Path | str, count: int, limits: validate.Limits = validate.Limits(),
                 answer_within: float = ANSWER_WITHIN):
        self.index, self.limits, self.answer_within = str(index), limits, answer_within
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(count):
            self._idle.put(self._start())
        atexit.register(self.close)

    def ask(self, question: str, filters: Filters = Filters(), k: int = 5, read_filters: bool = True) -> Answer:
        """`Assistant.ask` in a worker: the answer, or the error it raised there."""
        request = (question, k, read_filters, asdict(filters))
        try:
            outcome, value = self._ask_once(request)
        except EOFError:        # the worker had died (it may not be reaped yet): once more, on a fresh one
            try:
                outcome, value = self._ask_once(request)
            except EOFError:
                raise QuestionFailed("the process answering this question stopped; ask again") from None
        if outcome == "ok":
            return value
        raise value

    def _ask_once(self, request: tuple) -> tuple[str, object]:
        worker = self._idle.get()
        try:
            if not worker.alive():
                worker = self._replace(worker)
            outcome = worker.ask(request, self.answer_within)
        except TimeoutError:        # before OSError, whose subclass it is
            self._idle.put(self._replace(worker))
            raise QuestionFailed(f"this question took more than {self.answer_within:g} s and was stopped; "
                                 "ask a narrower one") from None
        except (EOFError, OSError):
            self._idle.put(self._replace(worker))
            raise EOFError from None
        self._idle.put(worker)
        return outcome

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = self._all, set()
        for worker in workers:
            worker.stop()

    def _start(self) -> "_Worker":
        worker = _Worker(self.index, self.limits)
        with self._lock:
            if self._closed:
                worker.stop()
                raise QuestionFailed("the server is stopping")
            self._all.add(worker)
        return worker

    def _replace(self, worker: "_Worker") -> "_Worker":
        log.warning("replacing question worker %s", worker.process.pid)
        worker.stop()
        with self._lock:
            self._all.discard(worker)
        return self._start()


class _Worker(Child):
    """One worker process and the connection to it."""

    def __init__(self, index: str, limits: validate.Limits):
        super().__init__(__name__)
        self.conn.send((index, limits))

    def ask(self, request: tuple, seconds: float) -> tuple[str, object]:
        return self.request(request, seconds)




def serve(conn: Connection) -> None:
    """The worker: open the index, then answer questions sent down the connection until it closes."""
    from .core import Assistant

    index, limits = conn.recv()
    assistant = Assistant.open(index, limits=limits)
    preload = getattr(assistant.embedder, "preload", None)
    if preload:
        preload()    # the model loads while the first question is on its way
    assistant.keep_warm()
    while True:
        try:
            question, k, read_filters, filters = conn.recv()
            conn.send(_outcome(assistant, question, k, read_filters, filters))
        except (EOFError, OSError):     # the server has gone
            return


def _outcome(assistant, question: str, k: int, read_filters: bool, filters: dict) -> tuple[str, object]:
    try:
        with assistant.reading() as pinned:
            return "ok", pinned.ask(question, k=k, read_filters=read_filters, **filters)
    except MinutesQAError as error:
        return "error", error
    except Exception as error:  # noqa: BLE001 - the server shows it as this question's failure
        log.exception("answering %r failed", question)
        return "error", QuestionFailed(f"{type(error).__name__}: {str(error)[:300]}")
