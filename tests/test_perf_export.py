"""The data files written fast (direct JSON fragments, CSV lines kept between builds, no pieces
in a one-off build) are byte for byte what the generic writers make."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sys

import pytest
from conftest import ROOT

from builder import export
from builder.build import Builder, Settings
from builder.dossier import Dossier
from builder.export import (
    Pieces,
    _article_data,
    _article_piece,
    _fragment,
    _person_data,
    _person_piece,
    _quote_data,
    _quote_piece,
    data_files,
    dossier_data,
)
from builder.render import Site

sys.path.insert(0, str(ROOT / "bench"))


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    from corpus import generate

    root = tmp_path_factory.mktemp("export")
    generate(root, 40, seed=3)
    return Builder(Settings(root=root, jobs=1, cache=None)).generate(keep=False).dossier


def test_fast_fragments_equal_the_generic_ones(dossier: Dossier) -> None:
    pages = Site(dossier).quote_pages
    for a in dossier.articles:
        assert _article_piece(dossier, a) == _fragment(_article_data(dossier, a), 2)
        bare = dataclasses.replace(a, url=None, authors=(), title='"Odd" \\ title\u2028')
        assert _article_piece(dossier, bare) == _fragment(_article_data(dossier, bare), 2)
    for entry in dossier.people.values():
        assert _person_piece(entry)[0] == _fragment(_person_data(entry), 2)
    for group in dossier.quote_groups:
        for q in group.quotes:
            assert _quote_piece(q, pages)[0] == _fragment(_quote_data(q, pages), 2)
    assert any(e.person.wikidata is None for e in dossier.people.values())
    assert any(q.speaker is None for g in dossier.quote_groups for q in g.quotes)


def test_unusual_values_fall_back_to_the_generic_writer(dossier: Dossier) -> None:
    entry = next(iter(dossier.people.values()))
    odd = dataclasses.replace(entry, person=dataclasses.replace(
        entry.person, wikidata=3.5))  # type: ignore[arg-type]
    assert _person_piece(odd)[0] == _fragment(_person_data(odd), 2)


def test_data_files_with_and_without_pieces_equal_the_whole_document(dossier: Dossier) -> None:
    pages = Site(dossier).quote_pages
    plain = data_files(dossier, pages)
    expected = json.dumps(dossier_data(dossier, pages), ensure_ascii=False, indent=2) + "\n"
    assert plain["dossier.json"] == expected.encode()
    keys = {a.id: f"key-{a.id}" for a in dossier.articles}
    pieces = Pieces()
    for _ in range(2):  # made, then every piece (and its CSV line) reused
        pieces.start()
        assert data_files(dossier, pages, keys, pieces) == plain
    assert pieces.made == 0
    rows = list(csv.reader(io.StringIO(plain["data/quotes.csv"].decode())))
    assert len(rows) == 1 + sum(len(g.quotes) for g in dossier.quote_groups)
    assert export._csv(rows) == plain["data/quotes.csv"]
