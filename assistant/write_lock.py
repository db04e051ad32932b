"""One writer per index folder: an OS file lock on DIR/write.lock.

`flock` locks belong to an open file, so two threads of one process exclude each
other as two processes do, and the kernel drops the lock when its holder dies
(kill -9 included): a crashed ingest never leaves the index locked.

A second ingest waits up to `timeout` seconds for the first to finish, then fails
with `IndexBusy` (it does not queue behind a long ingest indefinitely).
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from .errors import IndexBusy

LOCK_NAME = "write.lock"
DEFAULT_TIMEOUT = 10.0      # seconds a second ingest waits before giving up
_POLL = 0.05


class WriteLock:
    def __init__(self, index_dir: Path, timeout: float = DEFAULT_TIMEOUT):
        self.path = Path(index_dir) / LOCK_NAME
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> "WriteLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fd = fd
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise IndexBusy(f"another ingest is updating the index in {self.path.parent}; "
                                    f"try again when it finishes") from None
                time.sleep(_POLL)

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "WriteLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
