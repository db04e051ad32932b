"""Values remembered per index version (assistant/version_cache.py), and the store's filter masks and
term counts, which must follow an ingest."""
from __future__ import annotations

import pytest

from assistant.ingest import ingest
from assistant.models import Filters
from assistant.store import Store
from assistant.version_cache import PerVersion


def test_a_value_is_kept_for_its_version_and_dropped_for_a_newer_one():
    cache, computed = PerVersion(), []

    def compute(value):
        computed.append(value)
        return value

    assert cache.get(1, "k", lambda: compute("a")) == "a"
    assert cache.get(1, "k", lambda: compute("b")) == "a"          # remembered
    assert cache.get(2, "k", lambda: compute("c")) == "c"          # a newer version: computed again
    assert cache.get(1, "k", lambda: compute("d")) == "d"          # an older reader: computed, not kept
    assert cache.get(2, "k", lambda: compute("e")) == "c"
    assert computed == ["a", "c", "d"]


def test_the_least_recently_used_value_goes_first():
    cache = PerVersion(limit=2)
    cache.get(1, "a", lambda: 1)
    cache.get(1, "b", lambda: 2)
    cache.get(1, "a", lambda: 0)      # used: "b" is now the oldest
    cache.get(1, "c", lambda: 3)
    assert len(cache) == 2
    assert cache.get(1, "b", lambda: "again") == "again"
    assert cache.get(1, "c", lambda: "again") == 3


MINUTES = "Agenda\n\n1. Libraries\n\nThe {council} library budget and the swimming pool were discussed.\n"


@pytest.fixture
def index(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    councils = {}

    def write(name: str, council: str) -> None:
        (corpus / f"{name}.txt").write_text(MINUTES.format(council=council), encoding="utf-8")
        councils[name] = council
        rows = ["file,council,committee,meeting_date,title,kind"] + [
            f"{n}.txt,{c} Council,Cabinet,2020-01-01,Minutes,minutes" for n, c in councils.items()]
        (corpus / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        ingest(corpus, tmp_path / "idx", hash_embedder)

    write("a", "Kent")
    write("b", "Medway")
    return tmp_path / "idx", write


@pytest.mark.parametrize("pinned", [False, True])
def test_a_filter_and_the_term_counts_follow_an_ingest(index, pinned):
    path, write = index
    store = Store.open(path)
    try:
        reader = store.snapshot() if pinned else store
        kent = Filters(council="kent")
        assert len(reader.filtered_ids(kent)) == 1
        assert reader.term_counts(["swimming"]) == {"swimming": 2}
        assert {h.doc_id for h in reader.hits(reader.fts_search('"swimming"', kent))} == {"a"}
        assert reader.distinct("council") == ["Kent Council", "Medway Council"]
        write("c", "Kent")                                    # a second Kent meeting: a new version
        write("d", "Wirral")
        if pinned:                                            # a snapshot keeps reading its version ...
            assert len(reader.filtered_ids(kent)) == 1 and reader.term_counts(["swimming"]) == {"swimming": 2}
            assert reader.distinct("council") == ["Kent Council", "Medway Council"]
            reader.close()
            reader = store.snapshot()                         # ... the next one reads the new one
        assert len(reader.filtered_ids(kent)) == 2
        assert reader.distinct("council") == ["Kent Council", "Medway Council", "Wirral Council"]
        assert reader.term_counts(["swimming"]) == {"swimming": 4}
        assert {h.doc_id for h in reader.hits(reader.fts_search('"swimming"', kent))} == {"a", "c"}
        ids = dict(reader.vector_search(reader.vectors._index.reconstruct(reader.filtered_ids(kent)[-1]), kent))
        assert set(ids) == set(reader.filtered_ids(kent))
        if pinned:
            reader.close()
    finally:
        store.close()
