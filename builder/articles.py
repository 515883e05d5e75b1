"""Read and validate article files: YAML front matter plus paragraphs separated by blank lines.

The front matter is parsed here, not by MkDocs, because MkDocs swallows YAML errors; every
problem is reported with the file, the field and its line.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import posixpath
import re
import reprlib
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from .errors import Problem, ProblemCollector
from .model import (
    AliasOverride,
    Article,
    DateOverride,
    EventReportOverride,
    Overrides,
    Paragraph,
    PartialDate,
    Published,
    QuoteOverride,
)

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 80
#: Ids that would collide with the site's own pages or folders.
RESERVED_IDS = frozenset(
    {"index", "people", "events", "quotes", "sources", "data", "assets", "search",
     "articles", "about", "404", "sitemap", "con", "nul", "aux", "prn",
     # anchors of the generated pages' own headings (#cite, #text, ...)
     "cite", "text", "appearances", "quotations", "downloads"}
)
#: Paragraph anchors (#p1) and quote anchors share the pages' id space with page ids.
RESERVED_ID_RE = re.compile(r"^[pq][0-9]+$")
#: Ids that would clash with the pages of a long list (people/page-2.md).
RESERVED_PAGE_ID_RE = re.compile(r"^page-[0-9]+$")
MAX_ARTICLE_BYTES = 2_000_000
LANGS = ("en", "fr")
ARTICLE_GLOB = "*.md"

REQUIRED_FIELDS = ("id", "title", "lang", "published", "outlet")
OPTIONAL_FIELDS = ("source_file", "url", "authors", "notes", "removed", "aliases", "quotes",
                   "dates", "events", "ignore")
ALL_FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS

EXAMPLE_FRONT_MATTER = """---
id: 2019-06-13-refinery29-white-house
title: Kim Kardashian Went Back To The White House
lang: en
published: 2019-06-13
outlet: Refinery29
source_file: seeds/raw/001_89f47c8c1f2d4b64.txt
---"""


# PyYAML ships no type hints (mypy sees ``yaml`` as Any), hence the ignores on the base classes.
class _KeepDatesAsText:
    """Constructor behaviour shared by both loaders: dates stay text (we parse them
    ourselves, with clear errors), and constructor failures become YAML errors.

    (PyYAML would turn ``2019-13-45`` into a ValueError traceback and ``2019-06-13`` into a
    date object, losing the difference between what was written and what was meant.)
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # A few SafeLoader constructors raise plain Python errors on bad input
        # (``!!timestamp 2019-13-45``, ``!!int abc``, ``!!bool maybe``); turn them into YAML
        # errors that carry the node's line, so they are reported, never a traceback.
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except (yaml.YAMLError, RecursionError):
            raise
        except Exception as exc:  # noqa: BLE001 - any constructor failure is the input's fault
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {node.tag.rsplit(':', 1)[-1]} value "
                f"{show(getattr(node, 'value', ''))}: {exc}", node.start_mark,
            ) from None


class DossierLoader(_KeepDatesAsText, yaml.SafeLoader):  # type: ignore[misc]
    """SafeLoader that keeps dates as text (see ``_KeepDatesAsText``)."""


DossierLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

#: The same loader on libyaml's C parser when PyYAML was built with it (the wheels are): loading
#: articles and registries is five times faster, with the same nodes, lines and values
#: (tests/test_articles.py reads every seed file with both and compares).
_FastLoader: Any = DossierLoader
if getattr(yaml, "__with_libyaml__", False):
    class _CDossierLoader(_KeepDatesAsText, yaml.CSafeLoader):  # type: ignore[misc]
        """CSafeLoader that keeps dates as text (see ``_KeepDatesAsText``)."""

    _CDossierLoader.yaml_implicit_resolvers = DossierLoader.yaml_implicit_resolvers
    _FastLoader = _CDossierLoader


#: Deeper YAML than this is refused as "nested too deeply", whichever parser reads it (the
#: pure-Python one runs out of stack near 300 levels, libyaml does not): no field of ours
#: nests more than a few levels, and deeper values would defeat later recursive steps.
MAX_YAML_DEPTH = 100


def parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """One YAML document, parsed once: its node tree (for the line of each key and item) and
    its value. Raises ``yaml.YAMLError`` (with ``problem_mark``) or ``RecursionError``."""
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        if _depth(node) > MAX_YAML_DEPTH:
            raise RecursionError(f"YAML nested deeper than {MAX_YAML_DEPTH} levels")
        return node, loader.construct_document(node)
    except yaml.YAMLError:
        if _FastLoader is DossierLoader:
            raise
        # libyaml's messages leave out the character or alias at fault ("found character
        # that cannot start any token"); the pure-Python parser names it ("found character
        # '@'"). Errors are rare: read the text again for the better message.
        yaml.compose(text, Loader=DossierLoader)
        raise
    finally:
        loader.dispose()


#: A value that opens with a quotation mark: the key or the list dash before it, the mark.
_QUOTED_VALUE_RE = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:[^\s:#\"'][^:#\"']*:[ \t]+)?([\"'])(.*)$")


def _unclosed_quote(text: str, before: int) -> int | None:
    """The first (0-based) line before line ``before`` whose value opens a quotation mark it
    does not close on that line (``title: "Lyon``): YAML reads on over the next lines, and
    fails further down, at a line that is not the one to mend."""
    for n, line in enumerate(text.split("\n")[:before + 1]):
        m = _QUOTED_VALUE_RE.match(line)
        if m is None:
            continue
        mark, rest = m.groups()
        # (inside double quotes a backslash escapes a mark; inside single quotes, a doubled one)
        rest = re.sub(r"\\.", "", rest) if mark == '"' else rest.replace("''", "")
        if mark not in rest:
            return n
    return None


def yaml_error(exc: yaml.YAMLError,
               text: str | None = None) -> tuple[str, int | None, str | None]:
    """What a YAML error says, the (1-based) line where the parser gave up, and a hint for
    the usual slips: a colon inside an unquoted value, a tab for indentation, a quotation
    mark left open (then the line is the one that opens it, given the ``text``)."""
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    reason = str(getattr(exc, "problem", None) or exc)
    line = mark.line + 1 if mark is not None else None
    if mark is not None:
        reason += f" (column {mark.column + 1})"
    if context is not None and mark is not None and context.line != mark.line:
        reason += f"; what it reads began on line {context.line + 1}"
    if text is not None and mark is not None:
        opened = _unclosed_quote(text, mark.line)
        if opened is not None and opened < mark.line:
            reason = (f"a quotation mark opened on this line is not closed, so YAML read on "
                      f"to line {mark.line + 1}: {reason}")
            return reason, opened + 1, "close the quotation mark at the end of the value"
    hint = None
    if "mapping values are not allowed" in reason:
        hint = ('a value holding ": " must be in quotes, e.g. title: "Aubrac: le train '
                'revient"; or a line is indented as if it belonged to the one above')
    elif "\\t" in reason:  # « found character '\\t' that cannot start any token »
        hint = "indent with spaces, not tabs"
    elif "expected ',' or ']'" in reason or "expected ',' or '}'" in reason:
        hint = ("a list [a, b] or mapping {a: 1} is not closed, or a value in it holds a "
                "comma or quotation mark: put that value in quotes")
    return reason, line, hint


def parse_yaml_file(text: str, rel: str, problems: ProblemCollector,
                    hint: str | None = None) -> tuple[yaml.Node | None, Any] | None:
    """``parse_yaml`` of a data file's text (a registry, a gold file, eval/groups.yml); when it
    cannot be read, the problem is reported against ``rel`` with its line, and None returned."""
    try:
        parsed = parse_yaml(text)
    except yaml.YAMLError as exc:
        reason, line, specific = yaml_error(exc, text)
        problems.error(rel, f"is not valid YAML: {reason}", line=line,
                       hint="\n".join(h for h in (specific, hint) if h) or None)
    except RecursionError:
        problems.error(rel, "is nested too deeply to be read", line=1, hint=hint)
    else:
        report_comment_cuts(text, parsed[0], rel, problems)
        return parsed
    return None


def _depth(root: yaml.Node) -> int:
    """How deeply collections nest under ``root`` (a scalar is 0, aliases followed), without
    recursion; each node's height is computed once, so shared (aliased) nodes cost nothing
    more."""
    height: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if isinstance(node, yaml.ScalarNode) or (id(node) in height and not children_done):
            continue
        children = (node.value if isinstance(node, yaml.SequenceNode)
                    else [part for pair in node.value for part in pair])
        if children_done:
            height[id(node)] = 1 + max((height.get(id(c), 0) for c in children), default=0)
            if height[id(node)] > MAX_YAML_DEPTH:
                return height[id(node)]
            continue
        height[id(node)] = 0  # on the stack: a cycle back to it adds nothing
        stack.append((node, True))
        stack.extend((c, False) for c in children if not isinstance(c, yaml.ScalarNode))
    return height.get(id(root), 0)


_REPR = reprlib.Repr()
_REPR.maxstring = 80
_REPR.maxother = 80
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxfrozenset = _REPR.maxdict = 6
_REPR.maxlevel = 2
MAX_SHOWN = 160


def show(value: object) -> str:
    """A short repr for messages: bounded however large or deeply aliased the YAML value is."""
    text = _REPR.repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


#: Characters never found in real text: C0 controls (except tab and line ends), DEL and the
#: C1 controls (usually a sign of mis-decoded text). Markdown silently drops some of them
#: (STX/ETX are its placeholders), so they would break "the text is shown exactly".
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_problem(text: str) -> tuple[int, int, str] | None:
    """(line, column, description) of the first control character in ``text``, or None."""
    match = CONTROL_RE.search(text)
    if match is None:
        return None
    line = text.count("\n", 0, match.start()) + 1
    column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    return line, column, f"U+{ord(match.group()):04X}"


@dataclass(frozen=True)
class _Field:
    """A front-matter value with the line it was written on."""

    value: Any
    line: int


def check_id(value: object) -> str | None:
    """Return what is wrong with an id, or None when it is a safe slug."""
    if not isinstance(value, str):
        return (
            f"expected a text slug like 'my-article-2019', found {type(value).__name__} "
            f"{show(value)}"
        )
    if not value:
        return "expected a slug, found an empty value"
    if len(value) > MAX_ID_LENGTH:
        return f"expected at most {MAX_ID_LENGTH} characters, found {len(value)}"
    if not ID_RE.match(value):
        return (
            f"expected lowercase letters, digits and single hyphens ([a-z0-9-]), found {show(value)}"
        )
    if value in RESERVED_IDS:
        return f"{show(value)} is reserved for the site's own pages; choose another id"
    if RESERVED_PAGE_ID_RE.match(value):
        return (
            f"{show(value)} would clash with the pages of a long index (page-2, page-3, ...); "
            "choose another id"
        )
    if RESERVED_ID_RE.match(value):
        return (
            f"{show(value)} would clash with the paragraph anchors (#p1, #p2, ...); "
            "choose another id"
        )
    return None


#: Characters RFC 3986 never allows unencoded in an address (besides whitespace and controls).
_URL_FORBIDDEN = re.compile(r'[<>"`{}|\\^\s\x00-\x1f\x7f-\x9f]')


def check_url(value: object) -> str | None:
    """Return what is wrong with an article's address, or None for a plain http(s) URL."""
    if not isinstance(value, str):
        return f"expected an http(s) address, found {type(value).__name__} {show(value)}"
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        scheme = value.split(":", 1)[0] if ":" in value else "no scheme"
        return f"expected an http:// or https:// address, found {show(value)} ({show(scheme)})"
    if bad := _URL_FORBIDDEN.search(value):
        return (
            f"expected a valid address, found {bad.group()!r} at character {bad.start() + 1} "
            f"of {show(value)}: percent-encode it (for example a space is %20)"
        )
    try:
        urllib.parse.urlsplit(value).port  # noqa: B018  # raises on a bad host or port
    except ValueError as exc:
        return f"expected a valid address, found {show(value)} ({exc})"
    return None


def check_source_file(value: str, root: Path) -> str | None:
    """Return what is wrong with ``source_file``: it must name a file inside the project."""
    if value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value) or "\\" in value:
        return f"expected a path relative to the project root, like seeds/raw/x.txt, found {show(value)}"
    if ".." in value.split("/"):
        return f"expected a path inside the project, without '..', found {show(value)}"
    if CONTROL_RE.search(value):
        return f"expected a plain file name, found control characters in {show(value)}"
    path = root / value
    try:
        inside = path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        inside = False
    if not inside:
        return f"expected a file inside the project, but {show(value)} points outside it"
    try:
        found = path.is_file()
    except OSError as exc:  # a name too long for the file system, say
        return f"expected a file name the file system accepts, found {show(value)} ({exc.strerror})"
    if not found:
        return f"expected the raw file the article was imported from, but {show(value)} does not exist"
    return None


def read_text(path: Path, rel: str, problems: ProblemCollector, *,
              normalise: bool = False) -> str | None:
    """Read a UTF-8 file with LF line ends; report anything else with its line.

    Sources under review (articles, registries) must be plain UTF-8 with LF line ends, so that
    what a reviewer sees in a pull request is byte for byte what is built. ``normalise=True``
    (the importer, reading raw text from the web) drops a BOM and converts CRLF and CR.
    """
    try:
        size = path.stat().st_size  # before reading: never load a huge file into memory
        data = path.read_bytes() if size <= MAX_ARTICLE_BYTES else b""
    except OSError as exc:
        problems.error(rel, f"cannot be read: {exc.strerror}")
        return None
    if max(size, len(data)) > MAX_ARTICLE_BYTES:
        problems.error(
            rel,
            f"is {max(size, len(data)) / 1_000_000:.1f} MB; expected at most "
            f"{MAX_ARTICLE_BYTES / 1_000_000:.0f} MB per article",
            hint="split a very long document into several articles",
        )
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        if not normalise:
            problems.error(
                rel, "expected UTF-8 without a byte-order mark, found a BOM (bytes EF BB BF)",
                line=1, hint="re-save the file as 'UTF-8', not 'UTF-8 with BOM'",
            )
            return None
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.error(
            rel,
            f"expected UTF-8 text, found byte 0x{data[exc.start]:02x} at column {column}",
            line=line,
            hint="re-save the file as UTF-8",
        )
        return None
    if "\r" in text:
        if not normalise:
            at = text.index("\r")
            kind = "CRLF (Windows)" if text.startswith("\r\n", at) else "CR (old Mac)"
            problems.error(
                rel, f"expected LF line ends, found {kind} line ends",
                line=text.count("\n", 0, at) + 1,
                hint="re-save with LF line ends (with git: `git config core.autocrlf input`)",
            )
            return None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if found := control_problem(text):
        line, column, char = found
        problems.error(
            rel,
            f"expected text, found the control character {char} at column {column}",
            line=line,
            hint="delete it (it is invisible in most editors; it often comes from copy-paste)",
        )
        return None
    return text


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Split front matter from body; return (yaml, body, line where body starts) or None."""
    handler = YAMLHandler()
    boundary = handler.FM_BOUNDARY
    if boundary is None or not handler.detect(text):
        return None
    try:
        _, fm, body = boundary.split(text, 2)
    except ValueError:
        return None
    body_line = text[: len(text) - len(body)].count("\n") + 1
    return fm, body, body_line


def _compose_fields(
    fm: str, rel: str, problems: ProblemCollector
) -> dict[str, _Field] | None:
    """Parse the YAML mapping, keeping each key's line.

    The YAML text starts right after the opening '---' line, so YAML line 0 (0-based) is
    that line's remainder and YAML line n is file line n + 1.
    """
    try:
        node, data = parse_yaml(fm)
    except yaml.YAMLError as exc:
        reason, line, specific = yaml_error(exc, fm)
        problems.error(
            rel,
            f"the front matter is not valid YAML: {reason}",
            line=line,
            hint=specific or "front matter looks like this:\n" + EXAMPLE_FRONT_MATTER,
        )
        return None
    except RecursionError:
        problems.error(
            rel, "the front matter is nested too deeply to be read", line=1,
            hint="front matter looks like this:\n" + EXAMPLE_FRONT_MATTER,
        )
        return None
    if node is None or not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        problems.error(
            rel,
            "expected the front matter to be a mapping of fields, found "
            + ("nothing" if data is None else type(data).__name__),
            line=1,
            hint="front matter looks like this:\n" + EXAMPLE_FRONT_MATTER,
        )
        return None
    report_comment_cuts(fm, node, rel, problems)
    fields: dict[str, _Field] = {}
    for key_node, _value_node in node.value:
        key = key_node.value
        line = key_node.start_mark.line + 1
        if key in fields:
            problems.error(rel, "is given twice", field=key, line=line)
            continue
        fields[key] = _Field(data.get(key), line)
        if found := yaml_control_problem(_value_node):
            where, char = found
            problems.error(rel, f"expected text, found the control character {char}",
                           field=key, line=where + 1, hint="remove the \\u escape")
    return fields


def _scalars(node: yaml.Node) -> Iterator[tuple[yaml.ScalarNode, str | None]]:
    """Every scalar under ``node``, once each, with the key it is the value of (None for a
    key, or an item of a top-level list), depth first, without recursion."""
    seen: set[int] = set()
    todo: list[tuple[yaml.Node, str | None]] = [(node, None)]
    while todo:
        current, key = todo.pop()
        if id(current) in seen:  # aliases make a graph, not a tree
            continue
        seen.add(id(current))
        if isinstance(current, yaml.ScalarNode):
            yield current, key
        elif isinstance(current, yaml.SequenceNode):
            todo.extend((item, key) for item in current.value)
        elif isinstance(current, yaml.MappingNode):
            for k, v in current.value:
                todo.append((k, None))
                todo.append((v, k.value if isinstance(k, yaml.ScalarNode) else None))


def yaml_control_problem(node: yaml.Node) -> tuple[int, str] | None:
    """(0-based YAML line, character) of a control character written as a YAML escape."""
    for scalar, _key in _scalars(node):
        if isinstance(scalar.value, str) and (m := CONTROL_RE.search(scalar.value)):
            return scalar.start_mark.line, f"U+{ord(m.group()):04X}"
    return None


#: After a plain (unquoted) value on its line: a comment whose first character is no space,
#: " #Cut50", most likely a hashtag or a number the writer meant as part of the value.
_CUT_BY_COMMENT_RE = re.compile(r"[ \t]+(#[^\s#][^\n]*)")


def yaml_comment_cuts(text: str, node: yaml.Node) -> list[tuple[int, str | None, str]]:
    """(0-based YAML line, the key of the value or None, what follows) of each plain value
    that YAML ends at a " #" glued to a word (``description: co-founder of #Cut50, …`` reads
    "co-founder of"): the rest of the line is a comment to YAML, lost without a word."""
    cuts: list[tuple[int, str | None, str]] = []
    for scalar, key in _scalars(node):
        end = scalar.end_mark
        # (a plain scalar's style is None, or "" from libyaml)
        if not scalar.style and end is not None and end.index is not None:
            m = _CUT_BY_COMMENT_RE.match(text, end.index)
            if m is not None:
                cuts.append((end.line, key, m.group(1).rstrip()))
    return sorted(cuts, key=lambda cut: cut[0])


def report_comment_cuts(text: str, node: yaml.Node | None, rel: str,
                        problems: ProblemCollector) -> None:
    """An error for each ``yaml_comment_cuts``, at file line n + 1 for YAML line n (0-based
    in a data file; in front matter, YAML line 0 is the rest of the opening '---' line)."""
    if node is None:
        return
    for line, key, rest in yaml_comment_cuts(text, node):
        shown = rest if len(rest) <= 40 else rest[:39] + "…"
        problems.error(
            rel, f"expected the whole value, found it cut before {shown!r}: a \" #\" starts a "
            "YAML comment, and YAML drops the rest of the line", field=key,
            line=line + 1,
            hint=f"put the value in quotes ({key or 'value'}: \"… {rest.split()[0]} …\"), or "
                 "write a space after # if it is a comment")


def _published(value: object) -> Published:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValueError("the field is empty")
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        date = PartialDate.from_date(value)
        return Published(date, date)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise TypeError(f"found {type(value).__name__} {show(value)}")
    published = Published.parse(value)
    check_calendar(published.earliest)
    check_calendar(published.latest)
    return published


def parse_date(text: str) -> PartialDate:
    """``PartialDate.parse`` plus a check that the date exists in the calendar (no year 0)."""
    date = PartialDate.parse(text)
    check_calendar(date)
    return date


def check_calendar(date: PartialDate) -> None:
    """Raise ValueError when the date has no calendar day (year 0: PartialDate accepts it)."""
    try:
        date.first_day()
        date.last_day()
    except (ValueError, OverflowError):
        raise ValueError(f"{date.iso()!r} is not a date of the calendar (years 1 to 9999)") from None


def _string_list(value: object) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _item_lines(fm: str, field_name: str) -> list[int]:
    """Lines (in the file) of each item of a front-matter list, for precise messages."""
    node, _ = parse_yaml(fm)
    if not isinstance(node, yaml.MappingNode):
        return []
    for key_node, value_node in node.value:
        if key_node.value == field_name and isinstance(value_node, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value_node.value]
        if key_node.value == field_name and isinstance(value_node, yaml.MappingNode):
            return [k.start_mark.line + 1 for k, _ in value_node.value]
    return []


def _overrides(
    fields: dict[str, _Field], fm: str, rel: str, problems: ProblemCollector
) -> Overrides:
    aliases: list[AliasOverride] = []
    quotes: list[QuoteOverride] = []
    dates: list[DateOverride] = []
    ignore: list[tuple[str, int | None]] = []
    events: list[EventReportOverride] = []

    if "aliases" in fields:
        f = fields["aliases"]
        lines = _item_lines(fm, "aliases")
        if isinstance(f.value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in f.value.items()
        ):
            for (alias, person), line in zip(f.value.items(), lines or [f.line] * len(f.value)):
                if not alias.strip():
                    problems.error(rel, "an alias cannot be empty", field="aliases", line=line)
                elif not any(ch.isalnum() for ch in alias):
                    problems.error(rel, f"expected an alias with a letter or a digit, found "
                                   f"{show(alias)}", field="aliases", line=line)
                aliases.append(AliasOverride(alias, person, line))
        else:
            problems.error(
                rel,
                f"expected a mapping of alias to person id, found {show(f.value)}",
                field="aliases",
                line=f.line,
                hint='aliases: {"la star": kim-kardashian, "the reality star": kim-kardashian}',
            )

    if "quotes" in fields:
        f = fields["quotes"]
        lines = _item_lines(fm, "quotes")
        if not isinstance(f.value, list):
            problems.error(
                rel,
                f"expected a list of corrections, found {type(f.value).__name__}",
                field="quotes",
                line=f.line,
                hint='quotes: [{match: "Let\'s keep this momentum", speaker: jessica-jackson}]',
            )
        else:
            for i, item in enumerate(f.value):
                line = lines[i] if i < len(lines) else f.line
                q = _mapping_item(
                    item, rel, "quotes", line, problems,
                    allowed={"match": str, "speaker": str, "speaker_label": str, "ignore": bool,
                             "all": bool},
                )
                if q is None:
                    continue
                if not any(k in q for k in ("speaker", "speaker_label", "ignore")) and "speaker" not in q:
                    problems.error(
                        rel,
                        "expected 'speaker', 'speaker_label' or 'ignore: true' beside 'match'",
                        field="quotes", line=line,
                    )
                    continue
                given = [k for k in ("speaker", "speaker_label") if q.get(k) is not None] \
                    + (["ignore"] if q.get("ignore") else [])
                if len(given) > 1:
                    problems.error(
                        rel,
                        f"expected one of 'speaker' (a person), 'speaker_label' (who, when not "
                        f"a named person) or 'ignore: true', found {' and '.join(given)}",
                        field="quotes", line=line,
                    )
                    continue
                quotes.append(
                    QuoteOverride(
                        q["match"], q.get("speaker"), q.get("speaker_label"),
                        bool(q.get("ignore", False)), line, bool(q.get("all", False)),
                    )
                )

    if "dates" in fields:
        f = fields["dates"]
        lines = _item_lines(fm, "dates")
        if not isinstance(f.value, list):
            problems.error(
                rel,
                f"expected a list of corrections, found {type(f.value).__name__}",
                field="dates",
                line=f.line,
                hint='dates: [{match: "a year ago", value: 2018-05}]',
            )
        else:
            for i, item in enumerate(f.value):
                line = lines[i] if i < len(lines) else f.line
                d = _mapping_item(
                    item, rel, "dates", line, problems,
                    allowed={"match": str, "value": (str, int, _dt.date), "event": str,
                             "ignore": bool},
                )
                if d is None:
                    continue
                value = d.get("value")
                if value is not None:
                    if isinstance(value, _dt.date):
                        value = value.isoformat()
                    value = str(value)
                    try:
                        parse_date(value)
                    except ValueError as exc:
                        problems.error(rel, f"value: {exc}", field="dates", line=line)
                        continue
                if value is None and "event" not in d and not d.get("ignore"):
                    problems.error(
                        rel, "expected 'value', 'event' or 'ignore: true' beside 'match'",
                        field="dates", line=line,
                    )
                    continue
                dates.append(
                    DateOverride(d["match"], value, d.get("event"), bool(d.get("ignore", False)),
                                 line)
                )

    if "ignore" in fields:
        f = fields["ignore"]
        values = _string_list(f.value)
        lines = _item_lines(fm, "ignore")
        if values is None:
            problems.error(
                rel,
                f"expected a list of texts that are not people, found {show(f.value)}",
                field="ignore", line=f.line, hint='ignore: ["Bay Area", "Polo Lounge"]',
            )
        else:
            for i, text in enumerate(values):
                ignore.append((text, lines[i] if i < len(lines) else f.line))

    if "events" in fields:
        f = fields["events"]
        lines = _item_lines(fm, "events")
        example = 'events: [{event: 2024-04-25-harris-roundtable, match: "a roundtable discussion"}]'
        if not isinstance(f.value, list):
            problems.error(
                rel,
                f"expected a list of events the article reports without a date, found "
                f"{'nothing' if f.value is None else type(f.value).__name__}",
                field="events", line=f.line, hint=example,
            )
        else:
            for i, item in enumerate(f.value):
                line = lines[i] if i < len(lines) else f.line
                e = _mapping_item(item, rel, "events", line, problems,
                                  allowed={"match": str, "event": str})
                if e is None:
                    continue
                if not isinstance(e.get("event"), str) or not e["event"].strip():
                    problems.error(
                        rel, "expected 'event' beside 'match': the id of the event "
                        "(seeds/events.yml) the paragraph reports",
                        field="events", line=line, hint=example,
                    )
                    continue
                events.append(EventReportOverride(e["match"], e["event"].strip(), line))

    return Overrides(tuple(aliases), tuple(quotes), tuple(dates), tuple(ignore), tuple(events))


def _mapping_item(
    item: object,
    rel: str,
    field_name: str,
    line: int,
    problems: ProblemCollector,
    *,
    allowed: dict[str, type | tuple[type, ...]],
) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        problems.error(
            rel, f"expected a mapping with 'match', found {show(item)}", field=field_name, line=line
        )
        return None
    ok = True
    for key, value in item.items():
        if key not in allowed:
            problems.error(
                rel,
                f"unknown key {show(key)}; expected one of {', '.join(sorted(allowed))}",
                field=field_name, line=line,
            )
            ok = False
        elif not isinstance(value, allowed[key]) or isinstance(value, bool) != (allowed[key] is bool):
            problems.error(
                rel, f"{key}: expected {_type_name(allowed[key])}, found {show(value)}",
                field=field_name, line=line,
            )
            ok = False
    if not isinstance(item.get("match"), str) or not item.get("match", "").strip():
        problems.error(
            rel, "expected a non-empty 'match': the exact words from the article",
            field=field_name, line=line,
        )
        ok = False
    return item if ok else None


def _type_name(t: type | tuple[type, ...]) -> str:
    names = {str: "text", bool: "true or false", int: "a number", _dt.date: "a date"}
    if isinstance(t, tuple):
        return " or ".join(names.get(x, x.__name__) for x in t)
    return names.get(t, t.__name__)


def split_paragraphs(body: str, first_line: int) -> tuple[Paragraph, ...]:
    """Paragraphs are blocks separated by blank lines; their text is kept exactly."""
    paragraphs: list[Paragraph] = []
    block: list[str] = []
    block_line = first_line
    for offset, line in enumerate(body.split("\n")):
        if line.strip():
            if not block:
                block_line = first_line + offset
            block.append(line.rstrip())
        elif block:
            paragraphs.append(_paragraph(block, len(paragraphs) + 1, block_line))
            block = []
    if block:
        paragraphs.append(_paragraph(block, len(paragraphs) + 1, block_line))
    return tuple(paragraphs)


def _paragraph(lines: list[str], index: int, line: int) -> Paragraph:
    return Paragraph(id=f"p{index}", index=index, text="\n".join(lines).strip(), line=line)


def load_article(path: Path, root: Path, problems: ProblemCollector) -> Article | None:
    """Load one article file; report problems to ``problems`` and return None on error."""
    rel = project_path(path, root)
    before = len(problems.errors)
    text = read_text(path, rel, problems)
    if text is None:
        return None
    split = split_front_matter(text)
    if split is None:
        problems.error(
            rel,
            "expected YAML front matter between '---' lines at the top of the file",
            line=1,
            hint="start the file like this:\n" + EXAMPLE_FRONT_MATTER,
        )
        return None
    fm, body, body_line = split
    fields = _compose_fields(fm, rel, problems)
    if fields is None:
        return None

    for name in REQUIRED_FIELDS:
        if name not in fields:
            problems.error(rel, "is required but missing", field=name, line=1,
                           hint=f"add '{name}: …' to the front matter")
    for name, f in fields.items():
        if name not in ALL_FIELDS:
            close = difflib.get_close_matches(name, ALL_FIELDS, n=1)
            problems.error(
                rel,
                f"unknown field; expected one of: {', '.join(ALL_FIELDS)}",
                field=name,
                line=f.line,
                hint=f"did you mean '{close[0]}'?" if close else None,
            )

    def value(name: str) -> Any:
        return fields[name].value if name in fields else None

    def line(name: str) -> int | None:
        return fields[name].line if name in fields else None

    if "id" in fields and (msg := check_id(value("id"))):
        problems.error(rel, msg, field="id", line=line("id"))
    for name in ("title", "outlet", "source_file", "notes"):
        if name in fields and (not isinstance(value(name), str) or not value(name).strip()):
            found = "nothing (the field is empty)" if value(name) in (None, "") \
                else show(value(name))
            problems.error(rel, f"expected non-empty text, found {found}", field=name,
                           line=line(name))
    if "lang" in fields and value("lang") not in LANGS:
        problems.error(
            rel, f"expected one of {', '.join(LANGS)}, found {show(value('lang'))}", field="lang",
            line=line("lang"),
        )
    published: Published | None = None
    if "published" in fields:
        try:
            published = _published(value("published"))
        except (ValueError, TypeError) as exc:
            problems.error(
                rel,
                f"expected YYYY, YYYY-MM or YYYY-MM-DD (or an interval A/B): {exc}",
                field="published",
                line=line("published"),
                hint="as precise as is known: 2019, 2019-06, 2019-06-13 or 2019-06-13/2019-06-14",
            )
    if value("url") is not None and (msg := check_url(value("url"))):
        problems.error(rel, msg, field="url", line=line("url"))
    authors: tuple[str, ...] = ()
    if "authors" in fields:
        parsed = _string_list(value("authors"))
        if parsed is None or any(not a.strip() for a in parsed):
            problems.error(
                rel, f"expected a list of names, found {show(value('authors'))}", field="authors",
                line=line("authors"), hint="authors: [Meaghan Wray]",
            )
        else:
            authors = parsed
    removed: tuple[str, ...] = ()
    if "removed" in fields:
        parsed = _string_list(value("removed"))
        if parsed is None:
            problems.error(
                rel, f"expected a list of the raw lines the import removed, found "
                f"{show(value('removed'))}", field="removed", line=line("removed"),
            )
        else:
            removed = parsed
    source_file = value("source_file")
    if (isinstance(source_file, str) and source_file.strip()
            and (msg := check_source_file(source_file, root))):
        problems.error(rel, msg, field="source_file", line=line("source_file"))
    overrides = _overrides(fields, fm, rel, problems)

    paragraphs = split_paragraphs(body, body_line)
    if not paragraphs:
        problems.error(
            rel, "the article has no text: expected paragraphs after the front matter",
            line=body_line,
        )
    if len(problems.errors) > before or published is None:
        return None
    return Article(
        id=value("id"),
        title=value("title").strip(),
        lang=value("lang"),
        published=published,
        outlet=value("outlet").strip(),
        source_file=source_file,
        paragraphs=paragraphs,
        path=rel,
        url=value("url"),
        authors=authors,
        notes=value("notes"),
        removed=removed,
        overrides=overrides,
        field_lines=tuple(sorted((k, f.line) for k, f in fields.items())),
    )


def project_path(path: Path, root: Path) -> str:
    """``path`` as a contributor finds it: relative to the project's ``root`` (with forward
    slashes), or as given when it lies outside."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def article_paths(articles_dir: Path) -> list[Path]:
    return sorted(p for p in articles_dir.glob(ARTICLE_GLOB) if p.is_file())


#: Markdown files under another ending: an article that would be silently left out.
_OTHER_MARKDOWN = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")


def misnamed_articles(articles_dir: Path, root: Path, problems: ProblemCollector) -> None:
    """Report the Markdown files of the articles folder that ``article_paths`` does not read
    (« a.MD », "b.markdown"): nothing is left out without a word."""
    for path in sorted(articles_dir.iterdir()):
        if path.suffix.lower() in _OTHER_MARKDOWN and path.suffix != ".md" and path.is_file():
            problems.error(
                project_path(path, root),
                f"expected an article file ending in '.md', found {path.suffix!r}: it is not "
                "read",
                hint=f"rename it {path.stem}.md",
            )
        elif path.is_dir() and not path.name.startswith("."):
            # (« seeds/articles/2025/x.md »: articles are read from the folder itself)
            for inner in sorted(path.rglob("*")):
                if inner.suffix.lower() in _OTHER_MARKDOWN and inner.is_file() \
                        and not any(part.startswith(".") for part in
                                    inner.relative_to(articles_dir).parts):
                    problems.error(
                        project_path(inner, root),
                        f"expected articles directly in {project_path(articles_dir, root)}, "
                        f"found one in its subfolder {path.name}/: it is not read",
                        hint=f"move it to {project_path(articles_dir, root)}/{inner.stem}.md",
                    )


#: Fields no two articles may share: the message when a second one does, and what to do.
_UNIQUE: dict[str, tuple[str, str]] = {
    "id": ("id {value!r} is already used by {path}", "every article needs its own id"),
    "source_file": ("source_file {value!r} is already the source of {path}",
                    "one raw page makes one article: delete the copy you do not want"),
}


def _unique_key(field: str, value: str) -> str:
    """What two articles compare on: a raw page's path as a path (``./seeds/raw/x.txt`` is
    ``seeds/raw/x.txt``)."""
    return posixpath.normpath(value.replace("\\", "/")) if field == "source_file" else value


def load_articles(
    paths: Iterable[Path], root: Path, problems: ProblemCollector,
    load: Callable[[Path, Path, ProblemCollector], Article | None] = load_article,
) -> list[Article]:
    """Load every article, check ids are unique, and return them sorted by id.

    ``load`` reads one file (the builder passes one that answers from its caches).
    """
    articles: list[Article] = []
    # what two articles may not share: an id, a raw page (importing one page twice, say
    # again with a better --id, keeps both files)
    taken: dict[str, dict[str, Article]] = {field: {} for field in _UNIQUE}
    for path in paths:
        article = load(path, root, problems)
        if article is None:
            continue
        # (no raw page, no clash: an article written straight into seeds/articles has none)
        keys = {field: _unique_key(field, getattr(article, field)) for field in taken
                if getattr(article, field) is not None}
        clash = next(((field, owners[keys[field]]) for field, owners in taken.items()
                      if field in keys and keys[field] in owners), None)
        if clash is not None:
            field, owner = clash
            message, hint = _UNIQUE[field]
            problems.add(Problem(
                article.path, message.format(value=getattr(article, field), path=owner.path),
                field=field, line=article.line_of(field), hint=hint,
            ))
            continue
        for field, owners in taken.items():
            if field in keys:
                owners[keys[field]] = article
        articles.append(article)
    return sorted(articles, key=lambda a: a.id)
