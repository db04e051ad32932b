"""The Commitments tab: the register of what was promised, filterable, cited, exportable.

`commitments_tab(assistant)` builds the tab's contents inside an open `gr.Tab`;
`tab(state, panel)` wraps it for `ui.app.TABS`. Formatting is pure functions below;
document text reaches the page only through `html.escape`.
"""
import contextlib
import html
import re
from pathlib import Path
from typing import Any, ContextManager, Sequence

import gradio as gr
import pandas as pd

from assistant import register
from assistant.commitments import KINDS
from assistant.dates import is_partial_date
from assistant.models import Commitment, Hit

from .downloads import DownloadFolder
from .errors import shown_on_page

HEADERS = ["Council", "Committee", "Meeting", "Owner", "Kind", "Due", "Commitment", "Reference"]
_REF = re.compile(r"^(?P<doc>.+)@(?P<start>\d+)-(?P<end>\d+)$")
PROMPT = '<p class="muted">Select a row to see the commitment in its agenda item, and any follow-ups.</p>'


# ------------------------------------------------------------------ pure formatting

def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def reference(c: Commitment) -> str:
    """A row's key back to its commitment: "doc_id@start-end"."""
    return f"{c.doc_id}@{c.start}-{c.end}"


def parse_reference(value: object) -> tuple[str, int, int] | None:
    match = _REF.match(str(value or ""))
    return (match["doc"], int(match["start"]), int(match["end"])) if match else None


def due_text(c: Commitment) -> str:
    """"before 22 February (2017-02-22)", "September 2020", or "" when not stated."""
    if c.due and c.due_date and c.due_date not in c.due:
        return f"{c.due} ({c.due_date})"
    return c.due or c.due_date or ""


def table_rows(items: Sequence[Commitment]) -> list[list[str]]:
    return [[c.council or "", c.committee or "", c.meeting_date or "", c.owner or "", c.kind, due_text(c),
             " ".join(c.text.split()), reference(c)] for c in items]


def register_table(items: Sequence[Commitment]) -> pd.DataFrame:
    return pd.DataFrame(table_rows(items), columns=HEADERS)


def summary_text(items: Sequence[Commitment]) -> str:
    """"12 commitments: 5 action, 4 report back, ..." (no document text)."""
    if not items:
        return "No commitments match these filters."
    counts = [f"{sum(c.kind == kind for c in items)} {kind}" for kind in KINDS
              if any(c.kind == kind for c in items)]
    return f"{len(items)} commitment{'s' if len(items) != 1 else ''}: {', '.join(counts)}."


def marked(text: str, start: int, end: int, mark_start: int, mark_end: int) -> str:
    """Escaped text[start:end] with text[mark_start:mark_end] (clipped to it) in <mark>."""
    a, b = max(start, min(mark_start, end)), min(end, max(mark_end, start))
    return esc(text[start:a]) + f"<mark>{esc(text[a:b])}</mark>" + esc(text[b:end])


def context_html(text: str, item: tuple[int, int], mark: tuple[int, int]) -> str:
    """The agenda item around a commitment, the commitment marked."""
    start, end = min(item[0], mark[0]), max(item[1], mark[1])
    return f'<div class="context-text">{marked(text, start, end, *mark)}</div>'


def heading_html(c: Commitment, citation: str) -> str:
    facts = [f"<strong>{esc(c.kind)}</strong>", f"owner: {esc(c.owner or 'not stated')}",
             f"due: {esc(due_text(c) or 'not stated')}"]
    return (f'<div class="context-head">{esc(citation)}</div><div class="where">{" · ".join(facts)}'
            f' <span class="muted">({esc(c.doc_id)}, characters {int(c.start)}–{int(c.end)})</span></div>')


def follow_up_html(hit: Hit) -> str:
    start, end = hit.sentences[0] if hit.sentences else (hit.start, hit.end)
    quote = marked(hit.text, 0, len(hit.text), start - hit.start, end - hit.start)
    return (f'<li><div class="who">{esc(hit.citation())}</div><blockquote class="passage">{quote}</blockquote>'
            f'<div class="source">{esc(hit.doc_id)}, characters {int(hit.start)}–{int(hit.end)}</div></li>')


def follow_ups_html(c: Commitment, hits: Sequence[Hit]) -> str:
    """Later minutes returning to the commitment, or why there are none."""
    if not c.council or not c.meeting_date:
        reason = "its council is not known" if not c.council else "its meeting date is not known"
        return f'<p class="muted">Follow-ups cannot be looked for: {reason}.</p>'
    if not hits:
        return (f'<p class="nothing">No later minutes of {esc(c.council)} in the index return to this '
                "commitment.</p>")
    items = "".join(follow_up_html(h) for h in hits)
    return f'<ol class="follow-ups">{items}</ol>'


def detail_html(c: Commitment, citation: str, context: str, follow_ups: str) -> str:
    return (f'<div class="commitment-detail">{heading_html(c, citation)}{context}'
            f"<h4>Possible follow-ups in later minutes</h4>{follow_ups}</div>")


def find_commitment(items: Sequence[Commitment], row: Sequence[Any] | None,
                    index: Any = None) -> Commitment | None:
    """The commitment of a selected row: by its reference cell, else by row number."""
    key = parse_reference(row[-1]) if row else None
    for c in items:
        if key and (c.doc_id, c.start, c.end) == key:
            return c
    position = index[0] if isinstance(index, (list, tuple)) and index else None
    if key is None and isinstance(position, int) and 0 <= position < len(items):
        return items[position]
    return None


def checked_due(label: str, value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not is_partial_date(value):
        raise ValueError(f"{label} {value!r} is not a date like 2020, 2020-09 or 2020-09-30.")
    return value or None


def csv_file(assistant, items: Sequence[Commitment], downloads: DownloadFolder) -> Path:
    """The register as a CSV file (UTF-8 with BOM, for spreadsheets) in the downloads folder."""
    path = downloads.new_file("commitments.csv")
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        register.write_csv(assistant, list(items), handle)
    return path


# ------------------------------------------------------------------ event handlers

def filtered(assistant, lock: ContextManager, downloads: DownloadFolder, council: str, owner: str, kind: str,
             due_from: str, due_to: str, text: str, procedural: bool = False) -> list:
    """Table, summary, CSV download, the rows' commitments and a cleared detail, for the filters."""
    try:
        start, end = checked_due("Due after", due_from), checked_due("Due before", due_to)
    except ValueError as error:
        raise gr.Error(str(error)) from error
    with lock, shown_on_page():
        items = register.select(assistant, council, (owner or "").strip(), kind, (text or "").strip(),
                                start, end, bool(procedural))
        path = csv_file(assistant, items, downloads)
    return [register_table(items), summary_text(items), gr.update(value=str(path)), items, PROMPT]


def detail(assistant, lock: ContextManager, c: Commitment) -> str:
    """A commitment's citation, its agenda item with the commitment marked, and its follow-ups."""
    with lock:
        hit = register.commitment_hit(assistant, c)
        if hit is None:
            return '<p class="nothing">This commitment is no longer in the index.</p>'
        text, item_start, item_end = assistant.context(hit)
        follow = register.follow_ups(assistant, c)
    context = context_html(text, (item_start, item_end), (c.start, c.end))
    return detail_html(c, hit.citation(), context, follow_ups_html(c, follow))


# ------------------------------------------------------------------ the tab

def commitments_tab(assistant, lock: ContextManager | None = None, downloads: DownloadFolder | None = None) -> None:
    """Build the tab's contents; call inside `with gr.Tab("Commitments"):`.

    `lock` (e.g. the app's re-index lock) is held around every call to the assistant;
    CSV files are written to `downloads` (a folder of the tab's own when not given).
    """
    lock = lock or contextlib.nullcontext()
    downloads = downloads or DownloadFolder()
    with lock:
        items, councils = register.select(assistant), assistant.councils()
        first_csv = str(csv_file(assistant, items, downloads))
    gr.Markdown("What officers and members promised, asked for or resolved, as recorded in the minutes. "
                "Select a row to read it in its agenda item and see whether later minutes return to it.")
    with gr.Row(equal_height=True):
        council = gr.Dropdown([("All councils", ""), *[(c, c) for c in councils]], value="", label="Council",
                              allow_custom_value=True, elem_id="commitments-council", scale=2)
        owner = gr.Textbox(label="Owner", placeholder="e.g. Director", elem_id="commitments-owner")
        kind = gr.Dropdown([("Any kind", ""), *[(k, k) for k in KINDS]], value="", label="Kind",
                           elem_id="commitments-kind")
        due_from = gr.Textbox(label="Due after", placeholder="2020 or 2020-09", elem_id="commitments-due-from")
        due_to = gr.Textbox(label="Due before", placeholder="2021-03-31", elem_id="commitments-due-to")
        text = gr.Textbox(label="Text contains", placeholder="e.g. briefing", elem_id="commitments-text", scale=2)
    with gr.Row(equal_height=True):
        procedural = gr.Checkbox(False, label="Include procedural resolutions (minutes approved, apologies noted)",
                                 elem_id="commitments-procedural")
        apply = gr.Button("Filter", variant="primary", size="sm", elem_id="commitments-apply")
        download = gr.DownloadButton("Download CSV", value=first_csv, size="sm", elem_id="commitments-csv")
    summary = gr.Markdown(summary_text(items), elem_id="commitments-summary")
    table = gr.Dataframe(register_table(items), headers=HEADERS, datatype="str", interactive=False, wrap=True,
                         elem_id="commitments-table", max_height=420,
                         column_widths=["12%", "14%", "8%", "12%", "8%", "9%", "29%", "8%"])
    shown = gr.State(items)
    chosen = gr.HTML(PROMPT, elem_id="commitments-detail")
    inputs = [council, owner, kind, due_from, due_to, text, procedural]

    def on_filter(*values) -> list:
        return filtered(assistant, lock, downloads, *values)

    def on_select(rows: list[Commitment], evt: gr.SelectData) -> str:
        c = find_commitment(rows, evt.row_value, evt.index)
        return detail(assistant, lock, c) if c else PROMPT

    outputs = [table, summary, download, shown, chosen]
    for trigger in (apply.click, council.change, kind.change, owner.submit, text.submit,
                    due_from.submit, due_to.submit, procedural.change):
        trigger(on_filter, inputs, outputs, api_visibility="private")
    table.select(on_select, shown, chosen, api_visibility="private")


def tab(page) -> None:
    """The tab as `ui.app.TABS` composes them, from the shared `Page`."""
    with gr.Tab("Commitments", id="commitments"):
        commitments_tab(page.state.assistant, downloads=page.state.downloads)
