"""Updating the live index in place: a no-op writes nothing, one writer at a time, a writer killed at
any step leaves the last complete state, and every reader pairs a database state with its vectors."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.crash_points import HOOK
from assistant.errors import IndexBusy, ModelMismatch
from assistant.ingest import ingest
from assistant.store import Store

from test_store import MINUTES, make_corpus

ROOT = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).resolve().parent / "index_worker.py"
NEW = {"c.txt": "Agenda item\n\nRoads\n\n1. Potholes on the high street were reported to the committee.\n"}
CHANGED_A = "Agenda item\n\nBudget\n\n1. The swimming pool was closed for repairs by the committee.\n"


def settle(folder: Path) -> None:
    """Give every file an mtime well in the past, as files that were not just written have."""
    past = time.time() - 3600
    for path in folder.iterdir():
        os.utime(path, (past, past))


def consistent(index: Path) -> set[str]:
    """The documents of the index, after checking that its passages are exactly the ids of its vectors."""
    store = Store.open(index)
    snapshot = store.snapshot()
    passages = {row[0] for row in snapshot.db.execute("SELECT id FROM passages")}
    assert set(snapshot.vectors.ids().tolist()) == passages
    assert snapshot.passage_count == len(passages)
    documents = {d.doc_id for d in snapshot.documents()}
    snapshot.close()
    store.close()
    return documents


def file_state(index: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in index.iterdir()
            if p.is_file() and p.name != "minutes.db-shm"}


def run_worker(corpus: Path, index: Path, hook: str | None = None, lock_timeout: float = 10.0,
               wait: bool = True):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(HOOK, None)
    if hook:
        env[HOOK] = hook
    args = [sys.executable, str(WORKER), str(corpus), str(index), str(lock_timeout)]
    if not wait:
        return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def indexed(tmp_path, hash_embedder):
    corpus = make_corpus(tmp_path / "c", MINUTES)
    settle(corpus)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    return corpus, tmp_path / "idx"


def test_a_re_ingest_of_unchanged_files_writes_nothing(indexed, hash_embedder):
    corpus, index = indexed
    before = file_state(index)
    report = ingest(corpus, index, hash_embedder)
    assert (report.unchanged, report.files_read) == (2, 0)
    assert file_state(index) == before              # same database bytes, same vector file, empty WAL


def test_a_touched_but_unchanged_file_is_hashed_once_and_never_re_read(indexed, hash_embedder):
    corpus, index = indexed
    version = Store.open(index).version
    os.utime(corpus / "a.txt", (time.time() - 60, time.time() - 60))     # new mtime, same bytes
    assert ingest(corpus, index, hash_embedder).unchanged == 2
    assert Store.open(index).version == version      # nothing a reader sees changed
    vectors = [p.name for p in index.glob("vectors-*")]
    # Same path, size and mtime as stored: the file is not read at all, so a change that keeps
    # them (here forced with utime) goes unseen, as it would with make or git.
    stat = (corpus / "a.txt").stat()
    (corpus / "a.txt").write_text(MINUTES["a.txt"].replace("libraries", "librarian"), encoding="utf-8")
    os.utime(corpus / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert ingest(corpus, index, hash_embedder).unchanged == 2
    assert [p.name for p in index.glob("vectors-*")] == vectors


def test_a_changed_file_updates_the_vectors_by_id(indexed, hash_embedder):
    corpus, index = indexed
    old = Store.open(index).snapshot()
    (corpus / "a.txt").write_text(CHANGED_A, encoding="utf-8")
    make_corpus(corpus, NEW)
    report = ingest(corpus, index, hash_embedder)
    assert (report.files_read, report.unchanged) == (2, 1)
    assert consistent(index) == {"a", "b", "c"}
    new = Store.open(index).snapshot()
    assert new.version == old.version + 1
    assert [p.name for p in index.glob("vectors-*")] == [new.vectors_file]     # one copy on disk
    b_ids = [row[0] for row in new.db.execute("SELECT id FROM passages WHERE doc_id = 'b'")]
    assert b_ids == [row[0] for row in old.db.execute("SELECT id FROM passages WHERE doc_id = 'b'")]
    assert {d.doc_id for d in old.documents()} == {"a", "b"}      # the old snapshot is still whole
    assert old.vectors.ntotal == old.passage_count


class FailsOnWord:
    """The hash embedder, except that a text containing `word` makes it raise (a model failing on one input)."""

    def __init__(self, inner, word: str):
        self.inner, self.word = inner, word
        self.name, self.dimension, self.max_tokens = inner.name, inner.dimension, inner.max_tokens

    def embed(self, texts):
        if any(self.word in t for t in texts):
            raise RuntimeError(f"cannot embed a text with {self.word!r}")
        return self.inner.embed(texts)

    def count_tokens(self, text):
        return self.inner.count_tokens(text)


def test_a_file_that_fails_to_embed_is_skipped_and_keeps_its_old_version_while_the_rest_ingest(indexed,
                                                                                               hash_embedder):
    corpus, index = indexed
    (corpus / "a.txt").write_text(CHANGED_A, encoding="utf-8")
    make_corpus(corpus, NEW)
    report = ingest(corpus, index, FailsOnWord(hash_embedder, "swimming"))
    assert [name for name, _ in report.skipped] == ["a.txt"]
    assert "could not be embedded (RuntimeError" in report.skipped[0][1]
    assert report.files_read == 1
    assert consistent(index) == {"a", "b", "c"}
    store = Store.open(index)
    assert store.fts_search('"libraries"') and not store.fts_search('"swimming"')   # a's last good version
    assert store.fts_search('"potholes"')


def test_a_second_ingest_process_fails_clearly_while_the_first_holds_the_index(indexed, tmp_path):
    corpus, index = indexed
    make_corpus(corpus, NEW)
    go = tmp_path / "go"
    first = run_worker(corpus, index, hook=f"hold:before-commit:{go}", wait=False)
    try:
        deadline = time.monotonic() + 60
        while not Path(f"{go}.reached").exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert Path(f"{go}.reached").exists(), first.communicate()
        second = run_worker(corpus, index, lock_timeout=0.3)
        assert second.returncode == 3, second.stderr
        assert "another ingest is updating the index" in second.stdout
        assert consistent(index) == {"a", "b"}          # the first has not committed yet
    finally:
        go.touch()
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert consistent(index) == {"a", "b", "c"}
    assert run_worker(corpus, index).returncode == 0


def test_a_second_ingest_thread_fails_clearly_while_the_first_holds_the_index(indexed, hash_embedder):
    corpus, index = indexed
    make_corpus(corpus, NEW)
    holding, release, errors = threading.Event(), threading.Event(), []

    def hold(name, done, total):
        holding.set()
        release.wait(timeout=60)

    def first():
        try:
            ingest(corpus, index, hash_embedder, progress=hold)
        except Exception as error:     # reported to the test below
            errors.append(error)

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert holding.wait(timeout=60)
        with pytest.raises(IndexBusy, match="try again when it finishes"):
            ingest(corpus, index, hash_embedder, lock_timeout=0.2)
    finally:
        release.set()
        thread.join(timeout=60)
    assert not errors
    assert consistent(index) == {"a", "b", "c"}


@pytest.mark.parametrize("step", ["removed", "added", "writing-vectors", "vectors-written",
                                  "before-commit", "committed"])
def test_an_ingest_killed_at_any_step_leaves_the_last_complete_index(indexed, hash_embedder, step):
    corpus, index = indexed
    (corpus / "a.txt").write_text(CHANGED_A, encoding="utf-8")
    (corpus / "b.txt").unlink()
    make_corpus(corpus, NEW)
    killed = run_worker(corpus, index, hook=f"kill:{step}")
    assert killed.returncode == -9, killed.stderr
    expected = {"a", "c"} if step == "committed" else {"a", "b"}
    assert consistent(index) == expected
    assert Store.open(index).fts_search('"swimming"') if step == "committed" else \
        Store.open(index).fts_search('"libraries"')
    report = ingest(corpus, index, hash_embedder)     # the next ingest finishes the job and tidies up
    assert consistent(index) == {"a", "c"}
    assert report.removed == ([] if step == "committed" else ["b"])
    assert len(list(index.glob("vectors-*"))) == 1 and not list(index.glob(".vectors-*"))


def test_an_ingest_killed_at_a_random_moment_leaves_a_complete_index(tmp_path, hash_embedder):
    """Kills at moments no step names, on a corpus big enough to be mid-ingest (state asserted, not timing)."""
    rng = np.random.default_rng(7)
    corpus = tmp_path / "c"
    files = {f"m{i}.txt": f"Agenda item\n\nItem {i}\n\n" + "".join(
        f"{j}. Members discussed matter {i}-{j} of the budget and roads.\n\n" for j in range(30)) for i in range(40)}
    make_corpus(corpus, files)
    ingest(corpus, tmp_path / "idx", hash_embedder)
    for trial in range(4):
        for name in list(files)[trial::4]:
            (corpus / name).write_text(files[name] + f"\n\n99. Trial {trial} note.\n", encoding="utf-8")
        process = run_worker(corpus, tmp_path / "idx", wait=False)
        time.sleep(float(rng.uniform(0.3, 2.5)))
        process.kill()
        process.communicate(timeout=60)
        assert len(consistent(tmp_path / "idx")) == 40
    ingest(corpus, tmp_path / "idx", hash_embedder)
    assert len(consistent(tmp_path / "idx")) == 40
    assert len(Store.open(tmp_path / "idx").fts_search('"trial"', limit=100)) == 40


def test_readers_in_many_threads_each_see_one_consistent_state_during_ingests(indexed, hash_embedder):
    corpus, index = indexed
    store = Store.open(index)
    stop, problems, checked = threading.Event(), [], []

    def read():
        while not stop.is_set():
            snapshot = store.snapshot()
            try:
                passages = {row[0] for row in snapshot.db.execute("SELECT id FROM passages")}
                found = {i for i, _ in snapshot.vector_search(hash_embedder.embed(["budget roads"])[0], limit=100)}
                if not found <= passages or snapshot.vectors.ntotal != len(passages):
                    problems.append((snapshot.version, found - passages))
                checked.append(snapshot.version)
            finally:
                snapshot.close()

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        for round_ in range(5):
            make_corpus(corpus, {f"r{round_}.txt": f"Agenda item\n\nRound {round_}\n\n1. Budget roads {round_}.\n"})
            ingest(corpus, index, hash_embedder)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=60)
    assert not problems
    assert len(set(checked)) >= 2          # readers saw more than one version
    store.close()


def test_an_index_rebuilt_with_another_model_is_refused_clearly_by_an_open_reader(indexed, hash_embedder):
    corpus, index = indexed
    store = Store.open(index)

    class OtherModel(type(hash_embedder)):
        name, dimension = "other-embedder", 8

    ingest(corpus, index, OtherModel(), rebuild=True)
    with pytest.raises(ModelMismatch, match="other-embedder"):
        store.snapshot()
    assert Store.open(index, model="other-embedder", dimension=8).snapshot().vectors.dimension == 8
