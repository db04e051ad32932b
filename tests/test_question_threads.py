"""numpy's BLAS on one thread while questions run, and its setting restored after the last one."""
from __future__ import annotations

import threading

import numpy as np
from threadpoolctl import threadpool_info

from assistant.question_threads import one_blas_thread


def numpy_blas_threads() -> int:
    np.ones((4, 4)) @ np.ones(4)
    return next(lib["num_threads"] for lib in threadpool_info()
                if lib["user_api"] == "blas" and "numpy" in lib["filepath"])


def test_questions_run_numpys_blas_on_one_thread_and_the_last_one_restores_it():
    before = numpy_blas_threads()
    first_in, second_done, seen = threading.Event(), threading.Event(), {}

    def second():
        first_in.wait()
        with one_blas_thread():
            seen["second"] = numpy_blas_threads()
        seen["after second"] = numpy_blas_threads()
        second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    with one_blas_thread():
        seen["first"] = numpy_blas_threads()
        first_in.set()
        second_done.wait(10)
        seen["first, after the second ended"] = numpy_blas_threads()
    worker.join()
    assert seen == {"first": 1, "second": 1, "after second": 1, "first, after the second ended": 1}
    assert numpy_blas_threads() == before


def test_the_assistant_answers_within_that_limit(sample_assistant):
    before = numpy_blas_threads()
    sample_assistant.ask("What was decided about the library budget?")
    assert numpy_blas_threads() == before
