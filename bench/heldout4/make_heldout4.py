"""Build the fourth held-out corpus: bench/heldout4/corpus/ from bench/heldout4/sources/.

    python bench/heldout4/make_heldout4.py [--out DIR] [--furniture]

Sources use bench/realistic/make_corpus.py's format (header `key: value` lines, `===`, body with
`## NUM | TITLE | THIRD`, `### LABEL`, `- bullet`, `| table |`, `@@pagebreak`); its parser,
`build`/`main`, and the Word helpers of bench/fresh/make_fresh.py are imported unchanged. Three
ordinary forms of bench/realistic (mg-meeting, pdf-minutes, docx-report) are drawn by its own
renderers. The forms added here, which no earlier generator draws:

- pdf-ocr        minutes converted or OCRed to PDF, drawn line by line on the canvas: words
                 hyphenated across line ends ("recom-" / "mended"), ligature glyphs (U+FB00-FB02)
                 when `ligatures: yes`, doubled spaces, now and then a word split by a space,
                 a letter-spaced title ("~TEXT"), a logo text line on page 1 (`logo`), a running
                 header on every page (`header`) and a footer (`footer_left`, `footer_right` with
                 "Page {n} of {total}").
- pdf-flow       platypus PDFs in DejaVu Sans (Welsh letters): one or two columns (`columns`),
                 a cover-sheet table (`cover`: "Label | Value||..."), grid tables whose first row
                 is a header (`grid: yes`, `col_widths: 12,48,40`), `logo`, `title_lines`, page
                 edges `header_left/right`, `footer_left/right/centre` with {n}/{total}. Used for
                 the record-of-decisions tables, two-column decision notices, committee reports
                 with appendices and exempt notices, a Welsh-only minute, a side-by-side bilingual
                 minute, Scottish minutes with a Sederunt, Northern Irish minutes with a matters
                 arising table.
- docx-table     minutes in a Word table: `table_head` ("Minute No. | Item | Discussion | Action
                 by"), one row per item (the third `##` field is "action by"); items numbered "@..."
                 follow the table as a heading and blocks (an action log).
- docx-plain     Word minutes or reports: `letterhead`, optional `cover` table, `title_lines`,
                 numbered items as bold lines.
- mg-issue       ModernGov "Issue - items at meetings" page: one `## | Meeting: DD/MM/YYYY -
                 Committee (Item N)` per meeting, with Decision: / Minutes: labels.
- mg-details     ModernGov "Decision details" page: label rows from `fields` ("Label | value||...")
                 and one section per `## | Label:`.
- mg-attendance  ModernGov "Meeting attendance" page: the attendance table (preamble), then a few
                 minutes items.
- saved-address  a page saved from the browser with a consent banner and a footer that gives the
                 council only by its postal address and e-mail (`address`, `email`).
- clerk-txt      text saved from a PDF by a clerk: lines wrapped at 76 columns, a page-number line
                 ("- N -" by default, `page_label`), a running line (`running`) from page 2, form
                 feeds between pages.

Everything is deterministic: two builds give the same bytes. `--furniture` prints, per document,
the furniture lines planted (`planted_furniture`), which truth.csv counts and measure.py detects.
Every word of the business, the people and the figures is invented; the councils are real.
"""
from __future__ import annotations

import sys
import textwrap
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))
sys.path.insert(0, str(HERE.parent / "fresh"))

import make_corpus as dev  # noqa: E402  (bench/realistic/make_corpus.py)
import make_fresh as fresh  # noqa: E402  (bench/fresh/make_fresh.py)
from make_corpus import E, Source, html_blocks, parse_source  # noqa: E402

SOURCES = HERE / "sources"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ORDINARY = ("mg-meeting", "pdf-minutes", "docx-report")
EXTENSIONS = {"pdf-ocr": ".pdf", "pdf-flow": ".pdf", "docx-table": ".docx", "docx-plain": ".docx",
              "mg-issue": ".html", "mg-details": ".html", "mg-attendance": ".html", "saved-address": ".html",
              "clerk-txt": ".txt", **{form: dev.EXTENSIONS[form] for form in ORDINARY}}
LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def _lines(src: Source, key: str) -> list[str]:
    return [part.strip() for part in src.get(key).split("||") if part.strip()]


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


def _chance(*parts: object) -> int:
    """A deterministic number 0-999 for a place in a document (no random state)."""
    return zlib.crc32("|".join(map(str, parts)).encode()) % 1000


# --------------------------------------------------------------------------- converted / OCRed PDF


def _ocr_words(src: Source, text: str, where: str) -> list[str]:
    """A paragraph's words with the flaws of a converted text layer: ligatures, doubled spaces,
    now and then a long word split by a space."""
    words = []
    for i, word in enumerate(text.split()):
        if src.get("ligatures") == "yes":
            for plain, glyph in LIGATURES:
                word = word.replace(plain, glyph)
        roll = _chance(src.name, where, i)
        if len(word) >= 9 and word.isalpha() and roll < 25:
            words += [word[:4], word[4:]]
            continue
        words.append(word + (" " if roll > 930 else ""))
    return words


def _wrap_hyphenated(words: list[str], width: float, measure) -> list[str]:
    """Lines no wider than `width`; a long word that does not fit is hyphenated across the break."""
    lines, line = [], ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if measure(trial) <= width:
            line = trial
            continue
        core = word.rstrip(".,;:)")
        head = ""
        if len(core) >= 7 and core.isalpha():
            for cut in range(len(core) - 3, 2, -1):
                if measure(f"{line} {core[:cut]}-") <= width:
                    head = core[:cut]
                    break
        if head:
            lines.append(f"{line} {head}-")
            line = word[len(head):]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def render_pdf_ocr(src: Source, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _fonts()
    width, height = A4
    left, right, top, bottom = 2.3 * cm, width - 2.3 * cm, height - 2.8 * cm, 2.4 * cm
    size, leading = 10.5, 14.5

    def measure(text, font="DejaVu"):
        return stringWidth(text, font, size)

    class Canvas(dev.counting_canvas()):
        def draw_furniture(self, total: int):
            n = self._pageNumber
            self.setFont("DejaVu", 8)
            if src.get("header"):
                self.drawString(left, height - 1.4 * cm, src.get("header").format(n=n, total=total))
            if src.get("footer_left"):
                self.drawString(left, 1.3 * cm, src.get("footer_left").format(n=n, total=total))
            if src.get("footer_right"):
                self.drawRightString(right, 1.3 * cm, src.get("footer_right").format(n=n, total=total))

    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    canvas.setTitle(src.get("pdf_title"))
    canvas.setAuthor(src.get("pdf_author"))
    state = {"y": top}

    def emit(text: str, font: str = "DejaVu", gap: float = 0.0, x: float = left):
        if state["y"] < bottom:
            canvas.showPage()
            state["y"] = top
        canvas.setFont(font, size)
        canvas.drawString(x, state["y"], text)
        state["y"] -= leading + gap

    if src.get("logo"):
        canvas.setFont("DejaVu-Bold", 13)
        canvas.drawString(left, top + 0.2 * cm, src.get("logo"))
        state["y"] = top - 1.0 * cm
    for line in _lines(src, "title_lines"):
        text = " ".join(line[1:]) if line.startswith("~") else line
        emit(text, "DejaVu-Bold", 2)
    state["y"] -= leading / 2

    def paragraph(text: str, where: str, indent: float = 0.0, font: str = "DejaVu"):
        words = _ocr_words(src, text, where)
        for line in _wrap_hyphenated(words, right - left - indent, lambda t: measure(t, font)):
            emit(line, font, x=left + indent)
        state["y"] -= leading / 3

    def add(blocks, where):
        for b, (kind, value) in enumerate(blocks):
            if kind == "para":
                paragraph(value, f"{where}.{b}")
            elif kind == "heading":
                emit(value, "DejaVu-Bold")
            elif kind == "bullets":
                for j, bullet in enumerate(value):
                    paragraph(f"\u2022 {bullet}", f"{where}.{b}.{j}", indent=0.5 * cm)
            elif kind == "table":
                for j, row in enumerate(value):
                    paragraph("   ".join(row), f"{where}.{b}.{j}")
            elif kind == "pagebreak":
                canvas.showPage()
                state["y"] = top

    add(src.preamble, "pre")
    for i, item in enumerate(src.items):
        state["y"] -= leading / 3
        emit(f"{item.number}   {item.title}".strip(), "DejaVu-Bold")
        add(item.blocks, f"item{i}")
    for line in _lines(src, "signature_lines"):
        state["y"] -= leading
        emit(line)
    canvas.showPage()
    canvas.save()


# --------------------------------------------------------------------------- platypus PDFs


def _flow_styles():
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    _fonts()
    base = getSampleStyleSheet()["Normal"]
    body = ParagraphStyle("h4b", parent=base, fontName="DejaVu", fontSize=9.5, leading=13, spaceAfter=6)
    return {
        "body": body,
        "cell": ParagraphStyle("h4c", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "head": ParagraphStyle("h4h", parent=body, fontName="DejaVu-Bold", fontSize=8.5, leading=11, spaceAfter=0),
        "title": ParagraphStyle("h4t", parent=body, fontName="DejaVu-Bold", fontSize=12.5, leading=16,
                                alignment=TA_CENTER, spaceAfter=8),
        "logo": ParagraphStyle("h4l", parent=body, fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=12),
        "minute": ParagraphStyle("h4m", parent=body, fontName="DejaVu-Bold", fontSize=10, spaceBefore=6),
        "label": ParagraphStyle("h4x", parent=body, fontName="DejaVu-Bold"),
    }


def _grid_table(rows, styles, widths, header: bool, grid: bool):
    from reportlab.platypus import Paragraph, Table, TableStyle

    cells = [[Paragraph(E(c), styles["head" if header and r == 0 else "cell"]) for c in row]
             for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "#555555"))
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), "#dddddd"))
    table.setStyle(TableStyle(commands))
    return table


def render_pdf_flow(src: Source, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageBreak, PageTemplate,
                                    Paragraph, Spacer)

    styles = _flow_styles()
    width, height = A4
    margin = 2 * cm
    columns = int(src.get("columns", "1"))
    inner = width - 2 * margin
    frame_width = (inner - 0.8 * cm * (columns - 1)) / columns

    def widths(n: int):
        shares = [float(w) for w in src.get("col_widths").split(",")] if src.get("col_widths") else [1.0] * n
        if len(shares) != n:
            shares = [1.0] * n
        return [frame_width * s / sum(shares) for s in shares]

    class Canvas(dev.counting_canvas()):
        def draw_furniture(self, total: int):
            n = self._pageNumber

            def text(key):
                return src.get(key).format(n=n, total=total)

            self.setFont("DejaVu", 8)
            if not (n == 1 and src.get("header_from_page_2")):
                if src.get("header_left"):
                    self.drawString(margin, height - 1.3 * cm, text("header_left"))
                if src.get("header_right"):
                    self.drawRightString(width - margin, height - 1.3 * cm, text("header_right"))
            if src.get("footer_left"):
                self.drawString(margin, 1.2 * cm, text("footer_left"))
            if src.get("footer_right"):
                self.drawRightString(width - margin, 1.2 * cm, text("footer_right"))
            if src.get("footer_centre"):
                self.drawCentredString(width / 2, 0.8 * cm, text("footer_centre"))

    story = []
    if src.get("logo"):
        story.append(Paragraph(E(src.get("logo")), styles["logo"]))
    story += [Paragraph(E(line), styles["title"]) for line in _lines(src, "title_lines")]
    cover = [line.split(" | ", 1) for line in _lines(src, "cover")]
    if cover:
        story += [_grid_table(cover, styles, [frame_width * 0.35, frame_width * 0.65], False, True), Spacer(1, 10)]
    grid = src.get("grid") == "yes"

    def add(blocks):
        for kind, value in blocks:
            if kind == "para":
                story.append(Paragraph(E(value), styles["body"]))
            elif kind == "heading":
                story.append(Paragraph(E(value), styles["label"]))
            elif kind == "bullets":
                story.append(ListFlowable([ListItem(Paragraph(E(b), styles["body"]), leftIndent=14) for b in value],
                                          bulletType="bullet", start="\u2022", leftIndent=14))
            elif kind == "table":
                story.append(_grid_table(value, styles, widths(len(value[0])), grid, grid))
                story.append(Spacer(1, 8))
            elif kind == "pagebreak":
                story.append(PageBreak())

    add(src.preamble)
    for item in src.items:
        story.append(Paragraph(E(f"{item.number}\u00a0\u00a0{item.title}".strip()), styles["minute"]))
        add(item.blocks)
    story += [Paragraph(E(line), styles["body"]) for line in _lines(src, "signature_lines")]
    frames = [Frame(margin + c * (frame_width + 0.8 * cm), 2 * cm, frame_width, height - 4.2 * cm,
                    id=f"col{c}") for c in range(columns)]
    doc = BaseDocTemplate(str(out), pagesize=A4, title=src.get("pdf_title"), author=src.get("pdf_author"),
                          invariant=1)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames)])
    doc.build(story, canvasmaker=Canvas)


# --------------------------------------------------------------------------- Word


def _word_start(src: Source):
    from docx.shared import Pt

    document = fresh.word_document(src)
    for line in _lines(src, "letterhead"):
        run = document.add_paragraph().add_run(line)
        run.bold = True
        run.font.size = Pt(16)
    cover = [line.split(" | ", 1) for line in _lines(src, "cover")]
    if cover:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in cover:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    for line in _lines(src, "title_lines"):
        run = document.add_paragraph().add_run(line)
        run.bold = True
        run.font.size = Pt(13)
    fresh.docx_blocks(document, src.preamble, table_style="Table Grid")
    return document


def _cell_text(cell, blocks) -> None:
    """An item's blocks as paragraphs of one table cell (the first reuses the cell's paragraph)."""
    texts = []
    for kind, value in blocks:
        if kind in ("para", "heading"):
            texts.append(value)
        elif kind == "bullets":
            texts += [f"\u2022 {b}" for b in value]
        elif kind == "table":
            texts += ["  ".join(row) for row in value]
    cell.text = texts[0] if texts else ""
    for text in texts[1:]:
        cell.add_paragraph(text)


def render_docx_table(src: Source, out: Path) -> None:
    document = _word_start(src)
    head = [h.strip() for h in src.get("table_head", "Minute No. | Item | Discussion | Action by").split("|")]
    table = document.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head):
        cell.text = text
    after = []
    for item in src.items:
        if item.number.startswith("@"):
            after.append(item)
            continue
        cells = table.add_row().cells
        cells[0].text, cells[1].text = item.number, item.title
        _cell_text(cells[2], item.blocks)
        if len(cells) > 3:
            cells[3].text = item.size
    for item in after:
        document.add_paragraph().add_run(item.title).bold = True
        fresh.docx_blocks(document, item.blocks, table_style="Table Grid")
    for line in _lines(src, "signature_lines"):
        document.add_paragraph(line)
    document.save(str(out))
    dev._fix_zip_times(out)


def render_docx_plain(src: Source, out: Path) -> None:
    document = _word_start(src)
    for item in src.items:
        document.add_paragraph().add_run(f"{item.number}\t{item.title}".strip()).bold = True
        fresh.docx_blocks(document, item.blocks, table_style="Table Grid")
    for line in _lines(src, "signature_lines"):
        document.add_paragraph(line)
    document.save(str(out))
    dev._fix_zip_times(out)


# --------------------------------------------------------------------------- ModernGov pages


def _fields(src: Source) -> str:
    rows = [line.split(" | ", 1) for line in _lines(src, "fields")]
    return "\n".join(f'<p><span class="mgLabel">{E(label)}: </span>{E(value)}</p>' for label, value in rows)


def render_mg_issue(src: Source) -> str:
    parts = [f'<h2 class="mgSubTitleTxt">{E(src.get("issue_title"))}</h2>', _fields(src), html_blocks(src.preamble),
             '<p><a href="mgIssueHistoryChronology.aspx">Issue history</a></p>']
    for item in src.items:
        parts.append(f'<div class="mgIssueMeeting"><h3 class="mgSubSubTitleTxt">{E(item.title)}</h3>'
                     f"{html_blocks(item.blocks)}</div>")
    src.head.setdefault("h1", "Issue - items at meetings")
    return dev.page(src, src.get("page_title"), "\n".join(parts))


def render_mg_details(src: Source) -> str:
    parts = [f'<h2 class="mgSubTitleTxt">{E(src.get("title"))}</h2>', _fields(src), html_blocks(src.preamble)]
    for item in src.items:
        parts.append(f'<h3 class="mgSubSubTitleTxt">{E(item.title)}</h3>{html_blocks(item.blocks)}')
    parts += [f'<p><span class="mgLabel">{E(label)}: </span>{E(value)}</p>'
              for label, value in (line.split(" | ", 1) for line in _lines(src, "tail_fields"))]
    src.head.setdefault("h1", "Decision details")
    return dev.page(src, src.get("page_title"), "\n".join(parts))


def render_mg_attendance(src: Source) -> str:
    parts = [f'<h2 class="mgSubTitleTxt">{E(src.get("heading"))}</h2>', _fields(src), html_blocks(src.preamble)]
    if src.items:
        parts.append('<h2 class="mgSectionTitle">Minutes of the meeting</h2>')
    for item in src.items:
        parts.append(f'<h3 class="mgSubSubTitleTxt">{E(f"{item.number}. {item.title}")}</h3>{html_blocks(item.blocks)}')
    src.head.setdefault("h1", "Attendance details")
    return dev.page(src, src.get("page_title"), "\n".join(parts))


# --------------------------------------------------------------------------- saved page, address footer only


def render_saved_address(src: Source) -> str:
    url = src.get("saved_url")
    files = f"./{src.name}_files"
    menu = "".join(f'<li><a href="#">{E(m)}</a></li>' for m in SAVED_MENU)
    items = "".join(f'<h2>{E(f"{i.number} {i.title}".strip())}</h2>\n{fresh.cms_blocks(i.blocks)}' for i in src.items)
    address = "<br>".join(E(line) for line in _lines(src, "address"))
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){E(url)} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(src.get("page_title"))}</title>
<link rel="stylesheet" href="{E(files)}/style.css">
<script src="{E(files)}/consent.js"></script>
</head>
<body>
<div id="consent" class="consent-modal" role="dialog"><h2>Your privacy choices</h2>
<p>This website stores small files on your device. Some are needed for the site to function; others
tell us which pages are visited so that we can improve them.</p>
<button>Accept all</button> <button>Necessary only</button> <a href="#">Manage settings</a></div>
<header><a href="#" class="brand"><img src="{E(files)}/header-logo.png" alt="Home page"></a>
<nav><ul>{menu}</ul></nav></header>
<main><h1>{E(src.get("h1"))}</h1>
{fresh.cms_blocks(src.preamble)}
{items}
</main>
<footer><p class="footer-address">{address}</p>
<p>Email: <a href="mailto:{E(src.get("email"))}">{E(src.get("email"))}</a></p>
<ul><li><a href="#">Accessibility</a></li><li><a href="#">Privacy</a></li><li><a href="#">Sitemap</a></li></ul></footer>
<script src="{E(files)}/site.js"></script>
</body></html>
"""


# --------------------------------------------------------------------------- clerk's text saved from a PDF


def render_clerk_txt(src: Source) -> str:
    lines = [line.center(76).rstrip() for line in _lines(src, "title_lines")] + [""]

    def wrap(text: str, indent: str = ""):
        lines.extend(textwrap.wrap(text, 76, initial_indent=indent, subsequent_indent=" " * len(indent)) or [""])

    def add(blocks):
        for kind, value in blocks:
            if kind == "para":
                wrap(value)
            elif kind == "heading":
                lines.append(value)
            elif kind == "bullets":
                for b in value:
                    wrap(b, "  (" + chr(97 + value.index(b)) + ") ")
            elif kind == "table":
                lines.extend("    ".join(row) for row in value)
            lines.append("")

    add(src.preamble)
    for item in src.items:
        lines += [f"{item.number}  {item.title.upper()}".strip(), ""]
        add(item.blocks)
    lines += _lines(src, "signature_lines")
    per_page = int(src.get("page_lines", "46"))
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    label = src.get("page_label", "- {n} -")
    out = []
    for n, page_lines in enumerate(pages, 1):
        head = [src.get("running"), ""] if n > 1 and src.get("running") else []
        out.append("\n".join(head + page_lines + ["", label.format(n=n, total=len(pages)).center(76).rstrip()]))
    return "\n\f".join(out) + "\n"


# --------------------------------------------------------------------------- furniture planted, main


MODERNGOV_SITE = ("mg-issue", "mg-details", "mg-attendance", "mg-meeting")   # framed by make_corpus.page
SITE_NAV = ("Bins and recycling", "Council tax", "Housing", "Planning", "Schools", "Your council")
SAVED_MENU = ("Waste and recycling", "Council Tax and benefits", "Roads and travel", "Housing", "Planning")


def planted_furniture(src: Source) -> list[str]:
    """The furniture lines this generator plants around the business of one document (page
    numbers as {n}/{total}); truth.csv counts them, measure.py detects them."""
    form = src.get("form")
    keys = {"pdf-ocr": ("logo", "header", "footer_left", "footer_right"),
            "pdf-flow": ("logo", "header_left", "header_right", "footer_left", "footer_right", "footer_centre"),
            "docx-table": ("page_header", "page_footer"), "docx-plain": ("page_header", "page_footer"),
            "clerk-txt": ("running", "page_label"),
            "pdf-minutes": ("running_header", "running_footer", "page_numbers"),
            "docx-report": ("page_header", "page_footer")}.get(form, ())
    lines = [src.get(k) for k in keys if src.get(k)]
    if form == "clerk-txt" and not src.get("page_label"):
        lines.append("- {n} -")
    if form in MODERNGOV_SITE:
        brand = src.get("brand") or src.get("council")
        lines += ["Skip to main content", f"We use some essential cookies to make this website work. We'd like to set "
                  f"additional cookies to understand how you use {brand}'s website.", "Accept additional cookies",
                  f"{brand} logo", "Search this site", *SITE_NAV,
                  *src.get("breadcrumb", "Home > Your council > Councillors and committees > Meetings").split(" > "),
                  "Accessibility statement", "Cookies", "Privacy", "Contact us",
                  src.get("footer") or f"© {brand}"]
    if form == "saved-address":
        lines += ["Your privacy choices", "This website stores small files on your device. Some are needed for the "
                  "site to function; others tell us which pages are visited so that we can improve them.",
                  "Accept all", "Necessary only", "Manage settings", "Home page", *SAVED_MENU,
                  *_lines(src, "address"), f"Email: {src.get('email')}", "Accessibility", "Privacy", "Sitemap"]
    return lines


def write_document(src: Source, out: Path) -> Path:
    form = src.get("form")
    target = out / f"{src.name}{EXTENSIONS[form]}"
    if form in ORDINARY:
        return dev.write_document(src, out)
    if form in ("pdf-ocr", "pdf-flow", "docx-table", "docx-plain"):
        {"pdf-ocr": render_pdf_ocr, "pdf-flow": render_pdf_flow, "docx-table": render_docx_table,
         "docx-plain": render_docx_plain}[form](src, target)
    elif form == "clerk-txt":
        target.write_bytes(render_clerk_txt(src).encode("utf-8"))
    else:
        renderer = {"mg-issue": render_mg_issue, "mg-details": render_mg_details, "mg-attendance": render_mg_attendance,
                    "saved-address": render_saved_address}[form]
        target.write_text(renderer(src), encoding="utf-8")
    return target


def build(out: Path) -> list[Path]:
    return dev.build(out, SOURCES, EXTENSIONS, write_document)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--furniture" in argv:
        for path in sorted(SOURCES.glob("*.src")):
            src = parse_source(path)
            print(f"{src.name}\t{len(planted_furniture(src))}\t" + " || ".join(planted_furniture(src)))
        return
    dev.main(argv, build, HERE, __doc__)


if __name__ == "__main__":
    main()
