"""What the generated pages say, rendered from the seeds (no MkDocs run): counts, joint
quotations, breadcrumbs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from builder.build import Builder, Output, Settings

ROUNDTABLE = "2024-04-26-kardashian-harris-roundtable"


def generate(root: Path) -> Output:
    return Builder(Settings(root=root, cache=None, jobs=1)).generate(keep=False)


def seeds_copy(root: Path, without: tuple[str, ...] = ()) -> Path:
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for article_id in without:
        (root / "seeds" / "articles" / f"{article_id}.md").unlink()
    return root


@pytest.fixture(scope="module")
def seeds_pages(tmp_path_factory: pytest.TempPathFactory) -> Output:
    return generate(seeds_copy(tmp_path_factory.mktemp("seeds")))


@pytest.fixture(scope="module")
def fewer_pages(tmp_path_factory: pytest.TempPathFactory) -> Output:
    """The seeds without the 2024 roundtable: Joe Biden and Kamala Harris, in the registry,
    are in no article."""
    return generate(seeds_copy(tmp_path_factory.mktemp("fewer"), (ROUNDTABLE,)))


def people_named(output: Output) -> set[str]:
    return {pid for pid, e in output.dossier.people.items() if e.appearances}


def test_people_index_counts_the_people_the_articles_name(seeds_pages: Output,
                                                          fewer_pages: Output) -> None:
    for output in (seeds_pages, fewer_pages):
        named = len(people_named(output))
        index = output.pages["people/index.md"]
        assert f"\n{named} people appear in the dossier's articles." in index
    index = fewer_pages.pages["people/index.md"]
    assert "2 people of the registry appear in none of them" in index
    table, _, apart = index.partition("{ #not-in-any-article }")
    for pid in ("joe-biden", "kamala-harris"):
        assert f"({pid}.md)" not in table and f"({pid}.md)" in apart
    assert "(kim-kardashian.md)" in table and "(kim-kardashian.md)" not in apart


def test_counts_take_the_singular_for_one(fewer_pages: Output) -> None:
    pages = fewer_pages.pages
    one_article = [e for e in fewer_pages.dossier.people.values() if len(e.articles) == 1]
    assert one_article
    for entry in one_article:
        assert re.search(r"\n\d+ mentions? in 1 article\.\n", pages[entry.page]), entry.id
    everything = "\n".join(pages.values())
    assert not re.search(r"\b1 (articles|mentions|quotations|sources|people)\b", everything)
    assert not re.search(r"\b1 article report this\b", everything)


def joint_quotes(output: Output) -> list[tuple[str, list[str]]]:
    return [(q.id, list(q.speakers)) for ann in output.dossier.annotations.values()
            for q in ann.quotes if len(q.speakers) > 1]


def test_a_joint_statement_is_under_each_of_its_speakers(seeds_pages: Output) -> None:
    joint = joint_quotes(seeds_pages)
    assert joint, "the seeds have the Jackson–Haney joint statement"
    pages = seeds_pages.pages
    index = pages["quotes/index.md"]
    for qid, speakers in joint:
        for pid in speakers:
            name = seeds_pages.dossier.people[pid].person.name
            others = [seeds_pages.dossier.people[s].person.name for s in speakers if s != pid]
            own = pages[f"quotes/{pid}.md"]  # each speaker has a page of quotations
            anchor = qid if pid == speakers[0] else f"{qid}--{pid}"  # ids unique site-wide
            assert "{ #" + anchor + " }" in own, pid
            assert f"— {name}, with {' and '.join(others)} *(joint statement)*" in own
            assert f"[{name}]({pid}.md)" in index  # a line in the table of speakers
            group = index.split("{ #speaker-" + pid + " }", 1)[1].split("\n## ", 1)[0]
            assert f"— {name}, with {' and '.join(others)}" in group
            person = pages[f"people/{pid}.md"]
            assert f"*(joint statement, with {' and '.join(others)})*" in person
            assert f"(../quotes/{pid}.md#{anchor})" in person
    # counted once in the total, though listed under each speaker
    total = sum(len(ann.quotes) for ann in seeds_pages.dossier.annotations.values())
    assert f"\n{total} quotations, grouped by speaker." in index


#: A row of the quote index's table of speakers: its count.
SPEAKER_ROW = re.compile(r"^\| \[[^\n]*\]\([a-z0-9-]+\.md\) \| (\d+) \|$", re.MULTILINE)


def test_the_quote_index_says_why_its_rows_add_up_to_more(seeds_pages: Output,
                                                          tmp_path: Path) -> None:
    """A joint statement is counted under each of its speakers: the table's rows add up to more
    than the total, and the page says so, with the numbers that make it add up."""
    index = seeds_pages.pages["quotes/index.md"]
    joint = joint_quotes(seeds_pages)
    total = sum(len(ann.quotes) for ann in seeds_pages.dossier.annotations.values())
    rows = [int(n) for n in SPEAKER_ROW.findall(index)]
    assert len(rows) == len(seeds_pages.dossier.quotes_by_speaker())
    assert sum(rows) == total + sum(len(speakers) - 1 for _, speakers in joint) > total
    assert (f"is counted under each of its speakers: {len(joint)} joint statement among the "
            f"{total} quotations, so the rows add up to {sum(rows)}.") in index
    # without a joint statement the rows add up, and the page has nothing to explain
    alone = generate(seeds_copy(tmp_path, ("2019-06-13-refinery29-white-house",)))
    assert not joint_quotes(alone)
    index = alone.pages["quotes/index.md"]
    total = sum(len(ann.quotes) for ann in alone.dossier.annotations.values())
    assert sum(int(n) for n in SPEAKER_ROW.findall(index)) == total
    assert "joint statement" not in index


def test_the_quote_index_counts_by_language_and_by_article_in_two_paragraphs(
        seeds_pages: Output) -> None:
    """Not one paragraph that runs "French: 17 By article: …" together."""
    index = seeds_pages.pages["quotes/index.md"]
    assert re.search(r"\n\*\*By language:\*\* [^\n]*\n\n\*\*By article:\*\* ", index)


def test_quotes_csv_names_every_speaker(seeds_pages: Output) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(seeds_pages.files["data/quotes.csv"].decode())))
    by_id = {r["id"]: r for r in rows}
    assert len(by_id) == len(rows)  # one row per quotation
    for qid, speakers in joint_quotes(seeds_pages):
        assert by_id[qid]["speakers"] == "; ".join(speakers)
        assert by_id[qid]["speaker"] == speakers[0]
    for row in rows:
        if row["speaker"]:
            assert row["speakers"].split("; ")[0] == row["speaker"]
        else:
            assert row["speakers"] == ""


BREADCRUMBS = re.compile(r'<nav class="dossier-breadcrumbs" aria-label="Breadcrumb" '
                         r'data-search-exclude="" markdown>\n\n(.*?)\n\n</nav>', re.DOTALL)


def crumbs(page: str) -> list[str]:
    found = BREADCRUMBS.findall(page)
    assert len(found) == 1, "one breadcrumb line"
    return found[0].splitlines()


def test_generated_pages_say_where_they_are(seeds_pages: Output) -> None:
    pages, d = seeds_pages.pages, seeds_pages.dossier
    for a in d.articles:
        year = a.published.year()
        lines = crumbs(pages[f"articles/{year}/{a.id}.md"])
        assert lines[:2] == ["1. [Articles](../index.md)", f"2. [{year}](index.md)"]
        assert lines[2].startswith('3. <span aria-current="page"')
        # under the title: MkDocs takes the title from a first heading
        assert pages[f"articles/{year}/{a.id}.md"].split("---\n\n", 1)[1].startswith("# ")
    fr = next(a for a in d.articles if a.lang == "fr")
    assert '<span aria-current="page" lang="fr">' in pages[
        f"articles/{fr.published.year()}/{fr.id}.md"]
    for e in d.people.values():
        if e.page in pages:
            assert crumbs(pages[e.page])[0] == "1. [People](index.md)"
    for e in d.events.values():
        lines = crumbs(pages[e.page])
        assert lines[:2] == ["1. [Events](index.md)",
                             f"2. [{e.event.date.year}](index.md#year-{e.event.date.year})"]
    for year in d.years:
        assert crumbs(pages[f"articles/{year}/index.md"]) == [
            "1. [Articles](../index.md)", f'2. <span aria-current="page">{year}</span>']
        assert crumbs(pages[f"sources/{year}.md"])[0] == "1. [Sources](index.md)"
    assert crumbs(pages["quotes/erin-haney.md"]) == [
        "1. [Quotes](index.md)", '2. <span aria-current="page">Erin Haney</span>']
    for index in ("articles/index.md", "people/index.md", "events/index.md", "quotes/index.md",
                  "sources/index.md"):  # in the nav: their tab says where they are
        assert "dossier-breadcrumbs" not in pages[index]
