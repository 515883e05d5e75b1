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
