"""The previous site kept between serve builds (builder/kept_site.py): unit rules."""

from __future__ import annotations

import os
from pathlib import Path

from builder.kept_site import KeptSite


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def build(kept: KeptSite, site: Path, pages: dict[str, bytes],
          static: dict[str, Path] | None = None) -> None:
    """What a build does with the bookkeeping: ask before each write, then finish."""
    kept.begin(str(site))
    for name, data in pages.items():
        dest = site / name
        if not kept.unchanged(str(dest), data):
            write(dest, data)
    for name, src in (static or {}).items():
        dest = site / name
        if not kept.copy_unchanged(str(src), str(dest)):
            write(dest, src.read_bytes())
    kept.finish(str(site))


def test_unchanged_pages_are_not_written_again(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    build(kept, site, {"a/index.html": b"A", "b/index.html": b"B"})
    assert kept.stats["written"] == 2
    before = os.stat(site / "a" / "index.html").st_mtime_ns
    build(kept, site, {"a/index.html": b"A", "b/index.html": b"B2"})
    assert kept.stats == {**kept.stats, "written": 1, "unchanged": 1}
    assert os.stat(site / "a" / "index.html").st_mtime_ns == before
    assert (site / "b" / "index.html").read_bytes() == b"B2"


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
    assert sorted(p.name for p in site.iterdir()) == [".hidden", "keep.html"]
    assert kept.stats["deleted"] == 1


def test_files_written_by_others_during_the_build_stay(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    write(site / "search_index.json", b"old")
    kept.begin(str(site))
    (site / "search_index.json").write_bytes(b"new index")  # another plugin wrote it
    kept.finish(str(site))
    assert (site / "search_index.json").read_bytes() == b"new index"


def test_static_files_are_copied_again_only_when_their_source_changed(tmp_path: Path) -> None:
    site, kept = tmp_path / "site", KeptSite()
    src = tmp_path / "logo.svg"
    src.write_bytes(b"<svg/>")
    build(kept, site, {}, {"assets/logo.svg": src})
    build(kept, site, {}, {"assets/logo.svg": src})
    assert kept.stats["not_copied"] == 1 and kept.stats["copied"] == 0
    src.write_bytes(b"<svg>new</svg>")
    build(kept, site, {}, {"assets/logo.svg": src})
    assert kept.stats["copied"] == 1
    assert (site / "assets" / "logo.svg").read_bytes() == b"<svg>new</svg>"


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
