"""Reading the dossier in a real browser: search, citations that land on their paragraph,
annotations on hover and keyboard focus, the timeline, no network, phones, screenshots."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import PHONE, Pages, Watch, open_context
from .helpers import goto, path_of, pseudo_style, search

pytestmark = pytest.mark.browser

# The pages a reader uses most; `article` and `person` are resolved from the built site.
MAIN_PAGES = ["", "articles/", "article", "people/", "person", "events/", "quotes/", "sources/"]
PERSON = "people/kim-kardashian/"


def resolve(pages: Pages, name: str) -> str:
    if name == "article":
        return pages.richest_article()
    if name == "person":
        return PERSON
    return name


# -- search ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "lang"), [("partnership", "en"), ("réinsertion", "fr")])
def test_search_finds_articles_in_both_languages(page: Any, pages: Pages, word: str,
                                                 lang: str) -> None:
    goto(page, "")
    results = search(page, word)
    articles = [r.lstrip("/") for r in results if r.lstrip("/") in pages.articles]
    assert articles, f"searching {word!r} lists no article; results: {results}"
    assert any(f'<p id="p1" class="dossier-para" lang="{lang}"' in pages.html(a)
               or f'class="dossier-para" id="p1" lang="{lang}"' in pages.html(a)
               for a in articles), f"no {lang} article among {articles}"


def test_alias_finds_the_person_first(page: Any) -> None:
    goto(page, "")
    results = search(page, "Kardashian West")
    assert results, "no result for an alias of Kim Kardashian"
    assert results[0].lstrip("/") == PERSON, f"first result is {results[0]}: {results[:5]}"


# -- citations land on their paragraph -------------------------------------------------------


def _follow(page: Any, link: Any) -> dict[str, Any]:
    """Click a link to another page's anchor; report where the browser landed."""
    with page.expect_navigation(wait_until="load"):
        link.click()
    page.wait_for_function("() => location.hash.length > 1 && document.querySelector(':target')",
                           timeout=3000)
    page.wait_for_timeout(150)  # let any scrolling settle
    return _landing(page)


def _landing(page: Any) -> dict[str, Any]:
    """Where the browser landed: the target element, its box and whether it shows as :target."""
    state: dict[str, Any] = page.evaluate(
        """() => {
            const id = decodeURIComponent(location.hash.slice(1));
            const el = document.getElementById(id);
            if (!el) return {id, found: false};
            const r = el.getBoundingClientRect();
            const header = document.querySelector('.md-header');
            const below = header ? header.getBoundingClientRect().bottom : 0;
            const box = el.closest('.dossier-para, .dossier-quote-entry') || el;
            const style = getComputedStyle(box);
            return {id, found: true, target: el.matches(':target'), cls: el.className,
                    para: !!el.closest('.dossier-para'),
                    tag: el.tagName, top: r.top, bottom: r.bottom, below,
                    height: innerHeight, outline: style.outlineStyle,
                    background: style.backgroundColor};
        }"""
    )
    return state


def _assert_landed(state: dict[str, Any], what: str) -> None:
    assert state["found"], f"{what}: no element has the id #{state['id']}"
    assert state["target"], f"{what}: #{state['id']} does not match :target"
    assert state["top"] >= state["below"] - 1, (
        f"{what}: #{state['id']} is hidden under the header (top {state['top']:.0f}px, "
        f"header ends at {state['below']:.0f}px)")
    assert state["top"] < state["height"], f"{what}: #{state['id']} was not scrolled into view"


def _first_link(pages: Pages, folder: str, pattern: str) -> tuple[str, str]:
    """(page, href) of the first page under ``folder`` with a link matching ``pattern``."""
    for html_file in sorted(pages.root.glob(f"{folder}/**/index.html")):
        html = html_file.read_text(encoding="utf-8")
        if match := re.search(pattern, html):
            return html_file.parent.relative_to(pages.root).as_posix() + "/", match.group(1)
    pytest.fail(f"no page under {folder}/ links to an article paragraph ({pattern})",
                pytrace=False)


# A link to an article paragraph: `#p3`, or `#<article-id>-p3` (cross-references, autorefs).
PARA_LINK = r'<a [^>]*?href="([^"]*articles/\d{4}/[^"#]+/#(?:[a-z0-9-]+-)?p\d+)"'


@pytest.mark.parametrize("source", ["quotes", "people", "events", "analysis"])
def test_links_land_on_the_cited_paragraph(page: Any, pages: Pages, source: str) -> None:
    src, href = _first_link(pages, source, PARA_LINK)
    goto(page, src)
    state = _follow(page, page.locator(f'.md-content a[href="{href}"]').first)
    _assert_landed(state, f"link {href} on {src}")
    assert state["para"], f"{href} lands on {state['tag']}.{state['cls']}, not in a paragraph"
    assert state["outline"] != "none", "the cited paragraph is not highlighted (:target)"


def test_quote_index_link_lands_on_the_quotation(page: Any, pages: Pages) -> None:
    article = pages.article_with("dossier-quote-link")
    goto(page, article)
    state = _follow(page, page.locator("a.dossier-quote-link").first)
    _assert_landed(state, "❝ link")
    highlighted = page.evaluate(
        "() => getComputedStyle(document.querySelector(':target').closest('.dossier-quote-entry'))"
        ".backgroundColor")
    assert highlighted not in ("rgba(0, 0, 0, 0)", "transparent"), "quotation not highlighted"


def test_person_and_event_links_from_the_text(page: Any, pages: Pages) -> None:
    article = pages.article_with("dossier-person")
    goto(page, article)
    person = page.locator("a.dossier-person").first
    expected = person.get_attribute("data-person")
    person.click()
    page.wait_for_url(re.compile(rf"/people/{re.escape(expected or '')}/"))
    assert page.locator("h1").first.is_visible()
    dated = pages.article_with("dossier-date-link")
    goto(page, dated)
    page.locator("a.dossier-date-link").first.click()
    page.wait_for_url(re.compile(r"/events/[^/]+/$"))
    assert page.locator("h1").first.is_visible()


# -- annotations show their speaker and resolved date ---------------------------------------


def _tooltip_shown(page: Any, selector: str) -> None:
    page.wait_for_function(
        "(sel) => getComputedStyle(document.querySelector(sel), '::after').opacity === '1'",
        arg=selector, timeout=2000,
    )


def test_date_shows_resolved_value_on_hover_and_focus(page: Any, pages: Pages) -> None:
    goto(page, pages.article_with("dossier-date"))
    date = page.locator("time.dossier-date[tabindex='0']").first
    resolved = date.get_attribute("data-resolved")
    assert resolved
    sel = "time.dossier-date[tabindex='0']"
    assert pseudo_style(page, sel, "::after", "opacity") == "0", "tooltip visible at rest"
    # Generated content `"<value>" / ""`: shown on screen, left out of the accessibility tree
    # (screen readers get the value from the title, as the date's description).
    assert pseudo_style(page, sel, "::after", "content").startswith(f'"{resolved}"')
    date.hover()
    _tooltip_shown(page, sel)
    page.mouse.move(0, 0)
    page.wait_for_function(
        "(s) => getComputedStyle(document.querySelector(s), '::after').opacity === '0'", arg=sel)
    # Keyboard: Tab from the element just before it until the date has the focus.
    date.evaluate("""el => {
        const all = [...document.querySelectorAll('a[href], [tabindex="0"]')];
        const before = all[all.indexOf(el) - 1]; before.focus();
    }""")
    page.keyboard.press("Tab")
    assert date.evaluate("el => el === document.activeElement"), "Tab does not reach the date"
    _tooltip_shown(page, sel)
    box = date.bounding_box()
    assert box and box["width"] > 0


def test_linked_date_shows_resolved_value_on_focus(page: Any, pages: Pages) -> None:
    goto(page, pages.article_with("dossier-date-link"))
    link = page.locator("a.dossier-date-link").first
    link.focus()
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('a.dossier-date-link > time'),"
        " '::after').opacity === '1'")


def test_speaker_label_is_shown(page: Any, pages: Pages) -> None:
    goto(page, pages.article_with("dossier-speaker"))
    speaker = page.locator(".dossier-speaker").first
    label = speaker.get_attribute("data-label")
    assert label
    content = pseudo_style(page, ".dossier-speaker", "::before", "content")
    assert label in content, f"speaker badge shows {content}, not {label!r}"
    box = speaker.bounding_box()
    assert box and box["width"] > 20 and box["height"] > 5, "speaker badge not visible"
    speaker.hover()
    assert speaker.get_attribute("title") == f"Said by {label}"


# -- the timeline ----------------------------------------------------------------------------


def test_timeline_renders(page: Any) -> None:
    goto(page, "events/")
    timeline = page.locator(".dossier-timeline")
    assert timeline.is_visible()
    assert timeline.evaluate("el => getComputedStyle(el).borderLeftStyle") == "solid"
    years = page.locator(".dossier-timeline__year")
    assert years.count() >= 2
    labels = [int(re.match(r"\d{4}", y.strip()).group())  # type: ignore[union-attr]
              for y in years.all_inner_texts()]
    assert labels == sorted(labels), f"years out of order: {labels}"
    dots = pseudo_style(page, ".dossier-timeline__year", "::before", "border-radius")
    assert dots == "50%"
    dates = page.locator(".dossier-timeline time.dossier-timeline__date")
    assert dates.count() >= years.count()
    isos = dates.evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert isos == sorted(isos), "events are not in chronological order"
    first_event = page.locator(".dossier-timeline li a").first
    assert first_event.is_visible()
    first_event.click()
    page.wait_for_url(re.compile(r"/events/[^/]+/$"))


# -- no network, no errors -------------------------------------------------------------------


def test_main_pages_stay_local_and_log_no_error(browser: Any, base_url: str,
                                                pages: Pages) -> None:
    watch = Watch()
    context = open_context(browser, base_url, watch)
    page = context.new_page()
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    try:
        for name in MAIN_PAGES:
            goto(page, resolve(pages, name))
            page.wait_for_load_state("networkidle")
        search(page, "Alice")  # the search worker loads its index and language files
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert seen and all(u.startswith((base_url, "data:")) for u in seen), seen
    assert any("search_index.json" in u for u in seen), "search index never loaded"
    assert not failed, f"failed requests: {failed}"
    assert not watch.problems(), "\n".join(watch.problems())


# -- phones ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", MAIN_PAGES)
def test_no_horizontal_scroll_at_phone_width(browser: Any, base_url: str, pages: Pages,
                                             artifacts: Path, name: str) -> None:
    watch = Watch()
    context = open_context(browser, base_url, watch, viewport=PHONE, is_mobile=True,
                           has_touch=True, device_scale_factor=2)
    page = context.new_page()
    try:
        url = resolve(pages, name)
        goto(page, url)
        widths = page.evaluate(
            "() => ({doc: document.documentElement.scrollWidth, body: document.body.scrollWidth,"
            " view: document.documentElement.clientWidth})")
        if name in ("", "article", "person", "events/", "quotes/"):
            label = {"": "home", "events/": "timeline", "quotes/": "quotes"}.get(name, name)
            page.screenshot(path=str(artifacts / f"phone-{label}.png"))
        wide = page.evaluate(
            """() => [...document.querySelectorAll('.md-content *')]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 1
                             && !e.closest('.md-typeset__scrollwrap, pre, .tabbed-labels'))
                .slice(0, 5).map(e => e.tagName + '.' + e.className)""")
    finally:
        context.close()
    assert widths["doc"] <= widths["view"] and widths["body"] <= widths["view"], (
        f"{url or 'home'} scrolls sideways at {PHONE['width']}px: {widths}; too wide: {wide}")
    assert not watch.problems(), "\n".join(watch.problems())


# -- screenshots -----------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "name"), [
    ("home", ""), ("article", "article"), ("person", "person"), ("timeline", "events/"),
    ("quotes", "quotes/"),
])
def test_screenshots(page: Any, pages: Pages, artifacts: Path, label: str, name: str) -> None:
    goto(page, resolve(pages, name))
    page.wait_for_load_state("networkidle")
    path = artifacts / f"{label}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    assert path_of(page.url).lstrip("/") == resolve(pages, name)


@pytest.mark.parametrize(("label", "name"), [("article-dark", "article"),
                                             ("timeline-dark", "events/")])
def test_dark_screenshots(browser: Any, base_url: str, pages: Pages, artifacts: Path,
                          label: str, name: str) -> None:
    watch = Watch()
    context = open_context(browser, base_url, watch, color_scheme="dark")
    page = context.new_page()
    try:
        goto(page, resolve(pages, name))
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        page.screenshot(path=str(artifacts / f"{label}.png"), full_page=True)
    finally:
        context.close()
    assert not watch.problems(), "\n".join(watch.problems())
