"""People mentions (STUB: being implemented)."""
from __future__ import annotations

from ..model import Article
from ..registry import Registry
from ._stage import MentionsResult


def find_mentions(article: Article, registry: Registry) -> MentionsResult:
    return MentionsResult()
