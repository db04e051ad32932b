"""Shared fixtures: one real model per session, one index of the sample corpus."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2, loaded once."""
    from assistant.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder.load()


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory, embedder) -> Path:
    """An index of the sample corpus, built once per session."""
    from assistant.ingest import ingest

    index = tmp_path_factory.mktemp("sample-index")
    ingest(CORPUS, index, embedder)
    return index


@pytest.fixture(scope="session")
def sample_assistant(sample_index, embedder):
    from assistant import Assistant

    return Assistant.open(sample_index, embedder=embedder)


class HashEmbedder:
    """Tiny deterministic embedder for storage mechanics (not retrieval quality)."""

    name = "hash-embedder"
    dimension = 16
    max_tokens = 256

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, hash_word(word) % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2


class CountingEmbedder:
    """A model, counting how many texts it is asked to embed."""

    def __init__(self, model):
        self.model, self.texts = model, 0
        self.name, self.dimension, self.max_tokens = model.name, model.dimension, model.max_tokens

    def embed(self, texts):
        self.texts += len(texts)
        return self.model.embed(texts)

    def count_tokens(self, text):
        return self.model.count_tokens(text)


class HeldEmbedder(CountingEmbedder):
    """A model, except that embedding texts of which one contains `held` waits until `release` is set."""

    def __init__(self, model, held: str):
        super().__init__(model)
        self.held = held
        self.waiting, self.release = threading.Event(), threading.Event()

    def embed(self, texts):
        if any(self.held in t for t in texts):
            self.waiting.set()
            self.release.wait(120)
        return super().embed(texts)


def hash_word(word: str) -> int:
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(word))


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def assistant_over(tmp_path, embedder):
    """Build an Assistant with the real model over a small corpus: {file name: text}."""
    from assistant import Assistant

    opened = []

    def build(files: dict[str, str]):
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        opened.append(Assistant.build(corpus, tmp_path / "index", embedder=embedder))
        return opened[-1]

    yield build
    for assistant in opened:
        assistant.close()
