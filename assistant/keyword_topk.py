"""Keyword top-k that scores only the passages that can reach the top k (exact, not approximate).

FTS5 computes BM25 for every passage a query matches, and an ordinary question ORs a
few rare terms with a few common ones ("potholes" with "year"): at 100k passages the
common terms bring 45,000 matches, each scored, for 60 places. BM25 is a sum over the
query's phrases, and no phrase adds more than its IDF × (k1 + 1) to any passage. So once
some passages are known to score at least `floor`, a passage holding only phrases whose
bounds add up to less than `floor` cannot reach the top k, and only the passages holding
one of the other, rarer ("essential") phrases need scoring (the MaxScore rule of search
engines, here done with FTS5's own queries):

1. the passages holding one of the rarest phrases are scored in full, in two queries:
   `(rare) AND (others)` scores every phrase of the question as the full query would,
   and `(rare) NOT (others)` those that hold none of the others (which would add
   nothing); their k-th best score is `floor`, and the top k score at least that;
2. the commonest phrases whose bounds add up to less than `floor` are set aside: a
   passage holding only those cannot reach the top k;
3. if phrases other than the rare ones remain, the passages holding one of them and
   no rare phrase are scored in full the same way, in two more queries.

The result is the full query's, passage for passage: the same ids in the same order
(ties by id), with scores equal up to the order in which FTS5 adds the phrases
(differences near 1e-15). `tests/test_keyword_topk.py` compares the two.
"""
from __future__ import annotations

import math
import re
from typing import Callable

K1 = 1.2                         # FTS5's BM25 parameter (fts5_aux.c)
_SAFE = 1 + 1e-9                 # bounds a hair above FTS5's own arithmetic
_OR_OF_PHRASES = re.compile(r'"[^"]*"(?: OR "[^"]*")*')
TopK = Callable[[str, int], list[tuple[int, float]]]   # (expression, k) -> (id, score), best first, ties by id


def or_phrases(match: str) -> list[str] | None:
    """The quoted phrases of an expression `"a" OR "b" OR ...`; None for any other form."""
    if not _OR_OF_PHRASES.fullmatch(match):
        return None
    return match.split(" OR ")


def fts5_idf(matching: int, total: int) -> float:
    """FTS5's IDF of a phrase found in `matching` of `total` rows (clamped to 1e-6, as there)."""
    idf = math.log((total - matching + 0.5) / (matching + 0.5)) if total else 0.0
    return idf if idf > 0 else 1e-6


def top_k(top: TopK, match: str, limit: int, counts: dict[str, int], total: int) -> list[tuple[int, float]]:
    """The `limit` best passages for `match`, as `top(match, limit)` gives them, scoring fewer.

    `counts[phrase]` is how many passages hold each phrase of `match` (`or_phrases`) and
    `total` the passages in the index, so that each phrase's bound is FTS5's own IDF ×
    (k1 + 1). Column weights must not be negative (a passage's score only grows with a phrase).
    """
    phrases = or_phrases(match)
    if not phrases or len(phrases) < 2 or limit <= 0:
        return top(match, limit)
    bound = {p: (K1 + 1) * fts5_idf(counts[p], total) * _SAFE for p in phrases}
    rarest = sorted(phrases, key=lambda p: -bound[p])
    rare = _rare_prefix(rarest, counts, 2 * limit)
    if len(rare) == len(rarest):
        return top(match, limit)
    scored = _in_full(top, _any(rare), rarest[len(rare):], limit)
    if len(scored) < limit:              # too few passages to set a floor: nothing can be set aside
        return top(match, limit)
    essential = _essential(rarest, bound, floor=scored[-1][1])
    if essential > len(rare):            # passages with another essential phrase and no rare one
        held = f"({_any(rarest[len(rare):essential])}) NOT ({_any(rare)})"
        scored = _best(scored + _in_full(top, held, rarest[essential:], limit), limit)
    return scored


def _in_full(top: TopK, held: str, others: list[str], limit: int) -> list[tuple[int, float]]:
    """The best passages matching `held`, scored on every phrase (those held and `others`)."""
    if not others:
        return top(held, limit)
    return _best(top(f"({held}) AND ({_any(others)})", limit) + top(f"({held}) NOT ({_any(others)})", limit), limit)


def _best(scored: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    return sorted(scored, key=lambda kv: (-kv[1], kv[0]))[:limit]


def _rare_prefix(rarest: list[str], counts: dict[str, int], enough: int) -> list[str]:
    """The rarest phrases, up to the first with which they hold `enough` passages between them."""
    held = 0
    for n, phrase in enumerate(rarest, 1):
        held += counts[phrase]
        if held >= enough:
            return rarest[:n]
    return rarest


def _essential(rarest: list[str], bound: dict[str, float], floor: float) -> int:
    """How many of the rarest phrases must be searched: the commonest ones whose bounds add up
    to less than `floor` cannot lift a passage into the top k on their own."""
    essential, spare = len(rarest), 0.0
    while essential and spare + bound[rarest[essential - 1]] < floor:
        essential -= 1
        spare += bound[rarest[essential]]
    return essential


def _any(phrases: list[str]) -> str:
    return " OR ".join(phrases)
