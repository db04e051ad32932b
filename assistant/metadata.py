"""Council, committee, meeting date, title and kind of a document, each with its source.

Sources, in order of precedence: the manifest (what a person wrote down), the text
(what the document states, including its page furniture and, for web pages, its markup),
the file name. Within the text, a field is read from the strongest statement there is:

- meeting date: a meeting heading ("Adults Scrutiny Committee - Tuesday, 30th June, 2020
  10.00 am", "Meeting: 09/02/2017 - Panel", "PANEL - 16.11.2021"), "Minutes of the meeting
  ... held on ...", "Minutes - 24 February 2021", the meeting a report goes to ("Report for:
  Cabinet, 9 March 2021", "To: Cabinet - 27 January 2022"), "... held on ..." outside agenda
  items, a meeting-date label ("Date of meeting:", "Date/Time"), then a plain "Date:" label or
  a line that is only a date or opens with one followed by its time or place ("Thursday, 9th
  March, 2023 at 2.00 pm in Room B"). A page header or footer naming the body and date ("Council
  Executive 6 December 2022", no separator needed there) comes after the title block's headings and
  before headings further on in the business. A cover letter's date, publication and print dates never
  count, nor the date of another meeting (minutes approved, "to be approved at the meeting to
  be held on"), nor a "held on" once the business has begun (after the first numbered item), nor a
  label's value about another meeting (a table cell "meeting | on 5 December was agreed"). A decision
  page's "Made at meeting: 28/09/2020 - Cabinet" is the meeting's. An agenda pack (a cover, then "Agenda", then the previous meeting's minutes)
  has its cover's date. "Housing Committee - minutes of the meeting on 16 March 2023" and
  "Lead Member for Transport - decisions, 20 March 2023" are meeting headings.
- committee: the same headings ("Minutes of the Cabinet of X Council" gives "Cabinet"; a
  member deciding alone, "Cabinet Member for Housing", is the body), a committee label,
  "Report to the ...", then a line that
  is just a committee's name, parentheses included ("Cabinet (Resources) Panel"); never an
  agenda heading such as "Membership of the Panel" nor a venue. A known council's name in front of
  the committee or behind it ("Bolton Council - X Committee", "Moray Council X Committee") is left out, and
  so is the document's own council's short name in front ("Waltham Forest Cabinet") and a trailing
  "Meeting" ("Licensing Committee Meeting"). A remit set on the line above its body word
  ("Infrastructure, Land and Environment" / "Policy Board") is part of the name.
  A label's value ends at a tab: beyond it is another column of a page set in two (a date wrapped
  within its column is joined to the next line's first cell).

A heading wrapped over several lines of a paragraph is read as one line.
- council: a council label, on a site two councils share ("Babergh and Mid Suffolk District Councils")
  the one the meeting's body is named after ("Mid Suffolk Licensing and Regulatory Committee"), a
  combined, national park or fire authority or a police and crime panel named at the top (not the
  council hosting it), a header line that is a council's name, a running header or footer naming it
  (a Word document's page header: "Calderdale MBC"), a heading naming it ("London Borough of ...", "Cyngor Sir Ynys Môn"), the
  page's own address, then the e-mail and web addresses the document gives (@medway.gov.uk),
  and last the council whose offices the venue or an office address names ("held at County
  Hall, Glenfield"), when only one council fits.

Welsh and bilingual pages ("Bwrdd Gweithredol - Dydd Mawrth, 11eg Gorffennaf, 2023 10.00 yb",
"Cofnodion y cyfarfod a gynhaliwyd ar ..."), Scottish minutes ("Minute of Meeting of the ...
held ...", "THE FIFE COUNCIL - X COMMITTEE", "At a Meeting of the Cabinet of ...",
"Glasgow, 8th December 2016."), Northern Ireland's "A meeting of the X Committee ... was held"
and an elected mayor deciding alone ("Decision of the City Mayor") are read the same way. A
heading that names the council itself, "Council Meeting", or minutes chaired by the Provost
are a meeting of the full Council.

Nothing is guessed: a field the document does not state is None.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .councils import (POSTCODE, all_councils, bodies_named_in, council_from_address, council_from_seat,
                       council_misnamed, council_named, councils_in_question, find_authority,
                       find_council as find_any_council, is_authority)
from .dates import (DAY_DATE, MONTH, WELSH_WEEKDAY, date_and_time, date_in_file_name, dates_with_time, find_date, leading_date,
                    normalise_date)
from .furniture import MINUTES_PAGE_CAPTION, names_a_file
from .names import (is_agenda_heading, is_committee_line, is_council_name, is_decision_maker, mostly_capitalised,
                    tidy_name, title_case)

FIELDS = ("council", "committee", "meeting_date", "title", "kind")
MANIFEST, TEXT, PROPERTIES, FILE_NAME = "manifest", "text", "document properties", "file name"
HEADER_LINES = 40        # where a document states what it is
COVER_LINES = 80         # a cover letter can push the meeting heading this far down
FOOTER_LINES = 15

Metadata = dict[str, "str | None"]


@dataclass
class ResolvedMetadata:
    """The value of each field and where it came from (only for fields that have a value)."""

    values: Metadata
    sources: dict[str, str] = field(default_factory=dict)


def resolve_metadata(*candidates: tuple[str, Metadata]) -> ResolvedMetadata:
    """The first non-empty value of each field among (source, values) pairs, with its source."""
    values: Metadata = {name: None for name in FIELDS}
    sources: dict[str, str] = {}
    for name in FIELDS:
        for source, found in candidates:
            if found and found.get(name):
                values[name], sources[name] = found[name], source
                break
    return ResolvedMetadata(values, sources)


def merge_metadata(*sources: dict) -> Metadata:
    """The first non-empty value of each metadata field, in the order the sources are given."""
    return resolve_metadata(*((str(i), s) for i, s in enumerate(sources))).values


# ---------------------------------------------------------------- from the text


_LABEL = re.compile(r"^([A-Za-z][A-Za-z '’/&-]{0,38}?)[ ]*(?::|\t)[ \t]*(.*)$")
_MEETING_DATE_LABELS = ("committee date", "meeting date", "date of meeting", "date of committee",
                        "date of the meeting", "date of decision", "decision date", "date/time",
                        "date and time", "date & time", "dyddiad y cyfarfod", "dyddiad ac amser", "held on",
                        "meeting held", "date held", "when",
                        # a decision report's date, beside its "Decision to be taken by: City Mayor"
                        "decision to be taken on", "decision taken on", "date decision taken",
                        "meeting")   # last: a cover sheet's "Meeting | 20 January 2025" row holds only the date
_STACKED_DATE_LABELS = frozenset({*_MEETING_DATE_LABELS, "date", "date of report", "report date"})
_COMMITTEE_LABELS = ("committee", "report to", "meeting of", "decision maker", "panel", "meeting name",
                      "decision to be taken by", "decision taken by", "decision taker", "pwyllgor")
# Labels whose value names the meeting a report goes to, often with its date: "Report for: Cabinet,
# 9 March 2021", "To: Cabinet - 27 January 2022".
_MEETING_LABELS = ("report to", "report for", "for consideration by", "meeting", "name and date of committee",
                   "committee and date", "name and date of meeting", "meeting and date", "to")
_TITLE_LABELS = ("title", "report title", "subject", "agenda item", "item")
_COUNCIL_LABELS = ("council", "authority", "local authority")
_LETTER = re.compile(r"^(?:dear\b|your ref|our ref|ask for|please ask for|direct line|direct dial"
                     r"|to all members|to: )", re.I)
_WEEKDAY = rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|{WELSH_WEEKDAY})"
# "<body> - <weekday>, <date> <time>" (ModernGov), "Agenda for <body> on <weekday> <date>",
# or "<committee> - <date>".
_MEETING_HEADING = re.compile(
    rf"^(?P<body>[^\t]{{3,150}}?)\s*(?:[-–—|,:]|\bon\b|\bar\b)\s*(?P<when>{_WEEKDAY},?\s.*)$", re.I)
_DATED_HEADING = re.compile(
    r"^(?P<body>[^\t]{3,150}?)\s*(?:[-–—|,:]|\s(?:held )?on\b)\s*(?P<when>\d{1,2}\w*\s.*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*)$")
_AGENDA_FOR = re.compile(r"^(?:agenda|minutes?|draft minutes?|(?:(?:executive|individual|mayoral) )?decisions?"
                         r"|rhaglen|cofnodion)(?: and minutes| a chofnodion)? (?:for|of|by|taken by|ar gyfer) (?:the )?"
                         # the page's caption run into its heading: "Agenda and minutes, Cabinet - Monday, 5 ..."
                         # ... and its longer forms: "Agenda, decisions and minutes: Cabinet - Tuesday 19 March 2024"
                         r"|^(?:agenda(?:,? (?:and )?(?:decisions|reports))*(?:,? and (?:(?:draft |confirmed |signed )?minutes"
                         r"|decisions))?|rhaglen(?: a chofnodion)?)"
                         r"\s*[,:|–—-]\s*(?=\S)", re.I)
# What a record of a meeting calls itself: "Minutes", the Scottish "Minute", "Record", "Notes", "Decisions".
_RECORD = (r"(?:(?:draft|confirmed|unconfirmed|signed) )?(?:record of (?:the )?decisions?|minutes?|record|notes"
           r"|(?:summary of )?decisions)")
# The same in Welsh: "Cofnodion cyfarfod o'r Cabinet a gynhaliwyd yn ... ddydd Mawrth, 14 Tachwedd 2023".
# Its "o'r" / "y" ("of the") is required: "Cofnodion y cyfarfod blaenorol" is the previous meeting's minutes.
# Without the article, a capitalised name follows at once: "Cofnodion cyfarfod Pwyllgor Cynllunio ...".
_WELSH_MINUTES_OF = (r"cofnodion (?:y |o )?[cg]yfarfod(?: (?:arbennig|blynyddol|brys))? (?:o['’]r |o |y |yr "
                     r"|(?=(?-i:[A-Z])(?!(?i:a gynhaliwyd))))")
_MINUTES_OF = re.compile(rf"^(?:{_RECORD} of (?:the )?(?:proceedings of )?(?:the |a |an )?(?:[\w-]+ )?"
                         rf"meeting of (?:the )?|{_WELSH_MINUTES_OF})"
                         r"(?P<body>.+?)(?:,?\s+(?:(?:(?:was )?held|a gynhaliwyd)\b|(?=on\s+(?:\w+day,?\s+)?\d))(?P<rest>.*))?$",
                         re.I)
# "MINUTES OF THE HOUSING AND GROWTH COMMITTEE held at ...": the body must then be a committee's name.
_MINUTES_OF_BODY = re.compile(rf"^{_RECORD} of (?:the )?(?P<body>.+?)(?:\s+meeting)?"
                              r"(?:,?\s+held\b(?P<rest>.*))?$", re.I)
# "Housing Policy Committee - minutes of the meeting on 16 March 2023", "Lead Member for Transport -
# decisions, 20 March 2023": what the page holds, between the body and the date.
_HEADING_KIND = re.compile(r"\s*[-–—|:]\s*(?:(?:draft |confirmed )?minutes|decisions|agenda)(?:\s+(?:of|for) the "
                           r"meeting)?(?:\s+held)?(?:\s+on\b|\s*,)?\s*(?=\S)", re.I)
_OF_COUNCIL = re.compile(r"\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<council>[A-Z].*)$")
_HELD_ON = re.compile(r"(?:\b(?:meeting|minutes?|cyfarfod|cofnodion)\b.{0,160}?\b(?:held|took place|a gynhaliwyd)\b"
                      r"|^(?:the (?:following )?)?decisions (?:(?:were|was) )?(?:made|taken)\b|^at an? (?:\w+ )?meeting of\b"
                      # "The County Council of the City & County of Cardiff met at County Hall, Cardiff on 21 June 2018"
                      r"|^the (?:[\w&-]+ ){0,3}?(?:council|committee|cabinet|board|panel|executive|authority)"
                      r"(?: of [^.]{1,60}?)? met\b)"
                      r"(?P<rest>.{0,200})", re.I)
# Labels of dates that are not the meeting's: a letter's, publication, print, call-in dates.
_OTHER_DATES = re.compile(r"(?i)\b(?:date|dated|published|publication|printed|issued?|despatch(?:ed)?|implementation"
                          r"|dispatch(?:ed)?|sent|updated|effective|deadline|call-in|expiry|signed"
                          r"|cyhoedd\w*|argraffwyd|diweddarwyd|dyddiad)\b")   # the same in Welsh
_PREVIOUS_MEETING = re.compile(r"\b(?:previous|last|next|future) meeting\b", re.I)
# What is said of another meeting's minutes: they are approved at this one ("the minutes of the
# meeting held on 1 February be agreed as a true record"), or these minutes go to the next one
# ("to be approved at the meeting to be held on ...").
_ANOTHER_MEETING = re.compile(
    r"\b(?:previous|last|next|future|forthcoming|subsequent) meeting\b|\bto be (?:approved|agreed|confirmed"
    r"|signed|held|submitted)\b|\b(?:correct|true|accurate) record\b|\bresolved\b"
    r"|\b(?:be|were|was|been) (?:approved|agreed|confirmed|signed|accepted|received|noted|submitted|presented"
    r"|considered|tabled|circulated)\b|\btaken as read\b|\bpreviously circulated\b"
    # an agenda item's own words: "To receive the minutes of the meeting of County Council held on ...",
    # "(a) To note the minutes of the Licensing Sub Committee held on ..."
    r"|^\W*(?:\(?[a-z\d]{1,3}[.)]\s*)?to (?:receive|confirm|approve|agree|sign|note|consider|adopt)\b"
    # a part of a resolution: "(2) that ... the minutes of the meeting held on 18 March are not submitted ..."
    r"|^\s*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s"
    # and in Welsh: the previous or next meeting, a correct record, confirmed, signed, resolved
    r"|\bcyfarfod (?:blaenorol|nesaf)\b|\bcofnod cywir\b|\byn gywir\b|\bcadarnha\w*|\bllofnod\w*|\bpenderfynwyd\b",
    re.I)
# An agenda item or minute number opening a line: "680\t", "C103.", "44 ", "5.", "45/20".
_NUMBERED = re.compile(r"^(?!(?:19|20)\d\d )(?:[A-Z]{0,3}\d{1,4}[a-z]?|\d{1,3}/\d{2,4}|\d{1,3}\.\d{1,2})(?:[.):]|\s)")
# "Minutes - 24 February 2021" under the committee's name (a printed minutes' heading).
_MINUTES_DATED = re.compile(r"^(?:(?:draft|confirmed|signed|unconfirmed) )?minutes?\s*(?:[-–—:,]|\bof\b|\bfor\b)"
                            r"\s*(?P<when>.{6,60})$", re.I)
# Words of a venue ("held in the Council Chamber, Civic Offices and virtually on ..."): a heading
# whose would-be body has them and no body word is a venue, never a committee.
_VENUE = re.compile(r"(?i)\b(?:chamber|room|offices|hall|civic|centre|center|house|virtual(?:ly)?|remote(?:ly)?"
                    r"|online|ms teams|zoom|via|venue|held|street|road)\b")
_BODY_WORD = re.compile(r"(?i)\b(?:committee|sub-committee|panel|board|cabinet|forum|commission|council)\b")
_COMMITTEE_WORD_LAST = re.compile(rf"{_BODY_WORD.pattern}(?: \([^()]*\))?$")
_COUNCIL_MEETING = re.compile(r"(?i)(?:full |county |city |borough )?council")
# "Meeting of the Licensing Committee", the Scottish "At a Special Meeting of the Cabinet of ...", and
# "A meeting of the Corporate Services Committee of ... was held at ..." (Northern Ireland).
_MEETING_OF = re.compile(r"^(?:at an? |an? |this (?:is|was) an? )?(?:(?:special|extraordinary|annual|ordinary|informal|joint|monthly) )?"
                         r"meeting of (?:the )?", re.I)
_GENERIC_BODIES = frozenset({"committee", "sub-committee", "panel", "board", "forum", "commission",
                             "meeting"})
_REPORT_TO = re.compile(r"^report to(?: the)?\s+(?P<body>[^:\t]{3,120}$)", re.I)
# "Report of the Strategic Director, Place to the meeting of the Executive to be held on 5 March 2024": the report's
# own meeting, which "to be held" elsewhere is not
_REPORT_TO_MEETING = re.compile(r"^report\b[^\t]{0,160}?\bto (?:the |a |an )?(?:\w+ )?meeting of (?:the )?"
                                r"(?P<body>[^,\t]{3,120}?)\s+(?:to be |being )?held\b", re.I)
_AGENDA_ITEM = re.compile(
    r"^agenda item(?:\s+(?:no\.?\s*)?\d+[a-z]?\.?)?(?:\s*[:.\-–]\s*(?P<rest>.+))?$", re.I)
_MINUTES = re.compile(r"^minutes?\s*:?$|^(?:draft |confirmed )?minutes? of (?:the |a |an )?(?!previous|last)\w"
                      r"|^(?:agenda|rhaglen) a chofnodion$|^cofnodion\b|^[^\t]{3,120}\s[-–—|]\s(?:draft )?minutes$"
                      r"|^(?:record|notes) of (?:the |a |an )?(?:\w+ )?meeting of\b"
                      r"|^agenda(?:,? (?:and )?decisions)?,? and minutes$", re.I)
_REPORT = re.compile(r"^report (?:to|from|of|by)\b|^report author\s*:", re.I)
# The labels of a committee report's cover: "Report for:", "Report title", "Report author and contact
# details:", "Subject heading:", or a memo's "From: / To: / Subject:".
_REPORT_LABELS = re.compile(r"^(?:report (?:for|to|title|author|authorised by|of|from|by)|subject heading"
                            # "Responsible Officer", "MEETING/DECISION MAKER:", "1.1 This report seeks approval"
                            r"|responsible officer|meeting/decision maker"
                            r"|(?:\d+(?:\.\d+)*\s+)?this report (?:seeks|sets out|asks|proposes|recommends))\b",
                            re.I)
_MEMO_LABELS = ("from", "to", "subject")
_DECISION = re.compile(r"^(?:decision details|issue - decisions|record of (?:executive |cabinet )?decisions?"
                       r"|(?:executive |individual |mayoral )?decision (?:of|by) the"
                       r"|decision notice)\b", re.I)
_MINUTES_WORD = re.compile(r"\bMINUTES\b|\bMinutes\b")
_KIND_IN_HEADING = re.compile(r"[-–—|:]\s*(?:draft |confirmed )?(?P<kind>minutes|decisions)\b", re.I)
_BOILERPLATE = re.compile(r"agendas, meetings and minutes|minutes of the (?:previous|last)", re.I)
# The part before "@" is at most 64 characters (as in RFC 5321): unbounded, a long run of dots
# or letters without an "@" was rescanned from every position (quadratic).
_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+", re.I)


@dataclass
class _Header:
    """The lines a document states its metadata in."""

    lines: list[str]                 # first HEADER_LINES non-empty lines of the text
    cover: list[str]                 # first COVER_LINES
    labels: dict[str, str]
    furniture: list[str]             # running headers and footers, a page's title: not in the text
    letter: bool                     # the document opens with a cover letter
    opening: list[str] = field(default_factory=list)   # the first lines as written, none joined as wrapped


def metadata_from_text(text: str, furniture: Iterable[str] = ()) -> Metadata:
    """Council, committee, meeting date, title and kind as the document states them, else None.

    `furniture` are lines taken out of the text while it was read (running headers and
    footers): they say nothing quotable but may name the council or the meeting.
    """
    cover = header_lines(text, COVER_LINES)
    cover[:1] = map(_without_page_number, cover[:1])
    lines = cover[:HEADER_LINES]
    # a cover letter opens the document: a report's "TO: EXECUTIVE" after an agenda pack's "AGENDA" is not one
    agenda = next((i for i, line in enumerate(lines) if _AGENDA_LINE.match(line)), len(lines))
    header = _Header(lines, cover, parse_labels(lines), [" ".join(f.split()) for f in furniture],
                     any(_LETTER.match(line) for line in lines[:agenda]),
                     [" ".join(line.split()) for line in text[:2000].splitlines() if line.strip()][:4])
    kind = find_kind(lines)
    # a web page's caption ("Agenda and minutes") is furniture taken out of the text, but says what it holds
    if kind is None and any(_PAGE_OF_MINUTES.fullmatch(line) for line in header.furniture[:20]):
        kind = "minutes"
    # a decision page's caption ("Decision details") is furniture taken out of the text, but says what it is
    if kind != "minutes" and any(_DECISION.match(line) for line in header.furniture[:20]):
        kind = "decision"
    date = find_meeting_date(header)
    if date and _minutes_settled_on(text, date):
        date = None   # no meeting approves its own minutes: the day read is the meeting before
    date = _minutes_held(text, date) or date
    council = find_council(header, text, date)
    return {
        "council": council,
        "committee": without_short_name(find_committee(header, date), council),
        "meeting_date": date,
        "title": find_title(lines, header.labels),
        "kind": kind,
    }


def header_lines(text: str, limit: int = HEADER_LINES) -> list[str]:
    """The first `limit` non-empty lines, stripped; a heading wrapped over lines is one line."""
    lines: list[str] = []
    previous_blank = True
    for line in text.split("\n", limit * 20)[: limit * 20]:
        line = line.strip()
        if not line:
            previous_blank = True
            continue
        if lines and not previous_blank and len(lines[-1]) < _LONGEST_WRAPPED and _wraps(lines[-1], line):
            lines[-1] = f"{lines[-1]} {line}"
            continue
        if len(lines) == limit:
            break
        lines.append(line)
        previous_blank = False
    return lines


# A heading or sentence wrapped over lines is never longer: joining on would make one line of a page
# of unpunctuated capitals, which every reader of the header then scans again and again.
_LONGEST_WRAPPED = 600
_CONNECTOR = re.compile(r"(?i)(?:[,&–—-]|\b(?:and|of|the|for|in|at|on|to|by|with|held|a|an|january|february"
                        r"|march|april|may|june|july|august|september|october|november|december))$")
_WRAP_WIDTH = 50          # a line at least this long that stops mid-phrase was wrapped at the page edge


def _wraps(previous: str, line: str) -> bool:
    """Whether `line` continues `previous` in the same paragraph: a heading or sentence wrapped
    at the page edge ("... THE CHILDREN, YOUNG PEOPLE AND" / "EDUCATION SCRUTINY PANEL HELD ON ...").

    Never a label, list item, numbered item or table row, nor after a complete heading.
    """
    if "\t" in previous or "\t" in line or previous.endswith((".", ":", ";", "!", "?")):
        return False
    if line.startswith(("• ", "- ")) or _LABEL_START.match(line) or _NUMBERED.match(line):
        return False
    if line[:1].islower() or _CONNECTOR.search(previous) or _heading_goes_on(previous, line) \
            or _remit_before_body(previous, line):
        return True
    return len(previous) >= _WRAP_WIDTH and meeting_heading(previous) is None and not _date_line(previous)


_LABEL_START = re.compile(r"^[A-Za-z][A-Za-z '’/&()-]{0,38}:(?:\s|$)")
# The rest of a minutes heading cut before its body word: "... OF THE SUSTAINABLE DEVELOPMENT" /
# "COMMITTEE HELD IN THE COUNCIL CHAMBER ...": a few words without figures, then "held".
_HELD_REST = re.compile(r"(?i)^[^\d\t,.;:]{0,60}?\b(?:held|a gynhaliwyd)\b")


def _heading_goes_on(previous: str, line: str) -> bool:
    """A 'Minute of Meeting of the X' heading that has not yet said where or when it was held, and
    a line naming the rest of its body and then 'held' ('Committee held in ...')."""
    opens = _MINUTES_OF.match(previous) or _MEETING_OF.match(previous)
    return bool(opens) and not re.search(r"(?i)\b(?:held|a gynhaliwyd)\b", previous) \
        and bool(_HELD_REST.match(line))


# Words of a line that is no committee's remit: what the page is, or people ("Councillors Ash, Birch and Cedar").
_NOT_A_REMIT = re.compile(r"(?i)\b(?:agenda|minutes?|notice|meeting|report|decisions?|record|notes|summons"
                          r"|councillors?|cllrs?|mr|mrs|ms|dr|present|apologies)\b")


def _remit_before_body(previous: str, line: str) -> bool:
    """A committee's name set over two lines, its remit a list ("Infrastructure, Land and Environment" /
    "Policy Board"): the first line lists without a body word, the second is the body."""
    if len(previous) > 80 or not re.search(r",\s|\s(?:and|&)\s", previous) or _BODY_WORD.search(previous) \
            or re.search(r"\d", previous) or _NOT_A_REMIT.search(previous):
        return False
    if len(line.split()) > 4 or not is_committee_line(line) or find_council_in(previous):
        return False
    return is_committee_line(f"{previous} {line}")


def footer_lines(text: str, limit: int = FOOTER_LINES) -> list[str]:
    """The last `limit` non-empty lines, stripped."""
    tail = text[-limit * 400:].split("\n")
    return [line.strip() for line in tail if line.strip()][-limit:]


_NEXT_LABEL = re.compile(r"\s+(?=(?:Date|Time|Place|Venue|Location|Meeting date|Date of meeting|Present|PRESENT|In [Aa]ttendance)\s*:)")


def parse_labels(lines: list[str]) -> dict[str, str]:
    """'Label: value' (or tab-separated) header fields, by lowercased label; first wins. A date's
    label alone on its line takes the date on the next ("Date of meeting" / "11 March 2025": a
    PDF's cover table, its two columns read as lines)."""
    labels: dict[str, str] = {}
    for i, line in enumerate(lines):
        match = _LABEL.match(line[:300])
        if match:
            # a label's value ends at the next tab: beyond it is another column ("Meeting: Cabinet\t<text>")
            value = match.group(2).split("\t")[0].strip()
            if "\t" in match.group(2) and i + 1 < len(lines):
                value = _wrapped_date_cell(value, lines[i + 1])
            # two labels on one line ("Committee: Cabinet Date: Monday, 4 September 2023"): the first keeps
            # its own value; the second, often of minutes inside a pack, is not read as the meeting's
            value = _NEXT_LABEL.split(value, maxsplit=1)[0].strip()
            value = _wrapped_body(value, lines[i + 1] if i + 1 < len(lines) else "")
            labels.setdefault(" ".join(match.group(1).lower().split()), value)
            continue
        label = " ".join(line.lower().rstrip(":").split())
        if label in _STACKED_DATE_LABELS and i + 1 < len(lines) and date_and_time(lines[i + 1]):
            labels.setdefault(label, lines[i + 1])
    return labels


def _wrapped_body(value: str, following: str) -> str:
    """A committee's name wrapped onto the next line: "REPORT TO: ENVIRONMENTAL AND DEVELOPMENT" /
    "SERVICES COMMITTEE"."""
    joined = f"{value} {following.strip()}"
    if value and following and not _LABEL.match(following) and not is_committee_line(value) \
            and is_committee_line(joined) and len(joined.split()) <= 12:
        return joined
    return value


def _wrapped_date_cell(value: str, following: str) -> str:
    """A column's date wrapped in its cell: "Date of meeting: Tuesday 13 September" / "2022<tab>..." (the
    next line's first cell finishes it), else the value as it is."""
    cell = following.split("\t")[0].strip()
    if "\t" not in following or not cell or len(cell) > 40 or date_and_time(value) or _LABEL.match(cell):
        return value
    joined = f"{value} {cell}"
    return joined if date_and_time(joined) else value


def _label(labels: dict[str, str], names: Iterable[str]) -> str | None:
    return next((labels[name] for name in names if labels.get(name)), None)


# ---------------------------------------------------------------- meeting headings


@dataclass
class _Meeting:
    body: str | None
    date: str | None


# "CABINET - HELD AT THE COUNCIL CHAMBER, 52 DERBY STREET, ORMSKIRK ON TUESDAY, ...": the venue between body and date.
_HELD_AT_VENUE = re.compile(r"(?i)\s*[-–—,]\s*held (?:at|in|within)\b.*$")
# ModernGov marks a meeting moved or changed in its heading: "Moved from 9th October 2018, Cabinet - Tuesday, 2nd
# October, 2018 2.00 pm", "Overview and Scrutiny - Thursday, 25th July, 2024 5.00 pm, NEW", "..., CANCELLED".
# ModernGov's note of the years a committee of that name sat: "Executive (up to May 2024)", "Cabinet (2019 - 2023)".
# A body's initials after its name: "Council (SMDC)", "Overview and Scrutiny Committee (OSC)".
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Z&]{1,9}\)$")
_PERIOD_NOTE = re.compile(r"\s*\([^()]{0,30}\b(?:19|20)\d\d\b[^()]{0,20}\)$")
# CMIS's link after a meeting's heading: "Glasgow City Council Agenda - 23 June 2011, 13:30 Help"
_CMIS_HELP = re.compile(r"(?<=\d)\s+Help$")
_MOVED_FROM = re.compile(r"(?i)^(?:(?:meeting )?(?:moved|rearranged|rescheduled|postponed|changed)(?: meeting)? from"
                         r"|(?:meeting )?(?:adjourned|reconvened|postponed) (?:until|to|from)) [^,\t]{3,40},\s*")
_MEETING_STATUS = re.compile(r",\s*(?:NEW|CANCELLED|CANCELED|POSTPONED|MOVED|RESCHEDULED|REARRANGED|WITHDRAWN|"
                             r"PROVISIONAL)\s*$")


def meeting_heading(line: str, first: bool = False) -> _Meeting | None:
    """The committee and date of a heading that names a meeting, else None.

    "Adults Scrutiny Committee - Tuesday, 30th June, 2020 10.00 am",
    "Agenda for Cabinet on Tuesday, 7th July, 2020, 7.00 pm",
    "Cabinet – 30 June 2020", "Meeting: 09/02/2017 - Children's Panel (Item 790)". The document's `first`
    line may name a body with no body word ("Executive (2013 - June 2024) Agenda - 14 January 2020");
    further down, "Executive - 23 July 2024" heads the earlier minutes a pack goes on to approve.
    """
    line = _MEETING_STATUS.sub("", _MOVED_FROM.sub("", _CMIS_HELP.sub("", line[:300])))
    line = _dated_in_brackets(_TITLE_BAR.sub(" - ", line))
    minute = _minute_heading(line)
    if minute:
        return minute
    meeting = _meeting_label(line)
    if meeting or line[:1].isdigit() or _MINUTES_OF.match(line):
        return meeting  # a numbered line is an agenda item; minutes headings are read on their own
    decided_by = bool(_DECISION_BY.match(line))   # "Decision of the Mayor - ...": an elected mayor
    line = _HEADING_KIND.sub(" - ", _AGENDA_FOR.sub("", line), count=1)
    line = _KIND_AROUND.sub("", _KIND_BEFORE_DATE.sub(" - ", line, count=1))
    for pattern in (_MEETING_HEADING, _DATED_HEADING):
        match = pattern.match(line)
        if not match:
            continue
        date = date_and_time(match.group("when"))
        if date is None and pattern is _MEETING_HEADING:   # "Council - Tuesday, 24th January 2023 6.30 pm app available"
            date = leading_date(match.group("when"))
        body = tidy_name(_PERIOD_NOTE.sub("", _ABBREVIATION.sub("", _HELD_AT_VENUE.sub("", match.group("body")))))
        body = _without_council_name(_without_meeting_title(body)) if body else None   # "Bolton Council - X Committee - ..."
        body = _after_its_venue(body) if body else None
        if body and pattern is _DATED_HEADING and not is_committee_line(body):
            body = tidy_name(_MEETING_WORD.sub("", body))   # "Minutes of the Cabinet meeting, 12 March 2024"
        if date and body and _ENDS_WITH_POSTCODE.search(body):   # "...High Street,\nSW18 2PU, on Monday 24 ..."
            return _Meeting(None, date)
        if date and body and (_is_meeting_body(body, strict=pattern is _DATED_HEADING)
                              or (first and _without_the(body).lower() in _BODIES_WITHOUT_BODY_WORD)
                              or (decided_by and body.lower() in _MAYOR)):
            return _Meeting(None if is_agenda_heading(body) else body, date)
    return None


def _after_its_venue(body: str) -> str:
    """The body named last, after a venue: "Planning and Orders Committee, Council Offices, Llangefni and virtually
    via Zoom, Planning and Orders Committee" (a page's title run into its heading) -> "Planning and Orders Committee"."""
    parts = [part.strip() for part in body.split(",")]
    if len(parts) < 3 or not is_committee_line(parts[-1]):
        return body   # "Health, Wellbeing and Adult Social Care Scrutiny Committee" is one name
    return parts[-1] if parts[0] == parts[-1] or any(_is_venue(part) for part in parts[1:-1]) else body


# A page title's bar between the council and the meeting: "Wakefield Council | Cabinet Meeting – 19 March 2024".
_TITLE_BAR = re.compile(r"\s+\|\s+(?=[^|]*\d)")
_BRACKETED_END = re.compile(r"\s*\((?P<when>[^()]{6,40})\)\s*$")


def _dated_in_brackets(line: str) -> str:
    """"Planning Committee (5 May 2022)" as "Planning Committee - 5 May 2022": a day's date in brackets ending the
    heading. (Not a period: "Executive (2013 - June 2024)".)"""
    match = _BRACKETED_END.search(line)
    return line[:match.start()] + " - " + match.group("when") if match and date_and_time(match.group("when")) else line


# ModernGov's name of one meeting before its body's: "Annual Council, Council", "Budget Council, Council", "AGM,
# Council", "Annual Meeting, South Holland District Council".
_MEETING_TITLE_WORDS = frozenset("""annual budget agm extraordinary special meeting council general reconvened adjourned
    statutory full ordinary inaugural mayor-making mayoral emergency urgent the of""".split())


def _without_meeting_title(body: str) -> str:
    """The body after a meeting's own title and a comma: "Annual Council, Council" -> "Council"; a council's name
    there is its full council ("Annual Meeting, South Holland District Council" -> "Council")."""
    title, _, rest = body.rpartition(",")
    rest = rest.strip()
    if not title or not all(word.lower() in _MEETING_TITLE_WORDS for word in title.split()):
        return body
    if is_council_name(rest):
        return "Council"
    return rest if is_committee_line(rest) or rest.lower() in _BODIES_WITHOUT_BODY_WORD | {"county council"} else body


# "Minute General Meeting of the Council Tuesday, 8 December 2020, 10:30." (a Scottish minute's heading, no "of"
# after "Minute"); openlylocal's "Minutes for The Cabinet meeting, Jun 1 2009, 2.00PM official page".
_MINUTE_HEADING = re.compile(rf"^minutes?\s+(?:for\s+)?(?!of\b)(?P<body>[^\t,]{{3,100}}?)(?:\s+meeting)?,?\s+"
                             rf"(?P<when>(?:{_WEEKDAY},?\s+|(?:{MONTH})\s+)?\d.{{3,40}}?)(?:\s+official page)?\.?$", re.I)
_GENERAL_MEETING_OF = re.compile(r"(?i)^(?:general|ordinary|special|statutory) meeting of (?:the )?")


def _minute_heading(line: str) -> _Meeting | None:
    match = _MINUTE_HEADING.match(line)
    date = date_and_time(match.group("when")) if match else None
    body = tidy_name(_without_the(_GENERAL_MEETING_OF.sub("", match.group("body")))) if date else None
    if body and (is_committee_line(body) or body.lower() in _BODIES_WITHOUT_BODY_WORD):
        return _Meeting(body, date)
    return None


# What a page holds, before or after its meeting heading: "Minutes - Planning Committee - 12 March 2024",
# "Cabinet – 12 March 2024 – minutes", and between its parts: "Planning Committee minutes: 12 March 2024".
_KIND_AROUND = re.compile(r"(?i)^(?:draft |confirmed )?minutes\s*[-–—:|]\s*|\s*[-–—:|]\s*(?:draft |confirmed )?"
                          r"(?:minutes|agenda|decisions)\.?$")
_KIND_BEFORE_DATE = re.compile(r"(?i)(?<=[\w)])\s+(?:(?:draft )?minutes|agenda)\s*[:,–—-]\s*(?=\d|mon|tue|wed|thu|fri|sat|sun)")
_MEETING_WORD = re.compile(r"(?i)\s+meeting$")


def _is_meeting_body(body: str, strict: bool) -> bool:
    """A heading naming a meeting: not a sentence, not a label of some other date."""
    words = body.split()
    if len(words) > 14 or _OTHER_DATES.search(body) or re.search(r"(?i)\b(?:minutes|held|cofnodion|gynhaliwyd)\b",
                                                                 body):
        return False
    if _is_venue(body) or body.lower() in _LABEL_WORDS:
        return False
    if strict:
        return is_committee_line(body) or is_decision_maker(body)
    return body.isupper() or mostly_capitalised(words) or (len(words) == 1 and body[:1].isupper())


# The end of a venue's address, wrapped onto the line with the meeting's date.
_ENDS_WITH_POSTCODE = re.compile(POSTCODE.pattern + r"$", re.I)
# ... and who signs the minutes: "CHAIR, TUESDAY, 6 JUNE 2023" under the business is a signature, not a meeting.
_LABEL_WORDS = frozenset({"when", "time", "where", "venue", "location", "place", "day", "date", "dates", "meeting",
                          "chair", "chairman", "chairperson", "chairwoman", "cadeirydd"})


def _is_venue(body: str) -> bool:
    """'Council Chamber, Civic Offices and virtually': a place, not a body that meets."""
    return bool(_VENUE.search(body)) and not _COMMITTEE_WORD_LAST.search(body)


# ModernGov's agenda-item page, in a list under the item's title:
# "Meeting of Cabinet, Wednesday, 5th February, 2025 7.00 pm (Item 50.)"
_ITEM_PAGE_MEETING = re.compile(r"^(?:[-•·*]\s*)?meeting of (?P<body>[^,\t]{3,100}?),\s+(?P<when>[^\t]+?)"
                                r"(?:\s*\(item [^)]{1,20}\)\.?)?$", re.I)


def _meeting_label(line: str) -> _Meeting | None:
    """ModernGov's 'Meeting: 09/02/2017 - Panel name (Item 5.)', and a decision page's meeting that made
    the decision: 'Made at meeting: 28/09/2020 - Cabinet' or 'Made at meeting: Cabinet, Monday 28 September
    2020' (never its publication or call-in dates); an agenda-item page's 'Meeting of Cabinet, Wednesday,
    5th February, 2025 7.00 pm (Item 50.)'."""
    item_page = _ITEM_PAGE_MEETING.match(line)
    if item_page and date_and_time(item_page.group("when")):
        return _Meeting(tidy_name(item_page.group("body")), date_and_time(item_page.group("when")))
    label = re.match(r"^(?:(?:(?:made|decided|taken) at )?meeting|for consideration by)\s*:\s*(?P<rest>.+)$", line, re.I)
    if not label:
        return None
    match = re.match(r"^(?P<when>[^-–]+?)\s+[-–]\s+(?P<body>.+)$", label.group("rest"))
    date = date_and_time(match.group("when")) if match else None
    if date:
        return _Meeting(tidy_name(match.group("body")), date)
    # "Meeting: Cabinet - Monday 1st November 2021, 6.00 pm - item 43": the body first
    heading = meeting_heading(_ITEM_SUFFIX.sub("", label.group("rest"))) if label.group("rest")[:1].isalpha() else None
    if heading or not (match and label.group(0).lower().startswith("meeting")):
        return heading
    return _Meeting(tidy_name(match.group("body")), None)


_ITEM_SUFFIX = re.compile(r"(?i)\s*(?:[-–]\s*item\s+[\w.]{1,10}|\(item\s+[^)]{1,20}\)\.?)\s*$")


def _meetings(header: _Header) -> list[_Meeting]:
    """Meeting headings of the title block, then of the furniture (page headers and footers name the meeting
    on every page), then of the rest of the cover lines (the business may name another meeting)."""
    title = len(_title_block(header.lines))
    found = [meeting_heading(line, first=i == 0) for i, line in enumerate(header.cover[:title])]
    # "Council Meeting 16th December 2019"; in a PDF's run-on text, "PLANNING COMMITTEE 20th July 2011 Present: ..."
    found += [_running_meeting(_through_day_date(_PRESENT_AFTER.split(line, maxsplit=1)[0])) for line in header.lines[:3]]
    found += [meeting_heading(line) or _running_meeting(line) for line in header.furniture]
    found += [meeting_heading(line) for line in header.cover[title:]]
    return [m for m in found if m]


# A page header or footer naming the meeting by its body and date, without a separator between them:
# "Audit Committee 23.11.2020", "Council Executive 6 December 2022".
_RUNNING_MEETING = re.compile(rf"^(?P<body>[^\t\d]{{3,100}}?)\s+(?P<when>(?:{_WEEKDAY},?\s+)?\d[^\t]{{3,40}})$", re.I)


_PRESENT_AFTER = re.compile(r"\s+(?=(?:present|in attendance)\b\s*:?)", re.I)
# "MINUTES OF THE MEETING OF THE PLANNING CONTROL COMMITTEE WEDNESDAY 27 FEBRUARY 2019 AT 3:10 P.M.": the body after it
_MINUTES_OF_THE_MEETING = re.compile(r"(?i)^(?:(?:draft|confirmed|signed|unconfirmed)\s+)?minutes?\s+of\s+(?:the\s+|a\s+)?"
                                     r"(?:(?:special|extraordinary|annual|ordinary)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?")
# a document-sharing site's caption before its copy's first line: "Page 1: COUNCIL MEETING TUESDAY 7 JULY 2020..."
_PAGE_CAPTION = re.compile(r"(?i)^page\s+\d{1,3}:\s*")


def _through_day_date(line: str) -> str:
    """A run-on line cut after its first weekday's date and time: "TEES VALLEY COMBINED AUTHORITY CABINET
    Friday 27th November 2020 at 10am Under the provisions of ...", or after the date a body's name in capitals
    runs straight into: "NORTH ANYSHIRE COUNCIL 5 October 2017 Anytown, 5 October 2017 at 6 pm. A Meeting of ..."."""
    match = (_WEEKDAY_DATE.search(line[:150]) if len(line) > 150 else None) or _CAPITALS_THEN_DATE.match(line)
    return line[:match.end()] if match else line


_CAPITALS_THEN_DATE = re.compile(rf"[A-Z][A-Z&'’ -]{{3,80}}?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH}),?\s+(?:19|20)\d\d\b")
_WEEKDAY_DATE = re.compile(rf"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?"
                           r"\s+(?:19|20)\d\d(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\b\.?)?)?")


def _running_meeting(line: str) -> _Meeting | None:
    """The body and date of a running header or footer that is nothing but them."""
    match = _RUNNING_MEETING.match(_PAGE_CAPTION.sub("", line[:150]))
    date = date_and_time(match.group("when")) if match else None
    body = tidy_name(_MEETING_WORD.sub("", _MINUTES_OF_THE_MEETING.sub("", match.group("body")))) if date else None
    body = _without_council_name(body) if body else None
    body = "Council" if body and _is_council_itself(body) else body   # "Aberdeenshire Council Meeting 30th June 2016"
    if body and (is_committee_line(body) or body.lower() in _BODIES_WITHOUT_BODY_WORD) and len(date) == 10:
        return _Meeting(body, date)
    return None


def _minutes_heading(lines: list[str]) -> re.Match | None:
    """'Minutes of the meeting of <body> held on ...', or 'Minutes of the <committee> held ...'."""
    for line, following in zip(lines, [*lines[1:], ""]):
        match = _MINUTES_OF.match(line[:300])
        if (match and match.group("rest") is None and _HELD_LATER.match(following) and not _MINUTES_OF.match(following)
                and not is_committee_line(tidy_name(match.group("body")) or "")):
            # the body wrapped onto the next line: "... MEETING OF THE COMMUNITY" / "LEADERSHIP ... COMMITTEE, HELD ON ..."
            match = _MINUTES_OF.match(f"{line} {following}"[:300]) or match
        if match:
            return match
        match = _MINUTES_OF_BODY.match(line[:300])
        body = tidy_name(_without_council(match.group("body"))) if match else None   # None when over 200 characters
        if body and (is_committee_line(body) or body.lower() in _BODIES_WITHOUT_BODY_WORD):   # "MINUTES OF EXECUTIVE..."
            return match
    return None


def _minutes_heading_date(lines: list[str]) -> str | None:
    """The date in a minutes heading's "held ..." part, or opening the line after it when the
    heading was cut there ("... held at County Hall on Friday," / "23 June 2023."); not an agenda
    item's title ("20." / "Minutes of the Meeting of the Committee held on 24 July 2017")."""
    minutes = _minutes_heading(list(_outside_items(_title_block(lines))))
    if minutes is None:
        return None
    found = find_date(minutes.group("rest") or _at_venue(minutes.group("body"))[1], least_precise="my")
    following = lines.index(minutes.string) + 1 if minutes.string in lines else len(lines)
    if found or following >= len(lines):
        return found
    if _HELD_LINE.match(lines[following]):   # "... of the Regulatory Panel (Licensing)" / "held in ... on 5 September 2019"
        return find_date(lines[following], least_precise="my")
    return leading_date(lines[following])


_HELD_LINE = re.compile(r"(?i)^(?:held|a gynhaliwyd)\b")
# The rest of a body's name, then "held": the second line of a minutes heading cut inside the name
_HELD_LATER = re.compile(r"(?i)^[a-z][^.\t]{0,150}?,?\s+(?:held|a gynhaliwyd)\b")


def _at_venue(body: str | None) -> tuple[str | None, str]:
    """A minutes heading's body and, when the venue and date follow it after commas with no "held" ("THE BANFF
    AND BUCHAN AREA COMMITTEE, COUNCIL CHAMBERS, BANFF, 21 MAY 2024"), the venue and date: the body is the
    shortest part before a comma that names a committee ("Policy, Finance and Development Committee" is not
    cut at its first comma)."""
    parts = (body or "").split(",")
    if len(parts) < 2 or not find_date(parts[-1]):
        return body, ""
    for i in range(1, len(parts)):
        name = ",".join(parts[:i]).strip()
        if is_committee_line(name) or name.lower() in _BODIES_WITHOUT_BODY_WORD | _EXECUTIVES:
            return name, ",".join(parts[i:])
    return body, ""


# Between a council's name and its committee's: "Bolton Council - X Committee", "ANGUS COUNCIL: X", a tab.
_NAME_JOIN = r"(?:\s*[-–—|:]\s*|\s+)"


_WELSH_COUNCIL = re.compile(r"(?i)^cyngor\s")   # "Cyngor Gwynedd", "Cyngor Sir Ynys Môn"


def _without_council_name(name: str) -> str:
    """'Kirklees Council - Highways Scrutiny Panel', 'Moray Council Housing Committee', 'Highways Scrutiny
    Panel - Kirklees Council' -> the committee alone, when the council is a known one and what is left
    is a body that meets."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        for council, body in ((head, tail), (tail, head)):
            council, body = council.strip(" -–—|:"), body.strip(" -–—|:")
            named = (_is_council_itself(council) and (is_council_name(council) or _WELSH_COUNCIL.match(council))
                     or _is_authority_itself(council))
            if body and named and body.lower() not in _GENERIC_BODIES \
                    and (_is_meeting_of_body(body) or body.lower() in _BODIES_WITHOUT_BODY_WORD):
                return tidy_name(body) or name
    return name


def _is_authority_itself(name: str) -> bool:
    """'Exmoor National Park Authority': a combined or national park authority's name and nothing else."""
    return _is_only(name, find_authority(name))


def _without_meeting_word(name: str) -> str:
    """'Licensing Committee Meeting', 'Cabinet Meeting' -> the body that meets."""
    body = _MEETING_WORD.sub("", name)
    if body != name and (_is_meeting_of_body(body) or body.lower() in _BODIES_WITHOUT_BODY_WORD):
        return body
    return name


# What may follow a place's name in a longer place or body name, never a committee's first word:
# "Leeds City Region ...", "Kent and Medway ...".
_PLACE_GOES_ON = frozenset("city county borough district region council town and & of upon on".split())


def without_short_name(committee: str | None, council: str | None) -> str | None:
    """The committee without the council's own short name in front of it ("Waltham Forest Cabinet",
    "Mid Suffolk Licensing and Regulatory Committee"), when what is left is a body that meets."""
    known = council_named(council) if committee and council else None
    if known is None or not committee.lower().startswith(known.short.lower() + " "):
        return committee
    rest = committee[len(known.short):].strip()
    if rest.split()[0].lower() in _PLACE_GOES_ON or not rest[:1].isupper():
        return committee
    if rest.lower() in _GENERIC_BODIES:   # "West of England Combined Authority Committee" is that body's name
        return committee
    if is_committee_line(rest) or rest.lower() in _BODIES_WITHOUT_BODY_WORD | _EXECUTIVES:
        return rest
    return committee


def _without_council(body: str) -> str:
    """'Cabinet of Hampshire County Council' -> 'Cabinet'."""
    match = _OF_COUNCIL.search(body)
    return body[:match.start()] if match and is_council_name(match.group("council")) else body


# ---------------------------------------------------------------- fields


def find_meeting_date(header: _Header) -> str | None:
    """The meeting's date: headings first, then labels, then a line that is only a date."""
    for found in _stated_meeting_dates(header):
        if found:
            return found
    if timed := _first_timed_date(header.cover):
        return timed
    if header.letter:
        return None  # a cover letter's own date is not the meeting's
    # not an item's title under its number ("5.3" / "14TH MAY, 2018.": the minutes of that meeting), nor the
    # value under another date's label ("Implementation Date (not before):" / "Wed 11 Jan 2023")
    # nor the end of a sentence cut there ("... Code of Conduct adopted by Council from" / "1st September 2008.")
    return next((d for before, line in zip(["", *header.lines], header.lines)
                 if not _BARE_NUMBER.match(before) and not _other_date_label(before) and not _POSTED.search(line)
                 and not _SENTENCE_CUT_BEFORE_DATE.search(before) and (d := _date_line(line))), None)


def _minutes_settled_on(text: str, date: str) -> bool:
    """Whether the text settles the minutes of the meeting of `date` ("RESOLVED that the minutes of the meeting held
    on 21 May 2019 be signed as a correct record", "To confirm the minutes of the meeting held on 14 December
    2023") and never calls a meeting for that day with its time ("Cabinet - Tuesday, 28th January, 2025 6.30 pm"):
    the meeting whose minutes are settled came before the one the text records."""
    text = text[:_PACK_REACH]
    for day in DAY_DATE.finditer(text):
        if normalise_date(day.group(0)) != date:
            continue
        start = max(text.rfind("\n", 0, day.start()), text.rfind(". ", 0, day.start())) + 1
        end = min(i for i in (text.find("\n", day.end()), text.find(". ", day.end()), len(text)) if i >= 0)
        clause = text[start:end]
        if _MINUTES_WORD_ANY.search(clause) and _SETTLES.search(clause):
            return not any(called == date for called, _ in dates_with_time(text))
    return False


_MINUTES_WORD_ANY = re.compile(r"(?i)\bminutes?\b")
# what is done to another meeting's minutes, not a status ("Approved Planning minutes", "confirmed Minutes of ...")
_SETTLES = re.compile(r"(?i)\b(?:be|were|was|been|being|is|are)\s+(?:\w+\s+){0,2}?(?:confirmed|approved|agreed|signed"
                      r"|accepted)\b|\bcorrect\s+record\b|\btaken\s+as\s+read\b|\bto\s+(?:confirm|approve|agree|sign)\b"
                      r"|\bapproval\s+of\b|\bfor\s+confirmation\b")


def _minutes_held(text: str, date: str | None) -> str | None:
    """The day of the meeting whose minutes the text holds, when the header states none or a later one: the first
    day followed by the roll call of those present ("MINUTES of the PLANNING COMMITTEE held on 3 December 2019 at
    7:00 pm Present: ..."), which only minutes carry. Councils publish the pack for the next meeting, or an item
    page of it, as where the minutes of the meeting before can be read: when the text is those minutes, with no
    report to the pack's own meeting after them, its business is that meeting's."""
    if date and len(date) != 10:
        return None
    called = next(days_called_with_roll_call(text[:_PACK_REACH]), None)   # the first: the meeting recorded
    if not called:
        return None
    held, after = called
    if date and (held >= date or _papers_follow(text[after:], date)):
        return None   # the pack's own papers follow the minutes: its business is its own meeting's
    if not date and any(_AGENDA_LINE.match(line.strip()) for line in text[:after].splitlines()):
        return None   # a pack whose own day is not read: the minutes inside are of the meeting before
    return held


def days_called_with_roll_call(text: str) -> Iterator[tuple[str, int]]:
    """Each day the text opens a meeting's minutes on, its roll call following ("MINUTES of the PLANNING COMMITTEE
    held on 3 December 2019 at 7:00 pm Present: ..."), with where the roll call ends: not minutes settled ("the
    minutes of the meeting held on 3 December 2019 were confirmed. Present ..."), nor a page's posting stamp."""
    for call in _ROLL_CALL_LABEL.finditer(text):
        before = text[max(0, call.start() - 300):call.start()]
        # not a date another word claims: "the business set out in the Council summons dated Friday, 15 June 2018"
        day = next(reversed([m for m in DAY_DATE.finditer(before)
                             if not _POSTED.search(before[max(0, m.start() - 80):m.end() + 40])
                             and not _DATED_JUST_BEFORE.search(before[max(0, m.start() - 30):m.start()])]), None)
        held = normalise_date(day.group(0)) if day else None
        if not held or MINUTES_SETTLED.search(before[max(0, day.start() - 80):]):
            continue
        opens_text = call.start() - len(before) + day.start() < _OPENING
        if opens_text or _CALLED_MEETING_OR_HELD.search(before[max(0, day.start() - 200):day.start()]):
            yield held, call.end()


_DATED_JUST_BEFORE = re.compile(r"(?i)\b(?:dated|published|printed|issued|despatched|dispatched)\s*:?\s*"
                                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$")


def _papers_follow(text: str, date: str) -> bool:
    """Whether a report's cover ("Report to: Cabinet") or the pack's own meeting ("CABINET - 24 OCTOBER 2023",
    "Date of meeting: 24th July, 2024") follows."""
    lines = (line.strip() for line in text.splitlines())
    return (any(_REPORT.match(line) or _REPORT_LABELS.match(line) for line in lines)
            or any(normalise_date(day.group(0)) == date for day in DAY_DATE.finditer(text)))


_PACK_REACH = 20_000   # characters: a pack's front sheet and agenda, then the minutes of the meeting before
_OPENING = 40          # characters: a day this near the start of the text opens it
_ROLL_CALL_LABEL = re.compile(r"\b(?:Present|PRESENT|In [Aa]ttendance|IN ATTENDANCE)\b\s*(?::|[-–]|\n|\(|Councillors?\b"
                              r"|Cllrs?\b|Provost\b|(?:The )?Mayor\b)")
# what is said of minutes already settled, or of a date that is no meeting's
MINUTES_SETTLED = re.compile(r"\b(?:confirm\w*|approv\w*|agree\w*|signed|accept\w*|correct\s+record|to\s+consider"
                              r"|to\s+receive|published|publication|printed|issued|despatched)\b", re.I)
_CALLED_MEETING_OR_HELD = re.compile(r"(?i)\b(?:meeting|minutes?|held|date|committee|cabinet|council|board|panel)\b")


def _first_timed_date(lines: list[str]) -> str | None:
    """The first day's date near the top given with its time of day ("... will be held in the Council Chamber,
    Kiln Road, on WEDNESDAY, 28TH MARCH, 2018 at 7.30 p.m.", "Minutes of meeting in County Buildings, on 25th
    June 2015 at 10.00 a.m."), unless what leads up to it speaks of another meeting or labels another date: a
    meeting is called for a time of day, while a letter's or a publication's date has none. What leads up to it
    must speak of a meeting: "a Memorial Service will be held ... on Friday 26th May 2017 at 2.00 p.m." is not one."""
    opening = list(takewhile(lambda line: not (_AGENDA_LINE.match(line) or _FIRST_ITEMS.match(line)), lines))
    text = "\n".join(opening)[:_TIMED_DATE_REACH]   # not the papers after the agenda: earlier minutes in a pack
    for day, start in dates_with_time(text):
        lead = re.split(r"[.;\n]\s", text[max(0, start - 200):start])[-1]
        if (_CALLED_MEETING.search(lead) and not _ANOTHER_MEETING.search(lead) and not _OTHER_DATES.search(lead)
                and not _POSTED.search(lead)):
            return day
    return None


_TIMED_DATE_REACH = 3000   # characters: the opening of an agenda or minutes, where the meeting is called
# "1. Apologies for Absence": the agenda has begun ("16 SEPTEMBER 2010" has not)
_FIRST_ITEMS = re.compile(rf"^\d{{1,2}}[.)]?\s+(?!(?:st|nd|rd|th)?\s*(?i:{MONTH})\b)")
_CALLED_MEETING = re.compile(r"(?i)\b(?:meeting|minutes?|agenda|summon\w*|committee|cabinet|cyfarfod|cofnodion)\b")


_SENTENCE_CUT_BEFORE_DATE = re.compile(r"(?i)\b(?:from|on|since|until|before|after|of|dated|by|with effect from)$")


def _other_date_label(line: str) -> bool:
    label = line.strip().rstrip(":").strip().lower()
    return line.rstrip().endswith(":") and bool(_OTHER_DATES.search(label)) and label not in _STACKED_DATE_LABELS


def _stated_meeting_dates(header: _Header) -> Iterable[str | None]:
    # a notice of the meeting, "A meeting ... will be held ... on Tuesday 25 October 2022", over the
    # notice's own date on its cover or under the body's name
    yield _held_on(header.cover, notice_only=True)
    yield _summoned_to(header.cover)
    yield _place_date_meeting(header.cover)
    yield _meeting_title_date(header.opening)
    if _is_agenda_cover(header):
        cover = parse_labels(header.cover[:_agenda_line(header)])   # not a report's "Date:" further in the pack
        yield find_date(_label(cover, _MEETING_DATE_LABELS) or cover.get("date") or "")
        yield next(filter(None, map(_date_line, header.cover[:_agenda_line(header)])), None)
    yield _date_and_time_at_top(header.lines)
    yield next((m.date for m in _meetings(header) if m.date), None)
    yield _date_under_body(header.lines)
    yield _minutes_heading_date(header.cover)
    yield next(filter(None, map(_minutes_dated, _outside_items(header.cover))), None)
    yield next((m.date for m in _labelled_meetings(header.labels) if m.date), None)
    yield _held_on(header.cover)
    yield _run_on_date_label(header.cover)
    yield find_date(_meeting_date_label(header.labels))
    if not header.letter:
        yield find_date(header.labels.get("date") or header.labels.get("dyddiad")
                        or header.labels.get("dyddiad / date") or header.labels.get("date / dyddiad") or "")


# The opening of Scottish councils' minutes: "IRVINE, 29 March 2001 - At a Meeting of North Ayrshire Council at 5.00
# p.m.", "Edinburgh, 20 December 2007 - At a meeting of The City of Edinburgh Council"
_PLACE_DATE_MEETING = re.compile(rf"(?:^|\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}},\s+(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+"
                                 rf"(?i:{MONTH}),?\s+(?:19|20)\d\d)\s*[-–—]\s*(?i:at\s+an?\s+(?:\w+\s+)?meeting\s+of)\b")


def _place_date_meeting(lines: list[str]) -> str | None:
    """The date of a minute opening with the place and the day: "IRVINE, 29 March 2001 - At a Meeting of ...", before
    any agenda (an agenda pack holds the minutes of the meeting before, which open so)."""
    opening = takewhile(lambda line: not (_AGENDA_LINE.match(line) or _FIRST_ITEMS.match(line)), lines[:12])
    match = next(filter(None, (_PLACE_DATE_MEETING.search(line[:400]) for line in opening)), None)
    return find_date(match.group("date")) if match else None


# A page's title naming the meeting and ending in its day: "Board Meeting 16th March 2020", "LIVE: Full Cornwall Council
# meeting, 19 September, 2023"; not "the next meeting ...", nor an item's "Minutes of the Meeting held on ...", nor a
# sentence that goes on after the date
_MEETING_TITLE_DATE = re.compile(rf"(?i)^(?!.*\b(?:next|previous|last|future|forthcoming|minutes)\b)(?:[\w:'’&-]+\s+){{0,8}}?"
                                 rf"meeting,?\s+(?P<date>(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+"
                                 r"(?:19|20)\d\d)(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?)?\s*$")


def _meeting_title_date(lines: list[str]) -> str | None:
    """The day a short title among the first lines gives its meeting (`_MEETING_TITLE_DATE`)."""
    match = next(filter(None, (_MEETING_TITLE_DATE.match(line) for line in lines[:4] if len(line) <= 120)), None)
    return find_date(match.group("date")) if match else None


def _date_under_body(lines: list[str]) -> str | None:
    """A cover's meeting heading on two lines, the body then its date ("EXECUTIVE BOARD" /
    "13 February 2024"), at the top of the document: the meeting's date even when a summons ("To:
    Members of the Board") follows."""
    for line, following in zip(lines[:6], lines[1:7]):
        if (is_committee_line(line) or line.lower() in _EXECUTIVES) and (date := _date_line(following)):
            return date
    return None


def _date_and_time_at_top(lines: list[str]) -> str | None:
    """A day's date with the time of day, on a line of its own among the first three ("Monday, 28th
    January, 2019 10.00 am" under "The Anytown Council" or opening a saved page): when the meeting
    sits, over the earlier meetings whose minutes the business goes on to approve."""
    for line in lines[:3]:
        date = _date_line(line) or _heading_ending_in_date(line) or _opening_date_label(line)
        if date and len(date) == 10 and _TIME_OF_DAY.search(line) and not _POSTED.search(line):
            return date
    return None


def _opening_date_label(line: str) -> str | None:
    """The date of a line that opens with a date label, its time and place labelled beside it ("Date: Tuesday 01
    February 2022 Time: 06:00 PM Location: Council Chamber"): the meeting's own header."""
    match = _OPENING_DATE_LABEL.match(line)
    if not match:
        return None
    value = _NEXT_LABEL.split(line[match.end():match.end() + 80], maxsplit=1)[0]
    return date_and_time(value) or leading_date(value)


_OPENING_DATE_LABEL = re.compile(r"(?i)\s*(?:date(?: and time|\s*/\s*time)?|date of meeting|meeting date)\s*:\s*")


def _heading_ending_in_date(line: str) -> str | None:
    """The day of a heading that ends in its weekday, date and time after a dash, whatever comes before it
    ("Cabinet - for meetings after 09/05/11, please see 'City Mayor & Cabinet' - Monday, 11 April 2011 1:00 pm"),
    or runs into the page's text after them ("..., Isle of Anglesey County Council - Tuesday, 18th May, 2021 10.30
    am A number of council meetings are live-streamed.")."""
    match = _DASHED_WEEKDAY.search(line[:300])
    return date_and_time(match.group("when")) if match else None


_DASHED_WEEKDAY = re.compile(r"\s[-–—]\s+(?P<when>" + _WEEKDAY_DATE.pattern.removeprefix("(?i)") + r")(?=\s|$)", re.I)


_POSTED = re.compile(r"(?i)\b(?:ago|posted|updated)\b")   # "2:58 pm, Thursday, 29th February 2024 - 2 months ago"


def _run_on_date_label(lines: list[str]) -> str | None:
    """A meeting's date label inside a long line of text taken from a PDF, the labels run together: "MINUTES
    Council Date: Tuesday, 5 March 2019 Venue: Town Hall, ...", "... Date and Time: Thursday 28 July 2016 at
    7.03 pm Location: ..."."""
    for value in _run_on_label_values(lines, _DATE_LABEL_WITHIN):
        if date := date_and_time(value) or leading_date(value):
            return date
    return None


def _run_on_label_values(lines: list[str], label: re.Pattern) -> list[str]:
    """The values of a label inside the long lines of text taken from a PDF, up to the next label."""
    found = [(line, match) for line in lines[:5] if len(line) > 120 for match in [label.search(line[:600])] if match]
    return [value for line, match in found
            if (value := _NEXT_LABEL.split(line[match.end():match.end() + 80], maxsplit=1)[0])]


_DATE_LABEL_WITHIN = re.compile(r"(?i)(?<=\S )(?:date(?: and time|\s*/\s*time)?|date of meeting|meeting date)\s*:\s*")
_VENUE_LABEL_WITHIN = re.compile(r"(?i)(?<=\S )(?:venue|location)\s*:\s*")


_TIME_OF_DAY = re.compile(r"(?i)\b\d{1,2}(?:[.:]\d{2}(?![.:/]?\d)|\s*[ap]\.?m\b)|\bnoon\b")


def _meeting_date_label(labels: dict[str, str]) -> str:
    """The first meeting-date label's value that is not about another meeting: a table cell read as
    "meeting\ton 5 December 2023 was agreed" is the previous meeting's record approved."""
    return next((labels[name] for name in _MEETING_DATE_LABELS
                 if labels.get(name) and not _ANOTHER_MEETING.search(labels[name])), "")


def _is_agenda_cover(header: _Header) -> bool:
    """An agenda pack: a cover with the meeting's date, then 'Agenda', before any minutes heading
    (the minutes inside are the previous meeting's)."""
    agenda = _agenda_line(header)
    minutes = next((i for i, line in enumerate(header.cover) if _minutes_heading([line])), len(header.cover))
    return agenda is not None and agenda < minutes and not header.letter


_AGENDA_LINE = re.compile(r"^agenda$", re.I)


def _agenda_line(header: _Header) -> int | None:
    return next((i for i, line in enumerate(header.cover) if _AGENDA_LINE.match(line)), None)


def _minutes_dated(line: str) -> str | None:
    """The date of a 'Minutes - 24 February 2021' heading."""
    match = _MINUTES_DATED.match(line[:100])
    return date_and_time(match.group("when")) if match else None


# Bodies whose name has no body word, as a "Meeting" label's value ("Meeting | Executive").
_BODIES_WITHOUT_BODY_WORD = frozenset({"executive", "cabinet", "council", "full council", "the executive",
                                       "council executive"})
# A header line that is just one of these names the executive that meets ("COUNCIL EXECUTIVE", a Scottish
# council's executive committee).
_EXECUTIVES = frozenset({"executive", "the executive", "council executive"})


# A label's value naming a meeting and its date: "Cabinet, 9 March 2021", "The Cabinet on 5 March 2024".
_BODY_AND_WHEN = re.compile(r"^(?P<body>[^\t]{3,120}?)\s*(?:[,–—-]|\bon\b)\s*(?P<when>.+)$")


def _without_the(name: str) -> str:
    """'The Executive' -> 'Executive'."""
    return re.sub(r"^the\s+(?=[A-Za-z])", "", name, flags=re.I)


def _labelled_meetings(labels: dict[str, str]) -> list[_Meeting]:
    """The meeting a report goes to, from 'Report for: Cabinet, 9 March 2021' or 'To: Cabinet - 27 January 2022'."""
    found = []
    for name in _MEETING_LABELS:
        value = labels.get(name)
        match = value and _BODY_AND_WHEN.match(value)
        if match and not date_and_time(match.group("when")) and is_committee_line(value):
            match = None   # a comma in the committee's name: "To: Infrastructure, Land and Environment Policy Board"
        body = tidy_name(match.group("body") if match else value or "")
        if body and (is_committee_line(body) or _COUNCIL_MEETING.fullmatch(body)
                     or _without_the(body).lower() in _BODIES_WITHOUT_BODY_WORD):   # "Report to: The Cabinet on ..."
            found.append(_Meeting(body, date_and_time(match.group("when")) if match else None))
    return found


def _held_on(lines: list[str], notice_only: bool = False) -> str | None:
    """The date of 'Minutes of the meeting held on ...' / 'The meeting will be held on ...' in the title
    block: once the business has begun, a meeting "held on" a date is another one (the minutes approved,
    a workshop, a column beside the previous minutes' item). With `notice_only`, only a notice of the
    meeting to come ("will be held"), read on over the lines its sentence wraps onto."""
    block = list(_outside_items(_title_block(lines)))
    for i, line in enumerate(block):
        sentences = [_sentence_at_start(line[:400])]
        if opening := _MEETING_OPENS.search(line[:1500]):   # a copy's run-on first line
            sentences.append(_sentence_at_start(line[opening.start():opening.start() + 400]))
        for sentence in sentences:
            if _ANOTHER_MEETING.search(sentence) and not _REPORT_TO_MEETING.match(sentence):
                continue  # minutes approved, "to be approved at the meeting to be held on ..."
            match = _HELD_ON.search(sentence)
            if match and (not notice_only or _NOTICE.search(match.group())):
                # not another date it goes on to give: "... on 21 June 2018 to transact the business set out in the
                # Council summons dated Friday, 15 June 2018"
                rest = _OTHER_DATES.split(match.group("rest"), maxsplit=1)[0]
                if notice_only and not rest.rstrip().endswith("."):
                    rest = " ".join([rest] + block[i + 1:i + 3])
                found = find_date(rest, least_precise="my")
                if found:
                    return found
    return None


_NOTICE = re.compile(r"(?i)\bwill\s+be\s+held\b")
# the minutes' opening formula after a copy's run-on header: "... CALL-IN. * DENOTES KEY DECISION At a meeting of the
# Liverpool City Region Combined Authority held in the Authority Chamber ... on Friday, 24th May, 2019 the following ..."
_MEETING_OPENS = re.compile(r"(?<![\w,;(])At an? (?:[A-Za-z]+ )?meeting of\b")
# A summons: "You are requested to attend a meeting of the Council to be held on Thursday, 28th February, 2019 at
# 10.00 am", over the letter's own "Date: 18 February 2019" above it
_SUMMONS = re.compile(r"(?i)\b(?:requested|summoned|required|invited)\s+to\s+attend\s+(?:a|the|an)\s+(?:\w+\s+)?meeting\b"
                      r"[^.]{0,160}?\b(?:to\s+be|which\s+will\s+be)\s+held\b(?P<rest>.{0,160})")


def _summoned_to(lines: list[str]) -> str | None:
    """The day a summons near the top calls the meeting for (`_SUMMONS`)."""
    match = next(filter(None, (_SUMMONS.search(line[:2000]) for line in lines[:20])), None)
    return find_date(match.group("rest"), least_precise="my") if match else None


def _sentence_at_start(line: str) -> str:
    """The line up to the end of its first sentence, or to the opening business that follows the heading in
    the same sentence: in a PDF's run-on text the heading ("RECORD OF CABINET BUSINESS MEETING HELD ON 30TH
    JANUARY, 2001") runs into the business that approves another meeting's record, or into "Apologies for
    absence were received from ..." with no full stop between."""
    if len(line) <= _LONGEST_HEADING:
        return line
    end = _SENTENCE_END.search(line)
    sentence = line[:end.start() + 1] if end else line
    business = _BUSINESS_RUNS_ON.search(sentence)
    return sentence[:business.start()] if business else sentence


# The opening business run on after a heading's date: "... on 27th September 2017 Apologies for absence were ..."
_BUSINESS_RUNS_ON = re.compile(r"(?<=\d\s)(?:Apologies|Declarations? of|Present\b)")


_LONGEST_HEADING = 200
# a full stop, semicolon or question mark before a space and a capital or an item's number; not "a.m.", "No.", "St."
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)(?<!\b(?:No|St|Mr|Dr|Ms))(?<!\bMrs)(?<!\bCllr)[.;?](?=\s+(?:[A-Z]|\d{1,2}\.\s))")


def _title_block(lines: list[str]) -> list[str]:
    """The lines before the first numbered agenda item or minute (a line that is a date is no item), or before
    the first business every meeting opens with when the items lost their numbers ("Apologies for Absence")."""
    first = next((i for i, line in enumerate(lines)
                  if (_NUMBERED.match(line) and not _date_line(line)) or _OPENING_BUSINESS.match(line)), len(lines))
    return lines[:first]


_OPENING_BUSINESS = re.compile(r"(?i)^(?:apologies(?: for absence)?|declarations? of (?:members['’]? )?interests?"
                               r"|substitute members|substitutions)\b.{0,40}$")


def _outside_items(lines: list[str]) -> Iterable[str]:
    """Lines that are not an agenda item's title: not numbered ("680 Minutes of the meeting held
    on ..."), nor behind a number standing alone on the line before (a page copied from a browser). A
    number alone on the first line, with no stop, is a printed page's number ("699" over "MINUTE of MEETING
    of the COUNCIL held within ...")."""
    previous = ""
    for n, line in enumerate(lines):
        item_number = _BARE_NUMBER.match(previous) and not (n == 1 and previous.isdigit())
        if not _NUMBERED.match(line) and not item_number and not names_a_file(line):
            yield line
        previous = line




_BARE_NUMBER = re.compile(r"^(?:[A-Z]{0,3}\d{1,4}[a-z]?|\d{1,3}/\d{2,4}|\d{1,3}\.\d{1,2})[.):]?$")


def _date_line(line: str) -> str | None:
    """A line that is nothing but a day or month date (a bare year is too ambiguous), or that
    opens with a day's date followed by the time or place ("Thursday, 9th March, 2023 at 2.00 pm
    in Committee Room B"); not the end of a link to another document ("14TH MAY, 2018. pdf icon PDF 101 KB")."""
    if len(line) > 200 or names_a_file(line):
        return None
    place = _PLACE_DATE.match(line)
    if place and not _OTHER_DATES.search(place.group("place")):   # "Glasgow, 8th December 2016.": where and when
        line = place.group("date")
    elif (later := _PLACE_THEN_DAY.search(line[:80])) and later.start() <= 40:
        line = later.group("date")    # after a copy's code: "IH3 NL.COUNCIL1998M Motherwell, 12 February 1998 at 4 pm."
    found = (normalise_date(line) or date_and_time(line)) if len(line) <= 60 else None
    return found if found and len(found) > 4 else leading_date(line)


_PLACE_DATE = re.compile(r"^(?!(?i:mon|tue|wed|thu|fri|sat|sun|dydd)\w*\b)(?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}),"
                         r"\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s.{3,40})$")


def find_committee(header: _Header, date: str | None = None) -> str | None:
    """From a meeting heading, a committee label, 'Report to the X' or a line naming it; not from a heading
    of a meeting on another day than the document's `date` (minutes the business approves).

    A meeting or minutes heading naming the council itself ("Minute of Meeting of the Highland
    Council held ...") is a meeting of the full council: "Council"."""
    minutes = _minutes_heading(header.cover)
    meetings = [m.body for m in _meetings(header) if not (date and m.date and m.date != date)]
    meetings += [minutes and _at_venue(minutes.group("body"))[0]]
    candidates = ["Council" if body and (_is_council_itself(body) or _is_unknown_council(body)) else body
                  for body in meetings]
    candidates += [_without_trailing_date(_label(header.labels, _COMMITTEE_LABELS))]
    candidates += [m.body for m in _labelled_meetings(header.labels)]
    candidates += [match.group("body") for match in map(_REPORT_TO.match, header.lines) if match]
    candidates += [match.group("body") for match in map(_REPORT_TO_MEETING.match, header.lines[:10]) if match]
    candidates += [_heading_body(line) for line in header.lines[:5]]
    candidates += [_decision_by(line) for line in header.lines[:10]]
    candidates += [line for line in header.lines if is_committee_line(line)]
    candidates += [line for line in header.lines[:10] if line.lower() in _EXECUTIVES]
    candidates += [_bilingual_committee(line) for line in header.lines[:10] if " / " in line]
    candidates += [_full_council(header)]
    for candidate in map(_without_trailing_date, candidates):   # a pack's cover: "Cabinet - 18 March 2025"
        name = tidy_name(_without_council(_MEETING_OF.sub("", candidate))) if candidate else None
        name = _without_meeting_word(_without_council_name(name)) if name else None
        name = _without_the(name) if name else None
        if name and not is_council_name(name) and not _is_name_only(name) and not is_agenda_heading(name) \
                and name.lower() not in _GENERIC_BODIES:
            return name
    return None


def _without_trailing_date(value: str | None) -> str | None:
    """'The Cabinet on 5 March 2024' -> 'The Cabinet': a label's value naming the meeting and its date."""
    match = value and _BODY_AND_WHEN.match(value)
    return match.group("body") if match and date_and_time(match.group("when")) else value


# "Cabinet - Minutes", "Planning Committee | Agenda": a page headed by its committee and what it holds.
_BODY_AND_KIND = re.compile(r"^(?P<body>[^\t]{3,120}?)\s*[-–—|:]\s*(?:draft |confirmed |signed |recent |latest |key )?"
                            r"(?:(?:summary|record) of (?:the )?)?(?:minutes?|decisions"
                            r"|agenda(?: and (?:draft )?minutes)?|cofnodion)$", re.I)
# "Decision of the City Mayor", "Executive Decision by the Mayor - 20 July 2023": who decided alone.
_DECISION_BY = re.compile(r"^(?:(?:record|notice) of (?:an? |the )?)?(?:(?:executive|individual|key|mayoral|delegated) )?"
                          r"decision (?:of|by|taken by|made by)"
                          r" (?:the )?(?P<body>[^\t]{3,120}?)(?:\s+[-–—|]\s+.*)?$", re.I)
_MAYOR = ("mayor", "elected mayor")   # what "Decision of the Mayor" names: an elected mayor


def _bilingual_committee(line: str) -> str | None:
    """'Pwyllgor Archwilio / Audit Committee': a committee named in Welsh and English, by its
    English name (or its Welsh one when only that is a committee's)."""
    halves = [half.strip() for half in line.split(" / ")]
    if len(halves) != 2 or not all(map(is_committee_line, halves)):
        return None
    return next((half for half in reversed(halves) if _COMMITTEE_WORD_LAST.search(half)), halves[0])


# The meeting of a combined or national park authority as a whole, as "Council" is a council's: "Meeting of the
# Combined Authority", "Park Authority" above the meeting's date.
_AUTHORITY_MEETING = r"(?:mayoral )?combined (?:county )?authority|(?:national )?park authority"
_AUTHORITY_BODY = re.compile(_AUTHORITY_MEETING, re.I)
_COUNCIL_HEADING = re.compile(r"(?i)^(?:(?:special|extraordinary|annual|ordinary|budget) )?"
                              rf"(?P<body>(?:full )?council|{_AUTHORITY_MEETING})(?: meeting)?$")
# In Scotland the Provost chairs the full council; committees have a convener.
_PROVOST_CHAIR = re.compile(r"(?i)^(?:present|sederunt)\b[\s:-]*(?:the )?(?:lord )?provost\b"
                            r"|\b(?:lord )?provost\b[^.;]{0,60}(?:in the chair|\(chair\)|presiding)")


def _full_council(header: _Header) -> str | None:
    """'Council', 'Full Council' for a header line that is just that ("Council Meeting"), or for
    minutes chaired by the Provost, when nothing else names the body."""
    heading = next(filter(None, map(_COUNCIL_HEADING.match, header.lines[:8])), None)
    if heading:
        return heading.group("body").title()
    return "Council" if any(_PROVOST_CHAIR.search(line[:300]) for line in header.cover) else None


def _heading_body(line: str) -> str | None:
    """The body of a 'Meeting of the X held ...' or 'X - Minutes' heading, if X meets, or of a
    heading that names the council, then its committee ("THE FIFE COUNCIL - CABINET COMMITTEE -
    REMOTE MEETING"; "THE FIFE COUNCIL - GLENROTHES.", the council at its seat, is the Council)."""
    line = line[:300]
    if _MEETING_OF.match(line):
        body = re.split(r"(?i)\s+(?:(?:was |will be )?held\b|at \d|on (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
                        _MEETING_OF.sub("", line))[0]
        body = tidy_name(_without_council(body.rstrip(" .")))
        return body if body and _is_meeting_of_body(body) else None
    parts = re.split(r"\s+[-–—]\s+", line.rstrip(" ."))
    if len(parts) > 1 and _is_council_itself(parts[0]):
        committee = next((tidy_name(p) for p in parts[1:] if is_committee_line(p)), None)
        council = find_council_in(parts[0])
        return committee or ("Council" if all(council_from_seat(p) == council for p in parts[1:]) else None)
    match = _BODY_AND_KIND.match(line) or _BODY_REPORT.match(line) or _BODY_MINUTES.match(line)
    body = tidy_name(match.group("body")) if match else None
    return body if body and (_is_meeting_of_body(body) or body.lower() in _BODIES_WITHOUT_BODY_WORD) else None


# A report's cover headed by the body it goes to: "CABINET REPORT", "Planning Committee Report".
_BODY_REPORT = re.compile(r"^(?P<body>[^\t]{3,80}?)\s+report$", re.I)
# Minutes headed by their body with no separator: "CABINET MEETING MINUTES", "Planning Committee Minutes".
_BODY_MINUTES = re.compile(r"^(?P<body>[^\t]{3,80}?)\s+(?:meeting\s+)?minutes$", re.I)


def _decision_by(line: str) -> str | None:
    """The office deciding alone in 'Decision of the City Mayor' ('Mayor' there is an elected mayor)."""
    match = _DECISION_BY.match(line[:300])
    body = tidy_name(match.group("body")) if match else None
    if body and (is_decision_maker(body) or is_committee_line(body) or body.lower() in _MAYOR):
        return body
    return None


def _is_meeting_of_body(body: str) -> bool:
    """'Meeting of Full Council', 'Meeting of the Licensing Committee': a body that meets."""
    return is_committee_line(body) or bool(_COUNCIL_MEETING.fullmatch(body) or _AUTHORITY_BODY.fullmatch(body))


def find_title(lines: list[str], labels: dict[str, str]) -> str | None:
    """From a title label, the line after 'Agenda item', or a capitals title above 'Report from'."""
    for candidate in (_label(labels, _TITLE_LABELS), _after_agenda_item(lines), _report_caps_title(lines)):
        name = tidy_name(_ITEM_NUMBER.sub("", candidate)) if candidate else None
        if name and re.search(r"[^\W\d_]{2}", name):
            return name
    return None


_ITEM_NUMBER = re.compile(r"^(?:\d{1,3}[a-z]?|\d{1,3}/\d{2,4}|\d{1,3}\.\d{1,2})[.):]?\s+")


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


_REPORT_FROM = re.compile(r"^report (?:from|of|by)\b", re.I)


def _report_caps_title(lines: list[str]) -> str | None:
    """An all-capitals line (not the committee, a date or a council) above 'Report from/by/of'."""
    end = next((i for i, line in enumerate(lines) if _REPORT_FROM.match(line)), None)
    for line in lines[:end] if end is not None else []:
        if line.isupper() and len(line.split()) >= 2 and not is_committee_line(line) \
                and line.lower() not in _BODIES_WITHOUT_BODY_WORD \
                and not normalise_date(line) and not is_council_name(line):
            return line
    return None


def find_council_in(text: str) -> str | None:
    """The first principal council `text` names: a combined authority named in an item's title
    ("GMCA Bus Franchising") does not say whose minutes these are (`_authority_heading` does)."""
    return find_any_council(text, principal_only=True)


def find_council(header: _Header, text: str = "", meeting_date: str | None = None) -> str | None:
    """The council the document states it is from (see the module docstring for the order)."""
    labelled = _label(header.labels, _COUNCIL_LABELS)
    if labelled:  # the label says it is a council, so a place name is enough
        named = councils_in_question(labelled, in_names=True)
        return named[0] if named else tidy_name(labelled)
    # a site two councils share names both: its committee's name tells which. An authority heading the
    # document comes next: the council hosting it is named too, often at the top; one in the furniture
    # (a running header) only after a council named there
    for found in (_council_of_shared_site(header, text), _authority_heading(header.lines[:AUTHORITY_LINES]),
                  _council_line(_unglued(header.lines)),
                  _council_in_lines(header.furniture), _authority_heading(header.furniture),
                  _council_in_headings(header.lines), _council_in_minutes_heading(header.cover),
                  _council_opening_a_line(_unglued(header.lines[:AUTHORITY_LINES])),
                  _council_in_footer(footer_lines(text)),
                  _council_opening_a_body(header.lines[:3]),
                  _council_from_addresses("\n".join([text, *header.furniture])),
                  _council_from_venue(header, footer_lines(text), _era(header, meeting_date)),
                  _council_called_to_meet(header.cover)):
        if found:
            return found
    return None


def the_only_council_named(text: str) -> str | None:
    """The one council the document's opening names in a council's form, when it names no other: a copy whose
    headings were lost may still name it in passing ("... summaries for Anytown District Council"). The last
    resort, after the file name: a council named in passing may be another one."""
    named = bodies_named_in(text[:_ONLY_COUNCIL_REACH])
    authorities = [n for n in named if is_authority(n)]
    # an authority named first is the page's, and the one council named after it a partner named in passing
    # ("Decision Maker: Liverpool City Region Combined Authority" ... "requested by Liverpool City Council")
    if len(authorities) == 1 and named[0] == authorities[0]:
        return named[0]
    councils = [n for n in named if n not in authorities]
    return councils[0] if len(councils) == 1 else None


_ONLY_COUNCIL_REACH = 3000   # characters


# Two councils named as one site's owners: "Babergh and Mid Suffolk District Councils", "Adur & Worthing Councils",
# and the banner's picture named for them: "Lewes District and Eastbourne Borough Councils' logo".
_SHARED_BY = re.compile(r"^(?:©\s*)?(?:the )?(?P<first>[A-Z][\w'’. -]{1,40}?)\s+(?:and|&)\s+"
                        r"(?P<second>[A-Z][\w'’. -]{1,40}?)\s+(?P<kind>(?:(?:metropolitan )?borough|district|county|city) )?"
                        r"councils(?:['’]\s*logo)?$", re.I)


def _council_of_shared_site(header: _Header, text: str = "") -> str | None:
    """On a site two councils share, the one whose short name the meeting's body begins with ("Mid
    Suffolk Licensing and Regulatory Committee"); else, when the meeting's body is named without its council
    ("Cabinet"), the one owner the text names elsewhere than beside the other ("Matters referred from Mid Suffolk
    Overview and Scrutiny Committee"). None for a joint committee or when neither tells."""
    owners = next(filter(None, map(_councils_sharing, header.lines + header.furniture)), None)
    if not owners:
        return None
    minutes = _minutes_heading(header.cover)
    bodies = [m.body for m in _meetings(header)] + [minutes and minutes.group("body")]
    bodies += [_label(header.labels, _COMMITTEE_LABELS)]
    for body in filter(None, bodies):
        named = [c for c in owners if body.lower().startswith(c.short.lower() + " ")]
        if len(named) == 1:
            return named[0].name
    if any(_JOINT.search(body) for body in filter(None, bodies)):
        return None
    def names(council, line: str) -> bool:
        return re.search(rf"\b{re.escape(council.short)}\b", line) is not None

    # a line naming both ("Lewes and Eastbourne" over "Councils") speaks for the site, not one council
    alone = [line for line in text.split("\n") if not all(names(c, line) for c in owners)]
    named = [c for c in owners if any(names(c, line) for line in alone)]
    return named[0].name if len(named) == 1 else None


_JOINT = re.compile(r"\bjoint\b", re.I)   # a joint committee of both councils is neither's alone


def _councils_sharing(line: str) -> list | None:
    """The two councils a line names as a site's owners, when both are known."""
    line = line[:120]
    match = _SHARED_BY.match(title_case(line) if line.isupper() else line)
    if not match:
        return None
    kind = (match.group("kind") or "").title()
    # the kind after both names is the second's only when the first gives its own ("Lewes District and ...")
    owners = [council_named(f"{match.group(part)} {kind}Council") or council_named(f"{match.group(part)} Council")
              for part in ("first", "second")]
    return owners if all(owners) and owners[0] != owners[1] else None


AUTHORITY_LINES = 8      # an authority that is not a council names itself at the top
# What names a body that publishes minutes beside councils: "... Fire and Rescue Authority", "... Combined
# Fire Authority", "... Police and Crime Panel", "... Police, Fire and Crime Panel", "... Combined (County)
# Authority", "... National Park Authority".
_AUTHORITY_KIND = re.compile(r"(?i)\b(?:(?:combined )?fire (?:and rescue )?authority|police,?\s+(?:and|fire and)\s+crime panel"
                             r"|(?:mayoral )?combined (?:county )?authority|national park authority)\b")
_BODY_MEETING_HELD = re.compile(r"(?i)\b(?:at|of) the (?P<body>[\w&'’ -]{2,80}?) meeting,? held (?:on|at|in)\b")
_NOT_OF_THE_NAME = frozenset("""minutes minute meeting meetings notes agenda record decisions decision held report special
    annual extraordinary budget cofnodion at a an to for by with from in this""".split())
_NAME_CONNECTORS = frozenset("and of & upon on the".split())


def _authority_heading(lines: list[str]) -> str | None:
    """A combined, national park or fire authority or a police and crime panel named in a heading at
    the top ("MINUTES OF THE ... FIRE AND RESCUE AUTHORITY HELD ON ...", "Thames Valley Police and
    Crime Panel"): it is the body whose minutes these are, though a council hosts its meetings."""
    for line in lines:
        if len(line.split()) > 30 or (line.rstrip().endswith((".", ";")) and not line.isupper()) \
                or _NUMBERED.match(line):
            continue
        meeting = _BODY_MEETING_HELD.search(line)
        if meeting and find_authority(meeting.group("body")):   # "DECISIONS AGREED AT THE GMCA MEETING HELD ON ..."
            return find_authority(meeting.group("body"))
        known = find_authority(line)
        match = _AUTHORITY_KIND.search(line)
        place = _place_before(line[:match.start()]) if match else None
        name = known or (place and f"{place} {match.group()}")
        if name and _heads_with(line, name):
            return known or (tidy_name(name) if not line.isupper() else title_case(name))
    return None


def _without_page_number(line: str) -> str:
    """The document's first line without the page's number a copy glued before its minutes heading ("9 MINUTES
    OF THE MEETING OF THE ... COMBINED AUTHORITY, HELD ON ..."); an item's number is not bare ("5. Minutes of ...")."""
    number = _PAGE_NUMBER_FIRST.match(line)
    return line[number.end():] if number and _MINUTES_OF.match(line[number.end():]) else line


_PAGE_NUMBER_FIRST = re.compile(r"^\d{1,3} (?=\S)")


_DATE_WORDS = re.compile(rf"(?i)\b(?:{_WEEKDAY}|{MONTH}|am|pm|noon)\b|\d+(?:st|nd|rd|th)?|[-–—|,.:()/]")
_HEADING_WORDS = frozenset("agenda minutes notes meeting board annual special extraordinary draft".split())


def _heads_with(line: str, name: str) -> bool:
    """The line is the body's heading: a minutes heading naming it, or its name with nothing more than
    a date, "Agenda"/"Minutes" or one of its committees ("... Fire Authority - Thursday, 20th February"),
    never an item's title about it ("GMCA Bus Franchising")."""
    if _MINUTES_OF.match(line) or _MINUTES_OF_BODY.match(line) or _MEETING_OF.match(line):
        return True
    at = line.lower().find(name.lower())
    rest = " ".join(_DATE_WORDS.sub(" ", line[:max(at, 0)] + " " + line[at + len(name):] if at >= 0 else line).split())
    return not rest or all(word.lower() in _HEADING_WORDS for word in rest.split()) or is_committee_line(rest)


def _place_before(text: str) -> str | None:
    """The capitalised place words ending `text` ("... OF THE HAMPSHIRE AND ISLE OF WIGHT")."""
    words: list[str] = []
    for word in reversed(text.split()):
        bare = word.strip(",").lower()
        if bare in _NOT_OF_THE_NAME or not (word[:1].isupper() or bare in _NAME_CONNECTORS) or len(words) == 8:
            break
        words.insert(0, word)
    while words and words[0].lower() in _NAME_CONNECTORS:
        words.pop(0)
    return " ".join(words).rstrip(",") or None


_OFFICES = re.compile(r"(?i)\b(?:hall|civic|offices|council|house|centre|center|chambers|headquarters|neuadd"
                      r"|swyddfa|canolfan|guildhall|shirehall)\b")
_VENUE_LINE = re.compile(r"(?i)^(?:the )?(?:council chamber|committee room|civic (?:centre|offices)|council offices"
                         r"|county hall|town hall|city hall|guildhall|shire ?hall|siambr)\b[^.;:]{0,150},[^;:]*\.?$")
_BRACKETED_VENUE = re.compile(r"\((?P<venue>[^():]{5,120}?,[^():]{3,120}?)(?::[^()]*)?\)")
# a venue after the day on one line: "TUESDAY 13 JANUARY 2015 COUNCIL CHAMBER, TOWN HOUSE, HADDINGTON"
_DAY_THEN_VENUE = re.compile(rf"(?i)^(?:[a-z]+day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+\d{{4}},?\s+(?P<venue>.+)$")
# the place and day a Scottish minute opens with: "Motherwell, 12 February 1998 at 4 pm."
_PLACE_THEN_DAY = re.compile(rf"(?:^|\s)(?P<venue>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?P<date>(?:the\s+)?\d{{1,2}}"
                             rf"(?:st|nd|rd|th)?\s+(?i:{MONTH})\s+\d{{4}}),?\s+at\s+\d")
_VENUE_LABELS = ("venue", "lleoliad", "lleoliad / venue", "location", "place", "address")
_HELD_AT = re.compile(r"(?i)\b(?:held (?:at|in|within)|met (?:at|in)|a gynhaliwyd (?:yn|ym|yng))\b(?P<venue>.{3,160}?)"
                      r"(?:\bon\b|\bd?dydd\b|\bar \d|$)")
# the time and day first: "held at 10.30 a.m. on Friday, 11 April 2014, at County Hall, Chichester, the members ..."
_HELD_AT_TIME_FIRST = re.compile(r"(?i)\bheld at \d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?,? on [^,]{3,30},? \d{1,2}(?:st|nd|rd|th)?"
                                 r" \w+,? (?:19|20)\d\d,? (?:at|in) (?P<venue>[^:;]{3,120}?)(?:,\s*the\b|[:;]|$)")
# a meeting of a county council: its venue's town is the county's seat, not the district's own place
_COUNTY_MEETING = re.compile(r"(?i)\bmeeting of (?:the )?(?:[A-Z][\w-]* )*?County Council\b")


def _era(header: _Header, meeting_date: str | None) -> str | None:
    """When the document was written, as far as it says: its meeting's date (`find_meeting_date`), else the
    latest date on its first lines (minutes of 30 October 2018 approved), else None."""
    return meeting_date or max(filter(None, map(find_date, header.cover)), default=None)


def _council_from_venue(header: _Header, footer: list[str], era: str | None = None) -> str | None:
    """The council whose offices the meeting was held at or the document's address names ("held at
    County Hall, Glenfield", "Venue: Civic Offices, Barry"), when only one council fits: used when
    nothing names the council. A council abolished since counts when the document is older (`era`)."""
    venues = [header.labels.get(name) for name in _VENUE_LABELS]
    venues += [m.group("venue") for m in map(_HELD_AT.search, header.cover) if m]
    venues += [m.group("venue") for m in map(_HELD_AT_TIME_FIRST.search, header.cover) if m]
    venues += [line for line in header.lines + header.furniture + footer
               if len(line) <= 200 and POSTCODE.search(line) and _OFFICES.search(line)]
    # a venue on a line of its own under the heading: "Council Chamber, Council Offices, School Place, Kirkwall."
    venues += [line for line in header.lines[:12] if _VENUE_LINE.match(line) and len(line.split()) <= 20]
    # ... or in brackets with the times: "(NPA Offices, Llanion Park, Pembroke Dock: 1.30pm – 2.45pm)"
    venues += [m.group("venue") for line in header.lines[:12] for m in _BRACKETED_VENUE.finditer(line)
               if _OFFICES.search(m.group("venue"))]
    venues += [m.group("venue") for line in header.lines[:12] for m in [_DAY_THEN_VENUE.match(line)]
               if m and _VENUE_LINE.match(m.group("venue"))]
    venues += [m.group("venue") for line in header.lines[:12] for m in [_PLACE_THEN_DAY.search(line)] if m]
    venues += _run_on_label_values(header.cover, _VENUE_LABEL_WITHIN)   # "... 2019 Venue: Town Hall, St Annes Members ..."
    county = any(_COUNTY_MEETING.search(line) for line in header.cover)
    return next(filter(None, (council_from_seat(v, era, county_body=county) for v in venues if v)), None)


def _unglued(lines: list[str]) -> list[str]:
    """Lines with a capitals word a copy's text glued onto the word before set apart: "Craven District
    CouncilAGENDA ITEM 2"."""
    return [_GLUED_CAPITALS.sub(" ", line) for line in lines]


_GLUED_CAPITALS = re.compile(r"(?<=[a-z]{3})(?=[A-Z]{3,}\b)")


def _council_line(lines: list[str]) -> str | None:
    """A header line that is just a council's name ("MEDWAY COUNCIL", "Anytown Borough Council")."""
    for line in lines:
        if is_council_name(line) or (len(line) <= 80 and find_council_in(line) and _is_name_only(line)):
            return find_council_in(line) or council_misnamed(tidy_name(line) or "") or tidy_name(line)
    return None


def _council_opening_a_line(lines: list[str]) -> str | None:
    """A council's full name opening a line the rest of the heading runs on in, as text taken from a PDF
    lays it out: "SOUTH AYRSHIRE COUNCIL. Minutes of meeting in County Buildings, ...", "1 FERMANAGH AND
    OMAGH DISTRICT COUNCIL Minutes of Meeting of: Council ..."."""
    for line in lines:
        line = _PAGE_NUMBER_FIRST.sub("", line)
        # an authority's name in capitals heads its minutes ("EXMOOR NATIONAL PARK AUTHORITY ... MINUTES of the
        # meeting ..."); in title case it may be an item's title ("Greater Manchester Combined Authority: bus ...")
        authority = find_authority(line[:120])
        for known in (find_council_in(line[:120]), authority if authority and line[:len(authority)].isupper() else None):
            if known and line.lower().startswith(known.lower()) and line[len(known):len(known) + 1] in (".", " ", ",", ":"):
                return known
    return None


_PAGE_NUMBER_FIRST = re.compile(r"^\d{1,3}\s+(?=[A-Z])")


def _is_council_itself(body: str) -> bool:
    """'Highland Council', 'Cyngor Sir Ynys Môn': a council's name and nothing else."""
    return _is_only(body, find_council_in(body))


def _is_unknown_council(body: str) -> bool:
    """'Little Snoring Parish Council': a council's name the table does not hold, and nothing else."""
    body = _without_the(body)
    return is_council_name(body) and not _OF_COUNCIL.search(body)


def _is_only(text: str, known: str | None) -> bool:
    """Whether `text` is the name `known` found in it and nothing more ("the" aside)."""
    def words(name: str) -> list[str]:
        return [w for w in re.findall(r"[^\W_]+", name) if w.lower() != "the"]
    return bool(known) and len(words(text)) <= len(words(known))


def _is_name_only(line: str) -> bool:
    known = find_council_in(line)
    return bool(known) and len(line.split()) <= len(known.split()) + 1


def _council_in_lines(lines: list[str]) -> str | None:
    """A council named in short lines: running headers and footers, a page's title."""
    short = (line for line in lines if len(line.split()) <= 15)
    return next(filter(None, map(find_council_in, short)), None)


def _council_in_headings(lines: list[str]) -> str | None:
    """A council named in a heading of the header (not in a sentence of the body)."""
    for line in lines:
        sentence = line.rstrip().endswith((".", ";")) and not line.isupper() and not _MEETING_OF.match(line)
        if len(line.split()) <= 20 and not sentence and find_council_in(line):
            return find_council_in(line)
    return None


def _council_opening_a_body(lines: list[str]) -> str | None:
    """The council whose short name a meeting heading's body opens with ("South Hams Executive - Thursday,
    6th June, 2024 10.00 am"), as a site two councils share names its bodies: the rest must be a body. The day
    and time may follow the body's name with no dash, or on a line of their own ("West Devon Development Management
    and Licensing Committee" / "Tuesday, 24th November, 2020 9.30 am")."""
    for line in [*lines, *(f"{first} {second}" for first, second in zip(lines, lines[1:]))]:
        match = (_BODY_THEN_DAY.match(line[:300]) or _MEETING_HEADING.match(line[:300])
                 or _DATED_HEADING.match(line[:300]))
        body = match.group("body").strip() if match and date_and_time(match.group("when")) else ""
        named = [c for c in all_councils() if c.principal and body.lower().startswith(c.short.lower() + " ")
                 and _names_a_body(body[len(c.short):].strip())]
        if named:
            return max(named, key=lambda c: len(c.short)).name
    return None


_BODY_THEN_DAY = re.compile(rf"(?P<body>[A-Z][^.;:]{{3,150}}?[\w)])\s+(?P<when>(?i:{_WEEKDAY}),?\s.{{6,40}})$")


def _names_a_body(name: str) -> bool:
    """'Executive', 'Licensing Committee': a body of the council itself, not a place's name going on
    ("Leeds City Region Transport Committee") nor one shared with others ("Derby and Derbyshire ...", "... Joint ...")."""
    return (name[:1].isupper() and not _SHARED_BODY.search(name)
            and (is_committee_line(name) or name.lower() in _BODIES_WITHOUT_BODY_WORD))


_SHARED_BODY = re.compile(r"(?i)^(?:city|capital|region)\b|\b(?:joint|region|regional|partnership|combined)\b")


def _council_in_minutes_heading(lines: list[str]) -> str | None:
    """The council a long minutes heading names its committee by ("Minutes of Meeting of the
    Development Committee of Anytown District Council held on ..."): before "held", never after."""
    minutes = _minutes_heading(lines)
    return (find_council_in(minutes.group("body")) or _council_ending(minutes.group("body"))) if minutes else None


def _council_ending(body: str) -> str | None:
    """A council the table does not hold, named whole at the end of a minutes heading's body: a parish or
    town council's ("Minutes of the meeting of Little Snoring Parish Council held on ..."), or a council since
    abolished ("... of the Planning Committee of Penwith District Council")."""
    match = _OF_COUNCIL.search(body.strip())
    name = match.group("council") if match else body.strip()
    return tidy_name(name) if is_council_name(name) else None


def _council_called_to_meet(lines: list[str]) -> str | None:
    """The council the opening sentence calls to meet, or records meeting ("A MEETING OF THE COUNCIL of the Borough
    of Anytown will be held ...", "... At a meeting of The City of Anytown Council.", "You are hereby summoned to
    attend a meeting of the Anytown Metropolitan Borough Council"): its name straight after the first "meeting of"."""
    opening = "\n".join(takewhile(lambda line: not _FIRST_ITEMS.match(line), lines))[:_CALLED_TO_MEET_REACH]
    match = _MEETING_OF_COUNCIL.search(opening)   # the first meeting spoken of: later ones are other business
    after = opening[match.end():match.end() + 100] if match else ""
    known = find_council_in(after)
    return known if known and _NAMED_FIRST.match(after[:after.lower().find(known.split()[0].lower()) + 1]) else None


_CALLED_TO_MEET_REACH = 1000   # characters: the summons or the minutes' opening sentence, not a later business's
_MEETING_OF_COUNCIL = re.compile(r"(?i)\bmeeting of (?:the )?(?:council of (?:the )?)?")
# nothing but the council's name before it: "Borough of Anytown" for Anytown Borough Council, "City of ..."
_NAMED_FIRST = re.compile(r"(?i)^(?:(?:the )?(?:royal )?(?:london )?(?:metropolitan )?(?:borough|district|city|county|"
                          r"county borough) of )?\S$")


def _council_in_footer(lines: list[str]) -> str | None:
    """A council named with its address at the end ("Medway Council, Gun Wharf, Chatham ME4 4TR")."""
    for line in reversed(lines):
        if len(line) <= 200 and (POSTCODE.search(line) or is_council_name(line)) and find_council_in(line):
            return find_council_in(line)
    return None


def _council_from_addresses(text: str) -> str | None:
    """The council most of the document's e-mail and web addresses belong to."""
    counts = Counter(filter(None, (council_from_address(a) for a in _ADDRESS.findall(text[:2_000_000]))))
    return counts.most_common(1)[0][0] if counts else None


_PAGE_OF_MINUTES = re.compile(MINUTES_PAGE_CAPTION, re.I)


def find_kind(lines: list[str]) -> str | None:
    """'minutes' if the header says Minutes, 'report' if it opens like a report, 'decision'
    for a decision record, else None."""
    if any(_MINUTES.match(line) for line in lines):
        return "minutes"
    if any(_MINUTES_WORD.search(line) and not _BOILERPLATE.search(line) for line in lines[:3]):
        return "minutes"
    held = next((m.group("kind").lower() for m in map(_KIND_IN_HEADING.search, lines[:3]) if m), None)
    if held:
        return "minutes" if held == "minutes" else "decision"
    if any(_REPORT.match(line) for line in lines[:10]):
        return "report"
    if any(_DECISION.match(line) for line in lines[:5]):
        return "decision"
    if any(_REPORT_LABELS.match(line) for line in lines[:20]) or _is_memo(lines[:20]):
        return "report"
    return None


def _is_memo(lines: list[str]) -> bool:
    """A report in memo form: 'From:', 'To:' and 'Subject:' labels."""
    labels = parse_labels(lines)
    return all(labels.get(name) for name in _MEMO_LABELS)


# ---------------------------------------------------------------- from the file name


def metadata_from_properties(properties: list[str]) -> Metadata:
    """The council a file's own properties name (a Word or PDF file's author, company or title:
    "Ribble Valley Borough Council"); a person's name names none."""
    councils = councils_in_question(" / ".join(properties), in_names=True) if properties else []
    return {"council": councils[0] if councils else None}


def metadata_from_file_name(name: str) -> Metadata:
    """The council, meeting date and kind a file name states ("croydon-cabinet-2020-06-30-minutes.pdf")."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    words = re.sub(r"[_+]+", " ", stem)
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", re.sub(r"(?<=[a-z])-(?=[a-z])", " ", words))   # "RibbleValley"
    councils = councils_in_question(spaced, in_names=True)
    kind = "minutes" if re.search(r"(?i)(?<![a-z])(?:minutes|cofnodion)(?![a-z])", words) else None
    return {"council": councils[0] if councils else None, "committee": None,
            "meeting_date": date_in_file_name(stem), "title": None, "kind": kind}
