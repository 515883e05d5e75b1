"""Event linking (STUB: being implemented)."""
from __future__ import annotations

from ..model import Article, DateMention, Mention
from ..registry import Registry
from ._stage import DatesResult


def link_events(article: Article, dates: list[DateMention], mentions: list[Mention],
                registry: Registry) -> DatesResult:
    return DatesResult(dates=list(dates))
