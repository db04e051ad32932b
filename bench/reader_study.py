"""Does a reader trained from MiniLM's weights on our development data tell a near miss from an
answerable question? A study with an honest fit/report split (docs/retrieval.md, "A reader trained
on our development data").

    python bench/reader_study.py probe        # (a) logistic probe on frozen MiniLM over the pair
    python bench/reader_study.py finetune     # (b) MiniLM fine-tuned as a cross-encoder
    python bench/reader_study.py hard         # (c) as (b), the gold passage's other sentences weighted up
    python bench/reader_study.py minutes      # as (b), no training pairs from qmsum-train (minutes-hard: as (c))
    python bench/reader_study.py report NAME  # the table again from bench/out/reader-NAME.json

Data (bench/reader_pairs.py, asked once and saved under bench/out/): every question of
near_miss_soft.py's sets, with bench/heldout4 as fit data, and the sentences of its top three
passages (assistant/sentences.py spans, so a score belongs to a sentence the product can quote).
Positives: sentences holding a gold quote. Negatives: the other sentences of an answerable
question's top three passages, and every sentence of an unanswerable question's.

A reader scores "[CLS] question [SEP] sentence [SEP]"; a question's score is its best sentence's.
A question the shipped rule answers is declined when its score is under a threshold fitted on the
FIT sets only: the most unanswerable minus answerable questions declined beyond the shipped rule,
no fit set losing more than 2.5% of its answerable questions beyond it. The fit sets' scores used
for that are out-of-fold (each question scored by a reader not trained on it: 5 folds for the
probe, 2 for fine-tuning), since a reader's scores on its own training questions are too good.
The reader then trained on all fit data scores the REPORT sets (heldout3, seeds-dev,
heldout-seeds, bench/fresh heldout, qmsum-val), which nothing here was fitted or designed on.
Seeds are fixed: the figures reproduce on the same machine.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_pairs import SETS, load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
MAX_FALSE_ABSTENTION = 0.025   # added answerable declines allowed on each fit set, as a share of its answerable
MAX_LENGTH = 128               # word pieces of question and sentence together; 99% of pairs are under 70
SEED = 13
GROUPS = ("near miss", "ordinary", "answerable")


# ----------------------------------------------------------------------------- pairs

def pairs(rows: list[dict]) -> list[dict]:
    """One entry per (question, sentence of its top three passages)."""
    out = []
    for q, row in enumerate(rows):
        for p, passage in enumerate(row["passages"]):
            for s, ((start, end), positive) in enumerate(zip(passage["sentences"], passage["positive"])):
                out.append({"q": q, "p": p, "s": s, "question": row["question"],
                            "sentence": passage["text"][start:end], "label": int(positive),
                            "gold_passage": passage["gold_in_passage"]})
    return out


def folds(rows: list[dict], k: int) -> np.ndarray:
    """A fold per question of the fit sets (-1 for report sets), assigned in a fixed shuffled order."""
    rng = np.random.default_rng(SEED)
    fit = [i for i, r in enumerate(rows) if r["fit"]]
    order = rng.permutation(len(fit))
    fold = np.full(len(rows), -1)
    for rank, i in enumerate(order):
        fold[fit[i]] = rank % k
    return fold


# ----------------------------------------------------------------------------- scoring questions

def question_scores(rows: list[dict], items: list[dict], scores: np.ndarray) -> np.ndarray:
    """Each question's best sentence score (-inf with no sentence)."""
    best = np.full(len(rows), -np.inf)
    for item, score in zip(items, scores):
        best[item["q"]] = max(best[item["q"]], score)
    return best


def declined(row: dict, score: float, threshold: float | None) -> bool:
    """The shipped rule, then the reader: a question the shipped rule declines stays declined."""
    return (not row["answered"]) or (threshold is not None and score < threshold)


def fit_threshold(rows: list[dict], scores: np.ndarray) -> tuple[float | None, int, int]:
    """The threshold with the most unanswerable minus answerable fit questions declined beyond the
    shipped rule, each fit set losing at most MAX_FALSE_ABSTENTION of its answerable; (None, 0, 0)
    when none gains. Returns (threshold, extra unanswerable declined, extra answerable declined)."""
    fit = [i for i, r in enumerate(rows) if r["fit"]]
    budget = {s: int(MAX_FALSE_ABSTENTION * sum(rows[i]["answerable"] for i in fit if rows[i]["set"] == s))
              for s in dict.fromkeys(rows[i]["set"] for i in fit)}
    values = np.unique(scores[fit][np.isfinite(scores[fit])])
    candidates = (values[:-1] + values[1:]) / 2 if len(values) > 1 else values
    best = (None, 0, 0, 0)
    for threshold in candidates:
        extra = {s: 0 for s in budget}
        gain = cost = 0
        for i in fit:
            row = rows[i]
            if row["answered"] and scores[i] < threshold:
                if row["answerable"]:
                    cost += 1
                    extra[row["set"]] += 1
                else:
                    gain += 1
        if any(extra[s] > budget[s] for s in budget):
            continue
        if gain - cost > best[3]:
            best = (float(threshold), gain, cost, gain - cost)
    return best[:3]


def tally(rows: list[dict], scores: np.ndarray, threshold: float | None, members) -> tuple[int, int]:
    chosen = [i for i, r in enumerate(rows) if members(r)]
    return sum(declined(rows[i], scores[i], threshold) for i in chosen), len(chosen)


def table(name: str, rows: list[dict], fit_scores: np.ndarray, report_scores: np.ndarray,
          threshold: float | None) -> str:
    """Per set, then the near_miss_soft layout: declined before (shipped) -> after, fit | report."""
    lines = [f"{'set':<20}{'fit?':<6}{'unanswerable declined':>24}{'answerable declined':>24}"]
    for s, (_, _, fitted) in SETS.items():
        scores = fit_scores if fitted else report_scores
        cells = []
        for answerable in (False, True):
            def members(r, s=s, answerable=answerable):
                return r["set"] == s and r["answerable"] == answerable
            b, n = tally(rows, scores, None, members)
            a, _ = tally(rows, scores, threshold, members)
            cells.append(f"{b}/{n} -> {a}/{n}" if n else "-")
        lines.append(f"{s:<20}{'yes' if fitted else 'no':<6}{cells[0]:>24}{cells[1]:>24}")
    cells = []
    for fitted, scores in ((True, fit_scores), (False, report_scores)):
        for g in GROUPS:
            def members(r, g=g, fitted=fitted):
                return r["fit"] == fitted and r["group"] == g
            b, n = tally(rows, scores, None, members)
            a, _ = tally(rows, scores, threshold, members)
            cells.append(f"{b}/{n} → {a}/{n}")
    t = "off" if threshold is None else f"< {threshold:.3f}"
    lines.append("")
    lines.append("| rule | fit: near miss | fit: ordinary | fit: answerable | report: near miss | "
                 "report: ordinary | report: answerable |")
    lines.append("| --- | --- | --- | --- | --- | --- | --- |")
    lines.append(f"| {name} {t} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def curve(rows: list[dict], fit_scores: np.ndarray, report_scores: np.ndarray) -> str:
    """Whatever the threshold: extra declines beyond the shipped rule at the thresholds that add 1%,
    2.5%, 5% and 10% wrong declines among the fit sets' answered answerable questions."""
    fit_yes = sorted(fit_scores[i] for i, r in enumerate(rows) if r["fit"] and r["answerable"] and r["answered"])
    lines = ["trade-off (extra declines beyond shipped; fit | report):"]
    for share in (0.01, 0.025, 0.05, 0.10):
        threshold = fit_yes[int(share * len(fit_yes))]
        cells = []
        for fitted, scores in ((True, fit_scores), (False, report_scores)):
            for g in GROUPS:
                members = [i for i, r in enumerate(rows) if r["fit"] == fitted and r["group"] == g]
                extra = sum(rows[i]["answered"] and scores[i] < threshold for i in members)
                cells.append(f"{g} +{extra}/{len(members)}")
        lines.append(f"  {share:>5.1%} of fit answerable ({threshold:.3f}): {', '.join(cells[:3])} | "
                     f"{', '.join(cells[3:])}")
    return "\n".join(lines)


def sentence_auc(items: list[dict], scores: np.ndarray, rows: list[dict], fitted: bool) -> float:
    from sklearn.metrics import roc_auc_score
    chosen = [j for j, it in enumerate(items) if rows[it["q"]]["fit"] == fitted]
    labels = [items[j]["label"] for j in chosen]
    return float(roc_auc_score(labels, scores[chosen])) if len(set(labels)) == 2 else float("nan")


def question_auc(rows: list[dict], scores: np.ndarray, fitted: bool) -> float:
    """How well a question's score ranks the near misses the shipped rule answers below the answerable
    questions it answers (0.5: no better than chance), whatever the threshold."""
    from sklearn.metrics import roc_auc_score
    chosen = [i for i, r in enumerate(rows) if r["fit"] == fitted and r["answered"] and r["group"] != "ordinary"]
    near = [rows[i]["group"] == "near miss" for i in chosen]
    return float(roc_auc_score(near, -scores[chosen])) if any(near) and not all(near) else float("nan")


# ----------------------------------------------------------------------------- MiniLM

def model_path() -> str:
    from assistant.embed import default_model_path
    return default_model_path()


def quiet_transformers() -> None:
    from transformers.utils import logging as transformers_logging
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()


def batches(items: list[dict], tokenizer, size: int, order: np.ndarray | None = None):
    """Tokenised batches of pairs, in `order` (default: by length, so padding stays small)."""
    if order is None:
        lengths = [len(it["question"]) + len(it["sentence"]) for it in items]
        order = np.argsort(lengths, kind="stable")
    for start in range(0, len(order), size):
        chosen = order[start:start + size]
        encoded = tokenizer([items[j]["question"] for j in chosen], [items[j]["sentence"] for j in chosen],
                            truncation="only_second", max_length=MAX_LENGTH, padding=True, return_tensors="pt")
        yield chosen, encoded


def frozen_features(items: list[dict]) -> np.ndarray:
    """Frozen MiniLM over each pair: pooled output, [CLS] and mean of the last hidden state."""
    cache = OUT / "reader-frozen-features.npy"
    if cache.is_file():
        features = np.load(cache)
        if len(features) == len(items):
            return features
    import torch
    from transformers import AutoModel, AutoTokenizer
    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(model_path())
    model = AutoModel.from_pretrained(model_path()).eval()
    features = np.zeros((len(items), 3 * model.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for chosen, encoded in batches(items, tokenizer, 64):
            out = model(**encoded)
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            mean = (out.last_hidden_state * mask).sum(1) / mask.sum(1)
            features[chosen] = torch.cat([out.pooler_output, out.last_hidden_state[:, 0], mean], 1).numpy()
    np.save(cache, features)
    return features


# ----------------------------------------------------------------------------- (a) the probe

def probe(rows: list[dict], items: list[dict]) -> tuple[np.ndarray, np.ndarray, dict]:
    """Out-of-fold sentence scores for the fit sets (5 folds by question) and the all-fit probe's
    scores for the report sets."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    started = time.process_time()
    x = frozen_features(items)
    feature_seconds = time.process_time() - started
    y = np.array([it["label"] for it in items])
    fold_of_question = folds(rows, 5)
    fold = np.array([fold_of_question[it["q"]] for it in items])

    def trained(mask):
        model = make_pipeline(StandardScaler(), LogisticRegression(C=0.05, class_weight="balanced", max_iter=2000))
        return model.fit(x[mask], y[mask])

    oof = np.zeros(len(items))
    for k in range(5):
        oof[fold == k] = trained((fold >= 0) & (fold != k)).decision_function(x[fold == k])
    started = time.process_time()
    final = trained(fold >= 0)
    report = final.decision_function(x)
    train_seconds = time.process_time() - started
    return oof, report, {"feature_cpu_seconds": feature_seconds, "train_cpu_seconds": train_seconds}


# ----------------------------------------------------------------------------- report

def run(name: str, rows: list[dict], items: list[dict], oof: np.ndarray, report: np.ndarray, info: dict) -> str:
    fit_scores = question_scores(rows, items, oof)
    report_scores = question_scores(rows, items, report)
    threshold, gain, cost = fit_threshold(rows, fit_scores)
    text = [f"== {name}: fitted threshold {threshold} (fit sets, out of fold: +{gain} unanswerable declined, "
            f"+{cost} answerable declined)",
            f"sentence AUC: fit (out of fold) {sentence_auc(items, oof, rows, True):.3f}, "
            f"report {sentence_auc(items, report, rows, False):.3f}; question AUC, answered near misses "
            f"against answered answerable: fit {question_auc(rows, fit_scores, True):.3f}, "
            f"report {question_auc(rows, report_scores, False):.3f}",
            table(name, rows, fit_scores, report_scores, threshold), curve(rows, fit_scores, report_scores),
            json.dumps(info)]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"reader-{name}.json").write_text(json.dumps(
        {"oof": oof.tolist(), "report": report.tolist(), "threshold": threshold, "info": info}))
    return "\n".join(text)


def main() -> None:
    rows = load()
    items = pairs(rows)
    what = sys.argv[1] if len(sys.argv) > 1 else "probe"
    if what == "probe":
        print(run("probe", rows, items, *probe(rows, items)))
    elif what in ("finetune", "hard", "minutes", "minutes-hard"):
        from reader_finetune import cross_fitted
        print(run(what, rows, items, *cross_fitted(rows, items, folds(rows, 2), hard=what.endswith("hard"),
                                                   minutes_only=what.startswith("minutes"))))
    elif what == "report":
        saved = json.loads((OUT / f"reader-{sys.argv[2]}.json").read_text())
        print(run(sys.argv[2], rows, items, np.array(saved["oof"]), np.array(saved["report"]), saved["info"]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
