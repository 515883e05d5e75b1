"""Quotations (STUB: being implemented)."""
from __future__ import annotations

from ..model import Article, Mention, Person
from ..registry import Registry
from ._stage import QuotesResult


def find_quotes(article: Article, registry: Registry, mentions: list[Mention],
                people: dict[str, Person]) -> QuotesResult:
    return QuotesResult()
