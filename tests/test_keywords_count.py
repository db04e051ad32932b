"""Keyword search must contribute: application numbers that only exact matching tells apart."""
from __future__ import annotations

APPLICATIONS = {"21/01234/FUL": "refused", "21/04321/FUL": "approved", "21/02143/FUL": "deferred",
                "21/03412/FUL": "withdrawn"}


def planning_minutes(reference: str, outcome: str) -> str:
    return (f"Planning Committee\n\n3. Application {reference}\n\nThe Committee considered application {reference} "
            f"for a two-storey rear extension to a semi-detached house. The application was {outcome}.\n")


def test_an_application_number_is_found_by_its_keyword(assistant_over):
    assistant = assistant_over({f"app{n}.txt": planning_minutes(ref, outcome)
                                for n, (ref, outcome) in enumerate(APPLICATIONS.items())})
    for reference in APPLICATIONS:
        number = reference.split("/")[1]
        question = f"What happened to planning application {reference}?"
        top = assistant.ask(question, k=4).passages[0]
        assert number in top.text, (reference, [h.doc_id for h in assistant.ask(question, k=4).passages])
