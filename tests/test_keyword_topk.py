"""Keyword top-k that scores only the passages that can reach it (assistant/keyword_topk.py), on real SQLite:
the same passages in the same order as FTS5's full query, with fewer passages scored."""
from __future__ import annotations

import itertools
import random

import pytest

from assistant.ingest import ingest
from assistant.keyword_topk import fts5_idf, or_phrases, top_k
from assistant.models import Filters
from assistant.store import Store
from assistant.store_queries import keyword_sql

# (word, share of passages holding it): a few rare words beside common ones, as in questions
WORDS = [("ofsted", 0.03), ("pothole", 0.06), ("caseload", 0.1), ("library", 0.2), ("budget", 0.35),
         ("year", 0.45), ("report", 0.3)]
FILLER = "members officers noted the update and discussed the matter at some length".split()
COUNCILS = ["Kent County Council", "Medway Council", "Wirral Council"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from conftest import HashEmbedder

    root = tmp_path_factory.mktemp("topk")
    corpus = root / "corpus"
    corpus.mkdir()
    rng = random.Random(7)
    rows = ["file,council,committee,meeting_date,title,kind"]
    for n in range(80):
        items = []
        for i in range(1, 6):
            words = [rng.choice(FILLER) for _ in range(rng.randint(8, 40))]
            for word, share in WORDS:
                if rng.random() < share:
                    words[rng.randrange(len(words))] += " " + " ".join([word] * rng.randint(1, 3))
            items.append(f"{i}. Item {i}\n\n" + " ".join(words).capitalize() + ".")
        (corpus / f"m{n:02d}.txt").write_text("Agenda\n\n" + "\n\n".join(items) + "\n", encoding="utf-8")
        rows.append(f"m{n:02d}.txt,{COUNCILS[n % 3]},Cabinet,{2018 + n % 4}-03-01,Minutes,minutes")
    (corpus / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest(corpus, root / "idx", HashEmbedder())
    opened = Store.open(root / "idx")
    yield opened
    opened.close()


def full_query(store: Store, match: str, limit: int) -> list[tuple[int, float]]:
    sql, params = keyword_sql(match, (0.5, 0.3), limit)
    return [(r[0], r[1]) for r in store.db.execute(sql, params)]


class RecordingTop:
    """The store's own top-k query, noting each expression run and how many passages it matched."""

    def __init__(self, store: Store):
        self.store, self.expressions, self.matched = store, [], 0

    def __call__(self, expression: str, limit: int) -> list[tuple[int, float]]:
        self.expressions.append(expression)
        self.matched += self.store.db.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?",
                                              [expression]).fetchone()[0]
        return full_query(self.store, expression, limit)


def same(got: list[tuple[int, float]], want: list[tuple[int, float]]) -> bool:
    return [i for i, _ in got] == [i for i, _ in want] and all(
        abs(a - b) < 1e-9 for (_, a), (_, b) in zip(got, want))


QUERIES = [" OR ".join(f'"{w}"' for w in combo)
           for size in (2, 3, 4) for combo in itertools.combinations([w for w, _ in WORDS], size)]


@pytest.mark.parametrize("limit", [5, 10, 20])
def test_the_pruned_top_k_is_the_full_querys(store, limit):
    pruned = 0
    for match in QUERIES:
        phrases = or_phrases(match)
        counts = store.term_counts([p.strip('"') for p in phrases])
        top = RecordingTop(store)
        got = top_k(top, match, limit, {f'"{t}"': n for t, n in counts.items()}, store.passage_count)
        assert same(got, full_query(store, match, limit)), match
        if match not in top.expressions:
            pruned += 1
            everything = store.db.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?",
                                          [match]).fetchone()[0]
            assert top.matched < 2 * everything
    assert pruned >= len(QUERIES) // 3, "most questions with a rare and a common word are pruned"


def test_a_rare_word_beside_common_ones_scores_a_fraction_of_the_matches(store):
    match = '"ofsted" OR "year" OR "budget" OR "report"'
    counts = {p: store.term_counts([p.strip('"')])[p.strip('"')] for p in or_phrases(match)}
    top = RecordingTop(store)
    got = top_k(top, match, 5, counts, store.passage_count)
    assert same(got, full_query(store, match, 5))
    assert match not in top.expressions
    everything = store.db.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", [match]).fetchone()[0]
    assert top.matched < everything / 2


@pytest.mark.parametrize("filters", [Filters(council="medway"), Filters(date_from="2019", date_to="2020"),
                                     Filters(council="kent", date_from="2021")])
def test_the_store_prunes_within_filters_and_gives_the_full_querys_top_k(store, filters):
    for match in QUERIES:
        got = store.fts_search(match, filters, limit=8)
        kept = set(store.filtered_ids(filters))
        everything = [(i, s) for i, s in full_query(store, match, 10_000) if i in kept][:8]
        assert same(got, everything), (match, filters)


def test_ties_come_in_id_order(store):
    match = '"ofsted" OR "pothole"'
    got = store.fts_search(match, limit=200)
    assert got == sorted(got, key=lambda kv: (-kv[1], kv[0]))


def test_expressions_other_than_an_or_of_phrases_are_run_as_they_are(store):
    assert or_phrases('"a" OR "b"') == ['"a"', '"b"']
    assert or_phrases('"a" AND "b"') is None and or_phrases("a OR b") is None
    top = RecordingTop(store)
    top_k(top, '"ofsted" AND "year"', 5, {}, store.passage_count)
    assert top.expressions == ['"ofsted" AND "year"']


def test_the_bound_is_fts5s_own_idf(store):
    """FTS5's BM25 of a one-phrase query is at most IDF × (k1 + 1): the bound the pruning relies on."""
    for word, _ in WORDS:
        count = store.term_counts([word])[word]
        best = full_query(store, f'"{word}"', 1)[0][1]
        assert 0 < best < fts5_idf(count, store.passage_count) * 2.2


class FilteredTop(RecordingTop):
    """The full query's top k among the passages in `kept`, as a filter's mask gives it."""

    def __init__(self, store: Store, kept: set[int]):
        super().__init__(store)
        self.kept = kept

    def __call__(self, expression: str, limit: int) -> list[tuple[int, float]]:
        self.expressions.append(expression)
        return [(i, s) for i, s in full_query(self.store, expression, 10_000) if i in self.kept][:limit]


def test_when_too_few_pass_a_filter_rarer_phrases_are_taken_in_instead_of_running_the_full_query(store):
    """When fewer than k of the rarest phrases' passages pass the filter, the next ones are searched
    (`(next) NOT (rare)`), as many as the share that passed calls for: the full query's top k, and the
    full query runs only where nothing could be set aside in the first place."""
    kept = set(store.filtered_ids(Filters(council="medway", date_from="2021")))
    assert 0 < len(kept) < store.passage_count / 8
    grown = 0
    for match in QUERIES:
        counts = {f'"{t}"': n for t, n in store.term_counts([p.strip('"') for p in or_phrases(match)]).items()}
        top = FilteredTop(store, kept)
        got = top_k(top, match, 8, counts, store.passage_count)
        assert same(got, FilteredTop(store, kept)(match, 8)), match
        prunable = sum(sorted(counts.values())[:-1]) >= 2 * 8   # the rarest phrases hold 2k without the commonest
        assert (match in top.expressions) == (not prunable), match
        grown += any(e.startswith("((") and ") NOT (" in e for e in top.expressions)
    assert grown >= len(QUERIES) // 4


def test_a_filter_keeping_few_passages_runs_the_full_query_once(store):
    """Its mask is tested before BM25, so only the kept matches are scored anyway."""
    filters = Filters(council="medway", date_from="2021")
    expressions = []
    running = store._keyword_top

    def recording(sql, params):
        expressions.append(params[0])
        return running(sql, params)
    store._keyword_top = recording
    try:
        for match in QUERIES:
            expressions.clear()
            store.fts_search(match, filters, limit=8)
            assert expressions == [match]
        expressions.clear()
        store.fts_search(QUERIES[-1], Filters(date_from="2019"), limit=8)     # keeps three years in four
        assert QUERIES[-1] not in expressions
    finally:
        del store._keyword_top
