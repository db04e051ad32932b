"""What every tab shares: the assistant, the corpus folder, a lock around index swaps, the downloads folder."""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant import Assistant
from assistant.answer import Answer
from assistant.ingest import IngestReport, Progress, ingest
from assistant.models import DocumentInfo, Filters, Hit

from .access import Access
from .downloads import DownloadFolder


@dataclass
class AppState:
    """The assistant behind the page. Questions go through `lock`; re-indexing reads and
    embeds the files outside it (into a new version of the index, which questions do not
    see) and takes it only to switch to that version, so no question waits for an ingest.
    `ingest_lock` lets one ingest run at a time. Each call first follows the index: a
    `minutes-qa ingest` into the same folder is seen by the next question, no restart needed."""

    assistant: Assistant
    corpus: Path
    lock: threading.RLock = field(default_factory=threading.RLock)
    downloads: DownloadFolder = field(default_factory=DownloadFolder)
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    access: Access = field(default_factory=Access)    # who may upload and re-index
    # Files an ingest of this app found mostly repetitive: file name -> (passages left out, passages).
    # Known only for files read since the app started (the index does not record it).
    repetitive: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._note_repetitive(self.assistant.last_report)

    def _note_repetitive(self, report: IngestReport | None) -> None:
        if report is not None:
            self.repetitive.update({name: (repeats, total) for name, repeats, total in report.repetitive})

    def ask(self, question: str, filters: Filters, k: int = 5, read_filters: bool = True) -> Answer:
        with self.lock, self.assistant.reading() as a:
            return a.ask(question, k=k, read_filters=read_filters, **asdict(filters))

    def context(self, hit: Hit) -> tuple[str, int, int]:
        with self.lock, self.assistant.reading() as a:
            return a.context(hit)

    def councils(self) -> list[str]:
        with self.lock, self.assistant.reading() as a:
            return a.councils()

    def committees(self) -> list[str]:
        with self.lock, self.assistant.reading() as a:
            return a.committees()

    def documents(self) -> list[DocumentInfo]:
        with self.lock, self.assistant.reading() as a:
            return a.documents()

    def kinds(self) -> list[str]:
        return sorted({d.kind for d in self.documents() if d.kind})

    def ingest(self, progress: Progress | None = None) -> IngestReport:
        with self.ingest_lock:
            report = ingest(self.corpus, self.assistant.index_dir, self.assistant.embedder, progress=progress)
            with self.lock:
                self.assistant.reload()
                self.assistant.last_report = report
            self._note_repetitive(report)
        return report
