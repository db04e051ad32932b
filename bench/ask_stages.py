"""CPU time per stage of a question, over bench/scale.py's questions on an index.

    python bench/ask_stages.py INDEX [--repeat 2]

Wraps the store's methods and the stages of `Assistant.ask` with a CPU-time counter
(CPU time, so that a shared machine's load counts for little), asks each question of
bench/scale.py `--repeat` times after one warm-up question, and prints per stage the
CPU ms per question, calls per question and CPU ms per call. The real model embeds the
questions. Works on any version of the code (a stage it does not have is skipped).
"""
from __future__ import annotations

import argparse
import collections
import functools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import QUESTIONS, TimedEmbedder  # noqa: E402

STORE_METHODS = ["fts_search", "vector_search", "layout", "is_transcript", "transcripts", "term_counts",
                 "filtered_ids", "_filter_mask", "has_documents_without", "sentence_vectors", "hits",
                 "distinct", "document_text", "commitments", "commitment_vectors", "register_search",
                 "register_count", "commitments_by_id"]


def counting(owner, name: str, spent: dict, calls: collections.Counter) -> None:
    """Replace owner.name by a wrapper adding its CPU time to spent[label]."""
    function = getattr(owner, name, None)
    if function is None:
        return
    label = f"{getattr(owner, '__name__', owner)}.{name}"

    @functools.wraps(function)
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started
            calls[label] += 1
    setattr(owner, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("index", type=Path)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from assistant import Assistant, core, register, search, store, vector_index
    from assistant.embed import SentenceTransformerEmbedder

    spent: dict[str, float] = collections.defaultdict(float)
    calls: collections.Counter = collections.Counter()
    for name in STORE_METHODS:
        counting(store.Store, name, spent, calls)
    counting(vector_index.VectorIndex, "search", spent, calls)
    for name in ("mark_sentences", "first_stage", "assess"):
        counting(search, name, spent, calls)
    for name in ("_retry_without_dates", "_retry_with_unknown_councils", "_ask_across", "_council_slots"):
        counting(core.Assistant, name, spent, calls)
    counting(core, "read_question_filters", spent, calls)
    counting(SentenceTransformerEmbedder, "embed", spent, calls)     # the model, embedding the question
    counting(register, "register_hits", spent, calls)
    model = TimedEmbedder(SentenceTransformerEmbedder.load())
    model.embed(["warm up"])
    assistant = Assistant.open(args.index, embedder=model)
    assistant.ask("What was decided about the budget?")
    spent.clear()
    calls.clear()
    cpu = []
    for _ in range(args.repeat):
        for question in QUESTIONS:
            started = time.process_time()
            assistant.ask(question)
            cpu.append(time.process_time() - started)
    asked = len(cpu)
    print(f"{asked} questions: CPU p50 {statistics.median(cpu) * 1000:.0f} ms, mean {sum(cpu) / asked * 1000:.0f} ms")
    for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{label:45s} {seconds / asked * 1000:7.1f} ms/question {calls[label] / asked:6.1f} calls/question "
              f"{seconds / calls[label] * 1000:8.2f} ms/call")


if __name__ == "__main__":
    main()
