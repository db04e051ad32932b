"""Build the held-out documents corpus: bench/heldout-docs/corpus/ from bench/heldout-docs/sources/.

    python bench/heldout-docs/make_heldout.py [--out DIR]

The source format and the thirteen forms of the two other corpora come from
bench/realistic/make_corpus.py and bench/fresh/make_fresh.py, imported unchanged (their
corpora stay byte for byte what they were). Two forms are added here, from layouts seen on
real pages that the other generators cannot express:

- cmis-decision  a CMIS "Decision Details" page (DotNetNuke skin, .html): "This section
                 allows you to view the general details of a Decision", then label/value
                 rows in separate blocks ("Title:", "Decision Maker:", "Decision Date:" with
                 dates such as "Tue 11 Jul 2023", "Implementation Date (not before):"), the
                 body's `## | Label` sections as further rows, a "Related documents" list, a
                 login link and a "Copyright ... | Terms Of Use | Privacy Statement" footer.
- mg-split       a ModernGov "Agenda and draft minutes" page in the responsive template: the
                 committee and the date on two separate lines (no "Committee - date"
                 heading), items without a visible number column, a "Minutes:" or
                 "Decision:" label, and a "... view the full minutes text for item N." link
                 after each item; a broadcast notice above the items.

The text is invented for this corpus; the councils, forms and furniture imitate how English
and Welsh councils publish.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))
sys.path.insert(0, str(HERE.parent / "fresh"))

import make_corpus as dev  # noqa: E402  (bench/realistic/make_corpus.py)
import make_fresh as fresh  # noqa: E402  (bench/fresh/make_fresh.py)
from make_corpus import E, Source, attachment, html_blocks, parse_source, split_size  # noqa: E402,F401

SOURCES = HERE / "sources"
EXTENSIONS = dict(fresh.EXTENSIONS, **{"cmis-decision": ".html", "mg-split": ".html"})


# --------------------------------------------------------------------------- CMIS decision page


def render_cmis_decision(src: Source) -> str:
    brand = src.get("brand")
    nav = "".join(f'<li><a href="#">{E(w)}</a></li>' for w in
                  ("Home", "Committees", "Meetings", "Decisions", "Councillors", "Forward Plan", "Search"))
    fields = [("Title:", "title"), ("Decision Maker:", "decision_maker"), ("Decision Date:", "decision_date"),
              ("Implementation Date (not before):", "implementation"), ("Decision Status:", "status"),
              ("Key Decision:", "key")]
    rows = [(label, E(src.get(key))) for label, key in fields if src.get(key)]
    for item in src.items:   # "## | Details" sections: label and blocks
        rows.append((item.title if item.title.endswith(":") else item.title + ":", html_blocks(item.blocks)))
    row_html = "\n".join(f'<div class="cmisRow"><div class="cmisLabel"><span>{E(label)}</span></div>'
                         f'<div class="cmisValue">{value}</div></div>' for label, value in rows)
    docs = "".join(f'<li><a href="#">{E(t)}</a> <span class="size">({E(s)})</span></li>'
                   for t, s in (split_size(d) for d in fresh._list(src, "documents")))
    body = f"""<div id="dnn_wrapper"><div class="skin-header"><a href="/"><img src="/Portals/0/logo.png" alt="{E(brand)}" /></a>
<a href="#" class="login">Login</a></div>
<ul class="dnnNav">{nav}</ul>
<div id="dnn_ContentPane"><h1>{E(src.get("h1", "Decision Details"))}</h1>
<p class="cmisIntro">This section allows you to view the general details of a Decision</p>
<h2>Details</h2>
{row_html}
{html_blocks(src.preamble)}
<h2>Related documents</h2><ul class="cmisDocs">{docs}</ul></div>
<div class="skin-footer"><p>{E(src.get("footer"))}</p>
<p><a href="#">Copyright 2023 by {E(brand)}</a> | <a href="#">Terms Of Use</a> | <a href="#">Privacy Statement</a></p></div></div>"""
    head = f'<meta charset="utf-8" />\n<title>{E(src.get("page_title"))}</title>'
    return fresh._document(src, head, body)


# --------------------------------------------------------------------------- ModernGov, responsive template


def render_mg_split(src: Source) -> str:
    label = src.get("item_label", "Minutes:")
    parts = [f'<div class="mgSubTitle"><p class="mgCommitteeName">{E(src.get("committee_line"))}</p>'
             f'<p class="mgMeetingDate">{E(src.get("date_line"))}</p></div>']
    if src.get("venue"):
        parts.append(f'<p><span class="mgLabel">Venue: </span>{E(src.get("venue"))}</p>')
    if src.get("contact"):
        parts.append(f'<p><span class="mgLabel">Contact: </span>{E(src.get("contact"))}</p>')
    if src.get("notice"):
        parts.append(f'<p class="mgNotice">{E(src.get("notice"))}</p>')
    parts.append(html_blocks(src.preamble))
    rows = ["<tr><th>No.</th><th>Item</th></tr>"]
    for item in src.items:
        title = attachment(item.title, item.size, "text") if item.size else f"<strong>{E(item.title)}</strong>"
        blocks = list(item.blocks)
        intro = []
        while blocks and blocks[0][0] != "heading":
            intro.append(blocks.pop(0))
        blocks = [b for b in blocks if not (b[0] == "heading" and b[1].rstrip(":") == label.rstrip(":"))]
        cell = (f'<p class="mgAiTitleTxt">{title}</p>{html_blocks(intro)}'
                f'<p class="mgSubItemTitleTxt">{E(label)}</p><div class="mgWordPara">{html_blocks(blocks)}</div>'
                f'<p class="mgMoreLink"><a href="#">&nbsp;...&nbsp; view the full {E(label.rstrip(":").lower())} '
                f'text for item {E(item.number)}</a></p>')
        rows.append(f'<tr><td class="mgItemNumberCell"></td><td>{cell}</td></tr>')
    parts.append('<table class="mgItemTable">' + "\n".join(rows) + "</table>")
    src.head.setdefault("h1", "Agenda and draft minutes")
    return dev.page(src, src.get("page_title"), "\n".join(parts))


# --------------------------------------------------------------------------- main


def write_document(src: Source, out: Path) -> Path:
    form = src.get("form")
    if form in fresh.EXTENSIONS:
        return fresh.write_document(src, out)
    target = out / f"{src.name}{EXTENSIONS[form]}"
    renderer = {"cmis-decision": render_cmis_decision, "mg-split": render_mg_split}[form]
    target.write_text(renderer(src), encoding="utf-8")
    return target


def build(out: Path) -> list[Path]:
    return dev.build(out, SOURCES, EXTENSIONS, write_document)


def main(argv: list[str] | None = None) -> None:
    dev.main(argv, build, HERE, __doc__)


if __name__ == "__main__":
    main()
