"""Reading a question takes time linear in its length, whatever the question.

The old pattern for council names, ((?:[A-Z][\\w'’&-]*\\s+){1,5})Council\\b, retried every capital
letter of a long word: 100 kB of capitals took about a minute. Work done inside `re` cannot be
counted from Python, so each shape is read at 400 kB in a child process of its own whose CPU time
is capped (RLIMIT_CPU) at 30 s: linear reading takes 1-10 s a shape, a quadratic pattern at that
size about a quarter of an hour. (All shapes in one child came to 25-45 s, near the cap on a busy
machine.) No wall-clock time is measured.
"""
from __future__ import annotations

import random
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.models import Filters
from assistant.query import parse_query
from assistant.question_filters import councils_not_held, named_councils, read_filters
from assistant.register import is_promise_question

COUNCILS = ["Medway Council", "Kent County Council", "Wirral Council"]
OLD_NAMED_COUNCIL = re.compile(r"((?:[A-Z][\w'’&-]*\s+){1,5})Council\b")

# Shapes of 100 kB question that stress the patterns applied to a whole question.
HOSTILE = {
    "capitals": "A",
    "capitalised words": "Ab ",
    "long capitalised words": "A" * 50 + " ",
    "apostrophes": "A'",
    "names before council": "Kent County ",
    "councils": "Council ",
    "dates": "between 2019 and ",
    "months": "in may ",
    "promises": "asked the director ",
    "spaces": " ",
    "quotes": '"',
}


def read_question(question: str) -> None:
    """Everything done to a question before searching."""
    read_filters(question, Filters(), COUNCILS)
    councils_not_held(question, COUNCILS, lambda phrase: False)
    parse_query(question)
    is_promise_question(question)


CPU_SECONDS = 30
QUESTION_CHARS = 400_000


def read_shape(shape: str) -> None:
    """Run in the child process: read the shape's question, then say it is done."""
    unit = HOSTILE[shape]
    read_question((unit * (QUESTION_CHARS // len(unit) + 1))[:QUESTION_CHARS])
    print("done", flush=True)


def _cap_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


@pytest.mark.parametrize("shape", list(HOSTILE))
def test_a_400_kb_question_of_any_shape_is_read_within_a_cpu_cap_far_above_linear_cost(shape):
    tests = Path(__file__).resolve().parent
    code = (f"import sys; sys.path.insert(0, {str(tests)!r}); import test_linear_parsing as t; "
            f"t.read_shape({shape!r})")
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=_cap_cpu)
    assert child.returncode == 0 and child.stdout.splitlines() == ["done"], \
        f"stopped while reading the shape {shape!r} ({child.returncode}): {child.stderr[-500:]}"


def test_council_names_are_those_the_old_pattern_found():
    tokens = ["Kent", "County", "Council", "Council's", "council", "the", "'Kent", "x(A", "Council-Kent", "A&B",
              "eBay", "Councils", "Council,", "Medway", "(Kent", "A", "b", "CouncilX", "’s", "Full"]
    separators = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", ""]
    rng = random.Random(14)
    for _ in range(20_000):
        question = "".join(rng.choice(tokens) + rng.choice(separators) for _ in range(rng.randint(0, 14)))
        assert named_councils(question) == [m.group(1).split() for m in OLD_NAMED_COUNCIL.finditer(question)], \
            question


def test_councils_not_held_still_reads_names():
    assert councils_not_held("What did Kent County Council and Medway Council decide?", ["Medway Council"],
                             lambda phrase: False) == ["Kent County Council"]
    assert councils_not_held("Did the Full Council agree?", [], lambda phrase: phrase == "Full Council") == []
