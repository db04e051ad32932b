"""Refit the abstention threshold by the rule in assistant/settings.py: the most questions of
bench/unanswerable.jsonl declined while qmsum-train's false abstention stays at most 5%.

    python bench/fit_threshold.py INDEX_DIR [--credit 0.05]

INDEX_DIR is the `make eval` index (sample corpus plus QMSum). Each question is asked once
through `Assistant.ask`; the score its final answer-or-abstain decision compared with the
threshold (best sentence similarity + coverage credit × term coverage) is recorded, with
whether it could answer at all (hits, no figure missing). The date and council retries are
decided at the shipped threshold, so a threshold far from it is approximate: check the
choice with `minutes-qa eval`.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

import assistant.core as core
from assistant import Assistant
from assistant.evaluate import load_questions

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "eval" / "qmsum-train.jsonl"
UNANSWERABLE = ROOT / "bench" / "unanswerable.jsonl"


def scores(assistant: Assistant, path: Path, credit: float) -> list[float]:
    """Per question, the score the threshold is compared with (-inf when it cannot answer)."""
    seen = []
    decide = core.should_answer

    def recording(found, settings=core.DEFAULT):
        can = bool(found.hits) and not found.figure_missing
        seen.append(found.evidence + credit * found.coverage if can else -np.inf)
        return decide(found, settings)

    core.should_answer = recording
    try:
        out = []
        for question in load_questions(path):
            seen.clear()
            assistant.ask(question.question, k=10)
            out.append(seen[-1] if seen else -np.inf)   # no decision recorded: the register or slots
        return out
    finally:
        core.should_answer = decide


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("index", type=Path)
    parser.add_argument("--credit", type=float, default=core.DEFAULT.coverage_credit)
    args = parser.parse_args()
    assistant = Assistant.open(args.index)
    train = np.array(scores(assistant, TRAIN, args.credit))
    unanswerable = np.array(scores(assistant, UNANSWERABLE, args.credit))
    print(f"{'threshold':>9} {'train false abstain':>20} {'unanswerable declined':>22}")
    best = None
    for threshold in np.round(np.arange(0.30, 0.701, 0.01), 2):
        false_abstain = float(np.mean(train < threshold))
        declined = float(np.mean(unanswerable < threshold))
        print(f"{threshold:9.2f} {false_abstain:20.3f} {declined:22.3f}")
        if false_abstain <= 0.05 and (best is None or declined > best[1]):
            best = (threshold, declined)
    print(f"fitted: answer_threshold {best[0]:.2f} (the lowest with the most unanswerable declined)")


if __name__ == "__main__":
    main()
