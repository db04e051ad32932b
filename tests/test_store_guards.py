"""Full-text search never fails silently; filter values are matched literally (real SQLite and FAISS)."""
from __future__ import annotations

import random
import sqlite3

import pytest

from assistant.errors import InvalidDate, SearchFailed
from assistant.ingest import ingest
from assistant.models import Filters
from assistant.query import fts_expression, parse_query
from assistant.store import Store, filter_sql, like_escape

from test_store import MINUTES, make_corpus


@pytest.fixture
def index(tmp_path, hash_embedder):
    ingest(make_corpus(tmp_path / "c", MINUTES), tmp_path / "idx", hash_embedder)
    return tmp_path / "idx"


def break_full_text_index(index) -> None:
    db = sqlite3.connect(index / "minutes.db")
    db.execute("DROP TABLE passages_fts")
    db.commit()
    db.close()


def test_a_failing_full_text_search_is_an_error_not_an_empty_result(index):
    break_full_text_index(index)
    store = Store.open(index)
    with pytest.raises(SearchFailed, match="rebuild the index"):
        store.fts_search('"libraries"')
    with pytest.raises(SearchFailed):
        store.term_counts(["libraries"])


def test_any_question_becomes_a_query_full_text_search_can_run(index):
    """FTS5 syntax in a question (quotes, operators, NEAR, column filters) is always quoted away."""
    store = Store.open(index)
    rng = random.Random(5)
    alphabet = list('abcAB "\'*^:-+()NEAROTD{}[]\\.,;’“”\u00e9\u0301\u200b\t\n') + ["AND", "OR", "NOT", "NEAR("]
    tried = 0
    for _ in range(2000):
        question = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        query = parse_query(question)
        if query.terms:
            store.fts_search(fts_expression(query))
            store.term_counts(query.terms)
            tried += 1
    assert tried > 1000


def test_like_escape_makes_wildcards_literal():
    assert like_escape("50%_off\\") == "50\\%\\_off\\\\"
    where, params = filter_sql(Filters(council="a_b%"))
    assert "ESCAPE" in where and params == ["%a\\_b\\%%"]


def test_filter_values_match_literally_in_sqlite(index):
    store = Store.open(index)
    assert store.filtered_ids(Filters(council="_")) == []
    assert store.filtered_ids(Filters(council="%")) == []


def test_a_date_filter_that_is_not_a_date_is_an_error_never_dropped():
    for value in ("abc", "2019-13", "31/02/2019"):
        with pytest.raises(InvalidDate):
            filter_sql(Filters(date_from=value))
    assert filter_sql(Filters(date_from="2019")) == ("d.date_end >= ?", ["2019-01-01"])
