"""The passage vectors: a FAISS index keyed by passage id, updated by id and saved atomically.

Exact (flat) search up to `APPROXIMATE_FROM` vectors; past that, the index becomes an
inverted file (IVF): the vectors are grouped around about 4·√n centroids and a question
scans the nearest `PROBE_SHARE` of the groups. Recall@10 against exact search is measured by
`bench/ann_recall.py` (docs/performance.md). A filtered search over few passages is exact
whatever the index: their vectors are read by id and compared one by one.

A filter reaches the search as a mask over passage ids (`allowed`): FAISS tests each
candidate against it as a bitmap (`IDSelectorBitmap`), so no list of ids is built.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import faiss
import numpy as np


APPROXIMATE_FROM = 50_000    # vectors; exact search of 100k takes 17 ms on one thread, the inverted file 2 ms
PROBE_SHARE = 0.15           # of the groups scanned per question (bench/ann_recall.py: recall@10 >= 0.95)
EXACT_UP_TO = 20_000         # a filter keeping at most this many passages is searched exactly
TRAINING_PER_LIST = 40       # vectors per group used to place the centroids
_INVERTED_FILE_KINDS = (b"IwFl",)   # how FAISS's file of an IndexIVFFlat begins


def _new_faiss_index(dimension: int) -> faiss.Index:
    """Exact inner product over normalised vectors (cosine), keyed by passage id."""
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))


def _inverted_file(vectors: np.ndarray, ids: np.ndarray) -> faiss.IndexIVFFlat:
    """An IVF index of these vectors, its centroids placed on a sample of them; vectors can be
    read and removed by id (a hash table from id to place)."""
    count, dimension = vectors.shape
    lists = max(1, int(4 * np.sqrt(count)))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, lists, faiss.METRIC_INNER_PRODUCT)
    sample = np.random.default_rng(0).choice(count, size=min(count, lists * TRAINING_PER_LIST), replace=False)
    index.train(vectors[np.sort(sample)])
    index.set_direct_map_type(faiss.DirectMap.Hashtable)
    index.add_with_ids(vectors, ids)
    return index


class VectorIndex:
    """Passage vectors by passage id. Not thread-safe for writes; searches may run concurrently."""

    def __init__(self, index: faiss.Index, approximate_from: int = APPROXIMATE_FROM, mapped: Path | None = None):
        self._index = index
        self.approximate_from = approximate_from
        self._mapped = mapped        # the file whose pages a memory-mapped index reads

    @classmethod
    def empty(cls, dimension: int, approximate_from: int = APPROXIMATE_FROM) -> "VectorIndex":
        return cls(_new_faiss_index(dimension), approximate_from)

    @classmethod
    def of(cls, ids: np.ndarray, vectors: np.ndarray, approximate_from: int = APPROXIMATE_FROM) -> "VectorIndex":
        """An index of these vectors built in one go: an inverted file's groups placed for all of
        them (added a batch at a time, it would keep the groups placed when it became approximate)."""
        ids, vectors = np.asarray(ids, dtype=np.int64), np.ascontiguousarray(vectors, dtype=np.float32)
        if len(ids) < approximate_from:
            index = cls.empty(vectors.shape[1], approximate_from)
            index.add(ids, vectors)
            return index
        return cls(_inverted_file(vectors, ids), approximate_from)

    @property
    def approximate(self) -> bool:
        return isinstance(self._index, faiss.IndexIVF)

    @classmethod
    def load(cls, path: Path | str, mmap: bool = False) -> "VectorIndex":
        """Read a saved index; FileNotFoundError when the file is not there.

        With `mmap`, the vectors stay in the file and are paged in as searches read them
        (read-only; the kernel shares the pages and may drop them again). A mapped file that
        is deleted stays readable until the index is dropped.
        """
        if not Path(path).is_file():
            raise FileNotFoundError(path)
        if not mmap:
            return cls(faiss.read_index(str(path)))
        with open(path, "rb") as handle:       # FAISS maps an inverted file's lists and a flat index's
            kind = handle.read(4)               # vectors with different flags
        if kind not in _INVERTED_FILE_KINDS:
            return cls(faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC), mapped=Path(path))
        index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP)
        # FAISS would start threads to read ahead every list a search scans (32 by default): CPU
        # spent, and the pages of a whole list read where a filter needs a few of its vectors
        faiss.downcast_InvertedLists(index.invlists).prefetch_nthread = 0
        return cls(index, mapped=Path(path))

    def will_need(self) -> None:
        """Ask the system to read a memory-mapped index's file ahead, in the background, so that
        the first searches do not wait on the disk (nothing for an index held in memory)."""
        if self._mapped is None or not hasattr(os, "posix_fadvise"):
            return
        try:
            with open(self._mapped, "rb") as handle:
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:       # replaced by a newer ingest: its mapping still reads the old pages
            pass

    def save_atomic(self, path: Path | str) -> None:
        """Write to a temporary name, fsync, then rename: the file at `path` is whole or absent."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        faiss.write_index(self._index, str(tmp))
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync(path.parent)

    @property
    def ntotal(self) -> int:
        return self._index.ntotal

    @property
    def dimension(self) -> int:
        return self._index.d

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors by id; the index becomes approximate once it holds `approximate_from`."""
        if len(ids):
            self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                     np.asarray(ids, dtype=np.int64))
        if not self.approximate and self.ntotal >= self.approximate_from:
            ids = self.ids()
            self._index = _inverted_file(self._index.index.reconstruct_n(0, self.ntotal), ids)

    def remove(self, ids) -> int:
        """Drop these ids (those not present are ignored); how many were removed."""
        ids = np.asarray(list(ids), dtype=np.int64)
        if not len(ids) or not self.ntotal:
            return 0
        if self.approximate:     # removal through the id hash table takes the ids as an array
            ids = np.array([i for i in ids.tolist() if self._has(i)], dtype=np.int64)
            return self._index.remove_ids(faiss.IDSelectorArray(ids)) if len(ids) else 0
        return self._index.remove_ids(faiss.IDSelectorBatch(ids))

    def ids(self) -> np.ndarray:
        """Every id held, in storage order."""
        if not self.approximate:
            return faiss.vector_to_array(self._index.id_map).astype(np.int64)
        lists = self._index.invlists
        held = [faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
                for i in range(self._index.nlist) if lists.list_size(i)]
        return np.concatenate(held).astype(np.int64) if held else np.zeros(0, dtype=np.int64)

    def vectors(self, ids) -> np.ndarray:
        """The stored vectors of these ids (each must be held), row by row."""
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return np.zeros((0, self.dimension), dtype=np.float32)
        with one_thread():
            return self._index.reconstruct_batch(ids)

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(id, inner product) of the k nearest, best first; only ids in `allowed`, when given:
        an array of ids, or a boolean mask indexed by id."""
        k = min(k, self.ntotal)
        mask = None if allowed is None else as_mask(allowed)
        kept = None if mask is None else int(np.count_nonzero(mask))
        if k <= 0 or kept == 0:
            return []
        query = np.asarray(query, dtype=np.float32).reshape(1, -1)
        with one_thread():
            if mask is not None and self.approximate and kept <= EXACT_UP_TO:
                return self._exact_among(query, np.flatnonzero(mask), k)
            bitmap = None if mask is None else np.packbits(mask, bitorder="little")   # FAISS reads bit i of byte i >> 3
            scores, ids = self._index.search(query, k, params=self._search_params(bitmap, kept))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def _search_params(self, bitmap: np.ndarray | None, kept: int | None) -> faiss.SearchParameters | None:
        selector = faiss.IDSelectorBitmap(bitmap) if bitmap is not None else None
        if not self.approximate:
            return faiss.SearchParameters(sel=selector) if selector is not None else None
        # a filter keeping a share of the passages leaves that share in each group: scan more groups
        share = 1.0 if kept is None else max(kept / self.ntotal, 1e-9)
        groups = self._index.nlist
        params = faiss.SearchParametersIVF(nprobe=min(groups, int(np.ceil(groups * PROBE_SHARE / share))))
        if selector is not None:
            params.sel = selector
        return params

    def _exact_among(self, query: np.ndarray, allowed: np.ndarray, k: int) -> list[tuple[int, float]]:
        present = np.asarray(allowed, dtype=np.int64)
        try:        # every id is held, as when the ids come from the same index version
            vectors = self._index.reconstruct_batch(present)
        except RuntimeError:
            present = np.array([i for i in present.tolist() if self._has(i)], dtype=np.int64)
            if not len(present):
                return []
            vectors = self._index.reconstruct_batch(present)
        scores = vectors @ query[0]
        best = np.argsort(-scores, kind="stable")[:k]
        return [(int(present[i]), float(scores[i])) for i in best]

    def _has(self, passage_id: int) -> bool:
        try:
            self._index.direct_map.get(passage_id)
        except RuntimeError:
            return False
        return True


@contextmanager
def one_thread() -> Iterator[None]:
    """FAISS on one OpenMP thread in this thread (the setting is per thread) for one query.

    Splitting one query's scan between two threads costs far more than it saves when the
    other core is busy (another question, an ingest): exact search of 100k vectors took
    60 ms on two threads and 17 ms on one, of 31k 30 ms against 3 ms, on this 2-core machine.
    Even a search FAISS keeps on one thread opens parallel regions (`IndexIDMap` translating
    the ids found, reading vectors by id): on the 116-passage sample index 0.1-0.8 ms on two
    threads against 0.02 ms on one, and the idle thread's spinning about 10 ms of CPU a question.
    """
    previous = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(previous)


def as_mask(allowed: np.ndarray) -> np.ndarray:
    """`allowed` as a boolean mask indexed by id (an array of ids is turned into one)."""
    allowed = np.asarray(allowed)
    if allowed.dtype == np.bool_:
        return allowed
    ids = allowed.astype(np.int64)
    mask = np.zeros(int(ids.max()) + 1 if len(ids) else 0, dtype=bool)
    mask[ids[ids >= 0]] = True
    return mask


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
