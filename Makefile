# The README's commands: `make run` (install, build the index if needed, serve) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 7860

.PHONY: run test install install-test browser bench bench-scale bench-load hostile eval study clean

run: $(VENV)/.installed
	$(BIN)/minutes-qa serve --corpus corpus --index index --port $(PORT)

test: $(VENV)/.installed-test browser
	$(BIN)/ruff check assistant ui tests bench
	$(BIN)/python -m pytest -q

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# torch==2.13.0 first: the CPU build (a local wheel here) instead of a multi-GB CUDA one.
$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q "torch==2.13.0"
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; it downloads no browser).
browser:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_ask.py

# Build time, disk, memory, question latency and re-ingest cost at 10k, 100k and 1M passages
# (docs/performance.md). SCALE_ARGS="--sizes 10k,100k" for the smaller ones only.
bench-scale: $(VENV)/.installed
	$(BIN)/python bench/scale.py $(SCALE_ARGS)

# 50 users asking through the web app's HTTP API for 60 s, on 127.0.0.1 (docs/retrieval.md, "Load"):
# requests, errors, questions/s, latency percentiles. Builds the index of corpus/ first if needed.
bench-load: $(VENV)/.installed
	$(BIN)/minutes-qa ingest corpus --index index
	$(BIN)/python bench/load.py --serve index --users 50 --seconds 60 --think 1

# Hostile files beside good ones through the real ingest, then 10,000 hostile questions and filter values;
# each prints what it tried and its crashes (target 0). Needs the test extras (reportlab) for the PDFs it makes.
hostile: $(VENV)/.installed-test
	$(BIN)/python bench/hostile_files.py
	$(BIN)/python bench/hostile_questions.py --count 10000

# The figures in docs/retrieval.md: every development set, the naive baseline beside the hybrid,
# over one index of the sample minutes plus the QMSum meetings; then the realistic corpus (bench/realistic).
EVAL_CORPORA := --corpus corpus --corpus ../shared/benchmarks/qmsum-committee-corpus
eval: $(VENV)/.installed
	for set in ../shared/eval/seeds-dev.jsonl ../shared/eval/qmsum-train.jsonl ../shared/eval/qmsum-val.jsonl \
	           bench/dev-seeds2.jsonl bench/heldout-seeds.jsonl; do \
	  echo "== $$set"; $(BIN)/minutes-qa eval $$set $(EVAL_CORPORA) --compare || exit 1; done
	echo "== bench/unanswerable.jsonl"; $(BIN)/minutes-qa eval bench/unanswerable.jsonl $(EVAL_CORPORA)
	$(BIN)/python bench/realistic/make_corpus.py
	echo "== bench/realistic"; $(BIN)/minutes-qa eval bench/realistic/questions.jsonl --corpus bench/realistic/corpus --compare
	$(BIN)/python bench/fresh/make_fresh.py
	echo "== bench/fresh (dev questions; heldout.jsonl is measured once, by hand)"; $(BIN)/python bench/fresh/measure.py

# Ablation of each retrieval stage, the cross-validated fit and the keyword study (docs/retrieval.md).
EVAL_INDEX = .eval-index/$(shell $(BIN)/python -c "from assistant.cli import _eval_index_dir as d; \
  print(d(('corpus', '../shared/benchmarks/qmsum-committee-corpus')).name)")
study: $(VENV)/.installed
	$(BIN)/minutes-qa eval ../shared/eval/seeds-dev.jsonl $(EVAL_CORPORA) > /dev/null   # builds the index if needed
	$(BIN)/python bench/ablation.py $(EVAL_INDEX)
	$(BIN)/python bench/fit.py $(EVAL_INDEX) coverage_weight=0,0.2,0.3,0.4,0.5,0.6,0.8,1.0
	$(BIN)/python bench/fit.py $(EVAL_INDEX) sentence_weight=0.2,0.3,0.4,0.5,0.6 coverage_weight=0.2,0.3,0.4,0.5,0.6,0.8
	$(BIN)/python bench/fit.py $(EVAL_INDEX) rerank_top=15,25,40,60
	$(BIN)/python bench/fit.py $(EVAL_INDEX)
	$(BIN)/python bench/rerank_study.py $(EVAL_INDEX)
	$(BIN)/python bench/keyword_study.py

clean:
	rm -rf $(VENV) index/gen-* index/CURRENT index/minutes.db* index/vectors-*.faiss index/write.lock
