"""The commitments register: what was promised, by whom, by when, and whether it came back.

Built on the commitments extracted at ingest (`Store.commitments`):

- `follow_ups`: later minutes of the same council that return to a commitment's subject;
- `is_promise_question` / `register_hits`: questions about promises answered from the
  register, as cited `Hit`s whose marked sentence is the commitment itself;
- `select`, `commitment_row`, `write_csv`: the filtered register as rows and CSV, shared
  by the CLI and the web app.

Everything here reads through an `Assistant` (its store's read methods, its embedder and
`search`), so it can move onto `Assistant` as thin methods without changing.
"""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable, Iterable, TextIO

import numpy as np

from . import validate
from .commitments import commitment_subject, is_procedural, with_aliases  # noqa: F401 (used as register.*)
from .dates import date_bounds
from .models import Commitment, CommitmentScope, Filters, Hit, format_citation
from .spreadsheet import spreadsheet_safe
from .query import parse_query

if TYPE_CHECKING:
    from .core import Assistant

# ------------------------------------------------------------------ follow-ups

FOLLOW_UP_EVIDENCE = 0.5        # best-sentence similarity a follow-up needs when it shares a subject word
FOLLOW_UP_EVIDENCE_BARE = 0.6   # ... and when the subject has no specific word to share
FOLLOW_UP_CANDIDATES = 4        # search k * this many passages before filtering
# Subject words too common in minutes to show, alone, that a passage returns to a promise.
GENERIC_SUBJECT = frozenset("""
report reports update updates information details data briefing service services paper session item
items matter matters issue issues presentation children young people work plan position progress
figures numbers review""".split())


def follow_ups(assistant: "Assistant", commitment: Commitment, k: int = 3) -> list[Hit]:
    """Passages of later minutes of the same council that return to the commitment's subject.

    At most one passage per document, best first; none when the commitment's council or
    meeting date is unknown (a follow-up has to be recognisably later and from the same body).
    """
    date_from = day_after(commitment.meeting_date)
    if not commitment.council or date_from is None:
        return []
    subject = commitment_subject(commitment)
    filters = Filters(council=commitment.council, date_from=date_from)
    question = f"{subject} {commitment.text}".strip()[:assistant.limits.max_question_chars]
    hits = assistant.search(question, k=k * FOLLOW_UP_CANDIDATES, filters=filters)
    kept = [h for h in hits if is_later(h, commitment) and returns_to(h, subject)]
    return _one_per_document(kept)[:k]


def day_after(meeting_date: str | None) -> str | None:
    """The first day after a (partial) meeting date: "2021-03-03" -> "2021-03-04", "2020-07" -> "2020-08-01"."""
    bounds = date_bounds(meeting_date)
    if bounds is None:
        return None
    return (date.fromisoformat(bounds[1]) + timedelta(days=1)).isoformat()


def is_later(hit: Hit, commitment: Commitment) -> bool:
    """Another document of the same council, certainly dated after the commitment's meeting."""
    mine, theirs = date_bounds(commitment.meeting_date), date_bounds(hit.meeting_date)
    if mine is None or theirs is None or hit.doc_id == commitment.doc_id:
        return False
    return _same(hit.council, commitment.council) and theirs[0] > mine[1]


def returns_to(hit: Hit, subject: str) -> bool:
    """Whether a passage plausibly returns to the subject: close in meaning, sharing a specific word."""
    specific = [w for w in subject.split() if w not in GENERIC_SUBJECT]
    if not specific:
        return hit.evidence >= FOLLOW_UP_EVIDENCE_BARE
    return hit.evidence >= FOLLOW_UP_EVIDENCE and mentions_any(hit.text, specific)


def mentions_any(text: str, words: Iterable[str]) -> bool:
    """Any of `words` in `text`, allowing a changed ending ("retention" ~ "retained")."""
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(w[:max(4, len(w) - 3)])}", lowered) for w in words)


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.lower().split()) == " ".join(b.lower().split())


def _one_per_document(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    kept = []
    for hit in hits:
        if hit.doc_id not in seen:
            seen.add(hit.doc_id)
            kept.append(hit)
    return kept


# ------------------------------------------------------------------ questions about promises

_PROMISE_CUES = (
    r"\bpromis\w*", r"\bpledg\w*", r"\bagree(?:d|s|ing)?\s+to\b", r"\bundert(?:ook|ake|aken|akes|aking|akings?)\b",
    r"\bcommit(?:s|ted|ting|ments?)?\b",                       # not "committee"
    r"\b(?:bring|brings|brought|come|came|report|reported|feed|fed)\s+back\b",
    r"\bactions?\b(?!\s+plans?\b)",                          # not "the action plan"
    r"\basked\s+(?:the\s+)?(?:officers?|director|dcs|head|cabinet\s+member|[\w-]+\s+director)\b[\w\s]{0,40}?\bto\b",
    r"\bresol(?:ve|ves|ved|ution|utions)\b", r"\b(?:ask|asked|asking)\s+for\b", r"\brequested\b",
    r"\bfollow(?:ed|ing)?[\s-]+up\b", r"\boutstanding\s+(?:items|actions)\b",
    r"\b(?:said|agreed|confirmed)\s+(?:that\s+)?(?:they|she|he|officers?)\s+would\b",
)
_PROMISE_QUESTION = re.compile("|".join(_PROMISE_CUES), re.IGNORECASE)


def is_promise_question(question: str) -> bool:
    """Whether a question asks about promises, commitments, actions or resolutions."""
    return bool(_PROMISE_QUESTION.search(question or ""))


# ------------------------------------------------------------------ answering from the register

KIND_BONUS = 0.15       # added to the similarity of a commitment of the kind the question asks about
FLOOR_GENERAL = 0.2     # least similarity for "what did officers promise?" (no subject named)
FLOOR_TOPICAL = 0.35    # least similarity when the question names a subject ...
TOPICAL_MARGIN = 0.15   # ... and at most this far below the best match

# Roles and people a question can name; "officers" and "members" name no one in particular.
_ROLE = re.compile(
    r"\b(?:assistant\s+director|director|head\s+of\s+[a-z]+|chief\s+executive|cabinet\s+member|"
    r"portfolio\s+holder|lead\s+member|leader|chair(?:man|woman|person)?|advis[eo]r|manager|"
    r"dcs|cmr|dass|dph|(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+[a-z]+)\b", re.IGNORECASE)
_COUNCIL_GENERIC = frozenset(
    "council county borough city district metropolitan london royal the and of".split())
KIND_CUES = {
    "report back": re.compile(r"\b(?:bring|brings|brought|come|came|report|reported|feed|fed)\s+(?:\w+\s+)?back\b"
                              r"|\breturn(?:ed)?\s+to\s+the\s+(?:committee|panel)\b", re.I),
    "information requested": re.compile(r"\b(?:information|briefings?|request(?:ed|s)?|asked\s+for|"
                                        r"kept\s+(?:informed|up\s+to\s+date))\b", re.I),
    "resolution": re.compile(r"\b(?:resol(?:ve|ves|ved|utions?)|decid\w*|decisions?)\b", re.I),
    "action": re.compile(r"\b(?:actions?|agree(?:d)?\s+to\s+do|undert(?:ook|ake))\b", re.I),
}
# Words that say a question is about promises rather than what they are about.
_CUE_WORDS = frozenset("""
promise promised promises promising pledge pledged agree agreed agrees undertake undertook undertaken
commit committed commitment commitments bring brought back come came report reported reports action
actions ask asked request requested requests resolve resolves resolved resolution resolutions decide
decided decision decisions follow follow-up up do done
officer officers director directors member members committee panel board council cabinet chair head
we our they he she who said confirm confirmed would will going deliver delivered information briefing
outstanding feed fed kept informed
""".split())


def register_hits(assistant: "Assistant", question: str, filters: Filters | None = None,
                  k: int = 5) -> list[Hit]:
    """Commitments answering a question about promises, as cited hits, best first.

    Each hit is the passage holding a commitment, with that commitment as its marked
    sentence (document offsets), `evidence` = the commitment's similarity to the question
    and `score` = `sentence_scores[0]` = that plus the kind bonus. A question naming a role
    ("the Director") keeps only that role's commitments.

    The register is searched (`SearchBackend.register_search`), not read: the nearest
    commitments are ranked (`_Rules`) until the first k hits are certain,
    then the commitments of those hits' documents are read to fold into them, so the hits
    are those of ranking every commitment.
    """
    store = assistant.store
    if k <= 0:
        return []
    # the councils the question names that have commitments in the register, within the filters
    councils = {council for council in councils_asked(question, store.distinct("council"))
                if store.register_count(CommitmentScope(filters, frozenset({council})))}
    scope = CommitmentScope(filters, frozenset(councils))
    owners = owners_asked(question, lambda name: store.register_count(replace(scope, owners=(name,))) > 0)
    if owners:
        scope = replace(scope, owners=tuple(owners))
    total = store.register_count(scope)
    if not total:
        return []
    query = assistant.embedder.embed([question])[0]
    ignore = set(" ".join(owners).split()) | {w for c in councils for w in council_words(c)}
    found = store.register_search(query, scope, min(total, FIRST_LOOK * k))
    if not found:
        return []
    rules = _Rules(question, found[0][1], ignore, named_owner=bool(owners))
    hits, last = _first_hits_certain(assistant, query, scope, rules, found, total, k)
    if last is None:
        return hits[:k]
    return _fold_the_rest(assistant, query, replace(scope, doc_ids=frozenset(h.doc_id for h in hits[:k])),
                          rules, hits, last)[:k]


def _first_hits_certain(assistant: "Assistant", query, scope: CommitmentScope, rules: "_Rules",
                        found: list[tuple[int, float]], total: int, k: int) -> tuple[list[Hit], tuple | None]:
    """The first k hits and the order key of the last commitment they took (None: fewer than k
    hits in all), looking four times further while those found leave them uncertain."""
    store = assistant.store
    while True:
        limit = len(found)
        # complete: no commitment not yet seen can rank (there are none, or all are under the floor)
        complete = limit >= total or rules.below_floor(found[-1][1])
        ranked = rules.rank(store.commitments_by_id([i for i, _ in found]), found)
        hits, last = _first_hits(assistant, ranked if complete else rules.certain(ranked, below=found[-1][1]), k)
        if last is not None or complete:
            return hits, last
        found = store.register_search(query, scope, min(total, limit * 4))
        if len(found) <= limit:         # an approximate index has no more to give
            return _first_hits(assistant, rules.rank(store.commitments_by_id([i for i, _ in found]), found), k)


def _fold_the_rest(assistant: "Assistant", query, same_documents: CommitmentScope, rules: "_Rules",
                   hits: list[Hit], last: tuple) -> list[Hit]:
    """After the k-th hit only the commitments of the hits' documents can still change them (a
    second commitment of a passage is marked in it): those ranked after `last`, in order."""
    store = assistant.store
    found = store.register_search(query, same_documents, store.register_count(same_documents))
    for key, commitment, sim, score in rules.rank(store.commitments_by_id([i for i, _ in found]), found):
        if key > last:
            hits = _fold(assistant, hits, commitment, sim, score)
    return hits


FIRST_LOOK = 16         # commitments ranked at first per hit asked for; four times more while the first k are not certain
_ROUNDING = 1e-5        # FAISS and NumPy may order two nearly equal similarities differently


class _Rules:
    """How one question ranks commitments: score = similarity + a bonus when the commitment is of
    a kind the question asks about, best first, above a floor. A question with a subject ("about
    the LiquidLogic data") needs close matches and keeps only those near the best; a general one
    ("what did officers promise?") a looser floor; one that only names an owner ("what did
    Andrea Clarke agree?") takes all theirs."""

    def __init__(self, question: str, best: float, ignore: Iterable[str], named_owner: bool):
        self.kinds = kinds_asked(question)
        floor = 0.0 if named_owner else FLOOR_GENERAL
        if topic_words(question, ignore):
            floor = max(FLOOR_TOPICAL, float(np.float32(best)) - TOPICAL_MARGIN)
        self.floor = np.float32(floor)        # compared as NumPy compares a float32 array with it
        self.bonus = KIND_BONUS if self.kinds else 0.0

    def rank(self, commitments: dict[int, Commitment], found: list[tuple[int, float]]) -> list[tuple]:
        """(order key, commitment, similarity, score) above the floor, in ranking order: best score
        first, ties in the register's order (council, meeting, document, place)."""
        ranked = []
        for commitment_id, sim in found:
            commitment = commitments.get(commitment_id)
            if commitment is None or not np.float32(sim) >= self.floor:
                continue
            score = sim + (KIND_BONUS if commitment.kind in self.kinds else 0.0)
            ranked.append(((-score, *register_order(commitment), commitment_id), commitment, sim, score))
        return sorted(ranked, key=lambda item: item[0])

    def certain(self, ranked: list[tuple], below: float) -> list[tuple]:
        """The start of `ranked` that no commitment not yet seen (similarity at most `below`) can precede."""
        bound = below + self.bonus + _ROUNDING
        return [item for item in ranked if item[3] > bound]

    def below_floor(self, similarity: float) -> bool:
        """Whether a commitment this similar, or less, is under the floor (so none not yet seen counts)."""
        return similarity + _ROUNDING < float(self.floor)


def register_order(commitment: Commitment) -> tuple:
    """Where a commitment comes in the register (`Store.commitments`: council, meeting date, document, place;
    unknown council or date first)."""
    bounds = date_bounds(commitment.meeting_date)
    start = bounds[0] if bounds else None
    return (commitment.council is not None, commitment.council or "", start is not None, start or "",
            commitment.doc_id, commitment.start)


def _first_hits(assistant: "Assistant", ranked: list[tuple], k: int) -> tuple[list[Hit], tuple | None]:
    """Hits from `ranked` until there are k; and the order key of the last commitment taken then
    (None when `ranked` ran out first)."""
    hits: list[Hit] = []
    last = None
    for key, commitment, sim, score in ranked:
        if len(hits) >= k:
            return hits, last
        hits, last = _fold(assistant, hits, commitment, sim, score), key
    return hits, (last if len(hits) >= k else None)


def _fold(assistant: "Assistant", hits: list[Hit], commitment: Commitment, sim: float, score: float) -> list[Hit]:
    hit = commitment_hit(assistant, commitment)
    if hit is None:
        return hits
    return _add_hit(hits, replace(hit, score=score, evidence=sim, sentence_scores=[score]))


def owners_asked(question: str, is_owner: Callable[[str], bool]) -> list[str]:
    """Roles and names a question asks about, lower case: "the Director" -> ["director"].

    A role word always counts; a capitalised name ("Andrea Clarke") only when it is some
    commitment's owner (`is_owner`), since it may as well name a council or a board.
    """
    roles = [" ".join(m.group(0).lower().split()) for m in _ROLE.finditer(question or "")]
    names = [name.lower() for name in parse_query(question or "").phrases]
    names = [n for n in names if is_owner(n)]
    return list(dict.fromkeys(roles + names))


def owner_matches(commitment: Commitment, roles: list[str]) -> bool:
    """Whether the commitment is owned by one of `roles` (its text stands in when no owner is known)."""
    expanded = with_aliases(commitment.owner or commitment.text)
    return any(role in expanded for role in roles)


def councils_asked(question: str, councils: Iterable[str]) -> set[str]:
    """Councils of the register that a question names ("What did Medway promise?")."""
    words = set(re.findall(r"[a-z]+", (question or "").lower()))
    return {council for council in set(councils) if council and words & set(council_words(council))}


def council_words(council: str) -> list[str]:
    """The distinctive words of a council's name: "Wirral Council" -> ["wirral"]."""
    return [w for w in re.findall(r"[a-z]+", council.lower()) if len(w) > 2 and w not in _COUNCIL_GENERIC]


def owned_by(items: list[Commitment], roles: list[str]) -> list[Commitment]:
    return [c for c in items if owner_matches(c, roles)] if roles else items


def kinds_asked(question: str) -> list[str]:
    """The commitment kinds a question's wording points at ("bring back" -> "report back")."""
    return [kind for kind, cue in KIND_CUES.items() if cue.search(question or "")]


def topic_words(question: str, ignore: Iterable[str] = ()) -> list[str]:
    """What a promise question is about, once the promise wording (and `ignore`) is set aside:
    "What did we promise about the LiquidLogic data?" -> ["liquidlogic", "data"]."""
    skip = _CUE_WORDS | set(ignore)
    return [t for t in parse_query(question or "").terms if t not in skip and not _ROLE.fullmatch(t)]


def commitment_hit(assistant: "Assistant", commitment: Commitment) -> Hit | None:
    """The passage holding a commitment, marked at the commitment, widened to hold all of it."""
    hit = assistant.store.passage_at(commitment.doc_id, commitment.start, commitment.end)
    if hit is None:
        return None
    if commitment.start < hit.start or commitment.end > hit.end:
        text = assistant.store.document_text(commitment.doc_id) or ""
        start, end = min(hit.start, commitment.start), max(hit.end, commitment.end)
        page, last_page = assistant.store.page_range(commitment.doc_id, start, end)
        hit = replace(hit, text=text[start:end], start=start, end=end, page=page, last_page=last_page)
    return replace(hit, sentences=[(commitment.start, commitment.end)], sentence_scores=[hit.score])


def merge_hits(first: list[Hit], then: list[Hit], k: int | None = None) -> list[Hit]:
    """`first` (register hits), then `then` (search hits) whose passages are not already in, at most k."""
    seen = {h.passage_id for h in first}
    merged = [*first, *(h for h in then if h.passage_id not in seen)]
    return merged if k is None else merged[:k]


def _add_hit(hits: list[Hit], hit: Hit) -> list[Hit]:
    """Append, or fold a second commitment of the same passage into the first as another sentence."""
    for i, other in enumerate(hits):
        if other.passage_id == hit.passage_id and other.start <= hit.sentences[0][0] < other.end:
            hits[i] = replace(other, sentences=[*other.sentences, *hit.sentences],
                              sentence_scores=[*other.sentence_scores, *hit.sentence_scores])
            return hits
    return [*hits, hit]


# ------------------------------------------------------------------ the register as a table

CSV_COLUMNS = ("council", "committee", "meeting_date", "owner", "kind", "due", "due_date", "text",
               "doc_id", "start", "end", "citation")


def select(assistant: "Assistant", council: str | None = None, owner: str | None = None,
           kind: str | None = None, text: str | None = None, due_from: str | None = None,
           due_to: str | None = None, procedural: bool = False) -> list[Commitment]:
    """The register filtered as `Assistant.commitments` does, plus by due date (partial ISO)."""
    due_from, due_to = validate.date_range(due_from, due_to, ("the due-from date", "the due-to date"))
    items = assistant.commitments(council=council or None, owner=owner or None, kind=kind or None,
                                  text=text or None, procedural=procedural)
    return [c for c in items if due_within(c, due_from, due_to)]


def due_within(commitment: Commitment, due_from: str | None, due_to: str | None) -> bool:
    """Whether the resolved due date can fall in [due_from, due_to]; unknown due dates never match a bound."""
    if not due_from and not due_to:
        return True
    due = date_bounds(commitment.due_date)
    if due is None:
        return False
    low, high = date_bounds(due_from), date_bounds(due_to)
    return (low is None or due[1] >= low[0]) and (high is None or due[0] <= high[1])


def citation(assistant: "Assistant", commitment: Commitment) -> str:
    """Council, committee, date, agenda item and paragraph of a commitment."""
    hit = commitment_hit(assistant, commitment)
    if hit is not None:
        return hit.citation()
    return format_citation(commitment.council, commitment.committee, commitment.meeting_date)


def commitment_row(assistant: "Assistant", commitment: Commitment) -> dict[str, object]:
    """One CSV row (`CSV_COLUMNS`) for a commitment."""
    row = {name: getattr(commitment, name) for name in CSV_COLUMNS[:-1]}
    row["citation"] = citation(assistant, commitment)
    return {name: "" if value is None else value for name, value in row.items()}


def write_csv(assistant: "Assistant", commitments: list[Commitment], handle: TextIO) -> int:
    """Write the commitments as CSV; returns how many rows were written.

    A cell that a spreadsheet would run as a formula (starting "=", "+", "-", "@") is
    prefixed with an apostrophe: the minutes are untrusted text.
    """
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for commitment in commitments:
        writer.writerow({k: spreadsheet_safe(v) for k, v in commitment_row(assistant, commitment).items()})
    return len(commitments)

