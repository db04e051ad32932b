"""Access control and security headers, on a real server on a loopback port.

The upload and re-index functions are not named endpoints, but anyone can call them through
Gradio's queue API (POST /gradio_api/queue/join with their fn_index), so these tests call them
that way, as a hostile client would, not through the page.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import gradio as gr
import pytest
import requests

from assistant import Assistant
from ui import library
from ui.app import build_app, launch
from ui.state import AppState

try:      # ui.access is new with these tests: the tests of headers and of `serve` run without it
    from ui.access import (READ_ONLY_NOTE, SIGN_IN_NOTE, Access, AccessError, is_loopback, parse_user,
                           serving_access)
except ImportError:
    pass

ROOT = Path(__file__).resolve().parent.parent
MINUTES = ("Testshire County Council\nScrutiny Panel\nMinutes of the meeting held on 3 March 2021\n\n"
           "1. Caseloads\n1.1 The Director reported that caseloads had fallen to 18 per social worker.\n")
UPLOAD = ("# Adoption Panel report\n\nThe average time from a child entering care to moving in with "
          "an adoptive family was 420 days, against a national figure of 486 days.\n")
TIMEOUT = 120
HEADERS = {"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def library_dir(tmp_path, embedder):
    """A one-document corpus and its index, built with the real model."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "caseloads.txt").write_text(MINUTES, encoding="utf-8")
    return corpus, Assistant.build(corpus, tmp_path / "index", embedder=embedder)


@pytest.fixture
def serve(library_dir):
    """Start the app over `library_dir` in a given access mode; every server is closed afterwards."""
    corpus, assistant = library_dir
    started = []

    def start(access=None):
        given = {"access": access} if access is not None else {}     # the default: plain localhost
        app = build_app(assistant, corpus, **given)
        url = launch(app, port=free_port(), block=False, quiet=True, **given)
        started.append(app)
        return app, url.rstrip("/")

    yield start
    for app in started:
        app.close()


def fn_index(app: gr.Blocks, name: str) -> int:
    """The queue id of the event whose function is called `name`."""
    return next(i for i, fn in app.fns.items() if getattr(fn.fn, "__name__", "") == name)


def call_through_queue(session: requests.Session, url: str, fn: int, data: list) -> tuple[int, dict | None]:
    """POST /queue/join as a client would, then read the event stream to its end:
    (HTTP status of the join, the final message or None when the join was refused)."""
    session_hash = uuid.uuid4().hex[:11]
    joined = session.post(f"{url}/gradio_api/queue/join", timeout=TIMEOUT,
                          json={"data": data, "fn_index": fn, "session_hash": session_hash,
                                "event_data": None, "trigger_id": None})
    if joined.status_code != 200:
        return joined.status_code, None
    with session.get(f"{url}/gradio_api/queue/data", params={"session_hash": session_hash},
                     stream=True, timeout=TIMEOUT) as stream:
        for line in stream.iter_lines(decode_unicode=True):
            if line and line.startswith("data:"):
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    return joined.status_code, message
    raise AssertionError("the event stream ended without a result")


def upload_to_gradio(session: requests.Session, url: str, path: Path) -> requests.Response:
    with path.open("rb") as handle:
        return session.post(f"{url}/gradio_api/upload", files={"files": (path.name, handle)}, timeout=TIMEOUT)


def file_data(server_path: str, name: str) -> dict:
    return {"path": server_path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}


def documents(assistant: Assistant) -> set[str]:
    with assistant.reading() as pinned:
        return {d.doc_id for d in pinned.documents()}


# ------------------------------------------------------------------ headers

def test_security_headers_on_the_page_and_on_api_responses(serve):
    _, url = serve()
    responses = {"page": requests.get(f"{url}/", timeout=TIMEOUT),
                 "config": requests.get(f"{url}/config", timeout=TIMEOUT),
                 "api info": requests.get(f"{url}/gradio_api/info", timeout=TIMEOUT),
                 "api call": requests.post(f"{url}/gradio_api/call/ask", json={"data": ["caseloads"]},
                                           timeout=TIMEOUT),
                 "not found": requests.get(f"{url}/no-such-page", timeout=TIMEOUT)}
    for what, response in responses.items():
        for header, value in HEADERS.items():
            assert response.headers.get(header) == value, f"{header} on {what}"
        policy = response.headers.get("Content-Security-Policy", "")
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy, what
        assert "http" not in policy and "*" not in policy      # no other host, no wildcard


# ------------------------------------------------------------------ serving beyond loopback

def test_serving_beyond_loopback_without_auth_or_read_only_exits_with_one_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "assistant.cli", "serve", "--host", "0.0.0.0",
                          "--index", str(tmp_path / "index"), "--corpus", str(tmp_path / "none")],
                         capture_output=True, text=True, timeout=TIMEOUT, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --host 0.0.0.0")
    assert "--auth" in lines[0] and "--read-only" in lines[0]
    assert not (tmp_path / "index").exists()          # refused before anything was built


def test_serving_modes_from_the_options(tmp_path):
    assert serving_access("127.0.0.1").open_to_all
    assert serving_access("::1").open_to_all and serving_access("localhost").open_to_all
    assert not serving_access("0.0.0.0", read_only=True).open_to_all
    assert serving_access("0.0.0.0", auth=("alice:pa:ss",)).users == {"alice": "pa:ss"}
    users = tmp_path / "users.txt"
    users.write_text("# who may sign in\nalice:one\n\nbob:two\n", encoding="utf-8")
    assert serving_access("192.0.2.1", auth_file=str(users)).users == {"alice": "one", "bob": "two"}
    for host in ("0.0.0.0", "192.0.2.1", "example.org", "::"):
        assert not is_loopback(host)
        with pytest.raises(AccessError):
            serving_access(host)
    for bad in ("alice", "alice:", ":secret"):
        with pytest.raises(AccessError) as raised:
            parse_user(bad)
        assert "secret" not in str(raised.value)       # a password is never echoed


# ------------------------------------------------------------------ read-only

def test_read_only_refuses_upload_and_reindex_through_the_queue_api(serve, library_dir, tmp_path):
    corpus, assistant = library_dir
    app, url = serve(Access(read_only=True, loopback=False))
    (corpus / "added-behind-its-back.txt").write_text(MINUTES.replace("Caseloads", "Agency staff"), "utf-8")
    session = requests.Session()
    status, reindexed = call_through_queue(session, url, fn_index(app, "reindex_corpus"), [])
    assert status == 200 and reindexed["success"] is False
    assert READ_ONLY_NOTE in json.dumps(reindexed)
    upload = tmp_path / "adoption.md"
    upload.write_text(UPLOAD, encoding="utf-8")
    assert upload_to_gradio(session, url, upload).status_code == 403     # not even into Gradio's cache
    status, uploaded = call_through_queue(session, url, fn_index(app, "upload"),    # no file can reach it,
                                          [None, "Otherford Council", "", "", ""])    # and the function refuses
    assert status == 200 and uploaded["success"] is False
    assert READ_ONLY_NOTE in json.dumps(uploaded)
    assert not (corpus / library.UPLOADS).exists()
    assert documents(assistant) == {"caseloads"}      # neither call changed the index
    page = requests.get(f"{url}/config", timeout=TIMEOUT).text
    assert READ_ONLY_NOTE in page                      # the Library tab says so


# ------------------------------------------------------------------ signed-in users

def test_with_auth_anonymous_uploads_are_refused_and_a_signed_in_one_works(serve, library_dir, tmp_path):
    corpus, assistant = library_dir
    app, url = serve(Access(users={"alice": "correct horse"}, loopback=False))
    upload = tmp_path / "adoption.md"
    upload.write_text(UPLOAD, encoding="utf-8")
    upload_fn = fn_index(app, "upload")

    anonymous = requests.Session()
    assert upload_to_gradio(anonymous, url, upload).status_code == 401
    status, _ = call_through_queue(anonymous, url, upload_fn, [[file_data(str(upload), upload.name)], "", "", "", ""])
    assert status == 401
    assert call_through_queue(anonymous, url, fn_index(app, "reindex_corpus"), [])[0] == 401
    assert anonymous.post(f"{url}/gradio_api/call/ask", json={"data": ["caseloads"]}, timeout=TIMEOUT).status_code == 401
    wrong = requests.Session()
    assert wrong.post(f"{url}/login", data={"username": "alice", "password": "guess"}, timeout=TIMEOUT).status_code == 400
    assert documents(assistant) == {"caseloads"}

    alice = requests.Session()
    assert alice.post(f"{url}/login", data={"username": "alice", "password": "correct horse"},
                      timeout=TIMEOUT).status_code == 200
    sent = upload_to_gradio(alice, url, upload)
    assert sent.status_code == 200
    status, done = call_through_queue(alice, url, upload_fn,
                                      [[file_data(sent.json()[0], upload.name)], "Otherford Council", "", "", ""])
    assert status == 200 and done["success"] is True, done
    assert (corpus / library.UPLOADS / "adoption.md").is_file()
    assert documents(assistant) == {"caseloads", "adoption"}
    from gradio_client import Client

    answer = Client(url, auth=("alice", "correct horse"), verbose=False).predict(
        "How long did adoption take?", api_name="/ask")
    assert answer["passages"][0]["doc_id"] == "adoption"


def test_the_functions_check_the_caller_whatever_the_page_shows(library_dir):
    """Not only Gradio's sign-in wall: the functions refuse an anonymous caller themselves."""
    corpus, assistant = library_dir
    signed_in_only = AppState(assistant, corpus, access=Access(users={"alice": "pw"}, loopback=True))
    with pytest.raises(gr.Error) as refused:
        library.reindex_handler(signed_in_only)(gr.Request(username=None))
    assert SIGN_IN_NOTE in str(refused.value)
    with pytest.raises(gr.Error):
        library.upload_handler(signed_in_only)(["x.txt"], "", "", "", "", gr.Request(username="mallory"))
    table, *_ = library.reindex_handler(signed_in_only)(gr.Request(username="alice"))
    assert len(table) == 1
    open_state = AppState(assistant, corpus)        # plain localhost: anyone on this machine
    assert len(library.reindex_handler(open_state)(gr.Request(username=None))[0]) == 1


def test_a_metadata_correction_checks_the_caller_and_writes_nothing_when_refused(library_dir):
    corpus, assistant = library_dir
    for access in (Access(read_only=True, loopback=False), Access(users={"alice": "pw"}, loopback=True)):
        with pytest.raises(gr.Error):
            library.correct_handler(AppState(assistant, corpus, access=access))(
                "caseloads", "Mallory Council", "", "", "", gr.Request(username="mallory"))
    assert not (corpus / "manifest.csv").exists()
    signed_in = AppState(assistant, corpus, access=Access(users={"alice": "pw"}, loopback=True))
    table, *_ = library.correct_handler(signed_in)("caseloads", "Alice Council", "", "", "",
                                                   gr.Request(username="alice"))
    assert "Alice Council" in set(table["Council"]) and (corpus / "manifest.csv").is_file()
