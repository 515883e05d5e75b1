"""The benchmark's corpus generator: deterministic, valid input, realistic forms (small N).

Nothing here is timed: timings belong to ``bench/benchmark.py`` (docs/performance.md).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import benchmark
import common
from corpus import generate

from builder.articles import article_paths, load_article
from builder.build import Builder, Settings
from builder.errors import ProblemCollector
from builder.registry import load_registry

N = 12


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, generate(root, N, seed=5)


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes(corpus: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    root, summary = corpus
    again = generate(tmp_path, N, seed=5)
    assert again == summary
    assert files_of(tmp_path) == files_of(root)


def test_other_seed_other_corpus(corpus: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    root, _ = corpus
    generate(tmp_path, N, seed=6)
    assert files_of(tmp_path) != files_of(root)


def test_smaller_n_in_the_same_folder_removes_the_extra_articles(tmp_path: Path) -> None:
    generate(tmp_path, 6, seed=5)
    generate(tmp_path, 3, seed=5)
    assert len(list((tmp_path / "seeds" / "articles").glob("*.md"))) == 3
    assert len(list((tmp_path / "seeds" / "raw").glob("*.txt"))) == 3


def test_articles_and_registries_are_valid(corpus: tuple[Path, dict[str, object]]) -> None:
    root, summary = corpus
    problems = ProblemCollector()
    registry = load_registry(root / "seeds", root, problems)
    paths = article_paths(root / "seeds" / "articles")
    articles = [load_article(p, root, problems) for p in paths]
    assert problems.problems == []
    assert len(articles) == N and all(a is not None for a in articles)
    assert len({a.id for a in articles if a}) == N
    assert len(registry.people) == summary["people"]
    assert {a.lang for a in articles if a} == {"en", "fr"}
    for article in articles:
        assert article is not None
        words = sum(len(p.text.split()) for p in article.paragraphs)
        assert 200 <= words <= 2300, (article.id, words)
        assert (root / article.source_file).is_file()
    assert 600 <= summary["words_mean"] <= 1000  # type: ignore[operator]


def test_planted_spans_are_exact(corpus: tuple[Path, dict[str, object]]) -> None:
    """truth.json (the oracle's input) names exact character spans of the article text."""
    root, _ = corpus
    truth = json.loads((root / "truth.json").read_text())
    problems = ProblemCollector()
    counted = 0
    for path in article_paths(root / "seeds" / "articles"):
        article = load_article(path, root, problems)
        assert article is not None
        text = {p.id: p.text for p in article.paragraphs}
        for kind in ("mentions", "quotes", "dates"):
            for item in truth[article.id][kind]:
                assert text[item["paragraph"]][item["start"]:item["end"]] == item["text"]
                counted += 1
    assert counted > N * 10


def test_realistic_quote_and_date_forms(corpus: tuple[Path, dict[str, object]]) -> None:
    """The forms the real quote and date annotators must handle, in both languages."""
    root, _ = corpus
    text = "\n".join(p.read_text() for p in sorted((root / "seeds" / "articles").glob("*.md")))
    assert "“" in text and "”" in text and "« " in text and " »" in text
    assert re.search(r"(said|told reporters|added)\.", text)
    assert re.search(r"(a déclaré|selon|affirme|ajouté)", text)
    months = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    assert re.search(months + r" \d{1,2}, \d{4}|\d{1,2} " + months + r" \d{4}", text)
    assert re.search(r"(1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|"
                     r"septembre|octobre|novembre|décembre) \d{4}", text)


def test_the_pipeline_builds_the_corpus(corpus: tuple[Path, dict[str, object]]) -> None:
    root, _ = corpus
    output = Builder(Settings(root=root, cache=None, jobs=1)).generate()
    assert output.stats.articles == N
    assert any(page.startswith("people/") for page in output.pages)


def test_edit_article_keeps_it_valid(corpus: tuple[Path, dict[str, object]],
                                     tmp_path: Path) -> None:
    root, _ = corpus
    path = min((root / "seeds" / "articles").glob("*.md"))
    copy = tmp_path / "seeds" / "articles" / path.name
    copy.parent.mkdir(parents=True)
    copy.write_text(path.read_text())
    title = benchmark.edit_article(copy)
    problems = ProblemCollector()
    article = load_article(copy, root, problems)
    assert problems.problems == [] and article is not None
    assert article.title == title
    assert "A sentence added by the benchmark." in article.paragraphs[0].text


def test_tree_rss_counts_this_process() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc")
    assert common.tree_rss_kb(os.getpid()) > 1000


def test_report_from_a_result() -> None:
    """The Markdown report and the verdicts come from the JSON alone."""
    build = {"plugin_s": 11.0, "plain_s": 10.0, "overhead": 1.1, "plugin_cpu_s": 12.0,
             "plain_cpu_s": 10.0, "cpu_overhead": 1.2, "tree_rss_mb": 300.0,
             "max_rss_mb": 250.0, "site_mb": 10.0, "site_kb_per_article": 100.0, "repeat": 1,
             "plugin_stages_s": {"prepare": 1.0}, "page_sizes": {
                 "articles": {"median_kb": 40, "max_kb": 60, "largest_index_kb": 20}}}
    annotation = {"ms_per_article": 4.0, "stages_ms": {"people": 2.0, "quotes": 1.0}}
    res = {"date": "2026-01-01 00:00 UTC", "command": "python bench/benchmark.py",
           "annotator": "real", "total_minutes": 1.0,
           "machine": {"cores": 2, "cpu": "x", "memory": "1 GiB", "python": "3.11",
                       "mkdocs": "1.6.1", "mkdocs-material": "9"},
           "scale": [{"articles": 1000, "annotation": annotation, "builds": build},
                     {"articles": 5000, "annotation": annotation,
                      "builds": {**build, "plugin_s": 70.0, "plugin_cpu_s": 80.0}}]}
    res["targets"] = benchmark.targets(res)
    verdicts = {name: ok for name, (ok, _) in res["targets"].items()}
    assert verdicts["dossier adds ≤ 20% to the plain build"] is True
    assert verdicts["linear: time at 5,000 ÷ time at 1,000 ≤ 5.5"] is False
    text = benchmark.markdown(res)
    assert "| 1,000 | 4.00" in text and "**not met**" in text


def test_annotation_timings_exclude_building_the_tables(
        corpus: tuple[Path, dict[str, object]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The annotators build their tables when the first article is annotated; the benchmark
    builds them before it times annotation, so that the first article does not carry them."""
    from builder import build

    order: list[str] = []
    monkeypatch.setattr(build, "build_tables", lambda: order.append("tables"))
    from builder import annotate as annotate_module

    real = annotate_module.annotate_article

    def first(*args: object, **kwargs: object) -> object:
        order.append("annotate")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(annotate_module, "annotate_article", first)
    root, _ = corpus
    benchmark.measure_annotation(root, passes=1, limit=2)
    assert order[:2] == ["tables", "annotate"]


def test_stage_times_are_exclusive_and_tabled(tmp_path: Path) -> None:
    """``bench/stage_times.py``: a stage's time excludes the stages timed inside it."""
    import stage_times

    timers = stage_times.Timers()

    def inner() -> None:
        end = time.process_time() + 0.02
        while time.process_time() < end:
            pass

    def outer() -> None:
        timed_inner()

    timed_inner = timers.wrap("inner", inner)
    timers.wrap("outer", outer)()
    assert timers.spent["inner"] >= 0.02
    assert timers.spent["outer"] < 0.01
    rows = tmp_path / "a.jsonl"
    rows.write_text('{"inner": 0.02, "outer": 0.001}\n{"inner": 0.04, "outer": 0.001}\n')
    text = stage_times.table([rows])
    assert "inner" in text and "0.030" in text and "runs" in text
