"""Dates (STUB: being implemented)."""
from __future__ import annotations

from ..model import Article
from ._stage import DatesResult


def find_dates(article: Article) -> DatesResult:
    return DatesResult()
