"""Layer 3: real `mkdocs build` runs, asserting on the built site."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest
from conftest import CURATED_ARTICLES, ROOT, mkdocs, seed_article_files, write_article

from builder.invariants import check_site

pytestmark = pytest.mark.slow

SMALL_CONFIG = f"""\
INHERIT: {ROOT / 'mkdocs.yml'}
docs_dir: docs
site_dir: site
theme:
  name: material
  custom_dir: {ROOT / 'overrides'}
  font: false
nav:
  - Home: index.md
  - Articles: articles/index.md
  - People: people/index.md
  - Events: events/index.md
  - Quotes: quotes/index.md
  - Sources: sources/index.md
"""


def small_site(project: Path) -> Path:
    (project / "mkdocs.yml").write_text(SMALL_CONFIG)
    (project / "docs").mkdir(exist_ok=True)
    (project / "docs" / "index.md").write_text("# Test dossier\n")
    shutil.copytree(ROOT / "docs" / "schema", project / "docs" / "schema")
    return project


def test_seeds_site(seeds_site: Path) -> None:
    # One page and one dossier.json entry per article file: the five curated ones and any
    # article a contributor added.
    expected = len(seed_article_files())
    articles = sorted(seeds_site.glob("articles/*/*/index.html"))
    assert len(articles) == expected
    data = json.loads((seeds_site / "dossier.json").read_text())
    assert len(data["articles"]) == expected
    ids = {a["id"] for a in data["articles"]}
    assert {page.parent.name for page in articles} == ids
    assert CURATED_ARTICLES <= ids
    assert all(a["source_file"].startswith("seeds/raw/") for a in data["articles"])
    assert all((ROOT / a["source_file"]).is_file() for a in data["articles"])
    index = json.loads((seeds_site / "search" / "search_index.json").read_text())
    text = " ".join(d["text"] for d in index["docs"])
    assert "réinsertion" in text
    assert index["config"]["lang"] == ["en", "fr"]
    assert "’" in index["config"]["separator"] and "'" in index["config"]["separator"]


def test_site_makes_no_external_request(seeds_site: Path) -> None:
    pattern = re.compile(r"""(?:src|href)=["'](?:https?:)?//""")
    for page in seeds_site.rglob("*.html"):
        html = page.read_text()
        offenders = [m for m in pattern.finditer(html)
                     if 'rel="noopener"' not in html[m.start() - 200: m.end() + 300]]
        # Links a reader may click (article URLs, Wikidata) are fine; loaded resources are not.
        for match in offenders:
            tag_start = html.rfind("<", 0, match.start())
            tag = html[tag_start: html.find(">", match.end()) + 1]
            assert tag.startswith("<a "), f"{page}: external resource {tag}"


def test_article_text_is_not_markup(project: Path) -> None:
    write_article(project, "hostile", body=(
        "#Cut50 played an instrumental role.\n\n"
        "<script>alert('x')</script> {{ config.site_name }} {% raw %}\n\n"
        '--8<-- "mkdocs.yml"\n\n'
        "{: .evil } *not emphasis* [not](a link)"
    ), title="</title><script>alert(1)</script>")
    small_site(project)
    mkdocs(project, "build", "--strict")
    html = (project / "site" / "articles" / "2019" / "hostile" / "index.html").read_text()
    assert "<script>alert" not in html
    assert "<h1 id=\"cut50" not in html
    text = unescape(html)
    assert "#Cut50 played an instrumental role." in text
    assert "<script>alert('x')</script> {{ config.site_name }} {% raw %}" in text  # shown as is
    assert "INHERIT" not in html  # snippets did not include mkdocs.yml
    assert "<em>not emphasis</em>" not in html


def test_bad_input_fails_the_build_and_keeps_the_old_site(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    path = article_factory()
    small_site(project)
    mkdocs(project, "build", "--strict")
    before = sorted(p.relative_to(project) for p in (project / "site").rglob("*"))
    path.write_text(path.read_text().replace("published: 2019-06-13", "published: 2019-13-45"))
    result = mkdocs(project, "build", "--strict", check=False)
    assert result.returncode != 0
    assert "test-article.md:5: error: published:" in result.stderr
    assert "Traceback" not in result.stderr
    after = sorted(p.relative_to(project) for p in (project / "site").rglob("*"))
    assert after == before
    assert not (project / "site.partial").exists()


def _person_override(project: Path, edit: Callable[[str], str]) -> str:
    """A person in the registry and an article naming them; the built-in person template,
    edited, as the project's override. Returns the built-in template's text."""
    from builder.render import TEMPLATES

    (project / "seeds" / "people.yml").write_text("- id: ann-lee\n  name: Ann Lee\n")
    write_article(project, body="Ann Lee spoke.\n\nShe left.")
    built_in = (TEMPLATES / "person.md.jinja").read_text()
    (project / "overrides" / "dossier").mkdir(parents=True, exist_ok=True)
    (project / "overrides" / "dossier" / "person.md.jinja").write_text(edit(built_in))
    return built_in


def test_a_mistake_in_a_template_override_fails_the_build_and_keeps_the_old_site(
    project: Path,
) -> None:
    small_site(project)
    built_in = _person_override(project, lambda text: text)
    mkdocs(project, "build", "--strict")
    before = sorted(p.relative_to(project) for p in (project / "site").rglob("*"))
    _person_override(project, lambda text: text.replace("entry.id }}", "entry.idd }}"))
    line = next(n for n, text in enumerate(built_in.splitlines(), 1) if "entry.id }}" in text)
    result = mkdocs(project, "build", "--strict", check=False)
    assert result.returncode != 0
    assert (f"overrides/dossier/person.md.jinja:{line}: error: "
            "'builder.dossier.PersonEntry object' has no attribute 'idd'") in result.stderr
    assert "hint: the built-in template is builder/templates/person.md.jinja" in result.stderr
    assert "build failed: the previous site was left as it was" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.relative_to(project) for p in (project / "site").rglob("*")) == before


def test_template_overrides_are_not_published(project: Path) -> None:
    """overrides/ is the theme's custom_dir: MkDocs would copy overrides/dossier/*.jinja into
    the site as static files; the rest of the custom_dir is still published."""
    from click.testing import CliRunner

    from builder.cli import main

    small_site(project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace(f"custom_dir: {ROOT / 'overrides'}",
                                                 "custom_dir: overrides"))
    shutil.copytree(ROOT / "overrides", project / "overrides", dirs_exist_ok=True)
    _person_override(project, lambda text: text.replace("{% if entry.person.description %}",
                                                        "Overridden.\n\n{% if entry.person"
                                                        ".description %}"))
    mkdocs(project, "build", "--strict")
    site = project / "site"
    assert "Overridden." in (site / "people" / "ann-lee" / "index.html").read_text()
    assert (site / "assets" / "dossier.css").is_file()
    assert not list(site.rglob("*.jinja"))
    # nor with the plugin off (the plain build of pages `dossier build --out` wrote)
    result = CliRunner().invoke(main, ["build", "--out", str(project / "docs"), "--root",
                                       str(project), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    shutil.rmtree(site)
    mkdocs(project, "build", "--strict", env={"DOSSIER_ENABLED": "false"})
    assert (site / "assets" / "dossier.css").is_file()
    assert not list(site.rglob("*.jinja"))


def test_plain_baseline_builds_pre_generated_pages(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    from click.testing import CliRunner

    from builder.cli import main

    article_factory()
    small_site(project)
    result = CliRunner().invoke(main, ["build", "--out", str(project / "docs"), "--root",
                                       str(project), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    mkdocs(project, "build", "--strict", env={"DOSSIER_ENABLED": "false"})
    plain = (project / "site" / "articles" / "2019" / "test-article" / "index.html").read_text()
    shutil.rmtree(project / "site")
    mkdocs(project, "build", "--strict")
    plugin = (project / "site" / "articles" / "2019" / "test-article" / "index.html").read_text()
    assert plain == plugin


def test_pages_left_by_build_out_for_a_deleted_article_are_not_published(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    from click.testing import CliRunner

    from builder.cli import main

    article_factory()
    gone = article_factory("gone-article")
    small_site(project)
    result = CliRunner().invoke(main, ["build", "--out", str(project / "docs"), "--root",
                                       str(project), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert (project / "docs" / "articles" / "2019" / "gone-article.md").is_file()
    gone.unlink()  # deleted, and `dossier build --out` not run again
    result_build = mkdocs(project, "build", "--strict")
    site = project / "site"
    assert not (site / "articles" / "2019" / "gone-article").exists()
    assert "gone-article" not in (site / "search" / "search_index.json").read_text()
    assert (site / "articles" / "2019" / "test-article" / "index.html").is_file()
    assert "no longer makes (articles/2019/gone-article.md" in result_build.stderr
    assert (project / "docs" / "index.md").is_file()  # hand-written pages stay


def test_cross_reference_to_unknown_id_fails_strict(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    article_factory()
    small_site(project)
    (project / "docs" / "analysis.md").write_text(
        "# Analysis\n\nSee [the article][test-article], [its second paragraph][test-article-p2] "
        "and [nobody][no-such-person].\n"
    )
    result = mkdocs(project, "build", "--strict", check=False)
    assert result.returncode != 0
    assert "no-such-person" in result.stderr
    (project / "docs" / "analysis.md").write_text(
        "# Analysis\n\nSee [the article][test-article] and [its paragraph][test-article-p2].\n"
    )
    # A paragraph is cited by position: its text is pinned first (tests/test_xrefs.py).
    from click.testing import CliRunner

    from builder.cli import main

    result = mkdocs(project, "build", "--strict", check=False)
    assert result.returncode != 0
    assert "docs/analysis.md:3: warning: test-article-p2: ¶2 is cited but its text is not " \
           "pinned in seeds/xrefs.lock.yml" in result.stderr
    pinned = CliRunner().invoke(main, ["xrefs", "--update", "--root", str(project)])
    assert pinned.exit_code == 0, pinned.output
    mkdocs(project, "build", "--strict")
    html = (project / "site" / "analysis" / "index.html").read_text()
    assert 'href="../articles/2019/test-article/#test-article-p2"' in html
    assert 'href="../articles/2019/test-article/#test-article"' in html


def test_plain_baseline_site_is_identical_to_the_plugin_site(
    seeds_site: Path, tmp_path: Path
) -> None:
    """`dossier build --out docs/` + DOSSIER_ENABLED=false builds the very same site, file for
    file (the plain baseline of docs/performance.md and of engines that run no plugins)."""
    from click.testing import CliRunner
    from conftest import copy_site_project

    from builder.cli import main
    from builder.invariants import diff_sites

    (tmp_path / "plain").mkdir()
    project = copy_site_project(tmp_path / "plain")
    result = CliRunner().invoke(main, ["build", "--out", str(project / "docs"), "--root",
                                       str(project), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    mkdocs(project, "build", "--strict", env={"DOSSIER_ENABLED": "false"})
    plain = project / "site"
    assert not (plain / ".dossier-generated.json").exists()
    # sitemap.xml carries the day of the build; both are built the same day.
    assert diff_sites(seeds_site, plain) == []


SERVE_SCRIPT = """
import json, shutil, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from builder.invariants import diff_sites

project = Path(sys.argv[1])
served, fresh = project / "served", project / "fresh"
config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served))
config.plugins.on_startup(command="serve", dirty=False)
plugin = config.plugins["dossier"]
build(config, serve_url="http://127.0.0.1:8000/")
article = project / "seeds" / "articles" / "test-article.md"
article.write_text(article.read_text().replace("Second paragraph.", "Second, edited."))
stats = []
for step in ("edit", "nothing changed", "article removed"):
    if step == "article removed":
        (project / "seeds" / "articles" / "other-article.md").unlink()
    build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served)),
          serve_url="http://127.0.0.1:8000/")
    stats.append({"annotated": plugin.output.stats.annotated, **plugin.cache_stats,
                  "pages_rendered": plugin.output.stats.rendered
                  + plugin.output.stats.indexes_rendered, "files": plugin.kept_site.stats})
config.plugins.on_shutdown()
MkDocsConfig.plugins.plugin_cache.clear()
shutil.rmtree(project / ".dossier-cache")
config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(fresh))
config.plugins.on_startup(command="build", dirty=False)
build(config)
print(json.dumps({"stats": stats, "diff": [d for d in diff_sites(served, fresh)
                                             if not d.startswith("sitemap")]}))
"""


def test_serve_rebuild_reuses_unchanged_pages_and_matches_a_fresh_build(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    """Under `mkdocs serve` the plugin keeps unchanged generated pages (Markdown conversion,
    theme rendering, search entries); after an edit the site equals a fresh build."""
    import os
    import subprocess
    import sys

    (project / "seeds" / "people.yml").write_text("- id: ann-lee\n  name: Ann Lee\n")
    article_factory(body="Ann Lee spoke first.\n\nSecond paragraph.")
    article_factory("other-article", body="Ann Lee again.\n\nNothing else.")
    small_site(project)
    result = subprocess.run(
        [sys.executable, "-c", SERVE_SCRIPT, str(project)], cwd=project, capture_output=True,
        text=True, timeout=600, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["diff"] == []
    edit, unchanged, removed = report["stats"]
    assert edit["annotated"] == 1
    assert edit["conversions_reused"] > 0 and edit["converted"] > 0
    assert unchanged["annotated"] == 0
    assert unchanged["converted"] == 0 and unchanged["rendered"] == 0
    assert unchanged["indexed"] == 0
    # search's data-search-* clean-up is skipped on pages without such attributes (the diff
    # with the fresh build, which runs it everywhere, shows it changed nothing)
    assert unchanged["search_scans_skipped"] > 0 and edit["search_scans_skipped"] > 0
    assert unchanged["pages_rendered"] == 0 and 0 < edit["pages_rendered"] < 20
    # the previous site stays: only changed files are written, and the removed article's
    # page is deleted (the diff with the fresh build above would show it otherwise)
    assert 0 < edit["files"]["written"] < edit["files"]["unchanged"]
    assert edit["files"]["copied"] == 0 and edit["files"]["not_copied"] > 0
    assert unchanged["files"]["written"] <= 3  # the search index, sitemap and 404 are MkDocs'
    assert removed["files"]["deleted"] > 0
    # the previous sites, moved aside so as not to delete them during the build, are gone
    assert not list(project.glob("served.old-*"))


def test_rebuilds_after_edits_equal_fresh_builds(tmp_path: Path) -> None:
    """A kept ``Builder`` (as under `mkdocs serve`) reuses unchanged pages and data-file
    pieces; after every kind of edit its output equals a fresh builder's, index pages and
    data files included."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    from builder.build import Builder, Settings
    from builder.export import data_files
    from builder.render import Renderer

    generate(tmp_path, 30, seed=7)
    articles = sorted((tmp_path / "seeds" / "articles").glob("*.md"))
    people = tmp_path / "seeds" / "people.yml"
    settings = Settings(root=tmp_path, jobs=1)
    kept = Builder(settings)
    kept.generate()

    def edit_title(path: Path) -> None:
        path.write_text(re.sub(r'^title: ("?)(.*?)\1$', r"title: \1\2 (edited)\1",
                               path.read_text(), count=1, flags=re.MULTILINE))

    def edit_body(path: Path) -> None:
        name = re.search(r'^  name: ("?)(.*?)\1$', people.read_text(), flags=re.MULTILINE)
        assert name is not None
        path.write_text(path.read_text() + f"\n“We will not stop now,” {name.group(2)} said "
                        "on 13 June 2019.\n")

    def move_year(path: Path) -> None:
        path.write_text(re.sub(r"^published: \d{4}", "published: 2016", path.read_text(),
                               count=1, flags=re.MULTILINE))

    def rename_person(_: Path) -> None:
        people.write_text(re.sub(r'^  name: ("?)(.*?)\1$', r"  name: \1\2 Junior\1",
                                 people.read_text(), count=1, flags=re.MULTILINE))

    def remove(path: Path) -> None:
        path.unlink()

    edits = [(edit_title, articles[3]), (edit_body, articles[5]), (move_year, articles[7]),
             (rename_person, articles[0]), (remove, articles[9]), (edit_title, articles[3])]
    for edit, path in edits:
        edit(path)
        out = kept.generate()
        fresh = Builder(settings).generate()  # no page or piece kept; annotations from disk
        assert out.pages == fresh.pages, edit.__name__
        assert out.files == fresh.files, edit.__name__
        if edit is not rename_person:
            assert out.stats.rendered <= 1, edit.__name__
            assert out.stats.indexes_rendered < fresh.stats.indexes_rendered, edit.__name__
    # and the pieces path gives what serialising everything at once gives
    renderer = Renderer(out.dossier, settings.templates_dir, kept.meta)
    assert data_files(out.dossier, renderer.site.quote_pages) == out.files
    again = kept.generate()
    assert again.stats.rendered == again.stats.indexes_rendered == 0
    assert again.pages == out.pages and again.files == out.files


def test_serve_moves_the_old_site_aside_and_back_on_error(tmp_path: Path) -> None:
    """Under serve the plugin moves what MkDocs would delete into a sibling folder, deleted in
    the background once MkDocs has cleaned site_dir; a build that fails before that puts it
    back, as MkDocs would have left it."""
    import threading

    from builder.plugin import DossierPlugin

    site = tmp_path / "site"
    (site / "people").mkdir(parents=True)
    (site / "index.html").write_text("old")
    (site / "people" / "index.html").write_text("old")
    (site / ".keep").write_text("hidden")  # MkDocs' clean_directory keeps hidden entries
    plugin = DossierPlugin()
    plugin._move_site_aside(str(site))
    assert sorted(p.name for p in site.iterdir()) == [".keep"]
    plugin.on_build_error(error=RuntimeError("a later plugin failed"))
    assert (site / "people" / "index.html").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]

    plugin._move_site_aside(str(site))
    plugin._delete_trash()  # what on_files does first: MkDocs has cleaned site_dir
    for thread in threading.enumerate():
        if thread.name.startswith("dossier:"):
            thread.join()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert sorted(p.name for p in site.iterdir()) == [".keep"]


def test_each_build_stages_its_pages_in_a_folder_of_its_own(tmp_path: Path) -> None:
    """Two one-off builds of one project may run at once (a preview and a production build in
    CI): each stages its generated Markdown in its own folder and removes only that one."""
    from types import SimpleNamespace

    from builder.plugin import DossierPlugin

    config = SimpleNamespace(site_dir=str(tmp_path / "site"))
    first, second = DossierPlugin(), DossierPlugin()
    first._staging = first._staging_dir(config)  # type: ignore[arg-type]
    second._staging = second._staging_dir(config)  # type: ignore[arg-type]
    assert first._staging and second._staging and first._staging != second._staging
    (second._staging / "page.md").write_text("second")
    first._drop_staging()
    assert (second._staging / "page.md").read_text() == "second"
    second._drop_staging()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


GC_SCRIPT = """
import gc, json, sys
import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config
import builder.build as B

seen = {"generate": [], "convert": []}
generate, convert = B.Builder._generate, markdown.Markdown.convert
def spy_generate(self, *args, **kwargs):
    seen["generate"].append(gc.isenabled())
    return generate(self, *args, **kwargs)
def spy_convert(self, text):
    seen["convert"].append([gc.isenabled(), gc.get_freeze_count() > 0])
    return convert(self, text)
B.Builder._generate, markdown.Markdown.convert = spy_generate, spy_convert
config = load_config(config_file=sys.argv[1] + "/mkdocs.yml")
config.plugins.on_startup(command="build", dirty=False)
build(config)
seen["after"] = [gc.isenabled(), gc.get_freeze_count()]
print(json.dumps(seen))
"""


def test_a_one_off_build_generates_without_collecting_and_freezes_what_is_left(
    project: Path, article_factory: Callable[..., Path]
) -> None:
    """`mkdocs build`: the dossier is generated with the cyclic collector paused; MkDocs then
    converts the pages with the objects left after generating frozen (not walked by every
    full collection); after the build the collector runs and nothing stays frozen."""
    import os
    import subprocess
    import sys

    article_factory(body="Ann Lee spoke first.\n\nSecond paragraph.")
    small_site(project)
    run = subprocess.run([sys.executable, "-c", GC_SCRIPT, str(project)], capture_output=True,
                         text=True, cwd=project, timeout=300, check=False,
                         env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["generate"] == [False]
    assert seen["convert"] and all(state == [True, True] for state in seen["convert"])
    assert seen["after"] == [True, 0]


def test_serve_rebuilds_pause_the_garbage_collector_and_collect_afterwards() -> None:
    """A serve rebuild runs with the cyclic collector paused; its garbage is collected after
    it (in the background, or first thing in the next rebuild), and the collector is always
    running again between builds."""
    import gc

    from builder.plugin import DossierPlugin

    plugin = DossierPlugin()
    assert gc.isenabled()
    try:
        plugin._pause_gc()
        assert not gc.isenabled()
        from builder.build import _init_worker  # the in-process path of a small rebuild
        _init_worker(Path("."), None, None)  # type: ignore[arg-type]
        assert not gc.isenabled()  # only worker processes turn the collector back on
        plugin._resume_gc(collect_later=True)
        # still paused until the background collection, which turns it back on
        assert not gc.isenabled() and plugin._garbage and plugin._collector is not None
        plugin._pause_gc()  # the next rebuild starts before the timer fired
        assert not plugin._garbage and not gc.isenabled()
        plugin.on_build_error(error=RuntimeError("a rebuild failed"))
        plugin._collector.join(5)  # type: ignore[union-attr]
        assert not plugin._garbage and gc.isenabled()
        plugin._pause_gc()
        plugin._resume_gc(collect_later=True)
        plugin.on_shutdown()  # `serve` stops before the timer fired
        assert gc.isenabled() and not plugin._garbage
    finally:
        gc.enable()


# -- languages -------------------------------------------------------------------------------

#: Elements whose text is no reader's: scripts, styles; and the citation formats (BibTeX, RIS,
#: APA in a code block to copy), machine text where no element can mark a title's language.
_NOT_PROSE = ("script", "style", "template", "pre", "code")


def _source_texts(data: dict) -> dict[str, set[str]]:
    """{lang: the texts of dossier.json in that language}: articles' titles and paragraphs,
    quotations, and the words as written of appearances and event sources."""
    lang_of = {a["id"]: a["lang"] for a in data["articles"]}
    texts: dict[str, set[str]] = {}
    for a in data["articles"]:
        texts.setdefault(a["lang"], set()).update([a["title"], *(p["text"] for p in a["paragraphs"])])
    for q in data["quotes"]:
        texts.setdefault(q["lang"], set()).add(q["text"])
    for p in data["people"]:
        for ap in p["appearances"]:
            texts[lang_of[ap["article"]]].add(ap["text"])
    for e in data["events"]:
        for s in e["sources"]:
            texts[lang_of[s["article"]]].add(s["text"])
    return {lang: {" ".join(t.split()) for t in found} for lang, found in texts.items()}


def test_text_in_another_language_carries_its_lang(seeds_site: Path) -> None:
    """Every French (or English) title, paragraph, quotation and word of the articles, on every
    page where it is shown, is in an element whose closest [lang] is its language: the page
    says lang="en", so a French title in a link, a table, the header or an <option> needs its
    own. The <title> element is the exception: it can hold no markup, and it follows the
    article's title with the site's English name, so it must carry no lang of its own (a
    French one would declare the English name French). Texts that occur in the other
    language's texts too, or in the registries' names and descriptions (an English name
    quoted by a French article), are not checked."""
    import lxml.html

    data = json.loads((seeds_site / "dossier.json").read_text())
    texts = _source_texts(data)
    interface = " ".join([*(p["name"] for p in data["people"]), *(a for p in data["people"]
                          for a in p["aliases"]), *(p["description"] or "" for p in data["people"]),
                          *(e["title"] for e in data["events"])])
    assert {"en", "fr"} <= set(texts)
    checked: dict[str, str] = {}
    for lang, found in texts.items():
        others = " ".join(t for other, ts in texts.items() if other != lang for t in ts)
        for text in found:
            if len(text) >= 4 and re.search(r"[^\W\d_]{3}", text) and text not in others \
                    and text not in interface:
                checked[text] = lang
    wrong: list[str] = []
    seen: set[str] = set()
    titles_seen: set[str] = set()  # texts found in a <title>, beside the site's name
    from builder.invariants import GENERATED_FOLDERS

    # The generated pages; the hand-written ones (docs/) mark their own quotations.
    pages = sorted(p for folder in GENERATED_FOLDERS for p in (seeds_site / folder).rglob("*.html"))
    for page in pages:
        root = lxml.html.fromstring(page.read_bytes())
        for el in list(root.iter(*_NOT_PROSE)):
            if el.getparent() is not None:
                el.drop_tree()
        content: dict[object, str] = {}

        def text_of(el: lxml.html.HtmlElement, content: dict[object, str] = content) -> str:
            if el not in content:
                content[el] = " ".join(el.text_content().split())
            return content[el]

        whole = text_of(root)
        for text, lang in checked.items():
            if text not in whole:
                continue
            seen.add(text)
            todo = [root]
            while todo:
                el = todo.pop()
                inner = [c for c in el if isinstance(c.tag, str) and text in text_of(c)]
                if inner:
                    todo.extend(inner)
                    continue
                where = page.relative_to(seeds_site).as_posix()
                if el.tag == "title" and text_of(el) != text:  # the title and the site's name
                    titles_seen.add(text)
                    if el.get("lang"):
                        wrong.append(f"{where}: <title lang={el.get('lang')}> holds the site's "
                                     f"name too: {text_of(el)[:80]!r}")
                    continue
                marked = next((a.get("lang") for a in el.iterancestors() if a.get("lang")), None)
                marked = el.get("lang") or marked
                if marked != lang:
                    wrong.append(f"{where}: <{el.tag}> lang={marked}: {text[:60]!r} ({lang})")
    titles = {a["title"] for a in data["articles"]}
    assert titles & set(checked) <= seen  # every title is on some page, and was checked
    assert titles & set(checked) <= titles_seen  # in its page's <title> too
    assert {lang for text, lang in checked.items() if text in titles_seen} == {"en", "fr"}
    assert not wrong, f"{len(wrong)} texts outside their language:\n" + "\n".join(
        sorted(set(wrong))[:40])


def test_the_header_override_is_materials_with_the_title_lang() -> None:
    """overrides/partials/header.html is Material's, plus the page title's lang: an upgrade
    of Material that changes its header fails here, to copy it again."""
    from material import templates

    ours = (ROOT / "overrides" / "partials" / "header.html").read_text()
    theirs = (Path(templates.__file__).parent / "partials" / "header.html").read_text()
    ours = ours.split("-#}\n", 1)[1]
    change = ('{% if page.meta and page.meta.dossier and page.meta.dossier.lang %}'
              ' lang="{{ page.meta.dossier.lang }}"{% endif %}')
    assert change in ours
    assert ours.replace(change, "") == theirs


def test_breadcrumbs_are_not_searched(seeds_site: Path) -> None:
    index = json.loads((seeds_site / "search" / "search_index.json").read_text())
    html = (seeds_site / "articles" / "2019" / "index.html").read_text()
    assert 'aria-label="Breadcrumb"' in html and "data-search-exclude" in html
    for doc in index["docs"]:
        if doc["location"].startswith(("people/", "events/", "articles/2")):
            assert not doc["text"].startswith(("Articles", "People", "Events")), doc["location"]


_INLINE = re.compile(r"</?(?:a|span|time|strong|em|code|q|abbr)\b[^>]*>")


def _visible(html: str) -> str:
    """Visible text: inline tags vanish, block tags separate words."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", _INLINE.sub("", html))).split())


def _undated_words_are_marked(site: Path, data: dict) -> None:
    """Every event source without a date (front matter `events`) is marked in its paragraph:
    links to the event that cover its words, from the first to the last, except where a
    person's name among them is a link to the person."""
    import lxml.html

    pages = {a["id"]: a["page"] for a in data["articles"]}
    undated = [(e, s) for e in data["events"] for s in e["sources"] if s["value"] is None]
    assert len(undated) >= 3  # the roundtable, and the clemency in English and in French
    for event, source in undated:
        root = lxml.html.fromstring((site / pages[source["article"]] / "index.html").read_bytes())
        paragraph = root.get_element_by_id(source["paragraph"])
        links = [a for a in paragraph.iter("a") if "dossier-event-link" in a.classes
                 and a.get("href", "").endswith(f"/events/{event['id']}/")]
        pieces = [" ".join(a.text_content().split()) for a in links]
        names = {" ".join(a.text_content().split()) for a in paragraph.iter("a")
                 if "dossier-person" in a.classes}
        words = " ".join(source["text"].split())
        assert pieces, source
        at = 0
        for piece in pieces:
            found = words.find(piece, at)
            assert found >= 0 and words[at:found].strip() in ({""} | names if at else {""}), (
                source, pieces)
            at = found + len(piece)
        assert at == len(words), (source, pieces)


def test_an_event_reported_without_a_date_cites_its_paragraph(seeds_site: Path) -> None:
    """The roundtable has no date expression in its article: the front matter's ``events``
    makes ¶1 its source, shown on the event page, the timeline, the article page and in the
    exports, with no date given (and no disagreement)."""
    article = "articles/2024/2024-04-26-kardashian-harris-roundtable/"
    page = (seeds_site / "events" / "2024-04-25-harris-roundtable" / "index.html").read_text()
    main = page[page.index("<article"):page.index("</article>")]
    assert f'href="../../{article}#p1"' in main
    text = _visible(main)
    assert "No article in the dossier reports this event yet" not in text
    assert ("1 article reports this event. No source gives a date; the words that report it:"
            in text), text
    assert ("Kim Kardashian joins Kamala Harris at a White House roundtable on pardons ¶1 EN "
            "“at the White House for a roundtable discussion” no date given") in text, text
    assert "disagree" not in text
    # the clemency: two undated reports, side by side, neither disagreeing
    clemency = (seeds_site / "events" / "2018-06-06-johnson-clemency" / "index.html").read_text()
    compare = _visible(clemency[clemency.index('id="compare"'):clemency.index("</article>")])
    assert "“que le président a graciée”, no date given (¶4)" in compare, compare
    assert "“whose life sentence was commuted”, no date given (¶6)" in compare, compare
    assert "disagree" not in _visible(clemency)
    # the timeline counts it as a source
    timeline = _visible((seeds_site / "events" / "index.html").read_text())
    assert ("Kamala Harris's White House roundtable on pardons, with Kim Kardashian · 1 source"
            in timeline), timeline
    assert "no source yet" not in timeline
    # the article page lists it, with the words and the paragraph
    html = (seeds_site / article / "index.html").read_text()
    summary = _visible(html[html.index('class="admonition info"'):html.index('id="text"')])
    assert ("Events reported without a date: Kamala Harris's White House roundtable on "
            "pardons, with Kim Kardashian (“at the White House for a roundtable discussion”, "
            "¶1)") in summary, summary
    assert 'href="../../../events/2024-04-25-harris-roundtable/"' in html
    # the words that report it, in the paragraph the event page cites, are a link to the event
    # (as a date that names an event is), so that the citation lands on marked words
    p1 = html[html.index('id="p1"'):]
    assert re.search(r'<a class="dossier-event-link" href="../../../events/'
                     r'2024-04-25-harris-roundtable/" title="[^"]*">at the White House for a '
                     r"roundtable discussion</a>", p1[:p1.index("</p>")])
    # the exports, and the site's invariants (every source's words are in its paragraph)
    data = json.loads((seeds_site / "dossier.json").read_text())
    _undated_words_are_marked(seeds_site, data)
    event = next(e for e in data["events"] if e["id"] == "2024-04-25-harris-roundtable")
    assert [(s["article"], s["paragraph"], s["value"]) for s in event["sources"]] == [
        ("2024-04-26-kardashian-harris-roundtable", "p1", None)]
    rows = list(csv.DictReader(io.StringIO((seeds_site / "data" / "events.csv").read_text())))
    row = next(r for r in rows if r["id"] == "2024-04-25-harris-roundtable")
    assert row["sources"] == "2024-04-26-kardashian-harris-roundtable#p1"
    assert check_site(seeds_site, data) == []
