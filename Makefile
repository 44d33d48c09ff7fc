# Oefenplaats Progressiegericht Werken: the two commands a fresh machine needs.
#   make start   set up, build and serve the course site (PORT=8000 by default)
#   make test    set up and run the whole test suite
# Everything else here is a step of those two.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
BUILD := _build/html
VENDOR := web/static/vendor
STAMP_INSTALL := $(VENV)/.stamp-install
STAMP_NPM := web/node_modules/.stamp-npm
# Run apt-get as root directly, otherwise through sudo.
APT := $(if $(filter 0,$(shell id -u)),,sudo )apt-get

.PHONY: start test setup system-deps system-deps-test vendor book serve clean help

help:
	@echo "make start  - cursus opzetten, bouwen en tonen op http://127.0.0.1:$(PORT)"
	@echo "make test   - opzetten en alle tests draaien"

start: setup book serve

test: setup system-deps-test
	$(PY) -m pytest $(PYTEST_ARGS)

setup: system-deps $(STAMP_INSTALL) vendor

# graphviz renders the book's diagrams at build time.
system-deps:
	@command -v dot >/dev/null || { echo "Graphviz installeren (voor de schema's in de cursus)..."; \
	  $(APT) update -qq && $(APT) install -y -qq graphviz >/dev/null; }

# Debian's chromium drives the browser tests (never a downloaded browser).
system-deps-test: system-deps
	@command -v chromium >/dev/null || { echo "Chromium installeren (voor de browsertests)..."; \
	  $(APT) update -qq && $(APT) install -y -qq chromium >/dev/null; }

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP_INSTALL): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	@touch $@

$(STAMP_NPM): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# Widget JavaScript for the static pages, copied from npm packages (no CDN).
vendor: $(STAMP_NPM)
	@mkdir -p $(VENDOR)
	@cp web/node_modules/requirejs/require.js $(VENDOR)/require.min.js
	@cp web/node_modules/@jupyter-widgets/html-manager/dist/embed-amd.js $(VENDOR)/
	@cp web/node_modules/@jupyter-widgets/html-manager/dist/*.{woff,woff2,ttf,eot,svg} $(VENDOR)/ 2>/dev/null || true

# Notebooks are executed (cached in _build/.jupyter_cache) and their widget
# state is embedded in the pages; -W -n keeps the build warning-free.
book: setup
	$(VENV)/bin/jupyter-book build . --builder html -W -n --keep-going

serve:
	@echo ""
	@echo "  De cursus staat klaar op http://127.0.0.1:$(PORT)/"
	@echo "  Stoppen: Ctrl-C"
	@echo ""
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory $(BUILD)

clean:
	rm -rf _build _contents
