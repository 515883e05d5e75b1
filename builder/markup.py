"""Article text as inert Markdown, with the dossier's annotation markup woven in.

Article text is content, never markup: every ASCII punctuation character that Markdown, HTML,
Jinja or pymdown-extensions could interpret is written as a numeric character reference, so
the reader sees exactly the source text and nothing in it is ever interpreted.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

# Letters, digits, space and a few characters that no enabled extension interprets mid-line.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'")
_ESCAPES = {c: f"&#{ord(c)};" for c in map(chr, range(33, 127)) if c not in _PLAIN}


def escape_md(text: str) -> str:
    """Escape text for a Markdown inline context (also safe in HTML text and attributes).

    Non-ASCII characters (é, ’, «) pass through: no Markdown syntax uses them. Newlines
    become spaces so that no line of article text can start a block construct.
    """
    out = text.translate(str.maketrans(_ESCAPES))
    return out.replace("\r", " ").replace("\n", " ")


def escape_attr(text: str) -> str:
    """A value for an attr_list attribute: quotes and braces removed, the rest escaped."""
    cleaned = "".join(c for c in text if c not in '"{}\n\r\\')
    return cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def relative(from_uri: str, to_uri: str) -> str:
    """A relative Markdown link from one docs page to another (``people/x.md``)."""
    base = posixpath.dirname(from_uri)
    return posixpath.relpath(to_uri, base or ".")


@dataclass(frozen=True)
class Mark:
    """Markup to wrap around text[start:end]. Wider marks enclose narrower ones."""

    start: int
    end: int
    open: str
    close: str
    rank: int = 0  # lower ranks open first when two marks start at the same offset


def weave(text: str, marks: list[Mark]) -> str:
    """Escape ``text`` and insert well-nested markup; overlapping marks are dropped.

    Dropping an overlapping mark only loses a link, never text: every character of
    ``text`` is written exactly once.
    """
    # Higher-priority marks (lower rank, then wider) claim their span first; a mark that
    # crosses an accepted one is dropped, so the output is always well nested.
    accepted: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.rank, -(m.end - m.start), m.start)):
        if not 0 <= mark.start <= mark.end <= len(text):
            continue
        if all(_disjoint_or_nested(mark, other) for other in accepted):
            accepted.append(mark)
    accepted.sort(key=lambda m: (m.start, -m.end, m.rank))

    opens: dict[int, list[Mark]] = {}
    closes: dict[int, list[Mark]] = {}
    for mark in accepted:
        opens.setdefault(mark.start, []).append(mark)
        closes.setdefault(mark.end, []).append(mark)
    boundaries = sorted({0, len(text), *opens, *closes})
    out: list[str] = []
    open_stack: list[Mark] = []
    for i, pos in enumerate(boundaries):
        for mark in reversed(closes.get(pos, [])):
            # close in reverse order of opening; zero-width marks close right after opening
            if mark in open_stack:
                open_stack.remove(mark)
                out.append(mark.close)
        for mark in opens.get(pos, []):
            out.append(mark.open)
            if mark.end == pos:
                out.append(mark.close)
            else:
                open_stack.append(mark)
        if i + 1 < len(boundaries):
            out.append(escape_md(text[pos: boundaries[i + 1]]))
    for mark in reversed(open_stack):
        out.append(mark.close)
    return "".join(out)


def _disjoint_or_nested(a: Mark, b: Mark) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return True
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
