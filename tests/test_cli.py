"""The `dossier` command: clear errors, never a traceback; atomic, idempotent output."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from conftest import write_article

from builder.cli import MANIFEST, main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_check_reports_file_field_and_line(project: Path,
                                           article_factory: Callable[..., Path]) -> None:
    article_factory(published="2019-02-31")
    code, out = run("check", "--root", str(project))
    assert code == 1
    assert "seeds/articles/test-article.md:5: error: published:" in out
    assert "day 31 does not exist in 2019-02" in out


def test_check_passes_on_good_input(project: Path, article_factory: Callable[..., Path]) -> None:
    article_factory()
    code, out = run("check", "--root", str(project))
    assert code == 0
    assert "1 article OK" in out


def test_build_out_is_idempotent_and_tidy(project: Path,
                                          article_factory: Callable[..., Path]) -> None:
    article_factory()
    out = project / "docs"
    out.mkdir()
    (out / "index.md").write_text("# Hand-written\n")
    code, text = run("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    assert code == 0, text
    page = out / "articles" / "2019" / "test-article.md"
    assert page.is_file()
    assert (out / "dossier.json").is_file()
    manifest = json.loads((out / MANIFEST).read_text())
    assert "articles/2019/test-article.md" in manifest["files"]
    mtime = page.stat().st_mtime_ns
    code, text = run("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    assert "(0 changed)" in text
    assert page.stat().st_mtime_ns == mtime  # unchanged files are not rewritten
    # An article that goes away takes its generated page with it, and only that.
    (project / "seeds" / "articles" / "test-article.md").rename(
        project / "seeds" / "articles" / "renamed.md")
    text_path = project / "seeds" / "articles" / "renamed.md"
    text_path.write_text(text_path.read_text().replace("id: test-article", "id: renamed"))
    run("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    assert not page.exists()
    assert (out / "articles" / "2019" / "renamed.md").is_file()
    assert (out / "index.md").read_text() == "# Hand-written\n"
    assert not list(out.glob(".dossier-staging-*"))


def test_failed_build_leaves_output_untouched(project: Path,
                                              article_factory: Callable[..., Path]) -> None:
    path = article_factory()
    out = project / "out"
    run("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    path.write_text(path.read_text().replace("lang: en", "lang: xx"))
    code, text = run("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    assert code == 1 and "lang: expected one of en, fr" in text
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_an_article_file_name_that_is_not_utf8_builds(project: Path, tmp_path: Path,
                                                      article_factory: Callable[..., Path]) -> None:
    import os

    path = article_factory()
    path.rename(path.with_name(os.fsdecode(b"caf\xe9.md")))  # a Latin-1 "café.md"
    code, out = run("check", "--root", str(project))
    assert code == 0, out
    code, out = run("build", "--root", str(project), "--out", str(tmp_path / "out"))
    assert code == 0, out


def test_a_registry_name_ending_in_a_full_stop_at_a_paragraph_end(
        project: Path, article_factory: Callable[..., Path]) -> None:
    (project / "seeds" / "people.yml").write_text(
        "- id: robert-downey-jr\n  name: Robert Downey Jr.\n")
    article_factory(body="The actor was Robert Downey Jr.\n\n\"Yes,\" he said.")
    code, out = run("check", "--root", str(project))
    assert code == 0, out


def test_a_markdown_file_under_another_ending_is_an_error(
        project: Path, article_factory: Callable[..., Path]) -> None:
    # nothing is left out without a word: « a.MD », "b.markdown" would not be read
    path = article_factory()
    path.rename(path.with_suffix(".MD"))
    code, out = run("check", "--root", str(project))
    assert code == 1
    assert "seeds/articles/test-article.MD: error: expected an article file ending in '.md'" in out
    assert "rename it test-article.md" in out


def test_an_article_in_a_subfolder_is_an_error(
        project: Path, article_factory: Callable[..., Path]) -> None:
    # nothing is left out without a word: articles are read from seeds/articles itself
    path = article_factory()
    (path.parent / "2025").mkdir()
    path.rename(path.parent / "2025" / path.name)
    (path.parent / ".drafts").mkdir()
    (path.parent / ".drafts" / "draft.md").write_text("a hidden folder is not read, and fine\n")
    code, out = run("check", "--root", str(project))
    assert code == 1
    assert ("seeds/articles/2025/test-article.md: error: expected articles directly in "
            "seeds/articles, found one in its subfolder 2025/: it is not read") in out
    assert "move it to seeds/articles/test-article.md" in out
    assert "draft" not in out


def test_check_outside_the_project_says_where_to_run_it(tmp_path: Path) -> None:
    code, out = run("check", "--root", str(tmp_path / "nowhere"))
    assert code == 1
    assert f"{tmp_path / 'nowhere' / 'seeds' / 'articles'}: error: expected a folder" in out
    assert "holds no mkdocs.yml: run the command from the project's folder, or pass --root" in out


def test_an_article_is_one_markdown_file(project: Path) -> None:
    # no raw page: source_file is optional, the Markdown file is the whole contribution
    path = write_article(project, "written-here", raw=False)
    path.write_text("\n".join(line for line in path.read_text().split("\n")
                              if not line.startswith("source_file:")))
    code, out = run("check", "--root", str(project))
    assert code == 0, out
    code, out = run("build", "--out", str(project / "docs"), "--root", str(project),
                    "--jobs", "1")
    assert code == 0, out
    data = json.loads((project / "docs" / "dossier.json").read_text())
    assert [a["source_file"] for a in data["articles"]] == [None]
    page = (project / "docs" / "articles" / "2019" / "written-here.md").read_text()
    assert "Imported from" not in page


def test_a_mistake_in_a_template_override_is_an_error_naming_its_line(
        project: Path, article_factory: Callable[..., Path]) -> None:
    from builder.render import TEMPLATES

    (project / "seeds" / "people.yml").write_text("- id: ann-lee\n  name: Ann Lee\n")
    article_factory(body="Ann Lee spoke.\n\nShe left.")
    overrides = project / "overrides" / "dossier"
    overrides.mkdir(parents=True)
    built_in = (TEMPLATES / "person.md.jinja").read_text()
    (overrides / "person.md.jinja").write_text(built_in.replace("entry.id }}", "entry.idd }}"))

    def line_of(words: str) -> int:
        return next(n for n, text in enumerate(built_in.splitlines(), 1) if words in text)

    line = line_of("entry.id }}")
    for command in (["check"], ["build", "--out", str(project / "out"), "--jobs", "1"]):
        code, out = run(*command, "--root", str(project))
        assert code == 1
        assert (f"overrides/dossier/person.md.jinja:{line}: error: "
                "'builder.dossier.PersonEntry object' has no attribute 'idd'\n"
                "    hint: the built-in template is builder/templates/person.md.jinja") in out
    (overrides / "person.md.jinja").write_text(built_in.replace(
        "{% if page_number == 1 %}", "{% if page_number == 1", 1))
    code, out = run("check", "--root", str(project))
    assert code == 1
    # Jinja finds the tag unclosed on the next line
    assert (f"overrides/dossier/person.md.jinja:{line_of('{% if page_number == 1 %}') + 1}: "
            "error: syntax error: expected token 'end of statement block'") in out


def test_export_leaves_the_pages_a_build_wrote(project: Path,
                                               article_factory: Callable[..., Path]) -> None:
    # "Write only the data files": the generated pages `dossier build` wrote there stay
    article_factory()
    out = project / "docs"
    run("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    page = out / "articles" / "2019" / "test-article.md"
    before = page.read_bytes()
    code, text = run("export", "--out", str(out), "--root", str(project))
    assert code == 0, text
    assert page.read_bytes() == before
    assert "articles/2019/test-article.md" in json.loads((out / MANIFEST).read_text())["files"]
    # and a later build still prunes a page its article no longer makes
    (project / "seeds" / "articles" / "test-article.md").unlink()
    run("build", "--out", str(out), "--root", str(project), "--jobs", "1")
    assert not page.exists()


def test_evaluate_help_lists_its_options() -> None:
    # (each option on a line of its own, with its help; not only named in the description)
    code, text = run("evaluate", "--help")
    assert code == 0
    for option in ("--set SET", "--group GROUP", "--pooled", "--ci", "--no-registry",
                   "--min-f1 X"):
        assert re.search(rf"^  {re.escape(option)}\s", text, re.MULTILINE), option

