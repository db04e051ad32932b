"""Who holds which role in a document, and whether it is a transcript of labelled speech.

Roles come from two places:

- utterance labels: "Right Hon. Justin Trudeau (Prime Minister): ..." and
- introductions in prose: "I'm pleased to welcome Julie Morgan AM, Deputy Minister
  for Health and Social Services; Karen Cornish, deputy director, ..." or
  "Ian Sutherland, Director of People".

So "the Deputy Minister" in a question can mean Julie Morgan's turns.
"""
from __future__ import annotations

import re

from .passages import speaker_of

TRANSCRIPT_MIN_UTTERANCES = 10

_LABEL = re.compile(r"^([^\n:()]{3,80}?)\s*\(([^()\n]{3,120})\)\s*:", re.M)

_POST_NOMINALS = r"(?:\s(?:AM|MS|MP|MSP|MLA|OBE|MBE|CBE|QC|KC))*"
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}" + _POST_NOMINALS + ")"
_ROLE_WORDS = (r"minister|cabinet\s+secretary|secretary|director|head|chief\s+executive|leader|cabinet\s+member|portfolio\s+holder"
               r"|commissioner|chair|chairman|chairperson|officer|manager|lawyer|counsel|president|inspector"
               r"|mayor|governor|registrar|adviser|advisor|auditor|superintendent|clerk")
_ROLE_PREFIX = r"(?:(?:the|deputy|assistant|chief|corporate|executive|interim|acting|strategic|senior|principal|vice)\s+)*"
# The role word must be followed by a preposition or punctuation: "Minister for ..." is a role,
# "Minister Blair keeps ..." is a form of address.
_INTRODUCTION = re.compile(
    _NAME + r",\s(?P<role>(?i:" + _ROLE_PREFIX + r"(?:" + _ROLE_WORDS + r"))(?=[,;.)]|$|\s+[a-z])"
    r"(?:\s(?:for|of|at|to|in)\s[^,;:.\n()]{2,90}|,\s[a-z][^,;:.\n()]{2,60})?)")
_NOT_NAMES = set("""
madam chair chairman speaker minister secretary cabinet director member members item committee council board panel group service
services team government department the thank and in on at by since from after before during when
january february march april may june july august september october november december
""".split())


def is_transcript(text: str) -> bool:
    """True for a verbatim record whose utterances are labelled with their speakers."""
    labelled = sum(1 for line in text.splitlines() if speaker_of(line.strip() + " "))
    return labelled >= TRANSCRIPT_MIN_UTTERANCES


def roles_in(text: str) -> list[tuple[str, str]]:
    """(name, role) pairs, from utterance labels and from introductions in prose."""
    pairs = [(m.group(1).strip(), m.group(2).strip()) for m in _LABEL.finditer(text)]
    pairs += [(m.group("name").strip(), m.group("role").strip()) for m in _INTRODUCTION.finditer(text)
              if _is_name(m.group("name"))]
    return list(dict.fromkeys(pairs))


def _is_name(name: str) -> bool:
    words = name.split()
    first_is_capital = all(w[:1].isupper() for w in words)
    return first_is_capital and not any(w.lower().strip("'’") in _NOT_NAMES for w in words)
