"""Annotate one article: people, quotations with speakers, dates and the events they name.

Each stage is a pure function of the article, the curated registry and what earlier stages
found. Per-article overrides from front matter are applied inside the stage they correct; an
override that matches nothing is reported as an error, never ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Problem
from ..model import Annotations, Article
from ..registry import Registry
from .dates import compile_patterns as compile_patterns  # re-exported for the builder
from .dates import find_dates
from .events import find_event_mentions, link_events
from .people import find_mentions
from .quotes import find_quotes


@dataclass
class AnnotationResult:
    annotations: Annotations
    errors: list[Problem] = field(default_factory=list)


def annotate_article(article: Article, registry: Registry) -> AnnotationResult:
    """Run every stage on one article."""
    people = find_mentions(article, registry)
    known = {**registry.people, **{p.id: p for p in people.discovered}}
    quotes = find_quotes(article, registry, people.mentions, known)
    dates = find_dates(article)
    events = link_events(article, dates.dates, people.mentions, registry)
    undated = find_event_mentions(article, registry, events.dates)
    annotations = Annotations(
        article=article.id,
        mentions=people.mentions,
        quotes=quotes.quotes,
        dates=events.dates,
        discovered=people.discovered,
        warnings=[*people.warnings, *quotes.warnings, *dates.warnings, *events.warnings],
        events=undated.events,
    )
    return AnnotationResult(
        annotations, [*people.errors, *quotes.errors, *dates.errors, *events.errors,
                     *undated.errors]
    )
