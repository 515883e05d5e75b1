# Dossier: every set-up step lives here, so a fresh machine needs only Python 3.11+.
#   make serve   build the dossier and serve it on http://127.0.0.1:8000 with live reload
#   make test    run every test (unit, golden, real mkdocs builds, browser)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: install serve build check test test-fast browser-deps evaluate bench lint clean

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

# Chromium and its driver come from Debian's packages (Playwright's own browser download
# does not work offline); axe-core comes from the npm registry (package-lock.json).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --silent --no-audit --no-fund

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

evaluate: $(STAMP)
	$(BIN)/dossier evaluate --set all

bench: $(STAMP)
	$(BIN)/python bench/benchmark.py

lint: $(STAMP)
	$(BIN)/ruff check builder tests bench
	$(BIN)/mypy

clean:
	rm -rf site site.partial site.old .dossier-cache .pytest_cache test-artifacts
