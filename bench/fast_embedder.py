"""A fast deterministic stand-in for the model, for benchmarks of storage (never of retrieval quality).

Each word adds a fixed pseudo-random unit vector (seeded by its CRC32); the sum is
normalised. Same text, same vector; 384 dimensions like all-MiniLM-L6-v2, so vector
files have the real model's size.
"""
from __future__ import annotations

import zlib

import numpy as np


class FastEmbedder:
    name = "fast-bench-embedder"
    dimension = 384
    max_tokens = 256

    def __init__(self, vocabulary: int = 4096):
        rng = np.random.default_rng(0)
        table = rng.standard_normal((vocabulary, self.dimension)).astype(np.float32)
        self._table = table / np.linalg.norm(table, axis=1, keepdims=True)
        self.seconds = 0.0          # time spent embedding, so benchmarks can leave it out

    def embed(self, texts: list[str]) -> np.ndarray:
        import time

        started = time.perf_counter()
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        size = len(self._table)
        for row, text in enumerate(texts):
            rows = [zlib.crc32(word.encode()) % size for word in text.lower().split()]
            if rows:
                vectors[row] = self._table[rows].sum(axis=0)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        self.seconds += time.perf_counter() - started
        return vectors / np.where(norms == 0, 1, norms)

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2
