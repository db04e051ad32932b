"""Ingest time, passage count and index size for the sample corpus, alone and with QMSum.

    python bench/bench_ingest.py [--qmsum DIR]

Each corpus is ingested from scratch into a temporary folder; then the same
corpus again, to show the incremental path (nothing re-read).
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from assistant.embed import SentenceTransformerEmbedder
from assistant.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
QMSUM = ROOT.parent / "shared" / "benchmarks" / "qmsum-committee-corpus"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(name: str, corpora: list[Path], embedder) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        report = ingest(corpora, Path(tmp), embedder)
        again_started = time.perf_counter()
        again = ingest(corpora, Path(tmp), embedder)
        again_seconds = time.perf_counter() - again_started
        size = folder_size(Path(tmp)) / 1e6
    print(f"{name:<22} files {report.files_read:>3}  passages {report.total_passages:>5}  "
          f"ingest {report.seconds:7.1f} s  re-ingest (unchanged) {again_seconds:5.1f} s  "
          f"index {size:6.1f} MB  skipped {len(report.skipped) + len(again.skipped)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    args = parser.parse_args()
    started = time.perf_counter()
    embedder = SentenceTransformerEmbedder.load()
    print(f"model load {time.perf_counter() - started:.1f} s")
    measure("sample corpus", [ROOT / "corpus"], embedder)
    if args.qmsum.is_dir():
        measure("sample + QMSum", [ROOT / "corpus", args.qmsum], embedder)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
