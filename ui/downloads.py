"""The one temporary folder the web app writes CSV downloads to, cleaned as it goes and removed at shutdown.

Gradio copies a file it is handed into its own cache before serving it, so ours is needed
only for a moment; each is written in its own subfolder (the download keeps its plain
name) and subfolders older than `keep_seconds` are removed whenever a new one is made.
The whole folder goes when `close()` is called, when the object is garbage collected, or
when the interpreter exits (tempfile.TemporaryDirectory's finaliser).
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

KEEP_SECONDS = 300


class DownloadFolder:
    def __init__(self, keep_seconds: float = KEEP_SECONDS):
        self._folder = tempfile.TemporaryDirectory(prefix="minutes-qa-")
        self.root = Path(self._folder.name)
        self.keep_seconds = keep_seconds

    def new_file(self, name: str) -> Path:
        """A path named `name` in a fresh subfolder; older subfolders are removed first."""
        self.remove_older_than(self.keep_seconds)
        return Path(tempfile.mkdtemp(dir=self.root)) / name

    def remove_older_than(self, seconds: float) -> None:
        cutoff = time.time() - seconds
        for folder in self.root.iterdir() if self.root.is_dir() else []:
            if _modified(folder) < cutoff:
                shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        self._folder.cleanup()


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return float("inf")
