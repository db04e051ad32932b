"""Commitments recorded in minutes: actions, promises to report back, requests, resolutions.

A commitment is a sentence (from `split_sentences`) that matches a cue: an officer
"agreed to" / "undertook to" / "offered to" do something, "confirmed that she would",
members "asked that the Director ...", "requested a briefing", "asked to be kept
informed", an "ACTION: <name>" line, or a "Resolved – That ..." decision. Everything
returned is a verbatim span of the document's text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.models import Commitment, Document

KINDS = ("action", "report back", "information requested", "resolution")

# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms miss dr cllr cllrs councillor prof st rev hon rt sr jr e.g i.e eg ie "
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
_BULLETS = "•·Ø*▪◦○-–—"


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (char offsets into `text`) within text[start:end], trimmed.

    Paragraphs and list items (one per line) never share a sentence; list markers and
    paragraph numbers ("3.1", "•", "(a)") are left outside the spans.
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text, start, end):
        spans.extend(_sentences_in(text, _skip_markers(text, p_start, p_end), p_end))
    return spans


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
    """A line is the rest of the previous one when it opens lower-case after no full stop."""
    before = text[previous[0]:previous[1]]
    if before.endswith(_TERMINAL) or "\t" in before:
        return False
    body_start = _skip_markers(text, *line)
    if not text[body_start:line[1]][:1].islower():
        return False
    has_marker = body_start > line[0]
    return not has_marker or before.endswith(",") or len(before) > 60


def _skip_markers(text: str, start: int, end: int) -> int:
    """Offset of the first character after any list markers at text[start:end]."""
    position = start
    while match := _MARKER.match(text, position, end):
        if match.end() >= end:
            break
        position = match.end()
    return position


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
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
    word = re.search(r"[\w.]*$", text[begin:match.start()]).group().lower()
    if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
        return False
    if word in ("no", "nos") and text[match.end():].lstrip()[:1].isdigit():
        return False
    return not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)  # e.g. "U.K." mid-sentence


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# Who: people and roles named in minutes
# ---------------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w'’&-]*)"
_NOT_PREFIX = r"(?!(?:The|A|An|In|With|And|But|However|Also|Following|At|On|For|As|It|This|That|Members|Committee|Panel)\b)"
_ROLE_HEAD = (
    r"(?:Director|Advis[eo]r|Chair(?:man|woman|person)?|Head|Officer|Manager|Member|Executive"
    r"|Leader|Commissioner|Clerk|Solicitor|Treasurer|Minister|Secretary|Mayor|Holder"
    r"|Superintendent|Inspector|Co-?ordinator|Consultant|Lead)"
)
_PAREN = r"(?:\s*\([^()]{1,60}\))?"
_ROLE = (
    rf"(?:{_NOT_PREFIX}{_CAP}\s+){{0,3}}{_ROLE_HEAD}\b{_PAREN}"
    rf"(?:\s+(?:of|for|with [Rr]esponsibility for)\s+(?:the\s+)?{_CAP}{_PAREN}"
    rf"(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+of\s+(?:the\s+)?|\s+for\s+|\s+){_CAP}{_PAREN})*)?"
)
_PERSON = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof)\.?\s+{_CAP}(?:\s+{_CAP})?)"
_ACRONYM = r"(?:\b(?:DCS|CMR|CEO|DASS|DPH|ADCS|CX)\b)"
_MENTION = re.compile(rf"{_PERSON}|{_ACRONYM}|\b{_ROLE}")
_REPORTING = (
    r"(?:informed|explained|stated|said|advised|acknowledged|confirmed|reported|agreed|clarified"
    r"|noted|told|reiterated|highlighted|responded|replied|outlined|gave|introduced|presented"
    r"|discussed|shared|undertook|offered|suggested|indicated|assured|added|commented|emphasised"
    r"|emphasized|recognised|recognized|accepted|expressed|referred|pointed|updated|described)"
)
_SPEAKER_LABEL = re.compile(r"([A-Z][^:\n]{1,60}?):\s")
_PRONOUNS = frozenset("she he they i we".split())


def _clean_owner(owner: str) -> str | None:
    owner = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", owner.strip(" ,;:–-"))
    owner = re.sub(r"\s+(?:also|further|then|therefore|subsequently|however)$", "", owner)
    return owner or None


def _mentions(text: str) -> list[re.Match[str]]:
    return list(_MENTION.finditer(text))


def _speakers(text: str) -> list[str]:
    """Roles/people that open a clause as the one speaking: "The DCS informed ..."."""
    follow = re.compile(rf"\s+(?:also\s+|further\s+|then\s+|had\s+)?{_REPORTING}\b")
    return [m.group() for m in _mentions(text) if follow.match(text, m.end())]


# ---------------------------------------------------------------------------
# Cues
# ---------------------------------------------------------------------------

_MODAL = r"(?:would|will|could|can|shall|'ll|’ll|'d|’d)"
_ADV = (
    r"(?:(?:therefore|also|then|now|personally|certainly|happily|gladly|further|first|"
    r"be(?: more than)? (?:happy|able|pleased|willing|glad|delighted|keen) to|seek to|aim to|"
    r"try to|endeavour to|arrange to|need to|look to)\s+)*"
)
_BODY = (
    r"(?:the\s+|all\s+|a\s+|its\s+|each\s+)?(?:future\s+|next\s+|relevant\s+)?"
    r"(?:Members|members|Panel|panel|Committee|committee|Board|Council|Cabinet|Councillors?|"
    r"councillors|Sub-Committee|Chair(?:man)?|meeting|you|him|her|them|us)\b"
)
_DELIVER = (
    rf"(?:(?:bring|report|feed)\s+(?:[\w’']+\s+){{0,4}}?back\b|report\s+to\s+{_BODY}"
    rf"|come\s+back\s+(?:to\s+{_BODY}\s+(?:with|and|on)\b|to\s+(?:the\s+)?(?:committee|panel|members|board)\b|with\b)"
    rf"|get\s+back\s+to\b|look\s+(?:into|at)\b|follow\s+(?:\w+\s+)?up\b|pass\s+(?:on|this|these|that|it)\b"
    r"|(?:provide|circulate|share|send|write|forward|supply|e-?mail|distribute|publish|update|brief"
    r"|arrange|facilitate|organi[sz]e|run|hold|set\s+up|invite|investigate|check|confirm|clarify"
    r"|consider|review|discuss|explore|speak|talk|contact|liaise|meet|attend|join|be\s+involved"
    r"|respond|reply|chase|seek|prepare|produce|present|include|add|give|visit|action|pursue"
    r"|escalate|refer|raise)\b)"
)
_NEGATED = re.compile(r"\b(?:not|never|n't|unable|no longer)\b")
_BACK = re.compile(
    r"\b(?:bring|brought|report|reported|come|feed|fed|get)\b(?:\s+[\w’']+){0,4}?\s+back\b"
    r"|\b(?:future|next|later|subsequent)\s+(?:\w+\s+)?meeting\b"
    r"|\b(?:shared|circulated|provided|sent|presented|share|circulate|provide|send|present|write)\b"
    r"(?:\s+[\w’']+){0,5}?\s+(?:to|with)\s+(?:the\s+)?(?:Panel|panel|Committee|committee|Members|members|Board|you)\b",
)
_INFO = re.compile(
    r"\b(?:brief(?:ing)?s?|information|informed|updated?|up to date|up-to-date|data|figures|details"
    r"|notes?|cop(?:y|ies)|sight|statistics|breakdown|list)\b", re.I)


@dataclass
class _Sentence:
    start: int
    end: int
    para: int
    text: str


@dataclass
class _Hit:
    kind: str
    owner: str | None
    cue_at: int                 # where in the sentence the cue begins (due is looked for after it)


def _ctx(sentences: list[_Sentence], i: int) -> list[_Sentence]:
    """Earlier sentences of the same paragraph, nearest first."""
    return [s for s in reversed(sentences[:i]) if s.para == sentences[i].para]


def _resolve(word: str, sentence: _Sentence, at: int, earlier: list[_Sentence], speaker: str | None) -> str | None:
    """Who a pronoun (or bare "It was ...") stands for: speaker label, else nearest named role."""
    if word.lower() in ("i", "we") and speaker:
        return speaker
    head = sentence.text[:at]
    found = _speakers(head) or [m.group() for m in _mentions(head)]
    for earlier_sentence in earlier if not found else []:
        found = _speakers(earlier_sentence.text) or [m.group() for m in _mentions(earlier_sentence.text)]
        if found:
            found = found[:1]
            break
    return _clean_owner(found[-1]) if found else None


def _context_officer(sentence: _Sentence, at: int, earlier: list[_Sentence]) -> str | None:
    """The officer members were talking to: the nearest speaking role in the paragraph."""
    head = sentence.text[:at]
    found = _speakers(head)
    for earlier_sentence in earlier if not found else []:
        found = _speakers(earlier_sentence.text)[:1]
        if found:
            break
    return _clean_owner(found[-1]) if found else None


_INTRO = re.compile(
    r"^(?:In|With|Following|At|During|After|Once|When|As|Having|Regarding|On|For|However|Also"
    r"|Subsequently|Finally|Further|Furthermore|Additionally|Responding|Although|While|Whilst)\b")


def _subject(sentence: _Sentence, at: int) -> str:
    """The grammatical subject before the verb at `at` (intro phrases dropped)."""
    head = re.split(r"[;:]|\bthat\b", sentence.text[:at])[-1].strip(" ,")
    if _INTRO.match(head) and "," in head:
        head = head.rsplit(",", 1)[1].strip()
    if len(head.split()) > 10 or _INTRO.match(head):
        mentions = _mentions(head)
        head = mentions[-1].group() if mentions else ""
    return head


def _owner_of_subject(sentence: _Sentence, at: int, earlier: list[_Sentence], speaker: str | None) -> str | None:
    subject = _subject(sentence, at)
    if subject.lower() in _PRONOUNS:
        return _resolve(subject, sentence, at - len(subject) - 1, earlier, speaker)
    if not subject or subject.lower().startswith(("it ", "it", "there")):
        return _context_officer(sentence, at, earlier)
    return _clean_owner(subject)


# --- individual cue matchers: each returns a _Hit or None -------------------

_RESOLVED = re.compile(
    r"^(?:It\s+was\s+)?(?:RESOLVED|Resolved|resolved|RESOLVE|AGREED|DECISION|Decision|RECOMMENDED)\b"
    r"(?:\s*(?:[:–—-]|that\b|That\b|to\b|\(|$)|\s+unanimously\b)"
    r"|^Agreed\s*(?:[:–—-]|that\b)"
    r"|\b(?:Committee|Panel|Board|Council|Cabinet|Sub-Committee|Members)\s+(?:unanimously\s+)?"
    r"(?:RESOLVED|resolved)\s+(?:that|to)\b"
)


def _match_resolution(s: _Sentence, doc: Document) -> _Hit | None:
    match = _RESOLVED.search(s.text)
    return _Hit("resolution", doc.committee or "Committee", match.start()) if match else None


_ACTION_LINE = re.compile(r"^(?:ACTION|Action)(?:\s+(?:BY|by|By))?\s*[:–—-]\s*(?P<rest>\S.*)$", re.S)
_INLINE_ACTION = re.compile(r"^(?P<who>.{1,60}?)\s+to\s+[a-z]")


def _match_inline_action(s: _Sentence) -> _Hit | None:
    """ "ACTION: Head of Finance to circulate the figures" (a name alone is attached later)."""
    match = _ACTION_LINE.match(s.text)
    inline = match and _INLINE_ACTION.match(match.group("rest"))
    return _Hit("action", _clean_owner(inline.group("who")), 0) if inline else None


_BE_WORDS = ("had", "has", "have", "was", "were", "is", "are", "been", "be", "being", "not")
_NOT_AFTER_BE = "".join(rf"(?<!\b{word}\s)" for word in _BE_WORDS)
_UNDERTAKE = re.compile(
    rf"{_NOT_AFTER_BE}\b(?:agreed|undertook|offered|promised|pledged|volunteered"
    r"|committed\s+(?:himself|herself|themselves))\s+to\s+(?!\w+ing\b)(?!(?:the|a|an|this|these|that|its|their|his|her|"
    r"be\s+noted)\b)[a-z]")


def _match_undertaking(s: _Sentence, earlier: list[_Sentence], speaker: str | None) -> _Hit | None:
    match = _UNDERTAKE.search(s.text)
    if not match:
        return None
    owner = _owner_of_subject(s, match.start(), earlier, speaker)
    return _Hit("action", owner, match.start())


_AGREED_THAT = re.compile(
    rf"{_NOT_AFTER_BE}\bagreed\s+that\s+(?P<who>[^,;.]{{1,60}}?)\s+(?:would|will|should|could)\b"
    r"(?!\s+(?:have|not)\b)")


def _match_agreed_that(s: _Sentence, earlier: list[_Sentence], speaker: str | None) -> _Hit | None:
    match = _AGREED_THAT.search(s.text)
    if not match:
        return None
    owner = _owner_of_subject(s, match.start(), earlier, speaker)
    return _Hit("action", owner, match.start())


_IT_WAS_AGREED = re.compile(
    rf"\b(?:It|it)\s+was\s+(?:also\s+)?agreed\s+that\s+(?P<who>[^,;.]{{1,60}}?)\s+(?:would|will|should)\s+"
    rf"{_ADV}(?:be\s+)?\w+")


def _match_it_was_agreed(s: _Sentence, earlier: list[_Sentence]) -> _Hit | None:
    match = _IT_WAS_AGREED.search(s.text)
    if not match:
        return None
    named = _mentions(match.group("who"))
    owner = _clean_owner(named[-1].group()) if named else _context_officer(s, match.start(), earlier)
    return _Hit("action", owner, match.start())


_PRONOUN_PROMISE = re.compile(
    rf"(?:^|\bthat\s+|,\s+|;\s+|\band\s+|\bbut\s+|\bso\s+|\bthen\s+|\bnow\s+|\bwho\s+)"
    rf"(?P<who>[Ss]he|[Hh]e|[Tt]hey|I|[Ww]e|[Oo]fficers)\s+{_MODAL}\s+{_ADV}{_DELIVER}")
_PRONOUN_WISH = re.compile(
    rf"(?:^|\bthat\s+|,\s+|\band\s+)(?P<who>[Ss]he|[Hh]e|[Tt]hey)\s+(?:would|'d|’d)\s+like\s+to\s+{_DELIVER}")
_SPOKEN_NOISE = re.compile(r"\bshare (?:my|our|his|her) time\b|\bcome back to (?:you )?(?:in|later|shortly)\b")


def _match_pronoun_promise(s: _Sentence, earlier: list[_Sentence], speaker: str | None) -> _Hit | None:
    match = _PRONOUN_PROMISE.search(s.text) or _PRONOUN_WISH.search(s.text)
    if not match or _NEGATED.search(match.group()) or _SPOKEN_NOISE.search(s.text):
        return None
    who = match.group("who")
    owner = "Officers" if who.lower() == "officers" else _resolve(who, s, match.start("who"), earlier, speaker)
    return _Hit("action", owner, match.start("who"))


_NAMED_PROMISE = re.compile(
    rf"(?P<who>{_PERSON}|{_ACRONYM}|\b{_ROLE}|\b[Oo]fficers)\s+(?:would|will|shall)\s+{_ADV}{_DELIVER}"
    rf"|^(?P<who2>{_PERSON}|{_ACRONYM}|{_ROLE}|[Oo]fficers)\s+to\s+{_DELIVER}")


def _match_named_promise(s: _Sentence) -> _Hit | None:
    """ "The Head of Finance would circulate the figures"; "Officers to provide a note"."""
    match = _NAMED_PROMISE.search(s.text)
    if not match or _NEGATED.search(match.group()):
        return None
    return _Hit("action", _clean_owner(match.group("who") or match.group("who2")), match.start())


_PASSIVE_SHARE = re.compile(
    r"\b(?:would|will|could|can|should)\s+(?:also\s+|then\s+|now\s+)?be\s+(?:shared|circulated|provided"
    r"|sent|brought\s+back|reported(?:\s+back)?|presented|submitted|forwarded|made\s+available"
    rf"|distributed|supplied|e-?mailed|fed\s+back)\s+(?:back\s+)?(?:to|with|before)\s+{_BODY}")


def _match_passive_share(s: _Sentence, earlier: list[_Sentence]) -> _Hit | None:
    """ "Once finalised the report could be shared with the Panel." """
    match = _PASSIVE_SHARE.search(s.text)
    if not match:
        return None
    return _Hit("report back", _context_officer(s, match.start(), earlier), match.start())


_NOT_RECENT = rf"{_NOT_AFTER_BE}(?<!\bAs\s)(?<!\bas\s)"
_ASKED_THAT = re.compile(
    rf"{_NOT_RECENT}\b(?:asked|requested|proposed)\s+that\s+(?P<who>[^,;.]{{1,80}}?)\s+"
    rf"(?:should\s+|would\s+|be\s+asked\s+to\s+)?(?:{_DELIVER}|be\s+(?:received|provided|circulated|shared"
    r"|brought|presented|sent|reported|considered|added|included|made\s+available|given|arranged|scheduled"
    r"|updated|investigated|looked\s+into|forwarded|placed|submitted|kept\s+informed|informed|explored))")
_ASKED_ROLE = re.compile(rf"{_NOT_RECENT}\b(?:asked|requested)\s+(?P<who>{_PERSON}|{_ACRONYM}|(?:the\s+)?{_ROLE}|officers)\s+to\s+{_DELIVER}")


def _match_request_of(s: _Sentence, earlier: list[_Sentence]) -> _Hit | None:
    """Members ask a named party to act: "the committee asked that the DCS pass on its thanks"."""
    match = _ASKED_THAT.search(s.text) or _ASKED_ROLE.search(s.text)
    if not match:
        return None
    named = _mentions(match.group("who"))
    if named:
        owner = _clean_owner(named[-1].group())
    elif re.match(r"(?:the\s+)?officers?\b", match.group("who"), re.I):
        owner = "Officers"
    else:
        owner = _context_officer(s, match.start(), earlier)
    return _Hit("action", owner, match.start())


_KEPT_INFORMED = re.compile(
    rf"{_NOT_RECENT}\b(?:asked|requested|wished|wanted|wish|want|would\s+like)\s+(?:to\s+be\s+|that\s+"
    r"(?:they|[Mm]embers|the\s+[Cc]ommittee|the\s+[Pp]anel)\s+(?:be|are|were)\s+)(?:kept\s+)?"
    r"(?:informed|updated|up\s+to\s+date|up-to-date|advised|notified|briefed|sighted|consulted|apprised)")
_REQUESTED_ITEM = re.compile(
    rf"{_NOT_RECENT}\b(?:requested|asked\s+for|asked\s+to\s+(?:see|receive|have)|requested\s+sight\s+of)\s+"
    r"(?:a|an|further|more|additional|the|sight|details|information|copies|copy|data|figures|written"
    r"|regular|an\s+update|feedback)\b")


def _match_request(s: _Sentence, earlier: list[_Sentence]) -> _Hit | None:
    """Members ask for something without naming who provides it: owner is the officer present."""
    match = _KEPT_INFORMED.search(s.text) or _REQUESTED_ITEM.search(s.text)
    if not match:
        return None
    owner = _context_officer(s, match.start(), earlier) or "Officers"
    return _Hit("information requested", owner, match.start())


def _match_cue(s: _Sentence, earlier: list[_Sentence], doc: Document, speaker: str | None) -> _Hit | None:
    if s.text.rstrip().endswith("?"):
        return None
    hit = (_match_resolution(s, doc) or _match_inline_action(s) or _match_request_of(s, earlier)
           or _match_request(s, earlier) or _match_it_was_agreed(s, earlier)
           or _match_undertaking(s, earlier, speaker) or _match_agreed_that(s, earlier, speaker)
           or _match_pronoun_promise(s, earlier, speaker) or _match_named_promise(s)
           or _match_passive_share(s, earlier))
    return replace(hit, kind=_refine_kind(hit.kind, s.text[hit.cue_at:])) if hit else None


def _refine_kind(kind: str, text: str) -> str:
    """Actions that promise something back to the body are "report back"; requests for it, too."""
    if kind == "resolution":
        return kind
    if _BACK.search(text):
        return "report back"
    if kind == "action" and re.search(r"\b(?:asked|requested)\b", text) and _INFO.search(text):
        return "information requested"
    return kind


# ---------------------------------------------------------------------------
# Due dates
# ---------------------------------------------------------------------------

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (rf"(?:(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY}\b,?)(?:\s+\d{{4}})?"
         rf"|(?:the\s+end\s+of\s+|the\s+beginning\s+of\s+|early\s+|mid[- ]|late\s+)?{_MONTH}(?:\s+\d{{4}})?"
         r"|\d{1,2}/\d{1,2}/\d{2,4})")
_DUE = re.compile(
    rf"\b(?:before|by|no\s+later\s+than|until|ahead\s+of)\s+(?:the\s+)?{_DATE}"
    rf"|\b(?:once|when|after|following)\s+[^.;]{{0,80}}?\bon\s+{_DATE}"
    r"|\b(?:at|to|for)\s+(?:a|the|its)\s+(?:future|next|later|subsequent|following|forthcoming|further)"
    r"\s+(?:[\w’']+\s+){0,2}?meeting\b"
    r"|\bwithin\s+(?:the\s+next\s+)?\w+\s+(?:days?|weeks?|months?)\b"
    r"|\b(?:by|before|at)\s+the\s+end\s+of\s+(?:the\s+)?(?:month|year|term|week|quarter|municipal\s+year|financial\s+year)\b"
    r"|\bin\s+the\s+new\s+(?:municipal|financial|calendar)\s+year\b|\bafter\s+the\s+meeting\b"
    rf"|\b(?:in|on|during|for)\s+(?:the\s+)?{_DATE}")


def find_due(text: str) -> str | None:
    """The first deadline or event in `text`, as written ("before 22 February", "September 2020")."""
    match = _DUE.search(text)
    if not match:
        return None
    return re.sub(r"^(?:in|on|during|for)\s+(?:the\s+)?(?=[\dA-Z])", "", match.group())


def resolve_due(due: str, meeting_date: str | None) -> str | None:
    """ISO date/month/year for a due phrase; a day/month without a year is taken as the next
    one on or after the meeting (which must then be known at least to the month)."""
    day, month, year = _date_parts(due)
    if month is None:
        return year
    if year is None:
        year = _year_after(meeting_date, month, day)
        if year is None:
            return None
    return f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")


def _date_parts(due: str) -> tuple[int | None, int | None, str | None]:
    numeric = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b", due)
    if numeric:
        year = numeric.group(3) if len(numeric.group(3)) == 4 else "20" + numeric.group(3)
        return int(numeric.group(1)), int(numeric.group(2)), year
    month = re.search(_MONTH, due)
    year = re.search(r"\b(19|20)\d{2}\b", due)
    if not month:
        return None, None, year.group() if year else None
    day = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+(\d{{1,2}})\b", due)
    day_value = int(day.group(1) or day.group(2)) if day else None
    return day_value, _MONTHS.index(month.group()[:3].lower()) + 1, year.group() if year else None


def _year_after(meeting_date: str | None, month: int, day: int | None) -> str | None:
    meeting = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", meeting_date or "")
    if not meeting:
        return None
    year, m_month = int(meeting.group(1)), int(meeting.group(2))
    m_day = int(meeting.group(3)) if meeting.group(3) else None
    earlier = month < m_month or (month == m_month and day and m_day and day < m_day)
    return str(year + 1 if earlier else year)


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------

def _sentence_table(text: str) -> list[_Sentence]:
    """Sentences with their paragraph number, agenda preamble left out."""
    table: list[_Sentence] = []
    skip_list = False
    for para, (p_start, p_end) in enumerate(paragraph_spans(text, _body_start(text))):
        is_bullet = text[p_start] in _BULLETS or text[p_start:p_end].endswith("?")
        skip_list = (skip_list and is_bullet) or _opens_question_list(text[p_start:p_end])
        if skip_list:
            continue
        for start, end in _sentences_in(text, _skip_markers(text, p_start, p_end), p_end):
            table.append(_Sentence(start, end, para, text[start:end]))
    return table


def _body_start(text: str) -> int:
    """Offset after a "Minutes:" line when there is one (what precedes it is the agenda)."""
    match = re.search(r"^[ \t]*Minutes:?[ \t]*$", text, re.M)
    return match.end() if match else 0


def _opens_question_list(paragraph: str) -> bool:
    return bool(re.search(
        r"\bquestions?\s+(?:include|includes|are|could\s+include|may\s+include|to\s+consider|to\s+ask"
        r"|for\s+consideration|for\s+the\s+\w+)\b[^:]*:\s*[-–]?\s*$", paragraph, re.I))


def extract_commitments(doc: Document) -> list[Commitment]:
    """Every commitment recorded in the document, in reading order."""
    sentences = _sentence_table(doc.text)
    found: list[tuple[int, Commitment]] = []          # (paragraph, commitment)
    for i, sentence in enumerate(sentences):
        action = _ACTION_LINE.match(sentence.text)
        if action and not _INLINE_ACTION.match(action.group("rest")):
            found = _attach_action(found, sentences, i, action.group("rest"), doc)
            continue
        speaker = _speaker_of(doc.text, sentence)
        hit = _match_cue(sentence, _ctx(sentences, i), doc, speaker)
        if hit:
            found.append((sentence.para, _build(doc, sentences, i, hit)))
    return [commitment for _, commitment in found]


def _speaker_of(text: str, sentence: _Sentence) -> str | None:
    """ "Kirsty Williams AM: ..." — the speaker label opening a transcript paragraph."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    label = _SPEAKER_LABEL.match(text, line_start)
    return label.group(1).strip() if label and label.end() <= sentence.end else None


def _span_end(sentences: list[_Sentence], i: int, hit: _Hit) -> int:
    """A resolution heading ("RESOLVED:") or a due date given in the next sentence extends the span."""
    here = sentences[i]
    if hit.kind == "resolution" and len(here.text.split()) <= 3:
        return sentences[i + 1].end if i + 1 < len(sentences) else here.end
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    continuation = nxt and nxt.para == here.para and re.match(
        r"(?:This|These|It|The|Such)\s+(?:[\w’'/-]+\s+){0,3}?(?:would|will|should|is\s+to|was\s+to)\b", nxt.text)
    if continuation and not find_due(here.text[hit.cue_at:]) and find_due(nxt.text):
        return nxt.end
    return here.end


def _build(doc: Document, sentences: list[_Sentence], i: int, hit: _Hit) -> Commitment:
    start, end = sentences[i].start, _span_end(sentences, i, hit)
    due = find_due(doc.text[start + hit.cue_at:end])
    return Commitment(
        text=doc.text[start:end], owner=hit.owner, due=due,
        due_date=resolve_due(due, doc.meeting_date) if due else None, kind=hit.kind,
        doc_id=doc.doc_id, start=start, end=end, council=doc.council,
        committee=doc.committee, meeting_date=doc.meeting_date)


def _attach_action(found: list[tuple[int, Commitment]], sentences: list[_Sentence], i: int,
                   who: str, doc: Document) -> list[tuple[int, Commitment]]:
    """An "ACTION: <name>" line names the owner of what the paragraph before it asked for."""
    previous = [s for s in sentences[:i] if s.para < sentences[i].para]
    if not previous:
        return found
    para, owner = previous[-1].para, _clean_owner(who)
    owned = [(p, replace(c, owner=owner) if p == para and c.kind != "resolution" else c) for p, c in found]
    if any(p == para for p, _ in found):
        return owned
    hit = _Hit(_refine_kind("action", previous[-1].text), owner, 0)
    return owned + [(para, _build(doc, sentences, sentences.index(previous[-1]), hit))]


# ---------------------------------------------------------------------------
# Subject words, for finding follow-ups in later documents
# ---------------------------------------------------------------------------

_STOP = frozenset("""
a an the and or but if of to in on at by for with from into onto about as that this these those
it its is are was were be been being had has have do did does would will could can shall should
may might must he she they them their his her him we our us i you your which who whom what when
where why how there here than then so also further not no any all some each more most other such
very once while whilst before after over under again once just only own same too both either
agreed undertook offered confirmed asked requested resolved action informed advised stated said
explained members member committee panel board council director officer officers chair chairman
able happy pleased willing would like bring brought back report reported feed pass provide
provided circulate circulated share shared send sent look looked into kept keep up date noted note
that's it's wished wanted meeting future next following once""".split())


def commitment_subject(c: Commitment) -> str:
    """A few content words saying what was promised ("budget details", "briefing school return")."""
    text = c.text
    for phrase in (c.owner or "", c.due or ""):
        text = text.replace(phrase, " ") if phrase else text
    text = _ACTION_LINE.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
    picked: list[str] = []
    for word in (w.lower().strip("'’") for w in words):
        if word not in _STOP and len(word) > 2 and word not in picked and word not in _MONTH_WORDS:
            picked.append(word)
    return " ".join(picked[:6])


_MONTH_WORDS = frozenset(
    "january february march april june july august september october november december".split())
