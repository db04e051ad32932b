"""Where keyword recall is lost: BM25 alone over two passage splittings and three query forms.

    python bench/keyword_study.py

No index or model needed: the documents are read and split in memory, and each
variant is an in-memory FTS5 table. Rows vary one thing at a time against the naive
baseline (assistant/baseline.py): the passages (the project's structure-aware
passages with heading and context columns, or naive paragraph chunks), the query
(every word as asked, the project's content terms and phrases, or content terms
only), the tokenizer (unicode61, porter), and the old cap of 3 passages per document.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant import baseline
from assistant.documents import find_documents, load_manifest, read_document
from assistant.evaluate import load_questions, score_question, summarise
from assistant.models import Hit
from assistant.passages import split_passages
from assistant.query import fts_expression, parse_query

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = [ROOT / "corpus", SHARED / "benchmarks" / "qmsum-committee-corpus"]
SETS = {"qmsum-train": SHARED / "eval" / "qmsum-train.jsonl", "qmsum-val": SHARED / "eval" / "qmsum-val.jsonl",
        "seeds-dev": SHARED / "eval" / "seeds-dev.jsonl", "dev-seeds2": ROOT / "bench" / "dev-seeds2.jsonl"}
QUERIES = {"every word": baseline.match_expression,
           "terms + phrases": lambda q: fts_expression(parse_query(q)),
           "terms only": lambda q: " OR ".join(f'"{t}"' for t in parse_query(q).terms)}


def fts_table(units, tokenizer: str, columns: bool) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    names = "text, heading, context" if columns else "text"
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5({names}, tokenize='{tokenizer}')")
    for i, u in enumerate(units):
        values = (i, u.text, getattr(u, "heading", None), getattr(u, "context", None))[: 4 if columns else 2]
        db.execute(f"INSERT INTO t(rowid, {names}) VALUES ({','.join('?' * len(values))})", values)
    return db


def capped(hits: list[Hit], per_document: int) -> list[Hit]:
    counts: dict[str, int] = {}
    kept, held = [], []
    for h in hits:
        (kept if counts.get(h.doc_id, 0) < per_document else held).append(h)
        counts[h.doc_id] = counts.get(h.doc_id, 0) + 1
    return (kept + held)[:10]


def measure(units, db, query, weights: str = "", cap: int = 0) -> str:
    cells = []
    for path in SETS.values():
        outcomes = []
        for q in (q for q in load_questions(path) if q.gold):
            match = query(q.question)
            rows = db.execute(f"SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t{weights}) LIMIT 40",
                              (match,)).fetchall() if match else []
            hits = [Hit(r[0], units[r[0]].doc_id, units[r[0]].text, 0, 0, 0.0) for r in rows]
            outcomes.append(score_question(q, capped(hits, cap) if cap else hits[:10], True, 0.0))
        r = summarise(outcomes, "")
        cells.append(f"{r.hit_at_5:.3f} / {r.mrr_at_10:.3f}")
    return " | ".join(cells)


def main() -> None:
    docs = [read_document(p, load_manifest(f)) for f in FOLDERS for p in find_documents(f)]
    passages = [p for d in docs for p in split_passages(d)]
    chunks = [c for d in docs for c in baseline.naive_chunks(d.doc_id, d.text)]
    print("| passages | query | tokenizer | columns | cap | " + " | ".join(f"{s} hit@5 / MRR" for s in SETS) + " |")
    print("|---" * (5 + len(SETS)) + "|")
    for tokenizer in ("unicode61", "porter unicode61"):
        naive_db, project_db = fts_table(chunks, tokenizer, False), fts_table(passages, tokenizer, True)
        for name, query in QUERIES.items():
            print(f"| naive chunks | {name} | {tokenizer} | text | – | {measure(chunks, naive_db, query)} |")
            for label, weights in (("text", ", 1.0, 0, 0"), ("text, heading 0.5, context 0.3", ", 1.0, 0.5, 0.3")):
                print(f"| project passages | {name} | {tokenizer} | {label} | – | "
                      f"{measure(passages, project_db, query, weights)} |")
            print(f"| project passages | {name} | {tokenizer} | text, heading 0.5, context 0.3 | 3 | "
                  f"{measure(passages, project_db, query, ', 1.0, 0.5, 0.3', 3)} |", flush=True)


if __name__ == "__main__":
    main()
