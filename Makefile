# The README's two commands. Both create the virtual environment on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean screenshots

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

test: $(STAMP)  ## lint, then the whole test suite (PostgreSQL/Chromium tests run when present)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -ra

screenshots: $(STAMP)  ## the browser tests, writing the README's screenshots to docs/
	DYAD_UPDATE_DOCS=1 $(BIN)/python -m pytest -q tests/test_web_browser.py

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf $(VENV) dyad.db dyad.db-wal dyad.db-shm
