# HarmWatch developer targets. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help demo test lint typecheck unit eval gate bench bench-speed loadtest vendor lock fresh-venv model clean
LOCK := requirements.lock
# uv resolves the lock; it runs from its own small venv so `make lock` works while .venv is stale or absent.
UV_VERSION := 0.13.9
TOOLS := .tools

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# Installs exactly what the lock pins (every file checked against its hash), then HarmWatch itself, resolving
# nothing: the lock is complete, so pip reads no dependency of its own (the pip Python 3.11 ships would otherwise
# take a newer release for a dependency named with an extra, "lxml[html_clean]", and refuse it as unpinned), and
# `pip check` proves the set consistent. pip is the one the venv module ships (no upgrade), as a newcomer's would be.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-deps --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/pip check
	touch $(STAMP)

$(TOOLS)/bin/uv:
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

lock: $(TOOLS)/bin/uv  ## re-pin every dependency (dev and postgres extras too) with hashes into requirements.lock
	$(TOOLS)/bin/uv pip compile pyproject.toml --extra dev --extra postgres --universal --python-version 3.11 \
		--generate-hashes --no-emit-package harmwatch --custom-compile-command 'make lock' --quiet -o $(LOCK)

fresh-venv:  ## prove a newcomer's install: fresh venv, the pip Python ships, `pip install -e .`, extract
	.ci/fresh-venv-check

demo: $(STAMP)  ## install, ingest the example corpus into harmwatch.db (SQLite), print its incidents, serve the dashboard on 127.0.0.1:8000 (Ctrl-C stops it)
	$(BIN)/harmwatch ingest examples --db sqlite:///harmwatch.db
	$(BIN)/harmwatch incidents --db sqlite:///harmwatch.db --limit 20
	$(BIN)/harmwatch serve --db sqlite:///harmwatch.db --host 127.0.0.1 --port 8000

test: $(STAMP) lint typecheck unit  ## install with dev extras, then lint, type-check and run the whole suite

lint: $(STAMP)  ## ruff lint and format check
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)  ## mypy on src/
	$(BIN)/mypy

unit: $(STAMP)  ## the pytest suite
	$(BIN)/pytest -q

eval: $(STAMP)  ## full evaluation runs (needs ../shared/eval)
	for d in seed polnear fakes muc4 wikievents rams re3d case2021; do $(BIN)/harmwatch eval $$d || exit 1; done

model: $(STAMP)  ## retrain the sub-event type model (needs ../shared/eval; fixed seed, same file every run)
	$(BIN)/python -m harmwatch.evaluate.type_model train --out src/harmwatch/data/event_types.json

gate: $(STAMP)  ## re-measure the eval gate's samples and raise tests/eval_minimums.json (needs ../shared/eval)
	nice -n 10 $(BIN)/harmwatch gate --write --minimums tests/eval_minimums.json

bench: $(STAMP)  ## throughput benchmark
	$(BIN)/python bench/throughput.py

loadtest: $(STAMP)  ## load test of the dashboard and API on loopback (a 10,000-article store in /tmp)
	$(BIN)/python bench/load.py

vendor: $(STAMP)  ## re-create the vendored Chart.js and the Natural Earth basemap from their npm packages (needs npm)
	$(BIN)/python scripts/vendor_assets.py

bench-speed: $(STAMP)  ## end-to-end speed against plain spaCy, engines, corpus sizes (add ARGS=--quick)
	$(BIN)/python bench/speed.py $(ARGS)

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) $(TOOLS) .pytest_cache .mypy_cache .ruff_cache
