"""Layer 3 on the built seeds site: every fact one click from the paragraph that supports it."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import jsonschema
import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.texts: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        if tag in ("p", "div", "li", "span", "a", "time", "h1", "h2", "td", "blockquote", "q"):
            para = a.get("id") if tag == "p" and re.fullmatch(r"p\d+", a.get("id") or "") else None
            self._open.append((tag, para))
            if para:
                self.texts[para] = []

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        for _, para in self._open:
            if para:
                self.texts[para].append(data)


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text())
    return collector


def page_file(site: Path, url_path: str) -> Path:
    path = site / unquote(url_path).lstrip("/")
    return path / "index.html" if not path.suffix else path


def test_every_internal_link_and_anchor_resolves(seeds_site: Path) -> None:
    parsed = {p: parse(p) for p in seeds_site.rglob("*.html")}
    broken = []
    for page, info in parsed.items():
        base = "/" + page.relative_to(seeds_site).as_posix()
        for href in info.links:
            url = urlparse(urljoin(base, href))
            if url.scheme or url.netloc or href.startswith("mailto:"):
                continue
            target = page_file(seeds_site, url.path)
            if not target.exists():
                broken.append(f"{base}: {href} (no {target.relative_to(seeds_site)})")
                continue
            if url.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(url.fragment) not in ids:
                    broken.append(f"{base}: {href} (no #{url.fragment})")
    assert broken == []


def test_citations_point_at_the_words(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text())
    pages = {a["id"]: a for a in data["articles"]}
    texts: dict[str, dict[str, str]] = {}
    for article in data["articles"]:
        info = parse(page_file(seeds_site, "/" + article["page"]))
        texts[article["id"]] = {pid: unescape("".join(t)) for pid, t in info.texts.items()}
        for para in article["paragraphs"]:
            shown = " ".join(texts[article["id"]][para["id"]].split())
            assert shown == " ".join(para["text"].split()), (article["id"], para["id"])
    for quote in data["quotes"]:
        cited = texts[quote["article"]][quote["paragraph"]]
        first = quote["text"].split(" … ")[0]
        assert first in cited, quote["id"]
        assert quote["article"] in pages
    for person in data["people"]:
        for ap in person["appearances"]:
            assert ap["text"] in texts[ap["article"]][ap["paragraph"]]
    for event in data["events"]:
        for src in event["sources"]:
            assert src["text"] in texts[src["article"]][src["paragraph"]]


def test_index_pages_reach_every_entity(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text())

    def linked_from(index: str) -> set[str]:
        base = "/" + index
        files = [page_file(seeds_site, base)]
        files += sorted((seeds_site / Path(index).parent).glob("page-*/index.html"))
        out = set()
        for f in files:
            for href in parse(f).links:
                out.add(urlparse(urljoin("/" + f.relative_to(seeds_site).as_posix(), href)).path)
        return out

    people = linked_from("people/")
    for person in data["people"]:
        assert "/" + person["page"] in people, person["id"]
    events = linked_from("events/")
    for event in data["events"]:
        assert "/" + event["page"] in events, event["id"]
    speakers = linked_from("quotes/")
    for quote in data["quotes"]:
        assert "/" + quote["page"].split("#")[0] in speakers, quote["id"]
    years = linked_from("articles/")
    for article in data["articles"]:
        year_page = "/" + article["page"].rsplit("/", 2)[0] + "/"
        assert year_page in years
        assert "/" + article["page"] in linked_from(year_page.lstrip("/"))


def test_dossier_json_matches_its_schema(seeds_site: Path) -> None:
    schema = json.loads((ROOT / "docs" / "schema" / "dossier.schema.json").read_text())
    data = json.loads((seeds_site / "dossier.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(data)
    assert (seeds_site / "schema" / "dossier.schema.json").is_file()


def test_bibliography_is_valid_csl_json(seeds_site: Path) -> None:
    schema = json.loads((ROOT / "tests" / "data" / "csl-data.schema.json").read_text())
    items = json.loads((seeds_site / "data" / "bibliography.csl.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(items)
    assert len(items) == 5
    bib = (seeds_site / "data" / "bibliography.bib").read_text()
    assert bib.count("@article{") == 5
    ris = (seeds_site / "data" / "bibliography.ris").read_text()
    assert ris.count("TY  - NEWS") == 5 and ris.count("ER  - ") == 5
    for name in ("people.csv", "quotes.csv", "events.csv"):
        assert (seeds_site / "data" / name).read_text().count("\n") >= 2


def test_analysis_page_cross_references_resolve(seeds_site: Path) -> None:
    html = (seeds_site / "analysis" / "first-step-act" / "index.html").read_text()
    # every [text][id] became a link: none is left as text or as an unresolved autoref
    assert "<autoref" not in html and "][" not in html
    assert html.count('class="autorefs autorefs-internal"') >= 5
    assert 'href="../../people/kim-kardashian/' in html
