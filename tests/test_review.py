"""The review queue (``builder/review.py``) and ``dossier check`` printing it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from builder.cli import main
from builder.model import Article, Paragraph, PartialDate, Published, Warning
from builder.review import (
    GENERIC_FIXES,
    ReviewItem,
    format_queue,
    queue_json,
    review_queue,
    summary,
)


def article(article_id: str, path: str, lines: tuple[int, ...]) -> Article:
    date = PartialDate(2020, 1, 1)
    return Article(
        id=article_id, title="T", lang="en", published=Published(date, date), outlet="O",
        source_file="seeds/raw/x.txt", path=path,
        paragraphs=tuple(Paragraph(f"p{i}", i, f"Paragraph {i}.", line)
                         for i, line in enumerate(lines, start=1)),
    )


ARTICLES = [
    article("b-article", "seeds/articles/b-article.md", (10, 12, 14)),
    article("a-article", "seeds/articles/a-article.md", (9, 11)),
]


def warning(article_id: str, paragraph: str | None, kind: str, message: str,
            fix: str | None = None, offset: int | None = None) -> Warning:
    return Warning(article_id, paragraph, kind, message, fix, offset)


def test_items_are_ordered_by_article_paragraph_and_offset() -> None:
    warnings = [
        warning("b-article", "p3", "unknown-person", "c", "ignore: [\"C\"]", 5),
        warning("b-article", "p1", "quote-without-speaker", "b2", "quotes: []", 40),
        warning("b-article", "p1", "unknown-person", "b1", "ignore: [\"B\"]", 3),
        warning("a-article", "p2", "unmatched-date", "a2", "dates: []", 0),
        warning("a-article", None, "date-after-publication", "a0", "dates: []"),
    ]
    queue = review_queue(warnings, ARTICLES)
    assert [i.message for i in queue] == ["a0", "a2", "b1", "b2", "c"]
    # The same input in any order gives the same queue.
    assert review_queue(list(reversed(warnings)), ARTICLES) == queue


def test_items_carry_the_file_line_and_paragraph_number() -> None:
    (item,) = review_queue([warning("b-article", "p2", "unknown-person", "m", "f", 0)], ARTICLES)
    assert (item.path, item.number, item.line, item.offset) == (
        "seeds/articles/b-article.md", 2, 12, 0)


def test_the_text_format_names_file_line_paragraph_and_every_fix() -> None:
    warnings = [
        warning("b-article", "p2", "unknown-person", '"Dana Whitcombe" looks like a person',
                'add to seeds/people.yml: - {id: dana-whitcombe, name: "Dana Whitcombe"}\n'
                'or, if it is not a person, add to the front matter: ignore: ["Dana Whitcombe"]',
                4),
        warning("a-article", "p1", "quote-without-speaker", "quote has no speaker",
                'quotes: [{match: "Let\'s keep this momentum", speaker: <person-id>}]', 7),
    ]
    lines = format_queue(review_queue(warnings, ARTICLES))
    assert lines == [
        "seeds/articles/a-article.md:9: ¶1: quote-without-speaker: quote has no speaker",
        "    fix: quotes: [{match: \"Let's keep this momentum\", speaker: <person-id>}]",
        "",
        ('seeds/articles/b-article.md:12: ¶2: unknown-person: "Dana Whitcombe" looks like a '
        "person"),
        '    fix: add to seeds/people.yml: - {id: dana-whitcombe, name: "Dana Whitcombe"}',
        '    fix: or, if it is not a person, add to the front matter: ignore: ["Dana Whitcombe"]',
    ]


def test_an_item_without_a_fix_gets_the_generic_line_for_its_kind() -> None:
    (item,) = review_queue([warning("a-article", "p1", "unmatched-date", "m")], ARTICLES)
    assert item.fixes == (GENERIC_FIXES["unmatched-date"],)
    (item,) = review_queue([warning("a-article", "p1", "new-kind", "m")], ARTICLES)
    assert item.fixes == ()


def test_an_article_level_item_and_an_unknown_article_are_still_listed() -> None:
    queue = review_queue([
        warning("a-article", None, "date-after-publication", "whole article"),
        warning("gone", "p4", "unknown-person", "lost"),
    ], ARTICLES)
    assert [(i.path, i.number, i.line) for i in queue] == [
        ("gone", 4, None), ("seeds/articles/a-article.md", None, None)]
    lines = format_queue(queue)
    assert lines[0] == "gone: ¶4: unknown-person: lost"
    assert "seeds/articles/a-article.md: date-after-publication: whole article" in lines


def test_duplicates_are_listed_once() -> None:
    same = warning("a-article", "p1", "unknown-person", "m", "f", 1)
    assert len(review_queue([same, same], ARTICLES)) == 1


def test_json_keeps_the_warning_fields_and_adds_the_location() -> None:
    queue = review_queue([warning("b-article", "p3", "unknown-person", "m", "a\nb", 2)],
                         ARTICLES)
    (data,) = json.loads(queue_json(queue))
    assert data == {"article": "b-article", "path": "seeds/articles/b-article.md",
                    "paragraph": "p3", "line": 14, "offset": 2, "kind": "unknown-person",
                    "message": "m", "fix": "a\nb", "fixes": ["a", "b"]}


def test_summary_counts_items_by_kind() -> None:
    items = review_queue([
        warning("a-article", "p1", "unknown-person", "x"),
        warning("a-article", "p2", "unknown-person", "y"),
        warning("a-article", "p2", "quote-without-speaker", "z"),
    ], ARTICLES)
    assert summary(items, 2) == ("2 articles OK; 3 items for review "
                                 "(2 unknown-person, 1 quote-without-speaker)")
    assert summary([], 2) == "2 articles OK; 0 items for review"
    assert summary(items[:1], 1) == "1 article OK; 1 item for review (1 unknown-person)"
    assert all(isinstance(i, ReviewItem) for i in items)


# ------------------------------------------------------------------ `dossier check`

BODY = (
    "Union leader Dana Whitcombe said the strike would go on.\n\n"
    "\"We didn't want this,\" Whitcombe told reporters."
)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_check_lists_a_discovered_person_with_the_lines_that_settle_it(
        project: Path, article_factory: Callable[..., Path]) -> None:
    article_factory("strike", BODY)
    code, out, err = invoke("check", "--root", str(project))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ('seeds/articles/strike.md:10: ¶1: unknown-person: "Dana Whitcombe" '
                        "looks like a person who is not in seeds/people.yml")
    assert lines[1] == ('    fix: add to seeds/people.yml: - {id: dana-whitcombe, '
                        'name: "Dana Whitcombe"}')
    assert any(line.endswith('ignore: ["Dana Whitcombe"]') for line in lines)
    assert any('aliases: {"Dana Whitcombe": <person-id>}' in line for line in lines)
    assert "1 article OK; 1 item for review (1 unknown-person)" in err


def test_check_strict_fails_while_the_queue_is_not_empty(
        project: Path, article_factory: Callable[..., Path]) -> None:
    path = article_factory("strike", BODY)
    code, _, _ = invoke("check", "--root", str(project), "--strict")
    assert code == 1
    # The line the queue suggested settles it.
    path.write_text(path.read_text().replace(
        "source_file:", 'ignore: ["Dana Whitcombe"]\nsource_file:'))
    code, out, err = invoke("check", "--root", str(project), "--strict")
    assert code == 0, out + err
    assert "0 items for review" in err


def test_check_json_is_the_same_queue(project: Path,
                                      article_factory: Callable[..., Path]) -> None:
    article_factory("strike", BODY)
    code, out, _ = invoke("check", "--root", str(project), "--json")
    assert code == 0
    data = json.loads(out)
    assert [(d["path"], d["paragraph"], d["line"], d["kind"]) for d in data] == [
        ("seeds/articles/strike.md", "p1", 10, "unknown-person")]
    assert data[0]["offset"] == len("Union leader ")
