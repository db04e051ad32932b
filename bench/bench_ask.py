"""Latency of `Assistant.ask` over an index (default: the sample corpus, built if needed).

    python bench/bench_ask.py [--index DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from assistant import Assistant

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "What did Ofsted say about caseloads?",
    "Who chairs the Improvement Board?",
    "How long did councils expect improvement to take?",
    "What did the committee ask officers to bring back?",
    "What was decided about the new leisure centre?",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    if args.index is None:
        assistant = Assistant.build(ROOT / "corpus", ROOT / "index")
    else:
        assistant = Assistant.open(args.index)
    print(f"open (model load + index) {time.perf_counter() - started:.1f} s")
    assistant.ask("warm up")
    times = []
    for _ in range(args.repeat):
        for question in QUESTIONS:
            t = time.perf_counter()
            assistant.ask(question)
            times.append(time.perf_counter() - t)
    times.sort()
    print(f"ask: {len(times)} calls, p50 {statistics.median(times) * 1000:.0f} ms, "
          f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
