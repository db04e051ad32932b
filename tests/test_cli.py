"""The `minutes-qa` command, through click's CliRunner, on real indexes."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from assistant.cli import cli

from conftest import CORPUS


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help(runner):
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_ingest_reports_files_passages_and_skips(runner, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    result = runner.invoke(cli, ["ingest", str(corpus), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 0, result.output
    assert "5 read" in result.output and "1 skipped" in result.output
    assert "skipped broken.pdf" in result.output
    assert "Passages:" in result.output and "Time:" in result.output
    again = runner.invoke(cli, ["ingest", str(corpus), "--index", str(tmp_path / "idx")])
    assert "5 unchanged" in again.output


def test_ask_prints_answer_and_citations(runner, sample_index):
    result = runner.invoke(cli, ["ask", "What did Ofsted say about caseloads?", "--index", str(sample_index)])
    assert result.exit_code == 0, result.output
    assert "[1]" in result.output and "Council" in result.output


def test_ask_prints_the_question_words_a_passage_lacks(runner, sample_index):
    result = runner.invoke(cli, ["ask", "Who seconded the motion about Ofsted caseloads?", "--index", str(sample_index)])
    assert result.exit_code == 0, result.output
    assert "(not in this passage: seconded, motion" in result.output


def test_ask_says_on_stderr_that_it_is_loading_the_model(runner, sample_index):
    result = runner.invoke(cli, ["ask", "What did Ofsted say about caseloads?", "--json", "--index", str(sample_index)])
    assert result.exit_code == 0, result.output
    assert "Loading the embedding model" in result.stderr
    assert "Loading" not in result.stdout and json.loads(result.stdout)["passages"]


def test_filters_read_from_the_question_can_be_undone(runner, sample_index):
    question = "What did Ofsted say about caseloads in Medway?"
    narrowed = runner.invoke(cli, ["ask", question, "--index", str(sample_index)])
    assert "(council: Medway Council (named in the question))" in narrowed.output
    assert "add --as-written" in narrowed.output
    assert "Buckinghamshire" not in narrowed.output
    # as written, other councils' passages come back below Medway's (the question names Medway)
    written = runner.invoke(cli, ["ask", question, "--index", str(sample_index), "--as-written", "-k", "8"])
    assert written.exit_code == 0, written.output
    assert "named in the question" not in written.output and "--as-written" not in written.output
    assert "Buckinghamshire County Council" in written.output


def test_ask_json_has_passage_fields(runner, sample_index):
    result = runner.invoke(cli, ["ask", "Who chairs the Improvement Board?", "--json",
                                 "--index", str(sample_index), "--council", "Medway"])
    data = json.loads(result.stdout)
    assert {"answered", "summary", "passages"} <= set(data)
    passage = data["passages"][0]
    for key in ("doc_id", "text", "council", "committee", "meeting_date", "title", "start", "end", "score",
                "citation", "missing"):
        assert key in passage
    assert passage["council"] == "Medway Council"


def test_user_errors_are_one_line(runner, tmp_path):
    result = runner.invoke(cli, ["ask", "anything", "--index", str(tmp_path / "missing")])
    assert result.exit_code != 0
    assert "Error: no index in" in result.output and "Traceback" not in result.output
    result = runner.invoke(cli, ["ask", "anything", "--index", str(tmp_path), "--since", "last week"])
    assert result.exit_code != 0 and "not a date" in result.output
    result = runner.invoke(cli, ["ingest", str(tmp_path / "nope"), "--index", str(tmp_path / "i")])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_eval_prints_metrics(runner, sample_index, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"id": "a", "question": "Who chairs Medway's Improvement Board?",
                    "gold": [{"doc": "003_b947c19c3b976506", "quote": "independently chaired by Rory Paterson"}]})
        + "\n" + json.dumps({"id": "b", "question": "What was decided about the new leisure centre?", "gold": []}))
    result = runner.invoke(cli, ["eval", str(questions), "--index", str(sample_index), "--json", "--compare"])
    assert result.exit_code == 0, result.output
    reports = {r["method"]: r for r in json.loads(result.stdout)}
    assert set(reports) == {"naive", "bm25", "dense", "hybrid"}
    assert reports["naive"]["questions"] == 2 and reports["naive"]["abstention_accuracy"] == 0.0  # never abstains
    assert reports["hybrid"]["hit_at_5"] == 1.0
    assert reports["hybrid"]["abstention_accuracy"] == 1.0
