"""Reading a chat message in the context of the previous turn.

"And Medway?" asks the previous question again for Medway; "What did they say about
agency staff?" keeps the previous council (or, without one, the previous subject:
"What did Ofsted say..." -> "they" = Ofsted). Pure functions, no Gradio.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.models import Filters
from assistant.question_filters import councils_named

GENERIC_NAME_WORDS = {"council", "county", "borough", "city", "district", "metropolitan", "of", "the",
                      "royal", "london", "and"}
FILLER_WORDS = {"and", "what", "whats", "about", "how", "for", "in", "at", "the", "council", "councils",
                "s", "then", "same", "with", "to", "please", "so", "also", "did", "do", "does", "there",
                "question", "ok", "okay", "now", "or", "over", "on", "minutes", "during", "from"}
BACK_REFERENCES = re.compile(r"\b(they|them|their|theirs|that council|the council|this council)\b", re.I)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
SUBJECT = re.compile(r"\b(?:did|does|do|has|have|had|will|would|was|were|is|are)\s+(?:the\s+)?"
                     r"([A-Z][\w&'-]*(?:\s+(?:of\s+)?[A-Z][\w&'-]*)*)\s+[a-z]")


@dataclass(frozen=True)
class Turn:
    """What a previous turn actually asked: the question as read and its filters."""

    question: str
    filters: Filters


@dataclass(frozen=True)
class Reading:
    """How a message is to be asked, with a note for the user when it was reinterpreted."""

    question: str
    filters: Filters
    note: str | None = None


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def council_key(name: str) -> list[str]:
    """The distinctive words of a council's name: 'Medway Council' -> ['medway']."""
    key = [w for w in words(name) if w not in GENERIC_NAME_WORDS]
    return key or words(name)


def is_bare_followup(message: str, councils: list[str]) -> bool:
    """True when nothing is left of the message once councils, years and filler go."""
    named = {w for c in councils for w in council_key(c)}
    rest = [w for w in words(message) if w not in named and w not in FILLER_WORDS and not YEAR.fullmatch(w)]
    return not rest


def previous_subject(question: str) -> str | None:
    """Who a question was about: 'What did Ofsted say about caseloads?' -> 'Ofsted'."""
    match = SUBJECT.search(question)
    return match.group(1) if match else None


def read_message(message: str, filters: Filters, previous: Turn | None, councils: list[str]) -> Reading:
    """The question to ask and its filters, given the form's filters and the previous turn."""
    message = " ".join(message.split())
    named = councils_named(message, councils)
    years = YEAR.findall(message)
    if previous and (named or years) and is_bare_followup(message, councils):
        if len(named) > 1:
            note = (f"Read as: “{previous.question}” across all councils; use Compare councils to see "
                    f"{' and '.join(named)} side by side.")
            return Reading(previous.question, replace(filters, council=None), note)
        return repeat_previous(previous, filters, named[0] if named else None, years)
    if len(named) == 1:
        note = f"Read as: a question about {named[0]} (only its minutes were searched)."
        return Reading(message, replace(filters, council=named[0]), note)
    if previous and not named and BACK_REFERENCES.search(message):
        return resolve_reference(message, filters, previous)
    return Reading(message, filters)


def repeat_previous(previous: Turn, filters: Filters, council: str | None, years: list[str]) -> Reading:
    """'And Medway?', 'And in 2019?': the previous question, for another council or year."""
    base = merge_filters(previous.filters, filters)
    new = replace(base, council=council or base.council)
    scope = [new.council] if council else []
    if years:
        new = replace(new, date_from=min(years), date_to=max(years))
        scope.append(years[0] if len(years) == 1 else f"{min(years)}–{max(years)}")
    note = f"Read as: “{previous.question}” for {', '.join(scope)}."
    return Reading(previous.question, new, note)


def merge_filters(earlier: Filters, later: Filters) -> Filters:
    """The earlier turn's filters, with any the form now sets taking their place."""
    names = ("council", "committee", "date_from", "date_to", "kind")
    return Filters(**{name: getattr(later, name) or getattr(earlier, name) for name in names})


def resolve_reference(message: str, filters: Filters, previous: Turn) -> Reading:
    """'they' / 'their' means the previous council, else the previous question's subject."""
    if previous.filters.council and not filters.council:
        note = f"Read as: “they” = {previous.filters.council}, from your previous question."
        return Reading(message, replace(filters, council=previous.filters.council), note)
    subject = previous_subject(previous.question)
    if not subject or previous.filters.council:
        return Reading(message, filters)
    question = substitute(message, subject)
    return Reading(question, filters, f"Read as: “{question}”")


def substitute(message: str, subject: str) -> str:
    """Put the subject in place of they/them/their."""
    def swap(match: re.Match) -> str:
        word = match.group(0).lower()
        return f"{subject}’s" if word in ("their", "theirs") else subject
    return re.sub(r"\b(they|them|their|theirs)\b", swap, message, flags=re.I)
