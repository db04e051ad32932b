"""Sentence spans with character offsets, so quotes are verbatim substrings."""
from __future__ import annotations

import itertools
import re

from .answer_type import PERSON_TITLE, question_form, references_asked
from .dates import dates_with_time


_ABBREVIATIONS = frozenset(
    "mr mrs ms miss dr cllr cllrs prof st rev hon rt sr jr e.g i.e eg ie "
    "cf vs approx para paras ref fig nb co ltd inc dept est al".split()
)
# A list marker or paragraph number opening a line: "• ", "Ø  ", "- 2.4 ", "3.1   ", "(b) ", "a. ".
_MARKER = re.compile(
    r"(?:[•·Ø*▪◦○\-–—]\s+|\(?[a-z]{1,3}\)\s+|\(?\d{1,3}\)\s+|[a-z]\.\s+"
    r"|\d{1,3}(?:\.\d{1,3})+\.?\s+|\d{1,3}\.\s+|\d{1,3}(?:\s{2,}|\t))"
)
_END = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s)")
_SENTENCE_START = re.compile(r"\s+[\"'‘“(\[]?[A-Z0-9•·Ø£]")
_TERMINAL = tuple(".!?:;")
BULLETS = "•·Ø*▪◦○-–—"


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (char offsets into `text`) within text[start:end], trimmed.

    Paragraphs and list items (one per line) never share a sentence; list markers and
    paragraph numbers ("3.1", "•", "(a)") are left outside the spans.
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text, start, end):
        for c_start, c_end in table_cells(text, skip_markers(text, p_start, p_end), p_end):
            spans.extend(sentences_in(text, c_start, c_end))
    return spans


def is_question(sentence: str) -> bool:
    """True for a sentence that asks rather than tells: "Can the Minister confirm...?", or
    reports a question put in the meeting without its reply: "Councillor Hale asked whether
    the pool would reopen before the summer."."""
    return (sentence.rstrip(" \t\n\"'”’)]").endswith("?") or reports_question(sentence)
            or _ASKS_DIRECTLY.match(sentence) is not None)


# a question put in the meeting in the questioner's words, though cut short before its "?": "Can you please tell me
# how much of this saving has been achieved ... by t"
_ASKS_DIRECTLY = re.compile(r"\s*[\"“‘']?(?:(?:can|could|would|will)\s+(?:you|the\s+(?:leader|cabinet\s+member|portfolio"
                            r"\s+holder|council|mayor|chair))\s+(?:please\s+)?(?:tell|confirm|explain|advise|update|let|say"
                            r"|outline|provide|give)|please\s+(?:can|could|would)\s+you)\b", re.I)


def reports_question(sentence: str) -> bool:
    """True for a question put in the meeting, reported without its reply: "Councillor Hale
    asked whether the pool would reopen before the summer."."""
    return _REPORTED_QUESTION.search(sentence) is not None and _REPLY.search(sentence) is None


# "asked (the Director) whether/how/when...", "queried why...", "sought clarification on whether...".
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|asking|enquired|inquired|queried|questioned|wondered|wanted\s+to\s+know|wanting\s+to\s+know"
    r"|sought\s+(?:clarification|confirmation|"
    r"assurances?|an\s+update|details)(?:\s+(?:on|about|as\s+to))?)(?:\s+[\w'’]+){0,4}?\s+"
    r"(?P<form>whether|if|how|what|when|why|who|which|where)\b"
    # "Members asked about the plaster ceiling, where cracks had been seen."
    r"|\basked\s+(?:[\w'’]+\s+){0,3}?about\b"
    # the question in its own words after it: "A Member asked the following question: For the 2023/24 budgetary year"
    r"|\basked\s+the\s+following\s+(?:supplementary\s+)?questions?\b", re.I)
# ...unless the same sentence gives the answer: "asked when it would open and was told May".
_REPLY = re.compile(r"\b(?:repl(?:y|ied)|respon(?:se|ded)|answer(?:ed)?|confirmed|advised|explained|said|"
                    r"stated|informed|told|assured)\b", re.I)


def asks_the_same(question: str, sentence: str) -> bool:
    """True when the sentence reports a question put in the meeting of the same form as the user's:
    "When will the hides reopen?" and "Councillor Astley asked when the hides would open again."."""
    form = question_form(question)
    match = _REPORTED_QUESTION.search(sentence) if form else None
    return (match is not None and match.group("form") is not None and _REPLY.search(sentence, match.end()) is None
            and question_form(sentence[match.start("form"):]) == form)


# The fact is not known yet: the outcome is awaited, the cost still being worked out, the answer
# to come in writing or at a later meeting. Such a sentence is about the subject and says the
# minutes do not hold the answer.
_LEFT_OPEN = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:awaited|unknown|unclear|pending)"
    # a fact still to be settled or made known: "the date of reopening to be announced", "its amount
    # would be agreed before...", "the locations would be decided after consultation"; not when the
    # sentence goes on to give it ("would be set at £75")
    r"|(?:to|would|will|could|should)\s+be\s+(?:confirmed|determined|decided|agreed|announced|arranged|finalised"
    r"|finalized|notified|reported|circulated|made\s+known)\b(?!\s+(?:at|as)\s+(?:£|\d))"
    # ... or settled only later, or once something else has happened: "the operator be selected
    # later in the year", "the date be fixed by the Director once the orders have been made"
    r"|\bbe\s+(?:set|fixed|selected|chosen|appointed|named|decided|agreed|confirmed|published|announced)\b"
    r"(?!\s+(?:at|as)\s+(?:£|\d))[^.;]{0,60}?"
    r"\b(?:at\s+a\s+later\s+date|in\s+due\s+course|later|once)\b"
    r"|not\s+(?:yet\s+)?(?:been\s+)?(?:known|decided|agreed|confirmed|finalised|announced|determined|published"
    r"|received|worked\s+out|settled|calculated|identified|chosen|selected|appointed|named|come\s+back|arrived"
    r"|fixed|expected\s+until)\b"
    r"|(?:has|have|had)\s+not\s+yet\b"
    r"|(?:still|currently)\s+being\s+(?:assessed|considered|finalised|negotiated|worked\s+out|calculated|costed"
    r"|reviewed|explored|analysed|analyzed|prepared|drawn\s+up|looked\s+into|investigated|discussed)"
    r"|\byet\s+to\s+(?:be\s+(?:\w+ed|chosen|known|given|made|taken|set|found|drawn\s+up|done|seen|written)|decide|agree|confirm|announce|say|respond|reply|give|set|settle|make\s+(?:a|its|their))\b"
    r"|not\s+in\s+a\s+position\s+to\b|(?:nobody|no\s+one)\s+(?:can|could|was\s+able\s+to)\s+(?:say|put|give|confirm)"
    # "it was not yet clear how much of the cost they would cover", "the insurers were still assessing the claim"
    r"|\bnot\s+(?:yet\s+)?(?:clear|certain)\s+(?:how|whether|when|what|which|who|if)\b"
    r"|\b(?:is|are|was|were)\s+still\s+(?:assessing|considering|negotiating|working\s+out|reviewing|discussing"
    r"|costing|calculating)\b"
    # "the exact closure dates cannot yet be given"
    r"|\b(?:cannot|can\s+not|can['’]t|could\s+not|couldn['’]t)\s+(?:yet\s+|as\s+yet\s+|at\s+this\s+stage\s+)?be\s+"
    r"(?:given|confirmed|fixed|set|provided|known|stated|decided|agreed|named)\b"
    # the figures or the information not available yet, not a room: "the Council Chamber was not available"
    r"|\b(?:figures?|data|information|details?|numbers?|costs?|results?|breakdown|answers?|it|this|that|they|these)"
    r"\s+(?:[\w/]+\s+){0,2}?(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:available|included)\b"
    r"|would\s+not\s+(?:guess|speculate)\b"
    r"|until\s+(?:the\s+)?(?:result|outcome|decision)\b[^.;]{0,60}?\b(?:is|was|are|were)\s+known"
    # "the bids had been submitted, with the outcomes expected around Christmas" (not "the results were as expected")
    r"|\b(?:outcomes?|results?|decisions?)\b[^.;]{0,60}?(?<!\bas\s)\b(?:expected|due|anticipated)\s+(?:in|by|around"
    r"|at|on|before|after|later|soon|early|next|shortly|within)\b"
    r"|(?:will|would)\s+(?:come|be\s+brought)\s+back\s+to\b|\breport\s+back\b"
    r"|at\s+a\s+(?:later|future)\s+(?:date|meeting|stage)|in\s+due\s+course|to\s+a\s+(?:future|later|subsequent)\s+meeting"
    # put off to a later phase or another report: "would be looked at in a later phase of the plan", "the subject of
    # a separate report once a design has been prepared" (not "a future year's programme": a part of the business)
    r"|\b(?:in|for|at|to)\s+a\s+(?:later|future|separate|subsequent)\s+(?:phase|stage|report)\b"
    r"|\bsubject\s+of\s+a\s+(?:separate|further|future|later)\s+report\b"
    r"|(?:will|would)\s+be\s+(?:reported|brought|presented|provided|circulated|confirmed|given|sent)\s+"
    r"(?:back\s+)?(?:to\s+members\s+)?(?:(?:to|at|in)\s+(?:a|the)\s+(?:future|later|subsequent|next)|in\s+writing"
    r"|after\s+the\s+meeting)"
    # an answer promised for later: "would provide it to members in writing", "will report the reply to..."
    r"|(?:will|would|agreed\s+to|undertook\s+to|promised\s+to|offered\s+to)\s+(?:reply|respond|write|answer|provide"
    r"|circulate|send|forward|report|supply)\b[^.;]{0,60}?"
    r"(?:in\s+writing|after\s+the\s+meeting|outside\s+the\s+meeting)"
    r"|written\s+(?:reply|response|answer)\s+(?:will|would)\s+be"
    r"|did\s+not\s+have\s+(?:the|that|this|those|these|any|an?)?\s*(?:\w+\s+){0,2}?(?:figures?|information|details"
    r"|numbers?|data|answer|breakdown)\b"
    r"|no\s+(?:[a-z-]+\s+)?(?:date|decision|figure|timescale|timetable|cost|costs|estimate|choice|site|location|amount|price|value"
    r"|reply|response|answer|comments?)\b"
    r"[^.;]{0,40}?\b(?:had|has|have|could|can)"
    r"\s+(?:yet\s+)?(?:be|been)\b"
    r"|(?:unable|not\s+able)\s+to\s+(?:say|confirm|give|provide|answer|name|identify|tell|state|disclose)"
    r"|(?:could\s+not|cannot|can\s+not)\s+(?:yet\s+)?(?:say|confirm|give|provide|name|identify|tell|state|disclose"
    r"|set(?!\s+aside)|fix)\b"
    # the same said of the fact: "the date could not be confirmed until...", "fees cannot be given yet"
    r"|(?:could\s+not|cannot|can\s*not|can't)\s+(?:yet\s+)?be\s+(?:confirmed|given|said|fixed|set|named|provided|stated)\b"
    r"|too\s+(?:early|soon)\s+to\s+(?:say|tell|give|confirm|know|estimate|predict)|(?:not\s+(?:yet\s+)?possible|impossible)\s+to\s+(?:say|tell|give|confirm|know)\b"
    # an outcome or decision still to come: "the outcome is expected in the summer", "a decision by the
    # fund is expected in spring", "their responses were expected by the end of May"
    r"|(?:outcome|result|results|decision|responses|findings)\s+(?:(?:of|by|from|on)\s+[\w\s'’-]{1,60}?\s+)?"
    r"(?:is|was|were|are)\s+(?:now\s+|still\s+)?(?:expected|awaited|pending)"
    r"|expected\s+to\s+(?:announce|confirm|decide|make\s+(?:a|its|their)\s+decision)"
    # an inquiry not finished: "as part of his ongoing investigation into the events"
    r"|\bongoing\s+(?:investigation|inquiry|enquiry|review|assessment|negotiations?)\b"
    r"|awaiting\s+(?:the\s+)?(?:outcome|result|decision|confirmation|response|reply|approval|details))", re.I)


# An inspection, survey, trial or consultation announced as still to come: "the roof was due to have a
# structural survey in the summer", "Historic England is due to inspect it in July", "the consultation
# would open in February", "a dive survey was planned for October". Asked what it found, the minutes
# that say this hold no finding.
_STILL_TO_COME = re.compile(
    r"\b(?:is|was|are|were)\s+(?:now\s+|also\s+)?(?:due|planned|scheduled|programmed|timetabled|set|expected)\s+"
    r"(?:to\s+(?:have|be|take|start|begin|open|run|inspect|visit|survey|report|carry|look|test|review|consult)|for|in"
    r"|its|an?|their)\b"
    # a resolution's "that public consultation on the location run through the summer of 2024"
    r"|\b(?:run|take\s+place|be\s+held)\s+(?:through|during|over|in)\s+(?:the\s+)?(?:spring|summer|autumn|winter"
    r"|coming|next|new\s+year)\b"
    r"|\b(?:would|will)\s+(?:open|start|begin|run|commence|take\s+place|be\s+(?:carried\s+out|held|undertaken|launched"
    r"|conducted|commissioned|completed|finished))\b"
    # "a condition survey had been commissioned, with the findings expected in March"
    r"|\b(?:findings|results)\s+(?:(?:are|were|was|is)\s+)?(?:now\s+)?(?:expected|due)\b"
    r"|\b(?:is|was|are|were)\s+to\s+(?:be\s+(?:carried\s+out|held|undertaken|commissioned)|take\s+place|start|begin|open)\b"
    # "an options appraisal ..., to be completed by November 2024"
    r"|\bto\s+be\s+(?:completed|finished|concluded)\s+(?:by|in|before|during)\b"
    r"|\b(?:a|the)\s+report\b[^.;]{0,80}?\b(?:would|will|to)\s+(?:follow|come)\b"
    # "an independent review of the booking system will report to the Executive in summer 2024"
    r"|\b(?:will|would|is\s+to|are\s+to)\s+report\s+(?:back\s+)?(?:to|in|by|at|later|once|when)\b"
    # a resolution's "instruct the Chief Executive to bring a report to the meeting of council in September with
    # the findings of the investigation"
    r"|\bto\s+(?:bring|submit|present|provide)\s+(?:a|an|the|his|her|its|their)\s+(?:further\s+)?(?:report|update)"
    r"\s+(?:back\s+)?to\s+(?:a|an|the|its|their)\b"
    # a resolution's "that a bus gate be introduced for a six-month trial from the spring"
    r"|\bbe\s+(?:introduced|carried\s+out|undertaken|commissioned|held|launched|run)\s+(?:for|from|in|on|during|as|over)\b"
    # a resolution's "that an independent review of the city's bus lanes be commissioned", a report's "a review
    # ... to be carried out by consultants in the summer"
    r"|\bbe\s+(?:carried\s+out|undertaken|commissioned|conducted)\b"
    # "the agencies would jointly commission a survey after Easter"
    r"|\b(?:would|will|shall|to)\s+(?:\w+ly\s+)?(?:commission|carry\s+out|undertake|conduct)\s+(?:a|an|the|its|their)\b", re.I)
# What a sentence says was found: then the event has happened, whatever else is planned.
# A report's "The Executive is recommended to approve a review" finds nothing.
_FOUND = re.compile(r"\b(?:found|showed|shown|revealed|concluded|rated|judged|identified|highlighted"
                    r"|(?<!is\s)(?<!are\s)recommended(?!\s+to\b))\b", re.I)


# The events whose findings a question asks for, by the stem each is named by in a question and in the
# minutes: "the survey" / "surveyed", "inspecting" / "inspection", "the trial", "consulted".
_EVENTS = ("survey", "inspect", "trial", "consult", "review", "audit", "assess", "revisit", "pilot", "study",
           "investigat", "test")


def events_named(question: str) -> list[re.Pattern]:
    """Patterns of the events a question names ("What did the structural survey find?": survey)."""
    lower = (question or "").lower()
    return [re.compile(rf"\b{stem}", re.I) for stem in _EVENTS if re.search(rf"\b{stem}", lower)]


def states_a_finding(sentence: str) -> bool:
    return _FOUND.search(sentence) is not None


# Someone's words reported: what they said is itself an answer to "What did X say?", plans included.
_SPEECH = re.compile(r"\b(?:said|says|stated|explained|told|advised|replied|responded|commented|warned|assured)\b", re.I)


def still_to_come(sentence: str, speech_answers: bool = True) -> bool:
    """True for a sentence announcing an inspection, survey, trial or consultation as still to come,
    saying nothing it found, and reporting no one's words ("she said the area would open in
    November" is what she said) unless words do not answer (`speech_answers` False: asked what the
    survey found, "he said a survey will be carried out in the summer" is no finding)."""
    return (_STILL_TO_COME.search(sentence) is not None and _FOUND.search(sentence) is None
            and not (speech_answers and _SPEECH.search(sentence)))


def leaves_open(sentence: str) -> bool:
    """True for a sentence saying the fact is not known yet: "the outcome of the bid was
    awaited", "the cost is still being assessed and will be reported to a future meeting". Not a resolution whose
    only thing to come is a formality: "RESOLVED that the minutes be confirmed and signed by the Chair in due course"."""
    found = [m.group(0) for m in _LEFT_OPEN.finditer(sentence)]
    return bool(found) and not (_SETTLED_NOW.match(sentence) and all(_DUE_COURSE.fullmatch(f) for f in found))


_DUE_COURSE = re.compile(r"in\s+due\s+course", re.I)
_SETTLED_NOW = re.compile(r"\s*(?:it\s+was\s+)?(?:RESOLVED|Resolved|AGREED|Agreed)\b(?![^.]*\b(?:defer|postpon|adjourn))")


def can_answer(sentence: str) -> bool:
    """Whether a sentence could state an answer: not a reported question, not one left open.

    A question asked outright ("...?") still counts: in a transcript the question put is where
    the exchange that answers it is found (counting it out lost 4 of 350 transcript answers
    and gained nothing on minutes)."""
    return not reports_question(sentence) and not leaves_open(sentence)


def table_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A tab-separated table row's cells, so no sentence runs from one cell into the next.

    A short cell without a full stop ("Caseloads", "B2") is a label, not a sentence, and is left out.
    """
    if "\t" not in text[start:end]:
        return [(start, end)]
    cells, begin = [], start
    for match in re.finditer(r"\t+", text[start:end]):
        cells.append(_trim(text, begin, start + match.start()))
        begin = start + match.end()
    cells.append(_trim(text, begin, end))
    return [(s, e) for s, e in cells if e > s and not _is_label(text[s:e])]


def _is_label(cell: str) -> bool:
    return len(cell.split()) <= 3 and not cell.endswith(_TERMINAL)


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Non-empty lines, trimmed; a line wrapped mid-sentence (next starts lower-case) is joined."""
    paragraphs: list[tuple[int, int]] = []
    for line in _line_spans(text, start, len(text) if end is None else end):
        if paragraphs and _continues(text, paragraphs[-1], line):
            paragraphs[-1] = (paragraphs[-1][0], line[1])
        else:
            paragraphs.append(line)
    return paragraphs


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        left = len(match.group()) - len(match.group().lstrip())
        right = len(match.group().rstrip())
        if right > left:
            spans.append((start + match.start() + left, start + match.start() + right))
    return spans


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int]) -> bool:
    """A line is the rest of the previous one (a paragraph wrapped over lines, as PDFs and text
    files are, or a table row's last cell wrapped: "... 24 electric refuse" / "collection vehicles at a
    cost of £9.1 million") when the previous ends with no full stop and either the line opens lower-case, or
    the previous ends on a word no sentence ends on ("and", "from"), or both are long lines of
    running text (neither reads as a heading): "628 licensed hackney carriages and / 1,940 ..."."""
    before = text[previous[0]:previous[1]]
    if before.endswith(_TERMINAL):
        return False
    if "\t" in before:   # a table's row: only its last cell wraps, onto lines with no cells that open lower-case
        rest = text[line[0]:line[1]]
        return "\t" not in rest and rest[:1].islower()
    body_start = skip_markers(text, *line)
    has_marker = body_start > line[0]
    if text[body_start:line[1]][:1].islower():
        return not has_marker or before.endswith(",") or len(before) > 60
    if has_marker or text.count("\n", previous[1], line[0]) != 1:   # a blank line ends a paragraph
        return False
    last = before[before.rfind("\n") + 1:]
    words = last.split()
    if words and (words[-1].lower() in _OPEN_WORDS or last.endswith((",", "&", "-", "–"))):
        return True
    return len(last) >= WRAPPED_LINE and not is_heading(last) and not is_heading(text[line[0]:line[1]])


# Words a line of running text does not end on, so a line ending on one is wrapped: "held at the".
_OPEN_WORDS = frozenset("a an and at by for from in into of on or the to with than that were was".split())
WRAPPED_LINE = 50   # characters: a line this long with no full stop is running text, not a label


def skip_markers(text: str, start: int, end: int) -> int:
    """Offset of the first character after any list markers at text[start:end]."""
    position = start
    while match := _MARKER.match(text, position, end):
        if match.end() >= end:
            break
        position = match.end()
    return position


def sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for match in _END.finditer(text, start, end):
        if _is_boundary(text, begin, match):
            spans.append((begin, match.end()))
            begin = match.end()
    spans.append((begin, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _is_boundary(text: str, begin: int, match: re.Match[str]) -> bool:
    if not _SENTENCE_START.match(text, match.end()):
        return False
    if match.group().startswith(("!", "?")):
        return True
    word = re.search(r"[\w.]*$", text[max(begin, match.start() - 40):match.start()]).group().lower()
    if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
        return False
    # "No. 12", "Application No. C/2023/0098", "4 No. Detached Leisure Pods" (four of them): a number's label
    if word in ("no", "nos") and (_NUMBER_AFTER.match(text, match.end())
                                  or re.search(r"\d\s*$", text[max(begin, match.start() - 12):match.start() - len(word)])):
        return False
    return not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)  # e.g. "U.K." mid-sentence


_NUMBER_AFTER = re.compile(r"\s*(?:\d|[A-Z]{1,6}[/-]?\d)")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# An agenda item's number opening its line: "3.", "45/20", "13.1", "Exe/23/22", "C104.".
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,3}[a-z]?|\d{1,3}/\d{2,4}|\d{1,3}\.\d{1,2}|[A-Za-z]{1,4}[./]?\d{1,4}[a-z]?"
                          r"(?:/\d{1,4})*)[.):]?\s+")
# The meeting's arrangements, not its business.
_LOGISTICS = re.compile(r"^(?:venue|location|contact|enquiries(?: to)?|tel(?:ephone)?|e-?mail|time|date"
                        r"|date/time|status|webcast)\s*:", re.I)
# An item's number standing alone as a sentence: "4..", "(2)", "12/3".
_ONLY_A_NUMBER = re.compile(r"[\s\d.():/-]*")
# A label alone, its text to follow: "Minutes:", "Decision:", "RESOLVED:", "Reasons for the decision:".
_LABEL = re.compile(r"^[A-Za-z][\w'’ ]{0,40}:$")
# The minutes' own title: "Minutes of a meeting of the Cabinet held in ... on Thursday, 11 July 2019".
_MEETING_TITLE = re.compile(r"^(?:draft |unconfirmed )?minutes? of (?:a |the )?(?:\w+ )?meeting\b", re.I)
_DECIDES = re.compile(r"(?i)\b(?:resolved|agreed|approved|refused|decided|noted|deferred|carried|lost"
                      r"|against|abstain\w*|abstentions?)\b")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.|https?://")
# Words a heading leaves in lower case: "Agenda and Minutes", "Report of the Director".
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())
MAX_HEADING_WORDS = 16


def line_of(hit, span: tuple[int, int]) -> str:
    """The line of a hit's passage text that a sentence (document offsets) is on."""
    start, end = span[0] - hit.start, span[1] - hit.start
    line_end = hit.text.find("\n", end)
    return hit.text[hit.text.rfind("\n", 0, start) + 1: line_end if line_end >= 0 else len(hit.text)]


def only_names(sentence: str, line: str) -> bool:
    """Whether a sentence only names what follows rather than saying anything: an agenda item's
    title (the rest of a line that opens with the item's number, with no full stop and no
    decision in it), a heading (a line of its own in title case or capitals: the council's,
    the committee's or a report's name), the meeting's arrangements ("Venue: ...",
    "Contact: ...") or a line giving an e-mail or web address."""
    if _LOGISTICS.match(sentence) or _LABEL.match(sentence.strip()) or _ONLY_A_NUMBER.fullmatch(sentence):
        return True
    if _meeting_heading(sentence):
        return True
    unterminated = not sentence.rstrip().endswith(_TERMINAL) and not _DECIDES.search(sentence)
    if not unterminated:
        return False
    if _MEETING_TITLE.match(sentence.strip()):
        return True
    short = len(sentence.split()) <= MAX_HEADING_WORDS
    if _ADDRESS.search(sentence) and short:
        return True
    title = _ITEM_NUMBER.sub("", line, count=1)
    # a title opens with a capital: "12 members of the public were also in attendance" is a sentence
    if title != line and short and sentence.strip() in (title.strip(), line.strip()) and not title.strip()[:1].islower():
        return True
    return line.strip() == sentence.strip() and is_heading(sentence)


def repeats_the_heading(sentence: str, heading: str | None) -> bool:
    """Whether the sentence is its passage's heading again, unterminated: the item's title names the business
    ("Planning Application No. 16/0114/03 - Land north of Wessex Close, Topsham, Exeter") however it is written."""
    return (bool(heading) and " ".join(sentence.split()) == " ".join(heading.split())
            and not sentence.rstrip().endswith(_TERMINAL) and not _DECIDES.search(sentence))


def _meeting_heading(sentence: str) -> bool:
    """The meeting's own heading, its body with its day and time: "Cabinet - Tuesday, 10th June, 2025 1.00 pm",
    "Council Business Committee - Thursday, 19th September 2024 6.00 p.m."; not a sentence saying when it met."""
    return (len(sentence.split()) <= MAX_HEADING_WORDS and next(dates_with_time(sentence), None) is not None
            and not _SAYS_WHEN.search(sentence) and not _DECIDES.search(sentence))


_SAYS_WHEN = re.compile(r"\b(?:was|were|is|are|will|would|be|held|met|meet|meets|took|began|begin|starts?|started"
                        r"|opens?|opened|closes?|closed|reconvened|adjourned)\b", re.I)


def is_heading(line: str) -> bool:
    """A line that reads as a heading: at most 16 words, each word that is not a small word
    ("and", "of") capitalised, and at least one word of letters."""
    words = [w.strip("()[],:;-–—'\"‘’“”") for w in line.split()]
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    if not lettered or len(words) > MAX_HEADING_WORDS:
        return False
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL_WORDS for w in lettered)


_NAMES_A_PERSON = re.compile(PERSON_TITLE + "[A-Z]")


def _straight_apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def spoken_of_together(surname: str, things: list[str], passages: list[tuple[str, list[str]]]) -> bool:
    """Whether a sentence naming the person, or one after it before another person is named ("She left the
    chamber for item 5c."), also names one of the things, or the heading of its passage does (an item's heading
    says what all its sentences are about). `passages` are (heading, sentences). A list of declarations names
    each councillor with their own item, so Councillor Morgan's interest in items 10 and 11 says nothing of item 15."""
    thing = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, things)) + r")(?![\w])"
                       + "".join(f"|{_spelt_out(t)}|\\b{t}s\\b" for t in things if _ACRONYM.fullmatch(t))
                       # a long name's other forms: "Ukrainian refugees" asked, "refugees from Ukraine" written
                       + "".join(rf"|\b{re.escape(t[:-3])}\w*" for t in things if len(t) >= 7 and t.isalpha()), re.I)
    surname = _straight_apostrophes(surname)   # "O'Neill" asked of "O’Neill" written
    everything = [s for heading, sentences in passages for s in (heading, *sentences)]
    for heading, sentences in passages:
        for i, sentence in enumerate(sentences):
            if surname not in _straight_apostrophes(sentence):
                continue
            following = list(itertools.takewhile(lambda s: not _NAMES_A_PERSON.search(s), sentences[i + 1:i + 3]))
            # a line naming the item ("Agenda Item 2/02 35 Manor Way, Harrow, P/0941/23") heads the declarations
            # under it, up to the next such line
            titled = _titles_before(sentences, i)
            if any(thing.search(s) for s in [heading, *titled, sentence, *following]):
                return True
            # "Councillor Grant also declared an interest in agenda item 9.3": the item is named where it is numbered
            items = [re.compile(rf"\bitem\s+{re.escape(n)}(?![\w.])", re.I) for n in _ITEM_NUMBERED.findall(sentence)]
            # ... or by its application's reference: "declared an interest in application 20/01432/FUL"
            items += [re.compile(re.escape(r)) for r in references_asked(sentence)]
            if any(item.search(s) and thing.search(s) for item in items for s in everything):
                return True
    return False


def _titles_before(sentences: list[str], i: int) -> list[str]:
    """The run of lines that only name something (`only_names`: an item's title, its minute number) nearest
    before sentence `i`."""
    j = i - 1
    while j >= 0 and not only_names(sentences[j], sentences[j]):
        j -= 1
    run = []
    while j >= 0 and only_names(sentences[j], sentences[j]):
        run.insert(0, sentences[j])
        j -= 1
    return run


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ITEM_NUMBERED = re.compile(r"\bitem\s+(\d{1,3}(?:\.\d{1,2})*[a-z]?)(?![\w.])", re.I)


def _spelt_out(acronym: str) -> str:
    """A pattern for the words an acronym stands for ("BID": "Business Improvement District"), small words between."""
    between = r"\s+(?:(?:in|of|and|for|the|on|to)\s+)?"   # "HMO": "Houses in Multiple Occupation"
    return r"(?-i:\b" + between.join(rf"{letter}[a-z]+" for letter in acronym) + r")\b"
