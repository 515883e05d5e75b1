"""Run ``mkdocs`` or ``dossier`` in this process, optionally with the oracle annotator.

    python bench/run.py [--oracle TRUTH.json] mkdocs build ...
    python bench/run.py [--oracle TRUTH.json] dossier build --out docs/

The benchmark runs every build through this wrapper (under ``/usr/bin/time -v``), so that the
measured process is the one doing the work and the oracle can be swapped in.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    if argv[:1] == ["--oracle"]:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import oracle

        oracle.install(argv[1])
        argv = argv[2:]
    tool, *rest = argv
    sys.argv = [tool, *rest]
    if tool == "mkdocs":
        from mkdocs.__main__ import cli

        cli()
    elif tool == "dossier":
        from builder.cli import main as dossier

        dossier()
    else:
        sys.exit(f"expected 'mkdocs' or 'dossier', found {tool!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
