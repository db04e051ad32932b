"""Passages of one document that repeat one another are indexed once.

A document that says the same thing over and over (a boilerplate block pasted into
every item, or a file made to flood the index) would otherwise take every place in an
answer. Two passages under the same heading repeat each other when they hold the same
set of words, case and order aside: a window sliding over a repeated sentence gives the
same set at every phase. One set per passage and one hash lookup: linear in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .models import MOSTLY_REPEATED, Passage

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Distinct:
    passages: list[Passage]   # the first of each set of repeats, in document order
    repeats: int              # passages left out


def distinct_passages(passages: list[Passage]) -> Distinct:
    seen: set[tuple[str | None, frozenset[str]]] = set()
    kept = []
    for passage in passages:
        key = (passage.heading, frozenset(_WORD.findall(passage.text.lower())))
        if key in seen:
            continue
        seen.add(key)
        kept.append(passage)
    return Distinct(kept, len(passages) - len(kept))


def is_repetitive(distinct: Distinct) -> bool:
    total = len(distinct.passages) + distinct.repeats
    return total > 0 and distinct.repeats / total >= MOSTLY_REPEATED
