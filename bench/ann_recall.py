"""Recall@10 of the approximate vector index (IVF) against exact search, and its speed.

    python bench/ann_recall.py [--db INDEX/minutes.db] [--synthetic 1000000] [--share 0.05,0.1,0.15,0.2]

Vectors: the real MiniLM vectors of an index's passages and sentences (`--db`, e.g. the
eval index's database: about 30k vectors of real minutes), and/or `--synthetic N`
clustered vectors standing in for a large corpus. Queries are 200 vectors held out of
the index, slightly perturbed. Prints, per share of the groups scanned, recall@10 and ms per search, beside
exact search. Bounded: one build per data set, 200 queries per setting.
"""
from __future__ import annotations

import argparse
import glob
import sqlite3
import time

import numpy as np

from assistant import vector_index
from assistant.vector_index import VectorIndex

QUERIES, K = 200, 10


def real_vectors(db_path: str) -> np.ndarray:
    db = sqlite3.connect(db_path)
    passages = [np.frombuffer(r[0], np.float32) for r in db.execute("SELECT embedding FROM passages")]
    sentences = [np.frombuffer(r[0], np.float16).astype(np.float32) for r in db.execute("SELECT embedding FROM sentences")]
    db.close()
    return normalised(np.stack(passages + sentences))


def synthetic_vectors(count: int, dimension: int = 384, topics: int = 2000) -> np.ndarray:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(topics, dimension)).astype(np.float32)
    data = np.empty((count, dimension), dtype=np.float32)
    for start in range(0, count, 100_000):
        end = min(count, start + 100_000)
        data[start:end] = centres[rng.integers(0, topics, end - start)] + 0.6 * rng.normal(
            size=(end - start, dimension)).astype(np.float32)
    return normalised(data)


def normalised(data: np.ndarray) -> np.ndarray:
    return (data / np.linalg.norm(data, axis=1, keepdims=True)).astype(np.float32)


def measure(name: str, data: np.ndarray, probes: list[int]) -> None:
    rng = np.random.default_rng(1)
    held = rng.choice(len(data), QUERIES, replace=False)
    keep = np.setdiff1d(np.arange(len(data)), held)
    queries = normalised(data[held] + 0.05 * rng.normal(size=data[held].shape).astype(np.float32))
    ids = keep.astype(np.int64)
    exact = VectorIndex.empty(data.shape[1], approximate_from=len(data) + 1)
    exact.add(ids, data[keep])
    started = time.perf_counter()
    approx = VectorIndex.empty(data.shape[1], approximate_from=1)
    approx.add(ids, data[keep])
    built = time.perf_counter() - started
    truth: list[set] = []
    exact_ms = timed(lambda q: truth.append({i for i, _ in exact.search(q, K)}), queries)
    print(f"{name}: {len(keep):,} vectors, {approx._index.nlist} lists, IVF built in {built:.1f} s; "
          f"exact search {exact_ms:.1f} ms")
    for share in probes:
        vector_index.PROBE_SHARE = share
        found = []
        ms = timed(lambda q: found.append({i for i, _ in approx.search(q, K)}), queries)
        recall = np.mean([len(t & f) / K for t, f in zip(truth, found)])
        print(f"  {share:.0%} of the groups ({int(np.ceil(share * approx._index.nlist))}): recall@10 {recall:.3f}, {ms:.2f} ms per search")


def timed(search, queries: np.ndarray) -> float:
    started = time.perf_counter()
    for query in queries:
        search(query)
    return (time.perf_counter() - started) / len(queries) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None, help="an index's minutes.db (default: the eval index, if built)")
    parser.add_argument("--synthetic", type=int, default=0, help="also N clustered synthetic vectors")
    parser.add_argument("--share", default="0.05,0.1,0.15,0.2")
    args = parser.parse_args()
    probes = [float(p) for p in args.share.split(",")]
    db = args.db or next(iter(glob.glob(".eval-index/*/**/minutes.db", recursive=True)), None)
    if db:
        measure(f"real minutes vectors ({db})", real_vectors(db), probes)
    if args.synthetic:
        measure("synthetic clustered vectors", synthetic_vectors(args.synthetic), probes)


if __name__ == "__main__":
    main()
