"""Real-browser tests: Playwright drives Debian's Chromium against the built seeds site.

A package (this file), so that its conftest is ``browser.conftest`` and does not shadow
``tests/conftest.py``, which other test modules import as ``conftest``.
"""
