"""Values read from one index version, remembered until a newer version is read.

Each ingest that changes anything adds one to the index version, so a value computed from
a version's database state (the passage ids of each document, a filter's mask) stays true
for as long as that version is read, and is dropped as soon as a newer one is.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from concurrent.futures import Future
from typing import Callable, Hashable, TypeVar

T = TypeVar("T")


class PerVersion:
    """Up to `limit` values of the newest version read, least recently used dropped first.

    Thread-safe. A value is computed once however many threads ask for it at the same time:
    the others wait for it (so two searches of one question, run at once on one pinned
    connection, never both read the database for the same mask). A value is never served
    for a version other than its own, and a reader of an older version computes without keeping.
    """

    def __init__(self, limit: int = 32):
        self.limit = limit
        self._lock = threading.Lock()
        self._version: int | None = None
        self._values: OrderedDict[Hashable, object] = OrderedDict()
        self._computing: dict[tuple[int, Hashable], Future] = {}

    def get(self, version: int, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if version == self._version and key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
            pending = self._computing.get((version, key))
            if pending is None:
                self._computing[(version, key)] = mine = Future()
        if pending is not None:
            return pending.result()          # another thread is computing it: its value, or its error
        try:
            value = compute()
            self._keep(version, key, value)
        except BaseException as error:
            mine.set_exception(error)
            raise
        else:
            mine.set_result(value)
        finally:
            with self._lock:
                del self._computing[(version, key)]
        return value

    def _keep(self, version: int, key: Hashable, value: object) -> None:
        with self._lock:
            if self._version is None or version > self._version:
                self._version, self._values = version, OrderedDict()
            if version == self._version:
                self._values[key] = value
                while len(self._values) > self.limit:
                    self._values.popitem(last=False)

    def __len__(self) -> int:
        return len(self._values)
