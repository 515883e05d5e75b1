"""Layer 1: loading and validating article files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from builder import articles as articles_module
from builder.articles import (
    MAX_YAML_DEPTH,
    DossierLoader,
    check_id,
    load_article,
    load_articles,
    parse_yaml,
    split_paragraphs,
)
from builder.errors import ProblemCollector
from builder.model import EventReportOverride, PartialDate, Published


def load(path: Path, root: Path) -> tuple[object, list[str]]:
    problems = ProblemCollector()
    article = load_article(path, root, problems)
    return article, [p.format() for p in problems.problems]


def test_loads_a_valid_article(project: Path, article_factory: Callable[..., Path]) -> None:
    path = article_factory(extra="authors: [Jane Doe]\nurl: https://example.org/a\n")
    article, problems = load(path, project)
    assert problems == []
    assert article.id == "test-article"
    assert [p.id for p in article.paragraphs] == ["p1", "p2"]
    assert article.paragraphs[1].text == "Second paragraph."
    assert article.paragraphs[0].line == 12  # counted in the file, for messages
    assert article.authors == ("Jane Doe",)
    assert article.published == Published(PartialDate(2019, 6, 13), PartialDate(2019, 6, 13))


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2019", "2019"),
        ("2019-06", "2019-06"),
        ("2019-06-13", "2019-06-13"),
        ("2019-06-13/2019-06-14", "2019-06-13/2019-06-14"),
    ],
)
def test_published_precision(article_factory: Callable[..., Path], project: Path,
                             published: str, expected: str) -> None:
    article, problems = load(article_factory(published=published), project)
    assert problems == []
    assert article.published.iso() == expected


@pytest.mark.parametrize(
    ("published", "message"),
    [
        ("2019-13-45", "month 13 is not between 1 and 12"),
        ("2019-02-31", "day 31 does not exist in 2019-02"),
        ("June 2019", "is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2019-06-14/2019-06-13", "ends before it starts"),
        # the whole value is shown, not its first piece ('18'), and an empty field says so
        ("18/06/2025", "'18/06/2025' is neither YYYY, YYYY-MM or YYYY-MM-DD nor an interval"),
        ("", "the field is empty"),
    ],
)
def test_impossible_dates_are_named(article_factory: Callable[..., Path], project: Path,
                                    published: str, message: str) -> None:
    article, problems = load(article_factory(published=published), project)
    assert article is None
    assert len(problems) == 1
    assert "test-article.md:5: error: published:" in problems[0]
    assert message in problems[0]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("../etc/passwd", "lowercase letters, digits and single hyphens"),
        ("Upper-Case", "lowercase letters"),
        ("with space", "lowercase letters"),
        ("index", "reserved"),
        ("people", "reserved"),
        ("", "empty"),
        ("a" * 81, "at most 80"),
    ],
)
def test_unsafe_ids(value: str, fragment: str) -> None:
    message = check_id(value)
    assert message is not None and fragment in message


def test_unknown_missing_and_mistyped_fields(project: Path) -> None:
    path = project / "seeds" / "articles" / "x.md"
    path.write_text("---\nid: x\ntitel: Oops\nlang: de\npublished: 2019\n"
                    "source_file: seeds/raw/missing.txt\nauthors: Jane\n---\n\nText.\n")
    article, problems = load(path, project)
    assert article is None
    text = "\n".join(problems)
    assert "x.md:3: error: titel: unknown field" in text
    assert "did you mean 'title'?" in text
    assert "x.md:1: error: title: is required but missing" in text
    assert "x.md:1: error: outlet: is required but missing" in text
    assert "x.md:4: error: lang: expected one of en, fr, found 'de'" in text
    assert "x.md:6: error: source_file:" in text and "does not exist" in text
    assert "x.md:7: error: authors: expected a list of names" in text


def test_invalid_yaml_names_the_line(project: Path) -> None:
    path = project / "seeds" / "articles" / "x.md"
    path.write_text("---\nid: x\ntitle: [unclosed\nlang: en\n---\n\nText.\n")
    article, problems = load(path, project)
    assert article is None
    assert problems and "not valid YAML" in problems[0]
    assert problems[0].startswith("seeds/articles/x.md:")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a"])
def test_url_must_be_http(article_factory: Callable[..., Path], project: Path, url: str) -> None:
    article, problems = load(article_factory(extra=f"url: '{url}'\n"), project)
    assert article is None
    assert "url: expected an http:// or https:// address" in problems[0]


@pytest.mark.parametrize(("url", "why"), [("http://[::1", "Invalid IPv6 URL"),
                                          ("http://x.com:99999999/", "Port out of range")])
def test_url_with_a_bad_host_or_port(article_factory: Callable[..., Path], project: Path,
                                     url: str, why: str) -> None:
    article, problems = load(article_factory(extra=f"url: '{url}'\n"), project)
    assert article is None
    assert "url: expected a valid address" in problems[0] and why in problems[0]


def test_encoding_bom_and_crlf(project: Path, article_factory: Callable[..., Path]) -> None:
    path = article_factory()
    data = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + data)
    article, problems = load(path, project)
    assert article is None
    assert problems[0].startswith(f"{path.relative_to(project)}:1: error: expected UTF-8 "
                                  "without a byte-order mark")
    path.write_bytes(data.replace(b"\n", b"\r\n"))
    article, problems = load(path, project)
    assert article is None
    assert ":1: error: expected LF line ends, found CRLF (Windows) line ends" in problems[0]
    assert "core.autocrlf" in problems[0]
    path.write_bytes(data)
    article, problems = load(path, project)
    assert problems == [] and article.paragraphs[0].text == "First paragraph."
    path.write_bytes(data.replace(b"Second", b"Sec\xff\xfeond"))
    article, problems = load(path, project)
    assert article is None
    assert "expected UTF-8 text, found byte 0xff" in problems[0]
    assert ":12:" in problems[0]


def test_empty_body_and_huge_article(project: Path, article_factory: Callable[..., Path]) -> None:
    article, problems = load(article_factory(body="   \n\n"), project)
    assert article is None and "has no text" in problems[0]
    article, problems = load(article_factory(body="word " * 1_100_000), project)
    assert article is None and "expected at most 2 MB per article" in problems[0]


def test_duplicate_ids(project: Path) -> None:
    from conftest import write_article

    write_article(project, "same")
    other = write_article(project, "same")
    other.rename(other.with_name("copy.md"))
    write_article(project, "same")
    problems = ProblemCollector()
    articles = load_articles(sorted((project / "seeds/articles").glob("*.md")), project, problems)
    assert len(articles) == 1
    assert any("id 'same' is already used by" in p.format() for p in problems.problems)


def test_paragraphs_keep_text_exactly() -> None:
    body = "\nline one\nline two  \n\n\n  indented # not a heading\n\n"
    paragraphs = split_paragraphs(body, 10)
    assert [p.text for p in paragraphs] == ["line one\nline two", "indented # not a heading"]
    assert [p.line for p in paragraphs] == [11, 15]


def test_override_fields_are_validated(project: Path, article_factory: Callable[..., Path]) -> None:
    path = article_factory(extra=(
        "quotes:\n- {match: 'x', speeker: a}\n- {speaker: a}\n"
        "dates:\n- {match: 'x', value: '2019-02-30'}\n"
        "aliases: [not, a, mapping]\n"
        "ignore: {a: b}\n"
    ))
    article, problems = load(path, project)
    assert article is None
    text = "\n".join(problems)
    assert ":9: error: quotes: unknown key 'speeker'" in text
    assert ":10: error: quotes: expected a non-empty 'match'" in text
    assert ":12: error: dates: value: day 30 does not exist" in text
    assert "aliases: expected a mapping of alias to person id" in text
    assert "ignore: expected a list of texts" in text


# -- YAML: libyaml and the pure-Python parser read the same ------------------------------------
_REPO = Path(__file__).resolve().parent.parent
_YAML_SOURCES = sorted(
    [*_REPO.glob("seeds/*.yml"), *_REPO.glob("eval/dev*/seeds/*.yml"),
     *_REPO.glob("eval/dev*/gold/*.yml")]
    + [*_REPO.glob("seeds/articles/*.md"), *_REPO.glob("eval/dev*/seeds/articles/*.md")]
)


def _yaml_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("---\n", 2)[1] if path.suffix == ".md" else text


def _shape(node: yaml.Node | None) -> object:
    """A node tree as plain data: tag, line, column and value of every node."""
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return (node.tag, node.start_mark.line, node.start_mark.column, node.value)
    if isinstance(node, yaml.SequenceNode):
        return (node.tag, node.start_mark.line, [_shape(n) for n in node.value])
    return (node.tag, node.start_mark.line, [(_shape(k), _shape(v)) for k, v in node.value])


def test_there_are_yaml_sources_to_compare() -> None:
    assert len(_YAML_SOURCES) > 100


@pytest.mark.parametrize("path", _YAML_SOURCES, ids=lambda p: str(p.relative_to(_REPO)))
def test_fast_yaml_reads_what_the_python_parser_reads(path: Path) -> None:
    text = _yaml_text(path)
    node, data = parse_yaml(text)
    assert data == yaml.load(text, Loader=DossierLoader)
    assert _shape(node) == _shape(yaml.compose(text, Loader=DossierLoader))


def test_fast_yaml_is_libyaml_where_pyyaml_has_it() -> None:
    if getattr(yaml, "__with_libyaml__", False):
        assert issubclass(articles_module._FastLoader, yaml.CSafeLoader)
    else:  # pragma: no cover - a PyYAML built without libyaml
        assert articles_module._FastLoader is DossierLoader


@pytest.mark.parametrize("depth", [MAX_YAML_DEPTH - 1, MAX_YAML_DEPTH + 1, 5000])
def test_yaml_depth_is_bounded_the_same_for_both_parsers(depth: int) -> None:
    text = "notes: " + "[" * depth + "]" * depth + "\n"
    if depth + 1 > MAX_YAML_DEPTH:
        with pytest.raises(RecursionError):
            parse_yaml(text)
    else:
        node, data = parse_yaml(text)
        assert isinstance(node, yaml.MappingNode) and list(data) == ["notes"]


def test_yaml_dates_stay_text_and_bad_values_are_yaml_errors() -> None:
    _, data = parse_yaml("date: 2019-06-13\nwhen: 2019-13-45\n")
    assert data == {"date": "2019-06-13", "when": "2019-13-45"}
    with pytest.raises(yaml.YAMLError) as caught:
        parse_yaml("count: !!int abc\n")
    assert caught.value.problem_mark.line == 0  # type: ignore[attr-defined]


def test_yaml_errors_name_the_character_at_fault() -> None:
    """libyaml's messages leave the character out; the message comes from the pure-Python
    parser, which names it."""
    for text, shown in [("title: @handle says\n", "'@'"), ("title: `code`\n", "'`'"),
                        ("aliases: *nope\n", "nope")]:
        with pytest.raises(yaml.YAMLError) as caught:
            parse_yaml(text)
        assert shown in str(caught.value), str(caught.value)
        assert caught.value.problem_mark.line == 0  # type: ignore[attr-defined]


def test_yaml_depth_counts_aliased_nodes_at_their_deepest() -> None:
    deep = "[" * 60 + "x" + "]" * 60
    text = f"k0: &a {deep}\nk1: [{'[' * 60}*a{']' * 60}]\n"
    with pytest.raises(RecursionError):
        parse_yaml(text)
    node, _ = parse_yaml(f"k0: &a {deep}\nk1: [*a, *a]\n")  # shared, not deeper
    assert isinstance(node, yaml.MappingNode)


def test_an_empty_text_field_says_it_is_empty(article_factory: Callable[..., Path],
                                              project: Path) -> None:
    article, problems = load(article_factory(title=""), project)
    assert article is None
    assert any("title: expected non-empty text, found nothing (the field is empty)" in p
               for p in problems)


def test_one_raw_page_imported_twice(project: Path) -> None:
    # `dossier import` run again with a better --id keeps the first file: two articles, one page
    from conftest import write_article

    first = write_article(project, "first-id")
    second = write_article(project, "better-id")
    # (the same page written another way: ./seeds/raw/… is seeds/raw/…)
    text = second.read_text().replace("seeds/raw/better-id.txt", "./seeds/raw/first-id.txt")
    assert text != second.read_text()
    second.write_text(text)
    problems = ProblemCollector()
    articles = load_articles(sorted((project / "seeds/articles").glob("*.md")), project, problems)
    assert [a.id for a in articles] == ["better-id"]  # files are read in name order
    (problem,) = problems.problems
    assert problem.file.endswith(first.name) and problem.field == "source_file"
    assert problem.line == 7
    assert "'seeds/raw/first-id.txt' is already the source of" in problem.message
    assert second.name in problem.message


@pytest.mark.parametrize(("front", "line", "message", "hint"), [
    # a colon in an unquoted value: say where, and what to do
    ("title: Aubrac: le train revient\n", 3, "mapping values are not allowed here (column 14)",
     'must be in quotes, e.g. title: "Aubrac'),
    ("authors: [Ann Lee\n", 4, "expected ',' or ']'", "is not closed"),
    ("\tnotes: x\n", 3, "found character", "indent with spaces, not tabs"),
    # a quotation mark left open: the line that opens it, not the one where YAML gave up
    ('title: "Aubrac, le train revient\noutlet: "Le Progrès"\n', 3,
     "a quotation mark opened on this line is not closed", "close the quotation mark"),
    ("notes: 'l''enquête commence\noutlet: Le Progrès\n", 3,
     "a quotation mark opened on this line is not closed", "close the quotation mark"),
])
def test_front_matter_yaml_slips_get_a_hint(project: Path, front: str, line: int, message: str,
                                            hint: str) -> None:
    path = project / "seeds" / "articles" / "slip.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\nid: slip\n" + front + "lang: en\n---\nBody.\n")
    problems = ProblemCollector()
    assert load_article(path, project, problems) is None
    (problem,) = problems.problems
    assert problem.line == line and message in problem.message
    assert problem.hint is not None and hint in problem.hint


@pytest.mark.parametrize(("front", "cut"), [
    # a hashtag after a space starts a YAML comment: the rest of the title would be lost
    ("title: Lyon, le tramway #T9 enfin inauguré\n", "#T9 enfin inauguré"),
    ("notes: see #42 in the tracker\n", "#42 in the tracker"),
])
def test_a_value_cut_by_a_comment_is_an_error(project: Path, front: str, cut: str) -> None:
    path = project / "seeds" / "articles" / "cut.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\nid: cut\n" + front + "lang: en\n---\nBody.\n")
    problems = ProblemCollector()
    load_article(path, project, problems)
    (problem,) = [p for p in problems.problems if "cut before" in p.message]
    assert problem.line == 3 and problem.field == front.split(":")[0]
    assert repr(cut) in problem.message
    assert problem.hint is not None and "quotes" in problem.hint


@pytest.mark.parametrize("front", [
    "title: 'Lyon, le tramway #T9 enfin inauguré'\n",  # quoted: the # is text
    "title: Lyon  # a comment, after a space\n",  # a comment as YAML writes them
    "title: 'Lyon' #T9\n",  # after a quoted value: nothing of the value is lost
])
def test_a_real_comment_or_a_quoted_hash_is_fine(project: Path, front: str) -> None:
    path = project / "seeds" / "articles" / "cut.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\nid: cut\n" + front + "lang: en\n---\nBody.\n")
    problems = ProblemCollector()
    load_article(path, project, problems)
    assert not [p for p in problems.problems if "cut before" in p.message]


def test_a_source_file_name_too_long_is_an_error_not_a_traceback(project: Path) -> None:
    path = project / "seeds" / "articles" / "x.md"
    long_name = "seeds/raw/" + "a" * 300 + ".txt"
    path.write_text(f"---\nid: x\ntitle: T\nlang: en\npublished: 2019\noutlet: X\n"
                    f"source_file: {long_name}\n---\n\nText.\n")
    article, problems = load(path, project)
    assert article is None
    assert any("x.md:7: error: source_file: expected a file name the file system accepts"
               in p for p in problems), problems


@pytest.mark.parametrize("alias", [".", "«", " - "])
def test_an_alias_with_no_letter_or_digit_is_an_error(article_factory: Callable[..., Path],
                                                      project: Path, alias: str) -> None:
    path = article_factory(body="The commissioner spoke.",
                           extra=f'aliases: {{"{alias}": erin-haney}}')
    _article, problems = load(path, project)
    assert any("aliases: expected an alias with a letter or a digit" in p for p in problems), \
        problems


@pytest.mark.parametrize("published", ["２０１９", "2019-０６"])
def test_a_publication_date_in_other_digits_is_an_error(article_factory: Callable[..., Path],
                                                        project: Path, published: str) -> None:
    _article, problems = load(article_factory(published=f"'{published}'"), project)
    assert any("published:" in p for p in problems), problems


def test_events_reported_without_a_date_are_read_with_their_lines(
        project: Path, article_factory: Callable[..., Path]) -> None:
    path = article_factory(extra=(
        "events:  # reported without a date\n"
        "- {event: a-roundtable, match: \"a roundtable discussion\"}\n"
        "- event: a-clemency\n"
        "  match: whose life sentence was commuted\n"
    ))
    article, problems = load(path, project)
    assert problems == []
    assert article.overrides.events == (  # type: ignore[attr-defined]
        EventReportOverride("a roundtable discussion", "a-roundtable", 9),
        EventReportOverride("whose life sentence was commuted", "a-clemency", 10),
    )


@pytest.mark.parametrize(("extra", "expected"), [
    ("events: a-roundtable\n",
     (":8: error: events: expected a list of events the article reports without a date, "
     "found str")),
    ("events:\n", (":8: error: events: expected a list of events the article reports without "
     "a date, found nothing")),
    ("events: [a-roundtable]\n", (":8: error: events: expected a mapping with 'match', "
     "found 'a-roundtable'")),
    ("events:\n- {event: a-roundtable}\n", ":9: error: events: expected a non-empty 'match'"),
    ("events:\n- {match: a roundtable}\n", (":9: error: events: expected 'event' beside "
     "'match'")),
    ("events:\n- {match: a roundtable, event: 2024}\n", (":9: error: events: event: expected "
     "text, found 2024")),
    ("events:\n- {match: a roundtable, event: x, value: 2024}\n", (":9: error: events: unknown "
     "key 'value'; expected one of event, match")),
])
def test_events_of_the_wrong_shape_are_errors_with_file_field_and_line(
        project: Path, article_factory: Callable[..., Path], extra: str, expected: str) -> None:
    path = article_factory(extra=extra)
    article, problems = load(path, project)
    assert article is None
    assert any(f"seeds/articles/test-article.md{expected}" in p for p in problems), problems
    assert "Traceback" not in "\n".join(problems)
