"""The previous site kept in place between ``mkdocs serve`` builds: only what changed is written.

MkDocs empties ``site_dir`` before every build and writes every file again: at 1,000 articles
that is ~1,500 pages, ~4,500 folders and ~3,000 data and theme files for a one-article edit,
most of a rebuild's time on a slow disk. Under ``serve`` the plugin moves the previous build's
files aside before MkDocs empties the folder, and this bookkeeping puts back the ones it wrote
itself, then answers, file by file, whether what the build is about to write is already there:

* only files this bookkeeping recorded writing go back (``begin``); everything else of the
  previous build (the search index, the sitemap, other plugins' files) is deleted, as MkDocs'
  emptying would have done, so other plugins start from the folder they expect;
* a page or a generated file whose bytes have the digest recorded when it was last written,
  and which is still the same file (size, modification time, inode), is not written again;
* a static file (a theme asset, an image) is not copied again when its source is still the
  file it was copied from (size, modification and change times, inode) and its copy is still
  the copy that was made;
* what is written instead first gets its place back from a stale folder or file in the way;
* after the build (``sweep``), a put-back file that this build neither kept nor wrote is
  deleted, and so is any folder that left empty.

What was written is recorded (``record``) before other plugins' ``on_post_build`` runs, so
a plugin that rewrites files in place after the build (a minifier) makes the next build write
them again instead of processing its own output twice. The outcome is the site a full MkDocs
build makes (``tests/test_site.py`` compares them file for file after edits, additions and
removals). A failed build makes the next one write everything (``forget``). Nothing here
imports MkDocs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field

#: What identifies a file's content without reading it: size, mtime (ns) and inode; for a
#: source, its change time too (``cp -p`` and ``rsync -t`` keep the modification time).
Stat = tuple[int, ...]


def _stat(path: str, source: bool = False) -> Stat | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if source:
        return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def digest(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def scan(folder: str, empty: list[str] | None = None) -> dict[str, Stat]:
    """Every file (or symbolic link) under ``folder``, keyed by its path relative to it;
    hidden top-level entries aside, as MkDocs' emptying of the site folder keeps them.
    Folders with nothing in them are added to ``empty`` (relative paths)."""
    found: dict[str, Stat] = {}
    stack = [(folder, "")]
    while stack:
        current, prefix = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        if not entries and prefix and empty is not None:
            empty.append(prefix.rstrip(os.sep))
        for entry in entries:
            if not prefix and entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append((entry.path, prefix + entry.name + os.sep))
            elif (st := _stat(entry.path)) is not None:
                found[prefix + entry.name] = st
    return found


@dataclass
class KeptSite:
    """What the last build wrote into ``site_dir``, to write only what changed in the next."""

    # destination -> (digest of the bytes written, the file's Stat once written)
    written: dict[str, tuple[str, Stat]] = field(default_factory=dict)
    # destination -> (the source's Stat, the copy's Stat)
    copied: dict[str, tuple[Stat, Stat]] = field(default_factory=dict)
    # during a build: the files put back, as they were put back
    snapshot: dict[str, Stat] | None = None
    site_dir: str = ""
    kept: set[str] = field(default_factory=set)  # put-back files reused as they are
    _to_write: dict[str, str] = field(default_factory=dict)  # destination -> digest
    _to_copy: dict[str, str] = field(default_factory=dict)  # destination -> source
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.snapshot is not None

    def begin(self, site_dir: str, previous: str | None) -> bool:
        """Put back into the emptied ``site_dir`` the files of ``previous`` (the last build's
        site, moved aside) that this bookkeeping wrote. Returns True when ``previous`` is
        empty and removed; otherwise what is left there is the caller's to delete."""
        self.site_dir = os.path.normpath(site_dir)
        self.kept, self._to_write, self._to_copy = set(), {}, {}
        self.stats = {"written": 0, "unchanged": 0, "copied": 0, "not_copied": 0,
                      "deleted": 0, "not_put_back": 0}
        self.snapshot = {}
        if previous is None:
            return True
        known = set(self.written) | set(self.copied)
        empty: list[str] = []
        found = scan(previous, empty)
        site = self.site_dir + os.sep
        emptied: set[str] = set(empty)
        for rel, st in found.items():
            dest = site + rel
            if dest in known:
                self.snapshot[dest] = st
            else:  # not ours (the search index, another plugin's file): as MkDocs would
                self.stats["not_put_back"] += 1
                try:
                    os.unlink(os.path.join(previous, rel))
                except OSError:
                    pass
                emptied.add(os.path.dirname(rel))
        # The folders of the files deleted, and their parents, if that left them empty.
        for rel in sorted(emptied, key=len, reverse=True):
            while rel:
                try:
                    os.rmdir(os.path.join(previous, rel))  # only if empty
                except OSError:
                    break
                rel = os.path.dirname(rel)
        for entry in os.listdir(previous):
            source, target = os.path.join(previous, entry), os.path.join(self.site_dir, entry)
            if os.path.lexists(target):  # another plugin wrote it already: theirs wins
                self._forget_under(target)
                continue
            try:
                os.rename(source, target)
            except OSError:
                self._forget_under(target)
        try:
            os.rmdir(previous)
            return True
        except OSError:
            return False

    def _forget_under(self, path: str) -> None:
        assert self.snapshot is not None
        prefix = path + os.sep
        for dest in [d for d in self.snapshot if d == path or d.startswith(prefix)]:
            del self.snapshot[dest]

    def _make_room(self, dest: str) -> None:
        """A stale folder where a file goes, or a stale file where a folder goes, is removed."""
        if os.path.isdir(dest) and not os.path.islink(dest):
            shutil.rmtree(dest, ignore_errors=True)
        parent = os.path.dirname(dest)
        while parent.startswith(self.site_dir + os.sep):
            if os.path.lexists(parent) and not os.path.isdir(parent):
                os.unlink(parent)
                break
            parent = os.path.dirname(parent)

    def unchanged(self, dest: str, data: bytes) -> bool:
        """Whether ``data`` is already at ``dest``; if not, the caller writes it."""
        if self.snapshot is None:
            return False
        return self.unchanged_digest(dest, digest(data))

    def unchanged_digest(self, dest: str, value: str) -> bool:
        """``unchanged`` for bytes whose ``digest`` is ``value`` (the caller knows it)."""
        if self.snapshot is None:
            return False
        last = self.written.get(dest)
        if last is not None and last[0] == value and self.snapshot.get(dest) == last[1]:
            self.kept.add(dest)
            self.stats["unchanged"] += 1
            return True
        self._to_write[dest] = value
        self.stats["written"] += 1
        self._make_room(dest)
        return False

    def copy_unchanged(self, src: str, dest: str) -> bool:
        """Whether the copy of ``src`` at ``dest`` is up to date; if not, the caller copies."""
        if self.snapshot is None:
            return False
        last = self.copied.get(dest)
        if last is not None and _stat(src, source=True) == last[0] \
                and self.snapshot.get(dest) == last[1]:
            self.kept.add(dest)
            self.stats["not_copied"] += 1
            return True
        self._to_copy[dest] = src
        self.stats["copied"] += 1
        self._make_room(dest)
        return False

    def record(self) -> None:
        """Once MkDocs has written the site (before other plugins' ``on_post_build``): note
        what this build wrote, to compare the next build's files with."""
        if self.snapshot is None:
            return
        written: dict[str, tuple[str, Stat]] = {
            dest: self.written[dest] for dest in self.kept if dest in self.written}
        for dest, value in self._to_write.items():
            if (st := _stat(dest)) is not None:
                written[dest] = (value, st)
        copied: dict[str, tuple[Stat, Stat]] = {
            dest: self.copied[dest] for dest in self.kept if dest in self.copied}
        for dest, src in self._to_copy.items():
            src_stat, dest_stat = _stat(src, source=True), _stat(dest)
            if src_stat is not None and dest_stat is not None:
                copied[dest] = (src_stat, dest_stat)
        self.written, self.copied = written, copied

    def sweep(self) -> None:
        """After every plugin's ``on_post_build``: delete the put-back files this build did
        not make again, and the folders they leave empty."""
        snapshot, self.snapshot = self.snapshot, None
        if snapshot is None:
            return
        made = self.kept | set(self._to_write) | set(self._to_copy)
        folders: set[str] = set()
        for path, st in snapshot.items():
            if path in made or _stat(path) != st:
                continue  # reused, or written again by this build
            try:
                os.unlink(path)
            except OSError:
                continue
            self.written.pop(path, None)
            self.copied.pop(path, None)
            self.stats["deleted"] += 1
            folders.add(os.path.dirname(path))
        for folder in sorted(folders, key=len, reverse=True):
            while folder.startswith(self.site_dir + os.sep):
                try:
                    os.rmdir(folder)  # only if empty
                except OSError:
                    break
                folder = os.path.dirname(folder)
        self.kept, self._to_write, self._to_copy = set(), {}, {}

    def forget(self) -> None:
        """A build failed: trust nothing recorded, so the next build puts nothing back and
        writes everything, as after MkDocs' own emptying of the folder."""
        self.written, self.copied, self.snapshot = {}, {}, None
        self.kept, self._to_write, self._to_copy = set(), {}, {}
