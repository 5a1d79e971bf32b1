# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench demo-data clean translations update-translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) translations
	$(PY) -m matchmaker

test: $(STAMP) lint translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check matchmaker tests bench scripts
	$(VENV)/bin/ruff format --check matchmaker tests bench scripts
	$(VENV)/bin/lint-imports

# .qm (Qt) and .mo (gettext) are built from the .ts/.po sources, never committed.
translations: $(STAMP)
	$(PY) scripts/build_catalogue.py

# After merging new visible strings: extract them and list what is left to translate.
update-translations: $(STAMP)
	$(PY) scripts/update_translations.py

bench: $(STAMP)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

demo-data: $(STAMP)
	$(PY) scripts/build_taxonomy.py
	$(PY) scripts/generate_demo.py

clean:
	rm -rf $(VENV) build *.egg-info
