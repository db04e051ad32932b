"""A document that repeats itself is indexed once per distinct passage and cannot take over the answers."""
from __future__ import annotations

from assistant.ingest import ingest
from assistant.models import Passage
from assistant.repeats import distinct_passages, is_repetitive
from assistant.store import Store

FLOOD = "Ofsted said that caseloads were too high and must come down quickly. " * 3000
FINDINGS = ("Children's Services Committee\n\n3. Ofsted monitoring visit\n\n"
            "3.1 Inspectors found that caseloads in the assessment teams had reduced significantly.\n\n"
            "3.2 Ofsted noted that supervision was regular and recorded.\n")
OTHER = ("Scrutiny Panel\n\n4. Workforce\n\n4.1 The Director reported that caseloads averaged 19 per social worker "
         "and that Ofsted would revisit in the spring.\n")


def passage(seq: int, text: str, heading: str | None = "Item") -> Passage:
    return Passage(doc_id="d", seq=seq, start=seq * 100, end=seq * 100 + len(text), text=text, heading=heading)


def test_repeats_under_one_heading_are_kept_once_in_order():
    passages = [passage(0, "Caseloads are high."), passage(1, "high. Caseloads are"),
                passage(2, "Agenda noted."), passage(3, "Caseloads are high.", heading="Other item")]
    distinct = distinct_passages(passages)
    assert [p.seq for p in distinct.passages] == [0, 2, 3] and distinct.repeats == 1
    assert not is_repetitive(distinct)


def test_a_flooding_file_is_reported_and_indexed_once(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (corpus / "findings.txt").write_text(FINDINGS, encoding="utf-8")
    report = ingest(corpus, tmp_path / "index", hash_embedder)
    assert [name for name, _, _ in report.repetitive] == ["flood.txt"]
    store = Store.open(tmp_path / "index")
    flood = store.db.execute("SELECT count(*) FROM passages WHERE doc_id = 'flood'").fetchone()[0]
    store.close()
    assert flood <= 2


def test_a_flooding_file_does_not_take_over_the_answer(assistant_over):
    assistant = assistant_over({"flood.txt": FLOOD, "findings.txt": FINDINGS, "other.txt": OTHER})
    docs = [h.doc_id for h in assistant.ask("What did Ofsted say about caseloads?", k=5).passages]
    assert docs.count("flood") <= 2 and {"findings", "other"} <= set(docs)


def test_the_library_flags_a_repetitive_document(tmp_path, hash_embedder):
    from assistant import Assistant
    from ui.library import documents_table
    from ui.state import AppState

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (corpus / "findings.txt").write_text(FINDINGS, encoding="utf-8")
    assistant = Assistant.build(corpus, tmp_path / "index", embedder=hash_embedder)
    state = AppState(assistant, corpus)
    notes = dict(zip(documents_table(state)["File"], documents_table(state)["Note"]))
    assert notes["findings.txt"] == ""
    assert notes["flood.txt"].startswith("⚠ repetitive:") and "indexed once" in notes["flood.txt"]
    (corpus / "echo.txt").write_text(FLOOD.replace("Ofsted", "Inspectors"), encoding="utf-8")
    state.ingest()                                   # a re-index through the app flags what it reads
    notes = dict(zip(documents_table(state)["File"], documents_table(state)["Note"]))
    assert notes["echo.txt"].startswith("⚠ repetitive:") and notes["flood.txt"].startswith("⚠ repetitive:")
    assistant.close()
    reopened = AppState(Assistant.open(tmp_path / "index", embedder=hash_embedder), corpus)   # a restart
    notes = dict(zip(documents_table(reopened)["File"], documents_table(reopened)["Note"]))
    assert notes["flood.txt"].startswith("⚠ repetitive:") and notes["findings.txt"] == ""
    reopened.assistant.close()
