"""CSV cells a spreadsheet will not run: the one guard for every CSV the CLI and the web app write.

Minutes are untrusted text. A cell starting "=", "+", "-", "@", a tab or a carriage return
can be read by a spreadsheet as a formula (even "- HYPERLINK(…)", with the space), so
such a cell gets a leading apostrophe, which spreadsheets show as text.
"""
from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """The value as a CSV cell that is never a formula; values other than text are kept."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
