"""The seam between retrieval and storage: what search, answers and the register ask of an index.

`Store` (SQLite + FTS5 + FAISS on one machine) is today's only implementation. A second
backend, such as a Qdrant cluster sharded by council for a national archive, implements
these methods and nothing else; search.py, core.py and register.py do not change.
docs/performance.md gives the plan. tests/test_backend.py checks that `Store` satisfies
the protocol, so a method added to the store's callers without being added here fails.

Ids are integers chosen by the backend; scores are "higher is better" and only compared
within one call. A question's `fts_search` and `vector_search` are called at the same time,
from two threads (`search.first_searches`), on the same snapshot: both must allow that. Filters are applied inside the search (a backend must never return a
passage outside them, and must fill `limit` from the passages inside them).
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

from .models import Commitment, CommitmentScope, DocumentInfo, Filters, Hit


@runtime_checkable
class SearchBackend(Protocol):
    """Keyword top-k, vector top-k, passage and document reads, and commitments, with filters."""

    # -- search: top k with filters
    def fts_search(self, match: str, filters: Filters | None = None, limit: int = 50,
                   weights: tuple[float, float] = (0.5, 0.3)) -> list[tuple[int, float]]:
        """(passage id, BM25 score) for an FTS5-syntax expression of quoted terms joined by OR."""

    def vector_search(self, query: np.ndarray, filters: Filters | None = None,
                      limit: int = 50) -> list[tuple[int, float]]:
        """(passage id, cosine similarity) of the passages nearest to a normalised query vector."""

    def term_counts(self, terms: list[str]) -> dict[str, int]:
        """Passages containing each term (document frequency, for IDF weights)."""

    def prefix_counts(self, prefixes: list[str]) -> dict[str, int]:
        """Passages holding a word that begins with each prefix (a name the minutes may misspell)."""

    @property
    def passage_count(self) -> int:
        """Passages in the index (the N of IDF)."""

    # -- passage reads
    def hits(self, scored: list[tuple[int, float]]) -> list[Hit]:
        """Full records, with document metadata, for (passage id, score) pairs, in order."""

    def layout(self, passage_ids: list[int]) -> dict[int, tuple[str, int | None, int | None]]:
        """For these passages, and the neighbours of those in transcripts: (document, previous
        passage, next passage)."""

    def sentence_vectors(self, passage_ids: list[int]) -> dict[int, tuple[list[tuple[int, int]], np.ndarray]]:
        """Per passage: its sentence spans (document offsets) and their embeddings."""

    def passage_at(self, doc_id: str, start: int, end: int) -> Hit | None:
        """The passage of a document that overlaps [start, end) most."""

    # -- document reads
    def is_transcript(self, doc_id: str) -> bool: ...

    def transcripts(self, doc_ids) -> set[str]:
        """Which of these documents are transcripts (one call for a search's candidates)."""

    def has_documents_without(self, column: str) -> bool:
        """Whether some document's council (committee, kind) is not known."""

    def document_text(self, doc_id: str) -> str | None: ...

    def item_span(self, doc_id: str, start: int, end: int) -> tuple[int, int] | None: ...

    def page_range(self, doc_id: str, start: int, end: int) -> tuple[int | None, int | None]: ...

    def documents(self) -> list[DocumentInfo]: ...

    def distinct(self, column: str) -> list[str]:
        """Distinct councils, committees or kinds (for filter menus and reading them from questions)."""

    # -- commitments
    def commitments(self, filters: Filters | None = None) -> list[Commitment]: ...

    def commitment_vectors(self, filters: Filters | None = None) -> dict[tuple[str, int, int], np.ndarray]: ...

    # -- the commitments register: vector top-k over the commitments answered from
    def register_search(self, query: np.ndarray, scope: CommitmentScope = CommitmentScope(),
                        limit: int = 50) -> list[tuple[int, float]]:
        """(commitment id, cosine similarity) of the register's commitments in `scope` nearest to
        the query, best first."""

    def register_count(self, scope: CommitmentScope = CommitmentScope()) -> int:
        """How many of the register's commitments are in `scope`."""

    def commitments_by_id(self, ids: list[int]) -> dict[int, Commitment]:
        """The commitments with these ids, with their documents' council, committee and date."""

    # -- lifecycle
    @property
    def version(self) -> int:
        """The version of the index being read; each ingest that changes anything adds one
        (answers are cached per version, and a new one is followed)."""

    @property
    def vectors(self) -> object:
        """The vector index matching what is read (loaded when a new version is followed)."""

    def snapshot(self) -> "SearchBackend":
        """This index pinned to its latest committed state until `close()` (one per question)."""

    def warm(self) -> None:
        """Read ahead what the first questions of this version would otherwise wait for (a
        server calls it in the background after opening and after each new version)."""

    def close(self) -> None: ...


def missing_methods(candidate: object) -> list[str]:
    """Names of the protocol's members that `candidate` lacks (empty when it is a SearchBackend)."""
    wanted = [name for name in vars(SearchBackend) if not name.startswith("_")]
    return [name for name in wanted if not hasattr(candidate, name)]
