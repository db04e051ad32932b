"""Every answer to a question set, as JSON lines, to compare two versions of the code question by question.

    PYTHONPATH=<code> python bench/answer_dump.py INDEX QUESTIONS.jsonl [...] > answers.jsonl
    diff <(PYTHONPATH=old python bench/answer_dump.py ...) <(PYTHONPATH=new python bench/answer_dump.py ...)

Per question: whether it was answered, the summary, the notes, and each passage's document,
offsets, marked sentences and score (rounded to 6 places, so that a last-bit difference in a
float32 similarity does not count as a change). `make eval` reports whether gold quotes were
found; this shows whether anything at all changed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index", type=Path)
    parser.add_argument("questions", type=Path, nargs="+")
    args = parser.parse_args()
    from assistant import Assistant
    from assistant.embed import SentenceTransformerEmbedder

    assistant = Assistant.open(args.index, embedder=SentenceTransformerEmbedder.load())
    for path in args.questions:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            answer = assistant.ask(item["question"])
            print(json.dumps({
                "set": path.name, "id": item.get("id"), "answered": answer.answered, "summary": answer.summary,
                "notes": answer.notes,
                "passages": [[p.doc_id, p.start, p.end, getattr(p, "sentences", None), round(p.score, 6)]
                             for p in answer.passages]}, default=str), flush=True)
    assistant.close()


if __name__ == "__main__":
    sys.exit(main())
