"""Soft (contextual) term coverage and the kind of answer in the answering sentence as near-miss
signals: a study, fitted on the development sets only and reported on sets it was not fitted on.

    python bench/near_miss_soft.py            # ask every question once, write bench/out/near-miss-soft.json
    python bench/near_miss_soft.py --saved    # fit and report again from that file

Needs the eval indexes of `make eval` (or copies of main's, see the helper brief) for the
combined corpus, bench/realistic, bench/fresh and bench/heldout3 (their corpora generated).

A near miss asks for a fact the minutes do not give about a subject they do discuss ("Who
seconded ...?" where the minute records the vote only). Lexical "missing terms" flag too many
answerable questions, which paraphrase (docs/retrieval.md, "Answer or abstain"). Every question
is asked once through `Assistant.ask`; on its top passage the script measures:

- contextual word scores: each content word of the question, read in the question's context by
  MiniLM (last hidden state, word pieces averaged), against the word pieces of the top passage
  read in its context; per word the best cosine (ColBERT-style MaxSim), 1.0 when the word is
  found as such (stem) in the passage or what it is cited by. Signals: `min` (the lowest word),
  `idf_min` (the lowest among the rarer half of the words), `common` (the lowest among the
  lower-case words: names are the subject, not the fact asked);
- isolated word scores: the same with each word embedded on its own (no context) against the
  passage's own words embedded on their own: `word_min`, `word_common`, and `word_common_top3`
  (the best of the top three passages);
- `slot_sent`: for a question asking for a kind of answer (figure, date, person, decision:
  `answer_type.checked_kind`), the best, over the top passage's sentences that give that kind, of
  the lowest contextual score of the lower-case words within that sentence (the kind and the
  asked-for words in the same sentence);
- `kind_present`: 1 when the top passage has a sentence giving the kind asked for, else 0.

A rule declines an otherwise answered question when its signal is below one threshold. The
threshold is fitted on the development sets (bench/realistic, its held-out near misses,
bench/fresh dev, dev-seeds2, unanswerable, qmsum-train): the most unanswerable minus answerable
questions declined beyond the shipped rule, each fit set losing at most 2.5% of its answerable
questions more than shipped. The report sets (heldout3, seeds-dev, heldout-seeds, bench/fresh
heldout, qmsum-val) are never fitted on. hit@5 and MRR are the shipped ranking's: a signal only
decides answering. `curve` shows every signal's trade-off whatever the threshold.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

from assistant import Assistant
from assistant.answer_type import gives_kind, has_figure
from assistant.cli import _eval_index_dir
from assistant.lazy_model import LazyEmbedder
from assistant.evaluate import load_questions, score_question
from assistant.query import _WORD, _is_content, _normal, parse_query
from assistant.search import _stem_in, query_weights
from assistant.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out" / "near-miss-soft.json"
COMBINED = ("corpus", "../shared/benchmarks/qmsum-committee-corpus")
SETS = {  # name -> (questions, corpora, fitted on?)
    "realistic": ("bench/realistic/questions.jsonl", ("bench/realistic/corpus",), True),
    "realistic-nearmiss": ("bench/realistic/heldout-nearmiss.jsonl", ("bench/realistic/corpus",), True),
    "fresh-dev": ("bench/fresh/dev.jsonl", ("bench/fresh/corpus",), True),
    "dev-seeds2": ("bench/dev-seeds2.jsonl", COMBINED, True),
    "unanswerable": ("bench/unanswerable.jsonl", COMBINED, True),
    "qmsum-train": (str(SHARED / "eval" / "qmsum-train.jsonl"), COMBINED, True),
    "heldout3": ("bench/heldout3/questions.jsonl", ("bench/heldout3/corpus",), False),
    "seeds-dev": (str(SHARED / "eval" / "seeds-dev.jsonl"), COMBINED, False),
    "heldout-seeds": ("bench/heldout-seeds.jsonl", COMBINED, False),
    "fresh-heldout": ("bench/fresh/heldout.jsonl", ("bench/fresh/corpus",), False),
    "qmsum-val": (str(SHARED / "eval" / "qmsum-val.jsonl"), COMBINED, False),
}
MAX_FALSE_ABSTENTION = 0.025   # added answerable declines allowed on each fit set, as a share of its answerable
SIGNALS = ("min", "idf_min", "common", "word_min", "word_common", "word_common_top3", "slot_sent", "kind_present")
SHOWN_ANYWAY = {"kind_present": 0.5, "slot_sent": 0.28}   # the two with some signal, on whatever the fit says


# ----------------------------------------------------------------------------- token vectors

def loaded(embedder):
    """The sentence-transformers embedder behind a lazily loaded one."""
    return embedder.model() if isinstance(embedder, LazyEmbedder) else embedder


def word_vectors(embedder, text: str, words: list[str]) -> dict[str, np.ndarray]:
    """Each wanted word's contextual vector in `text`: the mean of its word pieces' last hidden states."""
    embedder = loaded(embedder)
    hidden, offsets, _ = embedder._token_embeddings([text])
    hidden, offsets = hidden[0], offsets[0]
    out: dict[str, list[np.ndarray]] = {}
    for m in _WORD.finditer(text):
        word = _normal(m.group())
        if word not in words or word in out:
            continue
        pieces = [i for i, (s, e) in enumerate(offsets) if e > s and s >= m.start() and e <= m.end()]
        if pieces:
            out[word] = hidden[pieces].mean(axis=0)
    return {w: v / max(np.linalg.norm(v), 1e-12) for w, v in out.items()}


def piece_vectors(embedder, text: str) -> tuple[np.ndarray, np.ndarray]:
    """The passage's word-piece vectors (normalised) and their character offsets, special tokens left out."""
    embedder = loaded(embedder)
    hidden, offsets, _ = embedder._token_embeddings([text])
    hidden, offsets = hidden[0], offsets[0]
    keep = offsets[:, 1] > offsets[:, 0]
    vectors = hidden[keep]
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12), offsets[keep]


WORD_CACHE: dict[str, np.ndarray] = {}


def isolated(embedder, words: list[str]) -> dict[str, np.ndarray]:
    """Each word's sentence embedding on its own (no context), cached across questions."""
    new = [w for w in dict.fromkeys(words) if w not in WORD_CACHE]
    if new:
        WORD_CACHE.update(zip(new, embedder.embed(new)))
    return {w: WORD_CACHE[w] for w in words}


def word_scores(embedder, terms: list[str], hit) -> tuple[dict[str, bool], dict[str, float]]:
    """Per question term: found as such (stem) in the passage or its citation, and the best cosine of
    its isolated embedding with an isolated embedding of one of the passage's content words."""
    cited = " ".join(p for p in (hit.text, hit.heading, hit.title, hit.context, hit.council, hit.committee)
                     if p).lower()
    lexical = {t: _stem_in(t, cited) for t in terms}
    words = sorted({w for w in (_normal(m) for m in _WORD.findall(cited)) if _is_content(w) and not w.isdigit()})
    vectors = isolated(embedder, terms + words)
    matrix = np.array([vectors[w] for w in words]) if words else np.zeros((0, 384), dtype=np.float32)
    return lexical, {t: 1.0 if lexical[t] else float((matrix @ vectors[t]).max()) if len(matrix) else 0.0
                     for t in terms}


# ----------------------------------------------------------------------------- one question

def measure(assistant: Assistant, question: str) -> dict:
    """Ask once; the top passage's per-word soft scores, overall and per sentence."""
    answer = assistant.ask(question, k=10)
    row = {"answered": answer.answered, "passages": answer.passages}
    if not answer.passages:
        return row
    top = answer.passages[0]
    query = parse_query(question)
    terms = query.terms
    weights = query_weights(assistant.store, query)
    cited = " ".join(p for p in (top.text, top.heading, top.title, top.context, top.council, top.committee)
                     if p).lower()
    lexical = {t: _stem_in(t, cited) for t in terms}
    started = time.process_time()
    qv = word_vectors(assistant.embedder, query.text, terms)
    pv, offsets = piece_vectors(assistant.embedder, top.text)
    seconds = time.process_time() - started
    sims = {t: (pv @ qv[t]) if t in qv and len(pv) else np.zeros(len(pv)) for t in terms}
    sentences = []
    for s, e in split_sentences(top.text):
        inside = (offsets[:, 0] >= s) & (offsets[:, 1] <= e)
        text = top.text[s:e]
        per_term = {t: (1.0 if _stem_in(t, text.lower()) else
                        float(sims[t][inside].max()) if inside.any() else 0.0) for t in terms}
        sentences.append({"text": text, "terms": per_term,
                          "figure": has_figure(text, query.wants_money, query.wants_share),
                          "kind": gives_kind(text, query.wants_kind) if query.wants_kind else False})
    names = {_normal(n) for name in query.names for n in name.split()}
    started = time.process_time()
    per_passage = [word_scores(assistant.embedder, terms, hit) for hit in answer.passages[:3]]
    word_seconds = time.process_time() - started
    row.update({"top3_lexical": [p[0] for p in per_passage], "top3_word": [p[1] for p in per_passage],
                "word_cpu_seconds": word_seconds})
    row.update({
        "terms": terms, "weights": weights, "lexical": lexical, "names": sorted(names),
        "soft": {t: (1.0 if lexical[t] else float(sims[t].max()) if len(sims[t]) else 0.0) for t in terms},
        "sentences": sentences, "checked_kind": query.checked_kind, "cpu_seconds": seconds})
    return row


# ----------------------------------------------------------------------------- signals

def signal(row: dict, name: str) -> float:
    """Higher = the passage covers the question better; 1.0 when nothing to judge."""
    soft, terms = row.get("soft") or {}, row.get("terms") or []
    if not terms:
        return 1.0
    if name == "min":
        return min(soft.values())
    if name == "idf_min":
        weights = row["weights"]
        ranked = sorted(terms, key=lambda t: -weights.get(t, 0.0))
        return min(soft[t] for t in ranked[: max(1, (len(ranked) + 1) // 2)])
    common = [t for t in terms if t not in row["names"] and not t.isdigit()]
    if name == "common":
        return min((soft[t] for t in common), default=1.0)
    if name == "word_min":
        return min(row["top3_word"][0].values())
    if name == "word_common":
        return min((row["top3_word"][0][t] for t in common), default=1.0)
    if name == "word_common_top3":
        return max(min((scores[t] for t in common), default=1.0) for scores in row["top3_word"])
    if name == "kind_present":
        kind = row.get("checked_kind")
        key = "figure" if kind == "figure" else "kind"
        return 1.0 if not kind or any(s[key] for s in row["sentences"]) else 0.0
    if name == "slot_sent":
        kind = row.get("checked_kind")
        if not kind or not common:
            return 1.0
        key = "figure" if kind == "figure" else "kind"
        giving = [s for s in row["sentences"] if s[key]]
        return max((min(s["terms"][t] for t in common) for s in giving), default=0.0)
    raise ValueError(name)


def answered_with(row: dict, name: str | None, threshold: float) -> bool:
    return row["answered"] and (name is None or signal(row, name) >= threshold)


def tally(rows: list[dict], name: str | None, threshold: float) -> tuple[int, int, int, int]:
    """(unanswerable declined, unanswerable, answerable declined, answerable)."""
    no = [r for r in rows if not r["answerable"]]
    yes = [r for r in rows if r["answerable"]]
    return (sum(not answered_with(r, name, threshold) for r in no), len(no),
            sum(not answered_with(r, name, threshold) for r in yes), len(yes))


def fit(rows: list[dict], name: str) -> tuple[float, tuple[int, int]]:
    """The threshold with the most unanswerable minus answerable questions declined beyond the shipped
    rule on the fit sets, each fit set losing at most MAX_FALSE_ABSTENTION of its answerable questions
    more than shipped; (0.0, (0, 0)) when none gains (the signal off)."""
    fitted = [r for r in rows if SETS[r["set"]][2]]
    by_set = {s: [r for r in fitted if r["set"] == s] for s in dict.fromkeys(r["set"] for r in fitted)}
    base_nd, _, base_fa, _ = tally(fitted, None, 0.0)
    best = (0, 0.0, (0, 0))
    for threshold in np.round(np.arange(0.30, 1.001, 0.01), 2):
        if any(tally(mine, name, threshold)[2] - tally(mine, None, 0.0)[2] > int(MAX_FALSE_ABSTENTION * tally(mine, None, 0.0)[3])
               for mine in by_set.values()):
            continue
        nd, _, fa, _ = tally(fitted, name, threshold)
        net = (nd - base_nd) - (fa - base_fa)
        if net > best[0]:
            best = (net, float(threshold), (nd - base_nd, fa - base_fa))
    return best[1], best[2]


def table(rows: list[dict], name: str, threshold: float) -> None:
    print(f"{'set':<20}{'fit?':<6}{'unans. declined':>18}{'answerable declined':>22}   hit@5 / MRR (unchanged)")
    for s, (_, _, fitted) in SETS.items():
        mine = [r for r in rows if r["set"] == s]
        if not mine:
            continue
        b, a = tally(mine, None, 0.0), tally(mine, name, threshold)
        yes = [r for r in mine if r["answerable"]]
        hit = np.mean([r["hit"] for r in yes]) if yes else float("nan")
        mrr = np.mean([r["rr"] for r in yes]) if yes else float("nan")
        un = f"{b[0]}/{b[1]} -> {a[0]}/{a[1]}" if b[1] else "-"
        print(f"{s:<20}{'yes' if fitted else 'no':<6}{un:>18}{f'{b[2]}/{b[3]} -> {a[2]}/{a[3]}':>22}"
              f"   {hit:.3f} / {mrr:.3f}")
    for fitted in (True, False):
        mine = [r for r in rows if SETS[r["set"]][2] == fitted]
        cells = []
        for g in ("near miss", "ordinary", "answerable"):
            members = [r for r in mine if group(r) == g]
            before = sum(not r["answered"] for r in members)
            after = sum(not answered_with(r, name, threshold) for r in members)
            cells.append(f"{g} {before} -> {after} of {len(members)}")
        print(f"  {'fit sets' if fitted else 'report sets'}: declined {'; '.join(cells)}")


def report(rows: list[dict]) -> None:
    for name in SIGNALS:
        threshold, gain = fit(rows, name)
        print(f"\n== {name}: fitted threshold {threshold} (fit sets: +{gain[0]} unanswerable declined, "
              f"+{gain[1]} answerable declined; 0.0 = off)")
        table(rows, name, threshold)
    for name, threshold in SHOWN_ANYWAY.items():
        print(f"\n== {name} < {threshold}, whatever the fit says")
        table(rows, name, threshold)


def distributions(rows: list[dict]) -> None:
    """Each signal's values for unanswerable questions that were answered, against answerable ones."""
    for name in SIGNALS:
        no = sorted(signal(r, name) for r in rows if not r["answerable"] and r["answered"])
        yes = sorted(signal(r, name) for r in rows if r["answerable"] and r["answered"])
        print(f"{name}: answered unanswerable {np.round(no, 2).tolist()}")
        print(f"{'':<{len(name)}}  answered answerable quantiles 2/5/10/25/50%: "
              f"{np.round(np.percentile(yes, [2, 5, 10, 25, 50]), 2).tolist()}")


ORDINARY = {"unanswerable", "seeds-dev"}   # their unanswerable questions are about subjects the minutes lack


def group(row: dict) -> str:
    """"answerable", "near miss" (the minutes discuss the subject, not the fact) or "ordinary" unanswerable."""
    if row["answerable"]:
        return "answerable"
    ordinary = row["set"] in ORDINARY or (row["set"] == "heldout3" and row["id"].startswith("n"))
    return "ordinary" if ordinary else "near miss"


def curve(rows: list[dict]) -> None:
    """Whatever the threshold: extra declines of each group, fit sets against report sets, at the
    thresholds that add 1%, 2.5%, 5% and 10% wrong declines among the fit sets' answerable questions."""
    print("\nthe trade-off at any threshold (extra declines beyond the shipped rule; fit sets | report sets)")
    for name in SIGNALS:
        fit_yes = [r for r in rows if SETS[r["set"]][2] and r["answerable"] and r["answered"]]
        values = sorted(signal(r, name) for r in fit_yes)
        thresholds = [values[int(share * len(values))] if values else 0.0 for share in (0.01, 0.025, 0.05, 0.10)]
        for threshold in dict.fromkeys(thresholds):
            cells = []
            for fitted in (True, False):
                mine = [r for r in rows if SETS[r["set"]][2] == fitted]
                for g in ("near miss", "ordinary", "answerable"):
                    members = [r for r in mine if group(r) == g]
                    extra = sum(r["answered"] and signal(r, name) < threshold for r in members)
                    cells.append(f"{g} +{extra}/{len(members)}")
            print(f"{name:<17} < {threshold:.2f}: {', '.join(cells[:3])} | {', '.join(cells[3:])}")


def by_kind(rows: list[dict], name: str, threshold: float) -> None:
    """Extra declines of one signal by the kind of answer the question asks for."""
    print(f"\n{name} < {threshold}: extra declines by the kind asked for (fit sets | report sets)")
    for kind in ("figure", "date", "person", "decision"):
        cells = []
        for fitted in (True, False):
            mine = [r for r in rows if SETS[r["set"]][2] == fitted and r.get("checked_kind") == kind]
            for g in ("near miss", "answerable"):
                members = [r for r in mine if group(r) == g]
                extra = sum(r["answered"] and not answered_with(r, name, threshold) for r in members)
                cells.append(f"{g} +{extra}/{len(members)}")
        print(f"  {kind:<9} {', '.join(cells[:2])} | {', '.join(cells[2:])}")


def collect() -> list[dict]:
    rows, opened = [], {}
    for name, (path, corpora, _) in SETS.items():
        if corpora not in opened:
            index = ROOT / _eval_index_dir(corpora)
            if not (index / "minutes.db").is_file():
                raise SystemExit(f"no eval index at {index}: run `make eval` (or copy main's cache) first")
            opened[corpora] = Assistant.open(index)
        assistant = opened[corpora]
        for q in load_questions(ROOT / path):
            row = measure(assistant, q.question)
            outcome = score_question(q, row.pop("passages"), row["answered"], 0.0)
            rows.append(dict(row, set=name, id=q.id, question=q.question, answerable=q.answerable,
                             hit=outcome.hit_at_5, rr=outcome.reciprocal_rank))
        print(f"{name}: {sum(r['set'] == name for r in rows)} questions", file=sys.stderr)
    return rows


def main() -> None:
    if "--saved" in sys.argv:
        rows = json.loads(OUT.read_text())
    else:
        rows = collect()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(rows, indent=0, default=lambda o: o.tolist() if hasattr(o, "tolist") else bool(o)))
    distributions([r for r in rows if SETS[r["set"]][2]])
    report(rows)
    curve(rows)
    for name, threshold in SHOWN_ANYWAY.items():
        by_kind(rows, name, threshold)


if __name__ == "__main__":
    main()
