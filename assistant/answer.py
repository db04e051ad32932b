"""Answer assembly: an extractive summary of verbatim sentences with [n] markers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .models import Filters, Hit

MAX_SUMMARY_SENTENCES = 3


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
        return data


def choose_quotes(hits: list[Hit], limit: int = MAX_SUMMARY_SENTENCES) -> list[Quote]:
    """The best answering sentence of each of the top passages, no sentence twice."""
    quotes: list[Quote] = []
    seen: set[str] = set()
    for n, hit in enumerate(hits, start=1):
        for start, end in hit.sentences[:1]:
            text = hit.text[start - hit.start:end - hit.start]
            key = " ".join(text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            quotes.append(Quote(n, hit.doc_id, start, end, text))
        if len(quotes) == limit:
            break
    return quotes


def summarise(quotes: list[Quote]) -> str:
    return " ".join(f"“{q.text}” [{q.n}]" for q in quotes)


def build_answer(question: str, hits: list[Hit], answered: bool, filters: Filters,
                 notes: list[str]) -> Answer:
    quotes = choose_quotes(hits) if answered else []
    summary = summarise(quotes) if answered else "The minutes do not appear to answer this question."
    return Answer(question, answered, summary, hits, quotes, filters, notes)
