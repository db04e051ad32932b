"""Procedure is not a commitment unless asked for; a fragment never is."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.commitments import is_fragment
from assistant.commitments import is_procedural as procedural_commitment
from assistant.models import Commitment


def is_procedural(text: str) -> bool:
    return procedural_commitment(Commitment(text, None, None, None, "resolution", "d", 0, len(text)))

MINUTES = """Cabinet

Minutes of the meeting held on 9 March 2021

1. Apologies for absence

Apologies for absence were received from Councillor Green.

2. Minutes

RESOLVED: That the minutes of the meeting held on 9 February 2021 be approved as a correct record and signed \
by the Chair.

3. Home to school transport

The Director of Education agreed to bring a report on the cost of home to school transport to the next meeting.

RESOLVED: That Cabinet:

4. Date of next meeting

RESOLVED: That the date of the next meeting, 13 April 2021, be noted.
"""


@pytest.mark.parametrize("text", [
    "RESOLVED: That the minutes of the meeting held on 9 February 2021 be approved as a correct record.",
    "Apologies for absence were received from Councillor Green.",
    "There were no declarations of interest.",
    "RESOLVED: That the date of the next meeting be noted.",
    "The meeting closed at 8.45 pm.",
    "RESOLVED: That the press and public be excluded from the meeting for the following item.",
])
def test_procedure_is_recognised(text):
    assert is_procedural(text)


@pytest.mark.parametrize("text", [
    "The Director agreed to bring a report on school transport to the next meeting.",
    "RESOLVED: That the application be refused on highway grounds.",
    "Members asked for a briefing on the record number of referrals.",
])
def test_business_is_not_procedure(text):
    assert not is_procedural(text)


@pytest.mark.parametrize("text, fragment", [
    ("RESOLVED: That Cabinet:", True), ("RESOLVED –", True), ("Agreed.", True),
    ("RESOLVED: That the application be refused.", False),
    ("The Director agreed to bring a report to the next meeting.", False),
])
def test_fragments(text, fragment):
    assert is_fragment(text) is fragment


@pytest.fixture
def cabinet(assistant_over):
    return assistant_over({"cabinet.txt": MINUTES})


def test_the_register_leaves_procedure_out_unless_asked(cabinet):
    business = cabinet.commitments()
    everything = cabinet.commitments(procedural=True)
    assert [c.text for c in business if "home to school transport" in c.text]
    assert not any(is_procedural(c.text) for c in business)
    assert any("correct record" in c.text for c in everything) and len(everything) > len(business)
    assert not any(c.text.strip() == "RESOLVED: That Cabinet:" for c in everything)


def test_the_cli_flag_includes_procedure(cabinet):
    runner = CliRunner()
    plain = runner.invoke(cli, ["commitments", "--index", str(cabinet.index_dir)])
    full = runner.invoke(cli, ["commitments", "--index", str(cabinet.index_dir), "--procedural"])
    assert plain.exit_code == 0 and full.exit_code == 0, plain.output + full.output
    folded = [" ".join(result.output.split()) for result in (plain, full)]
    assert "correct record" not in folded[0] and "correct record" in folded[1]
