"""Turn a user's question into search terms and a safe FTS5 expression."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .answer_type import (asked_feature, counted_thing, asks_for_a_fact, body_asked, asks_what_was_found, asks_what_was_said, asks_yes_or_no,
                          checked_kind, choice_asked, price_asked, rate_asked, recorded_acts, wanted_kind, wants_amount,
                          wants_count, wants_figure, wants_money, wants_share)
from .dates import year_asked
from .sentences import events_named

MAX_QUERY_CHARS = 2000
MAX_TERMS = 32

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves say said says tell told
think thought mention mentioned mentions describe described discuss discussed us also any
many much get got give given make made way ways thing things regarding re anything something
""".split())

_WORD = re.compile(r"[\w][\w'’\-]*", re.UNICODE)
_PHRASE = re.compile(r"[\"“]([^\"”]{2,200})[\"”]")


@dataclass
class Query:
    text: str                                   # the question as asked (trimmed, capped)
    terms: list[str] = field(default_factory=list)     # content words, lower case, deduplicated
    phrases: list[str] = field(default_factory=list)   # quoted phrases and capitalised names
    names: list[str] = field(default_factory=list)     # capitalised words and runs
    wants_figure: bool = False                          # "How many...": only a sentence with a figure answers
    wants_money: bool = False                           # "How much did ... spend": the figure must be money
    wants_share: bool = False                           # "What proportion...": "the majority" answers
    wants_amount: bool = False                          # "How much carbon...": an amount in its units answers
    wants_count: bool = False                           # "How many potholes...": a number that is not money answers
    rate: object = field(default=None, compare=False, repr=False)  # "per kWh", "each year": `rate_asked`
    counted: object = field(default=None, compare=False, repr=False)  # "homes", "dwellings"...: `counted_thing`
    price: bool = False                                 # what one person pays ("to use the toilets"): `price_asked`
    wants_kind: str | None = None                       # "date", "firm", "person"... (`wanted_kind`): quoted sentences give it
    checked_kind: str | None = None                     # the kind an answer must give (`checked_kind`)
    acts: list = field(default_factory=list)            # recorded acts asked about ("who seconded"): patterns
    one_fact: bool = False                              # asks for one fact (`asks_for_a_fact`)
    said: bool = False                                  # asks what someone said (`asks_what_was_said`)
    found: bool = False                                 # ... what an inspection or survey found (`asks_what_was_found`)
    yes_no: bool = False                                # a yes or no (`asks_yes_or_no`)
    events: list = field(default_factory=list)          # events whose findings it asks for ("the survey"): patterns
    feature: tuple = ()                                 # a yes or no's feature ("floodlights"): `asked_feature`
    choice: str | None = None                           # what a choice is among ("roads"): `choice_asked`
    body: str | None = None                             # the body a yes or no asks to have decided: `body_asked`
    year: object = field(default=None, compare=False)   # the one year asked about ("in 2020", "2022/23"): `year_asked`
    vector: object = field(default=None, compare=False, repr=False)  # the question's embedding, once known

    @property
    def is_empty(self) -> bool:
        return not self.terms


def parse_query(question: str) -> Query:
    """Content terms and phrases of a question; never raises on odd input."""
    text = " ".join((question or "").split())[:MAX_QUERY_CHARS]
    terms = list(dict.fromkeys(t for t in (_normal(w) for w in _WORD.findall(text)) if _is_content(t)))
    phrases = [p.strip() for p in _PHRASE.findall(text) if len(p.split()) > 1]
    names = _names(text, min_words=1)
    rate = rate_asked(text)       # "What will it charge per kWh?" asks for a figure too
    return Query(text=text, terms=terms[:MAX_TERMS], phrases=phrases + [n for n in names if " " in n],
                 names=names, wants_figure=wants_figure(text) or rate is not None,
                 wants_money=wants_money(text), wants_share=wants_share(text), wants_amount=wants_amount(text),
                 wants_count=wants_count(text), rate=rate, counted=counted_thing(text), price=price_asked(text),
                 wants_kind=wanted_kind(text), checked_kind=checked_kind(text), acts=recorded_acts(text),
                 one_fact=asks_for_a_fact(text), said=asks_what_was_said(text), found=asks_what_was_found(text),
                 yes_no=asks_yes_or_no(text), events=events_named(text), feature=asked_feature(text),
                 choice=choice_asked(text), body=body_asked(text), year=year_asked(text, of_figure=True))


def _normal(word: str) -> str:
    return word.lower().replace("’", "'").strip("'-_").removesuffix("'s")


def _is_content(term: str) -> bool:
    return len(term) > 1 and term not in STOPWORDS or term.isdigit()


def _names(text: str, min_words: int = 2) -> list[str]:
    """Runs of capitalised words after the first word: "Rory Paterson"."""
    words = text.split()[1:]
    names, run = [], []
    for word in words + [""]:
        clean = word.strip("?,.;:!\"'()")
        if clean[:1].isupper() and clean.lower() not in STOPWORDS:
            run.append(clean)
            continue
        if len(run) >= min_words:
            names.append(" ".join(run))
        run = []
    return names


def fts_expression(query: Query, phrases: bool = True) -> str:
    """An FTS5 MATCH expression in which every term is a quoted string: no syntax leaks."""
    parts = [_quote(t) for t in query.terms]
    parts += [_quote(p) for p in query.phrases] if phrases else []
    return " OR ".join(dict.fromkeys(p for p in parts if p != '""'))


def _quote(text: str) -> str:
    words = _WORD.findall(text.lower())
    return '"' + " ".join(w.replace('"', "") for w in words) + '"'


def without_words(query: Query, words: list[str]) -> Query:
    """The query with some words no longer searched for (e.g. a council already used as a filter)."""
    if not words:
        return query
    drop = {w.lower() for w in words}

    def keep(text: str) -> bool:
        return not (set(text.lower().replace("'s", "").split()) & drop)

    return replace(query, terms=[t for t in query.terms if t not in drop],
                   phrases=[p for p in query.phrases if keep(p)], names=[n for n in query.names if keep(n)])
