"""The naive baseline every retrieval figure is shown against.

The simplest thing a user could build: each document's paragraphs merged in order
into chunks of up to BUDGET tokens (cl100k), an in-memory SQLite FTS5 table over
them, and BM25 on the question's own words, OR-ed. No headings, no stop words,
no fusion, no reranking, no per-document cap. It reuses nothing of the project's
splitting or query processing, so a loss in either shows up against it.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .models import Hit
from .passages import count_tokens

BUDGET = 200
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Chunk:
    doc_id: str
    start: int
    end: int
    text: str


def naive_chunks(doc_id: str, text: str, budget: int = BUDGET) -> list[Chunk]:
    """Paragraphs (blank-line separated) merged in order while they fit in `budget` tokens.

    A paragraph longer than the budget is cut into runs of words that fit.
    """
    chunks: list[Chunk] = []
    start = end = tokens = None
    for p_start, p_end in _paragraph_spans(text):
        for s, e, n in _fitting_pieces(text, p_start, p_end, budget):
            if start is not None and tokens + n <= budget:
                end, tokens = e, tokens + n
                continue
            if start is not None:
                chunks.append(Chunk(doc_id, start, end, text[start:end]))
            start, end, tokens = s, e, n
    if start is not None:
        chunks.append(Chunk(doc_id, start, end, text[start:end]))
    return chunks


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]


def _fitting_pieces(text: str, start: int, end: int, budget: int) -> list[tuple[int, int, int]]:
    """(start, end, tokens) pieces of one paragraph, each within the budget."""
    tokens = count_tokens(text[start:end])
    if tokens <= budget:
        return [(start, end, tokens)]
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    per_piece = max(1, int(len(words) * budget / tokens * 0.9))
    pieces = []
    for i in range(0, len(words), per_piece):
        s, e = words[i][0], words[min(i + per_piece, len(words)) - 1][1]
        pieces.append((s, e, count_tokens(text[s:e])))
    return pieces


def match_expression(question: str) -> str:
    """Every word of the question, quoted, OR-ed: no FTS5 syntax can leak in."""
    words = dict.fromkeys(w.lower() for w in _WORD.findall(question or ""))
    return " OR ".join(f'"{w}"' for w in words)


class NaiveBM25:
    """FTS5 BM25 over naive chunks, held in memory."""

    def __init__(self, documents: list[tuple[str, str]], budget: int = BUDGET):
        self.chunks = [c for doc_id, text in documents for c in naive_chunks(doc_id, text, budget)]
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE VIRTUAL TABLE chunks USING fts5(text)")
        self.db.executemany("INSERT INTO chunks(rowid, text) VALUES (?, ?)",
                            ((i, c.text) for i, c in enumerate(self.chunks)))

    def search(self, question: str, k: int = 10) -> list[Hit]:
        expression = match_expression(question)
        if not expression:
            return []
        rows = self.db.execute("SELECT rowid, -bm25(chunks) FROM chunks WHERE chunks MATCH ? "
                               "ORDER BY bm25(chunks) LIMIT ?", (expression, k)).fetchall()
        return [self._hit(rowid, score) for rowid, score in rows]

    def _hit(self, rowid: int, score: float) -> Hit:
        c = self.chunks[rowid]
        return Hit(passage_id=rowid, doc_id=c.doc_id, text=c.text, start=c.start, end=c.end, score=score)
