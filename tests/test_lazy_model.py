"""The model is loaded when first needed: opening an index and a no-op ingest do not wait for it."""
from __future__ import annotations

import numpy as np
import pytest

from assistant import Assistant
from assistant.embed import DEFAULT_MODEL
from assistant.errors import ModelMismatch
from assistant.ingest import ingest
from assistant.lazy_model import LazyEmbedder

from conftest import CORPUS


def test_opening_an_index_does_not_load_the_model_and_the_first_question_does(sample_index, embedder):
    assistant = Assistant.open(sample_index)
    try:
        assert isinstance(assistant.embedder, LazyEmbedder)
        assert not assistant.embedder.loaded
        assert (assistant.embedder.name, assistant.embedder.dimension) == (DEFAULT_MODEL, embedder.dimension)
        assert not assistant.embedder.loaded, "name and dimension come from the index manifest"
        answer = assistant.ask("What did Ofsted say about caseloads?")
        assert assistant.embedder.loaded and answer.passages
        question = "What did Ofsted say about caseloads?"
        assert np.allclose(assistant.embedder.embed([question]), embedder.embed([question]), atol=1e-6)
    finally:
        assistant.close()


def test_a_noop_ingest_needs_no_model(tmp_path, embedder):
    ingest(CORPUS, tmp_path / "idx", embedder)
    lazy = LazyEmbedder.for_index(tmp_path / "idx")
    report = ingest(CORPUS, tmp_path / "idx", lazy)
    assert report.unchanged == 5 and report.files_read == 0
    assert not lazy.loaded


def test_preload_returns_at_once_and_the_model_arrives():
    lazy = LazyEmbedder()
    lazy.preload()
    vectors = lazy.embed(["budget"])        # waits for the background load
    assert lazy.loaded and vectors.shape == (1, lazy.dimension)


def test_a_model_of_another_dimension_than_the_index_is_refused_on_use():
    lazy = LazyEmbedder(DEFAULT_MODEL, dimension=768)
    with pytest.raises(ModelMismatch, match="768"):
        lazy.embed(["budget"])
    with pytest.raises(ModelMismatch):      # and stays refused
        lazy.embed(["budget"])
