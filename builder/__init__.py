"""Dossier: turn a folder of news articles into a cited research dossier.

The public API is the pure pipeline; MkDocs is only a trigger around it (see ``plugin.py``).
"""

from __future__ import annotations

__version__ = "0.1.0"
