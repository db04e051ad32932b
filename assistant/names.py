"""Names as documents state them: is a line a council's or a committee's name, and tidying
names written in capitals or with item suffixes."""
from __future__ import annotations

import re

BODY_WORDS = r"(?i:Committee|Sub-Committee|Subcommittee|Panel|Board|Cabinet|Forum|Commission)"
# A committee's name may carry a parenthesis, after its body word ("Scrutiny Board (Environment,
# Housing and Communities)") or inside ("Cabinet (Resources) Panel").
_PARENTHESIS = r"\([\w'’&,\- ]{1,80}\)"
_COMMITTEE_LINE = re.compile(
    rf"^(?=[A-Z])(?:[\w'’&,\- ]|{_PARENTHESIS}){{0,120}}\b{BODY_WORDS}(?: {_PARENTHESIS})?$")
_TRAILING_PARENTHESIS = re.compile(rf" {_PARENTHESIS}$")
# A Welsh committee's name opens with its body word: "Pwyllgor Safonau", "Bwrdd Gweithredol",
# "Is-bwyllgor Trwyddedu", "Pwyllgor Gwaith" (Anglesey's executive).
_WELSH_COMMITTEE_LINE = re.compile(r"^(?:(?:Cyd-|Is-)?[Pp]wyllgor|Is-[Bb]wyllgor|Bwrdd|Fforwm|Panel)"
                                   r"(?: [\w'’&,\-]+| \([\w'’&,\- ]{1,80}\)){1,12}$")
_WELSH_WORDS = re.compile(r"(?i)\b(?:a|ac|ar|y|yr|gwaith|craffu|cyngor|safonau|archwilio|llywodraethu|cynllunio"
                          r"|trwyddedu|gweithredol|addysg|cymunedau|gwasanaethau|ymddygiad|democrataidd)\b")
# A body word behind "the" is a reference to a committee, not its name: "Membership of the
# Panel", "Report to the Committee", "Chair of the Board".
_REFERENCE_TO_A_BODY = re.compile(rf"\bthe\s+(?:[\w-]+\s+)?{BODY_WORDS}$", re.I)
# First words of agenda headings that end in a body word ("Appointments to the Board").
_AGENDA_HEADING_WORDS = frozenset(
    "membership members appointment appointments election apologies declarations declaration minutes "
    "terms report reports update updates review date dates chair chairman chairs vice-chair work "
    "urgent exclusion matters questions petitions public any recommendations recommendation "
    "reference references referrals notice terms".split())
_COUNCIL_LINE = re.compile(
    r"^(?:(?:The )?(?:London |Royal )?Borough of [A-Z][\w'’ -]{1,40}(?: Council)?"
    r"|(?:City of )?[A-Z][\w'’&-]*(?: (?:and |upon |on |of )?[A-Z][\w'’&-]*){0,4}"
    r" (?:(?:County|Borough|City|District|Metropolitan Borough|Town|Parish) )?Council)$")
_NOT_A_PLACE = {"full", "the", "special", "extraordinary", "annual", "meeting", "ordinary", "minutes", "agenda", "county", "borough",
                "city", "district", "town", "parish", "metropolitan", "this", "our"}
_COMPASS = {"north", "south", "east", "west", "mid", "central", "north-east", "north-west", "south-east", "south-west",
            "northern", "southern", "eastern", "western"}
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "upon",
                "with"}
_ITEM_SUFFIX = re.compile(r"\s*\((?:item|minute|individual decision|key decision)[^)]*\)\s*$", re.I)


def is_council_name(text: str) -> bool:
    """Whether `text` is nothing but a council's name ("Medway Council", "Borough of X")."""
    text = text.strip()
    text = title_case(text) if text.isupper() else text
    if len(text) > 80 or not _COUNCIL_LINE.match(text):
        return False
    # a copy that dropped the place's name ("South District Council", "North Council") names no council
    if all(w.lower() in _NOT_A_PLACE | _COMPASS | _SMALL_WORDS | {"council"} for w in text.split()):
        return False
    return text.split()[0].lower() not in _NOT_A_PLACE or text.lower().startswith("the borough of")


def is_committee_line(line: str) -> bool:
    """A line that is just a committee's name: capitalised words ending in Committee, Panel, ...

    Never an agenda heading that mentions one ("Membership of the Panel").
    """
    words = line.split()
    if len(line) > 120 or len(words) > 14 or words[0].lower() == "the":
        return False
    welsh = title_case(line) if line.isupper() else line   # "PWYLLGOR GWAITH" is "Pwyllgor Gwaith"
    if _WELSH_COMMITTEE_LINE.match(welsh) and (words[0].lower() != "panel" or _WELSH_WORDS.search(line)):
        return True
    if not _COMMITTEE_LINE.match(line):
        return False
    if is_agenda_heading(line) or words[0].lower().strip(",") in _AGENDA_HEADING_WORDS:
        return False
    return line.isupper() or mostly_capitalised([word.strip("()") for word in words])


_DECISION_MAKER = re.compile(r"^(?:(?:the )?(?:lead|cabinet|executive) member|portfolio holder|(?:deputy )?leader"
                             r"|(?:the )?(?:(?:deputy |assistant )?(?:city|elected|directly elected|executive) )mayor"
                             r")"
                             r"\b(?: (?:for|of|[-–—]) [A-Z][\w,'’&() -]{2,100})?(?: \(individual decision\))?$", re.I)


def is_decision_maker(line: str) -> bool:
    """A person who decides alone, named by office: "Lead Member for Transport and Environment",
    "Cabinet Member for Housing", "Portfolio Holder for Tourism", "Leader of the Council", an elected
    mayor ("City Mayor", "Assistant City Mayor - Housing", "Mayor of Hackney"); never the civic
    mayor who chairs the council ("The Mayor", "Lord Mayor")."""
    return len(line) <= 120 and bool(_DECISION_MAKER.match(line))


def is_agenda_heading(name: str) -> bool:
    """Whether a would-be committee name is an agenda heading instead ("Membership of the Panel")."""
    words = name.split()
    without_parenthesis = _TRAILING_PARENTHESIS.sub("", name)
    return not words or bool(_REFERENCE_TO_A_BODY.search(without_parenthesis)) \
        or words[0].lower() in _AGENDA_HEADING_WORDS


def mostly_capitalised(words: list[str]) -> bool:
    """Whether most words longer than three letters start with a capital (title-like)."""
    long_words = [w for w in words if len(w) > 3]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitals >= 0.6 * len(long_words)


def tidy_name(text: str) -> str | None:
    """A stated name without surrounding punctuation; ALL-CAPS made title case."""
    text = _ITEM_SUFFIX.sub("", " ".join(text.split())).strip(" .,;:-–—")
    if not text or len(text) > 200:
        return None
    return title_case(text) if text.isupper() and len(text) > 3 else text


def title_case(text: str) -> str:
    """'CHILDREN AND YOUNG PEOPLE O&S COMMITTEE' -> 'Children and Young People O&S Committee'."""
    words = text.split(" ")
    return " ".join(_title_word(word, first=i == 0) for i, word in enumerate(words))


def _title_word(word: str, first: bool) -> str:
    if not first and word.lower() in _SMALL_WORDS:
        return word.lower()
    if "&" in word or not re.search(r"[AEIOUY]", word):
        return word  # acronyms such as NHS, O&S stay in capitals
    return "-".join(_capitalised(part) for part in word.split("-"))


def _capitalised(part: str) -> str:
    """'(ENVIRONMENT,' -> '(Environment,': the first letter, behind any opening punctuation."""
    lead = len(part) - len(part.lstrip("(\"'‘“["))
    return part[:lead] + part[lead:lead + 1].upper() + part[lead + 1:].lower()
