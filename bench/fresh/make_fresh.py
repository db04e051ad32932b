"""Build the fresh generalisation corpus: bench/fresh/corpus/ from bench/fresh/sources/.

    python bench/fresh/make_fresh.py [--out DIR]

The source format and the six forms of the development corpus (mg-meeting, mg-item,
mg-decision, mg-text, pdf-minutes, docx-report) come from bench/realistic/make_corpus.py,
imported unchanged. This corpus adds forms the development corpus does not have:

- cmis-meeting  a CMIS "Meeting Details" page (.html): its own navigation, a "Meeting
                Summary" table (Committee, Date/Time, Location, Contact, Status), a
                "Documents" list with "(PDF, 187 KB)" sizes, items as "Item 5" blocks with
                "Back to top" links, a "Powered by CMIS" footer.
- mg-side       a ModernGov "Agenda, decisions and minutes" page with the left-hand menu
                (Calendar, Committees, ... What's new), the meeting's document list
                ("Agenda frontsheet PDF 208 KB", "Printed minutes PDF 144 KB"), "Webcast for
                3." under "Additional documents:" of every item; `welsh: yes` gives the
                bilingual labels of Welsh councils.
- cms-page      minutes inline on a council's own CMS page (Jadu/Drupal style, .html): a
                cookie notice with buttons, "Skip to content", a "Last updated" date that is
                not the meeting date, "Related pages", "Was this page helpful?", social links
                and "Sign up for email updates" in the footer.
- pdf-pack      an agenda reports pack (.pdf): a cover page (summons, the pack's own meeting
                date, membership, publication date), the agenda, then "Agenda Item 3"-stamped
                minutes of the *previous* meeting and a report; pages numbered "Page 1" from the
                first page after the cover. The document's meeting is the pack's meeting.
- pdf-book      printed minutes in a minute-book layout (.pdf): a letterhead (logo text) on the
                left of every page's header and the meeting on the right, "Minute Book" and a
                print date in the footer, continuous minute-book page numbers ("CAB 143"), a
                signature line for the chair at the end.
- docx-minutes  minutes written in Word (.docx): a centred heading block, bold numbered
                minutes (normal paragraphs, not heading styles), attendance in a table, page
                header and footer.
- plain-txt     minutes saved as plain text (.txt), wrapped at 72 columns, minute titles
                underlined with dashes; the council is named only through an address or an
                e-mail domain (or not at all).

Extra body lines of the new forms: `@@stamp TEXT` (pdf-pack: the "Agenda Item 3" stamp at
the top right of a page). The text is invented for this corpus; the councils, forms and
furniture imitate how English and Welsh councils publish.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))

import make_corpus as dev  # noqa: E402  (bench/realistic/make_corpus.py)
from make_corpus import E, Source, attachment, html_blocks, parse_source, split_size  # noqa: E402,F401  (parse_source: measure.py reads the sources through this module)

SOURCES = HERE / "sources"
EXTENSIONS = dict(dev.EXTENSIONS, **{"cmis-meeting": ".html", "mg-side": ".html", "cms-page": ".html",
                                      "pdf-pack": ".pdf", "pdf-book": ".pdf", "docx-minutes": ".docx",
                                      "plain-txt": ".txt"})


def _list(src: Source, key: str) -> list[str]:
    return [part.strip() for part in src.get(key).split(";") if part.strip()]


def _document(src: Source, head: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{head}
</head>
<body>
{body}
</body>
</html>
"""


# --------------------------------------------------------------------------- CMIS meeting page


def render_cmis(src: Source) -> str:
    brand = src.get("brand")
    nav = "".join(f'<li><a href="/{w.lower().replace(" ", "")}.aspx">{w}</a></li>' for w in
                  ("Home", "Committees", "Meetings", "Councillors", "Decisions", "Forward Plan", "Search", "Help"))
    summary = [("Committee", "committee"), ("Date/Time", "datetime"), ("Location", "location"),
               ("Contact", "contact"), ("Status", "status")]
    rows = "".join(f"<tr><th scope=\"row\">{label}</th><td>{E(src.get(key))}</td></tr>"
                   for label, key in summary if src.get(key))
    docs = "".join(f'<li><a href="/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo={n}">{E(d)}</a></li>'
                   for n, d in enumerate(_list(src, "documents")))
    items = []
    for item in src.items:
        items.append(f'<div class="agendaItem"><a name="item{E(item.number)}"></a>'
                     f'<p class="itemNumber">Item {E(item.number)}</p><h3>{E(item.title)}</h3>'
                     + (f'<p class="itemDocs"><a href="#">Report (PDF, {E(item.size)})</a></p>' if item.size else "")
                     + html_blocks(item.blocks) + '<p class="backToTop"><a href="#top">Back to top</a></p></div>')
    body = f"""<a name="top"></a><div id="cmisHeader"><a href="/"><img src="/images/logo.png" alt="{E(brand)}" /></a>
<ul class="utility"><li><a href="#">Sign in</a></li><li><a href="#">Text only</a></li><li><a href="#">A A A</a></li></ul>
<ul id="cmisNav">{nav}</ul></div>
<div class="breadcrumb">You are here: <a href="#">Home</a> &gt; <a href="#">Meetings</a> &gt; {E(src.get("crumb"))}</div>
<div id="content"><h1>Meeting Details</h1>
<h2>Meeting Summary</h2>
<table class="meetingSummary">{rows}</table>
<h2>Documents</h2><ul class="docList">{docs}</ul>
<h2>{E(src.get("items_heading", "Agenda items and minutes"))}</h2>
{html_blocks(src.preamble)}
{"".join(items)}
<p class="printLink"><a href="#">Print this page</a> | <a href="#">Email this page</a></p></div>
<div id="cmisFooter"><ul><li><a href="#">Privacy notice</a></li><li><a href="#">Terms of use</a></li>
<li><a href="#">Accessibility</a></li></ul><p>Powered by CMIS</p></div>"""
    head = f'<meta charset="utf-8" />\n<title>{E(src.get("page_title"))}</title>'
    return _document(src, head, body)


# --------------------------------------------------------------------------- ModernGov with the side menu

SIDE_MENU = ("Calendar", "Committees", "Consultations", "Decisions", "Election results", "ePetitions",
             "Forward Plans", "Library", "Meetings", "Outside bodies", "Search documents", "Subscribe to updates",
             "Your councillors", "Your MPs", "What's new")
WELSH = {"Venue": "Lleoliad / Venue", "Contact": "Cyswllt / Contact", "Items": "Eitemau / Items",
         "No.": "Rhif / No.", "Item": "Eitem / Item", "Additional documents:": "Dogfennau ychwanegol / Additional documents:"}


def render_mg_side(src: Source) -> str:
    welsh = src.get("welsh") == "yes"

    def label(text: str) -> str:
        return WELSH.get(text, text) if welsh else text

    menu = "".join(f'<li><a href="#">{E(m)}</a></li>' for m in SIDE_MENU)
    docs = "".join(f"<li>{attachment(*split_size(d), 'text') if ' KB' in d or ' MB' in d else E(d)}</li>"
                   for d in _list(src, "documents"))
    parts = [f'<div class="mgLeftMenu"><ul>{menu}</ul></div><div class="mgContent">',
             f'<h2 class="mgSubTitleTxt">{E(src.get("heading"))}</h2>', f'<ul class="mgActionList">{docs}</ul>']
    if src.get("venue"):
        parts.append(f'<p><span class="mgLabel">{label("Venue")}: </span>{E(src.get("venue"))}. '
                     f'<a href="#">View directions</a></p>')
    if src.get("contact"):
        parts.append(f'<p><span class="mgLabel">{label("Contact")}: </span>{E(src.get("contact"))}</p>')
    parts.append(html_blocks(src.preamble))
    parts.append('<h2 class="mgSectionTitle">Media</h2><p>&nbsp;</p>')
    rows = [f"<tr><th>{label('No.')}</th><th>{label('Item')}</th></tr>"]
    for n, item in enumerate(src.items, 1):
        title = attachment(item.title, item.size, "text") if item.size else f"<span>{E(item.title)}</span>"
        blocks = list(item.blocks)
        intro = []
        while blocks and blocks[0][0] != "heading":
            intro.append(blocks.pop(0))
        extra = "".join(f"<li>{attachment(*split_size(e), 'text')}</li>" for e in item.extra)
        cell = (f'<p class="mgAiTitleTxt">{title}</p>{html_blocks(intro)}'
                f'<p class="mgSubItemTitleTxt">{label("Additional documents:")}</p><ul class="mgBulletList">{extra}'
                f'<li><a href="#">Webcast for {E(item.number)}</a></li></ul>'
                f'<div class="mgWordPara">{html_blocks(blocks)}</div>')
        rows.append(f'<tr><td class="mgItemNumberCell"><p>{E(item.number)}</p></td><td>{cell}</td></tr>')
    parts.append(f'<h2 class="mgSectionTitle">{label("Items")}</h2>')
    parts.append('<table class="mgItemTable">' + "\n".join(rows) + "</table></div>")
    src.head.setdefault("h1", "Agenda, decisions and minutes")
    return dev.page(src, src.get("page_title"), "\n".join(parts))


# --------------------------------------------------------------------------- council CMS page


def cms_blocks(blocks) -> str:
    out = []
    for kind, value in blocks:
        if kind == "heading":
            out.append(f"<h3>{E(value)}</h3>")
        else:
            out.append(html_blocks([(kind, value)]))
    return "\n".join(out)


def render_cms(src: Source) -> str:
    brand = src.get("brand")
    crumbs = " <span>›</span> ".join(f'<a href="#">{E(c)}</a>' for c in src.get("breadcrumb").split(" > "))
    menu = "".join(f'<li><a href="#">{E(m)}</a></li>' for m in
                   ("Bins, rubbish and recycling", "Council Tax", "Roads and travel", "Housing",
                    "Schools and learning", "Council and democracy"))
    items = []
    for item in src.items:
        number = f"{item.number} " if item.number else ""
        items.append(f"<h2>{E(number + item.title)}</h2>\n{cms_blocks(item.blocks)}")
    related = "".join(f'<li><a href="#">{E(r)}</a></li>' for r in _list(src, "related"))
    body = f"""<div id="cookie-notice" class="cookie-banner" role="region" aria-label="Cookies on {E(brand)}">
<h2>Cookies on {E(brand)}</h2><p>We've put some small files called cookies on your device to make our site work.
We'd also like to use analytics cookies. These send information about how our site is used to a service called
Google Analytics. We use this information to improve our site.</p>
<button>Accept all cookies</button> <button>Reject non-essential cookies</button> <a href="#">Cookie settings</a></div>
<a href="#main" class="skip">Skip to content</a>
<header class="masthead"><a href="/" class="logo"><img src="/site/img/logo.svg" alt="{E(brand)} homepage" /></a>
<form role="search"><label for="s">Search the site</label><input id="s" /><button>Search</button></form>
<a href="#" class="account">My account</a><button class="menu-toggle">Menu</button>
<nav class="primary"><ul>{menu}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb">{crumbs}</nav>
<main id="main"><h1>{E(src.get("h1"))}</h1>
<p class="last-updated">Last updated: {E(src.get("updated"))}</p>
{cms_blocks(src.preamble)}
{"".join(items)}
<aside class="related"><h2>Related pages</h2><ul>{related}</ul></aside>
<div class="feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button>
<p><a href="#">Report a problem with this page</a></p></div></main>
<footer><div class="social"><h2>Follow us</h2><a href="#">Facebook</a> <a href="#">X (Twitter)</a>
<a href="#">Instagram</a> <a href="#">LinkedIn</a></div>
<p><a href="#">Sign up for email updates</a></p>
<ul><li><a href="#">Contact us</a></li><li><a href="#">Accessibility</a></li><li><a href="#">Privacy notice</a></li>
<li><a href="#">Cookies</a></li><li><a href="#">Terms and conditions</a></li></ul>
<p>{E(src.get("footer"))}</p></footer>"""
    return _document(src, dev.head_html(src, src.get("page_title")), body)


# --------------------------------------------------------------------------- PDFs: agenda pack and minute book


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    base = getSampleStyleSheet()["Normal"]
    body = ParagraphStyle("b", parent=base, fontName="Times-Roman", fontSize=12, leading=17, spaceAfter=10)
    return {
        "body": body,
        "title": ParagraphStyle("t", parent=body, fontName="Times-Bold", fontSize=13, leading=17, alignment=TA_CENTER,
                                spaceAfter=9),
        "minute": ParagraphStyle("m", parent=body, fontName="Times-Bold", fontSize=11.5, spaceBefore=8),
        "label": ParagraphStyle("l", parent=body, fontName="Times-Bold"),
        "stamp": ParagraphStyle("s", parent=body, fontName="Helvetica-Bold", fontSize=9, alignment=TA_RIGHT,
                                textColor="#444444"),
        "big": ParagraphStyle("g", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=26, spaceAfter=14),
    }


def _story(src: Source, styles) -> list:
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, Spacer, Table

    story = []
    for line in src.get("title_lines").split("||"):
        if line.strip():
            big = line.strip().startswith("!")   # "!TEXT": the large letterhead line of a cover page
            story.append(Paragraph(E(line.strip().lstrip("!")), styles["big" if big else "title"]))

    def add(blocks):
        for kind, value in blocks:
            if kind == "para" and value.startswith("@@stamp "):
                story.append(Paragraph(E(value[8:]), styles["stamp"]))
            elif kind == "para":
                story.append(Paragraph(E(value), styles["body"]))
            elif kind == "heading":
                story.append(Paragraph(E(value), styles["label"]))
            elif kind == "bullets":
                story.append(ListFlowable([ListItem(Paragraph(E(b), styles["body"]), leftIndent=18) for b in value],
                                          bulletType="bullet", start="•", leftIndent=18))
            elif kind == "table":
                story.append(Table([[Paragraph(E(c), styles["body"]) for c in row] for row in value]))
                story.append(Spacer(1, 6))
            elif kind == "pagebreak":
                story.append(PageBreak())

    add(src.preamble)
    for item in src.items:
        story.append(Paragraph(E(f"{item.number}\u00a0\u00a0{item.title}".strip()), styles["minute"]))
        add(item.blocks)
    return story


def render_pdf_pages(src: Source, out: Path) -> None:
    """pdf-pack and pdf-book: furniture drawn on each page from header_left/right, footer_left/right and
    page_numbers ({n} counts from `first_numbered`; pages before it carry none)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = _styles()
    first = int(src.get("first_numbered", "1"))
    offset = int(src.get("page_offset", "0"))
    skip_header = {int(p) for p in src.get("no_header_pages").split(",") if p.strip()}

    class Canvas(dev.counting_canvas()):
        def draw_furniture(self, total: int):
            n = self._pageNumber
            width, height = A4
            if n not in skip_header:
                if src.get("header_left"):
                    self.setFont("Helvetica-Bold", 11)
                    self.drawString(2 * cm, height - 1.4 * cm, src.get("header_left"))
                if src.get("header_right"):
                    self.setFont("Helvetica", 8.5)
                    self.drawRightString(width - 2 * cm, height - 1.4 * cm, src.get("header_right"))
            self.setFont("Helvetica", 8)
            if src.get("footer_left"):
                self.drawString(2 * cm, 1.3 * cm, src.get("footer_left"))
            if src.get("footer_right"):
                self.drawRightString(width - 2 * cm, 1.3 * cm, src.get("footer_right"))
            if src.get("page_numbers") and n >= first:
                self.setFont("Helvetica", 9)
                number = n - first + 1 + offset
                self.drawCentredString(width / 2, 0.9 * cm, src.get("page_numbers").format(n=number, total=total))

    story = _story(src, styles)
    if src.get("signature"):
        story += [Spacer(1, 18), Paragraph(E(src.get("signature")), styles["body"])]
    doc = SimpleDocTemplate(str(out), pagesize=A4, topMargin=2.4 * cm, bottomMargin=2.3 * cm, leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, title=src.get("pdf_title"), author=src.get("pdf_author"),
                            invariant=1)
    doc.build(story, canvasmaker=Canvas)


# --------------------------------------------------------------------------- Word minutes


def render_docx_minutes(src: Source, out: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = word_document(src)
    for line in src.get("title_lines").split("||"):
        if line.strip():
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(line.strip())
            run.bold = True
            run.font.size = Pt(13)

    docx_blocks(document, src.preamble)
    for item in src.items:
        p = document.add_paragraph()
        run = p.add_run(f"{item.number}\t{item.title}".strip())
        run.bold = True
        docx_blocks(document, item.blocks)
    document.save(str(out))
    dev._fix_zip_times(out)


def word_document(src: Source):
    """A new Word document with the source's author, fixed times, and running header and footer."""
    import docx

    document = docx.Document()
    document.core_properties.author = src.get("docx_author")
    document.core_properties.created = document.core_properties.modified = dev.FIXED_TIME
    document.core_properties.last_modified_by = ""
    section = document.sections[0]
    if src.get("page_header"):
        section.header.paragraphs[0].text = src.get("page_header")
    if src.get("page_footer"):
        section.footer.paragraphs[0].text = src.get("page_footer")
    return document


def docx_blocks(document, blocks, table_style: str | None = None) -> None:
    """A Source's blocks (paragraphs, bold headings, bullets, tables, page breaks) added to a Word document."""
    for kind, value in blocks:
        if kind == "para":
            document.add_paragraph(value)
        elif kind == "heading":
            document.add_paragraph().add_run(value).bold = True
        elif kind == "bullets":
            for b in value:
                document.add_paragraph(b, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=0, cols=len(value[0]))
            if table_style:
                table.style = table_style
            for row in value:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
        elif kind == "pagebreak":
            document.add_page_break()


# --------------------------------------------------------------------------- plain text


def render_plain(src: Source) -> str:
    width = 72
    lines = [line.strip() for line in src.get("title_lines").split("||") if line.strip()]
    out = [part.center(width).rstrip() for line in lines for part in textwrap.wrap(line, width)] + [""]

    def add(blocks):
        for kind, value in blocks:
            if kind in ("para", "heading"):
                out.extend(textwrap.wrap(value, width, break_on_hyphens=False) + [""])
            elif kind == "bullets":
                for b in value:
                    out.extend(textwrap.wrap(b, width, initial_indent="  - ", subsequent_indent="    ", break_on_hyphens=False))
                out.append("")
            elif kind == "table":
                out.extend("   ".join(row) for row in value)
                out.append("")
            elif kind == "pagebreak":
                out.append("\f")

    add(src.preamble)
    for item in src.items:
        heading = f"{item.number}  {item.title}".strip()
        out += [heading, "-" * len(heading), ""]
        add(item.blocks)
    if src.get("closing"):
        out += ["", *src.get("closing").split("||")]
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- main


def write_document(src: Source, out: Path) -> Path:
    form = src.get("form")
    target = out / f"{src.name}{EXTENSIONS[form]}"
    if form in dev.EXTENSIONS:
        return dev.write_document(src, out)
    if form in ("pdf-pack", "pdf-book"):
        render_pdf_pages(src, target)
    elif form == "docx-minutes":
        render_docx_minutes(src, target)
    else:
        renderer = {"cmis-meeting": render_cmis, "mg-side": render_mg_side, "cms-page": render_cms,
                    "plain-txt": render_plain}[form]
        target.write_text(renderer(src), encoding="utf-8")
    return target


def build(out: Path) -> list[Path]:
    return dev.build(out, SOURCES, EXTENSIONS, write_document)


def main(argv: list[str] | None = None) -> None:
    dev.main(argv, build, HERE, __doc__)


if __name__ == "__main__":
    main()
