"""The reader study's data: every question of the study's sets asked once through `Assistant.ask`,
the sentences of its top three passages (the project's own spans), each marked when it holds a
gold quote. Used by bench/reader_study.py.

    python bench/reader_pairs.py [--refresh]   # ask again (--refresh) and print what the data holds

Needs the eval indexes that `make eval`, bench/heldout3/measure.py and bench/heldout4/measure.py
build (or copies of main's, see the helper brief), their corpora generated.

A sentence is a positive when it lies within a gold quote found in its passage, or holds the
whole quote (a short quote inside one sentence). The other sentences of an answerable question's
top three passages are negatives (the same subject, not the answer), and so is every sentence of
an unanswerable question's top three passages.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from assistant import Assistant
from assistant.cli import _eval_index_dir
from assistant.evaluate import fold, load_questions, score_question
from assistant.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out" / "reader-pairs.json"
COMBINED = ("corpus", "../shared/benchmarks/qmsum-committee-corpus")
SETS = {  # name -> (questions, corpora, fitted on?): near_miss_soft.py's split, with bench/heldout4 as fit data
    "realistic": ("bench/realistic/questions.jsonl", ("bench/realistic/corpus",), True),
    "realistic-nearmiss": ("bench/realistic/heldout-nearmiss.jsonl", ("bench/realistic/corpus",), True),
    "fresh-dev": ("bench/fresh/dev.jsonl", ("bench/fresh/corpus",), True),
    "dev-seeds2": ("bench/dev-seeds2.jsonl", COMBINED, True),
    "unanswerable": ("bench/unanswerable.jsonl", COMBINED, True),
    "qmsum-train": (str(SHARED / "eval" / "qmsum-train.jsonl"), COMBINED, True),
    "heldout4": ("bench/heldout4/questions.jsonl", ("bench/heldout4/corpus",), True),
    "heldout3": ("bench/heldout3/questions.jsonl", ("bench/heldout3/corpus",), False),
    "seeds-dev": (str(SHARED / "eval" / "seeds-dev.jsonl"), COMBINED, False),
    "heldout-seeds": ("bench/heldout-seeds.jsonl", COMBINED, False),
    "fresh-heldout": ("bench/fresh/heldout.jsonl", ("bench/fresh/corpus",), False),
    "qmsum-val": (str(SHARED / "eval" / "qmsum-val.jsonl"), COMBINED, False),
}
TOP = 3
ORDINARY = {"unanswerable", "seeds-dev"}   # their unanswerable questions are about subjects the minutes lack


def group(row: dict) -> str:
    """"answerable", "near miss" (the minutes discuss the subject, not the fact) or "ordinary"
    unanswerable (heldout3's and heldout4's n*, as near_miss_soft.py counts them)."""
    if row["answerable"]:
        return "answerable"
    ordinary = row["set"] in ORDINARY or (row["set"] in ("heldout3", "heldout4") and row["id"].startswith("n"))
    return "ordinary" if ordinary else "near miss"


def gold_spans(text: str, doc_id: str, gold: list[dict]) -> list[tuple[int, int]]:
    """Character spans of the gold quotes within a passage's text (whitespace folded when matching)."""
    folded, back = _folded_with_offsets(text)
    spans = []
    for g in gold:
        if g["doc"] != doc_id:
            continue
        quote = fold(g["quote"])
        at = folded.find(quote) if quote else -1
        if at >= 0:
            spans.append((back[at], back[at + len(quote) - 1] + 1))
    return spans


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, per character of it, its offset in `text`."""
    out, back, space = [], [], False
    for i, ch in enumerate(text):
        if ch.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            back.append(i - 1)
            space = False
        out.append(ch)
        back.append(i)
    return "".join(out), back


def holds_gold(span: tuple[int, int], golds: list[tuple[int, int]]) -> bool:
    s, e = span
    return any((gs <= s and e <= ge) or (s <= gs and ge <= e) or _overlap(span, (gs, ge)) >= 0.5 * (e - s)
               for gs, ge in golds)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def passage_row(hit, gold: list[dict]) -> dict:
    spans = split_sentences(hit.text)
    golds = gold_spans(hit.text, hit.doc_id, gold)
    return {"doc": hit.doc_id, "passage_id": hit.passage_id, "text": hit.text,
            "sentences": [[s, e] for s, e in spans],
            "positive": [holds_gold((s, e), golds) for s, e in spans],
            "gold_in_passage": bool(golds)}


def collect() -> list[dict]:
    rows, opened = [], {}
    for name, (path, corpora, fitted) in SETS.items():
        if corpora not in opened:
            index = ROOT / _eval_index_dir(corpora)
            if not (index / "minutes.db").is_file():
                raise SystemExit(f"no eval index at {index}: run `make eval` (or copy main's cache) first")
            opened[corpora] = Assistant.open(index)
        assistant = opened[corpora]
        for q in load_questions(ROOT / path):
            started = time.process_time()
            answer = assistant.ask(q.question, k=10)
            cpu = time.process_time() - started
            outcome = score_question(q, answer.passages, answer.answered, 0.0)
            row = {"set": name, "fit": fitted, "id": q.id, "question": q.question, "answerable": q.answerable,
                   "answered": answer.answered, "hit": outcome.hit_at_5, "rr": outcome.reciprocal_rank,
                   "ask_cpu_seconds": cpu,
                   "passages": [passage_row(h, q.gold) for h in answer.passages[:TOP]]}
            row["group"] = group(row)
            rows.append(row)
        print(f"{name}: {sum(r['set'] == name for r in rows)} questions", file=sys.stderr)
    return rows


def load(refresh: bool = False) -> list[dict]:
    """The saved rows, or every question asked again (and saved) when there are none or `refresh`."""
    if OUT.is_file() and not refresh:
        return json.loads(OUT.read_text())
    rows = collect()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(rows))
    return rows


if __name__ == "__main__":
    data = load(refresh="--refresh" in sys.argv)
    for s in SETS:
        mine = [r for r in data if r["set"] == s]
        pos = sum(sum(p["positive"]) for r in mine for p in r["passages"])
        n = sum(len(p["sentences"]) for r in mine for p in r["passages"])
        found = sum(any(any(p["positive"]) for p in r["passages"]) for r in mine if r["answerable"])
        print(f"{s:<20} {len(mine):>4} questions, {n:>6} sentences, {pos:>5} positive; "
              f"answerable with a positive in the top {TOP}: {found}/{sum(r['answerable'] for r in mine)}")
