"""Article text as inert Markdown, with the dossier's annotation markup woven in.

Article text is content, never markup: every ASCII punctuation character that Markdown, HTML,
Jinja or pymdown-extensions could interpret is written as a numeric character reference, so
the reader sees exactly the source text and nothing in it is ever interpreted.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache

# Letters, digits, space and a few characters that no enabled extension interprets mid-line.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'")
_ESCAPES = {c: f"&#{ord(c)};" for c in map(chr, range(33, 127)) if c not in _PLAIN}
_REPLACEMENTS = {**_ESCAPES, "\r": " ", "\n": " "}
# Article text has about one such character in 200: finding them with a pattern and replacing
# each is ~7 times faster than str.translate, which looks every character up in a dict.
_SPECIAL = re.compile("[" + re.escape("".join(_REPLACEMENTS)) + "]")


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


#: Digits and a full stop at the start: where the text starts a line of a list item or a
#: blockquote (``> {{ text | md }}``), "2019. That year" would become an ordered list and lose
#: its "2019.".
_ORDERED_LIST_START = re.compile(r"^(\s*\d+)\.")


def escape_md(text: str) -> str:
    """Escape text for a Markdown inline context (also safe in HTML text and attributes, and
    at the start of a line of a list item or blockquote).

    Non-ASCII characters (é, ’, «) pass through: no Markdown syntax uses them. Newlines
    become spaces so that no line of article text can start a block construct.
    """
    escaped = _SPECIAL.sub(_replacement, text)
    if escaped[:1].isspace() or escaped[:1].isdigit():
        escaped = _ORDERED_LIST_START.sub(r"\1&#46;", escaped, count=1)
    return escaped


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
    return relative_from(posixpath.dirname(from_uri), to_uri)


@lru_cache(maxsize=1 << 17)
def relative_from(base: str, to_uri: str) -> str:
    """A relative link to ``to_uri`` from any page of the folder ``base`` (``""``: the root).

    Keyed by folder: the pages of one folder share their links (relpath is slow: getcwd).
    """
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
    if not marks:
        return escape_md(text)
    # Higher-priority marks (lower rank, then wider) claim their span first; a mark that
    # crosses an accepted one is dropped, so the output is always well nested.
    accepted: list[Mark] = []
    size = len(text)
    for mark in sorted(marks, key=_priority) if len(marks) > 1 else marks:
        start, end = mark.start, mark.end
        if not 0 <= start <= end <= size:
            continue
        for other in accepted:
            if not _disjoint_or_nested(mark, other) or (
                mark.link and other.link and _overlap(mark, other)
            ):
                break
        else:
            accepted.append(mark)
    if len(accepted) == 1:  # the usual case: one mark, nothing to nest
        mark = accepted[0]
        return "".join((escape_md(text[:mark.start]), mark.open,
                        escape_md(text[mark.start:mark.end]), mark.close,
                        escape_md(text[mark.end:])))
    accepted.sort(key=_position)

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


def _priority(m: Mark) -> tuple[int, int, int]:
    return (m.rank, m.start - m.end, m.start)


def _position(m: Mark) -> tuple[int, int, int]:
    return (m.start, -m.end, m.rank)


def _overlap(a: Mark, b: Mark) -> bool:
    return a.start < b.end and b.start < a.end


def _disjoint_or_nested(a: Mark, b: Mark) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return True
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
