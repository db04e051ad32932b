"""Ingest a folder of minutes into an index: incremental, crash-safe, reporting what it skipped."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .budgets import DEFAULT_BUDGET, Budget, over_file_budget, over_passage_budget
from .commitments import EXTRACTOR_VERSION
from .corpus_files import link_refusal
from .documents import MANIFEST_NAME, READER_VERSION, find_documents, load_manifest
from .embed import Embedder
from .errors import MinutesQAError
from .models import Passage
from .file_worker import FileReader
from .passages import SPLITTER_VERSION, embedding_text
from .repeats import is_repetitive
from .sentences import split_sentences
from .store import IndexManifest, IndexWriter

Progress = Callable[[str, int, int], None]   # (file name, done, total)


@dataclass
class IngestReport:
    files_seen: int = 0
    files_read: int = 0                  # new or changed, now indexed
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    repetitive: list[tuple[str, int, int]] = field(default_factory=list)  # (file, repeats left out, passages)
    passages: int = 0                    # passages written in this run
    total_passages: int = 0              # passages in the index afterwards
    seconds: float = 0.0


def embed_cached(embedder: Embedder, texts: list[str], cached: dict[str, np.ndarray]) -> np.ndarray:
    """Embeddings of `texts`, reusing those of the document's previous version."""
    missing = list(dict.fromkeys(t for t in texts if t not in cached))
    fresh = dict(zip(missing, embedder.embed(missing))) if missing else {}
    if not texts:
        return np.zeros((0, embedder.dimension), dtype=np.float32)
    return np.stack([fresh[t] if t in fresh else cached[t] for t in texts]).astype(np.float32)


def passage_sentences(text: str, passage: Passage) -> list[tuple[int, int]]:
    """Sentence spans of a passage as document offsets."""
    return split_sentences(text, passage.start, passage.end)


def signature(path: Path, manifest_entry: dict | None) -> str:
    digest = hashlib.sha256(path.read_bytes())
    digest.update(json.dumps(manifest_entry or {}, sort_keys=True).encode())
    digest.update(f"splitter {SPLITTER_VERSION} reader {READER_VERSION} commitments {EXTRACTOR_VERSION}".encode())
    return digest.hexdigest()


def ingest(corpus: Path | str | list, index_dir: Path | str, embedder: Embedder,
           progress: Progress | None = None, rebuild: bool = False,
           budget: Budget = DEFAULT_BUDGET) -> IngestReport:
    """Bring the index in line with the folder(s): add new and changed files, drop deleted ones.

    A file over `budget` is reported and skipped; the others are indexed. Files are read
    in a worker process (`file_worker`) that is stopped when one takes too long.
    """
    started, report = time.perf_counter(), IngestReport()
    files = _corpus_files(corpus, report)
    report.files_seen = len(files)
    with IndexWriter(index_dir, IndexManifest(embedder.name, embedder.dimension), fresh=rebuild) as writer, \
            FileReader(budget) as reader:
        known = {} if rebuild else writer.signatures()
        if rebuild:
            for doc_id in writer.signatures():
                writer.remove(doc_id)
        _remove_deleted(writer, known, {p.stem for p, _ in files}, report)
        indexed: dict[str, str] = {}     # document name -> the file it was read from
        for done, (path, entry) in enumerate(files, start=1):
            if progress:
                progress(path.name, done, len(files))
            if path.stem in indexed:     # the first file of a name that can be read wins
                report.skipped.append((path.name, f"{indexed[path.stem]} is already indexed under the name "
                                                  f"{path.stem!r}; rename one of them to index both"))
                continue
            if _ingest_file(writer, reader, path, entry, known, embedder, report):
                indexed[path.stem] = path.name
        report.total_passages = writer.passage_count()
        writer.commit()
    report.seconds = time.perf_counter() - started
    return report


def _corpus_files(corpus: Path | str | list, report: IngestReport) -> list[tuple[Path, dict | None]]:
    """Every readable file of the folder(s), with its manifest entry if it has one."""
    folders = [Path(c) for c in corpus] if isinstance(corpus, (list, tuple)) else [Path(corpus)]
    files = []
    for folder in folders:
        if not folder.is_dir():
            raise MinutesQAError(f"corpus folder not found: {folder}")
        manifest = _folder_manifest(folder, report)
        for path in find_documents(folder):
            refusal = link_refusal(path, folder)
            if refusal:
                report.skipped.append((path.name, refusal))
            else:
                files.append((path, manifest.get(path.name)))
    return files


def _folder_manifest(folder: Path, report: IngestReport) -> dict[str, dict]:
    refusal = link_refusal(folder / MANIFEST_NAME, folder)
    try:
        if refusal:
            raise MinutesQAError(f"{MANIFEST_NAME} {refusal}")
        return load_manifest(folder)
    except MinutesQAError as error:
        report.skipped.append((MANIFEST_NAME, f"{error}; metadata will be read from the texts"))
        return {}


def _remove_deleted(writer: IndexWriter, known: dict[str, str], present: set[str],
                    report: IngestReport) -> None:
    for doc_id in sorted(set(known) - present):
        writer.remove(doc_id)
        report.removed.append(doc_id)


def _ingest_file(writer: IndexWriter, reader: FileReader, path: Path, entry: dict | None,
                 known: dict[str, str], embedder: Embedder, report: IngestReport) -> bool:
    """Index one file; False (and the reason in the report) when it cannot be."""
    budget = reader.budget
    try:
        too_big = over_file_budget(path, budget)
        if too_big:
            report.skipped.append((path.name, too_big))
            return False
        sig = signature(path, entry)
        if known.get(path.stem) == sig:
            report.unchanged += 1
            return True
        read = reader.read(path, entry)
    except (MinutesQAError, OSError) as error:
        report.skipped.append((path.name, str(error)))
        return False
    doc, distinct, sentences = read.doc, read.distinct, read.sentences
    passages = distinct.passages
    too_many = over_passage_budget(len(passages), budget)
    if too_many:
        report.skipped.append((path.name, too_many))
        return False
    if is_repetitive(distinct):
        report.repetitive.append((path.name, distinct.repeats, distinct.repeats + len(passages)))
    cached = writer.previous_vectors(doc.doc_id)
    vectors = embed_cached(embedder, [embedding_text(p) for p in passages], cached)
    sentence_vectors = embed_cached(embedder, [doc.text[s:e] for spans in sentences for s, e in spans], cached)
    writer.add(doc, sig, passages, vectors, read.commitments, sentences, sentence_vectors)
    report.files_read += 1
    report.passages += len(passages)
    return True
