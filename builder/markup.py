"""Article text as inert Markdown, with the dossier's annotation markup woven in.

Article text is content, never markup: every ASCII punctuation character that Markdown, HTML,
Jinja or pymdown-extensions could interpret is written as a numeric character reference, so
the reader sees exactly the source text and nothing in it is ever interpreted.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

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
    first = escaped[:1]
    if first.isspace() or first.isdigit():  # a piece of text after a mark often starts so
        start = _ORDERED_LIST_START.match(escaped)
        if start is not None:
            return f"{start[1]}&#46;{escaped[start.end():]}"
    return escaped


#: ``escape_md``, memoised: the templates' ``md`` filter, which escapes the same names, titles
#: and outlets on page after page (a tenth of its 120,000 calls at 1,000 articles are new).
#: A ``str`` subclass (Jinja's ``Markup``) shares the entry of the equal ``str``: harmless,
#: as ``escape_md`` returns a plain ``str`` that depends only on the characters.
escape_md_repeated = lru_cache(maxsize=1 << 16)(escape_md)


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
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'  # the usual title: nothing to escape
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

    Keyed by folder: the pages of one folder share their links. ``posixpath.relpath``
    makes both paths absolute (a ``getcwd`` each time); for two relative paths that stay
    inside the docs folder (``..`` nowhere once normalised) the working directory is a
    common prefix of both and drops out, so the link is computed from the paths alone. Any
    other pair goes to ``relpath`` itself.
    """
    start = base if _normal(base) else posixpath.normpath(base or ".")
    path = to_uri if _normal(to_uri) else posixpath.normpath(to_uri)
    if not to_uri or start[:1] in ("/", ".") and start != "." or path[:1] in ("/", "."):
        return posixpath.relpath(to_uri, base or ".")
    start_parts = start.split("/") if start != "." else []
    path_parts = path.split("/")
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start_parts) - common) + path_parts[common:]) or "."


def _normal(path: str) -> bool:
    """True when ``posixpath.normpath`` would return ``path`` as it is (a relative path with
    no empty, ``.`` or ``..`` part; a conservative test: ``.hidden`` parts fail it too)."""
    return (path != "" and "//" not in path and "/." not in path and path[0] not in "./"
            and path[-1] != "/")


class Mark(NamedTuple):
    """Markup to wrap around text[start:end]. Wider marks enclose narrower ones.

    A named tuple rather than a frozen dataclass: an article page makes one per mention,
    quotation and date (~40 a page), and a frozen dataclass is ~3 times slower to create.
    """

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
    size = len(text)
    ordered = sorted(marks, key=_position)
    end = 0
    for mark in ordered:
        if not end <= mark.start <= mark.end <= size:
            break
        end = mark.end
    else:  # the usual case: marks side by side, all kept, none inside another
        out: list[str] = []
        at = 0
        for mark in ordered:
            out += (escape_md(text[at:mark.start]), mark.open,
                    escape_md(text[mark.start:mark.end]), mark.close)
            at = mark.end
        out.append(escape_md(text[at:]))
        return "".join(out)
    # Higher-priority marks (lower rank, then wider) claim their span first; a mark that
    # crosses an accepted one is dropped, so the output is always well nested.
    accepted: list[Mark] = []
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
    accepted.sort(key=_position)
    # One sweep in order of position: before a mark opens, the open marks that end by its
    # start close, innermost first (the accepted marks nest, so the innermost is the last
    # opened). The text is cut at every start and end, and each piece escaped on its own.
    out = []
    open_marks: list[Mark] = []
    at = 0
    for mark in accepted:
        start = mark.start
        while open_marks and open_marks[-1].end <= start:
            inner = open_marks.pop()
            out += (escape_md(text[at:inner.end]), inner.close)
            at = inner.end
        out += (escape_md(text[at:start]), mark.open)
        at = start
        if mark.end == start:  # zero width: closes right after opening
            out.append(mark.close)
        else:
            open_marks.append(mark)
    while open_marks:
        inner = open_marks.pop()
        out += (escape_md(text[at:inner.end]), inner.close)
        at = inner.end
    out.append(escape_md(text[at:]))
    return "".join(out)


def free_pieces(text: str, start: int, end: int, marks: list[Mark]) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` that a link can wrap among ``marks``, which ``weave``
    keeps all of: the span cut wherever one of ``marks`` starts or ends inside it (so that
    each piece nests with every mark), without the pieces inside a link (a link cannot hold
    another), each trimmed of its blanks, and none left empty.

    Words that name an event around a person's name (``que le président a graciée``) become
    a link before the name and one after it, and the name stays a link to the person.
    """
    cuts = sorted({start, end, *(at for m in marks for at in (m.start, m.end)
                                 if start < at < end)})
    pieces: list[tuple[int, int]] = []
    for a, b in pairwise(cuts):
        if any(m.link and m.start <= a and b <= m.end for m in marks):
            continue
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            pieces.append((a, b))
    return pieces


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
