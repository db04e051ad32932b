"""A tiny deterministic embedder for harnesses that test ingest mechanics, not retrieval quality."""
from __future__ import annotations

import numpy as np


class HashEmbedder:
    """Each word adds one to a dimension chosen by a fixed hash of the word; rows are unit length."""

    name = "hash-embedder"
    dimension = 16
    max_tokens = 256

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, _hash_word(word) % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2


def _hash_word(word: str) -> int:
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(word))
