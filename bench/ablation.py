"""Each retrieval stage on and off, and settings fitted by cross-validation over meetings.

    python bench/ablation.py INDEX_DIR                 # the ablation table
    python bench/ablation.py INDEX_DIR --grid NAME=V1,V2,... [NAME=...]   # CV fit on qmsum-train

INDEX_DIR holds the sample corpus plus the QMSum meetings (`make eval` builds one
under .eval-index/). Every row runs the shipped pipeline (`Assistant.ask`) with one
setting changed, on every development set, beside the naive baseline.
"""
from __future__ import annotations

import argparse
import itertools
import random
from dataclasses import replace
from pathlib import Path

from assistant import Assistant
from assistant.baseline import NaiveBM25
from assistant.evaluate import load_questions, score_question, summarise
from assistant.settings import DEFAULT, Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SETS = {"qmsum-train": SHARED / "qmsum-train.jsonl", "qmsum-val": SHARED / "qmsum-val.jsonl",
        "seeds-dev": SHARED / "seeds-dev.jsonl", "dev-seeds2": ROOT / "bench" / "dev-seeds2.jsonl"}

ABLATIONS: dict[str, dict] = {
    "shipped": {},
    "every word as asked (no stop words)": {"keyword_query": "words"},
    "phrases added to the keyword query": {"keyword_query": "phrases"},
    "no heading/context columns": {"heading_weight": 0.0, "context_weight": 0.0},
    "no neighbour smoothing": {"neighbour_weight": 0.0},
    "no sentence evidence": {"sentence_weight": 0.0},
    "no term coverage": {"coverage_weight": 0.0},
    "BM25 only (fused weight 1.0)": {"bm25_weight": 1.0},
}


def outcomes(assistant: Assistant, questions, settings: Settings) -> list:
    assistant.config = settings
    return [score_question(q, assistant.ask(q.question, k=10).passages, True, 0.0) for q in questions]


def naive_outcomes(naive: NaiveBM25, questions) -> list:
    return [score_question(q, naive.search(q.question, 10), True, 0.0) for q in questions]


def row(name: str, results: dict[str, list]) -> str:
    cells = []
    for outs in results.values():
        r = summarise(outs, name)
        cells.append(f"{r.hit_at_5:.3f} / {r.mrr_at_10:.3f}")
    return f"| {name} | " + " | ".join(cells) + " |"


def meeting_of(question) -> str:
    return question.gold[0]["doc"] if question.gold else question.id


def folds(questions, n: int = 5, seed: int = 0) -> list[list]:
    meetings = sorted({meeting_of(q) for q in questions})
    random.Random(seed).shuffle(meetings)
    fold_of = {m: i % n for i, m in enumerate(meetings)}
    return [[q for q in questions if fold_of[meeting_of(q)] == i] for i in range(n)]


def mrr(outs: list) -> float:
    return summarise(outs, "").mrr_at_10


def cross_validate(assistant: Assistant, grid: dict[str, list], base: Settings) -> None:
    """Per fold of qmsum-train meetings: pick the setting best on the other folds, score it on this one."""
    questions = [q for q in load_questions(SETS["qmsum-train"]) if q.gold]
    combos = [dict(zip(grid, values)) for values in itertools.product(*grid.values())]
    per_combo = {i: {q.id: o for q, o in zip(questions, outcomes(assistant, questions, replace(base, **c)))}
                 for i, c in enumerate(combos)}
    held_out = []
    for fold in folds(questions):
        ids = {q.id for q in fold}
        best = max(per_combo, key=lambda i: mrr([o for qid, o in per_combo[i].items() if qid not in ids]))
        held_out += [per_combo[best][q.id] for q in fold]
        print(f"fold of {len(fold)}: chose {combos[best]}")
    for i, c in enumerate(combos):
        r = summarise(list(per_combo[i].values()), "")
        print(f"  {c}: train hit@5 {r.hit_at_5:.3f} MRR {r.mrr_at_10:.3f}")
    r = summarise(held_out, "cv")
    print(f"cross-validated on qmsum-train: hit@5 {r.hit_at_5:.3f} MRR {r.mrr_at_10:.3f}")
    overall = max(per_combo, key=lambda i: mrr(list(per_combo[i].values())))
    print(f"fitted on all of qmsum-train: {combos[overall]}")


def parse_grid(specs: list[str]) -> dict[str, list]:
    grid = {}
    for spec in specs:
        name, values = spec.split("=", 1)
        kind = type(getattr(DEFAULT, name))
        grid[name] = [kind(v) for v in values.split(",")]
    return grid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--grid", nargs="*", default=None)
    parser.add_argument("--only", nargs="*", default=None, help="ablation rows to run")
    args = parser.parse_args()
    assistant = Assistant.open(args.index)
    if args.grid:
        cross_validate(assistant, parse_grid(args.grid), DEFAULT)
        return
    sets = {name: load_questions(path) for name, path in SETS.items()}
    sets = {name: [q for q in qs if q.gold] for name, qs in sets.items()}
    print("| setting | " + " | ".join(f"{n} hit@5 / MRR" for n in sets) + " |")
    print("|---" * (len(sets) + 1) + "|")
    docs = [(d.doc_id, assistant.document_text(d.doc_id) or "") for d in assistant.documents()]
    naive = NaiveBM25(docs)
    print(row("naive BM25 baseline", {n: naive_outcomes(naive, qs) for n, qs in sets.items()}), flush=True)
    for name, change in ABLATIONS.items():
        if args.only and name not in args.only:
            continue
        settings = replace(DEFAULT, **change)
        print(row(name, {n: outcomes(assistant, qs, settings) for n, qs in sets.items()}), flush=True)


if __name__ == "__main__":
    main()
