"""Which questions are answered and which declined, on every evaluation set: before/after a change.

    python bench/abstention_sets.py run LABEL [SET ...]   # bench/out/abstention-LABEL.jsonl
    python bench/abstention_sets.py diff BEFORE AFTER      # the table, and each question that changed
    python bench/abstention_sets.py rebuild [SET ...]      # read each set's eval index again from scratch

Run `make eval` and the measure.py of bench/heldout3 to heldout52 first: they build
the corpora and the eval indexes (`.eval-index/`) this reads. To compare two versions of the
code, run `run` with PYTHONPATH pointing at each checkout (the indexes are shared).

Every question is asked once through `Assistant.ask`. A question is `ans` when it has gold
quotes; an unanswerable one is a near miss (`near`: the corpus discusses its subject) unless it
belongs to bench/unanswerable.jsonl or seeds-dev, or its id starts with "n" (`unans`: the
subject or the council is absent), as in docs/retrieval.md.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SEEDS = ("corpus", "../shared/benchmarks/qmsum-committee-corpus")
SETS = {
    "seeds-dev": ("../shared/eval/seeds-dev.jsonl", SEEDS),
    "qmsum-train": ("../shared/eval/qmsum-train.jsonl", SEEDS),
    "qmsum-val": ("../shared/eval/qmsum-val.jsonl", SEEDS),
    "dev-seeds2": ("bench/dev-seeds2.jsonl", SEEDS),
    "heldout-seeds": ("bench/heldout-seeds.jsonl", SEEDS),
    "unanswerable": ("bench/unanswerable.jsonl", SEEDS),
    "realistic": ("bench/realistic/questions.jsonl", ("bench/realistic/corpus",)),
    "realistic-nm": ("bench/realistic/heldout-nearmiss.jsonl", ("bench/realistic/corpus",)),
    "fresh": ("bench/fresh/dev.jsonl", ("bench/fresh/corpus",)),
    "fresh-heldout": ("bench/fresh/heldout.jsonl", ("bench/fresh/corpus",)),
    "heldout3": ("bench/heldout3/questions.jsonl", ("bench/heldout3/corpus",)),
    "heldout4": ("bench/heldout4/questions.jsonl", ("bench/heldout4/corpus",)),
    "heldout5": ("bench/heldout5/questions.jsonl", ("bench/heldout5/corpus",)),
    "heldout6": ("bench/heldout6/questions.jsonl", ("bench/heldout6/corpus",)),
    "heldout7": ("bench/heldout7/questions.jsonl", ("bench/heldout7/corpus",)),
    "heldout8": ("bench/heldout8/questions.jsonl", ("bench/heldout8/corpus",)),
    "heldout9": ("bench/heldout9/questions.jsonl", ("bench/heldout9/corpus",)),
    "heldout10": ("bench/heldout10/questions.jsonl", ("bench/heldout10/corpus",)),
    "heldout11": ("bench/heldout11/questions.jsonl", ("bench/heldout11/corpus",)),
    "heldout12": ("bench/heldout12/questions.jsonl", ("bench/heldout12/corpus",)),
    "heldout13": ("bench/heldout13/questions.jsonl", ("bench/heldout13/corpus",)),
    "heldout14": ("bench/heldout14/questions.jsonl", ("bench/heldout14/corpus",)),
    "heldout15": ("bench/heldout15/questions.jsonl", ("bench/heldout15/corpus",)),
    "heldout16": ("bench/heldout16/questions.jsonl", ("bench/heldout16/corpus",)),
    "heldout17": ("bench/heldout17/questions.jsonl", ("bench/heldout17/corpus",)),
    "heldout18": ("bench/heldout18/questions.jsonl", ("bench/heldout18/corpus",)),
    "heldout19": ("bench/heldout19/questions.jsonl", ("bench/heldout19/corpus",)),
    "heldout20": ("bench/heldout20/questions.jsonl", ("bench/heldout20/corpus",)),
    "heldout21": ("bench/heldout21/questions.jsonl", ("bench/heldout21/corpus",)),
    "heldout22": ("bench/heldout22/questions.jsonl", ("bench/heldout22/corpus",)),
    "heldout23": ("bench/heldout23/questions.jsonl", ("bench/heldout23/corpus",)),
    "heldout24": ("bench/heldout24/questions.jsonl", ("bench/heldout24/corpus",)),
    "heldout25": ("bench/heldout25/questions.jsonl", ("bench/heldout25/corpus",)),
    "heldout26": ("bench/heldout26/questions.jsonl", ("bench/heldout26/corpus",)),
    "heldout27": ("bench/heldout27/questions.jsonl", ("bench/heldout27/corpus",)),
    "heldout28": ("bench/heldout28/questions.jsonl", ("bench/heldout28/corpus",)),
    "heldout29": ("bench/heldout29/questions.jsonl", ("bench/heldout29/corpus",)),
    "heldout30": ("bench/heldout30/questions.jsonl", ("bench/heldout30/corpus",)),
    "heldout31": ("bench/heldout31/questions.jsonl", ("bench/heldout31/corpus",)),
    "heldout32": ("bench/heldout32/questions.jsonl", ("bench/heldout32/corpus",)),
    "heldout33": ("bench/heldout33/questions.jsonl", ("bench/heldout33/corpus",)),
    "heldout34": ("bench/heldout34/questions.jsonl", ("bench/heldout34/corpus",)),
    "heldout35": ("bench/heldout35/questions.jsonl", ("bench/heldout35/corpus",)),
    "heldout36": ("bench/heldout36/questions.jsonl", ("bench/heldout36/corpus",)),
    "heldout37": ("bench/heldout37/questions.jsonl", ("bench/heldout37/corpus",)),
    "heldout38": ("bench/heldout38/questions.jsonl", ("bench/heldout38/corpus",)),
    "heldout39": ("bench/heldout39/questions.jsonl", ("bench/heldout39/corpus",)),
    "heldout40": ("bench/heldout40/questions.jsonl", ("bench/heldout40/corpus",)),
    "heldout41": ("bench/heldout41/questions.jsonl", ("bench/heldout41/corpus",)),
    "heldout42": ("bench/heldout42/questions.jsonl", ("bench/heldout42/corpus",)),
    "heldout43": ("bench/heldout43/questions.jsonl", ("bench/heldout43/corpus",)),
    "heldout44": ("bench/heldout44/questions.jsonl", ("bench/heldout44/corpus",)),
    **{f"heldout{n}": (f"bench/heldout{n}/questions.jsonl", (f"bench/heldout{n}/corpus",)) for n in range(45, 53)},
}
ORDINARY_SETS = ("unanswerable", "seeds-dev")


def question_type(set_name: str, question: dict) -> str:
    if question.get("gold"):
        return "ans"
    if set_name in ORDINARY_SETS or str(question.get("id", "")).startswith("n"):
        return "unans"
    return "near"


def each_question(names: list[str]):
    """(set name, assistant, question) for every question of the named sets, each set's eval index opened
    once (one embedder shared); a set whose index is missing is said and skipped."""
    from assistant import Assistant
    from assistant.cli import _eval_index_dir

    embedder = None
    for name in names:
        questions_file, corpora = SETS[name]
        index = ROOT / _eval_index_dir(tuple(str(ROOT / c) for c in corpora))
        if not index.exists():
            print(f"{name}: no index at {index}; run make eval or its measure.py first", file=sys.stderr)
            continue
        assistant = Assistant.open(index, embedder=embedder)
        embedder = assistant.embedder
        try:
            for line in (ROOT / questions_file).read_text(encoding="utf-8").splitlines():
                yield name, assistant, json.loads(line)
        finally:
            assistant.close()


def rebuild(names: list[str]) -> None:
    """Build each named set's eval index from scratch, so that it holds what a fresh build holds (an index
    re-read after a READER_VERSION change keeps what the code of its first build embedded)."""
    from assistant import Assistant
    from assistant.cli import _eval_index_dir

    embedder, done = None, set()
    for name in names:
        corpora = tuple(str(ROOT / c) for c in SETS[name][1])
        index = ROOT / _eval_index_dir(corpora)
        if index in done or not all(Path(c).exists() for c in corpora):
            continue
        assistant = Assistant.build(list(corpora), index, embedder=embedder, rebuild=True)
        embedder = assistant.embedder
        assistant.close()
        done.add(index)
        print(f"{name}: rebuilt {index}", flush=True)


def run(label: str, names: list[str]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"abstention-{label}.jsonl"
    with out.open("w", encoding="utf-8") as sink:
        for name, assistant, question in each_question(names):
            answer = assistant.ask(question["question"])
            sink.write(json.dumps({"set": name, "id": question.get("id", ""),
                                   "type": question_type(name, question), "answered": answer.answered,
                                   "question": question["question"]}) + "\n")
    print(f"wrote {out}")
    return out


def load(path: Path) -> dict[tuple[str, str, str], dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {(r["set"], r["id"], r["question"]): r for r in rows}


def diff(before_path: Path, after_path: Path) -> None:
    before, after = load(before_path), load(after_path)
    counts: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            continue
        cell = counts[(old["set"], old["type"])]
        cell["n"] += 1
        cell["before"] += not old["answered"]
        cell["after"] += not new["answered"]
    print("| set | questions | n | declined before | declined after |\n| --- | --- | --- | --- | --- |")
    totals: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (name, kind), cell in sorted(counts.items()):
        print(f"| {name} | {kind} | {cell['n']} | {cell['before']} | {cell['after']} |")
        totals[kind].update(cell)
    for kind, cell in sorted(totals.items()):
        print(f"| **all** | {kind} | {cell['n']} | {cell['before']} | {cell['after']} |")
    for key, old in before.items():
        new = after.get(key)
        if new is not None and new["answered"] != old["answered"]:
            print(f"{'declined now' if old['answered'] else 'answered now'}: {old['type']} {key[0]} {key[1]} {key[2]}")


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "run":
        run(argv[1], argv[2:] or list(SETS))
        return 0
    if argv and argv[0] == "rebuild":
        rebuild(argv[1:] or list(SETS))
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        diff(Path(argv[1]), Path(argv[2]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
