"""Further second-stage signals, measured offline on top of the shipped second stage.

    python bench/rerank_study.py INDEX_DIR

For every development question, the first stage (`first_stage`) gives its top
CANDIDATES passages, scored as the shipped second stage scores them (best sentence and
term coverage, `assistant/settings.py`). Each further signal a second stage could use
(proximity of the terms, query likelihood, the second-best sentence, the retrievers'
own scores, table rows, questions asked in the meeting) is then added with a weight
chosen by 5-fold cross-validation over qmsum-train meetings, and reported on qmsum-val
and the seed-style sets, which played no part in the choice.
"""
from __future__ import annotations

import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant import Assistant
from assistant.evaluate import gold_found, load_questions
from assistant.search import first_stage, term_coverage
from assistant.sentences import is_question
from assistant.settings import DEFAULT
from retrievers import retriever_lists

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SETS = {"qmsum-train": SHARED / "qmsum-train.jsonl", "qmsum-val": SHARED / "qmsum-val.jsonl",
        "seeds-dev": SHARED / "seeds-dev.jsonl", "dev-seeds2": ROOT / "bench" / "dev-seeds2.jsonl"}
CANDIDATES = 40
SIGNALS = ("top2", "proximity", "likelihood", "dense", "bm25", "tabular", "question")


@dataclass
class Candidate:
    doc_id: str
    first: float                  # first-stage score: fused and smoothed
    gold: bool
    signals: dict[str, float] = field(default_factory=dict)


def idf(store, terms: list[str]) -> dict[str, float]:
    counts, total = store.term_counts(terms), store.passage_count
    return {t: math.log((total + 1) / (counts.get(t, 0) + 0.5)) for t in terms}


def stem_count(term: str, text: str) -> int:
    stem = term if len(term) <= 4 else term[: max(4, len(term) - 2)]
    return len(re.findall(r"\b" + re.escape(stem), text))


def likelihood(terms, weights, text: str, total: int, mu: float = 200.0) -> float:
    """Dirichlet-smoothed query likelihood, with a term's passage frequency standing in for p(t|C)."""
    lowered, length = text.lower(), max(1, len(text.split()))
    score = 0.0
    for t in terms:
        p_collection = max(1e-6, math.exp(-weights[t]))
        score += math.log((stem_count(t, lowered) + mu * p_collection) / (length + mu))
    return score / max(1, len(terms))


def proximity(terms, weights, sentences: list[str]) -> float:
    """Best IDF-weighted share of the query's terms found within two adjacent sentences."""
    total = sum(weights.values()) or 1.0
    best = 0.0
    for i in range(len(sentences)):
        window = " ".join(sentences[i:i + 2]).lower()
        best = max(best, sum(w for t, w in weights.items() if stem_count(t, window)) / total)
    return best


def candidates_for(assistant: Assistant, question) -> list[Candidate]:
    store = assistant.store
    lists = retriever_lists(assistant, question.question)
    query, qvec, bm25, dense = lists.query, lists.qvec, lists.bm25, lists.dense
    scores = first_stage(bm25, dense, store.layout(list(set(bm25) | set(dense))), DEFAULT, store.is_transcript)
    top = sorted(scores.items(), key=lambda kv: -kv[1])[:CANDIDATES]
    hits = store.hits(top)
    stored = store.sentence_vectors([h.passage_id for h in hits])
    weights = idf(store, query.terms)
    top_bm25 = max(bm25.values(), default=1.0) or 1.0
    out = []
    for hit in hits:
        spans, vectors = stored.get(hit.passage_id, ([], np.zeros((0, len(qvec)), dtype=np.float32)))
        texts = [hit.text[s - hit.start:e - hit.start] for s, e in spans]
        sims = np.sort(vectors @ qvec)[::-1] if len(texts) else np.zeros(1)
        lines = hit.text.splitlines() or [""]
        cand = Candidate(hit.doc_id, hit.score, any(gold_found(g, hit) for g in question.gold))
        cand.signals = {
            "evidence": float(sims[0]), "top2": float(sims[:2].mean()),
            "proximity": proximity(query.terms, weights, texts) if weights else 0.0,
            "coverage": term_coverage(weights, [hit.text, hit.heading or ""]),
            "likelihood": likelihood(query.terms, weights, hit.text, store.passage_count) if weights else 0.0,
            "dense": dense.get(hit.passage_id, 0.0), "bm25": bm25.get(hit.passage_id, 0.0) / top_bm25,
            "tabular": sum("\t" in line for line in lines) / len(lines),
            "question": sum(is_question(t) for t in texts) / max(1, len(texts)),
        }
        out.append(cand)
    return out


def reciprocal_rank(cands: list[Candidate], score) -> tuple[float, bool]:
    order = sorted(cands, key=lambda c: -score(c))[:10]
    rank = next((r for r, c in enumerate(order, 1) if c.gold), None)
    return (1.0 / rank if rank else 0.0), bool(rank and rank <= 5)


def measure(pool: list[list[Candidate]], score) -> tuple[float, float]:
    results = [reciprocal_rank(c, score) for c in pool]
    return sum(r[1] for r in results) / len(pool), sum(r[0] for r in results) / len(pool)


BASE: dict[str, float] = {}   # signals always added (set in main for the second table)


def scorer(weights: dict[str, float]):
    both = {**BASE, **weights}
    return lambda c: c.first + sum(w * c.signals[s] for s, w in both.items())


def cv_weight(pool, meetings, signal: str, grid=(-0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.2, 0.3, 0.5)) -> tuple:
    names = sorted(set(meetings))
    random.Random(0).shuffle(names)
    fold_of = {m: i % 5 for i, m in enumerate(names)}
    held = []
    for f in range(5):
        train = [p for p, m in zip(pool, meetings) if fold_of[m] != f]
        test = [p for p, m in zip(pool, meetings) if fold_of[m] == f]
        w = max(grid, key=lambda w: measure(train, scorer({signal: w}))[1])
        held += [reciprocal_rank(p, scorer({signal: w})) for p in test]
    best = max(grid, key=lambda w: measure(pool, scorer({signal: w}))[1])
    return best, sum(h[1] for h in held) / len(held), sum(h[0] for h in held) / len(held)


def main() -> None:
    assistant = Assistant.open(sys.argv[1])
    pools, meetings = {}, {}
    for name, path in SETS.items():
        qs = [q for q in load_questions(path) if q.gold]
        pools[name] = [candidates_for(assistant, q) for q in qs]
        meetings[name] = [q.gold[0]["doc"] for q in qs]
    ceiling = {n: sum(any(c.gold for c in p) for p in pool) / len(pool) for n, pool in pools.items()}
    print("gold within the candidates:", {n: round(v, 3) for n, v in ceiling.items()})
    # The shipped second stage, (1 - s) x first + s x evidence + c x coverage, divided by (1 - s).
    keep = 1 - DEFAULT.sentence_weight
    BASE.update(evidence=DEFAULT.sentence_weight / keep, coverage=DEFAULT.coverage_weight / keep)
    table(pools, meetings)


def table(pools, meetings) -> None:
    print("| signal | CV weight (train) | train CV hit@5 / MRR | " + " | ".join(SETS) + " |")
    base = {n: measure(p, scorer({})) for n, p in pools.items()}
    print("| shipped second stage | – | – | " + " | ".join(f"{h:.3f} / {m:.3f}" for h, m in base.values()) + " |")
    for signal in SIGNALS:
        if signal in BASE:
            continue
        w, cv_hit, cv_mrr = cv_weight(pools["qmsum-train"], meetings["qmsum-train"], signal)
        cells = [measure(p, scorer({signal: w})) for p in pools.values()]
        print(f"| {signal} | {w} | {cv_hit:.3f} / {cv_mrr:.3f} | "
              + " | ".join(f"{h:.3f} / {m:.3f}" for h, m in cells) + " |", flush=True)


if __name__ == "__main__":
    main()
