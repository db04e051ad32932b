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
   nothing); their k-th best score is `floor`, and the top k score at least that.
   When fewer than k of them pass the search's filter, the next rarest phrases are
   taken in the same way (`(next) NOT (rare)`, scored in full), as many as the share
   that passed says will give k, until k have passed or every phrase is searched;
2. the commonest phrases whose bounds add up to less than `floor` are set aside: a
   passage holding only those cannot reach the top k;
3. if phrases other than the rare ones remain, the passages holding one of them and
   no rare phrase are scored in full the same way, in two more queries.

A filter that keeps few passages is run as the full query: its mask is tested before
BM25 (store_queries.py), so only the kept matches are scored anyway, and reading the
phrases' doclists once beats reading them in several queries (at 100k passages, a
council's 2.5% of them: 0.4-4 ms against 0.6-16 ms).

The result is the full query's, passage for passage: the same ids in the same order
(ties by id), with scores equal up to the order in which FTS5 adds the phrases
(differences near 1e-15). `tests/test_keyword_topk.py` compares the two.
"""
from __future__ import annotations

import math
import re
from typing import Callable

K1 = 1.2                         # FTS5's BM25 parameter (fts5_aux.c)
SELECTIVE = 0.25                 # a filter keeping less than this share of the passages: the full query
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


def top_k(top: TopK, match: str, limit: int, counts: dict[str, int], total: int,
          kept: int | None = None) -> list[tuple[int, float]]:
    """The `limit` best passages for `match`, as `top(match, limit)` gives them, scoring fewer.

    `counts[phrase]` is how many passages hold each phrase of `match` (`or_phrases`) and
    `total` the passages in the index, so that each phrase's bound is FTS5's own IDF ×
    (k1 + 1); `kept` is how many passages the search's filter keeps (None: no filter).
    Column weights must not be negative (a passage's score only grows with a phrase).
    """
    phrases = or_phrases(match)
    if not phrases or len(phrases) < 2 or limit <= 0 or kept is not None and kept < SELECTIVE * total:
        return top(match, limit)
    bound = {p: (K1 + 1) * fts5_idf(counts[p], total) * _SAFE for p in phrases}
    rarest = sorted(phrases, key=lambda p: -bound[p])
    rare = _prefix(rarest, counts, 0, 2 * limit)
    if rare == len(rarest):
        return top(match, limit)
    scored = _in_full(top, _any(rarest[:rare]), rarest[rare:], limit)
    while len(scored) < limit and rare < len(rarest):    # a filter kept too few: take in rarer phrases
        more = _prefix(rarest, counts, rare, _expected_need(scored, limit, sum(counts[p] for p in rarest[:rare])))
        held = f"({_any(rarest[rare:more])}) NOT ({_any(rarest[:rare])})"
        scored, rare = _best(scored + _in_full(top, held, rarest[more:], limit), limit), more
    if len(scored) < limit:              # every phrase searched: these are all the passages there are
        return scored
    essential = _essential(rarest, bound, floor=scored[-1][1])
    if essential > rare:                 # passages with another essential phrase and no rare one
        held = f"({_any(rarest[rare:essential])}) NOT ({_any(rarest[:rare])})"
        scored = _best(scored + _in_full(top, held, rarest[essential:], limit), limit)
    return scored


def _in_full(top: TopK, held: str, others: list[str], limit: int) -> list[tuple[int, float]]:
    """The best passages matching `held`, scored on every phrase (those held and `others`)."""
    if not others:
        return top(held, limit)
    return _best(top(f"({held}) AND ({_any(others)})", limit) + top(f"({held}) NOT ({_any(others)})", limit), limit)


def _best(scored: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    return sorted(scored, key=lambda kv: (-kv[1], kv[0]))[:limit]


def _prefix(rarest: list[str], counts: dict[str, int], start: int, enough: float) -> int:
    """How many of the rarest phrases to search: those before `start` and the next ones, up to
    the first with which the next ones hold `enough` passages between them."""
    held = 0
    for n in range(start, len(rarest)):
        held += counts[rarest[n]]
        if held >= enough:
            return n + 1
    return len(rarest)


def _expected_need(scored: list, limit: int, held: int) -> float:
    """Passages to search for the `limit - len(scored)` still missing, at the share of the `held`
    passages searched so far that passed (twice as many, for a margin); all of them when none passed."""
    if not scored:
        return math.inf
    return 2 * (limit - len(scored)) * held / len(scored)


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
