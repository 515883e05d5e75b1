"""Every front-matter field, registry field and CLI command is documented for contributors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.articles import ALL_FIELDS
from builder.cli import main
from builder.registry import EVENT_FIELDS, PEOPLE_FIELDS

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("field", ALL_FIELDS)
def test_article_fields_documented(field: str) -> None:
    text = (DOCS / "contributing" / "article-format.md").read_text()
    assert re.search(rf"^\| `{field}` \|", text, re.MULTILINE), f"document `{field}` in article-format.md"


@pytest.mark.parametrize("field", PEOPLE_FIELDS + EVENT_FIELDS)
def test_registry_fields_documented(field: str) -> None:
    text = (DOCS / "contributing" / "registries.md").read_text()
    assert f"  {field}:" in text or f"- {field}:" in text


@pytest.mark.parametrize("command", sorted(main.commands))
def test_cli_commands_documented(command: str) -> None:
    text = (DOCS / "contributing" / "cli.md").read_text()
    assert f"`dossier {command}" in text


def test_plugin_options_documented() -> None:
    from builder.plugin import DossierConfig

    text = (DOCS / "contributing" / "cli.md").read_text()
    for name, _option in DossierConfig._schema:
        assert f"      {name}:" in text, name


def _prose_lines(path: Path) -> list[tuple[int, str]]:
    """The lines of a Markdown page outside code fences and front matter."""
    lines, fenced, front = [], False, False
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if number == 1 and line == "---":
            front = True
            continue
        if front:
            front = line != "---"
            continue
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced:
            lines.append((number, line))
    return lines


@pytest.mark.parametrize("page", sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")))
def test_no_hashtag_opens_a_line_as_a_heading(page: str) -> None:
    # Python-Markdown makes "#Cut50 campaign, …" at the start of a wrapped line a heading,
    # cutting the paragraph in two; a heading needs "# " (a space) in our pages
    bad = [f"{page}:{n}: {line}" for n, line in _prose_lines(DOCS / page)
           if re.match(r"#+[^\s#]", line)]
    assert not bad, "rewrap so the hashtag is not at the start of a line: " + "; ".join(bad)
