"""Index size against build time, disk, open time, memory, question latency and re-ingest cost.

    python bench/scale.py [--sizes 10k,100k,1M] [--work DIR] [--keep] [--budget-minutes 90]

For each size a synthetic corpus of council minutes (bench/synthetic_minutes.py) is
ingested through `assistant.ingest.ingest` with a fast deterministic embedder; the real
model embeds the questions. Everything goes through the public API (`ingest`,
`Assistant.open`, `ask`), so the same script measures any version of the store.

Per size it prints: passages, build time, index disk, open time, RSS (whole process and
above the loaded model), ask p50/p95/max over a fixed list of questions (some name a
council or a date, so filters are exercised), also without the model's time and as CPU
time (what a question costs when the machine is shared), a no-op re-ingest and a
one-file re-ingest. Then, once, ingest passages/s with the real model on the sample corpus.

A size whose build would exceed --budget-minutes at the rate of the previous one is
skipped, and says so. The ask figures come from a child process (`--ask INDEX`) so that
its memory is that of a reader, not of the builder.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_minutes import HashEmbedder, document, file_name, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"10k": 10_000, "100k": 100_000, "300k": 300_000, "1M": 1_000_000}

QUESTIONS = [
    "What did Ofsted say about social worker caseloads?",
    "How many agency social workers are there?",
    "What was decided about home to school transport eligibility?",
    "Which libraries are at risk of closure?",
    "How many potholes were repaired last year?",
    "What is the forecast overspend on the revenue budget?",
    "How long are people waiting for a care assessment?",
    "What did members say about affordable housing in the local plan?",
    "How many electric vehicle charging points have been installed?",
    "What is the recycling rate?",
    "How many education health and care plans were issued within 20 weeks?",
    "What is the deficit on the high needs block?",
    "How many foster carers were recruited?",
    "What did internal audit say about procurement controls?",
    "What is the funding level of the pension fund?",
    "What was said about the late night levy?",
    "What did Kent County Council decide about library opening hours?",
    "What did Medway Council say about children in care?",
    "How did Leeds City Council plan to reduce carbon emissions?",
    "What concerns were raised in Norfolk about hospital discharge?",
    "What did Bristol City Council say about fly-tipping in 2019?",
    "What was reported about winter gritting in Cumbria since 2020?",
    "What did the Schools Forum say about special school places?",
    "What was the Health and Wellbeing Board told about smoking cessation?",
    "What did the committee ask officers to bring back about the transport budget?",
    "What actions were agreed on the family hubs programme in 2022?",
    "What did councillors say about taxi licensing in Surrey County Council?",
    "What equality impact assessment was done for care leavers' accommodation?",
    "Which councils discussed the net zero target?",
    "What did the Director of Public Health say about the drug and alcohol service in March 2018?",
]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_parts_mb() -> dict[str, float]:
    """RSS split into anonymous memory and mapped file pages (which the kernel may drop and share)."""
    parts = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("RssAnon:", "RssFile:")):
            parts[line.split(":")[0].lower().replace("rss", "rss_")] = int(line.split()[1]) / 1024
    return parts


def passages_per_document(work: Path) -> float:
    """Measured, not assumed: passages the real splitter makes of the first 20 documents."""
    from assistant.ingest import ingest

    with tempfile.TemporaryDirectory(dir=work) as tmp:
        write_corpus(Path(tmp) / "corpus", 20)
        return ingest(Path(tmp) / "corpus", Path(tmp) / "index", HashEmbedder()).total_passages / 20


def timed_ingest(corpus: Path, index: Path) -> tuple[float, object]:
    from assistant.ingest import ingest

    started = time.perf_counter()
    report = ingest(corpus, index, HashEmbedder())
    return time.perf_counter() - started, report


def one_file_change(corpus: Path, index: Path) -> float:
    """Re-ingest after one file gains an agenda item; the file is then put back (and re-ingested)."""
    path = corpus / file_name(0)
    original = path.read_text(encoding="utf-8")
    path.write_text(document(0, items=6)[0], encoding="utf-8")
    try:
        seconds, _ = timed_ingest(corpus, index)
    finally:
        path.write_text(original, encoding="utf-8")
        timed_ingest(corpus, index)
    return seconds


def ask_figures(index: Path, repeat: int, timeout: float, exclude: list[str]) -> dict:
    """Open time, memory and ask latency, measured in a child process (a reader, as `serve` is)."""
    command = [sys.executable, __file__, "--ask", str(index), "--repeat", str(repeat)]
    command += [arg for text in exclude for arg in ("--exclude", text)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"ask run failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


class TimedEmbedder:
    """The real model, counting the seconds spent embedding (to split ask time into model and the rest)."""

    def __init__(self, model) -> None:
        self.model, self.seconds = model, 0.0
        self.name, self.dimension, self.max_tokens = model.name, model.dimension, model.max_tokens

    def embed(self, texts: list[str]):
        started = time.perf_counter()
        try:
            return self.model.embed(texts)
        finally:
            self.seconds += time.perf_counter() - started

    def count_tokens(self, text: str) -> int:
        return self.model.count_tokens(text)


def ask_child(index: Path, repeat: int, exclude: list[str]) -> None:
    from assistant import Assistant
    from assistant.embed import SentenceTransformerEmbedder

    model = TimedEmbedder(SentenceTransformerEmbedder.load())
    model.embed(["warm up"])
    base = rss_mb()
    started = time.perf_counter()
    assistant = Assistant.open(index, embedder=model)
    opened = time.perf_counter() - started
    started = time.perf_counter()
    if hasattr(assistant, "warm"):      # as `serve` does in the background after opening (Assistant.keep_warm)
        assistant.warm()
    warmed = time.perf_counter() - started
    assistant.ask("What was decided about the budget?")
    times, searching, cpu = [], [], []
    questions = [q for q in QUESTIONS if not any(text in q for text in exclude)]
    for _ in range(repeat):
        for question in questions:
            t, c, model.seconds = time.perf_counter(), time.process_time(), 0.0
            assistant.ask(question)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            searching.append(times[-1] - model.seconds)
    times.sort()
    rss = rss_mb()
    print(json.dumps({"open": opened, "warm": warmed, "rss": rss, "rss_over_model": rss - base, **rss_parts_mb(), "n": len(times),
                      "p50": statistics.median(times), "p95": percentile(times, 0.95), "max": times[-1],
                      "search_p50": statistics.median(searching), "search_p95": percentile(searching, 0.95),
                      "cpu_p50": statistics.median(cpu), "cpu_p95": percentile(cpu, 0.95),
                      "load": os.getloadavg()[0]}))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def measure_size(label: str, target: int, per_doc: float, work: Path, keep: bool, repeat: int,
                 exclude: list[str]) -> dict:
    documents = max(1, round(target / per_doc))
    corpus, index = work / f"corpus-{label}", work / f"index-{label}"
    write_corpus(corpus, documents, start=len(list(corpus.glob("*.txt"))) if keep else 0)
    if keep and (index / "CURRENT").is_file():
        build, report = None, None
    else:
        build, report = timed_ingest(corpus, index)
        print(f"{label:>5} | built {report.total_passages:,} passages in {build:.1f} s", flush=True)
    noop, again = timed_ingest(corpus, index)
    one = one_file_change(corpus, index)
    print(f"{label:>5} | no-op re-ingest {noop:.1f} s, one-file re-ingest {one:.1f} s", flush=True)
    asked = ask_figures(index, repeat, timeout=3600, exclude=exclude)
    return {"size": label, "documents": documents, "passages": again.total_passages, "build": build,
            "disk_mb": folder_size(index) / 1e6, "noop": noop, "one_file": one, **asked,
            "corpus_mb": folder_size(corpus) / 1e6}


def print_row(row: dict) -> None:
    build = f"{row['build']:8.1f} s" if row["build"] is not None else "  (kept)  "
    print(f"{row['size']:>5} | {row['passages']:>9,} passages | build {build} | disk {row['disk_mb']:8.1f} MB | "
          f"open {row['open']:6.2f} s (then warm {row.get('warm', 0):5.2f} s) | RSS {row['rss']:6.0f} MB ({row['rss_over_model']:+.0f} over the model) | "
          f"ask p50 {row['p50'] * 1000:5.0f} ms p95 {row['p95'] * 1000:5.0f} ms max {row['max'] * 1000:5.0f} ms "
          f"(without the model's time: p50 {row['search_p50'] * 1000:4.0f} ms p95 {row['search_p95'] * 1000:4.0f} ms; "
          f"CPU p50 {row['cpu_p50'] * 1000:4.0f} ms p95 {row['cpu_p95'] * 1000:4.0f} ms; load {row['load']:.1f}) | "
          f"no-op re-ingest {row['noop']:6.1f} s | one-file re-ingest {row['one_file']:6.1f} s", flush=True)


def real_model_rate(sample: Path) -> None:
    from assistant.embed import SentenceTransformerEmbedder
    from assistant.ingest import ingest

    model = SentenceTransformerEmbedder.load()
    with tempfile.TemporaryDirectory() as tmp:
        report = ingest(sample, Path(tmp), model)
    print(f"real model ingest of {sample.name}/: {report.total_passages} passages in {report.seconds:.1f} s = "
          f"{report.total_passages / report.seconds:.1f} passages/s (sentence evidence included)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated: " + ", ".join(SIZES))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "minutes-qa-scale",
                        help="where corpora and indexes are built")
    parser.add_argument("--keep", action="store_true", help="reuse corpora and indexes left in --work")
    parser.add_argument("--budget-minutes", type=float, default=90.0,
                        help="skip a size whose build would take longer (at the previous size's rate)")
    parser.add_argument("--repeat", type=int, default=2, help="times each question is asked")
    parser.add_argument("--sample", type=Path, default=ROOT / "corpus", help="real files for the real-model rate")
    parser.add_argument("--no-real-model-ingest", action="store_true")
    parser.add_argument("--exclude", action="append", default=[], metavar="TEXT",
                        help="leave out the questions containing TEXT (repeatable)")
    parser.add_argument("--ask", type=Path, help=argparse.SUPPRESS)    # the child process
    args = parser.parse_args()
    if args.ask:
        return ask_child(args.ask, args.repeat, args.exclude)
    args.work.mkdir(parents=True, exist_ok=True)
    per_doc = passages_per_document(args.work)
    print(f"synthetic minutes: {per_doc:.1f} passages a document; work folder {args.work}", flush=True)
    rate = None
    for label in args.sizes.split(","):
        target = SIZES[label.strip()]
        if rate and target / rate > args.budget_minutes * 60:
            print(f"{label:>5} | skipped: about {target / rate / 60:.0f} min to build at {rate:.0f} passages/s "
                  f"(over --budget-minutes {args.budget_minutes:g})", flush=True)
            continue
        row = measure_size(label.strip(), target, per_doc, args.work, args.keep, args.repeat, args.exclude)
        print_row(row)
        if row["build"]:
            rate = row["passages"] / row["build"]
    if not args.no_real_model_ingest:
        real_model_rate(args.sample)


if __name__ == "__main__":
    main()
