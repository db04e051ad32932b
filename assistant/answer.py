"""Answer assembly: an extractive summary of verbatim sentences with [n] markers."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Callable

from .models import Filters, Hit
from .query import Query, parse_query
from .search import gives_figure, reference_unmentioned, same_item, term_share, word_root
from .answer_type import (PLANNING_DECISION, ATTENDANCE_RECORDED, DECISION_RECORDED, addresses_asked,
                          another_item, another_of_its_kind,
                          another_office, another_post, asks_attendance, asks_final_outcome, asks_how_it_was_answered,
                          asks_meeting_day, asks_outcome,
                          asks_what_was_found, asks_what_was_said, body_words, declarer_asked, gives_kind,
                          item_asked, named_things, names_asked, names_the_item, office_asked, only_looks_ahead,
                          post_asked, recorded_acts, references_asked, reports_speech_only, same_or_within,
                          settles)
from .councils import council_words
from .dates import DAY_OR_MONTH_DATE, normalise_date, year_asked
from .commitments import PREVIOUS_MINUTES_APPROVED
from .question_filters import asks_about_settling_minutes, settled_minutes_dated
from .sentences import is_question, line_of, only_names, states_a_finding

MAX_SUMMARY_SENTENCES = 4


@dataclass
class Quote:
    """One sentence of the summary: verbatim document text and where it came from."""

    n: int                   # 1-based index into Answer.passages
    doc_id: str
    start: int
    end: int
    text: str


@dataclass
class Answer:
    question: str
    answered: bool
    summary: str
    passages: list[Hit]
    quotes: list[Quote] = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    notes: list[str] = field(default_factory=list)   # how the question was read, filters applied

    def to_dict(self) -> dict:
        data = asdict(self)
        for item, hit in zip(data["passages"], self.passages):
            item["citation"] = hit.citation()
            del item["read"]            # the sentences' scores, used only to decide answering
        return data


QUOTE_MARGIN = 0.12   # how far below the best sentence another may be quoted


def choose_quotes(hits: list[Hit], limit: int = MAX_SUMMARY_SENTENCES, window: int = 5,
                  margin: float = QUOTE_MARGIN, aside: Callable[[str], bool] | None = None) -> list[Quote]:
    """The sentences that answer best, from the top `window` passages, none twice.

    Candidates are each passage's marked sentences; those within `margin` of the
    best are kept, at most two per passage, then shown in passage order. Sentences `aside` picks out
    (earlier minutes settled, for a question not about minutes) are quoted only if nothing else is.
    """
    candidates = [(score, n, span) for n, hit in enumerate(hits[:window], start=1)
                  for span, score in zip(hit.sentences, hit.sentence_scores)]
    statements = [c for c in candidates if says_something(hits[c[1] - 1], c[2])]
    candidates = statements or candidates  # a question or a heading is quoted only if nothing else is
    if aside:
        kept = [c for c in candidates if not aside(_text_of(hits[c[1] - 1], c[2]))]
        candidates = kept or candidates
    if not candidates:
        return []
    best = max(c[0] for c in candidates)
    chosen: list[Quote] = []
    seen: set[str] = set()
    per_passage: dict[int, int] = {}
    for score, n, (start, end) in sorted(candidates, key=lambda c: (-c[0], c[1])):
        hit = hits[n - 1]
        text = _text_of(hit, (start, end))
        key = " ".join(text.lower().split())
        if score < best - margin or key in seen or per_passage.get(n, 0) >= 2:
            continue
        seen.add(key)
        per_passage[n] = per_passage.get(n, 0) + 1
        chosen.append(Quote(n, hit.doc_id, start, end, text))
        if len(chosen) == limit:
            break
    return sorted(chosen, key=lambda q: (q.n, q.start))


def says_something(hit: Hit, span: tuple[int, int]) -> bool:
    """Neither a question put in the meeting nor a line that only names (a heading, an item's title,
    though it reads as a sentence: "To appoint the Deputy Chief Executive." heading its item)."""
    text = _text_of(hit, span)
    return not is_question(text) and not only_names(text, line_of(hit, span)) and not _titles_its_passage(hit, text)


def _titles_its_passage(hit: Hit, sentence: str) -> bool:
    heading, sentence = " ".join((hit.heading or "").split()), " ".join(sentence.split())
    return len(sentence) > 3 and heading.endswith(sentence)


def _text_of(hit: Hit, span: tuple[int, int]) -> str:
    return hit.text[span[0] - hit.start:span[1] - hit.start]


def summarise(quotes: list[Quote]) -> str:
    return " ".join(f"“{q.text}” [{q.n}]" for q in quotes)


def _figure_unquoted(query: Query, quotes: list[Quote]) -> bool:
    """A question after a figure whose quotes give none: a figure elsewhere in the passages is not shown as the
    answer, and the sentences that are shown say nothing of how many or how much."""
    return query.wants_figure and not any(gives_figure(query, quote.text) for quote in quotes)


def _figures_for_another(question: str, query: Query, quotes: list[Quote]) -> tuple[str, str]:
    """For a figure question about a named place or body ("How many visits did Canley library get?"), when every
    quote giving a figure names another of its kind instead ("Tile Hill library had 41,200 visits"): the one asked
    about and the other, else ("", "")."""
    asked = named_things(question, asked=True) if query.wants_figure else []
    figures = [q for q in quotes if gives_figure(query, q.text)] if asked else []
    others = [another_of_its_kind(asked, q.text) for q in figures]
    if not figures or not all(others):
        return "", ""
    name, kind = next((n, k) for n, k in asked if any(k in o.lower() for o in others))
    return f"{name.title()} {kind}", others[0]


# A development counted in the homes or units it makes: "22 dwellings", "four leisure pods", "12 No. flats"
_UNITS = (r"(?:affordable\s+|new\s+|residential\s+|detached\s+|semi-detached\s+|terraced\s+|holiday\s+|leisure\s+"
          r"|glamping\s+|static\s+|touring\s+|self-contained\s+){0,2}"
          r"(?P<thing>dwellings?|homes?|houses?|flats?|apartments?|bungalows?|lodges?|caravans?|chalets?|pods?|cabins?"
          r"|pitches|plots?)\b")
_UNIT_COUNT = re.compile(r"(?i)\b(?P<count>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                         r"(?:\s*no\.?)?\s+" + _UNITS)
_COUNT_WORDS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve"
                                                .split())}


def _units_counted(text: str) -> dict[str, set[str]]:
    """{"dwelling": {"22"}} for "22 dwellings": each kind of unit the text counts, and its counts."""
    counted: dict[str, set[str]] = {}
    for match in _UNIT_COUNT.finditer(text or ""):
        thing = match.group("thing").lower()
        thing = thing[:-2] if thing.endswith(("ches", "ses")) and thing != "houses" else thing.rstrip("s")
        counted.setdefault(thing, set()).add(_COUNT_WORDS.get(match.group("count").lower(), match.group("count")))
    return counted


def _count_for_another(question: str, quotes: list[Quote]) -> tuple[str, str]:
    """(asked, other) when the question names a development by its size ("the 22 dwellings north of Wessex Close")
    and the quotes count that kind of unit only otherwise ("an application for 28 dwellings being subsequently
    approved"), else ("", ""): another number of homes is another application. For a question asking what was
    decided, the quotes recording a decision must count it so."""
    asked_of = _units_counted(question)
    deciding = [q for q in quotes if gives_kind(q.text, "decision")] if asked_of and asks_outcome(question) else []
    for thing, asked in asked_of.items():
        for group in (quotes, deciding):
            given = set().union(*(_units_counted(q.text).get(thing, set()) for q in group))
            if given and not given & asked:
                return f"{min(asked)} {thing}s", f"{min(given)} {thing}s"
    return "", ""


def _figures_of_other_business(question: str, query: Query, hits: list[Hit], quotes: list[Quote]) -> str:
    """For a figure question naming what it is of ("How much did the curry night at Bengal Paradise raise?"), when
    no passage quoted for a figure names it ("The Mayor announced that she raised nearly £800", under "Afternoon Tea
    at Mill Green"): the names asked, else "". A figure belongs to the business its passage records, and the thing
    named elsewhere in the minutes (a date saved for the curry night) does not make it that business's figure."""
    named = names_asked(question, council_words(question) | body_words(question)) if query.wants_figure else []
    if not named:
        return ""
    giving = [hits[q.n - 1] for q in quotes if gives_figure(query, q.text) and q.n <= len(hits)]
    texts = _items_of_minutes(hits, giving)
    if texts is None:
        return ""
    return "" if any(name.lower() in text for name in named for text in texts) else " ".join(named)


def _address_of_other_business(question: str, hits: list[Hit], quotes: list[Quote]) -> str:
    """For a question about a house ("Was planning permission granted for 9 Staplehurst Road, SE13?"), when no
    quoted passage's agenda item names its street ("... the motion to grant planning permission for ... 233-241
    Lewisham High Street", under the previous minutes): the house asked, else "". Minutes head an application's
    item with its address, so a decision under an item that never gives it is another application's."""
    asked = addresses_asked(question)
    texts = _items_of_minutes(hits, [hits[q.n - 1] for q in quotes if q.n <= len(hits)]) if asked else None
    if texts is None:
        return ""
    return next((address for address, street in asked if not any(street in " ".join(t.split()) for t in texts)), "")


def _reference_for_another(question: str, hits: list[Hit], quotes: list[Quote]) -> tuple[str, str]:
    """(asked, other) when the question gives an application's reference ("PA/2020/1592") that neither the quotes
    nor their passages' titles, headings and context give, and the quotes give another ("Application: PA/2020/1849"),
    else ("", ""): a table of declarations lists each application's on its own row."""
    asked = references_asked(question)
    if not asked or not quotes:
        return "", ""
    quoted = [q.text for q in quotes] + [" ".join(filter(None, (hit.title, hit.heading, hit.context)))
                                         for hit in (hits[q.n - 1] for q in quotes if q.n <= len(hits))]
    if asks_meeting_day(question):   # the meeting's day is its minutes': the application may be in another passage
        quoted += [hit.text for hit in hits if hit.doc_id in {q.doc_id for q in quotes}]
    # written with other separators, or "LAO5/2016/0542F" for "LA05/2016/0542F"
    if any(not reference_unmentioned([reference], quoted) for reference in asked):
        return "", ""
    others = [reference for q in quotes for reference in references_asked(q.text) if reference_unmentioned([reference], asked)]
    return (asked[0], others[0]) if others else ("", "")


# a numbered part of a scheme: "Phase 2", "Stage 1a", "Tranche 3"; or of the agenda: "planning application 2" (not
# a reference, "application 3/26/23/005")
_PART = re.compile(r"(?i)\b(phase|stage|tranche|application)\s+(\d{1,2}[a-z]?|one|two|three|four|five)\b(?![/.]?\d)")


def _another_numbered_part(question: str, quotes: list[Quote]) -> tuple[str, str]:
    """(asked, other) when the question names a numbered part of a scheme ("Phase 2 of the Better Queensway
    project") and the quotes name only other parts of that kind ("the Reserved Matters Application for Phase 1a"),
    else ("", ""): one phase's decision is not another's."""
    for asked in _PART.finditer(question or ""):
        word, number = asked.group(1).lower(), asked.group(2).lower()
        named = [m for q in quotes for m in _PART.finditer(q.text) if m.group(1).lower() == word]
        if named and not any(same_or_within(number, m.group(2).lower()) for m in named):
            return asked.group(0), named[0].group(0)
    return "", ""


def _items_of_minutes(hits: list[Hit], quoted: list[Hit]) -> list[str] | None:
    """The text of each quoted passage's agenda item (its title, heading, context and text, with the other hits
    of the same heading), lower case; None when nothing is quoted or a quote is from a report, which is on one
    business, named once at its head, not in every section."""
    if not quoted or any(hit.kind != "minutes" for hit in quoted):
        return None
    return [" ".join(filter(None, (hit.title, hit.heading, hit.context, hit.text))).lower()
            for hit in hits if any(hit.doc_id == q.doc_id and hit.heading == q.heading for q in quoted)]


# a council or financial year as minutes write it: "2024/25", "2024-2025", "2024–25"
_YEAR_SPAN = re.compile(r"(?<![\d/£$.,])(?:19|20)\d\d\s*[/–-]\s*\d\d(?:\d\d)?(?![\d/%])")


def _year_for_another(question: str, hits: list[Hit], quotes: list[Quote]) -> str:
    """For a question about one council or financial year ("Who was elected chair for 2022/23?"), when quotes give
    such years and none the one asked ("elected Chair for the Council Year 2024/25"), nor the headings of their
    passages ("Performance and Resources Report - Quarter 4 2023/24"): the other year, else ""."""
    year = year_asked(question, of_figure=True)
    headings = [hits[q.n - 1].heading or "" for q in quotes if q.n <= len(hits)]
    if not year or not year.financial or any(year.pattern().search(text) for text in [q.text for q in quotes] + headings):
        return ""
    return next((m.group(0) for q in quotes for m in _YEAR_SPAN.finditer(q.text) if not _covers(m.group(0), year.first)),
                "")


def _covers(span: str, first: int) -> bool:
    """Whether a span of years ("2024-2026", a medium-term plan's) holds the financial year starting in `first`."""
    start, end = re.findall(r"\d+", span)[:2]
    end_year = int(end) if len(end) == 4 else int(start) // 100 * 100 + int(end)
    return int(start) <= first and end_year >= first + 1 and end_year - int(start) > 1


def _outcome_unquoted(question: str, quotes: list[Quote]) -> bool:
    """A question after how something turned out whose quotes only look ahead (`only_looks_ahead`) and state no
    finding: what was scheduled, proposed or still being arranged is not how it turned out."""
    return asks_outcome(question) and all(only_looks_ahead(q.text) and not states_a_finding(q.text) for q in quotes)


def _names(surname: str, quote: Quote) -> bool:
    return re.search(rf"\b{re.escape(surname)}\b", quote.text.replace("’", "'"), re.I) is not None


def _quotes_naming_the_declarer(question: str, hits: list[Hit], quotes: list[Quote]) -> tuple[list[Quote], str]:
    """For a question about a member's declaration of interest, the quotes that name the member: those chosen (the
    member's own first), else
    the top passages' sentences that record the member declaring (a passage records several members' declarations,
    and the reason another gives may read closer to "Why ...?"). With none, the member's surname, else ""."""
    surname = declarer_asked(question)
    if not surname:
        return quotes, ""
    if any(_names(surname, q) and _declares_in(hits[q.n - 1], q) for q in quotes):
        return sorted(quotes, key=lambda q: not _names(surname, q)), ""   # the member's own first
    declaring = [quote for quote in _sentences_of(hits[:5])
                 if _names(surname, quote) and _declares_in(hits[quote.n - 1], quote)]
    return (declaring[:2], "") if declaring else ([], surname)


def _declares_in(hit: Hit, quote: Quote) -> bool:
    """Whether the quote speaks of declaring, or stands under a heading that does ("Declarations of Interest"), and
    is no roll call: "It was then proposed by Mr R C Lunn ..." names the member, but not declaring."""
    heading = " ".join(filter(None, (hit.heading, hit.title)))
    # ... or a row of a list of declarations earlier in its passage: "Nature of Interest" / "Cllr Allcock 1599 (ii)
    # 2013/1402 Member of ..."
    listed = _OPENS_WITH_A_MEMBER.match(quote.text) and _SPEAKS_OF_INTERESTS.search(hit.text[:quote.start - hit.start])
    return ((_SPEAKS_OF_INTERESTS.search(quote.text) is not None or _DECLARATIONS_HEADING.search(heading) is not None
             or bool(listed)) and not _in_roll_call(hit, quote))


_OPENS_WITH_A_MEMBER = re.compile(r"\s*(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman)\s+[A-Z]")


# "Councillor G Bell – Registerable Personal Interest – Item 4", "submitted Declarations of Interest in Agenda Item 9.3"
_SPEAKS_OF_INTERESTS = re.compile(r"\b(?:declar\w*|disclos\w*|interests?)\b", re.I)


def _quotes_naming_the_item(item: str, hits: list[Hit]) -> list[Quote]:
    """The closest sentences of the top passages that name the item asked ("Courtel Agenda Item 6 – Personal
    Interest as ..." when "Drayson Agenda Item 10 – ..." reads a little closer to "Why did members declare an
    interest in agenda item 6?"), in their order; [] when none does."""
    naming = [q for q in _sentences_of(hits[:5]) if names_the_item(item, q.text)]
    best = sorted(naming, key=_closeness(hits[:5]), reverse=True)[:MAX_SUMMARY_SENTENCES - 1]
    return sorted(best, key=lambda q: (q.n, q.start))


def _quotes_settling_the_minutes_asked(question: str, hits: list[Hit], quotes: list[Quote]) -> tuple[list[Quote], str]:
    """For a question after the approval of one meeting's minutes ("Were the minutes of the January 2018 cabinet
    approved?"), the quotes when one gives that meeting's date or none gives a date, else the top passages'
    sentences that do (minutes approve the minutes of the meeting before, naming its day); with none, the date as
    the question writes it, else ""."""
    asked = settled_minutes_dated(question)
    if not asked or not any(DAY_OR_MONTH_DATE.search(q.text) for q in quotes):
        return quotes, ""
    written, iso = asked
    if any(_gives_the_day(q.text, iso) and _of_the_body(question, q.text) for q in quotes):
        return quotes, ""
    settling = [q for q in _sentences_of(hits[:3])
                if _gives_the_day(q.text, iso) and _MINUTE.search(q.text) and _of_the_body(question, q.text)]
    return (settling[:2], "") if settling else ([], written)


def _of_the_body(question: str, text: str) -> bool:
    """Whether the text names the committee whose minutes the question asks about ("the Housing Committee minute
    dated 22nd March 2004"), or the question names none: a council notes many committees' minutes of one day."""
    named = _COMMITTEE_ASKED.search(question)
    return not named or all(word.lower() in text.lower() for word in (named.group("words") or named.group("of")).split())


# the committee whose minutes are asked about: "the Housing Committee minute", "the minutes of the Licensing Panel";
# not the body approving them ("Did the Housing Committee approve the minutes of 5 May?")
_COMMITTEE_ASKED = re.compile(r"\b(?P<words>(?:(?!The\b)[A-Z][\w'’&-]*\s+){1,5})(?:Sub-)?(?:Committee|Panel|Board)['’]?s?"
                              r"\s+minutes?\b"
                              r"|\bminutes?\s+of\s+(?:the\s+|its\s+)?(?P<of>(?:[A-Z][\w'’&-]*\s+){1,5})(?:Sub-)?"
                              r"(?:Committee|Panel|Board)\b")
_MINUTE = re.compile(r"\bminutes?\b", re.I)   # "the minute of the Council of 28 April 2016", as Scottish councils write


def _gives_the_day(text: str, iso: str) -> bool:
    return any((day := normalise_date(m.group(0))) and (day.startswith(iso) or iso.startswith(day))
               for m in DAY_OR_MONTH_DATE.finditer(text))


def _in_roll_call(hit: Hit, quote: Quote) -> bool:
    """Whether the quote, declaring nothing, stands in a list of those present or sending apologies (read from the
    start of its line): the member named there is not the member declaring."""
    at = quote.start - hit.start
    line = hit.text[hit.text.rfind("\n", 0, max(at, 0)) + 1:at + len(quote.text)]
    return _ROLL_CALL.search(line) is not None and _DECLARES.search(quote.text) is None


def _quotes_recording_attendance(question: str, hits: list[Hit], quotes: list[Quote]) -> list[Quote]:
    """For a question about apologies or substitutes, the quotes that record them ("No apologies for absence were
    submitted."), else such sentences of the top passages: the agenda's "To receive apologies for absence." reads
    closer to "Did anyone send apologies?" and answers nothing."""
    if not asks_attendance(question):
        return quotes
    recorded = [q for q in quotes if ATTENDANCE_RECORDED.search(q.text)]
    return recorded or [q for q in _sentences_of(hits[:3]) if ATTENDANCE_RECORDED.search(q.text)][:2] or quotes


def _quotes_recording_the_decision(question: str, hits: list[Hit], quotes: list[Quote],
                                   about_minutes: bool = False) -> list[Quote]:
    """For a question after a decision ("What did the council decide about the petition?") whose quotes record none,
    the quotes with the closest sentence of the first quote's passages that does, in place of the last: the
    petition's receipt reads closer to the question than "That the Council does not accept the petition's proposal"."""
    # a question about the minutes themselves is answered by what was settled on them: "the amendment to the
    # minutes was lost"
    decides = (lambda text: DECISION_RECORDED.search(text) is not None) if about_minutes else _decides
    if not quotes or quotes[0].n > len(hits) or DECISION_RECORDED not in recorded_acts(question):
        return quotes
    # the first quote's agenda item decides: the next application's "That permission be refused", in the same
    # minutes, is no decision on this one
    first = hits[quotes[0].n - 1]
    item = same_item([first] + [hit for hit in hits[:5] if hit is not first])
    own = [q for q in quotes if hits[q.n - 1] in item or q.doc_id != first.doc_id or not decides(q.text)]
    if any(decides(q.text) for q in own):
        return own
    sentences = [q for q in _sentences_of(hits[:3]) if hits[q.n - 1] in item]
    # ... and the resolution's words after its vote: "(24 voting for and 20 against)" / "That the Council ..."
    # ... and a label alone ("RESOLVED") only leads into them
    deciding = [q for i, q in enumerate(sentences) if not _LABEL_ONLY.fullmatch(q.text) and (
                decides(q.text) or (i and decides(sentences[i - 1].text) and _RESOLUTION_WORDS.match(q.text)))]
    if not deciding:
        return quotes
    best = max(deciding, key=_closeness(hits[:3]))
    return sorted(own[:MAX_SUMMARY_SENTENCES - 1] + [best], key=lambda q: (q.n, q.start))


_RESOLUTION_WORDS = re.compile(r"\s*(?:That\s+(?:the\s+)?[A-Z]|" + PLANNING_DECISION + ")")
_LABEL_ONLY = re.compile(r"\W*(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided|DECISION|Decision)(?:\s+that)?\W*")


def _quotes_recording_the_acts(question: str, hits: list[Hit], quotes: list[Quote]) -> list[Quote]:
    """For a question after a recorded act other than the decision itself ("What was the vote on ...?", "Who
    seconded ...?"), when no quote records it, the quotes with the closest sentence of the first quote's agenda item
    that does: the application's title reads closer to the question than "Resolved (11:2) – That the application be
    approved"."""
    acts = [act for act in recorded_acts(question) if act is not DECISION_RECORDED]
    if not quotes or quotes[0].n > len(hits) or not acts:
        return quotes
    first = hits[quotes[0].n - 1]
    item = same_item([first] + [hit for hit in hits[:5] if hit is not first])
    sentences = [q for q in _sentences_of(hits[:3]) if hits[q.n - 1] in item]
    for act in acts:
        recording = [q for q in sentences if act.search(q.text)]
        if recording and not any(act.search(q.text) for q in quotes):
            best = max(recording, key=_closeness(hits[:3]))
            quotes = sorted(quotes[:MAX_SUMMARY_SENTENCES - 1] + [best], key=lambda q: (q.n, q.start))
    return quotes


def _decides(sentence: str) -> bool:
    return DECISION_RECORDED.search(sentence) is not None and not _settles_earlier_minutes(sentence)


def _closeness(hits: list[Hit]) -> Callable[[Quote], float]:
    """How close each of these passages' sentences read to the question, as a key for quotes (-inf for others)."""
    read = {(hit.doc_id, text): float(sim) for hit in hits if hit.read
            for text, sim in zip(hit.read.texts, hit.read.similarities)}
    return lambda quote: read.get((quote.doc_id, quote.text), float("-inf"))


def _sentences_of(hits: list[Hit]) -> list[Quote]:
    """Every sentence the passages were read in, as quotes of where each stands in its passage."""
    quotes = []
    for n, hit in enumerate(hits, start=1):
        at = 0
        for sentence in (hit.read.texts if hit.read else []):
            found = hit.text.find(sentence, at)
            if found >= 0:
                quotes.append(Quote(n, hit.doc_id, hit.start + found, hit.start + found + len(sentence), sentence))
                at = found + len(sentence)
    return quotes


_ROLL_CALL = re.compile(r"\b(?:present|in\s+attendance|apologies)\b", re.I)


def build_answer(question: str, hits: list[Hit], answered: bool, filters: Filters,
                 notes: list[str], limit: int = MAX_SUMMARY_SENTENCES) -> Answer:
    about_minutes = asks_about_settling_minutes(question) or _MINUTES_ASKED.search(question or "") is not None
    quotes = choose_quotes(hits, limit, aside=None if about_minutes else _settles_earlier_minutes) if answered else []
    query = parse_query(question)   # once, for the checks of what the quotes give
    quotes = _quotes_giving_what_is_asked(question, query, hits, quotes)
    if about_minutes:   # what was settled on the minutes, before their amendment's proposal is taken as all there is
        quotes = _quotes_recording_the_decision(question, hits, quotes, about_minutes)
    declined = _quotes_give_no_answer(question, query, hits, quotes) if quotes else ""
    if quotes and not declined:
        quotes = _quotes_recording_attendance(question, hits, quotes)
        quotes = _quotes_recording_the_decision(question, hits, quotes) if not about_minutes else quotes
        quotes = _quotes_recording_the_acts(question, hits, quotes)
        quotes, declined = _quotes_of_the_one_asked(question, hits, quotes)
        quotes = _quotes_naming_what_is_asked(question, hits, quotes) if not declined else quotes
    if declined:
        answered, quotes, notes = False, [], notes + [declined]
    summary = summarise(quotes) if answered else "The minutes do not appear to answer this question."
    return Answer(question, answered, summary, hits, quotes, filters, notes)


@dataclass
class CouncilSlot:
    """One council of a question asked across councils, by the name the notes give it: the question as if it named
    that council alone, and the passages its own search found."""
    short: str
    question: str
    hits: list[Hit]


def build_answer_across(question: str, hits: list[Hit], answering: list[CouncilSlot], filters: Filters,
                        notes: list[str]) -> Answer:
    """The answer to a question asked across councils, `hits` holding their passages interleaved: each council
    whose minutes answer is quoted from its own passages, its sentences chosen and checked against its own reading
    of the question, so one council's sentences never crowd out another's nor answer for it. A council whose
    sentences do not answer is named in the notes."""
    position = {id(hit): n for n, hit in enumerate(hits, start=1)}
    limit = max(1, MAX_SUMMARY_SENTENCES // max(1, len(answering)))
    quotes: list[Quote] = []
    for slot in answering:
        shown = [hit for hit in slot.hits if id(hit) in position]
        part = build_answer(slot.question, shown, bool(shown), filters, [], limit)
        if part.answered:
            quotes += [replace(quote, n=position[id(shown[quote.n - 1])]) for quote in part.quotes]
        elif shown:
            notes = notes + [f"{slot.short}: {part.notes[-1]}" if part.notes else
                             f"{slot.short}: nothing quoted answers"]
    quotes = sorted(quotes, key=lambda q: (q.n, q.start))
    summary = summarise(quotes) if quotes else "The minutes do not appear to answer this question."
    return Answer(question, bool(quotes), summary, hits, quotes, filters, notes)


def _quotes_giving_what_is_asked(question: str, query: Query, hits: list[Hit], quotes: list[Quote]) -> list[Quote]:
    """The quotes, with the best marked sentence of the first quote's agenda item that gives the figure, date or
    length asked when none of them does ("60 members of the public were also in attendance" beside the meeting's
    opening line, for "How many members of the public attended?"): what was asked is quoted, not only what reads
    closest to it."""
    gives = _gives_what_is_asked(question, query)
    if not quotes or gives is None or any(gives(q.text) for q in quotes):
        return quotes
    first = hits[quotes[0].n - 1]
    item = same_item([first] + [hit for hit in hits[:5] if hit is not first])
    # a sentence about other business gives no figure of the thing named: "a petition containing 12 signatures"
    # beside "Ms Sue Green presented a petition", for "How many signed Sue Green's petition?"
    named = [name.lower() for name in names_asked(question, council_words(question))]
    giving = [(score, hit, span) for hit in item for span, score in zip(hit.sentences, hit.sentence_scores)
              if gives(text := _text_of(hit, span)) and term_share(query.terms, text) > 0
              and (not named or any(n in text.lower() for n in named))]
    best = max(s for h in hits[:5] for s in h.sentence_scores)
    score, hit, (start, end) = max(giving, key=lambda g: g[0]) if giving else (float("-inf"), None, (0, 0))
    if score >= best - 2 * QUOTE_MARGIN:   # else far from the question: a figure of other business under that heading
        added = Quote(hits.index(hit) + 1, hit.doc_id, start, end, _text_of(hit, (start, end)))
    # ... else the sentence after the closest one, for a figure or a length: for a date, a year beside it ("Charges had
    # not changed since 2022") is seldom the date asked
    elif (not query.wants_figure and _DATE_ASKED.search(question)) or not (
            added := _next_sentence_giving(query, hits, quotes, gives)):
        return quotes
    return sorted(quotes[:MAX_SUMMARY_SENTENCES - 1] + [added], key=lambda q: (q.n, q.start))


def _next_sentence_giving(query: Query, hits: list[Hit], quotes: list[Quote],
                          gives: Callable[[str], bool]) -> Quote | None:
    """The sentence right after a quote in its passage, when it gives the figure or length asked and shares a word
    with the question: the detail often follows the sentence that reads closest ("The Chair reminded Councillors to
    complete the training course ... He advised that it only took around 5-6 minutes to complete.")."""
    sentences = _sentences_of(hits)
    for quote in quotes:
        after = next((s for s in sentences if s.n == quote.n and s.start >= quote.end), None)
        if after and gives(after.text) and term_share(query.terms, after.text) > 0:
            return after
    return None


def _gives_what_is_asked(question: str, query: Query) -> Callable[[str], bool] | None:
    """For a question after a figure, a date or a length of time ("How long does the training take?"), whether a
    sentence gives one; None for other questions."""
    if query.wants_figure:
        return lambda text: gives_figure(query, text)
    if _DATE_ASKED.search(question):
        return lambda text: gives_kind(text, "date")
    if _HOW_LONG.match(question):
        return lambda text: _GIVES_A_LENGTH.search(text) is not None
    return None


def _quotes_naming_what_is_asked(question: str, hits: list[Hit], quotes: list[Quote]) -> list[Quote]:
    """The quotes, with the closest sentence of the first quote's agenda item (or of the top passages) that names the
    kind of thing a "which" or "what" question asks for, when none of them does: "The Mayor announced that he would
    be supporting as his charities ..." beside his election, for "Which charities did the new Mayor pick?"."""
    asked = _THING_ASKED.match(question or "")
    if not quotes or not asked or asked.group("thing").lower() in _NO_KIND_OF_THING:
        return quotes
    # every word of it: "What Remembrance events ...?" is not answered by "some future events in 2012: a quiz ..."
    words = [w for w in asked.group("words").lower().split() if len(w) > 3]
    patterns = [re.compile(rf"\b{re.escape(word_root(w))}", re.I) for w in words]

    def thing(text: str) -> bool:
        return all(p.search(text) for p in patterns)

    if any(thing(q.text) for q in quotes):
        return quotes
    first = hits[quotes[0].n - 1]
    item = same_item([first] + [hit for hit in hits[:5] if hit is not first])
    # ... or of the top three passages, when the quotes come from another item ("3. Mayor's Charities" beside his
    # election)
    pool = {id(hit) for hit in item + hits[:3]}
    # of the one the question names: "Margaret had served ... for the Cam Division" does not say Jack Pritchard's
    named = [name.lower() for name in names_asked(question, council_words(question))]
    closeness, sentences = _closeness(hits[:5]), _sentences_of(hits[:5])
    naming = [q for q in sentences if id(hits[q.n - 1]) in pool and thing(q.text) and len(q.text.split()) >= 5
              and says_something(hits[q.n - 1], (q.start, q.end)) and not _AGENDA_REQUEST.search(q.text)
              and all(name in (q.text if _names_someone(q.text) else hits[q.n - 1].text).lower() for name in named)]
    if not naming:
        return quotes
    added = max(naming, key=closeness)
    if closeness(added) < max(map(closeness, sentences)) - 2 * QUOTE_MARGIN:
        return quotes
    return sorted(quotes[:MAX_SUMMARY_SENTENCES - 1] + [added], key=lambda q: (q.n, q.start))


def _names_someone(sentence: str) -> bool:
    """Whether the sentence names a person of its own ("Councillor Adrian Jones who was ..."): then it must name the
    one asked, not only stand in a passage that does."""
    return re.search(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Alderman)\b|^[A-Z][a-z]+\s+(?:had|has|was|is)\b",
                     sentence) is not None


# "Which charities did ...?", "What award has the scheme won?": the kind of thing asked, the noun before the verb
_THING_ASKED = re.compile(r"^\s*(?:which|what)\s+(?P<words>(?:[\w'’-]+\s+){0,2}?(?P<thing>[a-z][\w-]{3,}))\s+(?:did|does"
                          r"|do|was|were|is|are|has|have|had|will|would|could|should)\b", re.I)
# the agenda's request, not what was done: "Members of the Council are requested to declare any interests"
_AGENDA_REQUEST = re.compile(r"(?i:\b(?:is|are)\s+(?:requested|asked|invited|reminded)\s+to\b)"
                             r"|\bTo\s+(?:receive|approve|consider|note|confirm|agree)\b|\?")
# words that ask no kind of thing a sentence names, or that the other checks answer for (dates, figures, people)
_NO_KIND_OF_THING = frozenset("""time date day year month amount sum figure number cost price percentage total
    reason reasons happened kind sort type part action steps""".split())


# one of a pair the minutes keep apart: a girls' team's win does not answer for the boys'
_PAIRS = (("boys", "girls"), ("men", "women"), ("male", "female"), ("mens", "womens"))


def _the_other_of_a_pair(question: str, quotes: list[Quote]) -> tuple[str, str]:
    """(asked, other) when the question names one of a pair ("the boys' under-11 cricket") and the quotes name only
    the other ("had won the Girls U11 cricket"), else ("", "")."""
    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]+", text.lower().replace("'", "").replace("’", "")))
    asked, quoted = words(question), set().union(*(words(q.text) for q in quotes))
    for one, other in _PAIRS + tuple((b, a) for a, b in _PAIRS):
        if one in asked and other not in asked and other in quoted and one not in quoted:
            return one, other
    return "", ""


def _another_part_of_the_place(question: str, quotes: list[Quote]) -> tuple[str, str]:
    """(asked, other) when the question names a place with a compass point ("the Swadlincote North division") and
    the quotes name only that place with another ("elected ... to the Swadlincote South Division"), else ("", "")."""
    text = " ".join(q.text for q in quotes)
    for match in _PLACE_PART.finditer(question or ""):
        place, point = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        written = [(m.group(0), m.group(2) or m.group(3)) for m in _PLACE_PART.finditer(text)
                   if place in (m.group(1), m.group(4))]
        if written and not any(p.lower() == point.lower() for _, p in written):
            return match.group(0), written[0][0]
    return "", ""


# land on one side of a named place: "land north of View Road", "Land South of 88 West Street"
_SIDE_OF = re.compile(r"(?i)\b(north|south|east|west|north[\s-]+east|north[\s-]+west|south[\s-]+east|south[\s-]+west)"
                      r"\s+of\s+(?-i:((?:\d+[a-z]?\s+)?(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+))")


def _another_side_of_the_place(question: str, quotes: list[Quote]) -> tuple[str, str]:
    """(asked, other) when the question names land on one side of a place ("land north of View Road") and the quotes
    name only land on another side of it ("Land south of View Road"), else ("", "")."""
    text = " ".join(q.text for q in quotes)
    for match in _SIDE_OF.finditer(question or ""):
        written = [m for m in _SIDE_OF.finditer(text) if m.group(2).lower() == match.group(2).lower()]
        if written and not any(_side(m) == _side(match) for m in written):
            return match.group(0), written[0].group(0)
    return "", ""


def _side(match: re.Match) -> str:
    """ "north east" for "North-East of ..." """
    return " ".join(match.group(1).lower().replace("-", " ").split())


def _of_the_same_business(first: Hit, other: Hit) -> bool:
    """The other passage is under the first's own heading, or runs on from it: minutes without headings may hold
    any business anywhere."""
    return other.doc_id == first.doc_id and (bool(first.heading) and other.heading == first.heading
                                             or other.passage_id == first.passage_id + 1)


# a question put, cut short before its "?" ("What does the Council propose to do about the bins"), or its asker's label
_ASKING = re.compile(r"(?is)\s*(?:(?:what|how|why|when|where|who|which)\s+(?:[\w'’-]+\s+){0,2}?(?:does|do|did|is|are|was|were|will"
                     r"|would|can|could|has|have|should)|(?:will|would|can|could|does|do|did|is|are|has|have)\s+(?:the|you|your|it"
                     r"|they|he|she))\b|.*\basked\s*:?\s*$")


def _only_asks(sentence: str) -> bool:
    return is_question(sentence) or _ASKING.match(sentence.strip()) is not None


def _street_in_another_town(question: str, quotes: list[Quote]) -> tuple[str, str]:
    """(asked, other) when the question names a street in a town ("Mill Lane in Chepstow") and every quote naming
    the street gives it with another town ("Mill Lane, Caldicot"), else ("", ""): streets of one name are in many towns."""
    for match in _STREET_IN_TOWN.finditer(question or ""):
        street, town = match.group("street"), match.group("town")
        given = [m for q in quotes for m in re.finditer(rf"\b{re.escape(street)},?\s+(?P<town>[A-Z][a-z][\w'’-]+)", q.text)]
        if given and not any(town in q.text for q in quotes) and all(m.group("town") not in town for m in given):
            return f"{street} in {town}", f"{street}, {given[0].group('town')}"
    return "", ""


_STREET = r"(?:Road|Lane|Street|Avenue|Way|Drive|Close|Crescent|Terrace|Grove|Gardens|Hill|Row|Walk)"
_STREET_IN_TOWN = re.compile(rf"\b(?P<street>(?:[A-Z][\w'’-]+\s+){{1,3}}{_STREET})\s+(?:in|at)\s+"
                             r"(?P<town>[A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+)?)")
_POINT = r"(North|South|East|West|Central)"
_PLACE_PART = re.compile(rf"\b([A-Z][a-z][\w'’-]+)\s+{_POINT}\b|\b{_POINT}\s+([A-Z][a-z][\w'’-]+)\b")


_DATE_ASKED = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.I)


# "Which councillor was appointed ...?", "Which members voted against ...?": a member's name or role answers
_WHICH_MEMBER = re.compile(r"^\s*(?:(?:to|by|from|with|for)\s+)?(?:which|what)\s+(?:councillors?|cllrs?|members?)\b"
                           r"(?!\s+of\s+(?:the\s+)?public\b)", re.I)
# a member named by title or by office (a run of capitalised words, "Combined Authority Overview", is no member)
_MEMBER_NAMED = re.compile(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Mayor|Portfolio\s+Holder|Cabinet\s+Member)\b"
                           r"|\b(?i:the)\s+(?:Leader|Chair(?:man|woman)?|Vice[- ]Chair)\b")
# not "How long is the waiting list ...?", which asks how many are on it
_HOW_LONG = re.compile(r"^\s*how\s+long\b(?![^?]*\b(?:lists?|queues?|backlogs?)\b)", re.I)
# a length of time or distance, or what bounds one: "for 12 weeks", "until the spring", "a two-year pilot", "since 2019",
# "by March 2026"; not any number ("11/25/0114", an application's reference, gives no length)
_GIVES_A_LENGTH = re.compile(r"\b(?:years?|months?|weeks?|days?|nights?|weekends?|terms?|hours?|minutes?|decades?"
                             r"|fortnights?|metres?|meters?"
                             r"|miles?|kilometres?|km|feet|ft|yards?|m)\b|\d(?:m|km|ft)\b|\b(?:19|20)\d\d\b"
                             r"|\b(?:until|till|since|permanent(?:ly)?|indefinite(?:ly)?|temporary|temporarily|spring"
                             r"|summer|autumn|winter)\b|\b(?-i:January|February|March|April|May|June|July|August"
                             r"|September|October|November|December)\b", re.I)


def _quotes_give_no_answer(question: str, query: Query, hits: list[Hit], quotes: list[Quote]) -> str:
    """Why the quotes give no answer of the kind asked: no figure, a figure for another place, an outcome only
    looked ahead to; else ""."""
    if _figure_unquoted(query, quotes):
        return "the question asks for a figure, and the sentences that answer it give none"
    # "On what date will Cabinet consider the report?" over "a report would be considered by Cabinet on" (cut short);
    # not "When...?", which "in the spring" or "once the survey is done" may answer, nor "How long...?"
    if _DATE_ASKED.search(question) and not asks_meeting_day(question) and not any(gives_kind(q.text, "date") for q in quotes):
        return "the question asks for a date, and the sentences that answer it give none"
    # "How long is the new access road?" over the application's description, which gives no length
    if _HOW_LONG.match(question) and not any(_GIVES_A_LENGTH.search(q.text) for q in quotes):
        return "the question asks how long, and the sentences that answer it give no length of time or distance"
    if asks_how_it_was_answered(question) and all(_only_asks(q.text) for q in quotes):
        return "the question asks for the reply, and the sentences that answer it only put the question"
    if (pair := _the_other_of_a_pair(question, quotes))[0]:
        return f"the question asks about the {pair[0]}, and the sentences that answer it are about the {pair[1]}"
    if ((part := _another_part_of_the_place(question, quotes))[0]
            or (part := _street_in_another_town(question, quotes))[0]
            or (part := _another_side_of_the_place(question, quotes))[0]):
        return f"the question asks about {part[0]}, and the sentences that answer it are about {part[1]}"
    if (elsewhere := _figures_for_another(question, query, quotes))[0]:
        return f"the question asks about {elsewhere[0]}, and the figures quoted are for {elsewhere[1]}"
    if thing := _figures_of_other_business(question, query, hits, quotes):
        return f"the question asks for a figure about {thing}, and no passage quoted for a figure names it"
    if (reference := _reference_for_another(question, hits, quotes))[0]:
        return f"the question asks about {reference[0]}, and the sentences that answer it are about {reference[1]}"
    if (count := _count_for_another(question, quotes))[0]:
        return f"the question asks about {count[0]}, and the sentences that answer it are about {count[1]}"
    if (part := _another_numbered_part(question, quotes))[0]:
        return f"the question asks about {part[0]}, and the sentences that answer it are about {part[1]}"
    if house := _address_of_other_business(question, hits, quotes):
        return f"the question asks about {house}, and no passage quoted is of business that names it"
    if other_year := _year_for_another(question, hits, quotes):
        return f"the question asks about {year_asked(question, of_figure=True).phrase}, and the sentences that answer it are of {other_year}"
    if query.wants_kind == "firm" and not any(gives_kind(q.text, "firm") for q in quotes):
        return "the question asks which firm, and the sentences that answer it name none"
    # the member may be named in the passage quoted rather than in its closest sentence ("Councillor Brierfield asked
    # what could be done", a question put in the meeting, is not quoted); who was absent has its own check
    if _WHICH_MEMBER.match(question) and not asks_attendance(question) and not any(
            _MEMBER_NAMED.search(text) for q in quotes
            for text in (q.text, hits[q.n - 1].text if q.n <= len(hits) else "")):
        return "the question asks which member, and the sentences that answer it name none"
    # a name in another council's minutes quoted beside them is no name of the one asked about
    if query.wants_kind == "name" and not any(gives_kind(q.text, "name") for q in quotes if q.doc_id == quotes[0].doc_id):
        return "the question asks for a person's name, and the sentences that answer it give none"
    # the item may settle it after the passage that reads closest ("That permission be granted ..."), not by noting
    # a report
    if _outcome_unquoted(question, quotes) and not any(
            # "Resolved that the applications be dealt with as shown below:" introduces the decisions, cut off here
            settles(q.text) and not q.text.rstrip().endswith(":") and _of_the_same_business(hits[quotes[0].n - 1], hits[q.n - 1])
            for q in _quotes_recording_the_decision(question, hits, quotes) if q not in quotes):
        return "the question asks how it turned out, and the sentences that answer it only look ahead"
    # an item's other business may settle something; the quotes must settle what was asked after its earlier steps
    if asks_final_outcome(question) and not any(settles(q.text) for q in quotes):
        return "the question asks how it finally turned out, and the sentences that answer it settle nothing"
    if _only_earlier_minutes_settled(question, quotes):
        return "the sentences that answer it only settle the minutes of earlier meetings or set out an agenda"
    if quotes and asks_what_was_said(question) and all(reports_speech_only(q.text) for q in quotes):
        return "the question asks what was said, and the sentences that answer it only say that someone spoke or was asked"
    return ""


_DECLARATIONS_HEADING = re.compile(r"\b(?:declarations?|disclosures?)\s+of\s+(?:[\w-]+\s+){0,3}?interests?\b", re.I)
_DECLARES = re.compile(r"\b(?:declared|declares|declaring|disclosed)\b[^.;]{0,160}?\binterests?\b"
                       r"|\binterests?\b[^.;]{0,80}?\b(?:declared|disclosed)\b", re.I)
_INTERESTS_ASKED = re.compile(r"\binterests?\b|\bdeclar\w*|\bdisclos\w*|\bdispensations?\b|\bconflicts?\b"
                              r"|\bpecuniary\b|\bprejudicial\b", re.I)
# who was put forward for something, which the business records: "Who was nominated for the Freedom of the City?"
_CHOSEN_ASKED = re.compile(r"^\s*who\s+(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:nominated|appointed|elected"
                           r"|chosen|selected|awarded)\b", re.I)


def _only_declarations(question: str, hits: list[Hit], quotes: list[Quote]) -> bool:
    """Every quote declares a member's interest ("Councillor Cox - Agenda Item 4 (Freedom of the City Nomination) - is a
    season ticket holder"), and the question asks how the business went, what was said or found, or who was chosen,
    not about interests: a declaration names the business without recording it."""
    if _INTERESTS_ASKED.search(question) or not (asks_outcome(question) or asks_what_was_said(question)
                                                 or asks_what_was_found(question) or _CHOSEN_ASKED.match(question)):
        return False
    return all(_declares_an_interest(q.text, hits[q.n - 1]) for q in quotes)


def _declares_an_interest(sentence: str, hit: Hit) -> bool:
    """The sentence declares an interest, or, under a declarations heading, gives a member and an item ("Councillor Cox -
    Agenda Item 4 (...) - is a season ticket holder"): a heading may run on over the next item's business."""
    under = _DECLARATIONS_HEADING.search(" ".join(filter(None, (hit.heading, hit.title))))
    return bool(_DECLARES.search(sentence) or under and _MEMBER_AND_ITEM.search(sentence))


_MEMBER_AND_ITEM = re.compile(r"\b(?:councillors?|cllrs?)\b.*\bitems?\b|\bitems?\b.*\b(?:councillors?|cllrs?)\b", re.I)


_EARLIER_MINUTES_SETTLED = re.compile(PREVIOUS_MINUTES_APPROVED + r"|^\W*To\s+(?:approve|confirm|receive|sign|agree)"
                                      r"(?:\s+and\s+(?:approve|confirm|sign|agree))?\s+(?:as\s+a\s+correct\s+record\s+)?"
                                      r"the\s+minutes\b", re.I)
_AGENDA_INSTRUCTION = re.compile(r"^\W*To\s+(?:receive|approve|consider|note|confirm|agree)\b", re.I)


def _settles_earlier_minutes(sentence: str) -> bool:
    return _EARLIER_MINUTES_SETTLED.search(sentence) is not None


# the minutes as a record, not a span of time ("within 30 minutes")
_MINUTES_ASKED = re.compile(r"(?<!\b\d )(?<!\b\d\d )(?<!\b\d\d\d )\bminutes\b", re.I)


def _only_earlier_minutes_settled(question: str, quotes: list[Quote]) -> bool:
    """The quotes settle earlier meetings' minutes ("To approve the minutes of the meeting held on 12 February 2019",
    "... were approved as a correct record"), with at most an agenda's instructions beside them, and the question does
    not ask about minutes: "Which council approved new parking charges?" is not answered by approved minutes."""
    if not quotes or asks_about_settling_minutes(question) or _MINUTES_ASKED.search(question or ""):
        return False
    settling = [_settles_earlier_minutes(q.text) for q in quotes]
    return any(settling) and all(s or _AGENDA_INSTRUCTION.match(q.text) for s, q in zip(settling, quotes))


def _quotes_of_the_one_asked(question: str, hits: list[Hit], quotes: list[Quote]) -> tuple[list[Quote], str]:
    """The quotes about the member, office, item or minutes the question names (minutes record several of each),
    else no quotes and why."""
    quotes, declarer = _quotes_naming_the_declarer(question, hits, quotes)
    if declarer:
        return [], (f"the question asks about {declarer}'s declaration of interest, and the sentences that answer "
                    f"it record other members'")
    # the member's own declaration must be on the application asked: a list gives each member's on its own row
    surname = declarer_asked(question)
    own = [q for q in quotes if surname and _names(surname, q)]
    if own and (reference := _reference_for_another(question, hits, own))[0]:
        return [], (f"the question asks about {reference[0]}, and the sentences that record the member's declaration "
                    f"are about {reference[1]}")
    texts = [q.text for q in quotes]
    if (office := office_asked(question)) and (other := another_office(office, texts)):
        return [], (f"the question asks who was elected or appointed to one office, and the sentences that answer "
                    f"it record another: “{other}”")
    if (post := post_asked(question)) and another_post(post, texts):
        return [], f"the question asks who was appointed {post}, and the sentences that answer it record other posts"
    if (item := item_asked(question)) and (other := another_item(item, texts)):
        if naming := _quotes_naming_the_item(item, hits):
            return naming, ""
        return [], f"the question asks about item {item}, and the sentences that answer it are about {other}"
    if _only_declarations(question, hits, quotes):
        return [], ("the question asks how the business went or what was said of it, and the sentences that answer "
                    "it only declare members' interests in it")
    quotes, minutes = _quotes_settling_the_minutes_asked(question, hits, quotes)
    if minutes:
        return [], (f"the question asks about the minutes of {minutes}, and the sentences that answer it settle "
                    f"the minutes of another meeting")
    return quotes, ""
