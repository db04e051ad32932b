"""Commitments recorded in minutes: actions, promises to report back, requests, resolutions.

A commitment is a sentence (from `split_sentences`) that matches a cue: an officer
"agreed to" / "undertook to" / "offered to" do something, "confirmed that she would",
members "asked that the Director ...", "requested a briefing", "asked to be kept
informed", an "ACTION: <name>" line, or a "Resolved – That ..." decision. Everything
returned is a verbatim span of the document's text.

A fragment ("RESOLVED: That Cabinet:" with nothing decided after it, text with no verb)
is never a commitment. Procedural resolutions (minutes approved, apologies noted, no
interests declared, the date of the next meeting) are extracted and kept, but
`is_procedural` tells them apart so that the register can leave them out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.dates import CAPITALISED_MONTH, date_parts, year_on_or_after
from assistant.models import Commitment, Document
from assistant.sentences import BULLETS, paragraph_spans, sentences_in, skip_markers

KINDS = ("action", "report back", "information requested", "resolution")
# Bump when extraction changes, so that the next ingest extracts every document again.
EXTRACTOR_VERSION = 2

# ---------------------------------------------------------------------------
# Who: people and roles named in minutes
# ---------------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w'’&-]*)"
_NOT_PREFIX = (r"(?!(?:The|A|An|In|With|And|But|However|Also|Following|At|On|For|As|It|This|That"
               r"|Members|Committee|Panel)\b)")
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
_PERSON = (rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof)\.?\s+(?:[A-Z]\.\s*)*{_CAP}(?:\s+{_CAP})?"
           rf"(?:,\s+(?:the\s+)?(?:{_CAP}\s+){{0,3}}(?:Director|Manager|Officer|Head|Chair|Advis[eo]r|Lead|Member)\b"
           rf"(?:\s+(?:of|for)(?:\s+(?:and\s+)?{_CAP})+)?(?=,))?)")
_ACRONYM = r"(?:\b(?:DCS|CMR|CEO|DASS|DPH|ADCS|CX)\b)"
_MENTION = re.compile(rf"{_PERSON}|{_ACRONYM}|\b{_ROLE}")
_REPORTING = (
    r"(?:informed|explained|stated|said|advised|acknowledged|confirmed|reported|agreed|clarified"
    r"|noted|told|reiterated|highlighted|responded|replied|outlined|gave|introduced|presented"
    r"|discussed|shared|undertook|offered|suggested|indicated|assured|added|commented|emphasised"
    r"|emphasized|recognised|recognized|accepted|expressed|referred|pointed|updated|described)"
)
_SPEAKER_LABEL = re.compile(r"([A-Z][^:\n.!?]{1,150}?|(?:Mr|Mrs|Ms|Dr|Hon|Right Hon)\.[^:\n!?]{1,150}?):\s")
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
    r"try to|endeavour to|arrange to)\s+)*"
)
_BODY = (
    r"(?:the\s+|all\s+|a\s+|its\s+|each\s+)?(?:future\s+|next\s+|relevant\s+)?"
    r"(?:Members|members|Panel|panel|Committee|committee|Councillors?|councillors|Sub-Committee"
    r"|Chair(?:man)?|meeting|you|him|her|them|us)\b"
)
_DELIVER = (
    rf"(?:(?:bring|report|feed)\s+(?:[\w’']+\s+){{0,4}}?back\b|report\s+to\s+{_BODY}"
    rf"|come\s+back\s+(?:to\s+{_BODY}\s+(?:with|and|on)\b|to\s+(?:the\s+)?(?:committee|panel|members|board)\b|with\b)"
    rf"|get\s+back\s+to\b|look\s+(?:into|at)\b|follow\s+(?:\w+\s+)?up\b|pass\s+(?:on|this|these|that|it)\b"
    r"|(?:provide|circulate|share|send|write|forward|supply|e-?mail|distribute|publish|update|brief"
    r"|arrange|facilitate|organi[sz]e|run|hold|set\s+up|invite|investigate|check|confirm|clarify"
    r"|consider|review|discuss|explore|contact|liaise|meet|attend|be\s+involved|respond|reply|chase"
    r"|seek|prepare|produce|present|include|add|give|visit|action|pursue|escalate|refer|raise)\b"
    r"(?!\s+that\b)|(?:speak|talk)\s+(?:to|with)\b|join\s+(?!together)\w)"
)
_NEGATED = re.compile(r"\b(?:not|never|n't|unable|no longer)\b")
_BACK = re.compile(
    r"\b(?:bring|brought|report|reported|come|feed|fed|get)\b(?:\s+[\w’']+){0,4}?\s+back\b"
    r"|\b(?:future|next|later|subsequent)\s+(?:\w+\s+)?meeting\b"
    r"|\b(?:shared|circulated|provided|sent|presented|brought|submitted|reported|share|circulate|provide"
    r"|send|present|bring|submit|report|write)\b(?:\s+[\w’']+){0,5}?\s+(?:to|with)\s+(?:the\s+|a\s+)?"
    r"(?i:panel|committee|members|board|you)\b",
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
    marker: str = ""            # list marker opening its paragraph ("(b)", "•"), first sentence only


@dataclass
class _Hit:
    kind: str
    owner: str | None
    cue_at: int                 # where in the sentence the cue begins (due is looked for after it)


CONTEXT_SENTENCES = 50   # how far back in a paragraph a pronoun or "officers" is resolved


def _ctx(sentences: list[_Sentence], i: int, first: int) -> list[_Sentence]:
    """Earlier sentences of the same paragraph (which begins at sentence `first`), nearest first,
    at most CONTEXT_SENTENCES of them: a paragraph of thousands of sentences (a file that
    repeats one) costs time linear in its length."""
    return sentences[max(first, i - CONTEXT_SENTENCES):i][::-1]


def _resolve(word: str, sentence: _Sentence, at: int, earlier: list[_Sentence], speaker: str | None) -> str | None:
    """Who a pronoun (or bare "It was ...") stands for: speaker label, else nearest named role."""
    if word.lower() in ("i", "we") and speaker:
        return speaker
    head = sentence.text[:at]
    found = _speakers(head) or [m.group() for m in _mentions(head)]
    if found:
        return _clean_owner(found[-1])
    for earlier_sentence in earlier:
        found = _speakers(earlier_sentence.text) or [m.group() for m in _mentions(earlier_sentence.text)]
        if found:
            return _clean_owner(found[0])
    return None


def _context_officer(sentence: _Sentence, at: int, earlier: list[_Sentence]) -> str | None:
    """The officer members were talking to: the nearest speaking role in the paragraph."""
    found = _officers(sentence.text[:at])
    if found:
        return found[-1]
    for earlier_sentence in earlier:
        found = _officers(earlier_sentence.text)
        if found:
            return found[0]
    return None


def _officers(text: str) -> list[str]:
    """Speaking roles that are officers (or cabinet members), not "a Member" or the Chair."""
    cleaned = (_clean_owner(name) for name in _speakers(text))
    return [name for name in cleaned if name and not _NOT_OFFICER.fullmatch(name)]


_NOT_OFFICER = re.compile(r"(?:Member|Chair(?:man|woman|person)?|Vice[- ]Chair(?:man)?|Committee Member)")


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
    if not subject or re.match(r"(?:it|there)\b", subject, re.I):
        return _context_officer(sentence, at, earlier)
    return _clean_owner(subject)


# --- individual cue matchers: each returns a _Hit or None -------------------

_RESOLVED = re.compile(
    r"^[\"“‘']?(?:Minutes:\s*)?(?:It\s+was\s+)?(?:RESOLVED|Resolved|resolved|RESOLVE|AGREED|DECISION|Decision"
    r"|RECOMMENDED)\b(?:\s*(?:[:–—-]|that\b|That\b|to\b|\(|$)|\s+unanimously\b)"
    r"|^Agreed\s*(?:[:–—-]|that\b)"
    r"|\b(?:Committee|Panel|Board|Council|Cabinet|Sub-Committee|Members|[Ii]t\s+was)\s+(?:unanimously\s+)?"
    r"(?:RESOLVED|resolved|AGREED)\s+(?:that|to)\b"
    r"|^That\s+(?!is\b|was\b|it\b)[^.;]{1,150}?(?<!would\s)(?<!will\s)(?<!could\s)(?<!should\s)(?<!to\s)"
    r"\bbe\s+[a-z]+(?:ed|en|wn|nt)\b"
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
    r"|committed\s+(?:himself|herself|themselves))\s+to\s+(?!(?!bring\b)\w+ing\b)"
    r"(?!(?:the|a|an|this|these|that|its|their|his|her|be\s+noted)\b)[a-z]")


_BODY_SUBJECT = re.compile(r"(?:the\s+)?(?:Committee|Panel|Board|Cabinet|Council|Sub-Committee|Members)$", re.I)
_DECIDE = re.compile(r"(?:note|approve|endorse|support|accept|recommend|establish|defer|adopt|agree)\b")
_RECEIVE = re.compile(r"(?:receive|see|have|consider|be\s+(?:updated|informed|briefed))\b")


_EARLIER_EVENT = re.compile(r"\b(?:had|has|have|having|was|were|is|are|been)\s+(?:\w+ly\s+|also\s+|already\s+)?$")


def _match_undertaking(s: _Sentence, earlier: list[_Sentence], speaker: str | None) -> _Hit | None:
    """ "The Director undertook to look into this"; a committee "agreed to receive" is a report back."""
    match = _UNDERTAKE.search(s.text)
    if not match or _EARLIER_EVENT.search(s.text[:match.start()]):
        return None
    subject, verb = _subject(s, match.start()), s.text[match.end() - 1:]
    if _BODY_SUBJECT.match(subject) and _RECEIVE.match(verb):
        return _Hit("report back", _context_officer(s, match.start(), earlier) or "Officers", match.start())
    if _BODY_SUBJECT.match(subject) and _DECIDE.match(verb):
        return _Hit("resolution", _clean_owner(subject), match.start())
    return _Hit("action", _owner_of_subject(s, match.start(), earlier, speaker), match.start())


_AGREED_THAT = re.compile(
    rf"{_NOT_AFTER_BE}\bagreed\s+that\s+(?P<who>[^,;.]{{1,60}}?)\s+(?:would|will|should|could)\b"
    r"(?!\s+(?:have|not)\b)")


def _match_agreed_that(s: _Sentence, earlier: list[_Sentence], speaker: str | None) -> _Hit | None:
    match = _AGREED_THAT.search(s.text)
    if not match or _EARLIER_EVENT.search(s.text[:match.start()]):
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
    if named:
        return _Hit("action", _clean_owner(named[-1].group()), match.start())
    return _Hit("action", _context_officer(s, match.start(), earlier) or "Officers", match.start())


_PRONOUN_PROMISE = re.compile(
    rf"(?:^|\bthat\s+|,\s+|;\s+|\band\s+|\bbut\s+|\bso\s+|\bthen\s+|\bnow\s+|\bwho\s+)"
    rf"(?P<who>[Ss]he|[Hh]e|[Tt]hey|[Oo]fficers)\s+(?:{_MODAL}\s+{_ADV}|(?:would|'d|’d)\s+like\s+to\s+){_DELIVER}")


def _match_pronoun_promise(s: _Sentence, earlier: list[_Sentence]) -> _Hit | None:
    """Reported speech: "... confirmed that she would circulate the figures"."""
    match = _PRONOUN_PROMISE.search(s.text)
    if not match or _NEGATED.search(match.group()):
        return None
    who = match.group("who")
    owner = "Officers" if who.lower() == "officers" else _resolve(who, s, match.start("who"), earlier, None)
    return _Hit("action", owner, match.start("who"))


_ADDRESSEE = (r"(?:you|him|her|them|us|the\s+(?:committee|panel|member|honourable\s+member|hon\.?\s+member)"
              r"|members|my\s+(?:colleague|hon\.?\s+colleague)|your\s+office)\b")
_SPOKEN_VERB = (
    rf"(?:write\s+(?:to|back|a\s+note)\b|send\s+(?:{_ADDRESSEE}|it|that|this|those|these|the|a|an|further)"
    r"|share\b(?![^.]{0,60}?\b(?:that|what|how)\b)(?!\s+my\s+time)"
    r"|(?:provide|circulate|forward|supply|e-?mail)\b"
    rf"|update\s+{_ADDRESSEE}|get\s+back\s+to\s+{_ADDRESSEE}|(?:report|feed)\s+(?:[\w’']+\s+){{0,3}}?back\b"
    rf"|come\s+back\s+(?:to\s+{_ADDRESSEE}\s+(?:with|and|on|in\s+writing)\b|with\b)"
    rf"|look\s+into\b|follow\s+(?:\w+\s+)?up\b|check\s+(?:with|on)\b|find\s+out\b"
    rf"|let\s+{_ADDRESSEE}\s+know|give\s+{_ADDRESSEE}\s+(?!an?\s+example)(?:a|an|the|some|more|further)\b"
    rf"|take\s+(?:that|this|it)\s+(?:away|back)\b|speak\s+(?:to|with)\s+the\s+minister)"
)
_SPOKEN_PROMISE = re.compile(
    r"(?:^|\bthat\s+|,\s+|;\s+|\band\s+|\bbut\s+|\bso\s+|\bthen\s+|\bnow\s+|:\s+|—\s*)(?P<who>I|[Ww]e)(?:"
    rf"(?:\s+(?:will|shall)|['’]ll)\s+(?:(?:certainly|also|gladly|personally|then|now|happily|"
    rf"be\s+(?:happy|able|pleased|glad)\s+to)\s+)*{_SPOKEN_VERB}"
    rf"|(?:\s+(?:would|can|could|am|are)|['’](?:d|m|re))\s+(?:certainly\s+|also\s+|more\s+than\s+)?"
    rf"(?:happy|pleased|delighted|glad|willing)\s+to\s+{_SPOKEN_VERB}"
    rf"|\s+(?:undertake|promise|commit)\s+to\s+[a-z]"
    rf"|\s+(?:can|could)\s+(?:certainly\s+|also\s+)?(?:write|send|provide|share|e-?mail|forward"
    rf"|get\s+back|come\s+back|look\s+into)\b[^.?!]{{0,40}}?\b(?:to\s+)?{_ADDRESSEE})"
    rf"|\b(?:I|[Ww]e)\s+can\s+(?:write\s+to|send\s+(?:it\s+)?to|get\s+back\s+to)\s+{_ADDRESSEE}")


def _match_spoken_promise(s: _Sentence, speaker: str) -> _Hit | None:
    """Transcripts: "Kirsty Williams AM: ... I will write to the committee"; owner is the speaker."""
    match = _SPOKEN_PROMISE.search(s.text)
    if not match or _NEGATED.search(match.group()):
        return None
    return _Hit("action", speaker, match.start())


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
    r"\b(?:would|will|could|can)\s+(?:also\s+|then\s+|now\s+)?be\s+(?:shared|circulated|provided"
    r"|sent|brought(?:\s+back)?|reported(?:\s+back)?|presented|submitted|forwarded|made\s+available"
    r"|distributed|supplied|e-?mailed|fed\s+back|passed\s+on)\s+(?:back\s+)?"
    rf"(?:(?:to|with|before)\s+{_BODY}|(?:after|following)\s+the\s+meeting"
    r"|[^.;]{0,40}?\b(?:next|future)\s+(?:\w+\s+)?meeting)")


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
    r"|updated|investigated|looked\s+into|forwarded|placed|submitted|kept\s+informed|informed|explored"
    r"|passed\s+on|conveyed)|receive|see)\b")
_ASKED_ROLE = re.compile(
    rf"{_NOT_RECENT}\b(?:asked|requested)\s+(?P<who>{_PERSON}|{_ACRONYM}|(?:the\s+)?{_ROLE}|officers)"
    rf"\s+to\s+{_DELIVER}")


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
        owner = _context_officer(s, match.start(), earlier) or "Officers"
    return _Hit("action", owner, match.start())


_KEPT_INFORMED = re.compile(
    rf"{_NOT_RECENT}\b(?:asked|requested|wished|wanted|wish|want|would\s+like)\s+(?:to\s+be\s+|that\s+"
    r"(?:they|[Mm]embers|the\s+[Cc]ommittee|the\s+[Pp]anel)\s+(?:be|are|were)\s+)(?:kept\s+)?"
    r"(?:informed|updated|up\s+to\s+date|up-to-date|advised|notified|briefed|sighted|consulted|apprised"
    r"|provided\s+with|sent|given|shown)\b")
_DOCUMENT = (r"(?:report|briefing|update|information|details|data|figures|breakdown|cop(?:y|ies)|note"
             r"|paper|list|analysis|summary|response|sight|presentation|statistics|timeline|plan)s?\b")
_REQUESTED_ITEM = re.compile(
    rf"{_NOT_RECENT}\b(?:requested\s+(?:sight\s+of\s+)?(?:a|an|further|more|additional|the|sight|details"
    r"|information|copies|copy|data|figures|written|regular|feedback)\b"
    r"|asked\s+to\s+(?:see|receive)\b"
    rf"|asked\s+for\s+(?:(?:a|an|further|more|additional|the|regular|written"
    rf"|copies\s+of|a\s+copy\s+of)\s+)*(?:[\w’'-]+\s+){{0,2}}?{_DOCUMENT})")


def _match_request(s: _Sentence, earlier: list[_Sentence]) -> _Hit | None:
    """Members ask for something without naming who provides it: owner is the officer present."""
    match = _KEPT_INFORMED.search(s.text) or _REQUESTED_ITEM.search(s.text)
    if not match:
        return None
    owner = _context_officer(s, match.start(), earlier) or "Officers"
    return _Hit("information requested", owner, match.start())


_INDIRECT_QUESTION = re.compile(
    r"\b(?:asked|questioned|queried|enquired|inquired|wondered|wanted\s+to\s+know)\s+(?:\w+\s+){0,3}?"
    r"(?:whether|if|why|how|when|what|who)\b")


def _is_question(s: _Sentence, hit: _Hit) -> bool:
    """A question ("Members asked whether the data could be shared") is not a promise."""
    if s.text.rstrip().endswith("?"):
        return True
    question = _INDIRECT_QUESTION.search(s.text)
    return bool(question) and question.start() <= hit.cue_at and hit.kind != "resolution"


def _match_cue(s: _Sentence, earlier: list[_Sentence], doc: Document, speaker: str | None) -> _Hit | None:
    if speaker:
        hit = _match_spoken_promise(s, speaker)
    else:
        hit = (_match_resolution(s, doc) or _match_inline_action(s) or _match_request_of(s, earlier)
               or _match_request(s, earlier) or _match_it_was_agreed(s, earlier)
               or _match_undertaking(s, earlier, speaker) or _match_agreed_that(s, earlier, speaker)
               or _match_pronoun_promise(s, earlier) or _match_named_promise(s)
               or _match_passive_share(s, earlier))
    if not hit or _is_question(s, hit):
        return None
    return replace(hit, kind=_refine_kind(hit.kind, s.text[hit.cue_at:]))


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

_MONTH = CAPITALISED_MONTH + r"\b"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (rf"(?:(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY}\b,?)(?:\s+\d{{4}})?"
         rf"|(?:the\s+end\s+of\s+|the\s+beginning\s+of\s+|early\s+|mid[- ]|late\s+)?{_MONTH}(?:\s+\d{{4}})?"
         r"|\d{1,2}/\d{1,2}/\d{2,4})")
_COUNT = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a\s+few|a\s+couple\s+of)"
_DUE = re.compile(
    rf"\b(?:before|by|no\s+later\s+than|until|ahead\s+of)\s+(?:the\s+)?{_DATE}"
    rf"|\b(?:once|when|after|following)\s+[^.;]{{0,80}}?\bon\s+{_DATE}"
    r"|\b(?:at|to|for|attends?)\s+(?:a|the|its)\s+(?:future|next|later|subsequent|following|forthcoming|further)"
    r"\s+(?:[\w’']+\s+){0,2}?meeting\b"
    rf"|\bwithin\s+(?:the\s+next\s+)?{_COUNT}\s+(?:days?|weeks?|months?)\b"
    rf"|\bin\s+{_COUNT}\s+(?:days?|weeks?|months?)(?:['’]?\s+time)?\b"
    r"|\bin\s+(?:the\s+)?(?:spring|summer|autumn|winter)(?:\s+(?:of\s+)?\d{4})?\b"
    r"|\b(?:by|before|at)\s+the\s+end\s+of\s+(?:the\s+)?(?:month|year|term|week|quarter|municipal\s+year|financial\s+year)\b"
    r"|\bin\s+the\s+new\s+(?:municipal|financial|calendar)\s+year\b|\bafter\s+the\s+meeting\b"
    rf"|\b(?<!held\s)(?<!dated\s)(?<!place\s)(?:in|on|during|for)\s+(?:the\s+)?{_DATE}")


def find_due(text: str) -> str | None:
    """The first deadline or event in `text`, as written ("before 22 February", "September 2020")."""
    match = _DUE.search(text)
    if not match:
        return None
    return re.sub(r"^(?:in|on|during|for)\s+(?:the\s+)?(?=[\dA-Z])", "", match.group())


def resolve_due(due: str, meeting_date: str | None) -> str | None:
    """ISO date/month/year for a due phrase; a day/month without a year is taken as the next
    one on or after the meeting (which must then be known at least to the month)."""
    day, month, year = date_parts(due)
    if month is None:
        return year
    if year is None:
        year = year_on_or_after(meeting_date, month, day)
        if year is None:
            return None
    return f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")


# ---------------------------------------------------------------------------
# Fragments and procedural resolutions
# ---------------------------------------------------------------------------

# What opens a decision without deciding anything: "RESOLVED: That Cabinet:", "(a)", "1.".
_DECISION_HEAD = re.compile(
    r"^\W*(?:Minutes:\s*)?(?:It\s+was\s+)?(?:(?:unanimously\s+)?(?:RESOLVED|Resolved|resolved|RESOLVE|AGREED"
    r"|Agreed|DECISION|Decision|RECOMMENDED|Recommended)(?:\s+unanimously)?\b)?[\s:–—-]*"
    r"(?:(?:That|that)\b)?[\s:–—-]*"
    r"(?:(?:the\s+)?(?:Cabinet|Committee|Panel|Board|Council|Sub-Committee|Executive)\b[\s:–—-]*)?")
_PART_MARKER = re.compile(r"(?m)^\s*(?:\(?[a-zA-Z0-9]{1,4}[.)]|[•·*▪◦-])\s+")
# A finite verb, or what a decision says instead: "be noted", "to note", "agreed", "approve".
_VERB = re.compile(
    r"\b(?:be|is|are|was|were|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may"
    r"|must|to\s+[a-z]{2,}|[A-Za-z]{3,}(?:ed|en)"
    r"|notes?|approves?|agrees?|endorses?|supports?|accepts?|recommends?|requests?|asks?|delegates?"
    r"|refers?|defers?|adopts?|receives?|considers?|authori[sz]es?|instructs?|welcomes?|thanks?"
    r"|confirms?|establish(?:es)?|appoints?|allocates?|grants?|refuses?|continues?|commissions?"
    r"|invites?|urges?|calls?|writes?|seeks?|makes?|gives?|takes?|keeps?|sets?|adds?|provides?"
    r"|circulates?|reports?|brings?|agree|undertake|undertook|offer|ask)\b")


def is_fragment(text: str) -> bool:
    """A decision heading with nothing decided ("RESOLVED: That Cabinet:"), or text with no verb."""
    return not _VERB.search(_decision_body(text))


def _decision_body(text: str) -> str:
    """The text without the "RESOLVED: That Cabinet:" head that opens a decision."""
    return _DECISION_HEAD.sub("", text.strip(), count=1)


# the previous minutes approved: "The minutes of the meeting held on 3 May were approved as a correct record."
PREVIOUS_MINUTES_APPROVED = (r"(?:^\W*(?:the\s+)?minutes|\bminutes\s+of\s+(?:the\s+)?(?:previous\s+|last\s+|\w+\s+)?"
                             r"meeting)\b.{0,160}?\b(?:approved|agreed|confirmed|accepted|signed|taken\s+as\s+read)\b"
                             r"|\b(?:correct|true|accurate)\s+record\b")
_PROCEDURAL = [re.compile(pattern, re.I) for pattern in (
    PREVIOUS_MINUTES_APPROVED,
    # apologies
    r"\bapologies\b.{0,120}?\b(?:noted|received|recorded|accepted|given|submitted|reported)\b"
    r"|\b(?:noted|received|recorded|accepted)\b.{0,40}?\bapologies\b|\bno\s+apologies\b",
    # declarations of interest
    r"\bdeclarations?\s+of\s+(?:\w+\s+){0,2}interests?\b|\binterests?\s+(?:were|was)\s+declared\b"
    r"|\bdeclared\s+(?:an?\s+|no\s+)?(?:\w+\s+){0,2}interests?\b",
    # the next meeting and the end of this one
    r"\bdate\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting\b|^\W*(?:the\s+)?next\s+meeting\b",
    r"\bmeeting\s+(?:closed|ended|finished|concluded|terminated)\s+at\b",
    # the press and public excluded for exempt business
    r"\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\s+(?:be|were|was)\s+excluded\b"
    r"|\bexclusion\s+of\s+(?:the\s+)?(?:press|public)\b",
)]


# What owners' acronyms stand for, so that "the Director" finds the DCS.
ROLE_ALIASES = {"dcs": "director of children's services", "cmr": "cabinet member responsible",
                "dass": "director of adult social services", "dph": "director of public health",
                "cx": "chief executive", "ceo": "chief executive"}


def with_aliases(who: str) -> str:
    """Lower-cased `who` followed by what its acronyms stand for: "DCS" -> "dcs director of children's services"."""
    who = who.lower()
    return " ".join([who, *(full for short, full in ROLE_ALIASES.items() if re.search(rf"\b{short}\b", who))])


def is_procedural(commitment: Commitment) -> bool:
    """A resolution about the meeting itself: minutes approved, apologies noted, no interests
    declared, date of the next meeting, "the meeting closed at ...".

    Every part of the decision must be procedural: "the minutes be approved; (b) the
    Director report back" also decides something.
    """
    parts = [part for part in re.split(r"[;\n]+", _PART_MARKER.sub("\n", _decision_body(commitment.text)))
             if re.search(r"[^\W\d_]{3,}", part) and part.strip(" .,:").lower() not in ("and", "or")]
    return bool(parts) and all(any(p.search(part) for p in _PROCEDURAL) for part in parts)


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------

def _sentence_table(text: str) -> list[_Sentence]:
    """Sentences with their paragraph number, agenda preamble left out."""
    table: list[_Sentence] = []
    skip_list = False
    for para, (p_start, p_end) in enumerate(paragraph_spans(text, _body_start(text))):
        is_bullet = text[p_start] in BULLETS or text[p_start:p_end].endswith("?")
        skip_list = (skip_list and is_bullet) or _opens_question_list(text[p_start:p_end])
        if skip_list:
            continue
        body = skip_markers(text, p_start, p_end)
        for n, (start, end) in enumerate(sentences_in(text, body, p_end)):
            marker = text[p_start:body].strip() if n == 0 else ""
            table.append(_Sentence(start, end, para, text[start:end], marker))
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
    first = 0                                          # the current paragraph's first sentence
    for i, sentence in enumerate(sentences):
        if sentence.para != sentences[first].para:
            first = i
        if found and sentence.start < found[-1][1].end:
            continue                                   # inside a resolution already taken
        action = _ACTION_LINE.match(sentence.text)
        if action and not _INLINE_ACTION.match(action.group("rest")):
            found = _attach_action(found, sentences, i, action.group("rest"), doc)
            continue
        speaker = _speaker_of(doc.text, sentence)
        hit = _match_cue(sentence, _ctx(sentences, i, first), doc, speaker)
        commitment = _build(doc, sentences, i, hit) if hit else None
        if commitment and not is_fragment(commitment.text):
            found.append((sentence.para, commitment))
    return [commitment for _, commitment in found]


def _speaker_of(text: str, sentence: _Sentence) -> str | None:
    """ "Kirsty Williams AM: ..." — the speaker label opening a transcript paragraph."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    label = _SPEAKER_LABEL.match(text, line_start)
    if not label or label.end() > sentence.end or not _looks_like_name(label.group(1)):
        return None
    return label.group(1).strip()


def _looks_like_name(label: str) -> bool:
    """ "Lynne Neagle AM", "Hon. Bill Morneau (Minister of Finance)", "The Chair"; not "ACTION"."""
    words = re.sub(r"\([^)]*\)", " ", label).split()
    particles = {"of", "and", "for", "the", "de", "van", "von", "du", "le", "la", "da"}
    return 2 <= len(words) <= 8 and all(w[0].isupper() or w in particles for w in words)


def _span_end(sentences: list[_Sentence], i: int, hit: _Hit) -> int:
    """A resolution heading ("RESOLVED:") or a due date given in the next sentence extends the span."""
    here = sentences[i]
    if hit.kind == "resolution" and (len(here.text.split()) <= 3 or here.text.endswith(":")):
        return _resolution_end(sentences, i)
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    continuation = nxt and nxt.para == here.para and re.match(
        r"(?:This|These|It|The|Such)\s+(?:[\w’'/-]+\s+){0,3}?(?:would|will|should|is\s+to|was\s+to)\b", nxt.text)
    if continuation and not find_due(here.text[hit.cue_at:]) and find_due(nxt.text):
        return nxt.end
    return here.end


def _resolution_end(sentences: list[_Sentence], i: int) -> int:
    """ "RESOLVED:" heads the decision that follows: its first paragraph and any parts
    numbered like that paragraph ("(a)", "(b)", ...)."""
    following = sentences[i + 1:]
    if not following or is_fragment(following[0].text):
        return sentences[i].end                        # nothing decided follows: a heading, or the end
    end, para, shape = following[0].end, following[0].para, _marker_shape(following[0].marker)
    for sentence in following[1:]:
        next_part = sentence.para == para + 1 and shape and _marker_shape(sentence.marker) == shape
        if sentence.para != para and not next_part:
            break
        end, para = sentence.end, sentence.para
    return end


def _marker_shape(marker: str) -> str:
    """ "(b)" -> "(a)", "12." -> "1.", "" -> "": list markers of one list share a shape."""
    return re.sub(r"\d+", "1", re.sub(r"[a-zA-Z]+", "a", marker))


def _build(doc: Document, sentences: list[_Sentence], i: int, hit: _Hit) -> Commitment:
    start, end = sentences[i].start, _span_end(sentences, i, hit)
    due = find_due(doc.text[start + hit.cue_at:end])
    due_date = resolve_due(due, doc.meeting_date) if due else None
    if due_date and _before_meeting(due_date, doc.meeting_date):
        due = due_date = None                          # a date already past is not a deadline
    return Commitment(
        text=doc.text[start:end], owner=hit.owner, due=due, due_date=due_date, kind=hit.kind,
        doc_id=doc.doc_id, start=start, end=end, council=doc.council,
        committee=doc.committee, meeting_date=doc.meeting_date)


def _before_meeting(due_date: str, meeting_date: str | None) -> bool:
    """True when a resolved due date lies wholly before the meeting (compared at the coarser precision)."""
    if not meeting_date:
        return False
    width = min(len(due_date), len(meeting_date))
    return due_date[:width] < meeting_date[:width]


def _attach_action(found: list[tuple[int, Commitment]], sentences: list[_Sentence], i: int,
                   who: str, doc: Document) -> list[tuple[int, Commitment]]:
    """An "ACTION: <name>" line names the owner of what the paragraph before it asked for.

    Only the end of `found` and of the sentences before `i` are looked at, so a file of
    thousands of ACTION lines costs time linear in its length."""
    j = i - 1
    while j >= 0 and sentences[j].para >= sentences[i].para:
        j -= 1
    if j < 0:
        return found
    para, owner = sentences[j].para, _clean_owner(who)
    end = len(found)
    while end > 0 and found[end - 1][0] > para:        # commitments are in paragraph order
        end -= 1
    start = end
    while start > 0 and found[start - 1][0] == para:
        start -= 1
    if start < end:
        for n in range(start, end):
            if found[n][1].kind != "resolution":
                found[n] = (para, replace(found[n][1], owner=owner))
        return found
    hit = _Hit(_refine_kind("action", sentences[j].text), owner, 0)
    found.append((para, _build(doc, sentences, j, hit)))
    return found


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
able happy pleased willing would like bring brought back feed pass provide once finalised
provided circulate circulated share shared send sent look looked into kept keep up date noted note
reported therefore although often acknowledged done being basis regard respect
that's it's wished wanted meeting future next following once""".split())


def commitment_subject(c: Commitment) -> str:
    """A few content words saying what was promised, words after the cue first
    ("thanks julie commend innovative approach", "details budget full")."""
    text = c.text
    text = text.replace(c.owner, " ") if c.owner else text
    text = _ACTION_LINE.sub(" ", text)
    cue = _cue_start(text)
    picked: list[str] = []
    for word in _content_words(text[cue:]) + _content_words(text[:cue]):
        if word not in picked:
            picked.append(word)
    return " ".join(picked[:6])


def _content_words(text: str) -> list[str]:
    words = (w.lower().strip("'’") for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text))
    return [w for w in words if len(w) > 2 and w not in _STOP and w not in _MONTH_WORDS]


_CUES = (_UNDERTAKE, _AGREED_THAT, _PRONOUN_PROMISE, _SPOKEN_PROMISE, _NAMED_PROMISE, _PASSIVE_SHARE,
         _ASKED_THAT, _ASKED_ROLE, _KEPT_INFORMED, _REQUESTED_ITEM, _RESOLVED)


def _cue_start(text: str) -> int:
    """Where the first commitment cue in `text` begins (0 when none is found)."""
    starts = [match.start() for cue in _CUES if (match := cue.search(text))]
    return min(starts, default=0)


_MONTH_WORDS = frozenset(
    "january february march april june july august september october november december".split())
