"""Plain dataclasses passed between the stages of the pipeline.

file -> Document -> [Passage] -> Store -> search -> Answer
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

MOSTLY_REPEATED = 0.5   # a document is repetitive when at least this share of its passages repeat others


@dataclass
class Document:
    """One source file read into text plus what is known about it.

    `text` is the normalised text every offset in the system refers to.
    Unknown metadata is None, never guessed.
    """

    doc_id: str                      # file name without extension
    path: str                        # path the document was read from
    text: str
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None  # ISO: "2018", "2020-07" or "2020-12-01"
    title: str | None = None         # agenda item / report title
    kind: str | None = None          # "minutes", "report", ... or None
    content_hash: str = ""           # hash of the raw file bytes
    # Where each known metadata field came from: "manifest", "text", "document properties" or "file name".
    sources: dict[str, str] = field(default_factory=dict)
    # PDFs: the offset in `text` where each page begins (page n at pages[n - 1]); empty otherwise.
    pages: list[int] = field(default_factory=list)


@dataclass
class Passage:
    """A span of a document's text, the unit of retrieval."""

    doc_id: str
    seq: int                         # position within the document
    start: int                       # character offsets into Document.text
    end: int
    text: str                        # == document.text[start:end]
    heading: str | None = None       # agenda item / section heading it sits under
    paragraphs: list[str] = field(default_factory=list)  # e.g. ["3.1", "3.2"]
    context: str | None = None       # introduction of the list this passage continues


@dataclass
class Commitment:
    """An action, promise or resolution recorded in the minutes."""

    text: str                        # verbatim: document.text[start:end]
    owner: str | None                # person or role who owns it, None if not stated
    due: str | None                  # as written: "before 22 February", "September 2020"
    due_date: str | None             # ISO date/month/year when it can be resolved
    kind: str                        # "action" | "report back" | "information requested" | "resolution"
    doc_id: str
    start: int
    end: int
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None


@dataclass(frozen=True)
class Filters:
    """Restrictions on which documents may answer. None means no restriction.

    Dates are partial ISO dates; a document matches when its meeting date's
    range overlaps [date_from, date_to]. Documents with no known date never
    match a date filter.
    """

    council: str | None = None
    committee: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None

    def is_empty(self) -> bool:
        return not any((self.council, self.committee, self.date_from, self.date_to, self.kind))


@dataclass(frozen=True)
class CommitmentScope:
    """Which commitments of the register a search may return: those of the documents `filters`
    keep, and, when given, of exactly these councils, owned by one of these roles or names
    (lower case, matched as `register.owner_matches` does) and in these documents."""

    filters: Filters | None = None
    councils: frozenset[str] = frozenset()
    owners: tuple[str, ...] = ()
    doc_ids: frozenset[str] | None = None


@dataclass
class SentenceReading:
    """A passage's sentences as read against one question: what decides whether it leaves the fact open."""

    texts: list[str]
    similarities: object             # numpy array, one per sentence; -inf for those that only name the business
    kinds: object = None             # numpy array: 1.0 where a sentence gives the kind asked, None if no kind


@dataclass
class Hit:
    """A ranked passage with everything needed to cite it."""

    passage_id: int
    doc_id: str
    text: str
    start: int
    end: int
    score: float
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None
    title: str | None = None
    kind: str | None = None
    heading: str | None = None
    context: str | None = None       # the list introduction or speaker this passage continues
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # answering sentences, document offsets
    sentence_scores: list[float] = field(default_factory=list)      # parallel to `sentences`
    evidence: float = 0.0            # similarity of its best sentence to the question
    answer_evidence: float = 0.0     # ... of its best sentence that could answer (sentences.can_answer)
    kind_evidence: float | None = None  # ... of its best sentence that gives the kind of answer asked for
    #                                     (a figure, date, person or decision); None when no kind is asked
    read: SentenceReading | None = None  # its sentences as scored against the question (search.mark_sentences)
    page: int | None = None          # PDFs: the page it begins on (1-based), None when not known
    last_page: int | None = None     # ... and the page it ends on
    missing: list[str] = field(default_factory=list)  # the question's words this passage does not contain

    def citation(self) -> str:
        """Human-readable reference: council, committee, date, item, paragraph, page."""
        return format_citation(self.council, self.committee, self.meeting_date, self.location())

    def location(self) -> list[str]:
        """Where in the document: ["item: …", "para 3", "p. 7"], each when known."""
        where = []
        item = self.heading or self.title
        if item:
            where.append(f"item: {item}")
        if self.paragraphs:
            label = "para" if len(self.paragraphs) == 1 else "paras"
            where.append(f"{label} {', '.join(self.paragraphs)}")
        if self.page:
            where.append(page_label(self.page, self.last_page))
        return where


def format_citation(council: str | None, committee: str | None, meeting_date: str | None,
                    where: list[str] = ()) -> str:
    """"Council, committee, date" and where in the document, as cited everywhere in text."""
    return ", ".join([council or "Unknown council", committee or "unknown committee",
                      meeting_date or "date unknown", *where])


def page_label(page: int, last_page: int | None = None) -> str:
    """"p. 7", or "pp. 7–8" for a span over a page break."""
    return f"pp. {page}–{last_page}" if last_page and last_page != page else f"p. {page}"


def page_range(page_starts: list[int], start: int, end: int) -> tuple[int | None, int | None]:
    """The first and last page (1-based) of text[start:end], given where each page begins."""
    if not page_starts:
        return None, None
    first = max(1, bisect_right(page_starts, start))
    return first, max(first, bisect_right(page_starts, max(start, end - 1)))


@dataclass
class DocumentInfo:
    """A document as listed in the library (no text)."""

    doc_id: str
    path: str
    council: str | None
    committee: str | None
    meeting_date: str | None
    title: str | None
    kind: str | None
    passages: int
    sources: dict[str, str] = field(default_factory=dict)   # field -> "manifest", "text", "document properties", "file name"
    repeats: int = 0      # passages left out because they repeat others of the document (`repeats.py`)

    @property
    def repetitive(self) -> bool:
        """Mostly passages that repeat one another (each indexed once)."""
        return self.repeats >= MOSTLY_REPEATED * (self.repeats + self.passages) > 0
