"""The published site knows its address: citations, the sitemap and the 404 page use it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from builder.build import load_site_meta
from builder.render import SiteMeta

ROOT = Path(__file__).resolve().parent.parent


def test_site_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert load_site_meta(ROOT).url == ""
    monkeypatch.setenv("SITE_URL", "https://example.org/dossier/")
    assert load_site_meta(ROOT).url == "https://example.org/dossier/"
    from mkdocs.config import load_config  # (what MkDocs itself reads)

    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config.site_url == "https://example.org/dossier/"


def test_the_publish_workflow_sets_the_address_of_the_pages_site() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    pages = next(s for s in steps if str(s.get("uses", "")).startswith("actions/configure-pages"))
    build = next(s for s in steps if s.get("run") == "make build")
    assert steps.index(pages) < steps.index(build)
    assert build["env"]["SITE_URL"] == "${{ steps." + pages["id"] + ".outputs.base_url }}/"


def test_a_citation_without_an_address_gives_no_relative_path() -> None:
    local = SiteMeta(name="A dossier", url="")
    assert local.cite("Kim Kardashian", "people/kim-kardashian.md") == "A dossier. Kim Kardashian."
    published = SiteMeta(name="A dossier", url="https://example.org/dossier/")
    assert published.cite("Kim Kardashian", "people/kim-kardashian.md") == (
        "A dossier. Kim Kardashian. https://example.org/dossier/people/kim-kardashian/")
