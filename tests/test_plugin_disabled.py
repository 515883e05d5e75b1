"""A disabled plugin costs its users nothing: the plain build of pre-generated pages
(``DOSSIER_ENABLED=false``) imports the plugin module, which must not import the pipeline
(the annotators, Babel, the templates' code: ~0.4 s of CPU per build)."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT


def test_importing_the_plugin_does_not_import_the_pipeline() -> None:
    script = ("import sys, builder.plugin; "
              "print(sorted(m for m in sys.modules if m.startswith('builder')))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    imported = set(ast.literal_eval(out))
    assert "builder.plugin" in imported
    pipeline = {"builder.build", "builder.annotate", "builder.render", "builder.dossier",
                "builder.export", "builder.articles", "builder.registry"}
    assert not imported & pipeline
