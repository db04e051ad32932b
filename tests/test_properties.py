"""Properties that hold for every input (Hypothesis): question and filter parsing never fail
in an unplanned way, passage offsets are always verbatim, and no question makes an FTS5
syntax error. Example counts are modest so that the suite stays quick."""
from __future__ import annotations

import datetime
import sqlite3

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from assistant import validate
from assistant.baseline import match_expression
from assistant.dates import date_bounds, normalise_date
from assistant.errors import InvalidCount, InvalidDate, InvalidInput
from assistant.models import Document, Filters
from assistant.normalise import normalise_text
from assistant.passages import split_passages
from assistant.query import MAX_QUERY_CHARS, MAX_TERMS, fts_expression, parse_query
from assistant.question_filters import dates_named, read_filters
from assistant.sentences import split_sentences

QUICK = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
COUNCILS = ["Medway Council", "Kent County Council", "Wirral Council"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Text a user might type or paste, weighted towards what parsers treat specially.
SPECIAL = list('"“”*^():-+{}[],.;?!\'’_/\\%') + ["AND", "OR", "NOT", "NEAR", "Council", "Kent", "since", "between",
                                                   "and", "2019", "2019-07", "31/02/2019", "in", "May", "\n", "\t"]
questions = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=12)), max_size=30).map(" ".join)
any_text = st.one_of(questions, st.text(max_size=200))


# ------------------------------------------------------------------ question parsing

@QUICK
@given(any_text)
def test_parse_query_never_fails_and_keeps_its_bounds(question):
    query = parse_query(question)
    assert len(query.text) <= MAX_QUERY_CHARS
    assert len(query.terms) <= MAX_TERMS and len(set(query.terms)) == len(query.terms)
    assert all(term == term.lower() and term for term in query.terms)


@QUICK
@given(any_text)
def test_filters_read_from_any_question_are_real_and_in_order(question):
    read = read_filters(question, Filters(), COUNCILS)
    assert read.filters.council in (None, *COUNCILS)
    for value in (read.filters.date_from, read.filters.date_to):
        assert value is None or date_bounds(value) is not None
    if read.filters.date_from and read.filters.date_to:
        assert date_bounds(read.filters.date_from)[0] <= date_bounds(read.filters.date_to)[1]
    if read.date_phrase:
        assert read.date_phrase in question


@QUICK
@given(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)), questions)
def test_a_month_named_in_a_question_becomes_that_month(day, rest):
    assume(dates_named(rest)[:2] == (None, None))      # "... ? since 2019" names another date, which may win
    date_from, date_to, phrase = dates_named(f"What was decided in {MONTHS[day.month - 1]} {day.year}? {rest}")
    assert (date_from, date_to) == (day.strftime("%Y-%m"),) * 2
    assert phrase == f"in {MONTHS[day.month - 1]} {day.year}"


@QUICK
@given(any_text, st.sampled_from([Filters(), Filters(council="Kent County Council"),
                                  Filters(date_from="2018", date_to="2019-06")]))
def test_given_filters_always_win_over_those_read(question, given_filters):
    read = read_filters(question, given_filters, COUNCILS)
    for name in ("council", "date_from", "date_to"):
        if getattr(given_filters, name):
            assert getattr(read.filters, name) == getattr(given_filters, name)


# ------------------------------------------------------------------ filter values and dates

@QUICK
@given(st.text(max_size=40))
def test_a_date_filter_is_a_real_partial_date_or_refused(value):
    try:
        checked = validate.date(value)
    except InvalidDate as error:
        assert "is not a date like" in str(error)
        return
    assert checked is None or date_bounds(checked) is not None


@QUICK
@given(st.dates())
def test_every_real_day_month_and_year_is_accepted_as_a_filter(day):
    iso = day.isoformat()
    for value in (iso, iso[:7], iso[:4]):
        assert validate.date(value) == value
    assert date_bounds(iso) == (iso, iso)


@QUICK
@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_a_date_as_written_in_minutes_reads_as_its_iso_form(day):
    """Minutes are dated 1900 to 2099; other years in a text are more often figures than dates."""
    assert normalise_date(f"{day.day} {MONTHS[day.month - 1]} {day.year}") == day.isoformat()
    assert normalise_date(f"{MONTHS[day.month - 1]} {day.year}") == day.strftime("%Y-%m")


@QUICK
@given(st.dates().filter(lambda day: not 1900 <= day.year <= 2099))
def test_a_year_outside_1900_to_2099_is_not_read_as_a_date(day):
    assert normalise_date(f"{day.day} {MONTHS[day.month - 1]} {day.year}") is None


@QUICK
@given(st.text(max_size=30))
def test_date_bounds_of_anything_are_none_or_an_ordered_pair_of_days(value):
    bounds = date_bounds(value)
    if bounds is not None:
        first, last = (datetime.date.fromisoformat(b) for b in bounds)
        assert first <= last


@QUICK
@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=8), st.none(), st.booleans()))
def test_k_is_a_whole_number_in_range_or_refused(value):
    try:
        k = validate.count(value)
    except InvalidCount:
        return
    assert isinstance(k, int) and not isinstance(k, bool) and 1 <= k <= validate.MAX_K


@QUICK
@given(st.text(max_size=2100).map(lambda s: s + "\ud800" if len(s) % 3 == 0 else s))
def test_a_question_is_clean_and_within_the_limit_or_refused(value):
    try:
        question = validate.question(value)
    except InvalidInput:
        return
    assert question and question == question.strip() and len(question) <= validate.MAX_QUESTION_CHARS
    question.encode("utf-8")         # no lone surrogates left
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in question)


@QUICK
@given(st.text(max_size=600), st.text(max_size=20), st.text(max_size=20))
def test_filters_are_bounded_and_ordered_or_refused(council, date_from, date_to):
    try:
        checked = validate.filters(Filters(council=council, committee=council, date_from=date_from,
                                           date_to=date_to, kind=council))
    except InvalidInput:
        return
    assert checked.council is None or len(checked.council) <= validate.MAX_FILTER_CHARS
    if checked.date_from and checked.date_to:
        assert date_bounds(checked.date_from)[0] <= date_bounds(checked.date_to)[1]


# ------------------------------------------------------------------ passage splitting

LINES = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120),
    st.sampled_from(["1. Apologies", "2.1 The panel noted the report.", "• a bullet point", "(a) an item",
                     "RESOLVED: that the report be noted.", "Cllr Smith: I agree. Mr. Jones asked why?",
                     "Caseloads\t18\tper worker", "ITEM 4 - BUDGET", "", "   "]),
    st.lists(st.sampled_from(["The", "committee", "noted", "caseloads", "fell.", "Ofsted", "said", "e.g.", "18",
                              "per", "worker;", "Director", "agreed!", "Why?"]), min_size=1, max_size=60).map(" ".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=40), st.sampled_from(["\n", "\n\n"]), st.sampled_from([None, 40, 160]))
def test_passages_and_sentences_are_always_verbatim_spans_of_the_text(lines, joiner, budget):
    text = normalise_text(joiner.join(lines))
    doc = Document(doc_id="d", path="d.txt", text=text)
    passages = split_passages(doc, budget)
    previous_end = 0
    for passage in passages:
        assert passage.text == text[passage.start:passage.end]
        assert 0 <= passage.start < passage.end <= len(text) and passage.start >= previous_end
        previous_end = passage.end
        for start, end in split_sentences(text, passage.start, passage.end):
            assert passage.start <= start < end <= passage.end
            assert text[start:end] == text[start:end].strip()


# ------------------------------------------------------------------ FTS query building

def fts_table() -> sqlite3.Connection:
    """A real FTS5 table with the index's own tokenizer."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE passages_fts USING fts5(text, heading, context, tokenize='porter unicode61')")
    db.execute("INSERT INTO passages_fts VALUES ('The committee noted caseloads of 18 per worker.', 'Ofsted', '')")
    return db


DB = fts_table()


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_no_question_makes_an_fts_syntax_error(question):
    question = validate.clean_text(question)
    query = parse_query(question)
    for expression in (fts_expression(query, phrases=True), fts_expression(query, phrases=False),
                       match_expression(question)):
        if expression:       # an empty expression is never run (search returns no keyword hits)
            DB.execute("SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?",
                       [expression]).fetchall()


def test_the_fts_check_can_fail():
    """The property above would catch a leak: raw syntax is an error in this table."""
    import pytest

    with pytest.raises(sqlite3.OperationalError):
        DB.execute("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?", ['caseloads AND (']).fetchall()
