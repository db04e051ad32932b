"""Would a learned ranker beat the hand-set fused score? (It did not: docs/retrieval.md.)

    python bench/ranker_study.py INDEX_DIR

Scores every passage of the index for every question of qmsum-train, qmsum-val and
seeds-dev (BM25 over the whole index, passage and best-sentence cosine), builds 17
features per candidate (the union of the top 60 of each retriever), fits logistic
regression and gradient-boosted trees on qmsum-train only, and prints hit@5 / MRR@10
of each next to the shipped-style fused score on the same candidates, plus 4-fold
cross-validation on qmsum-train. scikit-learn comes with sentence-transformers.
"""
from __future__ import annotations

import collections
import random
import re
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from tune import SETS

from assistant import Assistant
from assistant.evaluate import fold, load_questions
from assistant.models import Hit
from assistant.query import fts_expression, parse_query
from assistant.search import passage_speakers

CANDIDATES, PER_DOCUMENT = 60, 3


class Corpus:
    """Every passage and sentence vector of an index, in (document, seq) order."""

    def __init__(self, assistant: Assistant):
        db = assistant.store.db
        rows = db.execute("SELECT id, doc_id, text, context, embedding FROM passages ORDER BY doc_id, seq").fetchall()
        self.ids = [r[0] for r in rows]
        self.position = {pid: k for k, pid in enumerate(self.ids)}
        self.docs = np.array([r[1] for r in rows])
        self.texts = [r[2] for r in rows]
        self.vectors = np.stack([np.frombuffer(r[4], dtype=np.float32) for r in rows])
        self.speakers = [[_words(s) for s in passage_speakers(Hit(r[0], r[1], r[2], 0, 0, 0.0, context=r[3]))]
                         for r in rows]
        sentences = db.execute("SELECT passage_id, embedding FROM sentences").fetchall()
        self.sentence_vectors = np.stack([np.frombuffer(r[1], dtype=np.float16) for r in sentences]).astype(np.float32)
        self.sentence_passage = np.array([self.position[r[0]] for r in sentences])
        self.same_prev = np.r_[False, self.docs[1:] == self.docs[:-1]]
        self.same_next = np.r_[self.docs[:-1] == self.docs[1:], False]
        _, self.doc_index = np.unique(self.docs, return_inverse=True)

    def neighbours_mean(self, values: np.ndarray) -> np.ndarray:
        before = np.where(self.same_prev, np.roll(values, 1), 0)
        after = np.where(self.same_next, np.roll(values, -1), 0)
        return (before + after) / 2

    def document_max(self, values: np.ndarray) -> np.ndarray:
        best = np.zeros(self.doc_index.max() + 1)
        np.maximum.at(best, self.doc_index, values)
        return best[self.doc_index]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) - {"am", "mp", "hon", "mr", "mrs", "ms", "dr", "the"}


def _top_normalised(values: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros_like(values)
    top = np.argsort(-values)[:k]
    top = top[values[top] > 0]
    if len(top):
        out[top] = values[top] / values[top].max()
    return out


def _inverse_rank(values: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros_like(values)
    top = np.argsort(-values)[:k]
    top = top[values[top] > 0]
    out[top] = 1 / (np.arange(len(top)) + 1)
    return out


def question_features(assistant: Assistant, corpus: Corpus, question) -> tuple:
    query = parse_query(question.question)
    qvec = assistant.embedder.embed([query.text])[0]
    n = len(corpus.ids)
    bm25 = np.zeros(n, dtype=np.float32)
    if query.terms:
        for pid, score in assistant.store.fts_search(fts_expression(query), None, n):
            bm25[corpus.position[pid]] = score
    dense = corpus.vectors @ qvec
    best = np.full(n, -1.0, dtype=np.float32)
    np.maximum.at(best, corpus.sentence_passage, corpus.sentence_vectors @ qvec)
    b, d = _top_normalised(bm25, CANDIDATES), _top_normalised(np.maximum(dense, 0), CANDIDATES)
    bm_all = bm25 / (bm25.max() or 1)
    fused = 0.8 * b + 0.2 * d
    names = [_words(name) for name in query.names]
    attributed = np.array([any(w and w <= s for w in names for s in speakers) for speakers in corpus.speakers],
                          dtype=float)
    features = [b, d, dense, best, bm_all, _inverse_rank(bm25, CANDIDATES), _inverse_rank(dense, CANDIDATES),
                corpus.neighbours_mean(fused), corpus.neighbours_mean(bm_all), corpus.neighbours_mean(dense),
                corpus.neighbours_mean(best), corpus.document_max(bm_all), corpus.document_max(dense),
                corpus.document_max(best), attributed, fused]
    shipped = fused + 0.3 * corpus.neighbours_mean(fused)
    shipped = 0.7 * shipped + 0.3 * best + 0.1 * attributed
    candidates = np.nonzero((b > 0) | (d > 0))[0]
    gold = np.zeros(n, dtype=bool)
    for g in question.gold:
        quote = fold(g["quote"])
        gold |= np.array([doc == g["doc"] and quote in fold(text) for doc, text in zip(corpus.docs, corpus.texts)])
    matrix = np.stack([f[candidates] for f in features + [shipped]], axis=1)
    return candidates, matrix, gold


def ranked_hits(corpus: Corpus, candidates: np.ndarray, scores: np.ndarray, gold: np.ndarray) -> tuple[bool, float]:
    chosen, held, counts = [], [], collections.Counter()
    for i in candidates[np.argsort(-scores, kind="stable")]:
        if counts[corpus.docs[i]] < PER_DOCUMENT:
            chosen.append(i)
            counts[corpus.docs[i]] += 1
        else:
            held.append(i)
        if len(chosen) == 10:
            break
    found = [bool(gold[i]) for i in (chosen + held)[:10]]
    rank = next((r for r, g in enumerate(found, 1) if g), None)
    return any(found[:5]), 1 / rank if rank else 0.0


def evaluate(corpus: Corpus, data: list, score) -> tuple[float, float]:
    results = [ranked_hits(corpus, c, score(m), g) for c, m, g in data]
    return float(np.mean([r[0] for r in results])), float(np.mean([r[1] for r in results]))


def fit(data: list, model):
    x = np.concatenate([m[:, :-1] for _, m, _ in data])
    y = np.concatenate([g[c] for c, _, g in data])
    model.fit(x, y)
    return lambda m: model.predict_proba(m[:, :-1])[:, 1]


def main() -> None:
    assistant = Assistant.open(sys.argv[1])
    corpus = Corpus(assistant)
    sets = {name: [question_features(assistant, corpus, q) for q in load_questions(SETS[name]) if q.answerable]
            for name in ("qmsum-train", "qmsum-val", "seeds-dev")}
    models = {"shipped-style fused": None,
              "logistic regression": LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"),
              "boosted trees": HistGradientBoostingClassifier(max_depth=3, max_iter=100, learning_rate=0.05,
                                                              random_state=0)}
    for label, model in models.items():
        score = (lambda m: m[:, -1]) if model is None else fit(sets["qmsum-train"], model)
        row = "  ".join(f"{name} {h:.3f}/{r:.3f}" for name, (h, r) in
                        ((name, evaluate(corpus, data, score)) for name, data in sets.items()))
        print(f"{label:<22} hit@5/MRR@10  {row}")
    train = sets["qmsum-train"]
    order = list(range(len(train)))
    random.Random(0).shuffle(order)
    for k in range(4):
        held = set(order[k::4])
        fitted = fit([train[i] for i in range(len(train)) if i not in held], models["boosted trees"])
        test = [train[i] for i in held]
        print(f"fold {k}: boosted trees {evaluate(corpus, test, fitted)[0]:.3f}"
              f"  shipped-style {evaluate(corpus, test, lambda m: m[:, -1])[0]:.3f}")


if __name__ == "__main__":
    main()
