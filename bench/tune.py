"""Compare retrieval settings on the development sets in one process.

    python bench/tune.py INDEX_DIR [name=value ...]

INDEX_DIR must hold the sample corpus plus the QMSum corpus (build it with
`minutes-qa ingest` over both folders). Settings are assistant.settings.Settings fields, e.g.
bm25_weight=0.6 per_document=2. Prints hit@5 and MRR@10 per set, and the
abstention signals (evidence, coverage) of answerable and unanswerable questions
so the thresholds in assistant/core.py can be checked.
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import fields, replace
from pathlib import Path

from assistant import Assistant
from assistant.evaluate import load_questions, score_question, summarise, format_table
from assistant.search import retrieve
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SETS = {"seeds-dev": ROOT.parent / "shared" / "eval" / "seeds-dev.jsonl",
        "qmsum-train": ROOT.parent / "shared" / "eval" / "qmsum-train.jsonl",
        "qmsum-val": ROOT.parent / "shared" / "eval" / "qmsum-val.jsonl",
        "unanswerable": ROOT / "bench" / "unanswerable.jsonl",
        "heldout": ROOT / "bench" / "heldout-seeds.jsonl",
        "dev2": ROOT / "bench" / "dev-seeds2.jsonl"}


def config_from(args: list[str]) -> Settings:
    types = {f.name: f.type for f in fields(Settings)}
    changes = {}
    for arg in args:
        name, value = arg.split("=", 1)
        changes[name] = value if "str" in str(types[name]) else float(value) if "." in value else int(value)
    return replace(Settings(), **changes)


def run_set(assistant: Assistant, path: Path, config: Settings) -> tuple[list, list]:
    outcomes, signals = [], []
    for q in load_questions(path):
        started = time.perf_counter()
        answer = assistant.ask(q.question, k=10)
        outcome = score_question(q, answer.passages, answer.answered, time.perf_counter() - started)
        found = retrieve(assistant.store, assistant.embedder, q.question, answer.filters, 10, config)
        outcomes.append(outcome)
        signals.append((q.id, q.answerable, outcome.hit_at_5, round(found.evidence, 3), round(found.coverage, 3)))
    return outcomes, signals


def main() -> None:
    assistant = Assistant.open(sys.argv[1])
    config = config_from([a for a in sys.argv[2:] if "=" in a])
    assistant.config = config
    wanted = [a for a in sys.argv[2:] if "=" not in a] or list(SETS)
    print(config)
    all_signals = []
    for name in wanted:
        outcomes, signals = run_set(assistant, SETS[name], config)
        all_signals += signals
        print(format_table([summarise(outcomes, name[:10])]).splitlines()[-2])
        if name == "seeds-dev":
            print("   missed:", [o.id for o in outcomes if o.answerable and not o.hit_at_5])
    Path("bench/out").mkdir(parents=True, exist_ok=True)
    Path("bench/out/signals.json").write_text(json.dumps(all_signals))


if __name__ == "__main__":
    main()
