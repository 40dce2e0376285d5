# The two commands of the quick start: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo demo-cluster test lint bench install audit bench-smoke clean screenshots

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/pactwatch demo

# The demo crawled by a local cluster: a redis-server, two workers and the writer (needs redis-server).
demo-cluster: $(STAMP)
	$(BIN)/pactwatch demo --cluster

test: $(STAMP)
	$(BIN)/python -m pytest

# pyflakes, pycodestyle errors and import order ([tool.ruff] in pyproject.toml); CI runs it first.
lint: $(STAMP)
	$(BIN)/ruff check .

# Every benchmark, figures as JSON on stdout (BENCHMARKS.md says what they mean); about 10 minutes.
bench: $(STAMP)
	$(BIN)/python -m benchmarks all

# Known vulnerabilities in the installed dependencies (pip-audit, in its own venv so its own
# dependencies stay out of the project's). Needs PyPI's per-version JSON API; --strict fails
# when any dependency could not be checked, rather than reporting it clean.
audit: $(STAMP)
	test -x .venv-audit/bin/pip-audit || ($(PYTHON) -m venv .venv-audit && .venv-audit/bin/pip install --quiet pip-audit)
	$(BIN)/python -m pip freeze --exclude-editable > .venv-audit/requirements.txt
	.venv-audit/bin/pip-audit --strict --no-deps --disable-pip --progress-spinner off -r .venv-audit/requirements.txt

# The crawl benchmark on 200 articles, exit 1 when the crawl misbehaves (CI runs it).
bench-smoke: $(STAMP)
	$(BIN)/python -m benchmarks --smoke

clean:
	rm -rf $(VENV) .venv-audit build *.egg-info pactwatch-demo.db*

# The README's screenshots (docs/images/), from a fresh demo database, in headless Chromium.
screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py
