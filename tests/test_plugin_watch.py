"""What ``mkdocs serve`` watches: the template overrides folder even before it exists."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from mkdocs.config import load_config

from builder.plugin import _watchable


def test_an_existing_folder_is_watched(tmp_path: Path) -> None:
    (tmp_path / "overrides" / "dossier").mkdir(parents=True)
    assert _watchable(tmp_path / "overrides" / "dossier", tmp_path) == \
        (tmp_path / "overrides" / "dossier").resolve()


def test_a_missing_folder_is_watched_through_its_nearest_parent(tmp_path: Path) -> None:
    # a contributor creates overrides/dossier/ while serve runs: watching overrides/ sees it
    (tmp_path / "overrides").mkdir()
    assert _watchable(tmp_path / "overrides" / "dossier", tmp_path) == \
        (tmp_path / "overrides").resolve()


def test_never_the_project_root_nor_outside_it(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    assert _watchable(root / "overrides" / "dossier", root) is None  # the root holds site/
    assert _watchable(tmp_path / "elsewhere" / "dossier", root) is None
    # an existing folder outside the project (``templates: ../shared``) is watched itself
    (tmp_path / "shared").mkdir()
    assert _watchable(tmp_path / "shared", root) == (tmp_path / "shared").resolve()


def test_serve_watches_the_overrides_folder_of_this_project() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["dossier"]
    plugin.on_startup(command="serve", dirty=False)
    config = plugin.on_config(config)
    templates = (ROOT / "overrides" / "dossier").resolve()
    watched = {Path(p).resolve() for p in config.watch}
    assert templates in watched or templates.parent in watched
