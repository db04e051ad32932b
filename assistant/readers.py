"""Each supported file format read into raw text (before normalisation).

- .txt: the decoded text. A page saved or copied from a website loses its link
  decorations and navigation lines (see `furniture`).
- .md: "#" heading markers are removed (the heading stays as its own line) and "*"/"+"
  list markers become "• "; other markdown is left verbatim.
- .html/.htm: see `html_reader`.
- .pdf: pages are read in pypdf's layout mode (vertical gaps become blank lines), runs of
  3+ spaces between words (table columns) become tabs; page numbers, running headers and
  footers are removed; pages are joined by a blank line, and each page's text is kept
  too, so that the Document can say where each page begins (`normalise.page_starts`).
- .docx: paragraphs (a blank line between), list items as bullets, tables as
  tab-separated rows; the page headers and footers (the first page's and even pages' too) are not
  text but are kept as furniture.

Every reader returns `Extracted`: the text, what the file's markup states about it, and
the furniture lines taken out (metadata may still read them: a footer names the council).
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .decoding import decode_text
from .errors import NeedsOCR, UnreadableFile
from .furniture import (Cleaned, looks_like_saved_web_page, remove_blank_page_notices,
                        remove_aggregator_fields, remove_page_furniture, remove_sharing_site_furniture,
                        remove_summary_site_furniture, remove_web_furniture)

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})


@dataclass
class Extracted:
    """A file's raw text, the metadata its markup states, and the furniture taken out."""

    text: str
    stated: dict[str, str | None] = field(default_factory=dict)
    furniture: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)   # PDFs: each page's text; `text` is them joined
    properties: list[str] = field(default_factory=list)  # the file's author, company, title (Word, PDF)


def read_text(suffix: str, data: bytes, path: Path) -> Extracted:
    """The raw text of a file of a supported type (`suffix` lowercased, with its dot)."""
    return _READERS[suffix](data, path)


def _without_furniture(text: str, stated: dict | None = None, furniture: list[str] = ()) -> Extracted:
    """Blank-page notices (and a saved web page's decorations) removed from any text."""
    cleaned = remove_web_furniture(text) if looks_like_saved_web_page(text) else Cleaned(text)
    site = _without_site_captions(cleaned.text)
    blank = remove_blank_page_notices(site.text)
    return Extracted(blank.text, stated or {}, [*furniture, *cleaned.removed, *site.removed, *blank.removed])


def _without_site_captions(text: str) -> Cleaned:
    """A document-sharing site's captions around its copy, a meeting aggregator's fields over the agenda, and a
    meeting-summary site's prompts around its summary."""
    shared = remove_sharing_site_furniture(text)
    fields = remove_aggregator_fields(shared.text)
    summary = remove_summary_site_furniture(fields.text)
    return Cleaned(summary.text, [*shared.removed, *fields.removed, *summary.removed])


def _plain_text(data: bytes, path: Path) -> Extracted:
    """A text file; one with form feeds is text saved from a PDF, read page by page as a PDF is
    (page numbers, running headers and footers removed; pages kept for citations)."""
    text = decode_text(data, path)
    pages = text.split("\f")
    if sum(1 for page in pages if page.strip()) < 2:
        return _without_furniture(text)
    cleaned = remove_page_furniture(pages)
    return _pages_without_furniture(cleaned.pages, cleaned.removed)


_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_LIST = re.compile(r"^([ \t]*)[*+][ \t]+(?=\S)")


def _markdown_text(data: bytes, path: Path) -> Extracted:
    """Markdown as text with heading markers removed and * / + list markers as bullets."""
    lines = decode_text(data, path).splitlines()
    return _without_furniture("\n".join(_markdown_line(line) for line in lines))


def _markdown_line(line: str) -> str:
    heading = _MD_HEADING.match(line)
    if heading:
        return heading.group(1)
    return _MD_LIST.sub(r"\1• ", line, count=1)


def _html_text(data: bytes, path: Path) -> Extracted:
    from .html_reader import read_html

    page = read_html(data, path)
    cleaned = remove_web_furniture(page.text)
    site = _without_site_captions(cleaned.text)
    blank = remove_blank_page_notices(site.text)
    return Extracted(blank.text, page.stated, [*cleaned.removed, *site.removed, *blank.removed])


# ---------------------------------------------------------------- PDF


def _pdf_text(data: bytes, path: Path) -> Extracted:
    """Pages in layout mode without page numbers, running headers and footers."""
    reader = _open_pdf(data, path)
    pages = [_page_text(page, number, path) for number, page in enumerate(reader.pages, 1)]
    if not pages:
        raise UnreadableFile(f"{path} has no pages")
    if not any(page.strip() for page in pages):
        raise NeedsOCR(f"{path} has no text layer; run OCR on it first"
                       " (it looks like a scanned image: `ocrmypdf in.pdf out.pdf` adds one)")
    cleaned = remove_page_furniture(pages)
    extracted = _pages_without_furniture(cleaned.pages, cleaned.removed)
    extracted.properties = _pdf_properties(reader)
    return extracted


def _pdf_properties(reader) -> list[str]:
    """The PDF's author, creator, title and subject, as its information dictionary gives them."""
    try:
        info = reader.metadata or {}
        return [str(info[key]) for key in ("/Author", "/Creator", "/Title", "/Subject") if info.get(key)]
    except Exception:  # pypdf raises on a damaged information dictionary, which names nothing
        return []


def _pdf_properties(reader) -> list[str]:
    try:
        info = reader.metadata or {}
        return [str(info[key]) for key in ("/Author", "/Creator", "/Title", "/Subject") if info.get(key)]
    except Exception:  # a damaged information dictionary names nothing
        return []


def _pages_without_furniture(pages: list[str], furniture: list[str]) -> Extracted:
    """`_without_furniture` page by page, so that the text stays the pages joined by a blank line."""
    web = looks_like_saved_web_page("\n".join(pages))
    kept, removed = [], list(furniture)
    for page in pages:
        cleaned = remove_web_furniture(page) if web else Cleaned(page)
        blank = remove_blank_page_notices(cleaned.text)
        kept.append(blank.text)
        removed += [*cleaned.removed, *blank.removed]
    return Extracted("\n\n".join(kept), furniture=removed, pages=kept)


def _open_pdf(data: bytes, path: Path):
    """A pypdf reader, decrypted when it only has an owner password."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(f"{path} is password-protected; save an unprotected copy and add that")
        len(reader.pages)
    except UnreadableFile:
        raise
    except DependencyError as error:
        raise UnreadableFile(f"{path} is encrypted in a way that needs the 'cryptography' package;"
                             " save an unprotected copy and add that") from error
    except Exception as error:  # pypdf raises many types for damaged files
        raise UnreadableFile(f"{path} is not a readable PDF (damaged or incomplete?): {error}") from error
    return reader


_TABLE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _page_text(page, number: int, path: Path) -> str:
    """One page's text in layout mode, table columns as tabs."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is newer and stricter; plain mode copes with more
        text = _plain_page_text(page, number, path)
    return "\n".join(_TABLE_GAP.sub("\t", line) for line in text.splitlines())


def _plain_page_text(page, number: int, path: Path) -> str:
    try:
        return page.extract_text()
    except Exception as error:
        log.warning("%s: page %d could not be read and is left out: %s", path, number, error)
        return ""


# ---------------------------------------------------------------- DOCX


def _docx_text(data: bytes, path: Path) -> Extracted:
    """Paragraphs (blank line between), list items as bullets, tables as tab-separated rows."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_docx_block(item) for item in document.iter_inner_content()]
        furniture = _docx_headers_and_footers(document)
    except Exception as error:  # python-docx raises zip, XML and key errors for damaged files
        raise UnreadableFile(f"{path} is not a readable Word document (damaged, or not .docx?):"
                             f" {error}") from error
    extracted = _without_furniture("\n\n".join(block for block in blocks if block.strip()), furniture=furniture)
    properties = document.core_properties
    extracted.properties = [value for value in (properties.author, properties.title, properties.subject,
                                                properties.last_modified_by) if value]
    return extracted


def _docx_headers_and_footers(document) -> list[str]:
    """The text of each section's page headers and footers, once each: also the first page's (a
    letterhead naming the council often sits there alone) and the even pages'."""
    lines: list[str] = []
    for section in document.sections:
        for part in (section.first_page_header, section.header, section.even_page_header,
                     section.first_page_footer, section.footer, section.even_page_footer):
            if part is not None and not part.is_linked_to_previous:
                lines += [" ".join(p.text.split()) for p in part.paragraphs if p.text.strip()]
    return list(dict.fromkeys(lines))


def _docx_block(item) -> str:
    from docx.table import Table

    if isinstance(item, Table):
        return "\n".join(_docx_row(row) for row in item.rows)
    text = item.text
    return f"• {text.lstrip()}" if text.strip() and _is_docx_list(item) else text


def _is_docx_list(paragraph) -> bool:
    """A paragraph with list numbering of its own or a bullet/number list style."""
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    style = paragraph.style.name if paragraph.style is not None else ""
    return style.startswith(("List Bullet", "List Number"))


def _docx_row(row) -> str:
    """Cells of a table row, merged cells once, inner line breaks as spaces."""
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(cell.text.split()))
    return "\t".join(cells)


_READERS: dict[str, Callable[[bytes, Path], Extracted]] = {
    ".txt": _plain_text,
    ".md": _markdown_text,
    ".html": _html_text,
    ".htm": _html_text,
    ".pdf": _pdf_text,
    ".docx": _docx_text,
}
