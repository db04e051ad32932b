"""The abstention signals of every question in the development sets, and the fit of the rule.

    python bench/abstention_fit.py INDEX_DIR [set ...]      # default: the dev sets below
    python bench/abstention_fit.py --saved                  # fit again on the signals last written

Each question is asked once through `Assistant.ask`; the signals `should_answer` reads
(`assistant/search.py: assess`) are then worked out from its passages, and every
threshold on the grid is scored from them without asking again. Fitting uses only the
development sets (qmsum-train, bench/unanswerable.jsonl, bench/dev-seeds2.jsonl): the
rule with the most unanswerable questions declined minus answerable questions declined,
wrongly declining at most 5% of the answerable questions of each set. Other sets are reported with the fitted rule,
never fitted on. Writes bench/out/abstention-signals.json.
"""
from __future__ import annotations

import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path

from tune import SETS

from assistant import Assistant
from assistant.core import should_answer
from assistant.evaluate import load_questions
from assistant.query import parse_query
from assistant.search import Retrieval, assess, query_weights
from assistant.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
SETS = dict(SETS, fresh=ROOT / "bench" / "heldout-fresh.jsonl",
            realistic=ROOT / "bench" / "realistic" / "questions.jsonl")
DEV = ("qmsum-train", "unanswerable", "dev2")
MAX_FALSE_ABSTENTION = 0.05
OUT = ROOT / "bench" / "out" / "abstention-signals.json"
GRID = {"answer_threshold": [0.40, 0.42, 0.44, 0.46, 0.48, 0.50, 0.52, 0.54],
        "kind_threshold": [0.0, 0.30, 0.35, 0.40, 0.42, 0.44, 0.46, 0.48, 0.50, 0.52, 0.55],
        "coverage_credit": [0.0, 0.05, 0.1, 0.2],
        "coverage_floor": [0.0, 0.4, 0.5, 0.6, 0.7, 0.8]}


def signals(assistant: Assistant, name: str) -> list[dict]:
    rows = []
    for q in load_questions(SETS[name]):
        answer = assistant.ask(q.question, k=10)
        query = parse_query(q.question)
        found = assess(answer.passages, query, query_weights(assistant.store, query))
        rows.append({"set": name, "id": q.id, "question": q.question, "kind": query.checked_kind,
                     "answerable": q.answerable, "answered": answer.answered, "found": found})
    return rows


def declined(rows: list[dict], config) -> dict[str, tuple[float, float]]:
    """Per set: (share of unanswerable declined, share of answerable declined)."""
    out = {}
    for name in dict.fromkeys(r["set"] for r in rows):
        mine = [r for r in rows if r["set"] == name]
        no = [not should_answer(r["found"], config) for r in mine if not r["answerable"]]
        yes = [not should_answer(r["found"], config) for r in mine if r["answerable"]]
        out[name] = (sum(no) / len(no) if no else float("nan"), sum(yes) / len(yes) if yes else float("nan"))
    return out


def fit(rows: list[dict]):
    dev = [r for r in rows if r["set"] in DEV]
    best = None
    for values in itertools.product(*GRID.values()):
        config = replace(DEFAULT, **dict(zip(GRID, values)))
        figures = declined(dev, config)
        if any(fa > MAX_FALSE_ABSTENTION for _, fa in figures.values() if fa == fa):
            continue
        no = [not should_answer(r["found"], config) for r in dev if not r["answerable"]]
        yes = [not should_answer(r["found"], config) for r in dev if r["answerable"]]
        key = (sum(no) - sum(yes), -sum(yes))   # net of questions declined rightly, then fewer wrongly
        if best is None or key > best[0]:
            best = (key, config)
    return best[1] if best else DEFAULT


def saved(path: Path) -> list[dict]:
    """Rows of an earlier run, to fit again without asking again."""
    return [dict(r, found=Retrieval([None], **r["found"])) for r in json.loads(path.read_text())]


def main() -> None:
    if sys.argv[1] == "--saved":
        rows = saved(OUT)
        names = list(dict.fromkeys(r["set"] for r in rows))
    else:
        assistant = Assistant.open(sys.argv[1])
        names = sys.argv[2:] or list(DEV)
        rows = [r for name in names for r in signals(assistant, name)]
    config = fit(rows)
    print("fitted on", ", ".join(n for n in names if n in DEV), {k: getattr(config, k) for k in GRID})
    for label, c in (("shipped", DEFAULT), ("fitted", config)):
        for name, (no, fa) in declined(rows, c).items():
            print(f"{label:<8} {name:<12} unanswerable declined {no:.3f}   answerable declined {fa:.3f}")
    if sys.argv[1] != "--saved":
        OUT.parent.mkdir(parents=True, exist_ok=True)
        dump = [dict(r, found={k: v for k, v in vars(r["found"]).items() if k != "hits"}) for r in rows]
        OUT.write_text(json.dumps(dump, indent=1))


if __name__ == "__main__":
    main()
