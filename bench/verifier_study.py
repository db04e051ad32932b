"""Does a cross-encoder trained on our development sets' questions tell an answer from a near miss?

    python bench/verifier_study.py DATA.jsonl [--epochs N] [--save DIR]       # sentences (~13 min)
    python bench/verifier_study.py DATA.jsonl --questions [--epochs N]       # quotes shown (~3 min)

DATA is bench/verifier_data.py's output. Three disjoint groups of sets, in the order they were written:
train (everything before heldout25, but qmsum-val), valid (heldout25-28: the threshold is chosen
there) and report (heldout29-34: figures only). The cross-encoder starts from the packaged
all-MiniLM-L6-v2 weights (bench/reader_finetune.py's training loop). A question the product answers
gets the best score of the sentences it quotes; it is declined when that is under the threshold.

Sentences (the default): trained on the sentences of each question's top three passages, a sentence
holding a gold quote positive, every other one negative (bench/reader_finetune.py's sampling).
`--questions`: trained where the decision is made, on the quotes of the questions the product
answers: a quote holding a gold quote positive, a near miss's quote negative.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reader_finetune  # noqa: E402

VALID = {f"heldout{n}" for n in range(25, 29)}
REPORT = {f"heldout{n}" for n in range(29, 35)}


def group_of(set_name: str) -> str:
    if set_name in VALID:
        return "valid"
    if set_name in REPORT or re.fullmatch(r"heldout(3[5-9]|[4-9]\d)", set_name):
        return "report"
    return "none" if set_name == "qmsum-val" else "train"


def load(path: Path) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    items = []
    for q, r in enumerate(rows):
        r["answerable"] = r["type"] == "ans"
        r["group"] = group_of(r["set"])
        for p in r["passages"]:
            for (s, e), positive in zip(p["sentences"], p["positive"]):
                items.append({"q": q, "question": r["question"], "sentence": p["text"][s:e],
                              "label": bool(positive) and r["answerable"], "gold_passage": p["gold_in_passage"],
                              "kind": "sentence"})
        for quote in r["quotes"]:
            items.append({"q": q, "question": r["question"], "sentence": quote["text"], "label": False,
                          "gold_passage": False, "kind": "quote"})
    return rows, items


def quote_items(rows: list[dict]) -> list[dict]:
    """`--questions`' training pairs: the quotes of the answered questions, a quote holding a gold quote
    (or held by one) positive, a near miss's quote negative; an answerable question's other quotes and
    the ordinary unanswerable questions are left out."""
    items = []
    for q, r in enumerate(rows):
        if not r["answered"] or r["type"] == "unans":
            continue
        gold = [p["text"][s:e] for p in r["passages"] for (s, e), f in zip(p["sentences"], p["positive"]) if f]
        for quote in r["quotes"]:
            holds = any(quote["text"] in g or g in quote["text"] for g in gold)
            if r["type"] == "ans" and not holds:
                continue
            items.append({"q": q, "question": r["question"], "sentence": quote["text"], "label": r["type"] == "ans",
                          "gold_passage": True, "kind": "train-quote"})
    return items


def question_scores(rows, items, chosen, scores) -> dict[int, float]:
    best: dict[int, float] = {}
    for j, s in zip(chosen, scores):
        q = items[j]["q"]
        best[q] = max(best.get(q, -1e9), float(s))
    return best


def tally(rows, best, groupname, threshold):
    out = {"ans": [0, 0, 0], "near": [0, 0, 0], "unans": [0, 0, 0]}   # n, declined by product, declined with verifier
    for q, r in enumerate(rows):
        if r["group"] != groupname:
            continue
        cell = out[r["type"]]
        cell[0] += 1
        cell[1] += not r["answered"]
        cell[2] += (not r["answered"]) or (q in best and best[q] < threshold)
    return out


def auc(rows, best, groupname):
    from sklearn.metrics import roc_auc_score
    qs = [q for q, r in enumerate(rows) if r["group"] == groupname and r["answered"] and r["type"] in ("ans", "near")
          and q in best]
    y = [rows[q]["type"] == "near" for q in qs]
    return roc_auc_score(y, [-best[q] for q in qs])


def main(argv: list[str]) -> int:
    rows, items = load(Path(argv[0]))
    if "--epochs" in argv:
        reader_finetune.EPOCHS = int(argv[argv.index("--epochs") + 1])
    import torch
    torch.set_num_threads(2)
    if "--questions" in argv:
        items = items + quote_items(rows)
        for r in rows:   # so that reader_finetune.epoch_sample takes every pair each epoch
            r["answerable"] = False
        kind = "train-quote"
    else:
        kind = "sentence"
    train_idx = np.array([j for j, it in enumerate(items) if it["kind"] == kind and rows[it["q"]]["group"] == "train"])
    print(f"train pairs {len(train_idx)}, positives {sum(items[j]['label'] for j in train_idx)}", flush=True)
    model, tokenizer, seconds, seen = reader_finetune.train(items, train_idx, rows, hard=False)
    print(f"trained in {seconds:.0f} s on {seen} pairs", flush=True)
    if "--save" in argv:
        where = argv[argv.index("--save") + 1]
        model.save_pretrained(where)
        tokenizer.save_pretrained(where)
    quote_idx = np.array([j for j, it in enumerate(items) if it["kind"] == "quote" and rows[it["q"]]["group"] in ("valid", "report")])
    scores, cpu = reader_finetune.score(model, tokenizer, items, quote_idx)
    np.save(Path(argv[0]).with_suffix(".quote-scores.npy"), np.stack([quote_idx, scores]))
    best = question_scores(rows, items, quote_idx, scores)
    print(f"AUC answered near vs ans: valid {auc(rows, best, 'valid'):.3f}, report {auc(rows, best, 'report'):.3f}")
    valid_ans = sorted(best[q] for q, r in enumerate(rows) if r["group"] == "valid" and r["type"] == "ans" and q in best)
    for share in (0.0, 0.005, 0.01, 0.02, 0.03, 0.05):
        threshold = valid_ans[int(share * len(valid_ans))] if share else -1e9
        v, rep = tally(rows, best, "valid", threshold), tally(rows, best, "report", threshold)
        print(f"at {share:.1%} of valid answered ({threshold:+.2f}): "
              + "; ".join(f"{g} " + ", ".join(f"{k} {c[1]}->{c[2]}/{c[0]}" for k, c in t.items()) for g, t in (("valid", v), ("report", rep))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
