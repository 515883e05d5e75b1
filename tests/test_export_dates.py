"""A publication date known only as an interval (``published: 2019-06-13/2019-06-14``: that
day or the next) is cited as that interval in every format, as far as the format can say one,
and never as its first day alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from builder.articles import load_article
from builder.cite import format_entry
from builder.errors import ProblemCollector
from builder.export import _citeproc_citations, bibtex, csl_item, format_citations, ris

ROOT = Path(__file__).resolve().parent.parent
BASE: dict[str, Any] = {"id": "x", "type": "article-newspaper", "title": "A title",
                        "language": "en", "container-title": "The Daily"}

# (date-parts, APA date, Chicago year, Chicago month and day, BibTeX date fields, RIS DA)
INTERVALS: list[tuple[list[list[int]], str, str, str, list[str], str | None]] = [
    ([[2019, 6, 13], [2019, 6, 14]], "2019, June 13–14", "2019", "June 13–14",
     ["year = 2019", "month = jun", "date = {2019-06-13/2019-06-14}"], "2019/06"),
    ([[2019, 6, 30], [2019, 7, 1]], "2019, June 30–July 1", "2019", "June 30–July 1",
     ["year = 2019", "date = {2019-06-30/2019-07-01}"], "2019"),
    # across years: APA writes each end in full
    ([[2019, 12, 31], [2020, 1, 1]], "2019, December 31–2020, January 1", "2019–2020",
     "December 31–January 1", ["year = {2019--2020}", "date = {2019-12-31/2020-01-01}"], None),
    ([[2019, 6], [2019, 7]], "2019, June–July", "2019", "June–July",
     ["year = 2019", "date = {2019-06/2019-07}"], "2019"),
    ([[2019], [2020]], "2019–2020", "2019–2020", "",
     ["year = {2019--2020}", "date = {2019/2020}"], None),
    # ends of two precisions: APA and Chicago cite the one they share; biblatex the interval
    ([[2019, 6], [2019, 7, 3]], "2019, June–July", "2019", "June–July",
     ["year = 2019", "date = {2019-06/2019-07-03}"], "2019"),
    ([[2019], [2019, 6]], "2019", "2019", "",
     ["year = 2019", "date = {2019/2019-06}"], "2019"),
]


def _item(parts: list[list[int]], **more: Any) -> dict[str, Any]:
    return BASE | {"issued": {"date-parts": parts}} | more


@pytest.mark.parametrize(("parts", "apa", "year", "day", "_bib", "_da"), INTERVALS)
def test_apa_and_chicago_cite_the_interval(parts: list[list[int]], apa: str, year: str,
                                           day: str, _bib: list[str], _da: str | None) -> None:
    item = _item(parts)
    expected = {
        "apa": f"A title. ({apa}). The Daily.",
        "chicago": f"The Daily. {year}. “A Title”." + (f" {day}." if day else ""),
    }
    for style, entry in expected.items():
        assert format_entry(item, style) == entry
        assert _citeproc_citations([item], style)["x"] == entry


@pytest.mark.parametrize("style", ["apa", "chicago"])
def test_citeproc_path_cites_the_interval_too(style: str) -> None:
    # An author outside the formatter's verified space: citeproc-py writes the entry, from the
    # first date alone, and the interval is put in its place.
    item = _item([[2019, 6, 13], [2019, 6, 14]], author=[{"family": "Smith", "given": "J.R."}])
    assert format_entry(item, style) is None
    entry = _citeproc_citations([item], style)["x"]
    assert "June 13–14" in entry and "June 13." not in entry and "June 13)" not in entry


@pytest.mark.parametrize(("parts", "_apa", "_year", "_day", "fields", "da"), INTERVALS)
def test_bibtex_and_ris_say_what_they_can(parts: list[list[int]], _apa: str, _year: str,
                                          _day: str, fields: list[str], da: str | None) -> None:
    bib = bibtex([_item(parts)])
    assert [line.strip().rstrip(",") for line in bib.splitlines()
            if line.strip().startswith(("year", "month", "day", "date"))] == fields
    lines = ris([_item(parts)]).splitlines()
    assert [line for line in lines if line.startswith("DA  - ")] == \
        ([f"DA  - {da}"] if da else [])
    assert f"PY  - {parts[0][0]}" in lines
    iso = "/".join("-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(d)) for d in parts)
    assert f"N1  - Published {iso}: an interval, the exact date is not known." in lines


def test_a_single_date_is_cited_as_before() -> None:
    item = _item([[2019, 6, 13]])
    assert format_entry(item, "apa") == "A title. (2019, June 13). The Daily."
    bib = bibtex([item])
    assert "  year = 2019,\n  month = jun,\n  day = 13,\n" in bib and "date =" not in bib
    lines = ris([item]).splitlines()
    assert "DA  - 2019/06/13" in lines and not any(line.startswith("N1") for line in lines)


def test_the_seed_published_on_one_of_two_days() -> None:
    # From a fresh-clone audit: APA, BibTeX (day = 13) and RIS (2019/06/13) said one day.
    path = ROOT / "seeds" / "articles" / "2019-06-13-refinery29-white-house.md"
    article = load_article(path, ROOT, ProblemCollector())
    assert article is not None and article.published.iso() == "2019-06-13/2019-06-14"
    item = csl_item(article)
    assert item["issued"] == {"date-parts": [[2019, 6, 13], [2019, 6, 14]]}
    assert "(2019, June 13–14)." in format_citations([item], "apa")[article.id]
    assert "June 13–14." in format_citations([item], "chicago")[article.id]
    bib = bibtex([item])
    assert "date = {2019-06-13/2019-06-14}" in bib and "day =" not in bib
    assert "DA  - 2019/06\n" in ris([item])
