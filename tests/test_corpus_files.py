"""What goes into the index: only the corpus, one document per name, nothing too small for a sentence."""
from __future__ import annotations

import os
import threading

import pytest

from assistant.errors import MinutesQAError
from assistant.ingest import ingest
from assistant.store import Store
from ui.library import save_uploads

from test_store import MINUTES, make_corpus

SECRET = "root:x:0:0:the secret account line that must never be indexed:/root:/bin/bash\n"
GOOD = "Agenda item\n\nLibraries\n\n1. The committee agreed the library opening hours.\n"


def indexed(index) -> dict[str, str]:
    store = Store.open(index)
    try:
        return {d.doc_id: store.document_text(d.doc_id) for d in store.documents()}
    finally:
        store.close()


def reasons(report) -> dict[str, str]:
    return dict(report.skipped)


# ------------------------------------------------------------------ links

def test_a_link_out_of_the_corpus_is_refused_with_a_reason(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    secret = tmp_path / "outside" / "passwd"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    (corpus / "p.txt").symlink_to(secret)
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert "outside the corpus folder" in reasons(report)["p.txt"]
    assert str(secret) not in reasons(report)["p.txt"]          # the report is shown in the web app
    docs = indexed(tmp_path / "idx")
    assert set(docs) == {"a", "b"} and not any("secret" in text for text in docs.values())


def test_a_link_out_of_the_corpus_already_indexed_is_removed(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    outside = make_corpus(tmp_path / "outside", {"p.txt": SECRET})
    (corpus / "p.txt").write_text(SECRET)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    (corpus / "p.txt").unlink()
    (corpus / "p.txt").symlink_to(outside / "p.txt")
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert report.removed == ["p"] and "p" not in indexed(tmp_path / "idx")


def test_a_link_inside_the_corpus_is_followed(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", {"a.txt": MINUTES["a.txt"]})
    (corpus / "archive").mkdir()
    (corpus / "archive" / "b-original.txt").write_text(MINUTES["b.txt"])
    (corpus / "b.txt").symlink_to(corpus / "archive" / "b-original.txt")
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert "b.txt" not in reasons(report)
    assert {"a", "b", "b-original"} == set(indexed(tmp_path / "idx"))


def test_broken_and_looping_links_are_reported(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    (corpus / "gone.txt").symlink_to(tmp_path / "no-such-file.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert "broken or loops" in reasons(report)["gone.txt"]
    assert "broken or loops" in reasons(report)["loop.txt"]
    assert set(indexed(tmp_path / "idx")) == {"a", "b"}


def test_a_manifest_linked_from_outside_is_not_read(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    outside = make_corpus(tmp_path / "outside", {"manifest.csv": "file,council\na.txt,Secret Council\n"})
    (corpus / "manifest.csv").symlink_to(outside / "manifest.csv")
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert "outside the corpus folder" in reasons(report)["manifest.csv"]
    assert "Secret Council" not in [d.council for d in Store.open(tmp_path / "idx").documents()]


def test_an_upload_replaces_a_link_instead_of_writing_through_it(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "uploads").mkdir(parents=True)
    victim = tmp_path / "outside.txt"
    victim.write_text("precious")
    (corpus / "uploads" / "minutes.txt").symlink_to(victim)
    upload = tmp_path / "gradio" / "minutes.txt"
    upload.parent.mkdir()
    upload.write_text(GOOD)
    accepted, rejected = save_uploads([str(upload)], corpus, [])
    assert accepted == ["minutes.txt"] and not rejected
    stored = corpus / "uploads" / "minutes.txt"
    assert not stored.is_symlink() and stored.read_text() == GOOD
    assert victim.read_text() == "precious"
    assert [p.name for p in (corpus / "uploads").iterdir()] == ["minutes.txt"]     # no partial copy left


def test_uploads_are_refused_when_the_uploads_folder_leads_outside(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (corpus / "uploads").symlink_to(elsewhere, target_is_directory=True)
    upload = tmp_path / "minutes.txt"
    upload.write_text(GOOD)
    with pytest.raises(MinutesQAError, match="outside the corpus folder"):
        save_uploads([str(upload)], corpus, [])
    assert list(elsewhere.iterdir()) == []


# ------------------------------------------------------------------ one document per name

def test_a_file_that_cannot_be_read_does_not_hide_one_that_can(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", {"a.txt": GOOD})
    (corpus / "a.pdf").write_bytes(b"%PDF-1.4 truncated")
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert "a.pdf" in reasons(report) and "a.txt" not in reasons(report)
    assert "library opening hours" in indexed(tmp_path / "idx")["a"]
    again = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert again.unchanged == 1 and "library opening hours" in indexed(tmp_path / "idx")["a"]


def test_of_two_readable_files_with_one_name_the_first_in_path_order_wins(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", {"a.md": GOOD, "a.txt": MINUTES["b.txt"]})
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert reasons(report)["a.txt"] == "a.md is already indexed under the name 'a'; rename one of them to index both"
    assert "library opening hours" in indexed(tmp_path / "idx")["a"]
    again = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert again.unchanged == 1 and "a.txt" in reasons(again)


# ------------------------------------------------------------------ too small

@pytest.mark.parametrize("name, content", [("tiny.txt", b"a"), ("tiny.txt", b"\x93"), ("tiny.txt", b"x\n"),
                                           ("tiny.md", b"# Ok."), ("tiny.txt", b"12 34 56 78"),
                                           ("tiny.html", b"<p>Hi <b>there</b></p>")])
def test_a_file_too_small_for_a_sentence_is_skipped_with_a_reason(tmp_path, hash_embedder, name, content):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    (corpus / name).write_bytes(content)
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert "too little text" in reasons(report).get(name, ""), reasons(report)
    assert set(indexed(tmp_path / "idx")) == {"a", "b"}


def test_three_words_are_enough(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", {"short.txt": "Budget was agreed."})
    report = ingest(corpus, tmp_path / "idx", hash_embedder)
    assert report.files_read == 1 and not report.skipped


def test_a_random_single_byte_is_never_a_document(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    for byte in range(256):
        (corpus / f"byte-{byte:03d}.txt").write_bytes(bytes([byte]))
    ingest(corpus, tmp_path / "idx", hash_embedder)
    assert set(indexed(tmp_path / "idx")) == {"a", "b"}


def test_a_pipe_named_like_a_document_is_skipped_not_waited_on(tmp_path, hash_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    pipe = corpus / "pipe.txt"
    os.mkfifo(pipe)
    stop = threading.Event()

    def feed():   # without the check, each read of the pipe would get this text (and without it, wait for ever)
        while not stop.is_set():
            with open(pipe, "w", encoding="utf-8") as writer:
                writer.write(SECRET)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        report = ingest(corpus, tmp_path / "index", hash_embedder)
    finally:
        stop.set()
        reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)     # lets a writer waiting to open go
        feeder.join(timeout=5)
        os.close(reader)
    assert dict(report.skipped)["pipe.txt"] == "is not a regular file (a pipe, socket or device); not read"
    assert set(indexed(tmp_path / "index")) == {"good"}
