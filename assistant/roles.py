"""Who speaks and who holds which role: the evidence for "What did the Director say...".

- Transcripts label each utterance ("Meilyr Rowlands: ..."); `passages.is_transcript`
  tells them from minutes.
- Roles come from utterance labels, "Right Hon. Justin Trudeau (Prime Minister): ...",
  and from introductions in prose: "I'm pleased to welcome Julie Morgan AM, Deputy
  Minister for Health and Social Services; ..." or "Andrew Ireland, Chair Children's
  Services Improvement Board, gave ...". So "the Deputy Minister" can mean Julie
  Morgan's turns.
- Minutes report speech instead of labelling it: "Mr Ireland indicated that ...".
- `same_person` matches a name or title from a question to a speaker; a titled
  surname ("Mr Ireland") stands for the full name.
"""
from __future__ import annotations

import re

_LABEL = re.compile(r"^([^\n:()]{3,80}?)\s*\(([^()\n]{3,120})\)\s*:", re.M)

_POST_NOMINALS = r"(?:\s(?:AM|MS|MP|MSP|MLA|OBE|MBE|CBE|QC|KC))*"
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}" + _POST_NOMINALS + ")"
_ROLE_WORDS = (r"minister|cabinet\s+secretary|secretary|director|head|chief\s+executive|leader|cabinet\s+member"
               r"|portfolio\s+holder|commissioner|chair|chairman|chairperson|officer|manager|lawyer|counsel"
               r"|president|inspector|mayor|governor|registrar|adviser|advisor|auditor|superintendent|clerk")
_ROLE_PREFIX = (r"(?:(?:the|deputy|assistant|chief|corporate|executive|interim|acting|strategic|senior|principal"
                r"|vice)\s+)*")
# After the role word comes a title in capitals ("Chair Children's Services Improvement Board,"),
# a preposition ("Minister for ...") or punctuation. "Minister Blair keeps ..." is a form of address.
_TITLE = r"(?:\s[A-Z][\w'’&-]*){2,8}(?=[,;.)])"
_INTRODUCTION = re.compile(
    _NAME + r",\s(?P<role>(?i:" + _ROLE_PREFIX + r"(?:" + _ROLE_WORDS + r"))(?:" + _TITLE + r"|(?=[,;.)]|$|\s+[a-z])"
    r"(?:\s(?:for|of|at|to|in)\s[^,;:.\n()]{2,90}|,\s[a-z][^,;:.\n()]{2,60})?))")
_NOT_NAMES = set("""
madam chair chairman speaker minister secretary cabinet director member members item committee council board
panel group service services team government department the thank and in on at by since from after before
during when
january february march april may june july august september october november december
""".split())


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


HONORIFICS = frozenset("am ms mp mr mrs miss dr hon cllr councillor the prof professor sir dame rt right".split())
_TITLED = frozenset("mr mrs ms miss dr cllr councillor prof professor".split())
_REPORTING_VERBS = ("indicated said explained stated informed reported confirmed advised noted acknowledged "
                    "clarified highlighted agreed commented responded added emphasised emphasized suggested told "
                    "reiterated assured outlined undertook accepted stressed recognised recognized questioned asked "
                    "introduced presented updated welcomed felt believed considered").split()
# The one whose words minutes report: "Mr Ireland indicated", "The Director of Children, Families and
# Communities confirmed", "Andrew Ireland explained".
_REPORTED = re.compile(
    r"(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor)\.?(?:\s[A-Z][\w'’-]+){1,3}"
    r"|[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2}"
    r"|[Tt]he(?:\s(?:[A-Z][\w'’()-]*|\([A-Z]{2,6}\)|of|and|for|&),?){1,8}?)"
    r"\s(?:also\s|further\s|then\s)?(?:" + "|".join(_REPORTING_VERBS) + r")\b")


def reported_speakers(text: str) -> list[str]:
    """Who the minutes report as speaking: "Mr Ireland indicated that..." -> "Mr Ireland"."""
    return list(dict.fromkeys(m.group("who").strip(" ,") for m in _REPORTED.finditer(text)))


def name_words(name: str) -> list[str]:
    """Whole words of a name in order, so that "Act" never matches "the Acting Chair"."""
    return re.findall(r"[a-z]+", name.lower().replace("'s", "").replace("’s", ""))


def same_person(wanted: str, speaker: str) -> bool:
    """Whether `speaker` is who `wanted` names: all its words, or a titled surname ("Mr Ireland")."""
    want = [w for w in name_words(wanted) if w not in HONORIFICS]
    words = name_words(speaker)
    said = {w for w in words if w not in HONORIFICS}
    if not want or not said:
        return False
    if set(want) <= said:
        return True
    titled = bool(set(words) & _TITLED)
    return titled and len(want) > 1 and said == {want[-1]}


_CONNECTORS = frozenset("of for the on".split())


def people_asked(question: str) -> list[str]:
    """Names and titles a question asks about, connectors kept: "the Director of Children's Services"."""
    words = (question or "").split()[1:]
    people, run, pending = [], [], []
    for word in words + [""]:
        clean = word.strip("?,.;:!\"()")
        if clean[:1].isupper():
            run += pending + [clean]
            pending = []
        elif run and clean.lower() in _CONNECTORS and clean == word:
            pending.append(clean)
        else:
            if run:
                people.append(" ".join(run))
            run, pending = [], []
    return people
