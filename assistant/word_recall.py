"""How fully a passage holds the question's own words, read by the model in context.

A question put in other words than the minutes use ("his last executive board before retiring" for
"his final Executive Board meeting prior to his forthcoming retirement") can leave every sentence of
the right passage under the closeness threshold: one sentence vector blurs the words that match
into those that do not. Matching word by word keeps them apart. Each content word of the question
is matched to the passage's closest word piece, both as the model reads them in their sentences,
and the passage's recall is the mean of those similarities. A question about something the index
never discusses ("garden waste" over minutes that never speak of it) finds no close piece for its
subject, so its recall stays low however much of its framing ("the council", "in 2023") matches.
"""
from __future__ import annotations

import re

import numpy as np

from .query import STOPWORDS

# Words nearly every passage of minutes holds: matching them says nothing about the subject.
_MEETING_WORDS = frozenset("council councils councillor councillors meeting meetings committee cabinet".split())
_WORD = re.compile(r"[\w][\w'’\-]*")


def content_spans(question: str) -> list[tuple[int, int]]:
    """Character spans of the question's content words: not a stop word, not a word of any meeting, at
    least three characters."""
    return [m.span() for m in _WORD.finditer(question)
            if len(m.group()) >= 3 and m.group().lower() not in STOPWORDS | _MEETING_WORDS]


def word_recall(embedder, question: str, passages: list[str]) -> float | None:
    """The best of `passages`' recall of the question's content words (0-1 similarity scale), or None when
    the embedder cannot read word pieces (a test's hashing embedder) or the question has no content word."""
    if not passages or not hasattr(embedder, "word_vectors"):
        return None
    spans = content_spans(question)
    if not spans:
        return None
    (question_vectors, offsets), *passage_vectors = embedder.word_vectors([question, *passages])
    pieces = [i for i, (start, end) in enumerate(offsets) if any(s <= start and end <= e for s, e in spans)]
    if not pieces:
        return None
    asked = question_vectors[pieces]
    return max((float((asked @ vectors.T).max(axis=1).mean()) for vectors, _ in passage_vectors if len(vectors)),
               default=None)
