"""Authors' names in the citation records: particles kept with the family name, the CSL way,
and written correctly in CSL-JSON, APA, Chicago, BibTeX and RIS."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from builder.cite import format_entry
from builder.export import _citeproc_citations, _split_name, bibtex, ris

BASE: dict[str, Any] = {"id": "x", "type": "article-newspaper", "title": "A title",
                        "language": "en", "issued": {"date-parts": [[2020, 5, 3]]}}

# (name, CSL-JSON name record): the records csl_item writes for each author.
SPLITS: list[tuple[str, dict[str, str]]] = [
    # no particle: exactly as before (the last word is the family name)
    ("Leonardo DiCaprio", {"family": "DiCaprio", "given": "Leonardo"}),
    ("Ngozi Okonjo-Iweala", {"family": "Okonjo-Iweala", "given": "Ngozi"}),
    ("Kim Kardashian West", {"family": "West", "given": "Kim Kardashian"}),
    # a credit joined by a word no name holds is one literal, as an agency is
    ("RTBF avec Belga", {"literal": "RTBF avec Belga"}),
    ("Staff and agencies", {"literal": "Staff and agencies"}),
    # a newsroom's byline joined by slashes: no person's name
    ("rts.ch fictif / ats / jmt", {"literal": "rts.ch fictif / ats / jmt"}),
    ("AFP/Reuters", {"literal": "AFP/Reuters"}),
    ("Manash Pratim Deka", {"family": "Deka", "given": "Manash Pratim"}),
    ("Valéry Giscard d'Estaing", {"family": "d'Estaing", "given": "Valéry Giscard"}),
    ("Reuters", {"literal": "Reuters"}),
    ("  Reuters ", {"literal": "Reuters"}),
    ("Van Morrison", {"family": "Morrison", "given": "Van"}),  # a given name
    ("de Gaulle", {"family": "Gaulle", "given": "de"}),  # one given word is always kept
    # lowercase particles: CSL non-dropping particles
    ("Ludwig van Beethoven",
     {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}),
    ("Charles de Gaulle", {"family": "Gaulle", "given": "Charles", "non-dropping-particle": "de"}),
    ("Ursula von der Leyen",
     {"family": "Leyen", "given": "Ursula", "non-dropping-particle": "von der"}),
    ("Maria da Silva", {"family": "Silva", "given": "Maria", "non-dropping-particle": "da"}),
    ("Ali al Mansouri", {"family": "Mansouri", "given": "Ali", "non-dropping-particle": "al"}),
    ("Anne-Marie van den Berg",
     {"family": "Berg", "given": "Anne-Marie", "non-dropping-particle": "van den"}),
    ("Juan de la Cruz", {"family": "Cruz", "given": "Juan", "non-dropping-particle": "de la"}),
    # capitalised prefixes, and ben / bin / ibn / abu: part of the family name itself
    ("Seán Ó Riordáin", {"family": "Ó Riordáin", "given": "Seán"}),
    ("Máire Ní Bhriain", {"family": "Ní Bhriain", "given": "Máire"}),
    ("Seán Mac Stíofáin", {"family": "Mac Stíofáin", "given": "Seán"}),
    ("Áine Nic Giolla", {"family": "Nic Giolla", "given": "Áine"}),
    ("Ali Al Mansouri", {"family": "Al Mansouri", "given": "Ali"}),
    ("Ahmed ben Salah", {"family": "ben Salah", "given": "Ahmed"}),
    ("Tahar Ben Jelloun", {"family": "Ben Jelloun", "given": "Tahar"}),
    ("Marine Le Pen", {"family": "Le Pen", "given": "Marine"}),
    ("Robert De Niro", {"family": "De Niro", "given": "Robert"}),
    ("Juan De la Cruz", {"family": "De la Cruz", "given": "Juan"}),
    # a lowercase particle before a capitalised one: dropping (the CSL specification's example)
    ("Jean de La Fontaine",
     {"family": "La Fontaine", "given": "Jean", "dropping-particle": "de"}),
]


def test_records_are_valid_csl_json() -> None:
    schema = json.loads((Path(__file__).parent / "data" / "csl-data.schema.json").read_text())
    items = [BASE | {"id": f"x{i}", "author": [_split_name(name)]}
             for i, (name, _) in enumerate(SPLITS)]
    jsonschema.Draft202012Validator(schema).validate(items)


@pytest.mark.parametrize(("name", "record"), SPLITS)
def test_split_name(name: str, record: dict[str, str]) -> None:
    assert _split_name(name) == record
    if "family" in record:  # the record's fields, in CSL order, say the whole name again
        order = ("given", "dropping-particle", "non-dropping-particle", "family")
        assert " ".join(record[k] for k in order if k in record) == " ".join(name.split())


# (name, APA, Chicago as first author, Chicago as a later author): the author part of each
# entry, as citeproc-py writes it with the shipped styles (APA: demote-non-dropping-particle
# "never"; Chicago author-date: the default, "display-and-sort").
CITED = [
    ("Seán Ó Riordáin", "Ó Riordáin, S.", "Ó Riordáin, S.", "S. Ó Riordáin"),
    ("Ludwig van Beethoven", "van Beethoven, L.", "Beethoven, L. van", "L. van Beethoven"),
    ("Charles de Gaulle", "de Gaulle, C.", "Gaulle, C. de", "C. de Gaulle"),
    ("Ahmed ben Salah", "ben Salah, A.", "ben Salah, A.", "A. ben Salah"),
    ("Ursula von der Leyen", "von der Leyen, U.", "Leyen, U. von der", "U. von der Leyen"),
    ("Maria da Silva", "da Silva, M.", "Silva, M. da", "M. da Silva"),
    ("Ali Al Mansouri", "Al Mansouri, A.", "Al Mansouri, A.", "A. Al Mansouri"),
    ("Jean de La Fontaine", "La Fontaine, J. de", "La Fontaine, J. de", "J. de La Fontaine"),
    ("Leonardo DiCaprio", "DiCaprio, L.", "DiCaprio, L.", "L. DiCaprio"),
    ("Ngozi Okonjo-Iweala", "Okonjo-Iweala, N.", "Okonjo-Iweala, N.", "N. Okonjo-Iweala"),
    ("Máire Ní Bhriain", "Ní Bhriain, M.", "Ní Bhriain, M.", "M. Ní Bhriain"),
    ("Seán Mac Stíofáin", "Mac Stíofáin, S.", "Mac Stíofáin, S.", "S. Mac Stíofáin"),
    ("Kim Kardashian West", "West, K. K.", "West, K. K.", "K. K. West"),
]


def _ended(names: str) -> str:
    """The names with the period that follows them (written once after an initial)."""
    return names if names.endswith(".") else names + "."


@pytest.mark.parametrize(("name", "apa", "chicago", "chicago_later"), CITED)
def test_citations_of_names(name: str, apa: str, chicago: str, chicago_later: str) -> None:
    alone = BASE | {"author": [_split_name(name)]}
    second = BASE | {"author": [{"family": "Smith", "given": "John"}, _split_name(name)]}
    expected = [
        (alone, "apa", _ended(apa) + " (2020, May 3). A title."),
        (alone, "chicago", _ended(chicago) + " 2020. A Title. May 3."),
        (second, "apa", "Smith, J., & " + _ended(apa) + " (2020, May 3). A title."),
        (second, "chicago", "Smith, J., and " + _ended(chicago_later) + " 2020. A Title. May 3."),
    ]
    for item, style, entry in expected:
        assert _citeproc_citations([item], style)["x"] == entry
        # the fast path writes every one of them, byte for byte
        assert format_entry(item, style) == entry


@pytest.mark.parametrize(("name", "author"), [
    ("Leonardo DiCaprio", "DiCaprio, Leonardo"),
    ("Ludwig van Beethoven", "van Beethoven, Ludwig"),
    ("Ursula von der Leyen", "von der Leyen, Ursula"),
    ("Jean de La Fontaine", "de La Fontaine, Jean"),
    ("Seán Ó Riordáin", "Ó Riordáin, Seán"),
    ("Ali Al Mansouri", "Al Mansouri, Ali"),
    # a lowercase word inside the family name: braced, or BibTeX would read it as "von"
    ("Ahmed ben Salah", "{ben Salah}, Ahmed"),
    ("Reuters", "Reuters"),
])
def test_bibtex_names(name: str, author: str) -> None:
    text = bibtex([BASE | {"author": [_split_name(name)]}])
    assert f"  author = {{{author}}},\n" in text


def test_bibtex_names_are_escaped_and_joined() -> None:
    authors = [_split_name("Ahmed ben Salah"), {"literal": "R&D {Desk}"},
               _split_name("Ludwig van Beethoven")]
    text = bibtex([BASE | {"author": authors}])
    assert ("  author = {{ben Salah}, Ahmed and R\\&D \\textbraceleft{}Desk\\textbraceright{}"
            " and van Beethoven, Ludwig},\n") in text


@pytest.mark.parametrize(("name", "author"), [
    ("Leonardo DiCaprio", "DiCaprio, Leonardo"),
    ("Ludwig van Beethoven", "van Beethoven, Ludwig"),
    ("Ursula von der Leyen", "von der Leyen, Ursula"),
    # a dropping particle stays with the given name, as in the inverted name
    ("Jean de La Fontaine", "La Fontaine, Jean de"),
    ("Seán Ó Riordáin", "Ó Riordáin, Seán"),
    ("Ahmed ben Salah", "ben Salah, Ahmed"),
    ("Reuters", "Reuters"),
])
def test_ris_names(name: str, author: str) -> None:
    lines = ris([BASE | {"author": [_split_name(name)]}]).splitlines()
    assert [line for line in lines if line.startswith("AU  - ")] == [f"AU  - {author}"]
