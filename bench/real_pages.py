"""Figures on a private set of real published minutes pages, kept outside the repository.

    python bench/real_pages.py DIR [--label LABEL]

Real councils' text is never committed (docs/retrieval.md, "Real published pages"), so such a set lives
in a folder of its own, written by a helper from the search tool's "pages" corpus:

    DIR/pages/*.html          the saved pages (one council each)
    DIR/truth.csv             file,url,council,committee,meeting_date,notes,council_alt,date_alt
    DIR/questions.jsonl       {"id", "question", "gold": [{"doc": file stem, "quote": exact text}]}:
                              r.. answerable, x.. naming two councils, u.. near misses, n.. ordinary unanswerable

The index is built in DIR/index (only changed files are read again). With `--neutral-names` the pages are
copied first to DIR/neutral/pages as page-01.html, page-02.html, ... and indexed in DIR/neutral/index, so that
no council is read from a file's name (a helper names its files after the council: "07_croydon.html"). Prints the council and meeting
date read without a manifest, hit@5 and MRR against the naive keyword baseline, the questions naming two
councils with both in the top 5 (each one's gold passage, and any passage of each one's page), summaries quoting a gold sentence, and the questions declined by kind;
each question's outcome goes to DIR/out-LABEL.jsonl.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

from assistant import Assistant
from assistant.baseline import NaiveBM25
from assistant.evaluate import fold


def _stem(name: str) -> str:
    return Path(name).stem


def _found(gold: dict, hit) -> bool:
    return _stem(hit.doc_id) == _stem(gold["doc"]) and fold(gold["quote"]) in fold(hit.text)


def _rank(hits, gold: list[dict]) -> int | None:
    return next((r for r, h in enumerate(hits[:10], 1) if any(_found(g, h) for g in gold)), None)


def metadata_figures(assistant: Assistant, truth: list[dict]) -> list[str]:
    docs = {_stem(d.doc_id): d for d in assistant.documents()}
    council = dated = stated = unstated_read = 0
    misses = []
    for row in truth:
        doc = docs.get(_stem(row["file"]))
        if doc is None:
            misses.append(f"  not indexed: {row['file']}")
            continue
        if doc.council in [row["council"], *filter(None, row.get("council_alt", "").split("|"))]:
            council += 1
        else:
            misses.append(f"  council {row['file']}: read {doc.council!r}, truth {row['council']!r}")
        dates = [d for d in [row["meeting_date"], *row.get("date_alt", "").split("|")] if d]
        if dates:
            stated += 1
            dated += doc.meeting_date in dates
            if doc.meeting_date not in dates:
                misses.append(f"  date {row['file']}: read {doc.meeting_date!r}, truth {row['meeting_date']!r}")
        elif doc.meeting_date:
            unstated_read += 1
    return [f"council {council}/{len(truth)}; meeting date {dated}/{stated} of those stating one "
            f"(a date read where none is stated: {unstated_read}/{len(truth) - stated})", *misses]


# Page furniture as a reader would call it, listed here on its own (not the reader's lists in assistant/furniture.py):
# a line that is only navigation, a file's icon or size, a page number, a blank-page notice, a table's header.
_FURNITURE_LINE = re.compile(
    r"(?:skip\s+to\s+(?:main\s+)?content|(?:accept|reject|manage)\s+(?:all\s+)?cookies?|cookies?(?:\s+settings)?"
    r"|(?:main\s+|mobile\s+)?menu(?:\s+icon)?|search|home|back\s+to\s+top|print(?:\s+this\s+page)?|share|subscribe"
    r"|sign\s+in|log\s+in|contact\s+us|accessibility|site\s*map|privacy(?:\s+notice)?|media|webcast|download"
    r"|(?:view\s+)?directions|view\s+the\s+(?:agenda|minutes|declarations|reasons)[\w\s]*|browse\s+meetings"
    r"|(?:[\w\s,&'’()-]{0,80}\s)?pdf\s+icon\s+pdf\s+\d+\s*[kmg]b|pdf\s+\d+\s*[kmg]b|\(?\d+\s*[kmg]b\)?"
    r"|(?:this\s+page\s+(?:is\s+)?(?:has\s+been\s+)?(?:intentionally|deliberately)\s+left\s+blank\.?)"
    r"|page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}|no\.?\s*\|?\s*item\s*\|?|agenda\s+(?:no\.?|item)(?:\s*/?\s*\d+)?"
    r"|(?:total\s+page|file\s+type|size)\s*:.*"
    # a site's prompts to subscribe or get in touch, its chat box and its buttons
    r"|subscribe\b.*|.*\bsubscribe\s+below\b.*|you['’]ll\s+receive\s+weekly\s+summaries\b.*|ai\s+generated"
    r"|if\s+you\s+have\s+any\s+requests\s+or\s+comments\b.*|chat\s+with\s+this\s+meeting|sign\s+up\b.*"
    r"|(?:view\s+on\s+(?:the\s+)?council\s+website\s*|watch\s+video\s+of\s+meeting\s*)+)\s*", re.I)


def passage_figures(assistant: Assistant) -> str:
    """How many passages are only page furniture (every line of them), and how many are fragments of under
    five words: #11 asks for no passage of furniture and no very short fragment standing alone."""
    texts = [row[0] for row in assistant.store.db.execute("SELECT text FROM passages")]
    furniture = [t for t in texts if all(_FURNITURE_LINE.fullmatch(line.strip()) for line in t.splitlines()
                                         if line.strip())]
    fragments = [t for t in texts if len(t.split()) < 5 and t not in furniture]
    share = len(furniture) / len(texts) if texts else 0.0
    return (f"passages {len(texts)}: furniture only {len(furniture)} ({share:.1%}), fragments under five words "
            f"{len(fragments)}" + "".join(f"\n  furniture: {t[:80]!r}" for t in furniture)
            + "".join(f"\n  fragment: {t[:80]!r}" for t in fragments))


def question_outcomes(assistant: Assistant, questions: list[dict], truth: list[dict]) -> list[dict]:
    naive = NaiveBM25([(d.doc_id, assistant.document_text(d.doc_id) or "") for d in assistant.documents()])
    council_of = {_stem(row["file"]): row["council"] for row in truth}   # the truth's, not what was read
    rows = []
    for q in questions:
        answer = assistant.ask(q["question"], k=10)
        gold = q["gold"]
        kind = "answerable" if gold else ("near miss" if q["id"].startswith("u") else "ordinary")
        rows.append({"id": q["id"], "kind": kind, "question": q["question"], "answered": answer.answered,
                     "hybrid": _rank(answer.passages, gold) if gold else None,
                     "naive": _rank(naive.search(q["question"], 10), gold) if gold else None,
                     "each_in_top5": all(any(_found(g, h) for h in answer.passages[:5]) for g in gold) if gold else None,
                     "councils_in_top5": ({council_of.get(_stem(g["doc"])) for g in gold}
                                          <= {council_of.get(_stem(h.doc_id)) for h in answer.passages[:5]})
                     if gold else None,
                     "quotes_gold": any(fold(g["quote"])[:50] in fold(answer.summary) for g in gold)
                     if gold and answer.answered else None,
                     # a question across councils: whether the summary quotes each gold document
                     "quotes_each": ({_stem(g["doc"]) for g in gold} <= {_stem(x.doc_id) for x in answer.quotes})
                     if gold and answer.answered else None})
    return rows


def question_figures(rows: list[dict]) -> list[str]:
    answerable = [r for r in rows if r["kind"] == "answerable"]
    if not answerable:
        return ["no answerable questions"]

    def hit5(key: str) -> float:
        return sum(1 for r in answerable if r[key] and r[key] <= 5) / len(answerable)

    def mrr(key: str) -> float:
        return sum(1 / r[key] for r in answerable if r[key]) / len(answerable)

    two = [r for r in rows if r["id"].startswith("x")]
    answered = [r for r in answerable if r["answered"]]
    lines = [f"hit@5 {hit5('hybrid'):.3f} (naive {hit5('naive'):.3f}); MRR {mrr('hybrid'):.3f} (naive {mrr('naive'):.3f})",
             f"questions naming two councils with each in the top 5: {sum(bool(r['each_in_top5']) for r in two)}/{len(two)}"
             f" (each council's gold passage), {sum(bool(r['councils_in_top5']) for r in two)}/{len(two)} (a passage of each"
             f" council), summary quoting each gold document {sum(bool(r['quotes_each']) for r in two)}/{len(two)}",
             f"summaries quoting a gold sentence: {sum(bool(r['quotes_gold']) for r in answered)}/{len(answered)} answered"]
    for kind in ("answerable", "near miss", "ordinary"):
        group = [r for r in rows if r["kind"] == kind]
        lines.append(f"{kind}: declined {sum(not r['answered'] for r in group)}/{len(group)}")
    lines += [f"  {r['id']} {r['kind']}: {'answered' if r['answered'] else 'declined'} (gold rank {r['hybrid']}) "
              f"{r['question']}" for r in rows
              if (r["kind"] == "answerable") != r["answered"] or (r["kind"] == "answerable" and not (r["hybrid"] or 99) <= 5)]
    return lines


def neutral_copy(folder: Path, truth: list[dict], questions: list[dict]) -> tuple[Path, list[dict], list[dict]]:
    """The set with its pages copied under names that say nothing (page-01.html, ...), and its truth and gold
    pointing at them."""
    pages = folder / "neutral" / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    names = {}
    for number, path in enumerate(sorted((folder / "pages").iterdir()), 1):
        names[path.stem] = f"page-{number:02d}"
        target = pages / f"{names[path.stem]}{path.suffix}"
        if not target.exists() or target.read_bytes() != path.read_bytes():
            target.write_bytes(path.read_bytes())
    truth = [{**row, "file": names[_stem(row["file"])] + Path(row["file"]).suffix} for row in truth]
    questions = [{**q, "gold": [{**g, "doc": names[_stem(g["doc"])]} for g in q["gold"]]} for q in questions]
    return folder / "neutral", truth, questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--label", default="latest")
    parser.add_argument("--neutral-names", action="store_true", help="index copies of the pages named page-NN")
    args = parser.parse_args(argv)
    folder = args.folder
    truth = list(csv.DictReader((folder / "truth.csv").open(newline="", encoding="utf-8")))
    questions = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    if args.neutral_names:
        folder, truth, questions = neutral_copy(folder, truth, questions)
    assistant = Assistant.open_or_create(folder / "index")
    try:
        assistant.ingest(folder / "pages")
        rows = question_outcomes(assistant, questions, truth)
        (folder / f"out-{args.label}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        named = " (pages under neutral names)" if args.neutral_names else ""
        print(f"{args.folder.name}{named} ({len(truth)} pages, {len(questions)} questions)")
        print("\n".join(metadata_figures(assistant, truth) + [passage_figures(assistant)] + question_figures(rows)))
    finally:
        assistant.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
