"""What every tab shares: the assistant, the corpus folder, the ingest lock, the downloads folder."""
from __future__ import annotations

import logging
import threading
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from assistant import Assistant
from assistant.answer import Answer
from assistant.ask_workers import AskWorkers
from assistant.errors import MinutesQAError
from assistant.ingest import IngestReport, Progress
from assistant.models import DocumentInfo, Filters, Hit

from .access import Access
from .downloads import DownloadFolder

log = logging.getLogger(__name__)


@dataclass
class AppState:
    """The assistant behind the page. Questions run at once, each on its own snapshot of the
    index (`Assistant.reading()`: a read transaction on the thread's own connection and the
    vectors of that state), so no question waits for another or for an ingest, whose write
    transaction they do not see until it commits. `ingest_lock` lets one ingest of this app run
    at a time; the index's own write lock makes an ingest by another process wait, then fail
    clearly. Each call first follows the index: a `minutes-qa ingest` into the same folder is
    seen by the next question, no restart needed."""

    assistant: Assistant
    corpus: Path
    downloads: DownloadFolder = field(default_factory=DownloadFolder)
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    access: Access = field(default_factory=Access)    # who may upload and re-index
    # What the ingest started with the server is doing ("" when none runs), shown in the Library.
    ingest_status: str = ""
    ingest_error: str = ""        # why the last such ingest failed, if it did
    # Processes answering the questions (`serve --workers`); None: this process answers them.
    workers: AskWorkers | None = None

    def ask(self, question: str, filters: Filters, k: int = 5, read_filters: bool = True) -> Answer:
        if self.workers is not None:
            answer = self.workers.ask(question, filters, k=k, read_filters=read_filters)
        else:
            with self.assistant.reading() as a:
                answer = a.ask(question, k=k, read_filters=read_filters, **asdict(filters))
        if self.ingest_status:
            answer = replace(answer, notes=[*answer.notes, f"{self.ingest_status}; answers may change when it ends"])
        return answer

    def context(self, hit: Hit) -> tuple[str, int, int]:
        with self.assistant.reading() as a:
            return a.context(hit)

    def councils(self) -> list[str]:
        with self.assistant.reading() as a:
            return a.councils()

    def committees(self) -> list[str]:
        with self.assistant.reading() as a:
            return a.committees()

    def documents(self) -> list[DocumentInfo]:
        with self.assistant.reading() as a:
            return a.documents()

    def kinds(self) -> list[str]:
        return sorted({d.kind for d in self.documents() if d.kind})

    def ingest(self, progress: Progress | None = None) -> IngestReport:
        with self.ingest_lock:
            return self.assistant.ingest(self.corpus, progress)

    def correct_metadata(self, doc_id: str, fields: dict[str, str | None],
                         progress: Progress | None = None) -> IngestReport:
        """Write a document's corrected metadata to the corpus manifest, then re-index
        (`Assistant.correct_metadata`, with re-indexing beside the questions)."""
        with self.ingest_lock:
            self.assistant.correct_metadata(doc_id, self.corpus, progress, **fields)
            return self.assistant.last_report

    def ingest_in_background(self) -> threading.Thread:
        """Bring the index up to date with the corpus folder while the app serves (as `serve`
        does at start): questions are answered from the index as it stands, with a note, and
        the Library shows the progress until it ends."""
        self.ingest_status = "The index is being brought up to date with the corpus folder"
        thread = threading.Thread(target=self._ingest_quietly, name="ingest-at-start", daemon=True)
        thread.start()
        return thread

    def _ingest_quietly(self) -> None:
        def progress(name: str, done: int, total: int) -> None:
            self.ingest_status = f"The index is being brought up to date: {done} of {total} files read ({name})"

        try:
            self.ingest(progress)
        except MinutesQAError as error:
            log.error("updating the index failed: %s", error)
            self.ingest_error = str(error)
        finally:
            self.ingest_status = ""
