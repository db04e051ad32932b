"""Sentence spans: table rows, and questions told apart from statements."""
from __future__ import annotations

from assistant.sentences import is_question, split_sentences, table_cells


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_table_row_is_split_into_its_cells_and_row_labels_are_left_out():
    row = "Caseloads\tWhilst extra staff have been added, there is a risk. Referrals may rise.\tKeep oversight.\tB2\n"
    assert texts(row) == ["Whilst extra staff have been added, there is a risk.", "Referrals may rise.",
                          "Keep oversight."]


def test_a_line_without_tabs_is_one_cell():
    line = "The committee noted the report."
    assert table_cells(line, 0, len(line)) == [(0, len(line))]


def test_a_long_cell_without_a_full_stop_is_kept():
    row = "Risk\tSocial work capacity across the assessment teams\tAmber"
    assert texts(row) == ["Social work capacity across the assessment teams"]


def test_questions_are_told_from_statements():
    assert is_question("Can the Minister confirm the figure?")
    assert is_question("What about the students who cannot find work?)")
    assert is_question("He asked, “is that right?”")
    assert not is_question("The Minister confirmed the figure.")
    assert not is_question("Why this matters: capacity.")
