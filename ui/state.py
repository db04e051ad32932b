"""What every tab shares: the assistant, the corpus folder, a lock around index swaps, the downloads folder."""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant import Assistant
from assistant.answer import Answer
from assistant.ingest import IngestReport, Progress
from assistant.models import DocumentInfo, Filters, Hit

from .downloads import DownloadFolder


@dataclass
class AppState:
    """The assistant behind the page. Calls go through a lock so that re-indexing
    (which swaps the index the assistant reads) never runs under a question."""

    assistant: Assistant
    corpus: Path
    lock: threading.RLock = field(default_factory=threading.RLock)
    downloads: DownloadFolder = field(default_factory=DownloadFolder)

    def ask(self, question: str, filters: Filters, k: int = 5, read_filters: bool = True) -> Answer:
        with self.lock:
            return self.assistant.ask(question, k=k, read_filters=read_filters, **asdict(filters))

    def context(self, hit: Hit) -> tuple[str, int, int]:
        with self.lock:
            return self.assistant.context(hit)

    def councils(self) -> list[str]:
        with self.lock:
            return self.assistant.councils()

    def committees(self) -> list[str]:
        with self.lock:
            return self.assistant.committees()

    def documents(self) -> list[DocumentInfo]:
        with self.lock:
            return self.assistant.documents()

    def kinds(self) -> list[str]:
        return sorted({d.kind for d in self.documents() if d.kind})

    def ingest(self, progress: Progress | None = None) -> IngestReport:
        with self.lock:
            return self.assistant.ingest(self.corpus, progress=progress)
