# The two commands of the quick start: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench bench-smoke install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/pactwatch demo

test: $(STAMP)
	$(BIN)/python -m pytest

# Every benchmark, figures as JSON on stdout (BENCHMARKS.md says what they mean); about 10 minutes.
bench: $(STAMP)
	$(BIN)/python -m benchmarks all

# The crawl benchmark on 200 articles, exit 1 when the crawl misbehaves (CI runs it).
bench-smoke: $(STAMP)
	$(BIN)/python -m benchmarks --smoke

clean:
	rm -rf $(VENV) build *.egg-info pactwatch-demo.db*
