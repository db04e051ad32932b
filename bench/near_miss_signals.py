"""Do any cheap signals tell a near-miss question from an answerable one? A study, not a rule.

    python bench/near_miss_signals.py        # from the repository root, after `make eval`

A near miss asks for a fact the minutes do not give about a subject they do discuss
("Who seconded the motion…?" where the minute records the vote but no seconder). The
score `should_answer` reads cannot tell these apart (docs/retrieval.md, "Answer or
abstain"). This script asks every question of the development and held-out sets
(except QMSum, whose questions are all answerable) once through `Assistant.ask` and
measures, on the top passage, three more signals a rule could use:

- **residual**: the best marked sentence's similarity to the question minus its
  similarity to the question's words that the passage holds. An answering sentence
  should match the part of the question the passage does not repeat word for word.
- **missing name**: a capitalised word or a number of the question (not its first
  word) found in neither the passage, its heading, its title, council or committee.
- **missing rare term**: the question's rarest term (highest IDF) is not in the
  passage or its heading.

For each it prints the share of answerable and of unanswerable questions the signal
would decline at several cut-offs. A usable signal declines many more of the second.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from assistant import Assistant
from assistant.evaluate import load_questions
from assistant.query import parse_query
from assistant.search import _stem_in, query_weights

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = ROOT / ".eval-index"
SETS = {  # set -> (questions, the `minutes-qa eval` corpora that index is built from)
    "seeds-dev": (SHARED / "eval" / "seeds-dev.jsonl", "combined"),
    "unanswerable": (ROOT / "bench" / "unanswerable.jsonl", "combined"),
    "dev-seeds2": (ROOT / "bench" / "dev-seeds2.jsonl", "combined"),
    "heldout-seeds": (ROOT / "bench" / "heldout-seeds.jsonl", "combined"),
    "heldout-fresh": (ROOT / "bench" / "heldout-fresh.jsonl", "combined"),
    "realistic": (ROOT / "bench" / "realistic" / "questions.jsonl", "realistic"),
    "realistic-nearmiss": (ROOT / "bench" / "realistic" / "heldout-nearmiss.jsonl", "realistic"),
}
CORPORA = {"combined": ("corpus", "../shared/benchmarks/qmsum-committee-corpus"),
           "realistic": ("bench/realistic/corpus",)}
QUESTION_WORDS = set("what who whom which when where why how did does do is are was were the a an of to in on "
                     "for and or by with at from its it their has have had will would can could be been much "
                     "many".split())


def index_for(corpora: tuple[str, ...]) -> Path:
    from assistant.cli import _eval_index_dir
    path = _eval_index_dir(corpora)
    if not (path / "minutes.db").is_file():
        raise SystemExit(f"no eval index at {path}: run `make eval` first")
    return path


def signals(assistant: Assistant, question: str) -> dict | None:
    answer = assistant.ask(question, k=5)
    if not answer.passages:
        return None
    top = answer.passages[0]
    holds = " ".join(filter(None, [top.text, top.heading])).lower()
    words = re.findall(r"[\w'-]+", question)
    content = [w for w in words if w.lower() not in QUESTION_WORDS]
    shared = [w for w in content if _stem_in(w.lower(), holds)]
    sentences = [top.text[s - top.start:e - top.start] for s, e in top.sentences] or [top.text]
    vectors = assistant.embedder.embed([question, " ".join(shared) or "-", *sentences])
    residual = float((vectors[2:] @ vectors[0]).max() - (vectors[2:] @ vectors[1]).max())
    about = " ".join(filter(None, [holds, top.title, top.council, top.committee, top.doc_id])).lower()
    names = re.findall(r"(?<!^)\b([A-Z][\w'-]+|\d[\w/-]*)", question)
    query = parse_query(question)
    weights = query_weights(assistant.store, query)
    rarest = max(weights, key=weights.get) if weights else None
    return {"residual": residual,
            "missing_name": any(n.lower().removesuffix("'s") not in about for n in names),
            "missing_rare": rarest is not None and not _stem_in(rarest, holds)}


def main() -> None:
    rows = []
    opened: dict[str, Assistant] = {}
    for name, (path, corpora) in SETS.items():
        if not path.is_file():
            print(f"{name}: {path} is missing; skipped")
            continue
        if corpora not in opened:
            opened[corpora] = Assistant.open(index_for(CORPORA[corpora]))
        assistant = opened[corpora]
        for q in load_questions(path):
            found = signals(assistant, q.question)
            if found:
                rows.append(dict(found, answerable=q.answerable))
    yes = [r for r in rows if r["answerable"]]
    no = [r for r in rows if not r["answerable"]]
    print(f"{len(yes)} answerable and {len(no)} unanswerable questions")

    def share(group, test):
        return f"{sum(map(test, group))}/{len(group)}"

    for cut in np.arange(-0.20, 0.01, 0.05):
        print(f"residual < {cut:+.2f}: answerable {share(yes, lambda r: r['residual'] < cut)}, "
              f"unanswerable {share(no, lambda r: r['residual'] < cut)}")
    for key in ("missing_name", "missing_rare"):
        print(f"{key}: answerable {share(yes, lambda r: r[key])}, unanswerable {share(no, lambda r: r[key])}")


if __name__ == "__main__":
    main()
