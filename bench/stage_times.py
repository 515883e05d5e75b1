"""CPU time of each stage of one ``mkdocs build``, in process: where the dossier's extra goes.

    python bench/stage_times.py OUT.jsonl              # in a project folder: one build
    DOSSIER_ENABLED=false python bench/stage_times.py OUT.jsonl   # the plain build
    python bench/stage_times.py --table A.jsonl B.jsonl          # medians, side by side

Each build appends one JSON line to ``OUT.jsonl``: CPU seconds (``time.process_time``) spent
in each plugin event (``event:<name>``, every plugin's handlers together), MkDocs build step
(``_populate_page``, ``_build_page``, ``copy_static_files``...) and dossier stage (``b:`` the
pipeline, ``p:`` the plugin), each *exclusive* of the stages timed inside it; the collector
(``gc:gen<i>`` seconds, ``gc:count<i>`` collections, from ``gc.callbacks``); the worker
processes (``_children``, ``RUSAGE_CHILDREN``) and the totals (``_self_total``, ``_user``,
``_sys``, and the minor page faults ``_faults`` and ``_children_faults``). The totals are
taken at exit, before Python's own finalisation (its last collections, the modules torn
down), which ``/usr/bin/time`` and the benchmark count too (~0.05-0.1 s of CPU at 100
articles). Run it as the benchmark runs its builds: ``DOSSIER_CHECK_INVARIANTS=false`` and,
for a build of an installed copy, ``PYTHONPYCACHEPREFIX`` pointing at compiled bytecode
(docs/performance.md, the seventh session) of *every* module, not only ``builder/``: with a
prefix set, Python reads bytecode from the prefix alone, and compiles from source, at each
build, whatever is not there (MkDocs and its theme: ~0.5 s of a 100-article build). The
benchmark's ``<work>/pycache`` has it all after one run (``benchmark.compile_builder``), or
unset ``PYTHONDONTWRITEBYTECODE`` for the first build. Builds of different code alternate
best, with ``PYTHONPATH`` naming the ``builder`` to measure.
"""

from __future__ import annotations

import atexit
import json
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.process_time()
_CHILDREN_AT_START = resource.getrusage(resource.RUSAGE_CHILDREN)


class Timers:
    """Exclusive CPU time by stage: a stage's time excludes the stages timed inside it."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._stack: list[str] = []
        self._gc_start = 0.0

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            self._stack.append(name)
            try:
                return fn(*args, **kwargs)
            finally:
                self._stack.pop()
                spent = time.process_time() - start
                self.spent[name] += spent
                if self._stack:
                    self.spent[self._stack[-1]] -= spent

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed

    def patch(self, owner: Any, attribute: str, name: str | None = None) -> None:
        setattr(owner, attribute, self.wrap(name or attribute, getattr(owner, attribute)))

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.process_time()
        else:
            self.spent[f"gc:gen{info['generation']}"] += time.process_time() - self._gc_start
            self.spent[f"gc:count{info['generation']}"] += 1


def install(timers: Timers) -> None:
    """Wrap MkDocs' build steps now, the dossier's stages once the plugin imported them."""
    import gc

    import jinja2
    import mkdocs.commands.build as mk_build
    from mkdocs.plugins import PluginCollection
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page
    from mkdocs.theme import Theme

    run_event = PluginCollection.run_event

    def timed_event(self: Any, name: str, item: Any = None, **kwargs: Any) -> Any:
        return timers.wrap("event:" + name, run_event)(self, name, item, **kwargs)

    PluginCollection.run_event = timed_event  # type: ignore[method-assign]
    for step in ("get_files", "get_navigation", "_populate_page", "_build_page",
                 "_build_theme_template", "_build_extra_template"):
        timers.patch(mk_build, step)
    timers.patch(mk_build.utils, "clean_directory")
    timers.patch(Files, "copy_static_files")
    timers.patch(Files, "add_files_from_theme")
    timers.patch(Page, "validate_anchor_links")
    timers.patch(Theme, "get_env")
    timers.patch(jinja2.Environment, "compile", "jinja.compile")
    gc.callbacks.append(timers.on_gc)

    from builder import plugin

    on_config = plugin.DossierPlugin.on_config

    def on_config_then_patch(self: Any, config: Any) -> Any:
        result = on_config(self, config)
        if "builder.build" in sys.modules and not getattr(plugin, "_stage_timed", False):
            plugin._stage_timed = True  # type: ignore[attr-defined]
            _patch_pipeline(timers)
        return result

    plugin.DossierPlugin.on_config = on_config_then_patch  # type: ignore[method-assign]


def _patch_pipeline(timers: Timers) -> None:
    from builder import build, dossier, plugin, render

    timers.patch(build.Builder, "prepare", "b:prepare")
    timers.patch(build.Builder, "_run", "b:_run")
    timers.patch(build.Builder, "_write_cache", "b:_write_cache")
    timers.patch(build, "data_files", "b:data_files")
    timers.patch(dossier.Assembler, "assemble", "b:assemble")
    timers.patch(render.Renderer, "__init__", "b:Renderer.__init__")
    timers.patch(render.Renderer, "pages", "b:render.pages")
    timers.patch(plugin.DossierPlugin, "_spill", "p:_spill")
    timers.patch(plugin.DossierPlugin, "_finish", "p:_finish")
    timers.patch(plugin, "_in_docs_order", "p:_in_docs_order")


def report(timers: Timers, out: Path) -> None:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    row: dict[str, float] = {k: round(v, 4) for k, v in sorted(timers.spent.items())}
    row.update(
        _self_total=round(own.ru_utime + own.ru_stime, 4),
        _user=round(own.ru_utime, 4), _sys=round(own.ru_stime, 4),
        # A shell may exec this process after waiting for another: only children of its own.
        _children=round(children.ru_utime + children.ru_stime
                        - _CHILDREN_AT_START.ru_utime - _CHILDREN_AT_START.ru_stime, 4),
        _faults=own.ru_minflt,
        _children_faults=children.ru_minflt - _CHILDREN_AT_START.ru_minflt,
    )
    with out.open("a") as fh:
        fh.write(json.dumps(row) + "\n")


def table(paths: list[Path]) -> str:
    runs = {p: [json.loads(line) for line in p.read_text().splitlines() if line.strip()]
            for p in paths}
    keys = sorted({k for rows in runs.values() for row in rows for k in row})
    lines = ["stage".ljust(28) + "".join(p.stem[:16].rjust(17) for p in paths)]
    for key in keys:
        values = [statistics.median([row.get(key, 0.0) for row in runs[p]]) if runs[p] else 0.0
                  for p in paths]
        if all(abs(v) < 0.0005 for v in values):
            continue
        lines.append(key.ljust(28) + "".join(f"{v:17.3f}" for v in values))
    lines.append("runs".ljust(28) + "".join(f"{len(runs[p]):17d}" for p in paths))
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--table"]:
        print(table([Path(a) for a in argv[1:]]))
        return
    if len(argv) != 1:
        sys.exit(__doc__)
    timers = Timers()
    install(timers)
    atexit.register(report, timers, Path(argv[0]).resolve())
    from mkdocs.__main__ import cli

    sys.argv = ["mkdocs", "build", "-q"]
    cli()


if __name__ == "__main__":
    main(sys.argv[1:])
