"""Shared fixtures: small throw-away projects, and the real seeds site built once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from builder.articles import article_paths, load_article
from builder.errors import ProblemCollector
from builder.model import Article

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

#: The five curated seed articles, whose output the golden tests pin exactly. A contributor's
#: new article (one more seeds/articles/*.md) is not listed anywhere in the tests: counts come
#: from the files on disk, and the generic tests check it like every other article.
CURATED_ARTICLES = frozenset({
    "2018-05-30-kardashian-meets-trump-prison-reform",
    "2019-06-13-refinery29-white-house",
    "2019-06-13-seconde-chance-maison-blanche",
    "2022-10-diner-kim-kardashian-ivanka-trump",
    "2024-04-26-kardashian-harris-roundtable",
})


def seed_article_files() -> list[Path]:
    """The project's article files, as on disk (every one is published): the builder's own
    listing of them."""
    return article_paths(ROOT / "seeds" / "articles")

ARTICLE = """\
---
id: {id}
title: {title}
lang: {lang}
published: {published}
outlet: Test Outlet
source_file: seeds/raw/{id}.txt
{extra}---

{body}
"""


def write_article(
    root: Path,
    article_id: str = "test-article",
    body: str = "First paragraph.\n\nSecond paragraph.",
    *,
    title: str = "A test article",
    lang: str = "en",
    published: str = "2019-06-13",
    extra: str = "",
    raw: bool = True,
) -> Path:
    """Write one article (and its raw file) into a project at ``root``."""
    articles = root / "seeds" / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    if raw:
        (root / "seeds" / "raw").mkdir(parents=True, exist_ok=True)
        (root / "seeds" / "raw" / f"{article_id}.txt").write_text(body)
    path = articles / f"{article_id}.md"
    extra = textwrap.dedent(extra)
    if extra and not extra.endswith("\n"):
        extra += "\n"
    path.write_text(ARTICLE.format(id=article_id, title=title, lang=lang, published=published,
                                   extra=extra, body=body))
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project: seeds/ with empty registries."""
    (tmp_path / "seeds" / "articles").mkdir(parents=True)
    (tmp_path / "seeds" / "raw").mkdir()
    (tmp_path / "seeds" / "people.yml").write_text("[]\n")
    (tmp_path / "seeds" / "events.yml").write_text("[]\n")
    return tmp_path


@pytest.fixture
def article_factory(project: Path) -> Callable[..., Path]:
    def make(*args: object, **kwargs: object) -> Path:
        return write_article(project, *args, **kwargs)  # type: ignore[arg-type]

    return make


def copy_site_project(dest: Path, *, with_seeds: bool = True) -> Path:
    """Copy what a site build needs (config, docs, overrides, seeds) into ``dest``."""
    for name in ("mkdocs.yml", "docs", "overrides") + (("seeds",) if with_seeds else ()):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(".dossier-*"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def mkdocs(project: Path, *args: str, env: dict[str, str] | None = None,
           check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the real `mkdocs` of this environment in ``project``, with the plugin of this
    checkout (the environment's editable install may point at another one: a git worktree)."""
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": path, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], check=False, cwd=project, env=full_env,
        capture_output=True, text=True, timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"mkdocs {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def every_article() -> list[Article]:
    """Every article of the project and of its evaluation sets, loaded once (the texts the
    equivalence tests of the annotators' fast paths run on)."""
    problems = ProblemCollector()
    out: list[Article] = []
    for seeds in [ROOT / "seeds", *sorted((ROOT / "eval").glob("*/seeds"))]:
        for path in article_paths(seeds / "articles"):
            article = load_article(path, ROOT, problems)
            if article is not None:
                out.append(article)
    return out


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real seeds dossier, built once with `mkdocs build --strict` into a temp folder."""
    project = copy_site_project(tmp_path_factory.mktemp("seeds-site"))
    mkdocs(project, "build", "--strict")
    return project / "site"


def bench_corpus(tmp_path_factory: pytest.TempPathFactory, name: str, count: int,
                 seed: int) -> Path:
    """A dossier of ``count`` generated articles (``bench/corpus.py``), for tests that need
    more articles than the seeds have."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    root = tmp_path_factory.mktemp(name)
    generate(root, count, seed=seed)
    return root
