"""Reader features: copy a citation in one click, language badges, light and dark schemes,
and a print stylesheet that prints an article with its source and citation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import Pages, Watch, open_context
from .helpers import goto

pytestmark = pytest.mark.browser

CITATION_FORMATS = ["APA", "Chicago", "BibTeX", "RIS"]
# Material's copy button: `.md-code__button[data-md-type=copy]` since 9.7, `.md-clipboard` before.
COPY = "button[data-md-type='copy'], button.md-clipboard"


def cite_tabs(page: Any) -> Any:
    """The tabbed block that follows the "Cite this article" heading."""
    return page.locator("h2#cite + .tabbed-set")


def test_cite_block_has_a_copy_button_per_format(page: Any, pages: Pages) -> None:
    goto(page, pages.articles[0])
    tabs = cite_tabs(page)
    expect(tabs.locator(".tabbed-labels > label")).to_have_text(CITATION_FORMATS)
    blocks = tabs.locator(".tabbed-block")
    expect(blocks).to_have_count(len(CITATION_FORMATS))
    for i in range(len(CITATION_FORMATS)):
        block = blocks.nth(i)
        button = block.locator(COPY)
        expect(button).to_have_count(1)
        target = button.get_attribute("data-clipboard-target") or ""
        assert target.endswith("> code"), target
        code = page.locator(target)
        expect(code).to_have_count(1)
        assert code.evaluate("(el, b) => b.closest('.tabbed-block').contains(el)",
                             button.element_handle())
        assert code.inner_text().strip(), f"{CITATION_FORMATS[i]} citation is empty"
        assert button.get_attribute("title"), "copy button without a title"
    # The visible tab's button is named for screen readers (hidden tabs have no a11y tree).
    first = blocks.nth(0).locator(COPY)
    expect(first).to_have_accessible_name(first.get_attribute("title") or "<no title>")


def test_copy_button_copies_the_citation(browser: Any, base_url: str, pages: Pages) -> None:
    watch = Watch()
    context = open_context(browser, base_url, watch,
                           permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        goto(page, pages.articles[0])
        tabs = cite_tabs(page)
        copied = {}
        for i, name in enumerate(["APA", "BibTeX"]):
            tabs.locator(".tabbed-labels > label", has_text=name).click()
            block = tabs.locator(".tabbed-block").nth(CITATION_FORMATS.index(name))
            expect(block).to_be_visible()
            block.locator("pre").hover()
            block.locator(COPY).click()
            expected = block.locator("code").inner_text().strip()
            page.wait_for_function(
                "async (want) => (await navigator.clipboard.readText()).trim() === want",
                arg=expected, timeout=3000)
            copied[name] = expected
            # Material confirms the copy in a small dialog.
            expect(page.locator(".md-dialog")).to_have_class("md-dialog md-dialog--active")
            page.wait_for_timeout(50 * i)
        assert copied["APA"] != copied["BibTeX"]
        assert copied["BibTeX"].startswith("@")
    finally:
        context.close()
    assert not watch.problems(), "\n".join(watch.problems())


def test_every_article_has_a_language_badge(page: Any, pages: Pages) -> None:
    assert pages.articles, "the seeds site has no article"
    for url in pages.articles:
        goto(page, url)
        badge = page.locator("article .dossier-lang").first
        expect(badge).to_be_visible()
        lang = badge.get_attribute("lang")
        assert lang in ("en", "fr"), f"{url}: badge lang={lang!r}"
        expect(badge).to_contain_text(lang.upper())
        assert page.locator("p.dossier-para").first.get_attribute("lang") == lang, url


def test_palette_toggle_switches_scheme_and_remembers_it(page: Any, pages: Pages) -> None:
    goto(page, "")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    to_dark = page.locator("label.md-header__button[title='Switch to dark mode']")
    expect(to_dark).to_be_visible()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    to_dark.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != background
    to_light = page.locator("label.md-header__button[title='Switch to light mode']")
    expect(to_light).to_be_visible()
    goto(page, pages.articles[0])  # the choice follows the reader from page to page
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.locator("label.md-header__button[title='Switch to light mode']").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


def test_print_shows_article_source_and_citation(page: Any, pages: Pages,
                                                 artifacts: Path) -> None:
    url = pages.article_with("dossier-date")
    goto(page, url)
    page.emulate_media(media="print")
    for chrome in [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary",
                   ".md-footer", ".md-search"]:
        for i in range(page.locator(chrome).count()):
            expect(page.locator(chrome).nth(i)).to_be_hidden()
    expect(page.locator("h1").first).to_be_visible()
    source = page.locator(".admonition.abstract")
    expect(source).to_be_visible()
    expect(source).to_contain_text("Outlet")
    expect(page.locator("p.dossier-para").first).to_be_visible()
    expect(page.locator("h2#cite")).to_be_visible()
    tabs = cite_tabs(page)
    for i, name in enumerate(CITATION_FORMATS):  # every format prints, labelled
        expect(tabs.locator(".tabbed-block").nth(i).locator("code")).to_be_visible()
        expect(tabs.locator(".tabbed-labels > label").nth(i)).to_be_visible()
        expect(tabs.locator(".tabbed-labels > label").nth(i)).to_have_text(name)
    # Dates print their resolved value inline, since nobody can hover paper.
    after = page.locator("time.dossier-date").first.evaluate(
        "el => getComputedStyle(el, '::after').content")
    assert "[" in after, after
    pdf = artifacts / "article-print.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    assert pdf.stat().st_size > 10_000
