"""Build the realistic development corpus: bench/realistic/corpus/ from bench/realistic/sources/.

    python bench/realistic/make_corpus.py [--out DIR]

Every document is written from one source file (sources/NAME.src): a header of
`key: value` lines, a line `===`, then the body. The header's `form` says what the
published file looks like, and the file written is corpus/NAME.<ext>:

- mg-meeting   ModernGov "Agenda and minutes" page (.html) with the site around it:
               skip link, header, navigation, breadcrumbs, "View directions", a Media
               list, the "No. | Item" table, "pdf icon PDF 80 KB" links, footer.
- mg-item      ModernGov agenda-item page (mgAi.aspx, .html).
- mg-decision  ModernGov decision page (ieDecisionDetails.aspx, .html).
- mg-text      an "Agenda and minutes" page copied from the browser into a .txt file.
- pdf-minutes  printed minutes (.pdf, reportlab): running header and footer, page
               numbers, numbered minutes, optionally a cover letter first and a
               "This page is intentionally left blank" page last.
- docx-report  a committee report (.docx, python-docx) with page header and footer.

Body lines (all forms):
  ## NUM | TITLE | SIZE | EXTRA; EXTRA   an agenda item / numbered minute; SIZE such as
                                         "PDF 312 KB" (optional), EXTRA: additional documents
  ### TEXT      a sub-heading or label ("Minutes:", "Decision:", "Purpose:")
  - TEXT        a bullet
  | a | b |     a table row
  @@pagebreak   a page break (PDF, DOCX)
  anything else: a paragraph (one line, one paragraph).

The text is invented for this corpus (plausible council business); the councils,
forms and page furniture imitate how English and Welsh councils publish.
"""
from __future__ import annotations

import argparse
import datetime
import html
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
FIXED_TIME = datetime.datetime(2022, 1, 1)   # DOCX properties: the same bytes on every build
EXTENSIONS = {"mg-meeting": ".html", "mg-item": ".html", "mg-decision": ".html", "mg-text": ".txt",
              "pdf-minutes": ".pdf", "docx-report": ".docx"}


# --------------------------------------------------------------------------- source files


@dataclass
class Item:
    number: str
    title: str
    size: str = ""
    extra: list[str] = field(default_factory=list)
    blocks: list[tuple[str, object]] = field(default_factory=list)


@dataclass
class Source:
    name: str
    head: dict[str, str]
    preamble: list[tuple[str, object]]
    items: list[Item]

    def get(self, key: str, default: str = "") -> str:
        return self.head.get(key, default)


def parse_source(path: Path) -> Source:
    head_text, _, body = path.read_text(encoding="utf-8").partition("\n===\n")
    head = {}
    for line in head_text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            head[key.strip()] = value.strip()
    preamble: list = []
    items: list[Item] = []
    for kind, value in parse_blocks(body):
        if kind == "item":
            items.append(value)
        elif items:
            items[-1].blocks.append((kind, value))
        else:
            preamble.append((kind, value))
    return Source(path.stem, head, preamble, items)


def parse_blocks(body: str):
    """(kind, value) blocks: item, heading, bullets, table, para, pagebreak."""
    paragraph: list[str] = []
    bullets: list[str] = []
    rows: list[list[str]] = []

    def flush():
        out = []
        if paragraph:
            out.append(("para", " ".join(paragraph)))
            paragraph.clear()
        if bullets:
            out.append(("bullets", list(bullets)))
            bullets.clear()
        if rows:
            out.append(("table", [list(r) for r in rows]))
            rows.clear()
        return out

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            yield from flush()
        elif line.startswith("## "):
            yield from flush()
            parts = [p.strip() for p in line[3:].split("|")]
            parts += [""] * (4 - len(parts))
            extra = [e.strip() for e in parts[3].split(";") if e.strip()]
            yield "item", Item(parts[0], parts[1], parts[2], extra)
        elif line.startswith("### "):
            yield from flush()
            yield "heading", line[4:]
        elif line.startswith("- "):
            if paragraph or rows:
                yield from flush()
            bullets.append(line[2:])
        elif line.startswith("|"):
            if paragraph or bullets:
                yield from flush()
            rows.append([c.strip() for c in line.strip("|").split("|")])
        elif line == "@@pagebreak":
            yield from flush()
            yield "pagebreak", None
        else:
            yield from flush()
            paragraph.append(line)
    yield from flush()


# --------------------------------------------------------------------------- HTML pages

E = html.escape


def html_blocks(blocks, minutes_div: bool = False) -> str:
    out = []
    for kind, value in blocks:
        if kind == "para":
            out.append(f"<p>{E(value)}</p>")
        elif kind == "heading":
            out.append(f'<p class="mgSubItemTitleTxt"><strong>{E(value)}</strong></p>')
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{E(b)}</li>" for b in value) + "</ul>")
        elif kind == "table":
            head, *rest = value
            out.append('<table class="mgStatsTable"><tr>' + "".join(f"<th>{E(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>" for row in rest)
                       + "</table>")
    return "\n".join(out)


def attachment(title: str, size: str, icon_style: str) -> str:
    """A document link as ModernGov draws it: the title, an icon and the file's size."""
    kind = size.split()[0].lower() if size else "pdf"
    icon = (f'<img src="mgimages/{kind}.gif" alt="" /><span class="mgHide">{kind} icon</span>'
            if icon_style == "text" else f'<img src="mgimages/{kind}.gif" alt="{kind} icon" />')
    return (f'<a href="documents/s{zlib.crc32(title.encode()) % 90000 + 10000}/{E(title[:40])}.{kind}" '
            f'class="mgTitleLink">{E(title)} {icon} <span class="mgFileSize">{E(size)}</span></a>')


def site_top(src: Source) -> str:
    brand = src.get("brand") or src.get("council")
    nav = "".join(f'<li><a href="/{w.lower().replace(" ", "-")}">{w}</a></li>' for w in
                  ("Bins and recycling", "Council tax", "Housing", "Planning", "Schools", "Your council"))
    crumbs = src.get("breadcrumb", "Home > Your council > Councillors and committees > Meetings").split(" > ")
    crumb_html = "".join(f'<li><a href="#">{E(c)}</a></li>' for c in crumbs)
    return f"""<a class="skip-link" href="#content">Skip to main content</a>
<div class="cookie-banner" id="ccc"><p>We use some essential cookies to make this website work. We'd like to set
additional cookies to understand how you use {E(brand)}'s website.</p><a href="#">Accept additional cookies</a></div>
<header class="site-header"><a href="/" class="logo"><img src="/logo.svg" alt="{E(brand)} logo" /></a>
<form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q" /></form>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="breadcrumb"><ol>{crumb_html}</ol></div>"""


def site_bottom(src: Source) -> str:
    footer = src.get("footer") or f"© {src.get('brand') or src.get('council')}"
    return f"""<footer class="site-footer"><ul><li><a href="#">Accessibility statement</a></li>
<li><a href="#">Cookies</a></li><li><a href="#">Privacy</a></li><li><a href="#">Contact us</a></li></ul>
<p>{E(footer)}</p></footer>"""


def head_html(src: Source, page_title: str) -> str:
    meta = ['<meta charset="utf-8" />', f"<title>{E(page_title)}</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1" />']
    if src.get("site_name"):
        meta.append(f'<meta property="og:site_name" content="{E(src.get("site_name"))}" />')
    if src.get("canonical"):
        meta.append(f'<link rel="canonical" href="{E(src.get("canonical"))}" />')
    meta.append('<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css" />')
    meta.append("<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>")
    return "\n".join(meta)


def page(src: Source, page_title: str, modgov: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{head_html(src, page_title)}
</head>
<body>
{site_top(src)}
<div id="content" class="page-content">
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">{E(src.get("h1", "Agenda and minutes"))}</h1></div>
{modgov}
</div>
</div>
{site_bottom(src)}
<script>document.getElementById('ccc').hidden = document.cookie.indexOf('ccc=') >= 0;</script>
</body>
</html>
"""


def render_mg_meeting(src: Source) -> str:
    icon = src.get("icon", "text")
    parts = [f'<h2 class="mgSubTitleTxt">{E(src.get("heading"))}</h2>']
    if src.get("venue"):
        parts.append(f'<p class="mgVenue"><span class="mgLabel">Venue: </span>{E(src.get("venue"))}. '
                     f'<a href="mgGeneric.aspx?MD=mgVenueDirections">View directions</a></p>')
    if src.get("contact"):
        parts.append(f'<p><span class="mgLabel">Contact: </span>{E(src.get("contact"))}</p>')
    parts.append(html_blocks(src.preamble))
    if src.get("media"):
        parts.append('<h2 class="mgSectionTitle">Media</h2><ul class="mgBulletList">'
                     + "".join(f'<li><a href="#">{E(m.strip())}</a></li>' for m in src.get("media").split(";"))
                     + "</ul>")
    rows = ["<tr><th>No.</th><th>Item</th></tr>"]
    for item in src.items:
        title = attachment(item.title, item.size, icon) if item.size else f'<span>{E(item.title)}</span>'
        cell = [f'<p class="mgAiTitleTxt">{title}</p>']
        blocks = list(item.blocks)
        intro = []
        while blocks and blocks[0][0] != "heading":
            intro.append(blocks.pop(0))
        cell.append(html_blocks(intro))
        if item.extra:
            cell.append('<p class="mgSubItemTitleTxt">Additional documents:</p><ul class="mgBulletList">'
                        + "".join(f"<li>{attachment(*split_size(e), icon)}</li>" for e in item.extra) + "</ul>")
        cell.append(f'<div class="mgWordPara">{html_blocks(blocks)}</div>')
        rows.append(f'<tr><td class="mgItemNumberCell"><p>{E(item.number)}</p></td><td>{"".join(cell)}</td></tr>')
    parts.append('<h2 class="mgSectionTitle">Items</h2>')
    parts.append('<table class="mgItemTable" summary="Agenda items">' + "\n".join(rows) + "</table>")
    return page(src, src.get("page_title"), "\n".join(parts))


def split_size(text: str) -> tuple[str, str]:
    m = re.search(r"\s+((?:PDF|DOCX?|XLSX?)\s+\d+\s*[KM]B)$", text)
    return (text[:m.start()], m.group(1)) if m else (text, "PDF 64 KB")


def render_mg_item(src: Source) -> str:
    parts = [f'<h2 class="mgSubTitleTxt">{E(src.get("item_title"))}</h2>',
             f'<p><span class="mgLabel">Meeting: </span><a href="ieListDocuments.aspx">{E(src.get("meeting"))}</a></p>']
    parts.append(html_blocks(src.preamble))
    if src.get("supporting"):
        parts.append('<p class="mgSubItemTitleTxt">Supporting documents:</p><ul class="mgBulletList">'
                     + "".join(f"<li>{attachment(*split_size(e.strip()), src.get('icon', 'text'))}</li>"
                               for e in src.get("supporting").split(";")) + "</ul>")
    src.head.setdefault("h1", "Agenda item")
    return page(src, src.get("page_title"), "\n".join(parts))


def render_mg_decision(src: Source) -> str:
    fields = [("Decision Maker", "decision_maker"), ("Decision status", "status"), ("Is Key decision?", "key"),
              ("Is subject to call in?", "call_in")]
    parts = [f'<h2 class="mgSubTitleTxt">{E(src.get("title"))}</h2>']
    parts += [f'<p><span class="mgLabel">{label}: </span>{E(src.get(key))}</p>' for label, key in fields if src.get(key)]
    parts.append(html_blocks(src.preamble))
    tail = [("Report author", "author"), ("Publication date", "publication"), ("Date of decision", "decision_date"),
            ("Decided at meeting", "meeting"), ("Effective from", "effective")]
    parts += [f'<p><span class="mgLabel">{label}: </span>{E(src.get(key))}</p>' for label, key in tail if src.get(key)]
    if src.get("supporting"):
        parts.append('<p class="mgSubItemTitleTxt">Accompanying Documents:</p><ul class="mgBulletList">'
                     + "".join(f"<li>{attachment(*split_size(e.strip()), src.get('icon', 'text'))}</li>"
                               for e in src.get("supporting").split(";")) + "</ul>")
    src.head.setdefault("h1", "Decision details")
    return page(src, src.get("page_title"), "\n".join(parts))


# --------------------------------------------------------------------------- text copied from a page


def text_blocks(blocks) -> list[str]:
    out = []
    for kind, value in blocks:
        if kind == "para":
            out.append(value)
        elif kind == "heading":
            out.append(value)
        elif kind == "bullets":
            out.append("\n".join(f"·         {b}" for b in value))
        elif kind == "table":
            out.append("\n".join("\t".join(row) for row in value))
    return out


def render_mg_text(src: Source) -> str:
    """What a browser gives when the whole page is selected and pasted into a text file."""
    lines = ["Skip to main content", "", src.get("brand"), "Search this site", "",
             "Home", "Your council", "Councillors and committees", "", "Agenda and minutes", "",
             src.get("heading"), ""]
    if src.get("venue"):
        lines += [f"Venue: {src.get('venue')}. View directions", ""]
    if src.get("contact"):
        lines += [f"Contact: {src.get('contact')}", ""]
    if src.get("media"):
        lines += ["Media", ""] + [m.strip() for m in src.get("media").split(";")] + [""]
    lines += ["Items", "No.\tItem", ""]
    for item in src.items:
        lines += [f"{item.number}", "", f"{item.title} pdf icon {item.size}".rstrip() if item.size else item.title, ""]
        blocks = list(item.blocks)
        intro = []
        while blocks and blocks[0][0] != "heading":
            intro.append(blocks.pop(0))
        for text in text_blocks(intro):
            lines += [text, ""]
        if item.extra:
            lines += ["Additional documents:", ""]
            for e in item.extra:
                title, size = split_size(e)
                lines += [f"{title} pdf icon {size}", ""]
        for text in text_blocks(blocks):
            lines += [text, " ", ""]
    lines += ["", src.get("footer", ""), "Accessibility statement", "Cookies", "Privacy"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- PDF minutes


def counting_canvas():
    """A reportlab canvas that draws each page's furniture once the page count is known: a
    subclass defines `draw_furniture(self, total)`, called for every page at `save`."""
    from reportlab.pdfgen import canvas as pdfcanvas

    class CountingCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.draw_furniture(total)
                super().showPage()
            super().save()

    return CountingCanvas


def render_pdf(src: Source, out: Path) -> None:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table)

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["Normal"], fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=7)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=17,
                           alignment=TA_CENTER, spaceAfter=10)
    minute = ParagraphStyle("minute", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8)
    label = ParagraphStyle("label", parent=body, fontName="Helvetica-Bold")
    header, footer = src.get("running_header"), src.get("running_footer")
    number_style = src.get("page_numbers", "Page {n} of {total}")

    class NumberedCanvas(counting_canvas()):
        def draw_furniture(self, total: int):
            n = self._pageNumber
            width, height = A4
            self.setFont("Helvetica", 8.5)
            if header and not (n == 1 and src.get("header_from_page_2")):
                self.drawString(2 * cm, height - 1.3 * cm, header)
            if footer:
                self.drawString(2 * cm, 1.5 * cm, footer)
            if number_style:
                self.drawCentredString(width / 2, 1.0 * cm, number_style.format(n=n, total=total))
            if src.get("initials"):
                self.drawRightString(width - 2 * cm, 1.5 * cm, src.get("initials"))

    story = []
    for line in src.get("title_lines", "").split("||"):
        if line.strip():
            story.append(Paragraph(E(line.strip()), title))

    def add(blocks):
        for kind, value in blocks:
            if kind == "para":
                story.append(Paragraph(E(value), body))
            elif kind == "heading":
                story.append(Paragraph(E(value), label))
            elif kind == "bullets":
                story.append(ListFlowable([ListItem(Paragraph(E(b), body), leftIndent=18) for b in value],
                                          bulletType="bullet", start="•", leftIndent=18))
            elif kind == "table":
                story.append(Table([[Paragraph(E(c), body) for c in row] for row in value]))
                story.append(Spacer(1, 6))
            elif kind == "pagebreak":
                story.append(PageBreak())

    add(src.preamble)
    for item in src.items:
        story.append(Paragraph(E(f"{item.number}\u00a0\u00a0\u00a0{item.title}".strip()), minute))
        add(item.blocks)
    if src.get("blank_page"):
        story += [PageBreak(), Spacer(1, 10 * cm), Paragraph("This page is intentionally left blank", title)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, topMargin=2.2 * cm, bottomMargin=2.4 * cm,
                            leftMargin=2 * cm, rightMargin=2 * cm, title=src.get("pdf_title", ""),
                            author=src.get("pdf_author", ""), invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)


# --------------------------------------------------------------------------- DOCX reports


def render_docx(src: Source, out: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.author = src.get("docx_author", "")
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    document.core_properties.last_modified_by = ""
    section = document.sections[0]
    if src.get("page_header"):
        section.header.paragraphs[0].text = src.get("page_header")
    if src.get("page_footer"):
        section.footer.paragraphs[0].text = src.get("page_footer")
    for line in src.get("title_lines", "").split("||"):
        if line.strip():
            p = document.add_paragraph()
            run = p.add_run(line.strip())
            run.bold = True
            run.font.size = Pt(14)

    def add(blocks):
        for kind, value in blocks:
            if kind == "para":
                document.add_paragraph(value)
            elif kind == "heading":
                document.add_heading(value, level=2)
            elif kind == "bullets":
                for b in value:
                    document.add_paragraph(b, style="List Bullet")
            elif kind == "table":
                table = document.add_table(rows=0, cols=len(value[0]))
                table.style = "Table Grid"
                for row in value:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, row):
                        cell.text = text
            elif kind == "pagebreak":
                document.add_page_break()

    add(src.preamble)
    for item in src.items:
        document.add_heading(f"{item.number} {item.title}".strip(), level=1)
        add(item.blocks)
    document.save(str(out))
    _fix_zip_times(out)


def _fix_zip_times(path: Path) -> None:
    """Rewrite a .docx (a zip) with fixed entry times, so that a rebuild gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2022, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


# --------------------------------------------------------------------------- main


def write_document(src: Source, out: Path) -> Path:
    """Write one source as the file its form says; the path written."""
    form = src.get("form")
    target = out / f"{src.name}{EXTENSIONS[form]}"
    if form == "pdf-minutes":
        render_pdf(src, target)
    elif form == "docx-report":
        render_docx(src, target)
    else:
        renderer = {"mg-meeting": render_mg_meeting, "mg-item": render_mg_item,
                    "mg-decision": render_mg_decision, "mg-text": render_mg_text}[form]
        target.write_text(renderer(src), encoding="utf-8")
    return target


def build(out: Path, sources: Path = SOURCES, extensions: dict[str, str] = EXTENSIONS,
          write: Callable[[Source, Path], Path] = write_document) -> list[Path]:
    """Write every source of `sources` into `out` (bench/fresh and bench/heldout-docs pass their own)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():  # files of sources since renamed or removed
        if old.is_file() and old.suffix in extensions.values():
            old.unlink()
    return [write(parse_source(path), out) for path in sorted(sources.glob("*.src"))]


def main(argv: list[str] | None = None, build: Callable[[Path], list[Path]] = build, here: Path = HERE,
         doc: str | None = __doc__) -> None:
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=here / "corpus")
    args = parser.parse_args(argv)
    written = build(args.out)
    print(f"wrote {len(written)} documents to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
