"""How far a miss lands from the annotated passage: hit@5 exactly, and within 1 or 2 passages.

    python bench/near_misses.py INDEX_DIR [set ...]

Sets are the names in bench/tune.py (default: qmsum-train qmsum-val). A top-five passage
"within n" of a gold passage is in the same document and at most n passages away from one
that holds a gold quote. This is a diagnostic, not a metric the pipeline is tuned on: it
shows whether misses are in the right stretch of debate or somewhere else entirely.
"""
from __future__ import annotations

import sys

from tune import SETS

from assistant import Assistant
from assistant.evaluate import fold, load_questions

DISTANCES = (0, 1, 2)


def gold_positions(assistant: Assistant, question) -> set[tuple[str, int]]:
    """(document, passage seq) of every passage that holds a gold quote."""
    positions = set()
    for gold in question.gold:
        rows = assistant.store.db.execute("SELECT seq, text FROM passages WHERE doc_id = ?", [gold["doc"]])
        positions |= {(gold["doc"], seq) for seq, text in rows if fold(gold["quote"]) in fold(text)}
    return positions


def passage_seq(assistant: Assistant, passage_id: int) -> int:
    return assistant.store.db.execute("SELECT seq FROM passages WHERE id = ?", [passage_id]).fetchone()[0]


def main() -> None:
    assistant = Assistant.open(sys.argv[1])
    for name in sys.argv[2:] or ["qmsum-train", "qmsum-val"]:
        questions = [q for q in load_questions(SETS[name]) if q.answerable]
        within = dict.fromkeys(DISTANCES, 0)
        for question in questions:
            gold = gold_positions(assistant, question)
            top = [(h.doc_id, passage_seq(assistant, h.passage_id)) for h in assistant.ask(question.question).passages[:5]]
            for n in DISTANCES:
                within[n] += any(d == gd and abs(s - gs) <= n for d, s in top for gd, gs in gold)
        figures = "  ".join(f"within {n}: {within[n] / len(questions):.3f}" for n in DISTANCES)
        print(f"{name:<12} {len(questions):>4} answerable  {figures}")


if __name__ == "__main__":
    main()
