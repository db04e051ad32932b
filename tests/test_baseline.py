"""The naive baseline: its own chunks and FTS5 BM25 on the question's words."""
from __future__ import annotations

from assistant.baseline import NaiveBM25, match_expression, naive_chunks
from assistant.passages import count_tokens

TEXT = ("Item 1. Apologies were received from Councillor Smith.\n\n"
        "The Director reported that caseloads had fallen to 18 per worker.\n\n"
        + " ".join(["The panel discussed the budget at length."] * 80) + "\n\n"
        "Ofsted found that caseloads were too high in the assessment teams.")


def test_chunks_are_verbatim_spans_within_the_budget():
    chunks = naive_chunks("d", TEXT, budget=60)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.text == TEXT[chunk.start:chunk.end]
        assert count_tokens(chunk.text) <= 60
    assert chunks[0].start == 0 and chunks[-1].end == len(TEXT)
    assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:]))


def test_short_paragraphs_are_merged_in_order():
    chunks = naive_chunks("d", "One.\n\nTwo.\n\nThree.", budget=200)
    assert [c.text for c in chunks] == ["One.\n\nTwo.\n\nThree."]


def test_match_expression_quotes_every_word_so_no_syntax_leaks():
    assert match_expression('caseloads AND "Ofsted" NEAR(x*)') == '"caseloads" OR "and" OR "ofsted" OR "near" OR "x"'
    assert match_expression("  ?! ") == ""


def test_search_ranks_by_the_questions_words():
    naive = NaiveBM25([("a", TEXT), ("b", "Nothing about social care here.\n\nThe weather was fine.")], budget=60)
    hits = naive.search("What did Ofsted say about caseloads?", k=3)
    assert hits[0].doc_id == "a" and "Ofsted found" in hits[0].text
    assert naive.search('"', k=3) == [] and naive.search("", k=3) == []
