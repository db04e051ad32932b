"""Hostile questions and filter values through `Assistant.ask`: how many crash with anything but InvalidInput.

    python bench/hostile_questions.py [--index DIR] [--count N] [--seed S]

Each trial draws a question, council, committee, kind, two dates and k from lists of
hostile values (lone surrogates, FTS5 syntax, LIKE wildcards, 60,000-character values,
dates in every wrong form, k out of range) and their random mixtures. An answer or an
`InvalidInput` is correct; any other exception is a crash and is printed.
"""
from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from assistant import Assistant
from assistant.errors import InvalidInput

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["What did Ofsted say about caseloads?", "", " ", "\ud800", "caseloads \udfff\ud800", "\x00\x01",
             '"unbalanced', "caseloads AND OR NOT", "NEAR(caseloads ofsted)", "ofsted*", "(((", "^caseloads",
             "caseloads:ofsted", "{col}: value", "'; DROP TABLE passages; --", "A" * 2000, "A" * 2001,
             "Kent County Council " * 90, "in 2019-13", "between 31/02/2019 and 2019", "since 0000",
             "ｃａｓｅｌｏａｄｓ", "\u202ecaseloads", "e\u0301" * 500, "🙂" * 100, "How many? " * 150]
VALUES = [None, "", " ", "%", "_", "\\", "%_%", "'", '"', "\ud800", "\x00", "x" * 500, "x" * 501, "%" * 60_000,
          "Medway", "medway council", "NULL", "minutes", "report"]
DATES = [None, "", " ", "abc", "2019-1", "31/02/2019", "2019-13", "2019-02-30", "0000", "2019", "2019-07",
         "2019-07-15", "2020-02-29", "９９９９", "\ud800", "2019-07-15T00:00", "-1"]
KS = [1, 5, 50, 0, -1, -5, 51, 10**9, 2.5, "5", "five", None, True]


BENIGN = {"question": ["What did Ofsted say about caseloads?", "Who chairs the Improvement Board?"],
          "filter": [None], "date": [None], "k": [5]}


def mixed(rng: random.Random, values: list, benign: list) -> object:
    """Mostly a harmless value, so that each hostile one is tried alone as well as with others;
    else a value from the list, sometimes two glued together."""
    if rng.random() < 0.6:
        return rng.choice(benign)
    value = rng.choice(values)
    if isinstance(value, str) and rng.random() < 0.2:
        other = rng.choice([v for v in values if isinstance(v, str)])
        return value[: rng.randint(0, len(value))] + other
    return value


def trial(assistant: Assistant, rng: random.Random) -> str:
    """'answered', 'refused' or the crash's exception type."""
    try:
        assistant.ask(mixed(rng, QUESTIONS, BENIGN["question"]), k=mixed(rng, KS, BENIGN["k"]),
                      council=mixed(rng, VALUES, BENIGN["filter"]), committee=mixed(rng, VALUES, BENIGN["filter"]),
                      kind=mixed(rng, VALUES, BENIGN["filter"]), date_from=mixed(rng, DATES, BENIGN["date"]),
                      date_to=mixed(rng, DATES, BENIGN["date"]), read_filters=rng.random() < 0.8)
    except InvalidInput:
        return "refused"
    except Exception as error:     # a crash: what this harness counts
        print(f"CRASH {type(error).__name__}: {str(error)[:200]}")
        return f"crash: {type(error).__name__}"
    return "answered"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    assistant = Assistant.open(args.index) if args.index else Assistant.build(ROOT / "corpus", ROOT / "index")
    rng, outcomes, started = random.Random(args.seed), Counter(), time.perf_counter()
    for _ in range(args.count):
        outcomes[trial(assistant, rng)] += 1
    crashes = sum(n for outcome, n in outcomes.items() if outcome.startswith("crash"))
    print(f"hostile questions tried: {args.count}, answered {outcomes['answered']}, "
          f"refused with a message {outcomes['refused']}, crashes {crashes} "
          f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
