"""Read .txt, .md, .html/.htm, .pdf and .docx files into `Document` (text + metadata).

All text normalisation happens here, once: every character offset elsewhere in the
system refers to the text this module returns. The contract for that text:

- Newlines are "\\n". Paragraphs are separated by exactly one blank line ("\\n\\n");
  a single "\\n" separates lines inside a paragraph, a list or a table.
- Table rows are single lines with cells separated by "\\t" (tabs are kept as they are,
  including empty cells); lines containing a tab are never joined to other lines.
- List items start with "• " whatever glyph the source used (Ø, ·, •, ▪, §, o, Symbol-font
  bullets); "- " items are left as they are. HTML <ol> items keep their numbers ("1. ").
- Non-breaking and other odd spaces become plain spaces; runs of spaces become one space;
  lines have no leading or trailing spaces (tabs are kept); zero-width characters go.
- A paragraph broken mid-sentence across a page boundary (it ends with a lowercase letter,
  a comma or a dash, and the next paragraph starts with a lowercase word) is joined with
  one space; a word hyphenated across the break ("co-" / "operate") is joined without
  one. A stray "- " list marker in front of the continuation is dropped.
- PDF: pages are read in pypdf's layout mode (vertical gaps become blank lines), runs of
  3+ spaces between words (table columns) become tabs, and a lone page number ("3",
  "Page 3 of 9") at the top or bottom of a page is dropped; pages are joined by "\n\n".
- HTML: only the main content (ModernGov's #modgov, <main>, ...) without navigation,
  breadcrumbs, cookie banners, scripts or page header/footer; blocks become paragraphs.
- Markdown: "#" heading markers are removed (the heading stays as its own line) and
  "*"/"+" list markers become "• "; other markdown is left verbatim.

Metadata comes from the manifest when there is an entry (the manifest wins), else from
what the document states in its header (the first 40 non-empty lines), else None. It is
never guessed: see `metadata_from_text` and the `find_*` functions it combines.
"""
from __future__ import annotations

import codecs
import csv
import datetime
import hashlib
import io
import logging
import os
import re
from pathlib import Path
from typing import Callable, Iterable

from .errors import NeedsOCR, UnreadableFile, UnsupportedFile
from .models import Document

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "council", "committee", "meeting_date", "title", "kind", "notes")
METADATA_FIELDS = ("council", "committee", "meeting_date", "title", "kind")
HEADER_LINES = 40

Metadata = dict[str, "str | None"]


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
    """Read one file into a Document; metadata from `manifest` first, then from the text.

    `manifest` is what `load_manifest` returns; None means no manifest (it is not loaded
    from the file's folder automatically).
    """
    path = Path(path)
    suffix = _check_suffix(path)
    data = _read_bytes(path)
    if not data.strip():
        raise UnreadableFile(f"{path} is empty: there is no text to index")
    raw_text, stated = _EXTRACTORS[suffix](data, path)
    text = normalise_text(raw_text)
    if not text:
        raise UnreadableFile(f"{path} contains no text (only whitespace or markup)")
    metadata = merge_metadata(_manifest_lookup(manifest, path), stated, metadata_from_text(text))
    return Document(doc_id=path.stem, path=str(path), text=text,
                    content_hash=hashlib.sha256(data).hexdigest(), **metadata)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"{path} could not be opened: {error.strerror or error}") from error


def merge_metadata(*sources: dict) -> Metadata:
    """The first non-empty value of each metadata field, in the order the sources are given."""
    return {name: next((s[name] for s in sources if s.get(name)), None) for name in METADATA_FIELDS}


# --------------------------------------------------------------------------- decoding


_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Bytes that never occur in text in any 8-bit or UTF-8 encoding (tab, newlines, form feed,
# vertical tab and escape are allowed).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_BINARY_SAMPLE = 1 << 20
MAX_CONTROL_RATIO = 0.05
_SINGLE_BYTE_FAMILIES = ("cp12", "cp437", "cp850", "cp858", "latin", "iso8859", "mac")


def decode_text(data: bytes, path: Path) -> str:
    """Bytes of a text file as str: BOM, then UTF-8, then charset_normalizer's best guess."""
    if data.startswith(_UTF32_BOMS):
        return _checked_text(data.decode("utf-32", errors="replace"), path)
    if data.startswith(_UTF16_BOMS):
        return _checked_text(data.decode("utf-16", errors="replace"), path)
    _check_binary_bytes(data, path)
    try:
        return _checked_text(data.decode("utf-8-sig"), path)
    except UnicodeDecodeError:
        return _checked_text(_decode_detected(data, path), path)


def _decode_detected(data: bytes, path: Path) -> str:
    """Decode non-UTF-8 bytes; Windows-1252 wins over other single-byte guesses."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableFile(f"{path} is not text in any encoding we recognise (binary data?)")
    encoding = codecs.lookup(best.encoding).name
    if encoding.startswith(_SINGLE_BYTE_FAMILIES) or encoding == "utf-8":
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace")


def _check_binary_bytes(data: bytes, path: Path) -> None:
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_RATIO * len(sample):
        raise UnreadableFile(f"{path} looks like binary data, not text"
                             " (check the file is not corrupt or given the wrong extension)")


def _checked_text(text: str, path: Path) -> str:
    """The text, unless too many of its characters are controls or undecodable."""
    sample = text[:_BINARY_SAMPLE]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f\v\x1b"))
    if bad > MAX_CONTROL_RATIO * max(len(sample), 1):
        raise UnreadableFile(f"{path} looks like binary data, not text"
                             " (check the file is not corrupt or given the wrong extension)")
    return text


# --------------------------------------------------------------------------- extractors

Extracted = tuple[str, Metadata]


def _plain_text(data: bytes, path: Path) -> Extracted:
    return decode_text(data, path), {}


_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_LIST = re.compile(r"^([ \t]*)[*+][ \t]+(?=\S)")


def _markdown_text(data: bytes, path: Path) -> Extracted:
    """Markdown as text with heading markers removed and * / + list markers as bullets."""
    lines = decode_text(data, path).splitlines()
    return "\n".join(_markdown_line(line) for line in lines), {}


def _markdown_line(line: str) -> str:
    heading = _MD_HEADING.match(line)
    if heading:
        return heading.group(1)
    return _MD_LIST.sub(r"\1• ", line, count=1)


def _html_text(data: bytes, path: Path) -> Extracted:
    """Main content of a page as text, plus the title (and council) its tags state."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_html_markup(data, path), "html.parser")
    stated = {"title": html_title(soup), "council": _html_council(soup)}
    container = _content_container(soup)
    _remove_chrome(container)
    return _html_blocks_text(container), stated


_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=", re.I)


def _html_markup(data: bytes, path: Path) -> str | bytes:
    """Bytes when the page declares its charset (BeautifulSoup honours it), else decoded text."""
    if _META_CHARSET.search(data[:4096]):
        if not data.startswith(_UTF16_BOMS):
            _check_binary_bytes(data, path)
        return data
    return decode_text(data, path)


def _pdf_text(data: bytes, path: Path) -> Extracted:
    """Text of each page (layout mode, so paragraph gaps survive), pages joined by a blank line."""
    reader = _open_pdf(data, path)
    pages = [_page_text(page, number, path) for number, page in enumerate(reader.pages, 1)]
    if not pages:
        raise UnreadableFile(f"{path} has no pages")
    if not any(page.strip() for page in pages):
        raise NeedsOCR(f"{path} has no text layer; run OCR on it first"
                       " (it looks like a scanned image: `ocrmypdf in.pdf out.pdf` adds one)")
    return "\n\n".join(pages), {}


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
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-?\s*\d{1,4}\s*-?)\s*$", re.I)


def _page_text(page, number: int, path: Path) -> str:
    """One page's text: table columns as tabs, a lone page number at top or bottom dropped."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is newer and stricter; plain mode copes with more
        text = _plain_page_text(page, number, path)
    lines = [_TABLE_GAP.sub("\t", line) for line in text.splitlines()]
    return "\n".join(_drop_page_numbers(lines))


def _plain_page_text(page, number: int, path: Path) -> str:
    try:
        return page.extract_text()
    except Exception as error:
        log.warning("%s: page %d could not be read and is left out: %s", path, number, error)
        return ""


def _drop_page_numbers(lines: list[str]) -> list[str]:
    content = [i for i, line in enumerate(lines) if line.strip()]
    drop = {i for i in content[:1] + content[-1:] if _PAGE_NUMBER.match(lines[i])}
    return [line for i, line in enumerate(lines) if i not in drop]


def _docx_text(data: bytes, path: Path) -> Extracted:
    """Paragraphs (blank line between), list items as bullets, tables as tab-separated rows."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_docx_block(item) for item in document.iter_inner_content()]
    except Exception as error:  # python-docx raises zip, XML and key errors for damaged files
        raise UnreadableFile(f"{path} is not a readable Word document (damaged, or not .docx?):"
                             f" {error}") from error
    return "\n\n".join(block for block in blocks if block.strip()), {}


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


# --------------------------------------------------------------------------- HTML

# Private-use characters mark paragraph and line breaks while the page is flattened, so
# that collapsing the source's whitespace cannot lose them; a run of marks becomes one
# break ("\n\n" if any is a paragraph mark); a cell mark becomes a tab.
_PARA, _LINE, _CELL = "\ue000", "\ue001", "\ue002"
_MARKER_RUN = re.compile(f"(?: *[{_PARA}{_LINE}])+ *")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_CONTAINERS = ("#modgov", ".mgContent", "main", "[role=main]", "article", "#content")
_CHROME_TAGS = ["script", "style", "noscript", "template", "nav", "aside", "iframe", "svg",
                "button", "select", "textarea", "input", "object", "embed", "canvas", "head"]
_CHROME_NAMES = re.compile(r"nav|breadcrumb|menu|cookie|consent|footer|skip|sidebar", re.I)
_BLOCK_TAGS = ["address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
               "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
               "h3", "h4", "h5", "h6", "header", "hr", "main", "ol", "p", "pre", "section",
               "summary", "table", "td", "th", "tr", "ul"]
_GENERIC_TITLES = {"agenda item", "agendas, meetings and minutes", "agenda", "agendas", "minutes",
                   "meeting", "meetings", "home", "committee details", "meeting details",
                   "issue", "decision", "decision details", "document", "untitled"}


def _content_container(soup):
    """The page's main content element (ModernGov's #modgov, <main>, ...) or the body."""
    for selector in _CONTAINERS:
        element = soup.select_one(selector)
        if element is not None and len(element.get_text(strip=True)) >= 20:
            return element
    return soup.body or soup


def _remove_chrome(container) -> None:
    """Drop scripts, navigation, breadcrumbs, cookie banners, page header/footer, hidden parts."""
    for tag in container.find_all(_CHROME_TAGS):
        tag.decompose()
    total = len(container.get_text(strip=True))
    for tag in container.find_all(True):
        if not tag.decomposed and _is_chrome(tag, total):
            tag.decompose()


def _is_chrome(tag, total: int) -> bool:
    if tag.name in ("header", "footer"):
        return not tag.find_parent(["article", "main"]) and not tag.find("h1")
    if tag.name == "form":
        return tag.find(["p", "h1", "h2", "h3", "table", "article", "main"]) is None
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true" \
            or "display:none" in tag.get("style", "").replace(" ", "").lower():
        return True
    names = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    return bool(_CHROME_NAMES.search(names)) and len(tag.get_text(strip=True)) < total / 2


def _html_blocks_text(container) -> str:
    """Flatten the content: blocks become paragraphs, li bullet lines, table rows tab lines."""
    for table in container.find_all("table"):
        if _is_data_table(table):
            table.replace_with(_PARA + _LINE.join(map(_html_row, table.find_all("tr"))) + _PARA)
    for pre in container.find_all("pre"):
        for string in pre.find_all(string=True):
            string.replace_with(string.replace("\n", _LINE))
    for br in container.find_all("br"):
        br.replace_with(_LINE)
    _mark_lists(container)
    for tag in container.find_all(_BLOCK_TAGS):
        if tag.name not in ("ul", "ol") and not tag.find_parent("li"):
            tag.insert(0, _PARA)
            tag.append(_PARA)
    text = _HTML_SPACE.sub(" ", container.get_text())
    text = _MARKER_RUN.sub(lambda m: "\n\n" if _PARA in m.group() else "\n", text)
    return text.replace(_CELL, "\t")


def _mark_lists(container) -> None:
    """Each li on its own line behind "• " (or its number in an <ol>); lists set apart."""
    for items in container.find_all(["ul", "ol"]):
        inner = items.find_parent("li") is not None
        items.insert(0, _LINE if inner else _PARA)
        items.append(_LINE if inner else _PARA)
        number = _ol_start(items)
        for item in items.find_all("li", recursive=False):
            marker = f"{number}. " if items.name == "ol" else "• "
            item.insert(0, _LINE + marker)
            item.append(_LINE)
            number += 1


def _ol_start(items) -> int:
    start = str(items.get("start", "1"))
    return int(start) if start.isdigit() else 1


def _is_data_table(table) -> bool:
    """A table of rows and columns, not one used for page layout."""
    if table.find("table") is not None:
        return False
    return any(len(row.find_all(["td", "th"], recursive=False)) > 1 for row in table.find_all("tr"))


def _html_row(row) -> str:
    cells = row.find_all(["td", "th"], recursive=False)
    return _CELL.join(" ".join(cell.get_text(" ").split()) for cell in cells)


def html_title(soup) -> str | None:
    """The page's own title: ModernGov's subtitle, the h1 or <title>, minus site boilerplate."""
    for element in (soup.select_one(".mgSubTitleTxt"), soup.find("h1"), soup.title):
        if element is not None:
            title = _strip_site_parts(" ".join(element.get_text(" ").split()))
            if title:
                return title
    return None


def _strip_site_parts(text: str) -> str | None:
    """Drop generic, council, committee and date parts from either end of 'A - B - C'."""
    parts = [part.strip() for part in re.split(r"\s+[-–|]\s+", text) if part.strip()]
    while parts and _is_site_part(parts[0]):
        parts.pop(0)
    while parts and _is_site_part(parts[-1]):
        parts.pop()
    return " - ".join(parts) or None


def _is_site_part(part: str) -> bool:
    return (part.lower().strip(" .:") in _GENERIC_TITLES or is_council_name(part)
            or _is_committee_line(part) or find_date(part, least_precise="my") is not None)


def _html_council(soup) -> str | None:
    """The council a page names as its site (og:site_name or a part of <title>)."""
    site = soup.find("meta", attrs={"property": "og:site_name"})
    names = [site.get("content", "")] if site is not None else []
    if soup.title is not None:
        names += re.split(r"\s+[-–|]\s+", soup.title.get_text(" "))
    return next((tidy_name(name) for name in names if is_council_name(name)), None)


_EXTRACTORS: dict[str, Callable[[bytes, Path], Extracted]] = {
    ".txt": _plain_text,
    ".md": _markdown_text,
    ".html": _html_text,
    ".htm": _html_text,
    ".pdf": _pdf_text,
    ".docx": _docx_text,
}


# --------------------------------------------------------------------------- normalisation

_SPACES = "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_CHAR_MAP = {ch: " " for ch in _SPACES}
_CHAR_MAP.update({ch: "" for ch in "\u200b\ufeff\u00ad\u2060"})
_CHAR_MAP.update({chr(code): "" for code in (*range(0, 9), *range(14, 32), 127)})
_CHAR_MAP.update({"\f": "\n\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n\n"})
_ODD_CHAR = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")
_SPACE_RUN = re.compile(r" {2,}")
_BLANKISH_LINE = re.compile(r"^[ \t]+$", re.M)
_BLANK_RUN = re.compile(r"\n{3,}")
_GLYPHS = "•▪●■◦►➢➤‣⁃∙\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf0e0"
_BULLET = re.compile(rf"^[ \t]*(?:[{_GLYPHS}][ \t]*|[Ø·§o][ \t]+)(?=\S)", re.M)
_LONE_BULLET = re.compile(rf"^[ \t]*[{_GLYPHS}Ø·§o][ \t]*\n+(?=[^\s{_GLYPHS}])", re.M)


def normalise_text(text: str) -> str:
    """The one normalisation every format goes through (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_CHAR.sub(lambda m: _CHAR_MAP[m.group()], text)
    text = normalise_bullets(_SPACE_RUN.sub(" ", text))
    text = text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")  # spaces are single by now
    text = _BLANKISH_LINE.sub("", text)
    text = join_broken_paragraphs(text)
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


def normalise_bullets(text: str) -> str:
    """Bullet glyphs at line start (Ø, ·, •, ▪, §, "o" + space, Symbol-font bullets) as "• ".

    A glyph alone on its line (as PDFs often give it) is put in front of the next line.
    """
    return _BULLET.sub("• ", _LONE_BULLET.sub("• ", text))


# Blank line(s) after a line ending in a lowercase letter, comma, dash or "&", before a
# line opening with a lowercase letter (behind a stray "- " marker the break left, maybe).
_BREAK = re.compile(r"(?<=[a-z,&\-–—])\n\n+(?:- )?(?=[a-z])")


def join_broken_paragraphs(text: str) -> str:
    """Join paragraphs broken mid-sentence (at a page boundary) to their continuation."""
    return _BREAK.sub(lambda match: _join_break(text, match), text)


def _join_break(text: str, match: re.Match) -> str:
    previous = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
    end = text.find("\n", match.end())
    line = text[match.start(): len(text) if end < 0 else end].lstrip("\n")
    if not is_continuation(previous, line):
        return match.group()
    return "" if previous.endswith("-") and previous[-2:-1].isalpha() else " "


_CONTINUATION = re.compile(r"(?:- )?[a-z]")
_ENUMERATOR = re.compile(r"(?:- )?(?:[ivx]{1,4}|[a-z])[.)](?:\s|$)")


def is_continuation(previous: str, line: str) -> bool:
    """Whether `line` continues the sentence that `previous` leaves unfinished."""
    if not previous or not (previous[-1].islower() or previous[-1] in ",&-–—"):
        return False
    if "\t" in previous or "\t" in line or not _CONTINUATION.match(line) or _ENUMERATOR.match(line):
        return False
    return not looks_like_heading(previous)


def looks_like_heading(line: str) -> bool:
    """A short line in capitals or title case, with no sentence punctuation."""
    if len(line) > 200 or line[:1].islower():
        return False
    words = line.split()
    if not words or len(words) > 10 or line.endswith((",", ".", ";", ":")):
        return False
    return line.isupper() or mostly_capitalised(words)


def mostly_capitalised(words: list[str]) -> bool:
    """Whether most words longer than three letters start with a capital (title-like)."""
    long_words = [w for w in words if len(w) > 3]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitals >= 0.6 * len(long_words)


# --------------------------------------------------------------------------- dates

_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    ("dmy", rf"{_WEEKDAY}(\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+{_MONTH},?\s+(\d{{4}})"),
    ("mdy", rf"{_WEEKDAY}{_MONTH}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})"),
    ("iso", r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    ("ymd", r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})"),
    ("num", r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})"),
    ("my", rf"{_MONTH},?\s+(\d{{4}})"),
    ("ym", r"(\d{4})-(\d{2})"),
    ("y", r"(\d{4})"),
)
_FULL_DATES = [(kind, re.compile(rf"{p}", re.I)) for kind, p in _DATE_PATTERNS]
_SEARCH_DATES = [(kind, re.compile(rf"(?<![\w/.-]){p}(?![\w/-]|\.\d)", re.I)) for kind, p in _DATE_PATTERNS]
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def normalise_date(text: str) -> str | None:
    """A date as written ("Tuesday 2 October 2018", "July 2020", "11/12/2017") in ISO form.

    Precision is kept: a year gives "2018", a month "2020-07", a day "2018-10-02".
    Numeric dates are read day first (UK). None if `text` is not just a date.
    """
    cleaned = " ".join(text.split()).strip(" .,")
    for kind, pattern in _FULL_DATES:
        match = pattern.fullmatch(cleaned)
        if match:
            return _iso_date(kind, match.groups())
    return None


def find_date(text: str, least_precise: str = "y") -> str | None:
    """The first date inside `text`, trying the most precise forms first."""
    for kind, pattern in _SEARCH_DATES:
        match = pattern.search(text)
        if match:
            found = _iso_date(kind, match.groups())
            if found:
                return found
        if kind == least_precise:
            break
    return None


def _iso_date(kind: str, groups: tuple[str, ...]) -> str | None:
    """ISO text for matched groups, or None if they do not make a real date."""
    if kind in ("my", "ym", "y"):
        return _iso_partial(kind, groups)
    if kind == "dmy":
        day, month, year = groups
    elif kind == "mdy":
        month, day, year = groups
    elif kind in ("iso", "ymd"):
        year, month, day = groups
    else:
        day, month, year = groups
    return _iso_day(int(year) if len(year) == 4 else 2000 + int(year), _month_number(month), int(day))


def _iso_partial(kind: str, groups: tuple[str, ...]) -> str | None:
    year = int(groups[-1] if kind == "my" else groups[0])
    if not 1900 <= year <= 2099:
        return None
    if kind == "y":
        return f"{year}"
    month = _month_number(groups[0] if kind == "my" else groups[1])
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None


def _iso_day(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2099:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else _MONTHS[month[:3].lower()]


# --------------------------------------------------------------------------- metadata

_LABEL = re.compile(r"^([A-Za-z][A-Za-z '’/&-]{0,38}?)[ ]*(?::|\t)[ \t]*(.*)$")
_DATE_LABELS = ("committee date", "meeting date", "date of meeting", "date of committee", "date")
_COMMITTEE_LABELS = ("committee", "report to", "meeting of", "decision maker", "panel")
_TITLE_LABELS = ("title", "report title", "subject", "agenda item", "item")
_COUNCIL_LABELS = ("council", "authority", "local authority")
_BODY_WORDS = r"(?i:Committee|Sub-Committee|Subcommittee|Panel|Board|Cabinet|Forum|Commission)"
_COMMITTEE_LINE = re.compile(rf"^(?=[A-Z])[\w'’&,\- ]{{0,120}}\b{_BODY_WORDS}$")
_REPORT_TO = re.compile(r"^report to(?: the)?\s+(?P<body>[^:\t]{3,120}$)", re.I)
_MINUTES_OF = re.compile(r"^minutes of (?:the |a |an )?(?:[\w-]+ )?meeting of (?:the )?"
                         r"(?P<body>.+?)(?:,?\s+held\b(?P<rest>.*))?$", re.I)
_COUNCIL_LINE = re.compile(
    r"^(?:(?:The )?(?:London |Royal )?Borough of [A-Z][\w'’ -]{1,40}(?: Council)?"
    r"|(?:City of )?[A-Z][\w'’&-]*(?: (?:and |upon |on |of )?[A-Z][\w'’&-]*){0,4}"
    r" (?:(?:County|Borough|City|District|Metropolitan Borough|Town|Parish) )?Council)$")
_NOT_A_PLACE = {"full", "the", "special", "extraordinary", "annual", "county", "borough",
                "city", "district", "town", "parish", "metropolitan", "this", "our"}
_AGENDA_ITEM = re.compile(
    r"^agenda item(?:\s+(?:no\.?\s*)?\d+[a-z]?\.?)?(?:\s*[:.\-–]\s*(?P<rest>.+))?$", re.I)
_MINUTES = re.compile(r"^minutes\s*:?$|^minutes of (?:the |a |an )?(?!previous|last)\w", re.I)
_REPORT = re.compile(r"^report (?:to|from|of|by)\b|^report author\s*:", re.I)
_MINUTES_WORD = re.compile(r"\bMINUTES\b|\bMinutes\b")
_BOILERPLATE = re.compile(r"agendas, meetings and minutes|minutes of the (?:previous|last)", re.I)


def metadata_from_text(text: str) -> Metadata:
    """Council, committee, meeting date, title and kind as stated in the header, else None."""
    lines = header_lines(text)
    labels = parse_labels(lines)
    return {
        "council": find_council(lines, labels),
        "committee": find_committee(lines, labels),
        "meeting_date": find_meeting_date(lines, labels),
        "title": find_title(lines, labels),
        "kind": find_kind(lines),
    }


def header_lines(text: str, limit: int = HEADER_LINES) -> list[str]:
    """The first `limit` non-empty lines, stripped."""
    lines = []
    for line in text.split("\n", limit * 20)[: limit * 20]:
        if line.strip():
            lines.append(line.strip())
            if len(lines) == limit:
                break
    return lines


def parse_labels(lines: list[str]) -> dict[str, str]:
    """'Label: value' (or tab-separated) header fields, by lowercased label; first wins."""
    labels: dict[str, str] = {}
    for line in lines:
        match = _LABEL.match(line[:300])
        if match:
            labels.setdefault(" ".join(match.group(1).lower().split()), match.group(2).strip())
    return labels


def _label(labels: dict[str, str], names: Iterable[str]) -> str | None:
    return next((labels[name] for name in names if labels.get(name)), None)


def find_meeting_date(lines: list[str], labels: dict[str, str]) -> str | None:
    """From a date label, a ModernGov 'Meeting:' line, a 'Minutes of ... held on' line or a date line."""
    minutes = _minutes_heading(lines)
    stated = (
        find_date(_label(labels, _DATE_LABELS) or ""),
        find_date(labels.get("meeting") or "", least_precise="my"),
        find_date(minutes and minutes.group("rest") or "", least_precise="my"),
    )
    return next((d for d in stated if d), None) or next((d for d in map(_date_line, lines) if d), None)


def _date_line(line: str) -> str | None:
    """A line that is nothing but a day or month date (a bare year is too ambiguous)."""
    if len(line) > 40:
        return None
    found = normalise_date(line)
    return found if found and len(found) > 4 else None


def _minutes_heading(lines: list[str]) -> re.Match | None:
    return next((m for m in (_MINUTES_OF.match(line[:300]) for line in lines) if m), None)


def find_committee(lines: list[str], labels: dict[str, str]) -> str | None:
    """From a committee label, 'Report to the X', 'Minutes of the meeting of X' or a line naming it."""
    minutes = _minutes_heading(lines)
    candidates = [minutes and minutes.group("body"), _label(labels, _COMMITTEE_LABELS),
                  _meeting_committee(labels.get("meeting"))]
    candidates += [match.group("body") for match in map(_REPORT_TO.match, lines) if match]
    candidates += [line for line in lines if _is_committee_line(line)]
    for candidate in candidates:
        name = tidy_name(candidate) if candidate else None
        if name and not is_council_name(name):
            return name
    return None


def _meeting_committee(value: str | None) -> str | None:
    """The committee in a ModernGov 'Meeting: 09/02/2017 - Panel name (Item 5.)' value."""
    if not value or " - " not in value:
        return None
    return value.split(" - ", 1)[1]


def _is_committee_line(line: str) -> bool:
    """A line that is just a committee's name: capitalised words ending in Committee, Panel, ..."""
    words = line.split()
    if len(line) > 120 or len(words) > 14 or words[0].lower() == "the" or not _COMMITTEE_LINE.match(line):
        return False
    return line.isupper() or mostly_capitalised(words)


def find_title(lines: list[str], labels: dict[str, str]) -> str | None:
    """From a title label, the line after 'Agenda item', or a capitals title above 'Report from'."""
    for candidate in (_label(labels, _TITLE_LABELS), _after_agenda_item(lines), _report_caps_title(lines)):
        name = tidy_name(_ITEM_NUMBER.sub("", candidate)) if candidate else None
        if name and re.search(r"[^\W\d_]{2}", name):
            return name
    return None


_ITEM_NUMBER = re.compile(r"^\d{1,3}[a-z]?[.):]?\s+")


def _after_agenda_item(lines: list[str]) -> str | None:
    for i, line in enumerate(lines):
        match = _AGENDA_ITEM.match(line[:300])
        if not match:
            continue
        if match.group("rest"):
            return match.group("rest")
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if 0 < len(following) <= 200 and not _LABEL.match(following) and not normalise_date(following):
            return following
    return None


def _report_caps_title(lines: list[str]) -> str | None:
    """An all-capitals line (not the committee, a date or a council) above 'Report from/by/of'."""
    end = next((i for i, line in enumerate(lines) if _REPORT_FROM.match(line)), None)
    for line in lines[:end] if end is not None else []:
        if line.isupper() and len(line.split()) >= 2 and not _is_committee_line(line) \
                and not normalise_date(line) and not is_council_name(line):
            return line
    return None


_REPORT_FROM = re.compile(r"^report (?:from|of|by)\b", re.I)


def find_council(lines: list[str], labels: dict[str, str]) -> str | None:
    """From a council label or a header line that is just a council's name."""
    labelled = _label(labels, _COUNCIL_LABELS)
    if labelled:
        return tidy_name(labelled)
    return next((tidy_name(line) for line in lines if is_council_name(line)), None)


def is_council_name(text: str) -> bool:
    """Whether `text` is nothing but a council's name ("Medway Council", "Borough of X")."""
    text = text.strip()
    text = title_case(text) if text.isupper() else text
    if len(text) > 80 or not _COUNCIL_LINE.match(text):
        return False
    return text.split()[0].lower() not in _NOT_A_PLACE or text.lower().startswith("the borough of")


def find_kind(lines: list[str]) -> str | None:
    """'minutes' if the header says Minutes, 'report' if it opens like a report, else None."""
    if any(_MINUTES.match(line) for line in lines):
        return "minutes"
    if any(_MINUTES_WORD.search(line) and not _BOILERPLATE.search(line) for line in lines[:3]):
        return "minutes"
    if any(_REPORT.match(line) for line in lines[:10]):
        return "report"
    return None


_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "upon",
                "with"}
_ITEM_SUFFIX = re.compile(r"\s*\((?:item|minute)[^)]*\)\s*$", re.I)


def tidy_name(text: str) -> str | None:
    """A stated name without surrounding punctuation; ALL-CAPS made title case."""
    text = _ITEM_SUFFIX.sub("", " ".join(text.split())).strip(" .,;:-–—")
    if not text or len(text) > 200:
        return None
    return title_case(text) if text.isupper() and len(text) > 3 else text


def title_case(text: str) -> str:
    """'CHILDREN AND YOUNG PEOPLE O&S COMMITTEE' -> 'Children and Young People O&S Committee'."""
    words = text.split(" ")
    return " ".join(_title_word(word, first=i == 0) for i, word in enumerate(words))


def _title_word(word: str, first: bool) -> str:
    if not first and word.lower() in _SMALL_WORDS:
        return word.lower()
    if "&" in word or not re.search(r"[AEIOUY]", word):
        return word  # acronyms such as NHS, O&S stay in capitals
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
