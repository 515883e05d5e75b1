"""The ``dossier`` command: import, check, build, export, evaluate.

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
from .build import Builder, Output, Settings
from .errors import DossierError

MANIFEST = ".dossier-generated.json"


def _settings(root: str, jobs: int = 0, cache: bool = True) -> Settings:
    return Settings(root=Path(root).resolve(), jobs=jobs, cache=".dossier-cache" if cache else None)


def _fail(exc: DossierError) -> None:
    click.echo(exc.report(), err=True)
    sys.exit(1)


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
                   f" ({len(result.removed)} lines moved to `removed:` for review)")


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
    warnings = output.dossier.warnings
    if as_json:
        click.echo(json.dumps([w.__dict__ for w in warnings], ensure_ascii=False, indent=2))
    else:
        paths = {a.id: a.path for a in output.dossier.articles}
        for w in warnings:
            where = paths.get(w.article, w.article) + (f" ¶{w.paragraph[1:]}" if w.paragraph else "")
            line = f"{where}: {w.kind}: {w.message}"
            if w.fix:
                line += f"\n    fix: {w.fix}"
            click.echo(line)
        click.echo(
            f"{len(output.dossier.articles)} articles OK; {len(warnings)} items for review",
            err=True,
        )
    if strict and warnings:
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
    written = write_output(output, Path(out))
    click.echo(f"{len(output.pages)} pages and {len(output.files)} data files in {out} "
               f"({written} changed)")


def write_output(output: Output, out: Path) -> int:
    """Write pages and files under ``out`` without ever leaving it half-written."""
    out.mkdir(parents=True, exist_ok=True)
    content: dict[str, bytes] = {uri: md.encode() for uri, md in output.pages.items()}
    content.update(output.files)
    staging = Path(tempfile.mkdtemp(prefix=".dossier-staging-", dir=out))
    try:
        changed: list[str] = []
        for uri, data in content.items():
            target = out / uri
            if target.is_file() and target.read_bytes() == data:
                continue
            staged = staging / uri
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(data)
            changed.append(uri)
        manifest_path = out / MANIFEST
        previous: list[str] = []
        if manifest_path.is_file():
            try:
                previous = json.loads(manifest_path.read_text())["files"]
            except (ValueError, KeyError, TypeError):
                previous = []
        # Every byte is on disk: now move into place (renames on one file system).
        for uri in changed:
            target = out / uri
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / uri, target)
        for uri in sorted(set(previous) - set(content)):
            stale = out / uri
            if stale.is_file() and stale.resolve().is_relative_to(out.resolve()):
                stale.unlink()
        manifest = {"generator": f"dossier {__version__}", "files": sorted(content)}
        tmp = staging / MANIFEST
        tmp.write_text(json.dumps(manifest, indent=1) + "\n")
        os.replace(tmp, manifest_path)
        return len(changed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
    write_output(output, Path(out))
    click.echo(f"{len(output.files)} data files in {out}")


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def evaluate(ctx: click.Context) -> None:
    """Measure annotation quality against the gold annotations in eval/ (see docs/quality.md).

    Options: --set dev|heldout|all, --details, --json, --min-f1 X.
    """
    from .evaluate import main as evaluate_main

    sys.exit(evaluate_main(list(ctx.args)))


if __name__ == "__main__":  # pragma: no cover
    main()
