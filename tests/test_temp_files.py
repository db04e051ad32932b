"""Temporary files the web app makes are removed when no longer needed, and at shutdown."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from assistant.models import Filters
from ui import compare
from ui.app import build_app
from ui.downloads import DownloadFolder
from ui.state import AppState

from conftest import ROOT


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob("minutes-qa-*"))


@pytest.fixture
def private_temp(tmp_path, monkeypatch) -> Path:
    """The system temporary folder, for this test only (other processes share the real one)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_each_download_gets_its_own_subfolder_and_old_ones_go(private_temp):
    downloads = DownloadFolder(keep_seconds=60)
    first, second = downloads.new_file("commitments.csv"), downloads.new_file("commitments.csv")
    assert first.parent != second.parent and first.name == second.name == "commitments.csv"
    assert first.is_relative_to(downloads.root) and downloads.root.parent == private_temp
    first.write_text("a")
    long_ago = time.time() - 120
    os.utime(first.parent, (long_ago, long_ago))
    downloads.new_file("compare.csv")
    assert not first.parent.exists() and second.parent.exists()
    downloads.close()
    assert leftovers(private_temp) == []


def test_the_app_leaves_no_temporary_folders_once_closed(private_temp, sample_assistant, tmp_path):
    downloads = DownloadFolder()
    build_app(sample_assistant, tmp_path / "corpus", downloads)      # writes the first commitments CSV
    state = AppState(sample_assistant, tmp_path / "corpus", downloads=downloads)
    results = compare.compare(state, "What did Ofsted say about caseloads?", Filters(date_from="2020"))
    path = compare.write_csv(results, "What did Ofsted say about caseloads?", downloads)
    assert path.is_relative_to(downloads.root)
    assert leftovers(private_temp) == [downloads.root]                # one folder, not one per file
    downloads.close()
    assert leftovers(private_temp) == []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read()
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise AssertionError("the server did not start")


def test_serve_removes_its_temporary_folder_when_stopped(sample_index, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    port = free_port()
    env = {**os.environ, "TMPDIR": str(temp), "GRADIO_TEMP_DIR": str(temp / "gradio"),
           "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "serve", "--index", str(sample_index), "--no-ingest",
         "--port", str(port)], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_port(port, process, seconds=180)
        assert len(leftovers(temp)) == 1          # the downloads folder, made when the page was built
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert leftovers(temp) == []
    assert [p.name for p in (temp / "gradio").rglob("*") if p.is_file()] == []     # nor Gradio's copies
