"""The embedding model, loaded when first needed or in the background: opening an index does not wait for it.

Importing torch and loading MiniLM takes seconds; opening an index, serving the web page
and a no-op ingest need only the model's name and dimension, which the index manifest
records. `LazyEmbedder` knows those at once and loads the model on first use (or, after
`preload()`, in a background thread, so that `serve` answers while it loads).
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np

from .embed import DEFAULT_MODEL, SentenceTransformerEmbedder
from .errors import ModelMismatch
from .store import index_manifest

log = logging.getLogger(__name__)


def model_name(name_or_path: str | None) -> str:
    """The name an index records for a model (as `SentenceTransformerEmbedder.load` names it)."""
    return DEFAULT_MODEL if name_or_path in (None, DEFAULT_MODEL) else name_or_path


class LazyEmbedder:
    """An `Embedder` whose model is loaded on first use, or in the background after `preload()`."""

    def __init__(self, name_or_path: str | None = None, dimension: int | None = None):
        self.name = model_name(name_or_path)
        self._expected_dimension = dimension
        self._model: SentenceTransformerEmbedder | None = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None

    @classmethod
    def for_index(cls, index: Path | str, name_or_path: str | None = None) -> "LazyEmbedder":
        """The model an index was built with (or `name_or_path`), its dimension read from the manifest."""
        manifest = index_manifest(Path(index))
        name = model_name(name_or_path or (manifest.model if manifest else None))
        return cls(name, manifest.dimension if manifest and manifest.model == name else None)

    # -- loading
    @property
    def loaded(self) -> bool:
        return self._model is not None

    def preload(self) -> None:
        """Start loading the model in a background thread (once); returns at once."""
        with self._lock:
            if self._model is None and self._loader is None:
                self._loader = threading.Thread(target=self._load_quietly, name="load-model", daemon=True)
                self._loader.start()

    def model(self) -> SentenceTransformerEmbedder:
        """The loaded model, loading it here (or waiting for the background load) if need be."""
        if self._model is None:
            self.preload()
            self._loader.join()
            if self._error is not None:
                raise self._error
        return self._model

    def _load_quietly(self) -> None:
        try:
            model = SentenceTransformerEmbedder.load(None if self.name == DEFAULT_MODEL else self.name)
            expected = self._expected_dimension
            if expected is not None and model.dimension != expected:
                raise ModelMismatch(f"model {self.name!r} gives {model.dimension} dimensions but the index has "
                                    f"{expected}; rebuild it with `minutes-qa ingest --rebuild`")
            self._model = model
        except BaseException as error:   # kept for the caller that waits on the model
            log.warning("loading the model %s failed: %s", self.name, error)
            self._error = error

    # -- the Embedder protocol
    @property
    def dimension(self) -> int:
        return self._expected_dimension if self._expected_dimension is not None else self.model().dimension

    @property
    def max_tokens(self) -> int:
        return self.model().max_tokens

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.model().embed(texts)

    def count_tokens(self, text: str) -> int:
        return self.model().count_tokens(text)

    def embed_with_sentences(self, texts: list[str], spans: list[list[tuple[int, int]]]):
        """Passage vectors and late-chunked sentence vectors (`SentenceTransformerEmbedder`)."""
        return self.model().embed_with_sentences(texts, spans)
