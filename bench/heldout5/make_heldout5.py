"""Build the fifth held-out corpus: bench/heldout5/corpus/ from the documents in content.py.

    python bench/heldout5/make_heldout5.py [--out DIR] [--furniture]

Self-contained (imports no other generator and nothing of assistant/). Each document of
content.DOCUMENTS is a dict: `name` (file stem), `form`, the truth fields (`council`, `stated`,
`committee`, `date`) and what its form draws. The forms are the ones councils publish most:

- mg-meeting   ModernGov "Agenda and minutes" page (ieListDocuments) saved with the site's header,
               menu, breadcrumb, the meeting's sidebar, "Media", the items table ("No. | Item") with
               "pdf icon PDF 123 KB" links, "Additional documents:", "Decision:" / "Minutes:" and
               the site footer.
- mg-item      ModernGov agenda item page (mgAi): "Meeting: DD/MM/YYYY - Committee (Item N)",
               the item, "Minutes:", "Supporting documents:".
- mg-decision  ModernGov "Decision details" page (ieDecisionDetails): Decision Maker, status,
               key decision, call-in, Purpose, Decision, Reasons, Alternative options, publication
               date, date of decision, "Effective from", "Decided at meeting".
- pdf-minutes  printed minutes (reportlab platypus): title block, present/apologies, numbered
               minutes, a running header from page 2, a footer with "Page n of m" and optionally
               a "Chair's initials" line.
- pdf-pack     "Public Document Pack": a cover page (summons, members, contact), the agenda, the
               minutes of the PREVIOUS meeting (another date), and a report with its cover table;
               each page after the cover numbered "Page N", "Agenda Item N" marks.
- docx-report  Word committee report: cover table, numbered paragraphs, recommendations,
               appendix list; header and footer.
- docx-minutes Word minutes: heading lines, attendance, numbered items; header and footer.
- txt / md     minutes saved as plain text (wrapped at 78 columns) or Markdown from a website.

Everything is deterministic: two builds give the same bytes. `--furniture` prints, per
document, the furniture lines planted (`planted_furniture`), which truth.csv counts.
Every word of the business, the people and the figures is invented; the councils are real.
"""
from __future__ import annotations

import argparse
import csv
import html
import io
import shutil
import sys
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content  # noqa: E402  (the documents: invented business of real councils)

CORPUS = HERE / "corpus"
TRUTH = HERE / "truth.csv"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = datetime(2024, 1, 1, 9, 0, 0)
EXTENSIONS = {"mg-meeting": ".html", "mg-item": ".html", "mg-decision": ".html", "pdf-minutes": ".pdf",
              "pdf-pack": ".pdf", "docx-report": ".docx", "docx-minutes": ".docx", "txt": ".txt", "md": ".md"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------- body blocks
# A body is a list of strings: "- text" a bullet, "## text" a sub-heading, "| a | b |" a table
# row (consecutive rows make one table, the first its head), anything else a paragraph.


def blocks(body: list[str]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for line in body:
        if line.startswith("| "):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        elif line.startswith("- "):
            if out and out[-1][0] == "bullets":
                out[-1][1].append(line[2:])
            else:
                out.append(("bullets", [line[2:]]))
        elif line.startswith("## "):
            out.append(("heading", line[3:]))
        else:
            out.append(("para", line))
    return out


def html_body(body: list[str]) -> str:
    parts = []
    for kind, value in blocks(body):
        if kind == "para":
            parts.append(f"<p>{esc(value)}</p>")
        elif kind == "heading":
            parts.append(f"<p><strong>{esc(value)}</strong></p>")
        elif kind == "bullets":
            parts.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in value) + "</ul>")
        else:
            head, *rows = value
            parts.append("<table class=\"mgInlineTable\"><tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                         + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                         + "</table>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- ModernGov pages


def site_frame(doc: dict, title: str, main: str, tab_title: str = "") -> str:
    site = doc["site"]
    menu = "".join(f'<li><a href="/{i}">{esc(m)}</a></li>' for i, m in enumerate(site["menu"]))
    crumbs = " &gt; ".join(f"<a href=\"#\">{esc(c)}</a>" for c in site["breadcrumb"])
    footer = "".join(f'<li><a href="#">{esc(f)}</a></li>' for f in site["footer_links"])
    side = "".join(f'<li><a href="#">{esc(s)}</a></li>' for s in site.get("sidebar", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(tab_title or title)} | {esc(site['name'])}</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css">
<script>var mgCookie = "accepted";</script>
</head>
<body>
<a class="skip" href="#mgContent">Skip to main content</a>
<div id="masthead">
<a href="{esc(site['url'])}"><img src="/SiteSpecific/logo.png" alt="{esc(site['logo_alt'])}"></a>
<span class="sitename">{esc(site['name'])}</span>
<form class="search"><label for="q">Search this site</label><input id="q" name="q"></form>
</div>
<nav id="mainmenu"><ul>{menu}</ul></nav>
<div id="breadcrumb">{crumbs}</div>
<div id="mgContent">
<h1 class="mgMainTitleTxt">{esc(title)}</h1>
{main}
</div>
<div id="mgSidebar"><h2>Meeting details</h2><ul>{side}</ul></div>
<footer id="footer">
<ul>{footer}</ul>
<p>{esc(site['address'])}</p>
<p>{esc(site['copyright'])}</p>
</footer>
</body>
</html>
"""


def site_furniture(doc: dict) -> list[str]:
    site = doc["site"]
    return (["Skip to main content", site["name"], "Search this site"] + site["menu"] + site["breadcrumb"]
            + ["Meeting details"] + site.get("sidebar", []) + site["footer_links"] + [site["address"], site["copyright"]])


def _attachment(link: tuple[str, str]) -> str:
    title, size = link
    return f'<li><a href="#">{esc(title)} <img src="/mgImages/pdf.png" alt="pdf icon"> PDF {esc(size)}</a></li>'


def render_mg_meeting(doc: dict, out: Path) -> None:
    parts = [f'<h2 class="mgSubTitleTxt">{esc(doc["heading"])}</h2>']
    if doc.get("moved"):
        parts.append(f'<p class="mgMoved">{esc(doc["moved"])}</p>')
    parts.append(f'<p><strong>Venue:</strong> {esc(doc["venue"])}. <a href="#">View directions</a></p>')
    parts.append(f'<p><strong>Contact:</strong> {esc(doc["contact"])}</p>')
    if doc.get("note"):
        parts.append(f'<p><strong>Note:</strong> {esc(doc["note"])}</p>')
    parts.append('<h2>Media</h2><p><a href="#">Webcast for this meeting</a></p>')
    parts.append('<h2 class="mgSectionTitle">Items</h2><table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>')
    label = doc.get("outcome_label", "Minutes:")
    for item in doc["items"]:
        num, title, body = item["num"], item["title"], item["body"]
        links = item.get("links", [])
        first = (f'{esc(title)} <img src="/mgImages/pdf.png" alt="pdf icon"> PDF {esc(links[0][1])}' if links
                 else esc(title))
        cell = [f'<p class="mgAiTitleTxt"><a href="#">{first}</a></p>']
        if item.get("intro"):
            cell.append(f"<p>{esc(item['intro'])}</p>")
        if links[1:]:
            cell.append("<p>Additional documents:</p><ul>" + "".join(_attachment(link) for link in links[1:]) + "</ul>")
        if item.get("decision"):
            cell.append("<p><strong>Decision:</strong></p>" + html_body(item["decision"]))
        if body:
            cell.append(f"<p><strong>{label}</strong></p>" + html_body(body))
        parts.append(f'<tr><td class="mgItemNumberCell">{esc(num)}</td><td>' + "\n".join(cell) + "</td></tr>")
    parts.append("</table>")
    out.write_text(site_frame(doc, doc.get("page_title", "Agenda and minutes"), "\n".join(parts)), encoding="utf-8")


def render_mg_item(doc: dict, out: Path) -> None:
    item = doc["items"][0]
    parts = [f'<p class="mgSubTitleTxt">Meeting: {esc(doc["meeting_line"])}</p>',
             f'<h2>{esc(item["num"])} {esc(item["title"])}</h2>']
    if item.get("intro"):
        parts.append(f"<p>{esc(item['intro'])}</p>")
    parts.append("<p><strong>Minutes:</strong></p>" + html_body(item["body"]))
    if item.get("links"):
        parts.append("<h3>Supporting documents:</h3><ul>" + "".join(_attachment(link) for link in item["links"]) + "</ul>")
    out.write_text(site_frame(doc, "Agenda item", "\n".join(parts), tab_title=f"Agenda item - {item['title']}"),
                   encoding="utf-8")


def render_mg_decision(doc: dict, out: Path) -> None:
    parts = [f'<h2 class="mgSubTitleTxt">{esc(doc["decision_title"])}</h2>']
    for label, value in doc["fields"]:
        parts.append(f'<p><span class="mgLabel">{esc(label)}</span> {esc(value)}</p>')
    for label, body in doc["sections"]:
        parts.append(f'<h3 class="mgSectionTitle">{esc(label)}</h3>' + html_body(body))
    for label, value in doc["tail"]:
        parts.append(f'<p><span class="mgLabel">{esc(label)}</span> {esc(value)}</p>')
    if doc.get("links"):
        parts.append("<h3>Accompanying Documents:</h3><ul>" + "".join(_attachment(link) for link in doc["links"])
                     + "</ul>")
    out.write_text(site_frame(doc, "Decision details", "\n".join(parts)), encoding="utf-8")


# --------------------------------------------------------------------------- PDFs


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName="DejaVu", fontSize=11.5, leading=16.5, spaceAfter=9)
    return {
        "body": base,
        "bold": ParagraphStyle("bold", parent=base, fontName="DejaVu-Bold"),
        "title": ParagraphStyle("title", parent=base, fontName="DejaVu-Bold", fontSize=14, leading=18,
                                alignment=1, spaceAfter=4),
        "centre": ParagraphStyle("centre", parent=base, alignment=1),
        "item": ParagraphStyle("item", parent=base, fontName="DejaVu-Bold", spaceBefore=8, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=18, bulletIndent=6),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "big": ParagraphStyle("big", parent=base, fontName="DejaVu-Bold", fontSize=20, leading=26, alignment=1,
                              spaceAfter=14),
    }


def _p(text: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), style)


def pdf_body(body: list[str], st, indent: int = 0) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    flow = []
    for kind, value in blocks(body):
        if kind == "para":
            flow.append(_p(value, st["body"]))
        elif kind == "heading":
            flow.append(_p(value, st["bold"]))
        elif kind == "bullets":
            from reportlab.platypus import Paragraph
            flow += [Paragraph(esc(b), st["bullet"], bulletText="•") for b in value]
        else:
            rows = [[_p(c, st["cell"]) for c in r] for r in value]
            table = Table(rows, repeatRows=1, hAlign="LEFT")
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(table)
    return flow


def numbered_canvas(furniture):
    """A canvas that knows the page count when it draws each page's edges (two passes)."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.pop("_agenda_mark", None)
                self.__dict__.update(state)
                furniture(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _edges(doc: dict):
    """Draws a pdf's running header (from page 2, or from page `header_from`), footer lines
    (`{n}`, `{total}` filled in) and, in a pack, the "Agenda Item N" marks."""
    from reportlab.lib.pagesizes import A4

    width, height = A4

    def draw(canvas, n, total):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        if doc.get("header") and n >= doc.get("header_from", 2):
            canvas.drawString(56, height - 36, doc["header"])
            if doc.get("header_right"):
                canvas.drawRightString(width - 56, height - 36, doc["header_right"])
        mark = getattr(canvas, "_agenda_mark", None)
        if mark:
            canvas.setFont("DejaVu-Bold", 10)
            canvas.drawRightString(width - 56, height - 36, mark)
            canvas.setFont("DejaVu", 8)
        y = 30
        for line in reversed(doc.get("footer", [])):
            number = n - doc.get("number_offset", 0)
            if "{n}" in line and number < 1:
                continue
            text = line.format(n=number, total=total - doc.get("number_offset", 0))
            canvas.drawCentredString(width / 2, y, text)
            y += 11
        canvas.restoreState()

    return draw


def _build_pdf(doc: dict, out: Path, story: list) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=72, rightMargin=72, topMargin=72, bottomMargin=72,
                                 title=doc.get("pdf_title", ""), author=doc.get("pdf_author", ""), invariant=1)
    template.build(story, canvasmaker=numbered_canvas(_edges(doc)))
    out.write_bytes(buffer.getvalue())


def minutes_story(doc: dict, st, items_key: str = "items", head_key: str = "title_lines") -> list:
    from reportlab.platypus import Spacer

    story = [_p(line, st["title"] if i == 0 else st["centre"]) for i, line in enumerate(doc[head_key])]
    story.append(Spacer(1, 8))
    for label, text in doc.get("attendance", []):
        story.append(_p(f"{label} {text}".strip(), st["body"]))
    for item in doc[items_key]:
        story.append(_p(f"{item['num']}  {item['title']}".strip(), st["item"]))
        story += pdf_body(item["body"], st)
    for line in doc.get("closing", []):
        story.append(_p(line, st["body"]))
    return story


def render_pdf_minutes(doc: dict, out: Path) -> None:
    _fonts()
    st = _styles()
    story = []
    if doc.get("logo"):
        story.append(_p(doc["logo"], st["bold"]))
    story += minutes_story(doc, st)
    _build_pdf(doc, out, story)


def agenda_mark(text: str, starts: dict):
    """A flowable that sets the "Agenda Item N" mark drawn at the top of this and later pages
    (and notes in `starts` the page it starts on, for the agenda's page ranges)."""
    from reportlab.platypus import Flowable

    class Mark(Flowable):
        def wrap(self, *_):
            return 0, 0

        def draw(self):
            self.canv._agenda_mark = text
            starts[text] = self.canv.getPageNumber()

    return Mark()


def render_pdf_pack(doc: dict, out: Path) -> None:
    """Cover, agenda, the previous meeting's minutes, a report: the summons as circulated. The
    agenda's "(Pages a - b)" come from a first build."""
    starts: dict[str, int] = {}
    _build_pdf(doc, out, pack_story(doc, starts, {}))
    total = starts["_end"]
    offset = doc.get("number_offset", 0)
    first, second = (starts[m] - offset for m in doc["marks"])
    ranges = {"minutes": _pages(first, second - 1), "report": _pages(second, total - offset)}
    _build_pdf(doc, out, pack_story(doc, {}, ranges))


def _pages(first: int, last: int) -> str:
    return f"Page {first}" if first == last else f"Pages {first} - {last}"


def pack_story(doc: dict, starts: dict, ranges: dict) -> list:
    from reportlab.platypus import PageBreak, Spacer

    _fonts()
    st = _styles()
    story = [_p("Public Document Pack", st["bold"]), Spacer(1, 30)]
    story += [_p(line, st["big"] if i == 0 else st["centre"]) for i, line in enumerate(doc["cover"])]
    story.append(Spacer(1, 16))
    story += [_p(line, st["body"]) for line in doc["cover_body"]]
    story.append(PageBreak())
    story.append(_p("AGENDA", st["title"]))
    story += [_p(f"{num}.  {text.format(**ranges) if ranges else text}", st["body"]) for num, text in doc["agenda"]]
    story.append(PageBreak())
    story.append(agenda_mark(doc["marks"][0], starts))
    story += minutes_story(doc, st, "prev_items", "prev_title_lines")
    story.append(PageBreak())
    story.append(agenda_mark(doc["marks"][1], starts))
    story += report_story(doc["report"], st)
    story.append(agenda_mark(doc["marks"][1], _End(starts)))
    return story


class _End(dict):
    """Notes the last page of a pack under "_end"."""

    def __init__(self, starts: dict):
        super().__init__()
        self.starts = starts

    def __setitem__(self, key, value):
        self.starts["_end"] = value


def report_story(report: dict, st) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    story = [_p(line, st["title"] if i == 0 else st["centre"]) for i, line in enumerate(report["title_lines"])]
    story.append(Spacer(1, 6))
    rows = [[_p(k, st["cell"]), _p(v, st["cell"])] for k, v in report["cover"]]
    table = Table(rows, colWidths=[150, 320], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 10)]
    for section in report["sections"]:
        story.append(_p(section["title"], st["item"]))
        story += pdf_body(section["body"], st)
    return story


# --------------------------------------------------------------------------- Word


def _docx_fixed(document, out: Path, author: str) -> None:
    document.core_properties.author = author
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    document.core_properties.last_modified_by = ""
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))


def docx_body(document, body: list[str]) -> None:
    for kind, value in blocks(body):
        if kind == "para":
            document.add_paragraph(value)
        elif kind == "heading":
            document.add_paragraph().add_run(value).bold = True
        elif kind == "bullets":
            for b in value:
                document.add_paragraph(b, style="List Bullet")
        else:
            table = document.add_table(rows=0, cols=len(value[0]))
            table.style = "Table Grid"
            for r in value:
                cells = table.add_row().cells
                for cell, text in zip(cells, r):
                    cell.text = text


def _docx_edges(document, doc: dict) -> None:
    section = document.sections[0]
    if doc.get("header"):
        section.header.paragraphs[0].text = doc["header"]
    for i, line in enumerate(doc.get("footer", [])):
        paragraph = section.footer.paragraphs[0] if i == 0 else section.footer.add_paragraph()
        paragraph.text = line


def render_docx_report(doc: dict, out: Path) -> None:
    import docx

    document = docx.Document()
    _docx_edges(document, doc)
    report = doc["report"]
    for line in doc.get("letterhead", []):
        document.add_paragraph().add_run(line).bold = True
    for i, line in enumerate(report["title_lines"]):
        if i == 0:
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in report["cover"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    for section in report["sections"]:
        document.add_heading(section["title"], level=2)
        docx_body(document, section["body"])
    _docx_fixed(document, out, doc.get("docx_author", ""))


def render_docx_minutes(doc: dict, out: Path) -> None:
    import docx

    document = docx.Document()
    _docx_edges(document, doc)
    for i, line in enumerate(doc["title_lines"]):
        if i == 0:
            document.add_heading(line, level=1)
        else:
            document.add_paragraph().add_run(line).bold = True
    for label, text in doc.get("attendance", []):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + text)
    for item in doc["items"]:
        document.add_heading(f"{item['num']}  {item['title']}".strip(), level=2)
        docx_body(document, item["body"])
    for line in doc.get("closing", []):
        document.add_paragraph(line)
    _docx_fixed(document, out, doc.get("docx_author", ""))


# --------------------------------------------------------------------------- text


def render_txt(doc: dict, out: Path) -> None:
    lines = list(doc["title_lines"]) + [""]
    for label, text in doc.get("attendance", []):
        lines += textwrap.wrap(f"{label} {text}", 78) + [""]
    for item in doc["items"]:
        lines += [f"{item['num']}  {item['title'].upper()}".strip(), ""]
        for kind, value in blocks(item["body"]):
            if kind == "para":
                lines += textwrap.wrap(value, 78) + [""]
            elif kind == "heading":
                lines += [value, ""]
            elif kind == "bullets":
                for b in value:
                    lines += textwrap.wrap(b, 78, initial_indent="  * ", subsequent_indent="    ")
                lines.append("")
            else:
                lines += ["   ".join(r) for r in value] + [""]
    lines += list(doc.get("closing", []))
    out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def render_md(doc: dict, out: Path) -> None:
    lines = [f"# {doc['title_lines'][0]}", ""] + [f"{t}  " for t in doc["title_lines"][1:]] + [""]
    for label, text in doc.get("attendance", []):
        lines += [f"**{label}** {text}", ""]
    for item in doc["items"]:
        lines += [f"## {item['num']} {item['title']}".replace("  ", " "), ""]
        for kind, value in blocks(item["body"]):
            if kind == "para":
                lines += [value, ""]
            elif kind == "heading":
                lines += [f"**{value}**", ""]
            elif kind == "bullets":
                lines += [f"- {b}" for b in value] + [""]
            else:
                head, *rows = value
                lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                lines += ["| " + " | ".join(r) + " |" for r in rows] + [""]
    lines += list(doc.get("closing", []))
    out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


RENDERERS = {"mg-meeting": render_mg_meeting, "mg-item": render_mg_item, "mg-decision": render_mg_decision,
             "pdf-minutes": render_pdf_minutes, "pdf-pack": render_pdf_pack, "docx-report": render_docx_report,
             "docx-minutes": render_docx_minutes, "txt": render_txt, "md": render_md}


# --------------------------------------------------------------------------- furniture and truth


def planted_furniture(doc: dict) -> list[str]:
    """The furniture lines this generator put around a document's business (distinct, in order)."""
    lines: list[str] = []
    form = doc["form"]
    if form.startswith("mg-"):
        lines += site_furniture(doc)
        if form == "mg-meeting":
            lines += ["View directions", "Media", "Webcast for this meeting", "Items", "No.", "Item",
                      "Additional documents:"]
        if form == "mg-item":
            lines += ["Supporting documents:"]
        if form == "mg-decision":
            lines += ["Accompanying Documents:"]
    if form in ("pdf-minutes", "pdf-pack", "docx-report", "docx-minutes"):
        lines += [line for line in (doc.get("header"), doc.get("header_right"), doc.get("logo")) if line]
        lines += list(doc.get("footer", []))
    if form == "pdf-pack":
        lines += ["Public Document Pack"] + list(dict.fromkeys(doc["marks"]))
    lines += list(doc.get("extra_furniture", []))
    return list(dict.fromkeys(line for line in lines if line.strip()))


def truth_rows() -> list[dict]:
    return [{"doc": d["name"], "form": d["form"], "council": d["council"], "council_stated": d["stated"],
             "committee": d["committee"], "meeting_date": d["date"], "date_stated": "yes",
             "furniture_lines": len(planted_furniture(d))} for d in content.DOCUMENTS]


def build(out: Path = CORPUS) -> None:
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for doc in content.DOCUMENTS:
        RENDERERS[doc["form"]](dict(doc), out / f"{doc['name']}{EXTENSIONS[doc['form']]}")


def write_truth(path: Path = TRUTH) -> None:
    rows = truth_rows()
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS)
    parser.add_argument("--furniture", action="store_true", help="List the furniture lines planted per document.")
    args = parser.parse_args(argv)
    if args.furniture:
        for doc in content.DOCUMENTS:
            print(doc["name"])
            print("\n".join(f"  {line}" for line in planted_furniture(doc)))
        return 0
    build(args.out)
    if args.out.resolve() == CORPUS:
        write_truth()
    print(f"wrote {len(content.DOCUMENTS)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
