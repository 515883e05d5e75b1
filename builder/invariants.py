"""Invariants of a built dossier site, checked after every build and by the tests.

The dossier promises that every fact cites its source and that article text is shown exactly
as written. ``check_site`` verifies that promise on the HTML that was actually published, so a
bug anywhere in the pipeline (annotators, templates, Markdown extensions, the theme) is caught:

- every paragraph of every article appears verbatim (whitespace-normalised) as the text content
  of the element with ``id="pN"`` on the article's page, and each such id is unique;
- every quotation in the quote index appears verbatim in each paragraph it cites (a
  quotation a narrator interrupts — “X,” she said, “Y” — is its parts' own words, read at
  their offsets, with only blanks or an ellipsis between them);
- every citation (article + paragraph) in ``dossier.json`` names a paragraph that exists, and
  the words it cites occur in that paragraph;
- every link between dossier pages reaches an existing page and, with a ``#fragment``, an
  existing element;
- no generated page carries active content: no event-handler attribute, no ``javascript:`` or
  ``data:`` address, no script, frame, object, form or base element in the page content;
- every id in ``dossier.json`` is a safe slug (it names a page and a folder).

It is a pure function of the site folder and the parsed ``dossier.json`` (standard library
only; no MkDocs import), so the MkDocs plugin, the command line and the tests all call it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

#: Folders of the site that hold generated pages (the rest is hand-written or the theme's).
GENERATED_FOLDERS = ("articles", "people", "events", "quotes", "sources")
SAFE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PARAGRAPH_ID = re.compile(r"^p[1-9][0-9]*$")
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
#: Elements that run or embed something; none belongs in a page's content.
ACTIVE_ELEMENTS = frozenset(
    {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base",
     "meta", "link", "style", "svg", "math"}
)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster",
                            "data", "srcset", "background"})
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr", "param", "keygen"}
)
_BASE = "https://dossier.invalid/"


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space: HTML layout is not part of the text."""
    return " ".join(text.split())


@dataclass
class QuoteEntry:
    """One entry of a quote page: the displayed quotation and the links it cites."""

    text: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)

    @property
    def quotation(self) -> str:
        return normalise("".join(self.text))


@dataclass
class ParsedPage:
    """What the checks need from one HTML page."""

    texts: dict[str, str] = field(default_factory=dict)  # element id -> text content
    duplicate_ids: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # every <a href>
    quote_entries: list[QuoteEntry] = field(default_factory=list)
    active: list[str] = field(default_factory=list)  # descriptions of active content


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        # Open elements: (tag, id, is quote entry, is blockquote)
        self.stack: list[tuple[str, str | None, bool, bool]] = []
        # The same, indexed for speed (these run for every tag and text node of the site):
        self.open_ids: list[str] = []  # ids of the open elements, outermost first
        self.open_tags: dict[str, int] = {}  # tag -> how many are open
        self.chunks: dict[str, list[str]] = {}
        self.in_content = 0  # depth inside <article>: the page's own content
        self.entry: QuoteEntry | None = None
        self.in_blockquote = 0

    # -- structure -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_attributes(tag, attrs)
        if self.in_content and tag in ACTIVE_ELEMENTS:
            self.page.active.append(f"<{tag}> element in the page content")
        values = dict(attrs)
        if tag == "a" and values.get("href") is not None:
            href = values["href"] or ""
            self.page.links.append(href)
            if self.entry is not None:
                self.entry.hrefs.append(href)
        element_id = values.get("id")
        if element_id is not None:
            if element_id in self.chunks:
                self.page.duplicate_ids.append(element_id)
            else:
                self.chunks[element_id] = []
        if tag in VOID_ELEMENTS:
            return
        is_entry = tag == "div" and "dossier-quote-entry" in (values.get("class") or "").split()
        if is_entry:
            self.entry = QuoteEntry()
        is_quote = tag == "blockquote" and self.entry is not None
        if is_quote:
            self.in_blockquote += 1
        if tag == "article":
            self.in_content += 1
        self.stack.append((tag, element_id, is_entry, is_quote))
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
        if element_id is not None:
            self.open_ids.append(element_id)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_attributes(tag, attrs)
        if self.in_content and tag in ACTIVE_ELEMENTS:
            self.page.active.append(f"<{tag}> element in the page content")
        element_id = dict(attrs).get("id")
        if element_id is not None:
            if element_id in self.chunks:
                self.page.duplicate_ids.append(element_id)
            else:
                self.chunks[element_id] = []

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags.get(tag):
            return  # a stray end tag: browsers ignore it too
        while self.stack:
            open_tag, element_id, is_entry, is_quote = self.stack.pop()
            self.open_tags[open_tag] -= 1
            if element_id is not None:
                self.open_ids.pop()
            if element_id is not None and element_id in self.chunks:
                self.page.texts.setdefault(element_id, "".join(self.chunks[element_id]))
            if is_entry and self.entry is not None:
                self.page.quote_entries.append(self.entry)
                self.entry = None
            if is_quote:
                self.in_blockquote -= 1
            if open_tag == "article":
                self.in_content -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for element_id in self.open_ids:
            self.chunks[element_id].append(data)
        if self.entry is not None and self.in_blockquote:
            self.entry.text.append(data)

    def close(self) -> None:
        super().close()
        self.handle_endtag("html")
        for element_id, chunks in self.chunks.items():
            self.page.texts.setdefault(element_id, "".join(chunks))

    # -- active content --------------------------------------------------------------------
    def _check_attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.page.active.append(f"<{tag} {name}=…> event-handler attribute")
            elif name in URL_ATTRIBUTES and value:
                scheme = _scheme(value)
                if scheme is not None and scheme not in SAFE_SCHEMES:
                    self.page.active.append(f"<{tag} {name}={value[:60]!r}> {scheme}: address")
            elif name == "style" and value and re.search(r"url\s*\(|expression\s*\(", value, re.IGNORECASE):
                self.page.active.append(f"<{tag} style={value[:60]!r}> loads or runs something")


def _scheme(url: str) -> str | None:
    if ":" not in url:
        return None  # the common case, a relative link: no need for the regular expressions
    # Browsers ignore leading blanks and embedded tabs/newlines in a URL's scheme.
    cleaned = re.sub(r"[\x00-\x20]", "", url)
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*):", cleaned)
    return match.group(1).lower() if match else None


def parse_page(html: str) -> ParsedPage:
    """Parse one HTML page with the standard library's tolerant parser."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.page


class _Site:
    """Lazily parsed pages of a built site, addressed by URL path (``articles/2019/x/``)."""

    def __init__(self, root: Path):
        self.root = root
        self._pages: dict[str, ParsedPage | None] = {}
        self._files: dict[str, Path | None] = {}
        self.targets: dict[tuple[str, str], list[str]] = {}  # (path, fragment) -> problems

    def file_of(self, url_path: str) -> Path | None:
        """The file a site-relative URL path serves, or None."""
        if url_path not in self._files:
            self._files[url_path] = self._file_of(url_path)
        return self._files[url_path]

    def _file_of(self, url_path: str) -> Path | None:
        path = unquote(url_path).lstrip("/")
        if ".." in path.split("/"):
            return None
        target = self.root / path
        if path == "" or path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if target.is_file():
            return target
        if not path.endswith("/") and (self.root / (path + ".html")).is_file():
            return self.root / (path + ".html")
        return None

    def page(self, url_path: str) -> ParsedPage | None:
        key = url_path.lstrip("/")
        if key not in self._pages:
            file = self.file_of(key)
            if file is None or file.suffix != ".html":
                self._pages[key] = None
            else:
                self._pages[key] = parse_page(file.read_text(encoding="utf-8"))
        return self._pages[key]

    def url_of(self, file: Path) -> str:
        rel = file.relative_to(self.root).as_posix()
        return rel.removesuffix("index.html")


def check_site(site_dir: Path, data: dict[str, Any]) -> list[str]:
    """Every broken invariant of the built site, as messages naming the page; [] when sound.

    ``data`` is the parsed ``dossier.json`` of the same build.
    """
    site = _Site(site_dir)
    problems: list[str] = []
    problems += _check_ids(data)
    paragraphs = _check_articles(site, data, problems)
    made_of_parts = _check_citations(data, paragraphs, problems)
    _check_quotes(site, data, paragraphs, made_of_parts, problems)
    _check_generated_pages(site, data, paragraphs, problems)
    return problems


def _check_ids(data: dict[str, Any]) -> list[str]:
    problems = []
    for kind in ("articles", "people", "events", "quotes"):
        for item in data.get(kind, []):
            value = item.get("id")
            if not isinstance(value, str) or not SAFE_ID.match(value):
                problems.append(f"dossier.json: {kind}: id {value!r} is not a safe slug")
    return problems


def _check_articles(
    site: _Site, data: dict[str, Any], problems: list[str]
) -> dict[tuple[str, str], str]:
    """Check each article page; return {(article id, paragraph id): normalised text}."""
    texts: dict[tuple[str, str], str] = {}
    for article in data.get("articles", []):
        aid, url = article["id"], article["page"]
        for p in article["paragraphs"]:
            texts[(aid, p["id"])] = normalise(p["text"])
        page = site.page(url)
        if page is None:
            problems.append(f"{url}: the page of article {aid!r} was not built")
            continue
        for dup in sorted(set(page.duplicate_ids)):
            problems.append(f"{url}: id {dup!r} is used twice, so #{dup} is ambiguous")
        expected = {p["id"] for p in article["paragraphs"]}
        extra = sorted(i for i in page.texts if PARAGRAPH_ID.match(i) and i not in expected)
        if extra:
            problems.append(f"{url}: paragraph anchors {', '.join(extra)} have no paragraph "
                            f"in dossier.json")
        for p in article["paragraphs"]:
            shown = page.texts.get(p["id"])
            if shown is None:
                problems.append(f"{url}#{p['id']}: paragraph missing from the page")
            elif normalise(shown) != texts[(aid, p["id"])]:
                problems.append(
                    f"{url}#{p['id']}: the page shows {_clip(normalise(shown))!r} but the "
                    f"article says {_clip(texts[(aid, p['id'])])!r}"
                    + _first_difference(normalise(shown), texts[(aid, p["id"])])
                )
    return texts


def _check_citations(
    data: dict[str, Any], paragraphs: dict[tuple[str, str], str], problems: list[str]
) -> dict[str, list[tuple[frozenset[tuple[str, str]], list[str]]]]:
    """Check every citation in dossier.json.

    Returns the quotations made of several parts (a narrator's words between them), as
    {normalised text: [(paragraphs cited, the parts' own words)]}, for the quote pages.
    """
    articles = {a for a, _ in paragraphs} | {a.get("id") for a in data.get("articles", [])}
    raw = {(a["id"], p["id"]): p["text"] for a in data.get("articles", [])
           for p in a.get("paragraphs", [])}
    made_of_parts: dict[str, list[tuple[frozenset[tuple[str, str]], list[str]]]] = {}

    def cite(where: str, article: str, paragraph: str | None, words: str | None) -> None:
        if paragraph is None:
            if article not in articles:
                problems.append(f"dossier.json: {where}: unknown article {article!r}")
            return
        text = paragraphs.get((article, paragraph))
        if text is None:
            problems.append(f"dossier.json: {where}: cites {article}#{paragraph}, "
                            f"which does not exist")
        elif words is not None and normalise(words) not in text:
            problems.append(f"dossier.json: {where}: {_clip(words)!r} does not occur in "
                            f"{article}#{paragraph}")

    for person in data.get("people", []):
        for ap in person.get("appearances", []):
            cite(f"person {person['id']}", ap["article"], ap["paragraph"], ap.get("text"))
    for event in data.get("events", []):
        for source in event.get("sources", []):
            cite(f"event {event['id']}", source["article"], source["paragraph"],
                 source.get("text"))
    for quote in data.get("quotes", []):
        for pid in quote.get("paragraphs") or [quote["paragraph"]]:
            cite(f"quote {quote['id']}", quote["article"], pid, None)
        cited = [paragraphs.get((quote["article"], pid), "")
                 for pid in quote.get("paragraphs") or [quote["paragraph"]]]
        if _occurs(quote["text"], cited):
            continue
        pieces = _quote_pieces(quote, raw, problems)
        if pieces and _made_of(quote["text"], pieces):
            cites = frozenset((quote["article"], part["paragraph"]) for part in quote["parts"])
            made_of_parts.setdefault(normalise(quote["text"]), []).append((cites, pieces))
        elif pieces is not None:
            problems.append(f"dossier.json: quote {quote['id']}: {_clip(quote['text'])!r} does "
                            f"not occur in {quote['article']}#{quote['paragraph']}")
    for warning in data.get("warnings", []):
        cite("warning", warning["article"], warning.get("paragraph"), None)
    return made_of_parts


#: What may stand between two parts of one quotation when a narrator interrupts it
#: (“X,” she said. “Y” shown as "X Y" or "X … Y"): blanks and ellipses, nothing else.
_PART_GAP = re.compile(r"^(?:\s|…|\.\.\.|\[…\]|\[\.\.\.\])*$")


def _quote_pieces(
    quote: dict[str, Any], raw: dict[tuple[str, str], str], problems: list[str]
) -> list[str] | None:
    """The words of each part of a quotation, read from the paragraphs at its offsets.

    [] when the quote has no parts; None (with a problem) when a part is out of range.
    """
    pieces = []
    for part in quote.get("parts") or []:
        text = raw.get((quote["article"], part.get("paragraph")))
        start, end = part.get("start"), part.get("end")
        if text is None:
            continue  # reported by cite()
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"dossier.json: quote {quote['id']}: part {start!r}–{end!r} is "
                            f"outside {quote['article']}#{part.get('paragraph')}")
            return None
        pieces.append(normalise(text[start:end]))
    return pieces


def _made_of(text: str, pieces: list[str]) -> bool:
    """True when ``text`` is the pieces, in order, with only blanks or ellipses between."""
    shown, position = normalise(text), 0
    for piece in pieces:
        index = shown.find(piece, position)
        if index < 0 or not _PART_GAP.match(shown[position:index]):
            return False
        position = index + len(piece)
    return bool(pieces) and _PART_GAP.match(shown[position:]) is not None


def _occurs(words: str, cited: list[str]) -> bool:
    """True when the quotation occurs in the cited paragraph(s) (in order, if several)."""
    target = normalise(words)
    if len(cited) <= 1:
        return target in (cited[0] if cited else "")
    return target in " ".join(cited)


def _starts_in(
    words: str, article: str, paragraph: str, paragraphs: dict[tuple[str, str], str]
) -> bool:
    """True when ``words`` occur in the paragraph, or start in it and run into the next ones
    (a quotation that spans paragraphs cites the paragraph where it starts)."""
    first = paragraphs[(article, paragraph)]
    if words in first:
        return True
    following = [first]
    n = int(paragraph[1:]) + 1
    while (article, f"p{n}") in paragraphs and sum(map(len, following)) < len(words) + len(first):
        following.append(paragraphs[(article, f"p{n}")])
        n += 1
    index = " ".join(following).find(words)
    return 0 <= index < len(first)


def _check_quotes(
    site: _Site, data: dict[str, Any], paragraphs: dict[tuple[str, str], str],
    made_of_parts: dict[str, list[tuple[frozenset[tuple[str, str]], list[str]]]],
    problems: list[str],
) -> None:
    """Each quote page entry: the words shown occur in every paragraph the entry cites."""
    quote_urls = {q["page"].split("#", 1)[0] for q in data.get("quotes", [])}
    if data.get("quotes"):
        quote_urls.add("quotes/")
    pages_of = {a["page"]: a["id"] for a in data.get("articles", [])}
    for url in sorted(quote_urls):
        page = site.page(url)
        if page is None:
            problems.append(f"{url}: the quote page was not built")
            continue
        for entry in page.quote_entries:
            for href in entry.hrefs:
                target = urlsplit(urljoin(_BASE + url, href))
                if not target.geturl().startswith(_BASE):
                    continue
                article = pages_of.get(target.path[len(urlsplit(_BASE).path):])
                if article is None or not PARAGRAPH_ID.match(target.fragment):
                    continue
                if (article, target.fragment) not in paragraphs:
                    continue  # a missing paragraph is reported by the link check
                if not _starts_in(entry.quotation, article, target.fragment, paragraphs) \
                        and not any((article, target.fragment) in cites
                                    and _made_of(entry.quotation, pieces)
                                    for cites, pieces in made_of_parts.get(entry.quotation, [])):
                    problems.append(
                        f"{url}: the quotation {_clip(entry.quotation)!r} is not in "
                        f"{article}#{target.fragment}, which it cites"
                    )
    for quote in data.get("quotes", []):
        url, _, anchor = quote["page"].partition("#")
        page = site.page(url)
        if page is not None and anchor and anchor not in page.texts:
            problems.append(f"{quote['page']}: quote {quote['id']} has no anchor on its page")


def _generated_pages(site: _Site) -> Iterable[Path]:
    for folder in GENERATED_FOLDERS:
        base = site.root / folder
        if base.is_dir():
            yield from sorted(base.rglob("*.html"))


def _check_generated_pages(
    site: _Site, data: dict[str, Any], paragraphs: dict[tuple[str, str], str],
    problems: list[str],
) -> None:
    del data, paragraphs  # the page checks need only the HTML
    for file in _generated_pages(site):
        url = site.url_of(file)
        page = site.page(url)
        if page is None:
            continue
        for what in page.active:
            problems.append(f"{url}: active content: {what}")
        for href in page.links:
            problems.extend(f"{url}: {p}" for p in _check_link(site, url, href))


def _resolve(url: str, href: str) -> tuple[str, str] | None:
    """(site path, fragment) a relative link on page ``url`` points to; None if it leaves."""
    ref, _, fragment = href.partition("#")
    ref = ref.split("?", 1)[0]
    if not ref:
        return url, fragment
    if ref.startswith("/"):
        return None
    joined = posixpath.normpath(posixpath.join(url if url.endswith("/") else
                                               posixpath.dirname(url) + "/", ref))
    if joined == ".":
        joined = ""
    elif joined.startswith(".."):
        return None
    elif ref.endswith("/"):
        joined += "/"
    return joined, fragment


def _check_link(site: _Site, url: str, href: str) -> list[str]:
    if not href or _scheme(href) is not None or href.startswith("//"):
        return []  # external addresses are checked for their scheme, not followed
    resolved = _resolve(url, href)
    if resolved is None:
        return [f"link {href!r} leaves the site"]
    path, fragment = resolved
    key = (path, unquote(fragment))
    if key not in site.targets:
        site.targets[key] = _check_target(site, path, key[1])
    return [f"link {href!r}: {m}" for m in site.targets[key]]


def _check_target(site: _Site, path: str, fragment: str) -> list[str]:
    if site.file_of(path) is None:
        return [f"{path or '/'} does not exist"]
    if fragment:
        page = site.page(path)
        if page is not None and fragment not in page.texts:
            return [f"no element #{fragment} on {path or '/'}"]
    return []


def diff_sites(first: Path, second: Path) -> list[str]:
    """Files that differ between two built sites (missing on one side, or other bytes)."""
    def files(root: Path) -> dict[str, Path]:
        return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}

    a, b = files(first), files(second)
    out = [f"{name}: only in {first}" for name in sorted(a.keys() - b.keys())]
    out += [f"{name}: only in {second}" for name in sorted(b.keys() - a.keys())]
    out += [f"{name}: bytes differ" for name in sorted(a.keys() & b.keys())
            if a[name].read_bytes() != b[name].read_bytes()]
    return out


def _clip(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _first_difference(shown: str, source: str) -> str:
    for i, (x, y) in enumerate(zip(shown, source)):
        if x != y:
            return f" (first difference at character {i + 1}: {x!r} vs {y!r})"
    return f" (lengths {len(shown)} and {len(source)})"


__all__ = ["check_site", "diff_sites", "normalise", "parse_page"]
