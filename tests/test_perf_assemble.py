"""Incremental assembly (``dossier.Assembler``): after any change to the articles, what it
makes equals a full ``assemble`` of the same input, entry for entry and in the same order."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import bench_corpus

from builder.build import Builder, BuildStats, Settings
from builder.dossier import Assembler, Dossier, assemble


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bench_corpus(tmp_path_factory, "assemble", 40, 11)


def same(a: Dossier, b: Dossier) -> None:
    assert list(a.people) == list(b.people)
    assert list(a.events) == list(b.events)
    for pid in a.people:
        assert a.people[pid] == b.people[pid], pid
    for eid in a.events:
        assert a.events[eid] == b.events[eid], eid
    assert a.quote_groups == b.quote_groups
    assert a.warnings == b.warnings
    assert a.articles == b.articles
    assert a.annotations == b.annotations
    assert a == b


def _title(path: Path) -> None:
    path.write_text(re.sub(r'^title: ("?)(.*?)\1$', r"title: \1\2 (edited)\1",
                           path.read_text(), count=1, flags=re.MULTILINE))


def _published(path: Path) -> None:
    path.write_text(re.sub(r"^published: \d{4}", "published: 2015", path.read_text(),
                           count=1, flags=re.MULTILINE))


def _body_of(other: Path) -> object:
    def edit(path: Path) -> None:
        head = path.read_text().split("\n---\n", 1)[0]
        path.write_text(head + "\n---\n" + other.read_text().split("\n---\n", 1)[1])
    edit.__name__ = f"body of {other.name}"
    return edit


def _empty_body(path: Path) -> None:
    head = path.read_text().split("\n---\n", 1)[0]
    path.write_text(head + "\n---\n\nNothing to see here.\n")


def _new_person(path: Path) -> None:
    path.write_text(path.read_text() + "\n“We will see,” said Zebulon Quarterfield, a "
                    "neighbour, on 13 June 2019. Zebulon Quarterfield left.\n")


def test_incremental_assembly_equals_full_assembly(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(corpus, root)
    articles = sorted((root / "seeds" / "articles").glob("*.md"))
    kept = Builder(Settings(root=root, jobs=1, cache=None))
    kept.generate()
    added = root / "seeds" / "articles" / "zz-added.md"

    def add(_: Path) -> None:
        # a copy of an article, with its own copy of the raw page (one page, one article)
        text = articles[2].read_text()
        source = re.search(r"^source_file: (.*)$", text, flags=re.MULTILINE)
        assert source is not None
        raw = root / source.group(1).strip()
        shutil.copyfile(raw, raw.with_name("zz-added.txt"))
        text = text.replace(source.group(0), "source_file: "
                            + str(raw.with_name("zz-added.txt").relative_to(root)))
        added.write_text(re.sub(r"^id: .*$", "id: zz-added", text, count=1,
                                flags=re.MULTILINE))

    def remove(path: Path) -> None:
        path.unlink()

    steps: list[tuple[object, list[Path]]] = [
        (_title, [articles[3]]),
        (_new_person, [articles[4]]),  # a person discovered in one article only
        (_body_of(articles[6]), [articles[5]]),
        (_published, [articles[7]]),
        (_empty_body, [articles[4]]),  # ... who is gone again
        (add, [articles[0]]),
        (remove, [articles[9]]),
        (_title, [articles[10], articles[11], articles[12]]),
        (_body_of(articles[1]), [articles[13], added]),
    ]
    for edit, paths in steps:
        for path in paths:
            edit(path)  # type: ignore[operator]
        out = kept.generate()
        name = getattr(edit, "__name__", "")
        assert kept._assembler.incremental, name
        sources = Builder(Settings(root=root, jobs=1, cache=None)).prepare(BuildStats())
        full = assemble(sources.articles, sources.annotations, sources.registry)
        same(out.dossier, full)
    again = kept.generate()
    assert again.dossier is out.dossier  # nothing changed: the same assembly


def test_assembler_assembles_everything_when_the_registry_or_many_articles_change(
        corpus: Path) -> None:
    builder = Builder(Settings(root=corpus, jobs=1, cache=None))
    sources = builder.prepare(BuildStats())
    assembler = Assembler()
    first = assembler.assemble(sources.articles, sources.annotations, sources.registry)
    assert not assembler.incremental
    # another registry object: everything again
    other = builder.prepare(BuildStats())
    builder._registry = None
    fresh = builder.prepare(BuildStats())
    assert fresh.registry is not other.registry
    again = assembler.assemble(fresh.articles, fresh.annotations, fresh.registry)
    assert not assembler.incremental
    same(again, first)
    # every article changed (new objects): everything again
    builder.forget()
    renewed = builder.prepare(BuildStats())
    assembler._registry = renewed.registry
    third = assembler.assemble(renewed.articles, renewed.annotations, renewed.registry)
    assert not assembler.incremental
    same(third, first)
