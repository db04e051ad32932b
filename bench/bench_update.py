"""What an update costs: no-op re-ingest, one file changed, one file added, and disk use.

    PYTHONPATH=. python bench/bench_update.py [--passages 10000] [--keep DIR]

Writes a synthetic corpus of about N passages (~33 per file, like a council's minutes),
ingests it with a fast deterministic embedder (bench/fast_embedder.py), then times
each kind of re-ingest through `assistant.ingest.ingest`, the same call `minutes-qa
ingest` makes. Embedding time is printed apart. Disk is the index folder against one
fresh copy of it (the live database VACUUMed into a new file plus its vector file).
Works on this layout and on the older one (CURRENT naming a gen-N folder), so the same
script measures both.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fast_embedder import FastEmbedder  # noqa: E402

from assistant.ingest import ingest  # noqa: E402

PARAGRAPHS_PER_FILE = 33
WORDS = ("budget council committee members agreed report school social care housing roads transport "
         "planning children services director officer scrutiny cabinet funding review improvement plan "
         "recruitment staff agency caseloads ofsted inspection library parks waste recycling climate "
         "strategy consultation residents ward councillor motion resolved noted approved deferred").split()


def paragraph(rng: random.Random, number: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(60, 90))]
    sentences = [" ".join(words[i:i + 15]).capitalize() + "." for i in range(0, len(words), 15)]
    return f"{number}. " + " ".join(sentences)


def minutes(rng: random.Random, index: int) -> str:
    head = (f"Benchshire Council\nCommittee {index % 12}\n"
            f"Minutes of the meeting held on {1 + index % 28} March {2010 + index % 12}\n\n")
    items = []
    for item in range(PARAGRAPHS_PER_FILE // 3):
        items.append(f"{item + 1}. Item {item + 1} {rng.choice(WORDS).title()}\n\n"
                     + "\n\n".join(paragraph(rng, item * 3 + n + 1) for n in range(3)))
    return head + "\n\n".join(items) + "\n"


def write_corpus(folder: Path, files: int, seed: int = 1) -> None:
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    for index in range(files):
        (folder / f"m{index:05d}.txt").write_text(minutes(rng, index), encoding="utf-8")
    past = time.time() - 3600        # files that were not written a moment ago
    for path in folder.iterdir():
        os.utime(path, (past, past))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def live_files(index: Path) -> tuple[Path, Path]:
    """The live database and vector file, in either layout."""
    current = index / "CURRENT"
    if current.exists():
        generation = index / current.read_text().strip()
        return generation / "minutes.db", generation / "vectors.faiss"
    db = sqlite3.connect(index / "minutes.db")
    name = dict(db.execute("SELECT key, value FROM meta"))["vectors_file"]
    db.close()
    return index / "minutes.db", index / name


def one_copy_size(index: Path, scratch: Path) -> int:
    database, vectors = live_files(index)
    copy = scratch / "one-copy.db"
    copy.unlink(missing_ok=True)
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    db.execute(f"VACUUM INTO '{copy}'")
    db.close()
    size = copy.stat().st_size + vectors.stat().st_size
    copy.unlink()
    return size


def timed(label: str, corpus: Path, index: Path, embedder: FastEmbedder) -> None:
    embedder.seconds = 0.0
    started = time.perf_counter()
    report = ingest(corpus, index, embedder)
    seconds = time.perf_counter() - started
    print(f"{label:<26} {seconds:8.2f} s   embedding {embedder.seconds:6.2f} s   "
          f"read {report.files_read:>5}  unchanged {report.unchanged:>5}  passages {report.total_passages:>7}  "
          f"index {folder_size(index) / 1e6:8.1f} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) instead of a temporary one")
    args = parser.parse_args()
    files = max(2, args.passages // PARAGRAPHS_PER_FILE)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-update-"))
    try:
        corpus, index = work / "corpus", work / "index"
        if not corpus.exists():
            write_corpus(corpus, files)
        embedder = FastEmbedder()
        print(f"{files} files, code from {Path(sys.modules['assistant.ingest'].__file__).parent.parent}")
        timed("build", corpus, index, embedder)
        timed("no-op re-ingest", corpus, index, embedder)
        timed("no-op re-ingest (again)", corpus, index, embedder)
        changed = corpus / "m00007.txt"
        changed.write_text(changed.read_text() + "\n\n99. A late item on the budget was noted.\n")
        timed("one file changed", corpus, index, embedder)
        (corpus / "added.txt").write_text(minutes(random.Random(99), 99_999), encoding="utf-8")
        timed("one file added", corpus, index, embedder)
        timed("no-op re-ingest", corpus, index, embedder)
        size, copy = folder_size(index), one_copy_size(index, work)
        print(f"disk: index folder {size / 1e6:.1f} MB, one fresh copy {copy / 1e6:.1f} MB, "
              f"ratio {size / copy:.2f}")
        print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
