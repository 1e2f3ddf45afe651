# Two commands do all set-up on a fresh machine with Python 3.11 and pip:
#   make run    create .venv from the lock, run the pipeline over corpus/articles into output/
#   make test   create .venv from the lock, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test eval eval-real eval-sets bench lock clean

$(STAMP): requirements.lock pyproject.toml scripts/setup-system.sh
	bash scripts/setup-system.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
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

# Regenerate the lock from pyproject.toml in a throw-away environment.
lock:
	rm -rf /tmp/extract-lock && $(PYTHON) -m venv /tmp/extract-lock
	/tmp/extract-lock/bin/pip install --quiet --upgrade pip
	/tmp/extract-lock/bin/pip install --quiet ".[dask,test]"
	/tmp/extract-lock/bin/pip freeze --exclude-editable | grep -v '^extract @' > requirements.lock

clean:
	rm -rf $(VENV) output
