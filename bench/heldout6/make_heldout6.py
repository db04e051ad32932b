"""Build the sixth held-out corpus: bench/heldout6/corpus/ from the documents in content.py.

    python bench/heldout6/make_heldout6.py [--out DIR] [--furniture]

The forms are heldout5's (ModernGov meeting, item and decision pages with their site frame, printed
PDF minutes, Public Document Packs, Word reports and minutes, plain text): this script imports
bench/heldout5/make_heldout5.py and draws this corpus's documents with its renderers
(`RENDERERS`, `EXTENSIONS`, `planted_furniture`), rather than copying them. It imports nothing of
assistant/. The corpus is not committed (it is gitignored): build it here.

Deterministic: two builds give the same bytes. `--furniture` prints, per document, the furniture
lines planted, which truth.csv counts. Every word of the business, the people and the figures is
invented; the councils are real.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# heldout5's generator (its renderers); it imports its own content.py, which is not used here.
heldout5 = _load("_heldout5_make", HERE.parent / "heldout5" / "make_heldout5.py")
# this corpus's documents, under a name of their own so that heldout5's `content` is not shadowed
content = _load("_heldout6_content", HERE / "content.py")

EXTENSIONS = heldout5.EXTENSIONS
RENDERERS = heldout5.RENDERERS
planted_furniture = heldout5.planted_furniture


class HeldoutSet:
    """A corpus of heldout5's forms drawn from one folder's content.py: bench/heldout6 here, and
    bench/heldout7, whose make_heldout7.py is this class pointed at its own folder."""

    def __init__(self, here: Path, content):
        self.content, self.corpus, self.truth = content, here / "corpus", here / "truth.csv"

    def truth_rows(self) -> list[dict]:
        return [{"doc": d["name"], "form": d["form"], "council": d["council"], "council_stated": d["stated"],
                 "committee": d["committee"], "meeting_date": d["date"], "date_stated": "yes",
                 "furniture_lines": len(planted_furniture(d))} for d in self.content.DOCUMENTS]

    def build(self, out: Path | None = None) -> None:
        out = Path(out or self.corpus)
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        for doc in self.content.DOCUMENTS:
            RENDERERS[doc["form"]](dict(doc), out / f"{doc['name']}{EXTENSIONS[doc['form']]}")

    def write_truth(self, path: Path | None = None) -> None:
        rows = self.truth_rows()
        with Path(path or self.truth).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    def main(self, argv: list[str] | None = None, doc: str = __doc__) -> int:
        parser = argparse.ArgumentParser(description=doc.splitlines()[0])
        parser.add_argument("--out", type=Path, default=self.corpus)
        parser.add_argument("--furniture", action="store_true", help="List the furniture lines planted per document.")
        args = parser.parse_args(argv)
        if args.furniture:
            for document in self.content.DOCUMENTS:
                print(document["name"])
                print("\n".join(f"  {line}" for line in planted_furniture(document)))
            return 0
        self.build(args.out)
        if args.out.resolve() == self.corpus:
            self.write_truth()
        print(f"wrote {len(self.content.DOCUMENTS)} documents to {args.out}")
        return 0


SET = HeldoutSet(HERE, content)
CORPUS, TRUTH = SET.corpus, SET.truth
truth_rows, build, write_truth, main = SET.truth_rows, SET.build, SET.write_truth, SET.main


if __name__ == "__main__":
    sys.exit(main())
