"""Page furniture: what a publishing system puts around the minutes, never part of them.

Removed while a file is read, before the text is normalised, so that no character offset
ever points into it and no passage, quote or item title can be made of it:

- web pages: "pdf icon" and "PDF 80 KB" link decorations, "View directions", skip links,
  the "Media" list of webcasts (every item naming a webcast or recording, English or Welsh),
  "View the webcast of this meeting", "Webcast for 101.", "Agenda No / 5" leftovers,
  "Additional documents:" link lists (also as a bilingual label, "Dogfennau ychwanegol /
  Additional documents:"), a link to a document left as a bare label once its file size is
  gone ("Report (PDF, 1 MB)"), "Printed on ..." stamps, a CMS page's "Last updated: ...",
  "Was this page helpful?", "Did you find this page useful?", "Report a problem with this page",
  "Downloads", a share bar ("Share this page Facebook X Email"), the page's own "Published: <date>",
  a CMIS page's "Meeting Details" / "Meeting Summary", link bars ("Print this page |
  Email this page"), ModernGov's captions and labels of its decision, issue and attendance pages
  ("Decision details", "Issue - items at meetings", "Is Key decision?: Yes", "Is subject to call in?:
  No", "Decision status: ...", "Attendance details", "Attendee | Role | Attendance", "Powered by
  Modern.Gov") and a site menu left as one line ("Councillors Committees Calendar Decisions"); for a page copied from a browser also "Search this
  site", a breadcrumb trail from "Home", and the site footer's links and "©" line at the end;
- PDFs: page numbers at the top or bottom of a page ("Page 3 of 9", "Tudalen 3"), running headers
  and footers (lines repeated at the edges of many pages, also in blocks of several lines and on
  alternate sides of facing pages; one that is about another meeting is not kept as the
  first page's heading, nor is a page reference such as "SDC 41" or "2023 CC 104"), the committee the
  first page is headed by named atop a later page ("LBH - Cabinet", "Cabinet 12.01.22", "Anytown
  Council - Planning Committee - 4 May 2023", or the first page's heading repeated, seen once in a two-page
  document), and a draft-minutes notice at a page's edge ("Draft minutes to be
  approved at the meeting to be held on ...");
- every format: "This page is intentionally left blank", "This document is available in
  Welsh" (and other formats), "Public Document Pack", blanks to sign and date the minutes
  ("Chair ..........", "Signed ........ Chairman", also after the last sentence of a line), protective
  markings ("OFFICIAL", "Classification: Public", "DATA LABEL: PUBLIC"), a pack's publication stamp
  ("Published: Monday 9 October 2023", also beside the page number) and
  the office address printed under the closing signature, an items table's header row
  ("No. Item", "Item No. Title"), a line drawn with characters ("-----", a text file's
  underline of a heading; it becomes a blank line).

Not removed: a line at a page's edge seen on one page only (a one-page PDF's footer): by
position alone it cannot be told from the last line of the minutes.

Removed lines are returned too: a running footer such as "Medway Council" still tells
which council published the document.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .answer_type import references_asked
from .names import is_committee_line

EDGE_LINES = 2            # lines at the top and at the bottom of a page where furniture sits
RUNNING_SHARE = 0.5       # a line at the edge of at least this share of pages is running furniture
PEEL_ROUNDS = 3           # header and footer blocks up to this many times EDGE_LINES deep


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


_BLANK_WORD = re.compile(r"blank|available in", re.I)   # a quick test before looking at each line


def is_blank_page_notice(line: str) -> bool:
    return bool(_BLANK_PAGE.match(_squeeze(line)))


# ---------------------------------------------------------------- web pages

_ICON = re.compile(r"[ \t]*\b(?:pdf|word|excel|powerpoint|docx?|xlsx?|pptx?|rtf|csv|zip|html?|image"
                   r"|jpe?g|png)[ \t]+e?icon\b", re.I)   # "pdf eicon" on a Welsh page
_FILE_SIZE = re.compile(
    r"[ \t]*\(?\b(?:PDF|DOCX?|XLSX?|PPTX?|RTF|CSV|ZIP|HTML?|MP3|MP4|JPE?G|PNG|ODT|ODS)\b,?[ \t]*"
    r"\d+(?:[.,]\d+)?[ \t]*(?:[KMG]B|kB|Kb|bytes)\b\)?", re.I)
_DIRECTIONS = re.compile(r"[ \t]*\.?[ \t]*\bView directions\b\.?", re.I)
# The same link on a Welsh page, after the venue's postcode or full stop ("... SA31 1JP.. Cyfarwyddiadau",
# "... Aberaeron. Cyfarwyddiadau"); the word is also a common one ("directions, instructions"), so only
# there, at the end of a line.
_WELSH_DIRECTIONS = re.compile(r"(?:(?<=\d[A-Z]{2})\.{0,2}|(?<=\w)\.{1,2})[ \t]*Cyfarwyddiadau[ \t]*$")
# ModernGov's caption of a page holding minutes: "Agenda and minutes", "Agenda, decisions and draft minutes".
MINUTES_PAGE_CAPTION = r"agendas?(?:,? (?:and )?(?:decisions|reports|meetings))*,? and (?:draft )?minutes"
_WEB_LINE = re.compile(
    r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|main|page content)|jump to (?:main )?content"
    r"|media|items|(?:note \| )?no\.?(?: \| | )item(?: \|)?|\| ?no\.? \| item \|?|item no\.?(?: \| | )(?:item|subject)"
    r"|\*"   # the mark in the "Note" column of a ModernGov items table, on a line of its own
    r"|eitemau|rhif\.?(?: \| | )eitem(?: \|)?|rhif eitem|dogfennau ychwanegol:?|cyfryngau"   # the same, in Welsh
    r"|agenda (?:item )?no\.?(?: ?[/|:-]? ?\d{1,3}[a-z]?\.?)?|(?:additional|accompanying|supporting) documents:?"
    r"|printed on \d{1,2}/\d{1,2}/\d{2,4}"
    r"|back to top|top of page|print this page|share this page|show all|hide all|expand all|collapse all"
    r"|link: .{1,120}|watch (?:the )?(?:meeting|webcast|live)(?: online)?|watching the meeting|link to (?:the )?home ?page"
    # a meeting's recording offered: "Listen to this meeting: Play Audio", "Video of the meeting:-" over its address
    r"|listen to (?:this|the) meeting:?(?: play audio)?|(?:video|audio|recording|webcast) of (?:this|the) meeting:?-?"
    r"|(?:https?|httpv)://\S{1,300}|to find out more about .{1,150}click here\.?"
    r"|you can (?:watch|view) the (?:webcast|meeting|recording|live stream)(?: (?:of|for) (?:this|the) meeting)?"
    r"(?: (?:here|online|live))?\.?"
    r"|(?:view|watch|listen to) the (?:webcast|recording|live stream|video|audio)(?: (?:of|for) (?:this|the) meeting)?"
    r"|search(?: this site| the site| our site| the website)?|site search"
    r"|this page uses cookies.{0,200}"
    # a council CMS page's own furniture: feedback, page dates, sharing and sign-up links
    r"|was this page (?:helpful|useful)\??|(?:is there )?anything wrong with this page\??"
    r"|(?:report|tell us about) (?:a |an )?(?:problem|issue|error|mistake) (?:with|on) this page"
    r"|did you find what you (?:were looking for|needed)\??|did you find this (?:page|information|content) (?:useful|helpful)\??"
    r"|downloads:?|meeting (?:details|summary)"
    # a share bar left as one line of its links: "Share this page Facebook X Email"
    r"|share(?: this (?:page|article|item))?:?(?:,? (?:on )?(?:facebook|x|twitter|email|e-mail|linkedin|whatsapp"
    r"|bluesky|threads|nextdoor|print))+"
    # a CMS page's own publication date ("Published: 28 November 2023"), never the meeting's
    r"|(?:first )?published(?: on)?:? (?:\w+day,? )?(?:\d{1,2}(?:st|nd|rd|th)? [a-z]+,? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"|(?:this )?(?:page )?last (?:updated|modified|reviewed|edited)(?: on)?:? .{1,40}"
    r"|(?:print|email|e-mail|share|bookmark) this (?:page|article|item|decision|meeting)"
    r"|print(?:able|er[- ]friendly)? version|no documents are (?:available|published) for this (?:meeting|item)"
    r"|(?:sign up|subscribe|register) (?:for|to) (?:our )?(?:e-?mail )?(?:updates|alerts|newsletters?)"
    r"|follow us(?: on .{1,40})?|related (?:pages|links|content|information|documents):?"
    r"|can['’]?t find what you(?:['’]re| are) looking for\??.{0,60}|feedback form|list of access keys"
    r"|(?:search )?a ?(?:-|to) ?z(?: of (?:council )?services)?|home ?page|what['’]s new"
    # a meeting page's links to its papers: "Minutes: Read the Minutes (items 1-14)", "Agenda: Read the Agenda"
    r"|(?:(?:agenda|minutes?|reports?): )?read the (?:(?:supplementary |revised |draft )?(?:agenda|minutes?|reports?|papers))"
    r"(?: \d{1,2})?(?: \((?:items? )?[\w -]{1,20}\))?"
    # ModernGov's link under an item, CMIS's caption of a decision page
    r"|(?:to )?view the full (?:minutes|agenda) text for item [\w/.()-]{1,20}\.?"
    r"|this section allows you to view the (?:general )?details of (?:a|this) (?:decision|meeting)\.?"
    # a link to an item's webcast or recording: "Webcast for 101.", "Webcast for Exe/23/22"
    r"|(?:webcast|recording|video|audio|live ?stream)s? (?:for|of) (?:agenda )?(?:item |minute )?[\w/.()-]{1,20}\.?"
    # ModernGov's decision, issue and attendance pages: their captions and status labels
    r"|(?:decision|issue) details|issue - (?:items at )?meetings|issue - decisions|issue history|meeting attendance"
    r"|attendance details"
    # ModernGov's page captions: "Agenda and minutes", "Agenda, decisions and draft minutes", "Agenda item"
    rf"|{MINUTES_PAGE_CAPTION}|agendas? and decisions|agenda item"
    r"|(?:- )?view the background to item [\w/.()-]{1,20}\.?|accessibility links|language selection"
    # the officer to contact about the meeting, under its venue: "Contact: Julia Nicholls - Democratic Services"
    r"|contact: .{1,200}"
    # ModernGov's and CMIS's captions over a meeting's papers, its map link, and an empty "Title:" field
    r"|meeting documents|location map|agenda items|public items|title:"
    r"|click (?:here|on (?:the|this) link|the (?:following )?link|this link) (?:to|for) .{1,80}"
    # a document site's note of the file it copied ("Total Page:16", "File Type:pdf, Size:1020Kb"), and
    # ModernGov's agenda-item markers left in an export ("<AI1>")
    r"|total pages?:? ?\d{1,4}|file type: ?\w{2,5}(?:, ?size: ?[\d.,]+ ?[kmg]b)?|</?ai\d{1,3}>|\[show full text\]"
    r"|expected attendees|forward plans?|powered by modern\.?gov|is key decision(?:\?:?|:) ?.{0,30}"
    # CMIS's status of a meeting: "Occurred", "Meeting open to the public."
    r"|occurred|meeting open to the public\.?"
    r"|is subject to call[- ]in(?:\?:?|:) ?.{0,30}|decision status: .{1,60}"
    r"|(?:attendees?|councillors?|members?|names?)\s+role\s+attendance(?:\s+(?:reason|notes))?"
    # a site's menu left as one line: "Councillors Committees Calendar Decisions"
    r"|(?:(?:councillors|committees|calendar|decisions|meetings|forward plans?|search documents|what['’]s new"
    r"|subscribe to updates|outside bodies|election results|elections|petitions|constitution|your councillors)"
    r"(?:\s*[|•·]\s*|\s+|$)){3,})$", re.I)
# A link bar: several furniture links on one line, "Print this page | Email this page".
_LINK_BAR = re.compile(r"\s+[|•·]\s*|\s*[|•·]\s+")
# An agenda item or minute number opening a line: "5.", "45/20", "Exe/23/22", "(3)", "C104".
_ITEM_NUMBER = re.compile(r"^\(?(?:[A-Z][A-Za-z]{0,4}[ ./-]?)?\d{1,4}\b")
# An item number on a line of its own, its title on the next: "87", "85.", "Exe/23/22", "Item 4".
_ITEM_NUMBER_ALONE = re.compile(r"^\(?(?:item )?(?:[A-Z][A-Za-z]{0,4}[ ./-]?)?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?[.):]?$",
                                re.I)
# An item of a "Media" list: a short line naming a webcast or recording anywhere in it, English or
# Welsh ("Cabinet 15 December 2021 - webcast", "Gwe-ddarllediad - Cymraeg").
_MEDIA_ITEM = re.compile(r"^(?:• )?(?=.{0,150}\b(?:webcasts?|video|audio|recording|watch|live ?stream|youtube"
                         r"|gwe-?ddarllediad|fideo|recordiad|sain)\b).{1,150}$", re.I)
# Site navigation of a page copied from a browser: a breadcrumb trail from "Home" ("Home > Your council
# > Committees" on one line, or one short line each), and at the very end the site footer's links.
_BREADCRUMB_LINE = re.compile(r"^(?:you are here:? )?home ?[>»/|›] ?.{1,150}$"
                              # a trail not starting at Home: "Council and democracy > Agenda and draft minutes"
                              r"|^[A-Z][^>»›.!?]{0,60}(?: [>»›] [A-Z][^>»›.!?]{0,60}){1,5}$", re.I)
_CRUMB = re.compile(r"^[A-Za-z][\w'’&,\- ]{0,50}$")
_SITE_FOOTER = re.compile(
    r"^(?:accessibility(?: statement)?|cookies?(?: policy| settings| notice)?|privacy(?: policy| notice| statement)?"
    r"|contact us|site ?map|terms(?: and conditions| of use)?|disclaimer|back to top|(?:©|\(c\)|copyright\b).{0,200})$",
    re.I)
_DOCUMENT_LISTS = ("additional documents", "accompanying documents", "supporting documents", "dogfennau ychwanegol",
                   "related documents")
_WEB_MARKERS = re.compile(r"\bpdf e?icon\b|\bView directions\b|\bSkip to main content\b|"
                          r"\bPDF \d+(?:\.\d+)? KB\b", re.I)


def looks_like_saved_web_page(text: str) -> bool:
    """Text copied or saved from a web page: it carries the page's link decorations."""
    return len(_WEB_MARKERS.findall(text[:200_000])) >= 2


def remove_web_furniture(text: str) -> Cleaned:
    """Link decorations inside lines, then furniture lines; line breaks are kept as they are."""
    kept, removed = [], []
    in_media = in_documents = False
    after_number = False   # the last line kept is an item number alone: this line is the item's title
    lines = text.split("\n")
    navigation = _navigation_lines(lines)
    for number, line in enumerate(lines):
        squeezed = _squeeze(line)
        if not squeezed:
            kept.append(line)
            continue
        if number in navigation:
            removed.append(squeezed)
            continue
        line = _unfold_item_row(_TABLE_CELL_END.sub("", _strip_decorations(line)))
        labels = _label_parts(squeezed)
        lower = labels[-1].lower().rstrip(":")
        decorated = _squeeze(line) != squeezed
        drop = (not line.strip() or is_web_furniture_line(squeezed) or is_blank_page_notice(squeezed)
                or _TABLE_RULE.match(squeezed)
                or (in_media and _MEDIA_ITEM.match(squeezed))
                or (in_documents and _is_link_line(_squeeze(line), decorated))
                or (names_a_file(squeezed) and not after_number and _is_document_link(_squeeze(line))))
        in_media = lower in ("media", "cyfryngau") or (in_media and bool(drop))
        in_documents = lower in _DOCUMENT_LISTS or (in_documents and bool(drop))
        if drop:
            removed.append(squeezed)
        else:
            kept.append(line)
            after_number = bool(_ITEM_NUMBER_ALONE.match(_squeeze(line)))
    return Cleaned("\n".join(kept), removed)


# CMIS's tabs over a meeting's page, each a bulleted link ("• Documents", "• Members Attending"); without the
# bullet, "Declarations of Interests" is an agenda item.
_CMIS_TAB = re.compile(r"^• (?:documents|attendance|visitors|webcast|declarations of interests?|members attending"
                       r"|others attending)$", re.I)


def is_web_furniture_line(line: str) -> bool:
    """A whole line of page furniture, also when it is a link bar of such lines ("Print this
    page | Email this page"), a list item, or a bilingual label one of whose halves is furniture
    ("Dogfennau ychwanegol / Additional documents:", "Eitemau / Items")."""
    if _CMIS_TAB.match(line.strip()):
        return True
    line = line.removeprefix("• ").strip(" |")
    if any(_WEB_LINE.match(label) for label in _label_parts(line)):
        return True
    parts = [part for part in _LINK_BAR.split(line) if part]
    return len(parts) > 1 and all(is_web_furniture_line(part) or _SITE_FOOTER.match(part) for part in parts)


def _label_parts(line: str) -> list[str]:
    """A label and, when it is bilingual ("Welsh / English"), each of its two halves."""
    halves = line.split(" / ")
    return [line, *halves] if len(halves) == 2 else [line]


def names_a_file(line: str) -> bool:
    """A link to a document: its file-type icon or size ("pdf icon", "PDF 60 KB")."""
    return bool(_FILE_SIZE.search(line) or _ICON.search(line))


def _is_document_link(line: str) -> bool:
    """What is left of a link to a document once its icon and file size are gone: a list item,
    or a short label that is not an agenda item's title ("Report", "Agenda frontsheet")."""
    if "\t" in line or len(line) > 120 or line.endswith((".", ":", ";")) or ": " in line:
        return False
    return line.startswith("• ") or (len(line.split()) <= 5 and not _ITEM_NUMBER.match(line))


def _navigation_lines(lines: list[str]) -> set[int]:
    """Numbers of breadcrumb lines and of the site footer's lines at the end of the page."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        squeezed = _squeeze(line)
        if _BREADCRUMB_LINE.match(squeezed):
            found.add(i)
        elif squeezed.lower() == "home" and (i == 0 or not lines[i - 1].strip()):
            found |= _breadcrumb_trail(lines, i)
    end = len(lines)
    while end and (not lines[end - 1].strip() or _SITE_FOOTER.match(_squeeze(lines[end - 1]))):
        end -= 1
        if lines[end].strip():
            found.add(end)
    return found


def _breadcrumb_trail(lines: list[str], start: int) -> set[int]:
    """A paragraph of short crumbs opening with 'Home', one a line; empty if any line is more."""
    trail = {start}
    for i in range(start + 1, len(lines)):
        squeezed = _squeeze(lines[i])
        if not squeezed:
            break
        if not _CRUMB.match(squeezed) or len(squeezed.split()) > 5:
            return set()
        trail.add(i)
    return trail if len(trail) > 1 else set()


# A web page's table flattened to text rows: its rule ("---|---|---") or a row of empty cells ("||||"), and
# the bar closing a row's last cell ("There were none. |").
_TABLE_RULE = re.compile(r"^[|:\- ]*\|[|:\- ]*$")
_TABLE_CELL_END = re.compile(r"(?<=\S)[ \t]+\|[ \t]*$")


# A ModernGov table row flattened to one line, the item's title, its "Minutes:" label and the minute:
# "Apologies for absence Minutes: Apologies were received from Councillor Mahil."
_ITEM_ROW = re.compile(r"^(?P<title>[A-Z0-9][^.?!;:|\t]{2,120}?) (?P<label>Minutes:) +(?=\S)")
# the caption of the row's links to its papers, between its title and its minute
_DOCUMENTS_CAPTION = re.compile(r"^(?:Additional|Supporting) documents: (?=Minutes:)"
                                r"|(?<=\S) (?:Additional|Supporting) documents:(?= Minutes:)")


def _unfold_item_row(line: str) -> str:
    """The title, label and minute of a flattened row on lines of their own, so the title heads its item."""
    line = _DOCUMENTS_CAPTION.sub("", line)
    row = _ITEM_ROW.match(line)
    if not row or len(row.group("title").split()) > 12:
        return line
    return f"\n{row.group('title')}\n\n{row.group('label')}\n\n{line[row.end():]}"


def _strip_decorations(line: str) -> str:
    """'Budget pdf icon PDF 80 KB' -> 'Budget'; 'Town Hall. View directions' -> 'Town Hall'."""
    if "icon" not in line and "directions" not in line.lower() and "B" not in line and "yfarwyddiadau" not in line \
            and "minutes text" not in line and "agenda text" not in line and "Issue" not in line and "View on" not in line \
            and "b)" not in line and "pdf " not in line:
        return line
    line = _PAGE_KIND.sub("", _FULL_TEXT_LINK.sub("", _ON_COUNCIL_SITE.sub("", line)))
    line = _BARE_FILE_SIZE.sub("", _FILE_KIND_FIRST.sub(r"\g<number>", line))
    return _WELSH_DIRECTIONS.sub("", _DIRECTIONS.sub("", _FILE_SIZE.sub("", _ICON.sub("", line))))


# A document list's link, its file's kind before and its size after: "2. pdf Agenda Front - 21 June 2017 (40Kb)".
_FILE_KIND_FIRST = re.compile(r"^(?P<number>[ \t]*(?:\d{1,3}\.[ \t]+)?)(?:pdf|docx?|xlsx?)[ \t]+(?=[A-Z0-9])")
_BARE_FILE_SIZE = re.compile(r"[ \t]*\(\d+(?:[.,]\d+)?[ \t]*(?:[KMG]B|kB|Kb|Mb|Gb|bytes)\)[ \t]*$")


# A copy's link to the council's own page after the meeting's date: "June 19, 2025 View on council website".
_ON_COUNCIL_SITE = re.compile(r"[ \t]*\bView on (?:the )?council(?:['’]s)? (?:web ?site|page)\b[ \t]*$", re.I)


# ModernGov's link after a minute's or an agenda item's opening words, in the same table cell: "... view the full
# minutes text for item 22", "... view the full agenda text for item 3."
_FULL_TEXT_LINK = re.compile(r"[ \t]*(?:\.{3}|…)?[ \t]*(?:to )?view the full (?:minutes|agenda) text for item [\w/.()-]{1,20}"
                             r"\.?[ \t]*$",
                             re.I)


# ModernGov's caption before an issue's title: "Issue - items at meetings - Library opening hours".
_PAGE_KIND = re.compile(r"^[ \t]*Issue - (?:items at )?meetings[ \t]+[-–][ \t]+(?=\S)")


def _is_link_line(line: str, decorated: bool) -> bool:
    """A short line naming a linked document: it had a size or icon, or is a list item. Not the report on a
    planning application, named by its site and reference ("Whiston Hall Golf Course, Black Lane, Whiston -
    SCC/21/0033 - Full"): the item's own title, often the only place the minutes name the site."""
    return (decorated or line.startswith("• ")) and len(line) <= 120 and not line.endswith((".", ":", ";")) \
        and "\t" not in line and not references_asked(line)


def remove_blank_page_notices(text: str) -> Cleaned:
    """Lines that are furniture in any format: blank-page notices and items-table headers."""
    if not _BLANK_WORD.search(text) and not _HEADER_WORD.search(text) and not _RULE_START.search(text) \
            and "....." not in text and "_____" not in text and not _STAMP_WORD.search(text) \
            and not _MARKING_WORD.search(text):
        return Cleaned(text)
    signatures = [match.group().strip() for match in _SIGNATURE_AFTER_SENTENCE.finditer(text)]
    text = _SIGNATURE_AFTER_SENTENCE.sub("", text) if signatures else text
    lines = text.split("\n")
    furniture = {i for i, line in enumerate(lines) if _is_standalone_furniture(line)} | _address_after_signature(lines)
    removed = signatures + [_squeeze(lines[i]) for i in sorted(furniture)]
    if not removed:
        return Cleaned(text)
    # a rule becomes a blank line: it set apart what is above it (an underlined heading) from what follows
    kept = ["" if is_rule(line) else line for i, line in enumerate(lines) if is_rule(line) or i not in furniture]
    return Cleaned("\n".join(kept), removed)


# A copy of a council's document on a document-sharing site, known by the site's own captions around it
_SHARING_SITE_MARKER = re.compile(r"(?im)^[ \t]*(?:welcome message from author|document sample|views: [\d,]+ pages: \d+"
                                  r"|click here to load reader|embed size \(px\)|citation preview"
                                  r"|this document is posted to help you gain knowledge\b.*)[ \t]*$|powered by docstoc[ \t]*$")
# ... and those captions: the site's buttons, its transcript's page captions ("Page 2: <the title>"), the upload
# date ("Sep 04, 2020")
_SHARING_SITE_LINE = re.compile(r"(?i)^(?:top banner|download|documents|transcript|more info|document sample"
                                r"|click here to load reader|embed size \(px\)|citation preview"
                                r"|welcome message from author|views: [\d,]+ pages: \d+"
                                r"|this document is posted to help you gain knowledge\b.*|page \d{1,4}: .*"
                                r"|(?-i:[A-Z][a-z]{2}) \d{1,2}, \d{4})$")
_POWERED_BY = re.compile(r"(?i)[ \t]*powered by docstoc[ \t]*$")
_UPLOADER = re.compile(r"^\S{2,40}$|^.{1,120} by \S{2,40}$")   # "dariahiddleston", "Distributor Agreement by pwv16287"


def remove_sharing_site_furniture(text: str) -> Cleaned:
    """A document-sharing site's captions around the copy of a council's document it shows: its buttons
    ("Download", "Transcript"), "Welcome message from author", the uploader, views and pages, "Powered By
    Docstoc", and the transcript's "Page 2: ..." captions, which repeat the title and, run into the heading
    below, would hide it."""
    if not _SHARING_SITE_MARKER.search(text[:20_000]):
        return Cleaned(text)
    lines = text.split("\n")
    squeezed = [_squeeze(line) for line in lines]
    following, after = [], ""   # the next line that is not blank, found in one pass from the end
    for bare in reversed(squeezed):
        following.append(after)
        after = bare or after
    following.reverse()
    kept, removed = [], []
    for line, bare, after in zip(lines, squeezed, following):
        uploader = _UPLOADER.match(bare) and (after.lower() == "welcome message from author"
                                              or re.match(r"(?i)views: [\d,]+ pages: \d+$", after))
        snippet = after.lower() == "embed size (px)"   # the site's snippet of the copy, over its embed box
        if bare and (_SHARING_SITE_LINE.match(bare) or uploader or snippet):
            removed.append(bare)
            continue
        without = _POWERED_BY.sub("", line)
        if without != line:
            removed.append("Powered By Docstoc")
        kept.append(without)
    return Cleaned("\n".join(kept), removed)


# A meeting-summary site's page (a digest of the meeting, not the minutes): its subscription prompts and buttons
# around the summary, known by the site's own captions ("Subscribe to updates", "Limited support for Bexley").
_SUMMARY_SITE_MARKER = re.compile(r"(?im)^[ \t]*(?:subscribe to updates|subscribe to chat|you can still subscribe!"
                                  r"|limited support for [^\n]{1,80}|chat with this meeting"
                                  r"|you['’]ll receive weekly summaries about [^\n]{1,80})[ \t]*$")
_SUMMARY_SITE_LINE = re.compile(
    r"(?i)^(?:subscribe to updates|subscribe to chat|you can still subscribe!|ai generated|chat with this meeting"
    r"|limited support for .{1,80}|you['’]ll receive weekly summaries about .{1,80}"
    r"|if you have any requests or comments please let us know\b.*|please note, emails for this council\b.*"
    r"|we do not currently provide detailed weekly summaries\b.*|if you['’]re a (?:professional subscriber|resident),? .*"
    r"|if you represent this council\b.*|subscribe to our professional plan\b.*)$")
_SAMPLE_QUESTION = re.compile(r"^[“\"].{3,150}\?[”\"]$")   # the site's example of what its chat answers
# its buttons, run into the meeting's date line: "July 16, 2025 View on council website Watch video of meeting Read
# transcript (Professional subscription required)Summary"
_SUMMARY_SITE_BUTTONS = re.compile(r"(?:[ \t]*(?:View on (?:the )?council(?:['’]s)? website|Watch video of meeting"
                                   r"|Read transcript \(Professional subscription required\)))+", re.I)


def remove_summary_site_furniture(text: str) -> Cleaned:
    """A meeting-summary site's subscription prompts ("You'll receive weekly summaries about ...", "If you're a
    resident, subscribe below ..."), its chat box with its example question, "AI Generated", and its buttons on the
    date line ("View on council website", "Watch video of meeting"); a caption run into them ("...meetingSummary")
    goes on a line of its own."""
    if not _SUMMARY_SITE_MARKER.search(text[:20_000]):
        return Cleaned(text)
    kept, removed = [], []
    after_prompt = False
    for line in text.split("\n"):
        bare = _squeeze(line)
        if bare and (_SUMMARY_SITE_LINE.match(bare) or (after_prompt and _SAMPLE_QUESTION.match(bare))):
            after_prompt = bare.lower().startswith("subscribe to our professional plan")
            removed.append(bare)
            continue
        after_prompt = after_prompt and not bare
        without = _SUMMARY_SITE_BUTTONS.sub(_buttons_out, line)
        if without != line:
            removed.extend(m.group(0).strip() for m in _SUMMARY_SITE_BUTTONS.finditer(line))
        kept.append(without)
    return Cleaned("\n".join(kept), removed)


def _buttons_out(match: re.Match) -> str:
    """Nothing in place of the buttons, or a line break when a caption was run into them ("...meetingSummary")."""
    rest = match.string[match.end():]
    return "\n" if rest[:1].isalpha() else ""


# A meeting aggregator's page: the site's counts for the council ("Councillors:" / "53"), then the meeting's fields,
# each label on a line of its own over its value shown twice ("Start:" / "Tuesday, 7th October 2025" / "6:30 PM" /
# the same again), before the agenda.
_AGGREGATOR_MARKER = re.compile(r"(?m)^[ \t]*Meeting Times[ \t]*\n(?:[ \t]*\n)*[ \t]*Scheduled Time[ \t]*$")
_AGGREGATOR_CAPTION = re.compile(r"^(?:meeting|meeting times|scheduled time|actual time|meeting status|meeting attendees)$",
                                 re.I)
_AGGREGATOR_COUNT = re.compile(r"^(?:councillors|wards|committees|meetings \(\d{4}\)):$", re.I)
_AGGREGATOR_FIELD = re.compile(r"^(?:start|end|started|finished|status|webcast):$", re.I)
_AGGREGATOR_KEPT = re.compile(r"^(?:date|location):$", re.I)


def remove_aggregator_fields(text: str) -> Cleaned:
    """A meeting aggregator's site counts, captions and time and status fields over the agenda; its "Date:" and
    "Location:" stay, each with its value once on the same line ("Date: 07 Oct 2025")."""
    if not _AGGREGATOR_MARKER.search(text[:20_000]):
        return Cleaned(text)
    lines = text.split("\n")
    agenda = next((i for i, line in enumerate(lines) if _squeeze(line).lower() == "agenda"), len(lines))
    kept, removed = [], []
    dropping = keeping = None   # the label whose value lines follow: dropped, or kept once
    for line in lines[:agenda]:
        bare = _squeeze(line)
        if not bare:
            kept.append(line)
            continue
        label = _AGGREGATOR_CAPTION.match(bare) or _AGGREGATOR_COUNT.match(bare) or _AGGREGATOR_FIELD.match(bare)
        if label or _AGGREGATOR_KEPT.match(bare):
            dropping = bool(label) and not _AGGREGATOR_CAPTION.match(bare)
            keeping = None if label else bare
            if label:
                removed.append(bare)
            continue
        if keeping is not None:
            if kept and kept[-1].startswith(keeping + " "):
                removed.append(bare)   # the value shown again
            else:
                kept.append(f"{keeping} {bare}")
            continue
        if dropping:
            removed.append(bare)
            continue
        kept.append(line)
    return Cleaned("\n".join(kept + lines[agenda:]), removed)


def _is_standalone_furniture(line: str) -> bool:
    return is_blank_page_notice(line) or is_items_table_header(line) or is_rule(line) \
        or bool(_FORMATS_NOTICE.match(_squeeze(line))) or is_signature_line(line) or is_pack_stamp(line) \
        or is_exempt_notice(line) or is_protective_marking(line) or is_publication_stamp(line)


# What a publishing system stamps on a pack's first page: "Public Document Pack".
_STAMP = re.compile(r"^public (?:document|reports?) pack$", re.I)
_STAMP_WORD = re.compile(r"(?i)\bpack\b")


def is_pack_stamp(line: str) -> bool:
    return bool(_STAMP.match(_squeeze(line)))


# A document's protective marking, at the top of its pages: "OFFICIAL", "DATA LABEL: PUBLIC",
# "Classification: Public", "Protective marking: Not protectively marked", "OFFICIAL - SENSITIVE".
_MARKINGS = (r"(?:public|official(?:\s*[-–:]?\s*sensitive)?|not protectively marked|unclassified|internal(?: use only)?"
             r"|open|protect|restricted|confidential|sensitive|limited)")
_PROTECTIVE_MARKING = re.compile(
    rf"^(?:(?:data|security|protective|information|document|sensitivity)\s+(?:label|classification|marking)"
    rf"|classification|protective marking|marking|sensitivity)\s*[:-]\s*{_MARKINGS}$"
    r"|^(?:official(?:\s*[-–:]?\s*sensitive)?|not protectively marked|unclassified)$", re.I)
_MARKING_WORD = re.compile(r"(?i)\b(?:label|classification|marking|official|protectively|unclassified|published)\b")


def is_protective_marking(line: str) -> bool:
    return bool(_PROTECTIVE_MARKING.match(_squeeze(line)))


# When a pack or report was published, stamped on its cover: "Published: Monday 9 October 2023",
# "Date published: 02/03/2024", "Date of publication: 1 March 2023" (never the meeting's date). A decision
# record's "Publication date:" field, beside its decision and call-in dates, is kept.
_PUBLICATION_STAMP = re.compile(
    r"^(?:(?:date )?(?:first )?published(?: on)?|date of publication)\s*:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? [a-z]+,? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$", re.I)


def is_publication_stamp(line: str) -> bool:
    """The stamp alone, or beside the page number in a footer ("Published: 4 March 2024<TAB>Page 1 of 1")."""
    cells = [_squeeze(cell) for cell in line.split("\t") if cell.strip()]
    stamps = [cell for cell in cells if _PUBLICATION_STAMP.match(cell)]
    return bool(stamps) and all(cell in stamps or is_page_number(cell) for cell in cells)


# A postal address line: a UK postcode in a short line of comma-separated parts, no sentence.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_ADDRESS_LINE = re.compile(r"^[^.!?;:]{5,160}$")


def _address_after_signature(lines: list[str]) -> set[int]:
    """The office's address printed under the closing signature ("Signed .... Chairman" /
    "Democratic Services, Town Hall, Anytown AB1 2CD"): the last lines of the text, after the last
    signature line, when each is an address."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    signature = next((n for n in range(len(filled) - 1, max(-1, len(filled) - 4), -1)
                      if is_signature_line(lines[filled[n]])), None)
    after = filled[signature + 1:] if signature is not None else []
    if after and all(_POSTCODE.search(lines[i]) or "," in lines[i] for i in after) \
            and any(_POSTCODE.search(lines[i]) for i in after) \
            and all(_ADDRESS_LINE.match(_squeeze(lines[i])) for i in after):
        return set(after)
    return set()


# Blanks to sign and date the minutes: "Chairman, .............. Date ..........", "Signed: ______";
# at the end of a line of minutes too ("The meeting finished at 8.40 pm. Chair ..........").
_FILL_IN = r"(?:[A-Z][\w']*(?: [\w']+){0,2}[,:]? ?)?[.…_]{5,}"
# the signer's role after the blank: "Signed ........ Chairman", "Signed: ........ (Mayor)"
_ROLE = r"(?: ?\(?[A-Z][\w']*(?: [\w'-]+){0,3}\)?)?"
_SIGNATURE_LINE = re.compile(rf"^(?:{_FILL_IN} ?)+{_ROLE}$")
_SIGNATURE_AFTER_SENTENCE = re.compile(rf"(?<=[\w)][.!?]) (?:{_FILL_IN} ?)+$", re.M)


def is_signature_line(line: str) -> bool:
    return bool(_SIGNATURE_LINE.match(_squeeze(line)))


# A notice of the document's other versions: "This document is available in Welsh / Mae'r ddogfen
# hon ar gael yn Gymraeg", "This information is available in large print".
_FORMATS_NOTICE = re.compile(
    r"^(?:this|the) (?:document|information|page|publication|agenda|report) (?:is |can be made )?(?:also )?"
    r"available in (?:welsh|english|large print|braille|easy read|other (?:formats|languages)|alternative formats)"
    r"\b.{0,120}$", re.I)


# A line drawn with characters: a heading's underline in a text file, a separator ("-----", "=====").
_RULE = re.compile(r"^[ \t]*(?:[-=_~*#+]{3,}[ \t]*)+$")


_RULE_START = re.compile(r"^[ \t]*[-=_~*#+]{3}", re.M)


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line))


# The header row of a table of agenda items or minutes, in any format: "Item No. Title",
# "No. Item", "Minute No. Subject", "Item | Subject | Page".
_ITEMS_HEADER = re.compile(
    r"^\|? ?(?:(?:agenda |minute )?item no\.?|minute no\.?|no\.|no(?= ?\|)|item|ref\.)(?: ?\| ?| )"
    r"(?:item|title|subject|heading|details|minutes?)(?:(?: ?\| ?| )(?:pages?|page no\.?|decisions?|minutes))? ?\|?$",
    re.I)
_HEADER_WORD = re.compile(r"(?i)\b(?:no|item|subject|minute|ref|action|decision|publication|exempt|restricted"
                          r"|confidential|part)\b")


def is_items_table_header(line: str) -> bool:
    return bool(_ITEMS_HEADER.match(_squeeze(line))) or _is_minutes_table_header(line)


# The header row of a table of minutes, decisions or actions, by its cells: each is a column label
# ("Minute No. | Item | Discussion | Action by", "Item | Subject | Decision | Reason for decision",
# "Ref | Action | Owner | Deadline | Status"), and one of them labels the item or what was decided.
_COLUMN_LABELS = frozenset(label.strip() for label in """minute|minute no|minute number|min no|no|number|ref
    |reference|item|item no|agenda item|agenda item no|subject|title|topic|heading|details|discussion
    |discussion and decision|notes|summary|decision|decisions|decision taken|decision made|resolution|resolved
    |outcome|action|actions|action by|action by whom|action required|agreed action|by whom|by when|who|when|owner
    |lead|lead officer|responsible officer|responsible|deadline|target date|due date|date|status|progress|update
    |comments|page|page no|reason|reason for decision|reasons for decision|recommendation|recommendations|report
    |decision maker""".split("|"))
_KEY_COLUMNS = frozenset({"minute", "minute no", "item", "item no", "agenda item", "subject", "title", "discussion",
                          "decision", "decisions", "decision taken", "decision made", "resolution", "action",
                          "actions"})


def _is_minutes_table_header(line: str) -> bool:
    if "\t" not in line and "|" not in line:
        return False
    cells = [" ".join(cell.split()).strip(" .:?").lower() for cell in re.split(r"\t|\|", line)]
    cells = [cell for cell in cells if cell]
    return len(cells) >= 2 and all(cell in _COLUMN_LABELS for cell in cells) \
        and any(cell in _KEY_COLUMNS for cell in cells)


# A notice that what follows is exempt from publication ("Not for publication by virtue of paragraph 3
# of Part 1 of Schedule 12A of the Local Government Act 1972", "EXEMPT APPENDIX", "Exempt information -
# paragraph 3"): a label, never a sentence of the minutes (a resolution to exclude the public is one).
_EXEMPT_LABEL = re.compile(r"^(?:exempt|restricted|confidential|part (?:ii|2|b)|not for publication)(?: (?:appendix"
                           r"|item|report|information|annex|session)(?: [a-z0-9]{1,3})?)?$", re.I)
_EXEMPT_NOTICE = re.compile(r"^(?:(?:restricted|confidential|exempt)\s*[-–—:,]?\s*)?(?:not for publication|exempt "
                            r"(?:information|report|appendix|item))\b[^.]{0,160}\.?$"
                            r"|^by virtue of paragraphs?(?:\(s\))? [\d, and]{1,20} of part 1 of schedule 12a\b[^.]{0,80}\.?$",
                            re.I)
_SENTENCE_VERB = re.compile(r"(?i)\b(?:was|were|is|are|be|been|told|discussed|agreed|resolved|because)\b")


def is_exempt_notice(line: str) -> bool:
    squeezed = _squeeze(line)
    if len(squeezed) > 220:
        return False
    return bool(_EXEMPT_LABEL.match(squeezed)) or (bool(_EXEMPT_NOTICE.match(squeezed))
                                                    and not _SENTENCE_VERB.search(squeezed))


# ---------------------------------------------------------------- PDF pages

# "Page" in English or Welsh ("Tudalen 3 o 9"), its number, and "of"/"o"/"/" the page count.
_PAGE_NUMBER = re.compile(
    r"^(?:page ?\|? ?(?:no\.? ?)?\d{1,4}(?: ?(?:of|o|/) ?\d{1,4})?|\d{1,4} ?\| ?page|[-–—]? ?\d{1,4} (?:of|o|/) \d{1,4} ?[-–—]?"
    r"|[-–—]? ?\d{1,4} ?[-–—]?|[ivxlc]{1,6})$", re.I)
_LETTER_SPACED_PAGE = re.compile(r"p ?a ?g ?e|t ?u ?d ?a ?l ?e ?n", re.I)


def is_page_number(line: str) -> bool:
    """'7', '- 7 -', 'Page 7', 'Page 7 of 12', '7 | P a g e', 'iv'; bilingual 'Tudalen / Page 7'."""
    squeezed = _LETTER_SPACED_PAGE.sub("page", _squeeze(line))   # "Tudalen" is Welsh for page
    squeezed = _BILINGUAL_PAGE_WORD.sub("page", squeezed)
    return bool(_PAGE_NUMBER.match(squeezed)) or _is_bilingual_page_number(squeezed)


_BILINGUAL_PAGE_WORD = re.compile(r"^page ?[/|] ?page\b", re.I)      # "Tudalen / Page 7"


def _is_bilingual_page_number(squeezed: str) -> bool:
    """'Tudalen 7 / Page 7': each language's page number, side by side."""
    halves = re.split(r" ?[/|] ?(?=page)", squeezed, flags=re.I)
    return len(halves) == 2 and all(_PAGE_NUMBER.match(half) for half in halves)


def remove_page_furniture(pages: list[str]) -> Cleaned:
    """Pages joined by a blank line, without page numbers, running headers and footers.

    A running header's first occurrence at the top of the first page is kept: there it is
    often the document's own heading (unless it is about another meeting).
    """
    lines = [page.split("\n") for page in pages]
    running = _running_keys(lines)
    removed: list[str] = []
    for page in lines:
        removed += _drop_edge_lines(page, _is_edge_notice)
    heading = " ".join(_squeeze(line) for line in lines[0][:_HEADING_LINES]).lower() if lines else ""
    for page in lines[1:]:
        removed += _drop_top_lines(page, lambda line: _repeats_heading(line, heading))
    keyed = _key
    for round_ in range(PEEL_ROUNDS):   # a header or footer block of several lines: each round takes
        taken = []                      # the lines that its removal left at the edges
        for number, page in enumerate(lines):
            taken += _drop_edge_lines(page, lambda line: keyed(line) in running, keep_top=number == 0)
            if number == 0:  # a header about another meeting is never the document's own heading
                taken += _drop_edge_lines(page, lambda line: keyed(line) in running and not _is_own_heading(line))
            taken += _drop_edge_lines(page, _peeled_page_number if round_ else is_page_number, keep_top=number == 0)
        removed += taken
        if not taken:
            break
        # deeper in, only a line repeated exactly (digits too) on three pages or more: the body's
        # lines differ from page to page, though "Item 4" and "Item 5" differ only in digits
        running, keyed = _running_keys(lines, at_least=3, key=_squeeze), _squeeze
    for page in lines:
        removed += [_squeeze(line) for line in page if is_blank_page_notice(line)]
        page[:] = [line for line in page if not is_blank_page_notice(line)]
    kept = ["\n".join(page) for page in lines]
    return Cleaned("\n\n".join(kept), removed, kept)


# A running header about another meeting: "Draft minutes to be approved at the meeting to be held on ...".
_ANOTHER_MEETING = re.compile(r"(?i)\bto be (?:approved|agreed|confirmed|signed|held)\b"
                              r"|\b(?:next|following|future|previous) meeting\b")


# What printed draft minutes say of themselves at a page's edge, even on a one-page document where
# a running header cannot be told by repetition: "Draft minutes to be approved at the meeting to be
# held on ...", "Minutes subject to confirmation at the next meeting".
_DRAFT_NOTICE = re.compile(
    r"^(?:(?:draft|unconfirmed|unapproved) )?minutes,? (?:are )?(?:to be|subject to|not yet) (?:approved|agreed"
    r"|confirmed|ratified|signed|approval|confirmation|ratification) (?:at|by) (?:the )?.{1,120}$", re.I)


# "Summary of decisions - not the official minute", "These are not the official minutes."
_NOT_OFFICIAL_NOTICE = re.compile(
    r"^(?:[^.]{0,60}?(?: [-–—:(] ?| ))?(?:this is |these are |\(?)not (?:the|an) official (?:minutes?|record)\)?\.?$", re.I)


def _is_edge_notice(line: str) -> bool:
    """A page number or a notice, or several side by side ("Not the official minute<TAB>Page 3")."""
    cells = [cell for cell in line.split("\t") if cell.strip()]
    return bool(cells) and all(is_page_number(cell) or is_blank_page_notice(cell) or is_draft_notice(cell)
                               for cell in cells)


def is_draft_notice(line: str) -> bool:
    squeezed = _squeeze(line)
    return bool(_DRAFT_NOTICE.match(squeezed) or _NOT_OFFICIAL_NOTICE.match(squeezed))


def _is_own_heading(line: str) -> bool:
    return not _ANOTHER_MEETING.search(line) and not is_page_reference(line)


# A page reference running at the top of every page: a committee's or a minute volume's code and the
# page's number ("SDC 41", "2023 CC 104", "PC/12"): never the document's own heading.
_PAGE_REFERENCE = re.compile(r"^(?:\d{4} )?[A-Z]{2,6}(?: [A-Z]{1,6})?[ /.-]?\d{1,4}$")


def is_page_reference(line: str) -> bool:
    return bool(_PAGE_REFERENCE.match(_squeeze(line)))


_HEADING_LINES = 8        # the first page's lines that hold the document's heading
# A page header naming the committee, behind the council's initials or before the date: "LBH - Cabinet",
# "People Scrutiny Committee", "Planning Committee - 5 March 2024".
_HEADER_NAME = re.compile(r"^(?:[A-Z]{2,6}\s*[-–—|:]\s*)?(?P<name>[A-Z][\w'’&,() -]{2,100}?)"
                          r"(?:(?:\s*[-–—|,]\s*|\s+)(?:\d{1,2}\w* \w+ \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))?$")


def _repeats_heading(line: str, heading: str) -> bool:
    """A line at the top of a later page naming the committee the first page is headed by, or repeating
    the first page's heading word for word: a running header that a two-page document shows once only,
    so repetition cannot tell it ("Cabinet 12.01.22", "Anytown Council - Planning Committee - 4 May 2023")."""
    squeezed = _squeeze(line)
    if len(squeezed.split()) >= 4 and re.search(rf"(?<!\w){re.escape(squeezed.lower())}(?!\w)", heading):
        return True
    match = _HEADER_NAME.match(squeezed)
    if not match:
        return False
    parts = re.split(r"\s+[-–—|]\s+", match.group("name"))   # the council's name, then its committee's
    return any(is_committee_line(part) or part.lower() in _BODIES for part in parts) \
        and all(part.lower() in heading for part in parts)


_BODIES = frozenset({"cabinet", "executive", "council", "full council"})


def _drop_top_lines(page: list[str], is_furniture) -> list[str]:
    """Blank out furniture among the first EDGE_LINES non-empty lines of a page."""
    content = [i for i, line in enumerate(page) if line.strip()]
    removed = []
    for i in content[:_edge_size(len(content))]:
        if is_furniture(page[i]):
            removed.append(_squeeze(page[i]))
            page[i] = ""
    return removed


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


def _peeled_page_number(line: str) -> bool:
    """A page number that says it is one ("Page 3 of 9"), not a bare figure (an item's number)."""
    return is_page_number(line) and bool(re.search(r"[^\W\d_]{2}", line))


def _running_keys(pages: list[list[str]], at_least: int = 2, key=None) -> set[str]:
    """Edge lines (digits ignored) found at the edges of at least RUNNING_SHARE of the pages
    (and of `at_least` pages); compared by `key` when given."""
    key = key or _key
    if len(pages) < at_least:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        content = [line for line in page if line.strip()]
        size = _edge_size(len(content))
        for found in {key(line) for line in content[:size] + content[len(content) - size:]}:
            counts[found] = counts.get(found, 0) + 1
    needed = max(at_least, math.ceil(RUNNING_SHARE * len(pages)))
    return {found for found, count in counts.items() if count >= needed and re.search(r"[^\W\d_]", found)}


def _edge_size(lines: int) -> int:
    """EDGE_LINES, fewer on a short page so that top and bottom never meet."""
    return min(EDGE_LINES, lines // 2) if lines > 1 else lines


def _key(line: str) -> str:
    """A line compared across pages: digits (page numbers, dates) and spacing ignored, and the order
    of its tab-separated parts (facing pages put the page number on alternate sides)."""
    cells = sorted(_squeeze(cell) for cell in line.lower().split("\t") if cell.strip())
    return re.sub(r"\d+", "#", "\t".join(cells))


def _squeeze(line: str) -> str:
    return " ".join(line.split())
