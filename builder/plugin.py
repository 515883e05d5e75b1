"""The MkDocs plugin: a thin trigger around the pure pipeline in ``build.py``.

It is the only module that imports MkDocs. ``on_pre_build`` runs the pipeline (before MkDocs
empties ``site/``, so bad input leaves the previous site intact), ``on_files`` adds the
generated pages and data files, and a plain ``mkdocs build`` writes into a staging folder that
replaces ``site/`` only when the whole build succeeded. With ``check_invariants``, the built
site is checked (``builder.invariants.check_site``) before it replaces the previous one.

Under ``mkdocs serve``, which rebuilds every page after any edit, the plugin also keeps, for
each generated page, what MkDocs made of it last time (see ``PageCache``), so that an unchanged
generated page is neither converted from Markdown nor rendered through the theme again, and
the previous site stays in place: a file whose bytes have not changed is not written again
(``kept_site.KeptSite``), and what the build no longer makes is deleted at the end.
"""

from __future__ import annotations

import copy
import functools
import gc
import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import jinja2
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as front_matter

from .errors import DossierError
from .kept_site import KeptSite, digest
from .words import count

if TYPE_CHECKING:  # the pipeline is imported when the plugin is enabled (``on_config``)
    from .build import Builder, BuildStats, Output

log = get_plugin_logger("dossier")
FALSE = {"0", "false", "no", "off"}
CACHED_TEMPLATE = "_dossier_cached_page.html"


def _watchable(folder: Path, root: Path) -> Path | None:
    """``folder`` where it exists (inside the project or not: ``templates: ../shared``), or,
    while it does not exist yet, its nearest existing parent inside the project (``overrides/``
    for ``overrides/dossier/``): MkDocs fixes what ``serve`` watches at start, so a template
    folder made later would otherwise never be seen. Never the project's root itself (it
    holds the site being written)."""
    folder = folder.resolve()
    if folder.is_dir():
        return folder
    parent = next((p for p in folder.parents if p.is_dir()), None)
    return parent if parent is not None and parent != root and root in parent.parents else None


def _project_root(config: MkDocsConfig) -> Path:
    """The folder of ``mkdocs.yml``: the paths of the plugin's options are relative to it."""
    return Path(config.config_file_path or ".").resolve().parent


def _template_overrides(files: Files, templates: Path) -> list[File]:
    """The dossier's template overrides among ``files``: the ``*.jinja`` files of its
    templates folder (``overrides/dossier/``).

    That folder lies in the theme's ``custom_dir`` (``overrides/``), and MkDocs adds the
    files of the theme's folders (all but its ``*.html`` templates and a few others) to the
    site's files before ``on_files``, to be copied as they are: without this,
    ``site/dossier/person.md.jinja`` would be published. Other files of the custom_dir
    (``assets/dossier.css``), and any ``*.jinja`` file outside the templates folder, stay.
    """
    folder = templates.resolve()
    found = []
    for file in files:
        if not file.src_uri.endswith(".jinja") or file.abs_src_path is None:
            continue
        if Path(file.abs_src_path).resolve().is_relative_to(folder):
            found.append(file)
    return found


#: A staging folder older than this whose process is unknown is an orphan too.
ORPHAN_AGE_S = 24 * 3600


def _remove_orphan_staging(parent: Path, prefix: str) -> None:
    """Delete the staging folders of builds that were killed before they could (a build
    deletes its own when it ends, even when it fails): those named after a process that no
    longer runs, and, where that cannot be told, those older than a day. A build running
    beside this one keeps its folder."""
    now = time.time()
    for folder in parent.glob(prefix + "*"):
        pid, _sep, _rest = folder.name[len(prefix):].partition("-")
        try:
            if not folder.is_dir():
                continue
            if pid.isdigit() and os.name == "posix":
                if int(pid) == os.getpid() or _running(int(pid)):
                    continue
            elif now - folder.stat().st_mtime < ORPHAN_AGE_S:
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    """A process with this id runs (POSIX: signal 0 checks without sending anything)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # (somebody else's process)
    return True


class DossierConfig(base.Config):  # type: ignore[no-untyped-call]  # MkDocs leaves it untyped
    enabled = c.Type(bool, default=True)
    seeds = c.Type(str, default="seeds")
    articles = c.Type(str, default="seeds/articles")
    templates = c.Type(str, default="overrides/dossier")
    cache = c.Optional(c.Type(str))
    jobs = c.Type(int, default=0)
    atomic = c.Type(bool, default=True)
    # check_site costs 15–17% of a 1,000-article build (docs/performance.md), more than the
    # 5% an always-on check may cost: off by default, on for the seeds project (mkdocs.yml).
    check_invariants = c.Type(bool, default=False)
    # Reuse unchanged generated pages between `mkdocs serve` rebuilds (never in `build`).
    page_cache = c.Type(bool, default=True)


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _digest(*parts: object) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@dataclass
class _Converted:
    """What ``Page.render`` produced for one page, and the anchors it registered."""

    content: str
    toc: Any
    title: str | None
    present_anchor_ids: set[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None  # target src_uri -> anchors
    anchors: list[tuple[str, str | None, str | None, bool]]  # autorefs register_anchor calls


@dataclass
class PageCache:
    """Generated pages as MkDocs made them, reused by ``mkdocs serve`` while unchanged.

    Two layers, each keyed by everything its output is made from:

    * Markdown → HTML (``Page.render``): the page's Markdown, URL and source path, the site's
      files (links are resolved against them) and the Markdown extensions and their options.
      The autorefs anchors found during a conversion are recorded and registered again on a
      hit. A conversion that logged a warning is not kept, so the warning shows every time.
    * theme rendering: the converted content after cross-references were resolved, the
      title, table of contents, front matter, URL, the navigation, the configuration file and
      the theme's files. Only generated pages, which are not in the nav, are cached; material
      renders the navigation into every page, so any nav change misses.

    * the search index entries material's search plugin makes of the page (it parses every
      page's HTML at every build), keyed like the theme rendering.

    Besides, a generated page's front matter is parsed again only when its source changed,
    and the theme's compiled templates are kept (Jinja's bytecode cache, which checks each
    template's source).

    Entries not used by a build are dropped after it, so memory follows the site's size.
    """

    converted: dict[str, _Converted] = field(default_factory=dict)
    rendered: dict[str, str] = field(default_factory=dict)
    # key of a theme output -> digest of its bytes as written (``kept_site.digest``)
    written: dict[str, str] = field(default_factory=dict)
    search: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)
    # src_uri -> (source, Markdown, front matter): a page's front matter parsed once
    sources: dict[str, tuple[str, str, dict[str, Any]]] = field(default_factory=dict)
    # src_uri -> (text, its digest): a page's Markdown or HTML is hashed once while the same
    digests: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    bytecode: dict[str, bytes] = field(default_factory=dict)  # compiled theme templates


class DossierPlugin(BasePlugin[DossierConfig]):  # type: ignore[no-untyped-call]
    """Adds the dossier's generated pages to an MkDocs site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.builder: Builder | None = None
        self.output: Output | None = None  # kept between builds under `serve` only
        self.stats: BuildStats | None = None
        self.command: str = "build"
        self.dirty = False
        self.final_site_dir: str | None = None
        self.counter = _WarningCounter()
        self.warnings = _WarningCounter()  # every warning of the current build
        self.cache = PageCache()
        self.cache_stats: dict[str, int] = {}
        self._generated: set[str] = set()
        self._fingerprint = ""  # of everything a page's conversion depends on besides itself
        self._theme_fingerprint = ""
        self._used_converted: set[str] = set()
        self._used_rendered: set[str] = set()
        self._used_search: set[str] = set()
        self._used_sources: set[str] = set()
        self._used_digests: dict[tuple[str, str], tuple[str, str]] = {}
        self._pending: dict[str, str] = {}  # page url -> key of the theme output to store
        self._hits: dict[str, str] = {}  # page url -> theme output reused
        self._render_keys: dict[str, str] = {}  # page url -> key of its theme output
        self._page_caching = False  # ``caching``, as of this build's on_nav
        self._tocs: dict[int, tuple[Any, str]] = {}  # id(toc) -> (toc, _toc_fingerprint)
        self._nav: Navigation | None = None
        self._recording: list[tuple[str, str | None, str | None, bool]] | None = None
        self._autorefs: Any = None
        self._trash: tuple[str, str] | None = None  # (site_dir, where its old content went)
        self._trash_count = 0
        self._staging: Path | None = None  # generated Markdown on disk (one-off builds)
        self._pack: _PagePack | None = None  # ... in one file of the staging folder
        self._made_dirs: set[str] = set()  # folders of site_dir made for the data files
        # src_uri -> HTML until rendered: where it is in the page pack, or compressed
        self._packed: dict[str, tuple[int, int] | bytes] = {}
        self.kept_site = KeptSite()  # serve: the previous site's files, written again if changed
        self._collector: threading.Timer | None = None  # serve: garbage collected between builds
        self._gc_paused = False
        self._gc_held = False  # a one-off build: paused from on_pre_build to on_files
        self._frozen = False  # a one-off build froze the objects left after generating
        self._gc_owed = False  # paused until the background collection turns it back on
        self._garbage = False  # a rebuild's garbage is waiting for _collect
        self._collecting = threading.Lock()
        self._quiet = _SkippedPages()

    @property
    def active(self) -> bool:
        env = os.environ.get("DOSSIER_ENABLED")
        if env is not None and env.strip().lower() in FALSE:
            return False
        return self.config.enabled

    @property
    def caching(self) -> bool:
        return self.active and self.command == "serve" and self.config.page_cache

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.command = "build-dirty" if dirty and command == "build" else command
        self.dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.active:
            log.info("dossier plugin disabled: building the pages already in docs/")
            return config
        # Imported here, not at the top: a disabled plugin (the plain build of pre-generated
        # pages) does not pay for importing the pipeline (~0.4 s: the annotators, Babel,
        # the templates' code).
        from .build import Builder, Settings
        from .render import SiteMeta

        root = _project_root(config)
        settings = Settings(
            root=root,
            seeds=self.config.seeds,
            articles=self.config.articles,
            templates=self.config.templates,
            cache=self.config.cache if self.config.cache is not None else ".dossier-cache",
            jobs=self.config.jobs,
            meta=SiteMeta(name=config.site_name, url=config.site_url or ""),
            docs=config.docs_dir,
        )
        if self.builder is None or self.builder.settings != settings:
            self.builder = Builder(settings)
        for folder in (settings.seeds_dir, _watchable(settings.templates_dir, root)):
            if folder is not None and folder.is_dir() and str(folder) not in config.watch:
                config.watch.append(str(folder))
        mkdocs_log = logging.getLogger("mkdocs")
        self.warnings.count = 0
        if self.warnings not in mkdocs_log.handlers:
            mkdocs_log.addHandler(self.warnings)
        if self.command == "build" and self.config.atomic:
            self.final_site_dir = config.site_dir
            config.site_dir = config.site_dir.rstrip("/\\") + ".partial"
            shutil.rmtree(config.site_dir, ignore_errors=True)
            self.counter.count = 0
            mkdocs_log.addHandler(self.counter)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.active or self.builder is None:
            return
        if self.caching and self.output is not None:
            self._pause_gc()
        if self.command != "serve":
            self._hold_gc()
        try:
            # A one-off build keeps nothing for a next build (see Builder.generate).
            self.output = self.builder.generate(keep=self.command == "serve")
        except DossierError as exc:
            raise PluginError(exc.report()) from None
        for problem in self.output.warnings:  # under --strict, these fail the build
            log.warning(problem.format())
        stats = self.stats = self.output.stats
        log.info(
            f"{count(stats.articles, 'article')} ({stats.annotated} annotated, "
            f"{stats.articles - stats.annotated} from cache), "
            f"{count(len(self.output.pages), 'page')}, "
            f"{count(len(self.output.dossier.warnings), 'item')} for review (run `dossier check`)"
        )
        if self.caching and not self.dirty:  # --dirty: MkDocs keeps the site, so do we
            self._move_site_aside(config.site_dir)

    # -- serve: garbage is collected between rebuilds, not during them ----------------------
    def _pause_gc(self) -> None:
        """A rebuild under serve runs with Python's cyclic garbage collector paused.

        The serve heap is large (every page's HTML and table of contents, the annotations,
        the search entries), and a full collection of it during a rebuild costs 0.4–0.8 s at
        1,000 articles — a fifth of a one-article rebuild. The garbage a rebuild makes is
        collected in a background thread a moment after the rebuild, while the reader looks
        at the reloaded page; a rebuild that starts before that collects the garbage first,
        so that memory never holds more than one rebuild's garbage. The collector stays
        paused until that collection (turning it on at the end of the rebuild would run a
        collection of the young generations there and then, ~0.1 s).
        """
        if self._collector is not None:
            self._collector.cancel()
            self._collector = None
        self._collect()
        if gc.isenabled():
            gc.disable()
            self._gc_paused = True

    def _hold_gc(self) -> None:
        """A one-off build keeps the collector paused from generation until ``on_files`` has
        let go of what only generation needed, collected once and frozen the rest.

        ``Builder.generate`` pauses it too, but turning it back on at the end of generation
        made the next allocation collect the youngest generation, which by then held every
        object generation had made, and then move them through the middle one (at 1,000
        articles four passes over millions of objects, ~0.3 s), just before ``on_files``
        collects everything anyway.
        """
        if gc.isenabled():
            gc.disable()
            self._gc_held = True

    def _release_gc(self) -> None:
        if self._gc_held:
            self._gc_held = False
            gc.enable()

    def _resume_gc(self, collect_later: bool) -> None:
        if self._frozen:
            self._frozen = False
            gc.unfreeze()
        if not self._gc_paused:
            return
        self._gc_paused = False
        self._garbage = True
        if collect_later:
            self._gc_owed = True  # turned back on by _collect
            timer = threading.Timer(1.0, self._collect)
            timer.name, timer.daemon = "dossier: collect the rebuild's garbage", True
            self._collector = timer
            timer.start()
        else:
            gc.enable()

    def _collect(self) -> None:
        with self._collecting:  # the timer's thread, a rebuild that starts first, shutdown
            if self._garbage:
                gc.collect()
                self._garbage = False
            if self._gc_owed:
                self._gc_owed = False
                gc.enable()

    # -- serve: the previous site is moved aside, then what the plugin wrote is put back ----
    def _move_site_aside(self, site_dir: str) -> None:
        """Move what MkDocs is about to delete (``clean_directory``: every entry of site_dir
        but hidden ones) into a sibling folder. Once MkDocs has emptied site_dir,
        ``on_files`` puts back the files the plugin wrote (``_keep_site``) and deletes the
        rest in a background thread.

        Deleting and rewriting thousands of files is a large part of a rebuild's wall-clock
        time; moving the top-level entries is a few renames. Should the build fail before MkDocs would have
        cleaned the folder, ``on_build_error`` moves them back.
        """
        if not os.path.isdir(site_dir):
            return
        self._trash_count += 1
        trash = f"{site_dir.rstrip('/' + os.sep)}.old-{os.getpid()}-{self._trash_count}"
        try:
            os.mkdir(trash)
            for entry in os.listdir(site_dir):
                if not entry.startswith("."):
                    os.rename(os.path.join(site_dir, entry), os.path.join(trash, entry))
        except OSError:
            self._restore_site(site_dir, trash)  # MkDocs cleans it the usual way
            return
        self._trash = (site_dir, trash)

    @staticmethod
    def _restore_site(site_dir: str, trash: str) -> None:
        for entry in os.listdir(trash) if os.path.isdir(trash) else ():
            target = os.path.join(site_dir, entry)
            if not os.path.lexists(target):
                os.rename(os.path.join(trash, entry), target)
        shutil.rmtree(trash, ignore_errors=True)

    def _delete_trash(self) -> None:
        if self._trash is not None:
            _, trash = self._trash
            self._trash = None
            threading.Thread(target=shutil.rmtree, args=(trash, True),
                             name="dossier: delete the previous site").start()

    def _keep_site(self, site_dir: str, previous: str | None) -> None:
        """Serve: MkDocs has emptied site_dir; the files of the previous build (``previous``,
        None for the first build) that the plugin wrote go back, and only what changes is
        written again (``KeptSite``). Whatever is not put back is deleted, as MkDocs would."""
        if not self.kept_site.begin(site_dir, previous) and previous is not None:
            self._trash = (site_dir, previous)
        self._quiet.uris = set()
        build_log = logging.getLogger("mkdocs.commands.build")
        if self._quiet not in build_log.filters:
            build_log.addFilter(self._quiet)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self.caching and not self.dirty:
            previous, self._trash = (self._trash[1] if self._trash else None), None
            self._keep_site(config.site_dir, previous)
        self._delete_trash()  # MkDocs has cleaned site_dir: the old content can go
        # The template overrides are not published, with the plugin on or off (a plain build
        # of pre-generated pages makes the same site).
        for file in _template_overrides(files, _project_root(config) / self.config.templates):
            files.remove(file)
        if not self.active or self.output is None:
            self._release_gc()
            return _KeptFiles(files, self.kept_site) if self.kept_site.active else files
        generated: dict[str, str | bytes] = {**self.output.pages, **self.output.files}
        # A one-off build keeps no generated content in memory while MkDocs renders (when its
        # memory peaks): pages are read from a staging folder, as `dossier build --out docs/`
        # and a plain build would; data files are written straight into the site.
        spill = self.command != "serve"
        if spill:
            self._made_dirs = set()
            self._staging = self._staging_dir(config)
            self._pack = _PagePack.create(self._staging) if self._staging is not None else None
        for uri, content in generated.items():
            existing = files.get_file_from_path(uri)
            if existing is not None:
                # `dossier build --out docs/` wrote it earlier: the fresh one wins.
                files.remove(existing)
            if spill:
                file = self._spill(_PackedPage.generated(config, uri, content=content),
                                   content, config)
            else:
                file = File.generated(config, uri, content=content)
            files.append(file)
        self._generated = set(self.output.pages)
        self._drop_stale_generated(files, generated, config)
        if self._pack is not None:
            self._pack.written()
        ordered = _in_docs_order(files, set(generated), config.docs_dir)
        if self.command != "serve" and self.builder is not None:
            # A one-off build reuses nothing: let go of the articles, annotations and indexes
            # before MkDocs holds every page's HTML (that is when memory peaks). The pages
            # themselves live on in the File objects.
            self.stats = self.output.stats
            self.output = None
            self.builder.forget()
            del generated
            # The collector has been paused since on_pre_build (``_hold_gc``): every object
            # generation made is in the youngest generation, and so is its garbage. Collecting
            # that generation alone finds it; a full collection also walked every module,
            # MkDocs' objects and the annotators' tables again (~0.03 s of CPU at 100
            # articles, ~0.045 s at 1,000) to find ~200 objects left over from loading the
            # configuration, the same at every size.
            gc.collect(0)
            # What is left (MkDocs' config, files and nav, every module) lives to the end of
            # the build: frozen, the full collections while MkDocs converts the pages do not
            # walk it again (~0.9 s at 1,000 articles). on_post_build unfreezes it.
            gc.freeze()
            self._frozen = True
        self._release_gc()
        return _KeptFiles(ordered, self.kept_site) if self.kept_site.active else ordered

    @staticmethod
    def _drop_stale_generated(files: Files, generated: dict[str, str | bytes],
                              config: MkDocsConfig) -> None:
        """Leave out the pages an earlier `dossier build --out <docs_dir>` wrote (its
        manifest lists them) that the dossier no longer makes: an article deleted since would
        still be published, in the search index too. The ones it makes again were replaced
        above; hand-written pages are in no manifest."""
        from .build import MANIFEST, read_manifest

        docs = Path(config.docs_dir)
        stale = []
        for uri in read_manifest(docs / MANIFEST):
            file = files.get_file_from_path(uri) if uri not in generated else None
            if file is not None and file.abs_src_path is not None \
                    and Path(file.abs_src_path).resolve().is_relative_to(docs.resolve()):
                files.remove(file)
                stale.append(uri)
        if stale:
            shown = ", ".join(stale[:3]) + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
            log.info(f"left out {count(len(stale), 'file')} of {docs.name}/ that `dossier build "
                     f"--out` wrote and the dossier no longer makes ({shown}): run it again, or "
                     "delete them")

    def _staging_dir(self, config: MkDocsConfig) -> Path | None:
        """A folder of this build's own (two builds of one project may run at once: each
        deletes only its own staging folder); None where none can be made (the pages then
        stay in memory)."""
        cache = self.builder.settings.cache_dir if self.builder is not None else None
        site = Path(config.site_dir.rstrip("/\\"))
        parent, prefix = (cache, "pages-") if cache else (site.parent, site.name + ".pages-")
        try:
            parent.mkdir(parents=True, exist_ok=True)
            _remove_orphan_staging(parent, prefix)
            # (the process's id in the name: a build killed before it could delete its
            # folder leaves one that the next build knows to be nobody's)
            return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))
        except OSError:
            return None

    def _spill(self, file: File, content: str | bytes, config: MkDocsConfig) -> File:
        """``file`` (a ``_PackedPage`` holding ``content``) backed by disk instead of memory,
        where the output is the same.

        A page's Markdown goes to the page pack in the staging folder (MkDocs reads it back,
        exactly as generated, when it converts the page); a data file is written where MkDocs
        would copy it, in ``site_dir``, and stays there (MkDocs skips copying a file onto
        itself). Without a staging folder, the content stays in memory.
        """
        if file.is_documentation_page():
            if not isinstance(content, str) or self._pack is None:
                return file
            try:
                cast(_PackedPage, file).pack(self._pack, content)
            except OSError:  # a full disk: keep the page in memory
                pass
            return file
        set_exclusions([file], config)
        if not file.inclusion.is_included():  # type: ignore[no-untyped-call]
            return file
        dest = file.abs_dest_path
        folder = os.path.dirname(dest)
        if folder not in self._made_dirs:  # thousands of data files share a few folders
            os.makedirs(folder, exist_ok=True)
            self._made_dirs.add(folder)
        if isinstance(content, str):  # as File.copy_file writes it
            with open(dest, "w", encoding="utf-8") as fh:
                fh.write(content)
        else:
            with open(dest, "wb") as fh:
                fh.write(content)
        file.abs_src_path, file._content = dest, None  # as File.generated(abs_src_path=dest)
        return file

    def _drop_staging(self) -> None:
        self._packed = {}
        if self._pack is not None:
            self._pack.close()
            self._pack = None
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None

    # -- the page cache (serve only) ---------------------------------------------------------
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        # Asked for every page: worked out once per build (``active`` reads the environment).
        self._page_caching = self.caching
        if not self._page_caching:
            return nav
        self.cache_stats = {"converted": 0, "conversions_reused": 0, "rendered": 0,
                            "renders_reused": 0, "indexed": 0, "index_entries_reused": 0,
                            "search_scans_skipped": 0}
        self._used_converted, self._used_rendered, self._pending = set(), set(), {}
        self._used_search, self._used_sources, self._used_digests = set(), set(), {}
        extensions = [e if isinstance(e, str) else f"{type(e).__module__}.{type(e).__name__}"
                      for e in config.markdown_extensions]
        self._fingerprint = _digest(
            json.dumps(extensions), json.dumps(config.mdx_configs, sort_keys=True, default=repr),
            json.dumps(config.validation, sort_keys=True, default=repr),
            repr(config.use_directory_urls), "\n".join(sorted(map(_file_row, files))),
        )
        self._nav = nav
        self._autorefs = config.plugins.get("autorefs")
        if self._autorefs is not None and "register_anchor" not in vars(self._autorefs):
            original = self._autorefs.register_anchor

            def register_anchor(page: Page, identifier: str, anchor: str | None = None, *,
                                title: str | None = None, primary: bool = True) -> None:
                if self._recording is not None:
                    self._recording.append((identifier, anchor, title, primary))
                original(page, identifier, anchor, title=title, primary=primary)

            self._autorefs.register_anchor = register_anchor
        return nav

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page | None:
        if self._page_caching and page.file.src_uri in self._generated:
            page.render = functools.partial(  # type: ignore[method-assign]
                self._render_page, page, Page.render.__get__(page))
            page.read_source = functools.partial(  # type: ignore[method-assign]
                self._read_source, page)
        return page

    def _read_source(self, page: Page, config: MkDocsConfig) -> None:
        """``Page.read_source``, parsing the front matter only when the source changed."""
        source = config.plugins.on_page_read_source(page=page, config=config)
        if source is None:
            source = page.file.content_string
        uri = page.file.src_uri
        self._used_sources.add(uri)
        hit = self.cache.sources.get(uri)
        if hit is not None and (hit[0] is source or hit[0] == source):
            page.markdown, page.meta = hit[1], _copy_data(hit[2])
            return
        page.markdown, page.meta = front_matter.get_data(source)
        self.cache.sources[uri] = (source, page.markdown, copy.deepcopy(page.meta))

    def _text_digest(self, kind: str, uri: str, text: str) -> str:
        """The digest of a page's Markdown or HTML, computed again only for a new text."""
        hit = self.cache.digests.get((kind, uri))
        if hit is not None and hit[0] is text:
            value = hit[1]
        else:
            value = _digest(text)
        self._used_digests[(kind, uri)] = (text, value)
        return value

    def _toc_key(self, toc: Any) -> str:
        """``_toc_fingerprint``, worked out once for a table of contents the page cache
        gives back at every rebuild (the same object)."""
        hit = self._tocs.get(id(toc))
        if hit is not None and hit[0] is toc:
            return hit[1]
        value = _toc_fingerprint(toc)
        self._tocs[id(toc)] = (toc, value)
        return value

    def _render_page(self, page: Page, render: Callable[[MkDocsConfig, Files], None],
                     config: MkDocsConfig, files: Files) -> None:
        """``Page.render`` from the cache, or recorded into it."""
        key = _digest(self._fingerprint, page.file.src_uri, page.url,
                      self._text_digest("markdown", page.file.src_uri, page.markdown or ""))
        self._used_converted.add(key)
        hit = self.cache.converted.get(key)
        if hit is not None:
            self.cache_stats["conversions_reused"] += 1
            page.content, page.toc = hit.content, hit.toc
            page._title_from_render = hit.title
            page.present_anchor_ids = set(hit.present_anchor_ids or ())
            if hit.links_to_anchors is not None:
                page.links_to_anchors = {}
                by_uri = files.src_uris  # (get_file_from_path normalises the path: slower)
                for uri, links in hit.links_to_anchors.items():
                    target = by_uri.get(uri)
                    if target is not None:
                        page.links_to_anchors[target] = dict(links)
            if self._autorefs is not None:
                for identifier, anchor, title, primary in hit.anchors:
                    self._autorefs.register_anchor(page, identifier, anchor, title=title,
                                                   primary=primary)
            return
        self.cache_stats["converted"] += 1
        warnings = self.warnings.count
        self._recording = []
        try:
            render(config, files)
        finally:
            anchors, self._recording = self._recording, None
        if self.warnings.count == warnings and page.content is not None:
            found = page.links_to_anchors
            self.cache.converted[key] = _Converted(
                page.content, page.toc, page._title_from_render,
                set(page.present_anchor_ids or ()),
                {f.src_uri: dict(a) for f, a in found.items()} if found is not None else None,
                anchors,
            )

    @event_priority(-100)  # last: every other plugin has seen the page's HTML
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files
                        ) -> str | None:
        """In a one-off build, set a generated page's HTML aside until it is rendered: in the
        page pack (on disk: no memory, and cheaper than compressing it), else compressed.

        MkDocs converts every page before it renders any, so without this the HTML of the
        whole site is in memory at once. A page with cross-references for autorefs to resolve
        (in ``on_env``) keeps its HTML; the others are empty until ``on_page_context``.
        """
        if self._staging is None or page.file.src_uri not in self._generated:
            return html
        # Converted: only Page.title reads the Markdown again (and answers None without it),
        # so the title is fixed first, as it reads now and would at rendering.
        page.title = page.title
        page.markdown = None
        if "<autoref" in html or "data-autorefs-" in html:
            return html
        data = html.encode("utf-8", "surrogatepass")
        if self._pack is not None:
            try:
                self._packed[page.file.src_uri] = (self._pack.add(data), len(data))
                return ""
            except OSError:  # a full disk
                pass
        self._packed[page.file.src_uri] = zlib.compress(data, 1)
        return ""

    @event_priority(-100)  # after autorefs (-50) resolved the cross-references in content
    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
               ) -> jinja2.Environment | None:
        if not self.caching:
            if self.active:  # a one-off build: the search clean-up only where it does anything
                self._skip_search_scan(
                    config, config.plugins.get("material/search") or config.plugins.get("search"))
            return env
        loader = env.loader
        if not (isinstance(loader, jinja2.ChoiceLoader)
                and any(isinstance(x, jinja2.DictLoader) and CACHED_TEMPLATE in x.mapping
                        for x in loader.loaders)):
            cached = jinja2.DictLoader({CACHED_TEMPLATE: "{{ dossier_cached_page }}"})
            env.loader = jinja2.ChoiceLoader([cached, loader] if loader else [cached])
        if env.bytecode_cache is None:
            env.bytecode_cache = _BytecodeCache(self.cache.bytecode, _env_fingerprint(env))
        # Nav titles may come from the pages' headings: known only now, after conversion.
        self._theme_fingerprint = _digest(
            self._fingerprint, _config_fingerprint(config),
            _nav_fingerprint(self._nav) if self._nav is not None else "",
            config.site_url or "", *(_tree_fingerprint(Path(d)) for d in config.theme.dirs),
        )
        self._cache_search_entries(config)
        # MkDocs picks a page's template (page.meta.template) before on_page_context, so hits
        # are found here, once every page's content is final.
        self._hits, self._render_keys = {}, {}
        for file in files:
            page = file.page
            if page is None or file.src_uri not in self._generated or page.content is None:
                continue
            key = _digest(
                self._theme_fingerprint, page.url, file.src_uri, page.title,
                self._text_digest("html", file.src_uri, page.content),
                self._toc_key(page.toc), json.dumps(page.meta, sort_keys=True, default=repr),
                page.previous_page.url if page.previous_page else "",
                page.next_page.url if page.next_page else "",
                [a.title for a in page.ancestors],
            )
            self._used_rendered.add(key)
            self._render_keys[page.url] = key
            hit = self.cache.rendered.get(key)
            if hit is not None and "template" not in page.meta:
                self._hits[page.url] = hit
                page.meta["template"] = CACHED_TEMPLATE
                self.cache_stats["renders_reused"] += 1
            else:
                self._pending[page.url] = key
                self.cache_stats["rendered"] += 1
        return env

    def _cache_search_entries(self, config: MkDocsConfig) -> None:
        """Reuse the search entries of unchanged generated pages (material's search plugin)."""
        search = config.plugins.get("material/search") or config.plugins.get("search")
        self._skip_search_scan(config, search)
        index = getattr(search, "search_index", None)
        if index is None or not hasattr(index, "add_entry_from_context") \
                or "add_entry_from_context" in vars(index):
            return
        original = index.add_entry_from_context

        def add_entry_from_context(page: Page) -> None:
            if page.file.src_uri not in self._generated or not isinstance(
                    getattr(index, "entries", None), list):
                return original(page)  # type: ignore[no-any-return]
            meta = {k: v for k, v in page.meta.items() if k != "template"}
            key = _digest(self._theme_fingerprint, page.url, page.title,
                          self._text_digest("html", page.file.src_uri, page.content or ""),
                          self._toc_key(page.toc),
                          json.dumps(meta, sort_keys=True, default=repr))
            self._used_search.add(key)
            hit = self.cache.search.get(key)
            if hit is not None:
                self.cache_stats["index_entries_reused"] += 1
                index.entries.extend(dict(entry) for entry in hit)
                return None
            self.cache_stats["indexed"] += 1
            before = len(index.entries)
            original(page)
            self.cache.search[key] = [dict(entry) for entry in index.entries[before:]]
            return None

        index.add_entry_from_context = add_entry_from_context

    def _skip_search_scan(self, config: MkDocsConfig, search: Any) -> None:
        """Material's search plugin, after indexing a page, removes ``data-search-*``
        attributes from its HTML with a regular expression: on every page, at every build
        (~0.3 s at 1,000 articles, a sixth of a serve rebuild with nothing changed). Where the
        page has no such attribute the expression changes nothing, so the page is only
        indexed. Only MkDocs' list of ``on_page_context`` handlers of this build is changed;
        any other shape of the search plugin keeps its own handler. (A build with the plugin
        off, such as the plain baseline of ``bench/benchmark.py``, runs material's own.)"""
        events = getattr(config.plugins, "events", {}).get("page_context")
        origins = getattr(config.plugins, "_event_origins", None)
        handler = getattr(search, "on_page_context", None)
        if not isinstance(events, list) or handler is None or handler not in events \
                or not hasattr(getattr(search, "config", None), "enabled"):
            return

        def on_page_context(context: Any, *, page: Page, config: MkDocsConfig,
                            nav: Navigation) -> Any:
            content = page.content
            if content is None or "data-search-" in content or not search.config.enabled:
                return handler(context, page=page, config=config, nav=nav)
            self.cache_stats["search_scans_skipped"] = \
                self.cache_stats.get("search_scans_skipped", 0) + 1
            search.search_index.add_entry_from_context(page)
            return None

        events[events.index(handler)] = on_page_context
        if isinstance(origins, dict):
            origins[on_page_context] = origins.get(handler, "material/search")

    @event_priority(100)  # before search (and the theme) read the page's HTML
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> Any:
        packed = self._packed.pop(page.file.src_uri, None)
        if isinstance(packed, tuple) and self._pack is not None:
            page.content = self._pack.read(*packed).decode("utf-8", "surrogatepass")
        elif isinstance(packed, bytes):
            page.content = zlib.decompress(packed).decode("utf-8", "surrogatepass")
        if self._page_caching and page.url in self._hits:
            context["dossier_cached_page"] = Markup(self._hits.pop(page.url))
        return context

    def _keep_rendered(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        key = self._pending.pop(page.url, None) if self._page_caching else None
        if key is not None:
            self.cache.rendered[key] = output
        elif self._staging is not None and page.file.src_uri in self._generated:
            # A one-off build: the page is written, nothing reads its HTML again (anchors are
            # validated from page.present_anchor_ids, search indexed it in on_page_context).
            page.content = None
        return output

    @event_priority(-100)  # last: the page as MkDocs is about to write it
    def _skip_unchanged(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Serve: a page whose bytes are already in site_dir is not written again (MkDocs
        writes no page whose output is empty; the note it logs about it is filtered out)."""
        if not self.kept_site.active or not output.strip():
            return output
        # The digest of a theme output the page cache holds is worked out once: encoding and
        # hashing every page's HTML at every rebuild cost ~0.1 s at 1,000 articles.
        key = self._render_keys.pop(page.url, None) if self._page_caching else None
        kept = self.cache.rendered.get(key) if key is not None else None
        value = self.cache.written.get(key) if key is not None and kept is not None \
            and (output is kept or output == kept) else None
        if value is None:
            value = digest(output.encode("utf-8", errors="xmlcharrefreplace"))  # as written
            if key is not None and kept is not None and (output is kept or output == kept):
                self.cache.written[key] = value
        if self.kept_site.unchanged_digest(page.file.abs_dest_path, value):
            self._quiet.uris.add(page.file.src_uri)
            return ""
        return output

    on_post_page = CombinedEvent(_keep_rendered, _skip_unchanged)

    # -- after the build ---------------------------------------------------------------------
    @event_priority(100)  # first: the site as MkDocs wrote it, before plugins rewrite files
    def _record_site(self, *, config: MkDocsConfig) -> None:
        self.kept_site.record()

    @event_priority(-100)  # last: every other plugin has written its files (the search index)
    def _after_build(self, *, config: MkDocsConfig) -> None:
        if self.kept_site.active:
            self.kept_site.sweep()
            logging.getLogger("mkdocs.commands.build").removeFilter(self._quiet)
            log.debug(f"site files: {self.kept_site.stats}")
        if self.caching:
            self.cache.converted = {k: v for k, v in self.cache.converted.items()
                                    if k in self._used_converted}
            self.cache.rendered = {k: v for k, v in self.cache.rendered.items()
                                   if k in self._used_rendered}
            self.cache.written = {k: v for k, v in self.cache.written.items()
                                  if k in self.cache.rendered}
            self.cache.search = {k: v for k, v in self.cache.search.items()
                                 if k in self._used_search}
            self.cache.sources = {k: v for k, v in self.cache.sources.items()
                                  if k in self._used_sources}
            self.cache.digests, self._used_digests = self._used_digests, {}
            kept_tocs = {id(c.toc) for c in self.cache.converted.values()}
            self._tocs = {k: v for k, v in self._tocs.items() if k in kept_tocs}
            log.debug(f"page cache: {self.cache_stats}")
        if self.active and self.config.check_invariants and self._generated:
            self._check_invariants(config)
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        self._drop_staging()
        self._finish(config, success=not (config.strict and self.counter.count))
        self._resume_gc(collect_later=True)

    on_post_build = CombinedEvent(_record_site, _after_build)

    def _check_invariants(self, config: MkDocsConfig) -> None:
        from .invariants import check_site

        site = Path(config.site_dir)
        start = time.perf_counter()
        try:
            data = json.loads((site / "dossier.json").read_text())
        except (OSError, ValueError) as exc:
            log.warning(f"site invariants: cannot read {site / 'dossier.json'}: {exc}")
            return
        problems = check_site(site, data)
        seconds = time.perf_counter() - start
        if problems:
            shown = "\n  ".join(problems[:50])
            more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
            log.warning(
                f"the built site breaks {count(len(problems), 'invariant')} "
                f"(builder/invariants.py; a bug in the dossier, not in your sources — please "
                f"report it):\n  {shown}{more}"
            )
        else:
            log.info(f"site invariants hold ({seconds:.1f} s)")

    def on_build_error(self, *, error: Exception) -> None:
        self._release_gc()
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        logging.getLogger("mkdocs.commands.build").removeFilter(self._quiet)
        self.kept_site.forget()  # the next build writes every file again
        self._resume_gc(collect_later=True)
        self._recording = None
        self._drop_staging()
        if self._trash is not None:  # failed before MkDocs cleaned site_dir: put it back
            site_dir, trash = self._trash
            self._trash = None
            self._restore_site(site_dir, trash)
        if self.final_site_dir is not None:
            partial = self.final_site_dir.rstrip("/\\") + ".partial"
            shutil.rmtree(partial, ignore_errors=True)
            log.error("build failed: the previous site was left as it was")
            self._detach()

    def _finish(self, config: MkDocsConfig, success: bool) -> None:
        if self.final_site_dir is None:
            return
        partial, final = config.site_dir, self.final_site_dir
        if success:
            old = final.rstrip("/\\") + ".old"
            shutil.rmtree(old, ignore_errors=True)
            if os.path.exists(final):
                os.replace(final, old)
            os.replace(partial, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            shutil.rmtree(partial, ignore_errors=True)
            log.warning("strict build failed: the previous site was left as it was")
        config.site_dir = final
        self._detach()

    def on_shutdown(self) -> None:
        self._release_gc()
        self._resume_gc(collect_later=False)
        if self._collector is not None:
            self._collector.cancel()
            self._collector = None
        self._collect()  # the collection a cancelled timer owed, and the collector back on

    def _detach(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self.counter)
        self.final_site_dir = None


class _PagePack:
    """The generated pages of a one-off build, one after the other in one file.

    MkDocs reads a page's Markdown when it converts it; holding every page in memory until
    then is most of a large dossier's peak, and one file per page costs a file created,
    read and deleted for each of thousands of pages. Here each page is appended once to
    one file (UTF-8) and read back at its offset; so is its HTML, from its conversion until
    the theme renders it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = open(path, "w+b")  # noqa: SIM115  # closed by close()
        self._lock = threading.Lock()

    @classmethod
    def create(cls, folder: Path) -> _PagePack | None:
        try:
            return cls(folder / "pages.pack")
        except OSError:  # a read-only cache folder: the pages stay in memory
            return None

    def add(self, data: bytes) -> int:
        with self._lock:
            offset = self._file.seek(0, os.SEEK_END)
            self._file.write(data)
        return offset

    def written(self) -> None:
        """Every page is in: make them readable."""
        self._file.flush()

    def read(self, offset: int, size: int) -> bytes:
        with self._lock:
            self._file.seek(offset)
            data = self._file.read(size)
        if len(data) != size:
            raise OSError(f"{self.path}: cannot read back a generated page")
        return data

    def close(self) -> None:
        self._file.close()


class _PackedPage(File):
    """A generated page whose Markdown is in a ``_PagePack``: read back, as it was written,
    when MkDocs asks for it (as ``File.generated`` content, which it equals)."""

    _pack: _PagePack | None = None
    _where: tuple[int, int] = (0, 0)

    def pack(self, pack: _PagePack, content: str) -> None:
        data = content.encode("utf-8", "surrogatepass")
        self._where = (pack.add(data), len(data))
        self._pack, self._content = pack, None

    def is_modified(self) -> bool:
        return self._packed_here() or super().is_modified()  # generated content: always

    def _packed_here(self) -> bool:
        return self._pack is not None and self._content is None

    def _packed(self) -> bytes | None:
        if self._pack is None or not self._packed_here():
            return None
        return self._pack.read(*self._where)

    @property
    def content_bytes(self) -> bytes:
        data = self._packed()
        if data is None:
            return File.content_bytes.fget(self)  # type: ignore[attr-defined,no-any-return]
        return data.decode("utf-8", "surrogatepass").encode()

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self._pack = None
        File.content_bytes.fset(self, value)  # type: ignore[attr-defined]

    @property
    def content_string(self) -> str:
        data = self._packed()
        if data is None:
            return File.content_string.fget(self)  # type: ignore[attr-defined,no-any-return]
        return data.decode("utf-8", "surrogatepass")

    @content_string.setter
    def content_string(self, value: str) -> None:
        self._pack = None
        File.content_string.fset(self, value)  # type: ignore[attr-defined]


class _SkippedPages(logging.Filter):
    """Drops MkDocs' note about the pages the plugin did not write because they had not
    changed (and only those: a page another plugin emptied is still reported)."""

    PREFIX, SUFFIX = "Page skipped: '", "'. Generated empty output."

    def __init__(self) -> None:
        super().__init__()
        self.uris: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith(self.PREFIX) and message.endswith(self.SUFFIX):
            return message[len(self.PREFIX):-len(self.SUFFIX)] not in self.uris
        return True


class _KeptFiles(Files):
    """The build's files, copying a static file only when its copy in site_dir is stale."""

    def __init__(self, files: Files, kept: KeptSite) -> None:
        super().__init__(files)
        self._kept = kept

    def copy_static_files(self, dirty: bool = False, *,
                          inclusion: Callable[[InclusionLevel], bool]
                          = InclusionLevel.is_included) -> None:
        for file in self:
            if file.is_documentation_page() or not inclusion(file.inclusion):
                continue
            if file.abs_src_path is None:  # generated content: compared by its bytes
                if self._kept.unchanged(file.abs_dest_path, file.content_bytes):
                    continue
            elif self._kept.copy_unchanged(file.abs_src_path, file.abs_dest_path):
                continue
            file.copy_file(dirty)


@functools.lru_cache(maxsize=1 << 16)  # serve: the same files at every rebuild
def _walk_key(src_uri: str) -> tuple[tuple[int, Any], ...]:
    """Where MkDocs' walk of docs_dir (files before subfolders, index first) puts a file."""
    *folders, name = src_uri.split("/")
    stem = name.rsplit(".", 1)[0]
    return (*((1, d) for d in folders), (0, (stem not in ("index", "README"), name)))


def _in_docs_order(files: Files, generated: set[str], docs_dir: str) -> Files:
    """The generated files where they would be had they been in docs_dir.

    MkDocs builds pages, and material's search indexes them, in the order of ``files``; in
    this order the plugin's site is byte-identical to the plain build of the pages written by
    ``dossier build --out docs/`` (search_index.json included).
    """
    docs = os.path.abspath(docs_dir) + os.sep
    in_docs = [f for f in files if f.src_uri in generated
               or (f.abs_src_path or "").startswith(docs)]
    kept = {id(f) for f in in_docs}
    rest = [f for f in files if id(f) not in kept]
    return Files(sorted(in_docs, key=lambda f: _walk_key(f.src_uri)) + rest)


def _config_fingerprint(config: MkDocsConfig) -> str:
    """The configuration file and the one it inherits from, as bytes."""
    parts: list[bytes] = []
    path = Path(config.config_file_path) if config.config_file_path else None
    seen: set[Path] = set()
    while path is not None and path.is_file() and path not in seen:
        seen.add(path)
        data = path.read_bytes()
        parts.append(data)
        parent = None
        for line in data.decode(errors="replace").splitlines():
            if line.startswith("INHERIT:"):
                parent = (path.parent / line.split(":", 1)[1].strip().strip("'\"")).resolve()
        path = parent
    return _digest(*parts)


def _tree_fingerprint(folder: Path) -> str:
    """Names, sizes and modification times of a theme folder's files (icons aside)."""
    rows: list[str] = []
    for dirpath, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != ".icons")
        for name in sorted(names):
            try:
                st = os.stat(os.path.join(dirpath, name))
            except OSError:
                continue
            rows.append(f"{dirpath}/{name}\t{st.st_size}\t{st.st_mtime_ns}")
    return _digest("\n".join(rows))


def _nav_fingerprint(nav: Navigation) -> str:
    def walk(items: Any) -> list[Any]:
        return [(type(i).__name__, i.title, getattr(i, "url", None),
                 walk(i.children) if getattr(i, "children", None) else None) for i in items]

    return _digest(repr(walk(nav.items)))


class _BytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory between builds, per environment configuration.

    Jinja checks each template's source against the checksum stored with its code, so an
    edited template is compiled again.
    """

    def __init__(self, store: dict[str, bytes], fingerprint: str) -> None:
        self.store, self.fingerprint = store, fingerprint

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.store.get(self.fingerprint + bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[self.fingerprint + bucket.key] = bucket.bytecode_to_string()


def _env_fingerprint(env: jinja2.Environment) -> str:
    """What, besides a template's source, its compiled code depends on."""
    return _digest(repr((
        sorted(env.extensions), env.block_start_string, env.block_end_string,
        env.variable_start_string, env.variable_end_string, env.comment_start_string,
        env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
        env.optimized, env.is_async, env.autoescape if isinstance(env.autoescape, bool)
        else id(env.autoescape), sorted(env.filters), sorted(env.tests),
    )))


def _file_row(file: File) -> str:
    """A file as links to it resolve: its path, and its URL. The URL of a file that is not a
    page, and whose destination no plugin has set, follows from its path (and
    ``use_directory_urls``); it is not worked out for the thousands of data files."""
    if "dest_uri" not in vars(file) and "url" not in vars(file) \
            and not file.is_documentation_page():
        return f"{file.src_uri}\t="
    return f"{file.src_uri}\t{file.url}"


def _copy_data(value: Any) -> Any:
    """A deep copy of parsed front matter (dicts, lists and scalars), ~10 times faster than
    ``copy.deepcopy``; anything else is left to ``copy.deepcopy``."""
    kind = type(value)
    if kind is dict:
        return {k: _copy_data(v) for k, v in value.items()}
    if kind is list:
        return [_copy_data(v) for v in value]
    if kind in (str, int, float, bool) or value is None:
        return value
    return copy.deepcopy(value)


def _toc_fingerprint(toc: Any) -> str:
    def walk(items: Any) -> list[Any]:
        return [(i.id, i.title, i.level, walk(i.children)) for i in items]

    return repr(walk(toc.items if hasattr(toc, "items") else toc))


__all__ = ["Any", "DossierConfig", "DossierPlugin", "PageCache"]
