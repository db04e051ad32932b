"""Do the summaries quote the answering sentence? Share of answered questions whose summary
quotes (overlaps) a gold quote, for settings of the answer-kind preference.

    python bench/quote_study.py [answer_kind_weight=0,0.15,0.3]

Runs `Assistant.ask` on the seed-style sets over the eval index (sample + QMSum) and on
the realistic corpus (bench/realistic) over its own index; both are built by `make eval`.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from assistant import Assistant
from assistant.cli import _eval_index_dir
from assistant.evaluate import fold, load_questions
from assistant.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_QMSUM = ("corpus", "../shared/benchmarks/qmsum-committee-corpus")
SETS = {"seeds-dev": (ROOT.parent / "shared" / "eval" / "seeds-dev.jsonl", SAMPLE_QMSUM),
        "dev-seeds2": (ROOT / "bench" / "dev-seeds2.jsonl", SAMPLE_QMSUM),
        "realistic": (ROOT / "bench" / "realistic" / "questions.jsonl", ("bench/realistic/corpus",)),
        "fresh-dev": (ROOT / "bench" / "fresh" / "dev.jsonl", ("bench/fresh/corpus",)),
        "heldout4": (ROOT / "bench" / "heldout4" / "questions.jsonl", ("bench/heldout4/corpus",)),
        "heldout5": (ROOT / "bench" / "heldout5" / "questions.jsonl", ("bench/heldout5/corpus",))}


def quotes_gold(answer, question) -> bool:
    golds = [fold(g["quote"]) for g in question.gold]
    return any(g in fold(q.text) or fold(q.text) in g for q in answer.quotes for g in golds)


def main() -> None:
    name, values = (sys.argv[1] if len(sys.argv) > 1 else "answer_kind_weight=0,0.15,0.3").split("=")
    assistants = {corpora: Assistant.open(_eval_index_dir(corpora)) for corpora in {c for _, c in SETS.values()}}
    print("| " + name + " | " + " | ".join(SETS) + " |")
    for value in values.split(","):
        cells = []
        for path, corpora in SETS.values():
            assistant = assistants[corpora]
            assistant.config = replace(DEFAULT, **{name: float(value)})
            answered = [(q, a) for q in load_questions(path) if q.gold for a in [assistant.ask(q.question)]
                        if a.answered]
            cells.append(f"{sum(quotes_gold(a, q) for q, a in answered)}/{len(answered)}")
        print(f"| {value} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
