"""Partial ISO dates ("2018", "2020-07", "2020-12-01") as ranges of days."""
from __future__ import annotations

import calendar
import re

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """First and last day covered by a partial ISO date, or None if not one."""
    if not value:
        return None
    match = _PARTIAL.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return value, value
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def is_partial_date(value: str) -> bool:
    return date_bounds(value) is not None
