# Two commands set up everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint schema eval-events

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

EVENTS_DEV ?= ../shared/eval/events/dev.jsonl
eval-events: install
	$(PY) eval/events.py $(EVENTS_DEV) --half a
	$(PY) eval/events.py $(EVENTS_DEV) --half b
