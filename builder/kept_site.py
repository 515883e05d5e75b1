"""The previous site kept in place between ``mkdocs serve`` builds: only what changed is written.

MkDocs empties ``site_dir`` before every build and writes every file again: at 1,000 articles
that is ~1,500 pages, ~4,500 folders and ~3,000 theme files for a one-article edit, most of a
rebuild's time on a slow disk. Under ``serve`` the plugin puts the previous build's files
back after MkDocs has emptied the folder and asks this bookkeeping, file by file, whether what
the build is about to write is already there:

* a page or a generated file whose bytes have the digest recorded when it was last written,
  and whose size and modification time have not changed since, is not written again;
* a static file (a theme asset, an image) whose source and copy both have the size and
  modification time recorded when it was copied is not copied again;
* at the end, a file of the previous build that this build neither wrote nor kept is deleted,
  as MkDocs' emptying of the folder would have done, and so are the folders left empty. A
  file counts as written when its size or modification time changed during the build, so
  files written by other plugins (the search index, the sitemap) stay.

The outcome is the site a full MkDocs build makes (``tests/test_site.py`` compares them file
for file after edits, additions and removals). Anything unexpected — a build error, a file
changed behind our back — only makes the next build write more. Nothing here imports MkDocs.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

#: (size, modification time in ns) of a file, as ``os.stat`` gives them.
Stat = tuple[int, int]


def _stat(path: str) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def digest(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def scan(folder: str) -> dict[str, Stat]:
    """Every file under ``folder`` (hidden top-level entries aside, as MkDocs keeps them)."""
    found: dict[str, Stat] = {}
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if current == folder and entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            else:
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                found[entry.path] = (st.st_size, st.st_mtime_ns)
    return found


@dataclass
class KeptSite:
    """What the last build wrote into ``site_dir``, to write only what changed in the next."""

    # destination -> (digest of the bytes written, their size and mtime once written)
    written: dict[str, tuple[str, Stat]] = field(default_factory=dict)
    # destination -> (the source's size and mtime, the copy's size and mtime)
    copied: dict[str, tuple[Stat, Stat]] = field(default_factory=dict)
    # during a build: every file of the previous build, as found when it was put back
    snapshot: dict[str, Stat] | None = None
    kept: set[str] = field(default_factory=set)  # files of the previous build reused as they are
    _to_write: dict[str, str] = field(default_factory=dict)  # destination -> digest
    _to_copy: dict[str, str] = field(default_factory=dict)  # destination -> source
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.snapshot is not None

    def begin(self, site_dir: str) -> None:
        """The previous build's files are back in ``site_dir``: note what is there."""
        self.snapshot = scan(site_dir)
        self.kept, self._to_write, self._to_copy = set(), {}, {}
        self.stats = {"written": 0, "unchanged": 0, "copied": 0, "not_copied": 0, "deleted": 0}

    def unchanged(self, dest: str, data: bytes) -> bool:
        """Whether ``data`` is already at ``dest``; if not, the caller writes it."""
        if self.snapshot is None:
            return False
        value = digest(data)
        last = self.written.get(dest)
        if last is not None and last[0] == value and self.snapshot.get(dest) == last[1]:
            self.kept.add(dest)
            self.stats["unchanged"] += 1
            return True
        self._to_write[dest] = value
        self.stats["written"] += 1
        return False

    def copy_unchanged(self, src: str, dest: str) -> bool:
        """Whether the copy of ``src`` at ``dest`` is up to date; if not, the caller copies."""
        if self.snapshot is None:
            return False
        last = self.copied.get(dest)
        if last is not None and _stat(src) == last[0] and self.snapshot.get(dest) == last[1]:
            self.kept.add(dest)
            self.stats["not_copied"] += 1
            return True
        self._to_copy[dest] = src
        self.stats["copied"] += 1
        return False

    def finish(self, site_dir: str) -> None:
        """After the build: record what was written and delete what the build did not make."""
        snapshot, self.snapshot = self.snapshot, None
        if snapshot is None:
            return
        written: dict[str, tuple[str, Stat]] = {
            dest: self.written[dest] for dest in self.kept if dest in self.written}
        for dest, value in self._to_write.items():
            if (st := _stat(dest)) is not None:
                written[dest] = (value, st)
        copied: dict[str, tuple[Stat, Stat]] = {
            dest: self.copied[dest] for dest in self.kept if dest in self.copied}
        for dest, src in self._to_copy.items():
            src_stat, dest_stat = _stat(src), _stat(dest)
            if src_stat is not None and dest_stat is not None:
                copied[dest] = (src_stat, dest_stat)
        self.written, self.copied = written, copied
        folders: set[str] = set()
        for path, st in snapshot.items():
            if path in self.kept or _stat(path) != st:
                continue  # reused, or written again by this build
            try:
                os.unlink(path)
            except OSError:
                continue
            self.stats["deleted"] += 1
            folders.add(os.path.dirname(path))
        root = os.path.normpath(site_dir)
        for folder in sorted(folders, key=len, reverse=True):
            while os.path.normpath(folder) != root and folder.startswith(root + os.sep):
                try:
                    os.rmdir(folder)  # only if empty
                except OSError:
                    break
                folder = os.path.dirname(folder)
        self.kept, self._to_write, self._to_copy = set(), {}, {}

    def forget(self) -> None:
        """A build failed: trust nothing recorded, so the next build writes everything."""
        self.written, self.copied, self.snapshot = {}, {}, None
        self.kept, self._to_write, self._to_copy = set(), {}, {}
