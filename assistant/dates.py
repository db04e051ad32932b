"""Partial ISO dates ("2018", "2020-07", "2020-12-01") as ranges of days."""
from __future__ import annotations

import calendar
import datetime
import re

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)   # ASCII: "９９９９" is no year


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """First and last day covered by a partial ISO date, or None if not one (or not a real day)."""
    if not value:
        return None
    match = _PARTIAL.fullmatch(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not _is_calendar_day(int(year), int(month or 1), int(day or 1)):
        return None
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def _is_calendar_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def is_partial_date(value: str) -> bool:
    return date_bounds(value) is not None
