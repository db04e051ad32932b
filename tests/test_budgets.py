"""Budgets per file: a file over one is reported and skipped, and the rest of the ingest commits."""
from __future__ import annotations

import zipfile

import pytest

from assistant.budgets import MB, Budget
from assistant.errors import UnreadableFile
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


def deeply_nested_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "The panel noted the report on caseloads." + "</div>" * depth + "</body></html>"


def test_a_file_over_the_time_budget_is_skipped_and_the_rest_commits(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    ingest(corpus, tmp_path / "index", hash_embedder)
    (corpus / "nested.html").write_text(deeply_nested_html(20_000), encoding="utf-8")
    # With no time at all, the worker cannot answer: the file is skipped whatever the machine's speed.
    report = ingest(corpus, tmp_path / "index", hash_embedder, budget=Budget(max_read_seconds=0))
    assert "took more than the 0 s a file may take to read" in reasons(report)["nested.html"]
    assert report.unchanged == 1 and indexed(tmp_path / "index") == {"good"}


def test_the_reader_is_usable_again_after_a_file_over_the_time_budget(tmp_path):
    from assistant.file_worker import FileReader

    (tmp_path / "nested.html").write_text(deeply_nested_html(20_000), encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    with FileReader(Budget(max_read_seconds=0)) as reader:
        with pytest.raises(UnreadableFile, match="took more than"):
            reader.read(tmp_path / "nested.html", None)
        reader.budget = Budget()
        assert "caseloads had fallen" in reader.read(tmp_path / "good.txt", None).doc.text


def test_a_file_over_the_memory_budget_is_skipped_and_the_rest_indexed(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "big.txt").write_text("The committee noted the report on caseloads. " * 400_000, encoding="utf-8")
    report = ingest(corpus, tmp_path / "index", hash_embedder, budget=Budget(max_read_memory=8 * MB))
    assert "needs more than the 8 MB of memory a file may take to read" in reasons(report)["big.txt"]
    assert indexed(tmp_path / "index") == {"good"}


def test_a_file_removed_during_the_ingest_is_reported_and_the_rest_indexed(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "later.txt").write_text(GOOD, encoding="utf-8")

    def remove_later(name, done, total):
        if name == "good.txt":
            (corpus / "later.txt").unlink()

    report = ingest(corpus, tmp_path / "index", hash_embedder, progress=remove_later)
    assert reasons(report)["later.txt"] == "was removed from the folder while the ingest ran; not read"
    assert indexed(tmp_path / "index") == {"good"}


def test_the_reading_process_runs_this_package_whatever_the_working_folder_holds(tmp_path, monkeypatch):
    from assistant.file_worker import FileReader

    impostor = tmp_path / "elsewhere" / "assistant"
    impostor.mkdir(parents=True)
    (impostor / "__init__.py").write_text("raise ImportError('another copy of the package')\n", encoding="utf-8")
    monkeypatch.chdir(impostor.parent)     # as when a command is run from another checkout's folder
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    with FileReader(Budget()) as reader:
        assert "caseloads had fallen" in reader.read(tmp_path / "good.txt", None).doc.text
