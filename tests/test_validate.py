"""Every input checked where it enters: typed errors a user can act on, never a raw library error."""
from __future__ import annotations

import itertools
import random

import pytest

from assistant import Assistant, validate
from assistant.errors import (EmptyQuestion, FilterTooLong, InvalidCount, InvalidDate, InvalidInput,
                              MinutesQAError, QuestionTooLong)
from assistant.models import Filters
from assistant.register import select

from conftest import CORPUS, HashEmbedder

BAD_DATES = ["abc", "2019-1", "31/02/2019", " ", "2019-13", "2019-02-30", "2019-00", "0000", "2019-07-15x",
             "20190", "2019/07", "\ud800", "2019-07-\x00", "９９９９"]
GOOD_DATES = [("2019", "2019"), ("2019-07", "2019-07"), ("2019-07-15", "2019-07-15"), (" 2020-02-29 ", "2020-02-29")]


@pytest.fixture(scope="module")
def hashed(tmp_path_factory) -> Assistant:
    """The sample corpus with a tiny deterministic embedder: fast enough to try many hostile inputs."""
    assistant = Assistant.build(CORPUS, tmp_path_factory.mktemp("hashed") / "index", embedder=HashEmbedder())
    yield assistant
    assistant.close()


# ------------------------------------------------------------------ the checks themselves

def test_errors_are_minutes_qa_errors_and_value_errors():
    for error in (EmptyQuestion, QuestionTooLong, InvalidDate, InvalidCount, FilterTooLong):
        assert issubclass(error, InvalidInput) and issubclass(error, MinutesQAError)
        assert issubclass(error, ValueError)      # older callers catch ValueError for a bad form value


@pytest.mark.parametrize("value", BAD_DATES)
def test_a_date_in_no_accepted_form_is_refused_with_the_forms(value):
    with pytest.raises(InvalidDate, match="is not a date like 2019, 2019-07 or 2019-07-15"):
        validate.date(value)


@pytest.mark.parametrize("value, expected", GOOD_DATES)
def test_every_accepted_date_form_passes(value, expected):
    assert validate.date(value) == expected


def test_dates_out_of_order_are_refused():
    assert validate.date_range("2019", "2019-06") == ("2019", "2019-06")
    with pytest.raises(InvalidDate, match="is after"):
        validate.date_range("2020", "2019-06")


@pytest.mark.parametrize("k", [0, -1, -5, 51, 10**9, True, None, "five", 2.5])
def test_k_outside_one_to_the_maximum_is_refused(k):
    with pytest.raises(InvalidCount, match="from 1 to 50"):
        validate.count(k)


def test_k_in_range_passes_in_any_number_form():
    assert [validate.count(v) for v in (1, 50, 5.0, " 7 ")] == [1, 50, 5, 7]


def test_question_length_is_capped_and_configurable():
    with pytest.raises(QuestionTooLong, match="2,500 characters long; the limit is 2,000"):
        validate.question("a" * 2500)
    assert validate.question("a" * 2500, validate.Limits(max_question_chars=3000)) == "a" * 2500


@pytest.mark.parametrize("value", [None, "", "   ", "\n\t", "\x00\x01"])
def test_an_empty_question_says_so(value):
    with pytest.raises(EmptyQuestion, match="the question is empty"):
        validate.question(value)


def test_invalid_unicode_is_cleaned_not_refused():
    assert validate.question("caseloads \ud800 now") == "caseloads \ufffd now"
    assert validate.question("\ud83d\ude00 smile") == "\U0001F600 smile"     # a pair sent as two halves
    assert validate.question("a\x00b\x7fc") == "a b c"
    validate.question("caseloads \ud800").encode("utf-8")                     # encodable everywhere


def test_text_filters_are_bounded_and_blank_means_none():
    assert validate.text_filter("  Medway   Council ", "council") == "Medway Council"
    assert validate.text_filter("   ", "council") is None
    with pytest.raises(FilterTooLong, match="the council filter is 60,000 characters long"):
        validate.text_filter("x" * 60_000, "council")
    assert validate.filters(Filters(council=" Kent ", date_from=" 2019 ")) == Filters(council="Kent", date_from="2019")


# ------------------------------------------------------------------ through the Assistant

@pytest.mark.parametrize("value", ["abc", "2019-1", "31/02/2019", " ", "2019-13"])
def test_ask_refuses_bad_dates_instead_of_a_sqlite_or_calendar_error(hashed, value):
    for name in ("date_from", "date_to"):
        with pytest.raises(InvalidDate):
            hashed.ask("What did Ofsted say about caseloads?", **{name: value})


@pytest.mark.parametrize("k", [-1, -5, 0, 51])
def test_ask_refuses_k_out_of_range_instead_of_returning_passages(hashed, k):
    with pytest.raises(InvalidCount):
        hashed.ask("What did Ofsted say about caseloads?", k=k)


def test_a_huge_filter_value_is_refused_not_too_complex_for_like(hashed):
    for name in ("council", "committee", "kind"):
        with pytest.raises(FilterTooLong):
            hashed.ask("caseloads", **{name: "%" * 60_000})
    with pytest.raises(FilterTooLong):
        hashed.commitments(owner="x" * 60_000)


def test_like_wildcards_in_a_filter_match_only_themselves(hashed):
    assert hashed.ask("caseloads", council="medway").passages
    for wildcard in ("%", "_", "\\", "M_dway", "%way"):
        assert hashed.ask("caseloads", council=wildcard).passages == [], wildcard
    assert hashed.commitments(council="_") == []


def test_the_question_limit_comes_from_the_assistant(hashed, tmp_path):
    with pytest.raises(QuestionTooLong):
        hashed.ask("caseloads " * 300)
    roomy = Assistant.open(hashed.index_dir, embedder=hashed.embedder,
                           limits=validate.Limits(max_question_chars=5000))
    try:
        assert roomy.ask("caseloads " * 300).question.startswith("caseloads")
    finally:
        roomy.close()


def test_due_dates_of_the_register_are_checked(hashed):
    with pytest.raises(InvalidDate, match="due-from"):
        select(hashed, due_from="2019-13")
    assert select(hashed, due_from="2019") is not None


def test_a_lone_surrogate_does_not_crash_the_tokenizer(sample_assistant):
    answer = sample_assistant.ask("What did Ofsted say about caseloads?\ud800")
    assert answer.passages and "\ud800" not in answer.question


def test_hostile_inputs_give_an_answer_or_an_invalid_input_error(hashed):
    """A few hundred hostile combinations through `ask`: nothing but Answer or InvalidInput."""
    rng = random.Random(13)
    questions = ["", " ", "\ud800", "\udfff\ud800", "\x00", "?" * 50, '"' * 30, "AND OR NOT NEAR(", "*", "^",
                 "caseloads" + "\u0301" * 500, "Kent County Council " * 10, "in 2019-13", "between 31/02/2019",
                 "A" * 2000, "a" * 2001, "ｃａｓｅｌｏａｄｓ", "\u202e caseloads", "-- DROP TABLE passages;"]
    values = [None, "", " ", "%", "_", "\\", "'", '"', "\ud800", "x" * 600, "2019", "2019-13", "abc", "NULL"]
    tried = 0
    for question, council, date_from, kind in itertools.islice(
            itertools.product(questions, values, values, values), 0, None, 7):
        k = rng.choice([1, 5, 0, -1, 50, 51])
        tried += 1
        try:
            hashed.ask(question, k=k, council=council, date_from=date_from, kind=kind)
        except InvalidInput:
            pass
    assert tried > 500


# ------------------------------------------------------------------ at the edges: CLI and web app

def test_cli_refuses_bad_input_in_one_line_before_loading_anything(tmp_path):
    from click.testing import CliRunner

    from assistant.cli import cli

    runner, missing = CliRunner(), str(tmp_path / "no-index")    # refused before the index is even opened
    for args, message in ((["--since", "2019-13"], "--since '2019-13' is not a date"),
                          (["--until", "31/02/2019"], "--until '31/02/2019' is not a date"),
                          (["-k", "0"], "k must be a whole number from 1 to 50"),
                          (["--council", "x" * 600], "the council filter is 600 characters long")):
        result = runner.invoke(cli, ["ask", "caseloads?", "--index", missing, *args])
        assert result.exit_code == 2 and result.output.startswith(f"Error: {message}"), result.output
        assert len(result.output.strip().splitlines()) == 1
    long = runner.invoke(cli, ["ask", "a" * 2001, "--index", missing])
    assert long.exit_code == 2 and "the limit is 2,000" in long.output
    allowed = runner.invoke(cli, ["ask", "a" * 2001, "--index", missing, "--max-question-chars", "3000"])
    assert "no index in" in allowed.output                  # past the check, stopped by the missing index
    empty = runner.invoke(cli, ["ask", "  ", "--index", missing])
    assert empty.exit_code == 2 and "the question is empty" in empty.output


def test_web_app_shows_bad_input_as_a_message(hashed, tmp_path):
    import gradio as gr

    from ui import api
    from ui.chat import start_turn
    from ui.state import AppState

    state = AppState(hashed, tmp_path)
    ask, compare_councils = api.ask_endpoint(state), api.compare_endpoint(state)
    for kwargs, message in (({"k": 0}, "K must be a whole number from 1 to 20"),
                            ({"k": "many"}, "K must be"),
                            ({"council": "x" * 600}, "The council filter is 600 characters long"),
                            ({"date_from": "2019-13"}, "not a date"),
                            ({"date_from": "2021", "date_to": "2020"}, "is after")):
        with pytest.raises(gr.Error, match=message):
            ask("What did Ofsted say about caseloads?", **kwargs)
    with pytest.raises(gr.Error, match="The question is 2,001 characters long"):
        ask("a" * 2001)
    with pytest.raises(gr.Error, match="The question is empty"):
        compare_councils("   ")
    with pytest.raises(gr.Error, match="from 1 to 10"):
        compare_councils("caseloads", k=11)
    assert ask("What did Ofsted say about caseloads?\ud800", k=3)["question"].endswith("\ufffd")
    with pytest.raises(gr.Error, match="limit is 2,000"):
        start_turn("a" * 2001, [], "", "", "", "", "")
    page, box, pending = start_turn(" caseloads\ud800 ", [], "", "", "", "", "")
    assert pending == "caseloads\ufffd"


@pytest.mark.parametrize("value", ["¹", "²5", "٣"])
def test_k_written_with_other_digits_is_refused_not_a_crash(value):
    with pytest.raises(InvalidCount):
        validate.count(value)
