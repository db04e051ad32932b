"""The vector index past its exact size: an inverted file, updated by id, close to exact search."""
from __future__ import annotations

import os

import faiss
import numpy as np
import pytest

from assistant.vector_index import VectorIndex

DIMENSION, COUNT = 24, 4000


@pytest.fixture(scope="module")
def vectors() -> tuple[np.ndarray, np.ndarray]:
    """Normalised vectors around 40 topics, as passages of a corpus cluster, keyed from 1000."""
    rng = np.random.default_rng(7)
    topics = rng.normal(size=(40, DIMENSION))
    data = topics[rng.integers(0, 40, COUNT)] + 0.4 * rng.normal(size=(COUNT, DIMENSION))
    data = (data / np.linalg.norm(data, axis=1, keepdims=True)).astype(np.float32)
    return np.arange(1000, 1000 + COUNT, dtype=np.int64), data


def both(vectors) -> tuple[VectorIndex, VectorIndex]:
    ids, data = vectors
    exact, approx = VectorIndex.empty(DIMENSION), VectorIndex.empty(DIMENSION, approximate_from=1000)
    exact.add(ids, data)
    approx.add(ids, data)
    return exact, approx


def test_the_index_becomes_approximate_at_its_size_and_keeps_every_id(vectors):
    ids, data = vectors
    index = VectorIndex.empty(DIMENSION, approximate_from=1000)
    index.add(ids[:999], data[:999])
    assert not index.approximate
    index.add(ids[999:], data[999:])
    assert index.approximate and index.ntotal == COUNT
    assert sorted(index.ids().tolist()) == ids.tolist()


def test_approximate_search_finds_most_of_what_exact_search_finds(vectors):
    ids, data = vectors
    exact, approx = both(vectors)
    rng = np.random.default_rng(3)
    found = []
    for row in rng.choice(COUNT, 50, replace=False):
        query = data[row] + 0.2 * rng.normal(size=DIMENSION).astype(np.float32)
        truth = {i for i, _ in exact.search(query, 10)}
        found.append(len(truth & {i for i, _ in approx.search(query, 10)}) / 10)
    assert np.mean(found) >= 0.9


def test_a_filtered_search_over_few_passages_is_exact(vectors):
    ids, data = vectors
    exact, approx = both(vectors)
    allowed = ids[500:700]
    for row in (3, 600, 3999):
        got, want = approx.search(data[row], 8, allowed), exact.search(data[row], 8, allowed)
        assert [i for i, _ in got] == [i for i, _ in want]
        assert [s for _, s in got] == pytest.approx([s for _, s in want], abs=1e-5)
        assert {i for i, _ in approx.search(data[row], 8, allowed)} <= set(allowed.tolist())


def test_a_filtered_search_over_many_passages_keeps_to_them(vectors):
    ids, data = vectors
    exact, approx = both(vectors)
    allowed = ids[::2]
    hits = approx.search(data[10], 10, allowed)
    assert len(hits) == 10 and {i for i, _ in hits} <= set(allowed.tolist())


def test_an_approximate_index_is_updated_by_id_and_saved_whole(vectors, tmp_path):
    ids, data = vectors
    _, approx = both(vectors)
    assert approx.remove([ids[0], ids[1], 99]) == 2
    assert approx.search(data[0], 5, ids[:3]) == [(int(ids[2]), pytest.approx(float(data[2] @ data[0])))]
    approx.add(ids[:1], data[:1])
    approx.save_atomic(tmp_path / "v.faiss")
    back = VectorIndex.load(tmp_path / "v.faiss")
    assert back.approximate and back.ntotal == COUNT - 1
    assert back.search(data[0], 1)[0][0] == ids[0]


class ThreadRecordingIndex(faiss.IndexIDMap2):
    """A real exact index that notes how many OpenMP threads each search may use."""

    threads_seen: list[int] = []     # FAISS objects take no new attributes

    def search(self, *args, **kwargs):
        ThreadRecordingIndex.threads_seen.append(faiss.omp_get_max_threads())
        return super().search(*args, **kwargs)


def test_a_question_searches_on_one_thread_and_leaves_the_setting_as_it_was(vectors):
    ids, data = vectors
    flat = faiss.IndexFlatIP(DIMENSION)
    index = VectorIndex(ThreadRecordingIndex(flat))
    index.add(ids, data)
    faiss.omp_set_num_threads(3)
    try:
        hits = index.search(data[0], 5)
        assert faiss.omp_get_max_threads() == 3
    finally:
        faiss.omp_set_num_threads(os.cpu_count() or 1)
    assert ThreadRecordingIndex.threads_seen == [1]
    assert hits[0][0] == ids[0]


def test_a_mask_over_ids_keeps_what_an_id_list_keeps(vectors):
    ids, data = vectors
    allowed = ids[5::9]
    mask = np.zeros(int(ids.max()) + 1, dtype=bool)
    mask[allowed] = True
    for index in both(vectors):
        for row in (3, 700, 2500):
            by_mask, by_ids = index.search(data[row], 10, mask), index.search(data[row], 10, allowed)
            assert by_mask == by_ids and {i for i, _ in by_mask} <= set(allowed.tolist())
        assert index.search(data[0], 10, np.zeros(len(mask), dtype=bool)) == []


def test_the_index_is_approximate_from_fifty_thousand_vectors():
    """The switch point that bench/ann_recall.py measured (recall@10 >= 0.95 at 15% of the groups)."""
    import faiss

    from assistant import vector_index

    assert vector_index.APPROXIMATE_FROM == 50_000
    rng = np.random.default_rng(0)
    data = rng.normal(size=(50_000, 8)).astype(np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True)
    index = VectorIndex.empty(8)
    index.add(np.arange(49_999), data[:-1])
    assert not index.approximate
    threads = faiss.omp_get_max_threads()
    index.add(np.array([49_999]), data[-1:])
    assert index.approximate and index.ntotal == 50_000
    assert index.search(data[7], 1)[0][0] == 7
    assert faiss.omp_get_max_threads() == threads, "a search restores the thread setting it changed"


def test_a_memory_mapped_index_answers_as_the_loaded_one_even_once_its_file_is_gone(vectors, tmp_path):
    ids, data = vectors
    mask = np.zeros(1000 + COUNT, dtype=bool)
    mask[ids[::3]] = True
    for index in both(vectors):
        path = tmp_path / f"{index.approximate}.faiss"
        index.save_atomic(path)
        loaded, mapped = VectorIndex.load(path), VectorIndex.load(path, mmap=True)
        path.unlink()                      # a newer ingest may delete it while a reader holds it
        for query in data[:20]:
            assert mapped.search(query, 10) == loaded.search(query, 10)
            assert mapped.search(query, 10, mask) == loaded.search(query, 10, mask)
        assert np.array_equal(mapped.vectors(ids[5:9]), data[5:9])
        assert sorted(mapped.ids().tolist()) == ids.tolist() and mapped.approximate == index.approximate


def test_an_index_built_in_one_go_places_its_groups_for_all_its_vectors(vectors):
    ids, data = vectors
    small = VectorIndex.of(ids[:500], data[:500], approximate_from=1000)
    assert not small.approximate and small.ntotal == 500
    whole = VectorIndex.of(ids, data, approximate_from=1000)
    grown = VectorIndex.empty(DIMENSION, approximate_from=1000)
    for start in range(0, COUNT, 500):
        grown.add(ids[start:start + 500], data[start:start + 500])
    assert whole.approximate and sorted(whole.ids().tolist()) == ids.tolist()
    assert whole._index.nlist == int(4 * np.sqrt(COUNT)) > grown._index.nlist
