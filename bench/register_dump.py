"""`register_hits` for many promise questions, filters and k, as JSON, to compare two versions of the code.

    PYTHONPATH=<code> python bench/register_dump.py INDEX > hits.json

27 questions (17 general ones, then "What did <council> promise?" and "What actions did
<council> agree about children in care?" for each council of the index) × no filter, a
date filter and a committee filter × k = 1, 5, 10. Per call: each hit's passage id,
document, offsets, marked commitments and score (rounded to 6 places).
"""
from __future__ import annotations

import json
import sys

QUESTIONS = [
    "What did officers promise to bring back to the committee?", "What actions were agreed?",
    "What did the Director agree to do?", "What did we promise the committee about the LiquidLogic data?",
    "What was resolved about the budget?", "What information was requested about caseloads?",
    "What did the DCS commit to?", "Which actions are outstanding?",
    "What did the Cabinet Member agree to report back on?", "What did members ask for?",
    "What did the committee request from the Welsh Government?",
    "What did the Minister agree to write to the committee about?", "What follow-up was promised on school funding?",
    "What did the Chair undertake to do?", "What was the committee told would be brought back?",
    "What did the Chief Executive commit to?", "What did officers agree to do about agency staff?"]


def main() -> None:
    from assistant import Assistant
    from assistant.embed import SentenceTransformerEmbedder
    from assistant.models import Filters
    from assistant.register import register_hits

    assistant = Assistant.open(sys.argv[1], embedder=SentenceTransformerEmbedder.load())
    councils = assistant.store.distinct("council")
    questions = QUESTIONS + [f"What did {c} promise?" for c in councils]
    questions += [f"What actions did {c} agree about children in care?" for c in councils]
    out = []
    for question in questions:
        for filters in (None, Filters(date_from="2020"), Filters(committee="committee")):
            for k in (1, 5, 10):
                hits = register_hits(assistant, question, filters, k)
                out.append([question, str(filters), k, [[h.passage_id, h.doc_id, h.start, h.end, h.sentences,
                                                         round(h.score, 6)] for h in hits]])
    print(json.dumps(out))
    assistant.close()


if __name__ == "__main__":
    main()
