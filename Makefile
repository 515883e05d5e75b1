# Dossier: every set-up step lives here, so a fresh machine needs only Python 3.11+.
#   make serve   build the dossier and serve it on http://127.0.0.1:8000 with live reload
#   make test    run every test (unit, golden, real mkdocs builds, browser)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
# Byte-identical builds: MkDocs writes the build date into sitemap.xml; pin it to the last
# commit's date (SECURITY.md, "Invariants").
ifndef SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null)
endif
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

.PHONY: install serve build check test test-fast test-browser browser-deps evaluate bench lint clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --livereload --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

check: $(STAMP)
	$(BIN)/dossier check

# Browser tests (tests/browser): Debian's Chromium and its driver, and axe-core.
# Playwright's own browser download does not work here, so Chromium comes from apt-get, as root
# (CI containers) or through sudo; GitHub's Ubuntu runners already have /usr/bin/chromium.
# axe-core comes from the npm registry, at the version package-lock.json pins.
# Where neither can be installed (no apt-get, no root), this only warns and the browser tests
# skip with the reason; in CI (CI=true) it fails, so the browser tests always run there.
CHROMIUM := /usr/bin/chromium
AXE      := node_modules/axe-core/axe.min.js

browser-deps: $(AXE)
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "browser-deps: $(CHROMIUM) is missing; installing Debian's chromium and chromium-driver"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
	  else SUDO=none; fi; \
	  if [ "$$SUDO" != none ] && command -v apt-get >/dev/null 2>&1; then \
	    $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver \
	      >/dev/null || true; \
	  fi; \
	  if [ ! -x $(CHROMIUM) ]; then \
	    echo "browser-deps: could not install $(CHROMIUM) (needs apt-get, and root or sudo)."; \
	    if [ -n "$$CI" ]; then echo "browser-deps: CI must run the browser tests"; exit 1; fi; \
	    echo "browser-deps: the browser tests will be skipped"; \
	  fi; \
	fi

$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --silent --no-audit --no-fund && touch $@; \
	else \
	  echo "browser-deps: npm is missing, so axe-core is too; the accessibility tests will skip"; \
	  if [ -n "$$CI" ]; then exit 1; fi; \
	fi

test: $(STAMP) browser-deps lint
	$(BIN)/python -m pytest

# The browser tests alone (Chromium and axe-core installed first).
test-browser: $(STAMP) browser-deps
	$(BIN)/python -m pytest -m browser tests/browser

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

evaluate: $(STAMP)
	$(BIN)/dossier evaluate --set all
	@for g in untouched validation held-out tuned; do echo; $(BIN)/dossier evaluate --group $$g --pooled --ci | sed '/^speakers:/,$$d'; done
	@echo; $(BIN)/dossier evaluate --group untouched --group validation --group held-out --pooled --no-registry | sed '/^speakers:/,$$d'

bench: $(STAMP)
	$(BIN)/python bench/benchmark.py $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check builder tests bench eval
	$(BIN)/mypy

clean:
	rm -rf site site.partial site.old .dossier-cache .pytest_cache test-artifacts
