"""What the plugin leaves out: the dossier's template overrides, the staging folders of killed
builds."""

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


def test_only_orphan_staging_folders_are_removed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from builder.plugin import ORPHAN_AGE_S, _remove_orphan_staging

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # its id is nobody's now (or, rarely, reused: then kept, which is safe)
    folders = {
        "killed": tmp_path / f"pages-{dead.pid}-abc",
        "mine": tmp_path / f"pages-{os.getpid()}-def",
        "old-unknown": tmp_path / "pages-xyz",
        "new-unknown": tmp_path / "pages-uvw",
        "other": tmp_path / "annotations",
    }
    for folder in folders.values():
        folder.mkdir()
        (folder / "pages.pack").write_text("x")
    old = folders["old-unknown"].stat().st_mtime - ORPHAN_AGE_S - 60
    os.utime(folders["old-unknown"], (old, old))
    _remove_orphan_staging(tmp_path, "pages-")
    left = {name for name, folder in folders.items() if folder.exists()}
    assert left == {"mine", "new-unknown", "other"} or left == {"mine", "new-unknown", "other",
                                                                 "killed"} and _reused(dead.pid)


def _reused(pid: int) -> bool:
    import os
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
