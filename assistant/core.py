"""`Assistant`: the one API that the CLI, the web app and Python users share."""
from __future__ import annotations

import calendar
import copy
import logging
import math
import re
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator

from . import register, validate
from .answer import Answer, CouncilSlot, build_answer, build_answer_across
from .answer_type import (address_for_another, another_given_name, asks_meeting_day, asks_who_chaired, body_words,
                          names_a_chair, names_asked, ordinal_for_another, people_asked, person_and_things,
                          references_asked, written_by_title)
from .commitments import PREVIOUS_MINUTES_APPROVED
from .councils import canonical_council, council_named, council_words, councils_in_question, welsh_mutated
from .embed import Embedder
from .dates import DAY_OR_MONTH_DATE, dates_with_time, gives_span, normalise_date, span_asked, year_asked
from .ingest import IngestReport, Progress, ingest
from .lazy_model import LazyEmbedder
from .manifest import record_correction
from .metadata import days_called_with_roll_call
from .models import Commitment, DocumentInfo, Filters, Hit
from .query import Query, parse_query, without_words
from .question_filters import (asks_across_councils, councils_elsewhere, councils_named, councils_not_held, dates_of_each,
                               _forms_asked, describe_dates, meeting_dated,
                               only_within, place_of, question_about, short_name)
from .question_filters import read_filters as read_question_filters
from .question_threads import one_blas_thread
from .search import (Retrieval, assess, never_mentioned, query_weights, reference_unmentioned, retrieve, search,
                     term_coverage)
from .sentences import split_sentences, spoken_of_together
from .settings import DEFAULT, Settings
from .errors import CorrectionError, IndexNotFound, MinutesQAError
from .store import Store, index_manifest

log = logging.getLogger(__name__)

MAX_COUNCIL_SLOTS = 12   # "which councils...?" searches each council on its own up to this many


class QuestionClock:
    """A question's time budget: whether it has run out, and which stages were left out because it had."""

    def __init__(self, seconds: float):
        self.seconds, self.ends, self.skipped = seconds, time.monotonic() + seconds, []

    def allows(self, stage: str) -> bool:
        """True while within the budget; otherwise `stage` is noted as left out."""
        if time.monotonic() < self.ends:
            return True
        self.skipped.append(stage)
        return False

    def notes(self) -> list[str]:
        if not self.skipped:
            return []
        return [f"stopped early: the question's {self.seconds:g} s were used up before "
                f"{'; '.join(self.skipped)}, so the answer may be incomplete"]


def should_answer(found: Retrieval, settings: Settings = DEFAULT, sure: bool = True) -> bool:
    """Answer when the best sentence's similarity to the question, plus a little credit for the
    share of the question's rarer words found in the top passages, reaches the threshold; or when the
    top passage's own score is sure (`sure_score`): first for both retrievers, holding most of the
    question's rarer words, with a sentence close to it. Not (`sure` False) for one council's slot of a
    "which councils" question: searched on its own, that council's best passage is first whether or not its
    minutes discuss the question at all. A slot of a council the question names may be sure, as the same
    question about that council alone would be.

    Passages can share a question's subject without holding the fact asked for, so two
    more checks must pass: when the question asks for a kind of answer (a figure, date,
    person or decision), a sentence that gives that kind must itself be close to the
    question; and one passage must hold enough of the question's rarer words.
    """
    if (not found.hits or found.figure_missing or found.act_missing or found.left_open or found.unmentioned
            or found.elsewhere or found.firm_missing):
        return False
    if found.kind_evidence is not None and found.kind_evidence < settings.kind_threshold:
        return False
    if found.passage_coverage < settings.coverage_floor:
        return False
    if found.attendance and sure:   # the minutes' formula for apologies and substitutes reads far from questions
        return True
    return close_enough(found.evidence, found.coverage, found.hits[0].score, settings, sure)


def close_enough(evidence: float, coverage: float, score: float, settings: Settings = DEFAULT,
                 sure: bool = True) -> bool:
    """The best sentence's similarity, with `coverage_credit` for the share of the question's rarer words,
    reaches `answer_threshold`; or (when `sure`) the passage's own score reaches `sure_score`: the sentences
    may paraphrase the question while the passage is plainly the one asked about."""
    if evidence + settings.coverage_credit * coverage >= settings.answer_threshold:
        return True
    return sure and settings.method == "hybrid" and score >= settings.sure_score


class Assistant:
    """Question answering over one index folder."""

    def __init__(self, store: Store, embedder: Embedder, index_dir: Path,
                 config: Settings = DEFAULT, limits: validate.Limits = validate.Limits()):
        self.store = store
        self.embedder = embedder
        self.index_dir = Path(index_dir)
        self.config = config
        self.limits = limits     # question length, k and filter sizes accepted
        self._council_named_in: dict[tuple[int, str, str], bool] = {}  # (index version, document, council)
        self.last_report: IngestReport | None = None
        self.corpus: Path | list[Path] | None = None  # the folder(s) last ingested, when known
        self._seen = store.version                    # the index version last followed
        self._follow = threading.Lock()               # one thread at a time loads a new version
        self._pinned = False                          # True for the copies `reading()` hands out
        self._keep_warm = False                       # warm each new version in the background

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def build(cls, corpus: Path | str = "corpus", index: Path | str = "index", *,
              model: str | None = None, embedder: Embedder | None = None,
              progress: Progress | None = None, rebuild: bool = False,
              limits: validate.Limits = validate.Limits()) -> "Assistant":
        """Ingest `corpus` into `index` (unchanged files are skipped) and open it.

        The model is loaded when a file needs embedding (not for unchanged files)."""
        embedder = embedder or LazyEmbedder.for_index(index, model)
        report = ingest(corpus, index, embedder, progress=progress, rebuild=rebuild)
        assistant = cls.open(index, embedder=embedder, limits=limits)
        assistant.last_report, assistant.corpus = report, _folders(corpus)
        return assistant

    @classmethod
    def open(cls, index: Path | str = "index", *, model: str | None = None,
             embedder: Embedder | None = None, limits: validate.Limits = validate.Limits()) -> "Assistant":
        """Open an existing index; the model defaults to the one it was built with.

        Without `embedder`, the model is loaded at the first question (`embedder.preload()`
        starts loading it in the background)."""
        if embedder is None and index_manifest(Path(index)) is not None:
            embedder = LazyEmbedder.for_index(index, model)
        store = Store.open(index, model=embedder.name if embedder else model,
                           dimension=embedder.dimension if embedder else None)
        return cls(store, embedder, Path(index), limits=limits)

    @classmethod
    def open_or_create(cls, index: Path | str = "index", *, model: str | None = None,
                       limits: validate.Limits = validate.Limits()) -> "Assistant":
        """Open the index, or create an empty one (to be filled by `ingest`) when there is none."""
        try:
            return cls.open(index, model=model, limits=limits)
        except IndexNotFound:
            embedder = LazyEmbedder(model)
            ingest([], index, embedder)
            return cls.open(index, embedder=embedder, limits=limits)

    def ingest(self, corpus: Path | str, progress: Progress | None = None) -> IngestReport:
        """Update this index from a folder; the next question sees the new version."""
        report = ingest(corpus, self.index_dir, self.embedder, progress=progress)
        self.reload()
        self.last_report, self.corpus = report, _folders(corpus)
        return report

    def correct_metadata(self, doc_id: str, corpus: Path | str | list | None = None,
                         progress: Progress | None = None, **fields: str | None) -> DocumentInfo:
        """Correct a document's council, committee, meeting_date or title (an empty value clears
        the correction). It is written to the manifest of the document's corpus folder, which
        wins over what the text says, and the corpus is indexed again; returns the document as
        now indexed. `corpus` defaults to the folder(s) this assistant last ingested."""
        corpus = _folders(corpus) if corpus is not None else self.corpus
        if corpus is None:
            raise CorrectionError("give the corpus folder: this index was opened without one")
        document = self.document(doc_id)
        record_correction(corpus, document, fields)
        self.ingest(corpus, progress)
        return self.document(doc_id)

    def reload(self) -> None:
        """Load the vectors of the latest index version now, rather than at the next question."""
        self._seen = None
        self.follow_index()

    def warm(self) -> None:
        """Read now what the first filtered and the first register question of the current index
        version would otherwise read (`Store.warm`)."""
        self.store.warm()

    def keep_warm(self) -> None:
        """Warm the index in a background thread now, and again after each new version is
        followed: a server's choice, so that no user's question waits for it (a one-shot
        question reads only what it needs)."""
        self._keep_warm = True
        self._warm_in_background()

    def _warm_in_background(self) -> None:
        threading.Thread(target=self._warm_quietly, name="warm-index", daemon=True).start()

    def _warm_quietly(self) -> None:
        try:
            self.warm()
        except (MinutesQAError, sqlite3.Error) as error:   # a question will say what is wrong
            log.warning("could not warm the index: %s", error)

    def follow_index(self) -> bool:
        """True when the index changed since it was last followed (an ingest by this or another
        process); the new version's vectors are then loaded. Costs one small query.

        A version that cannot be read (rebuilt with another model, say) is logged and
        skipped until the index changes again; questions then say what is wrong.
        """
        if self._pinned:
            return False
        version = self.store.version
        if version == self._seen:
            return False
        with self._follow:
            if version == self._seen:
                return False
            self._seen = version
            try:
                self.store.vectors       # loads the new version's vector file
            except MinutesQAError as error:
                log.warning("index version %s cannot be read: %s", version, error)
                return False
            if self._keep_warm:
                self._warm_in_background()
            return True

    @contextmanager
    def reading(self) -> Iterator["Assistant"]:
        """This assistant pinned to one index version for the length of the block: the latest
        committed one. An ingest during the block (re-index, another process's ingest) leaves
        the block on its version; a block started after the ingest commits sees the new one."""
        if self._pinned:
            yield self
            return
        self.follow_index()
        snapshot = self.store.snapshot()
        pinned = copy.copy(self)
        pinned.store, pinned._pinned = snapshot, True
        try:
            yield pinned
        finally:
            snapshot.close()

    # ------------------------------------------------------------ questions
    def ask(self, question: str, k: int = 5, council: str | None = None, committee: str | None = None,
            date_from: str | None = None, date_to: str | None = None, kind: str | None = None,
            read_filters: bool = True) -> Answer:
        """Answer from the minutes: ranked cited passages and a quoted summary.

        Councils and dates named in the question ("in Medway", "since 2019") become
        filters unless given explicitly; the answer's notes say which were applied.
        An empty or over-long question, k out of range, a date that is not one or an
        over-long filter raises an `InvalidInput` saying what to change.
        """
        question, k = validate.question(question, self.limits), validate.count(k, self.limits.max_k)
        given = validate.filters(Filters(council, committee, date_from, date_to, kind), self.limits)
        if isinstance(self.embedder, LazyEmbedder):
            self.embedder.model()   # loading the model (seconds, once) is not the question's time
        clock = QuestionClock(self.limits.max_question_seconds)
        with one_blas_thread():
            answer = self._ask(question, k, given, read_filters, clock)
        answer.notes = answer.notes + clock.notes()
        return answer

    def _ask(self, question: str, k: int, given: Filters, read_filters: bool, clock: QuestionClock) -> Answer:
        """`ask` once the input is checked: the first search always runs; later stages only
        while `clock` allows."""
        council = given.council
        councils = self.councils()
        read = read_question_filters(question, given, councils) if read_filters else None
        filters, notes = (read.filters, read.notes) if read else (given, [])
        searched = question.replace(read.date_phrase, " ") if read and read.date_phrase else question
        # a year read as the meeting date is still the year asked about ("How many visits in 2020?")
        query = replace(without_words(parse_query(searched), read.used_words if read else []),
                        year=year_asked(question, of_figure=True))
        query = replace(query, vector=self.embedder.embed([query.text])[0])   # once, like the weights
        weights = query_weights(self.store, query)     # once: every search below is of this question
        slots, named = self._council_slots(question, given, councils) if read_filters else ([], False)
        dates_read = (filters.date_from, filters.date_to) != (given.date_from, given.date_to)
        if slots and filters.council != given.council:   # one council held and one not: each gets a slot instead
            filters, notes = replace(filters, council=given.council), [n for n in notes if not n.startswith("council: ")]
        if slots:
            return self._ask_across(question, query, weights, slots, named, k, filters, notes, clock, dates_read)
        if read_filters and self._asks_which_of_many(question, given, filters, councils):
            return self._ask_which_of_many(question, query, weights, k, filters, notes)
        found = retrieve(self.store, self.embedder, query, filters, k, self.config, weights)
        missing = councils_not_held(question, councils, self._mentioned) if read_filters else []
        if read_filters and not missing:
            elsewhere = councils_elsewhere(question, councils, self._mentioned)
            if elsewhere and not self.store.has_documents_without("council"):   # else they may be those
                missing = elsewhere
        if missing and not council:
            held = ", ".join(short_name(c) for c in councils) or "none"
            notes = notes + [f"no minutes of {' or '.join(missing)} are in the index (councils held: {held})"]
            return build_answer(question, found.hits, False, filters, notes)
        # "What changes did the access audit ask for?" asks what was found, which the register does not hold
        if (register.is_promise_question(question) and not query.found
                and clock.allows("searching the commitments register")):
            answer = self._answer_from_register(question, k, filters, notes, found)
            # what the closest minutes do not hold (a name, a year, the meeting) the register does not answer for
            settled = not answer.answered or not self._not_held(question, query, found.hits, councils)[0]
            if settled and (answer.answered or not dates_read):
                return answer   # else, as any question, without the dates and checked against the meeting asked
        if dates_read and not should_answer(found, self.config) and clock.allows("searching all dates"):
            found, filters, notes = self._retry_without_dates(query, weights, k, filters, notes, found)
        if (filters.council != given.council and not should_answer(found, self.config)
                and self.store.has_documents_without("council")   # else only that council's passages are found
                and clock.allows("searching documents that name the council")):
            found, notes = self._retry_with_unknown_councils(query, weights, k, filters, notes, found)
        found = self._of_the_year_first(question, query, weights, found)
        unheld, note = self._not_held(question, query, found.hits, councils)
        if unheld:
            found, notes = replace(found, unmentioned=unheld), notes + [note]
        if found.figure_missing:
            notes = notes + ["the question asks for a figure, and the closest passages give none"]
        if found.firm_missing:
            notes = notes + ["the question asks which firm, and the closest passages name none"]
        if found.act_missing:
            notes = notes + ["the question asks whether it was decided, what was replied, or who moved, seconded, voted "
                             "against or abstained, and the closest passages do not record it"]
        if found.left_open:
            notes = notes + [f'the closest passage says this is not known yet: "{found.left_open}"']
        if found.elsewhere:
            asked, place, kind = found.elsewhere
            notes = notes + [f"the question asks about {asked}, and the closest {kind} given is for {place}"]
        return build_answer(question, found.hits, should_answer(found, self.config), filters, notes)

    def _not_held(self, question: str, query: Query, hits: list[Hit], councils: list[str]) -> tuple[str, str]:
        """What the question asks about that the closest minutes do not hold, and a note saying so; else ("", ""):
        a feature, a year, a reference, an ordinal, a council, a name, a person with a thing, or a meeting."""
        if not hits:
            return "", ""
        top = hits[0]
        if query.feature and (feature := self._never_mentioned(query.feature, hits[:3])):
            return feature, (f'the question asks about "{" ".join(query.feature)}", and the closest documents never '
                             f'mention "{feature}"')
        if asks_who_chaired(question) and not names_a_chair(self.store.document_text(top.doc_id) or ""):
            return "who chaired", "the question asks who chaired, and the closest minutes name no one in the chair"
        if year := self._year_unmentioned(question, top):
            return year, f"the question asks about {year}, and the closest document never mentions it"
        if span := self._span_unmentioned(question, top):
            return span, f"the question asks about {span}, and the closest document never gives those years"
        # the meeting's day is its document's: the application it heard may be named in another of its passages
        document = self.store.document_text(top.doc_id) if asks_meeting_day(question) else None
        if reference := _reference_unmentioned(question, top, document):
            return reference, f"the question asks about {reference}, and the closest passage never gives it"
        if ordinal := _ordinal_for_another(question, top):
            return ordinal, f"the question asks about the {ordinal}, and the closest passage gives another"
        if house := address_for_another(question, " ".join(filter(None, (top.title, top.heading, top.text)))):
            return house, f"the question asks about {house}, and the closest passage gives another house in that street"
        if other := _council_asked_not_found(question, hits, councils, self.store.document_text):
            return other, (f"the question asks about {other}, and the closest minutes are "
                           f"{short_name(top.council)}'s, which never mention it")
        if unheard := self._name_never_mentioned(question, hits[:3], welsh=_in_wales(top.council)):
            return unheard, f'the question asks about "{unheard}", which no minutes in the index mention'
        if person := self._person_unmentioned(question, hits[:3]):
            return person, f"the question asks about {person}, and the closest minutes never mention them"
        if apart := _person_and_thing_apart(question, hits[:3], self.store.document_text):
            return apart, f"the question asks about {apart}, and the closest passages never speak of them together"
        if meeting := _meeting_not_held(question, top, self.store.document_text):
            held = top.meeting_date or "an earlier meeting, which put the business off to it"
            return meeting, f"the question asks about the meeting of {meeting}, and the closest minutes are of {held}"
        if day := _day_never_given(question, top, self.store.document_text):
            return day, f"the question asks about the meeting of {day}, and the closest minutes, of no known day, never give it"
        return "", ""

    def _never_mentioned(self, feature: tuple[str, ...], hits: list[Hit]) -> str:
        documents = self._documents_of(hits)
        return never_mentioned(feature, documents)

    def _name_never_mentioned(self, question: str, hits: list[Hit], welsh: bool = False) -> str:
        """The first name of a particular thing the question gives ("Jedburgh", "Kingsmeadow") that no passage
        of the index holds, else "": minutes about something else do not answer for it. A word beginning as the
        name does counts too (`_spelling_prefix`; the index holds words stemmed, "hick" for "Hickings", so a prefix
        is tried only after the word): minutes misspell names ("the Millenium Quilt"). The initials of a run of
        capitalised words count ("the PCC" for "the Police and Crime Commissioner"), and over a Welsh council's
        minutes (`welsh`) so do a word's mutated forms ("yr Orsedd" for "the Gorsedd"). A given name is not needed
        where the closest documents write the person by a title and surname ("Mayor Pipe" for "Jules Pipe"), and a
        name the closest documents write as words apart ("Carpet Right" for "Carpetright") is mentioned."""
        names = names_asked(question, council_words(question))
        initials = _initials_of_runs(question)
        unheard = [name for name in names if not self._mentioned(name.lower())   # as FTS matches it, stemmed
                   and not (name in initials and self._mentioned(initials[name]))   # "the PCC Office"
                   and not (welsh and any(self._mentioned(form) for form in welsh_mutated(name.lower())))]
        counts = self.store.prefix_counts([_spelling_prefix(name) for name in unheard]) if unheard else {}
        unheard = [name for name in unheard if not counts.get(_spelling_prefix(name))]
        documents = self._documents_of(hits) if unheard else []
        return next((name for name in unheard if not written_by_title(name, question, documents)
                     and not _written_apart(name, documents)), "")

    def _documents_of(self, hits: list[Hit]) -> list[str]:
        """The whole text of each document the hits are from, once each."""
        return [self.store.document_text(doc) or "" for doc in dict.fromkeys(h.doc_id for h in hits)]

    def _person_unmentioned(self, question: str, hits: list[Hit]) -> str:
        """The first person the question names ("Councillor Innes", "branch secretary Tom Smith") whose surname the
        closest documents never give, else "": minutes about someone else do not answer for them."""
        people = people_asked(question)
        documents = self._documents_of(hits) if people else []
        return next((name for name, surname in people
                     if not any(re.search(rf"\b{re.escape(surname)}\b", d, re.I) for d in documents)
                     or another_given_name(name, surname, documents)), "")

    def _of_the_year_first(self, question: str, query: Query, weights: dict[str, float], found: Retrieval) -> Retrieval:
        """The hits again, with the first of the top three that is of the year the question asks about (its meeting
        held in it, or the passage naming it) put first when the top one's document is not (`_year_unmentioned`): a
        year asked narrows the minutes as a date filter would, but a document of no known date can only be judged by
        the years it names."""
        hits = found.hits
        if not hits or not self._year_unmentioned(question, hits[0]):
            return found
        year = year_asked(question)
        first = next((i for i, hit in enumerate(hits[1:3], 1)
                      if year.covers(hit.meeting_date) or year.pattern().search(f"{hit.heading or ''}\n{hit.text}")),
                     None)
        if first is None:
            return found
        return assess([hits[first]] + hits[:first] + hits[first + 1:], query, weights)

    def _year_unmentioned(self, question: str, top: Hit) -> str:
        """The year the question asks about ("visits in 2020/21") when the top passage's document never
        names it and its meeting was not held within it (when minutes may say "this year"), else "".
        Last year's figure does not answer for this year's."""
        year = year_asked(question)
        if year is None or year.covers(top.meeting_date):
            return ""
        return "" if year.pattern().search(self.store.document_text(top.doc_id) or "") else year.phrase

    def _span_unmentioned(self, question: str, top: Hit) -> str:
        """The span of years the question asks about ("for 2020 to 2024") when the top passage's document never
        gives its first and last years, else "": the plan for 2024-28 does not answer for the plan for 2020 to 2024."""
        span = span_asked(question)
        if span is None or gives_span(self.store.document_text(top.doc_id) or "", span[0], span[1]):
            return ""
        return span[2]

    def _council_slots(self, question: str, given: Filters, councils: list[str]) -> tuple[list[str], bool]:
        """The councils a question asks about together, and whether it names them: those it
        names, or all for "which councils"."""
        if given.council:
            return [], False
        named, unheld = councils_named(question, councils), self._named_but_not_held(question, councils)
        if len(named) + len(unheld) >= 2:
            return named + unheld, True
        if len(councils) < 2:
            return [], False
        across = not named and asks_across_councils(question) and len(councils) <= MAX_COUNCIL_SLOTS
        return (councils if across else []), False

    def _named_but_not_held(self, question: str, councils: list[str]) -> list[str]:
        """Councils the question names that no document is indexed under, when their minutes may still be
        here: among documents whose council is not known (none read from their text), or under the council
        that took them over ("Chiltern" on Buckinghamshire's site)."""
        held = {canonical_council(c) for c in councils}
        unknown = self.store.has_documents_without("council")
        shorts = [known.short for known in map(council_named, held) if known]
        longer = [place_of(short) for short in shorts]   # "Cambridgeshire and Peterborough"
        found = []
        for name in councils_in_question(question):
            known = council_named(name)   # the table's own name, so always known
            if (name in held or not (unknown or held & set(known.successors))
                    # "Somerset" names the council held and the county council it replaced: one mention, one slot
                    or known.short.lower() in {short.lower() for short in shorts}
                    or only_within(question, known.short, longer)):
                continue
            found.append(name)
        return found

    @staticmethod
    def _asks_which_of_many(question: str, given: Filters, filters: Filters, councils: list[str]) -> bool:
        """A "which councils" question over more councils than are searched one by one."""
        return (not given.council and not filters.council and len(councils) > MAX_COUNCIL_SLOTS
                and asks_across_councils(question) and not councils_named(question, councils))

    def _ask_which_of_many(self, question: str, query: Query, weights: dict[str, float], k: int,
                           filters: Filters, notes: list[str]) -> Answer:
        """One search over all councils, deep enough for several; then each council whose best
        passage answers gets a slot, as `_ask_across` gives one, so no council crowds out the rest.
        The other passages follow in their order."""
        found = retrieve(self.store, self.embedder, query, filters, max(k, self.config.rerank_top), self.config,
                         weights)
        answers = should_answer(found, self.config)
        # each council whose best passage answers: its passages that answer on their own, round by round;
        # the rest by score
        answering = []
        for hits in by_council(found.hits) if answers else []:
            own = [hit for hit in hits if self._hit_answers(hit, weights)]
            if own and own[0] is hits[0]:
                answering.append(own)
        first = interleave(answering, k)
        hits = (first + [hit for hit in found.hits if hit not in first])[:k]
        if len(answering) > 1:
            names = [short_name(own[0].council) if own[0].council else own[0].doc_id for own in answering]
            notes = notes + [f"passages from each council whose minutes answer: {', '.join(names)}"]
            slots = [CouncilSlot(name, question, own) for name, own in zip(names, answering)]
            return build_answer_across(question, hits, slots, filters, notes)
        return build_answer(question, hits, answers, filters, notes)

    def _hit_answers(self, hit: Hit, weights: dict[str, float]) -> bool:
        """Whether one passage, on its own, is close enough to answer (`close_enough`)."""
        coverage = term_coverage(weights, [hit.text, hit.heading or ""])
        return close_enough(hit.answer_evidence, coverage, hit.score, self.config)

    def _ask_across(self, question: str, query: Query, weights: dict[str, float], councils: list[str], named: bool,
                    k: int, filters: Filters, notes: list[str], clock: QuestionClock,
                    dates_read: bool = False) -> Answer:
        """A slot per council: each is searched on its own, so none crowds the others out.

        The list takes each council's best passage first (best first), then each one's
        second, and so on. A council whose minutes do not answer is named in the notes; it
        keeps its slot, with its nearest passages, when the question names it (the user asked
        about it), and gets none in a "which councils" question. The first council is always
        searched; the others while `clock` allows. Dates read from the question (`dates_read`)
        under which no council answers are dropped, as for one council ("What are Portsmouth and
        the WMCA doing to keep fares down from April 2025?" asks about minutes before that); and
        for a council the question names that they leave nothing to answer: "in Harborough in 2017
        and on the Isles of Scilly in 2020" reads 2017 for both.
        """
        queries = self._as_if_alone(query, councils)
        own_dates = dates_of_each(question, councils) if named and dates_read else {}
        if own_dates:   # "in Cheshire East in April 2021 and Hambleton in October 2022": each its own
            notes = [n for n in notes if not n.startswith("meeting date")] + ["meeting dates: " + "; ".join(
                f"{short_name(c)} {describe_dates(own_dates[c][0], own_dates[c][1])} (from “{own_dates[c][2]}”)"
                for c in councils if c in own_dates)]
        each = {c: replace(filters, date_from=own_dates[c][0], date_to=own_dates[c][1]) if c in own_dates
                else replace(filters, date_from=None, date_to=None) if own_dates else filters for c in councils}
        found = self._search_each(councils, queries, weights, k, each, clock)
        answering = [c for c, result in found.items() if should_answer(result, self.config, sure=named)]
        silent = [c for c in found if c not in answering]
        if dates_read and silent and (named or not answering) and clock.allows("searching all dates"):
            wider = replace(filters, date_from=None, date_to=None)
            again = self._search_each(silent, queries, weights, k, {c: wider for c in silent}, clock)
            rescued = [c for c, result in again.items() if should_answer(result, self.config, sure=named)]
            if not answering:
                if rescued or not any(result.hits for result in found.values()):
                    found, filters, notes = {**found, **again}, wider, _dates_dropped(notes)
            elif rescued:
                found.update({c: again[c] for c in rescued})
                notes = notes + [f"nothing answered in the minutes of {', '.join(short_name(c) for c in rescued)} "
                                 f"within the dates named in the question; searched all their dates"]
            if named:   # a council asked about keeps its nearest passages, if none are within the dates
                found.update({c: again[c] for c in silent if c not in rescued and not found[c].hits})
            answering = [c for c in found if c in answering or c in rescued]
        councils = list(found)
        silent = [c for c in councils if c not in answering]
        shown = answering + silent if named or not answering else answering
        hits = interleave([found[c].hits for c in shown], k, leading=len(answering) or None)
        notes = notes + [f"searched each council on its own: {', '.join(short_name(c) for c in councils)}"]
        held = set(self.councils())
        unheld = [short_name(c) for c in councils if c not in held]
        if unheld:
            notes.append(f"no documents are indexed under {' or '.join(unheld)}: searched those that name "
                         f"{'it' if len(unheld) == 1 else 'them'} whose council is not known or took "
                         f"{'it' if len(unheld) == 1 else 'them'} over")
        if answering and silent:
            notes.append(f"nothing found that answers in the minutes of {', '.join(short_name(c) for c in silent)}"
                         + (" (their nearest passages follow the others)" if named else ""))
        slots = [CouncilSlot(short_name(c), question_about(question, c, councils), found[c].hits) for c in answering]
        return build_answer_across(question, hits, slots, filters, notes)

    def _as_if_alone(self, query: Query, councils: list[str]) -> dict[str, Query]:
        """For each council, the question as if it named that council alone (`question_about`), embedded once
        (one text at a time, as the question itself is: a batch pads them to one length); the question itself
        where it names no other."""
        texts = {c: question_about(query.text, c, councils) for c in councils}
        return {c: replace(query, vector=self.embedder.embed([text])[0]) if text != query.text else query
                for c, text in texts.items()}

    def _search_each(self, councils: list[str], queries: dict[str, Query], weights: dict[str, float], k: int,
                     filters: dict[str, Filters], clock: QuestionClock) -> dict[str, Retrieval]:
        """Each council searched on its own with its reading of the question and its filters, in order: the first
        always, the others while `clock` allows."""
        found, held = {}, set(self.councils())
        for n, c in enumerate(councils):
            if n and not clock.allows(f"searching {', '.join(short_name(c) for c in councils[n:])}"):
                break
            found[c] = (retrieve(self.store, self.embedder, queries[c], replace(filters[c], council=c), k,
                                 self.config, weights)
                        if c in held else self._search_naming(c, queries[c], weights, k, filters[c]))
        return found

    def _search_naming(self, council: str, query: Query, weights: dict[str, float], k: int,
                       filters: Filters) -> Retrieval:
        """A council no document is indexed under: the documents that name it whose council is not known
        or is the one that took it over."""
        took_over = set(council_named(council).successors)
        hits = search(self.store, self.embedder, query, replace(filters, council=None), self.config.rerank_top,
                      self.config, weights)
        kept = [h for h in hits if (not h.council or h.council in took_over) and self._names(h.doc_id, council)]
        return assess(kept[:k], query, weights)

    def _answer_from_register(self, question: str, k: int, filters: Filters, notes: list[str],
                              found: Retrieval) -> Answer:
        """Promise questions: commitments from the register first, then ordinary passages."""
        promised = register.register_hits(self, question, filters, k)
        # "Has any council agreed to build a skate park?" names a subject: a promise about play areas is
        # not one about it, so such a promise must be as close as an answering sentence, or it comes after the
        # passages found
        topical = bool(register.topic_words(question))
        keeps = [h for h in promised if not topical or h.evidence >= self.config.answer_threshold]
        hits = register.merge_hits(keeps, register.merge_hits(found.hits, [h for h in promised if h not in keeps]), k)
        if keeps:
            notes = notes + [f"{len(keeps)} from the commitments register"]
        return build_answer(question, hits, bool(keeps) or should_answer(found, self.config), filters, notes)

    def _mentioned(self, phrase: str) -> bool:
        return self.store.term_counts([phrase]).get(phrase, 0) > 0

    def follow_ups(self, commitment: Commitment, k: int = 3) -> list[Hit]:
        """Later minutes of the same council that return to a commitment's subject."""
        return register.follow_ups(self, commitment, k)

    def _retry_without_dates(self, query: Query, weights: dict[str, float], k: int, filters: Filters,
                             notes: list[str],
                             found: Retrieval) -> tuple[Retrieval, Filters, list[str]]:
        """A date read from the question that leaves nothing to answer is dropped, and said so.

        When the dates leave no minutes at all, the nearest passages of any date are shown.
        """
        wider = replace(filters, date_from=None, date_to=None)
        again = retrieve(self.store, self.embedder, query, wider, k, self.config, weights)
        if found.hits and not should_answer(again, self.config):
            return found, filters, notes
        return again, wider, _dates_dropped(notes)

    def _retry_with_unknown_councils(self, query: Query, weights: dict[str, float], k: int, filters: Filters,
                                     notes: list[str], found: Retrieval) -> tuple[Retrieval, list[str]]:
        """A council read from the question that leaves nothing to answer: a document whose council
        is not known (no manifest row, none read from its text) that names the council is searched too."""
        hits = search(self.store, self.embedder, query, replace(filters, council=None), self.config.rerank_top,
                      self.config, weights)
        wanted = filters.council
        kept = [h for h in hits
                if (wanted.lower() in h.council.lower() if h.council else self._names(h.doc_id, wanted))]
        wider = assess(kept[:k], query, weights)
        if not should_answer(wider, self.config) or all(h.council for h in wider.hits[:3]):
            return found, notes
        return wider, notes + ["nothing answered in that council's minutes; also searched documents that "
                               "name it but whose council is not known"]

    def _names(self, doc_id: str, council: str) -> bool:
        """Whether a document's text names the council, by any name the council table knows
        (read once per index version, document and council)."""
        key = (self.store.version, doc_id, council)
        if key not in self._council_named_in:
            self._council_named_in[key] = bool(councils_named(self.store.document_text(doc_id) or "", [council]))
        return self._council_named_in[key]

    def search(self, question: str, k: int = 5, filters: Filters | None = None,
               method: str | None = None) -> list[Hit]:
        config = self.config if method is None else replace(self.config, method=method)
        question, k = validate.question(question, self.limits), validate.count(k, self.limits.max_k)
        with one_blas_thread():
            return search(self.store, self.embedder, question, validate.filters(filters, self.limits), k, config)

    # ------------------------------------------------------------ library
    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def document(self, doc_id: str) -> DocumentInfo:
        """One indexed document; CorrectionError when there is none of that name."""
        found = next((d for d in self.store.documents() if d.doc_id == doc_id), None)
        if found is None:
            raise CorrectionError(f"no document {doc_id!r} in the index")
        return found

    def document_text(self, doc_id: str) -> str | None:
        return self.store.document_text(doc_id)

    def context(self, hit: Hit) -> tuple[str, int, int]:
        """The whole agenda item around a passage: (document text, item start, item end)."""
        text = self.store.document_text(hit.doc_id) or ""
        start, end = self.store.item_span(hit.doc_id, hit.start, hit.end) or (hit.start, hit.end)
        return text, start, end

    def councils(self) -> list[str]:
        return self.store.distinct("council")

    def committees(self) -> list[str]:
        return self.store.distinct("committee")

    def commitments(self, council: str | None = None, owner: str | None = None,
                    kind: str | None = None, text: str | None = None,
                    procedural: bool = False) -> list[Commitment]:
        """The commitments register; `owner` matches acronyms by what they stand for ("Director" finds "DCS").

        Procedural resolutions (minutes approved, apologies noted, ...) only with `procedural=True`.
        """
        council, owner, kind, text = (validate.text_filter(value, label, self.limits) for value, label in
                                      ((council, "council"), (owner, "owner"), (kind, "kind"), (text, "text")))
        items = self.store.commitments(Filters(council=council))
        return [c for c in items if (not owner or (c.owner and owner.lower() in register.with_aliases(c.owner)))
                and (not kind or c.kind == kind) and _contains(c.text, text)
                and (procedural or not register.is_procedural(c))]

    def close(self) -> None:
        self.store.close()


def _reference_unmentioned(question: str, top: Hit, document: str | None = None) -> str:
    """The reference the question gives ("MA/09/0536") when the closest passage, with its item's title and
    heading (or the whole `document`, when given), never gives it, else "": the item asked about carries its
    reference, so this passage is another's."""
    references = references_asked(question)
    passage = " ".join(filter(None, (top.title, top.heading, top.context, top.text, document)))
    return reference_unmentioned(references, [passage]) if references else ""


def _written_apart(name: str, documents: list[str]) -> bool:
    """Whether the documents write the name as words apart ("Carpet Right" for "Carpetright", "Park-Run")."""
    spelled = r"[\s-]?".join(map(re.escape, name))
    return any(re.search(rf"\b{spelled}\b", document, re.I) for document in documents)


def _in_wales(council: str | None) -> bool:
    found = council_named(council) if council else None
    return found is not None and found.nation == "Wales"


def _initials_of_runs(question: str) -> dict[str, str]:
    """Each word of a run of three or more capitalised words the question gives, with the run's initials in lower
    case: "Police and Crime Commissioner" -> {"Police": "pcc", "Crime": "pcc", "Commissioner": "pcc"}: minutes may
    write "the PCC". (Two letters would too often be some other word or abbreviation.)"""
    found = {}
    for run in _CAPITALISED_RUN.finditer(question or ""):
        words = [w for w in re.findall(r"[\w'’-]+", run.group(0)) if w[0].isupper()]
        for word in words if len(words) >= 3 else ():
            found.setdefault(word, "".join(w[0] for w in words).lower())
    return found


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the|in|on|&)\s+)?[A-Z][\w'’-]*)+")


def _spelling_prefix(name: str) -> str:
    """The first 60% of a name's letters (at least five): "millen" for "Millennium", "cullom" for "Cullompton"."""
    return name.lower()[:max(5, math.ceil(0.6 * len(name)))]


def _ordinal_for_another(question: str, top: Hit) -> str:
    """The ordinal the question gives ("the 586th Sheriff") when the closest passage gives another of its word
    instead ("the 585th Sheriff"), else "" (`answer_type.ordinal_for_another`)."""
    return ordinal_for_another(question, " ".join(filter(None, (top.title, top.heading, top.text))))


def _council_asked_not_found(question: str, hits: list[Hit], held: list[str],
                             document_text: Callable[[str], str | None]) -> str:
    """The council the question asks about ("Warwickshire County Council's transport strategy") when the index holds
    none of its minutes, the closest minutes are another known council's that never mention it, and no minutes of it or
    of a council that took it over are among the closest five, else "": what Worcestershire decided does not answer
    for Warwickshire, while West Northamptonshire's minutes may answer for Northampton. Minutes of no known council may
    be its."""
    top = hits[0]
    if not top.council or councils_named(question, held):
        return ""
    asked = [c for c in councils_in_question(question) if c not in held]
    known = [council_named(c) for c in asked]
    its_own = set(asked) | {s for k in known if k for s in k.successors}
    if not asked or any(canonical_council(h.council) in its_own or h.council in its_own for h in hits[:5] if h.council):
        return ""
    text = document_text(top.doc_id) or top.text
    unmentioned = [c for c in asked if not any(re.search(rf"\b{re.escape(form)}\b", text, re.I)
                                               for form in _forms_asked(question, c))]
    if unmentioned != asked:
        return ""
    first = council_named(unmentioned[0])
    return first.short if first else short_name(unmentioned[0])


def _person_and_thing_apart(question: str, top: list[Hit], document_text: Callable[[str], str | None]) -> str:
    """"Councillor Morgan and 15" when the question names a person and a thing ("Why did Councillor Morgan
    declare an interest in item 15?") and no sentence of the closest passages speaks of both, else ""."""
    # the council and the committee say where the business was taken, not what it was ("at Dorset Council's People
    # Scrutiny Committee")
    asked = person_and_things(question, council_words(question) | body_words(question))
    if not asked:
        return ""
    texts = {doc_id: document_text(doc_id) or "" for doc_id in dict.fromkeys(hit.doc_id for hit in top)}
    passages = [(" ".join(filter(None, (hit.title, hit.heading))), _with_the_item_before(hit, texts[hit.doc_id]))
                for hit in top if hit.read]
    initials = _initials_of_runs(question)   # "Police and Crime Commissioner" may be written "PCC"
    spelt = [initials[t].upper() for t in asked[1] if t in initials]
    if spoken_of_together(asked[0], list(dict.fromkeys(asked[1] + spelt)), passages):
        return ""
    surname, things = asked
    return f"{surname} and {', '.join(things)}"


def _with_the_item_before(hit: Hit, text: str) -> list[str]:
    """The hit's sentences, after those of its agenda item before it in its document's `text` (from the item's
    heading): a list of declarations split over passages goes on under an application's title in an earlier one."""
    begins = text.rfind(hit.heading, max(0, hit.start - _ITEM_REACH), hit.start) if hit.heading else -1
    if begins < 0:
        return hit.read.texts
    return [text[start:end] for start, end in split_sentences(text, begins, hit.start)] + hit.read.texts


_ITEM_REACH = 5000   # characters before a passage searched for its item's heading


def _meeting_not_held(question: str, top: Hit,
                      document_text: Callable[[str], str | None] = lambda doc_id: None) -> str:
    """The date of the meeting the question asks about ("the cabinet meeting on 19 February 2009") when the
    closest minutes are known to be of another day, else "": what another meeting did does not answer. Not when
    the minutes of that day open in its document before the closest passage ends (`_holds_minutes_of`)."""
    dated = meeting_dated(question)
    if not dated:
        return ""
    written, iso = dated
    if not top.meeting_date:   # minutes of no known day that put business off to the day asked are of a day before it
        return written if _put_off_to(iso, top.text) else ""
    if top.meeting_date.startswith(iso) or iso.startswith(top.meeting_date):
        return ""
    # a page of several meetings heads each with its day and time ("Cabinet - Wednesday, 12th March, 2025 2.00
    # pm"), which no approval of earlier minutes gives
    if any(day.startswith(iso) or iso.startswith(day) for day, _ in dates_with_time(top.text)):
        return ""
    if _recounts_meeting_of(iso, top.text):
        return ""
    return "" if _holds_minutes_of(document_text(top.doc_id) or "", iso, top.end) else written


def _day_never_given(question: str, top: Hit, document_text: Callable[[str], str | None]) -> str:
    """The day of the meeting the question asks about ("the planning committee on 7 December 2023") when the closest
    minutes state no meeting date and their document never gives that day in any form, else "": minutes of another
    day do not answer for it."""
    dated = meeting_dated(question)
    if not dated or top.meeting_date or len(dated[1]) != 10 or _MEETING_BESIDE.search(question):
        return ""
    written, iso = dated
    return "" if _gives_day(document_text(top.doc_id) or top.text, iso) else written


# "the meeting that followed the 25 September 2025 meeting": another meeting, whose minutes may give that day only
# as the minutes they approve
_MEETING_BESIDE = re.compile(r"(?i)\b(?:followed|following|after|before|preceding|previous|next)\b")


def _gives_day(text: str, iso: str) -> bool:
    """Whether the text gives the day ("2023-12-07") as "7th December", "Dec 7", "07/12/2023" or "2023-12-07", other
    than as the day of minutes it approves: those are of a meeting before it."""
    year, month, day = iso.split("-")
    name = calendar.month_name[int(month)]
    months = rf"(?:{name}|{name[:3]})"
    number = rf"0?{int(day)}(?:st|nd|rd|th)?"
    day_given = re.compile(rf"(?i)\b{number}\s+(?:of\s+)?{months}\b|\b{months}\.?\s+{number}\b"
                           rf"|\b0?{int(day)}[./-]0?{int(month)}[./-](?:{year}|{year[2:]})\b|\b{iso}\b")
    return any(not _APPROVES_MINUTES.search(line) for line in text.splitlines() if day_given.search(line))


_APPROVES_MINUTES = re.compile(PREVIOUS_MINUTES_APPROVED, re.I)


def _recounts_meeting_of(iso: str, text: str) -> bool:
    """Whether the text says what the meeting of `iso` did ("The application had been deferred at the meeting of the
    Committee on 18 October 2023 to enable a site visit"): not by approving its minutes, which every next meeting
    records, nor by putting business off to it."""
    return any((normalise_date(m.group(0)) or "").startswith(iso)
               and re.search(r"\bmeeting\b", text[max(0, m.start() - 60):m.start()], re.I)
               and not re.search(r"\bminutes\b", text[max(0, m.start() - 120):m.end() + 60], re.I)
               and not _PUT_OFF.search(text[max(0, m.start() - 80):m.start()])
               for m in DAY_OR_MONTH_DATE.finditer(text))


def _put_off_to(iso: str, text: str) -> bool:
    """Whether the text gives the day `iso` only as the one business was put off to ("Item 10 had been deferred to the
    7 October 2020 Ordinary Council meeting"): what that meeting then did is not in it."""
    mentions = [m for m in DAY_OR_MONTH_DATE.finditer(text) if (normalise_date(m.group(0)) or "").startswith(iso)]
    return bool(mentions) and all(_PUT_OFF.search(text[max(0, m.start() - 80):m.start()]) for m in mentions)


# deferred to a later meeting, to the end of the sentence before its date: "deferred to the", "postponed until"
_PUT_OFF = re.compile(r"\b(?:deferred|postponed|adjourned|put\s+back|carried\s+forward|moved|rescheduled)\s+"
                      r"(?:to|until|till)\b[^.;]*$", re.I)


def _holds_minutes_of(document: str, iso: str, before: int) -> bool:
    """Whether the document, before offset `before`, opens the minutes of the meeting of `iso`: its day followed
    by the roll call (`metadata.days_called_with_roll_call`), as an agenda pack holds the minutes of the meeting
    before; not a resolution approving them ("the minutes of the meeting held on 3 December 2019 were confirmed"),
    which every next meeting records."""
    return any(day.startswith(iso) for day, _ in days_called_with_roll_call(document[:max(before, 0)]))


def _dates_dropped(notes: list[str]) -> list[str]:
    """The notes once the dates read from the question are dropped: no longer "meeting date: ...", and why."""
    return [n for n in notes if not n.startswith("meeting date")] + [
        "no answer within the dates named in the question; searched all dates"]


def _folders(corpus: Path | str | list) -> Path | list[Path]:
    return [Path(c) for c in corpus] if isinstance(corpus, (list, tuple)) else Path(corpus)


def by_council(hits: list[Hit]) -> list[list[Hit]]:
    """The hits grouped by council (a document of no known council on its own), each group in
    rank order, the groups in the order of their best hits."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.council or f"document {hit.doc_id}", []).append(hit)
    return list(groups.values())


def interleave(ranked_lists: list[list[Hit]], k: int, leading: int | None = None) -> list[Hit]:
    """Every list's first hit (best first), then every list's second, ..., up to k. With
    `leading`, the first `leading` lists' hits come before the other lists' in each round."""
    lead = len(ranked_lists) if leading is None else leading
    rounds = [[ranked_lists[n][i] for _, _, n in sorted((n >= lead, -hits[i].score, n)
                                                         for n, hits in enumerate(ranked_lists) if len(hits) > i)]
              for i in range(max((len(h) for h in ranked_lists), default=0))]
    return [hit for round_ in rounds for hit in round_][:k]


def _contains(value: str | None, wanted: str | None) -> bool:
    return not wanted or (value is not None and wanted.lower() in value.lower())
