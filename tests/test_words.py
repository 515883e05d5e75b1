"""Counts in the interface: "1 article", "2 articles", in every message and template."""

from __future__ import annotations

import re

import pytest

from builder.render import TEMPLATES, make_environment
from builder.words import count


@pytest.mark.parametrize(("n", "noun", "expected"), [
    (0, "article", "0 articles"),
    (1, "article", "1 article"),
    (2, "article", "2 articles"),
    (1, "person", "1 person"),
    (3, "person", "3 people"),
    (1, "quotation", "1 quotation"),
    (2, "mention", "2 mentions"),
    (2, "curated event", "2 curated events"),
    (2, "source", "2 sources"),
])
def test_count(n: int, noun: str, expected: str) -> None:
    assert count(n, noun) == expected


def test_count_filter() -> None:
    env = make_environment()
    template = env.from_string('{{ 1 | counted("article") }}; {{ 2 | counted("mention") }}; '
                               '{{ [1, 2] | count }}')
    assert template.render() == "1 article; 2 mentions; 2"  # Jinja's own count is untouched


#: A number printed before a plural noun, with no choice of the singular: "{{ n }} articles".
BARE_PLURAL = re.compile(r"\}\}\*{0,2} (articles|mentions|quotations|people|sources|events|"
                         r"items|pages|curated events)\b")


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.jinja")))
def test_templates_choose_singular_or_plural(template: str) -> None:
    text = (TEMPLATES / template).read_text()
    assert not BARE_PLURAL.search(text), f"{template}: use {{{{ n | counted(\"noun\") }}}}"
    assert 'if total != 1' not in text and '"s" if' not in text, template


def test_every_filter_is_documented() -> None:
    from conftest import ROOT

    text = (ROOT / "docs" / "contributing" / "templates.md").read_text()
    for name in ("md", "attr", "yaml", "date", "fence", "counted"):
        assert f"| `{name}" in text, name
