"""ModernGov planning minutes set the officer's recommendation on a line of its own ("RECOMMENDATION to CONSENT")
between the application's title and its minutes, and the decision as a label over its words ("RESOLVED" /
"Consent subject to the conditions ..."). The recommendation line carries on the application's item, and the
decision under its label answers "Was it approved?"."""
from __future__ import annotations

import pytest

from assistant.passages import _looks_like_heading
from assistant.search import _without_proposals_and_procedure

TREES = """Crawley Borough Council

Planning Committee - Monday, 5th June, 2023 7.00 pm

4.

Planning Application CR/2023/0311/TPO - Tilgate Park Pond, Tilgate, Crawley

To consider report PES/512 of the Head of Economy and Planning.

RECOMMENDATION to CONSENT

Minutes:

The Committee considered report PES/512 of the Head of Economy and Planning, which proposed to thin the crowns of two oak trees by up to 2 metres.

The Principal Planning Officer summarised the application, which sought consent to cut back two protected oak trees overhanging the footpath beside the pond.

The Committee then considered the application.

RESOLVED

Consent subject to the conditions set out in report PES/512.

5.

Planning Application CR/2023/0402/FUL - 12 Brighton Road, Southgate, Crawley

To consider report PES/513 of the Head of Economy and Planning.

RECOMMENDATION to REFUSE

Minutes:

The Committee considered the change of use of the shop to a takeaway and heard from a neighbour who objected to the late opening hours.

RESOLVED

Refuse for the reasons set out in report PES/513.
"""


@pytest.mark.parametrize("line", ["RECOMMENDATION to CONSENT", "RECOMMENDATION to REFUSE", "RECOMMENDATION: PERMIT",
                                  "Officer Recommendation - Approve subject to conditions"])
def test_a_recommendation_line_heads_no_item(line):
    assert not _looks_like_heading(line, standalone=True)


@pytest.mark.parametrize("line", ["Recommendations", "Recommendations of the Cabinet", "RECOMMENDATIONS FROM SCRUTINY"])
def test_a_heading_about_recommendations_still_heads(line):
    assert _looks_like_heading(line, standalone=True)


def test_a_decision_label_over_a_planning_decision_keeps_it():
    kept = _without_proposals_and_procedure("The Committee then considered the application.\n\nRESOLVED\n\n"
                                            "Consent subject to the conditions set out in report PES/512.")
    assert "RESOLVED" in kept and "Consent subject to the conditions" in kept


def test_was_it_approved_is_answered_by_the_decision_under_its_label(assistant_over):
    assistant = assistant_over({"trees.txt": TREES})
    answer = assistant.ask("Did Crawley planning committee approve the cutting back of the oak trees at Tilgate "
                           "Park Pond?")
    assert answer.answered, answer.notes
    first = answer.passages[0]
    assert "Tilgate Park Pond" in (first.heading or "") and "RECOMMENDATION" not in (first.heading or "")
    assert any(q.text.startswith("Consent subject to the conditions") for q in answer.quotes)
    assert not any(q.text.strip() == "RESOLVED" for q in answer.quotes)
    assert all(q.text in answer.passages[q.n - 1].text for q in answer.quotes)
