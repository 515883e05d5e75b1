"""The MkDocs plugin: a thin trigger around the pure pipeline in ``build.py``.

It is the only module that imports MkDocs. ``on_pre_build`` runs the pipeline (before MkDocs
empties ``site/``, so bad input leaves the previous site intact), ``on_files`` adds the
generated pages and data files, and a plain ``mkdocs build`` writes into a staging folder that
replaces ``site/`` only when the whole build succeeded.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .build import Builder, Output, Settings
from .errors import DossierError
from .render import SiteMeta

log = get_plugin_logger("dossier")
FALSE = {"0", "false", "no", "off"}


class DossierConfig(base.Config):
    enabled = c.Type(bool, default=True)
    seeds = c.Type(str, default="seeds")
    articles = c.Type(str, default="seeds/articles")
    templates = c.Type(str, default="overrides/dossier")
    cache = c.Optional(c.Type(str))
    jobs = c.Type(int, default=0)
    atomic = c.Type(bool, default=True)


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class DossierPlugin(BasePlugin[DossierConfig]):
    """Adds the dossier's generated pages to an MkDocs site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.builder: Builder | None = None
        self.output: Output | None = None
        self.command: str = "build"
        self.final_site_dir: str | None = None
        self.counter = _WarningCounter()

    @property
    def active(self) -> bool:
        env = os.environ.get("DOSSIER_ENABLED")
        if env is not None and env.strip().lower() in FALSE:
            return False
        return self.config.enabled

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.command = "build-dirty" if dirty and command == "build" else command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.active:
            log.info("dossier plugin disabled: building the pages already in docs/")
            return config
        root = Path(config.config_file_path or ".").resolve().parent
        settings = Settings(
            root=root,
            seeds=self.config.seeds,
            articles=self.config.articles,
            templates=self.config.templates,
            cache=self.config.cache if self.config.cache is not None else ".dossier-cache",
            jobs=self.config.jobs,
            meta=SiteMeta(name=config.site_name, url=config.site_url or ""),
        )
        if self.builder is None or self.builder.settings != settings:
            self.builder = Builder(settings)
        for folder in (settings.seeds_dir, settings.templates_dir):
            if folder.is_dir() and str(folder) not in config.watch:
                config.watch.append(str(folder))
        if self.command == "build" and self.config.atomic:
            self.final_site_dir = config.site_dir
            config.site_dir = config.site_dir.rstrip("/\\") + ".partial"
            shutil.rmtree(config.site_dir, ignore_errors=True)
            self.counter.count = 0
            logging.getLogger("mkdocs").addHandler(self.counter)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.active or self.builder is None:
            return
        try:
            self.output = self.builder.generate()
        except DossierError as exc:
            raise PluginError(exc.report()) from None
        stats = self.output.stats
        log.info(
            f"{stats.articles} articles ({stats.annotated} annotated, "
            f"{stats.articles - stats.annotated} from cache), {len(self.output.pages)} pages, "
            f"{len(self.output.dossier.warnings)} items for review (run `dossier check`)"
        )

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.active or self.output is None:
            return files
        generated: dict[str, str | bytes] = {**self.output.pages, **self.output.files}
        for uri, content in generated.items():
            existing = files.get_file_from_path(uri)
            if existing is not None:
                # `dossier build --out docs/` wrote it earlier: the fresh one wins.
                files.remove(existing)
            files.append(File.generated(config, uri, content=content))
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._finish(config, success=not (config.strict and self.counter.count))

    def on_build_error(self, *, error: Exception) -> None:
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

    def _detach(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self.counter)
        self.final_site_dir = None


__all__ = ["DossierPlugin", "DossierConfig", "Any"]
