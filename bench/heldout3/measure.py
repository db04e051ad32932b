"""Figures on the third held-out corpus (bench/heldout3/), read without a manifest.

    python bench/heldout3/measure.py [--skip-retrieval] [--verbose]

FOR THE LEAD'S ONE FINAL MEASUREMENT: nothing but the gold check (check_gold.py) has been run
on this corpus. bench/realistic/measure.py run with `--corpus bench/heldout3/corpus --truth
bench/heldout3/truth.csv --questions bench/heldout3/questions.jsonl --generator
bench/heldout3/make_heldout3.py`, with the furniture detector of bench/fresh/measure.py and
bench/heldout-docs/measure.py extended by what make_heldout3.py's new forms plant (below), and
one line more in the metadata figures: the documents that state no meeting date, and how many
of them were read with none (a date read there is wrong, and listed).
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


fresh = _load("_fresh_measure", HERE.parent / "fresh" / "measure.py")            # patterns, edge keys, link lists
heldout = _load("_heldout_measure", HERE.parent / "heldout-docs" / "measure.py")  # CMIS decision, mg-split

# What make_heldout3.py's new forms put around the minutes, as it can appear in the text read.
HELDOUT3_PATTERNS = [
    # ModernGov in Welsh mode (mg-welsh)
    r"neidio i'r prif gynnwys", r"rydym yn defnyddio cwcis[^.]*\.?", r"hoffem osod(?: cwcis[^.]*\.?)?",
    r"cwcis ychwanegol i ddeall[^.]*\.?", r"^gwe-ddarllediad o'r cyfarfod$",
    r"derbyn cwcis ychwanegol", r"gwrthod cwcis ychwanegol", r"^english$", r"chwilio'r wefan",
    r"^biniau ac ailgylchu$", r"^treth y cyngor$", r"^tai$", r"^cynllunio$", r"^ysgolion$", r"^eich cyngor$",
    r"^hafan$", r"^cynghorwyr a phwyllgorau$", r"^cyfarfodydd$", r"\bcyfarwyddiadau$", r"^cyfryngau$",
    r"^eitemau$", r"^rhif\s*\|?\s*eitem$", r"\b(?:pdf|docx?) eicon\b", r"^datganiad hygyrchedd$", r"^cwcis$",
    r"^preifatrwydd$", r"^cysylltu â ni$",
    # Jadu / Drupal council page (cms-jadu)
    r"can we use cookies\?", r"we'd like to use\s+optional cookies[^.]*\.?", r"you can change your mind at any time\.?",
    r"allow all cookies", r"essential cookies only", r"view our cookie policy", r"^a to z$", r"^report it$",
    r"^apply for it$", r"^pay for it$", r"^go$", r"^downloads$", r"\[(?:PDF|DOCX?), \d+(?:\.\d+)? ?[KM]B\]",
    r"^share this page", r"^x$", r"^email$", r"did you find this page useful", r"^contact details$",
    r"^telephone: ", r"^opening hours: ", r"^a to z of services$", r"^published: ",
    # page saved from the browser (saved-page)
    r"^cookies on our website$", r"we use some essential cookies to make this website work\.?",
    r"we'd also like to set analytics cookies[^.]*\.?", r"make improvements by measuring how you use the site\.?", r"accept analytics cookies",
    r"reject analytics cookies", r"^view cookies$", r"^home\s*/", r"^on this page$",
    # printed PDFs (pdf-printed, pdf-bilingual, scot-minute, ni-minutes, mayor-decision), clerk's text file
    r"^public document pack$", r"^tudalen \d+ / page \d+$", r"^\d{4} cc \d+$", r"^sdc \d+$", r"^_{4,}$",
    r"^democratic services, town hall, st mary's",
]
# Page edges written from these source keys (each `||` part of `address` is a footer line).
EDGE_KEYS = fresh.EDGE_KEYS + ("page_numbers", "copyright")
LINE_KEYS = ("address",)


def listed() -> list[str]:
    """Breadcrumb parts, download links and a saved page's "On this page" entries, as list items."""
    make = base.generator()
    links = set()
    for path in make.SOURCES.glob("*.src"):
        src = make.parse_source(path)
        links.update(part.strip() for part in src.get("breadcrumb").split(" > ") if part.strip())
        links.update(re.sub(r"\s*\[[^]]*\]$", "", d.strip()) for d in src.get("downloads").split(";") if d.strip())
        if src.get("form") == "saved-page":
            links.update(item.title for item in src.items)
    return [r"^(?:[•·]|\d+\.)\s*" + f"{re.escape(link.lower())}$" for link in sorted(links)]


def source_edges() -> dict[str, list[str]]:
    """bench/realistic's page edges plus each address line of the new web forms' footers."""
    edges = _base_source_edges()
    make = base.generator()
    for path in make.SOURCES.glob("*.src"):
        src = make.parse_source(path)
        for key in LINE_KEYS:
            edges.setdefault(src.name, []).extend(base._key(line) for line in src.get(key).split("||") if line.strip())
    return edges


def measure_metadata(docs: dict, truth: dict[str, dict]) -> list[str]:
    """bench/realistic's figures; a document that states no date is right when read with none."""
    lines = _base_measure_metadata(docs, truth)
    undated = [(t, docs[d]) for d, t in truth.items() if d in docs and t["date_stated"] != "yes"]
    blank = [t["doc"] for t, doc in undated if doc.meeting_date is None]
    lines.insert(3, f"no date stated, none read: {len(blank)}/{len(undated)}")
    lines = [line for line in lines if not any(line.startswith(f"  {d} (") and "meeting_date read None" in line
                                               for d in blank)]
    return lines[:-1] if lines[-1] == "wrong fields:" else lines


_base_source_edges = base.source_edges
_base_measure_metadata = base.measure_metadata


def install() -> None:
    """Point bench/realistic/measure.py at this corpus and extend its furniture detector."""
    base.GENERATOR = HERE / "make_heldout3.py"
    links = [r"^[•·]\s*" + p for p in fresh.link_lists()] + listed()
    base.FURNITURE_PATTERNS = (base.FURNITURE_PATTERNS
                               + fresh.whole_line(fresh.FRESH_PATTERNS + heldout.HELDOUT_PATTERNS + HELDOUT3_PATTERNS)
                               + links)
    base._FURNITURE = [re.compile(p, re.I) for p in base.FURNITURE_PATTERNS]
    base.EDGE_KEYS = EDGE_KEYS
    base.source_edges = source_edges
    base.measure_metadata = measure_metadata


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--questions" not in argv:
        argv += ["--questions", str(HERE / "questions.jsonl")]
    argv += ["--corpus", str(HERE / "corpus"), "--truth", str(HERE / "truth.csv"),
             "--generator", str(HERE / "make_heldout3.py")]
    install()
    return base.main(argv)


if __name__ == "__main__":
    sys.exit(main())
