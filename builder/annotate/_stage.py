"""Shared shapes for annotation stages."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Problem
from ..model import DateMention, EventMention, Mention, Person, Quote, Warning


@dataclass
class MentionsResult:
    mentions: list[Mention] = field(default_factory=list)
    discovered: list[Person] = field(default_factory=list)  # reviewed=False
    warnings: list[Warning] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


@dataclass
class QuotesResult:
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


@dataclass
class DatesResult:
    dates: list[DateMention] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


@dataclass
class EventMentionsResult:
    events: list[EventMention] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
