"""The store's narrow interface (assistant/backend.py): Store satisfies it, and callers use nothing else."""
from __future__ import annotations

import inspect
import re
from pathlib import Path

from assistant.backend import SearchBackend, missing_methods
from assistant.store import Store

ROOT = Path(__file__).resolve().parent.parent
CALLERS = ["assistant/search.py", "assistant/core.py", "assistant/register.py", "assistant/commitments.py",
           "assistant/answer.py"] + [str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py")]


def protocol_members() -> set[str]:
    return {name for name in vars(SearchBackend) if not name.startswith("_")}


def test_an_open_store_is_a_search_backend(sample_index):
    store = Store.open(sample_index)
    try:
        assert isinstance(store, SearchBackend)
        assert missing_methods(store) == []
    finally:
        store.close()


def test_an_object_without_the_methods_is_not_one():
    assert not isinstance(object(), SearchBackend)
    assert "fts_search" in missing_methods(object())


def test_store_methods_take_the_protocols_parameters():
    for name in protocol_members():
        wanted = getattr(SearchBackend, name)
        if isinstance(wanted, property):
            continue
        got = inspect.signature(getattr(Store, name)).parameters
        assert list(got) == list(inspect.signature(wanted).parameters), name


def test_retrieval_and_answers_call_only_the_protocol_on_the_store():
    used = set()
    for path in CALLERS:
        used |= set(re.findall(r"\bstore\.([a-z_]+)", (ROOT / path).read_text()))
    assert used, "the scan found no calls: the pattern no longer matches the code"
    assert used <= protocol_members(), f"not in SearchBackend: {sorted(used - protocol_members())}"
