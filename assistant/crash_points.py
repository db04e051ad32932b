"""Named steps of an index update where tests stop the writing process (never used otherwise).

`MINUTES_QA_TEST_HOOK=kill:STEP` kills the process with SIGKILL when it reaches STEP;
`MINUTES_QA_TEST_HOOK=hold:STEP:PATH` creates PATH.reached at STEP, then waits (at most
a minute) until PATH exists. Tests use them to show that a writer killed at any step
leaves the last complete index, and that a second writer meets the write lock.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

HOOK = "MINUTES_QA_TEST_HOOK"
HOLD_LIMIT = 60.0


def reached(step: str) -> None:
    hook = os.environ.get(HOOK)
    if not hook:
        return
    action, _, rest = hook.partition(":")
    target, _, path = rest.partition(":")
    if target != step:
        return
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "hold":
        Path(path + ".reached").touch()
        deadline = time.monotonic() + HOLD_LIMIT
        while not Path(path).exists() and time.monotonic() < deadline:
            time.sleep(0.02)
