"""Hybrid retrieval: FTS5 BM25 and dense vectors, fused by score, with sentence evidence."""
from __future__ import annotations

import math
import os
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

import numpy as np

from .answer_type import (PLANNING_DECISION, ATTENDANCE_RECORDED, DECISION_RECORDED, RECOMMENDATION_RECORDED,
                          asks_attendance,
                          asks_meeting_day, asks_vote_count, body_words, gives_kind, has_figure, has_price, names_asked,
                          names_kind, referred_to, references_asked, states_a_run)
from .baseline import match_expression
from .commitments import PREVIOUS_MINUTES_APPROVED
from .councils import council_words
from .embed import Embedder
from .models import Filters, Hit, SentenceReading
from .query import Query, fts_expression, parse_query
from .question_filters import asks_about_settling_minutes
from .sentences import (asks_the_same, can_answer, is_question, leaves_open, line_of, only_names, repeats_the_heading,
                        reports_question, states_a_finding, still_to_come)
from .settings import DEFAULT, Settings
from .store import Store

# Sentences this close to a passage's best are marked as answering too.
MARK_MARGIN = 0.08
# The question put in the meeting in the user's form may sit a little further from the closest: it is in
# the minutes' words, not the user's (heldout20: "asked when the café would reopen" 0.084 below)
ASKED_MARGIN = 1.5 * MARK_MARGIN


def fuse(bm25: dict[int, float], dense: dict[int, float], bm25_weight: float) -> dict[int, float]:
    """Weighted sum of max-normalised scores; a passage missing from one list scores 0 there."""
    b, d = _max_normalise(bm25), _max_normalise(dense)
    return {i: bm25_weight * b.get(i, 0.0) + (1 - bm25_weight) * d.get(i, 0.0) for i in set(b) | set(d)}


def _max_normalise(scores: dict[int, float]) -> dict[int, float]:
    top = max(scores.values(), default=0.0)
    return {i: (s / top if top > 0 else 0.0) for i, s in scores.items()}


def diversify(ranked: list[Hit], k: int) -> list[Hit]:
    """The k best, except that one document never takes all k places while another has a candidate.

    Passages of one meeting may rightly fill most of the list (a question about one
    debate), so there is no fixed cap; the last place keeps a second source in view,
    and a document that repeats itself cannot take over every citation.
    """
    top = ranked[:k]
    if k < 2 or len({h.doc_id for h in top}) > 1:
        return top
    other = next((h for h in ranked[k:] if h.doc_id != top[0].doc_id), None)
    return top[:-1] + [other] if other else top


@dataclass
class Retrieval:
    """Ranked hits plus the signals used to decide whether they answer at all."""

    hits: list[Hit]
    coverage: float = 0.0    # IDF-weighted share of the question's terms found in the top hits
    evidence: float = 0.0    # best sentence similarity among the top hits
    figure_missing: bool = False  # the question asks for a figure and no answering sentence has one
    kind_evidence: float | None = None  # best similarity of a sentence giving the kind of answer asked for
    passage_coverage: float = 0.0  # IDF-weighted share of the question's terms held by one top passage
    act_missing: bool = False  # the question asks who seconded, voted against...: no top passage records it
    left_open: str = ""        # the one fact asked: the item's sentence saying it is not known yet (`item_left_open`)
    unmentioned: str = ""      # the feature a yes or no asks about, which no top document mentions (`never_mentioned`)
    elsewhere: tuple = ()      # (name asked, place the closest figure or date is for, "figure" or "date"): `figure_elsewhere`
    firm_missing: bool = False  # "Which company...?": the item asked about, among all the hits, names no firm (`names_a_firm`)
    attendance: bool = False   # who sent apologies or stood in: a top passage records it (`ATTENDANCE_RECORDED`)


def term_weights(terms: list[str], counts: dict[str, int], total: int) -> dict[str, float]:
    """IDF of each term over passages (a term absent from the corpus weighs most)."""
    return {t: math.log((total + 1) / (counts.get(t, 0) + 0.5)) for t in terms} if total else {}


def term_coverage(weights: dict[str, float], texts: list[str]) -> float:
    """IDF-weighted share of the terms that occur in `texts`."""
    if not weights:
        return 0.0
    joined = " ".join(texts).lower()
    return sum(w for t, w in weights.items() if _stem_in(t, joined)) / sum(weights.values())


def _stem_in(term: str, text: str) -> bool:
    return _stem_pattern(term).search(text) is not None


@lru_cache(maxsize=4096)
def _stem_pattern(term: str) -> re.Pattern:
    """A word starting with the term's stem (compiled once per term: it is tried on every sentence)."""
    return re.compile(r"\b" + re.escape(_stem(term)))


def _stem(term: str) -> str:
    return term if len(term) <= 4 else term[: max(4, len(term) - 2)]


def retrieve(store: Store, embedder: Embedder, question: str | Query, filters: Filters | None = None,
             k: int = 5, config: Settings = DEFAULT, weights: dict[str, float] | None = None) -> Retrieval:
    """Search, then measure how well the top hits cover the question.

    `weights` (`query_weights`) may be given when the same question is searched again.
    """
    query = question if isinstance(question, Query) else parse_query(question)
    weights = query_weights(store, query) if weights is None else weights
    return assess(search(store, embedder, query, filters, k, config, weights), query, weights)


def same_item(hits: list[Hit]) -> list[Hit]:
    """The first hit and the others of its agenda item: a vote recorded under another item ("the
    solar farm was approved, Councillors X and Y voting against") is not the vote on the application
    asked about. A hit is of the item when it shares its document and heading, or runs on from it
    (or into it) with no numbered item heading between. Without a heading, every hit of its document counts:
    another council's minutes are never the item asked about."""
    first = hits[0]
    if not first.heading:
        return [hit for hit in hits if hit.doc_id == first.doc_id]
    if first.kind in _ONE_ITEM_KINDS:    # a report's numbered sections are one item
        return [first] + [hit for hit in hits[1:] if hit.doc_id == first.doc_id]
    item = [first]
    grew = True
    while grew:
        grew = False
        begin, end = min(h.start for h in item), max(h.end for h in item)
        opening = min(item, key=lambda h: h.start)
        for hit in hits:
            if hit in item or hit.doc_id != first.doc_id:
                continue
            runs_on = 0 <= hit.start - end <= 2 and not _ITEM_HEADING.match(hit.heading or "")
            runs_into = 0 <= begin - hit.end <= 2 and not _opens_an_item(opening)
            if hit.heading == first.heading or runs_on or runs_into:
                item.append(hit)
                grew = True
    return item


def _opens_an_item(hit: Hit) -> bool:
    """Whether the passage begins an item: under a numbered item heading, or opening with its own heading
    ("Wildfires Public Space Protection Order / It was reported ..."). What comes before it is other business."""
    heading = (hit.heading or "").strip()
    return bool(_ITEM_HEADING.match(heading)) or bool(heading) and hit.text.lstrip().startswith(heading)


# Documents about one business each: a report, a decision's page.
_ONE_ITEM_KINDS = frozenset(("report", "decision"))
# An agenda item's own heading, numbered: "84. 23/0187/FUL - Land off Manor Street", "3 Bulky Waste", "CAB.88 ...", "5b ...";
# not a year opening a minute's reference inside an item ("2023 CWPC 41" over a roll call)
_ITEM_HEADING = re.compile(r"^\(?(?!(?:19|20)\d\d\b)(?:[A-Z][A-Za-z]{0,4}[ ./-]?)?\d{1,4}[a-h]?\b"
                           # "Minute 33 – Delegation of Statutory Officer Role", "Minute No 18 –", "Agenda Item 7"
                           r"|^(?i:(?:agenda\s+)?(?:item|minute)(?:\s+no\.?)?\s+\d)")


def _led_by_business(top: list[Hit]) -> list[Hit]:
    """The top hits with the first that records business leading: a passage of the meeting's heading and
    arrangements only ("Annual Council - Thursday, 19th May, 2022 6.00 pm", "Venue: The Parks, Howdon Road"),
    close to a question that names the meeting, is no agenda item, so the item asked about is the next one's."""
    lead = next((hit for hit in top if not _says_nothing(hit)), top[0])
    return [lead] + [hit for hit in top if hit is not lead]


def _says_nothing(hit: Hit) -> bool:
    """Every sentence of the passage only names (a heading, a title, the meeting's arrangements): each was read
    at minus infinity (`mark_sentences`)."""
    return hit.read is not None and len(hit.read.texts) > 0 and bool(np.all(np.isneginf(hit.read.similarities)))


def query_weights(store: Store, query: Query) -> dict[str, float]:
    """The IDF of the question's terms in this index (one FTS count per term)."""
    return term_weights(query.terms, store.term_counts(query.terms), store.passage_count)


def assess(hits: list[Hit], query: Query, weights: dict[str, float]) -> Retrieval:
    """The signals that decide whether these hits answer the question at all."""
    if not hits:
        return Retrieval(hits)
    top = hits[:3]
    coverage = term_coverage(weights, [h.text for h in top] + [h.heading or "" for h in top])
    # one fact asked for must come from the item asked about (`_figure_sources`): a cost in another council's
    # minutes, or under another item of the same minutes, does not answer "How much will it cost to move
    # Llanidloes library?" ("Which councils ... and by how much?" asks several)
    item = same_item(_led_by_business(top))
    sources = _figure_sources(query, top, item)
    figure_missing = query.wants_figure and not any(
        gives_figure(query, h.text[s - h.start:e - h.start])
        for h in (sources if query.one_fact else top) for s, e in h.sentences)
    kinds = [h.kind_evidence for h in top if h.kind_evidence is not None]
    kind_evidence = max(kinds, default=0.0) if query.checked_kind else None
    passage_coverage = max(term_coverage(weights, [h.text, h.heading or ""]) for h in top)
    acting = _of_references(query, item)
    # the previous minutes approved are the act asked about when the question asks about them
    settling = asks_about_settling_minutes(query.text)
    done = [h.text if settling else _without_proposals_and_procedure(h.text) for h in acting] if query.acts else []
    act_missing = any(not any(act.search(text) for text in ([h.text for h in acting] if act is RECOMMENDATION_RECORDED
                                                              else done))
                      for act in query.acts) or (DECISION_RECORDED in query.acts and _names_apart(query, acting, weights))
    firm_missing = (query.one_fact and query.wants_kind == "firm"
                    and not any(h.kind_evidence for h in _figure_sources(query, hits, same_item(hits))))
    return Retrieval(hits, coverage, max(h.answer_evidence for h in top), figure_missing, kind_evidence,
                     passage_coverage, act_missing,
                     # who attended, or the meeting's day, is never left open by its business: "a late report is
                     # to be circulated at Committee"
                     ("" if asks_attendance(query.text) or asks_meeting_day(query.text) else item_left_open(query, item))
                     or asked_elsewhere(query, top, item) or decision_referred(query, item),
                     elsewhere=figure_elsewhere(query, sources) or figure_for_another_year(query, item),
                     firm_missing=firm_missing,
                     attendance=asks_attendance(query.text) and any(ATTENDANCE_RECORDED.search(h.text) for h in top))


def _names_apart(query: Query, acting: list[Hit], weights: dict[str, float]) -> bool:
    """Whether the question names a particular thing ("the Treasury Management Report") whose rarest word in the
    index no passage of the item whose decision it would take gives: that decision is another business's."""
    named = [w.lower() for w in names_asked(query.text, council_words(query.text) | body_words(query.text))]
    rarest = max((w for w in named if w in weights), key=lambda w: weights[w], default=None)
    texts = [" ".join(filter(None, (h.title, h.heading, h.context, h.text))).lower() for h in acting]
    return rarest is not None and not any(_stem_in(rarest, text) for text in texts)


def _without_proposals_and_procedure(text: str) -> str:
    """The text without what an agenda or a report recommends ("Recommendation: That the application is approved
    conditionally"), nor the previous minutes approved, nor business only taken (an urgent item accepted, the order
    of business varied, the press and public excluded for it): none records the act asked about."""
    # parts joined by lines, so a label opening one ("Response:") still opens a line
    return _RECOMMENDING.sub(" ", _RECOMMENDATION.sub(" ", "\n".join(
        s for s in _PARTS.split(_without_labels_cut_off(text))
        if not _MINUTES_APPROVED.search(s) and not _ORDER_OF_BUSINESS.search(s))))


def _without_labels_cut_off(text: str) -> str:
    """The text without a decision's label whose words are cut off: "AGREED:" and then the next item's title
    records nothing. A label before its words ("Resolved" / "That the minutes ... be agreed") stays."""
    lines = [line for line in text.split("\n") if line.strip()]
    return "\n".join(line for line, after in zip(lines, lines[1:] + [""])
                     if not (_LABEL_ALONE.fullmatch(line) and not _RESOLUTION_OPENS.match(after)
                             and not DECISION_RECORDED.search(after)))


# a recommendation under its label, to the end of its sentence; not "the recommendations were approved"
_RECOMMENDATION = re.compile(r"(?i)\b(?:officer['’]?s?\s+)?recommendations?\s*[:–-]\s*[^.;\n]*")
# ... and what a report recommends: "recommending delegated authority be granted", "a report ..., which
# recommended:-" and the words on the line after it
_RECOMMENDING = re.compile(r"(?i)\brecommending\b[^.;\n]*|\b(?:which|that)\s+recommended\s*:-?\s*(?:\n\s*)?[^\n]*")
# the words after a decision's label: "That the report be noted", "(1) to approve ...", "i. the plan is adopted",
# and a planning decision's own word: "Consent subject to the conditions ...", "Permit", "Refuse"
_RESOLUTION_OPENS = re.compile(r"\s*(?:That\b|To\b|[(\d•·-]|[ivx]+[.)]|[a-z]"
                               r"|" + PLANNING_DECISION + ")")
_LABEL_ALONE = re.compile(r"\W*(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided|DECISION|Decision)(?:\s+that)?"
                          r"\s*[:–-]*\s*")
_MINUTES_APPROVED = re.compile(PREVIOUS_MINUTES_APPROVED, re.I)
# the business taken, not decided: "the Provost agreed to accept the motion as an urgent item of business", "it was
# agreed to vary the order of business"
_ORDER_OF_BUSINESS = re.compile(r"(?i)\b(?:agreed|decided|consented)\s+to\s+(?:accept|take|consider|admit|hear)\s+"
                                r"(?:[\w'’-]+\s+){0,6}?as\s+(?:an?\s+)?(?:item\s+of\s+)?urgent\b"
                                r"|\bvary\s+the\s+order\s+of\s+(?:the\s+)?(?:business|agenda)\b"
                                # "she had accepted one late item relating to the Selsey Flood ... Scheme"
                                r"|\baccepted\s+(?:[\w'’-]+\s+){0,2}?(?:late|urgent)\s+items?\b"
                                # what came in late noted before the debate: "The Committee noted the late items"
                                r"|\bnoted\s+the\s+(?:late|additional|supplementary)\s+(?:items?|representations?"
                                r"|information|papers?|correspondence|reports?)\b"
                                # the press and public excluded for the business after: nothing decided on it
                                r"|\b(?:press\s+and\s+(?:the\s+)?)?public\s+be\s+excluded\b")
_PARTS = re.compile(r"(?<=[.;])\s+|\n+")


def decision_referred(query: Query, item: list[Hit]) -> str:
    """For "Did the Assembly approve ...?", the item's sentence recommending it to the Assembly when no sentence
    of the item records the Assembly deciding (`referred_to`), else "": a cabinet's recommendation is not the
    council's decision."""
    if not query.body:
        return ""
    return referred_to(query.body, _read_together(sorted(item, key=lambda h: h.start))[0])


def _of_references(query: Query, item: list[Hit]) -> list[Hit]:
    """The passages of the item that give the reference the question asks about ("Did the committee approve
    17/00232/F?"), with those running on from them; the whole item when the question gives none. A decision
    recorded in a passage of the minutes that never gives the reference is another application's."""
    references = references_asked(query.text)
    if not references:
        return item
    kept = [h for h in item if any(r in " ".join(filter(None, (h.title, h.heading, h.context, h.text)))
                                   for r in references)]
    grew = bool(kept)
    while grew:
        grew = False
        for hit in item:
            if (hit not in kept and any(hit.doc_id == k.doc_id and 0 <= hit.start - k.end <= 2 for k in kept)
                    and not _headed_by_another_reference(hit, references)):
                kept.append(hit)
                grew = True
    return kept


def _headed_by_another_reference(hit: Hit, references: list[str]) -> bool:
    """The hit's heading gives a reference, and not one asked about: "Application S20/0065" runs on from the
    passage naming S20/2048, but is another application's item."""
    headed = references_asked(" ".join(filter(None, (hit.heading, hit.title))))
    return bool(headed) and not set(headed) & set(references)


def figure_elsewhere(query: Query, item: list[Hit]) -> tuple[str, str, str]:
    """(the name asked, the place named instead, the kind) when the one figure or date asked for is given only for
    another place: the question names something the item mentions (not in its heading, where the item
    would be about it), and the item's sentence closest to the question that gives the kind asked, with
    the sentence before it, names nothing the question names but sits "in", "at", "near" or "on" another
    named place. "How much did it cost to clear up fly-tipping in Coatbridge?" and "In Airdrie the cost
    of clearing fly-tipping was £212,000." Else ()."""
    if not query.one_fact or not (query.wants_figure or query.checked_kind in ("figure", "date")):
        return ()
    texts, kinds, best = _closest_giving(item)
    councils = {w.lower() for h in item for w in (h.council or "").split()}
    # "Derry City and Strabane's hearing": the council's own name, possessive or not, is no place asked about
    named = [w for name in query.names for w in name.split()
             if len(w) > 2 and not w.isupper() and re.sub(r"['’]s$", "", w.lower()) not in councils | _NOT_NAMES]
    if best is None or not named:
        return ()
    labels = " ".join(_names_of(h) for h in item).lower()
    body = " ".join(texts).lower()
    asked = [w for w in named if _stem_in(w.lower(), body) and not _stem_in(w.lower(), labels)]
    if not asked:
        return ()
    names = [" ".join(w for w in name.split() if w in named) for name in query.names]
    names = [name for name in names if name]
    sentence, clause = texts[best], _figure_clause(query, texts[best])
    window = " ".join(texts[max(0, best - 1):best + 1])
    if any(_name_in(name, clause) for name in names):
        return ()
    if clause == sentence and any(_name_in(name, window) for name in names):
        return ()
    asked_words = {w.lower() for w in re.findall(r"[\w'’-]+", query.text)}
    kind = "figure" if query.wants_figure or query.checked_kind == "figure" else "date"
    asked_name = next((name for name in names if asked[0] in name.split()), asked[0])
    for match in _AT_PLACE.finditer(clause):
        place = match.group(1)
        words = [w.lower() for w in place.split()]
        if place.isupper() and len(words) == 1:
            continue     # "in the ATM", "on CCTV": an initialism, not a place
        if not (words[0] in _NOT_NAMES or set(words) & asked_words or " ".join(words) in councils):
            return asked_name, place, kind
    other = _another_of_its_kind(clause, names)
    return (asked_name, other, kind) if other else ()


def _closest_giving(item: list[Hit]) -> tuple[list[str], np.ndarray | None, int | None]:
    """The item's sentences in document order, which give the kind of answer asked, and the one of those
    closest to the question (None when none gives it)."""
    texts, similarities, kinds = _read_together(sorted(item, key=lambda h: h.start))
    if kinds is None or not kinds.any():
        return texts, kinds, None
    return texts, kinds, max((i for i in range(len(texts)) if kinds[i]), key=lambda i: similarities[i])


def _figure_clause(query: Query, sentence: str) -> str:
    """The clause of the sentence that gives the figure or date asked: "At Gheluvelt Park 35 trees would be
    planted at a cost of £18,500" of "..., and at Cripplegate Park 20 trees would be planted"."""
    clauses = _CLAUSE_BREAK.split(sentence)
    if len(clauses) == 1:
        return sentence
    giving = [c for c in clauses if (gives_figure(query, c) if query.wants_figure else gives_kind(c, "date"))]
    return giving[0] if len(giving) == 1 else sentence


def _name_in(name: str, text: str) -> bool:
    """The whole name is in the text, each word in any form ("Queen's Promenade", "Whalley New Road")."""
    words = [re.escape(_stem(w.lower())) for w in name.split()]
    return re.search(r"\b" + r"\w*(?:['’]s)?\W+".join(words), text.lower()) is not None


def _another_of_its_kind(text: str, names: list[str]) -> str:
    """Another name of the kind a name asked ends with: "Preston New Road" for "Whalley New Road"."""
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        for match in re.finditer(rf"((?:[A-Z][\w'’-]+\s+)+){re.escape(words[-1])}\b", text):
            other = match.group(0)
            if other.split()[0].lower() not in _NOT_NAMES | {w.lower() for w in words} \
                    and not _within_longer_name(name, text[:match.end()]):
                return other
    return ""


def _within_longer_name(name: str, text: str) -> bool:
    """The name asked is a short form of the longer one the text ends with: "Western Trust" of "the
    Western Health and Social Care Trust"."""
    longer = _NAME_AT_END.search(text)
    return longer is not None and all(_stem_in(w.lower(), longer.group(0).lower()) for w in name.split())


# The capitalised name a text ends with, its joining words included: "Western Health and Social Care Trust".
_NAME_AT_END = re.compile(r"(?:[A-Z][\w'’-]+(?:\s+(?:and|of|for|&)\s+|\s+))*[A-Z][\w'’-]+$")


# Where one sentence turns to another thing: "...; ...", ", and ...", ", while ..."
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+")


def figure_for_another_year(query: Query, item: list[Hit]) -> tuple[str, str, str]:
    """(the year asked, the year given instead, "figure") when the question asks for one figure in one year
    ("How many people used the path in 2020?", "... in 2022/23?"), no sentence of the item giving a figure
    names that year, and the one closest to the question names another: "1.9 million walkers in 2019".
    Last year's figure does not answer for this year's. Else ()."""
    year = query.year if query.one_fact and query.wants_figure else None
    if year is None:
        return ()
    texts, kinds, best = _closest_giving(item)
    asked = year.pattern()
    if best is None or any(kinds[i] and asked.search(text) for i, text in enumerate(texts)):
        return ()
    other = figures_year(texts[best])
    return (year.phrase, other, "figure") if other and not year.overlaps(other) else ()


def figures_year(sentence: str) -> str | None:
    """The first year the sentence names that is not one its figure is compared with."""
    return next((m.group(0) for m in _A_YEAR.finditer(sentence) if not _COMPARED.search(sentence[:m.start()])), None)


# A year a figure is compared with is not the figure's: "1,460 potholes had been reported in August, about a third
# fewer than in August 2022", "compared with 2021/22", "up from 540,000 in 2019".
_COMPARED = re.compile(r"\b(?:than|compared (?:with|to)|against|(?:up|down|rose|risen|fell|fallen|increased|decreased)"
                       r" from(?: [£$]?[\d,.]+\w*%?)?)(?:\s+\w+){0,2}\s*$", re.I)


# A year as minutes write one: "2019", "2022/23", "2022-2023"; not "£2019" or "2019.5"
_A_YEAR = re.compile(r"(?<![\w£$./])(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?(?![\w%]|[.,]\d)")


# A place a sentence locates itself at: "In Airdrie", "at the Furzefield Centre", "near Luston"
_AT_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|on)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
# Capitalised words that name no place: months, days, seasons, bodies and roles
_NOT_NAMES = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter spring summer autumn winter council
councils councillor councillors cabinet committee government mr mrs ms dr the executive board member members
leader mayor officer officers land site sites plot plots""".split())


def _figure_sources(query: Query, top: list[Hit], item: list[Hit]) -> list[Hit]:
    """Where one figure asked for may come from: the top passage's agenda item, and the other top passages of
    its document, unless theirs is another business ("5a 61 Claypath, Durham" for "How many objections were
    there to the Bowburn scheme?", under "5c Land west of Durham Road, Bowburn"): that item's figure is not
    this one's. When the question names something, the item's heading must name it for this to apply; a
    report's sections ("3. Key Issues") are never another business."""
    named = [w.lower() for name in query.names for w in name.split() if len(w) > 2]
    heading = (item[0].heading or "").lower()
    asked = [w for w in named if _stem_in(w, heading)]
    return item + [h for h in top if h not in item and h.doc_id == item[0].doc_id
                   and not ((asked or not named) and _other_business(h, query, asked))]


def _other_business(hit: Hit, query: Query, asked: list[str]) -> bool:
    """The hit is headed by an agenda item that names something (a capitalised word after the first), not
    what the question asks about, and shares none of the question's words."""
    heading = hit.heading or ""
    if heading.isupper() or any(_stem_in(w, heading.lower()) for w in asked):
        return False
    names = [w for w in re.findall(r"[A-Za-z][\w'’-]+", heading)[1:] if w[0].isupper()]
    return bool(names) and not any(_stem_in(t, heading.lower()) for t in query.terms)


def asked_elsewhere(query: Query, top: list[Hit], item: list[Hit]) -> str:
    """The reply leaving it open, when the question put in the meeting in the user's form is in another
    item of the same minutes among the top passages ("Questions from Members of the Public") and about as
    close as the closest. A question put in another council's meeting is about that council's business."""
    if not query.one_fact:
        return ""
    minutes = [h for h in top if h.doc_id == item[0].doc_id]
    others = [h for h in minutes if h not in item]
    if not others:
        return ""
    texts, similarities, kinds = _read_together(sorted(minutes, key=lambda h: h.start))
    return asked_and_left_open(query, texts, similarities, kinds, " ".join(_names_of(h) for h in others))


def item_left_open(query: Query, item: list[Hit]) -> str:
    """The sentence saying the one fact asked is not known yet, else "". Read in the top passage
    (`fact_left_open`) and, for a question after one fact, in the whole agenda item asked about (the
    top passage and the others of its item among the top three, in document order): a passage is a
    cut of the item, and "how long for is not yet known" may sit in the passage after the one that
    names the closure. Across the item: a figure or a date left open, the question put in the meeting
    and not answered (`asked_and_left_open`), the things a choice asks for left open
    (`choice_left_open`)."""
    if not (query.one_fact or query.said or query.found):
        return ""
    found = fact_left_open(query, *_read_together(item[:1]))
    if found or not query.one_fact:
        return found
    texts, similarities, kinds = _read_together(sorted(item, key=lambda h: h.start))
    if query.checked_kind in ("figure", "date"):
        found = fact_left_open(query, texts, similarities, kinds) or kind_left_open(texts, similarities, kinds,
                                                                                      query.checked_kind)
    return (found or asked_and_left_open(query, texts, similarities, kinds, " ".join(_names_of(h) for h in item))
            or choice_left_open(query, texts, similarities))


def kind_left_open(texts: list[str], similarities: np.ndarray, kinds: np.ndarray | None, kind: str) -> str:
    """A sentence of the item saying the very kind of fact asked is not known yet ("no date could be given",
    "the fee cannot be given yet"), when no sentence of the item about as close gives one; else ""."""
    if kinds is None or not texts:
        return ""
    for i in np.argsort(-similarities):
        if not np.isfinite(similarities[i]):
            break
        if leaves_open(texts[i]) and names_kind(texts[i], kind) and not kinds[i]:
            giving = [j for j in range(len(texts)) if kinds[j] and similarities[j] >= similarities[i] - MARK_MARGIN]
            return "" if giving else texts[i]
    return ""


def choice_left_open(query: Query, texts: list[str], similarities: np.ndarray) -> str:
    """For a question after a choice among things it names (`Query.choice`: "Which roads are getting the
    new trees?"), a sentence about as close as the closest that leaves those things open ("The list of roads
    has not yet been drawn up"), else ""."""
    if not query.choice or not texts or not np.isfinite(similarities.max()):
        return ""
    # a sentence naming the people of a choice among people leaves no choice open ("Councillors Belsey and Morris
    # declared interests, as members of the committee due to consider it in due course")
    naming = (lambda text: gives_kind(text, "person")) if query.wants_kind == "person" else (lambda text: False)
    return next((texts[i] for i in _about_as_close(similarities)
                 if leaves_open(texts[i]) and _stem_in(query.choice, texts[i].lower()) and not naming(texts[i])), "")


def asked_and_left_open(query: Query, texts: list[str], similarities: np.ndarray, kinds: np.ndarray | None = None,
                        names: str = "") -> str:
    """The reply, when a sentence about as close as the closest (within `ASKED_MARGIN`) reports the
    question put in the meeting in the user's form ("Councillor Astley asked when the western hides
    would open again." for "When are the bird hides opening again?") and the reply after it leaves
    it open ("...this was not yet known"); else "". The minutes record the question asked and not
    answered. Not when another sentence that close could answer: one holding the words of the user's
    question that the question put lacks (beyond the item's `names`: its heading, title, council) and
    giving the kind asked (`kinds`: a date for "When...?"). Asked "Will the play area have a zip
    wire?", "Councillor Trewin asked whether there would be toilets" is another question, and "a new
    play area with a zip wire" answers."""
    if not texts or not np.isfinite(similarities.max()):
        return ""
    close = _about_as_close(similarities)
    near = _about_as_close(similarities, ASKED_MARGIN)
    for i in range(len(texts)):
        if not (i in near or _shares_the_words(query, texts[i])):
            continue
        if not (i + 1 < len(texts) and asks_the_same(query.text, texts[i]) and leaves_open(texts[i + 1])):
            continue
        unasked = [t for t in query.terms if not _stem_in(t, f"{texts[i]} {names}".lower())]
        if unasked and any(all(_stem_in(t, texts[j].lower()) for t in unasked) and (kinds is None or kinds[j])
                           for j in close if j not in (i, i + 1)):
            continue
        return texts[i + 1]
    return ""


def _shares_the_words(query: Query, sentence: str) -> bool:
    """True when the sentence holds most (two at least) of the question's words that are not names: the
    question put in the meeting is about the user's, though other sentences of the item are closer."""
    names = {w.lower() for name in query.names for w in name.split()}
    words = [t for t in query.terms if t not in names]
    shared = sum(_stem_in(t, sentence.lower()) for t in words)
    return shared >= 2 and 2 * shared >= len(words)


def _names_of(hit: Hit) -> str:
    return " ".join(part for part in (hit.heading, hit.title, hit.context, hit.council, hit.committee) if part)


def _read_together(hits: list[Hit]) -> tuple[list[str], np.ndarray, np.ndarray | None]:
    """The sentences of these hits, their similarities and the kinds they give, as one passage."""
    read = [h.read for h in hits if h.read is not None and h.read.texts]
    if not read:
        return [], np.zeros(0), None
    texts = [t for r in read for t in r.texts]
    kinds = None if read[0].kinds is None else np.concatenate([r.kinds for r in read])
    return texts, np.concatenate([r.similarities for r in read]), kinds


def search(store: Store, embedder: Embedder, question: str | Query, filters: Filters | None = None,
           k: int = 5, config: Settings = DEFAULT, weights: dict[str, float] | None = None) -> list[Hit]:
    """The k best passages for a question, each with its answering sentences marked.

    `weights` are the query terms' IDF (`term_weights`), computed here when not given.
    """
    query = question if isinstance(question, Query) else parse_query(question)
    if not query.text.strip():
        return []
    if weights is None:
        weights = query_weights(store, query)
    qvec = query.vector if query.vector is not None else embedder.embed([query.text])[0]
    bm25, dense = first_searches(store, keyword_match(query, config, weights), qvec, filters, config)
    layout = store.layout(list(set(bm25) | set(dense))) if config.method == "hybrid" else {}
    transcripts = store.transcripts(doc for doc, _, _ in layout.values())
    scores = first_stage(bm25, dense, layout, config, transcripts.__contains__)
    ranked = store.hits(sorted(scores.items(), key=lambda kv: -kv[1])[: config.rerank_top])
    ranked = mark_sentences(ranked, qvec, store, config, query, weights)
    return diversify(ranked, k)


def first_searches(store: Store, match: str, qvec: np.ndarray, filters: Filters | None,
                   config: Settings) -> tuple[dict[int, float], dict[int, float]]:
    """The keyword and the vector candidates, searched at the same time when both are wanted.

    SQLite and FAISS both release the GIL while they search, so on two cores a question
    waits for the slower of the two rather than their sum (at 1M passages, 70 and 20 ms).
    The vector search runs in a worker thread; a filter's mask, which both need, is read
    once (`PerVersion` makes the second search wait for the first's).
    """
    def keyword() -> dict[int, float]:
        return dict(store.fts_search(match, filters, config.candidates,
                                     (config.heading_weight, config.context_weight))) if match else {}

    if config.method == "bm25":
        return keyword(), {}
    if not match:
        return {}, dict(store.vector_search(qvec, filters, config.candidates))
    vector = _beside().submit(store.vector_search, qvec, filters, config.candidates)
    try:
        bm25 = keyword()
    except BaseException:
        wait([vector])        # the store may be closed once this returns: let the search finish first
        raise
    return bm25, dict(vector.result())


@lru_cache(maxsize=1)
def _beside() -> ThreadPoolExecutor:
    """The threads that run vector searches beside keyword searches (one per question at a time)."""
    return ThreadPoolExecutor(max_workers=max(4, 2 * (os.cpu_count() or 1)), thread_name_prefix="vector-search")


if hasattr(os, "register_at_fork"):      # a forked child has none of the parent's threads: a pool of its own
    os.register_at_fork(after_in_child=_beside.cache_clear)


def keyword_match(query: Query, config: Settings, weights: dict[str, float] | None = None) -> str:
    """The FTS5 expression for the question, as `keyword_query` says to build it.

    With the terms' `weights`, terms that score nothing are left out (`weightless_terms`).
    """
    if config.keyword_query == "words":
        return match_expression(query.text)
    dropped = set(weightless_terms(weights or {}))
    if dropped and set(query.terms) - dropped:
        query = replace(query, terms=[t for t in query.terms if t not in dropped])
    return fts_expression(query, phrases=config.keyword_query == "phrases")


def weightless_terms(weights: dict[str, float]) -> list[str]:
    """Terms in half the passages or more (IDF weight at most log 2, see `term_weights`).

    FTS5's BM25 gives such a term an IDF of 1e-6, so it adds nothing to any passage's
    score; searching for it only adds matches (most of the index) to score and sort.
    """
    return [t for t, w in weights.items() if w <= WEIGHTLESS]


WEIGHTLESS = math.log(2)


def first_stage(bm25: dict[int, float], dense: dict[int, float],
                layout: dict[int, tuple[str, int | None, int | None]], config: Settings,
                is_transcript: Callable[[str], bool]) -> dict[int, float]:
    """Candidate scores: BM25 and dense fused, then smoothed over transcript neighbours."""
    if config.method == "bm25":
        return _max_normalise(bm25)
    if config.method == "dense":
        return dense
    return with_surroundings(fuse(bm25, dense, config.bm25_weight), layout, config, is_transcript)


@dataclass(frozen=True)
class Evidence:
    """What the second stage reads of one passage."""

    best_sentence: float   # similarity of its sentence closest to the question
    coverage: float        # IDF-weighted share of the question's terms it contains


def passage_evidence(hit: Hit, similarities: np.ndarray, weights: dict[str, float]) -> Evidence:
    best = float(similarities.max()) if len(similarities) else 0.0
    return Evidence(best, term_coverage(weights, [hit.text, hit.heading or "", hit.context or ""]))


def second_stage(first: float, evidence: Evidence, config: Settings) -> float:
    """The final score: the first-stage score blended with how directly the passage answers."""
    if config.method != "hybrid":
        return first
    blended = (1 - config.sentence_weight) * first + config.sentence_weight * evidence.best_sentence
    return blended + config.coverage_weight * evidence.coverage


def with_surroundings(scores: dict[int, float], layout: dict[int, tuple[str, int | None, int | None]],
                      config: Settings, is_transcript: Callable[[str], bool] = lambda doc_id: True
                      ) -> dict[int, float]:
    """In transcripts, add to each passage a share of its neighbours' mean score.

    A debate runs over several turns, so a passage between two that match is likely part
    of the answer. Minutes are not smoothed: each recorded paragraph stands on its own.
    `layout` maps passage id to (document, previous passage id, next passage id), with
    neighbours within the same agenda item. No bonus is given for the document as a
    whole: that would crowd out the other councils in a comparison.
    """
    smoothed = {}
    for pid, (doc_id, before, after) in layout.items():
        if not is_transcript(doc_id):
            if pid in scores:
                smoothed[pid] = scores[pid]
            continue
        around = (scores.get(before, 0.0) + scores.get(after, 0.0)) / 2
        smoothed[pid] = scores.get(pid, 0.0) + config.neighbour_weight * around
    return smoothed


def mark_sentences(hits: list[Hit], qvec: np.ndarray, store: Store, config: Settings,
                   query: Query, weights: dict[str, float]) -> list[Hit]:
    """Score each passage's sentences against the query; mark the best; blend into the score.

    The passage's score becomes a blend of its first-stage score and its best sentence's
    similarity, plus a share for how many of the question's rarer terms it holds.
    """
    stored = store.sentence_vectors([h.passage_id for h in hits])
    for hit in hits:
        spans, vectors = stored.get(hit.passage_id, ([], np.zeros((0, len(qvec)), dtype=np.float32)))
        sims = vectors @ qvec
        texts = [hit.text[s - hit.start:e - hit.start] for s, e in spans]
        scores = sims + config.sentence_term_weight * np.array([term_share(query.terms, t) for t in texts])
        kinds = answer_kinds(query, texts)
        if kinds is not None:
            scores = scores + config.answer_kind_weight * _kind_emphasis(query) * kinds
            hit.kind_evidence = float(sims[kinds > 0].max()) if kinds.any() else 0.0
        evidence = passage_evidence(hit, sims, weights)
        hit.evidence = evidence.best_sentence
        hit.answer_evidence = answer_evidence(texts, sims)
        names = np.array([only_names(t, line_of(hit, spans[i])) or repeats_the_heading(t, hit.heading)
                          for i, t in enumerate(texts)], dtype=bool)
        hit.read = SentenceReading(texts, np.where(names, -np.inf, sims), kinds)
        # A question put in the meeting is worded like the user's question but does not answer it,
        # and an item's title or the venue only names the business, so they are marked only when
        # the passage has nothing else. They still count for ranking.
        told = [i for i, t in enumerate(texts) if not is_question(t) and not names[i]] or list(range(len(texts)))
        top = max((scores[i] for i in told), default=0.0)
        order = [i for i in sorted(told, key=lambda i: -scores[i])[:3] if scores[i] >= top - MARK_MARGIN]
        figure = _figure_beside(query, order, kinds, told)
        hit.sentences = [spans[i] for i in order + figure]
        hit.sentence_scores = [float(scores[i]) for i in order] + [float(top) for _ in figure]   # quoted with the best
        hit.score = second_stage(hit.score, evidence, config)
        hit.missing = missing_terms(query.terms, hit)
    return sorted(hits, key=lambda h: -h.score)


def _figure_beside(query: Query, marked: list[int], kinds: np.ndarray | None, told: list[int]) -> list[int]:
    """The sentence right after or before a marked one, with that marked one, when the question asks how many
    voted and no marked sentence gives a figure but that one does: a vote's count follows its motion ("It was
    moved that Councillor X be elected Chairman." / "The motion was carried with 87 for, none against.") and
    comes before what followed it. It is quoted beside the best sentence, being what was asked. (Any figure beside
    any marked sentence would be too loose: "Three members of the public spoke" is no petition's count.)"""
    if not asks_vote_count(query.text) or kinds is None or any(kinds[i] for i in marked):
        return []
    return next(([j] for i in marked for j in (i + 1, i - 1) if j in told and kinds[j]), [])


def _kind_emphasis(query: Query) -> float:
    """How much a sentence giving the kind asked is preferred: twice as much for a firm or whoever does
    the work ("Which company...?", "Who is building...?"), whose answer names the firm in a plain sentence
    while the item's opening shares all the question's words."""
    return 2.0 if query.wants_kind in ("firm", "doer", "funder") else 1.0


def answer_evidence(texts: list[str], similarities: np.ndarray) -> float:
    """The best similarity of a sentence that could answer.

    A sentence saying the fact is not known yet ("the outcome was awaited") is about the subject
    but cannot answer. A question put in the meeting stands for its exchange only when the
    sentence after it, the reply, states something: "Councillor Hale asked whether lesson prices
    would rise. Officers said they were frozen for two years." counts; followed by "She would
    reply in writing." or by nothing, it does not."""
    def counts(i: int) -> bool:
        if reports_question(texts[i]):
            return i + 1 < len(texts) and can_answer(texts[i + 1])
        return can_answer(texts[i])
    return max((float(similarities[i]) for i in range(len(texts)) if counts(i)), default=0.0)


def fact_left_open(query: Query, texts: list[str], similarities: np.ndarray, kinds: np.ndarray | None) -> str:
    """The sentence saying the fact the question asks for is not known yet, else "": the closest
    (`closest_leaves_open`), or for a yes or no one about as close that leaves the outcome open.
    `similarities` leave out (-inf) the sentences that only name the business."""
    if query.checked_kind in ("figure", "date"):
        return closest_leaves_open(texts, similarities, kinds, query.checked_kind)
    found = closest_leaves_open(texts, similarities, kind="statement" if query.said else None)
    if found and query.wants_kind not in (None, "date") and names_kind(found, "date"):
        found = ""     # "could not yet set a start date" leaves the date open, not who pays or who builds
    if found and query.wants_kind == "person" and gives_kind(found, "person"):
        found = ""     # "Councillor Boad (Chairman) ... the emergency procedure will be announced" names who
    # a decision or a recommendation may be the very thing left open
    acts = [act for act in query.acts if act not in (DECISION_RECORDED, RECOMMENDATION_RECORDED)]
    if found and acts and all(any(act.search(t) for t in texts) for act in acts):
        found = ""     # "It was moved by X and seconded by Y that ...": what is left open is not the act asked
    if not found and (query.said or query.found):
        found = closest_still_to_come(texts, similarities, query.events, query.found)
    if not found and query.yes_no:
        decided = np.array([gives_kind(t, "decision") and not leaves_open(t) for t in texts])
        found = open_nearby(texts, similarities, "outcome", decided)
    return found


def closest_leaves_open(texts: list[str], similarities: np.ndarray, kinds: np.ndarray | None = None,
                        kind: str | None = None) -> str:
    """The sentence closest to the question when it says the fact is not known yet, else "": "the date of
    reopening to be announced", "the Director did not have the figure with him". The minutes then
    speak to the question and record that they do not hold its answer. A question put in the
    meeting stands for the reply after it. An item's title only names the business: its
    similarity is given as -inf, so it is never the closest.

    For a figure or a date (`kind`, with `kinds` marking the sentences that give one), the open
    sentence must not give one itself ("income reached £412,000, and the number of tickets sold
    would be confirmed"); it must speak of that kind ("the start date would be confirmed"), or no
    sentence about as close (within `MARK_MARGIN`) may give one: "the number of homes would be
    confirmed" leaves a date given beside it open to answer "From what date...?". For what someone
    said (`kind` "statement", no `kinds`) it must speak of what was said: "their comments had not
    come back", not "the proposal would be decided by Cabinet"."""
    if not texts:
        return ""
    best = int(np.argmax(similarities))
    deciding = best + 1 if reports_question(texts[best]) and best + 1 < len(texts) else best
    found = _left_open_about(texts, similarities, best, deciding, kinds, kind)
    if found or kind is None:
        return found
    return open_nearby(texts, similarities, kind, kinds)


def closest_still_to_come(texts: list[str], similarities: np.ndarray, events: list[re.Pattern] = (),
                          found: bool = False) -> str:
    """A sentence about as close as the closest (within `MARK_MARGIN`) to a question after what was
    found or said, when it announces the inspection, survey or consultation as still to come
    ("Historic England is due to inspect the board in July"), and no sentence that close says what
    was found; else "". A question put in the meeting that close stands for the reply after it.
    When the question names the event (`events`: "the survey", "inspecting"), the sentence must name
    it too: a bat survey still to come says nothing of an inspection of the lock gates. Asked what
    was found (`found`), someone's words announcing the survey count too."""
    if not texts or not np.isfinite(similarities.max()):
        return ""
    close = _about_as_close(similarities)
    close = list(dict.fromkeys(j for i in close for j in ((i, i + 1) if reports_question(texts[i])
                                                         and i + 1 < len(texts) else (i,))))
    if any(states_a_finding(texts[i]) and (not events or any(event.search(texts[i]) for event in events))
           for i in close):   # what another survey found ("the walls had been surveyed and found sound") is not it
        return ""
    return next((texts[i] for i in close if still_to_come(texts[i], speech_answers=not found)
                 and (not events or any(event.search(texts[i]) for event in events))), "")


def open_nearby(texts: list[str], similarities: np.ndarray, kind: str, settled: np.ndarray | None = None) -> str:
    """A sentence about as close as the closest (within `MARK_MARGIN`) that leaves open the very kind
    of fact asked for ("no date could be given", "a decision on the bid is not expected until the new
    year"), unless a sentence that close settles it (`settled`: gives the figure or date, records
    the decision)."""
    if not texts:
        return ""
    close = _about_as_close(similarities)
    if settled is not None and any(settled[i] for i in close):
        return ""
    return next((texts[i] for i in close if leaves_open(texts[i]) and names_kind(texts[i], kind)), "")


def _about_as_close(similarities: np.ndarray, margin: float = MARK_MARGIN) -> list[int]:
    """Indexes of the sentences within `margin` of the closest, closest first."""
    best = float(similarities.max())
    return [i for i in np.argsort(-similarities) if similarities[i] >= best - margin]


def _left_open_about(texts, similarities, best, deciding, kinds, kind) -> str:
    sentence = texts[deciding]
    if not leaves_open(sentence):
        return ""
    if kinds is None:
        return sentence if kind is None or names_kind(sentence, kind) else ""
    if kinds[deciding]:                 # it gives the figure or date asked for
        return ""
    if names_kind(sentence, kind):
        return sentence
    close = similarities >= similarities[best] - MARK_MARGIN
    return "" if (kinds[close] > 0).any() else sentence


def missing_terms(terms: list[str], hit: Hit) -> list[str]:
    """The question's words found nowhere in the passage or what it is cited by, in question order.

    Shown beside the passage ("Missing: seconded") so a reader sees at once when a passage
    is about the right business but does not say what was asked (who seconded, how many).
    Words matched by their stem, as for coverage: "signed" is found in "signatures".
    """
    joined = f"{hit.text} {_names_of(hit)}".lower()
    return [t for t in terms if not _stem_in(t, joined)]


def never_mentioned(words: tuple[str, ...], documents: list[str]) -> str:
    """The first of a feature's words ("floodlights") that none of the documents mentions in any form
    ("floodlight", "floodlighting"; "café" is "cafe"), else "". A yes or no about a feature the minutes
    never mention is a near miss however close the rest of the question is."""
    folded = [_fold(text) for text in documents]
    return next((word for word in words
                 if not any(re.search(rf"\b{re.escape(word_root(_fold(word)))}", text) for text in folded)), "")


def reference_unmentioned(references: list[str], texts: list[str]) -> str:
    """The first reference ("MA/09/0536") that none of the texts gives, written with any separators
    ("MA 09 0536", "MA/09/0536/FUL"), or with the letter O typed for a nought ("LAO5/2016/0542F"), else "".
    Minutes cite an application by its reference: closest passages that never give it are about another
    application."""
    compact = [_compact_reference(text) for text in texts]
    return next((ref for ref in references if not any(_compact_reference(ref) in text for text in compact)), "")


def _compact_reference(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(text)).replace("o", "0")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def word_root(word: str) -> str:
    """A word without its ending: "floodlights" → "floodlight", "charging" → "charg", "cycle" → "cycl"."""
    for ending in ("ings", "ing", "ies", "ied", "es", "ed", "er", "ly", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def answer_kinds(query: Query, texts: list[str]) -> np.ndarray | None:
    """1.0 for each sentence that gives the kind of answer the question asks for, else 0.0;
    None when it asks for no particular kind."""
    if query.wants_figure:
        return np.array([gives_figure(query, t) for t in texts], dtype=float)
    if query.wants_kind:
        return np.array([gives_kind(t, query.wants_kind) for t in texts], dtype=float)
    return None


def gives_figure(query: Query, text: str) -> bool:
    """Whether the text gives the figure the question asks for: money, a share, an amount in its units or a
    count (not money) of the thing asked ("47 dwellings" for "How many homes"), at the rate asked if one is
    ("per kWh", "a year")."""
    text = _numbers_asked_about(query.text).sub(" ", text)   # "How many signed the 20mph petition?": not "20 mph"
    if query.wants_count and asks_attendance(query.text) and ATTENDANCE_RECORDED.search(text):
        return True   # "How many sent apologies?": the minutes name them ("from Councillors Dahdouh, Hill and Luff")
    return ((has_figure(text, query.wants_money, query.wants_share, query.wants_amount, query.wants_count)
             or query.wants_count and states_a_run(query.text, text))
            and (query.counted is None or query.counted.search(text) is not None)
            and (query.rate is None or query.rate.search(text) is not None) and (not query.price or has_price(text)))


@lru_cache(maxsize=256)
def _numbers_asked_about(question: str) -> re.Pattern:
    """The numbers the question itself gives: the figure asked for is not one of them."""
    numbers = sorted(set(re.findall(r"\d+(?:[.,]\d+)*", question)), key=len, reverse=True)
    # with its currency and scale: "£5 million" asked is no figure given, nor is what is left of it
    return re.compile(r"(?:[£$€]\s*)?(?<![\d.,])(?:" + "|".join(map(re.escape, numbers)) + r")(?![\d]|[.,]\d)"
                      r"(?:\s*(?:million|billion|bn|m|k)\b)?" if numbers else r"(?!)", re.I)


def term_share(terms: list[str], text: str) -> float:
    """Share of the query's terms that occur in a sentence."""
    if not terms:
        return 0.0
    lowered = text.lower()
    return sum(_stem_in(t, lowered) for t in terms) / len(terms)
