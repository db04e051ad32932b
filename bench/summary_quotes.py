"""Do the summaries quote the answering sentence? Over the answerable questions of every development set
in bench/abstention_sets.py (the QMSum transcripts left out): of those answered, how many summaries
quote (overlap) one of the question's gold quotes, overall and for a few question forms.

    python bench/summary_quotes.py [OUT.json]

Needs the eval indexes, as abstention_sets.py does. `bench/quote_study.py` fits the answer-kind
preference on a few sets; this only counts, one question at a time, so two versions can be compared.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from abstention_sets import SETS, each_question  # noqa: E402

FORMS = {
    "which company / firm / contractor": re.compile(
        r"^\s*(?:which|what)\s+(?:[\w-]+\s+)?(?:company|companies|firm|firms|contractors?|operators?|suppliers?"
        r"|consultants?|consultancy|builders?|developers?|business)\b", re.I),
    "who": re.compile(r"^\s*who\b", re.I),
    "when": re.compile(r"^\s*when\b", re.I),
    "how many / how much": re.compile(r"^\s*how\s+(?:many|much)\b", re.I),
}


def main(argv: list[str]) -> int:
    from assistant.evaluate import fold

    rows = {}
    for name, assistant, question in each_question([name for name in SETS if not name.startswith("qmsum")]):
        if not question.get("gold"):
            continue
        answer = assistant.ask(question["question"])
        golds = [fold(g["quote"]) for g in question["gold"]]
        quotes = answer.answered and any(g in fold(q.text) or fold(q.text) in g for q in answer.quotes for g in golds)
        rows[f"{name}/{question.get('id', '')}"] = {"question": question["question"], "answered": answer.answered,
                                                    "quotes_gold": bool(quotes), "quotes": len(answer.quotes)}
    answered = [r for r in rows.values() if r["answered"]]
    print(f"answered {len(answered)}, summary quotes a gold sentence {sum(r['quotes_gold'] for r in answered)}, "
          f"sentences quoted {sum(r['quotes'] for r in answered)}")
    for label, pattern in FORMS.items():
        group = [r for r in answered if pattern.search(r["question"])]
        print(f"  {label}: {sum(r['quotes_gold'] for r in group)} of {len(group)}")
    if argv:
        Path(argv[0]).write_text(json.dumps(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
