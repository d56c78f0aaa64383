# The commands the README names. `make test` and `make demo` work on a fresh machine: they set up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
APP_ID ?= abc123xy

.PHONY: setup build test unit e2e demo bench docs mutate clean

$(BIN)/pybuild: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Idempotent: a venv, the pinned JS tools, and a Chromium (Playwright's own where it downloads, else the system's).
setup: $(BIN)/pybuild node_modules/.package-lock.json
	$(BIN)/pybuild browser --install

build: setup
	$(BIN)/pybuild build

docs: build
	$(BIN)/pybuild docs

# pytest runs on the dist/ that `build` (always run) has just written, not on a second build of its own, and with
# -n auto: pytest-xdist, one worker per core, each with its own demo server and Chromium (tests/conftest.py).
# `pytest tests/e2e/test_identity.py` runs one file in one process, on a build of its own.
PYTEST := PYBUILD_FRESH_DIST=$(CURDIR)/dist $(BIN)/pytest

unit: build
	node --test integration_js/test/*.test.js
	$(PYTEST) tests/unit -q

e2e: build
	$(PYTEST) tests/e2e -q -n auto

test: build
	node --test integration_js/test/*.test.js
	$(BIN)/pybuild docs --check
	$(PYTEST) tests -q -n auto

# Not a test: prints a table of timings and sizes, and writes bench/results.json.
bench: build
	$(BIN)/pybuild bench

# Not a test: the mutation score of integration_js/src/ against the node tests (StrykerJS; mutation/report.json).
# The property tests run fewer cases per mutant: each mutant reruns every test file that reaches it.
# Then its summary, bench/mutation.json (committed), and the score rendered from it into docs/testing.md and the README.
mutate: build
	PROPERTY_RUNS=200 npx --no-install stryker run
	$(BIN)/pybuild mutation
	$(BIN)/pybuild docs

demo: build
	$(BIN)/pybuild serve --port $(PORT) --app-id $(APP_ID)

clean:
	rm -rf dist integration_js/src/generated
