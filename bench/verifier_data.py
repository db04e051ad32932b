"""The verifier study's data: every question of bench/abstention_sets.py's sets asked once through
`Assistant.ask`, with what the product would show (its quotes) and the sentences of its top three
passages, each marked when it holds a gold quote (bench/reader_pairs.py's rule).

    python bench/verifier_data.py OUT.jsonl [SET ...]

Needs the eval indexes bench/abstention_sets.py reads.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from abstention_sets import SETS, each_question, question_type  # noqa: E402
from reader_pairs import passage_row  # noqa: E402

TOP = 3


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    names = argv[1:] or list(SETS)
    with out.open("w", encoding="utf-8") as sink:
        for name, assistant, q in each_question(names):
            answer = assistant.ask(q["question"])
            gold = q.get("gold") or []
            row = {"set": name, "id": q.get("id", ""), "type": question_type(name, q), "question": q["question"],
                   "answered": answer.answered, "notes": answer.notes,
                   "quotes": [{"n": x.n, "text": x.text} for x in answer.quotes],
                   "passages": [passage_row(h, gold) for h in answer.passages[:TOP]]}
            sink.write(json.dumps(row) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
