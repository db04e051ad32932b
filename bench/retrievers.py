"""The two retrievers' lists for one question, read as `Assistant.ask` reads the question
(filters and date phrases taken out); shared by bench/fit.py and bench/rerank_study.py."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant import Assistant
from assistant.models import Filters
from assistant.query import Query, parse_query, without_words
from assistant.question_filters import read_filters
from assistant.search import keyword_match
from assistant.settings import DEFAULT


@dataclass
class Lists:
    query: Query
    qvec: np.ndarray
    bm25: dict[int, float]
    dense: dict[int, float]


def retriever_lists(assistant: Assistant, question: str) -> Lists:
    store = assistant.store
    read = read_filters(question, Filters(), assistant.councils())
    searched = question.replace(read.date_phrase, " ") if read.date_phrase else question
    query = without_words(parse_query(searched), read.used_words)
    qvec = assistant.embedder.embed([query.text])[0]
    match = keyword_match(query, DEFAULT)
    bm25 = dict(store.fts_search(match, read.filters, DEFAULT.candidates,
                                 (DEFAULT.heading_weight, DEFAULT.context_weight))) if match else {}
    return Lists(query, qvec, bm25, dict(store.vector_search(qvec, read.filters, DEFAULT.candidates)))
