"""Figures on the held-out documents corpus (bench/heldout-docs/), read without a manifest.

    python bench/heldout-docs/measure.py [--skip-retrieval]

FOR THE LEAD'S ONE FINAL MEASUREMENT: nothing but the gold check (check_gold.py) has been run
on this corpus. bench/realistic/measure.py run with `--corpus bench/heldout-docs/corpus --truth
bench/heldout-docs/truth.csv --questions bench/heldout-docs/questions.jsonl --generator
bench/heldout-docs/make_heldout.py`, with the furniture detector of bench/fresh/measure.py
extended by what make_heldout.py's two new forms plant (below).
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))

import measure as base  # noqa: E402  (bench/realistic/measure.py)

_spec = importlib.util.spec_from_file_location("_fresh_measure", HERE.parent / "fresh" / "measure.py")
fresh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh)   # bench/fresh/measure.py: its patterns, page-edge keys and link lists

# What make_heldout.py's new forms put around the minutes, as it can appear in the text read.
HELDOUT_PATTERNS = [
    # CMIS decision page (DotNetNuke skin)
    r"^login$", r"this section allows you to view the general details of a decision", r"^details$",
    r"^related documents$", r"copyright \d{4} by [^|]*", r"terms of use", r"privacy statement",
    # ModernGov responsive template
    r"view the full (?:minutes|decision|agenda) text for item \w+", r"^\.\.\.$",
]


def install() -> None:
    """Point bench/realistic/measure.py at this corpus and extend its furniture detector."""
    base.GENERATOR = HERE / "make_heldout.py"
    listed = [r"^[•·]\s*" + p for p in fresh.link_lists()]   # document lists and related links, as list items
    base.FURNITURE_PATTERNS = (base.FURNITURE_PATTERNS + fresh.whole_line(fresh.FRESH_PATTERNS + HELDOUT_PATTERNS)
                               + listed)
    base._FURNITURE = [re.compile(p, re.I) for p in base.FURNITURE_PATTERNS]
    base.EDGE_KEYS = fresh.EDGE_KEYS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--questions" not in argv:
        argv += ["--questions", str(HERE / "questions.jsonl")]
    argv += ["--corpus", str(HERE / "corpus"), "--truth", str(HERE / "truth.csv"),
             "--generator", str(HERE / "make_heldout.py")]
    install()
    return base.main(argv)


if __name__ == "__main__":
    sys.exit(main())
