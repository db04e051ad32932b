"""A saved web page (ModernGov and other council sites) read into raw text.

Only the main content is kept (ModernGov's #modgov, <main>, ...) without navigation,
breadcrumbs, cookie banners, scripts or page header/footer; blocks become paragraphs,
list items lines behind "• " (or their number), data tables tab-separated rows. A
ModernGov items table (item number | item) becomes one paragraph per item, opening with
its number: "5. Budget Monitoring". Line-level furniture ("pdf icon", "View directions",
...) is left to `furniture`.

The page also states metadata of its own: its title (ModernGov's subtitle, the h1 or
<title>) and its council (og:site_name, a part of <title>, the page's own address in
its canonical link or og:url, the e-mail addresses it gives for contact, or the offices'
address in its footer).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .councils import (POSTCODE, council_from_address, council_from_seat, council_from_title_in_address,
                       council_of_shared_text, councils_sharing_address, find_council)
from .dates import find_date
from .decoding import UTF16_BOMS, check_binary_bytes, decode_text
from .names import is_committee_line, is_council_name, tidy_name


@dataclass
class Page:
    text: str
    stated: dict[str, str | None] = field(default_factory=dict)


def read_html(data: bytes, path: Path) -> Page:
    """Main content of a page as text, plus the title and council its markup states."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_html_markup(data, path), "html.parser")
    stated = {"title": html_title(soup), "council": html_council(soup), "address_date": address_date(soup)}
    container = _content_container(soup)
    _remove_chrome(container)
    _remove_link_lists(container)
    return Page(_html_blocks_text(container), stated)


_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=", re.I)


def _html_markup(data: bytes, path: Path) -> str | bytes:
    """Bytes when the page declares its charset (BeautifulSoup honours it), else decoded text."""
    if _META_CHARSET.search(data[:4096]):
        if not data.startswith(UTF16_BOMS):
            check_binary_bytes(data, path)
        return data
    return decode_text(data, path)


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
                   "issue", "decision", "decision details", "document", "untitled", "agenda and minutes",
                   "agenda and decisions", "agenda, decisions and minutes", "issue details",
                   "issue - decisions", "issue - meetings", "issue history", "decisions", "draft minutes",
                   "printed minutes",
                   # the same on a Welsh page
                   "rhaglen", "cofnodion", "rhaglen a chofnodion", "agenda a chofnodion", "eitem agenda",
                   "eitem ar yr agenda", "manylion y cyfarfod", "penderfyniadau", "manylion y penderfyniad",
                   "cofnodion drafft", "rhaglen, penderfyniadau a chofnodion"}


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
    in_content = _inside(container, ("article", "main"))
    for tag in container.find_all(True):
        if not _decomposed(tag) and _is_chrome(tag, total, id(tag) in in_content):
            tag.decompose()


def _remove_link_lists(container) -> None:
    """Drop lists of nothing but links (a meeting's documents, "Related pages", webcast links)
    and bars of links ("Print this page | Email this page"), with a heading or label left
    heading nothing. An agenda's list of numbered items and a list of members are kept."""
    shape = _link_shape(container)
    for element in container.find_all(["ul", "ol", "p", "div"]):
        if _decomposed(element) or not _is_link_list(element, shape):
            continue
        label = element.find_previous_sibling(True)
        following = element.find_next_sibling(True)
        element.decompose()
        if label is not None and _is_list_label(label, following):
            label.decompose()


_NUMBERED = re.compile(r"^\(?(?:[A-Z]{0,5}[ ./-]?)?\d{1,4}\b")
_BLOCKS_IN_LIST = frozenset(["p", "div", "ul", "ol", "table", "section", "article", "h1", "h2", "h3", "h4",
                             "h5", "h6", "blockquote", "form", "dl", "pre"])
_SEPARATORS = re.compile(r"^[\s|•·/-]*$")
_PERSON = re.compile(r"^(?:councillor|cllr|county councillor|alderman|mr|mrs|ms|miss|dr|sir|dame|lord|lady)\b\.?",
                     re.I)


@dataclass
class _Shape:
    """Per tag (by id): whether a block is inside it, whether all its text is link text, and
    whether it holds a link; worked out in one pass from the leaves up, so that a page nested
    thousands deep is not searched once for every level."""

    has_block: dict[int, bool] = field(default_factory=dict)
    all_links: dict[int, bool] = field(default_factory=dict)
    has_link: dict[int, bool] = field(default_factory=dict)

    def link_text_only(self, tag) -> bool:
        return self.all_links[id(tag)] and self.has_link[id(tag)]


def _link_shape(container) -> _Shape:
    from bs4 import NavigableString

    shape = _Shape()
    for tag in reversed(container.find_all(True)):
        children = [child for child in tag.children if child.name]
        strings = [child for child in tag.children if type(child) is NavigableString]
        shape.has_block[id(tag)] = any(c.name in _BLOCKS_IN_LIST or shape.has_block[id(c)] for c in children)
        shape.has_link[id(tag)] = tag.name == "a" or any(shape.has_link[id(c)] for c in children)
        shape.all_links[id(tag)] = tag.name == "a" or (
            all(_SEPARATORS.match(string) for string in strings) and all(shape.all_links[id(c)] for c in children))
    return shape


def _is_link_list(element, shape: _Shape) -> bool:
    """Every item of a list is one link, or most are and the rest are short labels (a document
    not published yet), and most do not number an agenda item; or a block is two or more
    links with only separators between them."""
    if shape.has_block[id(element)]:
        return False   # a list or block holding blocks is no list of links
    if element.name in ("ul", "ol"):
        items = element.find_all("li", recursive=False)
        texts = [" ".join(item.get_text(" ").split()) for item in items]
        links = [bool(text) and shape.link_text_only(item) for item, text in zip(items, texts)]
        unlinked = [text for text, link in zip(texts, links) if not link]
        if not items or unlinked and not (sum(links) > len(links) / 2 and all(map(_is_label, unlinked))):
            return False
        if any(_PERSON.match(text) for text in texts):
            return False   # members linked to their pages: who attended is part of the minutes
        return sum(bool(_NUMBERED.match(text)) for text in texts) < len(texts) / 2
    return shape.link_text_only(element) and len(element.find_all("a")) >= 2


def _is_label(text: str) -> bool:
    """A short label, not a sentence: a list item naming a document that has no link yet."""
    return bool(text) and len(text.split()) <= 6 and not text.endswith((".", ":", ";", "?", "!"))


def _is_list_label(label, following) -> bool:
    """A heading or short label ("Documents", "Additional documents:") whose list is gone and
    that heads nothing else."""
    text = " ".join(label.get_text(" ").split())
    if not text or len(text.split()) > 6:
        return False
    if text.endswith(":"):
        return True
    if not re.fullmatch(r"h[1-6]", label.name or ""):
        return False
    return following is None or bool(re.fullmatch(r"h[1-6]", following.name or ""))


class _After:
    """What a marked tag's text is followed by, on the walk's stack."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def _text_with_marks(container, marks: dict[int, tuple[str, str]]) -> str:
    """The container's text, with each marked tag's (before, after) strings around its own text:
    a block set apart as a paragraph, a list item behind its bullet on a line of its own.

    Walked here rather than marked in the tree: appending to a tag makes bs4 walk all of its
    descendants, so marking every block or list of a page nested thousands deep would be quadratic.
    """
    from bs4 import CData, NavigableString

    out: list[str] = []
    stack: list = [container]
    while stack:
        node = stack.pop()
        if isinstance(node, _After):
            out.append(node.text)
        elif isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):
                out.append(str(node))
        else:
            mark = marks.get(id(node))
            if mark:
                out.append(mark[0])
                stack.append(_After(mark[1]))
            stack.extend(reversed(node.contents))
    return "".join(out)


def _decomposed(tag) -> bool:
    # Not `tag.decomposed`: on a tag never decomposed, bs4 looks the flag up as a child tag
    # ("tag._decomposed" is tag.find("_decomposed")), a search of the whole subtree each time.
    return tag.__dict__.get("_decomposed", False)


def _inside(container, names: tuple[str, ...]) -> set[int]:
    """ids of the tags that have an ancestor named in `names`, found in one walk (no recursion,
    so a page nested thousands deep costs time in proportion to its size)."""
    inside: set[int] = set()
    stack = [(child, False) for child in reversed(list(container.children)) if child.name]
    while stack:
        tag, under = stack.pop()
        if under:
            inside.add(id(tag))
        stack.extend((child, under or tag.name in names) for child in reversed(list(tag.children)) if child.name)
    return inside


def _is_chrome(tag, total: int, in_content: bool = False) -> bool:
    if tag.name in ("header", "footer"):
        return not in_content and not tag.find("h1")
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
        if not _decomposed(table) and _is_items_table(table):
            _unfold_items_table(table)
    for table in container.find_all("table"):
        if _is_data_table(table):
            table.replace_with(_PARA + _LINE.join(map(_html_row, table.find_all("tr"))) + _PARA)
    for pre in container.find_all("pre"):
        for string in pre.find_all(string=True):
            string.replace_with(string.replace("\n", _LINE))
    for br in container.find_all("br"):
        br.replace_with(_LINE)
    in_item = _inside(container, ("li",))
    marks = {id(tag): (_PARA, _PARA) for tag in container.find_all(_BLOCK_TAGS)
             if tag.name not in ("ul", "ol") and id(tag) not in in_item}
    marks.update(_list_marks(container, in_item))
    text = _HTML_SPACE.sub(" ", _text_with_marks(container, marks))
    text = _MARKER_RUN.sub(lambda m: "\n\n" if _PARA in m.group() else "\n", text)
    return text.replace(_CELL, "\t")


# An agenda item or minute number alone in a cell: "5.", "5a", "(5)", "1020", "13.1", "45/20",
# "Exe/23/22", "C104", "PLA.64", "AP2 24/5" (a committee's code, the year, the item).
_ITEM_NUMBER_CELL = re.compile(r"^(?:item\s+)?\(?(?:\d{1,4}[a-z]?|\d{1,3}(?:\.\d{1,2}){1,2}"
                               r"|(?:[A-Z][A-Za-z]{0,4}[ /.-]?)?\d{1,3}(?:/\d{2,4}){1,2}|[A-Z]{1,3}\d{1,3}"
                               r"|[A-Z]{1,4}\d{1,2} \d{2}/\d{1,4}"
                               r"|[A-Z]{2,5}[./ -]\d{1,4}[a-z]?|[ivx]{1,5})"
                               r"[.):]?$", re.I)


def _own_rows(table) -> list:
    """The table's rows in document order, not those of tables nested in its cells (in time that
    grows with the table alone, so tables nested thousands deep do not take quadratic time)."""
    rows, stack = [], list(reversed(_tags(table.children)))
    while stack:
        tag = stack.pop()
        if tag.name == "table":
            continue
        if tag.name == "tr":
            rows.append(tag)
        stack.extend(reversed(_tags(tag.children)))
    return rows


def _holds_a_table(tag) -> bool:
    """Whether a table is nested anywhere in `tag`: a walk that stops at the first, where
    `tag.find("table")` measures the whole subtree first (quadratic over nested tables)."""
    stack = _tags(tag.children)
    while stack:
        node = stack.pop()
        if node.name == "table":
            return True
        stack.extend(_tags(node.children))
    return False


def _tags(nodes) -> list:
    return [node for node in nodes if getattr(node, "name", None)]


def _item_number(row) -> str | None:
    cells = row.find_all(["td", "th"], recursive=False)
    if len(cells) < 2:
        return None
    number = " ".join(cells[0].get_text(" ").split())
    return number if _ITEM_NUMBER_CELL.match(number) else None


def _is_items_table(table) -> bool:
    """An agenda's items laid out as a table: item number in the first cell, the item beside it.

    ModernGov's "No. | Item" table is one; a data table with a numbered first column is
    not, unless its item cells hold paragraphs.
    """
    rows = [row for row in _own_rows(table) if row.find("td", recursive=False)]
    numbered = [row for row in rows if _item_number(row)]
    if not numbered or len(numbered) < len(rows) / 2:
        return False
    return "mgItemTable" in (table.get("class") or []) or any(
        cell.find(["p", "div", "ul", "ol", "table", "h2", "h3", "h4"]) is not None
        for row in numbered for cell in row.find_all("td", recursive=False)[1:])


def _unfold_items_table(table) -> None:
    """One block per item, opening with its number ("5. Budget"); the header row dropped."""
    for row in _own_rows(table):
        cells = row.find_all(["td", "th"], recursive=False)
        if not row.find("td", recursive=False):
            row.decompose()  # "No. | Item"
            continue
        number = _item_number(row)
        if number:
            first = next((s for s in cells[1].find_all(string=True) if s.strip()), None)
            if first is not None:
                first.insert_before(f"{number} ")
            cells[0].decompose()
        for cell in row.find_all(["td", "th"], recursive=False):
            cell.name = "div"
        row.name = "div"
    for part in table.find_all(["thead", "tbody", "tfoot"], recursive=False):
        part.name = "div"
    table.name = "div"


def _list_marks(container, in_item: set[int]) -> dict[int, tuple[str, str]]:
    """Each li on its own line behind "• " (or its number in an <ol>); lists set apart (a list
    inside a list item by a line, others as a paragraph)."""
    marks = {}
    for items in container.find_all(["ul", "ol"]):
        edge = _LINE if id(items) in in_item else _PARA
        marks[id(items)] = (edge, edge)
        number = _ol_start(items)
        for item in items.find_all("li", recursive=False):
            marks[id(item)] = (_LINE + (f"{number}. " if items.name == "ol" else "• "), _LINE)
            number += 1
    return marks


def _ol_start(items) -> int:
    start = str(items.get("start", "1"))
    return int(start) if start.isdigit() else 1


def _is_data_table(table) -> bool:
    """A table of rows and columns, not one used for page layout."""
    if _holds_a_table(table):
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
            or find_council(part) is not None or is_committee_line(part)
            or find_date(part, least_precise="my") is not None)


def html_council(soup) -> str | None:
    """The council a page names as its site (og:site_name, a part of <title>, its logo's text,
    its footer's address) or its own address."""
    site = soup.find("meta", attrs={"property": "og:site_name"})
    names = [site.get("content", "")] if site is not None else []
    if soup.title is not None:
        names += re.split(r"\s+[-–|]\s+", soup.title.get_text(" "))
    for name in names:
        known = find_council(name)
        if known or is_council_name(name):
            return known or tidy_name(name)
    for line in [*logo_texts(soup), *footer_lines(soup)]:
        known = find_council(line)
        if known:
            return known
    # a site two councils share: the one whose bodies the page names ("Adur Cabinet Member for Finance")
    shared = next(filter(None, map(councils_sharing_address, page_addresses(soup))), None)
    if shared and (own := council_of_shared_text(shared, soup.get_text(" "))):
        return own
    found = next(filter(None, map(council_from_address, page_addresses(soup))), None) \
        or next(filter(None, map(council_from_title_in_address, page_addresses(soup))), None) \
        or _most_common(filter(None, map(council_from_address, contact_addresses(soup)))) \
        or _most_common(filter(None, map(council_from_address, linked_hosts(soup))))
    # last, the offices' address in the footer ("Neuadd y Dref, Wrecsam LL11 1AY"), if one council fits
    return found or next(filter(None, (council_from_seat(line) for line in footer_lines(soup)
                                       if POSTCODE.search(line))), None)



_LOGO = re.compile(r"logo|brand|masthead|site-?name|header", re.I)
_LOGO_DEPTH = 20   # a logo sits near the page's top; deeper ancestors are not read (deeply nested pages)


def logo_texts(soup) -> list[str]:
    """The text of the site's logo: image alt text inside the page header or marked as a logo
    ("Vale of Glamorgan Council homepage")."""
    found = []
    for image in soup.find_all("img", alt=True, limit=200):
        marks = [image.get("src", ""), *image.get("class", []), image.get("id", "")]
        for depth, parent in enumerate(image.parents):
            if parent.name in ("header", "body", "[document]") or depth == _LOGO_DEPTH:
                marks.append(parent.name)
                break
            marks += [*parent.get("class", []), parent.get("id", "") or ""]
        if any(mark == "header" or _LOGO.search(mark or "") for mark in marks):
            found.append(image["alt"])
    return found


def _most_common(names) -> str | None:
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else None


_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")


def contact_addresses(soup) -> list[str]:
    """E-mail addresses the page gives for contact: its mailto links and those in its footer
    ("democraticservices@northumberland.gov.uk" under a ModernGov page)."""
    found = [link["href"].removeprefix("mailto:").split("?")[0]
             for link in soup.find_all("a", href=re.compile(r"^mailto:", re.I), limit=50)]
    return found + [address for line in footer_lines(soup) for address in _EMAIL.findall(line)]


_FOOTER_MARK = re.compile(r"footer", re.I)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.I)


def linked_hosts(soup) -> list[str]:
    """The web addresses the page links to (a saved page's menu and logo link to its council's site)."""
    return [link["href"] for link in soup.find_all("a", href=re.compile(r"^https?://", re.I), limit=300)]


def footer_lines(soup) -> list[str]:
    """Short lines of the page footer, where a council gives its name and address."""
    footer = soup.find("footer") or soup.find(attrs={"role": "contentinfo"}) or soup.find(id=_FOOTER_MARK) \
        or soup.find(class_=_FOOTER_MARK)
    if footer is None:
        return []
    return [line for line in footer.get_text("\n").split("\n") if 0 < len(line.split()) <= 20]


# ModernGov's meeting pages carry the meeting's day in their address: "...CeListDocuments.aspx?MId=6776&DF=26%2f07%2f2018"
_ADDRESS_DATE = re.compile(r"[?&]DF=(\d{1,2})(?:%2F|/)(\d{1,2})(?:%2F|/)((?:19|20)\d\d)\b", re.I)


def address_date(soup) -> str | None:
    """The meeting's date as the page's own address gives it (ISO), else None."""
    for address in page_addresses(soup):
        match = _ADDRESS_DATE.search(address)
        if match:
            day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def page_addresses(soup) -> list[str]:
    """The page's own address as its markup states it: canonical link, og:url, base href, or the
    browser's note on a saved page ("<!-- saved from url=(0064)https://democracy.havering.gov.uk/... -->")."""
    from bs4 import Comment

    found = [match.group(1) for comment in soup.find_all(string=lambda s: isinstance(s, Comment), limit=5)
             if (match := _SAVED_FROM.search(comment))]
    for tag, attrs, key in (("link", {"rel": "canonical"}, "href"),
                            ("meta", {"property": "og:url"}, "content"), ("base", {}, "href")):
        element = soup.find(tag, attrs=attrs)
        if element is not None and element.get(key):
            found.append(element[key])
    return found
