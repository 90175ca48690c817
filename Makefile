# Two commands set up everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint schema

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/eventwire demo samples

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests

schema: install
	$(VENV)/bin/eventwire schema -o docs/schema.json

EVAL ?= ../shared/eval
.PHONY: eval-time eval-geo
eval-time: install
	$(PY) -m eval.time $(EVAL)/time/dev.jsonl

eval-geo: install
	$(PY) -m eval.geo $(EVAL)/geo/dev.jsonl
