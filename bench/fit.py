"""Fit the ranking weights on qmsum-train by cross-validation over meetings, and report the rest.

    python bench/fit.py INDEX_DIR [NAME=V1,V2,... ...]    # default: GRID below

INDEX_DIR holds the sample corpus plus the QMSum meetings (`make eval` builds one under
.eval-index/). For every question the retrievers' candidate lists, the transcript
neighbours and each candidate's second-stage evidence are read once; then every
combination in GRID is scored with the pipeline's own pure functions
(`first_stage`, `second_stage`, `diversify` in assistant/search.py), so a grid of
thousands of settings takes minutes. The fit maximises MRR@10 on qmsum-train:

- 5-fold cross-validation by meeting (a meeting's questions never straddle folds)
  gives the figure to expect on unseen questions of the same meetings' kind;
- the setting best on all of qmsum-train is then reported, untouched, on qmsum-val
  and the seed-style sets, which played no part in the choice.
Filters read from the question are applied as `Assistant.ask` applies them; the
date retry, the register and council slots are not replayed (`bench/ablation.py`
runs the real pipeline end to end).
"""
from __future__ import annotations

import itertools
import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from assistant import Assistant
from assistant.evaluate import gold_found, load_questions
from assistant.search import diversify, first_stage, passage_evidence, second_stage, term_weights
from assistant.settings import DEFAULT, Settings
from retrievers import retriever_lists

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SETS = {"qmsum-train": SHARED / "qmsum-train.jsonl", "qmsum-val": SHARED / "qmsum-val.jsonl",
        "seeds-dev": SHARED / "seeds-dev.jsonl", "dev-seeds2": ROOT / "bench" / "dev-seeds2.jsonl"}
GRID = {"bm25_weight": [0.5, 0.6, 0.7, 0.8, 0.9], "neighbour_weight": [0.0, 0.15, 0.3, 0.5],
        "sentence_weight": [0.1, 0.2, 0.3, 0.4, 0.5], "coverage_weight": [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8]}


@dataclass
class Case:
    """One question's candidates, read once."""

    meeting: str
    bm25: dict
    dense: dict
    layout: dict
    transcript: dict
    evidence: dict
    doc: dict
    gold: set


def read_case(assistant: Assistant, question) -> Case:
    store = assistant.store
    lists = retriever_lists(assistant, question.question)
    query, qvec, bm25, dense = lists.query, lists.qvec, lists.bm25, lists.dense
    layout = store.layout(list(set(bm25) | set(dense)))
    hits = store.hits([(pid, 0.0) for pid in layout])
    weights = term_weights(query.terms, store.term_counts(query.terms), store.passage_count)
    stored = store.sentence_vectors(list(layout))
    evidence = {}
    for hit in hits:
        spans, vectors = stored.get(hit.passage_id, ([], np.zeros((0, len(qvec)), dtype=np.float32)))
        evidence[hit.passage_id] = passage_evidence(hit, vectors @ qvec, weights)
    return Case(question.gold[0]["doc"], bm25, dense, layout,
                {h.doc_id: store.is_transcript(h.doc_id) for h in hits}, evidence,
                {h.passage_id: h.doc_id for h in hits},
                {h.passage_id for h in hits if any(gold_found(g, h) for g in question.gold)})


def ranks(case: Case, config: Settings) -> tuple[float, bool]:
    """(reciprocal rank in the top 10, gold in the top 5) under one setting."""
    scores = first_stage(case.bm25, case.dense, case.layout, config, lambda d: case.transcript.get(d, False))
    top = sorted(scores.items(), key=lambda kv: -kv[1])[: config.rerank_top]
    final = sorted(((pid, second_stage(s, case.evidence[pid], config)) for pid, s in top if pid in case.evidence),
                   key=lambda kv: -kv[1])
    listed = diversify([SimpleNamespace(doc_id=case.doc[pid], pid=pid) for pid, _ in final], 10)
    rank = next((r for r, h in enumerate(listed, 1) if h.pid in case.gold), None)
    return (1.0 / rank if rank else 0.0), bool(rank and rank <= 5)


def summary(results: list[tuple[float, bool]]) -> str:
    return f"{sum(r[1] for r in results) / len(results):.3f} / {sum(r[0] for r in results) / len(results):.3f}"


def meeting_folds(cases: list[Case], n: int = 5) -> list[int]:
    meetings = sorted({c.meeting for c in cases})
    random.Random(0).shuffle(meetings)
    fold_of = {m: i % n for i, m in enumerate(meetings)}
    return [fold_of[c.meeting] for c in cases]


def grid_from(args: list[str]) -> dict[str, list]:
    """NAME=V1,V2 arguments as a grid; settings not named keep their shipped value."""
    if not args:
        return GRID
    return {name: [type(getattr(DEFAULT, name))(v) for v in values.split(",")]
            for name, values in (arg.split("=", 1) for arg in args)}


def main() -> None:
    assistant = Assistant.open(sys.argv[1])
    grid = grid_from(sys.argv[2:])
    cases = {name: [read_case(assistant, q) for q in load_questions(path) if q.gold] for name, path in SETS.items()}
    combos = [dict(zip(grid, values)) for values in itertools.product(*grid.values())]
    train = cases["qmsum-train"]
    table = np.array([[ranks(c, replace(DEFAULT, **combo)) for c in train] for combo in combos])  # combo x q x 2
    folds = np.array(meeting_folds(train))
    held = np.zeros((len(train), 2))
    for f in range(5):
        best = int(np.argmax(table[:, folds != f, 0].mean(axis=1)))
        held[folds == f] = table[best, folds == f]
        print(f"fold {f}: {combos[best]}")
    print(f"qmsum-train, 5-fold CV by meeting: hit@5 / MRR {held[:, 1].mean():.3f} / {held[:, 0].mean():.3f}")
    if len(combos) <= 40:
        for combo, row in zip(combos, table):
            print(f"  {combo}: qmsum-train hit@5 / MRR {row[:, 1].mean():.3f} / {row[:, 0].mean():.3f}")
    best = combos[int(np.argmax(table[:, :, 0].mean(axis=1)))]
    shipped = {name: getattr(DEFAULT, name) for name in grid}
    print(f"fitted on all of qmsum-train: {best}")
    print("| setting | " + " | ".join(f"{n} hit@5 / MRR" for n in cases) + " |")
    for label, combo in (("shipped", shipped), ("fitted", best)):
        config = replace(DEFAULT, **combo)
        print(f"| {label} | " + " | ".join(summary([ranks(c, config) for c in cs]) for cs in cases.values()) + " |")


if __name__ == "__main__":
    main()
