"""The passage vectors: a FAISS index keyed by passage id, updated by id and saved atomically.

The kind of FAISS index is chosen in `_new_faiss_index` only, so a later approximate
index (IVF past some size) changes this module and nothing else.
"""
from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np


def _new_faiss_index(dimension: int) -> faiss.Index:
    """Exact inner product over normalised vectors (cosine), keyed by passage id."""
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))


class VectorIndex:
    """Passage vectors by passage id. Not thread-safe for writes; searches may run concurrently."""

    def __init__(self, index: faiss.Index):
        self._index = index

    @classmethod
    def empty(cls, dimension: int) -> "VectorIndex":
        return cls(_new_faiss_index(dimension))

    @classmethod
    def load(cls, path: Path | str) -> "VectorIndex":
        """Read a saved index; FileNotFoundError when the file is not there."""
        if not Path(path).is_file():
            raise FileNotFoundError(path)
        return cls(faiss.read_index(str(path)))

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
        if len(ids):
            self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                     np.asarray(ids, dtype=np.int64))

    def remove(self, ids) -> int:
        """Drop these ids (those not present are ignored); how many were removed."""
        ids = np.asarray(list(ids), dtype=np.int64)
        if not len(ids) or not self.ntotal:
            return 0
        return self._index.remove_ids(faiss.IDSelectorBatch(ids))

    def ids(self) -> np.ndarray:
        """Every id held, in storage order."""
        return faiss.vector_to_array(self._index.id_map).astype(np.int64)

    def search(self, query: np.ndarray, k: int,
               allowed: faiss.IDSelector | None = None) -> list[tuple[int, float]]:
        """(id, inner product) of the k nearest, best first; only ids `allowed` lets through."""
        k = min(k, self.ntotal)
        if k <= 0:
            return []
        params = faiss.SearchParameters(sel=allowed) if allowed is not None else None
        scores, ids = self._index.search(np.asarray(query, dtype=np.float32).reshape(1, -1), k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
