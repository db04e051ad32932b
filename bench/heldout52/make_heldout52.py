"""Build the fifty-second held-out corpus: bench/heldout52/corpus/ from the documents in content.py.

    python bench/heldout52/make_heldout52.py [--out DIR] [--furniture]

bench/heldout6/make_heldout6.py's generator (heldout5's forms and renderers) pointed at this
folder: only content.py is this corpus's own. It imports nothing of assistant/. The corpus is not
committed (it is gitignored): build it here. Deterministic: two builds give the same bytes.
`--furniture` prints, per document, the furniture lines planted, which truth.csv counts.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


heldout6 = _load("_heldout6_make", HERE.parent / "heldout6" / "make_heldout6.py")
content = _load("_heldout52_content", HERE / "content.py")

SET = heldout6.HeldoutSet(HERE, content)
CORPUS, TRUTH = SET.corpus, SET.truth
EXTENSIONS, RENDERERS, planted_furniture = heldout6.EXTENSIONS, heldout6.RENDERERS, heldout6.planted_furniture
truth_rows, build, write_truth = SET.truth_rows, SET.build, SET.write_truth


def main(argv: list[str] | None = None) -> int:
    return SET.main(argv, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
