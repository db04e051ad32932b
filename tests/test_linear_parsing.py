"""Reading a question takes time linear in its length, whatever the question.

The old pattern for council names, ((?:[A-Z][\\w'’&-]*\\s+){1,5})Council\\b, retried every capital
letter of a long word: 100 kB of capitals took about a minute. Sizes here are chosen so that
a quadratic reader takes more than 30 s, and the bound allowed is generous (a few seconds).
"""
from __future__ import annotations

import random
import re
import time

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


@pytest.mark.parametrize("shape", HOSTILE)
def test_a_100_kb_question_is_read_in_linear_time(shape):
    unit = HOSTILE[shape]
    question = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.perf_counter()
    read_question(question)
    assert time.perf_counter() - started < 5, shape


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
