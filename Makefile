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
	$(PY) -c 'from eventwire.lexicons.given_names import build_cache; build_cache()'  # given names
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/eventwire demo samples
	$(VENV)/bin/eventwire ingest samples --db eventwire.db
	@echo "Stored in eventwire.db. Browse it: $(VENV)/bin/eventwire serve --db eventwire.db"
	@echo "then open http://127.0.0.1:8000/ (the page) or http://127.0.0.1:8000/docs (the API)"

test: install
	$(PY) -m pytest -m "not slow"

.PHONY: test-slow
test-slow: install
	$(PY) -m pytest -m slow

lint: install
	$(VENV)/bin/ruff check src tests eval bench
	$(VENV)/bin/ruff format --check src tests eval bench

schema: install
	$(VENV)/bin/eventwire schema -o docs/schema.json

SHARED_EVAL ?= ../shared/eval

.PHONY: eval-actors
eval-actors: install
	$(PY) -m eval.actors $(SHARED_EVAL)/events/dev.jsonl

EVENTS_DEV ?= $(SHARED_EVAL)/events/dev.jsonl

.PHONY: eval-events
eval-events: install
	$(PY) -m eval.events $(EVENTS_DEV) --half a
	$(PY) -m eval.events $(EVENTS_DEV) --half b

.PHONY: eval-quotes
eval-quotes: install
	$(PY) -m pip install --quiet -e '.[eval]'
	$(PY) -m eval.quotes --data $(SHARED_EVAL)/quotes --split dev

.PHONY: eval-time eval-geo
eval-time: install
	$(PY) -m eval.time $(SHARED_EVAL)/time/dev.jsonl

eval-geo: install
	$(PY) -m eval.geo $(SHARED_EVAL)/geo/dev.jsonl

# Whole articles: events, dyads, actor codes and places against ../shared/eval/articles (README there).
.PHONY: eval-articles
eval-articles: install
	$(PY) -m eval.articles $(SHARED_EVAL)/articles/dev.jsonl

# Stage failures over the PolNeAR train articles and TimeBank dev documents (several minutes).
.PHONY: eval-failures
# Actor coding with eventwire's own known actors, then with the Phoenix CAMEO/PETRARCH
# dictionaries laid over them (read from ../shared, never copied into the project).
DICTIONARIES ?= ../shared/dictionaries/petrarch2
.PHONY: eval-dictionaries
eval-dictionaries: install
	nice $(PY) -m eval.articles $(SHARED_EVAL)/articles/dev.jsonl
	nice $(PY) -m eval.articles $(SHARED_EVAL)/articles/dev.jsonl --dictionaries $(DICTIONARIES)
	nice $(PY) -m eval.actors $(SHARED_EVAL)/events/dev.jsonl
	nice $(PY) -m eval.actors $(SHARED_EVAL)/events/dev.jsonl --dictionaries $(DICTIONARIES)

eval-failures: install
	nice $(PY) -m eval.failures $(SHARED_EVAL)/quotes/train.jsonl $(SHARED_EVAL)/time/dev.jsonl

.PHONY: eval
eval: eval-actors eval-quotes eval-events eval-time eval-geo eval-articles

# Throughput against the raw spaCy parse on the PolNeAR train articles; writes docs/performance.md.
.PHONY: bench test-spark
bench: install
	$(PY) bench/run.py $(SHARED_EVAL)/quotes/train.jsonl

# The Spark job (optional extra, ~400 MB, needs Java 17): kept out of `make test` to keep CI fast.
test-spark: install
	$(PY) -m pip install --quiet -e '.[spark]'
	$(PY) -m pytest tests/test_spark.py

# Bounded load on loopback: 200 requests/s for 60 s against the demo database (docs/reliability.md).
.PHONY: load
load: install
	$(VENV)/bin/eventwire ingest samples --db eventwire.db
	$(PY) bench/load.py --db eventwire.db --rate 200 --seconds 60
