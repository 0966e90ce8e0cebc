# The two commands a newcomer runs: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
# uv is run as a module of the same Python, so it is found wherever pip put it.
UV := $(PYTHON) -m uv
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test setup services lint format bench check-deploy

# Installs exactly the locked versions (uv.lock); --inexact keeps optional extras (bench group).
setup:
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen --inexact --python $(PYTHON)

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo_setup
	$(PY) scripts/run_local.py

services:
	bash scripts/ensure_services.sh

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: setup services lint
	$(VENV)/bin/pytest -n 2 --dist loadgroup -p no:cacheprovider

check-deploy: setup
	bash scripts/check_deploy.sh

bench: setup
	$(UV) sync --frozen --inexact --group bench
	@# bench/qa.py scores the QA evaluation set: render it once (about 13 CPU-minutes).
	@d="$${STILLMOTION_VAR_DIR:+$$STILLMOTION_VAR_DIR/qa_eval}"; d="$${d:-/tmp/stillmotion-qa-eval}"; \
	  [ -f "$$d/summary.json" ] || $(PY) bench/qa_eval/build.py --out "$$d" --workers 2
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done
