"""Retrieval evaluation over JSONL question sets (format in DESIGN.md)."""
from __future__ import annotations

import json
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .models import Hit

Retriever = Callable[[str], tuple[list[Hit], bool]]   # question -> (ranked hits, answered)


@dataclass
class Question:
    id: str
    question: str
    gold: list[dict]

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


@dataclass
class Outcome:
    id: str
    hit_at_5: bool
    recall_at_5: float
    reciprocal_rank: float
    answered: bool
    answerable: bool
    seconds: float


@dataclass
class Report:
    method: str
    questions: int
    answerable: int
    hit_at_5: float
    recall_at_5: float
    mrr_at_10: float
    abstention_accuracy: float | None   # share of unanswerable questions that abstained
    false_abstention: float             # share of answerable questions that abstained
    p50_seconds: float
    p95_seconds: float
    outcomes: list[Outcome] = field(default_factory=list)

    def to_dict(self, with_outcomes: bool = False) -> dict:
        data = asdict(self)
        if not with_outcomes:
            data.pop("outcomes")
        return data


def load_questions(path: Path | str) -> list[Question]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [Question(d["id"], d["question"], d.get("gold", [])) for d in map(json.loads, filter(str.strip, lines))]


def fold(text: str) -> str:
    return " ".join(text.split())


def gold_found(gold: dict, hit: Hit) -> bool:
    return hit.doc_id == gold["doc"] and fold(gold["quote"]) in fold(hit.text)


def score_question(question: Question, hits: list[Hit], answered: bool, seconds: float) -> Outcome:
    top5 = hits[:5]
    found = [any(gold_found(g, h) for h in top5) for g in question.gold]
    rank = next((r for r, h in enumerate(hits[:10], 1) if any(gold_found(g, h) for g in question.gold)), None)
    return Outcome(question.id, any(found), sum(found) / len(found) if found else 0.0,
                   1.0 / rank if rank else 0.0, answered, question.answerable, seconds)


def evaluate(questions: list[Question], retrieve: Retriever, method: str) -> Report:
    outcomes = []
    for q in questions:
        started = time.perf_counter()
        hits, answered = retrieve(q.question)
        outcomes.append(score_question(q, hits, answered, time.perf_counter() - started))
    return summarise(outcomes, method)


def summarise(outcomes: list[Outcome], method: str) -> Report:
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    times = sorted(o.seconds for o in outcomes) or [0.0]
    return Report(
        method=method, questions=len(outcomes), answerable=len(answerable),
        hit_at_5=_mean(o.hit_at_5 for o in answerable),
        recall_at_5=_mean(o.recall_at_5 for o in answerable),
        mrr_at_10=_mean(o.reciprocal_rank for o in answerable),
        abstention_accuracy=_mean(not o.answered for o in unanswerable) if unanswerable else None,
        false_abstention=_mean(not o.answered for o in answerable),
        p50_seconds=statistics.median(times), p95_seconds=_percentile(times, 0.95), outcomes=outcomes)


def _mean(values) -> float:
    values = [float(v) for v in values]
    return sum(values) / len(values) if values else 0.0


def _percentile(sorted_values: list[float], q: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


COLUMNS = [("hit@5", "hit_at_5"), ("recall@5", "recall_at_5"), ("MRR@10", "mrr_at_10"),
           ("abstain ok", "abstention_accuracy"), ("false abstain", "false_abstention"),
           ("p50 s", "p50_seconds"), ("p95 s", "p95_seconds")]


def format_table(reports: list[Report]) -> str:
    header = f"{'method':<10}" + "".join(f"{name:>14}" for name, _ in COLUMNS)
    rows = [header, "-" * len(header)]
    for r in reports:
        cells = [getattr(r, attr) for _, attr in COLUMNS]
        if r.method != "hybrid":   # the single methods and the baseline never abstain
            cells[3:5] = [None, None]
        rows.append(f"{r.method:<10}" + "".join(f"{'n/a' if c is None else f'{c:.3f}':>14}" for c in cells))
    first = reports[0] if reports else None
    if first:
        rows.append(f"{first.questions} questions, {first.answerable} answerable")
    return "\n".join(rows)
