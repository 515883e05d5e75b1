"""Invariants of the published site, determinism, and atomic output.

``builder.invariants.check_site`` is run on real `mkdocs build --strict` output: the seeds, a
small project, and a hand-annotated project (quotes, mentions, dates, warnings) built through
`dossier build --out` + the plugin-off baseline, which tests/test_site.py shows is byte-identical
to the plugin's output. Each invariant is also shown to catch the fault it exists for.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import copy_site_project, mkdocs, write_article
from test_site import small_site

from builder.articles import article_paths, load_articles
from builder.build import BuildStats, Output
from builder.cli import MANIFEST, main, write_output
from builder.dossier import assemble
from builder.errors import ProblemCollector
from builder.export import data_files
from builder.invariants import check_site, diff_sites, normalise, parse_page
from builder.model import (
    Annotations,
    Article,
    DateMention,
    EventMention,
    Mention,
    PartialDate,
    Person,
    Quote,
    Span,
    Warning,
)
from builder.registry import Registry, load_registry
from builder.render import Renderer

# -- a hand-annotated site (the annotators may still be stubs) ----------------------------------


def find_span(article: Article, words: str, after: Span | None = None) -> Span:
    """The first occurrence of ``words`` in the article (after ``after``, if given)."""
    started = after is None
    for p in article.paragraphs:
        if not started:
            started = p.id == after.paragraph  # type: ignore[union-attr]
            start = after.end if started else 0  # type: ignore[union-attr]
            if not started:
                continue
        else:
            start = 0
        i = p.text.find(words, start)
        if i >= 0:
            return Span(article.id, p.id, i, i + len(words))
    raise AssertionError(f"{words!r} is not in {article.id}")


def hand_annotate(
    article: Article,
    registry: Registry,
    *,
    quotes: Sequence[tuple[Sequence[str], str | None, str | None]] = (),
    dates: Sequence[tuple[str, str, str | None]] = (),
    discovered: Sequence[tuple[str, str]] = (),
    warnings: Sequence[tuple[str | None, str]] = (),
    events: Sequence[tuple[str, str]] = (),
) -> Annotations:
    """Annotations as an annotator would produce them, found by plain text search.

    quotes: (parts, speaker id, speaker label) — several parts for a quote that runs over
    paragraphs; dates: (words, ISO date, event id); discovered: (name, id); warnings:
    (paragraph id, message); events: (words, event id) of an event reported without a date.
    """
    ann = Annotations(article.id)
    names = [(n, p.id) for p in registry.people.values() for n in (p.name, *p.aliases)]
    names += [(name, pid) for name, pid in discovered]
    for name, pid in names:
        for p in article.paragraphs:
            start = 0
            while (i := p.text.find(name, start)) >= 0:
                ann.mentions.append(Mention(Span(article.id, p.id, i, i + len(name)), name, pid,
                                            "name" if pid in registry.people else "discovered"))
                start = i + len(name)
    for name, pid in discovered:
        ann.discovered.append(Person(pid, name, reviewed=False))
    for n, (parts, speaker, label) in enumerate(quotes, 1):
        spans: list[Span] = []
        for part in parts:
            spans.append(find_span(article, part, spans[-1] if spans else None))
        ann.quotes.append(Quote(
            id=f"{article.id}-q{n}", text=" ".join(parts), parts=tuple(spans), speaker=speaker,
            speaker_label=label, lang=article.lang, rule="test",
            speakers=(speaker,) if speaker else (),
        ))
    for words, iso, event in dates:
        ann.dates.append(DateMention(find_span(article, words), words, PartialDate.parse(iso),
                                     relative=False, event=event, rule="test"))
    for words, event in events:
        ann.events.append(EventMention(find_span(article, words), words, event))
    for paragraph, message in warnings:
        ann.warnings.append(Warning(article.id, paragraph, "unknown-person", message,
                                    fix=message))
    return ann


Annotator = Callable[[Article, Registry], Annotations]


def build_annotated_site(project: Path, annotate: Annotator) -> Path:
    """Load the project's seeds, annotate them by hand, build the site with `mkdocs --strict`.

    The pages go through `dossier build --out docs/` (write_output) and the plugin-off
    baseline, so the Markdown → HTML path is the one the plugin uses.
    """
    problems = ProblemCollector()
    registry = load_registry(project / "seeds", project, problems)
    articles = load_articles(article_paths(project / "seeds" / "articles"), project, problems)
    problems.raise_if_errors()
    annotations = {a.id: annotate(a, registry) for a in articles}
    dossier = assemble(articles, annotations, registry)
    renderer = Renderer(dossier, project / "overrides" / "dossier")
    output = Output(pages=renderer.pages(), files=data_files(dossier, renderer.site.quote_pages),
                    dossier=dossier, stats=BuildStats())
    small_site(project)
    write_output(output, project / "docs")
    mkdocs(project, "build", "--strict", env={"DOSSIER_ENABLED": "false"})
    return project / "site"


def site_problems(site: Path) -> list[str]:
    return check_site(site, json.loads((site / "dossier.json").read_text()))


PEOPLE = """\
- id: ann-lee
  name: Ann Lee
  aliases: [Ms. Lee]
- id: bob-stone
  name: Bob Stone
"""
EVENTS = """\
- id: the-hearing
  date: 2019-06-13
  title: The hearing
  people: [ann-lee]
"""
BODY_A = (
    "Ann Lee said: “We will  keep\ngoing, whatever it takes.” It was 13 June 2019.\n\n"
    "Bob Stone replied that “nothing is decided.\n\n"
    "Not yet,” and left. Carol Diaz agreed with Ms. Lee."
)
BODY_B = "In an interview, Ann Lee said “we will keep going, whatever it takes!” again."


def annotate_small(article: Article, registry: Registry) -> Annotations:
    if article.id == "a-first":
        return hand_annotate(
            article, registry,
            quotes=[(["We will  keep\ngoing, whatever it takes."], "ann-lee", None),
                    (["nothing is decided.", "Not yet,"], "bob-stone", None)],
            dates=[("13 June 2019", "2019-06-13", "the-hearing")],
            discovered=[("Carol Diaz", "carol-diaz")],
            warnings=[("p3", "Carol Diaz is not in the registry")],
        )
    return hand_annotate(article, registry,
                         quotes=[(["we will keep going, whatever it takes!"], "ann-lee", None)])


@pytest.fixture
def annotated_project(project: Path) -> Path:
    (project / "seeds" / "people.yml").write_text(PEOPLE)
    (project / "seeds" / "events.yml").write_text(EVENTS)
    write_article(project, "a-first", BODY_A)
    write_article(project, "b-second", BODY_B, published="2020-01-02")
    return project


# -- the invariants hold on real builds ------------------------------------------------------


@pytest.mark.slow
def test_invariants_hold_on_the_seeds(seeds_site: Path) -> None:
    assert site_problems(seeds_site) == []


@pytest.mark.slow
def test_invariants_hold_on_a_plugin_build(project: Path) -> None:
    write_article(project, "plain", "One.\n\nTwo  lines\nof text.\n\n« Trois » — l’été.")
    small_site(project)
    mkdocs(project, "build", "--strict")
    assert site_problems(project / "site") == []


@pytest.mark.slow
def test_invariants_hold_on_an_annotated_build(annotated_project: Path) -> None:
    site = build_annotated_site(annotated_project, annotate_small)
    data = json.loads((site / "dossier.json").read_text())
    assert len(data["quotes"]) == 3 and data["events"][0]["sources"]  # the checks had work
    assert site_problems(site) == []
    # The multi-paragraph quote's text and every paragraph are shown exactly.
    page = parse_page((site / "articles" / "2019" / "a-first" / "index.html").read_text())
    assert normalise(page.texts["p2"]) == "Bob Stone replied that “nothing is decided."
    assert normalise(page.texts["p3"]).startswith("Not yet,” and left.")


# -- each invariant catches its fault --------------------------------------------------------


@pytest.fixture(scope="module")
def built_annotated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("annotated")
    (project / "seeds" / "articles").mkdir(parents=True)
    (project / "seeds" / "people.yml").write_text(PEOPLE)
    (project / "seeds" / "events.yml").write_text(EVENTS)
    write_article(project, "a-first", BODY_A)
    write_article(project, "b-second", BODY_B, published="2020-01-02")
    return build_annotated_site(project, annotate_small)


def tampered(site: Path, tmp_path: Path, page: str, old: str, new: str) -> list[str]:
    copy = tmp_path / "copy"
    shutil.copytree(site, copy)
    target = copy / page
    html = target.read_text()
    assert old in html, f"{old!r} not in {page}"
    target.write_text(html.replace(old, new, 1))
    return site_problems(copy)


ARTICLE = "articles/2019/a-first/index.html"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("page", "old", "new", "expected"),
    [
        (ARTICLE, "left", "right", "a-first/#p3: the page shows"),
        (ARTICLE, 'id="p2"', 'id="px"', "#p2: paragraph missing"),
        (ARTICLE, 'class="dossier-para" id="p3"', 'class="dossier-para" id="p2"',
         "id 'p2' is used twice"),
        (ARTICLE, "<p ", '<p onmouseover="alert(1)" ', "event-handler attribute"),
        (ARTICLE, 'href="#p1"', 'href="javascript:alert(1)"', "javascript: address"),
        (ARTICLE, "</article>", "<script>alert(1)</script></article>", "<script> element"),
        (ARTICLE, 'href="#p1"', 'href="#p99"', "no element #p99"),
        (ARTICLE, 'href="../../../people/ann-lee/"', 'href="../../../people/nobody/"',
         "people/nobody/ does not exist"),
        ("quotes/ann-lee/index.html", "whatever it takes.", "whatever it costs.",
         "is not in a-first#p1, which it cites"),
        ("quotes/ann-lee/index.html", 'id="a-first-q1"', 'id="a-first-qx"',
         "quote a-first-q1 has no anchor"),
    ],
)
def test_each_invariant_catches_its_fault(
    built_annotated: Path, tmp_path: Path, page: str, old: str, new: str, expected: str
) -> None:
    problems = tampered(built_annotated, tmp_path, page, old, new)
    assert any(expected in p for p in problems), problems


def test_data_level_invariants(tmp_path: Path) -> None:
    """Citations in dossier.json must name existing paragraphs and quote their words."""
    site = tmp_path / "site"
    page = site / "articles" / "2019" / "a"
    page.mkdir(parents=True)
    page.joinpath("index.html").write_text(
        '<html><body><article><p id="p1">Hello <time>today</time>.</p></article></body></html>'
    )
    data = {
        "articles": [{"id": "a", "page": "articles/2019/a/",
                      "paragraphs": [{"id": "p1", "text": "Hello today."}]}],
        "people": [{"id": "Bad Id", "appearances": [
            {"article": "a", "paragraph": "p2", "text": "Hello"},
            {"article": "a", "paragraph": "p1", "text": "Goodbye"}]}],
        # an event reported without a date (value null) cites its paragraph as a dated one
        "events": [{"id": "e", "sources": [
            {"article": "a", "paragraph": "p1", "text": "Hello", "value": None},
            {"article": "a", "paragraph": "p1", "text": "Farewell", "value": None}]}],
        "warnings": [{"article": "zzz", "paragraph": None}],
        "quotes": [{"id": "a-q1", "text": "Hi today", "article": "a", "paragraph": "p1",
                    "paragraphs": ["p1"], "page": "quotes/x/#a-q1"}],
    }
    problems = check_site(site, data)
    text = "\n".join(problems)
    assert "people: id 'Bad Id' is not a safe slug" in text
    assert "cites a#p2, which does not exist" in text
    assert "'Goodbye' does not occur in a#p1" in text
    assert "quote a-q1: 'Hi today' does not occur in a#p1" in text
    assert "unknown article 'zzz'" in text
    assert "quotes/x/: the quote page was not built" in text
    assert "event e: 'Farewell' does not occur in a#p1" in text
    data["people"] = data["quotes"] = data["warnings"] = []
    del data["events"][0]["sources"][1]
    assert check_site(site, data) == []


def _interrupted_quote_site(tmp_path: Path, shown: str, text: str) -> tuple[Path, dict]:
    """A site whose quote page shows ``shown`` for a quotation a narrator interrupts."""
    para = "“We will win,” she said. “We always do.” Then she left."
    site = tmp_path / "site"
    (site / "articles" / "2019" / "a").mkdir(parents=True)
    (site / "articles" / "2019" / "a" / "index.html").write_text(
        f'<html><body><article><p id="p1">{para}</p></article></body></html>')
    (site / "quotes" / "ann").mkdir(parents=True)
    for page, up, anchor in [("quotes/ann/index.html", "../..", ' id="a-q1"'),
                             ("quotes/index.html", "..", "")]:
        (site / page).write_text(
            '<html><body><article><div class="dossier-quote-entry"><blockquote><p>'
            f'{shown}</p></blockquote><p><a href="{up}/articles/2019/a/#p1"{anchor}>A</a></p>'
            '</div></article></body></html>')
    win, always = para.index("We will win"), para.index("We always do.")
    data = {
        "articles": [{"id": "a", "page": "articles/2019/a/",
                      "paragraphs": [{"id": "p1", "text": para}]}],
        "people": [], "events": [], "warnings": [],
        "quotes": [{"id": "a-q1", "text": text, "article": "a", "paragraph": "p1",
                    "paragraphs": ["p1", "p1"], "page": "quotes/ann/#a-q1",
                    "parts": [{"paragraph": "p1", "start": win, "end": win + 11},
                              {"paragraph": "p1", "start": always, "end": always + 13}]}],
    }
    return site, data


@pytest.mark.parametrize("joined", ["We will win We always do.", "We will win … We always do.",
                                    "We will win [...] We always do."])
def test_an_interrupted_quotation_is_its_parts(tmp_path: Path, joined: str) -> None:
    site, data = _interrupted_quote_site(tmp_path, joined, joined)
    assert check_site(site, data) == []


@pytest.mark.parametrize(("shown", "text", "expected"), [
    ("We will win she said We always do.", "We will win she said We always do.",
     "does not occur in a#p1"),
    ("We will lose We always do.", "We will win We always do.",
     "quotes/ann/: the quotation 'We will lose We always do.' is not in a#p1"),
    ("We always do. We will win", "We always do. We will win", "does not occur in a#p1"),
])
def test_an_interrupted_quotation_cannot_add_words(
    tmp_path: Path, shown: str, text: str, expected: str
) -> None:
    site, data = _interrupted_quote_site(tmp_path, shown, text)
    problems = check_site(site, data)
    assert any(expected in p for p in problems), problems
    data["quotes"][0]["parts"][1]["end"] = 999
    assert any("part" in p and "is outside a#p1" in p for p in check_site(site, data))


def test_parse_page_text_content() -> None:
    page = parse_page(
        '<p id="p1"><a href="#p1" id="x-p1"></a>A &amp; <span class="dossier-quote">“B'
        '<br>C”</span><a class="dossier-speaker" href="../p/"></a> <time>D</time></p>'
        '<img id="i" src="a.png"><p id="p2">E</p><p id="p2">F</p>'
    )
    assert page.texts["p1"] == "A & “BC” D"
    assert page.texts["x-p1"] == ""
    assert page.texts["p2"] == "E"
    assert page.duplicate_ids == ["p2"]
    assert page.links == ["#p1", "../p/"]


# -- determinism -----------------------------------------------------------------------------
#
# MkDocs writes the build date into sitemap.xml (<lastmod>) and into the gzip header of
# sitemap.xml.gz. It honours SOURCE_DATE_EPOCH for both (mkdocs.utils.get_build_date), so the
# builds below fix it; nothing else is excluded from the comparison. Different hash seeds and
# project folders show that no output depends on set order or on where the project lives.


def _build(project: Path, seed: str) -> Path:
    mkdocs(project, "build", "--strict",
           env={"SOURCE_DATE_EPOCH": "1700000000", "PYTHONHASHSEED": seed})
    return project / "site"


@pytest.mark.slow
def test_same_input_gives_a_byte_identical_site(
    annotated_project: Path, tmp_path: Path
) -> None:
    write_article(annotated_project, "c-third", "Ann Lee and Bob Stone met.\n\nThen left.")
    small_site(annotated_project)
    twin = tmp_path / "elsewhere" / "twin"
    shutil.copytree(annotated_project, twin)
    first = _build(annotated_project, "1")
    snapshot = tmp_path / "first-site"
    shutil.copytree(first, snapshot)
    second = _build(twin, "2")
    assert diff_sites(snapshot, second) == []
    # A rebuild that reads the annotation cache gives the same bytes as a cold one.
    assert (annotated_project / ".dossier-cache").is_dir()
    rebuilt = _build(annotated_project, "3")
    assert diff_sites(snapshot, rebuilt) == []


@pytest.mark.slow
def test_seeds_rebuild_is_byte_identical(seeds_site: Path, tmp_path: Path) -> None:
    """The seeds built again elsewhere (cold cache, another hash seed): only the build date
    may differ, and only in the sitemap; SOURCE_DATE_EPOCH fixes that (see above)."""
    (tmp_path / "again").mkdir()
    project = copy_site_project(tmp_path / "again")
    mkdocs(project, "build", "--strict", env={"PYTHONHASHSEED": "7"})
    differences = diff_sites(seeds_site, project / "site")
    assert set(differences) <= {"sitemap.xml: bytes differ", "sitemap.xml.gz: bytes differ"}
    assert site_problems(project / "site") == []


def test_diff_sites(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        (root / "x").mkdir(parents=True)
        (root / "x" / "same.txt").write_text("1")
    (a / "x" / "other.txt").write_text("1")
    (b / "x" / "other.txt").write_text("2")
    (a / "only.txt").write_text("")
    assert diff_sites(a, b) == [f"only.txt: only in {a}", "x/other.txt: bytes differ"]


# -- atomic output: `mkdocs build` -------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_strict_warning_keeps_the_previous_site(project: Path) -> None:
    write_article(project, "kept")
    small_site(project)
    mkdocs(project, "build", "--strict")
    before = _snapshot(project / "site")
    # A warning, not an error: a hand-written page links to a page that does not exist.
    (project / "docs" / "notes.md").write_text("# Notes\n\nSee [this](missing.md).\n")
    write_article(project, "added")
    result = mkdocs(project, "build", "--strict", check=False)
    assert result.returncode != 0
    assert "missing.md" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert _snapshot(project / "site") == before
    assert not (project / "site.partial").exists()
    assert not (project / "site.old").exists()
    # Without --strict the same warning does not fail: the new site replaces the old one.
    mkdocs(project, "build")
    assert (project / "site" / "articles" / "2019" / "added" / "index.html").is_file()
    assert not (project / "site.partial").exists()


# -- atomic output: `dossier build --out` ------------------------------------------------------
#
# Defined behaviour: a failure while writing (disk full, permission denied, a rename refused)
# leaves every file of the output folder as it was before the command, removes the staging
# folder, and exits 1 with a message naming the file — never a traceback. A crash between two
# renames (no rollback runs) leaves whole files only, all listed in the manifest, so the next
# run puts the folder right.


def _cli(*args: str) -> tuple[int, str, BaseException | None]:
    result = CliRunner().invoke(main, list(args))
    exc = result.exception if not isinstance(result.exception, SystemExit) else None
    return result.exit_code, result.output, exc


@pytest.fixture
def built_out(project: Path) -> Path:
    """An output folder holding a previous build, a hand-written page, and a pending change."""
    write_article(project, "one", "First version.")
    write_article(project, "two", "Second article.")
    out = project / "out"
    out.mkdir()
    (out / "index.md").write_text("# Hand-written\n")
    code, text, exc = _cli("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    assert code == 0 and exc is None, (text, exc)
    # The next build changes both articles, removes none, adds one.
    write_article(project, "one", "Changed text.")
    write_article(project, "two", "Changed too.")
    write_article(project, "three", "New article.")
    return out


def _fail_after(calls: int, exc: OSError, within: Path,
                once: bool = False) -> Callable[..., object]:
    """Wrap a file operation so that it fails after ``calls`` calls touching ``within``
    (every later call, or only the next one when ``once``).

    Calls elsewhere (the annotation cache) are passed through and not counted.
    """
    count = {"n": 0}

    def wrap(real: Callable[..., object]) -> Callable[..., object]:
        def fake(*args: object, **kwargs: object) -> object:
            if any(str(a).startswith(str(within)) for a in args):
                count["n"] += 1
                if count["n"] > calls and not (once and count["n"] > calls + 1):
                    raise exc
            return real(*args, **kwargs)
        return fake
    return wrap


def _assert_untouched(out: Path, before: dict[str, bytes]) -> None:
    assert _snapshot(out) == before
    assert not list(out.glob(".dossier-staging-*"))


def test_out_failure_while_staging(built_out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(built_out)
    real = Path.write_bytes
    monkeypatch.setattr(Path, "write_bytes", _fail_after(3, OSError(28, "No space left on device"),
                                                         built_out)(real))
    code, text, exc = _cli("build", "--out", str(built_out), "--root",
                           str(built_out.parent), "--jobs", "1")
    monkeypatch.undo()
    _assert_untouched(built_out, before)
    assert exc is None and code == 1, exc
    assert "No space left on device" in text and "Traceback" not in text


def test_out_failure_while_moving_into_place(
    built_out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(built_out)
    real = os.replace
    monkeypatch.setattr(os, "replace", _fail_after(2, OSError(13, "Permission denied"),
                                                     built_out, once=True)(real))
    code, text, exc = _cli("build", "--out", str(built_out), "--root",
                           str(built_out.parent), "--jobs", "1")
    monkeypatch.undo()
    # The folder is as it was: no mix of old and new generated files.
    _assert_untouched(built_out, before)
    assert exc is None and code == 1 and "Permission denied" in text


def test_out_never_truncates_a_file(built_out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even when putting things back fails too (every later rename fails), every file in the
    folder is a whole old or new file, and the manifest knows every generated file."""
    project = built_out.parent
    before = _snapshot(built_out)
    code, text, _ = _cli("build", "--out", str(project / "fresh"), "--root", str(project),
                         "--jobs", "1")
    assert code == 0, text
    after = _snapshot(project / "fresh")
    for calls in range(0, 12, 3):
        real = os.replace
        monkeypatch.setattr(os, "replace", _fail_after(calls, OSError(5, "I/O error"),
                                                             built_out)(real))
        _cli("build", "--out", str(built_out), "--root", str(project), "--jobs", "1")
        monkeypatch.undo()
        for name, data in _snapshot(built_out).items():
            assert data in (before.get(name), after.get(name)), name
        assert not list(built_out.glob(".dossier-staging-*"))
        assert (built_out / "index.md").read_text() == "# Hand-written\n"
    manifest = json.loads((built_out / MANIFEST).read_text())
    assert set(manifest["files"]) <= set(after) | set(before)
    # The next run that succeeds gives exactly what a build into an empty folder gives.
    code, text, _ = _cli("build", "--out", str(built_out), "--root", str(project), "--jobs", "1")
    assert code == 0, text
    assert {k: v for k, v in _snapshot(built_out).items() if k != "index.md"} == after


@pytest.mark.parametrize(("name", "owner", "error"), [
    ("replace", os, OSError(13, "Permission denied")),
    ("unlink", Path, OSError(16, "Device or resource busy")),
    ("mkdir", Path, OSError(28, "No space left on device")),
    ("write_bytes", Path, OSError(122, "Disk quota exceeded")),
])
def test_out_rolls_back_whatever_step_fails(
    built_out: Path, monkeypatch: pytest.MonkeyPatch, name: str, owner: object,
    error: OSError,
) -> None:
    """Fail each file operation in turn (the 1st, then the 2nd, …) until the build succeeds:
    every failed run leaves the folder exactly as it was, then one run completes."""
    project = built_out.parent
    (project / "seeds" / "articles" / "two.md").unlink()  # its generated files become stale
    before = _snapshot(built_out)
    real = getattr(owner, name)
    for calls in range(200):
        monkeypatch.setattr(owner, name, _fail_after(calls, error, built_out, once=True)(real))
        code, text, exc = _cli("build", "--out", str(built_out), "--root", str(project),
                               "--jobs", "1")
        monkeypatch.undo()
        assert exc is None, exc
        if code == 0:
            break
        assert code == 1 and error.strerror in text and "left as it was" in text, text
        _assert_untouched(built_out, before)
    else:
        raise AssertionError("the build never succeeded")
    assert calls > 0, "the operation was never used"
    after = _snapshot(built_out)
    assert "articles/2019/three.md" in after
    assert not [k for k in after if Path(k).stem == "two"], sorted(after)
    assert after["index.md"] == b"# Hand-written\n"
    assert set(json.loads(after[MANIFEST])["files"]) == set(after) - {"index.md", MANIFEST}


def test_out_failure_in_a_new_folder_leaves_nothing(
    built_out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = built_out.parent
    fresh = project / "fresh"
    real = Path.write_bytes
    monkeypatch.setattr(Path, "write_bytes", _fail_after(2, OSError(28, "No space left on device"),
                                                         fresh)(real))
    code, text, exc = _cli("build", "--out", str(fresh), "--root", str(project), "--jobs", "1")
    monkeypatch.undo()
    assert exc is None and code == 1 and "No space left on device" in text
    assert not fresh.exists()


def test_out_names_the_file_it_could_not_write(tmp_path: Path, project: Path) -> None:
    write_article(project, "one")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be\n")
    code, text, exc = _cli("build", "--out", str(blocker), "--root", str(project), "--jobs", "1")
    assert exc is None and code == 1, exc
    assert f"cannot write the output folder {blocker}" in text and "Traceback" not in text
    assert blocker.read_text() == "a file where the output folder should be\n"
