"""Reader features: copy a citation in one click, language badges, light and dark schemes,
and a print stylesheet that prints an article with its source and citation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import Pages
from .helpers import goto

pytestmark = pytest.mark.browser

CITATION_FORMATS = ["APA", "Chicago", "BibTeX", "RIS"]
# Material's copy button: `.md-code__button[data-md-type=copy]` since 9.7, `.md-clipboard` before.
COPY = "button[data-md-type='copy'], button.md-clipboard"


def cite_tabs(page: Any) -> Any:
    """The tabbed block that follows the "Cite this article" heading."""
    return page.locator("h2#cite + .tabbed-set")


def test_cite_block_has_a_copy_button_per_format(page: Any, pages: Pages) -> None:
    """The "Cite this article" block: APA, Chicago, BibTeX and RIS tabs, each with a named
    copy button for its own citation."""
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


def test_copy_button_copies_the_citation(page: Any, pages: Pages, base_url: str) -> None:
    """One click on the copy button puts the visible citation on the clipboard."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    goto(page, pages.articles[0])
    tabs = cite_tabs(page)
    copied = {}
    for name in ["APA", "BibTeX"]:
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
    assert copied["APA"] != copied["BibTeX"]
    assert copied["BibTeX"].startswith("@")


BADGE = re.compile(r'<span class="dossier-lang" data-lang="([a-z]{2})"[^>]*>([^<]*)</span>')


def test_every_article_has_a_language_badge(page: Any, pages: Pages) -> None:
    """Every article carries a badge with its language, in the built HTML; in the browser the
    badge shows under the title, for one article of each language."""
    assert pages.articles, "the seeds site has no article"
    first_of: dict[str, str] = {}
    for url in pages.articles:
        badges = BADGE.findall(pages.html(url))
        assert len(badges) == 1, f"{url}: {len(badges)} language badges"
        lang, text = badges[0]
        assert text.startswith(f"{lang.upper()} · "), f"{url}: badge {text!r} for lang={lang}"
        assert pages.text_lang(url) == lang, (
            f"{url}: the badge says {lang}, the text says {pages.text_lang(url)}")
        first_of.setdefault(lang, url)
    assert {"en", "fr"} <= set(first_of), f"the seeds site has articles in {sorted(first_of)}"
    for lang, url in sorted(first_of.items()):
        goto(page, url)
        badge = page.locator("article .dossier-lang")
        expect(badge).to_have_count(1)
        expect(badge).to_be_visible()
        expect(badge).to_have_attribute("data-lang", lang)
        expect(badge).to_contain_text(lang.upper())
        title = page.locator("article h1").first.bounding_box()
        box = badge.bounding_box()
        assert title and box and box["y"] >= title["y"], "the badge is not under the title"
        assert page.locator("p.dossier-para").first.get_attribute("lang") == lang, url


def test_palette_toggle_switches_scheme_and_remembers_it(page: Any, pages: Pages) -> None:
    """The header toggle switches light ↔ dark, and the choice follows the reader to other pages."""
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


PRINT_HIDDEN = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary",
                ".md-footer", ".md-search", ".md-top"]


def test_print_shows_article_source_and_citation(page: Any, pages: Pages,
                                                 artifacts: Path) -> None:
    """Printed: no header, tabs, sidebars, search or footer; title, language, source box, text
    and every citation format are there. Saves test-artifacts/article-print.pdf."""
    goto(page, pages.richest_article())
    page.emulate_media(media="print")
    for chrome in PRINT_HIDDEN:  # navigation, header and search are left out
        for i in range(page.locator(chrome).count()):
            expect(page.locator(chrome).nth(i)).to_be_hidden()
    expect(page.locator("h1").first).to_be_visible()
    expect(page.locator("article .dossier-lang").first).to_be_visible()
    source = page.locator(".admonition.abstract")  # the source box
    expect(source).to_be_visible()
    expect(source).to_contain_text("Outlet")
    expect(source).to_contain_text("Published")
    expect(page.locator("p.dossier-para").first).to_be_visible()
    expect(page.locator("p.dossier-para").last).to_be_visible()
    expect(page.locator("h2#cite")).to_be_visible()
    tabs = cite_tabs(page)
    for i, name in enumerate(CITATION_FORMATS):  # every format prints, labelled
        expect(tabs.locator(".tabbed-block").nth(i).locator("code")).to_be_visible()
        expect(tabs.locator(".tabbed-labels > label").nth(i)).to_be_visible()
        expect(tabs.locator(".tabbed-labels > label").nth(i)).to_have_text(name)
    expect(tabs.locator(COPY)).to_have_count(len(CITATION_FORMATS))
    for i in range(len(CITATION_FORMATS)):  # no copy buttons on paper
        expect(tabs.locator(COPY).nth(i)).to_be_hidden()
    pdf = artifacts / "article-print.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    assert pdf.stat().st_size > 10_000
    assert pdf.read_bytes().startswith(b"%PDF")
    page.emulate_media(media="screen")
    expect(page.locator(".md-header")).to_be_visible()


def test_print_shows_resolved_dates(page: Any, pages: Pages) -> None:
    """Printed, a date shows its resolved value in brackets (nobody can hover paper)."""
    goto(page, pages.article_with("dossier-date"))
    page.emulate_media(media="print")
    # Dates print their resolved value inline, since nobody can hover paper.
    date = page.locator("time.dossier-date").first
    resolved = date.get_attribute("data-resolved") or "<no data-resolved>"
    after = date.evaluate("el => getComputedStyle(el, '::after').content")
    assert "[" in after and resolved in after, f"printed date shows {after}, not [{resolved}]"
    assert date.evaluate("el => getComputedStyle(el, '::after').opacity") == "1"
