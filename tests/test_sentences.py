"""Sentence spans: table rows, and questions told apart from statements."""
from __future__ import annotations

import pytest

from assistant.sentences import is_question, only_names, split_sentences, table_cells


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


@pytest.mark.parametrize("sentence, line, names", [
    ("12 Coldharbour Lane, SW9 (22/03318/FUL)", "3. 12 Coldharbour Lane, SW9 (22/03318/FUL)", True),
    ("Budget Monitoring 2023/24", "45/20 Budget Monitoring 2023/24", True),
    ("Venue: Assembly Hall, Town Hall", "Venue: Assembly Hall, Town Hall", True),
    ("Contact: Jo Bloggs, 01234 567890", "Contact: Jo Bloggs, 01234 567890", True),
    ("RESOLVED: That the application be refused", "4. RESOLVED: That the application be refused", False),
    ("The Committee agreed the report.", "4. The Committee agreed the report.", False),
    ("Members discussed the budget", "Members discussed the budget", False),   # no item number: not a title
])
def test_only_names_an_items_title_or_the_venue(sentence, line, names):
    assert only_names(sentence, line) is names
