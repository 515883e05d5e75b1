"""Accessibility: axe-core in both colour schemes, and annotations a keyboard and a screen
reader can use (names on the empty links, focusable dates with a description)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import KIND, NOT_YET_ANNOTATED, Pages
from .helpers import BLOCKING, SCHEMES, contrast, describe, goto, run_axe, switch_scheme

pytestmark = pytest.mark.browser

# The pages of issue #7, named as their screenshots are: test-artifacts/NAME.png, NAME-dark.png.
AXE_PAGES = ["home", "article", "person", "timeline", "quotes"]


def url_of(pages: Pages, name: str) -> str:
    if name == "article":
        return pages.richest_article()
    return {"home": "", "person": "people/kim-kardashian/", "timeline": "events/",
            "quotes": "quotes/"}[name]


@pytest.mark.parametrize("name", AXE_PAGES)
def test_axe_finds_no_serious_violation(page: Any, pages: Pages, artifacts: Path,
                                        request: pytest.FixtureRequest, name: str) -> None:
    """axe-core finds no serious or critical violation, in the light then the dark scheme
    (switched with the header toggle, as a reader does). The page is saved as a full-page
    screenshot in each scheme first (test-artifacts/), so a failure comes with a picture."""
    goto(page, url_of(pages, name))
    for scheme in SCHEMES:
        switch_scheme(page, scheme)
        suffix = "" if scheme == "light" else f"-{scheme}"
        shot = artifacts / f"{name}{suffix}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000, f"{shot.name} is blank"
    # After the screenshots: without axe-core (no npm), the test skips but they are saved.
    axe = request.getfixturevalue("axe_source")
    blocking: dict[str, str] = {}
    for scheme in SCHEMES:
        switch_scheme(page, scheme)
        found = [v for v in run_axe(page, axe) if v["impact"] in BLOCKING]
        if found:
            blocking[scheme] = describe(found)
    assert not blocking, "\n".join(f"{name} ({k}):\n{v}" for k, v in blocking.items())


def test_dark_preference_starts_dark(dark_page: Any) -> None:
    """A reader whose system prefers dark gets the dark scheme without touching the toggle."""
    goto(dark_page, "")
    assert dark_page.evaluate("document.body.dataset.mdColorScheme") == "slate"


# axe does not check text drawn by CSS (generated content): the speaker badges, the ❝ and ¶
# links and the date tooltips. Check their contrast ourselves, in both schemes.
GENERATED = [
    (".dossier-speaker:not(.dossier-speaker--unnamed)", "::before", "dossier-speaker"),
    (".dossier-speaker--unnamed", "::before", "dossier-speaker--unnamed"),
    (".dossier-quote-link", "::before", "dossier-quote-link"),
    (".dossier-pilcrow", "::before", "dossier-pilcrow"),
    ("time.dossier-date[tabindex='0']", "::after", "dossier-date"),
]


def test_generated_labels_have_enough_contrast(page: Any, pages: Pages) -> None:
    """Every kind of CSS-drawn label reaches 4.5:1 in both schemes (tooltips while shown)."""
    by_article: dict[str, list[tuple[str, str, str]]] = {}
    pending: list[str] = []
    richest = pages.richest_article()
    for selector, pseudo, cls in GENERATED:
        if cls in pages.classes(richest):
            by_article.setdefault(richest, []).append((selector, pseudo, cls))
        elif pages.site_has(cls):
            by_article.setdefault(pages.article_with(cls), []).append((selector, pseudo, cls))
        elif KIND.get(cls, cls) in NOT_YET_ANNOTATED:
            pending.append(f"{cls} ({NOT_YET_ANNOTATED[KIND.get(cls, cls)]})")
        else:
            pytest.fail(f"no article of the seeds site has {cls}", pytrace=False)
    low: list[str] = []
    for url, labels in sorted(by_article.items()):
        goto(page, url)
        for scheme in SCHEMES:
            switch_scheme(page, scheme)
            for selector, pseudo, _ in labels:
                if pseudo == "::after":  # the tooltip: measure it while shown
                    page.locator(selector).first.focus()
                    page.wait_for_function(
                        "(s) => getComputedStyle(document.querySelector(s), '::after')"
                        ".opacity === '1'", arg=selector)
                result = contrast(page, selector, pseudo)
                if result["text"] in ("none", "normal", '""'):
                    low.append(f"{selector}{pseudo} ({scheme}) shows nothing")
                elif result["ratio"] < 4.5:
                    low.append(f"{selector}{pseudo} ({scheme}): contrast {result['ratio']:.2f}"
                               f" < 4.5 (text {result['fg']}, background {result['bg']})")
    assert not low, "\n".join(low)
    if pending:
        pytest.skip("contrast not checked yet for " + ", ".join(pending))


def test_paragraph_and_person_links_have_accessible_names(page: Any, pages: Pages) -> None:
    """The empty ¶ link is named "Paragraph N" (aria-label); a person link by its text."""
    goto(page, pages.article_with("dossier-pilcrow", "dossier-person"))
    # The ¶ link is empty (its mark is CSS): its aria-label names it.
    expect(page.locator("#p1 a.dossier-pilcrow")).to_have_accessible_name("Paragraph 1")
    expect(page.get_by_role("link", name="Paragraph 1", exact=True)).to_have_count(1)
    person = page.locator("a.dossier-person").first
    expect(person).to_have_accessible_name(person.inner_text())


def test_quote_links_have_accessible_names(page: Any, pages: Pages) -> None:
    """The empty speaker and ❝ links are named "Said by …" and "This quotation in the quote index"."""
    goto(page, pages.article_with("dossier-speaker", "dossier-quote-link"))
    speaker = page.locator("a.dossier-speaker").first
    label = speaker.get_attribute("data-label")
    expect(speaker).to_have_accessible_name(f"Said by {label}")
    expect(page.locator("a.dossier-quote-link").first).to_have_accessible_name(
        "This quotation in the quote index")
    # Screen readers find the same links by role and name.
    expect(page.get_by_role("link", name=f"Said by {label}").first).to_be_attached()


def test_unnamed_speaker_is_announced(page: Any, pages: Pages) -> None:
    """An unnamed source's badge (no page to link to) is focusable and named "Said by …"."""
    goto(page, pages.article_with("dossier-speaker--unnamed"))
    badge = page.locator(".dossier-speaker--unnamed").first
    expect(badge).to_have_attribute("tabindex", "0")
    expect(badge).to_have_accessible_name(f"Said by {badge.get_attribute('data-label')}")


def test_dates_are_focusable_and_described(page: Any, pages: Pages) -> None:
    """A date is in the tab order, outlined when focused, and described by its resolved value."""
    goto(page, pages.article_with_unlinked_date())
    date = page.locator("time.dossier-date[tabindex='0']").first
    resolved = date.get_attribute("data-resolved") or ""
    expect(date).to_have_accessible_description(date.get_attribute("title") or "")
    assert resolved in (date.get_attribute("title") or "")
    date.focus()
    expect(date).to_be_focused()
    assert date.evaluate("el => getComputedStyle(el).outlineStyle") != "none"


def test_linked_dates_are_described(page: Any, pages: Pages) -> None:
    """A date that links to its event is named by its text and described by its resolved value."""
    goto(page, pages.article_with("dossier-date-link"))
    link = page.locator("a.dossier-date-link").first
    resolved = link.locator("time").get_attribute("data-resolved") or ""
    expect(link).to_have_accessible_name(link.inner_text())
    expect(link).to_have_accessible_description(
        link.get_attribute("title") or "<no title on the link>")
    assert resolved in (link.get_attribute("title") or "")


def test_event_words_are_named_and_described(page: Any, pages: Pages) -> None:
    """Words that report an event without a date link to the event: named by their text,
    described by the event's title, outlined when focused."""
    goto(page, pages.article_with("dossier-event-link"))
    link = page.locator("a.dossier-event-link").first
    expect(link).to_have_accessible_name(link.inner_text())
    expect(link).to_have_accessible_description(
        link.get_attribute("title") or "<no title on the link>")
    assert "/events/" in (link.get_attribute("href") or "")
    link.focus()
    expect(link).to_be_focused()
    assert link.evaluate("el => getComputedStyle(el).outlineStyle") != "none"


def test_keyboard_reaches_every_kind_of_annotation(page: Any, pages: Pages) -> None:
    """Tab through the text of the richest article: every kind of annotation it contains is
    reached, in order, and shows a focus outline. (Kinds not annotated yet are simply absent
    from the article; they join the check as soon as the annotators mark them.)"""
    article = pages.richest_article()
    present = pages.classes(article)
    wanted = {"dossier-pilcrow", "dossier-person", "dossier-speaker", "dossier-quote-link",
              "dossier-date", "dossier-date-link", "dossier-event-link"} & present
    goto(page, article)
    if not page.locator("time.dossier-date[tabindex='0']").count():
        wanted.discard("dossier-date")  # every date is inside an event link, reached as such
    assert {"dossier-pilcrow", "dossier-person"} <= wanted, (
        f"{article} has no ¶ links or people: {sorted(wanted)}")
    # In document order, what Tab should visit in the text: links and tabindex=0 elements.
    expected = page.evaluate("""() => [...document.querySelectorAll(
        '.dossier-para a[href], .dossier-para [tabindex="0"]')].length""")
    page.evaluate("""() => { window.__focused = [];
        document.addEventListener('focusin', e => { const el = e.target;
            window.__focused.push({cls: el.className || el.tagName, tag: el.tagName,
                                   inText: !!el.closest('.dossier-para'),
                                   outline: getComputedStyle(el).outlineStyle}); }); }""")
    page.locator("#p1 .dossier-pilcrow").focus()
    for _ in range(expected - 1):
        page.keyboard.press("Tab")
    focused: list[dict[str, Any]] = page.evaluate("window.__focused")
    left = [f["cls"] for f in focused if not f["inText"]]
    assert not left, f"Tab leaves the text before its last annotation, for {left[:5]}"
    assert len(focused) == expected, f"Tab visited {len(focused)} of {expected} elements"
    reached = {c for f in focused for c in f["cls"].split() if c.startswith("dossier-")}
    unmarked = sorted({f["cls"] for f in focused if f["outline"] == "none"})
    assert wanted <= reached, f"Tab never reaches {sorted(wanted - reached)} in {article}"
    assert not unmarked, f"focused without a visible outline: {unmarked}"
