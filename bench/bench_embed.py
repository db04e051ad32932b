"""Embedding speed of ingest, route by route, on real passages: passages/s with their sentences.

    python bench/bench_embed.py [--corpus DIR ...] [--passages N] [--routes standalone,late,...]

Routes (each embeds the same passages and every sentence of them):
  standalone    the passage, then each sentence in a second pass (ingest before late chunking)
  standalone-1t standalone on one thread
  late          one pass per passage; sentence vectors pooled from its tokens (late chunking)
  late-1t       late on one thread (torch.set_num_threads(1))
  late-bf16     late with bfloat16 matrix products (torch autocast; fast on CPUs with AMX)
  late-bf16-1t  late-bf16 on one thread
  late-files    late-bf16, all files in one call (batching across files) instead of file by file
  onnx-late     late chunking, float32, on an ONNX export run by onnxruntime (bench/onnx_route.py;
                needs `pip install onnx onnxruntime`, which the project does not depend on)
  onnx-1t       onnx-late on one thread
Passage vectors of every route are checked against the model's own `encode` (cosine).
On a shared machine wall time says little: passages per CPU-second (all threads' time) is
printed too; on one thread it is what one quiet core does.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from assistant.documents import find_documents, read_document
from assistant.embed import SentenceTransformerEmbedder, default_model_path
from assistant.ingest import _spans_in, passage_sentences
from assistant.passages import embedding_text, split_passages
from assistant.repeats import distinct_passages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
DEFAULT_CORPORA = [ROOT / "bench" / "realistic" / "corpus", ROOT.parent / "shared" / "benchmarks" / "qmsum-committee-corpus"]


def sample(corpora: list[Path], limit: int) -> list[tuple[list[str], list[list[tuple[int, int]]], list[str]]]:
    """Per file: passage embedding texts, sentence spans in them, sentence texts; `limit` passages
    taken round-robin over the corpora so each kind of document is in the sample."""
    per_corpus = [[p for p in find_documents(c)] for c in corpora if c.is_dir()]
    files, total = [], 0
    for paths in zip(*per_corpus):
        for path in paths:
            if total >= limit:
                return files
            doc = read_document(path)
            passages = distinct_passages(split_passages(doc)).passages[:limit - total]
            texts = [embedding_text(p) for p in passages]
            spans = [passage_sentences(doc.text, p) for p in passages]
            files.append((texts, [_spans_in(t, p, s) for t, p, s in zip(texts, passages, spans)],
                          [doc.text[a:b] for s in spans for a, b in s]))
            total += len(passages)
    return files


def standalone(embedder, files):
    return [(embedder.embed(texts), embedder.embed(sentences)) for texts, _, sentences in files]


def late(embedder, files):
    return [embedder.embed_with_sentences(texts, spans) for texts, spans, _ in files]


def late_files(embedder, files):
    texts = [t for f in files for t in f[0]]
    spans = [s for f in files for s in f[1]]
    return [embedder.embed_with_sentences(texts, spans)]


def timed(name, run, embedder, files, reference):
    started, cpu_started = time.perf_counter(), time.process_time()
    out = run(embedder, files)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    passages = sum(len(f[0]) for f in files)
    vectors = np.concatenate([o[0] for o in out])
    cosine = float(np.min(np.sum(vectors * reference, axis=1)))
    print(f"{name:<13} {passages:>5} passages  {seconds:7.1f} s  {passages / seconds:6.1f} passages/s  "
          f"CPU {cpu:7.1f} s  {passages / cpu:6.1f} passages/CPU-s  min passage cosine to encode {cosine:.5f}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--passages", type=int, default=300)
    parser.add_argument("--routes", default="standalone,standalone-1t,late,late-1t,late-bf16,late-bf16-1t,late-files,onnx-late,onnx-1t")
    args = parser.parse_args()
    import torch

    embedder = SentenceTransformerEmbedder.load(bf16=False)
    files = sample(args.corpus or DEFAULT_CORPORA, args.passages)
    texts = [t for f in files for t in f[0]]
    sentences = sum(len(f[2]) for f in files)
    tokens = np.mean([embedder.count_tokens(t) for t in texts])
    print(f"{len(files)} files, {len(texts)} passages, {sentences} sentences "
          f"({sentences / len(texts):.1f} a passage), {tokens:.0f} tokens a passage; "
          f"torch threads {torch.get_num_threads()}")
    reference = embedder.embed(texts)
    threads = torch.get_num_threads()
    bf16 = replace(embedder, bf16=True)
    for route in args.routes.split(","):
        if route.endswith("-1t"):
            torch.set_num_threads(1)
        if route in ("standalone", "standalone-1t"):
            timed(route, standalone, embedder, files, reference)
        elif route in ("late", "late-1t"):
            timed(route, late, embedder, files, reference)
        elif route in ("late-bf16", "late-bf16-1t"):
            timed(route, late, bf16, files, reference)
        elif route == "late-files":
            timed(route, late_files, bf16, files, reference)
        elif route in ("onnx-late", "onnx-1t"):
            try:
                from onnx_route import OnnxEncoder
                onnx = replace(embedder, encoder=OnnxEncoder.for_model(
                    embedder.model[0].auto_model, default_model_path(), threads=1 if route == "onnx-1t" else None))
            except ImportError as error:   # onnx or onnxruntime not installed: say so, measure the rest
                print(f"{route:<12} skipped: {error}")
                continue
            timed(route, late, onnx, files, reference)
        torch.set_num_threads(threads)

if __name__ == "__main__":
    main()
