"""Figures on the realistic development corpus (bench/realistic/), read without a manifest.

    python bench/realistic/measure.py [--skip-retrieval] [--verbose]
        [--corpus DIR --truth CSV --questions JSONL --generator MAKE.py]

Run from the repository root. Builds corpus/ first if it is missing (make_corpus.py, or the
generator given). The options measure another corpus built the same way (bench/fresh/measure.py
uses them); without them the figures are those of bench/realistic.
Prints:

1. gold check: every gold quote of questions.jsonl is in its document's text as read;
2. metadata accuracy without a manifest, against truth.csv: council, meeting date,
   committee, with every wrong field listed;
3. page furniture in passages: the share of passages that are furniture (at least half
   of their characters are furniture, or what is left is under 25 characters) and the
   share that contain any, with the furniture detector built from the strings that
   make_corpus.py plants (below) and the running headers and footers of the sources;
4. retrieval: the table of `minutes-qa eval bench/realistic/questions.jsonl --corpus
   bench/realistic/corpus --compare` (same code, same cached index), then the questions
   across councils (is every council of the gold documents among the top 5 documents?),
   abstention on the unanswerable ones and the answerable questions missed or declined.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
TRUTH = HERE / "truth.csv"
GENERATOR = HERE / "make_corpus.py"   # builds CORPUS; its SOURCES give the running headers and footers
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from assistant.councils import canonical_council  # noqa: E402
from assistant.documents import find_documents, read_document  # noqa: E402
from assistant.evaluate import evaluate, fold, format_table, load_questions  # noqa: E402

# ----------------------------------------------------------------------------- furniture detector

# What make_corpus.py puts around the minutes, as it can appear in text read from the files.
FURNITURE_PATTERNS = [
    r"skip to main content", r"\b(?:pdf|word|docx?|excel) icon\b", r"\b(?:PDF|DOCX?|XLSX?) \d+(?:\.\d+)? ?[KM]B\b",
    r"view directions", r"^media$", r"^items$", r"^no\.?\s*\|?\s*item$", r"^item no\.?\s*\|?\s*title$",
    r"webcast", r"gwe-ddarllediad", r"youtube channel", r"this page is intentionally left blank",
    r"^page \d+(?: of \d+)?$", r"^[-–]\s*\d+\s*[-–]$", r"^additional documents:?$",
    r"^supporting documents:?$", r"^accompanying documents:?$", r"chair's initials", r"search this site",
    r"accept additional cookies", r"we use some essential cookies", r"accessibility statement", r"^cookies$",
    r"^privacy$", r"^contact us$", r"bins and recycling", r"^home$", r"^your council$",
    r"^councillors and committees$", r"subject to the chair's approval", r"draft minutes to be approved at the meeting",
    r"available in welsh", r"not protectively marked", r"^official$", r"^public$", r"^©",
]
_FURNITURE = [re.compile(p, re.I) for p in FURNITURE_PATTERNS]
_PDF_PAGE_NUMBER = re.compile(r"^\d{1,3}$")   # a bare page number, in PDFs only (pages of copied text number their items)
EDGE_KEYS = ("running_header", "running_footer", "page_header", "page_footer", "initials")
TOP_GRACE = 400   # a running header's copy at the very top of a document is its title, not furniture


def generator():
    """The corpus generator module (make_corpus.py unless --generator names another)."""
    import importlib.util

    name = f"_generator_{GENERATOR.stem}"
    if name not in sys.modules:   # registered before running it: its dataclasses look their module up
        spec = importlib.util.spec_from_file_location(name, GENERATOR)
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def source_edges() -> dict[str, list[str]]:
    """Each document's running header/footer strings, as written in its source file."""
    make = generator()
    edges = {}
    for path in make.SOURCES.glob("*.src"):
        src = make.parse_source(path)
        edges[src.name] = [_key(src.get(k).format(n=0, total=0)) for k in EDGE_KEYS if src.get(k)]
    return edges


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def furniture_spans(text: str, edges: list[str], pdf: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, what) of furniture in a document's text: matches inside lines, and whole
    lines equal to a running header or footer (away from the top of the document)."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        squeezed = " ".join(line.split())
        if squeezed:
            key = _key(squeezed)
            if key in edges and offset >= TOP_GRACE:
                spans.append((offset, offset + len(line), squeezed))
            else:
                for pattern in _FURNITURE + ([_PDF_PAGE_NUMBER] if pdf else []):
                    for m in pattern.finditer(squeezed):
                        whole = pattern.pattern.startswith("^")
                        spans.append((offset, offset + len(line), squeezed) if whole else
                                     (offset + _unsqueezed(line, m.start()), offset + _unsqueezed(line, m.end()),
                                      m.group()))
        offset += len(line) + 1
    return spans


def _unsqueezed(line: str, index: int) -> int:
    """Offset in `line` of character `index` of its squeezed form (close enough for spans)."""
    return min(len(line), index + (len(line) - len(line.lstrip())))


def passage_furniture(passage, spans) -> tuple[int, list[str]]:
    covered = set()
    found = []
    for start, end, what in spans:
        lo, hi = max(start, passage.start), min(end, passage.end)
        if lo < hi:
            covered.update(range(lo, hi))
            found.append(what)
    return len(covered), found


def is_furniture_passage(passage, covered: int) -> bool:
    length = len(passage.text.strip())
    rest = length - covered
    return covered > 0 and (covered >= length / 2 or rest < 25)


# ----------------------------------------------------------------------------- metadata


def load_truth() -> dict[str, dict]:
    with TRUTH.open(encoding="utf-8") as handle:
        return {row["doc"]: row for row in csv.DictReader(handle)}


def council_right(read: str | None, truth: str) -> bool:
    return read is not None and (canonical_council(read) or read) == (canonical_council(truth) or truth)


def committee_right(read: str | None, truth: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.sub(r"[’']", "'", s).lower().replace("&", "and").split())
    return read is not None and norm(read) in {norm(t) for t in truth.split("|")}


def measure_metadata(docs: dict, truth: dict[str, dict]) -> list[str]:
    lines, wrong = [], []
    rows = [(truth[d], docs[d]) for d in truth if d in docs]
    council_ok = [council_right(doc.council, t["council"]) for t, doc in rows]
    stated = [ok for ok, (t, _) in zip(council_ok, rows) if t["council_stated"] == "yes"]
    dated = [(t, doc) for t, doc in rows if t["date_stated"] == "yes"]
    date_ok = [doc.meeting_date == t["meeting_date"] for t, doc in dated]
    committee_ok = [committee_right(doc.committee, t["committee"]) for t, doc in rows]
    lines.append(f"documents: {len(rows)} (of {len(truth)} in truth.csv), councils: {len({t['council'] for t, _ in rows})}")
    lines.append(f"council right:       {sum(council_ok)}/{len(rows)} = {_pct(council_ok)}"
                 f"   (documents naming their council in full: {sum(stated)}/{len(stated)} = {_pct(stated)})")
    lines.append(f"meeting date right:  {sum(date_ok)}/{len(dated)} = {_pct(date_ok)} (documents that state it)")
    lines.append(f"committee right:     {sum(committee_ok)}/{len(rows)} = {_pct(committee_ok)}")
    for t, doc in rows:
        for field, ok, shown in (("council", council_right(doc.council, t["council"]), doc.council),
                                 ("meeting_date", doc.meeting_date == t["meeting_date"], doc.meeting_date),
                                 ("committee", committee_right(doc.committee, t["committee"]), doc.committee)):
            if not ok:
                source = doc.sources.get(field, "-")
                wrong.append(f"  {t['doc']} ({t['form']}): {field} read {shown!r} [{source}], true {t[field]!r}")
    return lines + (["wrong fields:"] + wrong if wrong else [])


def _pct(values) -> str:
    values = list(values)
    return f"{100 * sum(values) / len(values):.1f}%" if values else "n/a"


# ----------------------------------------------------------------------------- gold check


def check_gold(docs: dict) -> list[str]:
    problems = []
    for q in load_questions(QUESTIONS):
        for gold in q.gold:
            doc = docs.get(gold["doc"])
            if doc is None:
                problems.append(f"{q.id}: no document {gold['doc']}")
            elif fold(gold["quote"]) not in fold(doc.text):
                problems.append(f"{q.id}: quote not in {gold['doc']}: {gold['quote']!r}")
    return problems


# ----------------------------------------------------------------------------- furniture


def measure_furniture(docs: dict, verbose: bool) -> list[str]:
    from assistant.passages import split_passages

    edges = source_edges()
    total = furniture = containing = 0
    shown = []
    for doc_id, doc in sorted(docs.items()):
        spans = furniture_spans(doc.text, edges.get(doc_id, []), pdf=doc.path.endswith(".pdf"))
        for passage in split_passages(doc):
            total += 1
            covered, found = passage_furniture(passage, spans)
            if covered:
                containing += 1
            if is_furniture_passage(passage, covered):
                furniture += 1
            if covered:
                label = "FURNITURE" if is_furniture_passage(passage, covered) else "contains"
                shown.append(f"  [{label}] {doc_id} #{passage.seq}: {sorted(set(found))} "
                             f"| {' '.join(passage.text.split())[:90]!r}")
    lines = [f"passages: {total}; furniture passages: {furniture} = {100 * furniture / total:.1f}%;"
             f" passages containing any furniture: {containing} = {100 * containing / total:.1f}%"]
    return lines + shown


# ----------------------------------------------------------------------------- retrieval


def measure_retrieval(truth: dict[str, dict], verbose: bool) -> list[str]:
    from assistant.cli import _eval_index_dir, _retriever
    from assistant.core import Assistant

    index = ROOT / _eval_index_dir((str(CORPUS),))
    assistant = Assistant.build([str(CORPUS)], str(index))
    questions = load_questions(QUESTIONS)
    reports = [evaluate(questions, _retriever(assistant, m), m) for m in ("naive", "bm25", "dense", "hybrid")]
    lines = [format_table(reports), ""]
    groups = {"ordinary (r)": "r", "across councils (x)": "x"}
    hybrid = {o.id: o for o in reports[-1].outcomes}
    for name, prefix in groups.items():
        outs = [o for o in hybrid.values() if o.id.startswith(prefix)]
        lines.append(f"hybrid, {name}: hit@5 {_mean(o.hit_at_5 for o in outs):.3f}, recall@5 "
                     f"{_mean(o.recall_at_5 for o in outs):.3f}, MRR@10 {_mean(o.reciprocal_rank for o in outs):.3f},"
                     f" declined {sum(not o.answered for o in outs)}/{len(outs)}")
    lines += [""] + cross_council(assistant, questions, truth) + [""] + misses(assistant, questions, hybrid)
    assistant.close()
    return lines


def cross_council(assistant, questions, truth) -> list[str]:
    lines, complete = [], 0
    cross = [q for q in questions if q.id.startswith("x")]
    for q in cross:
        answer = assistant.ask(q.question, k=10)
        wanted = {truth[g["doc"]]["council"] for g in q.gold}
        top = [truth.get(p.doc_id, {}).get("council", p.council) for p in answer.passages[:5]]
        missing = sorted(wanted - set(top))
        complete += not missing
        lines.append(f"  {q.id} {'ok  ' if not missing else 'MISS'} top-5 councils {_short(top)}"
                     + (f"; missing {_short(missing)}" if missing else "") + f" | {q.question}")
    return [f"across councils: every named council in the top 5 for {complete}/{len(cross)} questions"] + lines


def misses(assistant, questions, hybrid) -> list[str]:
    lines = []
    unanswerable = [q for q in questions if not q.gold]
    declined = sum(not hybrid[q.id].answered for q in unanswerable)
    lines.append(f"unanswerable (near misses) declined: {declined}/{len(unanswerable)}")
    for q in unanswerable:
        if hybrid[q.id].answered:
            answer = assistant.ask(q.question, k=5)
            top = answer.passages[0] if answer.passages else None
            where = f"{top.doc_id} score {top.score:.3f}" if top else "-"
            lines.append(f"  answered: {q.id} {q.question} -> {where}")
    answerable = [q for q in questions if q.gold]
    false = [q for q in answerable if not hybrid[q.id].answered]
    lines.append(f"answerable declined (false abstention): {len(false)}/{len(answerable)}")
    lines += [f"  declined: {q.id} {q.question} (gold in top 5: {hybrid[q.id].hit_at_5})" for q in false]
    missed = [q for q in answerable if not hybrid[q.id].hit_at_5]
    lines.append(f"answerable with no gold quote in the top 5: {len(missed)}/{len(answerable)}")
    lines += [f"  miss: {q.id} {q.question}" for q in missed]
    return lines


def _short(councils) -> str:
    return "[" + ", ".join(sorted(set(c or "?" for c in councils))) + "]"


def _mean(values) -> float:
    values = [float(v) for v in values]
    return sum(values) / len(values) if values else 0.0


# ----------------------------------------------------------------------------- main


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    global CORPUS, TRUTH, QUESTIONS, GENERATOR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-retrieval", action="store_true", help="Only gold check, metadata and furniture.")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="The generated corpus (built when missing).")
    parser.add_argument("--truth", type=Path, default=TRUTH)
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--generator", type=Path, default=GENERATOR, help="The make_*.py that builds --corpus.")
    args = parser.parse_args(argv)
    CORPUS, TRUTH, QUESTIONS, GENERATOR = (args.corpus.resolve(), args.truth.resolve(), args.questions.resolve(),
                                           args.generator.resolve())
    if not CORPUS.is_dir() or not any(CORPUS.iterdir()):
        generator().build(CORPUS)
    docs = {p.stem: read_document(p) for p in find_documents(CORPUS)}
    truth = load_truth()
    problems = check_gold(docs)
    print("== gold quotes:", "all found in their documents" if not problems else f"{len(problems)} PROBLEMS")
    print("\n".join(problems))
    print("\n== metadata without a manifest")
    print("\n".join(measure_metadata(docs, truth)))
    print("\n== page furniture in passages")
    print("\n".join(measure_furniture(docs, args.verbose)))
    if not args.skip_retrieval:
        print(f"\n== retrieval (minutes-qa eval {_rel(QUESTIONS)} --corpus {_rel(CORPUS)} --compare)")
        print("\n".join(measure_retrieval(truth, args.verbose)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
