"""Words of the interface: counts with their noun ("1 article", "2 articles").

The interface is English whatever the language of the articles, so the plurals are English.
Templates use it as the ``counted`` filter (``{{ n | counted("article") }}``; Jinja's own
``count`` is the length of a list).
"""

from __future__ import annotations

#: Nouns whose plural is not the singular with an "s".
IRREGULAR = {"person": "people", "entry": "entries", "quotation": "quotations"}


def plural(noun: str) -> str:
    """The English plural of one of the interface's nouns."""
    found = IRREGULAR.get(noun)
    if found is not None:
        return found
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def count(n: int, noun: str, nouns: str | None = None) -> str:
    """``n`` and the noun it counts: ``1 article``, ``0 articles``, ``2 people``.

    ``nouns`` names a plural that ``plural`` would get wrong; a noun of several words takes
    its plural on the first word given as ``noun`` (``count(2, "item for review", "items for
    review")``).
    """
    return f"{n} {noun if n == 1 else (nouns or plural(noun))}"


__all__ = ["count", "plural"]
