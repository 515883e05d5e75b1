"""The disk cache of a build that prepares many articles at once is one pack file: a later
build (a new ``Builder``, as a second ``mkdocs build``) reads it back, and a damaged pack is
ignored (its entries are computed again). Few new entries are still one file each."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import bench_corpus

from builder import build
from builder.build import Builder, CachePacks, Settings


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bench_corpus(tmp_path_factory, "cache", 20, 5)


def test_a_cold_build_writes_one_pack_that_the_next_build_reads(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "PACK_AT_LEAST", 10)
    cache = corpus / ".dossier-cache"
    first = Builder(Settings(root=corpus, jobs=1)).generate(keep=False)
    assert first.stats.annotated == 20 and first.stats.cited == 20
    packs = list((cache / "packs").glob("*.pack"))
    assert len(packs) == 1
    umask = os.umask(0)
    os.umask(umask)
    assert packs[0].stat().st_mode & 0o777 == 0o666 & ~umask  # as any cache file, not 0600
    assert not (cache / "annotations").exists() and not (cache / "citations").exists()
    assert not list((cache / "packs").glob("*.tmp"))
    again = Builder(Settings(root=corpus, jobs=1)).generate(keep=False)
    assert again.stats.annotated == 0 and again.stats.cited == 0
    assert again.pages == first.pages and again.files == first.files

    # one article edited: its entries are small files, next to the pack
    path = sorted((corpus / "seeds" / "articles").glob("*.md"))[3]
    path.write_text(path.read_text() + "\nOne more paragraph.\n")
    edited = Builder(Settings(root=corpus, jobs=1)).generate(keep=False)
    assert edited.stats.annotated == 1
    assert len(list((cache / "annotations").rglob("*.pickle"))) == 1
    assert Builder(Settings(root=corpus, jobs=1)).generate(keep=False).stats.annotated == 0

    # a damaged pack is ignored: everything but the edited article is computed again
    pack = next((cache / "packs").glob("*.pack"))
    pack.write_bytes(pack.read_bytes()[:-20])
    damaged = Builder(Settings(root=corpus, jobs=1)).generate(keep=False)
    assert damaged.stats.annotated == 19
    assert damaged.pages == edited.pages and damaged.files == edited.files


def test_other_citation_code_formats_the_cached_articles_citations_again(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # An article from the cache keeps its annotations, not the citations the previous code
    # formatted: a change of builder/cite.py or export.py reached no cached site before.
    corpus = bench_corpus(tmp_path_factory, "cite-code", 5, 7)
    first = Builder(Settings(root=corpus, jobs=1)).generate(keep=False)
    assert first.stats.annotated == 5 and first.stats.cited == 5
    monkeypatch.setattr(build, "citation_fingerprint", lambda: "other citation code")
    again = Builder(Settings(root=corpus, jobs=1)).generate(keep=False)
    assert again.stats.annotated == 0 and again.stats.cited == 5
    assert again.pages == first.pages and again.files == first.files
    third = Builder(Settings(root=corpus, jobs=1)).generate(keep=False)
    assert third.stats.annotated == 0 and third.stats.cited == 0


def test_packs_read_back_what_they_hold(tmp_path: Path) -> None:
    packs = CachePacks(tmp_path)
    assert packs.get("a/x") is None
    assert packs.write({"a/x": b"first", "c/y": b'{"apa": "A", "chicago": "C"}', "a/z": b""})
    assert packs.write({"a/w": b"second"})
    fresh = CachePacks(tmp_path)
    assert fresh.get("a/x") == b"first" and fresh.get("a/w") == b"second"
    assert fresh.get("a/z") == b"" and fresh.get("a/missing") is None
    assert fresh.citations("y") == {"apa": "A", "chicago": "C"}
    fresh.close()
    assert CachePacks(None).get("a/x") is None and not CachePacks(None).write({"a/x": b"1"})


def test_content_keys_name_each_article_by_its_real_path(tmp_path: Path) -> None:
    """``Builder._keys`` resolves each articles folder once, and a linked file in full: the
    real paths (and so the keys) are those of ``Path.resolve`` for every file, whether the
    file, its folder or the project is reached through a link."""
    real = tmp_path / "real"
    articles = real / "seeds" / "articles"
    articles.mkdir(parents=True)
    (real / "seeds" / "people.yml").write_text("[]\n")
    (real / "seeds" / "events.yml").write_text("[]\n")
    (articles / "a.md").write_text("---\nid: a\n---\nText.\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.md").write_text("---\nid: b\n---\nText.\n")
    (articles / "b.md").symlink_to(elsewhere / "b.md")  # a linked file
    (articles / "c.md").symlink_to(tmp_path / "missing.md")  # a dangling link
    project = tmp_path / "project"
    project.symlink_to(real, target_is_directory=True)  # the whole project through a link
    builder = Builder(Settings(root=project, jobs=1))
    registry = builder._load_registry(build.ProblemCollector())
    _, paths, keys = builder._keys(registry)
    assert len(paths) == 2 and set(keys) == set(paths)  # the dangling link is no file
    assert builder._resolved == {p: p.resolve().as_posix() for p in paths}
    top = tmp_path.resolve()
    assert builder._resolved[paths[0]] == (top / "real/seeds/articles/a.md").as_posix()
    assert builder._resolved[paths[1]] == (top / "elsewhere/b.md").as_posix()
