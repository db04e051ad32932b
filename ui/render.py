"""Answers, citations and reports as HTML: pure functions, every document string escaped.

Document text is untrusted: it goes into the page only through `esc` (html.escape),
so markup or script inside a document shows as text and never runs.
"""
from __future__ import annotations

import calendar
import re
from html import escape
from typing import Iterable, Sequence

from assistant.answer import Answer
from assistant.models import Filters, Hit

Span = tuple[int, int]

MARKER = re.compile(r"\[(\d+)\]")
NOTHING_FOUND = "Nothing in the indexed minutes answers this question."
FILTER_LABELS = (("council", "Council"), ("committee", "Committee"), ("date_from", "From"),
                 ("date_to", "To"), ("kind", "Kind"))


def esc(text: object) -> str:
    """Escape anything for HTML text or a quoted attribute value."""
    return escape("" if text is None else str(text), quote=True)


# ------------------------------------------------------------------ dates and filters

def format_date(iso: str | None) -> str:
    """'2020-12-01' -> '1 December 2020', '2020-07' -> 'July 2020', None -> 'date unknown'."""
    if not iso:
        return "date unknown"
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {calendar.month_name[int(parts[1])]} {parts[0]}"
        if len(parts) == 2:
            return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return iso


def filter_items(filters: Filters) -> list[tuple[str, str, str]]:
    """(field, label, value) for each filter that is set, in display order."""
    return [(name, label, getattr(filters, name)) for name, label in FILTER_LABELS
            if getattr(filters, name)]


def filter_chips(filters: Filters) -> str:
    """The filters an answer was searched with, or 'all minutes' when none."""
    items = filter_items(filters)
    if not items:
        return '<div class="applied">Searched all indexed minutes</div>'
    chips = "".join(f'<span class="chip">{esc(label)}: {esc(value)}</span>' for _, label, value in items)
    return f'<div class="applied">Searched only: {chips}</div>'


# ------------------------------------------------------------------ highlighting

def merge_spans(spans: Iterable[Span], low: int, high: int) -> list[Span]:
    """Spans clipped to [low, high), sorted, overlapping ones merged, empty ones dropped."""
    merged: list[Span] = []
    for start, end in sorted((max(s, low), min(e, high)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, offset: int, spans: Iterable[Span]) -> str:
    """Escaped `text` (which starts at document offset `offset`) with `spans` in <mark>."""
    out, cursor = [], 0
    for start, end in merge_spans(spans, offset, offset + len(text)):
        out.append(esc(text[cursor:start - offset]))
        out.append(f"<mark>{esc(text[start - offset:end - offset])}</mark>")
        cursor = end - offset
    out.append(esc(text[cursor:]))
    return "".join(out)


def context_html(text: str, item: Span, passage: Span, marks: Sequence[Span], heading: str | None = None) -> str:
    """The agenda item around a passage: the passage outlined, its answering sentences marked."""
    item_start, item_end = item
    start, end = max(passage[0], item_start), min(passage[1], item_end)
    if end <= start:
        start = end = item_start
    body = (esc(text[item_start:start])
            + f'<span class="cited">{highlight(text[start:end], start, marks)}</span>'
            + esc(text[end:item_end]))
    title = f"Agenda item: {esc(heading)}" if heading else "The surrounding agenda item"
    return (f'<div class="context-head">{title} <span class="muted">(characters {item_start}–{item_end};'
            f" the cited passage is outlined)</span></div><div class=\"context-text\">{body}</div>")


# ------------------------------------------------------------------ citations

def citation_parts(hit: Hit) -> tuple[str, str]:
    """(who and when, where in the document) for a card header."""
    who = " · ".join([esc(hit.council or "Unknown council"), esc(hit.committee or "unknown committee"),
                      esc(format_date(hit.meeting_date))])
    where = [esc(part.replace("item: ", "Item: ", 1)) for part in hit.location()]   # a card line starts capitalised
    if hit.kind:
        where.append(esc(hit.kind))
    return who, " · ".join(where)


def context_button(hit: Hit) -> str:
    """The button that opens the whole agenda item (fetched when clicked)."""
    marks = ",".join(f"{s}-{e}" for s, e in hit.sentences)
    return (f'<button type="button" class="open-context" aria-expanded="false"'
            f' data-doc="{esc(hit.doc_id)}" data-start="{int(hit.start)}" data-end="{int(hit.end)}"'
            f' data-marks="{esc(marks)}">Show the whole agenda item</button>'
            f'<div class="context" hidden></div>')


def card(hit: Hit, n: int, card_id: str) -> str:
    """One cited passage: citation, the passage with its answering sentences marked, context."""
    who, where = citation_parts(hit)
    passage = highlight(hit.text, hit.start, hit.sentences)
    return (f'<article class="card" id="{esc(card_id)}"><header><span class="n">[{n}]</span> '
            f'<span class="who">{who}</span></header><div class="where">{where}</div>'
            f'<blockquote class="passage">{passage}</blockquote>{missing_line(hit)}'
            f'<div class="source">{esc(hit.doc_id)}, characters {int(hit.start)}–{int(hit.end)}</div>'
            f"{context_button(hit)}</article>")


def missing_line(hit: Hit) -> str:
    """The question's words the passage does not contain, struck through, as a search engine shows them."""
    if not hit.missing:
        return ""
    words = " ".join(f"<s>{esc(word)}</s>" for word in hit.missing)
    return f'<div class="missing">Not in this passage: {words}</div>'


def cards(hits: Sequence[Hit], prefix: str) -> str:
    return "".join(card(hit, n, f"{prefix}-c{n}") for n, hit in enumerate(hits, start=1))


# ------------------------------------------------------------------ answers

def summary_html(summary: str, count: int, prefix: str) -> str:
    """The extractive summary, escaped, its [n] markers linked to their cards."""
    def link(match: re.Match) -> str:
        n = int(match.group(1))
        if not 1 <= n <= count:
            return match.group(0)
        return f'<a class="ref" href="#{esc(prefix)}-c{n}">[{n}]</a>'
    linked = MARKER.sub(link, esc(summary))
    return f'<p class="summary">{linked}</p>'


def notes_html(notes: Sequence[str]) -> str:
    return "".join(f'<p class="note">{esc(note)}</p>' for note in notes if note)


def answer_html(answer: Answer, prefix: str, notes: Sequence[str] = (), seconds: float | None = None) -> str:
    """An answer: how it was read, what it searched, the summary and the cited passages."""
    head = notes_html([*notes, *answer.notes]) + filter_chips(answer.filters)
    timing = f'<div class="timing">Answered in {seconds:.2f} s</div>' if seconds is not None else ""
    if not answer.answered:
        return f'<div class="answer unanswered">{head}{nothing_html(answer, prefix)}{timing}</div>'
    body = summary_html(answer.summary, len(answer.passages), prefix) + cards(answer.passages, prefix)
    return f'<div class="answer">{head}{body}{timing}</div>'


def error_html(error: Exception) -> str:
    return (f'<div class="answer unanswered"><p class="nothing"><strong>This question could not be answered: '
            f"{esc(error)}</strong></p></div>")


def nothing_html(answer: Answer, prefix: str) -> str:
    """Said plainly; the nearest passages stay folded away, marked as probably not relevant."""
    hint = " Try other words, or remove a filter." if not answer.filters.is_empty() else " Try other words."
    text = f'<p class="nothing"><strong>{NOTHING_FOUND}</strong>{hint}</p>'
    if not answer.passages:
        return text
    return (text + '<details class="nearest"><summary>Closest passages found (they do not appear to answer '
            f"it)</summary>{cards(answer.passages, prefix)}</details>")


# ------------------------------------------------------------------ conversation

WELCOME = ('<div class="welcome"><p><strong>Ask a question about the minutes.</strong> Answers are quoted '
           "word for word from the documents, with a citation for every passage.</p><p>Follow-ups work: "
           "after a question, try <em>And Medway?</em> or <em>What did they say about agency staff?</em></p></div>")


def question_html(message: str) -> str:
    return f'<div class="question"><span class="speaker">You</span> {esc(message)}</div>'


def turn_html(message: str, answer_part: str, index: int) -> str:
    return f'<section class="turn" id="turn-{index}">{question_html(message)}{answer_part}</section>'


def pending_html(message: str, index: int) -> str:
    body = '<div class="answer pending" aria-busy="true">Searching the minutes…</div>'
    return turn_html(message, body, index)


def conversation_html(turns: Sequence[str], pending: str = "") -> str:
    """All turns, oldest first, in one scrolling panel."""
    inner = "".join(turns) + pending
    return f'<div class="conversation">{inner or WELCOME}</div>'


# ------------------------------------------------------------------ compare

def council_column(council: str, answer: Answer, prefix: str) -> str:
    """One council's side of a comparison: its summary and top passages, or 'nothing found'."""
    head = f"<h3>{esc(council)}</h3>"
    if not answer.answered:
        return (f'<div class="council-col unanswered">{head}<p class="nothing">Nothing found in '
                f"{esc(council)}’s minutes.</p></div>")
    body = summary_html(answer.summary, len(answer.passages), prefix) + cards(answer.passages, prefix)
    return f'<div class="council-col">{head}{body}</div>'


def compare_html(question: str, results: Sequence[tuple[str, Answer]], filters: Filters) -> str:
    if not results:
        return '<p class="nothing">No council in the index matches the filters.</p>'
    columns = "".join(council_column(c, a, f"cmp-{i}") for i, (c, a) in enumerate(results))
    answered = sum(1 for _, a in results if a.answered)
    head = (f'<p class="compare-head">“{esc(question)}”: answered for {answered} of {len(results)} '
            f"councils.</p>{filter_chips(filters)}")
    return f'<div class="compare">{head}<div class="compare-grid">{columns}</div></div>'


# ------------------------------------------------------------------ library

def report_html(report, accepted: Sequence[str] = (), rejected: Sequence[tuple[str, str]] = ()) -> str:
    """What an upload or re-index did, including every file it could not take and why."""
    lines = [f"Added {len(accepted)} file(s): {esc(', '.join(accepted))}."] if accepted else []
    lines += [f"Not added: {esc(name)}: {esc(reason)}" for name, reason in rejected]
    if report is not None:
        lines.append(f"Index updated in {report.seconds:.1f} s: {report.files_read} file(s) read, "
                     f"{report.unchanged} unchanged, {len(report.removed)} removed; "
                     f"{report.total_passages} passages in the index.")
        lines += [f"Skipped {esc(name)}: {esc(reason)}" for name, reason in report.skipped]
    items = "".join(f"<li>{line}</li>" for line in lines)
    css = "report error" if rejected or (report and report.skipped) else "report"
    return f'<ul class="{css}">{items}</ul>'
