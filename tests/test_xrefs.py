"""Cross-references from hand-written pages to paragraphs and quotations (``builder/xrefs.py``).

Paragraph anchors and quotation ids are positions; a cross-reference must fail loudly, never
silently point elsewhere, when the text it was written against moved or changed. Layers:
(a) unit tests of the quotation guard, the pins and the page scan; (b) the pipeline on a copy
of the seeds with a paragraph inserted; (c) real `mkdocs build --strict` runs.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, copy_site_project, mkdocs

from builder import xrefs
from builder.build import Builder, Settings
from builder.cli import main
from builder.errors import DossierError, ProblemCollector

PAGE = "docs/analysis/first-step-act.md"
REFINERY = "2019-06-13-refinery29-white-house"
QUOTED = '["Late last year, we fought tirelessly to pass this law"]'


# -- (a) units ------------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("Let’s keep this momentum", "let's  keep this\nmomentum"),  # apostrophe, case, spacing
    ("« Depuis la promulgation »", '"depuis la promulgation"'),  # quotation-mark styles
    ("la sécurité publique.", "la securite publique"),  # accents, punctuation
])
def test_a_typographic_change_keeps_the_hash(a: str, b: str) -> None:
    assert xrefs.text_hash(a) == xrefs.text_hash(b)


@pytest.mark.parametrize(("a", "b"), [
    ("signed into law in December 2018", "signed into law in January 2019"),
    ("we fought tirelessly", "we did not fight tirelessly"),
])
def test_a_word_changed_changes_the_hash(a: str, b: str) -> None:
    assert xrefs.text_hash(a) != xrefs.text_hash(b)


@pytest.mark.parametrize(("text", "fragments"), [
    ('"Late last year, we fought"', [["late", "last", "year", "we", "fought"]]),
    ("“we fought tirelessly”", [["we", "fought", "tirelessly"]]),
    ("« effort bipartite »", [["effort", "bipartite"]]),
    ("«\u00a0Depuis la promulgation\u00a0»", [["depuis", "la", "promulgation"]]),
    ("„Wir schaffen das“", [["wir", "schaffen", "das"]]),
    ('*"in emphasis"*', [["in", "emphasis"]]),
    (r'\"escaped\"', [["escaped"]]),
    ('"Late last year … Let’s keep"', [["late", "last", "year"], ["let", "s", "keep"]]),
    ('"Late last year [...] keep"', [["late", "last", "year"], ["keep"]]),
    ("¶3", None),
    ("the signing", None),
    ('"unclosed', None),
    ('"…"', None),  # no words: nothing to check
])
def test_which_link_texts_are_quotations(text: str, fragments: list[list[str]] | None) -> None:
    assert xrefs.quoted_fragments(text) == fragments


@pytest.mark.parametrize(("quoted", "found"), [
    ('"we fought tirelessly"', True),
    ('"WE FOUGHT tirelessly"', True),
    ('"Late last year … keep this momentum"', True),
    ('"keep this momentum … Late last year"', False),  # out of order
    ('"we fought bravely"', False),
    ('"fought tirelessly to pass this law, leading"', True),
    ('"tire"', False),  # whole words only
])
def test_quoted_words_must_occur_in_order(quoted: str, found: bool) -> None:
    text = ("Late last year, we fought tirelessly to pass this law, leading a coalition … "
            "Let’s keep this momentum going")
    fragments = xrefs.quoted_fragments(quoted)
    assert fragments is not None
    assert xrefs.quotes_in(fragments, text) is found


def test_references_are_found_with_their_lines_and_code_is_left_out() -> None:
    page = (
        "# Title\n"
        "See [¶3][a-p3] and [the\n"
        "signing][some-event], and [a-q2][].\n"
        "Syntax: `[¶7][a-p7]`, ``[x][a-p8]``.\n"
        "<!-- [¶9][a-p9] -->\n"
        "```markdown\n"
        "[¶5][a-p5]\n"
        "```\n"
        "~~~\n[¶6][a-p6]\n~~~\n"
        'Last: ["nested [brackets]"][a-q1] \\[not][a-p1]\n'
    )
    found = [(r.line, r.text, r.target) for r in xrefs.find_references(page, "docs/x.md")]
    assert found == [
        (2, "¶3", "a-p3"), (2, "the\nsigning", "some-event"), (3, "a-q2", "a-q2"),
        (12, '"nested [brackets]"', "a-q1"),
    ]


def test_pages_written_by_build_out_are_not_scanned(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "analysis.md").write_text("[¶1][a-p1]\n")
    (docs / "articles" / "a.md").write_text("[¶2][a-p2]\n")
    (docs / ".dossier-generated.json").write_text('{"files": ["articles/a.md"]}')
    (docs / ".hidden").mkdir()
    (docs / ".hidden" / "b.md").write_text("[¶3][a-p3]\n")
    assert [(r.page, r.target) for r in xrefs.scan_pages(docs, tmp_path)] == \
        [("docs/analysis.md", "a-p1")]


def test_the_lock_reads_back_what_it_wrote(tmp_path: Path) -> None:
    pins = {"b-p2": xrefs.Pin("Two “words”…", xrefs.text_hash("two words")),
            "a-q1": xrefs.Pin('Say "\\ this\u2028', xrefs.text_hash("x"))}
    path = tmp_path / "seeds" / xrefs.LOCK_NAME
    path.parent.mkdir()
    path.write_text(xrefs.render_lock(pins))
    problems = ProblemCollector()
    loaded = xrefs.load_lock(path, tmp_path, problems)
    assert problems.problems == []
    assert {k: (p.text, p.hash) for k, p in loaded.items()} == \
        {k: (p.text, p.hash) for k, p in pins.items()}
    assert list(loaded) == ["a-q1", "b-p2"]  # sorted: one line per id, a readable diff
    assert loaded["a-q1"].line == 6 and loaded["b-p2"].line == 7


@pytest.mark.parametrize(("text", "line", "expected"), [
    ("a-p1: [unclosed\n", 2, "is not valid YAML"),  # (where YAML finds the list open)
    ("- a-p1\n", 1, "expected a mapping of ids to pins"),
    ("a-p1: {text: x, hash: abc}\n", 1, "a-p1: expected {text:"),
    ("a-p1: {text: x, hash: 0123456789abcdef}\nb-p2: {hash: 0123456789abcdef}\n", 2,
     "b-p2: expected {text:"),
])
def test_a_bad_lock_is_reported_with_its_line(tmp_path: Path, text: str, line: int,
                                              expected: str) -> None:
    path = tmp_path / xrefs.LOCK_NAME
    path.write_text(text)
    problems = ProblemCollector()
    xrefs.load_lock(path, tmp_path, problems)
    assert [p.line for p in problems.problems] == [line]
    shown = problems.problems[0].format()
    assert shown.startswith(f"{xrefs.LOCK_NAME}:{line}: error: ") and expected in shown
    assert "dossier xrefs --update" in shown


# -- the checks, on a small project ---------------------------------------------------------
BODY = (
    "The governor signed the bill on Monday.\n\n"
    '"We fought tirelessly for this law," said Ana Ruiz.\n\n'
    '"It is only a first step," said Ben Ortiz.'
)


def _report(project: Path, page: str) -> xrefs.Report:
    (project / "docs").mkdir(exist_ok=True)
    (project / "docs" / "analysis.md").write_text(page)
    builder = Builder(Settings(root=project, cache=None, jobs=1, docs="docs"))
    return builder.check_cross_references(builder.assemble())


def _update(project: Path) -> str:
    result = CliRunner().invoke(main, ["xrefs", "--update", "--root", str(project)])
    assert result.exit_code == 0, result.output
    return result.output


def _insert_paragraph(path: Path, paragraph: str) -> None:
    """What docs/contributing/index.md step 3 asks for: a removed line back into the body, as
    its first paragraph."""
    head, sep, body = path.read_text().partition("\n---\n")
    path.write_text(f"{head}{sep}\n{paragraph}\n{body}")


def test_a_quotation_link_to_the_wrong_quotation_names_the_right_one(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    article_factory(body=BODY)
    report = _report(project, '# A\n\nThey said ["It is only a first step"][test-article-q1].\n')
    assert [p.line for p in report.errors] == [3]
    message = report.errors[0].format()
    assert message.startswith("docs/analysis.md:3: error: test-article-q1: the link quotes "
                              '"It is only a first step", which is not in quotation q1; '
                              "it now reads “We fought tirelessly for this law”")
    assert "the words are in quotation q2 (test-article-q2): write " \
           '["It is only a first step"][test-article-q2]' in message
    assert report.blocking == report.errors  # --update cannot settle a wrong link


def test_a_quotation_link_to_a_paragraph_is_guarded_too(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    article_factory(body=BODY)
    report = _report(project, '["signed the bill"][test-article-p2]\n')
    assert "write [\"signed the bill\"][test-article-p1]" in report.errors[0].format()
    assert _report(project, '["signed the bill"][test-article-p1]\n').errors == []


def test_a_new_citation_warns_until_pinned(project: Path,
                                           article_factory: Callable[..., Path]) -> None:
    article_factory(body=BODY)
    report = _report(project, "# A\n\nSee [¶1][test-article-p1].\n")
    assert report.errors == []
    assert [p.format().splitlines()[0] for p in report.warnings] == [
        ("docs/analysis.md:3: warning: test-article-p1: ¶1 is cited but its text is not "
         "pinned in seeds/xrefs.lock.yml")]
    assert "then run `dossier xrefs --update`" in report.warnings[0].format()
    out = _update(project)
    assert "pinned test-article-p1: The governor signed the bill on Monday." in out
    lock = (project / "seeds" / xrefs.LOCK_NAME).read_text()
    assert "test-article-p1: {text: \"The governor signed the bill on Monday.\", hash: " in lock
    report = _report(project, "# A\n\nSee [¶1][test-article-p1].\n")
    assert report.errors == report.warnings == []


def test_an_inserted_paragraph_is_an_error_naming_where_the_text_went(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    path = article_factory(body=BODY)
    page = "# A\n\nSigned: [¶1][test-article-p1].\n"
    _report(project, page)
    _update(project)
    _insert_paragraph(path, "A line the importer wrongly removed.")
    report = _report(project, page)
    assert len(report.errors) == 1
    message = report.errors[0].format()
    assert message.startswith(
        "docs/analysis.md:3: error: test-article-p1: ¶1 changed since the page cited it: it read "
        "“The governor signed the bill on Monday.” (seeds/xrefs.lock.yml:6), it now reads "
        "“A line the importer wrongly removed.”; the text it read is now ¶2: test-article-p2")
    assert "hint: write [¶2][test-article-p2]" in message
    assert report.blocking == report.errors
    result = CliRunner().invoke(main, ["xrefs", "--update", "--root", str(project)])
    assert result.exit_code == 1 and "test-article-p1: ¶1 changed" in result.output
    # The contributor follows the hint, then pins: the build is clean again.
    page = "# A\n\nSigned: [¶2][test-article-p2].\n"
    _report(project, page)
    assert "dropped test-article-p1 (no page cites it)" in _update(project)
    assert _report(project, page).errors == []


def test_links_re_pointed_after_a_shift_can_be_pinned(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    """Two neighbouring citations: after the shift, the first link now points where the
    second one's pinned text was. Once both follow their texts, --update pins them."""
    path = article_factory(body=BODY)
    _report(project, "[¶1][test-article-p1], [¶2][test-article-p2]\n")
    _update(project)
    _insert_paragraph(path, "A line the importer wrongly removed.")
    stale = _report(project, "[¶1][test-article-p1], [¶2][test-article-p2]\n")
    assert [p.field for p in stale.blocking] == ["test-article-p1", "test-article-p2"]
    assert "hint: write [¶3][test-article-p3]" in stale.blocking[1].format()
    fixed = "[¶2][test-article-p2], [¶3][test-article-p3]\n"
    report = _report(project, fixed)
    assert len(report.errors) == 1 and report.blocking == []
    assert report.errors[0].message.endswith(
        "“The governor signed the bill on Monday.”, the text pinned for ¶1, which "
        "no page cites any more; the text it read is now ¶3: test-article-p3, which the pages "
        "cite too")
    out = _update(project)
    assert "pinned again test-article-p2" in out and "pinned test-article-p3" in out
    assert _report(project, fixed).errors == []


def test_a_changed_paragraph_is_an_error_until_pinned_again(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    path = article_factory(body=BODY)
    page = "[¶1][test-article-p1]\n"
    _report(project, page)
    _update(project)
    path.write_text(path.read_text().replace("on Monday", "on Tuesday"))
    report = _report(project, page)
    message = report.errors[0].format()
    assert "it now reads “The governor signed the bill on Tuesday.”" in message
    assert "no paragraph of test-article holds the text it read now" in message
    assert report.blocking == []  # the contributor checks the page, then pins
    _update(project)
    assert _report(project, page).errors == []
    path.write_text(path.read_text().replace("on Tuesday", "on  Tuesday"))  # spacing only
    assert _report(project, page).errors == []


def test_a_pinned_paragraph_that_no_longer_exists(project: Path,
                                                  article_factory: Callable[..., Path]) -> None:
    path = article_factory(body=BODY)
    page = "[¶3][test-article-p3]\n"
    _report(project, page)
    _update(project)
    path.write_text(path.read_text().replace('\n\n"It is only a first step," said Ben Ortiz.', ""))
    report = _report(project, page)
    assert "this paragraph no longer exists" in report.errors[0].message
    assert report.blocking == report.errors


# -- (b) the pipeline, on a copy of the seeds -----------------------------------------------
def _line_of(source: str, link: str) -> int:
    return source[:source.index(link)].count("\n") + 1


def test_the_seeds_cross_references_are_pinned_and_right() -> None:
    builder = Builder(Settings(root=ROOT, cache=None, jobs=1))
    report = builder.check_cross_references(builder.assemble())
    assert report.errors == [] and report.warnings == []
    assert len(report.checked) == 11


@pytest.fixture
def shifted(tmp_path: Path) -> Path:
    """The seeds project, with one paragraph holding a quotation put back at the top of the
    Refinery29 article (every paragraph and quotation id after it shifts by one)."""
    (tmp_path / "project").mkdir()
    project = copy_site_project(tmp_path / "project")
    _insert_paragraph(project / "seeds" / "articles" / f"{REFINERY}.md",
                      '"It was a long day," a White House aide said.')
    return project


def test_a_paragraph_inserted_into_a_seed_article_fails_the_build(shifted: Path) -> None:
    source = (ROOT / PAGE).read_text()
    with pytest.raises(DossierError) as caught:
        Builder(Settings(root=shifted, cache=None, jobs=1)).generate(keep=False)
    report = caught.value.report()
    p3 = _line_of(source, f"[¶3][{REFINERY}-p3]")
    q6 = _line_of(source, f"{QUOTED}[{REFINERY}-q6]")
    assert f"{PAGE}:{p3}: error: {REFINERY}-p3: ¶3 changed since the page cited it" in report
    assert f"the text it read is now ¶4: {REFINERY}-p4\n    hint: write [¶4][{REFINERY}-p4]" in report
    assert (f'{PAGE}:{q6}: error: {REFINERY}-q6: the link quotes "Late last year, we fought '
            f'tirelessly to pass this law", which is not in quotation q6') in report
    assert f"write {QUOTED}[{REFINERY}-q7]" in report
    assert "Traceback" not in report
    result = CliRunner().invoke(main, ["check", "--root", str(shifted)])
    assert result.exit_code == 1 and f"{PAGE}:{p3}: error:" in result.output


def test_the_quotation_guard_needs_no_lock(shifted: Path) -> None:
    (shifted / "seeds" / xrefs.LOCK_NAME).unlink()
    with pytest.raises(DossierError) as caught:
        Builder(Settings(root=shifted, cache=None, jobs=1)).generate(keep=False)
    assert [p.field for p in caught.value.problems] == [f"{REFINERY}-q6"]


# -- (c) real mkdocs builds -----------------------------------------------------------------
@pytest.mark.slow
def test_mkdocs_strict_fails_on_a_shifted_anchor_and_keeps_the_site(shifted: Path) -> None:
    article = shifted / "seeds" / "articles" / f"{REFINERY}.md"
    shifted_text = article.read_text()
    shutil.copy2(ROOT / "seeds" / "articles" / f"{REFINERY}.md", article)
    mkdocs(shifted, "build", "--strict")
    built = (shifted / "site" / "analysis" / "first-step-act" / "index.html").read_text()
    assert f"#{REFINERY}-p3" in built
    article.write_text(shifted_text)
    result = mkdocs(shifted, "build", "--strict", check=False)
    assert result.returncode != 0
    line = _line_of((ROOT / PAGE).read_text(), f"[¶3][{REFINERY}-p3]")
    assert f"{PAGE}:{line}: error: {REFINERY}-p3: ¶3 changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert (shifted / "site" / "analysis" / "first-step-act" / "index.html").read_text() == built
    assert not (shifted / "site.partial").exists()
    # Follow the hints, pin, and the site builds, citing the paragraphs that say it.
    page = shifted / PAGE
    text = page.read_text()
    for old, new in (("p7", "p8"), ("p6", "p7"), ("p3", "p4"), ("q6", "q7")):
        text = text.replace(f"[{REFINERY}-{old}]", f"[{REFINERY}-{new}]")
        text = re.sub(rf"\[¶{old[1:]}\]\[{REFINERY}-{new}\]", f"[¶{new[1:]}][{REFINERY}-{new}]",
                      text)
    page.write_text(text)
    _update(shifted)
    mkdocs(shifted, "build", "--strict")
    html = (shifted / "site" / "analysis" / "first-step-act" / "index.html").read_text()
    assert f"#{REFINERY}-p4" in html and f"#{REFINERY}-q7" in html


@pytest.mark.slow
def test_mkdocs_strict_fails_on_an_unpinned_citation(shifted: Path) -> None:
    shutil.copy2(ROOT / "seeds" / "articles" / f"{REFINERY}.md",
                 shifted / "seeds" / "articles" / f"{REFINERY}.md")
    page = shifted / PAGE
    page.write_text(page.read_text() + f"\nMore in [¶2][{REFINERY}-p2].\n")
    line = page.read_text().count("\n")
    result = mkdocs(shifted, "build", "--strict", check=False)
    assert result.returncode != 0
    assert (f"{PAGE}:{line}: warning: {REFINERY}-p2: ¶2 is cited but its text is not pinned "
            "in seeds/xrefs.lock.yml") in result.stderr
    mkdocs(shifted, "build")  # not strict: a warning only


# -- the second audit's findings --------------------------------------------------------------
def test_a_joint_statements_anchor_on_another_speakers_page_is_checked(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    # ``<quote id>--<speaker>`` is the quotation on another speaker's page: guarded as it
    article_factory(body=BODY)
    report = _report(project, '["we never said this"][test-article-q1--ben-ortiz]\n')
    assert [p.line for p in report.errors] == [1]
    assert "test-article-q1" in report.errors[0].format()


def test_a_paragraph_number_an_article_does_not_have_is_an_error(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    article_factory(body=BODY)
    report = _report(project, "# A\n\nSee [¶99][test-article-p99].\n")
    assert [p.format().splitlines()[0] for p in report.errors] == [
        ("docs/analysis.md:3: error: test-article-p99: test-article-p99 is no paragraph of "
        "test-article: it has 3 paragraphs")]
    assert report.blocking == report.errors


def test_a_hash_of_digits_only_reads_back(tmp_path: Path) -> None:
    # an older --update wrote hashes bare; one of digits only reads as a number
    lock = tmp_path / xrefs.LOCK_NAME
    lock.write_text("a-p1: {text: \"Words\", hash: 0442412368226888}\n")
    problems = ProblemCollector()
    pins = xrefs.load_lock(lock, tmp_path, problems)
    assert problems.errors == [] and pins["a-p1"].hash == "0442412368226888"
    assert 'hash: "0442412368226888"' in xrefs.render_lock(pins)


def test_with_no_lock_the_hint_says_to_restore_it(project: Path,
                                                 article_factory: Callable[..., Path]) -> None:
    article_factory(body=BODY)
    report = _report(project, "# A\n\nSee [¶1][test-article-p1].\n")
    assert "restore it from git first (`git checkout seeds/xrefs.lock.yml`)" in \
        report.warnings[0].format()


def test_a_lock_that_cannot_be_written_is_an_error_not_a_traceback(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    article_factory(body=BODY)
    _report(project, "# A\n\nSee [¶1][test-article-p1].\n")
    (project / "seeds" / xrefs.LOCK_NAME).mkdir()  # (no file can be written there)
    result = CliRunner().invoke(main, ["xrefs", "--update", "--root", str(project)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "cannot write seeds/xrefs.lock.yml" in result.output
    assert not list((project / "seeds").glob(".xrefs.lock.yml.*.tmp"))
