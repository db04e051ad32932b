"""Values read from one index version, remembered until a newer version is read.

Each ingest that changes anything adds one to the index version, so a value computed from
a version's database state (the passage ids of each document, a filter's mask) stays true
for as long as that version is read, and is dropped as soon as a newer one is.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Hashable, TypeVar

T = TypeVar("T")


class PerVersion:
    """Up to `limit` values of the newest version read, least recently used dropped first.

    Thread-safe. Racing threads may compute a value twice; a value is never served for a
    version other than its own, and a reader of an older version computes without keeping.
    """

    def __init__(self, limit: int = 32):
        self.limit = limit
        self._lock = threading.Lock()
        self._version: int | None = None
        self._values: OrderedDict[Hashable, object] = OrderedDict()

    def get(self, version: int, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if version == self._version and key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = compute()
        with self._lock:
            if self._version is None or version > self._version:
                self._version, self._values = version, OrderedDict()
            if version == self._version:
                self._values[key] = value
                while len(self._values) > self.limit:
                    self._values.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._values)
