"""How work grows with input size, counted without a clock: Python function calls made."""
from __future__ import annotations

import sys
from typing import Callable


def python_calls(work: Callable[[], object]) -> int:
    """The number of Python and built-in function calls `work()` makes (deterministic)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def growth(work_for: Callable[[int], Callable[[], object]], size: int) -> float:
    """Calls at twice the size over calls at the size: about 2 when linear, 4 when quadratic."""
    return python_calls(work_for(2 * size)) / max(1, python_calls(work_for(size)))


def python_lines(work: Callable[[], object]) -> int:
    """The number of Python lines `work()` runs (deterministic): unlike calls, this sees loops."""
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def line_growth(work_for: Callable[[int], Callable[[], object]], size: int) -> float:
    """Lines run at twice the size over lines run at the size: about 2 when linear, 4 when quadratic."""
    work_for(size)()   # warm caches (compiled patterns, tables) so they do not count at the smaller size only
    return python_lines(work_for(2 * size)) / max(1, python_lines(work_for(size)))
