# HarmWatch developer targets. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help demo test lint typecheck unit eval bench model clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## install, ingest the example corpus into harmwatch.db (SQLite) and print its incidents
	$(BIN)/harmwatch ingest examples --db sqlite:///harmwatch.db
	$(BIN)/harmwatch db query incidents --db sqlite:///harmwatch.db --limit 20

test: $(STAMP) lint typecheck unit  ## install with dev extras, then lint, type-check and run the whole suite

lint: $(STAMP)  ## ruff lint and format check
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)  ## mypy on src/
	$(BIN)/mypy

unit: $(STAMP)  ## the pytest suite
	$(BIN)/pytest -q

eval: $(STAMP)  ## full evaluation runs (needs ../shared/eval)
	for d in seed polnear fakes muc4 wikievents rams re3d case2021; do $(BIN)/harmwatch eval $$d || exit 1; done

model: $(STAMP)  ## retrain the sub-event type model (needs ../shared/eval; fixed seed, same file every run)
	$(BIN)/python -m harmwatch.evaluate.type_model train --out src/harmwatch/data/event_types.json

bench: $(STAMP)  ## throughput benchmark
	$(BIN)/python bench/throughput.py

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
