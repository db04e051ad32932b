"""Gold check only: every gold quote of questions.jsonl is in its document's text as read.

    python bench/heldout3/check_gold.py

Run from the repository root. Builds corpus/ first if it is missing. Prints nothing about
metadata, furniture or retrieval: this corpus is held out, and those are measured once, by
measure.py. The check is bench/realistic/measure.py's `check_gold`, on this corpus's questions.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))
sys.path.append(str(HERE))   # after realistic/: `measure` below is bench/realistic/measure.py

import measure as base  # noqa: E402  (bench/realistic/measure.py: puts the repository root on sys.path)
from assistant.documents import find_documents, read_document  # noqa: E402


def main() -> int:
    corpus = HERE / "corpus"
    if not corpus.is_dir() or not any(corpus.iterdir()):
        import make_heldout3

        make_heldout3.build(corpus)
    base.QUESTIONS = HERE / "questions.jsonl"
    docs = {p.stem: read_document(p) for p in find_documents(corpus)}
    quotes = sum(len(q.gold) for q in base.load_questions(base.QUESTIONS))
    problems = base.check_gold(docs)
    print(f"documents: {len(docs)}; gold quotes: {quotes};",
          "all found in their documents" if not problems else f"{len(problems)} PROBLEMS")
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
