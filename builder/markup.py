"""Article text as inert Markdown, with the dossier's annotation markup woven in.

Article text is content, never markup: every ASCII punctuation character that Markdown, HTML,
Jinja or pymdown-extensions could interpret is written as a numeric character reference, so
the reader sees exactly the source text and nothing in it is ever interpreted.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache

# Letters, digits, space and a few characters that no enabled extension interprets mid-line.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'")
_ESCAPES = {c: f"&#{ord(c)};" for c in map(chr, range(33, 127)) if c not in _PLAIN}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)


def escape_md(text: str) -> str:
    """Escape text for a Markdown inline context (also safe in HTML text and attributes).

    Non-ASCII characters (é, ’, «) pass through: no Markdown syntax uses them. Newlines
    become spaces so that no line of article text can start a block construct.
    """
    out = text.translate(_ESCAPE_TABLE)
    return out.replace("\r", " ").replace("\n", " ")


def escape_attr(text: str) -> str:
    """A double-quoted attribute value, in an attr_list ``{ … }`` or a raw HTML tag.

    The same numeric character references as ``escape_md``: Markdown's inline patterns run
    over attribute text before attr_list and the raw-HTML stash see it, so a value escaped
    only for HTML (``&lt;``) would still turn ``[x](javascript:…)`` into a link inside the
    attribute. The browser decodes the references: the tooltip shows the exact text.
    """
    return escape_md(text)


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar holding exactly ``text``, for generated front matter.

    Everything outside printable ASCII is written as a YAML escape. ``tojson`` is not enough:
    it writes an emoji as a UTF-16 surrogate pair (``\\ud83c\\udf89``), which libyaml rejects,
    and MkDocs then silently drops the whole front matter (the page loses its title and the
    YAML shows up as text). Raw U+2028/U+0085 would be folded as line breaks by YAML.
    """
    out = ['"']
    for c in text:
        code = ord(c)
        if c in '"\\':
            out.append("\\" + c)
        elif 0x20 <= code < 0x7F:
            out.append(c)
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


def relative(from_uri: str, to_uri: str) -> str:
    """A relative Markdown link from one docs page to another (``people/x.md``)."""
    return _relative_from(posixpath.dirname(from_uri), to_uri)


@lru_cache(maxsize=1 << 17)
def _relative_from(base: str, to_uri: str) -> str:
    # Keyed by folder: the pages of one folder share their links (relpath is slow: getcwd).
    return posixpath.relpath(to_uri, base or ".")


@dataclass(frozen=True)
class Mark:
    """Markup to wrap around text[start:end]. Wider marks enclose narrower ones."""

    start: int
    end: int
    open: str
    close: str
    rank: int = 0  # lower ranks open first when two marks start at the same offset
    link: bool = False  # a link cannot hold another link (Markdown and HTML forbid it)


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
        if all(_disjoint_or_nested(mark, other) for other in accepted) and not (
            mark.link and any(o.link and _overlap(mark, o) for o in accepted)
        ):
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


def _overlap(a: Mark, b: Mark) -> bool:
    return a.start < b.end and b.start < a.end


def _disjoint_or_nested(a: Mark, b: Mark) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return True
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
