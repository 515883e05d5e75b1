"""The review queue: what the annotators could not settle, for a human, with the fix.

A pure function of the warnings and the articles they are about: no I/O, no MkDocs, no click.
``dossier check`` prints it; tests call it directly. Items are ordered by article (file path),
paragraph number and character offset, so the same sources always give the same queue.

Every item names the file and the line of its paragraph, says what is unsettled and gives the
line that would settle it, for example::

    seeds/articles/2025-03-20-port-strike.md:14: ¶3: unknown-person: "Dana Whitcombe" looks like a person who is not in seeds/people.yml
        fix: add to seeds/people.yml: - {id: dana-whitcombe, name: "Dana Whitcombe"}
        fix: or, if it is not a person, add to the front matter: ignore: ["Dana Whitcombe"]
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .model import Article, Warning
from .words import count

#: The front-matter line that settles a kind of item, when the stage that raised it gave none.
GENERIC_FIXES: dict[str, str] = {
    "unknown-person": 'add the person to seeds/people.yml, or to the front matter: '
                      'ignore: ["<the words>"]',
    "quote-without-speaker": 'add to the front matter: quotes: [{match: "<the first words>", '
                             'speaker: <person-id>}]',
    "unmatched-date": 'add to the front matter: dates: [{match: "<the date>", '
                      'event: <event-id>}] (or event: none, or ignore: true)',
    "weekday-mismatch": 'add to the front matter: dates: [{match: "<the date>", '
                        'value: YYYY-MM-DD}]',
    "date-after-publication": 'add to the front matter: dates: [{match: "<the date>", '
                              'value: YYYY-MM-DD}]',
    "event-date-conflict": 'correct the date in seeds/events.yml, or add to the front '
                           'matter: dates: [{match: "<the date>", value: YYYY-MM-DD}]',
}


@dataclass(frozen=True)
class ReviewItem:
    """One thing a human should look at, located in its article's file."""

    article: str  # article id
    path: str  # the article's file, relative to the project root
    paragraph: str | None  # "p3"; None for the article as a whole
    number: int | None  # the paragraph's number (3), shown as ¶3
    line: int | None  # the line of the file where the paragraph starts
    offset: int | None  # character offset in the paragraph
    kind: str
    message: str
    fixes: tuple[str, ...]  # lines that would settle it, one alternative each

    def sort_key(self) -> tuple[str, str, int, int, str, str]:
        return (self.path, self.article, self.number or 0,
                -1 if self.offset is None else self.offset, self.kind, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "path": self.path,
            "paragraph": self.paragraph,
            "line": self.line,
            "offset": self.offset,
            "kind": self.kind,
            "message": self.message,
            "fix": "\n".join(self.fixes) or None,
            "fixes": list(self.fixes),
        }


def review_queue(warnings: Iterable[Warning], articles: Iterable[Article]) -> list[ReviewItem]:
    """The review items of ``warnings``, located and ordered (article, paragraph, offset).

    Args:
        warnings: what the annotation stages reported.
        articles: the loaded articles, for file paths and paragraph lines. A warning about an
            article not in the list is still listed, under its id.

    Returns:
        Items sorted by article file, paragraph number and offset; exact duplicates (the same
        warning from two stages) are listed once.
    """
    by_id = {a.id: a for a in articles}
    items: set[ReviewItem] = set()
    for w in warnings:
        article = by_id.get(w.article)
        number = line = None
        if article is not None and w.paragraph is not None:
            for para in article.paragraphs:
                if para.id == w.paragraph:
                    number, line = para.index, para.line
                    break
        if number is None and w.paragraph and w.paragraph[1:].isdigit():
            number = int(w.paragraph[1:])
        fixes = tuple(f.strip() for f in (w.fix or "").splitlines() if f.strip())
        if not fixes and w.kind in GENERIC_FIXES:
            fixes = (GENERIC_FIXES[w.kind],)
        items.add(ReviewItem(
            article=w.article,
            path=article.path if article is not None else w.article,
            paragraph=w.paragraph,
            number=number,
            line=line,
            offset=w.offset,
            kind=w.kind,
            message=w.message,
            fixes=fixes,
        ))
    return sorted(items, key=ReviewItem.sort_key)


def format_queue(items: Sequence[ReviewItem]) -> list[str]:
    """The queue as text lines: one block per item, a blank line between articles.

    Each block starts with ``path:line: ¶n: kind: message`` (editors and terminals open
    ``path:line``), followed by one ``fix:`` line per way of settling it.
    """
    lines: list[str] = []
    previous: str | None = None
    for item in items:
        if previous is not None and item.path != previous:
            lines.append("")
        previous = item.path
        where = item.path if item.line is None else f"{item.path}:{item.line}"
        if item.number is not None:
            where += f": ¶{item.number}"
        lines.append(f"{where}: {item.kind}: {item.message}")
        lines.extend(f"    fix: {fix}" for fix in item.fixes)
    return lines


def queue_json(items: Sequence[ReviewItem]) -> str:
    """The queue as a JSON list (stable keys, in queue order)."""
    return json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2)


def summary(items: Sequence[ReviewItem], articles: int) -> str:
    """``5 articles OK; 3 items for review (2 unknown-person, 1 quote-without-speaker)``,
    ``1 article OK; 1 item for review (1 unknown-person)``."""
    text = f"{count(articles, 'article')} OK; {count(len(items), 'item')} for review"
    if items:
        counts = Counter(item.kind for item in items)
        text += " (" + ", ".join(f"{n} {kind}" for kind, n in sorted(
            counts.items(), key=lambda kv: (-kv[1], kv[0]))) + ")"
    return text


__all__ = ["GENERIC_FIXES", "ReviewItem", "format_queue", "queue_json", "review_queue",
           "summary"]
