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
from .write_lock import DEFAULT_TIMEOUT

Progress = Callable[[str, int, int], None]   # (file name, done, total)
# 2: sentence vectors pooled from their passage's forward pass (late chunking)
EMBEDDING_VERSION = 2
EMBEDDING_PREFIX = f"e{EMBEDDING_VERSION}:"


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


def embed_passages(embedder: Embedder, text: str, passages: list[Passage], sentences: list[list[tuple[int, int]]],
                   cached: dict) -> tuple[np.ndarray, np.ndarray]:
    """Passage vectors and, row by row, the vectors of their sentences (document spans).

    An embedder that can (`embed_with_sentences`) gives a sentence's vector from its passage's
    own forward pass; a passage is reused from `cached` only with all its sentences.
    Others embed each sentence on its own.
    """
    if not hasattr(embedder, "embed_with_sentences"):
        vectors = embed_cached(embedder, [embedding_text(p) for p in passages], cached)
        return vectors, embed_cached(embedder, [text[s:e] for spans in sentences for s, e in spans], cached)
    texts = [embedding_text(p) for p in passages]
    vectors = np.zeros((len(passages), embedder.dimension), dtype=np.float32)
    per_passage = [np.zeros((len(spans), embedder.dimension), dtype=np.float32) for spans in sentences]
    fresh = []
    for i, (passage, spans) in enumerate(zip(passages, sentences)):
        # a sentence's vector is read in its passage's context, so it is reused with that passage only
        if texts[i] in cached and all((texts[i], text[s:e]) in cached for s, e in spans):
            vectors[i] = cached[texts[i]]
            per_passage[i] = np.array([cached[(texts[i], text[s:e])] for s, e in spans], dtype=np.float32).reshape(
                len(spans), embedder.dimension)      # a passage with no sentence: (0, dimension), not (0,)
        else:
            fresh.append(i)
    if fresh:
        new_vectors, new_sentences = embedder.embed_with_sentences(
            [texts[i] for i in fresh], [_spans_in(texts[i], passages[i], sentences[i]) for i in fresh])
        for row, i in enumerate(fresh):
            vectors[i], per_passage[i] = new_vectors[row], new_sentences[row]
    return vectors, np.concatenate(per_passage).reshape(-1, embedder.dimension)


def _spans_in(embedded: str, passage: Passage, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans moved from document offsets into the passage's embedding text, which
    ends with the passage's own text (after any heading or context)."""
    shift = len(embedded) - len(passage.text) - passage.start
    return [(s + shift, e + shift) for s, e in spans]


def passage_sentences(text: str, passage: Passage) -> list[tuple[int, int]]:
    """Sentence spans of a passage as document offsets."""
    return split_sentences(text, passage.start, passage.end)


VERSIONS = (f"splitter {SPLITTER_VERSION} reader {READER_VERSION} commitments {EXTRACTOR_VERSION}"
            f" embedding {EMBEDDING_VERSION}")
RACY_SECONDS = 2    # a file changed this recently could change again within its mtime's granularity


def signature(path: Path, manifest_entry: dict | None) -> str:
    """What the document is made from: the file's bytes, its manifest row and the code's versions.
    It begins with the embedding version, so that vectors made another way are not reused
    (`vectors_reusable`)."""
    digest = hashlib.sha256(path.read_bytes())
    digest.update(json.dumps(manifest_entry or {}, sort_keys=True).encode())
    digest.update(VERSIONS.encode())
    return f"{EMBEDDING_PREFIX}{digest.hexdigest()}"


def vectors_reusable(previous_signature: str | None) -> bool:
    """Whether the previous version's vectors were made the way they are made now."""
    return (previous_signature or "").startswith(EMBEDDING_PREFIX)


def quick_signature(path: Path, manifest_entry: dict | None) -> str | None:
    """The same as far as a stat tells (path, size, mtime), without reading the file; None for
    a file modified moments ago, which is hashed again next time rather than trusted."""
    stat = path.stat()
    if time.time_ns() - stat.st_mtime_ns < RACY_SECONDS * 1_000_000_000:
        return None
    key = json.dumps([str(path), stat.st_size, stat.st_mtime_ns, manifest_entry or {}, VERSIONS], sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()


def ingest(corpus: Path | str | list, index_dir: Path | str, embedder: Embedder,
           progress: Progress | None = None, rebuild: bool = False,
           budget: Budget = DEFAULT_BUDGET, lock_timeout: float = DEFAULT_TIMEOUT) -> IngestReport:
    """Bring the index in line with the folder(s): add new and changed files, drop deleted ones.

    A file over `budget` is reported and skipped; the others are indexed. Files are read
    in a worker process (`file_worker`) that is stopped when one takes too long. A file whose
    path, size and mtime are as stored is not read at all. While another ingest holds
    the index, this one waits up to `lock_timeout` seconds, then raises `IndexBusy`.
    """
    started, report = time.perf_counter(), IngestReport()
    files = _corpus_files(corpus, report)
    report.files_seen = len(files)
    with IndexWriter(index_dir, IndexManifest(embedder.name, embedder.dimension), fresh=rebuild,
                     lock_timeout=lock_timeout) as writer, FileReader(budget) as reader:
        known = {} if rebuild else writer.signatures()
        quick = {} if rebuild else writer.quick_signatures()
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
            if _ingest_file(writer, reader, path, entry, (known, quick), embedder, report):
                indexed[path.stem] = path.name
        report.total_passages = writer.passage_count()
        if writer.register_needs_building:
            _embed_unembedded_commitments(writer, embedder)
        writer.commit()
    report.seconds = time.perf_counter() - started
    return report


def _embed_unembedded_commitments(writer: IndexWriter, embedder: Embedder) -> None:
    """Commitments indexed before they were embedded at ingest, embedded once for the register."""
    missing = writer.commitments_without_vectors()
    if missing:
        writer.set_commitment_vectors([i for i, _ in missing], embedder.embed([text for _, text in missing]))


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
                 known: tuple[dict[str, str], dict[str, str]], embedder: Embedder, report: IngestReport) -> bool:
    """Index one file; False (and the reason in the report) when it cannot be.

    `known` holds the stored signatures and quick signatures, by document."""
    signatures, quick_signatures = known
    budget = reader.budget
    try:
        too_big = over_file_budget(path, budget)
        if too_big:
            report.skipped.append((path.name, too_big))
            return False
        quick = quick_signature(path, entry)
        if quick is not None and quick_signatures.get(path.stem) == quick:
            report.unchanged += 1
            return True
        sig = signature(path, entry)
        if signatures.get(path.stem) == sig:      # touched, not changed: remember its new stats
            if quick != quick_signatures.get(path.stem):
                writer.touch(path.stem, quick)
            report.unchanged += 1
            return True
        read = reader.read(path, entry)
    except FileNotFoundError:
        report.skipped.append((path.name, "was removed from the folder while the ingest ran; not read"))
        return False
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
    reusable = vectors_reusable(signatures.get(path.stem))
    commitments = read.commitments
    try:
        cached = writer.previous_vectors(doc.doc_id) if reusable else {}
        vectors, sentence_vectors = embed_passages(embedder, doc.text, passages, sentences, cached)
        commitment_vectors = embed_cached(embedder, [c.text for c in commitments],  # each on its own, as asked
                                          writer.previous_commitment_vectors(doc.doc_id) if reusable else {})
    except Exception as error:     # noqa: BLE001  one file's failure must not cost the others their ingest
        report.skipped.append((path.name, f"could not be embedded ({type(error).__name__}: {error}); "
                                          "its previous version, if any, is kept. Please report this as a bug"))
        return False
    writer.add(doc, sig, passages, vectors, commitments, sentences, sentence_vectors, quick, commitment_vectors,
               distinct.repeats)
    report.files_read += 1
    report.passages += len(passages)
    return True
