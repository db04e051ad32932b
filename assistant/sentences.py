"""Sentence spans with character offsets, for quoting verbatim."""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr cllr cllrs st no nos prof rev vs approx para paras e.g i.e etc "
    "inc ltd co cf fig jan feb mar apr jun jul aug sep sept oct nov dec hon rt".split()
)

# A sentence may end at . ! ? (plus closing quotes/brackets) followed by whitespace.
_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*(?=\s)")
# List markers and paragraph numbers that open a line: "• ", "- 2.4 ", "3.1 ", "10. a. ", "(b) ".
_MARKER = re.compile(
    r"^(?:[•\-*–]\s*)?(?:\(?(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]\s+|\d+(?:\.\d+)+\s+)*(?:[•\-*–]\s+)?",
    re.IGNORECASE,
)
_LINE_START_LIST = re.compile(r"\s*(?:[•\-*–]\s|\(?\d+(?:\.\d+)*[.)]?\s|\(?[a-z][.)]\s)", re.I)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in text[start:end], trimmed, markers dropped."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _logical_lines(text, start, end):
        spans.extend(_sentences_in_line(text, line_start, line_end))
    return spans


def _logical_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at blank lines, list items and table rows; keep soft-wrapped lines together."""
    lines: list[tuple[int, int]] = []
    current = start
    pos = text.find("\n", start, end)
    while pos != -1:
        if _is_hard_break(text, current, pos, end):
            lines.append((current, pos))
            current = pos + 1
        pos = text.find("\n", pos + 1, end)
    lines.append((current, end))
    return lines


def _is_hard_break(text: str, line_start: int, newline: int, end: int) -> bool:
    line = text[line_start:newline].rstrip()
    following = text[newline + 1:min(end, newline + 12)]
    if not line or not following.strip() or following.startswith("\n"):
        return True
    if "\t" in line or line[-1] in ".!?:;\"'\u2019\u201d)":
        return True
    if len(line) < 60:  # headings and short labels stand alone
        return True
    return bool(_LINE_START_LIST.match(following))


def _sentences_in_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    begin = start
    for match in _END.finditer(text, start, end):
        if _is_abbreviation(text, begin, match.start()) or not _next_starts_sentence(text, match.end(), end):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s is not None]


def _is_abbreviation(text: str, begin: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[begin:dot])
    if not word:
        return False
    token = word.group(1).lower()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _next_starts_sentence(text: str, pos: int, end: int) -> bool:
    rest = text[pos:min(end, pos + 8)].lstrip()
    return not rest or not rest[0].islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    start, chunk = start + lead, chunk.strip()
    marker = _MARKER.match(chunk)
    if marker and marker.end() < len(chunk):
        start, chunk = start + marker.end(), chunk[marker.end():]
    if not any(ch.isalnum() for ch in chunk):
        return None
    return start, start + len(chunk)
