"""Checks on everything a user gives: questions, filters and counts, at the point they enter.

Each check returns the value cleaned (lone surrogates and control characters replaced,
surrounding space trimmed) or raises an `InvalidInput` subclass whose message says what
to change. The `Assistant` runs them at the top of every entry point; the CLI and the web
app run them too, before any slow work, and show the message as one line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from .dates import date_bounds
from .errors import EmptyQuestion, FilterTooLong, InvalidCount, InvalidDate, InvalidInput, QuestionTooLong
from .models import Filters

MAX_QUESTION_CHARS = 2000
MAX_K = 50
MAX_FILTER_CHARS = 500
MAX_QUESTION_SECONDS = 10.0
DATE_FORMS = "2019, 2019-07 or 2019-07-15"

# C0 controls other than tab and newlines, DEL, and C1 controls: never meaningful in a question.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Limits:
    """How much a user may ask for at once; the defaults suit the web app."""

    max_question_chars: int = MAX_QUESTION_CHARS
    max_k: int = MAX_K
    max_filter_chars: int = MAX_FILTER_CHARS
    # After the first search, each further stage of a question (a retry, another council's
    # search, the commitments register) starts only while the question is within this time.
    max_question_seconds: float = MAX_QUESTION_SECONDS


def clean_text(value: str) -> str:
    """The text with lone surrogates (which no encoder accepts) as U+FFFD and control characters as spaces.

    A surrogate pair that arrived as two code points (as JSON "\\ud83d\\ude00" does) is joined.
    """
    if not isinstance(value, str):
        raise InvalidInput(f"expected text, got {type(value).__name__}")
    text = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return _CONTROLS.sub(" ", text)


def question(value: str | None, limits: Limits = Limits()) -> str:
    """The question, cleaned and trimmed; refused when empty or longer than the limit."""
    text = clean_text(value or "").strip()
    if not text:
        raise EmptyQuestion("the question is empty: type what you want to find in the minutes")
    if len(text) > limits.max_question_chars:
        raise QuestionTooLong(f"the question is {len(text):,} characters long; the limit is "
                              f"{limits.max_question_chars:,}: ask about one thing at a time")
    return text


def count(value: object, maximum: int = MAX_K, name: str = "k") -> int:
    """A number of passages: a whole number from 1 to `maximum`."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():   # not "¹", which int() refuses
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        raise InvalidCount(f"{name} must be a whole number from 1 to {maximum}, not {value!r}")
    return value


def date(value: str | None, label: str = "date") -> str | None:
    """A partial ISO date, trimmed; None when not given. Anything else is refused, never dropped."""
    if value is None or value == "":
        return None
    text = clean_text(value).strip()
    if date_bounds(text) is None:
        raise InvalidDate(f"{label} {_shown(value)} is not a date like {DATE_FORMS}")
    return text


def text_filter(value: str | None, label: str, limits: Limits = Limits()) -> str | None:
    """A council, committee, kind or text filter, trimmed; None when blank."""
    if value is None:
        return None
    text = " ".join(clean_text(value).split())
    if len(text) > limits.max_filter_chars:
        raise FilterTooLong(f"the {label} filter is {len(text):,} characters long; the limit is "
                            f"{limits.max_filter_chars:,}: part of the name is enough")
    return text or None


def date_range(date_from: str | None, date_to: str | None,
               labels: tuple[str, str] = ("the From date", "the To date")) -> tuple[str | None, str | None]:
    """Both dates checked, and the first not after the second."""
    start, end = date(date_from, labels[0]), date(date_to, labels[1])
    if start and end and date_bounds(start)[0] > date_bounds(end)[1]:
        raise InvalidDate(f"{labels[0]} ({start}) is after {labels[1]} ({end})")
    return start, end


def filters(given: Filters | None, limits: Limits = Limits(),
            date_labels: tuple[str, str] = ("the From date", "the To date")) -> Filters:
    """Every field of a `Filters` checked: text bounded, dates real and in order."""
    if given is None:
        return Filters()
    texts = {f.name: text_filter(getattr(given, f.name), f.name, limits)
             for f in fields(given) if f.name not in ("date_from", "date_to")}
    date_from, date_to = date_range(given.date_from, given.date_to, date_labels)
    return replace(given, **texts, date_from=date_from, date_to=date_to)


def _shown(value: str) -> str:
    """A value quoted for a message, cut short when long."""
    text = clean_text(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")
