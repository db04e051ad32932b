"""numpy's BLAS on one thread while questions are answered.

A question's matrix products are small (a few thousand vectors against one query), and
on a 2-core machine shared with other work (another question, an ingest) OpenBLAS's
second thread waits out the scheduler: a 2,400 × 384 product took 14.5 ms on its
default two threads and 0.28 ms on one, under load. Torch (`embed.one_thread`) and FAISS
(`vector_index.one_thread`) take one thread per question the same way.

OpenBLAS's setting is per process, so the limit holds while any question runs and the
previous setting comes back when the last one ends.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_running = 0
_limiter = None
_controller = None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    global _running, _limiter
    with _lock:
        if _running == 0:
            _limiter = _blas().limit(limits=1, user_api="blas")
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _limiter is not None:
                _limiter.restore_original_limits()
                _limiter = None


def _blas():
    """The BLAS libraries loaded in this process (found once: finding them reads every loaded library)."""
    global _controller
    if _controller is None:
        from threadpoolctl import ThreadpoolController
        _controller = ThreadpoolController()
    return _controller
