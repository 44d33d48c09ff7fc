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
STAMP_INSTALL := $(VENV)/.stamp-install
STAMP_NPM := web/node_modules/.stamp-npm
# The site's own JavaScript (web/src, bundled by esbuild into web/static/dist).
DIST := web/static/dist
STAMP_WEB := $(DIST)/.stamp-web
WEB_INPUTS := $(wildcard web/src/*) web/build.mjs lite/bridge.py web/package-lock.json
# The in-browser Python of the exercises (Pyodide and the course's wheels, see lite/).
LITE := _build/lite
STAMP_LITE := _build/.stamp-lite
LITE_INPUTS := lite/build_site.py lite/build_pyodide.py lite/slim_simplemma.py lite/precompile_wheels.mjs \
  lite/site_bundle.py lite/make_snapshot.mjs lite/bridge.py web/src/site-bundle.mjs pyproject.toml web/package-lock.json \
  $(wildcard notebooks/oefening-*.ipynb notebooks/mijn-voortgang.ipynb) \
  $(shell find cpw_widgets -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)
# The printable workbook: its output, its sources, the font it is set in.
WORKBOOK := $(BUILD)/werkboek/oefenplaats-werkboek.pdf
WORKBOOK_INPUTS := $(shell find cpw_widgets/workbook cpw_widgets/content -type f -not -path '*/__pycache__/*' \
  -not -name '*.pyc' 2>/dev/null) cpw_widgets/assess/criteria.py book/img/cirkeltechniek-werkblad.svg
WORKBOOK_FONT := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
# Run apt-get as root directly, otherwise through sudo.
APT := $(if $(filter 0,$(shell id -u)),,sudo )apt-get

.PHONY: start test setup system-deps system-deps-test web lite pages book serve clean help

help:
	@echo "make start  - cursus opzetten, bouwen en tonen op http://127.0.0.1:$(PORT)"
	@echo "make test   - opzetten en alle tests draaien"

start: setup book serve

test: setup system-deps-test
	$(PY) -m pytest $(PYTEST_ARGS)

setup: system-deps $(STAMP_INSTALL) $(STAMP_NPM)

# graphviz renders the book's diagrams at build time; WeasyPrint lays out the
# printable workbook with Pango and a system font.
system-deps:
	@command -v dot >/dev/null || { echo "Graphviz installeren (voor de schema's in de cursus)..."; \
	  $(APT) update -qq && $(APT) install -y -qq graphviz >/dev/null; }
	@{ ldconfig -p | grep -q libpangoft2-1.0.so.0 && test -e $(WORKBOOK_FONT); } || { \
	  echo "Pango en een lettertype installeren (voor het werkboek om af te drukken)..."; \
	  $(APT) update -qq && $(APT) install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null; }

# The browser tests run in every engine, all Debian packages (never a downloaded
# browser or driver): chromium; firefox-esr (driven through its built-in WebDriver
# BiDi); WebKit's MiniBrowser with WebKitWebDriver (webkit2gtk-driver), which
# needs an X server: Xvfb (xvfb).
BROWSER_PKGS := chromium firefox-esr webkit2gtk-driver xvfb
system-deps-test: system-deps
	@{ command -v chromium && command -v firefox-esr && command -v WebKitWebDriver \
	   && command -v Xvfb; } >/dev/null || { \
	  echo "Browsers installeren (Chromium, Firefox ESR, WebKit; voor de browsertests)..."; \
	  $(APT) update -qq && $(APT) install -y -qq $(BROWSER_PKGS) >/dev/null; }

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# JupyterLab's defaults for this course (Dutch menus, no news pop-up) go
# into the venv's own settings: nothing is written to the user's home.
LAB_OVERRIDES := $(VENV)/share/jupyter/lab/settings/overrides.json
$(STAMP_INSTALL): pyproject.toml exercises/jupyterlab-overrides.json | $(VENV)/bin/python
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	@# jupyter-events asks for jsonschema[format-nongpl], which brings rfc3987-syntax: it builds
	@# a grammar on import (2.5 s in every process that reads a notebook: each nbgrader command,
	@# the book build, JupyterLab) to check IRIs, which nothing here does. jsonschema skips
	@# that check without it (jsonschema/_format.py).
	$(PY) -m pip uninstall -q -y rfc3987-syntax
	@mkdir -p $(dir $(LAB_OVERRIDES))
	@cp exercises/jupyterlab-overrides.json $(LAB_OVERRIDES)
	@touch $@

$(STAMP_NPM): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# The exercises' JavaScript (widgets in the page, the Python worker, the
# prefetch), bundled from npm packages and web/src (no CDN; not committed).
$(STAMP_WEB): $(WEB_INPUTS) | $(STAMP_NPM)
	@rm -rf $(DIST)
	node web/build.mjs
	@touch $@

web: setup $(STAMP_WEB)

# The in-browser Python is rebuilt (always from clean: lite/build_site.py
# removes the old one first) only when one of its inputs changed; otherwise reused.
$(STAMP_LITE): $(LITE_INPUTS) | $(STAMP_INSTALL) $(STAMP_NPM)
	@rm -f $@
	$(PY) lite/build_site.py --out $(LITE)
	@touch $@

lite: setup $(STAMP_LITE)

# Notebooks are executed (cached in _build/.jupyter_cache) and their widget
# state is embedded in the pages; -W -n keeps the build warning-free.
# The in-browser Python is then linked in under lite/ (hard links: instant,
# no copy), with the list of files every page prefetches.
# Sphinx copies web/static only when some page is out of date: when a file
# there changed since the last build, every page is written again (--all;
# the notebooks' execution cache is kept, so this stays quick).
# The pages and the in-browser Python do not need each other until they are
# linked: they build side by side (-j2; each one's output kept together).
STAMP_STATIC := $(BUILD)/.stamp-static
book: setup
	@$(MAKE) --no-print-directory -j2 --output-sync=target pages lite
	@rm -rf $(BUILD)/lite && cp -al $(LITE) $(BUILD)/lite
	$(PY) lite/prefetch_list.py --html $(BUILD)

pages: setup web $(WORKBOOK)
	$(VENV)/bin/jupyter-book build . --builder html -W -n --keep-going \
	  $(if $(shell find web/static -type f -newer $(STAMP_STATIC) 2>/dev/null | head -1; \
	    test -e $(STAMP_STATIC) || echo missing),--all,)
	@touch $(STAMP_STATIC)

# The printable workbook (A4 PDF) goes into the site beside the pages;
# book/index.md and chapter 10 link it. Rebuilt when its sources change.
$(WORKBOOK): $(WORKBOOK_INPUTS) | $(STAMP_INSTALL)
	$(PY) -m cpw_widgets.workbook --out $@

serve:
	@echo ""
	@echo "  De cursus staat klaar op http://127.0.0.1:$(PORT)/"
	@echo "  Stoppen: Ctrl-C"
	@echo ""
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory $(BUILD)

clean:
	rm -rf _build _contents $(DIST)
