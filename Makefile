# Two entry points on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-slow bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev,bench]"
	$(BIN)/python -c "from newsgraph.actors.places import gazetteer; gazetteer()"  # build the place cache once
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsgraph extract examples/hollande-putin-2012-06-01.txt --format text
	@mkdir -p build
	$(BIN)/newsgraph ingest examples/ --db build/example.duckdb
	@echo '--- timeline'; $(BIN)/newsgraph timeline --db build/example.duckdb --limit 12
	@echo '--- disagreements (actor, actor, shared issues)'; $(BIN)/newsgraph network --kind conflict --format text --db build/example.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
