"""Build the third held-out corpus: bench/heldout3/corpus/ from bench/heldout3/sources/.

    python bench/heldout3/make_heldout3.py [--out DIR]

The source format (header `key: value` lines, `===`, body with `## NUM | TITLE`, `### LABEL`,
`- bullet`, `| table |`, `@@pagebreak`, `@@stamp TEXT`) and the fifteen forms of the earlier
corpora come from bench/realistic/make_corpus.py, bench/fresh/make_fresh.py and
bench/heldout-docs/make_heldout.py, imported unchanged. Forms added here, from layouts of real
published pages that none of those generators draws:

- mg-welsh      a ModernGov "Agenda a chofnodion" page in Welsh mode (`LLL=1`): the heading
                "<Pwyllgor> - Dydd Mawrth, 7fed Tachwedd, 2023 10.00 am" with Welsh day and month,
                Welsh labels (Lleoliad, Cyswllt, Cyfarwyddiadau, Cyfryngau, Eitemau, Rhif / Eitem,
                Cofnodion:, Dogfennau ychwanegol:), "pdf eicon PDF 301 KB", a Welsh cookie
                banner, skip link, menu and footer, an "English" language link; the council named
                by its Welsh name.
- pdf-edges     printed PDFs whose page edges carry numbered furniture: `header_left/right`,
                `footer_left/right` and `page_numbers` may use {n} (the page number plus
                `page_offset`) and {total}; `first_page_only` keys (`first_header_right`) draw on
                page 1 only. The forms that use it differ in their text and furniture:
                  pdf-printed    ModernGov printed minutes: "Public Document Pack" stamp, the
                                 council's name at the top right of page 1, "Page N" footers,
                                 "Chair ......" signature lines;
                  pdf-bilingual  Welsh-first bilingual minutes: "Tudalen N / Page N", Welsh then
                                 English headings and dates;
                  scot-minute    Scottish "Minute of Meeting of the ... held in ..., on ...":
                                 a minute-volume reference at the top right of each page
                                 ("2023 CC 104"), PRESENT / ATTENDING / APOLOGIES label rows;
                  ni-minutes     Northern Ireland minutes: minute numbers "E201/23",
                                 "Present:-" / "In Attendance:-", proposed / seconded / resolved,
                                 a bare page number and the chairperson's signature line;
                  mayor-decision a Mayor's record of decision: a field table, numbered sections,
                                 signature block, a footer with the decision reference.
- cms-jadu      minutes on a Jadu/Drupal council page: "Can we use cookies?" banner, A to Z /
                Report it / Pay for it links, "You are here:" breadcrumbs, a Downloads box with
                "[PDF, 245KB]", "Share this page", "Did you find this page useful?", a footer
                with the council's postal address, telephone and opening hours.
- saved-page    a council page saved from the browser ("Save page as"): the `<!-- saved from
                url=(NNNN)... -->` comment, `./NAME_files/` links, a cookie banner, "On this
                page" contents list, breadcrumbs, "Print this page", a footer with the address.
- docx-cover    a committee report in Word with a cover table (Report to / Date of meeting /
                Report of / Wards affected / Key decision / Classification), numbered sections
                and paragraphs, a page header and footer.
- parish-txt    minutes typed in the style of a small council's clerk, saved as text with
                Windows line ends: unwrapped paragraphs, "23/114<TAB>PLANNING" minute lines,
                "Resolved:", a signature line for the chairman and the clerk's contact block.

Every word of the business, the people and the figures is invented for this corpus; the
councils are real and the layouts imitate how they publish (studied through the search tool's
"pages" corpus; no passage copied).
"""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))
sys.path.insert(0, str(HERE.parent / "fresh"))
sys.path.insert(0, str(HERE.parent / "heldout-docs"))

import make_corpus as dev  # noqa: E402  (bench/realistic/make_corpus.py)
import make_fresh as fresh  # noqa: E402  (bench/fresh/make_fresh.py)
import make_heldout as heldout  # noqa: E402  (bench/heldout-docs/make_heldout.py)
from make_corpus import E, Source, html_blocks, parse_source, split_size  # noqa: E402,F401

SOURCES = HERE / "sources"
PDF_EDGE_FORMS = ("pdf-printed", "pdf-bilingual", "scot-minute", "ni-minutes", "mayor-decision")
EXTENSIONS = dict(heldout.EXTENSIONS, **{"mg-welsh": ".html", "cms-jadu": ".html", "saved-page": ".html",
                                          "docx-cover": ".docx", "parish-txt": ".txt"},
                  **{form: ".pdf" for form in PDF_EDGE_FORMS})


def _lines(src: Source, key: str) -> list[str]:
    return [part.strip() for part in src.get(key).split("||") if part.strip()]


def _intro_and_rest(blocks):
    """An item's blocks before its first label, and the rest (as ModernGov splits them)."""
    blocks = list(blocks)
    intro = []
    while blocks and blocks[0][0] != "heading":
        intro.append(blocks.pop(0))
    return intro, blocks


# --------------------------------------------------------------------------- ModernGov in Welsh


WELSH_NAV = ("Biniau ac ailgylchu", "Treth y Cyngor", "Tai", "Cynllunio", "Ysgolion", "Eich cyngor")


def welsh_attachment(title: str, size: str) -> str:
    kind = size.split()[0].lower()
    return (f'<a href="documents/s{zlib.crc32(title.encode()) % 90000 + 10000}/{E(title[:30])}.{kind}" class="mgTitleLink">'
            f'{E(title)} <img src="mgimages/{kind}.gif" alt="" /><span class="mgHide">{kind} eicon</span> '
            f'<span class="mgFileSize">{E(size)}</span></a>')


def render_mg_welsh(src: Source) -> str:
    brand = src.get("brand")
    nav = "".join(f'<li><a href="#">{E(w)}</a></li>' for w in WELSH_NAV)
    crumbs = "".join(f'<li><a href="#">{E(c)}</a></li>' for c in
                     src.get("breadcrumb", "Hafan > Eich cyngor > Cynghorwyr a phwyllgorau > Cyfarfodydd").split(" > "))
    parts = [f'<h2 class="mgSubTitleTxt">{E(src.get("heading"))}</h2>']
    if src.get("venue"):
        parts.append(f'<p><span class="mgLabel">Lleoliad: </span>{E(src.get("venue"))}. '
                     f'<a href="mgGeneric.aspx?MD=mgVenueDirections&amp;LLL=1">Cyfarwyddiadau</a></p>')
    if src.get("contact"):
        parts.append(f'<p><span class="mgLabel">Cyswllt: </span>{E(src.get("contact"))}</p>')
    parts.append(html_blocks(src.preamble))
    if src.get("media"):
        parts.append('<h2 class="mgSectionTitle">Cyfryngau</h2><ul class="mgBulletList">'
                     + "".join(f'<li><a href="#">{E(m.strip())}</a></li>' for m in src.get("media").split(";"))
                     + "</ul>")
    rows = ["<tr><th>Rhif</th><th>Eitem</th></tr>"]
    for item in src.items:
        title = welsh_attachment(item.title, item.size) if item.size else f"<span>{E(item.title)}</span>"
        intro, rest = _intro_and_rest(item.blocks)
        cell = [f'<p class="mgAiTitleTxt">{title}</p>', html_blocks(intro)]
        if item.extra:
            cell.append('<p class="mgSubItemTitleTxt">Dogfennau ychwanegol:</p><ul class="mgBulletList">'
                        + "".join(f"<li>{welsh_attachment(*split_size(e))}</li>" for e in item.extra) + "</ul>")
        cell.append(f'<div class="mgWordPara">{html_blocks(rest)}</div>')
        rows.append(f'<tr><td class="mgItemNumberCell"><p>{E(item.number)}</p></td><td>{"".join(cell)}</td></tr>')
    parts.append('<h2 class="mgSectionTitle">Eitemau</h2>')
    parts.append('<table class="mgItemTable" summary="Eitemau agenda">' + "\n".join(rows) + "</table>")
    head = ['<meta charset="utf-8" />', f"<title>{E(src.get('page_title'))}</title>"]
    if src.get("canonical"):
        head.append(f'<link rel="canonical" href="{E(src.get("canonical"))}" />')
    body = f"""<a class="skip-link" href="#content">Neidio i'r prif gynnwys</a>
<div class="cookie-banner" id="ccc"><p>Rydym yn defnyddio cwcis hanfodol i wneud i'r wefan hon weithio. Hoffem osod
cwcis ychwanegol i ddeall sut rydych chi'n defnyddio'r wefan.</p><a href="#">Derbyn cwcis ychwanegol</a>
<a href="#">Gwrthod cwcis ychwanegol</a></div>
<header class="site-header"><a href="/" class="logo"><img src="/logo.svg" alt="{E(brand)}" /></a>
<a href="?LLL=0" lang="en" class="language">English</a>
<form class="search" action="/search"><label for="q">Chwilio'r wefan</label><input id="q" name="q" /></form>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="breadcrumb"><ol>{crumbs}</ol></div>
<div id="content" class="page-content"><div id="modgov"><div class="mgHeader">
<h1 class="mgMainTitleTxt">{E(src.get("h1", "Agenda a chofnodion"))}</h1></div>
{chr(10).join(parts)}
</div></div>
<footer class="site-footer"><ul><li><a href="#">Datganiad hygyrchedd</a></li><li><a href="#">Cwcis</a></li>
<li><a href="#">Preifatrwydd</a></li><li><a href="#">Cysylltu â ni</a></li></ul>
<p>{E(src.get("footer"))}</p></footer>"""
    return fresh._document(src, "\n".join(head), body).replace('lang="en-GB"', 'lang="cy-GB"', 1)


# --------------------------------------------------------------------------- Jadu / Drupal council page


def render_cms_jadu(src: Source) -> str:
    brand = src.get("brand")
    crumbs = "".join(f'<li><a href="#">{E(c)}</a></li>' for c in src.get("breadcrumb").split(" > "))
    items = []
    for item in src.items:
        number = f"{item.number} " if item.number else ""
        items.append(f"<h2>{E(number + item.title)}</h2>\n{fresh.cms_blocks(item.blocks)}")
    downloads = "".join(f'<li><a href="#">{E(t)}</a> <span class="file-info">[{E(s.rstrip("]"))}]</span></li>'
                        for t, s in (d.rsplit(" [", 1) for d in fresh._list(src, "downloads")))
    address = "<br />".join(E(line) for line in _lines(src, "address"))
    meta = f'<p class="meta">{E(src.get("meta"))}</p>' if src.get("meta") else ""
    body = f"""<div id="cookie-policy" class="cookie-banner"><p><strong>Can we use cookies?</strong> We'd like to use
optional cookies to help us improve this website. You can change your mind at any time.</p>
<button>Allow all cookies</button> <button>Essential cookies only</button> <a href="#">View our cookie policy</a></div>
<a href="#main" class="skip">Skip to main content</a>
<header class="header"><a href="/" class="logo"><img src="/site/images/logo.png" alt="{E(brand)} logo" /></a>
<ul class="utility"><li><a href="#">A to Z</a></li><li><a href="#">Report it</a></li><li><a href="#">Apply for it</a></li>
<li><a href="#">Pay for it</a></li></ul>
<form class="search"><label for="q">Search</label><input id="q" /><button>Go</button></form></header>
<nav class="breadcrumbs"><span>You are here:</span><ol>{crumbs}</ol></nav>
<main id="main"><h1>{E(src.get("h1"))}</h1>
{meta}
{fresh.cms_blocks(src.preamble)}
{"".join(items)}
<div class="downloads"><h2>Downloads</h2><ul>{downloads}</ul></div>
<div class="share"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="rating"><h2>Did you find this page useful?</h2><button>Yes</button> <button>No</button></div></main>
<footer class="footer"><div class="contact"><h2>Contact details</h2><p>{address}</p>
<p>Telephone: {E(src.get("telephone"))}</p><p>Opening hours: {E(src.get("hours", "Monday to Friday, 9am to 5pm"))}</p></div>
<ul><li><a href="#">A to Z of services</a></li><li><a href="#">Accessibility</a></li><li><a href="#">Cookies</a></li>
<li><a href="#">Privacy</a></li><li><a href="#">Terms of use</a></li></ul>
<p>{E(src.get("copyright"))}</p></footer>"""
    return fresh._document(src, dev.head_html(src, src.get("page_title")), body)


# --------------------------------------------------------------------------- page saved from the browser


def render_saved_page(src: Source) -> str:
    url = src.get("saved_url")
    files = f"./{src.name}_files"   # the folder "Save page as" writes beside NAME.html
    crumbs = " / ".join(f'<a href="#">{E(c)}</a>' for c in src.get("breadcrumb").split(" > "))
    contents = "".join(f'<li><a href="#item-{E(i.number)}">{E(i.title)}</a></li>' for i in src.items)
    items = []
    for item in src.items:
        number = f"{item.number}. " if item.number else ""
        items.append(f'<h2 id="item-{E(item.number)}">{E(number + item.title)}</h2>\n{fresh.cms_blocks(item.blocks)}')
    address = "<br />".join(E(line) for line in _lines(src, "address"))
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){E(url)} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(src.get("page_title"))}</title>
<link rel="stylesheet" href="{E(files)}/main.min.css">
<script async="" src="{E(files)}/gtm.js"></script>
</head>
<body class="js-enabled">
<div class="cookie-banner" role="region" aria-label="Cookie banner"><h2>Cookies on our website</h2>
<p>We use some essential cookies to make this website work. We'd also like to set analytics cookies that help us
make improvements by measuring how you use the site.</p>
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="#">View cookies</a></div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="header"><a href="#" class="header__logo"><img src="{E(files)}/logo.svg" alt="{E(src.get("logo_alt"))}"></a>
<button class="header__menu">Menu</button> <button class="header__search">Search</button></header>
<div class="breadcrumbs">{crumbs}</div>
<main id="main-content"><h1>{E(src.get("h1"))}</h1>
<nav class="on-this-page"><h2>On this page</h2><ol>{contents}</ol></nav>
{fresh.cms_blocks(src.preamble)}
{"".join(items)}
<p class="print"><a href="javascript:window.print()">Print this page</a></p></main>
<footer class="footer"><ul><li><a href="#">Contact us</a></li><li><a href="#">Accessibility statement</a></li>
<li><a href="#">Cookies</a></li><li><a href="#">Privacy notice</a></li></ul>
<p class="footer__address">{address}</p>
<p>{E(src.get("copyright"))}</p></footer>
<script src="{E(files)}/app.js"></script>
</body></html>
"""


# --------------------------------------------------------------------------- Word report with a cover table


def render_docx_cover(src: Source, out: Path) -> None:
    from docx.shared import Pt

    document = fresh.word_document(src)
    for line in _lines(src, "letterhead"):
        run = document.add_paragraph().add_run(line)
        run.bold = True
        run.font.size = Pt(16)
    rows = [line.split(" | ", 1) for line in _lines(src, "cover")]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for line in _lines(src, "title_lines"):
        run = document.add_paragraph().add_run(line)
        run.bold = True
        run.font.size = Pt(13)

    fresh.docx_blocks(document, src.preamble, table_style="Table Grid")
    for item in src.items:
        document.add_paragraph().add_run(f"{item.number}\t{item.title}".strip()).bold = True
        fresh.docx_blocks(document, item.blocks, table_style="Table Grid")
    document.save(str(out))
    dev._fix_zip_times(out)


# --------------------------------------------------------------------------- PDFs with numbered page edges


def render_pdf_edges(src: Source, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = fresh._styles()
    offset = int(src.get("page_offset", "0"))

    class Canvas(dev.counting_canvas()):
        def draw_furniture(self, total: int):
            n = self._pageNumber
            width, height = A4

            def text(key: str) -> str:
                return src.get(key).format(n=n + offset, total=total + offset)

            self.setFont("Helvetica", 8.5)
            if n == 1 and src.get("first_header_right"):
                self.setFont("Helvetica-Bold", 12)
                self.drawRightString(width - 2 * cm, height - 1.5 * cm, text("first_header_right"))
                self.setFont("Helvetica", 8.5)
            if src.get("header_left") and not (n == 1 and src.get("header_from_page_2")):
                self.drawString(2 * cm, height - 1.3 * cm, text("header_left"))
            if src.get("header_right") and not (n == 1 and src.get("header_from_page_2")):
                self.drawRightString(width - 2 * cm, height - 1.3 * cm, text("header_right"))
            if src.get("footer_left"):
                self.drawString(2 * cm, 1.4 * cm, text("footer_left"))
            if src.get("footer_right"):
                self.drawRightString(width - 2 * cm, 1.4 * cm, text("footer_right"))
            if src.get("page_numbers"):
                self.setFont("Helvetica", 9)
                self.drawCentredString(width / 2, 0.9 * cm, text("page_numbers"))

    story = fresh._story(src, styles)
    for line in _lines(src, "signature_lines"):
        story += [Spacer(1, 10), Paragraph(E(line), styles["body"])]
    doc = SimpleDocTemplate(str(out), pagesize=A4, topMargin=2.4 * cm, bottomMargin=2.3 * cm, leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, title=src.get("pdf_title"), author=src.get("pdf_author"),
                            invariant=1)
    doc.build(story, canvasmaker=Canvas)


# --------------------------------------------------------------------------- a clerk's text file


def render_parish_txt(src: Source) -> str:
    out = _lines(src, "title_lines") + [""]

    def add(blocks):
        for kind, value in blocks:
            if kind in ("para", "heading"):
                out.extend([value, ""])
            elif kind == "bullets":
                out.extend(f"\t{chr(97 + i)})  {b}" for i, b in enumerate(value))
                out.append("")
            elif kind == "table":
                out.extend("\t".join(row) for row in value)
                out.append("")

    add(src.preamble)
    for item in src.items:
        out += [f"{item.number}\t{item.title.upper()}", ""]
        add(item.blocks)
    out += ["", *_lines(src, "closing")]
    return "\r\n".join(out) + "\r\n"


# --------------------------------------------------------------------------- main


def write_document(src: Source, out: Path) -> Path:
    form = src.get("form")
    if form in heldout.EXTENSIONS:
        return heldout.write_document(src, out)
    target = out / f"{src.name}{EXTENSIONS[form]}"
    if form in PDF_EDGE_FORMS:
        render_pdf_edges(src, target)
    elif form == "docx-cover":
        render_docx_cover(src, target)
    elif form == "parish-txt":
        target.write_bytes(render_parish_txt(src).encode("utf-8"))
    else:
        renderer = {"mg-welsh": render_mg_welsh, "cms-jadu": render_cms_jadu, "saved-page": render_saved_page}[form]
        target.write_text(renderer(src), encoding="utf-8")
    return target


def build(out: Path) -> list[Path]:
    return dev.build(out, SOURCES, EXTENSIONS, write_document)


def main(argv: list[str] | None = None) -> None:
    dev.main(argv, build, HERE, __doc__)


if __name__ == "__main__":
    main()
