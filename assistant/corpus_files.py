"""Which files of a corpus folder may become documents, and why the others are refused.

- A symbolic link is followed only when it resolves inside the corpus folder. One that
  leads outside it, or is broken or loops, is skipped with a reason (which does not say
  where it points: the ingest report is shown in the web app).
- Only regular files are read: a pipe, socket or device named like a document is skipped
  with a reason (reading a pipe would wait for ever).
- A file whose text holds fewer than MIN_WORDS words is too small to hold a sentence.
- Documents are known by file name without extension; which of several files sharing a
  name is indexed is decided in `ingest` (the first, in path order, that can be read).
"""
from __future__ import annotations

import re
import stat
from itertools import islice
from pathlib import Path

MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def link_refusal(path: Path, folder: Path) -> str | None:
    """Why `path` may not be read as part of `folder` (a link out of it, or not a regular
    file), or None when it may."""
    if not _is_link(path):
        return _not_regular(path)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):     # RuntimeError: a link loop, before Python 3.13
        return "is a symbolic link that is broken or loops; not read"
    if not target.is_relative_to(Path(folder).resolve()):
        return "is a symbolic link to a file outside the corpus folder; not read"
    return _not_regular(target)


def _not_regular(path: Path) -> str | None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return None     # gone or not there: the reader says so
    if stat.S_ISREG(mode):
        return None
    return "is not a regular file (a pipe, socket or device); not read"


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except OSError:
        return False


def too_little_text(text: str) -> str | None:
    """Why a document's text is too small to index, or None when it can hold a sentence."""
    words = sum(1 for _ in islice(_WORD.finditer(text), MIN_WORDS))
    if words >= MIN_WORDS:
        return None
    return f"holds too little text to index ({words} word{'' if words == 1 else 's'}; a sentence needs {MIN_WORDS})"
