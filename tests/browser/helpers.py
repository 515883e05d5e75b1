"""Small helpers shared by the browser tests: navigation, axe, colours, search."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# Blocking impacts: axe's "serious" and "critical" (moderate and minor are reported, not fatal).
BLOCKING = ("serious", "critical")


def goto(page: Any, url: str) -> None:
    """Open a page of the site and wait until Material's JavaScript has set it up."""
    page.goto(url, wait_until="load")
    # Material marks the document once its bundle has run (palette, search, copy buttons).
    page.wait_for_function("() => !document.documentElement.classList.contains('no-js')")


def path_of(url: str) -> str:
    """``/people/kim-kardashian/`` from any absolute or relative address."""
    return urlsplit(url).path


# Material's palette: the light scheme is "default", the dark one "slate".
SCHEMES = ("light", "dark")
_MATERIAL_SCHEME = {"light": "default", "dark": "slate"}


def switch_scheme(page: Any, scheme: str) -> None:
    """Switch to the ``light`` or ``dark`` scheme with the header toggle, as a reader does."""
    wanted = _MATERIAL_SCHEME[scheme]
    if page.evaluate("document.body.dataset.mdColorScheme") == wanted:
        return
    page.locator(f"label.md-header__button[title='Switch to {scheme} mode']").click()
    page.wait_for_function("(s) => document.body.dataset.mdColorScheme === s", arg=wanted)


def tab_to(page: Any, element: Any) -> None:
    """Reach ``element`` the way a keyboard user does: Tab from the focusable element before it.

    Fails if Tab lands anywhere else (the element is not in the tab order, or something
    focusable but invisible sits before it).
    """
    element.evaluate("""el => {
        const focusable = [...document.querySelectorAll(
            'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
            .filter(e => e === el || e.getClientRects().length > 0);
        const before = focusable[focusable.indexOf(el) - 1];
        if (before) before.focus(); else document.body.focus();
    }""")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const a = document.activeElement; return a ? a.outerHTML.slice(0, 200) : ''; }")
    assert element.evaluate("el => el === document.activeElement"), (
        f"Tab does not reach {element.evaluate('el => el.outerHTML.slice(0, 200)')}; "
        f"it focuses {focused}")


def settle(page: Any) -> None:
    """Wait until no CSS transition or animation of finite length is running: the theme fades
    the header tabs in, and a colour read mid-fade is no colour a reader sees (axe read the
    tabs at ~#bec4e6 on #4051b5 between a scheme switch and the end of the fade)."""
    page.wait_for_function("""() => document.getAnimations().every(a =>
        a.playState !== 'running' || !a.effect
        || a.effect.getComputedTiming().endTime === Infinity)""")


def run_axe(page: Any, axe: Path) -> list[dict[str, Any]]:
    """axe-core's violations on the current page (WCAG 2.x A/AA and best practices)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(axe))
    settle(page)
    result: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '),
                                          summary: n.failureSummary}))}));
        }"""
    )
    return result


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} nodes)")
        for node in v["nodes"][:5]:
            summary = " ".join(node["summary"].split())
            lines.append(f"    {node['target']}: {summary[:300]}")
    return "\n".join(lines)


# Contrast of text that axe cannot see: CSS generated content (::before/::after labels).
# Colours are resolved by painting them on a canvas, so any CSS colour syntax works
# (color-mix, color(srgb ...), hsla with alpha); backgrounds are composited up the tree.
CONTRAST_JS = """
([el, pseudo]) => {
  const canvas = document.createElement('canvas'); canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = 'rgba(0,0,0,0)'; ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1); const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    return [0, 1, 2].map(i => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a)
      .concat([a]);
  };
  const layers = [rgba(getComputedStyle(el, pseudo).backgroundColor)];
  for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
    layers.push(rgba(getComputedStyle(node).backgroundColor));
  }
  let bg = [255, 255, 255, 1];
  for (const layer of layers.reverse()) bg = over(layer, bg);
  const fg = over(rgba(getComputedStyle(el, pseudo).color), bg);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  return {ratio: (hi + 0.05) / (lo + 0.05), fg: fg.map(Math.round), bg: bg.map(Math.round),
          text: getComputedStyle(el, pseudo).content};
}
"""


def contrast(page: Any, selector: str, pseudo: str | None = None) -> dict[str, Any]:
    """Contrast ratio of the (generated) text of the first element matching ``selector``."""
    handle = page.locator(selector).first.element_handle()
    result: dict[str, Any] = page.evaluate(CONTRAST_JS, [handle, pseudo])
    return result


def pseudo_style(page: Any, selector: str, pseudo: str, prop: str) -> str:
    value: str = page.locator(selector).first.evaluate(
        "(el, [pseudo, prop]) => getComputedStyle(el, pseudo).getPropertyValue(prop)",
        [pseudo, prop],
    )
    return value


def search(page: Any, query: str) -> list[str]:
    """Type ``query`` into Material's search box; return the result pages' paths, in order.

    Material's search reacts to key events, so the query is typed, not filled in.
    """
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=20)
    items = page.locator(".md-search-result__item > a.md-search-result__link")
    items.first.wait_for(state="attached", timeout=10_000)
    # Results arrive from a web worker; wait until the list reflects the whole query.
    page.wait_for_function(
        """(q) => {
            const meta = document.querySelector('.md-search-result__meta');
            const input = document.querySelector('input.md-search__input');
            return meta && input && input.value === q && /\\d/.test(meta.textContent);
        }""",
        arg=query,
    )
    page.wait_for_timeout(300)  # the worker answers each keystroke; let the last one land
    return [path_of(h) for h in items.evaluate_all("els => els.map(e => e.href)")]
