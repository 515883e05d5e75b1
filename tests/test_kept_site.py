"""The previous site kept between serve builds (builder/kept_site.py): unit rules.

``build`` below does what MkDocs and the plugin do around the bookkeeping: move the site
aside (the plugin, before MkDocs empties the folder), put it back (``begin``), ask before each
page write or static copy, record what was written before other plugins' ``on_post_build``,
then sweep. ``others`` plays the other plugins.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from builder.kept_site import KeptSite


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def build(kept: KeptSite, site: Path, pages: dict[str, bytes],
          static: dict[str, Path] | None = None, *,
          on_files: Callable[[Path], None] | None = None,
          post_build: Callable[[Path], None] | None = None) -> None:
    previous = None
    if site.exists():
        previous = site.with_name(site.name + ".old")
        os.rename(site, previous)
    site.mkdir()
    if on_files is not None:  # a plugin that writes before the dossier's on_files
        on_files(site)
    kept.begin(str(site), str(previous) if previous else None)
    for name, data in pages.items():
        dest = site / name
        if not kept.unchanged(str(dest), data):
            write(dest, data)
    for name, src in (static or {}).items():
        dest = site / name
        if not kept.copy_unchanged(str(src), str(dest)):
            write(dest, src.read_bytes())
    write(site / "search_index.json", b"{}")  # MkDocs and the search plugin, every build
    kept.record()
    if post_build is not None:
        post_build(site)
    kept.sweep()
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file() or p.is_symlink()}


def test_unchanged_pages_are_not_written_again(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    build(kept, site, {"a/index.html": b"A", "b/index.html": b"B"})
    assert kept.stats["written"] == 2
    before = os.stat(site / "a" / "index.html").st_mtime_ns
    build(kept, site, {"a/index.html": b"A", "b/index.html": b"B2"})
    assert (kept.stats["written"], kept.stats["unchanged"]) == (1, 1)
    assert os.stat(site / "a" / "index.html").st_mtime_ns == before
    assert files(site) == {"a/index.html": b"A", "b/index.html": b"B2",
                           "search_index.json": b"{}"}


def test_a_file_changed_behind_its_back_is_written_again(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    build(kept, site, {"a.html": b"A"})
    (site / "a.html").write_bytes(b"tampered, longer")
    build(kept, site, {"a.html": b"A"})
    assert (site / "a.html").read_bytes() == b"A"
    assert kept.stats["unchanged"] == 0


def test_what_the_build_no_longer_makes_is_deleted_with_empty_folders(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    build(kept, site, {"keep.html": b"K", "gone/deep/index.html": b"G"})
    write(site / ".hidden", b"MkDocs never deletes hidden top-level entries")
    build(kept, site, {"keep.html": b"K"})
    assert sorted(p.name for p in site.iterdir()) == [".hidden", "keep.html", "search_index.json"]
    assert kept.stats["deleted"] == 1


def test_other_plugins_start_from_an_emptied_folder(tmp_path: Path) -> None:
    """Files the dossier did not write are not put back: a plugin that writes a file only
    when it is missing writes it again, and one that writes before the dossier keeps it."""
    site, kept = tmp_path / "site", KeptSite()

    def font_if_missing(root: Path) -> None:
        if not (root / "assets" / "font.woff").exists():
            write(root / "assets" / "font.woff", b"font")

    build(kept, site, {"a.html": b"A"}, post_build=font_if_missing)
    build(kept, site, {"a.html": b"A"}, post_build=font_if_missing)
    assert files(site)["assets/font.woff"] == b"font"
    build(kept, site, {"a.html": b"A"}, on_files=lambda root: write(root / "early.txt", b"E"))
    assert files(site)["early.txt"] == b"E"
    assert set(files(site)) == {"a.html", "early.txt", "search_index.json"}


def test_a_plugin_that_rewrites_pages_after_the_build_does_it_once(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()

    def banner(root: Path) -> None:
        page = root / "index.html"
        page.write_bytes(page.read_bytes() + b"<!--banner-->")

    build(kept, site, {"index.html": b"<p>hi</p>"}, post_build=banner)
    build(kept, site, {"index.html": b"<p>hi</p>"}, post_build=banner)
    assert (site / "index.html").read_bytes() == b"<p>hi</p><!--banner-->"


def test_a_stale_folder_or_file_in_the_way_is_replaced(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    src = tmp_path / "LICENSE"
    src.write_bytes(b"MIT")
    build(kept, site, {"LICENSE/index.html": b"page"})  # a page LICENSE.md
    build(kept, site, {}, {"LICENSE": src})  # now a static file at that path
    assert files(site) == {"LICENSE": b"MIT", "search_index.json": b"{}"}
    build(kept, site, {"LICENSE/index.html": b"page again"})  # and back
    assert files(site) == {"LICENSE/index.html": b"page again", "search_index.json": b"{}"}


def test_static_files_are_copied_again_only_when_their_source_changed(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    src = tmp_path / "style.css"
    src.write_bytes(b"a{color:#aaa}")
    build(kept, site, {}, {"assets/style.css": src})
    build(kept, site, {}, {"assets/style.css": src})
    assert kept.stats["not_copied"] == 1 and kept.stats["copied"] == 0
    st = os.stat(src)
    src.write_bytes(b"a{color:#bbb}")  # same size, and the old time put back (cp -p)
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    build(kept, site, {}, {"assets/style.css": src})
    assert kept.stats["copied"] == 1
    assert (site / "assets" / "style.css").read_bytes() == b"a{color:#bbb}"


def test_a_stale_symbolic_link_is_deleted(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    build(kept, site, {"a.html": b"A", "b.html": b"B"})
    (site / "b.html").unlink()
    os.symlink(site / "a.html", site / "b.html")
    build(kept, site, {"a.html": b"A"})
    assert not os.path.lexists(site / "b.html")


def test_after_a_failed_build_everything_is_written_again(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    build(kept, site, {"a.html": b"A"})
    kept.forget()
    build(kept, site, {"a.html": b"A"})
    assert kept.stats["written"] == 1 and kept.stats["unchanged"] == 0


def test_nothing_is_skipped_outside_a_build(tmp_path: Path) -> None:
    kept = KeptSite()
    assert not kept.active
    assert not kept.unchanged(str(tmp_path / "a.html"), b"A")
    assert not kept.copy_unchanged(str(tmp_path / "a"), str(tmp_path / "b"))
