"""Reading one file in a worker process, so that a file over its time or memory budget is stopped.

Everything ingest does to a file before embedding runs here: reading and normalising the
text, splitting it into passages and sentences, leaving out repeated passages, finding
commitments. The worker is a child process reused for every file of an ingest:

- a file that takes longer than `Budget.max_read_seconds` is reported and skipped, and the
  worker is killed (a regular expression or a parser cannot be interrupted any other
  way) and a fresh one started for the next file;
- the worker's address space may grow by at most `Budget.max_read_memory` beyond what it
  holds once started (RLIMIT_AS), so a file that needs more fails with a MemoryError in
  the worker, not by swapping the machine;
- a worker that dies (killed by the system, say) costs only the file it was reading.

A worker is a fresh Python process running `serve` (not a fork: the parent may hold
the model's threads), kept for the next ingest of the same process once its files are read.
"""
from __future__ import annotations

import atexit
import resource
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from .budgets import MB, Budget
from .child_process import Child
from .commitments import extract_commitments
from .corpus_files import too_little_text
from .documents import read_document
from .errors import MinutesQAError, UnreadableFile
from .models import Commitment, Document
from .passages import split_passages
from .repeats import Distinct, distinct_passages
from .sentences import split_sentences

@dataclass
class ReadFile:
    """What a file gives before embedding."""

    doc: Document
    distinct: Distinct                        # its passages, repeats left out
    sentences: list[list[tuple[int, int]]]    # each kept passage's sentence spans (document offsets)
    commitments: list[Commitment]


class TooSmall(UnreadableFile):
    """The file was read but holds too little text to index."""


def read_file(path: Path, entry: dict | None) -> ReadFile:
    """The work done on one file before embedding (in this process)."""
    doc = read_document(path, {path.name: entry} if entry else None)
    too_small = too_little_text(doc.text)
    if too_small:
        raise TooSmall(too_small)
    distinct = distinct_passages(split_passages(doc))
    sentences = [split_sentences(doc.text, p.start, p.end) for p in distinct.passages]
    return ReadFile(doc, distinct, sentences, extract_commitments(doc))


class FileReader:
    """`read_file` in a worker process, within the budget's time and memory.

    Use as a context manager. Workers are kept for the next ingest of this process, so one
    costs its start (about a second: Python and the readers' imports) once, not per file.
    """

    def __init__(self, budget: Budget):
        self.budget = budget
        self._worker: _Worker | None = None

    def __enter__(self) -> "FileReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def read(self, path: Path, entry: dict | None) -> ReadFile:
        """The file read, or an `UnreadableFile` (a `TooSmall` when it holds too little text)
        saying why not: the reader's own reason, or the budget it went over."""
        if self._worker is None:
            self._worker = _Worker.take()
        try:
            outcome, value = self._worker.ask((path, entry, self.budget.max_read_memory),
                                              self.budget.max_read_seconds)
        except (EOFError, OSError):
            self._drop()
            raise UnreadableFile("the reader stopped while reading it (out of memory?); not read") from None
        if outcome == "slow":
            self._drop()
            raise UnreadableFile(f"took more than the {self.budget.max_read_seconds:g} s a file may take "
                                 "to read; not read")
        if outcome == "ok":
            return value
        raise (TooSmall if outcome == "too small" else UnreadableFile)(value)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.give_back()
            self._worker = None

    def _drop(self) -> None:
        self._worker.stop()
        self._worker = None


class _Worker(Child):
    """One worker process and the connection to it; idle ones wait in `_idle` for the next ingest."""

    _idle: list["_Worker"] = []
    _lock = threading.Lock()

    def __init__(self):
        super().__init__(__name__)

    @classmethod
    def take(cls) -> "_Worker":
        with cls._lock:
            while cls._idle:
                worker = cls._idle.pop()
                if worker.alive():
                    return worker
                worker.stop()
        return cls()

    def give_back(self) -> None:
        with self._lock:
            self._idle.append(self)

    def ask(self, request: tuple, seconds: float) -> tuple[str, object]:
        """The worker's answer, or ("slow", None) when it takes longer than `seconds`."""
        try:
            return self.request(request, seconds)
        except TimeoutError:
            return "slow", None

    @classmethod
    def stop_idle(cls) -> None:
        with cls._lock:
            while cls._idle:
                cls._idle.pop().stop()


def stop_idle_workers() -> None:
    """Stop the workers kept for the next ingest (they also stop when this process ends)."""
    _Worker.stop_idle()


atexit.register(_Worker.stop_idle)


def serve(conn: Connection) -> None:
    """The worker: read files sent down the connection until it closes."""
    _die_with_parent()
    base = _address_space()
    while True:
        try:
            path, entry, max_memory = conn.recv()
        except EOFError:
            return
        _limit_memory(base, max_memory)
        conn.send(_outcome(path, entry, max_memory))


def _outcome(path: Path, entry: dict | None, max_memory: int) -> tuple[str, object]:
    try:
        return "ok", read_file(path, entry)
    except TooSmall as error:
        return "too small", str(error)
    except (MinutesQAError, OSError) as error:
        return "error", str(error)
    except MemoryError:
        return "error", f"needs more than the {max_memory / MB:.0f} MB of memory a file may take to read; not read"
    except RecursionError:
        return "error", "is nested too deeply to read; not read"
    except Exception as error:  # a reader's bug must cost one file, not the ingest
        return "error", f"could not be read (unexpected {type(error).__name__}: {str(error)[:200]}); not read"


def _die_with_parent() -> None:
    """Ask Linux to kill the worker when the ingest's process ends, even mid-file."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass    # not Linux: the worker stops at the end of its file, when the connection closes


def _address_space() -> int | None:
    """The worker's address space once started, in bytes (None where /proc is not there)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        return None


def _limit_memory(base: int | None, extra: int) -> None:
    """Cap the address space at `base` plus `extra` bytes (the soft limit, so it can be raised again)."""
    if base is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = base + extra if hard == resource.RLIM_INFINITY else min(base + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
