"""Figures on the fresh generalisation corpus (bench/fresh/), read without a manifest.

    python bench/fresh/measure.py [--skip-retrieval] [--questions bench/fresh/dev.jsonl]

bench/realistic/measure.py run on this corpus (`--corpus bench/fresh/corpus --truth
bench/fresh/truth.csv --generator bench/fresh/make_fresh.py`), with the furniture detector
extended by what make_fresh.py's new forms plant (below) and by their page-edge keys.
The questions default to dev.jsonl; heldout.jsonl is for the lead's one final measurement.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "realistic"))

import measure as base  # noqa: E402  (bench/realistic/measure.py)

# What the new forms put around the minutes (make_fresh.py), as it can appear in the text read.
FRESH_PATTERNS = [
    # CMIS
    r"^sign in$", r"^text only$", r"^a a a$", r"^committees$", r"^meetings$", r"^councillors$", r"^decisions$",
    r"^forward plan$", r"^search$", r"^help$", r"^you are here:", r"^meeting details$", r"^meeting summary$",
    r"^documents$", r"^report$", r"\((?:PDF|DOCX?), \d+(?:\.\d+)? ?[KM]B\)", r"back to top", r"print this page",
    r"email this page", r"^privacy notice$", r"^terms of use$", r"^accessibility$", r"powered by cmis",
    # ModernGov side menu, document list, webcast links, Welsh labels
    r"^calendar$", r"^consultations$", r"^election results$", r"^epetitions$", r"^forward plans$", r"^library$",
    r"^outside bodies$", r"^search documents$", r"^subscribe to updates$", r"^your councillors$", r"^your mps$",
    r"^what's new$", r"^attendance details$", r"^agenda frontsheet\b", r"^agenda reports pack\b",
    r"^printed decisions\b", r"^printed minutes\b", r"webcast for \w+", r"dogfennau ychwanegol",
    r"^rhif / no\.?\s*\|?\s*eitem / item$", r"^eitemau / items$", r"\byoutube\b",
    # council CMS page
    r"^cookies on ", r"we've put some small files called cookies", r"we'd also like to use analytics cookies",
    r"these send information about how our site is used", r"google analytics", r"we use this information to improve",
    r"accept all cookies", r"reject non-essential cookies", r"cookie settings", r"skip to content",
    r"search the site", r"^my account$", r"^menu$", r"bins, rubbish and recycling", r"^council tax$",
    r"^roads and travel$", r"^housing$", r"^schools and learning$", r"^council and democracy$", r"^last updated:",
    r"^related pages$", r"was this page helpful", r"^yes$", r"^no$", r"report a problem with this page",
    r"^follow us$", r"^facebook$", r"^x \(twitter\)$", r"^instagram$", r"^linkedin$", r"sign up for email updates",
    r"^terms and conditions$", r"^home\s*›",
    # PDFs: pack stamps and page numbers, minute-book numbers, signature lines; plain text underlines
    r"^agenda item \d+$", r"^cab \d+$", r"^tudalen / page \d+$", r"\.{8,}", r"^-{3,}$",
]
EDGE_KEYS = base.EDGE_KEYS + ("header_left", "header_right", "footer_left", "footer_right", "footer")


BULLET = r"^(?:[•·]\s*)?"   # a list item's text may follow its bullet on the same line


def link_lists() -> list[str]:
    """The CMS pages' "Related pages" links and the meeting pages' document lists (without their
    file sizes), as whole-line patterns."""
    make = base.generator()
    links = set()
    for path in make.SOURCES.glob("*.src"):
        src = make.parse_source(path)
        for key in ("related", "documents"):
            for link in src.get(key).split(";"):
                link = re.sub(r"\s*(?:\((?:PDF|DOCX?), [^)]*\)|(?:PDF|DOCX?) \d+ ?[KM]B)$", "", link.strip())
                if link:
                    links.add(link)
    return [f"{re.escape(link.lower())}$" for link in sorted(links)]


def whole_line(patterns: list[str]) -> list[str]:
    return [BULLET + p[1:] if p.startswith("^") else p for p in patterns]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--questions" not in argv:
        argv += ["--questions", str(HERE / "dev.jsonl")]
    argv += ["--corpus", str(HERE / "corpus"), "--truth", str(HERE / "truth.csv"),
             "--generator", str(HERE / "make_fresh.py")]
    base.GENERATOR = HERE / "make_fresh.py"
    listed = [r"^[•·]\s*" + p for p in link_lists()]   # only as list items: "Agenda" alone may be a heading
    base.FURNITURE_PATTERNS = base.FURNITURE_PATTERNS + whole_line(FRESH_PATTERNS) + listed
    base._FURNITURE = [re.compile(p, re.I) for p in base.FURNITURE_PATTERNS]
    base.EDGE_KEYS = EDGE_KEYS
    return base.main(argv)


if __name__ == "__main__":
    sys.exit(main())
