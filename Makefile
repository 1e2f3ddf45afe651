# Two commands do all set-up on a fresh machine with Python 3.11 and pip:
#   make run    create .venv from the lock, run the pipeline over corpus/articles into output/
#   make test   create .venv from the lock, run the whole test suite
# The lock's wheels are gathered once in .venv/wheels (from pip's cache after
# the first time); everything after that installs from there without the
# network: .venv itself, the project (setuptools is in the lock) and the
# fresh environment in which tests/test_wheel.py installs the built wheel.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WHEELS := $(VENV)/wheels

.PHONY: run test eval eval-real eval-sets bench stress lock clean

$(STAMP): requirements.lock pyproject.toml scripts/setup-system.sh
	bash scripts/setup-system.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip wheel --quiet -r requirements.lock -w $(WHEELS)
	$(BIN)/pip install --quiet --no-index --find-links $(WHEELS) -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/extract run corpus/articles -o output/corpus
	$(BIN)/extract eval --gold corpus/gold --pred output/corpus

test: $(STAMP)
	$(BIN)/python -m pytest src tests

eval: $(STAMP)
	$(BIN)/extract run corpus/articles -o output/corpus
	$(BIN)/extract eval --gold corpus/gold --pred output/corpus --errors

# Every set written from public news pages: first-run figures beside today's.
eval-real: $(STAMP)
	$(BIN)/python scripts/eval_sets.py --real

# Every scored gold set of corpus/sets.yaml.
eval-sets: $(STAMP)
	$(BIN)/python scripts/eval_sets.py

# The hostile inputs of issue 14 through `extract run`, timed (docs/FUZZING.md).
stress: $(STAMP)
	$(BIN)/python -m extract.dev.stress

# Regenerate the lock from pyproject.toml in a throw-away environment
# (with setuptools, which builds the project).
lock:
	rm -rf /tmp/extract-lock && $(PYTHON) -m venv /tmp/extract-lock
	/tmp/extract-lock/bin/pip install --quiet --upgrade pip setuptools
	/tmp/extract-lock/bin/pip install --quiet ".[dask,test]"
	/tmp/extract-lock/bin/pip freeze --all --exclude-editable | grep -v -e '^vi-econ-extract @' -e '^pip==' > requirements.lock

clean:
	rm -rf $(VENV) output
