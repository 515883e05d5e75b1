"""Worker processes where they pay: above ``PARALLEL_THRESHOLD`` articles to prepare, this
process and ``jobs - 1`` forked workers share the work (``build._prepare_shared``); the result
is the single-process one, in the same order, whoever prepared each article. A one-off
``mkdocs build`` keeps the garbage collector paused from generation until the plugin has
frozen what it keeps (``DossierPlugin._hold_gc``), and turns it back on whatever happens."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, bench_corpus

from builder import build
from builder.build import Builder, BuildStats, Settings

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bench_corpus(tmp_path_factory, "parallel", 24, 7)


def _prepared(root: Path, jobs: int) -> tuple[build.Sources, BuildStats]:
    stats = BuildStats()
    return Builder(Settings(root=root, jobs=jobs, cache=None)).prepare(stats), stats


def test_below_the_threshold_one_process_prepares_everything(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "PARALLEL_THRESHOLD", 25)
    shared = []
    monkeypatch.setattr(build, "_prepare_shared", lambda *a: shared.append(a) or [])
    sources, stats = _prepared(corpus, 2)
    assert stats.workers == 1 and not shared and len(sources.articles) == 24


def test_shared_work_gives_the_single_process_result(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "PARALLEL_THRESHOLD", 2)
    done_here: list[str] = []
    prepare = build._prepare

    def counting(job: build._Job) -> build._Done:  # runs in this process only: workers
        done_here.append(job.key)                   # were forked before the patch counts
        return prepare(job)

    one, _ = _prepared(corpus, 1)
    monkeypatch.setattr(build, "_prepare", counting)
    done_here.clear()
    many, stats = _prepared(corpus, 2)
    assert stats.workers == 2
    assert [a.id for a in many.articles] == [a.id for a in one.articles]
    assert many.annotations == one.annotations  # whoever prepared each article
    assert many.citations == one.citations and many.keys == one.keys
    assert [a.paragraphs for a in many.articles] == [a.paragraphs for a in one.articles]
    # this process worked too, on the chunks no worker had started (it takes them from the
    # back; how many depends on the machine's load)
    assert done_here


def test_shared_chunks_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whichever process prepared each chunk, ``_prepare_shared`` returns the jobs' order."""
    jobs = [build._Job(Path(f"/nowhere/{i:02d}.md"), f"k{i:02d}") for i in range(40)]

    def fake(job: build._Job) -> build._Done:
        return build._Done(job.key, None, [], None, None, None, False)

    monkeypatch.setattr(build, "_prepare", fake)
    monkeypatch.setattr(build, "_prepare_packed", fake)
    done = build._prepare_shared(jobs, 2, Path("/nowhere"), build.Registry(),
                                 None)
    assert [d.key for d in done] == [j.key for j in jobs]


def test_a_failing_job_fails_the_build_and_cancels_the_rest(
        monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = [build._Job(Path(f"/nowhere/{i:02d}.md"), f"k{i:02d}") for i in range(40)]

    def fail(job: build._Job) -> build._Done:
        raise RuntimeError(f"cannot prepare {job.key}")

    monkeypatch.setattr(build, "_prepare", fail)
    monkeypatch.setattr(build, "_prepare_packed", fail)
    with pytest.raises(RuntimeError, match="cannot prepare"):
        build._prepare_shared(jobs, 2, Path("/nowhere"), build.Registry(), None)
    assert not build._WORKER  # this process's worker state is cleared


def _mkdocs_build(project: Path, command: str = "build") -> Any:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    config = load_config(config_file=str(project / "mkdocs.yml"))
    config.plugins.on_startup(command=command, dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
    return config


def _project(corpus: Path, tmp_path: Path) -> Path:
    """The corpus as a buildable project, as the benchmark makes it."""
    import shutil

    from common import CONFIG  # bench/common.py (bench_corpus put bench/ on the path)

    project = tmp_path / "project"
    shutil.copytree(corpus, project, ignore=shutil.ignore_patterns("site", ".dossier-cache"))
    (project / "mkdocs.yml").write_text(CONFIG.format(root=ROOT))
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text("# A test dossier\n")
    return project


def test_a_one_off_build_holds_the_collector_until_on_files(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder import plugin

    project = _project(corpus, tmp_path)
    seen: dict[str, bool] = {}
    on_files = plugin.DossierPlugin.on_files

    def watching(self: plugin.DossierPlugin, files: Any, **kwargs: Any) -> Any:
        seen["paused before on_files"] = not gc.isenabled()
        result = on_files(self, files, **kwargs)
        seen["enabled after on_files"] = gc.isenabled()
        return result

    monkeypatch.setattr(plugin.DossierPlugin, "on_files", watching)
    monkeypatch.setenv("DOSSIER_CHECK_INVARIANTS", "false")
    assert gc.isenabled()
    _mkdocs_build(project)
    assert seen == {"paused before on_files": True, "enabled after on_files": True}
    assert gc.isenabled()


def test_the_collector_is_turned_back_on_when_the_build_fails(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder import plugin

    project = _project(corpus, tmp_path)

    def broken(self: plugin.DossierPlugin, files: Any, **kwargs: Any) -> Any:
        raise RuntimeError("on_files broke")

    monkeypatch.setattr(plugin.DossierPlugin, "on_files", broken)
    monkeypatch.setenv("DOSSIER_CHECK_INVARIANTS", "false")
    with pytest.raises(RuntimeError, match="on_files broke"):
        _mkdocs_build(project)
    assert gc.isenabled()


def test_date_patterns_per_character_only_for_large_builds(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-character date patterns (~0.15 s to compile) are used, and compiled before
    the workers are forked, only when at least ``dates.PRUNE_AT`` articles are annotated;
    the dates found are the same either way."""
    from builder.annotate import dates

    compiled: list[bool] = []
    compile_patterns = dates.compile_patterns
    monkeypatch.setattr(dates, "compile_patterns",
                        lambda: compiled.append(True) or compile_patterns())
    try:
        small, _ = _prepared(corpus, 1)
        assert not compiled and dates._PRUNED == [False]
        monkeypatch.setattr(dates, "PRUNE_AT", 10)
        monkeypatch.setattr(build, "PARALLEL_THRESHOLD", 2)
        large, stats = _prepared(corpus, 2)
        assert compiled == [True] and dates._PRUNED == [True] and stats.workers == 2
        assert large.annotations == small.annotations
    finally:
        dates.prune_patterns(True)
