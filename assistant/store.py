"""One index folder: SQLite (documents, passages, FTS5, commitments) + FAISS vectors.

Layout::

    index/minutes.db               the live database, WAL mode (plus -wal and -shm beside it)
    index/vectors-00000007.faiss   the passage vectors of database version 7
    index/register-00000007.faiss  the commitments register's vectors of that version (register_index.py)
    index/write.lock               held by the one ingest allowed at a time

An ingest changes the database in one write transaction. Before committing it writes
the vectors of the new state to a new file, and the same transaction records that
file's name (and the new version) in the `meta` table. A reader reads `meta` inside
its read transaction and so always pairs a database state with its own vectors; a
crash before the commit leaves the previous state and the file it names untouched.
Vector files that no committed state names are deleted by the next writer. The
commitments register's vectors are written and named the same way (`register_file`).
"""
from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import threading
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from . import crash_points
from .dates import date_bounds
from .errors import (IndexNotFound, IndexOutdated, InvalidDate, ModelMismatch, SchemaTooNew, SearchFailed)
from .fts_merge import META_KEY as FTS_META_KEY, rows_changed_after
from .keyword_topk import or_phrases, top_k
from .migrations import SCHEMA_VERSION, current_version, migrate
from .models import Commitment, CommitmentScope, Document, DocumentInfo, Filters, Hit, Passage, page_range
from .passages import embedding_text, is_transcript
from . import register_index
from .register_index import REGISTER_GLOB, RegisterChanges, register_name
from .store_queries import commitment_spans, document_spans, id_mask, keyword_sql, kept_ranges
from .vector_index import VectorIndex
from .version_cache import PerVersion
from .write_lock import DEFAULT_TIMEOUT, WriteLock

log = logging.getLogger(__name__)

DB_NAME = "minutes.db"
VECTORS_GLOB = "vectors-*.faiss"
# the layout before minutes-qa kept one live database: CURRENT named a gen-N folder
CURRENT_NAME, OLD_MANIFEST_NAME, OLD_LAYOUT_SCHEMA = "CURRENT", "manifest.json", 4


@dataclass
class IndexManifest:
    model: str
    dimension: int
    schema_version: int = SCHEMA_VERSION


def vectors_name(version: int) -> str:
    return f"vectors-{version:08d}.faiss"


def has_old_layout(index_dir: Path) -> bool:
    return (Path(index_dir) / CURRENT_NAME).exists()


def index_manifest(index_dir: Path | str) -> IndexManifest | None:
    """The model, dimension and schema of a complete index in the folder, or None."""
    path = Path(index_dir) / DB_NAME
    if has_old_layout(Path(index_dir)) or not path.is_file():
        return None
    db = sqlite3.connect(path)
    try:
        meta = read_meta(db)
        version = current_version(db)
    finally:
        db.close()
    if "vectors_file" not in meta:
        return None
    return IndexManifest(meta["model"], int(meta["dimension"]), version)


def read_meta(db: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.OperationalError:    # no meta table: not (yet) an index of this layout
        return {}


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

def _read_connection(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA query_only = 1")
    return db


class _Readers:
    """What every reader of one index folder shares: its connections and loaded vector files."""

    def __init__(self, path: Path):
        self.path = path
        self.index_dir = path.parent
        self._local = threading.local()
        self._pool: list[sqlite3.Connection] = []      # free connections for snapshots
        self._opened: list[sqlite3.Connection] = []    # every connection, closed together
        self._lock = threading.Lock()                   # guards the pool and the lists
        self._loading = threading.Lock()                # one thread loads a vector file at a time
        self._loaded: weakref.WeakValueDictionary[str, VectorIndex] = weakref.WeakValueDictionary()
        self._latest: dict[str, tuple[str, VectorIndex]] = {}  # of each kind: kept loaded between questions
        self.per_version = PerVersion()     # filter masks and document spans of the newest version read
        self.phrase_counts = PerVersion(limit=4096)   # passages holding each searched term, of that version
        self.closed = False

    def _connect(self) -> sqlite3.Connection:
        db = _read_connection(self.path)
        with self._lock:
            self._opened.append(db)
        return db

    def thread_connection(self) -> sqlite3.Connection:
        """This thread's own connection (autocommit: each statement sees the latest state)."""
        if self.closed:
            raise sqlite3.ProgrammingError("Cannot operate on a closed index")
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    def take(self) -> sqlite3.Connection:
        with self._lock:
            if self._pool:
                return self._pool.pop()
        return self._connect()

    def give_back(self, db: sqlite3.Connection) -> None:
        with self._lock:
            if not self.closed:
                self._pool.append(db)
                return
        db.close()

    def vectors(self, name: str, mmap: bool = False) -> VectorIndex:
        """The vector file `name`, loaded once while anyone holds it; FileNotFoundError when a
        newer ingest has already replaced it."""
        with self._loading:
            vectors = self._loaded.get(name)
            if vectors is None:
                vectors = VectorIndex.load(self.index_dir / name, mmap=mmap)
                self._loaded[name] = vectors
            kind = name.split("-")[0]
            if kind not in self._latest or self._latest[kind][0] < name:   # names sort by version
                self._latest[kind] = (name, vectors)
            return vectors

    def close(self) -> None:
        with self._lock:
            self.closed, opened, self._opened, self._pool = True, self._opened, [], []
        with self._loading:
            self._latest = {}
        for db in opened:
            db.close()


@dataclass
class _Pin:
    db: sqlite3.Connection | None
    vectors: VectorIndex
    meta: dict[str, str]
    register: VectorIndex | None = None


class Store:
    """Read access to an index folder.

    Used as it is, each call reads the latest committed state through the calling
    thread's own connection. `snapshot()` gives a Store pinned to one state (a read
    transaction plus the vector file that state names) for the length of a question;
    several snapshots, in one thread or many, can be open at once.
    """

    def __init__(self, readers: _Readers, manifest: IndexManifest, pin: _Pin | None = None):
        self._readers = readers
        self.manifest = manifest
        self.index_dir = readers.index_dir
        self._pin = pin

    @classmethod
    def open(cls, index_dir: Path | str, model: str | None = None,
             dimension: int | None = None) -> "Store":
        index_dir = Path(index_dir)
        if has_old_layout(index_dir):
            raise IndexOutdated(f"the index in {index_dir} was written by an older minutes-qa; "
                                f"run `minutes-qa ingest` to update it")
        manifest = index_manifest(index_dir)
        if manifest is None:
            raise IndexNotFound(f"no index in {index_dir}; build one with `minutes-qa ingest`")
        check_compatible(manifest, model, dimension)
        store = cls(_Readers(index_dir / DB_NAME), manifest)
        store.vectors     # load now rather than at the first question
        return store

    def snapshot(self) -> "Store":
        """This index pinned to its latest committed state until `close()`."""
        if self._pin is not None:
            return self
        db = self._readers.take()
        try:
            for _ in range(20):
                db.execute("BEGIN")
                meta = read_meta(db)         # starts the read transaction: the state is fixed here
                try:
                    vectors, register = self._vectors_of(meta), self._register_of(meta)
                except FileNotFoundError:    # an ingest replaced that state since; take the newer one
                    db.execute("ROLLBACK")
                    continue
                return Store(self._readers, self.manifest, _Pin(db, vectors, meta, register))
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            self._readers.give_back(db)
            raise
        self._readers.give_back(db)
        raise SearchFailed("the index kept changing while it was opened; try again")

    def _vectors_of(self, meta: dict[str, str]) -> VectorIndex:
        if meta.get("model") != self.manifest.model or int(meta.get("dimension", 0)) != self.manifest.dimension:
            raise ModelMismatch(f"the index in {self.index_dir} was rebuilt with model {meta.get('model')!r}; "
                                f"open it again with that model")
        return self._readers.vectors(meta["vectors_file"])

    def _register_of(self, meta: dict[str, str]) -> VectorIndex | None:
        """The register's vectors of that state, memory-mapped: most questions never read them."""
        name = meta.get("register_file")
        return self._readers.vectors(name, mmap=True) if name else None

    @property
    def db(self) -> sqlite3.Connection:
        if self._pin is None:
            return self._readers.thread_connection()
        if self._pin.db is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed index snapshot")
        return self._pin.db

    @property
    def vectors(self) -> VectorIndex:
        """The vectors matching what `db` reads (for an unpinned Store: the latest state)."""
        if self._pin is not None:
            return self._pin.vectors
        for _ in range(20):
            try:
                return self._vectors_of(read_meta(self.db))
            except FileNotFoundError:
                continue
        raise SearchFailed("the index kept changing while it was opened; try again")

    @property
    def register_vectors(self) -> VectorIndex | None:
        """The commitments register's vectors matching what `db` reads (None in an index no
        ingest has given one yet)."""
        if self._pin is not None:
            return self._pin.register
        for _ in range(20):
            try:
                return self._register_of(read_meta(self.db))
            except FileNotFoundError:
                continue
        raise SearchFailed("the index kept changing while it was opened; try again")

    @property
    def version(self) -> int:
        """The database version read (pinned) or committed last (unpinned); each ingest that
        changes anything adds one."""
        return int(self._meta()["version"])

    @property
    def passage_count(self) -> int:
        return int(self._meta()["passages"])

    @property
    def vectors_file(self) -> str:
        """The name of the vector file that belongs to this state."""
        return self._meta()["vectors_file"]

    def _meta(self) -> dict[str, str]:
        return self._meta_of(self.db)

    def _meta_of(self, db: sqlite3.Connection) -> dict[str, str]:
        return self._pin.meta if self._pin is not None else read_meta(db)

    def close(self) -> None:
        """A snapshot ends its read transaction; the Store itself closes every connection."""
        if self._pin is None:
            self._readers.close()
            return
        db, self._pin.db = self._pin.db, None
        if db is not None:
            if db.in_transaction:
                db.execute("ROLLBACK")
            self._readers.give_back(db)

    # -- search primitives
    def fts_search(self, match: str, filters: Filters | None = None, limit: int = 50,
                   weights: tuple[float, float] = (0.5, 0.3)) -> list[tuple[int, float]]:
        """(passage id, BM25 score; higher is better) for an FTS5 MATCH expression; ties by id.

        `weights` are the BM25 weights of the heading and context columns (text is 1.0).
        The query reads the FTS index alone (no join per match); a filter becomes a mask of
        the passage ids of the documents it keeps, tested before a match is scored. Only the
        matches that can reach the top `limit` are scored (`keyword_topk`).
        """
        mask = None if filters is None or filters.is_empty() else self._filter_mask(filters)

        def top(expression: str, k: int) -> list[tuple[int, float]]:
            sql, params = keyword_sql(expression, weights, k, masked=mask is not None)
            return self._keyword_top(sql, params if mask is None else [params[0], mask, params[1]])
        phrases = or_phrases(match)
        if not phrases or len(phrases) < 2 or min(weights) < 0:
            return top(match, limit)
        kept = None if mask is None else mask.count(1)
        return top_k(top, match, limit, *self._phrase_counts(phrases, with_total=True), kept=kept)

    def _keyword_top(self, sql: str, params: list) -> list[tuple[int, float]]:
        try:
            return [(row[0], float(row[1])) for row in self.db.execute(sql, params)]
        except sqlite3.OperationalError as error:   # terms are quoted, so this is a damaged index
            raise search_failed(error) from error

    def vector_search(self, query: np.ndarray, filters: Filters | None = None,
                      limit: int = 50) -> list[tuple[int, float]]:
        """(passage id, cosine similarity) of the nearest passages."""
        vectors = self.vectors
        if vectors.ntotal == 0:
            return []
        allowed = None
        if filters is not None and not filters.is_empty():
            allowed = np.frombuffer(self._filter_mask(filters), dtype=np.bool_)
        return vectors.search(query, limit, allowed)

    def _filter_mask(self, filters: Filters) -> bytes:
        """A byte per passage id, 1 for the passages of the documents `filters` keep; remembered
        for the index version (a question's keyword and vector searches, and its retries, share it)."""
        where, params = filter_sql(filters)
        with self._state() as (db, version):
            def mask() -> bytes:
                return id_mask(kept_ranges(db, where, params, self._spans(db, version))).tobytes()
            return self._readers.per_version.get(version, ("mask", where, tuple(params)), mask)

    def _spans(self, db: sqlite3.Connection, version: int) -> dict[str, list[tuple[int, int]]]:
        return self._readers.per_version.get(version, ("spans",), lambda: document_spans(db))

    def _commitment_spans(self, db: sqlite3.Connection, version: int) -> dict[str, list[tuple[int, int]]]:
        return self._readers.per_version.get(version, ("commitment spans",), lambda: commitment_spans(db))

    def warm(self) -> None:
        """Read now what the first filtered question, and the first register question, of this
        version would otherwise read: each document's passage and commitment id spans, and which
        commitments the register holds; and ask the system to read the register's file into memory.
        At a million passages that is about a second, which a server spends in the background
        after opening an index and after each ingest (`Assistant.keep_warm`)."""
        with self._register_state() as (db, version, register):
            self._spans(db, version)
            if register is not None:
                self._commitment_spans(db, version)
                self._held(version, register)
                register.will_need()

    def _phrase_counts(self, phrases: list[str], with_total: bool = False):
        """How many passages hold each quoted FTS5 phrase (remembered for the index version); with
        `with_total`, also how many passages there are, read from the same state."""
        with self._state() as (db, version):
            counts = {phrase: self._readers.phrase_counts.get(version, phrase, lambda: _count(db, phrase))
                      for phrase in phrases}
            return (counts, int(self._meta_of(db)["passages"])) if with_total else counts

    @contextmanager
    def _state(self) -> Iterator[tuple[sqlite3.Connection, int]]:
        """The connection and the version it reads, for reads kept under that version: a pinned
        store's own; an unpinned one reads both in one read transaction for the block."""
        db = self.db
        if self._pin is not None or db.in_transaction:
            yield db, self.version
            return
        db.execute("BEGIN")
        try:
            yield db, int(read_meta(db)["version"])
        finally:
            db.execute("ROLLBACK")

    def layout(self, passage_ids: list[int]) -> dict[int, tuple[str, int | None, int | None]]:
        """For these passages, and the neighbours of those in transcripts: (document, previous
        passage, next passage). Only a transcript shares its neighbours' scores (`search.with_surroundings`),
        so only there are the neighbours read."""
        if not passage_ids:
            return {}
        marks = ",".join("?" * len(passage_ids))
        rows = self.db.execute(
            f"SELECT q.id, q.doc_id,"
            f" (SELECT id FROM passages WHERE doc_id = q.doc_id AND seq = q.seq - 1 AND heading IS q.heading),"
            f" (SELECT id FROM passages WHERE doc_id = q.doc_id AND seq = q.seq + 1 AND heading IS q.heading)"
            f" FROM passages p JOIN documents d ON d.doc_id = p.doc_id JOIN passages q ON q.doc_id = p.doc_id"
            f" AND q.seq BETWEEN p.seq - d.transcript AND p.seq + d.transcript"
            f" WHERE p.id IN ({marks})", passage_ids).fetchall()
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def is_transcript(self, doc_id: str) -> bool:
        """True for a verbatim record whose utterances are labelled with their speakers (read at ingest)."""
        return bool(self.transcripts([doc_id]))

    def transcripts(self, doc_ids) -> set[str]:
        """Which of these documents are transcripts (`is_transcript`), in one query."""
        doc_ids = list(set(doc_ids))
        if not doc_ids:
            return set()
        marks = ",".join("?" * len(doc_ids))
        rows = self.db.execute(f"SELECT doc_id FROM documents WHERE transcript AND doc_id IN ({marks})", doc_ids)
        return {row[0] for row in rows}

    def term_counts(self, terms: list[str]) -> dict[str, int]:
        """How many passages contain each term (as FTS5 matches it, stemmed)."""
        phrases = ['"' + term.replace('"', "") + '"' for term in terms]
        counts = self._phrase_counts(phrases)
        return {term: counts[phrase] for term, phrase in zip(terms, phrases)}

    def prefix_counts(self, prefixes: list[str]) -> dict[str, int]:
        """How many passages hold a word beginning with each prefix ("millen" for "Millenium" and "Millennium")."""
        queries = ['"' + prefix.replace('"', "") + '"*' for prefix in prefixes]
        counts = self._phrase_counts(queries)
        return {prefix: counts[query] for prefix, query in zip(prefixes, queries)}

    def filtered_ids(self, filters: Filters) -> list[int]:
        """Ids of the passages of the documents the filters keep (read as id ranges, one per document)."""
        return np.flatnonzero(np.frombuffer(self._filter_mask(filters), dtype=np.uint8)).tolist()

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
            " d.repeats, (SELECT count(*) FROM passages p WHERE p.doc_id = d.doc_id) AS n FROM documents d"
            " ORDER BY d.council, d.meeting_date, d.doc_id").fetchall()
        return [DocumentInfo(*row[:7], passages=row["n"], sources=json.loads(row["sources"] or "{}"),
                             repeats=row["repeats"]) for row in rows]

    def signatures(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT doc_id, signature FROM documents")}

    def has_documents_without(self, column: str) -> bool:
        """Whether some document has no council (committee, kind) known."""
        if column not in {"council", "committee", "kind"}:
            raise ValueError(column)
        return self.db.execute(f"SELECT 1 FROM documents WHERE {column} IS NULL OR {column} = '' LIMIT 1"
                               ).fetchone() is not None

    def distinct(self, column: str) -> list[str]:
        """The councils (committees, kinds) of the documents, sorted; read once per index version
        (every question reads the councils: 7 ms at a million passages)."""
        if column not in {"council", "committee", "kind"}:
            raise ValueError(column)
        with self._state() as (db, version):
            return list(self._readers.per_version.get(version, ("distinct", column), lambda: tuple(
                r[0] for r in db.execute(f"SELECT DISTINCT {column} FROM documents WHERE {column} IS NOT NULL"
                                         " ORDER BY 1"))))

    def commitments(self, filters: Filters | None = None) -> list[Commitment]:
        where, params = filter_sql(filters)
        rows = self.db.execute(
            f"SELECT c.text, c.owner, c.due, c.due_date, c.kind, c.doc_id, c.start, c.\"end\","
            f" d.council, d.committee, d.meeting_date FROM commitments c JOIN documents d"
            f" ON d.doc_id = c.doc_id WHERE {where} ORDER BY d.council, d.date_start, c.doc_id, c.start",
            params).fetchall()
        return [Commitment(*row) for row in rows]

    def commitment_vectors(self, filters: Filters | None = None) -> dict[tuple[str, int, int], np.ndarray]:
        """The stored embedding of each commitment the filters keep, by (document, start, end);
        commitments indexed before their embeddings were stored have none."""
        where, params = filter_sql(filters)
        cursor = self.db.execute(
            f"SELECT c.doc_id, c.start, c.\"end\", c.embedding FROM commitments c JOIN documents d"
            f" ON d.doc_id = c.doc_id WHERE {where} AND c.embedding IS NOT NULL", params)
        vectors = {}
        while rows := cursor.fetchmany(10_000):
            # rows of one block, not an array over each row's bytes: freed at once when no longer held
            if len({len(r[3]) for r in rows}) == 1:
                block = np.frombuffer(b"".join(r[3] for r in rows), dtype=np.float32).reshape(len(rows), -1)
            else:
                block = [np.frombuffer(r[3], dtype=np.float32) for r in rows]
            vectors.update(((doc_id, start, end), vector) for (doc_id, start, end, _), vector in zip(rows, block))
        return vectors

    # -- the commitments register (its own vector index: assistant/register_index.py)
    def register_count(self, scope: CommitmentScope = CommitmentScope()) -> int:
        """How many commitments of the register are in `scope`."""
        with self._register_state() as (db, version, register):
            if register is None:
                return 0
            mask = self._scope_mask(db, version, register, scope)
            return register.ntotal if mask is None else int(np.count_nonzero(mask))

    def register_search(self, query: np.ndarray, scope: CommitmentScope = CommitmentScope(),
                        limit: int = 50) -> list[tuple[int, float]]:
        """(commitment id, cosine similarity) of the register's commitments in `scope` nearest to
        the query, best first (ties by id)."""
        with self._register_state() as (db, version, register):
            if register is None or limit <= 0 or not register.ntotal:
                return []
            found = register.search(query, limit, self._scope_mask(db, version, register, scope))
        ids = [i for i, _ in found]
        sims = register_index.similarities(register.vectors(ids), query)
        return sorted(zip(ids, sims.tolist()), key=lambda pair: (-pair[1], pair[0]))

    def commitments_by_id(self, ids: list[int]) -> dict[int, Commitment]:
        """The commitments with these ids (with their documents' council, committee and date)."""
        found: dict[int, Commitment] = {}
        for chunk in range(0, len(ids), 900):
            part = list(ids[chunk:chunk + 900])
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                    f"SELECT c.id, c.text, c.owner, c.due, c.due_date, c.kind, c.doc_id, c.start, c.\"end\","
                    f" d.council, d.committee, d.meeting_date FROM commitments c JOIN documents d"
                    f" ON d.doc_id = c.doc_id WHERE c.id IN ({marks})", part):
                found[row[0]] = Commitment(*tuple(row)[1:])
        return found

    @contextmanager
    def _register_state(self) -> Iterator[tuple[sqlite3.Connection, int, VectorIndex | None]]:
        """As `_state`, with the register's vectors of the same state."""
        with self._state() as (db, version):
            try:
                register = self._pin.register if self._pin is not None else self._register_of(self._meta_of(db))
            except FileNotFoundError:       # a newer ingest replaced that state while it was read
                raise SearchFailed("the index changed while it was read; try again") from None
            yield db, version, register

    def _held(self, version: int, register: VectorIndex) -> np.ndarray:
        return self._readers.per_version.get(version, ("register members",), lambda: register_index.members(register))

    def _scope_mask(self, db: sqlite3.Connection, version: int, register: VectorIndex,
                    scope: CommitmentScope) -> np.ndarray | None:
        """A boolean mask over commitment ids for `scope` (None: the whole register); masks of
        filters, councils and owners are remembered for the index version."""
        if register_index.is_unrestricted(scope):
            return None
        cached = self._readers.per_version.get
        held = self._held(version, register)

        def documents(where: str, params: list) -> np.ndarray:
            return register_index.documents_mask(db, where, params, self._commitment_spans(db, version))
        masks = []
        if scope.filters is not None and not scope.filters.is_empty():
            where, params = filter_sql(scope.filters)
            masks.append(cached(version, ("commitment mask", where, tuple(params)), lambda: documents(where, params)))
        if scope.councils:
            councils = sorted(scope.councils)
            where = f"d.council IN ({','.join('?' * len(councils))})"
            masks.append(cached(version, ("council mask", tuple(councils)), lambda: documents(where, councils)))
        if scope.owners:
            keys = cached(version, ("owner keys",), lambda: register_index.OwnerKeys(db, held))
            masks.append(register_index.any_owner(
                [cached(version, ("owner mask", owner), lambda owner=owner: keys.mask(owner)) for owner in scope.owners],
                len(held)))
        if scope.doc_ids is not None:
            doc_ids = sorted(scope.doc_ids)
            masks.append(documents(f"d.doc_id IN ({','.join('?' * len(doc_ids))})", doc_ids) if doc_ids
                         else np.zeros(0, dtype=bool))
        return register_index.combine(len(held), held, *masks)


def _count(db: sqlite3.Connection, phrase: str) -> int:
    try:
        return db.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", [phrase]).fetchone()[0]
    except sqlite3.OperationalError as error:
        raise search_failed(error) from error


def _hit(row: sqlite3.Row, score: float) -> Hit:
    page, last_page = page_range(json.loads(row["pages"]), row["start"], row["end"])
    return Hit(passage_id=row["id"], doc_id=row["doc_id"], text=row["text"], start=row["start"],
               end=row["end"], score=score, council=row["council"], committee=row["committee"],
               meeting_date=row["meeting_date"], title=row["title"], kind=row["kind"],
               heading=row["heading"], context=row["context"], paragraphs=json.loads(row["paragraphs"]),
               page=page, last_page=last_page)


# ---------------------------------------------------------------- writing

class IndexWriter:
    """Changes the live index in one write transaction; `commit()` makes them visible at once.

    Holds the index's write lock from creation until `commit()` or `abort()`. Until the
    commit, readers see the previous state. A writer that changes nothing writes nothing:
    no transaction, no vector file.
    """

    def __init__(self, index_dir: Path | str, manifest: IndexManifest, fresh: bool = False,
                 lock_timeout: float = DEFAULT_TIMEOUT):
        self.index_dir = Path(index_dir)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self.manifest = manifest
        self._lock = WriteLock(self.index_dir, lock_timeout).acquire()
        try:
            self._open(fresh)
        except BaseException:
            self._lock.release()
            raise

    def _open(self, fresh: bool) -> None:
        self._old_layout = has_old_layout(self.index_dir)
        if self._old_layout:
            fresh = not self._copy_old_generation() or fresh
        else:
            self._drop_old_layout()      # what a crash after the migration's commit may leave
        self.db = sqlite3.connect(self.index_dir / DB_NAME, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        before = current_version(self.db)
        meta = read_meta(self.db)
        if "vectors_file" in meta and not fresh:    # an older schema is migrated below; a newer one refused
            found = IndexManifest(meta["model"], int(meta["dimension"]), max(before, SCHEMA_VERSION))
            check_compatible(found, self.manifest.model, self.manifest.dimension)
        migrate(self.db)
        if 0 < before < 5:
            self._store_transcript_flags()
        self._rebuild_vectors = fresh or self._old_layout or "vectors_file" not in read_meta(self.db)
        # an index written before the register had its own vectors gets them from this ingest
        self._rebuild_register = self._rebuild_vectors or "register_file" not in read_meta(self.db)
        self._register = RegisterChanges()
        self._removed: set[int] = set()             # passage ids to drop from the vectors
        self._added: dict[int, np.ndarray] = {}     # passage id -> vector to add
        self._changed = False                       # documents changed (not just their file stats)
        self._rows_changed = 0                      # passage rows deleted or inserted (`fts_merge`)
        self._drop_unnamed_vector_files()

    def _copy_old_generation(self) -> bool:
        """Start from the database of an index in the generation layout; False when it cannot
        be used as it is (older schema, other model) and everything is re-read instead."""
        for suffix in ("", "-wal", "-shm"):       # a migration cut short is started again
            (self.index_dir / (DB_NAME + suffix)).unlink(missing_ok=True)
        name = (self.index_dir / CURRENT_NAME).read_text().strip()
        generation = self.index_dir / name
        try:
            old = json.loads((generation / OLD_MANIFEST_NAME).read_text())
        except (OSError, ValueError):
            return False
        if (old.get("schema_version"), old.get("model"), old.get("dimension")) != (
                OLD_LAYOUT_SCHEMA, self.manifest.model, self.manifest.dimension):
            return False
        source = sqlite3.connect(f"file:{generation / DB_NAME}?mode=ro", uri=True)
        target = sqlite3.connect(self.index_dir / DB_NAME)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        return True

    def _store_transcript_flags(self) -> None:
        rows = self.db.execute("SELECT doc_id, text FROM documents").fetchall()
        self.db.execute("BEGIN")
        self.db.executemany("UPDATE documents SET transcript = ? WHERE doc_id = ?",
                            [(int(is_transcript(text)), doc_id) for doc_id, text in rows])
        self.db.execute("COMMIT")

    # -- what is indexed
    def signatures(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT doc_id, signature FROM documents")}

    def quick_signatures(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT doc_id, quick_signature FROM documents"
                                                    " WHERE quick_signature IS NOT NULL")}

    def passage_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM passages").fetchone()[0]

    def previous_vectors(self, doc_id: str) -> dict[str | tuple[str, str], np.ndarray]:
        """Text -> embedding for the passages and sentences of a document's indexed version; each sentence also
        under (its passage's embedding text, its text), as a sentence read in its passage's context ("Minutes:"
        under one item) is embedded differently under another."""
        row = self.db.execute("SELECT text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        if row is None:
            return {}
        cached: dict[str | tuple[str, str], np.ndarray] = {}
        for passage in self.db.execute("SELECT id, text, heading, context, embedding FROM passages"
                                       " WHERE doc_id = ?", [doc_id]).fetchall():
            embedded = _embedding_text(passage[1], passage[2], passage[3])
            cached[embedded] = np.frombuffer(passage[4], np.float32)
            for start, end, blob in self.db.execute(
                    "SELECT start, \"end\", embedding FROM sentences WHERE passage_id = ?", [passage[0]]):
                vector = np.frombuffer(blob, np.float16).astype(np.float32)
                cached[row[0][start:end]] = cached[(embedded, row[0][start:end])] = vector
        return cached

    def previous_commitment_vectors(self, doc_id: str) -> dict[str, np.ndarray]:
        """Text -> embedding of the commitments of a document's indexed version."""
        rows = self.db.execute("SELECT text, embedding FROM commitments WHERE doc_id = ? AND embedding IS NOT NULL",
                               [doc_id])
        return {text: np.frombuffer(blob, np.float32) for text, blob in rows}

    # -- changes
    def _begin(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")

    def remove(self, doc_id: str) -> None:
        ids = [r[0] for r in self.db.execute("SELECT id FROM passages WHERE doc_id = ?", [doc_id])]
        if not ids and self.db.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() is None:
            return
        self._begin()
        self._register.remove([r[0] for r in self.db.execute("SELECT id FROM commitments WHERE doc_id = ?", [doc_id])])
        self.db.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])
        for passage_id in ids:
            self._added.pop(passage_id, None)
        self._removed.update(ids)
        self._rows_changed += len(ids)
        self._changed = True
        crash_points.reached("removed")

    def touch(self, doc_id: str, quick_signature: str | None) -> None:
        """Record the file stats of an unchanged document (its content is the same)."""
        if quick_signature is None:
            return
        self._begin()
        self.db.execute("UPDATE documents SET quick_signature = ? WHERE doc_id = ?", [quick_signature, doc_id])

    def add(self, doc: Document, signature: str, passages: list[Passage], vectors: np.ndarray,
            commitments: list[Commitment] = (), sentences: list[list[tuple[int, int]]] | None = None,
            sentence_vectors: np.ndarray | None = None, quick_signature: str | None = None,
            commitment_vectors: np.ndarray | None = None, repeats: int = 0) -> None:
        """Replace `doc` and everything derived from it.

        `sentences[i]` are the sentence spans (document offsets) of passages[i], embedded
        row by row in `sentence_vectors`; `commitment_vectors[i]` embeds commitments[i].
        """
        self.remove(doc.doc_id)
        self._begin()
        self._changed = True
        bounds = date_bounds(doc.meeting_date) or (None, None)
        self.db.execute(
            "INSERT INTO documents (doc_id, path, council, committee, meeting_date, date_start, date_end,"
            " title, kind, signature, text, sources, pages, quick_signature, transcript, repeats)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [doc.doc_id, doc.path, doc.council, doc.committee, doc.meeting_date, *bounds,
             doc.title, doc.kind, signature, doc.text, json.dumps(doc.sources, sort_keys=True),
             json.dumps(doc.pages), quick_signature, int(is_transcript(doc.text)), repeats])
        self.db.executemany(
            "INSERT INTO passages (doc_id, seq, start, \"end\", heading, context, paragraphs, text, embedding)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(p.doc_id, p.seq, p.start, p.end, p.heading, p.context, json.dumps(p.paragraphs), p.text,
              v.astype(np.float32).tobytes()) for p, v in zip(passages, vectors)])
        self._rows_changed += len(passages)
        ids = [r[0] for r in self.db.execute("SELECT id FROM passages WHERE doc_id = ? ORDER BY seq", [doc.doc_id])]
        self.db.execute("UPDATE documents SET first_passage = ?, last_passage = ?, passage_count = ? WHERE doc_id = ?",
                        [min(ids, default=None), max(ids, default=None), len(ids), doc.doc_id])
        if not self._rebuild_vectors:     # else the vectors are all read back from the database
            self._added.update(zip(ids, np.asarray(vectors, dtype=np.float32)))
        if sentences is not None:
            self._add_sentences(ids, sentences, sentence_vectors)
        blobs = ([np.asarray(v, dtype=np.float32).tobytes() for v in commitment_vectors]
                 if commitment_vectors is not None else [None] * len(commitments))
        self.db.executemany(
            "INSERT INTO commitments (doc_id, text, owner, due, due_date, kind, start, \"end\", embedding)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(c.doc_id, c.text, c.owner, c.due, c.due_date, c.kind, c.start, c.end, blob)
             for c, blob in zip(commitments, blobs)])
        if not self._rebuild_register:    # else the register is read back from the database
            self._register.add([r[0] for r in self.db.execute(
                "SELECT id FROM commitments WHERE doc_id = ? ORDER BY id", [doc.doc_id])],
                commitments, commitment_vectors if commitment_vectors is not None else blobs)
        crash_points.reached("added")

    def _add_sentences(self, ids: list[int], sentences: list[list[tuple[int, int]]], vectors: np.ndarray) -> None:
        rows, row = [], 0
        for passage_id, spans in zip(ids, sentences):
            for start, end in spans:
                rows.append((passage_id, start, end, vectors[row].astype(np.float16).tobytes()))
                row += 1
        self.db.executemany("INSERT INTO sentences VALUES (?,?,?,?)", rows)

    @property
    def register_needs_building(self) -> bool:
        """Whether this ingest builds the commitments register from the database (see
        `commitments_without_vectors`)."""
        return self._rebuild_register

    def commitments_without_vectors(self) -> list[tuple[int, str]]:
        """(id, text) of the commitments stored without an embedding (indexed before they were
        embedded at ingest); they are embedded once, by the ingest that builds the register."""
        return self.db.execute("SELECT id, text FROM commitments WHERE embedding IS NULL ORDER BY id").fetchall()

    def set_commitment_vectors(self, ids: list[int], vectors: np.ndarray) -> None:
        self._begin()
        self.db.executemany("UPDATE commitments SET embedding = ? WHERE id = ?",
                            [(np.asarray(v, dtype=np.float32).tobytes(), i) for i, v in zip(ids, vectors)])

    # -- making it live
    def commit(self) -> None:
        """Write the vectors of the new state, then commit it with their file's name; release the lock."""
        try:
            if self._changed or self._rebuild_vectors or self._rebuild_register:
                self._begin()
                self._write_state()
            if self.db.in_transaction:
                crash_points.reached("before-commit")
                self.db.execute("COMMIT")
                crash_points.reached("committed")
                self._checkpoint()
                self._drop_unnamed_vector_files()
            if self._old_layout:
                self._drop_old_layout()
        finally:
            self._close()

    def _write_state(self) -> None:
        meta = read_meta(self.db)
        version = int(meta.get("version", 0)) + 1
        name, count = meta.get("vectors_file"), meta.get("passages")
        if (self._rebuild_vectors or self._removed or self._added or not name
                or not (self.index_dir / name).is_file()):      # else that file stays this state's
            vectors = self._updated_vectors(meta)
            name, count = vectors_name(version), str(vectors.ntotal)
            crash_points.reached("writing-vectors")
            vectors.save_atomic(self.index_dir / name)
            crash_points.reached("vectors-written")
        register_file, commitments = self._write_register(meta, version)
        fts_rows = rows_changed_after(self.db, meta, self._rows_changed, int(count))
        self.db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [
            ("model", self.manifest.model), ("dimension", str(self.manifest.dimension)),
            ("version", str(version)), ("vectors_file", name), ("passages", count),
            ("register_file", register_file), ("register_commitments", commitments),
            (FTS_META_KEY, str(fts_rows))])

    def _write_register(self, meta: dict[str, str], version: int) -> tuple[str, str]:
        """The register's file and size for the new state: written anew when its commitments changed."""
        if not (self._rebuild_register or self._register.changed) and (self.index_dir / meta["register_file"]).is_file():
            return meta["register_file"], meta["register_commitments"]
        register = register_index.updated_register(self.db, self.index_dir, meta, self._register,
                                                   self.manifest.dimension, self._rebuild_register)
        name = register_name(version)
        crash_points.reached("writing-register")
        register.save_atomic(self.index_dir / name)
        crash_points.reached("register-written")
        return name, str(register.ntotal)

    def _updated_vectors(self, meta: dict[str, str]) -> VectorIndex:
        """The vectors of the committed state with this writer's changes applied, by passage id."""
        vectors = None
        if not self._rebuild_vectors:
            try:
                vectors = VectorIndex.load(self.index_dir / meta["vectors_file"])
            except (FileNotFoundError, RuntimeError) as error:
                log.warning("vector file of the index unreadable (%s); rebuilding it from the database", error)
        if vectors is not None:
            vectors.remove(self._removed | set(self._added))
            vectors.add(np.fromiter(self._added, dtype=np.int64, count=len(self._added)),
                        np.stack(list(self._added.values())) if self._added else None)
            if vectors.ntotal == self.passage_count():
                return vectors
            log.warning("vector file out of step with the database; rebuilding it from the database")
        return self._vectors_from_database()

    def _vectors_from_database(self) -> VectorIndex:
        vectors = VectorIndex.empty(self.manifest.dimension)
        cursor = self.db.execute("SELECT id, embedding FROM passages ORDER BY id")
        while rows := cursor.fetchmany(10_000):     # in batches: one copy of the vectors in memory, not two
            vectors.add(np.array([r[0] for r in rows], dtype=np.int64),
                        np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows]))
        return vectors

    def _checkpoint(self) -> None:
        """Fold the WAL into the database file and empty it; a reader still on an older state
        makes this give up quickly (the next ingest finishes it)."""
        self.db.execute("PRAGMA busy_timeout = 200")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def _drop_unnamed_vector_files(self) -> None:
        """Vector files no committed state names: left by a crash, or replaced by a newer state.
        (A reader that already loaded one keeps it in memory.)"""
        meta = read_meta(self.db)
        named = {meta.get("vectors_file"), meta.get("register_file")}
        for path in [*self.index_dir.glob(VECTORS_GLOB), *self.index_dir.glob(".vectors-*.tmp"),
                     *self.index_dir.glob(REGISTER_GLOB), *self.index_dir.glob(".register-*.tmp")]:
            if path.name not in named:
                path.unlink(missing_ok=True)

    def _drop_old_layout(self) -> None:
        (self.index_dir / CURRENT_NAME).unlink(missing_ok=True)
        for folder in self.index_dir.glob("gen-*"):
            shutil.rmtree(folder, ignore_errors=True)

    def abort(self) -> None:
        try:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
        finally:
            self._close()

    def _close(self) -> None:
        try:
            self.db.close()
        finally:
            self._lock.release()

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.abort()


def _embedding_text(text: str, heading: str | None, context: str | None) -> str:
    return embedding_text(Passage("", 0, 0, 0, text, heading, [], context))
