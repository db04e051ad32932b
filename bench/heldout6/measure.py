"""Figures on the sixth held-out corpus (bench/heldout6/), read without a manifest.

    python bench/heldout6/measure.py [--skip-retrieval] [--verbose]

FOR THE LEAD'S ONE MEASUREMENT: nothing of the project has been run on this corpus (its gold
check, check_gold.py, extracts the text with pypdf, BeautifulSoup and python-docx, not with
assistant/), and this script has NOT been run. It is bench/heldout5/measure.py pointed at this
corpus: bench/realistic/measure.py run with `--corpus bench/heldout6/corpus --truth
bench/heldout6/truth.csv --questions bench/heldout6/questions.jsonl --generator
bench/heldout6/make_heldout6.py`, with

- heldout5's furniture detector (heldout4's, with the patterns of bench/fresh, bench/heldout-docs
  and bench/heldout3, plus heldout5's patterns for the forms that make_heldout6.py borrows), and as
  page edges every line `make_heldout6.planted_furniture` lists for a document;
- heldout3's metadata figures (via heldout4), plus the number of furniture lines truth.csv says
  were planted;
- the unanswerable questions counted apart: near misses (`u`) and ordinary ones (`n`).

The corpus is not committed: it is built by make_heldout6.py when missing (deterministic).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


heldout5 = _load("_heldout5_measure", HERE.parent / "heldout5" / "measure.py")   # detector, metadata, misses
base = heldout5.base                                                               # bench/realistic/measure.py


def install(here: Path = HERE, generator: str = "make_heldout6.py") -> None:
    """heldout5's installation (heldout4's detector plus heldout5's patterns), pointed at a generator."""
    heldout5.install()
    base.GENERATOR = here / generator


def main(argv: list[str] | None = None, here: Path = HERE, generator: str = "make_heldout6.py") -> int:
    """The figures of the corpus in `here` (bench/heldout7/measure.py calls this with its own folder)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--questions" not in argv:
        argv += ["--questions", str(here / "questions.jsonl")]
    argv += ["--corpus", str(here / "corpus"), "--truth", str(here / "truth.csv"),
             "--generator", str(here / generator)]
    install(here, generator)
    return base.main(argv)


if __name__ == "__main__":
    sys.exit(main())
