"""Figures on the fifth held-out corpus (bench/heldout5/), read without a manifest.

    python bench/heldout5/measure.py [--skip-retrieval] [--verbose]

FOR THE LEAD'S ONE MEASUREMENT: nothing of the project has been run on this corpus (its gold
check, check_gold.py, extracts the text with pypdf, BeautifulSoup and python-docx, not with
assistant/). bench/realistic/measure.py run with `--corpus bench/heldout5/corpus --truth
bench/heldout5/truth.csv --questions bench/heldout5/questions.jsonl --generator
bench/heldout5/make_heldout5.py`, as bench/heldout4/measure.py runs it, and:

- the furniture detector of bench/heldout4/measure.py (with the patterns of bench/fresh,
  bench/heldout-docs and bench/heldout3), plus the patterns of what make_heldout5.py's forms plant
  (below), and as page edges every line `make_heldout5.planted_furniture` lists for a document
  (site menus, breadcrumbs, sidebars and footers, running headers and footers, "Page {n} of
  {total}", logo lines, "Agenda Item N" marks);
- the metadata figures of bench/heldout3 (a document that states no date is right read with none),
  plus the number of furniture lines truth.csv says were planted;
- the unanswerable questions counted apart: near misses (`u`, the text nearly answers) and
  ordinary ones (`n`, the subject or the council is absent), before the realistic figures (which
  count them together).
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))

import measure as base  # noqa: E402  (bench/realistic/measure.py)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


heldout4 = _load("_heldout4_measure", HERE.parent / "heldout4" / "measure.py")   # detector, metadata, misses

# What make_heldout5.py's forms put around the minutes, as it can appear in the text read.
HELDOUT5_PATTERNS = [
    # Public Document Packs
    r"^public document pack$", r"^(?:agenda )?item \d+$",
    # ModernGov pages: sidebar, footer, media
    r"^meeting details$", r"^browse meetings$", r"^meeting calendar$", r"^committee structure$",
    r"^attendance details$", r"^issue history$", r"^terms of use$", r"^webcast for this meeting$",
    # Word headers
    r"^classification: public$", r"^data label: public$",
]


def source_edges() -> dict[str, list[str]]:
    """Every planted furniture line of each document, as bench/realistic compares lines."""
    generator = base.generator()
    return {doc["name"]: [base._key(line.format(n=0, total=0)) for line in generator.planted_furniture(doc)
                          if line.strip()]
            for doc in generator.content.DOCUMENTS}


def install() -> None:
    """Point bench/realistic/measure.py at this corpus and extend heldout4's furniture detector."""
    heldout4.install()
    base.GENERATOR = HERE / "make_heldout5.py"
    base.FURNITURE_PATTERNS = base.FURNITURE_PATTERNS + heldout4.fresh.whole_line(HELDOUT5_PATTERNS)
    base._FURNITURE = [re.compile(p, re.I) for p in base.FURNITURE_PATTERNS]
    base.source_edges = source_edges


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--questions" not in argv:
        argv += ["--questions", str(HERE / "questions.jsonl")]
    argv += ["--corpus", str(HERE / "corpus"), "--truth", str(HERE / "truth.csv"),
             "--generator", str(HERE / "make_heldout5.py")]
    install()
    return base.main(argv)


if __name__ == "__main__":
    sys.exit(main())
