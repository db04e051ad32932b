"""The commitments register as a vector index of its own, kept beside the passage vectors.

One FAISS file per index version (`register-00000008.faiss`), keyed by commitment id and
holding the embedding of each commitment the register answers from (procedural ones,
such as "the minutes be approved", are left out: `in_register`). An ingest updates it by
id as it updates the passage vectors, writes it atomically before its commit and names
it in `meta` (`register_file`) in the same transaction; an index without one gets it
built from the stored embeddings by its next ingest.

A question reads no commitment it does not rank: the register is searched (top k) with
a mask over commitment ids, built as the passage filters are (a document's commitments
are written together, so their ids form one range per document; only the kept
documents' ranges are read), and only the commitments found are read from SQLite. Restricting to the councils or owners a
question names is a mask too (`Store._scope_mask`); owners are matched as `owner_matches`
does (`OwnerKeys`).
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import numpy as np

from .commitments import is_procedural, with_aliases
from .models import Commitment, CommitmentScope
from .store_queries import id_mask, kept_ranges
from .vector_index import VectorIndex

log = logging.getLogger(__name__)

REGISTER_GLOB = "register-*.faiss"
_SEPARATOR = "\x00"     # between the owner keys of two commitments: no owner or question holds it


def register_name(version: int) -> str:
    return f"register-{version:08d}.faiss"


def in_register(text: str) -> bool:
    """Whether a commitment with this text is answered from (procedural resolutions are not)."""
    return not is_procedural(Commitment(text, None, None, None, "resolution", "", 0, 0))


# ---------------------------------------------------------------- writing

class RegisterChanges:
    """What one ingest does to the register: commitment ids removed, vectors added by id."""

    def __init__(self) -> None:
        self.removed: set[int] = set()
        self.added: dict[int, np.ndarray] = {}

    @property
    def changed(self) -> bool:
        return bool(self.removed or self.added)

    def remove(self, ids: list[int]) -> None:
        for commitment_id in ids:
            self.added.pop(commitment_id, None)
        self.removed.update(ids)

    def add(self, ids: list[int], commitments, vectors) -> None:
        """Commitments just written (`ids[i]` is `commitments[i]`); those without a vector wait for
        the next build from the database (`commitments_without_vectors`)."""
        for commitment_id, commitment, vector in zip(ids, commitments, vectors):
            if vector is not None and in_register(commitment.text):
                self.added[commitment_id] = np.asarray(vector, dtype=np.float32)


def updated_register(db: sqlite3.Connection, index_dir: Path, meta: dict[str, str], changes: RegisterChanges,
                     dimension: int, rebuild: bool) -> VectorIndex:
    """The register of the committed state with `changes` applied by id; built from the
    database when there is none, when asked to, or when its file is unreadable or out of step."""
    register = None if rebuild or "register_file" not in meta else _load(index_dir / meta["register_file"])
    if register is not None and register.ntotal == int(meta.get("register_commitments", -1)):
        register.remove(changes.removed | set(changes.added))
        register.add(np.fromiter(changes.added, dtype=np.int64, count=len(changes.added)),
                     np.stack(list(changes.added.values())) if changes.added else None)
        return register
    if register is not None:
        log.warning("commitments register out of step with the database; rebuilding it from the database")
    return register_from_database(db, dimension)


def _load(path: Path) -> VectorIndex | None:
    try:
        return VectorIndex.load(path)
    except (FileNotFoundError, RuntimeError) as error:
        log.warning("commitments register unreadable (%s); rebuilding it from the database", error)
        return None


def register_from_database(db: sqlite3.Connection, dimension: int) -> VectorIndex:
    """Every stored commitment embedding that belongs in the register, read in batches, indexed at once."""
    ids, blocks = [], []
    cursor = db.execute("SELECT id, text, embedding FROM commitments WHERE embedding IS NOT NULL ORDER BY id")
    while rows := cursor.fetchmany(10_000):
        kept = [row for row in rows if in_register(row[1])]
        ids += [row[0] for row in kept]
        if kept:
            blocks.append(np.frombuffer(b"".join(row[2] for row in kept), dtype=np.float32).reshape(len(kept), -1))
    vectors = np.concatenate(blocks) if blocks else np.zeros((0, dimension), dtype=np.float32)
    del blocks
    return VectorIndex.of(np.array(ids, dtype=np.int64), vectors)


# ---------------------------------------------------------------- reading

def members(register: VectorIndex) -> np.ndarray:
    """A boolean mask over commitment ids: True for those the register holds."""
    ids = register.ids()
    mask = np.zeros(int(ids.max()) + 1 if len(ids) else 0, dtype=bool)
    mask[ids] = True
    return mask


def documents_mask(db: sqlite3.Connection, where: str, params: list,
                   spans: dict[str, list[tuple[int, int]]]) -> np.ndarray:
    """A boolean mask over commitment ids: the commitments of the documents matching `where` (alias d);
    `spans` are the `commitment_spans` of the same database state."""
    return id_mask(kept_ranges(db, where, params, spans)).astype(bool)


class OwnerKeys:
    """Who owns the register's commitments, lower case with acronyms spelt out (`with_aliases`), so
    that a role or name is matched as `register.owner_matches` matches it without reading every
    commitment: each distinct owner is expanded once (they are few; `commitments_owner` lists them
    and their commitments), and the text of the commitments with no owner, which stands in for
    it, is kept as one string."""

    def __init__(self, db: sqlite3.Connection, held: np.ndarray):
        self.db, self.held = db, held
        self.owners = {owner: with_aliases(owner) for (owner,) in db.execute(
            "SELECT DISTINCT owner FROM commitments WHERE owner IS NOT NULL AND owner != ''")}
        ids, keys = [], []
        for commitment_id, text in db.execute("SELECT id, text FROM commitments WHERE owner IS NULL OR owner = ''"):
            if commitment_id < len(held) and held[commitment_id]:
                ids.append(commitment_id)
                keys.append(with_aliases(text))
        self.ids = np.array(ids, dtype=np.int64)
        self.starts = np.cumsum([0] + [len(key) + 1 for key in keys[:-1]], dtype=np.int64)
        self.text = _SEPARATOR.join(keys)

    def mask(self, owner: str) -> np.ndarray:
        """A boolean mask over commitment ids: the register's commitments `owner` matches."""
        mask = np.zeros(len(self.held), dtype=bool)
        if not owner or _SEPARATOR in owner:
            return mask
        named = [name for name, key in self.owners.items() if owner in key]
        for chunk in range(0, len(named), 900):
            part = named[chunk:chunk + 900]
            rows = self.db.execute(f"SELECT id FROM commitments WHERE owner IN ({','.join('?' * len(part))})", part)
            ids = np.fromiter((row[0] for row in rows), dtype=np.int64)
            mask[ids[ids < len(mask)]] = True
        places, at = [], self.text.find(owner)
        while at != -1:
            places.append(at)
            at = self.text.find(owner, at + 1)
        if places:
            mask[self.ids[np.searchsorted(self.starts, np.array(places), side="right") - 1]] = True
        return mask & self.held


def combine(size: int, *masks: np.ndarray | None) -> np.ndarray:
    """The masks (None: no restriction) and-ed over `size` ids; a shorter mask is False past its end."""
    result = np.ones(size, dtype=bool)
    for mask in masks:
        if mask is not None:
            shared = min(size, len(mask))
            result[:shared] &= mask[:shared]
            result[shared:] = False
    return result


def any_owner(masks: list[np.ndarray], size: int) -> np.ndarray:
    result = np.zeros(size, dtype=bool)
    for mask in masks:
        result[:len(mask)] |= mask[:size]
    return result


def is_unrestricted(scope: CommitmentScope) -> bool:
    return ((scope.filters is None or scope.filters.is_empty()) and not scope.councils and not scope.owners
            and scope.doc_ids is None)


def similarities(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Cosine similarity of each row to the query, computed as for a whole stacked register.

    BLAS takes the rows four at a time and the last few another way, which can differ in the
    last bit; padding to a multiple of four gives every row the arithmetic of a large block.
    """
    rows = len(vectors)
    padded = np.zeros((max(4, -(-rows // 4) * 4), vectors.shape[1]), dtype=np.float32)
    padded[:rows] = vectors
    return (padded @ np.asarray(query, dtype=np.float32))[:rows]
