"""Run ``mkdocs`` or ``dossier`` in this process, optionally with the oracle annotator.

    python bench/run.py [--oracle TRUTH.json] mkdocs build ...
    python bench/run.py [--oracle TRUTH.json] dossier build --out docs/

The benchmark runs every build through this wrapper (under ``/usr/bin/time -v``), so that the
measured process is the one doing the work and the oracle can be swapped in.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

STATS_ENV = "DOSSIER_BENCH_STATS"


def record_stats(path: str) -> None:
    """Append what each ``Builder.generate()`` did (stage times, counts) to ``path`` (JSON lines)."""
    from builder import build

    generate = build.Builder.generate

    def recording(self: build.Builder, *args: Any, **kwargs: Any) -> build.Output:
        output = generate(self, *args, **kwargs)
        s = output.stats
        with open(path, "a") as fh:
            fh.write(json.dumps({"articles": s.articles, "annotated": s.annotated,
                                 "cited": s.cited, "rendered": s.rendered,
                                 "workers": s.workers, "seconds": s.seconds,
                                 "pages": len(output.pages)}) + "\n")
        return output

    build.Builder.generate = recording  # type: ignore[method-assign]


def main(argv: list[str]) -> None:
    if argv[:1] == ["--oracle"]:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import oracle

        oracle.install(argv[1])
        argv = argv[2:]
    if os.environ.get(STATS_ENV):
        record_stats(os.environ[STATS_ENV])
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
