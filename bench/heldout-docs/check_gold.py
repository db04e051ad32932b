"""Gold check only: every gold quote of questions.jsonl is in its document's text as read.

    python bench/heldout-docs/check_gold.py

Run from the repository root. Builds corpus/ first if it is missing. Prints nothing about
metadata, furniture or retrieval: this corpus is held out, and those are measured once, by
measure.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from assistant.documents import find_documents, read_document  # noqa: E402
from assistant.evaluate import fold, load_questions  # noqa: E402


def main() -> int:
    corpus = HERE / "corpus"
    if not corpus.is_dir() or not any(corpus.iterdir()):
        import make_heldout

        make_heldout.build(corpus)
    texts = {p.stem: read_document(p).text for p in find_documents(corpus)}
    problems, quotes = [], 0
    for q in load_questions(HERE / "questions.jsonl"):
        for gold in q.gold:
            quotes += 1
            if gold["doc"] not in texts:
                problems.append(f"{q.id}: no document {gold['doc']}")
            elif fold(gold["quote"]) not in fold(texts[gold["doc"]]):
                problems.append(f"{q.id}: quote not in {gold['doc']}: {gold['quote']!r}")
    print(f"documents: {len(texts)}; gold quotes: {quotes};",
          "all found in their documents" if not problems else f"{len(problems)} PROBLEMS")
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
