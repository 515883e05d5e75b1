"""Fixed costs are paid only when needed: the annotators' tables are built when an article is
annotated (only the languages it needs), worker processes' machinery is imported only when a
worker starts, and compiled templates are kept in the dossier's cache for the next build.
None of it changes what is built."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import jinja2
import pytest
from conftest import ROOT, write_article

from builder import build, render
from builder.annotate import dates, people
from builder.build import Builder, Settings


def _python(script: str, cwd: Path = ROOT) -> str:
    """Run ``script`` in a fresh interpreter importing this checkout's ``builder``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    return subprocess.run([sys.executable, "-c", script], cwd=cwd, env=env,
                          check=True, capture_output=True, text=True).stdout


def _copy_seeds(dest: Path) -> Path:
    shutil.copytree(ROOT / "seeds", dest / "seeds",
                    ignore=shutil.ignore_patterns(".dossier-*"))
    return dest


STATE = """
import sys
from builder.annotate import dates, people
print(repr({"people": people.tables_built(), "dates": sorted(dates._LEXICONS),
            "tenses": sorted(dates._TENSES),
            "multiprocessing": "concurrent.futures.process" in sys.modules}))
"""


def test_importing_the_pipeline_builds_no_table(tmp_path: Path) -> None:
    state = ast.literal_eval(_python("import builder.build\n" + STATE))
    assert state == {"people": False, "dates": [], "tenses": [], "multiprocessing": False}


def test_a_build_from_the_cache_builds_no_table(tmp_path: Path) -> None:
    project = _copy_seeds(tmp_path)
    script = f"""
    from pathlib import Path
    from builder.build import Builder, Settings
    out = Builder(Settings(root=Path({str(project)!r}), jobs=1)).generate(keep=False)
    print(out.stats.annotated)
    """
    cold = _python(textwrap.dedent(script) + STATE).splitlines()
    warm = _python(textwrap.dedent(script) + STATE).splitlines()
    assert int(cold[0]) > 0 and ast.literal_eval(cold[1])["people"] is True
    assert int(warm[0]) == 0
    assert ast.literal_eval(warm[1]) == {"people": False, "dates": [], "tenses": [],
                                         "multiprocessing": False}


def test_only_the_languages_annotated_are_built(tmp_path: Path) -> None:
    write_article(tmp_path, "un-article", "Le 13 juin 2019, Marie Curie a parlé.", lang="fr")
    script = f"""
    from pathlib import Path
    from builder.articles import load_article
    from builder.annotate import annotate_article
    from builder.errors import ProblemCollector
    from builder.registry import Registry
    root = Path({str(tmp_path)!r})
    article = load_article(root / "seeds/articles/un-article.md", root, ProblemCollector())
    annotate_article(article, Registry())
    """
    state = ast.literal_eval(_python(textwrap.dedent(script) + STATE))
    assert state["dates"] == ["fr"] and state["tenses"] == ["fr"] and state["people"] is True


def test_tables_built_lazily_or_up_front_annotate_alike() -> None:
    """Every seed article, annotated in a process that builds the tables on first use and in
    one that builds them all first (as the builder does before forking workers)."""
    script = """
    import sys
    from pathlib import Path
    from builder import build
    from builder.annotate import annotate_article
    from builder.articles import article_paths, load_article
    from builder.errors import ProblemCollector
    from builder.registry import load_registry
    if sys.argv[1:] == ["up-front"]:
        build.build_tables()
    root = Path(".").resolve()
    problems = ProblemCollector()
    registry = load_registry(root / "seeds", root, problems)
    results = [annotate_article(load_article(p, root, problems), registry).annotations
               for p in article_paths(root / "seeds" / "articles")]
    print(len(results), repr(results))
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-c", textwrap.dedent(script), *mode], cwd=ROOT,
                           env=env, check=True, capture_output=True, text=True).stdout
            for mode in ([], ["up-front"])]
    assert int(runs[0].split()[0]) >= 5
    assert runs[0] == runs[1]


def test_date_tables_by_language() -> None:
    # A language without rules reads with the English tables, as before.
    assert dates._LEXICONS.of("de") is dates._LEXICONS["en"]
    assert dates._LEXICONS.get("de", None) is None
    assert dates._TENSES.of("fr") is dates._TENSES["fr"]
    with pytest.raises(KeyError):
        dates._LEXICONS["de"]
    # Built once: the same tables however they are asked for.
    dates.build_tables()
    assert dates._LEXICONS.get("fr") is dates._LEXICONS["fr"]
    assert set(dates._LEXICONS) == set(dates._TENSES) == {"en", "fr"}


def test_people_lexicon_is_built_once() -> None:
    lexicon = people.build_tables()
    assert people.tables_built()
    assert people._LEX is lexicon and people.build_tables() is lexicon
    assert people._chunk_re() is people._CHUNK_RE


def test_workers_inherit_tables_built_before_forking(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        write_article(project, f"a{i}", f"Paragraph {i}, on 13 June 2019.")
    built: list[bool] = []
    monkeypatch.setattr(build, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(build, "build_tables", lambda: built.append(True))

    def in_this_process(jobs: list[build._Job], processes: int, root: Path,
                        registry: object, cache_dir: Path | None) -> list[build._Done]:
        build._init_worker(root, registry, cache_dir)  # type: ignore[arg-type]
        try:
            return [build._prepare(job) for job in jobs]
        finally:
            build._WORKER.clear()

    monkeypatch.setattr(build, "_prepare_shared", in_this_process)
    Builder(Settings(root=project, cache=None, jobs=2)).generate(keep=False)
    assert built == [True]
    built.clear()
    Builder(Settings(root=project, cache=None, jobs=1)).generate(keep=False)
    assert built == []  # one process: built on first use, as needed


def test_compiled_templates_are_kept_in_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _copy_seeds(tmp_path)
    settings = Settings(root=project, jobs=1)
    compiled: list[str] = []
    compile_ = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None,
                 *args: object, **kwargs: object) -> object:
        compiled.append(name or "")
        return compile_(self, source, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    first = Builder(settings).generate(keep=False)
    assert compiled  # a cold build compiles its templates, and keeps them
    folder = project / ".dossier-cache" / "templates"
    assert len(list(folder.rglob("*.bytecode"))) == len(set(compiled))

    compiled.clear()
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})  # a new process: nothing in memory
    second = Builder(settings).generate(keep=False)
    assert compiled == []
    assert second.pages == first.pages and second.files == first.files

    # An override is compiled from its own source, and an edit to it is seen.
    overrides = project / "overrides" / "dossier"
    overrides.mkdir(parents=True)
    source = (render.TEMPLATES / "event.md.jinja").read_text()
    (overrides / "event.md.jinja").write_text(source + "\nEDITED ONCE\n")
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    edited = Builder(settings).generate(keep=False)
    assert compiled == ["event.md.jinja"]
    assert any("EDITED ONCE" in page for page in edited.pages.values())
    (overrides / "event.md.jinja").write_text(source + "\nEDITED TWICE\n")
    compiled.clear()
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    again = Builder(settings).generate(keep=False)
    assert compiled == ["event.md.jinja"]
    pages = "".join(again.pages.values())
    assert "EDITED TWICE" in pages and "EDITED ONCE" not in pages


def test_a_damaged_or_unwritable_template_cache_only_costs_compiling(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _copy_seeds(tmp_path)
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    reference = Builder(Settings(root=project, jobs=1)).generate(keep=False)
    for entry in (project / ".dossier-cache" / "templates").rglob("*.bytecode"):
        entry.write_bytes(b"not a template")
    monkeypatch.setattr(render, "_ENVIRONMENTS", {})
    damaged = Builder(Settings(root=project, jobs=1)).generate(keep=False)
    assert damaged.pages == reference.pages

    # A cache folder that is a file: nothing can be written under it.
    (project / "blocked").write_text("")
    bytecode = render.TemplateBytecode(project / "blocked")
    env = render.make_environment()
    env.bytecode_cache = bytecode
    template = env.get_template("_annotations.md.jinja")
    assert template is not None
    assert not (project / "blocked").is_dir()

