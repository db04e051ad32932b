"""Budgets per file: a file over one is reported and skipped, and the rest of the ingest commits."""
from __future__ import annotations

import zipfile

from assistant.budgets import MB, Budget
from assistant.ingest import ingest
from assistant.store import Store

GOOD = "Scrutiny Panel\n\n1. Caseloads\n\nThe Director reported that caseloads had fallen to 18 per worker.\n"


def indexed(index) -> set[str]:
    store = Store.open(index)
    try:
        return {d.doc_id for d in store.documents()}
    finally:
        store.close()


def reasons(report) -> dict[str, str]:
    return dict(report.skipped)


def test_a_file_over_the_size_budget_is_skipped_and_the_rest_indexed(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "huge.txt").write_text("The committee noted the report. " * 200, encoding="utf-8")
    report = ingest(corpus, tmp_path / "index", hash_embedder, budget=Budget(max_file_bytes=2000))
    assert "over the" in reasons(report)["huge.txt"]
    assert indexed(tmp_path / "index") == {"good"}


def test_a_docx_that_unzips_past_the_budget_is_refused_before_it_is_inflated(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    with zipfile.ZipFile(corpus / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (3 * MB))
    assert (corpus / "bomb.docx").stat().st_size < 50_000
    report = ingest(corpus, tmp_path / "index", hash_embedder, budget=Budget(max_unzipped_bytes=1 * MB))
    assert "unzips to 3 MB" in reasons(report)["bomb.docx"]
    assert indexed(tmp_path / "index") == {"good"}


def test_a_file_with_too_many_passages_is_not_indexed(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    items = "".join(f"{n}. Item {n}\n\nThe panel discussed matter number {n} and agreed action {n}.\n\n"
                    for n in range(1, 40))
    (corpus / "long.txt").write_text(items, encoding="utf-8")
    report = ingest(corpus, tmp_path / "index", hash_embedder, budget=Budget(max_passages=5))
    assert "passages, over the 5" in reasons(report)["long.txt"]
    assert indexed(tmp_path / "index") == {"good"}
