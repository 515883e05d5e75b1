"""Event linking (builder/annotate/events.py): dates + people/keywords → one curated event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from builder.annotate.dates import find_dates
from builder.annotate.events import find_event_mentions, link_events
from builder.model import (
    Article,
    DateOverride,
    Event,
    EventReportOverride,
    Mention,
    Overrides,
    Paragraph,
    PartialDate,
    Published,
    Span,
)
from builder.registry import Registry

EVENTS = {
    e.id: e for e in (
        Event("2025-03-20-port-strike", PartialDate(2025, 3, 20), "Dockers strike",
              people=("ray-lopez",), keywords=("strike", "grève", "dockers")),
        Event("2025-03-dock-deal", PartialDate(2025, 3), "Dock deal signed",
              people=("denise-okafor",), keywords=("deal", "accord", "signed")),
        Event("2024-05-10-harbour-fire", PartialDate(2024, 5, 10), "Harbour fire",
              people=("ray-lopez",), keywords=("fire", "incendie", "blaze")),
        Event("2024-10-harbour-audit", PartialDate(2024, 10), "Harbour audit",
              people=("ray-lopez",), keywords=("audit",)),
    )
}
REGISTRY = Registry(events=EVENTS)


def make(paragraphs: list[str], published: str = "2025-03-21", lang: str = "en",
         overrides: tuple[DateOverride, ...] = (), aid: str = "a1") -> Article:
    return Article(
        id=aid, title="T", lang=lang,  # type: ignore[arg-type]
        published=Published.parse(published), outlet="X", source_file="seeds/raw/a1.txt",
        paragraphs=tuple(Paragraph(f"p{i}", i, t, i + 10) for i, t in enumerate(paragraphs, 1)),
        path=f"seeds/articles/{aid}.md", overrides=Overrides(dates=overrides),
    )


def mentions_of(article: Article, names: dict[str, str]) -> list[Mention]:
    out = []
    for para in article.paragraphs:
        for text, pid in names.items():
            at = para.text.find(text)
            if at >= 0:
                out.append(Mention(Span(article.id, para.id, at, at + len(text)), text, pid,
                                   "name"))
    return out


def link(article: Article, names: dict[str, str] | None = None,
         registry: Registry = REGISTRY):
    dates = find_dates(article)
    return link_events(article, dates.dates, mentions_of(article, names or {}), registry)


def events_of(article: Article, **kw) -> list[tuple[str, str | None]]:
    return [(d.text, d.event) for d in link(article, **kw).dates]


def test_same_event_from_several_articles_and_languages_at_any_precision() -> None:
    wire = make(["Dockers walked out on Thursday, Ray Lopez said, as the strike spread."])
    year = make(["In 2025, the dockers went on strike for a week."], "2026-01-10", aid="a2")
    ago = make(["A year ago, Ray Lopez led the strike that shut the port."], "2026-03-25",
               aid="a3")
    french = make(["Jeudi, les dockers ont lancé une grève."], lang="fr", aid="a4")
    for article in (wire, year, ago, french):
        linked = [e for _, e in events_of(article, names={"Ray Lopez": "ray-lopez"})]
        assert linked == ["2025-03-20-port-strike"], article.id


def test_date_must_be_compatible() -> None:
    # A strike keyword, but in 2024: no strike event then.
    assert events_of(make(["In May 2024, the dockers threatened a strike."])) == [
        ("May 2024", None)]


def test_keyword_near_the_date_wins_in_a_long_sentence() -> None:
    article = make([("In 2024, Ray Lopez praised the crews who put out the blaze at the "
                    "harbour, a year before officials, who had waited for months for the "
                    "results, published an audit that nobody read.")])
    assert events_of(article, names={"Ray Lopez": "ray-lopez"})[0] == (
        "2024", "2024-05-10-harbour-fire")


def test_tie_leaves_the_mention_unlinked_and_warns() -> None:
    article = make(["In 2024, the fire and the audit dominated the news."])
    result = link(article)
    assert [d.event for d in result.dates] == [None]
    # Year-only dates are not reviewed (too common): no warning.
    assert result.warnings == []
    article = make(["In October 2024, the fire audit and the blaze report were published."])
    assert [d.event for d in link(article).dates] == ["2024-10-harbour-audit"]


def test_no_evidence_no_link_and_unmatched_date_warning_once_per_value() -> None:
    article = make(["The ferry sank on 4 March 2025.", "The ferry sank on 4 March 2025."])
    result = link(article)
    assert [d.event for d in result.dates] == [None, None]
    assert [w.kind for w in result.warnings] == ["unmatched-date"]
    assert "seeds/events.yml" in result.warnings[0].message
    assert result.warnings[0].paragraph == "p1"


def test_no_warnings_without_events() -> None:
    article = make(["The ferry sank on 4 March 2025."])
    assert link(article, registry=Registry()).warnings == []


def test_weekday_mismatch_still_links_the_event() -> None:
    # 21 March 2025 is a Friday; the strike was on Thursday the 20th.
    article = make([("On Thursday (March 21), the dockers began their strike. The strike "
                    "was the first in years, Ray Lopez said today.")], "2025-03-21")
    result = link(article, names={"Ray Lopez": "ray-lopez"})
    assert [d.event for d in result.dates] == ["2025-03-20-port-strike", None]
    assert not [w for w in result.warnings if w.kind == "event-date-conflict"]


def test_event_date_conflict() -> None:
    article = make(["The dockers' strike began on March 20, 2025.",
                    "The strike, on March 14, 2025, shut the port."], "2025-03-25")
    result = link(article)
    # 14 March is not compatible with the event: no link, so no conflict...
    assert [d.event for d in result.dates] == ["2025-03-20-port-strike", None]
    # ... unless an override forces the link.
    forced = make(article_texts(article), "2025-03-25", overrides=(
        DateOverride("March 14, 2025", event="2025-03-20-port-strike", line=5),))
    result = link(forced)
    assert [w.kind for w in result.warnings] == ["event-date-conflict"]
    assert "2025-03-20-port-strike" in result.warnings[0].message


def article_texts(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def test_override_forces_and_clears_links() -> None:
    article = make(["The dockers' strike began on March 20, 2025."], overrides=(
        DateOverride("March 20, 2025", event="none", line=4),))
    result = link(article)
    assert [d.event for d in result.dates] == [None] and result.warnings == []
    article = make(["The ferry sank on 4 March 2025."], overrides=(
        DateOverride("4 March 2025", event="2025-03-dock-deal", line=4),))
    assert [d.event for d in link(article).dates] == ["2025-03-dock-deal"]


def test_override_with_unknown_event_is_an_error_with_line_and_hint() -> None:
    article = make(["The strike began on March 20, 2025."], overrides=(
        DateOverride("March 20, 2025", event="2025-03-20-port-strik", line=6),))
    errors = link(article).errors
    assert [(e.field, e.line) for e in errors] == [("dates", 6)]
    assert "2025-03-20-port-strike" in (errors[0].hint or "")


def test_french_keywords_are_accent_and_case_folded() -> None:
    article = make(["Le 10 mai 2024, un INCENDIE a ravagé le port."], "2024-05-12", lang="fr")
    assert events_of(article) == [("10 mai 2024", "2024-05-10-harbour-fire")]


def test_people_in_the_neighbouring_paragraph_help() -> None:
    article = make(["Ray Lopez spoke to reporters.",
                    "The deal, signed in March, ends the dispute."], "2025-03-21")
    assert events_of(article, names={"Ray Lopez": "ray-lopez"}) == [
        ("March", "2025-03-dock-deal")]


# -- undated reports (front matter ``events``): find_event_mentions ---------------------------


def reporting(paragraphs: list[str], *entries: tuple[str, str], lang: str = "en") -> Article:
    """An article whose front matter says it reports events: (event id, words) per entry,
    written on lines 8, 9, …"""
    article = make(paragraphs, lang=lang)
    overrides = tuple(EventReportOverride(words, eid, 8 + i)
                      for i, (eid, words) in enumerate(entries))
    return replace(article, overrides=Overrides(events=overrides))


def reports_of(article: Article, registry: Registry = REGISTRY):
    return find_event_mentions(article, registry, link(article, registry=registry).dates)


@pytest.mark.parametrize(("lang", "paragraphs", "words", "paragraph", "cited"), [
    ("en", ["Nothing here.", "The dockers walked out at dawn, all of them."],
     "the dockers walked out", "p2", "The dockers walked out"),
    ("fr", ["Rien ici.", "Les dockers ont cessé le travail à l'aube."],
     "ont cessé le travail", "p2", "ont cessé le travail"),
])
def test_an_undated_report_cites_its_paragraph(lang: str, paragraphs: list[str], words: str,
                                               paragraph: str, cited: str) -> None:
    article = reporting(paragraphs, ("2025-03-20-port-strike", words), lang=lang)
    result = reports_of(article)
    assert result.errors == []
    assert [(m.event, m.span.paragraph, m.text) for m in result.events] == [
        ("2025-03-20-port-strike", paragraph, cited)]
    text = article.paragraph(paragraph).text
    span = result.events[0].span
    assert text[span.start:span.end] == cited and span.article == article.id


def test_an_undated_report_with_an_unknown_event_is_an_error_with_a_hint() -> None:
    article = reporting(["The dockers walked out."], ("2025-03-20-port-strik", "walked out"))
    result = reports_of(article)
    assert result.events == []
    [error] = result.errors
    assert (error.file, error.field, error.line) == ("seeds/articles/a1.md", "events", 8)
    assert "'2025-03-20-port-strik' is not in seeds/events.yml" in error.message
    assert error.hint == "did you mean '2025-03-20-port-strike'?"


def test_undated_report_words_in_no_paragraph_or_in_several_are_errors() -> None:
    article = reporting(
        ["The dockers walked out.", "Later the dockers walked out again.", "The deal."],
        ("2025-03-20-port-strike", "walked off"),
        ("2025-03-20-port-strike", "dockers walked out"),
        ("2025-03-dock-deal", "The deal"),
    )
    result = reports_of(article)
    assert [(m.event, m.span.paragraph) for m in result.events] == [("2025-03-dock-deal", "p3")]
    nothing, several = result.errors
    assert (nothing.field, nothing.line, several.field, several.line) == (
        "events", 8, "events", 9)
    assert '"walked off" does not occur in the text' in nothing.message
    assert '"dockers walked out" occurs in 2 paragraphs (¶1, ¶2)' in several.message
    assert "more of the paragraph's words" in (several.hint or "")


def test_a_paragraph_that_dates_the_event_needs_no_undated_report() -> None:
    article = reporting(["The dockers' strike began on March 20, 2025.", "The dockers left."],
                        ("2025-03-20-port-strike", "strike began"),
                        ("2025-03-20-port-strike", "dockers left"),
                        ("2025-03-20-port-strike", "The dockers left"))
    result = reports_of(article)
    # ¶1 is a dated source already; ¶2 is reported once, however many entries name it
    assert result.errors == []
    assert [(m.event, m.span.paragraph) for m in result.events] == [
        ("2025-03-20-port-strike", "p2")]


def test_an_undated_report_listed_twice_is_an_error() -> None:
    article = reporting(["The dockers left."],
                        ("2025-03-20-port-strike", "dockers left"),
                        ("2025-03-20-port-strike", "dockers left"))
    result = reports_of(article)
    [error] = result.errors
    assert (error.field, error.line) == ("events", 9)
    assert '"dockers left" for 2025-03-20-port-strike is listed twice (line 8 too)' in \
        error.message
    assert [(m.event, m.span.paragraph) for m in result.events] == [
        ("2025-03-20-port-strike", "p1")]
