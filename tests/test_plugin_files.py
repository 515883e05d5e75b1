"""What the plugin leaves out of the site's files: the dossier's template overrides."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files

from builder.plugin import _template_overrides


def test_only_the_template_overrides_are_left_out(tmp_path: Path) -> None:
    custom_dir, docs, site = tmp_path / "overrides", tmp_path / "docs", tmp_path / "site"

    def theme_file(path: str) -> File:  # as Files.add_files_from_theme adds them
        (custom_dir / path).parent.mkdir(parents=True, exist_ok=True)
        (custom_dir / path).write_text("x")
        return File(path, str(custom_dir), str(site), True)

    overrides = [theme_file("dossier/person.md.jinja"), theme_file("dossier/sub/_x.md.jinja")]
    kept = [
        theme_file("assets/dossier.css"),
        theme_file("dossier/notes.txt"),  # not a template
        theme_file("partials/extra.jinja"),  # a template of the theme's, not the dossier's
        File("examples/page.md.jinja", str(docs), str(site), True),  # a docs file
    ]
    files = Files([*kept, *overrides])
    assert _template_overrides(files, custom_dir / "dossier") == overrides
    # a templates folder outside the custom_dir (``templates: ../shared``): nothing of the
    # theme's to leave out
    assert _template_overrides(files, tmp_path / "shared") == []
