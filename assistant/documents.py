"""The entry point for reading minutes: find the files, load the manifest, read a Document.

A Document is the normalised text of a file (see `normalise` for the contract every
offset relies on; the format readers are in `readers` and `html_reader`, page furniture
is removed by `furniture` before normalisation) plus its metadata, each field with its
source: the manifest when it has a value (the manifest wins), else what the document
states (`metadata`), else what its file name states. Nothing is guessed.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from pathlib import Path

from .councils import canonical_council, council_named, councils_in_question, find_council, shares_site
from .dates import normalise_date
from .decoding import decode_text
from .errors import UnreadableFile, UnsupportedFile
from .metadata import (FILE_NAME, MANIFEST, PROPERTIES, TEXT, Metadata, merge_metadata, metadata_from_file_name,
                       metadata_from_properties, metadata_from_text, resolve_metadata, the_only_council_named)
from .models import Document
from .normalise import normalise_text, page_starts
from .readers import SUPPORTED_SUFFIXES, read_text

# Names other modules and older code import from here.
from .metadata import find_kind  # noqa: F401  (re-exported)
from .names import is_council_name, title_case  # noqa: F401
from .normalise import is_continuation  # noqa: F401

# Bump when reading changes what text or metadata a file gives, so ingest reads every file again.
READER_VERSION = 122
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "council", "committee", "meeting_date", "title", "kind", "notes")
METADATA_FIELDS = ("council", "committee", "meeting_date", "title", "kind")

__all__ = ["MANIFEST_COLUMNS", "MANIFEST_NAME", "METADATA_FIELDS", "READER_VERSION", "SUPPORTED_SUFFIXES",
           "Metadata", "decode_text", "find_documents", "load_manifest", "merge_metadata",
           "metadata_from_text", "normalise_date", "normalise_text", "read_document"]


# --------------------------------------------------------------------------- finding files


def find_documents(folder: Path) -> list[Path]:
    """Supported files under `folder`, recursively and sorted; hidden and lock files skipped.

    A supported file given instead of a folder is returned on its own.
    """
    folder = Path(folder)
    if folder.is_file():
        _check_suffix(folder)
        return [folder]
    if not folder.is_dir():
        raise UnreadableFile(f"{folder}: no such folder")
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files if _is_document_name(name))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _is_document_name(name: str) -> bool:
    """A supported file that is not hidden, an Office lock file or the manifest."""
    if name.startswith((".", "~$")) or name.lower() == MANIFEST_NAME:
        return False
    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        shown = f"'{suffix}' files" if suffix else "files without an extension"
        raise UnsupportedFile(f"{path}: cannot read {shown}; supported types are {kinds}")
    return suffix


# --------------------------------------------------------------------------- manifest


def load_manifest(folder: Path) -> dict[str, dict]:
    """Rows of folder/manifest.csv keyed by file name ({} if absent); empty cells are None."""
    path = Path(folder) / MANIFEST_NAME
    if not path.is_file():
        return {}
    text = decode_text(path.read_bytes(), path)
    reader = csv.DictReader(io.StringIO(text))
    if "file" not in [(name or "").strip().lower() for name in reader.fieldnames or []]:
        raise UnreadableFile(f"{path}: the first row must name the columns, including 'file'")
    manifest = {}
    for line_no, row in enumerate(reader, start=2):
        entry = _manifest_entry(row, path, line_no)
        if entry["file"]:
            manifest[Path(entry["file"]).name] = entry
    return manifest


def _manifest_entry(row: dict, path: Path, line_no: int) -> dict:
    """One manifest row with tidy keys, None for empty cells and an ISO meeting date."""
    entry: dict = {column: None for column in MANIFEST_COLUMNS}
    for key, value in row.items():
        if key is not None:
            entry[key.strip().lower()] = (value or "").strip() or None
    raw_date = entry.get("meeting_date")
    if raw_date:
        entry["meeting_date"] = normalise_date(raw_date)
        if entry["meeting_date"] is None:
            raise UnreadableFile(f"{path}, line {line_no}: meeting_date {raw_date!r} is not a date;"
                                 " write it as 2020-12-01, 2020-12 or 2020")
    return entry


def _manifest_lookup(manifest: dict[str, dict] | None, path: Path) -> dict:
    if not manifest:
        return {}
    return manifest.get(path.name) or manifest.get(str(path)) or {}


# --------------------------------------------------------------------------- reading


def read_document(path: Path, manifest: dict[str, dict] | None = None) -> Document:
    """Read one file into a Document; metadata from `manifest` first, then from the text,
    then from the file name, each field keeping its source.

    `manifest` is what `load_manifest` returns; None means no manifest (it is not loaded
    from the file's folder automatically).
    """
    path = Path(path)
    suffix = _check_suffix(path)
    data = _read_bytes(path)
    if not data.strip():
        raise UnreadableFile(f"{path} is empty: there is no text to index")
    extracted = read_text(suffix, data, path)
    text = normalise_text(extracted.text)
    if not text:
        raise UnreadableFile(f"{path} contains no text (only whitespace or markup)")
    from_text = _canonical(metadata_from_text(text, extracted.furniture))
    stated = dict(extracted.stated)
    address_date = stated.pop("address_date", None)   # only to tell which council's era the page is from
    candidates = [
        (MANIFEST, _manifest_lookup(manifest, path)),
        (TEXT, _stated_council_yielding(_canonical(stated), from_text.get("council"), _first_line(text))),
        (TEXT, from_text),
        (PROPERTIES, metadata_from_properties(extracted.properties)),
        (FILE_NAME, metadata_from_file_name(path.name)),
    ]
    if not any(found and found.get("council") for _, found in candidates):   # the last resort, read only when needed
        candidates.append((TEXT, {"council": the_only_council_named(text)}))
    resolved = resolve_metadata(*candidates)
    earlier = _council_of_its_era(resolved.values, resolved.sources, text, address_date)
    if earlier:
        resolved = resolve_metadata(candidates[0], (TEXT, {"council": earlier}), *candidates[1:])
    return Document(doc_id=path.stem, path=str(path), text=text,
                    content_hash=hashlib.sha256(data).hexdigest(), sources=resolved.sources,
                    pages=page_starts(text, extracted.pages), **resolved.values)


def _canonical(found: Metadata) -> Metadata:
    """A council the document names, by its official name when the council table knows it."""
    return {**found, "council": canonical_council(found.get("council"))} if found else found


def _stated_council_yielding(stated: Metadata, named: str | None, first_line: str = "") -> Metadata:
    """The council a page's markup or address gives yields to the one its text names (`named`) when that
    is the same council more fully: the full name of one cut short ("NORTH COUNCIL - 28 June 2001" over
    "A Meeting of the NORTH LANARKSHIRE COUNCIL"), or a council the page's council took over (a successor's
    site holds its predecessors' minutes: "Venue: The Oculus, Aylesbury Vale District Council" on
    buckinghamshire.moderngov.co.uk); or when the text's first line, its heading, names it ("North Dorset
    District Council Cabinet" on a site several Dorset councils shared), or when the two councils share the site
    ("Venue: ... Buxton" on democracy.staffsmoorlands.gov.uk)."""
    site = stated.get("council") if stated else None
    text = council_named(named) if named else None
    if not site or text is None or site == named:
        return stated
    known_site = council_named(site)
    cut_short = known_site is None and _name_words(site) <= _name_words(named)
    took_over = known_site is not None and site in text.successors
    shared = known_site is not None and shares_site(known_site, text)   # the text tells which of the two
    # a heading, not a field ("Venue: Council Chamber, Wycombe District Council")
    heads_page = not _FIELD.match(first_line) and find_council(first_line[:200]) == named
    return {**stated, "council": None} if cut_short or took_over or shared or heads_page else stated


def _council_of_its_era(values: dict, sources: dict, text: str, address_date: str | None = None) -> str | None:
    """A council set up after the meeting cannot have held it: a successor's site keeps the minutes of the councils it
    took over ("Somerset Council" read from the address of West Somerset Council's minutes of 2019). Then the council
    is the one the document's opening names that existed on the meeting's date and that the council read took over,
    directly or through another (one of the same name first: "Somerset County Council" before the districts its
    minutes name); None when nothing names one, or when the council read was not read from the file. Without a
    meeting date in the text, the date the page's own address gives ("...&DF=19%2F08%2F2019") tells the era."""
    council, date = council_named(values.get("council") or ""), values.get("meeting_date") or address_date
    if (council is None or not date or sources.get("council") == MANIFEST or not council.established_on
            or date >= council.established_on):
        return None
    earlier = [known for name in councils_in_question(text[:_OPENING_CHARS]) if (known := council_named(name))
               and known.abolished_on and date < known.abolished_on and _taken_over_by(known, council.name)]
    # the county the unitary of its name replaced before the districts a county's minutes speak of
    earlier.sort(key=lambda known: known.short.lower() != council.short.lower())
    return earlier[0].name if earlier else None


_OPENING_CHARS = 5000


def _taken_over_by(council, successor: str) -> bool:
    """Whether `successor` took `council` over, directly or through the councils between them."""
    seen, frontier = set(), set(council.successors)
    while frontier and successor not in frontier:
        seen |= frontier
        frontier = {later for name in frontier if (known := council_named(name)) for later in known.successors} - seen
    return successor in frontier


_FIELD = re.compile(r"[A-Za-z][A-Za-z /]{0,24}:")


def _first_line(text: str) -> str:
    return next((line for line in text.split("\n") if line.strip()), "")


def _name_words(name: str) -> set[str]:
    return set(re.findall(r"[a-z]+", name.lower()))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"{path} could not be opened: {error.strerror or error}") from error
