"""What every document of the corpora reads as, to compare two versions of the readers.

    PYTHONPATH=<code> python bench/reader_dump.py > before.jsonl      # e.g. PYTHONPATH=/work/main
    PYTHONPATH=<code> python bench/reader_dump.py > after.jsonl
    python bench/reader_dump.py --diff before.jsonl after.jsonl

One JSON line per document of `corpus/` and the bench corpora (build a missing one with its
generator or measure.py first), read without a manifest: a hash of its text, where its pages
start, and its council, committee, meeting date, title and kind with their sources. `--diff`
prints each field that differs and how many documents read differently.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

CORPORA = ("corpus", "bench/realistic/corpus", "bench/fresh/corpus", "bench/heldout3/corpus",
           "bench/heldout4/corpus", "bench/heldout-docs/corpus", "bench/heldout5/corpus", "bench/heldout6/corpus",
           "bench/heldout7/corpus", "bench/heldout8/corpus", "bench/heldout9/corpus", "bench/heldout10/corpus",
           "bench/heldout11/corpus", "bench/heldout12/corpus",
           "bench/heldout13/corpus", "bench/heldout14/corpus",
           "bench/heldout15/corpus",
           "bench/heldout16/corpus", "bench/heldout17/corpus", "bench/heldout18/corpus", "bench/heldout19/corpus",
           "bench/heldout20/corpus", "bench/heldout21/corpus", "bench/heldout22/corpus", "bench/heldout23/corpus",
           "bench/heldout24/corpus", "bench/heldout25/corpus",
           "bench/heldout26/corpus", "bench/heldout27/corpus", "bench/heldout28/corpus",
           "bench/heldout29/corpus", "bench/heldout30/corpus", "bench/heldout31/corpus", "bench/heldout32/corpus",
           "bench/heldout33/corpus", "bench/heldout34/corpus")
CORPORA += tuple(f"bench/heldout{n}/corpus" for n in range(35, 53))
FIELDS = ("text", "pages", "council", "committee", "meeting_date", "title", "kind", "sources")


def dump(root: Path) -> None:
    from assistant.documents import find_documents, read_document

    for folder in CORPORA:
        if not (root / folder).is_dir():
            print(f"{folder}: missing, skipped", file=sys.stderr)
            continue
        for path in find_documents(root / folder):
            print(json.dumps({"doc": f"{folder}/{path.name}", **_read(path, read_document)}, ensure_ascii=False))


def _read(path: Path, read_document) -> dict:
    try:
        doc = read_document(path)
    except Exception as error:   # a file that fails to read is itself a difference to show
        return {"error": str(error)}
    found = {name: getattr(doc, name) for name in FIELDS if name != "text"}
    return {"text": hashlib.sha256(doc.text.encode()).hexdigest()[:16], **found}


def diff(before: Path, after: Path) -> None:
    old, new = _load(before), _load(after)
    changed = set()
    for doc in sorted(old.keys() | new.keys()):
        for name in ("error", *FIELDS):
            a, b = old.get(doc, {}).get(name), new.get(doc, {}).get(name)
            if a != b:
                changed.add(doc)
                print(f"{doc}: {name} {str(a)[:120]!r} -> {str(b)[:120]!r}")
    print(f"documents: {len(old)} before, {len(new)} after; read differently: {len(changed)}")


def _load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["doc"]: row for row in rows}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--diff"] and len(sys.argv) == 4:
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        dump(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("."))
