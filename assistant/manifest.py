"""Writing the corpus manifest (`manifest.csv`): metadata a user gives for documents.

The manifest is read by `documents.load_manifest` at ingest, and a row there wins over
what the text says. Rows are keyed by file name, as the reader keys them. Writing keeps
every other row and column, and replaces the file in one step (a copy written beside it,
then renamed over it), so a reader never sees half a manifest.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from .dates import normalise_date
from .decoding import decode_text
from .documents import MANIFEST_COLUMNS, MANIFEST_NAME
from .errors import CorrectionError
from .models import DocumentInfo

CORRECTABLE = ("council", "committee", "meeting_date", "title")
MAX_VALUE = 300   # characters in one corrected field


def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    """The manifest's columns (the standard ones added) and rows; none when there is no manifest."""
    if not path.is_file():
        return list(MANIFEST_COLUMNS), []
    reader = csv.DictReader(io.StringIO(decode_text(path.read_bytes(), path)))
    columns = [c for c in (reader.fieldnames or []) if c is not None]
    known = {c.strip().lower() for c in columns}
    return columns + [c for c in MANIFEST_COLUMNS if c not in known], [_tidy(row) for row in reader]


def _tidy(row: dict) -> dict:
    """A row as read, without the cells a ragged line adds beyond the header."""
    return {key: value for key, value in row.items() if key is not None}


def write_rows(path: Path, columns: list[str], rows: list[dict]) -> None:
    """Replace the manifest at `path` with these rows, in one step."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(buffer.getvalue(), encoding="utf-8")
    os.replace(temporary, path)


def _file_column(columns: list[str]) -> str:
    return next((c for c in columns if c.strip().lower() == "file"), "file")


def _column(columns: list[str], name: str) -> str:
    return next((c for c in columns if c.strip().lower() == name), name)


def describe_files(corpus: Path | str, names: list[str], metadata: dict[str, str], notes: str = "") -> None:
    """Rows for files given with their metadata (`names` relative to the corpus folder),
    replacing any older row of the same file name."""
    if not names or not metadata:
        return
    path = Path(corpus) / MANIFEST_NAME
    columns, rows = read_rows(path)
    file_column = _file_column(columns)
    taken = {Path(name).name for name in names}
    rows = [r for r in rows if Path(r.get(file_column) or "").name not in taken]
    for name in names:
        row = {file_column: name, **{_column(columns, k): v for k, v in metadata.items()}}
        if notes:
            row[_column(columns, "notes")] = notes
        rows.append(row)
    write_rows(path, columns, rows)


def checked_corrections(fields: dict[str, str | None]) -> dict[str, str]:
    """The corrections as they will be written: known fields, one line each, an ISO date.

    An empty value ("" or None) clears the field, so it is read from the document again.
    """
    unknown = sorted(set(fields) - set(CORRECTABLE))
    if unknown:
        raise CorrectionError(f"cannot correct {', '.join(unknown)}; the fields are {', '.join(CORRECTABLE)}")
    checked = {}
    for name, value in fields.items():
        value = " ".join(str(value or "").split())
        if len(value) > MAX_VALUE:
            raise CorrectionError(f"the {name.replace('_', ' ')} is {len(value)} characters long; "
                                  f"the limit is {MAX_VALUE}")
        if name == "meeting_date" and value:
            iso = normalise_date(value)
            if iso is None:
                raise CorrectionError(f"meeting date {value!r} is not a date; write it as 2020-12-01, 2020-12 or 2020")
            value = iso
        checked[name] = value
    return checked


def corpus_folder_of(corpus: Path | str | list, document: DocumentInfo) -> Path:
    """The one of the corpus folders that holds the document."""
    folders = list(corpus) if isinstance(corpus, (list, tuple)) else [corpus]
    where = Path(document.path).resolve()
    found = next((Path(f) for f in folders if where.is_relative_to(Path(f).resolve())), None)
    if found is None:
        shown = ", ".join(str(f) for f in folders)
        raise CorrectionError(f"{document.doc_id} ({document.path}) is not in the corpus folder {shown}; "
                              "only documents of that folder can be corrected")
    return found


def record_correction(corpus: Path | str | list, document: DocumentInfo,
                      fields: dict[str, str | None]) -> dict[str, str]:
    """Write corrected metadata for one document into the manifest of the corpus folder that
    holds it; returns what was written. The document's row is updated (or added); its other
    cells and every other row are kept."""
    corrections = checked_corrections(fields)
    folder = corpus_folder_of(corpus, document)
    name = Path(document.path).resolve().relative_to(folder.resolve()).as_posix()
    path = folder / MANIFEST_NAME
    columns, rows = read_rows(path)
    file_column = _file_column(columns)
    row = next((r for r in rows if Path(r.get(file_column) or "").name == Path(name).name), None)
    if row is None:
        row = {file_column: name}
        rows.append(row)
    for field_name, value in corrections.items():
        row[_column(columns, field_name)] = value
    write_rows(path, columns, rows)
    return corrections
