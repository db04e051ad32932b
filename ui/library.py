"""The Library tab: what is indexed, uploading new files, re-indexing the corpus folder.

Uploading and re-indexing change the library, so the functions the page calls check who
is asking (`ui.access`) before anything else: a call through Gradio's queue API is refused
as a click would be.
"""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from functools import partial
from pathlib import Path

import gradio as gr
import pandas as pd

from assistant.dates import is_partial_date
from assistant.errors import MinutesQAError
from assistant.ingest import IngestReport
from assistant.manifest import CORRECTABLE, describe_files
from assistant.models import DocumentInfo

from .access import READ_ONLY_NOTE
from .errors import shown_on_page
from .filters import choice_updates, clean
from .render import format_date, report_html
from .page import Page
from .state import AppState

READ_ONLY_CORRECTIONS = "This server is read-only: the details below can be checked but not corrected."
MAX_UPLOAD_MB = 20
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
ALLOWED = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
TEXT_KINDS = (".txt", ".md", ".html", ".htm")
UPLOADS = "uploads"
HEADERS = ["Council", "Committee", "Meeting date", "Kind", "Title", "Passages", "File", "Read from", "Note"]
FIELD_LABELS = {"council": "council", "committee": "committee", "meeting_date": "date", "title": "title"}


# ------------------------------------------------------------------ the table

def document_rows(documents: list[DocumentInfo]) -> list[list]:
    return [[d.council or "", d.committee or "", format_date(d.meeting_date) if d.meeting_date else "",
             d.kind or "", d.title or "", d.passages, Path(d.path).name, sources_text(d),
             repetitive_note(d)] for d in documents]


def sources_text(document: DocumentInfo) -> str:
    """Where each field came from: "council: text; committee: manifest; date: file name"."""
    return "; ".join(f"{label}: {document.sources[name]}" for name, label in FIELD_LABELS.items()
                     if name in document.sources)


def repetitive_note(document: DocumentInfo) -> str:
    """The Library's flag for a document whose passages mostly repeat one another."""
    if not document.repetitive:
        return ""
    total = document.repeats + document.passages
    return f"⚠ repetitive: {document.repeats:,} of {total:,} passages repeat others and are indexed once"


def documents_table(state: AppState) -> pd.DataFrame:
    return pd.DataFrame(document_rows(state.documents()), columns=HEADERS)


def library_summary(state: AppState) -> str:
    documents = state.documents()
    councils = {d.council for d in documents if d.council}
    passages = sum(d.passages for d in documents)
    return (f"**{plural(len(documents), 'document')}**, {plural(passages, 'passage')}, "
            f"{plural(len(councils), 'council')}. Corpus folder: `{state.corpus}`")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


# ------------------------------------------------------------------ checking uploads

def safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dots, no odd characters."""
    base = re.sub(r"[^\w.\- ]", "_", Path(name).name).strip().lstrip(".")
    return base or "upload"


def sniff(path: Path, suffix: str) -> str | None:
    """Why the content does not match its extension, or None when it does."""
    head = path.read_bytes()[:8192] if path.stat().st_size else b""
    if suffix == ".pdf" and not head.startswith(b"%PDF-"):
        return "is not a PDF file (its content does not start like one)"
    if suffix == ".docx" and not zipfile.is_zipfile(path):
        return "is not a Word .docx file"
    if suffix in TEXT_KINDS and b"\x00" in head:
        return "looks like a binary file, not text"
    return None


def check_upload(path: Path, name: str) -> str | None:
    """Why an uploaded file cannot be added, or None when it can."""
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED:
        shown = f"a {suffix} file" if suffix else "a file without an extension"
        return f"is {shown}; the library takes {', '.join(ALLOWED)} files"
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        return f"is {size / 1024 / 1024:.1f} MB; the limit is {MAX_UPLOAD_MB} MB"
    if size == 0:
        return "is empty"
    return sniff(path, suffix)


def name_clash(stem: str, target: Path, documents: list[DocumentInfo], taken: set[str]) -> str | None:
    """Documents are known by file name without extension, so that must stay unique."""
    if stem in taken:
        return f"another file in this upload is also named {stem!r}"
    for doc in documents:
        if doc.doc_id == stem and Path(doc.path).resolve() != target.resolve():
            return f"a document named {stem!r} is already in the library ({doc.path}); rename the file"
    return None


def save_uploads(paths: list[str], corpus: Path, documents: list[DocumentInfo]) -> tuple[list[str], list[tuple[str, str]]]:
    """Copy the acceptable files into corpus/uploads; (saved names, [(name, why not)])."""
    folder = Path(corpus) / UPLOADS
    accepted, rejected, taken = [], [], set()
    for raw in paths:
        name = safe_name(os.path.basename(raw))
        target = folder / name
        reason = check_upload(Path(raw), name) or name_clash(Path(name).stem, target, documents, taken)
        if reason:
            rejected.append((name, reason))
            continue
        store_upload(Path(raw), target, Path(corpus))
        accepted.append(name)
        taken.add(target.stem)
    return accepted, rejected


def store_upload(raw: Path, target: Path, corpus: Path) -> None:
    """Copy an upload's content to `target`, replacing whatever is there, a link included.

    The copy is written beside the target and renamed over it: writing to the target
    itself would follow a symbolic link placed there out of the corpus folder.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.parent.resolve().is_relative_to(corpus.resolve()):
        raise MinutesQAError(f"the uploads folder {target.parent} leads outside the corpus folder")
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    shutil.copyfile(raw, partial)
    os.replace(partial, target)


# ------------------------------------------------------------------ describing uploads

def metadata_values(council: str, committee: str, meeting_date: str, kind: str) -> dict[str, str]:
    """The metadata typed for an upload; ValueError for a date that is not one."""
    values = {"council": clean(council), "committee": clean(committee),
              "meeting_date": clean(meeting_date), "kind": clean(kind)}
    if values["meeting_date"] and not is_partial_date(values["meeting_date"]):
        raise ValueError(f"Meeting date {values['meeting_date']!r} is not a date like 2020-12-01, 2020-12 or 2020.")
    return {key: value for key, value in values.items() if value}


# ------------------------------------------------------------------ ingesting

def ingest(state: AppState, progress: gr.Progress) -> IngestReport:
    """Bring the index up to date with the corpus folder, reporting each file read."""
    def step(name: str, done: int, total: int) -> None:
        progress((done - 1) / max(total, 1), desc=f"Reading {name} ({done} of {total})")

    progress(0, desc="Checking the corpus folder…")
    try:
        return state.ingest(progress=step)
    except MinutesQAError as error:
        raise gr.Error(f"The index could not be updated: {error}") from error


def current_library(state: AppState) -> tuple[pd.DataFrame, str]:
    return documents_table(state), library_summary(state)


def ingest_status_text(state: AppState) -> str:
    """The ingest started with the server: its progress while it runs, or why it failed."""
    if state.ingest_status:
        return f"⏳ {state.ingest_status}. Questions are answered from the index as it stands."
    return f"⚠ Updating the index failed: {state.ingest_error}" if state.ingest_error else ""


def ingest_watch(state: AppState) -> tuple[str, gr.Timer]:
    """On opening the page: the status, and the timer that follows it while an ingest runs."""
    return ingest_status_text(state), gr.Timer(active=bool(state.ingest_status))


def ingest_tick(state: AppState) -> tuple[str, gr.Timer, pd.DataFrame, str]:
    """Every two seconds while the ingest runs: its progress and the library as it now stands."""
    table, summary = current_library(state)
    return ingest_status_text(state), gr.Timer(active=bool(state.ingest_status)), table, summary


def refreshed(state: AppState, report: str) -> list:
    """New table, summary, report and filter choices once the index changed."""
    return [documents_table(state), library_summary(state), report, *choice_updates(state)]


def add_files(state: AppState, files: list[str] | None, council: str, committee: str,
              meeting_date: str, kind: str, progress: gr.Progress = gr.Progress()) -> list:
    """Check, save and ingest uploaded files; every refused file is listed with its reason."""
    if not files:
        raise gr.Error("Choose one or more files to add first.")
    try:
        metadata = metadata_values(council, committee, meeting_date, kind)
    except ValueError as error:
        raise gr.Error(str(error)) from error
    with shown_on_page():
        accepted, rejected = save_uploads(list(files), state.corpus, state.documents())
    if not accepted:
        raise gr.Error("No file was added. " + " ".join(f"{n} {why}." for n, why in rejected))
    describe_files(state.corpus, [f"{UPLOADS}/{name}" for name in accepted], metadata,
                   notes="added through the web app")
    report = ingest(state, progress)
    return [*refreshed(state, report_html(report, accepted, rejected)), None]


def reindex(state: AppState, progress: gr.Progress = gr.Progress()) -> list:
    """Pick up files added to, changed in or removed from the corpus folder."""
    report = ingest(state, progress)
    return refreshed(state, report_html(report))


# ------------------------------------------------------------------ correcting a document's details

FIELD_NAMES = {"council": "Council", "committee": "Committee", "meeting_date": "Meeting date", "title": "Title"}
SOURCE_WORDS = {"manifest": "from the manifest", "text": "read from the text",
                "document properties": "read from the file's properties", "file name": "read from the file name"}
CORRECTION_NOTE = ("A correction is written to the corpus folder's manifest.csv, which wins over what the "
                   "document says, and the document is indexed again. Leave a field empty to read it from "
                   "the document again.")


def document_choices(documents: list[DocumentInfo]) -> list[tuple[str, str]]:
    """(label, document id) for the document picker."""
    return [(f"{Path(d.path).name} ({d.council or 'council unknown'})", d.doc_id) for d in documents]


def sources_markdown(document: DocumentInfo) -> str:
    """Each field's value and where it came from, one line each."""
    lines = []
    for name in CORRECTABLE:
        value = getattr(document, name)
        shown = (format_date(value) if name == "meeting_date" else value) if value else "not known"
        source = SOURCE_WORDS.get(document.sources.get(name, ""), "")
        lines.append(f"- **{FIELD_NAMES[name]}**: {shown}" + (f" ({source})" if value and source else ""))
    return "\n".join(lines)


def correction_fields(state: AppState, doc_id: str | None) -> list:
    """The correction boxes filled with a document's fields as indexed, and their sources."""
    document = next((d for d in state.documents() if d.doc_id == doc_id), None) if doc_id else None
    if document is None:
        return ["", "", "", "", ""]
    return [document.council or "", document.committee or "", document.meeting_date or "",
            document.title or "", sources_markdown(document)]


def correct(state: AppState, doc_id: str | None, council: str, committee: str, meeting_date: str, title: str,
            progress: gr.Progress = gr.Progress()) -> list:
    """Record a correction in the manifest and index the document again."""
    if not doc_id:
        raise gr.Error("Choose a document to correct first.")
    fields = {"council": council, "committee": committee, "meeting_date": meeting_date, "title": title}

    def step(name: str, done: int, total: int) -> None:
        progress((done - 1) / max(total, 1), desc=f"Reading {name} ({done} of {total})")

    try:
        report = state.correct_metadata(doc_id, fields, progress=step)
    except MinutesQAError as error:
        raise gr.Error(f"The correction was not saved: {error}") from error
    picker = gr.update(choices=document_choices(state.documents()), value=doc_id)
    return [*refreshed(state, report_html(report)), *correction_fields(state, doc_id), picker]


def correct_handler(state: AppState):
    """What the Save button calls: the access check, then `correct`."""
    def save_correction(doc_id: str | None, council: str, committee: str, meeting_date: str, title: str,
                        request: gr.Request, progress: gr.Progress = gr.Progress()) -> list:
        check_change_allowed(state, request)
        return correct(state, doc_id, council, committee, meeting_date, title, progress)
    return save_correction


def picker_update(state: AppState) -> dict:
    return gr.update(choices=document_choices(state.documents()))


# ------------------------------------------------------------------ who may change the library

def check_change_allowed(state: AppState, request: gr.Request | None) -> None:
    """gr.Error unless this request may upload or re-index (read-only, or not signed in where that counts)."""
    reason = state.access.refusal(getattr(request, "username", None) if request is not None else None)
    if reason:
        raise gr.Error(reason)


def upload_handler(state: AppState):
    """What the Add button calls: the access check, then `add_files`."""
    def upload(files: list[str] | None, council: str, committee: str, meeting_date: str, kind: str,
               request: gr.Request, progress: gr.Progress = gr.Progress()) -> list:
        check_change_allowed(state, request)
        return add_files(state, files, council, committee, meeting_date, kind, progress)
    return upload


def reindex_handler(state: AppState):
    """What the Re-index button calls: the access check, then `reindex`."""
    def reindex_corpus(request: gr.Request, progress: gr.Progress = gr.Progress()) -> list:
        check_change_allowed(state, request)
        return reindex(state, progress)
    return reindex_corpus


def tab(page: Page) -> None:
    state, panel = page.state, page.filters
    with gr.Tab("Library", id="library"):
        summary = gr.Markdown(library_summary(state), elem_id="library-summary")
        table = gr.Dataframe(documents_table(state), headers=HEADERS, datatype="str", interactive=False,
                             wrap=True, elem_id="library-table", show_search="search",
                             column_widths=["12%", "17%", "9%", "6%", "15%", "6%", "10%", "14%", "11%"])
        status = gr.Markdown(ingest_status_text(state), elem_id="ingest-status")
        watch = gr.Timer(2, active=False)
        read_only = state.access.read_only
        gr.Markdown(READ_ONLY_NOTE, elem_id="library-read-only", visible=read_only)
        with gr.Accordion("Add documents", open=False, elem_id="upload-panel", visible=not read_only):
            gr.Markdown(f"Minutes or reports as {', '.join(ALLOWED)}; up to {MAX_UPLOAD_MB} MB each. "
                        "Describe them below, or leave the fields blank to read what the documents state.")
            files = gr.File(file_count="multiple", file_types=list(ALLOWED), label="Files", elem_id="upload")
            with gr.Row():
                council = gr.Textbox(label="Council", placeholder="e.g. Medway Council", elem_id="upload-council")
                committee = gr.Textbox(label="Committee", elem_id="upload-committee")
                meeting_date = gr.Textbox(label="Meeting date", placeholder="2020-12-01, 2020-12 or 2020",
                                          elem_id="upload-date")
                kind = gr.Dropdown(["", "minutes", "report"], value="", label="Kind", allow_custom_value=True,
                                   elem_id="upload-kind")
            add = gr.Button("Add to the library", variant="primary", elem_id="upload-button")
        reindex_button = gr.Button("Re-index the corpus folder", size="sm", elem_id="reindex", visible=not read_only)
        report = gr.HTML("", elem_id="library-report", js_on_load=None)
        outputs = [table, summary, report, *panel.choice_outputs]
        page.on_load(partial(current_library, state), [table, summary])     # a new visit sees uploads
        page.on_load(partial(ingest_watch, state), [status, watch])
        watch.tick(partial(ingest_tick, state), None, [status, watch, table, summary], api_visibility="private")
        add.click(upload_handler(state), [files, council, committee, meeting_date, kind],
                  [*outputs, files], api_visibility="private")
        reindex_button.click(reindex_handler(state), None, outputs, api_visibility="private")
        correction_panel(page, outputs)


def correction_panel(page: Page, outputs: list) -> None:
    """Pick a document, see where each field came from, correct it (unless read-only)."""
    state, read_only = page.state, page.state.access.read_only
    with gr.Accordion("Check or correct a document's details", open=False, elem_id="correct-panel"):
        gr.Markdown(READ_ONLY_CORRECTIONS if read_only else CORRECTION_NOTE, elem_id="correct-note")
        picker = gr.Dropdown(document_choices(state.documents()), value=None, label="Document",
                             elem_id="correct-document")
        sources = gr.Markdown("", elem_id="correct-sources")
        with gr.Row():
            boxes = [gr.Textbox(label=label, interactive=not read_only,
                                elem_id=f"correct-{'date' if name == 'meeting_date' else name}")
                     for name, label in FIELD_NAMES.items()]
        save = gr.Button("Save the correction", variant="primary", elem_id="correct-button", visible=not read_only)
    page.on_load(partial(picker_update, state), [picker])
    picker.change(partial(correction_fields, state), [picker], [*boxes, sources], api_visibility="private")
    save.click(correct_handler(state), [picker, *boxes], [*outputs, *boxes, sources, picker], api_visibility="private")
