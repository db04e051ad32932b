"""(b) and (c) of bench/reader_study.py: MiniLM (the packaged all-MiniLM-L6-v2 weights) fine-tuned as
a cross-encoder over "[CLS] question [SEP] sentence [SEP]" (transformers' sequence classification
head, one logit), on CPU with fixed seeds.

Each epoch sees every positive, every sentence of the unanswerable questions' top passages, and a
few sentences of each answerable question's top passages drawn afresh per epoch (one of its gold
passage when it has one): negatives outnumber positives ten to one, and all of them would make an
epoch take several times longer for little more signal. (c) `hard`: the synthetic near misses,
i.e. the gold passage of an answerable question without its gold sentence, which is every other
sentence of that passage: up to HARD_PER_QUESTION of them per question each epoch instead of one.
"""
from __future__ import annotations

import time

import numpy as np

EPOCHS = 3
BATCH = 32
LEARNING_RATE = 3e-5
OTHER_PER_QUESTION = 2      # negatives per answerable question per epoch, outside its gold passage
GOLD_PASSAGE_PER_QUESTION = 1
HARD_PER_QUESTION = 4       # (c): the gold passage's other sentences per question per epoch
SEED = 13


def epoch_sample(items: list[dict], chosen: np.ndarray, rows: list[dict], rng, hard: bool) -> np.ndarray:
    """Indices into `items` for one epoch, from the training pairs `chosen`."""
    take, by_question = [], {}
    for j in chosen:
        it = items[j]
        if it["label"] or not rows[it["q"]]["answerable"]:
            take.append(j)
        else:
            by_question.setdefault(it["q"], ([], []))[0 if it["gold_passage"] else 1].append(j)
    per_gold = HARD_PER_QUESTION if hard else GOLD_PASSAGE_PER_QUESTION
    for q in sorted(by_question):
        gold_passage, other = by_question[q]
        take.extend(rng.permutation(gold_passage)[:per_gold].tolist())
        take.extend(rng.permutation(other)[:OTHER_PER_QUESTION].tolist())
    return rng.permutation(np.array(take))


def bucketed(order: np.ndarray, items: list[dict], rng) -> list[np.ndarray]:
    """Batches of similar length (less padding), in random order."""
    chunks = []
    for start in range(0, len(order), BATCH * 16):
        chunk = order[start:start + BATCH * 16]
        lengths = np.array([len(items[j]["question"]) + len(items[j]["sentence"]) for j in chunk])
        chunk = chunk[np.argsort(lengths, kind="stable")]
        chunks.extend(chunk[i:i + BATCH] for i in range(0, len(chunk), BATCH))
    return [chunks[i] for i in rng.permutation(len(chunks))]


def train(items: list[dict], chosen: np.ndarray, rows: list[dict], hard: bool, seed: int = SEED):
    """A cross-encoder trained on the pairs `chosen`; returns (model, tokenizer, seconds, pairs seen)."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    from reader_study import MAX_LENGTH, model_path, quiet_transformers
    quiet_transformers()
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    tokenizer = AutoTokenizer.from_pretrained(model_path())
    model = AutoModelForSequenceClassification.from_pretrained(model_path(), num_labels=1)
    epochs = [bucketed(epoch_sample(items, chosen, rows, rng, hard), items, rng) for _ in range(EPOCHS)]
    steps = sum(len(e) for e in epochs)
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.1 * steps), steps)
    model.train()
    started, seen = time.perf_counter(), 0
    for batches in epochs:
        for batch in batches:
            encoded = tokenizer([items[j]["question"] for j in batch], [items[j]["sentence"] for j in batch],
                                truncation="only_second", max_length=MAX_LENGTH, padding=True, return_tensors="pt")
            labels = torch.tensor([float(items[j]["label"]) for j in batch])
            logits = model(**encoded).logits.squeeze(-1)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            seen += len(batch)
    model.eval()
    return model, tokenizer, time.perf_counter() - started, seen


def score(model, tokenizer, items: list[dict], chosen: np.ndarray) -> tuple[np.ndarray, float]:
    """Logits for the pairs `chosen` (in that order) and the CPU seconds it took."""
    import torch

    from reader_study import batches
    subset = [items[j] for j in chosen]
    out = np.zeros(len(subset))
    started = time.process_time()
    with torch.inference_mode():
        for order, encoded in batches(subset, tokenizer, 64):
            out[order] = model(**encoded).logits.squeeze(-1).numpy()
    return out, time.process_time() - started


def cross_fitted(rows: list[dict], items: list[dict], fold_of_question: np.ndarray, hard: bool,
                 minutes_only: bool = False):
    """Out-of-fold scores for the fit sets (a reader per fold, trained on the other folds) and the
    scores of a reader trained on every fit set for the report sets. `minutes_only`: no training
    pairs from qmsum-train (transcripts whose gold spans are whole exchanges on the subject asked
    about); its questions are still scored out of fold and count in the threshold's fit."""
    import torch
    torch.set_num_threads(2)
    fold = np.array([fold_of_question[it["q"]] for it in items])
    trainable = np.array([not (minutes_only and rows[it["q"]]["set"] == "qmsum-train") for it in items])
    oof = np.zeros(len(items))
    info = {"folds": int(fold.max()) + 1, "epochs": EPOCHS, "hard": hard, "minutes_only": minutes_only,
            "fold_train_seconds": []}
    for k in range(int(fold.max()) + 1):
        model, tokenizer, seconds, seen = train(items, np.flatnonzero((fold >= 0) & (fold != k) & trainable), rows, hard)
        held = np.flatnonzero(fold == k)
        oof[held], _ = score(model, tokenizer, items, held)
        info["fold_train_seconds"].append(round(seconds, 1))
    model, tokenizer, seconds, seen = train(items, np.flatnonzero((fold >= 0) & trainable), rows, hard)
    info.update(train_seconds=round(seconds, 1), train_pairs_seen=seen)
    report = np.zeros(len(items))
    held = np.flatnonzero(fold < 0)
    report[held], cpu = score(model, tokenizer, items, held)
    questions = len({items[j]["q"] for j in held})
    info.update(report_pairs=len(held), report_questions=questions,
                score_cpu_ms_per_question=round(1000 * cpu / questions, 1),
                sentences_per_question=round(len(held) / questions, 1))
    return oof, report, info
