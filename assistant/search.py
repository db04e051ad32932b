"""Hybrid retrieval: FTS5 BM25 and dense vectors, fused by score, with sentence evidence."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .answer_type import has_figure
from .embed import Embedder
from .models import Filters, Hit
from .passages import speaker_of
from .query import Query, fts_expression, parse_query
from .roles import HONORIFICS, name_words, reported_speakers, same_person
from .sentences import is_question
from .store import Store

METHODS = ("hybrid", "bm25", "dense")


@dataclass(frozen=True)
class SearchConfig:
    method: str = "hybrid"
    candidates: int = 60          # taken from each retriever before fusion
    bm25_weight: float = 0.8      # share of the fused score given to BM25 (fitted on qmsum-train)
    sentence_weight: float = 0.3  # share given to the best sentence's similarity
    rerank_top: int = 25          # passages whose sentences are scored
    per_document: int = 3         # at most this many passages of one document in the top k
    sentence_term_weight: float = 0.2  # weight of query-term overlap when picking answering sentences
    attribution_weight: float = 0.1    # bonus for passages spoken by someone the question names
    minutes_attribution_weight: float = 0.2  # the same in minutes ("Mr X said"); fitted on seed-style dev sets
    figure_weight: float = 0.15        # bonus for sentences with a figure when the question asks for one
    neighbour_weight: float = 0.3      # share of the neighbouring passages' mean score added (fitted on qmsum-train)


def fuse(bm25: dict[int, float], dense: dict[int, float], bm25_weight: float) -> dict[int, float]:
    """Weighted sum of max-normalised scores; a passage missing from one list scores 0 there."""
    b, d = _max_normalise(bm25), _max_normalise(dense)
    return {i: bm25_weight * b.get(i, 0.0) + (1 - bm25_weight) * d.get(i, 0.0) for i in set(b) | set(d)}


def _max_normalise(scores: dict[int, float]) -> dict[int, float]:
    top = max(scores.values(), default=0.0)
    return {i: (s / top if top > 0 else 0.0) for i, s in scores.items()}


def diversify(ranked: list[Hit], k: int, per_document: int) -> list[Hit]:
    """Top k, with at most `per_document` from any one document unless nothing else is left."""
    chosen, held = [], []
    counts: dict[str, int] = {}
    for hit in ranked:
        if counts.get(hit.doc_id, 0) < per_document:
            chosen.append(hit)
            counts[hit.doc_id] = counts.get(hit.doc_id, 0) + 1
        else:
            held.append(hit)
        if len(chosen) == k:
            return chosen
    return (chosen + held)[:k]


@dataclass
class Retrieval:
    """Ranked hits plus the signals used to decide whether they answer at all."""

    hits: list[Hit]
    coverage: float = 0.0    # IDF-weighted share of the question's terms found in the top hits
    evidence: float = 0.0    # best sentence similarity among the top hits
    figure_missing: bool = False  # the question asks for a figure and no answering sentence has one


def term_coverage(terms: list[str], counts: dict[str, int], total: int, texts: list[str]) -> float:
    """IDF-weighted share of `terms` that occur in `texts` (a term absent from the corpus counts fully)."""
    if not terms or total == 0:
        return 0.0
    joined = " ".join(texts).lower()
    weights = {t: math.log((total + 1) / (counts.get(t, 0) + 0.5)) for t in terms}
    found = sum(w for t, w in weights.items() if _stem_in(t, joined))
    return found / sum(weights.values())


def _stem_in(term: str, text: str) -> bool:
    stem = term if len(term) <= 4 else term[: max(4, len(term) - 2)]
    return re.search(r"\b" + re.escape(stem), text) is not None


def retrieve(store: Store, embedder: Embedder, question: str | Query, filters: Filters | None = None,
             k: int = 5, config: SearchConfig = SearchConfig()) -> Retrieval:
    """Search, then measure how well the top hits cover the question."""
    query = question if isinstance(question, Query) else parse_query(question)
    hits = search(store, embedder, query, filters, k, config)
    if not hits:
        return Retrieval(hits)
    top = hits[:3]
    coverage = term_coverage(query.terms, store.term_counts(query.terms), store.passage_count,
                             [h.text for h in top] + [h.heading or "" for h in top])
    figure_missing = query.wants_figure and not any(
        has_figure(h.text[s - h.start:e - h.start], query.wants_money, query.wants_share)
        for h in top for s, e in h.sentences)
    return Retrieval(hits, coverage, max(h.evidence for h in top), figure_missing)


def search(store: Store, embedder: Embedder, question: str | Query, filters: Filters | None = None,
           k: int = 5, config: SearchConfig = SearchConfig()) -> list[Hit]:
    """The k best passages for a question, each with its answering sentences marked."""
    query = question if isinstance(question, Query) else parse_query(question)
    if not query.text.strip():
        return []
    qvec = embedder.embed([query.text])[0]
    bm25 = dict(store.fts_search(fts_expression(query), filters, config.candidates)) if query.terms else {}
    dense = dict(store.vector_search(qvec, filters, config.candidates)) if config.method != "bm25" else {}
    if config.method == "bm25":
        scores = _max_normalise(bm25)
    elif config.method == "dense":
        scores = dense
    else:
        scores = fuse(bm25, dense, config.bm25_weight)
        scores = with_surroundings(scores, store.layout(list(scores)), config, store.is_transcript)
    ranked = store.hits(sorted(scores.items(), key=lambda kv: -kv[1])[: config.rerank_top])
    ranked = mark_sentences(ranked, qvec, store, config, query)
    if config.method == "hybrid" and config.attribution_weight:
        ranked = boost_attributed(ranked, query.people, config.attribution_weight, store.speaker_roles,
                                  store.is_transcript, config.minutes_attribution_weight)
    return diversify(ranked, k, config.per_document)


def with_surroundings(scores: dict[int, float], layout: dict[int, tuple[str, int | None, int | None]],
                      config: SearchConfig, is_transcript: Callable[[str], bool] = lambda doc_id: True
                      ) -> dict[int, float]:
    """In transcripts, add to each passage a share of its neighbours' mean score.

    A debate runs over several turns, so a passage between two that match is likely part
    of the answer. Minutes are not smoothed: each recorded paragraph stands on its own.
    `layout` maps passage id to (document, previous passage id, next passage id), with
    neighbours within the same agenda item. No bonus is given for the document as a
    whole: that would crowd out the other councils in a comparison.
    """
    smoothed = {}
    for pid, (doc_id, before, after) in layout.items():
        if not is_transcript(doc_id):
            if pid in scores:
                smoothed[pid] = scores[pid]
            continue
        around = (scores.get(before, 0.0) + scores.get(after, 0.0)) / 2
        smoothed[pid] = scores.get(pid, 0.0) + config.neighbour_weight * around
    return smoothed


def passage_speakers(hit: Hit, reported: bool = False) -> list[str]:
    """Who speaks in a passage: utterance labels, and the speaker it continues.

    With `reported` (minutes), also whom the text reports as speaking: "Mr Ireland indicated".
    """
    lines = ([hit.context] if hit.context else []) + hit.text.splitlines()
    labelled = [s for s in (speaker_of(line.strip() + " ") for line in lines) if s]
    return labelled + (reported_speakers(hit.text) if reported else [])


def boost_attributed(hits: list[Hit], names: list[str], weight: float,
                     roles: Callable[[str], list[tuple[str, str]]] = lambda doc_id: [],
                     is_transcript: Callable[[str], bool] = lambda doc_id: True,
                     minutes_weight: float | None = None) -> list[Hit]:
    """Raise passages spoken by a person the question names ("What did Kirsty Williams say").

    A role counts as a name where the document says who holds it ("Right Hon. Justin
    Trudeau (Prime Minister):", "Andrew Ireland, Chair Children's Services Improvement
    Board"); `roles(doc_id)` gives a document's (name, role) pairs. In minutes, the one
    speaking is whom the text reports ("Mr Ireland indicated"), and a titled surname
    stands for the full name.
    """
    wanted = [n for n in names if set(name_words(n)) - HONORIFICS]
    if not wanted:
        return hits
    wanted_words = [set(name_words(n)) - HONORIFICS for n in wanted]
    minutes_weight = weight if minutes_weight is None else minutes_weight
    holders_in: dict[str, list[str]] = {}    # per document: who holds a role the question names
    for hit in hits:
        if hit.doc_id not in holders_in:
            holders_in[hit.doc_id] = [name for name, role in roles(hit.doc_id)
                                      if any(words <= set(name_words(role)) for words in wanted_words)]
        holders = holders_in[hit.doc_id]
        minutes = not is_transcript(hit.doc_id)
        speakers = passage_speakers(hit, reported=minutes)
        if any(same_person(person, speaker) for person in wanted + holders for speaker in speakers):
            hit.score += minutes_weight if minutes else weight
    return sorted(hits, key=lambda h: -h.score)


def mark_sentences(hits: list[Hit], qvec: np.ndarray, store: Store, config: SearchConfig,
                   query: Query) -> list[Hit]:
    """Score each passage's sentences against the query; mark the best; blend into the score."""
    stored = store.sentence_vectors([h.passage_id for h in hits])
    for hit in hits:
        spans, vectors = stored.get(hit.passage_id, ([], np.zeros((0, len(qvec)), dtype=np.float32)))
        sims = vectors @ qvec
        texts = [hit.text[s - hit.start:e - hit.start] for s, e in spans]
        scores = sims + config.sentence_term_weight * np.array([term_share(query.terms, t) for t in texts])
        if query.wants_figure:
            figures = np.array([has_figure(t, query.wants_money, query.wants_share) for t in texts], dtype=float)
            scores = scores + config.figure_weight * figures
        best = float(sims.max()) if len(sims) else 0.0
        hit.evidence = best
        # A question put in the meeting is worded like the user's question but does not answer it,
        # so it is marked only when the passage has nothing else. It still counts for ranking.
        told = [i for i, t in enumerate(texts) if not is_question(t)] or list(range(len(texts)))
        top = max((scores[i] for i in told), default=0.0)
        order = [i for i in sorted(told, key=lambda i: -scores[i])[:3] if scores[i] >= top - 0.08]
        hit.sentences = [spans[i] for i in order]
        hit.sentence_scores = [float(scores[i]) for i in order]
        if config.method == "hybrid":
            hit.score = (1 - config.sentence_weight) * hit.score + config.sentence_weight * best
    return sorted(hits, key=lambda h: -h.score)


def term_share(terms: list[str], text: str) -> float:
    """Share of the query's terms that occur in a sentence."""
    if not terms:
        return 0.0
    lowered = text.lower()
    return sum(_stem_in(t, lowered) for t in terms) / len(terms)
