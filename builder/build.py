"""The pipeline, end to end: seeds → load → annotate → assemble → render → export.

``Builder.generate()`` is the one pure entry point behind the MkDocs plugin and
``dossier build --out``. A ``Builder`` keeps an in-memory cache between builds (for
``mkdocs serve``) and a content-addressed disk cache of annotations, so that editing one article
re-annotates only that article.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import __version__
from .annotate import AnnotationResult, annotate_article
from .articles import article_paths, load_articles
from .dossier import Dossier, assemble
from .errors import DossierError, Problem, ProblemCollector
from .export import data_files
from .model import Annotations, Article
from .registry import Registry, load_registry
from .render import Renderer, SiteMeta

#: Below this many articles to annotate, worker processes cost more than they save
#: (measured by bench/benchmark.py; see docs/performance.md).
PARALLEL_THRESHOLD = 400


@dataclass(frozen=True)
class Settings:
    """Where the dossier's sources are, relative to the project root."""

    root: Path
    seeds: str = "seeds"
    articles: str = "seeds/articles"
    templates: str = "overrides/dossier"
    cache: str | None = ".dossier-cache"
    jobs: int = 0  # 0 = one per core, 1 = no worker processes
    meta: SiteMeta = field(default_factory=SiteMeta)

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.seeds

    @property
    def articles_dir(self) -> Path:
        return self.root / self.articles

    @property
    def templates_dir(self) -> Path:
        return self.root / self.templates

    @property
    def cache_dir(self) -> Path | None:
        return self.root / self.cache if self.cache else None


@dataclass
class BuildStats:
    articles: int = 0
    annotated: int = 0  # articles annotated in this build (the rest came from a cache)
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Output:
    """What a build produces: Markdown pages for docs/, data files for the site root."""

    pages: dict[str, str]
    files: dict[str, bytes]
    dossier: Dossier
    stats: BuildStats


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the annotators' source: a code change invalidates cached annotations."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted((Path(__file__).parent / "annotate").rglob("*.py")):
        digest.update(path.relative_to(Path(__file__).parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _annotate_worker(args: tuple[Article, Registry]) -> AnnotationResult:
    article, registry = args
    return annotate_article(article, registry)


class Builder:
    """Runs the pipeline; keep one instance alive to reuse caches between builds."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._memory: dict[str, AnnotationResult] = {}

    # -- load ---------------------------------------------------------------------------------
    def load(self) -> tuple[list[Article], Registry, dict[str, str]]:
        """Load and validate every source; raise DossierError listing every problem."""
        s = self.settings
        problems = ProblemCollector()
        if not s.articles_dir.is_dir():
            problems.error(
                _rel(s.articles_dir, s.root),
                "expected a folder of article files (*.md); it does not exist",
                hint="create it, or set the plugin's 'seeds' option",
            )
            problems.raise_if_errors()
        registry = load_registry(s.seeds_dir, s.root, problems)
        paths = article_paths(s.articles_dir)
        articles = load_articles(paths, s.root, problems)
        _check_id_clashes(articles, registry, problems)
        problems.raise_if_errors()
        registry_key = hashlib.sha256(code_fingerprint().encode())
        for name in registry.files:
            registry_key.update((s.root / name).read_bytes())
        keys = {}
        base = registry_key.hexdigest()
        for article in articles:
            keys[article.id] = hashlib.sha256(
                (base + article.path).encode() + (s.root / article.path).read_bytes()
            ).hexdigest()
        return articles, registry, keys

    # -- annotate -----------------------------------------------------------------------------
    def annotate(
        self, articles: list[Article], registry: Registry, keys: dict[str, str], stats: BuildStats
    ) -> dict[str, Annotations]:
        results: dict[str, AnnotationResult] = {}
        todo: list[Article] = []
        for article in articles:
            key = keys[article.id]
            cached = self._memory.get(key) or self._read_cache(key)
            if cached is not None:
                results[article.id] = cached
            else:
                todo.append(article)
        jobs = self.settings.jobs or os.cpu_count() or 1
        if jobs > 1 and len(todo) >= PARALLEL_THRESHOLD:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                done = list(pool.map(
                    _annotate_worker, [(a, registry) for a in todo], chunksize=64
                ))
        else:
            done = [annotate_article(a, registry) for a in todo]
        for article, result in zip(todo, done):
            results[article.id] = result
            self._write_cache(keys[article.id], result)
        stats.annotated = len(todo)
        # Keep only the current articles in memory, so a long `mkdocs serve` does not grow.
        self._memory = {keys[aid]: r for aid, r in results.items()}
        errors: list[Problem] = [e for r in results.values() for e in r.errors]
        if errors:
            raise DossierError(errors)
        return {aid: r.annotations for aid, r in results.items()}

    def _cache_path(self, key: str) -> Path | None:
        cache = self.settings.cache_dir
        return cache / "annotations" / key[:2] / f"{key}.pickle" if cache else None

    def _read_cache(self, key: str) -> AnnotationResult | None:
        path = self._cache_path(key)
        if path is None or not path.is_file():
            return None
        try:
            with path.open("rb") as fh:
                result = pickle.load(fh)
        except Exception:  # a corrupt or stale cache entry is simply recomputed
            return None
        return result if isinstance(result, AnnotationResult) else None

    def _write_cache(self, key: str, result: AnnotationResult) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # the cache is an optimisation; a read-only checkout still builds

    # -- everything ---------------------------------------------------------------------------
    def generate(self) -> Output:
        """Load, annotate, assemble, render and export; raise DossierError on bad input."""
        stats = BuildStats()
        clock = time.perf_counter()

        def lap(name: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            stats.seconds[name] = now - clock
            clock = now

        articles, registry, keys = self.load()
        stats.articles = len(articles)
        lap("load")
        annotations = self.annotate(articles, registry, keys, stats)
        lap("annotate")
        dossier = assemble(articles, annotations, registry)
        lap("assemble")
        renderer = Renderer(dossier, self.settings.templates_dir, self.settings.meta)
        pages = renderer.pages()
        lap("render")
        files = data_files(dossier, renderer.site.quote_pages)
        lap("export")
        return Output(pages=pages, files=files, dossier=dossier, stats=stats)


def _check_id_clashes(
    articles: list[Article], registry: Registry, problems: ProblemCollector
) -> None:
    """Ids are also cross-reference targets, so one id may name only one thing."""
    owners: dict[str, str] = {}
    for pid in registry.people:
        owners[pid] = "a person in seeds/people.yml"
    for eid in registry.events:
        if eid in owners:
            problems.error("seeds/events.yml", f"event id {eid!r} is also {owners[eid]}",
                           field="id", hint="ids must be unique across people, events and "
                           "articles; they are link targets")
        owners[eid] = "an event in seeds/events.yml"
    for article in articles:
        if article.id in owners:
            problems.error(article.path, f"id {article.id!r} is also {owners[article.id]}",
                           field="id", line=article.line_of("id"),
                           hint="ids must be unique across people, events and articles")


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
