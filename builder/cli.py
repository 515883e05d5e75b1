"""The ``dossier`` command: import, check, build, export, xrefs, evaluate.

Every command reports bad input as messages naming file, field and line, and exits non-zero;
none prints a traceback for a contributor's mistake.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import click

from . import __version__
from .articles import project_path
from .build import MANIFEST, Builder, Output, Settings, read_manifest
from .errors import DossierError, ProblemCollector
from .words import count


def _settings(root: str, jobs: int = 0, cache: bool = True) -> Settings:
    return Settings(root=Path(root).resolve(), jobs=jobs, cache=".dossier-cache" if cache else None)


def _fail(exc: DossierError) -> None:
    click.echo(exc.report(), err=True)
    sys.exit(1)


def _warn(output: Output) -> None:
    """The build's warnings (cited texts not pinned yet), on standard error."""
    for problem in output.warnings:
        click.echo(problem.format(), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dossier")
def main() -> None:
    """Turn a folder of news articles into a cited research dossier."""


@main.command("import")
@click.argument("raw", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--id", "article_id", help="The article's id (default: date + title words).")
@click.option("--out", default="seeds/articles", show_default=True,
              help="Folder to write the article file into.")
@click.option("--root", default=".", show_default=True, help="The project root.")
@click.option("--force", is_flag=True, help="Overwrite an existing article file.")
def import_cmd(raw: tuple[str, ...], article_id: str | None, out: str, root: str,
               force: bool) -> None:
    """Import raw article text files (seeds/raw/*.txt) as article Markdown files.

    Detects language, title, byline and a leading 'date …' line, and moves boilerplate (ads,
    cookie banners, photo credits, duplicated title, 'Related news' tails) into the front
    matter's `removed:` list for a reviewer. Curate the front matter, then run `dossier check`.
    """
    from . import importer

    if article_id and len(raw) > 1:
        raise click.UsageError("--id names one article: import one file at a time with it")
    root_path = Path(root).resolve()
    for name in raw:
        try:
            result = importer.import_raw(Path(name), root_path, article_id=article_id)
            path = importer.write_article_file(result, root_path / out, force=force)
        except DossierError as exc:
            _fail(exc)
        except FileExistsError as exc:
            click.echo(f"{exc}: use --force to overwrite, or --id to choose another id",
                       err=True)
            sys.exit(1)
        click.echo(f"wrote {path.relative_to(root_path) if path.is_relative_to(root_path) else path}"
                   f" ({count(len(result.removed), 'line')} "
                   "moved to `removed:` for review)")


@main.command()
@click.option("--root", default=".", show_default=True, help="The project root.")
@click.option("--strict", is_flag=True, help="Also fail when items need review.")
@click.option("--json", "as_json", is_flag=True, help="Print the review queue as JSON.")
def check(root: str, strict: bool, as_json: bool) -> None:
    """Validate every article and registry, and list what needs a human.

    Exits 1 on errors (schema, ids, dates, encoding, overrides that match nothing). The review
    queue lists, per article and paragraph, unknown names, quotes without a speaker, dates
    that match no event and inconsistencies, each with the front-matter line that settles it.
    """
    builder = Builder(_settings(root, jobs=1))
    try:
        output = builder.generate()
    except DossierError as exc:
        _fail(exc)
    _warn(output)
    from .review import format_queue, queue_json, review_queue, summary

    queue = review_queue(output.dossier.warnings, output.dossier.articles)
    if as_json:
        click.echo(queue_json(queue))
    else:
        for line in format_queue(queue):
            click.echo(line)
        click.echo(summary(queue, len(output.dossier.articles)), err=True)
    if strict and (queue or output.warnings):
        sys.exit(1)


@main.command()
@click.option("--out", required=True, help="Folder to write the generated pages into (e.g. docs/).")
@click.option("--root", default=".", show_default=True, help="The project root.")
@click.option("--jobs", default=0, show_default=True, help="Worker processes (0: one per core).")
def build(out: str, root: str, jobs: int) -> None:
    """Write the generated pages and data files to a folder, for any engine to publish.

    Writes exactly what the MkDocs plugin adds, at the same paths. Everything is written to a
    staging folder first; files are then moved into place, unchanged files are left untouched
    (so a watcher does not loop), and files this command generated before but no longer
    generates are removed. Other files in the folder are never touched.
    """
    builder = Builder(_settings(root, jobs=jobs))
    try:
        output = builder.generate()
    except DossierError as exc:
        _fail(exc)
    _warn(output)
    written = write_output(output, Path(out))
    click.echo(f"{count(len(output.pages), 'page')} and "
               f"{count(len(output.files), 'data file')} in {out} "
               f"({written} changed)")


class OutputError(click.ClickException):
    """Writing the output folder failed; the folder was put back as it was (or says what not)."""


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def _backup(source: Path, backup: Path) -> None:
    """Keep the current bytes of ``source`` at ``backup`` (a hard link when possible)."""
    backup.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, backup)
    except OSError:
        shutil.copy2(source, backup)


def _manifest_bytes(files: set[str]) -> bytes:
    manifest = {"generator": f"dossier {__version__}", "files": sorted(files)}
    return (json.dumps(manifest, indent=1) + "\n").encode()


class _Transaction:
    """Changes to the output folder, each undoable until the transaction is committed.

    Every new file is staged (fully written) before the first change; every file that will be
    replaced or removed is backed up first, as a hard link (or a copy) in the staging folder.
    Changes are then atomic renames, and a failure undoes the ones already made, newest first.
    """

    def __init__(self, out: Path, staging: Path) -> None:
        self.out = out
        self.staging = staging
        self.backups = staging / "backup"
        self.undo: list[tuple[str, Path]] = []  # ("restore" | "remove" | "rmdir", path)

    def backup_path(self, target: Path) -> Path:
        return self.backups / target.relative_to(self.out)

    def make_parents(self, target: Path) -> None:
        missing = []
        parent = target.parent
        while not parent.exists():
            missing.append(parent)
            parent = parent.parent
        for folder in reversed(missing):
            folder.mkdir()
            self.undo.append(("rmdir", folder))

    def replace(self, staged: Path, target: Path, existed: bool) -> None:
        self.make_parents(target)
        os.replace(staged, target)
        self.undo.append(("restore" if existed else "remove", target))

    def remove(self, target: Path) -> None:
        target.unlink()
        self.undo.append(("restore", target))

    def rollback(self) -> list[str]:
        """Undo every change made; return the files that could not be put back."""
        failed: list[str] = []
        for action, path in reversed(self.undo):
            try:
                if action == "restore":
                    path.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(self.backup_path(path), path)
                elif action == "remove":
                    path.unlink(missing_ok=True)
                elif action == "rmdir" and not any(path.iterdir()):
                    path.rmdir()
            except OSError:
                failed.append(path.relative_to(self.out).as_posix())
        self.undo.clear()
        return failed


def write_output(output: Output, out: Path, pages: bool = True) -> int:
    """Write pages and files under ``out`` without ever leaving it half-written.

    ``out`` may hold other files (a ``docs/`` folder with hand-written pages): only the files
    this function generates are written, and the files it generated last time (listed in
    ``.dossier-generated.json``) but no longer generates are removed. Unchanged files are not
    rewritten, so a watcher (``mkdocs serve``) does not loop. With ``pages`` False (``dossier
    export``), only data files are written and pruned: the generated pages a ``dossier build``
    wrote there stay, and stay listed.

    Every changed file is first written to a staging folder inside ``out`` (same file system,
    so moving it into place is an atomic rename). If anything fails — while staging, or
    while moving into place — the files already moved are put back, the staging folder is
    removed and ``OutputError`` says what failed: the folder is as it was before. The
    manifest is updated first to list the old and the new generated files, so that even a
    crash between two renames (where no rollback runs) leaves every generated file known for
    the next run to replace or remove. Returns the number of files written or removed.

    Raises:
        OutputError: a file could not be read, written, moved or removed (exit status 1).
    """
    created_out = not out.exists()
    content: dict[str, bytes] = {uri: md.encode() for uri, md in output.pages.items()}
    content.update(output.files)
    staging: Path | None = None
    transaction: _Transaction | None = None
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".dossier-staging-", dir=out))
        transaction = _Transaction(out, staging)
        manifest_path = out / MANIFEST
        previous = read_manifest(manifest_path)
        if not pages:  # (the pages of an earlier ``dossier build`` are not this run's to prune)
            content.update({uri: (out / uri).read_bytes() for uri in previous
                            if uri.endswith(".md") and uri not in content
                            and (out / uri).is_file() and _inside(out / uri, out)})
        # 1. Stage: every new byte on disk, and a backup of everything to replace or remove.
        changed: list[tuple[str, bool]] = []  # (uri, the target existed)
        for uri in sorted(content):
            if Path(uri).is_absolute() or ".." in Path(uri).parts:
                raise OutputError(f"refusing to write {uri!r} outside {out}")  # ids are slugs
            target = out / uri
            existed = target.is_file()
            if existed and target.read_bytes() == content[uri]:
                continue
            staged = staging / "new" / uri
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(content[uri])
            if existed:
                _backup(target, transaction.backup_path(target))
            changed.append((uri, existed))
        stale = [uri for uri in sorted(set(previous) - set(content))
                 if (out / uri).is_file() and _inside(out / uri, out)]
        for uri in stale:
            _backup(out / uri, transaction.backup_path(out / uri))
        final_manifest = _manifest_bytes(set(content))
        manifest_changed = not (manifest_path.is_file()
                                and manifest_path.read_bytes() == final_manifest)
        if not changed and not stale and not manifest_changed:
            return 0
        manifest_existed = manifest_path.is_file()
        if manifest_existed:
            _backup(manifest_path, transaction.backup_path(manifest_path))
        (staging / "intent.json").write_bytes(_manifest_bytes(set(previous) | set(content)))
        (staging / "final.json").write_bytes(final_manifest)
        # 2. Move into place: atomic renames, each recorded so that it can be undone.
        transaction.replace(staging / "intent.json", manifest_path, manifest_existed)
        for uri, existed in changed:
            transaction.replace(staging / "new" / uri, out / uri, existed)
        for uri in stale:
            transaction.remove(out / uri)
        os.replace(staging / "final.json", manifest_path)
        transaction.undo.clear()  # committed
        for uri in stale:  # tidy: folders that held only stale generated files
            _prune_empty_parents(out / uri, out)
        return len(changed) + len(stale)
    except OSError as exc:
        failed = transaction.rollback() if transaction is not None else []
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if created_out:
            try:
                out.rmdir()  # we created it, and it is empty again
            except OSError:
                pass
        message = (f"cannot write the output folder {out}: {exc.strerror or exc} "
                   f"({_shown(exc.filename, out, staging)})")
        if failed:
            message += ("; these files could not be put back and may hold the new version: "
                        + ", ".join(failed) + " — run the build again")
        else:
            message += "; the folder was left as it was"
        raise OutputError(message) from None
    except BaseException:  # Ctrl-C, or a bug: still put the folder back before stopping
        if transaction is not None:
            transaction.rollback()
        raise
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _shown(filename: object, out: Path, staging: Path | None) -> str:
    """The file an OSError names, as the output path it was meant for."""
    if not isinstance(filename, (str, os.PathLike)):
        return str(out)
    path = Path(filename)
    if staging is not None and path.is_relative_to(staging / "new"):
        return str(out / path.relative_to(staging / "new"))
    return str(path)


def _prune_empty_parents(path: Path, root: Path) -> None:
    """Remove the now empty folders between ``path`` and ``root`` (best effort)."""
    parent = path.parent
    while parent != root and _inside(parent, root):
        try:
            parent.rmdir()
        except OSError:
            return
        parent = parent.parent


@main.command()
@click.option("--out", default="site", show_default=True, help="Folder for the data files.")
@click.option("--root", default=".", show_default=True, help="The project root.")
def export(out: str, root: str) -> None:
    """Write only the data files (dossier.json, CSV, CSL-JSON, BibTeX, RIS)."""
    builder = Builder(_settings(root))
    try:
        output = builder.generate()
    except DossierError as exc:
        _fail(exc)
    output.pages = {}
    write_output(output, Path(out), pages=False)
    click.echo(f"{count(len(output.files), 'data file')} in {out}")


@main.command()
@click.option("--root", default=".", show_default=True, help="The project root.")
@click.option("--update", is_flag=True,
              help="Pin the texts the pages cite now (after checking the links).")
def xrefs(root: str, update: bool) -> None:
    """Check the hand-written pages' cross-references to paragraphs and quotations.

    Paragraph anchors (<article>-p3) and quotation ids (<article>-q6) are positions: a
    paragraph inserted above shifts them. seeds/xrefs.lock.yml pins the text each cited one
    had when the page was written. Without --update, lists what needs a look and exits 1 when
    anything does (as `mkdocs build --strict` would fail). With --update, once you have
    checked the links, rewrites the lock: it pins every cited text as it is now, adds new
    citations and drops ids no page cites; it refuses while a link is certainly wrong (its
    quoted words are not in its target, or its pinned text moved to another id).
    """
    from . import xrefs as _xrefs

    settings = _settings(root, jobs=1)
    builder = Builder(settings)
    try:
        dossier = builder.assemble()
    except DossierError as exc:
        _fail(exc)
    report = builder.check_cross_references(dossier)
    lock = settings.xrefs_lock
    shown = project_path(lock, settings.root)
    if not update:
        for problem in sorted(report.errors + report.warnings, key=lambda p: p.sort_key()):
            click.echo(problem.format())
        click.echo(f"{count(len(report.checked) + len(report.errors), 'cross-reference')} to "
                   f"paragraphs and quotations; {count(len(report.errors), 'error')}, "
                   f"{len(report.warnings)} not pinned in {shown}", err=True)
        if report.errors:
            click.echo(f"fix the links the errors name, then run `{_xrefs.UPDATE_COMMAND}`",
                       err=True)
        elif report.warnings:
            click.echo(f"check that each cited text says what its page cites it for, then run "
                       f"`{_xrefs.UPDATE_COMMAND}`", err=True)
        if report.errors or report.warnings:
            sys.exit(1)
        return
    if report.blocking:
        click.echo(f"{shown} was left as it was", err=True)
        _fail(DossierError(report.blocking))
    old = _xrefs.load_lock(lock, settings.root, ProblemCollector())
    result = _xrefs.update_lock(report, old)
    if not lock.is_file() or lock.read_text(encoding="utf-8") != result.text:
        tmp = lock.with_name(f".{lock.name}.{os.getpid()}.tmp")
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(result.text, encoding="utf-8")
            os.replace(tmp, lock)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise click.ClickException(f"cannot write {shown}: {exc.strerror or exc}; it was "
                                       "left as it was") from None
    for tid in result.added:
        click.echo(f"pinned {tid}: {report.pins[tid].text}")
    for tid in result.changed:
        click.echo(f"pinned again {tid}: was {old[tid].text}, now {report.pins[tid].text}")
    for tid in result.pruned:
        click.echo(f"dropped {tid} (no page cites it)")
    click.echo(f"{shown}: {len(report.pins)} pinned ({len(result.added)} added, "
               f"{len(result.changed)} changed, {len(result.pruned)} dropped)", err=True)


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
              add_help_option=False)
@click.pass_context
def evaluate(ctx: click.Context) -> None:
    """Measure annotation quality against the gold annotations in eval/ (see docs/quality.md).

    Options: --set SET[,SET…]|all, --group untouched|validation|held-out|tuned (eval/groups.yml),
    --pooled, --ci (95% bootstrap intervals), --rules (speaker accuracy by rule), --details,
    --json, --min-f1 X, --no-registry (annotate with an empty registry, as for a new topic),
    --show-heldout (let --details list the private sets' errors), --root DIR (the project,
    default: .). `dossier evaluate --help` lists them all, with their help.
    """
    from .evaluate import main as evaluate_main

    sys.exit(evaluate_main(list(ctx.args)))


if __name__ == "__main__":  # pragma: no cover
    main()
