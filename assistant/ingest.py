"""Ingest a folder of minutes into an index: incremental, crash-safe, reporting what it skipped."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .commitments import EXTRACTOR_VERSION, extract_commitments
from .documents import READER_VERSION, find_documents, load_manifest, read_document
from .embed import Embedder
from .errors import MinutesQAError
from .models import Passage
from .passages import SPLITTER_VERSION, embedding_text, split_passages
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
           progress: Progress | None = None, rebuild: bool = False) -> IngestReport:
    """Bring the index in line with the folder(s): add new and changed files, drop deleted ones."""
    started, report = time.perf_counter(), IngestReport()
    files = _corpus_files(corpus, report)
    report.files_seen = len(files)
    with IndexWriter(index_dir, IndexManifest(embedder.name, embedder.dimension), fresh=rebuild) as writer:
        known = {} if rebuild else writer.signatures()
        if rebuild:
            for doc_id in writer.signatures():
                writer.remove(doc_id)
        _remove_deleted(writer, known, {p.stem for p, _ in files}, report)
        seen: set[str] = set()
        for done, (path, entry) in enumerate(files, start=1):
            if progress:
                progress(path.name, done, len(files))
            if path.stem in seen:
                report.skipped.append((path.name, f"another file is already named {path.stem!r}"))
                continue
            seen.add(path.stem)
            _ingest_file(writer, path, entry, known, embedder, report)
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
        try:
            manifest = load_manifest(folder)
        except MinutesQAError as error:
            report.skipped.append(("manifest.csv", f"{error}; metadata will be read from the texts"))
            manifest = {}
        files.extend((path, manifest.get(path.name)) for path in find_documents(folder))
    return files


def _remove_deleted(writer: IndexWriter, known: dict[str, str], present: set[str],
                    report: IngestReport) -> None:
    for doc_id in sorted(set(known) - present):
        writer.remove(doc_id)
        report.removed.append(doc_id)


def _ingest_file(writer: IndexWriter, path: Path, entry: dict | None, known: dict[str, str],
                 embedder: Embedder, report: IngestReport) -> None:
    try:
        sig = signature(path, entry)
        if known.get(path.stem) == sig:
            report.unchanged += 1
            return
        doc = read_document(path, {path.name: entry} if entry else None)
    except (MinutesQAError, OSError) as error:
        report.skipped.append((path.name, str(error)))
        return
    passages = split_passages(doc)
    cached = writer.previous_vectors(doc.doc_id)
    vectors = embed_cached(embedder, [embedding_text(p) for p in passages], cached)
    sentences = [passage_sentences(doc.text, p) for p in passages]
    sentence_vectors = embed_cached(embedder, [doc.text[s:e] for spans in sentences for s, e in spans], cached)
    writer.add(doc, sig, passages, vectors, extract_commitments(doc), sentences, sentence_vectors)
    report.files_read += 1
    report.passages += len(passages)
