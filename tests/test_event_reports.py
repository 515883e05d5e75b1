"""Layer 2: events an article reports without a date (front matter ``events``) are sources of
the event in the assembled dossier and in ``dossier.json``, citing their paragraph, with no
date of their own (``value`` None / null) that could disagree with another source's."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, write_article

from builder.build import Builder, BuildStats, Settings
from builder.dossier import Assembler, Citation, Dossier, assemble
from builder.export import dossier_data

ROUNDTABLE = "2024-04-25-harris-roundtable"
CLEMENCY = "2018-06-06-johnson-clemency"
CYNTOIA = "2018-cyntoia-brown-campaign"
EN_2024 = "2024-04-26-kardashian-harris-roundtable"
FR_2019 = "2019-06-13-seconde-chance-maison-blanche"
EN_2018 = "2018-05-30-kardashian-meets-trump-prison-reform"


@pytest.fixture(scope="module")
def seeds() -> Dossier:
    return Builder(Settings(root=ROOT, cache=None, jobs=1)).assemble()


def sources(dossier: Dossier, eid: str) -> list[tuple[str, str, str, str | None]]:
    return [(s.citation.article, s.citation.paragraph, s.text,
             s.value.iso() if s.value is not None else None)
            for s in dossier.events[eid].sources]


def test_the_roundtable_is_reported_undated_by_the_first_paragraph(seeds: Dossier) -> None:
    assert sources(seeds, ROUNDTABLE) == [
        (EN_2024, "p1", "at the White House for a roundtable discussion", None)]
    entry = seeds.events[ROUNDTABLE]
    assert entry.articles == [EN_2024]
    assert not entry.disagreement and not entry.conflicts_with_registry
    assert entry.value_counts == []
    paragraph = seeds.article(EN_2024).paragraph("p1").text
    cited = entry.sources[0].citation
    assert paragraph[cited.start:cited.end] == "at the White House for a roundtable discussion"


def test_the_clemency_is_reported_undated_in_both_languages(seeds: Dossier) -> None:
    assert sources(seeds, CLEMENCY) == [
        (FR_2019, "p4", "que le président a graciée", None),
        (EN_2024, "p6", "whose life sentence was commuted", None),
    ]
    entry = seeds.events[CLEMENCY]
    assert [r.article for r in entry.reports] == [FR_2019, EN_2024]
    assert [r.values for r in entry.reports] == [[], []]
    assert not entry.disagreement


def test_the_cyntoia_brown_campaign_is_dated_by_its_article(seeds: Dossier) -> None:
    # "Late last year" in an article of May 2018: the article dates the campaign 2017, the
    # registry 2018; the page shows both (a dated link, not an undated report).
    assert sources(seeds, CYNTOIA) == [(EN_2018, "p6", "Late last year", "2017")]
    assert seeds.events[CYNTOIA].conflicts_with_registry


def test_no_seed_event_is_left_without_a_source(seeds: Dossier) -> None:
    assert [eid for eid, entry in seeds.events.items() if not entry.sources] == []


def test_undated_reports_are_in_dossier_json_with_a_null_value(seeds: Dossier) -> None:
    data = json.loads(json.dumps(dossier_data(seeds, {
        q.id: "quotes/x.md" for g in seeds.quote_groups for q in g.quotes})))
    schema = json.loads((ROOT / "docs" / "schema" / "dossier.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(data)
    event = next(e for e in data["events"] if e["id"] == ROUNDTABLE)
    assert event["sources"] == [{"article": EN_2024, "paragraph": "p1",
                                 "text": "at the White House for a roundtable discussion",
                                 "value": None}]
    bad = json.loads(json.dumps(data))
    next(e for e in bad["events"] if e["id"] == ROUNDTABLE)["sources"][0]["value"] = "soon"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)


EVENTS = """\
- id: the-hearing
  date: 2019-06-13
  title: The Senate hearing
  keywords: [hearing]
- id: the-vote
  date: 2019-06
  title: The vote
  keywords: [vote]
"""
HEARING_DATED = "The hearing opened on 13 June 2019 in the Senate."
VOTE_UNDATED = "The vote was lost by 52 votes to 48."


def small_project(root: Path) -> Path:
    (root / "seeds" / "articles").mkdir(parents=True)
    (root / "seeds" / "people.yml").write_text("[]\n")
    (root / "seeds" / "events.yml").write_text(EVENTS)
    write_article(root, "a-dated", HEARING_DATED + "\n\nNothing else.")
    write_article(root, "b-undated", "The hearing, they said, went badly.\n\n" + VOTE_UNDATED,
                  published="2019-07-01", extra=(
                      'events:\n- {event: the-hearing, match: "went badly"}\n'
                      '- {event: the-vote, match: "lost by 52 votes"}\n'))
    return root


def test_an_undated_report_never_disagrees_with_a_dated_one(tmp_path: Path) -> None:
    dossier = Builder(Settings(root=small_project(tmp_path), cache=None, jobs=1)).assemble()
    hearing = dossier.events["the-hearing"]
    assert [(s.citation, s.value.iso() if s.value else None) for s in hearing.sources] == [
        (Citation("a-dated", "p1", 22, 34), "2019-06-13"),
        (Citation("b-undated", "p1", 24, 34), None),
    ]
    assert [r.values for r in hearing.reports] == [[hearing.event.date], []]
    assert hearing.reported_values == [hearing.event.date]
    assert not hearing.disagreement and not hearing.conflicts_with_registry
    assert hearing.value_counts == [(hearing.event.date, 1)]
    assert dossier.events["the-vote"].articles == ["b-undated"]
    # the undated paragraph's figures are compared as a dated one's, those of the words
    # that report the event too (a date's own numbers are left out: a report's are not)
    figures = dossier.events["the-vote"].reports[0].figures
    assert [(f.text, [c.paragraph for c in f.citations]) for f in figures] == [
        ("52 votes", ["p2"]), ("48", ["p2"])]


def test_incremental_assembly_follows_an_edited_events_field(tmp_path: Path) -> None:
    root = small_project(tmp_path)
    builder = Builder(Settings(root=root, cache=".dossier-cache", jobs=1))
    assembler = Assembler()

    def both() -> Dossier:
        sources = builder.prepare(BuildStats())
        incremental = assembler.assemble(sources.articles, sources.annotations, sources.registry)
        assert incremental == assemble(sources.articles, sources.annotations, sources.registry)
        return incremental

    assert both().events["the-vote"].articles == ["b-undated"]
    path = root / "seeds" / "articles" / "b-undated.md"
    path.write_text(path.read_text().replace(
        '- {event: the-vote, match: "lost by 52 votes"}\n', ""))
    assert both().events["the-vote"].sources == []
    assert assembler.incremental
    # and back, through the on-disk annotation cache of a new builder
    path.write_text(path.read_text().replace(
        '- {event: the-hearing, match: "went badly"}\n',
        '- {event: the-hearing, match: "went badly"}\n'
        '- {event: the-vote, match: "lost by 52 votes"}\n'))
    builder = Builder(Settings(root=root, cache=".dossier-cache", jobs=1))
    assert both().events["the-vote"].articles == ["b-undated"]


def test_the_cache_key_covers_the_events_field(tmp_path: Path) -> None:
    root = small_project(tmp_path)
    settings = Settings(root=root, cache=".dossier-cache", jobs=1)
    assert Builder(settings).assemble().events["the-vote"].articles == ["b-undated"]
    path = root / "seeds" / "articles" / "b-undated.md"
    path.write_text(path.read_text().replace("match: \"lost by 52 votes\"",
                                             "match: \"The vote was lost\""))
    again = Builder(settings).assemble().events["the-vote"]
    assert [(s.citation.paragraph, s.text) for s in again.sources] == [
        ("p2", "The vote was lost")]
    shutil.rmtree(root / ".dossier-cache")


def test_the_words_that_report_an_event_link_to_it(tmp_path: Path) -> None:
    """The words of an `events:` entry are marked in the article's text as a date that names
    the event is: a link to the event's page; a person's name among them keeps its own link."""
    from builder.render import Renderer

    root = small_project(tmp_path)
    (root / "seeds" / "people.yml").write_text("- id: ann-lee\n  name: Ann Lee\n")
    write_article(root, "c-named", "The vote, which Ann Lee lost, was close.",
                  published="2019-07-02",
                  extra='events:\n- {event: the-vote, match: "which Ann Lee lost"}\n')
    dossier = Builder(Settings(root=root, cache=None, jobs=1)).assemble()
    pages = Renderer(dossier).pages()
    hearing = '{ .dossier-event-link title="The Senate hearing · no date given" }'
    vote = '{ .dossier-event-link title="The vote · no date given" }'
    undated = pages["articles/2019/b-undated.md"]
    assert f"[went badly](../../events/the-hearing.md){hearing}" in undated
    assert f"[lost by 52 votes](../../events/the-vote.md){vote}" in undated
    named = pages["articles/2019/c-named.md"]
    assert (f"[which](../../events/the-vote.md){vote} [Ann Lee](../../people/ann-lee.md)"
            '{ .dossier-person data-person="ann-lee" } '
            f"[lost](../../events/the-vote.md){vote}") in named
    # a date among the words that names another event is a link of its own too (no link
    # in a link)
    write_article(root, "d-date-inside", "The hearing of 13 June 2019, which Ann Lee lost.",
                  published="2019-07-03",
                  extra='events:\n- {event: the-vote, match: "of 13 June 2019, which Ann"}\n')
    dossier = Builder(Settings(root=root, cache=None, jobs=1)).assemble()
    page = Renderer(dossier).pages()["articles/2019/d-date-inside.md"]
    date = re.search(r"\[<time[^>]*>13 June 2019</time>\]\(\.\./\.\./events/the-hearing\.md\)"
                     r"\{ \.dossier-date-link[^}]*\}", page)
    assert date, page
    assert page.count(".dossier-event-link") == 2
    assert f"[of](../../events/the-vote.md){vote} {date.group()}" in page
    assert f"[, which](../../events/the-vote.md){vote} [Ann" in page
    # a date that names the event is a link of its own, as before
    dated = pages["articles/2019/a-dated.md"]
    assert "](../../events/the-hearing.md){ .dossier-date-link" in dated
    assert ".dossier-event-link" not in dated
