"""Procedure recorded in minutes is not a commitment anyone has to keep.

Minutes approved as a correct record, apologies received, declarations of interest,
the date of the next meeting, the time the meeting closed, the press and public
excluded: the register leaves these out unless asked for them
(`Assistant.commitments(procedural=True)`, `minutes-qa commitments --procedural`).
A fragment ("RESOLVED: That Cabinet:") says nothing and is never a commitment.
"""
from __future__ import annotations

import re

_PROCEDURE = re.compile(
    r"\bminutes\b[^.]{0,160}?\b(?:approved|agreed|confirmed|accepted|signed|adopted)\b"
    r"|\b(?:approved|agreed|confirmed|signed)\b[^.]{0,80}?\b(?:correct|true|accurate)\s+record\b"
    r"|\b(?:correct|true|accurate)\s+record\b"
    r"|\bapologies\s+(?:for\s+absence\s+)?(?:were\s+|be\s+)?(?:received|noted|given|submitted)\b"
    r"|\bdeclarations?\s+of\s+(?:interest|pecuniary)"
    r"|\b(?:date|time)\s+(?:and\s+(?:time|venue)\s+)?of\s+the\s+next\s+meeting\b"
    r"|\bmeeting\s+(?:closed|ended|finished)\s+at\b"
    r"|\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\s+be\s+excluded\b",
    re.I)
_LEAD = re.compile(r"^[\W\d]*(?:(?:it\s+was\s+)?(?:resolved|agreed|decision|decided|action)\b[\s:–—-]*)?"
                   r"(?:that\b)?\s*", re.I)
MIN_WORDS = 4


def is_procedural(text: str) -> bool:
    return _PROCEDURE.search(text or "") is not None


def is_fragment(text: str) -> bool:
    """Too little left once "RESOLVED: That" and the like are set aside to say what was decided."""
    rest = _LEAD.sub("", (text or "").strip(), count=1)
    words = re.findall(r"[^\W\d_]+", rest)
    return len(words) < MIN_WORDS or rest.rstrip().endswith(":") and len(words) < 2 * MIN_WORDS
