"""One index folder: SQLite (documents, passages, FTS5, commitments) + FAISS vectors.

Layout::

    index/CURRENT            name of the live generation, replaced atomically
    index/gen-000007/        minutes.db, vectors.faiss, manifest.json

A writer builds the next generation beside the live one and switches CURRENT
only when it is complete, so readers see the old index or the new one, never
half of either, and a crash mid-ingest leaves the old one in place.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import faiss
import numpy as np

from .dates import date_bounds
from .errors import IndexNotFound, IndexOutdated, InvalidDate, ModelMismatch, SchemaTooNew, SearchFailed
from .migrations import SCHEMA_VERSION, migrate
from .models import Commitment, Document, DocumentInfo, Filters, Hit, Passage, page_range
from .passages import embedding_text, is_transcript
from .store_queries import id_mask, keyword_sql, passage_ranges, register_mask, release_mask

DB_NAME, VECTORS_NAME, MANIFEST_NAME, CURRENT_NAME = (
    "minutes.db", "vectors.faiss", "manifest.json", "CURRENT")


@dataclass
class IndexManifest:
    model: str
    dimension: int
    schema_version: int = SCHEMA_VERSION


def live_generation(index_dir: Path) -> Path | None:
    """The folder CURRENT points at, or None when there is no complete index."""
    current = Path(index_dir) / CURRENT_NAME
    if not current.is_file():
        return None
    folder = Path(index_dir) / current.read_text().strip()
    return folder if (folder / MANIFEST_NAME).is_file() else None


def read_manifest(generation: Path) -> IndexManifest:
    return IndexManifest(**json.loads((generation / MANIFEST_NAME).read_text()))


def check_compatible(manifest: IndexManifest, model: str | None, dimension: int | None) -> None:
    if manifest.schema_version > SCHEMA_VERSION:
        raise SchemaTooNew(f"index schema v{manifest.schema_version} is newer than this "
                           f"minutes-qa (v{SCHEMA_VERSION}); upgrade minutes-qa")
    if manifest.schema_version < SCHEMA_VERSION:
        raise IndexOutdated(f"index schema v{manifest.schema_version} is older than this minutes-qa "
                            f"(v{SCHEMA_VERSION}); run `minutes-qa ingest` to rebuild it")
    if model and manifest.model != model or dimension and manifest.dimension != dimension:
        raise ModelMismatch(
            f"index was built with model {manifest.model!r} ({manifest.dimension} dims), not "
            f"{model!r}; rebuild it with `minutes-qa ingest --rebuild` or open it with that model")


# ---------------------------------------------------------------- filters

def filter_sql(filters: Filters | None, alias: str = "d") -> tuple[str, list]:
    """A WHERE fragment (always valid, "1" when empty) and its parameters."""
    if filters is None or filters.is_empty():
        return "1", []
    clauses, params = [], []
    for column, value in (("council", filters.council), ("committee", filters.committee),
                          ("kind", filters.kind)):
        if value:
            clauses.append(f"lower(coalesce({alias}.{column}, '')) LIKE ? ESCAPE '\\'")
            params.append(f"%{like_escape(value.strip().lower())}%")
    start, end = _date_filter(filters.date_from), _date_filter(filters.date_to)
    if start:
        clauses.append(f"{alias}.date_end >= ?")
        params.append(start[0])
    if end:
        clauses.append(f"{alias}.date_start <= ?")
        params.append(end[1])
    return " AND ".join(clauses) or "1", params


def like_escape(value: str) -> str:
    """`value` matched literally by LIKE ... ESCAPE '\\': "%", "_" and the escape itself escaped."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _date_filter(value: str | None) -> tuple[str, str] | None:
    """The bounds of a date filter; a value that is not a date is an error, never an ignored filter."""
    if value and date_bounds(value) is None:
        raise InvalidDate(f"{value!r} is not a date like 2019, 2019-07 or 2019-07-15")
    return date_bounds(value)


def search_failed(error: sqlite3.Error) -> SearchFailed:
    return SearchFailed(f"full-text search failed ({error}); rebuild the index with `minutes-qa ingest --rebuild`")


# ---------------------------------------------------------------- reading

class Store:
    """Read access to the live generation of an index folder."""

    def __init__(self, generation: Path, manifest: IndexManifest):
        self.generation = generation
        self.manifest = manifest
        uri = f"file:{generation / DB_NAME}?mode=ro"
        self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.vectors = faiss.read_index(str(generation / VECTORS_NAME))
        self._transcripts: dict[str, bool] = {}  # per document, read once

    @classmethod
    def open(cls, index_dir: Path | str, model: str | None = None,
             dimension: int | None = None) -> "Store":
        generation = live_generation(Path(index_dir))
        if generation is None:
            raise IndexNotFound(f"no index in {index_dir}; build one with `minutes-qa ingest`")
        manifest = read_manifest(generation)
        check_compatible(manifest, model, dimension)
        return cls(generation, manifest)

    def close(self) -> None:
        self.db.close()

    # -- search primitives
    def fts_search(self, match: str, filters: Filters | None = None, limit: int = 50,
                   weights: tuple[float, float] = (0.5, 0.3)) -> list[tuple[int, float]]:
        """(passage id, BM25 score; higher is better) for an FTS5 MATCH expression.

        `weights` are the BM25 weights of the heading and context columns (text is 1.0).
        The query reads the FTS index alone (no join per match); a filter becomes a mask of
        the passage id ranges of the documents it keeps, tested before a match is scored.
        """
        if filters is None or filters.is_empty():
            return self._keyword_top(*keyword_sql(match, weights, limit))
        key = register_mask(self.db, id_mask(passage_ranges(self.db, *filter_sql(filters))))
        try:
            sql, params = keyword_sql(match, weights, limit, masked=True)
            return self._keyword_top(sql, [params[0], key, params[1]])
        finally:
            release_mask(key)

    def _keyword_top(self, sql: str, params: list) -> list[tuple[int, float]]:
        try:
            return [(row[0], float(row[1])) for row in self.db.execute(sql, params)]
        except sqlite3.OperationalError as error:   # terms are quoted, so this is a damaged index
            raise search_failed(error) from error

    def vector_search(self, query: np.ndarray, filters: Filters | None = None,
                      limit: int = 50) -> list[tuple[int, float]]:
        """(passage id, cosine similarity) of the nearest passages."""
        if self.vectors.ntotal == 0:
            return []
        params = None
        if filters is not None and not filters.is_empty():
            allowed = self.filtered_ids(filters)
            if not allowed:
                return []
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.array(allowed, dtype=np.int64)))
        k = min(limit, self.vectors.ntotal)
        scores, ids = self.vectors.search(query.reshape(1, -1).astype(np.float32), k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def layout(self, passage_ids: list[int]) -> dict[int, tuple[str, int | None, int | None]]:
        """For these passages and their neighbours: (document, previous passage, next passage)."""
        if not passage_ids:
            return {}
        marks = ",".join("?" * len(passage_ids))
        rows = self.db.execute(
            f"SELECT q.id, q.doc_id,"
            f" (SELECT id FROM passages WHERE doc_id = q.doc_id AND seq = q.seq - 1 AND heading IS q.heading),"
            f" (SELECT id FROM passages WHERE doc_id = q.doc_id AND seq = q.seq + 1 AND heading IS q.heading)"
            f" FROM passages p JOIN passages q ON q.doc_id = p.doc_id AND q.seq BETWEEN p.seq - 1 AND p.seq + 1"
            f" WHERE p.id IN ({marks})", passage_ids).fetchall()
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def is_transcript(self, doc_id: str) -> bool:
        """True for a verbatim record whose utterances are labelled with their speakers."""
        if doc_id not in self._transcripts:
            self._transcripts[doc_id] = is_transcript(self.document_text(doc_id) or "")
        return self._transcripts[doc_id]


    def term_counts(self, terms: list[str]) -> dict[str, int]:
        """How many passages contain each term (as FTS5 matches it, stemmed)."""
        counts = {}
        for term in terms:
            phrase = '"' + term.replace('"', "") + '"'
            try:
                counts[term] = self.db.execute(
                    "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", [phrase]).fetchone()[0]
            except sqlite3.OperationalError as error:
                raise search_failed(error) from error
        return counts

    @cached_property
    def passage_count(self) -> int:
        """Passages in this generation (fixed: a generation is never written after it is live)."""
        return self.db.execute("SELECT count(*) FROM passages").fetchone()[0]

    def filtered_ids(self, filters: Filters) -> list[int]:
        """Ids of the passages of the documents the filters keep (read as id ranges, one per document)."""
        return [i for start, end in passage_ranges(self.db, *filter_sql(filters)) for i in range(start, end + 1)]

    def sentence_vectors(self, passage_ids: list[int]) -> dict[int, tuple[list[tuple[int, int]], np.ndarray]]:
        """Per passage: its sentence spans (document offsets) and their embeddings."""
        if not passage_ids:
            return {}
        marks = ",".join("?" * len(passage_ids))
        rows = self.db.execute(f"SELECT passage_id, start, \"end\", embedding FROM sentences"
                               f" WHERE passage_id IN ({marks}) ORDER BY passage_id, start", passage_ids)
        grouped: dict[int, tuple[list, list]] = {}
        for pid, start, end, blob in rows:
            spans, vecs = grouped.setdefault(pid, ([], []))
            spans.append((start, end))
            vecs.append(np.frombuffer(blob, dtype=np.float16))
        return {pid: (spans, np.stack(vecs).astype(np.float32)) for pid, (spans, vecs) in grouped.items()}

    # -- records
    def hits(self, scored: list[tuple[int, float]]) -> list[Hit]:
        """Full records for (passage id, score) pairs, in the given order."""
        if not scored:
            return []
        ids = [i for i, _ in scored]
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT p.id, p.doc_id, p.text, p.start, p.\"end\", p.heading, p.context, p.paragraphs, d.council,"
            f" d.committee, d.meeting_date, d.title, d.kind, d.pages FROM passages p JOIN documents d"
            f" ON d.doc_id = p.doc_id WHERE p.id IN ({marks})", ids).fetchall()
        by_id = {row["id"]: row for row in rows}
        return [_hit(by_id[i], score) for i, score in scored if i in by_id]

    def passage_at(self, doc_id: str, start: int, end: int) -> Hit | None:
        """The passage of a document that overlaps [start, end) most."""
        row = self.db.execute(
            "SELECT id FROM passages WHERE doc_id = ? AND start < ? AND \"end\" > ?"
            " ORDER BY min(\"end\", ?) - max(start, ?) DESC LIMIT 1", [doc_id, end, start, end, start]).fetchone()
        hits = self.hits([(row[0], 0.0)]) if row else []
        return hits[0] if hits else None

    def item_span(self, doc_id: str, start: int, end: int) -> tuple[int, int] | None:
        """Offsets of the run of passages around [start, end) that share its heading."""
        rows = self.db.execute("SELECT start, \"end\", heading FROM passages WHERE doc_id = ? ORDER BY seq",
                               [doc_id]).fetchall()
        inside = [i for i, r in enumerate(rows) if r[0] < end and r[1] > start]
        if not inside:
            return None
        first, last = inside[0], inside[-1]
        while first > 0 and rows[first - 1][2] == rows[first][2]:
            first -= 1
        while last + 1 < len(rows) and rows[last + 1][2] == rows[last][2]:
            last += 1
        return rows[first][0], rows[last][1]

    def page_range(self, doc_id: str, start: int, end: int) -> tuple[int | None, int | None]:
        """First and last PDF page of a span of a document; (None, None) when pages are not known."""
        row = self.db.execute("SELECT pages FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return page_range(json.loads(row[0]) if row else [], start, end)

    def document_text(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def documents(self) -> list[DocumentInfo]:
        rows = self.db.execute(
            "SELECT d.doc_id, d.path, d.council, d.committee, d.meeting_date, d.title, d.kind, d.sources,"
            " (SELECT count(*) FROM passages p WHERE p.doc_id = d.doc_id) AS n FROM documents d"
            " ORDER BY d.council, d.meeting_date, d.doc_id").fetchall()
        return [DocumentInfo(*row[:7], passages=row["n"], sources=json.loads(row["sources"] or "{}"))
                for row in rows]

    def signatures(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT doc_id, signature FROM documents")}

    def distinct(self, column: str) -> list[str]:
        if column not in {"council", "committee", "kind"}:
            raise ValueError(column)
        rows = self.db.execute(f"SELECT DISTINCT {column} FROM documents WHERE {column} IS NOT NULL ORDER BY 1")
        return [r[0] for r in rows]

    def commitments(self, filters: Filters | None = None) -> list[Commitment]:
        where, params = filter_sql(filters)
        rows = self.db.execute(
            f"SELECT c.text, c.owner, c.due, c.due_date, c.kind, c.doc_id, c.start, c.\"end\","
            f" d.council, d.committee, d.meeting_date FROM commitments c JOIN documents d"
            f" ON d.doc_id = c.doc_id WHERE {where} ORDER BY d.council, d.date_start, c.doc_id, c.start",
            params).fetchall()
        return [Commitment(*row) for row in rows]


def _hit(row: sqlite3.Row, score: float) -> Hit:
    page, last_page = page_range(json.loads(row["pages"]), row["start"], row["end"])
    return Hit(passage_id=row["id"], doc_id=row["doc_id"], text=row["text"], start=row["start"],
               end=row["end"], score=score, council=row["council"], committee=row["committee"],
               meeting_date=row["meeting_date"], title=row["title"], kind=row["kind"],
               heading=row["heading"], context=row["context"], paragraphs=json.loads(row["paragraphs"]),
               page=page, last_page=last_page)


# ---------------------------------------------------------------- writing

class IndexWriter:
    """Builds the next generation of an index folder; `commit()` makes it live.

    Start from a copy of the live generation (or empty), apply `remove` and
    `add` calls, then `commit`. Until then nothing a reader sees changes.
    """

    def __init__(self, index_dir: Path | str, manifest: IndexManifest, fresh: bool = False):
        self.index_dir = Path(index_dir)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self.manifest = manifest
        self.previous = live_generation(self.index_dir)
        if self.previous is not None and read_manifest(self.previous).schema_version < SCHEMA_VERSION:
            fresh = True  # an index from an older minutes-qa is rebuilt whole
        self.generation = self._new_generation_dir()
        self.db = sqlite3.connect(self.generation / DB_NAME)
        if self.previous is not None and not fresh:
            check_compatible(read_manifest(self.previous), manifest.model, manifest.dimension)
            self._copy_previous()
        self.db.execute("PRAGMA foreign_keys = ON")
        migrate(self.db)

    def _new_generation_dir(self) -> Path:
        numbers = [int(p.name.split("-")[1]) for p in self.index_dir.glob("gen-*")
                   if p.name.split("-")[1].isdigit()]
        folder = self.index_dir / f"gen-{max(numbers, default=0) + 1:06d}"
        folder.mkdir()
        return folder

    def _copy_previous(self) -> None:
        source = sqlite3.connect(f"file:{self.previous / DB_NAME}?mode=ro", uri=True)
        try:
            source.backup(self.db)
        finally:
            source.close()

    def signatures(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT doc_id, signature FROM documents")}

    def passage_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM passages").fetchone()[0]

    def previous_vectors(self, doc_id: str) -> dict[str, np.ndarray]:
        """Text -> embedding for the passages and sentences of a document's indexed version."""
        row = self.db.execute("SELECT text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        if row is None:
            return {}
        cached = {}
        for passage in self.db.execute("SELECT id, text, heading, context, embedding FROM passages"
                                       " WHERE doc_id = ?", [doc_id]).fetchall():
            cached[_embedding_text(passage[1], passage[2], passage[3])] = np.frombuffer(passage[4], np.float32)
            for start, end, blob in self.db.execute(
                    "SELECT start, \"end\", embedding FROM sentences WHERE passage_id = ?", [passage[0]]):
                cached[row[0][start:end]] = np.frombuffer(blob, np.float16).astype(np.float32)
        return cached

    def remove(self, doc_id: str) -> None:
        self.db.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])

    def add(self, doc: Document, signature: str, passages: list[Passage], vectors: np.ndarray,
            commitments: list[Commitment] = (), sentences: list[list[tuple[int, int]]] | None = None,
            sentence_vectors: np.ndarray | None = None) -> None:
        """Replace `doc` and everything derived from it.

        `sentences[i]` are the sentence spans (document offsets) of passages[i], embedded
        row by row in `sentence_vectors`.
        """
        self.remove(doc.doc_id)
        bounds = date_bounds(doc.meeting_date) or (None, None)
        self.db.execute(
            "INSERT INTO documents (doc_id, path, council, committee, meeting_date, date_start, date_end,"
            " title, kind, signature, text, sources, pages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [doc.doc_id, doc.path, doc.council, doc.committee, doc.meeting_date, *bounds,
             doc.title, doc.kind, signature, doc.text, json.dumps(doc.sources, sort_keys=True),
             json.dumps(doc.pages)])
        self.db.executemany(
            "INSERT INTO passages (doc_id, seq, start, \"end\", heading, context, paragraphs, text, embedding)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(p.doc_id, p.seq, p.start, p.end, p.heading, p.context, json.dumps(p.paragraphs), p.text,
              v.astype(np.float32).tobytes()) for p, v in zip(passages, vectors)])
        if sentences is not None:
            self._add_sentences(doc.doc_id, sentences, sentence_vectors)
        self.db.executemany(
            "INSERT INTO commitments (doc_id, text, owner, due, due_date, kind, start, \"end\")"
            " VALUES (?,?,?,?,?,?,?,?)",
            [(c.doc_id, c.text, c.owner, c.due, c.due_date, c.kind, c.start, c.end) for c in commitments])

    def _add_sentences(self, doc_id: str, sentences: list[list[tuple[int, int]]], vectors: np.ndarray) -> None:
        ids = [r[0] for r in self.db.execute("SELECT id FROM passages WHERE doc_id = ? ORDER BY seq", [doc_id])]
        rows, row = [], 0
        for passage_id, spans in zip(ids, sentences):
            for start, end in spans:
                rows.append((passage_id, start, end, vectors[row].astype(np.float16).tobytes()))
                row += 1
        self.db.executemany("INSERT INTO sentences VALUES (?,?,?,?)", rows)

    def commit(self) -> Path:
        """Write vectors and manifest, then atomically make this generation live."""
        self.db.commit()
        self.db.execute("VACUUM")
        self.db.close()
        self._write_vectors()
        _write_atomic(self.generation / MANIFEST_NAME, json.dumps(asdict(self.manifest), indent=2))
        _write_atomic(self.index_dir / CURRENT_NAME, self.generation.name)
        self._drop_old_generations()
        return self.generation

    def abort(self) -> None:
        self.db.close()
        shutil.rmtree(self.generation, ignore_errors=True)

    def _write_vectors(self) -> None:
        db = sqlite3.connect(self.generation / DB_NAME)
        rows = db.execute("SELECT id, embedding FROM passages ORDER BY id").fetchall()
        db.close()
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(self.manifest.dimension))
        if rows:
            ids = np.array([r[0] for r in rows], dtype=np.int64)
            vectors = np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
            index.add_with_ids(vectors, ids)
        path = self.generation / VECTORS_NAME
        faiss.write_index(index, str(path) + ".tmp")
        os.replace(str(path) + ".tmp", path)

    def _drop_old_generations(self) -> None:
        """Keep the new and the previous generation (a reader may still hold it)."""
        keep = {self.generation.name, self.previous.name if self.previous else None}
        for folder in self.index_dir.glob("gen-*"):
            if folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.abort()


def _embedding_text(text: str, heading: str | None, context: str | None) -> str:
    return embedding_text(Passage("", 0, 0, 0, text, heading, [], context))


def _write_atomic(path: Path, content: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
