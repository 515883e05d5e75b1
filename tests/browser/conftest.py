"""Browser fixtures: the built seeds site served on 127.0.0.1, and Debian's Chromium.

Playwright's own browser download does not work offline, so the tests drive the system
Chromium (`make browser-deps` installs it). Without it the tests skip, except in CI
(``CI=true``), where a missing browser is a failure: `make test` installs it first.

Every page a test opens is watched: a request to anywhere but the local server is blocked
and recorded, and so is every console error and uncaught exception; the test then fails at
teardown. ``DOSSIER_BROWSER_SITE=/path/to/site`` runs the tests against an already built
site instead of building the seeds dossier (handy while working on CSS).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Debian's package installs /usr/bin/chromium (so do GitHub's Ubuntu runners, as a symlink).
CHROMIUM = Path(os.environ.get("DOSSIER_CHROMIUM")
                or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
                or shutil.which("chromium") or "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def _missing(what: str, fix: str) -> None:
    """Skip on a developer machine; fail in CI, where `make test` installs everything."""
    message = f"{what} is missing: {fix}"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@dataclass
class Pages:
    """Where the main pages of the built site are, found from the files themselves."""

    root: Path
    articles: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.articles = sorted(
            p.parent.relative_to(self.root).as_posix() + "/"
            for p in self.root.glob("articles/*/*/index.html")
        )

    def html(self, url: str) -> str:
        return (self.root / url / "index.html").read_text(encoding="utf-8")

    def richest_article(self) -> str:
        """The article with the most kinds of annotation (then the most annotations)."""
        if not self.articles:
            pytest.fail("the seeds site has no article", pytrace=False)
        kinds = ("dossier-person", "dossier-quote", "dossier-date", "dossier-date-link",
                 "dossier-speaker--unnamed")

        def score(url: str) -> tuple[int, int, str]:
            html = self.html(url)
            return (sum(k in html for k in kinds), html.count("dossier-"), url)

        return max(self.articles, key=score)

    def article_with(self, *selectors: str) -> str:
        """The first article whose HTML contains every class in ``selectors``."""
        for url in self.articles:
            html = self.html(url)
            if all(f'class="{s}' in html or f' {s}"' in html or f" {s} " in html
                   for s in selectors):
                return url
        pytest.fail(
            f"no article of the seeds site has {', '.join(selectors)}: the seed articles "
            f"contain people, quotations and dates, so the annotators should mark them "
            f"(articles: {self.articles or 'none'})", pytrace=False,
        )


@pytest.fixture(scope="session")
def site_dir(request: pytest.FixtureRequest) -> Path:
    prebuilt = os.environ.get("DOSSIER_BROWSER_SITE")
    if prebuilt:
        return Path(prebuilt).resolve()
    built: Path = request.getfixturevalue("seeds_site")
    return built


@pytest.fixture(scope="session")
def pages(site_dir: Path) -> Pages:
    return Pages(site_dir)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The site served by a background http.server on 127.0.0.1 and a free port."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        _missing(f"Chromium ({CHROMIUM})", "run `make browser-deps` (Debian's chromium package)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the [test] extra installs it
        _missing("the playwright package", "run `make install`")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def axe_source() -> Path:
    if not AXE.is_file():
        _missing(f"axe-core ({AXE.relative_to(ROOT)})", "run `make browser-deps` (npm ci)")
    return AXE


@dataclass
class Watch:
    """What a page did that it should not: leave 127.0.0.1, log an error, throw."""

    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return ([f"request leaving 127.0.0.1: {u}" for u in self.external]
                + [f"console error: {e}" for e in self.errors])


def open_context(browser: Any, base_url: str, watch: Watch, **options: Any) -> Any:
    """A browser context that blocks (and records) every request not to the local server."""
    options.setdefault("viewport", DESKTOP)
    options.setdefault("locale", "en-GB")
    options.setdefault("service_workers", "block")
    context = browser.new_context(base_url=base_url, **options)
    context.set_default_timeout(10_000)

    local = (base_url, "data:", "blob:", "about:")

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(local):
            route.continue_()
        else:
            watch.external.append(url)
            route.abort()

    context.route("**/*", route)

    def on_request(request: Any) -> None:  # also sees what routing cannot (workers, etc.)
        url = request.url
        if not url.startswith(local) and url not in watch.external:
            watch.external.append(url)

    context.on("request", on_request)

    def on_page(page: Any) -> None:
        page.on("console", lambda m: m.type == "error" and watch.errors.append(
            f"{m.text} ({m.location.get('url', '')})"))
        page.on("pageerror", lambda e: watch.errors.append(f"uncaught: {e}"))

    context.on("page", on_page)
    return context


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def context(browser: Any, base_url: str, watch: Watch) -> Iterator[Any]:
    ctx = open_context(browser, base_url, watch)
    yield ctx
    ctx.close()
    assert not watch.problems(), "\n".join(watch.problems())


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ at the repository root (git-ignored; CI uploads it)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
