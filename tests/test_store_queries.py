"""Keyword top-k with filters as id ranges (assistant/store_queries.py), on real SQLite."""
from __future__ import annotations

import csv
import sqlite3

import pytest

from assistant import store_queries
from assistant.ingest import ingest
from assistant.migrations import migrate
from assistant.models import Filters
from assistant.query import parse_query
from assistant.search import keyword_match, term_weights, weightless_terms
from assistant.settings import DEFAULT
from assistant.store import Store, filter_sql
from assistant.store_queries import id_mask, kept_ranges

COUNCILS = ["Kent County Council", "Medway Council", "Wirral Council"]


@pytest.fixture
def store(tmp_path, hash_embedder):
    """Twelve meetings of three councils over four years, each with several passages about budgets."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = []
    for n in range(12):
        council, year = COUNCILS[n % 3], 2017 + n % 4
        items = "\n\n".join(f"{i}. The budget for libraries item {i} of meeting {n} was discussed at length "
                            + "by members and officers. " * 12 + ("The swimming pool was closed." if n % 4 == i else "")
                            for i in range(1, 5))
        (corpus / f"m{n:02d}.txt").write_text(f"Agenda item\n\nBudget\n\n{items}\n", encoding="utf-8")
        rows.append([f"m{n:02d}.txt", council, "Cabinet", f"{year}-05-0{1 + n % 9}", "Budget", "minutes"])
    with open(corpus / "manifest.csv", "w", newline="") as handle:
        csv.writer(handle).writerows([["file", "council", "committee", "meeting_date", "title", "kind"], *rows])
    ingest(corpus, tmp_path / "idx", hash_embedder)
    opened = Store.open(tmp_path / "idx")
    yield opened
    opened.close()


def joined_search(store: Store, match: str, filters: Filters | None, limit: int) -> list[tuple[int, float]]:
    """The plain SQL way: join every match to its document and filter there."""
    where, params = filter_sql(filters)
    rows = store.db.execute(
        "SELECT p.id, -bm25(passages_fts, 1.0, 0.5, 0.3) AS score FROM passages_fts JOIN passages p"
        f" ON p.id = passages_fts.rowid JOIN documents d ON d.doc_id = p.doc_id WHERE passages_fts MATCH ?"
        f" AND {where} ORDER BY score DESC, p.id LIMIT ?", [match, *params, limit]).fetchall()
    return [(r[0], round(r[1], 6)) for r in rows]


@pytest.mark.parametrize("filters", [None, Filters(council="medway"), Filters(date_from="2019", date_to="2019"),
                                     Filters(council="kent", date_from="2018"), Filters(council="nowhere")])
def test_filtered_keyword_search_equals_joining_every_match(store, filters):
    got = store.fts_search('"budget" OR "libraries" OR "meeting"', filters, limit=10)
    assert sorted((i, round(s, 6)) for i, s in got) == sorted(joined_search(
        store, '"budget" OR "libraries" OR "meeting"', filters, 10))
    if filters == Filters(council="nowhere"):
        assert got == []
    else:
        assert got, "the filter keeps some passages"
    wanted = {d.doc_id for d in store.documents() if filters is None or
              (not filters.council or filters.council in d.council.lower())}
    assert {h.doc_id for h in store.hits(got)} <= wanted


def test_filtered_ids_are_the_passages_of_the_kept_documents(store):
    ids = store.filtered_ids(Filters(council="wirral"))
    rows = store.db.execute("SELECT p.id FROM passages p JOIN documents d ON d.doc_id = p.doc_id"
                            " WHERE d.council = 'Wirral Council'").fetchall()
    assert sorted(ids) == sorted(r[0] for r in rows) and ids


def test_ranges_of_a_document_whose_ids_are_not_one_run():
    db = sqlite3.connect(":memory:")
    migrate(db)
    for doc_id in ("a", "b"):
        db.execute("INSERT INTO documents (doc_id, path, council, signature, text) VALUES (?, ?, ?, '', '')",
                   [doc_id, doc_id, "Kent County Council" if doc_id == "a" else "Medway Council"])
    for pid, doc_id in [(1, "a"), (2, "b"), (3, "a"), (4, "a"), (5, "b")]:    # interleaved
        db.execute("INSERT INTO passages (id, doc_id, seq, start, \"end\", paragraphs, text, embedding)"
                   " VALUES (?, ?, ?, 0, 1, '[]', 'x', x'00')", [pid, doc_id, pid])
    db.execute("UPDATE documents SET (first_passage, last_passage, passage_count) ="
               " (SELECT min(id), max(id), count(*) FROM passages p WHERE p.doc_id = documents.doc_id)")
    ranges = kept_ranges(db, *filter_sql(Filters(council="kent")))
    assert ranges == [(1, 1), (3, 3), (4, 4)]
    assert [i for i, allowed in enumerate(id_mask(ranges)) if allowed] == [1, 3, 4]
    assert kept_ranges(db, *filter_sql(Filters(council="medway"))) == [(2, 2), (5, 5)]


def test_each_documents_passage_ids_are_stored_at_ingest(store):
    stored = store.db.execute("SELECT doc_id, first_passage, last_passage, passage_count FROM documents").fetchall()
    grouped = {doc: (first, last, count) for doc, first, last, count in store.db.execute(
        "SELECT doc_id, min(id), max(id), count(*) FROM passages GROUP BY doc_id")}
    assert stored and all(grouped.get(doc, (None, None, 0)) == (first, last, count)
                          for doc, first, last, count in stored)


def test_a_term_in_half_the_passages_or_more_adds_nothing_to_bm25(store):
    """Why `weightless_terms` may drop such terms: FTS5 gives them an IDF of 1e-6."""
    counts = store.term_counts(["budget", "swimming"])
    assert counts["budget"] == store.passage_count and 0 < counts["swimming"] < store.passage_count / 2
    weights = term_weights(["budget", "swimming"], counts, store.passage_count)
    assert weightless_terms(weights) == ["budget"]
    without = dict(store.fts_search('"swimming"', limit=50))
    assert len(without) == counts["swimming"]
    with_it = dict(store.fts_search('"swimming" OR "budget"', limit=len(without)))
    assert with_it.keys() == without.keys()
    assert all(abs(with_it[i] - without[i]) < 1e-4 for i in without)


def test_weightless_terms_are_left_out_of_the_match_unless_nothing_else_is_left():
    total = 100
    weights = term_weights(["council", "ofsted"], {"council": 50, "ofsted": 49}, total)
    assert weightless_terms(weights) == ["council"]
    query = parse_query("What did the council say about Ofsted?")
    assert keyword_match(query, DEFAULT, weights) == '"ofsted"'
    assert keyword_match(query, DEFAULT) == '"council" OR "ofsted"'
    only = parse_query("What did the council say?")
    assert keyword_match(only, DEFAULT, term_weights(["council"], {"council": 90}, total)) == '"council"'


def test_the_keyword_mask_keeps_exactly_the_ids_whose_byte_is_one(store):
    """The mask is a blob parameter read with `substr`: a byte of 1 keeps a match, 0 or an id past
    the blob's end does not."""
    match = '"budget" OR "libraries"'
    everything = store.fts_search(match, limit=1000)
    ids = sorted(i for i, _ in everything)
    keep = set(ids[::3])
    mask = bytearray(max(keep) + 1)          # ends at the last kept id: later ids fall past its end
    for i in keep:
        mask[i] = 1
    sql, params = store_queries.keyword_sql(match, (0.5, 0.3), 1000, masked=True)
    got = [(r[0], r[1]) for r in store.db.execute(sql, [params[0], bytes(mask), params[1]])]
    assert [i for i, _ in got] == [i for i, _ in everything if i in keep]
    assert max(ids) > max(keep)
