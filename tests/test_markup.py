"""Layer 1: article text is content, never markup."""

from __future__ import annotations

import html
import posixpath
import re
from itertools import pairwise

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from builder.markup import (
    Mark,
    escape_md,
    escape_md_repeated,
    free_pieces,
    relative,
    relative_from,
    weave,
    yaml_string,
)

EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "pymdownx.superfences",
              "pymdownx.tabbed", "def_list", "abbr", "toc"]


def rendered_text(body: str) -> str:
    """Render like the article template does, and return the paragraph's visible text."""
    source = f'<p id="p1" markdown="span">{body}</p>'
    out = markdown.markdown(source, extensions=EXTENSIONS)
    assert out.startswith('<p id="p1">') and out.endswith("</p>"), out
    inner = out[len('<p id="p1">'): -len("</p>")]
    return html.unescape(re.sub(r"<[^>]+>", "", inner))


HOSTILE = [
    "#Cut50 played an instrumental role",
    "<script>alert(1)</script>",
    "{{ config }} {% include 'x' %}",
    '--8<-- "secrets.txt"',
    "{: .evil onclick=alert(1) }",
    "*emphasis* __bold__ `code` [link](http://x) ![img](x.png)",
    "1. not a list\n- nor this\n> nor a quote\n    nor code",
    "a | table | row",
    "&amp; &lt;tag&gt; &#60;",
    "Kim a précisé : « Aujourd'hui… »",
]


def block_text(prefix: str, body: str) -> str:
    """Render a line as the quotation lists (``> ``) and index lists (``- ``) do, and return
    the visible text."""
    out = markdown.markdown(prefix + body, extensions=EXTENSIONS)
    return html.unescape(re.sub(r"<[^>]+>", "", out)).strip()


@pytest.mark.parametrize("prefix", ["> ", "- ", ""])
@pytest.mark.parametrize("text", ["2019. That year was hard", "1. not a list", " 42. still not",
                                  "1984", "3.5 per cent", "12) nor this", "- nor this",
                                  "2019 was 5. Then"])
def test_text_at_the_start_of_a_block_line_is_shown_literally(prefix: str, text: str) -> None:
    assert block_text(prefix, escape_md(text)) == text.strip()


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
               min_size=1, max_size=40))
def test_any_text_in_a_quotation_line_round_trips(text: str) -> None:
    assert block_text("> ", escape_md(text)) == text


def test_hostile_text_is_shown_literally() -> None:
    for text in HOSTILE:
        assert rendered_text(escape_md(text)) == text.replace("\n", " ")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_any_text_round_trips(text: str) -> None:
    assert rendered_text(escape_md(text)) == text


def test_weave_nests_and_never_loses_text() -> None:
    text = "Kim said “I am happy” on Thursday."
    marks = [
        Mark(9, 21, "<q>", "</q>"),
        Mark(10, 11, "[", "](p.md)"),
        Mark(25, 33, "<time>", "</time>"),
        Mark(5, 15, "<bad>", "</bad>"),  # crosses the quote: dropped, text kept
    ]
    out = weave(text, marks)
    assert "<bad>" not in out
    assert rendered_text(out) == text
    assert out.index("<q>") < out.index("[") < out.index("</q>") < out.index("<time>")


@given(
    st.text(min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8),
)
def test_weave_property(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [Mark(min(a, b), max(a, b), "<span>", "</span>") for a, b in spans]
    out = weave(text, marks)
    assert out.count("<span>") == out.count("</span>")
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text.replace("\n", " ").replace("\r", " ")


def _pieces(text: str, words: str, marks: list[Mark]) -> list[str]:
    start = text.index(words)
    return [text[a:b] for a, b in free_pieces(text, start, start + len(words), marks)]


def _link(text: str, words: str) -> Mark:
    start = text.index(words)
    return Mark(start, start + len(words), "[", "](x.md)", 2, True)


def test_free_pieces_leave_a_name_inside_the_words_its_own_link() -> None:
    text = "Alice Johnson, que le président a graciée, est libre."
    assert _pieces(text, "que le président a graciée", []) == ["que le président a graciée"]
    name = _link(text, "le président")
    assert _pieces(text, "que le président a graciée", [name]) == ["que", "a graciée"]
    # a link beside the words does not cut them
    assert _pieces(text, "que le président", [_link(text, "Alice Johnson")]) == [
        "que le président"]
    # words inside a link are no link of their own; blanks between two links are none
    assert _pieces(text, "président", [name]) == []
    assert _pieces(text, "Johnson, que", [_link(text, "Johnson"), _link(text, "que")]) == [","]
    # a mark that is no link but crosses the words (a quotation, a date) cuts them, so that
    # each piece nests with it
    at = text.index("graciée")
    time = Mark(at, at + len("graciée"), "<time>", "</time>", 1)
    assert _pieces(text, "a graciée, est", [time]) == ["a", "graciée", ", est"]
    quote = Mark(0, text.index(","), "<q>", "</q>", 0)
    assert _pieces(text, "Johnson, que", [quote]) == ["Johnson", ", que"]


@given(
    st.text(min_size=1, max_size=40),
    st.tuples(st.integers(0, 40), st.integers(0, 40)),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.booleans()), max_size=6),
)
def test_free_pieces_property(text: str, span: tuple[int, int],
                              others: list[tuple[int, int, bool]]) -> None:
    """Each piece lies in the span, has no blank at either end, is in no link and nests with
    every mark: woven as links, every one is kept and nothing is nested in a link."""
    size = len(text)
    start, end = sorted(min(n, size) for n in span)
    marks = [Mark(min(a, b, size), min(max(a, b), size), "<m>", "</m>", 0, link)
             for a, b, link in others]
    pieces = free_pieces(text, start, end, marks)
    for a, b in pieces:
        assert start <= a < b <= end
        assert not text[a].isspace() and not text[b - 1].isspace()
        for m in marks:
            assert b <= m.start or m.end <= a or (m.start <= a and b <= m.end) or (
                a <= m.start and m.end <= b)
            assert not (m.link and m.start <= a and b <= m.end)
            assert not (m.link and a <= m.start < m.end <= b)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(pieces))
    woven = weave(text, [*marks, *(Mark(a, b, "<e>", "</e>", 1, True) for a, b in pieces)])
    assert woven.count("<e>") == len(pieces)


def test_relative_links() -> None:
    assert relative("articles/2019/a.md", "people/kim.md") == "../../people/kim.md"
    assert relative("people/index.md", "people/kim.md") == "kim.md"
    assert relative("index.md", "quotes/x.md") == "quotes/x.md"


def _escape_by_table(text: str) -> str:
    """escape_md as first written: every ASCII punctuation character outside the plain set
    as a numeric character reference, newlines as spaces (the reference for the fast path)."""
    plain = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'")
    table = str.maketrans({c: f"&#{ord(c)};" for c in map(chr, range(33, 127))
                           if c not in plain})
    escaped = text.translate(table).replace("\r", " ").replace("\n", " ")
    return re.sub(r"^(\s*\d+)\.", r"\1&#46;", escaped)


def test_escape_md_escapes_every_character_as_the_table_does() -> None:
    every = "".join(map(chr, range(0x3000)))
    assert escape_md(every) == _escape_by_table(every)
    for c in every:
        assert escape_md(c) == _escape_by_table(c)


@given(st.text(max_size=200))
def test_escape_md_property(text: str) -> None:
    assert escape_md(text) == _escape_by_table(text)


@given(st.text(max_size=60))
def test_weave_without_marks_is_escaping(text: str) -> None:
    assert weave(text, []) == escape_md(text)


def test_only_a_leading_number_has_its_full_stop_escaped() -> None:
    assert escape_md("2019 was 5. Then") == "2019 was 5. Then"
    assert escape_md("5. Then") == "5&#46; Then"


def _weave_by_boundaries(text: str, marks: list[Mark]) -> str:
    """weave as first written (the reference for the one-sweep version): cut the text at
    every boundary; at each, close the open marks that end there, then open those that
    start there."""
    accepted: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.rank, m.start - m.end, m.start)):
        if not 0 <= mark.start <= mark.end <= len(text):
            continue
        if all((mark.end <= o.start or o.end <= mark.start
                or (mark.start <= o.start and o.end <= mark.end)
                or (o.start <= mark.start and mark.end <= o.end))
               and not (mark.link and o.link and mark.start < o.end and o.start < mark.end)
               for o in accepted):
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


@given(
    st.text(alphabet="ab 12.\n<*[«", max_size=30),
    st.lists(st.tuples(st.integers(-1, 31), st.integers(-1, 31), st.integers(0, 2),
                       st.booleans()), max_size=7),
)
def test_weave_matches_the_boundary_reference(
        text: str, spans: list[tuple[int, int, int, bool]]) -> None:
    marks = [Mark(a, b, f"<{i}>", f"</{i}>", rank, link)
             for i, (a, b, rank, link) in enumerate(spans)]
    marks += marks[:1]  # a mark given twice
    assert weave(text, marks) == _weave_by_boundaries(text, marks)


@given(st.lists(st.sampled_from(["a", "b", "x.md", ".", "..", "", ".h", "people"]),
                max_size=4),
       st.lists(st.sampled_from(["a", "b", "x.md", ".", "..", "", ".h", "people"]),
                max_size=4),
       st.booleans())
def test_relative_from_is_relpath(base: list[str], to: list[str], absolute: bool) -> None:
    start, path = "/".join(base), ("/" if absolute else "") + "/".join(to)
    try:
        expected = posixpath.relpath(path, start or ".")
    except ValueError:
        with pytest.raises(ValueError):
            relative_from(start, path)
        return
    assert relative_from(start, path) == expected


def _yaml_by_character(text: str) -> str:
    out = ['"']
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif 0x20 <= ord(c) < 0x7F:
            out.append(c)
        elif ord(c) <= 0xFFFF:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return "".join(out) + '"'


@given(st.text(max_size=20) | st.text(alphabet="ab \"\\\x7f\t", max_size=8))
def test_yaml_string_fast_path(text: str) -> None:
    assert yaml_string(text) == _yaml_by_character(text)
    assert type(yaml_string(Markup(text))) is str


@pytest.mark.parametrize("text", ["a<b", "abc", " 12. x", "", "a&lt;b"])
def test_md_filter_memo_shares_markup_entries_harmlessly(text: str) -> None:
    """The memo answers Markup and str of the same characters alike: escape_md returns a
    plain str that depends only on the characters."""
    for first, second in ((text, Markup(text)), (Markup(text), text)):
        escape_md_repeated.cache_clear()
        assert escape_md_repeated(first) == escape_md(text)
        assert escape_md_repeated(second) == escape_md(text)
        assert type(escape_md(Markup(text))) is str and type(escape_md_repeated(second)) is str
