"""Figures on the fourth held-out corpus (bench/heldout4/), read without a manifest.

    python bench/heldout4/measure.py [--skip-retrieval] [--verbose]

FOR THE LEAD'S ONE MEASUREMENT: nothing of the project has been run on this corpus (its gold
check, check_gold.py, extracts the text with pypdf, BeautifulSoup and python-docx, not with
assistant/). bench/realistic/measure.py run with `--corpus bench/heldout4/corpus --truth
bench/heldout4/truth.csv --questions bench/heldout4/questions.jsonl --generator
bench/heldout4/make_heldout4.py`, as bench/heldout3/measure.py runs it, and:

- the furniture detector of bench/heldout3/measure.py (with bench/fresh's and bench/heldout-docs'
  patterns), plus the patterns of what make_heldout4.py's forms plant (below), and as page edges
  every line `make_heldout4.planted_furniture` lists for a document (running headers and footers,
  "Page {n} of {total}", logo lines, address footers, site menus and banners);
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


fresh = _load("_fresh_measure", HERE.parent / "fresh" / "measure.py")
heldout = _load("_heldout_measure", HERE.parent / "heldout-docs" / "measure.py")
heldout3 = _load("_heldout3_measure", HERE.parent / "heldout3" / "measure.py")   # patterns, undated documents

# What make_heldout4.py's forms put around the minutes, as it can appear in the text read.
HELDOUT4_PATTERNS = [
    # converted / OCRed PDFs and platypus PDFs: logo lines, page numbers, Welsh page numbers, stamps
    r"^\[crest\]", r"^page \d+ of \d+$", r"^tudalen \d+ o \d+$", r"^tudalen / page \d+$", r"^not yet approved$",
    r"summary of decisions - not the official minute",
    # ModernGov issue, decision and attendance pages
    r"^issue history$", r"^minutes of the meeting$",
    # page saved with a consent banner and an address-only footer
    r"^your privacy choices$", r"this website stores small files on your device[^.]*\.?",
    r"some are needed for the\s+site to function[^.]*\.?", r"^accept all$", r"^necessary only$", r"^manage settings$",
    r"^home page$", r"^waste and recycling$", r"^council tax and benefits$", r"^sitemap$", r"^email: \S+@\S+$",
    # clerk's text saved from a PDF
    r"^---oOo---$", r"^\.{6,}$",
]


def source_edges() -> dict[str, list[str]]:
    """Every planted furniture line of each document, as bench/realistic compares lines."""
    generator = base.generator()
    edges = {}
    for path in generator.SOURCES.glob("*.src"):
        src = generator.parse_source(path)
        edges[src.name] = [base._key(line.format(n=0, total=0)) for line in generator.planted_furniture(src)
                           if line.strip()]
    return edges


def measure_metadata(docs: dict, truth: dict[str, dict]) -> list[str]:
    lines = heldout3.measure_metadata(docs, truth)
    planted = sum(int(t.get("furniture_lines") or 0) for t in truth.values())
    return lines[:1] + [f"furniture lines planted (truth.csv): {planted} in {len(truth)} documents"] + lines[1:]


def misses(assistant, questions, hybrid) -> list[str]:
    """Near misses and ordinary unanswerable questions declined, apart; then bench/realistic's lines."""
    lines = []
    for label, prefix in (("near misses (u) declined", "u"), ("ordinary unanswerable (n) declined", "n")):
        group = [q for q in questions if not q.gold and q.id.startswith(prefix)]
        lines.append(f"{label}: {sum(not hybrid[q.id].answered for q in group)}/{len(group)}")
    return lines + _base_misses(assistant, questions, hybrid)


_base_misses = base.misses


def install() -> None:
    """Point bench/realistic/measure.py at this corpus and extend its furniture detector."""
    base.GENERATOR = HERE / "make_heldout4.py"
    links = [r"^[•·]\s*" + p for p in fresh.link_lists()]
    base.FURNITURE_PATTERNS = (base.FURNITURE_PATTERNS
                               + fresh.whole_line(fresh.FRESH_PATTERNS + heldout.HELDOUT_PATTERNS
                                                  + heldout3.HELDOUT3_PATTERNS + HELDOUT4_PATTERNS)
                               + links)
    base._FURNITURE = [re.compile(p, re.I) for p in base.FURNITURE_PATTERNS]
    base.source_edges = source_edges
    base.measure_metadata = measure_metadata
    base.misses = misses


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--questions" not in argv:
        argv += ["--questions", str(HERE / "questions.jsonl")]
    argv += ["--corpus", str(HERE / "corpus"), "--truth", str(HERE / "truth.csv"),
             "--generator", str(HERE / "make_heldout4.py")]
    install()
    return base.main(argv)


if __name__ == "__main__":
    sys.exit(main())
