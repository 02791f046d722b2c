# The README's two commands. Both create the virtual environment on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all lint bench clean screenshots

# `make test` runs the fast set: every test not marked `slow` (end-to-end runs, process pools,
# PostgreSQL, the browser, score floors). With CI set in the environment (CI=true, as CI services
# and .ci/run set it) it runs every test, as `make test-all` does.
ALL_TESTS := $(filter-out 0 false no,$(CI))
TEST_SET := $(if $(ALL_TESTS),,-m "not slow")

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## ingest the example articles into ./dyad.db and print what is stored
	$(BIN)/dyad ingest examples --db sqlite:///dyad.db
	$(BIN)/dyad events --db sqlite:///dyad.db
	$(BIN)/dyad claims --db sqlite:///dyad.db --conflicts

test: $(STAMP)  ## lint, then the fast tests (every test when CI is set)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -ra $(TEST_SET)

test-all: $(STAMP)  ## lint, then every test (PostgreSQL/Chromium tests run when present)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -ra

screenshots: $(STAMP)  ## the browser tests, writing the README's screenshots to docs/
	DYAD_UPDATE_DOCS=1 $(BIN)/python -m pytest -q tests/e2e/test_web_browser.py

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf $(VENV) dyad.db dyad.db-wal dyad.db-shm
