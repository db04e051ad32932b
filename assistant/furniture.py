"""Page furniture: what a publishing system puts around the minutes, never part of them.

Removed while a file is read, before the text is normalised, so that no character offset
ever points into it and no passage, quote or item title can be made of it:

- web pages: "pdf icon" and "PDF 80 KB" link decorations, "View directions", skip links,
  the "Media" list of webcasts, the "No. | Item" header of an items table, "Agenda No / 5"
  leftovers, "Additional documents:" link lists, "Printed on ..." stamps;
- PDFs: page numbers at the top or bottom of a page, and running headers and footers
  (lines repeated at the edges of many pages);
- every format: "This page is intentionally left blank".

Removed lines are returned too: a running footer such as "Medway Council" still tells
which council published the document.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

EDGE_LINES = 2            # lines at the top and at the bottom of a page where furniture sits
RUNNING_SHARE = 0.5       # a line at the edge of at least this share of pages is running furniture


@dataclass
class Cleaned:
    """Text without furniture, and the furniture lines taken out (stripped, in order)."""

    text: str
    removed: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)   # PDFs: each page's text; `text` is them joined


# ---------------------------------------------------------------- every format

_BLANK_PAGE = re.compile(
    r"^[\[(]?\s*(?:(?:this|the) )?page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank"
    r"\.?\s*[\])]?$|^[\[(]?\s*blank page\s*[\])]?$", re.I)


_BLANK_WORD = re.compile(r"blank", re.I)


def is_blank_page_notice(line: str) -> bool:
    return bool(_BLANK_PAGE.match(_squeeze(line)))


# ---------------------------------------------------------------- web pages

_ICON = re.compile(r"[ \t]*\b(?:pdf|word|excel|powerpoint|docx?|xlsx?|pptx?|rtf|csv|zip|html?|image"
                   r"|jpe?g|png)[ \t]+icon\b", re.I)
_FILE_SIZE = re.compile(
    r"[ \t]*\(?\b(?:PDF|DOCX?|XLSX?|PPTX?|RTF|CSV|ZIP|HTML?|MP3|MP4|JPE?G|PNG|ODT|ODS)\b,?[ \t]*"
    r"\d+(?:[.,]\d+)?[ \t]*(?:[KMG]B|kB|Kb|bytes)\b\)?", re.I)
_DIRECTIONS = re.compile(r"[ \t]*\.?[ \t]*\bView directions\b\.?", re.I)
_WEB_LINE = re.compile(
    r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|main|page content)|jump to (?:main )?content"
    r"|media|items|no\.?(?: \| | )item(?: \|)?|\| ?no\.? \| item \|?|item no\.?(?: \| | )(?:item|subject)"
    r"|agenda (?:item )?no\.?(?: ?[/|:-]? ?\d{1,3}[a-z]?\.?)?|(?:additional|accompanying|supporting) documents:?"
    r"|printed on \d{1,2}/\d{1,2}/\d{2,4}"
    r"|back to top|top of page|print this page|share this page|show all|hide all|expand all|collapse all"
    r"|link: .{1,120}|watch (?:the )?(?:meeting|webcast|live)(?: online)?|view the (?:webcast|recording)"
    r"|this page uses cookies.{0,200})$", re.I)
_MEDIA_ITEM = re.compile(r"^(?:• )?(?:webcast|video|audio|recording|watch|live stream|youtube)\b.{0,150}$",
                         re.I)
_DOCUMENT_LISTS = ("additional documents", "accompanying documents", "supporting documents")
_WEB_MARKERS = re.compile(r"\bpdf icon\b|\bView directions\b|\bSkip to main content\b|"
                          r"\bPDF \d+(?:\.\d+)? KB\b", re.I)


def looks_like_saved_web_page(text: str) -> bool:
    """Text copied or saved from a web page: it carries the page's link decorations."""
    return len(_WEB_MARKERS.findall(text[:200_000])) >= 2


def remove_web_furniture(text: str) -> Cleaned:
    """Link decorations inside lines, then furniture lines; line breaks are kept as they are."""
    kept, removed = [], []
    in_media = in_documents = False
    for line in text.split("\n"):
        squeezed = _squeeze(line)
        if not squeezed:
            kept.append(line)
            continue
        line = _strip_decorations(line)
        lower = squeezed.lower().rstrip(":")
        decorated = _squeeze(line) != squeezed
        drop = (not line.strip() or _WEB_LINE.match(squeezed) or is_blank_page_notice(squeezed)
                or (in_media and _MEDIA_ITEM.match(squeezed))
                or (in_documents and _is_link_line(_squeeze(line), decorated)))
        in_media = lower == "media" or (in_media and bool(drop))
        in_documents = lower in _DOCUMENT_LISTS or (in_documents and bool(drop))
        if drop:
            removed.append(squeezed)
        else:
            kept.append(line)
    return Cleaned("\n".join(kept), removed)


def _strip_decorations(line: str) -> str:
    """'Budget pdf icon PDF 80 KB' -> 'Budget'; 'Town Hall. View directions' -> 'Town Hall'."""
    if "icon" not in line and "directions" not in line.lower() and "B" not in line:
        return line
    return _DIRECTIONS.sub("", _FILE_SIZE.sub("", _ICON.sub("", line)))


def _is_link_line(line: str, decorated: bool) -> bool:
    """A short line naming a linked document: it had a size or icon, or is a list item."""
    return (decorated or line.startswith("• ")) and len(line) <= 120 and not line.endswith((".", ":", ";")) \
        and "\t" not in line


def remove_blank_page_notices(text: str) -> Cleaned:
    if not _BLANK_WORD.search(text):
        return Cleaned(text)
    lines = text.split("\n")
    removed = [_squeeze(line) for line in lines if is_blank_page_notice(line)]
    if not removed:
        return Cleaned(text)
    return Cleaned("\n".join(line for line in lines if not is_blank_page_notice(line)), removed)


# ---------------------------------------------------------------- PDF pages

_PAGE_NUMBER = re.compile(
    r"^(?:page ?\|? ?\d{1,4}(?: ?(?:of|/) ?\d{1,4})?|\d{1,4} ?\| ?page|\d{1,4} (?:of|/) \d{1,4}"
    r"|[-–—]? ?\d{1,4} ?[-–—]?|[ivxlc]{1,6})$", re.I)
_LETTER_SPACED_PAGE = re.compile(r"p ?a ?g ?e", re.I)


def is_page_number(line: str) -> bool:
    """'7', '- 7 -', 'Page 7', 'Page 7 of 12', '7 | P a g e', 'iv'."""
    squeezed = _LETTER_SPACED_PAGE.sub("page", _squeeze(line))
    return bool(_PAGE_NUMBER.match(squeezed))


def remove_page_furniture(pages: list[str]) -> Cleaned:
    """Pages joined by a blank line, without page numbers, running headers and footers.

    A running header's first occurrence at the top of the first page is kept: there it is
    often the document's own heading.
    """
    lines = [page.split("\n") for page in pages]
    running = _running_keys(lines)
    removed: list[str] = []
    for page in lines:
        removed += _drop_edge_lines(page, lambda line: is_page_number(line) or is_blank_page_notice(line))
    for number, page in enumerate(lines):
        keep_top = number == 0
        removed += _drop_edge_lines(page, lambda line: _key(line) in running, keep_top=keep_top)
    for page in lines:
        removed += [_squeeze(line) for line in page if is_blank_page_notice(line)]
        page[:] = [line for line in page if not is_blank_page_notice(line)]
    kept = ["\n".join(page) for page in lines]
    return Cleaned("\n\n".join(kept), removed, kept)


def _drop_edge_lines(page: list[str], is_furniture, keep_top: bool = False) -> list[str]:
    """Blank out furniture among the first and last EDGE_LINES non-empty lines of a page."""
    content = [i for i, line in enumerate(page) if line.strip()]
    size = _edge_size(len(content))
    edges = ([] if keep_top else content[:size]) + content[len(content) - size:]
    removed = []
    for i in dict.fromkeys(edges):
        if page[i].strip() and is_furniture(page[i]):
            removed.append(_squeeze(page[i]))
            page[i] = ""
    return removed


def _running_keys(pages: list[list[str]]) -> set[str]:
    """Edge lines (digits ignored) found at the edges of at least RUNNING_SHARE of the pages."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        content = [line for line in page if line.strip()]
        size = _edge_size(len(content))
        for key in {_key(line) for line in content[:size] + content[len(content) - size:]}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))
    return {key for key, count in counts.items() if count >= needed and re.search(r"[^\W\d_]", key)}


def _edge_size(lines: int) -> int:
    """EDGE_LINES, fewer on a short page so that top and bottom never meet."""
    return min(EDGE_LINES, lines // 2) if lines > 1 else lines


def _key(line: str) -> str:
    """A line compared across pages: digits (page numbers, dates) and spacing ignored."""
    return re.sub(r"\d+", "#", _squeeze(line).lower())


def _squeeze(line: str) -> str:
    return " ".join(line.split())
