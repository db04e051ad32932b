"""Filters a question states itself: "in Medway", "Buckinghamshire's", "in 2018", "since July 2019"."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from .dates import MONTH, normalise_date
from .councils import canonical_council, council_named, councils_in_question, regions_of
from .models import Filters
from .query import STOPWORDS

_LEADING_WORDS = STOPWORDS | {"whose", "according"}   # "Did Kent County Council..." -> "Kent County Council"

_COUNCIL_WORDS = re.compile(
    r"\s+(?:(?:metropolitan\s+)?borough|county|city|district|unitary)?\s*council$", re.I)
# A financial year ("2019/20") is not a meeting date: minutes discuss it before, during and after.
_DATE = rf"(?:(?:\d{{1,2}}\s+)?{MONTH}\s+)?(?:19|20)\d{{2}}(?![/\-–]\d)"
# "since" dates the meetings; "from" and "after" mostly date what a meeting decided ("charges from April 2025",
# "carrying on after March 2024"), which meetings of before then decide (`_TAKES_EFFECT`); "the minutes from
# April 2023" is `meeting_dated`
_RANGE_PATTERNS = [
    (re.compile(rf"\bbetween\s+({_DATE})\s+and\s+({_DATE})\b", re.I), "between"),
    (re.compile(rf"\bsince\s+({_DATE})\b", re.I), "since"),
    (re.compile(rf"\b(?:before|until|till|up\s+to)\s+({_DATE})\b", re.I), "until"),
    (re.compile(rf"\b(?:in|during)\s+({_DATE})\b", re.I), "in"),
]
_TAKES_EFFECT = re.compile(rf"(?<!minutes )(?<!report )(?<!reports )(?<!papers )(?<!agenda )\b(?:from|after)\s+{_DATE}"
                           rf"(?:\s+onwards)?\b", re.I)


@dataclass
class ReadFilters:
    filters: Filters
    notes: list[str] = field(default_factory=list)
    used_words: list[str] = field(default_factory=list)  # words spent on a filter, not to be searched
    date_phrase: str | None = None                        # "in 2018", taken out of the searched text


def short_name(council: str) -> str:
    """ "Medway Council" -> "Medway"; "Buckinghamshire County Council" -> "Buckinghamshire"."""
    return _COUNCIL_WORDS.sub("", council.strip()) or council


def councils_named(question: str, councils: list[str]) -> list[str]:
    """The councils of `councils` that the question names, by any name the council table knows:
    "Croydon" names "London Borough of Croydon", "BCP" names "Bournemouth, Christchurch and Poole"."""
    known = set(councils_in_question(question))
    longer = [c.short for c in map(council_named, known) if c]
    places = {short.lower() for short in longer}
    found = []
    for council in councils:
        name = short_name(council)
        if (canonical_council(council) in known or (_mentions(question, name) and not only_within(question, name, longer))
                or _same_place_another_era(council, places)):
            found.append(council)
    return found


def _same_place_another_era(council: str, places: set[str]) -> bool:
    """A council held under the name of another era of the place the question names: "Bucks" names Buckinghamshire
    Council, and Buckinghamshire County Council's minutes, which it took over, answer for it too (and the other way)."""
    known = council_named(council)
    return known is not None and (bool(known.successors) or bool(known.established_on)) and known.short.lower() in places


def question_about(question: str, council: str, others: list[str]) -> str:
    """The question as if it named `council` alone: a question of two parts, each about its own council
    ("Who was elected Mayor of Halton and who chairs Cherwell's scrutiny committee?"), keeps the parts that name no
    other council; else each of the `others` it names is taken out with the word joining it to the rest ("How much
    do Halton and Lambeth still have to find?" -> "How much do Halton still have to find?" for Halton)."""
    if own := _own_parts(question, council, others):
        return own
    for other in others:
        if other == council:
            continue
        for form in sorted(_forms_of(other), key=len, reverse=True):
            name = rf"{re.escape(form)}(?:'s|’s)?"
            cut = (re.sub(rf"\b{name}\s*(?:,|\band\b|\bor\b|&)\s*", "", question, count=1, flags=re.I),
                   re.sub(rf"\s*(?:,|\band\b|\bor\b|&)\s*(?:the\s+)?{name}\b", "", question, count=1, flags=re.I))
            changed = [text for text in cut if text != question]
            if changed:
                question = changed[-1] if len(changed) == 2 else changed[0]
                break
    return question


# Where a question's second part begins: "... for 2024/25 and who was elected ...", "..., and what did ... say?"
_SECOND_PART = re.compile(r",?\s+and\s+(?=(?:who|whom|what|which|when|where|why|how|whether|did|does|do|was|were|has|have"
                          r"|is|are)\b)", re.I)


def _own_parts(question: str, council: str, others: list[str]) -> str:
    """The parts of a question of several parts that do not name another of the `others`, when `council` is named
    in one of them and another council in another; else ""."""
    parts = _SECOND_PART.split(question)
    if len(parts) < 2:
        return ""
    naming = [{c for c in others if any(_mentions(part, form) for form in _forms_of(c))} for part in parts]
    if not any(council in named for named in naming) or not any(named - {council} for named in naming):
        return ""
    kept = [part.rstrip("?").strip() for part, named in zip(parts, naming) if not named - {council}]
    if any(named == {council} for named in naming) and kept:
        own = " and ".join(kept)
        return own[0].upper() + own[1:] + ("?" if question.rstrip().endswith("?") else "")
    return ""


def _forms_of(council: str) -> list[str]:
    known = council_named(council)
    forms = [short_name(council)] + ([known.short, *known.aliases] if known else [])
    return [form for form in dict.fromkeys(forms) if form]


_AUTHORITY_KIND_WORDS = frozenset("combined county mayoral authority national park fire rescue police crime panel council".split())


def place_of(name: str) -> str:
    """A council's or authority's name without the words for its kind at the end: "Cambridgeshire and
    Peterborough Combined Authority" -> "Cambridgeshire and Peterborough"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _AUTHORITY_KIND_WORDS:
        words.pop()
    return " ".join(words)


def _mentions(text: str, name: str) -> int:
    return len(re.findall(rf"\b{re.escape(name)}(?:'s|’s)?\b", text, re.I))


def only_within(question: str, name: str, longer: list[str]) -> bool:
    """Whether every mention of `name` is part of a longer council's name the question uses: "Staffordshire" in
    "Wyre and Staffordshire Moorlands" names Staffordshire Moorlands, not Staffordshire County Council."""
    within = [other for other in longer if other.lower() != name.lower() and _mentions(other, name)]
    return sum(_mentions(question, other) for other in within) >= _mentions(question, name) > 0


_NAME_WORD = re.compile(r"[A-Z][\w'’&-]*")
_NAME_CHARS = re.compile(r"[\w'’&-]*")
_COUNCIL_WORD = re.compile(r"Council\b")
MAX_NAME_WORDS = 5


def named_councils(question: str) -> list[list[str]]:
    r"""The capitalised words (one to five) before each "Council": "Kent County Council" -> ["Kent", "County"].

    The same matches as `finditer` of ((?:[A-Z][\w'’&-]*\s+){1,5})Council\b, found in linear
    time: that pattern retries every capital letter of a long word, which took minutes on a
    100 kB question. Here each whitespace-separated token is looked at from at most six places.
    """
    tokens = question.split()
    found, t, used = [], 0, 0      # used: characters of tokens[t] taken by the previous match
    while t < len(tokens):
        first = _name_tail(tokens[t][used:])
        end = _council_after(tokens, t) if first else None
        if end is None:
            t, used = t + 1, 0
            continue
        found.append([first, *tokens[t + 1:end]])
        t, used = end, len("Council")
    return found


def _name_tail(token: str) -> str | None:
    """The longest end of a token that is a capitalised name word ("(Kent" -> "Kent"), if any."""
    start = len(token) - len(_NAME_CHARS.match(token[::-1]).group())
    capital = re.search("[A-Z]", token[start:])
    return token[start + capital.start():] if capital else None


def _council_after(tokens: list[str], t: int) -> int | None:
    """The furthest "Council" token that name words lead to from tokens[t], within five words."""
    found = None
    for j in range(t + 1, min(t + MAX_NAME_WORDS, len(tokens) - 1) + 1):
        if _COUNCIL_WORD.match(tokens[j]):
            found = j
        if not _NAME_WORD.fullmatch(tokens[j]):
            break
    return found


def councils_not_held(question: str, councils: list[str], mentioned: Callable[[str], bool]) -> list[str]:
    """Councils the question names ("Kent County Council") that the index holds no minutes of.

    A name counts as held if it is one of `councils`, or if the minutes mention it
    (`mentioned(phrase)`), as with "Full Council" or "the Youth Council".
    """
    held = {short_name(c).lower() for c in councils}
    named = councils_in_question(question or "")
    missing = []
    for words in named_councils(question or ""):
        words = _without_leading_words(words)
        if not words:
            continue
        words[-1] = re.sub(r"['’]s$", "", words[-1])   # "Rushmoor's Council Plan": Rushmoor's own council
        name = " ".join(words + ["Council"])
        # "Wrekin Council" of "Telford and Wrekin Council": the end of the name of a council the question gives
        name = next((c for c in named if _ends_a_name(name, c)), name)
        # "he was a Kent County Councillor" mentions Kent County Council
        if short_name(name).lower() in held or mentioned(name) or mentioned(name + "lor"):
            continue
        missing.append(name)
    return list(dict.fromkeys(missing))


def _without_leading_words(words: list[str]) -> list[str]:
    """A council's name words without the question's own words before it ("Did", "The")."""
    while words and words[0].lower() in _LEADING_WORDS:
        words = words[1:]
    return words


def _ends_a_name(name: str, council: str) -> bool:
    name, short = name.lower(), short_name(name).lower()
    return any(form.lower() != short and (form.lower().endswith(" " + name) or form.lower().endswith(" " + short))
               for form in _forms_of(council))


def councils_elsewhere(question: str, councils: list[str], mentioned: Callable[[str], bool]) -> list[str]:
    """Councils the question names by any name the council table knows ("Swindon's cabinet"),
    none of them held and none mentioned in the minutes: when the question names no council the
    index holds, it asks about minutes the index does not have."""
    if councils_named(question, councils):
        return []
    held = {canonical_council(c) for c in councils} - {None}
    # named in full as whose business it is ("Newcastle City Council's catering service", "at Newcastle City
    # Council", "Did Newcastle City Council ..."), a council minutes mention in passing is still the council asked
    # about; not as what members sit on ("also sit on Tewkesbury Borough Council"); and a short name may be a place
    # the minutes mention ("Blackburn" in West Lothian)
    named = [words for words in map(_without_leading_words, named_councils(question or "")) if words]
    in_full = {canonical_council(" ".join(words + ["Council"])) for words in named
               if re.search(rf"(?:^\s*(?:did|does|has|have|is|was|were|will)\s+|\b(?:at|by)\s+(?:the\s+)?)"
                            rf"{re.escape(' '.join(words))}\s+Council\b|\b{re.escape(' '.join(words))}\s+Council['’]s\b",
                            question or "", re.I)}
    return [name for name in councils_in_question(question)
            if name not in held and (name in in_full or not any(mentioned(form) for form in _forms_asked(question, name)))]


def _forms_asked(question: str, name: str) -> list[str]:
    """The council's short name, and each of its other names the question uses: "Blackburn" for Blackburn
    with Darwen is also a town in West Lothian, which minutes held may mention, as "Dartmoor" is both the
    national park authority and the moor."""
    council = council_named(name)
    # the table's short name too: "London Borough of Sutton" ends in no "Council" for `short_name` to take off,
    # and "Sutton" is also a town in Ashfield and a park in Birmingham
    forms = [short_name(name)] + list((council.short,) + council.aliases + council.former_names
                                      + tuple(regions_of(council)) if council else ())
    # asked with its kind ("Chesterfield Borough councillors"): the town named in an address is not that council
    kind = re.search(rf"\b{re.escape(forms[0])}\s+(?:borough|district|city|county)\b", question, re.I)
    if kind:
        forms = [kind.group(0)] + [form for form in forms if form.lower() != forms[0].lower()]
    return [form for form in dict.fromkeys(forms)
            if form == forms[0] or re.search(rf"\b{re.escape(form)}\b", question, re.I)]


def dates_named(question: str) -> tuple[str | None, str | None, str | None]:
    """(date_from, date_to, the phrase read) from the first date expression found."""
    for pattern, kind in _RANGE_PATTERNS:
        match = pattern.search(question)
        if not match:
            continue
        dates = [normalise_date(g) for g in match.groups()]
        if None in dates:
            continue
        if kind == "between":
            return dates[0], dates[1], match.group(0)
        if kind == "since":
            return dates[0], None, match.group(0)
        if kind == "until":
            return None, dates[0], match.group(0)
        return dates[0], dates[0], match.group(0)
    return None, None, None


_KIND_WORDS = r"(?:\s+(?:county|city|borough|district|metropolitan|town))*"


def dates_of_each(question: str, councils: list[str]) -> dict[str, tuple[str | None, str | None, str]]:
    """The date each council is asked about, when the question gives two or more councils a date of their own
    ("How did Cheshire East in April 2021 and Hambleton in October 2022 mark ...?"): the first date phrase
    between a council's name and the next council's name. Empty when fewer than two councils have one."""
    starts = {}
    for council in councils:
        found = [m.start() for form in _forms_of(council)
                 for m in [re.search(rf"\b{re.escape(form)}\b", question, re.I)] if m]
        if found:
            starts[council] = min(found)
    order = sorted(starts, key=starts.get)
    dated = {}
    for council, following in zip(order, order[1:] + [None]):
        date_from, date_to, phrase = dates_named(question[starts[council]:starts[following] if following else None])
        if phrase:
            dated[council] = (date_from, date_to, phrase)
    return dated if len(dated) >= 2 else {}


def _name_as_written(question: str, council: str) -> list[str]:
    """The words of the question that name `council`: its short name, and the words around it
    that make a council's name ("Kent County Council", "London Borough of Croydon")."""
    short = short_name(council).lower()
    written = re.search(rf"(?:(?:london|royal)\s+borough\s+of\s+|city\s+of\s+)?{re.escape(short)}"
                        rf"(?:{_KIND_WORDS}\s+council\b)?", question.lower())
    words = (written.group(0) if written else short).split()
    asked = re.findall(r"[\w'-]+", question.lower())
    # a word the question also uses elsewhere ("council" of "council tax") is still searched for
    return list(dict.fromkeys([w for w in words if asked.count(w) <= words.count(w)] + short.split()))


def read_filters(question: str, given: Filters, councils: list[str]) -> ReadFilters:
    """Add the filters the question states to those given; explicit ones win."""
    filters, notes = given, []
    named = councils_named(question, councils)
    # the council's name as the question writes it ("Kent County Council") is spent on the filter,
    # so "county" and "council" are not searched for in every passage either
    used: list[str] = [w for c in named for w in _name_as_written(question, c)] if not given.council else []
    if not given.council and len(named) == 1:
        filters = replace(filters, council=named[0])
        notes.append(f"council: {named[0]} (named in the question)")
    date_from, date_to, phrase = dates_named(question)
    searched = True
    if not phrase and (dated := meeting_dated(question)):
        # "the cabinet meeting on 12 March 2007": the minutes of that day; its words are still searched for, as
        # a passage may give the date ("the tragic events at the school on 12 December 2017")
        (phrase, date_from), searched = dated, False
        date_to = date_from
    if phrase and not (given.date_from or given.date_to):
        filters = replace(filters, date_from=date_from, date_to=date_to)
        notes.append(f"meeting date: {describe_dates(date_from, date_to)} (from “{phrase}”)")
        return (ReadFilters(filters, notes, used + phrase.lower().split(), phrase) if searched
                else ReadFilters(filters, notes, used))
    if not phrase and (effective := _TAKES_EFFECT.search(question)):
        # the date a change takes effect filters no meeting, nor is it searched for: the minutes deciding the
        # change may not give it, while other business of the year does ("charges were last raised in April 2023")
        return ReadFilters(filters, notes, used + effective.group(0).lower().split(), effective.group(0))
    return ReadFilters(filters, notes, used)


def describe_dates(date_from: str | None, date_to: str | None) -> str:
    if date_from and date_to:
        return date_from if date_from == date_to else f"{date_from} to {date_to}"
    return f"from {date_from}" if date_from else f"until {date_to}"


_ACROSS = re.compile(r"\b(?:councils|authorities|each council|every council|both councils)\b", re.I)


def asks_across_councils(question: str) -> bool:
    """ "Which councils...", "How did councils expect...": the answer should come from several councils."""
    return _ACROSS.search(question or "") is not None


# A meeting the question dates: "at Durham's cabinet meeting on 19 February 2009", "the December 2023 Moray Council
# meeting", "the board meeting held on 13 September 2024"; not an event the minutes report ("the referendum in
# October 2019")
_MEETING_WORD = r"(?:meeting|cabinet|council|committee|sub-committee|board|panel|forum|executive)"
_DAY_OR_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s+(?:19|20)\d{{2}}"
_MEETING_DATED = (
    re.compile(rf"\b{_MEETING_WORD}(?:['’]s)?(?:\s+meeting)?\s+(?:(?:held|met|sat|reconvened|convened)\s+)?"
               rf"(?:(?:at|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
               rf"(?:on|in|of|dated)\s+(?:the\s+)?({_DAY_OR_MONTH})\b", re.I),   # "... held in Motherwell on 5 October 2017"
    re.compile(rf"\b(?:the|a|its|their)\s+({_DAY_OR_MONTH})\s+(?:[\w'’-]+\s+){{0,4}}?{_MEETING_WORD}\b", re.I),
    # a meeting's papers: "the cabinet minutes from April 2023", "the report of 12 March 2020"
    re.compile(rf"\b(?:minutes|reports?|papers|agendas?)\s+(?:from|of|dated)\s+(?:the\s+)?({_DAY_OR_MONTH})\b", re.I),
)


# A question about a meeting's minutes being approved, signed or corrected: "Were the minutes of the 9 September
# 2021 council signed off?", "Whose attendance was added to the minutes of the cabinet meeting of 30 March 2009?"
_SETTLING_WORD = (r"(?:approv\w*|sign(?:s|ed|ing)?|confirm\w*|agree\w*|accept\w*|amend\w*|correct\w*|add(?:s|ed|ing)?|adopt\w*"
                  r"|chang(?:e|es|ed|ing)|alter\w*|not(?:e|es|ed|ing)"   # Scottish councils note committees' minutes
                  # what the minutes got wrong, which a later meeting puts right: "apologies left out of the minutes"
                  r"|left\s+out|omit\w*|missing|inaccura\w*|errors?|mistakes?)")
# "minutes" after a count is a span of time ("within 30 minutes"), after a year the record ("the August 2022 minutes")
_NOT_COUNTED = r"(?<!\b\d )(?<!\b\d\d )(?<!\b\d\d\d )"
# Scottish councils write "the minute of the Council of 28 April 2016": the singular too, but not a span of time
# ("a minute's silence", "a five-minute break", "Minute 33", "one minute")
_MINUTES = (rf"{_NOT_COUNTED}(?<!\ba )(?<!\bone )(?<!\bper )(?<!\beach )(?<!-)\bminutes?\b(?!['’]s)(?!\s+\d)"
            r"(?!\s+(?:silence|break|period|slot|walk|drive|presentation)\b)")
_MINUTES_SETTLED = re.compile(rf"{_MINUTES}(?=.*\b(?:{_SETTLING_WORD}|stood|true record)\b)"
                              rf"|\b{_SETTLING_WORD}\b(?=.*{_MINUTES})"
                              # "What did the committee decide about the minutes of its previous meeting?"
                              rf"|\b(?:decid\w*|resolv\w*)\s+(?:about|on|regarding)\s+(?:the\s+|its\s+|their\s+)?"
                              rf"(?:[\w'’-]+\s+){{0,2}}?{_MINUTES}", re.I)


_SETTLED_AT = re.compile(rf"\bat\s+(?:the|its|their|[^?]{{1,60}}?['’]s)\s+({_DAY_OR_MONTH})\s+(?:[\w'’-]+\s+){{0,4}}?{_MEETING_WORD}\b", re.I)


def asks_about_settling_minutes(question: str) -> bool:
    """A question about approving or correcting a meeting's minutes, which the next meeting does: its minutes
    answer, so the date asked about is not the date of the minutes that answer."""
    return _MINUTES_SETTLED.search(question or "") is not None


# The minutes a settling question asks about by their meeting's date: "Were the minutes of Croydon's January 2018
# cabinet meeting approved?", "the minutes from its December 2016 meeting", "the 9 September 2021 council minutes"
_MINUTES_OF_DATE = re.compile(rf"\bminutes?\s+(?:of|from|dated)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                              rf"({_DAY_OR_MONTH})\b|\b({_DAY_OR_MONTH})\s+(?:[\w'’-]+\s+){{0,2}}?{_MINUTES}", re.I)


def settled_minutes_dated(question: str) -> tuple[str, str] | None:
    """(the date as written, as ISO) of the meeting whose minutes a question asks were approved or corrected, else
    None: the minutes that answer record their approval, and name the meeting they approve."""
    match = _MINUTES_OF_DATE.search(question or "") if asks_about_settling_minutes(question) else None
    written = (match.group(1) or match.group(2)) if match else None
    return (written, iso) if written and (iso := normalise_date(written)) else None


# A meeting cancelled, called off or put back: "Why did the chairman call off the October 2022 full council meeting?"
_CALLED_OFF = r"(?:cancel(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?\s+off|postpon\w*|reschedul\w*|abandon\w*)"
_MEETING_CALLED_OFF = re.compile(rf"\b{_CALLED_OFF}\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                                 rf"(?:(?!(?:at|in|on|for|by|to|until)\b)[\w'’-]+\s+){{0,4}}?meetings?\b"
                                 rf"|\bmeetings?\b[^?]{{0,40}}?\b(?:was|were|been|be|being)\s+{_CALLED_OFF}\b"
                                 rf"|^\s*(?:why|when)\s+(?:was|were|had|has)\s+[^?]{{0,40}}?\bmeetings?\b[^?]{{0,40}}?"
                                 rf"\b{_CALLED_OFF}\b", re.I)


def meeting_dated(question: str) -> tuple[str, str] | None:
    """(the date as written, as ISO "2009-02-19" or "2023-12") of the meeting a question asks about, else None.
    None for a meeting whose minutes the question asks were approved (`asks_about_settling_minutes`), but for the
    meeting they were approved at."""
    if _MEETING_CALLED_OFF.search(question or ""):
        return None   # "Why was the October 2022 council meeting called off?": another meeting's minutes record it
    if asks_about_settling_minutes(question):
        # "Which minutes did the council approve at its January 2021 meeting?": the meeting that settled them
        match = _SETTLED_AT.search(question or "")
        return (match.group(1), iso) if match and (iso := normalise_date(match.group(1))) else None
    for pattern in _MEETING_DATED:
        match = pattern.search(question or "")
        if match and (iso := normalise_date(match.group(1))):
            return match.group(1), iso
    return None
