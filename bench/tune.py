"""Compare retrieval settings on the development sets in one process.

    python bench/tune.py INDEX_DIR [name=value ...]

INDEX_DIR must hold the sample corpus plus the QMSum corpus (see docs/retrieval.md).
Settings are SearchConfig fields, e.g. bm25_weight=0.6 per_document=2.
"""
from __future__ import annotations

import sys
from dataclasses import fields, replace
from pathlib import Path

from assistant import Assistant
from assistant.evaluate import evaluate, format_table, load_questions
from assistant.search import SearchConfig

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def config_from(args: list[str]) -> SearchConfig:
    types = {f.name: f.type for f in fields(SearchConfig)}
    changes = {}
    for arg in args:
        name, value = arg.split("=", 1)
        changes[name] = value if types[name] in ("str", str) else float(value) if "." in value else int(value)
    return replace(SearchConfig(), **changes)


def main() -> None:
    assistant = Assistant.open(sys.argv[1])
    assistant.config = config_from(sys.argv[2:])
    sets = sys.argv[2:] and [] or []
    for name in ("seeds-dev", "qmsum-train", "qmsum-val"):
        questions = load_questions(EVAL / f"{name}.jsonl")

        def retrieve(q: str):
            answer = assistant.ask(q, k=10)
            return answer.passages, answer.answered

        report = evaluate(questions, retrieve, name)
        print(format_table([report]).splitlines()[-2])
        missed = [o.id for o in report.outcomes if o.answerable and not o.hit_at_5]
        if name == "seeds-dev":
            print("   missed:", missed)


if __name__ == "__main__":
    main()
