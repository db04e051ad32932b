"""What one file may cost at ingest: bytes on disk, bytes once unzipped, time and memory to
read, and passages.

A file over a budget is reported and skipped; the rest of the ingest goes on and
commits. The checks run before a file is read in full (size on disk; the sizes a DOCX
declares for its parts, so a zip bomb is refused before it is inflated), while it is read
(time and memory: `file_worker` reads it in a process it can stop), or before it is
embedded (passages), which is where the time goes.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

MB = 1 << 20


@dataclass(frozen=True)
class Budget:
    max_file_bytes: int = 50 * MB        # as stored (uploads are capped at 20 MB before this)
    max_unzipped_bytes: int = 200 * MB   # a DOCX's parts, as they declare themselves once inflated
    max_passages: int = 20_000           # about 3 million words of minutes
    max_read_seconds: float = 120.0      # reading and splitting one file (a 300-page PDF takes ~30 s)
    max_read_memory: int = 1024 * MB     # memory the reader may take on top of its own, for one file


DEFAULT_BUDGET = Budget()


def over_file_budget(path: Path, budget: Budget = DEFAULT_BUDGET) -> str | None:
    """Why the file is too big to read, or None."""
    size = path.stat().st_size
    if size > budget.max_file_bytes:
        return f"is {size / MB:.0f} MB, over the {budget.max_file_bytes / MB:.0f} MB a file may be; not read"
    if path.suffix.lower() == ".docx":
        return _over_unzipped(path, budget)
    return None


def _over_unzipped(path: Path, budget: Budget) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return None     # not a zip: the reader says what is wrong with it
    if unzipped > budget.max_unzipped_bytes:
        return (f"unzips to {unzipped / MB:.0f} MB, over the {budget.max_unzipped_bytes / MB:.0f} MB "
                "a document may be; not read")
    return None


def over_passage_budget(passages: int, budget: Budget = DEFAULT_BUDGET) -> str | None:
    if passages > budget.max_passages:
        return f"gives {passages:,} passages, over the {budget.max_passages:,} a file may have; not indexed"
    return None
