"""Late-chunked sentence vectors and bfloat16 ingest, with the real model on real minutes."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

import assistant.ingest as ingest_module
from assistant.documents import read_document
from assistant.embed import pool_spans
from assistant.ingest import _spans_in, embed_passages, ingest, passage_sentences
from assistant.passages import embedding_text, split_passages
from assistant.store import Store
from assistant.models import Passage

from conftest import CORPUS, HashEmbedder


def sample_passages(least_sentences: int = 3, count: int = 12):
    """Passages of the sample minutes with several sentences: (embedding text, spans in it, sentences)."""
    found = []
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md")):
        doc = read_document(path)
        for passage in split_passages(doc):
            spans = passage_sentences(doc.text, passage)
            if len(spans) >= least_sentences:
                text = embedding_text(passage)
                found.append((text, _spans_in(text, passage, spans), [doc.text[s:e] for s, e in spans]))
            if len(found) == count:
                return found
    return found


def test_spans_point_at_the_same_sentences_in_the_embedding_text():
    passages = sample_passages()
    assert passages
    for text, spans, sentences in passages:
        assert [text[s:e] for s, e in spans] == sentences


def test_late_chunking_gives_one_vector_per_sentence_closest_to_its_own_sentence(embedder):
    """Read in context, a sentence's vector is nearer its own standalone embedding than any other
    sentence of its passage's for most sentences (0.87 over 60 passages; spans shifted by one
    sentence give 0.03); list items asking alike questions are where it is not."""
    passages = sample_passages()
    vectors, per_passage = embedder.embed_with_sentences([p[0] for p in passages], [p[1] for p in passages])
    assert vectors.shape == (len(passages), embedder.dimension)
    own = []
    for (text, spans, sentences), late in zip(passages, per_passage):
        assert late.shape == (len(spans), embedder.dimension)
        assert np.allclose(np.linalg.norm(late, axis=1), 1, atol=1e-5)
        similarity = late @ embedder.embed(sentences).T
        own += [row.argmax() == i for i, row in enumerate(similarity)]
    assert len(own) >= 40 and np.mean(own) >= 0.8


def test_late_chunking_leaves_passage_vectors_as_the_model_pools_them(embedder):
    passages = sample_passages()
    texts = [p[0] for p in passages]
    vectors, _ = embedder.embed_with_sentences(texts, [p[1] for p in passages])
    encoded = embedder.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    assert np.min(np.sum(vectors * encoded, axis=1)) >= 0.9999


def test_a_sentence_past_the_length_limit_is_embedded_on_its_own(embedder):
    filler = "The committee noted the report of the officer. " * 80     # far past 256 tokens
    last = "Members approved the allotment rents for the coming year."
    text = filler + last
    _, (late,) = embedder.embed_with_sentences([text], [[(0, 47), (len(filler), len(text))]])
    assert float(late[1] @ embedder.embed([last])[0]) >= 0.9999
    assert float(late[0] @ embedder.embed([filler[:46]])[0]) < 0.9999   # read in context, not alone


def test_pool_spans_averages_the_tokens_inside_each_span_and_skips_special_tokens():
    tokens = np.array([[9.0, 9.0], [1.0, 0.0], [0.0, 1.0], [3.0, 0.0], [9.0, 9.0]])
    offsets = np.array([[0, 0], [0, 4], [5, 9], [10, 14], [0, 0]])        # [CLS] w1 w2 w3 [SEP]
    pooled = pool_spans(tokens, offsets, [(0, 9), (10, 14), (20, 25)], seen=14)
    assert np.allclose(pooled[0], [2 ** -0.5, 2 ** -0.5])
    assert np.allclose(pooled[1], [1.0, 0.0])
    assert not pooled[2].any()      # beyond what the model read: left for a standalone embedding


def test_ingest_without_embed_with_sentences_embeds_each_sentence(hash_embedder):
    doc = read_document(sorted(CORPUS.glob("*.txt"))[0])
    found = split_passages(doc)[:3]
    spans = [passage_sentences(doc.text, p) for p in found]
    vectors, sentence_vectors = embed_passages(hash_embedder, doc.text, found, spans, {})
    assert vectors.shape == (3, hash_embedder.dimension)
    expected = hash_embedder.embed([doc.text[s:e] for row in spans for s, e in row])
    assert np.allclose(sentence_vectors, expected)


def test_bfloat16_vectors_match_float32(embedder):
    passages = sample_passages()
    texts, spans = [p[0] for p in passages], [p[1] for p in passages]
    half_vectors, half_sentences = replace(embedder, bf16=True).embed_with_sentences(texts, spans)
    full_vectors, full_sentences = replace(embedder, bf16=False).embed_with_sentences(texts, spans)
    assert np.min(np.sum(half_vectors * full_vectors, axis=1)) >= 0.9999
    both = np.sum(np.concatenate(half_sentences) * np.concatenate(full_sentences), axis=1)
    assert np.min(both) >= 0.9999


class CountingEmbedder(HashEmbedder):
    """The hash embedder with late chunking's interface, recording what it was asked to embed."""

    def __init__(self):
        self.passages: list[str] = []
        self.sentences: list[str] = []

    def embed(self, texts):
        self.sentences.extend(texts)
        return super().embed(texts)

    def embed_with_sentences(self, texts, spans):
        self.passages.extend(texts)
        return super().embed(texts), [super(CountingEmbedder, self).embed([t[s:e] for s, e in row]).reshape(
            len(row), self.dimension) for t, row in zip(texts, spans)]


def test_ingest_pools_sentences_from_passages_and_reuses_unchanged_ones(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    long_point = " ".join(f"word{i}" for i in range(130))      # long enough to be a passage alone
    first = f"Budget\n\n1. First point stays. It has {long_point}.\n\n2. Second point stays."
    (corpus / "a.txt").write_text(first)
    embedder = CountingEmbedder()
    ingest(corpus, tmp_path / "idx", embedder)
    assert embedder.passages and not embedder.sentences      # no second pass for sentences
    store = Store.open(tmp_path / "idx")
    stored = store.sentence_vectors([pid for pid, _ in store.fts_search('"stays"')])
    assert sum(len(vectors) for _, vectors in stored.values()) >= 3
    embedder.passages.clear()
    (corpus / "a.txt").write_text(first + "\n\n3. A new point.")
    ingest(corpus, tmp_path / "idx", embedder)
    assert any("A new point." in p for p in embedder.passages)
    assert not any("First point stays." in p for p in embedder.passages)


def test_vectors_made_before_late_chunking_are_not_reused(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Budget\n\n1. First point stays.\n\n2. Second point stays.")
    monkeypatch.setattr(ingest_module, "EMBEDDING_PREFIX", "")      # an index from before the version
    ingest(corpus, tmp_path / "idx", HashEmbedder())
    monkeypatch.undo()
    embedder = CountingEmbedder()
    report = ingest(corpus, tmp_path / "idx", embedder)
    assert report.files_read == 1 and any("First point stays." in p for p in embedder.passages)


def test_the_lazily_loaded_model_late_chunks_too(embedder):
    """Assistant.build ingests through LazyEmbedder: without this, ingest would fall back to
    embedding every sentence on its own."""
    from assistant.lazy_model import LazyEmbedder

    lazy = LazyEmbedder()
    lazy._model = embedder        # the session's loaded model, not a second load
    passages = sample_passages(count=3)
    vectors, sentences = lazy.embed_with_sentences([p[0] for p in passages], [p[1] for p in passages])
    direct, _ = embedder.embed_with_sentences([p[0] for p in passages], [p[1] for p in passages])
    assert np.allclose(vectors, direct) and [len(s) for s in sentences] == [len(p[1]) for p in passages]


def test_a_few_texts_are_embedded_as_encode_embeds_them(embedder):
    """Questions skip `encode`'s set-up (`_embed_few`); their vectors must not change."""
    texts = ["What did Ofsted say about caseloads?", "Wer führt den Vorsitz? Café, naïve — “quotes”",
             "budget " * 400, "x"]
    for batch in ([texts[0]], texts[:2], texts, texts[2:]):
        expected = embedder.model.encode(batch, normalize_embeddings=True, convert_to_numpy=True)
        got = embedder.embed(batch)
        assert got.dtype == np.float32 and got.shape == expected.shape
        np.testing.assert_allclose(got, expected, atol=1e-5)
        np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_one_text_goes_through_the_traced_transformer_and_gets_the_models_vector_bit_for_bit(embedder):
    """A question's vector comes from the traced transformer (`traced_transformer`), exactly as the
    model gives it, for questions of many lengths, one cut off at the model's limit included."""
    import torch

    from assistant.embed import one_thread

    questions = ["x", "What did Ofsted say about caseloads?", "Wer führt den Vorsitz? Café, naïve — “quotes”",
                 "How many education health and care plans were issued within 20 weeks in 2021 and 2022?",
                 "budget " * 400]
    for question in questions:
        got = embedder.embed([question])
        with one_thread(), torch.inference_mode():      # the same thread count: MKL's sums depend on it
            eager = embedder.model(embedder.model.preprocess([question]))["sentence_embedding"].float().numpy()
        assert np.array_equal(got, (eager / np.linalg.norm(eager, axis=1, keepdims=True)).astype(np.float32))
    assert embedder._one_text, "the transformer was traced"


def test_a_trace_that_differs_from_the_model_is_not_used(embedder):
    """The check at tracing: a transformer whose trace would not give the model's vectors stays eager."""
    from assistant.embed import one_thread, traced_transformer

    model = embedder.model
    features = model.preprocess(["What was decided about the budget?"])
    with one_thread():
        assert traced_transformer(model, features) is not None
    pooling = model[1]
    original = pooling.forward
    calls = []

    def drifting(features):        # the model's own pooling, a hair off on every call after the trace's
        calls.append(1)
        out = original(features)
        if len(calls) > 1:
            out["sentence_embedding"] = out["sentence_embedding"] * (1 + 1e-6 * len(calls))
        return out
    pooling.forward = drifting
    try:
        with one_thread():
            assert traced_transformer(model, features) is None
    finally:
        pooling.forward = original


def test_a_passage_without_sentences_is_reused_from_the_cache(embedder):
    text = "1. Parking\n\nThe Cabinet agreed new parking charges for the town centre.\n\n2. Any other business"
    first = Passage("d", 0, 0, 60, text[:60], heading="1. Parking")
    last = Passage("d", 1, 62, len(text), text[62:], heading="2. Any other business")
    spans = [[(11, 60)], []]                      # the last passage: a heading alone, no sentence
    vectors, sentences = embed_passages(embedder, text, [first, last], spans, {})
    cached = {embedding_text(p): v for p, v in zip([first, last], vectors)}
    cached[(embedding_text(first), text[11:60])] = sentences[0]     # as `Store.previous_vectors` keys it
    again, again_sentences = embed_passages(embedder, text, [first, last], spans, cached)
    assert again_sentences.shape == (1, embedder.dimension)
    assert np.allclose(again, vectors) and np.allclose(again_sentences, sentences)


def test_a_sentence_repeated_under_two_items_keeps_each_items_vector_when_reused(tmp_path, embedder):
    """Late chunking reads a sentence in its passage: "Minutes:" under one item is not "Minutes:" under another.
    Re-reading a changed document reuses each unchanged passage's own sentence vectors, so the index is the one a
    fresh build would make."""
    long_item = " ".join(f"word{i}" for i in range(130))      # long enough to be a passage alone
    first = (f"1. Parking charges\n\nMinutes:\n\nThe Cabinet agreed new parking charges. {long_item}.\n\n"
             f"2. Library hours\n\nMinutes:\n\nThe Cabinet extended the library's opening hours. {long_item}.")
    changed = first + "\n\n3. Any other business\n\nMinutes:\n\nThere was no other business."

    def minutes_vectors(folder):
        store = Store.open(folder)
        text = store.document_text("a")
        rows = store.db.execute('SELECT p.heading, s.start, s."end", s.embedding FROM sentences s'
                                " JOIN passages p ON p.id = s.passage_id").fetchall()
        found = {(heading, text[start:end]): np.frombuffer(blob, np.float16) for heading, start, end, blob in rows}
        store.close()
        return {key: vector for key, vector in found.items() if key[1] == "Minutes:"}

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(first)
    ingest(corpus, tmp_path / "reused", embedder)
    (corpus / "a.txt").write_text(changed)
    ingest(corpus, tmp_path / "reused", embedder)
    ingest(corpus, tmp_path / "fresh", embedder)
    reused, fresh = minutes_vectors(tmp_path / "reused"), minutes_vectors(tmp_path / "fresh")
    assert len(reused) >= 2 and reused.keys() == fresh.keys()
    for key in fresh:
        assert np.allclose(reused[key], fresh[key], atol=1e-3), key
