"""Accessibility: axe-core in both colour schemes, and annotations a keyboard and a screen
reader can use (names on the empty links, focusable dates with a description)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import Pages, Watch, open_context
from .helpers import BLOCKING, contrast, describe, goto, run_axe

pytestmark = pytest.mark.browser

AXE_PAGES = ["home", "article", "person", "events", "quotes"]


def url_of(pages: Pages, name: str) -> str:
    if name == "article":
        return pages.richest_article()
    return {"home": "", "person": "people/kim-kardashian/", "events": "events/",
            "quotes": "quotes/"}[name]


@pytest.fixture(params=["light", "dark"])
def scheme_page(request: pytest.FixtureRequest, browser: Any, base_url: str) -> Any:
    """A page whose reader prefers the light or the dark scheme (Material follows it)."""
    watch = Watch()
    context = open_context(browser, base_url, watch, color_scheme=request.param)
    page = context.new_page()
    page.scheme = "slate" if request.param == "dark" else "default"
    yield page
    context.close()
    assert not watch.problems(), "\n".join(watch.problems())


@pytest.mark.parametrize("name", AXE_PAGES)
def test_axe_finds_no_serious_violation(scheme_page: Any, pages: Pages, axe_source: Path,
                                        name: str) -> None:
    page = scheme_page
    goto(page, url_of(pages, name))
    assert page.evaluate("document.body.dataset.mdColorScheme") == page.scheme
    violations = run_axe(page, axe_source)
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"{name} ({page.scheme}):\n{describe(blocking)}"


# axe does not check text drawn by CSS (generated content): the speaker badges, the ❝ and ¶
# links and the date tooltips. Check their contrast ourselves, in both schemes.
GENERATED = [
    (".dossier-speaker:not(.dossier-speaker--unnamed)", "::before", "dossier-speaker"),
    (".dossier-speaker--unnamed", "::before", "dossier-speaker--unnamed"),
    (".dossier-quote-link", "::before", "dossier-quote-link"),
    (".dossier-pilcrow", "::before", "dossier-pilcrow"),
    ("time.dossier-date[tabindex='0']", "::after", "dossier-date"),
]


@pytest.mark.parametrize(("selector", "pseudo", "cls"), GENERATED,
                         ids=[g[2] for g in GENERATED])
def test_generated_labels_have_enough_contrast(scheme_page: Any, pages: Pages, selector: str,
                                               pseudo: str, cls: str) -> None:
    page = scheme_page
    goto(page, pages.article_with(cls))
    element = page.locator(selector).first
    if pseudo == "::after":  # the tooltip: measure it while shown
        element.focus()
        page.wait_for_function(
            "(s) => getComputedStyle(document.querySelector(s), '::after').opacity === '1'",
            arg=selector)
    result = contrast(page, selector, pseudo)
    assert result["text"] not in ("none", "normal", '""'), f"{selector}{pseudo} shows nothing"
    assert result["ratio"] >= 4.5, (
        f"{selector}{pseudo} ({page.scheme}): contrast {result['ratio']:.2f} < 4.5 "
        f"(text {result['fg']}, background {result['bg']})")


def test_annotation_links_have_accessible_names(page: Any, pages: Pages) -> None:
    goto(page, pages.article_with("dossier-speaker", "dossier-quote-link"))
    speaker = page.locator("a.dossier-speaker").first
    label = speaker.get_attribute("data-label")
    expect(speaker).to_have_accessible_name(f"Said by {label}")
    expect(page.locator("a.dossier-quote-link").first).to_have_accessible_name(
        "This quotation in the quote index")
    expect(page.locator("a.dossier-pilcrow").first).to_have_accessible_name("Paragraph 1")
    # Screen readers find the same links by role and name.
    expect(page.get_by_role("link", name=f"Said by {label}").first).to_be_attached()
    person = page.locator("a.dossier-person").first
    expect(person).to_have_accessible_name(person.inner_text())


def test_unnamed_speaker_is_announced(page: Any, pages: Pages) -> None:
    goto(page, pages.article_with("dossier-speaker--unnamed"))
    badge = page.locator(".dossier-speaker--unnamed").first
    expect(badge).to_have_attribute("tabindex", "0")
    expect(badge).to_have_accessible_name(f"Said by {badge.get_attribute('data-label')}")


def test_dates_are_focusable_and_described(page: Any, pages: Pages) -> None:
    goto(page, pages.article_with("dossier-date"))
    date = page.locator("time.dossier-date[tabindex='0']").first
    resolved = date.get_attribute("data-resolved") or ""
    expect(date).to_have_accessible_description(date.get_attribute("title") or "")
    assert resolved in (date.get_attribute("title") or "")
    date.focus()
    expect(date).to_be_focused()
    assert date.evaluate("el => getComputedStyle(el).outlineStyle") != "none"


def test_linked_dates_are_described(page: Any, pages: Pages) -> None:
    goto(page, pages.article_with("dossier-date-link"))
    link = page.locator("a.dossier-date-link").first
    resolved = link.locator("time").get_attribute("data-resolved") or ""
    expect(link).to_have_accessible_name(link.inner_text())
    expect(link).to_have_accessible_description(
        link.get_attribute("title") or "<no title on the link>")
    assert resolved in (link.get_attribute("title") or "")


def test_keyboard_reaches_every_kind_of_annotation(page: Any, pages: Pages) -> None:
    article = pages.article_with("dossier-person", "dossier-speaker", "dossier-date")
    goto(page, article)
    page.locator("#p1 .dossier-pilcrow").focus()
    reached: set[str] = set()
    unmarked: list[str] = []
    for _ in range(400):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const el = document.activeElement;
                if (!el || !el.closest('.dossier-para')) return null;
                const s = getComputedStyle(el);
                return {cls: el.className, outline: s.outlineStyle, tag: el.tagName}; }""")
        if info is None:
            break
        kinds = [c for c in info["cls"].split() if c.startswith("dossier-")] or [info["tag"]]
        reached.update(kinds)
        if info["outline"] == "none":
            unmarked.append(info["cls"] or info["tag"])
    wanted = {"dossier-pilcrow", "dossier-person", "dossier-speaker", "dossier-quote-link",
              "dossier-date"}
    if "dossier-date-link" in pages.html(article):
        wanted.add("dossier-date-link")
    assert wanted <= reached, f"Tab never reaches {sorted(wanted - reached)}"
    assert not unmarked, f"focused without a visible outline: {sorted(set(unmarked))}"
