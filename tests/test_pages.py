"""Layer 3 on the built seeds site: every fact one click from the paragraph that supports it."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlparse

import jsonschema
import pytest
from conftest import CURATED_ARTICLES, ROOT, seed_article_files

from builder.model import PartialDate

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
    sources = {(a["id"], p["id"]): p["text"] for a in data["articles"] for p in a["paragraphs"]}
    for quote in data["quotes"]:
        assert quote["article"] in pages
        assert quote["parts"][0]["paragraph"] == quote["paragraph"]
        for part in quote["parts"]:
            # the words at the cited offsets are shown in the cited paragraph, and are the
            # quotation's words
            words = sources[(quote["article"], part["paragraph"])][part["start"]:part["end"]]
            assert words.strip(), quote["id"]
            assert words in texts[quote["article"]][part["paragraph"]], quote["id"]
            assert " ".join(words.split()) in " ".join(quote["text"].split()), quote["id"]
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


@pytest.mark.parametrize("name", ["dossier.json", "data/bibliography.csl.json"])
def test_json_files_are_written_as_json_dumps_would(seeds_site: Path, name: str) -> None:
    """The data files are assembled from per-item fragments (reused between serve builds):
    the bytes must be exactly one ``json.dumps(indent=2)`` of the whole document."""
    raw = (seeds_site / name).read_bytes()
    expected = json.dumps(json.loads(raw), ensure_ascii=False, indent=2) + "\n"
    assert raw == expected.encode()


def test_bibliography_is_valid_csl_json(seeds_site: Path) -> None:
    schema = json.loads((ROOT / "tests" / "data" / "csl-data.schema.json").read_text())
    items = json.loads((seeds_site / "data" / "bibliography.csl.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(items)
    # One entry per article file in every format, keyed by the article's id.
    expected = len(seed_article_files())
    data = json.loads((seeds_site / "dossier.json").read_text())
    ids = {a["id"] for a in data["articles"]}
    assert len(ids) == expected and CURATED_ARTICLES <= ids
    assert len(items) == expected and {item["id"] for item in items} == ids
    bib = (seeds_site / "data" / "bibliography.bib").read_text()
    assert bib.count("@article{") == expected
    assert set(re.findall(r"^@article\{([^,\n]+),$", bib, re.MULTILINE)) == ids
    ris = (seeds_site / "data" / "bibliography.ris").read_text()
    assert ris.count("TY  - NEWS") == expected and ris.count("ER  - ") == expected
    assert set(re.findall(r"^ID  - (.+)$", ris, re.MULTILINE)) == ids
    for name, key in (("people.csv", "people"), ("quotes.csv", "quotes"), ("events.csv", "events")):
        rows = list(csv.reader(io.StringIO((seeds_site / "data" / name).read_text())))
        assert len(rows) == 1 + len(data[key]), name  # a header, then one row per entry
    assert len(data["people"]) >= 2 and len(data["events"]) >= 2


def test_analysis_page_cross_references_resolve(seeds_site: Path) -> None:
    html = (seeds_site / "analysis" / "first-step-act" / "index.html").read_text()
    # every [text][id] became a link: none is left as text or as an unresolved autoref
    prose = re.sub(r"<code>.*?</code>", "", html, flags=re.DOTALL)  # the page shows the syntax
    assert "<autoref" not in prose and "][" not in prose
    assert html.count('class="autorefs autorefs-internal"') >= 5
    assert 'href="../../people/kim-kardashian/' in html


def test_analysis_page_cites_paragraphs_that_say_it(seeds_site: Path) -> None:
    """Each paragraph the analysis cites contains the words the sentence relies on."""
    source = (ROOT / "docs" / "analysis" / "first-step-act.md").read_text()
    data = json.loads((seeds_site / "dossier.json").read_text())
    paragraphs = {f"{a['id']}-{p['id']}": p["text"] for a in data["articles"]
                  for p in a["paragraphs"]}
    claims = {
        "2019-06-13-refinery29-white-house-p3": "signed into law in December 2018",
        "2022-10-diner-kim-kardashian-ivanka-trump-p2": "effort bipartite",
        "2018-05-30-kardashian-meets-trump-prison-reform-p4":
            "that the President will grant clemency to Ms. Alice Marie Johnson",
        "2019-06-13-seconde-chance-maison-blanche-p8": "promulgation du First Step Act en décembre",
        "2019-06-13-refinery29-white-house-p6": "Erin Haney of #Cut50",
        "2019-06-13-refinery29-white-house-p7":
            "Late last year, we fought tirelessly to pass this law",
        "2018-05-30-kardashian-meets-trump-prison-reform-p1": "Wednesday (May 31)",
    }
    cited = set(re.findall(r"\]\[([a-z0-9-]+-p\d+)\]", source))
    assert cited == set(claims), "every cited paragraph needs a claim in this test"
    for ref, words in claims.items():
        assert words in paragraphs[ref], (ref, words)
    html = (seeds_site / "analysis" / "first-step-act" / "index.html").read_text()
    for ref in cited:
        article = ref.rsplit("-", 1)[0]
        assert f"/{article}/#{ref}" in html, ref
    # Quotations are cited by id: the quotation holds the words the sentence quotes.
    quote_claims = {
        "2022-10-diner-kim-kardashian-ivanka-trump-q2": "effort bipartite",
        "2018-05-30-kardashian-meets-trump-prison-reform-q3":
            "that the President will grant clemency to Ms. Alice Marie Johnson",
        "2019-06-13-seconde-chance-maison-blanche-q5":
            "Depuis la promulgation du First Step Act en décembre",
        "2019-06-13-refinery29-white-house-q6": "Late last year, we fought tirelessly to pass this law",
    }
    quotes = {q["id"]: q for q in data["quotes"]}
    assert set(re.findall(r"\]\[([a-z0-9-]+-q\d+)\]", source)) == set(quote_claims)
    for qid, words in quote_claims.items():
        assert words in quotes[qid]["text"] and f'"{words}"' in source, qid
        assert f'#{qid}"' in html, qid
    # people, events and articles are cited too
    for kind in ("people/jessica-jackson/", "events/2019-06-13-second-chance-hiring-event/",
                 "articles/2019/2019-06-13-refinery29-white-house/"):
        assert kind in html, kind


def test_seeds_timeline_is_chronological_and_static(seeds_site: Path) -> None:
    html = (seeds_site / "events" / "index.html").read_text()
    data = json.loads((seeds_site / "dossier.json").read_text())
    timeline = html[html.index('class="dossier-timeline"'):]
    positions = [timeline.index(f'href="{e["page"].removeprefix("events/")}"')
                 for e in data["events"]]
    firsts = [PartialDate.parse(e["date"]).first_day() for e in data["events"]]
    assert [d for _, d in sorted(zip(positions, firsts))] == sorted(firsts)
    content = html[html.index('<article'):html.index('</article>')]
    assert "<script" not in content  # drawn at build time: no JS, no CDN


def test_seeds_alias_finds_the_person_first(seeds_site: Path) -> None:
    index = json.loads((seeds_site / "search" / "search_index.json").read_text())
    docs = index["docs"]
    person = next(d for d in docs if d["location"] == "people/kim-kardashian/")
    assert "Kim K" in person["tags"] and "Kim K" in person["text"]  # searchable and visible
    # Material weighs tags far above text, and the person page's boost beats the articles'.
    assert person["boost"] > max(d.get("boost", 1) for d in docs
                                 if d["location"].startswith("articles/"))
    for kind in ("articles/2019/", "people/", "events/", "quotes/"):
        assert any(d["location"].startswith(kind) for d in docs), kind


# -- a hand-annotated project: quotes, dates and disagreements, whatever the annotators do -----

HAND_PEOPLE = """\
- id: ann-lee
  name: Ann Lee
  aliases: [Senator Lee]
  description: A senator.
- id: bob-stone
  name: Bob Stone
  description: A witness.
- id: dan-ray
  name: Dan Ray
"""
HAND_EVENTS = """\
- id: the-hearing
  date: 2019-06-13
  title: The Senate hearing
  people: [ann-lee, bob-stone]
- id: the-vote
  date: 2021
  title: The final vote
  people: [ann-lee]
"""
HAND_ARTICLES = {
    "a-en": ("en", "2019-06-14", (
        "Ann Lee said: “We will keep going.” The hearing took place on 13 June 2019, and "
        "the 63-year-old senator spoke for 45 minutes.\n\n"
        "Bob Stone agreed. A source said “nothing is decided”. Carol Diaz watched.")),
    "b-fr": ("fr", "2019-06-15", (
        "Ann Lee a déclaré : « We will keep going. » L'audience a eu lieu le 12 juin 2019 ; "
        "la sénatrice de 64 ans a parlé 50 minutes.\n\nBob Stone était présent.")),
    "c-en": ("en", "2021-03-01",
             "In June 2019, Ann Lee and Bob Stone testified. Senator Lee said “the vote is next”."),
}


def annotate_hand(article: Any, registry: Any) -> Any:
    from test_invariants import hand_annotate

    if article.id == "a-en":
        return hand_annotate(
            article, registry,
            quotes=[(["We will keep going."], "ann-lee", None),
                    (["nothing is decided"], None, "a source")],
            dates=[("13 June 2019", "2019-06-13", "the-hearing")],
            discovered=[("Carol Diaz", "carol-diaz")],
            warnings=[("p2", "Carol Diaz is not in the registry")],
        )
    if article.id == "b-fr":
        return hand_annotate(article, registry,
                             quotes=[(["We will keep going."], "ann-lee", None)],
                             dates=[("12 juin 2019", "2019-06-12", "the-hearing")])
    return hand_annotate(article, registry, quotes=[(["the vote is next"], "ann-lee", None)],
                         dates=[("June 2019", "2019-06", "the-hearing")])


def write_hand_project(project: Path) -> Path:
    from conftest import write_article

    (project / "seeds" / "people.yml").write_text(HAND_PEOPLE)
    (project / "seeds" / "events.yml").write_text(HAND_EVENTS)
    for aid, (lang, published, body) in HAND_ARTICLES.items():
        write_article(project, aid, body, lang=lang, published=published,
                      title=f"Article {aid}")
    return project


@pytest.fixture(scope="module")
def hand_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_invariants import build_annotated_site

    project = tmp_path_factory.mktemp("hand")
    (project / "seeds" / "articles").mkdir(parents=True)
    write_hand_project(project)
    return build_annotated_site(project, annotate_hand)


_INLINE = re.compile(r"</?(?:a|span|time|strong|em|code|q|abbr)\b[^>]*>")


def _text(html: str) -> str:
    """Visible text: inline tags vanish, block tags separate words."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", _INLINE.sub("", html))).split())


def _main(path: Path) -> str:
    html = path.read_text()
    return html[html.index("<article"):html.index("</article>")]


def test_hand_site_keeps_every_invariant(hand_site: Path) -> None:
    from builder.invariants import check_site

    data = json.loads((hand_site / "dossier.json").read_text())
    assert len(data["quotes"]) == 4 and len(data["events"][0]["sources"]) == 3
    assert check_site(hand_site, data) == []
    schema = json.loads((ROOT / "docs" / "schema" / "dossier.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(data)
    for kind in ("articles", "people", "events"):
        for entry in data[kind]:
            assert page_file(hand_site, "/" + entry["page"]).is_file(), entry["page"]
    for quote in data["quotes"]:
        url, _, anchor = quote["page"].partition("#")
        assert anchor in parse(page_file(hand_site, "/" + url)).ids, quote["id"]


def test_hand_article_page_marks_everything(hand_site: Path) -> None:
    html = _main(hand_site / "articles" / "2019" / "a-en" / "index.html")
    # Mentions link to the person's page.
    assert re.search(r'<a class="dossier-person" data-person="ann-lee" href="../../../people/'
                     r'ann-lee/">Ann Lee</a>', html)
    # The quotation is marked, its speaker named and linked, and it links to the quote index.
    assert '<span class="dossier-quote" data-quote="a-en-q1">“We will keep going.”</span>' in html
    speaker = re.search(r'<a[^>]*class="dossier-speaker"[^>]*>', html)
    assert speaker and 'href="../../../people/ann-lee/"' in speaker.group()
    assert 'data-label="Ann Lee"' in speaker.group()
    assert 'href="../../../quotes/ann-lee/#a-en-q1"' in html
    assert 'data-label="a source"' in html and "quotes/unattributed/#a-en-q2" in html
    # The date shows its resolved value on hover (title, ::after) and keyboard focus (in a link).
    time = re.search(r'<a[^>]*href="../../../events/the-hearing/"[^>]*><time [^>]*>', html)
    assert time and 'data-resolved="13 June 2019"' in time.group()
    assert 'datetime="2019-06-13"' in time.group()
    # Warnings are in an admonition; the summary lists who, when and the quotes.
    warning = html[html.index('class="admonition warning"'):]
    assert "Carol Diaz is not in the registry" in _text(warning[:warning.index("</div>")])
    summary = _text(html[html.index('class="admonition info"'):html.index('id="text"')])
    assert "Who: Ann Lee, Bob Stone, Carol Diaz" in summary
    assert "When: 13 June 2019 = 13 June 2019 (The Senate hearing)" in summary
    assert "“We will keep going.” — Ann Lee" in summary
    assert "“nothing is decided” — a source" in summary


def test_hand_quotes_grouped_once_with_all_sources(hand_site: Path) -> None:
    page = hand_site / "quotes" / "ann-lee" / "index.html"
    html = _main(page)
    entries = re.findall(r'<div class="dossier-quote-entry"[^>]*>.*?</div>', html, re.DOTALL)
    same = [e for e in entries if "We will keep going." in e]
    assert len(same) == 1, "the same words quoted by two articles are shown once"
    assert 'data-lang="en fr"' in same[0] and 'data-article="a-en b-fr"' in same[0]
    assert "../../articles/2019/a-en/#p1" in same[0] and "../../articles/2019/b-fr/#p1" in same[0]
    assert len(entries) == 2  # and the other quotation
    # The filter exists but is hidden until dossier.js shows it: without JS, all stays visible.
    assert re.search(r'<div class="dossier-quote-filter"[^>]*hidden', html)
    index = _main(hand_site / "quotes" / "index.html")
    assert "By language: English: 3 · French: 1" in _text(index)
    assert 'href="ann-lee/"' in index and 'href="unattributed/"' in index


def test_hand_event_is_one_event_with_disagreement_side_by_side(hand_site: Path) -> None:
    html = _main(hand_site / "events" / "the-hearing" / "index.html")
    text = _text(html)
    # three articles, two languages, day and month precision: one event
    for aid in ("a-en", "b-fr", "c-en"):
        assert f"articles/2019/{aid}/#p1" in html or f"articles/2021/{aid}/#p1" in html, aid
    assert "the sources disagree" in text
    assert "The sources disagree on the date" in text
    compare = _text(html[html.index('class="dossier-compare"'):])
    assert "12 June 2019" in compare and "13 June 2019" in compare and "June 2019" in compare
    assert "63-year-old" in compare and "64 ans" in compare
    # a source dating it at a coarser precision agrees
    vote = _text(_main(hand_site / "events" / "the-vote" / "index.html"))
    assert "No article in the dossier reports this event yet." in vote


def test_hand_event_figures_cite_their_paragraph(hand_site: Path) -> None:
    # Side by side, each age or figure links to the paragraph that writes it, as the date
    # words beside it do.
    html = _main(hand_site / "events" / "the-hearing" / "index.html")
    rows = re.findall(r"<strong>Ages and figures:</strong>(.*?)</li>", html, re.DOTALL)
    assert len(rows) == 3
    assert _text(rows[0]) == "63-year-old (¶1); 45 minutes (¶1)"
    assert rows[0].count('href="../../articles/2019/a-en/#p1"') == 2
    assert _text(rows[1]) == "64 ans (¶1); 50 minutes (¶1)"
    assert rows[1].count('href="../../articles/2019/b-fr/#p1"') == 2
    assert _text(rows[2]) == "none"


def test_hand_timeline(hand_site: Path) -> None:
    html = _main(hand_site / "events" / "index.html")
    timeline = html[html.index('class="dossier-timeline"'):]
    assert timeline.index('id="year-2019"') < timeline.index('href="the-hearing/"') < \
        timeline.index('id="year-2021"') < timeline.index('href="the-vote/"')
    assert '<time class="dossier-timeline__date" datetime="2019-06-13">13 June 2019</time>' in html
    assert "sources disagree on the date" in _text(html)
    assert "<script" not in html and "<svg" not in html


def test_hand_person_page(hand_site: Path) -> None:
    html = _main(hand_site / "people" / "ann-lee" / "index.html")
    text = _text(html)
    assert "Also called: Senator Lee" in text
    # every appearance with its citation
    assert 'href="../../articles/2021/c-en/#p1"' in html and "¶1 “Senator Lee”" in text
    # every quotation, the events, and the people they appear with most
    assert "“We will keep going.”" in text and "“the vote is next”" in text
    assert "The Senate hearing" in text and "The final vote" in text
    co = text[text.index("Appears most often with"):]
    assert co.index("Bob Stone: 3 articles") < co.index("Carol Diaz: 1 article")
    unreviewed = _text(_main(hand_site / "people" / "carol-diaz" / "index.html"))
    assert "Unreviewed" in unreviewed
    index = _text(_main(hand_site / "people" / "index.html"))
    assert "Carol Diaz (unreviewed)" in index
    assert "Ann Lee A senator. 3 3 14 June 2019 ¶1 1 March 2021 ¶1" in index


def test_hand_people_index_cites_first_and_last_appearance(hand_site: Path) -> None:
    # The first and last appearances link to the paragraph of the mention, not to the
    # article's top: Bob Stone first appears in a-en's second paragraph.
    html = _main(hand_site / "people" / "index.html")
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", html, re.DOTALL) if "Bob Stone" in r)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)
    assert cells[4] == '<a href="../articles/2019/a-en/#p2">14 June 2019 ¶2</a>'
    assert cells[5] == '<a href="../articles/2021/c-en/#p1">1 March 2021 ¶1</a>'


def test_hand_search_finds_alias_on_the_person_page(hand_site: Path) -> None:
    index = json.loads((hand_site / "search" / "search_index.json").read_text())
    person = next(d for d in index["docs"] if d["location"] == "people/ann-lee/")
    assert person["tags"] == ["Senator Lee"] and "Senator Lee" in person["text"]
    for kind in ("articles/2019/a-en/", "events/the-hearing/", "quotes/ann-lee/"):
        assert any(d["location"] == kind for d in index["docs"]), kind
    quote_docs = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("quotes/"))
    assert "We will keep going." in quote_docs


# -- pure renderer checks (no MkDocs): pagination, overrides ----------------------------------


def _hand_dossier(project: Path) -> Any:
    from builder.articles import article_paths, load_articles
    from builder.dossier import assemble
    from builder.errors import ProblemCollector
    from builder.registry import load_registry

    write_hand_project(project)
    problems = ProblemCollector()
    registry = load_registry(project / "seeds", project, problems)
    articles = load_articles(article_paths(project / "seeds" / "articles"), project, problems)
    problems.raise_if_errors()
    return assemble(articles, {a.id: annotate_hand(a, registry) for a in articles}, registry)


def test_long_indexes_are_paginated(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder import render

    monkeypatch.setattr(render, "QUOTES_PER_PAGE", 1)
    monkeypatch.setattr(render, "ARTICLES_PER_PAGE", 1)
    monkeypatch.setattr(render, "PEOPLE_PER_PAGE", 2)
    monkeypatch.setattr(render, "APPEARANCE_ARTICLES_PER_PAGE", 2)
    monkeypatch.setattr(render, "QUOTES_ON_PERSON_PAGE", 1)
    monkeypatch.setattr(render, "QUOTE_SOURCES_ON_PERSON_PAGE", 1)
    monkeypatch.setattr(render, "EVENT_REPORTS_PER_PAGE", 2)
    dossier = _hand_dossier(project)
    renderer = render.Renderer(dossier)
    pages = renderer.pages()
    assert {"quotes/ann-lee.md", "quotes/ann-lee/2.md", "articles/2019/page/2.md",
            "sources/2019.md", "sources/2019/2.md", "people/page-2.md"} <= set(pages)
    assert "[2](ann-lee/2.md)" in pages["quotes/ann-lee.md"]
    assert "[1](../ann-lee.md)" in pages["quotes/ann-lee/2.md"]
    # every quotation's link points at the page that holds its anchor
    for qid, page in renderer.site.quote_pages.items():
        assert "{ #" + qid + " }" in pages[page], qid
    assert "[2](page/2.md)" in pages["articles/2019/index.md"]
    # a person in many articles: appearances continue on further pages; quotes on theirs
    person = pages["people/ann-lee.md"]
    assert "[2](ann-lee/appearances/2.md)" in person and "c-en" not in person
    assert "c-en.md#p1" in pages["people/ann-lee/appearances/2.md"]
    assert "[all of Ann Lee’s quotations](../quotes/ann-lee.md)" in person
    assert "and 1 more in [the quote index](../quotes/ann-lee.md#a-en-q1)" in person
    # an event reported by many articles: its sources continue on further pages
    event, more = pages["events/the-hearing.md"], pages["events/the-hearing/sources/2.md"]
    assert "[2](the-hearing/sources/2.md)" in event and "c-en.md#p1" not in event
    assert "c-en.md#p1" in more and "12 June 2019 (1 article)" in more


def test_project_templates_override_the_built_in_ones(project: Path) -> None:
    from builder.render import Renderer

    dossier = _hand_dossier(project)
    folder = project / "overrides" / "dossier"
    folder.mkdir(parents=True)
    (folder / "person.md.jinja").write_text("# {{ entry.person.name | md }} (custom)\n")
    pages = Renderer(dossier, folder).pages()
    assert pages["people/ann-lee.md"] == "# Ann Lee (custom)\n"
    assert "## Appearances" not in pages["people/bob-stone.md"].replace("(custom)", "") or \
        pages["people/bob-stone.md"] == "# Bob Stone (custom)\n"
    assert "Senate hearing" in pages["events/the-hearing.md"]  # the others stay built in


def _built_in(name: str) -> str:
    from builder.render import TEMPLATES

    return (TEMPLATES / name).read_text()


def _line_of(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if words in line)


_MACROS = """\
{% macro mention_open() %}[{% endmacro %}
{% macro mention_close(href, person, name) %}]({{ hreff }}){% endmacro %}
{% macro quote_open(quote_id) %}{% endmacro %}
{% macro quote_close(speaker_link, speaker, quote_link, last) %}{% endmacro %}
{% macro date_open(iso, label, event_link, event, relative) %}{% endmacro %}
{% macro date_close(event_link, label, event) %}{% endmacro %}
{% macro event_open(event_link, event) %}{% endmacro %}
{% macro event_close(event_link, event) %}{% endmacro %}
"""

_PERSON = _built_in("person.md.jinja")

#: A mistake in a template override: {override file: its text}, then the first line of the
#: problem reported and words of its hint.
BROKEN_OVERRIDES: dict[str, tuple[dict[str, str], str, str]] = {
    "undefined attribute": (  # the built-in template, copied, with one typo
        {"person.md.jinja": _PERSON.replace("entry.id }}", "entry.idd }}")},
        (f"overrides/dossier/person.md.jinja:{_line_of(_PERSON, 'entry.id }}')}: error: "
         "'builder.dossier.PersonEntry object' has no attribute 'idd'"),
        ("the built-in template is builder/templates/person.md.jinja; delete this override "
         "to go back to it; docs/contributing/templates.md lists the variables of each "
         "template"),
    ),
    "unclosed tag": (
        {"person.md.jinja": "# {{ entry.person.name }}\n{% if page_number == 1\n\nText\n"},
        ("overrides/dossier/person.md.jinja:4: error: syntax error: expected token "
         "'end of statement block', got 'Text'"),
        "the built-in template is builder/templates/person.md.jinja",
    ),
    "unclosed block": (
        {"event.md.jinja": "# {{ entry.event.title }}\n{% if page_number == 1 %}\n"},
        "overrides/dossier/event.md.jinja:2: error: syntax error: Unexpected end of template.",
        "the built-in template is builder/templates/event.md.jinja",
    ),
    "a mistake in a macro the renderer calls": (
        {"_annotations.md.jinja": _MACROS},
        "overrides/dossier/_annotations.md.jinja:2: error: 'hreff' is undefined",
        "docs/contributing/templates.md lists the variables",
    ),
    "macros missing": (
        {"_annotations.md.jinja": "{% macro mention_open() %}[{% endmacro %}\n"
                                  "{% macro quote_close(speaker) %}{% endmacro %}\n"},
        ("overrides/dossier/_annotations.md.jinja: error: expected the macros mention_open(), "
         "mention_close(href, person, name), quote_open(quote_id), quote_close(speaker_link, "
         "speaker, quote_link, last), date_open(iso, label, event_link, event, relative), "
         "date_close(event_link, label, event), event_open(event_link, event), "
         "event_close(event_link, event); found no macro mention_close, no macro "
         "quote_open, quote_close(speaker), no macro date_open, no macro date_close, no macro "
         "event_open, no macro event_close"),
        "the built-in template is builder/templates/_annotations.md.jinja; copy its macros",
    ),
    "a built-in macro given the wrong value": (
        {"person.md.jinja": '{% from "_quotes.md.jinja" import quote_entry %}\n'
                            "# {{ entry.person.name }}\n{{ quote_entry(entry) }}\n"},
        (f"builder/templates/_quotes.md.jinja:"
         f"{_line_of(_built_in('_quotes.md.jinja'), 'g.langs')}: error: "
         "'builder.dossier.PersonEntry object' has no attribute 'langs'"),
        "called from overrides/dossier/person.md.jinja:3",
    ),
    "a helper given the wrong value": (
        {"person.md.jinja": '# {{ entry.person.name }}\n\n{{ person_link("nobody") }}\n'},
        "overrides/dossier/person.md.jinja:3: error: KeyError: 'nobody'",
        "the built-in template is builder/templates/person.md.jinja",
    ),
    "an operation on the wrong type": (
        {"people-index.md.jinja": "# People\n{{ total + ' people' }}\n"},
        ("overrides/dossier/people-index.md.jinja:2: error: TypeError: unsupported operand "
         "type(s) for +: 'int' and 'str'"),
        "the built-in template is builder/templates/people-index.md.jinja",
    ),
    "a template that does not exist": (
        {"person.md.jinja": '{% include "nope.md.jinja" %}\n'},
        "overrides/dossier/person.md.jinja:1: error: no template named 'nope.md.jinja'",
        "the built-in template is builder/templates/person.md.jinja",
    ),
}


@pytest.mark.parametrize("case", BROKEN_OVERRIDES)
def test_a_broken_override_is_a_problem_naming_its_file_and_line(project: Path,
                                                                 case: str) -> None:
    """No traceback: the override, its line, what went wrong, and the built-in template."""
    from builder.errors import DossierError
    from builder.render import Renderer

    overrides, expected, hint = BROKEN_OVERRIDES[case]
    dossier = _hand_dossier(project)
    folder = project / "overrides" / "dossier"
    folder.mkdir(parents=True)
    for name, text in overrides.items():
        (folder / name).write_text(text)
    with pytest.raises(DossierError) as caught:
        Renderer(dossier, folder, root=project).pages()
    [problem] = caught.value.problems
    assert problem.format().splitlines()[0].startswith(expected)
    assert hint in (problem.hint or "")


@pytest.fixture
def built_in_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built-in templates that the renderer uses instead, to break one."""
    import shutil

    from builder import render

    folder = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES, folder)
    monkeypatch.setattr(render, "TEMPLATES", folder)
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    return folder


def test_a_broken_built_in_template_is_a_problem_too(project: Path,
                                                     built_in_templates: Path) -> None:
    from builder.errors import DossierError
    from builder.render import Renderer

    dossier = _hand_dossier(project)
    event = built_in_templates / "event.md.jinja"
    event.write_text(event.read_text().replace("{{ entry.event.title", "{{ entry.event.titel"))
    with pytest.raises(DossierError) as caught:
        Renderer(dossier, project / "overrides" / "dossier", root=project).pages()
    [problem] = caught.value.problems
    line = _line_of(event.read_text(), "entry.event.titel")
    assert problem.format() == (f"builder/templates/event.md.jinja:{line}: error: "
                                "'builder.model.Event object' has no attribute 'titel'\n"
                                "    hint: docs/contributing/templates.md lists the variables "
                                "of each template")
    event.write_text("{% for x in y %}\n")
    with pytest.raises(DossierError, match=r"builder/templates/event.md.jinja:1: error: "
                                           r"syntax error: Unexpected end of template"):
        Renderer(dossier).pages()


def test_a_failing_helper_a_built_in_template_calls_keeps_its_traceback(
        project: Path, built_in_templates: Path) -> None:
    """A built-in template's call that fails in Python is the dossier's bug, not a
    contributor's mistake: the error goes up as it is."""
    from builder.render import Renderer

    dossier = _hand_dossier(project)
    (built_in_templates / "events-index.md.jinja").write_text('{{ person_link("nobody") }}\n')
    with pytest.raises(KeyError, match="nobody") as caught:
        Renderer(dossier).pages()
    assert caught.value.__cause__ is None


def test_the_short_call_path_renders_what_jinja_renders(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """render._Context (Jinja 3.1's ``Context.call``, shortened) writes every page as Jinja's
    own context does; with another Jinja release the environment keeps Jinja's own."""
    import jinja2

    from builder import render

    dossier = _hand_dossier(project)
    assert render.FAST_CALLS == jinja2.__version__.startswith("3.1.")
    assert render.make_environment().context_class is (
        render._Context if render.FAST_CALLS else jinja2.runtime.Context)
    fast = render.Renderer(dossier).pages()
    monkeypatch.setattr(render, "FAST_CALLS", False)
    assert render.make_environment().context_class is jinja2.runtime.Context
    assert render.Renderer(dossier).pages() == fast


def test_rendering_is_deterministic(project: Path) -> None:
    from builder.render import Renderer

    dossier = _hand_dossier(project)
    assert Renderer(dossier).pages() == Renderer(dossier).pages()


def test_seeds_events_with_several_sources_compare_them(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text())
    several = [e for e in data["events"] if len({s["article"] for s in e["sources"]}) > 1]
    assert several, "the seeds report some events in more than one article"
    for event in several:
        html = _main(page_file(seeds_site, "/" + event["page"]))
        compare = html[html.index('id="compare"'):]
        for article in {s["article"] for s in event["sources"]}:
            assert f"/{article}/#p" in compare, (event["id"], article)


def test_seeds_people_co_occurrence(seeds_site: Path) -> None:
    """'Appears most often with' counts the articles two people share, most first."""
    data = json.loads((seeds_site / "dossier.json").read_text())
    names = {p["id"]: p["name"] for p in data["people"]}
    for person in data["people"]:
        together: dict[str, int] = {}
        for article in data["articles"]:
            if person["id"] in article["people"]:
                for other in article["people"]:
                    if other != person["id"]:
                        together[other] = together.get(other, 0) + 1
        html = _main(page_file(seeds_site, "/" + person["page"]))
        section = html[html.index('id="appears-most-often-with"'):html.index('id="cite"')]
        items = [_text(li) for li in re.findall(r"<li>(.*?)</li>", section, re.DOTALL)]
        shown = [(name, int(n)) for name, n in
                 (re.fullmatch(r"(.+): (\d+) articles?", item).groups()  # type: ignore[union-attr]
                  for item in items)]
        expected = sorted(together.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        assert shown == [(names[pid], n) for pid, n in expected], person["id"]


# -- reusing unchanged pages (`mkdocs serve`) --------------------------------------------------

def _reusing_renderer(keys: dict[str, str], store: dict[str, tuple[str, str]],
                      rendered: list[str]) -> Any:
    """A ``reuse`` hook like the builder's: a page is rendered when its inputs changed."""
    def reuse(page: str, inputs: str, render: Any) -> str:
        hit = store.get(page)
        if hit is not None and hit[0] == inputs:
            return hit[1]
        rendered.append(page)
        store[page] = (inputs, render())
        return store[page][1]

    return reuse


def test_reused_index_pages_are_rendered_again_when_an_input_changes(project: Path) -> None:
    import dataclasses

    from builder.dossier import assemble
    from builder.render import Renderer

    dossier = _hand_dossier(project)
    keys = {a.id: f"key-{a.id}" for a in dossier.articles}
    store: dict[str, tuple[str, str]] = {}
    rendered: list[str] = []
    first = Renderer(dossier, keys=keys).pages(_reusing_renderer(keys, store, rendered))
    assert first == Renderer(dossier).pages()
    assert sorted(rendered) == sorted(first)
    rendered.clear()
    assert Renderer(dossier, keys=keys).pages(_reusing_renderer(keys, store, rendered)) == first
    assert rendered == []

    # c-en is edited (its title, hence its key): every page that shows it, and only those.
    articles = [dataclasses.replace(a, title="Renamed") if a.id == "c-en" else a
                for a in dossier.articles]
    edited = assemble(articles, dossier.annotations, dossier.registry)
    keys = {**keys, "c-en": "key-c-en-2"}
    pages = Renderer(edited, keys=keys).pages(_reusing_renderer(keys, store, rendered))
    assert pages == Renderer(edited).pages()
    changed = {p for p in pages if pages[p] != first[p]}
    assert changed <= set(rendered)
    assert {"articles/2021/c-en.md", "articles/2021/index.md", "sources/2021.md",
            "people/ann-lee.md", "people/bob-stone.md", "events/the-hearing.md",
            "quotes/ann-lee.md"} <= changed
    assert not {"people/dan-ray.md", "articles/2019/a-en.md", "articles/2019/index.md",
                "sources/2019.md", "events/the-vote.md"} & set(rendered)

    # A person renamed in the registry, no article key changed: the pages naming them follow.
    rendered.clear()
    registry = dataclasses.replace(dossier.registry, people={
        pid: dataclasses.replace(p, name="Robert Stone") if pid == "bob-stone" else p
        for pid, p in dossier.registry.people.items()})
    renamed = assemble(articles, dossier.annotations, registry)
    pages = Renderer(renamed, keys=keys).pages(_reusing_renderer(keys, store, rendered))
    assert pages == Renderer(renamed).pages()
    assert {"people/bob-stone.md", "people/ann-lee.md", "people/index.md",
            "events/the-hearing.md", "articles/2019/a-en.md"} <= set(rendered)
    assert "Robert Stone" in pages["people/ann-lee.md"]  # appears most often with


def test_pages_of_an_overridden_template_are_always_rendered(project: Path) -> None:
    from builder.render import Renderer

    dossier = _hand_dossier(project)
    folder = project / "overrides" / "dossier"
    folder.mkdir(parents=True)
    (folder / "person.md.jinja").write_text("# {{ entry.person.name }} of "
                                            "{{ dossier.articles | length }}\n")
    keys = {a.id: f"key-{a.id}" for a in dossier.articles}
    store: dict[str, tuple[str, str]] = {}
    rendered: list[str] = []
    for _ in range(2):
        rendered.clear()
        renderer = Renderer(dossier, folder, keys=keys)
        pages = renderer.pages(_reusing_renderer(keys, store, rendered))
        people = [p for p in pages if p.startswith("people/") and p != "people/index.md"]
        assert renderer.rendered["person.md.jinja"] == len(people) == 4  # every time
        assert not set(people) & set(rendered)  # not through the cache at all


JSON_VALUES: list[Any] = [
    [], {}, [[]], {"a": {}}, "x", 3, -7, 10**30, True, False, None, 1.5, -0.0,
    float("nan"), [float("inf")], (1, "2"), [{"x": ()}],
    {"a": [1, 2.5, None, True, False, "é\"\\\n\u2028\U0001f389</script>"], "b": {"c": []}},
    {1: 2}, {"a": {None: [2]}},  # keys json converts: left to json.dumps
]


@pytest.mark.parametrize("value", JSON_VALUES, ids=repr)
@pytest.mark.parametrize("depth", [0, 1, 3])
def test_dumps_indented_writes_what_json_dumps_writes(value: Any, depth: int) -> None:
    from builder.export import dumps_indented

    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)
    assert dumps_indented(value, depth) == expected


def test_dumps_indented_refuses_what_json_dumps_refuses() -> None:
    from builder.export import dumps_indented

    with pytest.raises(TypeError):
        dumps_indented({"a": [object()]})


def test_date_labels_are_memoised_and_exact() -> None:
    from builder.render import date_label

    assert date_label(PartialDate(2019, 6, 13)) == "13 June 2019"
    assert date_label(PartialDate(2019, 6)) == "June 2019"
    assert date_label(PartialDate(2019)) == "2019"
    assert date_label(PartialDate(2019, 6, 13), "fr") == "13 juin 2019"
    assert date_label(PartialDate(2019, 6, 13)) == "13 June 2019"  # a hit keeps its locale


@pytest.mark.parametrize("locale", ["en", "fr"])
def test_date_labels_match_babels_patterns(locale: str) -> None:
    """date_label writes Babel's "d MMMM y" and "MMMM y" out; every day of two years (a leap
    one), and years from 1 to 9999, read as Babel formats them."""
    import datetime as dt

    from babel.dates import format_date

    from builder.render import date_label

    days = [dt.date(2019, 1, 1) + dt.timedelta(n) for n in range(731)]
    days += [dt.date(year, 12, 31) for year in (1, 9, 10, 99, 100, 999, 1000, 9999)]
    for day in days:
        assert date_label(PartialDate(day.year, day.month, day.day), locale) == format_date(
            day, "d MMMM y", locale=locale)
        assert date_label(PartialDate(day.year, day.month), locale) == format_date(
            day, "MMMM y", locale=locale)


def test_template_calls_keep_jinjas_conventions() -> None:
    """The environment's shorter call path (render._Context) still hands a ``pass_context``
    function its context, calls macros and callable objects, and plain functions in loops."""
    import jinja2

    from builder.render import make_environment

    @jinja2.pass_context
    def page_of(context: Any, suffix: str) -> str:
        return str(context["page"]) + suffix

    class Twice:
        def __call__(self, text: str) -> str:
            return text * 2

    env = make_environment()
    template = env.from_string(
        "{% macro m(x) %}<{{ x }}>{% endmacro %}"
        "{% for i in items %}{{ page_of('#' ~ i) }} {{ up(i) }} {{ twice(i) }} {{ m(i) }};"
        "{% endfor %}")
    out = template.render(page="p.md", items=["a", "b"], page_of=page_of, up=str.upper,
                          twice=Twice())
    assert out == "p.md#a A aa <a>;p.md#b B bb <b>;"
    wrapped = env.from_string(
        "{% macro box(x, sep='|') %}{{ sep }}{{ x }}{{ caller() }}{{ sep }}{% endmacro %}"
        "{% for i in items %}{% call box(i, sep=':') %}{{ i | upper }}{% endcall %}{% endfor %}")
    assert wrapped.render(items=["a", "b"]) == ":aA::bB:"
