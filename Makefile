# The README's commands: `make run` (install, build the index if needed, serve) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 7860

.PHONY: run test install install-test browser bench eval clean

run: $(VENV)/.installed
	$(BIN)/minutes-qa serve --corpus corpus --index index --port $(PORT)

test: $(VENV)/.installed-test browser
	$(BIN)/ruff check assistant ui tests bench
	$(BIN)/python -m pytest -q

install: $(VENV)/.installed

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

# The figures in docs/retrieval.md: one index of the sample minutes plus the QMSum meetings.
EVAL_CORPORA := --corpus corpus --corpus ../shared/benchmarks/qmsum-committee-corpus
eval: $(VENV)/.installed
	for set in seeds-dev qmsum-train qmsum-val; do \
	  echo "== $$set"; $(BIN)/minutes-qa eval ../shared/eval/$$set.jsonl $(EVAL_CORPORA) --compare || exit 1; done
	echo "== bench/unanswerable.jsonl"; $(BIN)/minutes-qa eval bench/unanswerable.jsonl $(EVAL_CORPORA)
	echo "== bench/dev-seeds2.jsonl"; $(BIN)/minutes-qa eval bench/dev-seeds2.jsonl $(EVAL_CORPORA) --compare
	echo "== bench/heldout-seeds.jsonl"; $(BIN)/minutes-qa eval bench/heldout-seeds.jsonl $(EVAL_CORPORA) --compare

clean:
	rm -rf $(VENV) index/gen-* index/CURRENT
