"""What matching the question word by word (`assistant/word_recall.py`) costs a question.

It runs only for a question that closeness alone declines, so it is timed on the questions of
bench/unanswerable.jsonl over the sample corpus (most of them are declined that way), with the
check on and off, alternating in the same run:

    python bench/bench_word_recall.py [--repeat N]
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

from assistant import Assistant
from assistant.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in (ROOT / "bench" / "unanswerable.jsonl").read_text().splitlines()
                 if line.strip()]
    assistant = Assistant.build(ROOT / "corpus", ROOT / "index")
    assistant.ask("warm up")
    settings = {"on": DEFAULT, "off": replace(DEFAULT, word_recall=0.0)}
    times: dict[str, list[float]] = {"on": [], "off": []}
    answered = {"on": 0, "off": 0}
    for _ in range(args.repeat):
        for question in questions:
            for name, config in settings.items():
                assistant.config = config
                started = time.perf_counter()
                answer = assistant.ask(question)
                times[name].append(time.perf_counter() - started)
                answered[name] += answer.answered
    for name, values in times.items():
        values.sort()
        print(f"word recall {name}: {len(values)} questions, p50 {statistics.median(values) * 1000:.1f} ms, "
              f"p95 {values[int(0.95 * (len(values) - 1))] * 1000:.1f} ms, answered {answered[name]}")


if __name__ == "__main__":
    main()
