"""Reading the dossier in a real browser: search, citations that land on their paragraph,
annotations on hover and keyboard focus, the timeline, no network, phones, screenshots."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import PHONE, Pages, Watch
from .helpers import goto, pseudo_style, search, tab_to

pytestmark = pytest.mark.browser

# The pages a reader uses most; `article` and `person` are resolved from the built site.
MAIN_PAGES = ["", "articles/", "article", "people/", "person", "events/", "event", "quotes/",
              "sources/"]
PERSON = "people/kim-kardashian/"


def resolve(pages: Pages, name: str) -> str:
    if name == "article":
        return pages.richest_article()
    if name == "person":
        return PERSON
    if name == "event":  # the event reported by the most articles (its sources table is widest)
        events = [p.parent for p in pages.root.glob("events/*/index.html")]
        if not events:
            pytest.fail("the seeds site has no event page", pytrace=False)
        best = max(events, key=lambda d: ((d / "index.html").read_text().count("/articles/"),
                                          d.name))
        return best.relative_to(pages.root).as_posix() + "/"
    return name


# -- search ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "lang"), [("partnership", "en"), ("réinsertion", "fr")])
def test_search_finds_articles_in_both_languages(page: Any, pages: Pages, word: str,
                                                 lang: str) -> None:
    """Typing an English word finds an English article; a French word (with its accent) a
    French one."""
    goto(page, "")
    results = search(page, word)
    articles = [r.lstrip("/") for r in results if r.lstrip("/") in pages.articles]
    assert articles, f"searching {word!r} lists no article; results: {results}"
    langs = {a: pages.text_lang(a) for a in articles}
    assert lang in langs.values(), f"searching {word!r} finds no {lang} article: {langs}"


@pytest.mark.parametrize("query", ["l'embauche", "l’embauche"])
def test_an_elision_typed_finds_what_the_word_alone_finds(page: Any, query: str) -> None:
    """Typing « l'embauche » as written (either apostrophe) ranks the pages as « embauche »
    alone does: the elided article is no word of its own that every page would match."""
    goto(page, "")
    alone = search(page, "embauche")
    assert alone, "no result for « embauche »"
    goto(page, "")
    typed = search(page, query)
    assert typed[:3] == alone[:3], f"{query!r}: {typed[:5]}; « embauche »: {alone[:5]}"


def test_alias_finds_the_person_first(page: Any) -> None:
    """Another name of a person (an alias in seeds/people.yml) lists the person's page first."""
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
    # The quote index cites paragraphs through quotations, event pages through dates.
    needs = {"quotes": "dossier-quote", "events": "dossier-date"}.get(folder)
    if needs:
        pages.require(needs)
    pytest.fail(f"no page under {folder}/ links to an article paragraph ({pattern})",
                pytrace=False)


# A link to an article paragraph: `#p3`, or `#<article-id>-p3` (cross-references, autorefs).
PARA_LINK = r'<a [^>]*?href="([^"]*articles/\d{4}/[^"#]+/#(?:[a-z0-9-]+-)?p\d+)"'


@pytest.mark.parametrize("source", ["quotes", "people", "events", "analysis"])
def test_links_land_on_the_cited_paragraph(page: Any, pages: Pages, source: str) -> None:
    """A citation link from the quote index, a person, an event or a hand-written page opens
    the article on the cited paragraph: it is :target, below the header, in view, outlined."""
    src, href = _first_link(pages, source, PARA_LINK)
    goto(page, src)
    state = _follow(page, page.locator(f'.md-content a[href="{href}"]').first)
    _assert_landed(state, f"link {href} on {src}")
    assert state["para"], f"{href} lands on {state['tag']}.{state['cls']}, not in a paragraph"
    assert state["outline"] != "none", "the cited paragraph is not highlighted (:target)"


def test_quote_index_link_lands_on_the_quotation(page: Any, pages: Pages) -> None:
    """The ❝ after a quotation opens the quote index on that quotation, highlighted."""
    article = pages.article_with("dossier-quote-link")
    goto(page, article)
    state = _follow(page, page.locator("a.dossier-quote-link").first)
    _assert_landed(state, "❝ link")
    highlighted = page.evaluate(
        "() => getComputedStyle(document.querySelector(':target').closest('.dossier-quote-entry'))"
        ".backgroundColor")
    assert highlighted not in ("rgba(0, 0, 0, 0)", "transparent"), "quotation not highlighted"


def test_person_link_from_the_text(page: Any, pages: Pages) -> None:
    """A person's name in the text links to the person's page."""
    goto(page, pages.article_with("dossier-person"))
    person = page.locator("a.dossier-person").first
    expected = person.get_attribute("data-person")
    assert expected, "a.dossier-person without data-person"
    person.click()
    page.wait_for_url(re.compile(rf"/people/{re.escape(expected)}/$"))
    assert page.locator("h1").first.is_visible()


def test_event_link_from_a_date(page: Any, pages: Pages) -> None:
    """A date naming a curated event links to the event's page."""
    goto(page, pages.article_with("dossier-date-link"))
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
    """A date's resolved value appears on hover and on keyboard focus (Tab), not at rest."""
    goto(page, pages.article_with_unlinked_date())
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
    tab_to(page, date)
    _tooltip_shown(page, sel)
    box = date.bounding_box()
    assert box and box["width"] > 0


def test_linked_date_shows_resolved_value_on_focus(page: Any, pages: Pages) -> None:
    """A date inside an event link shows its resolved value when Tab reaches the link."""
    goto(page, pages.article_with("dossier-date-link"))
    link = page.locator("a.dossier-date-link").first
    tab_to(page, link)
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('a.dossier-date-link > time'),"
        " '::after').opacity === '1'")


def test_speaker_label_is_shown_on_hover_and_focus(page: Any, pages: Pages) -> None:
    """The speaker badge shows the speaker's name; hover gives "Said by …" as its tooltip, and
    Tab reaches it with a visible outline."""
    goto(page, pages.article_with("dossier-speaker"))
    speaker = page.locator(".dossier-speaker").first
    label = speaker.get_attribute("data-label")
    assert label, ".dossier-speaker without data-label"
    content = pseudo_style(page, ".dossier-speaker", "::before", "content")
    assert label in content, f"speaker badge shows {content}, not {label!r}"
    box = speaker.bounding_box()
    assert box and box["width"] > 20 and box["height"] > 5, "speaker badge not visible"
    speaker.hover()
    expect(speaker).to_have_attribute("title", f"Said by {label}")  # the hover tooltip
    tab_to(page, speaker)  # the keyboard reaches it, and it stays visible and outlined
    expect(speaker).to_be_focused()
    expect(speaker).to_be_visible()
    assert speaker.evaluate("el => getComputedStyle(el).outlineStyle") != "none"


# -- the timeline ----------------------------------------------------------------------------


def test_timeline_renders(page: Any) -> None:
    """The events page draws a timeline: a rule, a dot per year, years and events in order."""
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


def test_main_pages_stay_local_and_log_no_error(page: Any, watch: Watch, base_url: str,
                                                pages: Pages) -> None:
    """Every request of the main pages and of a search goes to the local server.

    The route on the context records the host of every request and aborts any other; the
    ``watch`` also fails the test on a console error or an uncaught exception. (Every other
    test is watched the same way; this one visits all the main pages and searches.)
    """
    seen: list[str] = []
    failed: list[str] = []

    def on_request(request: Any) -> None:
        seen.append(request.url)

    def on_response(response: Any) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    page.on("request", on_request)
    page.on("response", on_response)
    try:
        for name in MAIN_PAGES:
            goto(page, resolve(pages, name))
        search(page, "Alice")  # the search worker loads its index and language files
        page.wait_for_load_state("networkidle")
    finally:  # the tab is reused by the next test
        page.remove_listener("request", on_request)
        page.remove_listener("response", on_response)
    assert watch.hosts == {"127.0.0.1"}, f"requests went to {sorted(watch.hosts)}"
    assert seen and all(u.startswith((base_url, "data:")) for u in seen), seen
    assert any("search_index.json" in u for u in seen), "search index never loaded"
    assert not failed, f"failed requests: {failed}"
    assert not watch.problems(), "\n".join(watch.problems())


# -- phones ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", MAIN_PAGES)
def test_no_horizontal_scroll_at_phone_width(phone_page: Any, pages: Pages, artifacts: Path,
                                             name: str) -> None:
    """The main pages fit a 375 px phone: no zooming out, no sideways scroll (screenshots of
    five of them in test-artifacts/phone-*.png)."""
    page = phone_page
    url = resolve(pages, name)
    goto(page, url)
    if name in ("", "article", "person", "events/", "quotes/"):
        label = {"": "home", "events/": "timeline", "quotes/": "quotes"}.get(name, name)
        page.screenshot(path=str(artifacts / f"phone-{label}.png"))
    # A page wider than the screen makes a phone zoom out (innerWidth grows) or scroll sideways
    # (scrollWidth grows); invisible boxes count too, e.g. a hidden tooltip past the edge.
    widths = page.evaluate(
        "() => ({inner: innerWidth, doc: document.documentElement.scrollWidth,"
        " body: document.body.scrollWidth, view: document.documentElement.clientWidth})")
    wide = page.evaluate(
        """() => [...document.querySelectorAll('.md-content *')]
            .filter(e => !e.closest('.md-typeset__scrollwrap, pre, .tabbed-labels')
                         && (e.getBoundingClientRect().right > innerWidth + 1
                             || (e.scrollWidth > e.clientWidth + 1
                                 && getComputedStyle(e).overflowX === 'visible'
                                 && e.getBoundingClientRect().left + e.scrollWidth
                                    > document.documentElement.clientWidth + 1)))
            .slice(-5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)""")
    assert PHONE["width"] == widths["inner"] == widths["view"] >= max(
        widths["doc"], widths["body"]), (
        f"{url or 'home'} is wider than a {PHONE['width']}px phone: {widths}; "
        f"too wide: {wide}")
