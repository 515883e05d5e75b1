"""Property-based tests (hypothesis): no input makes the loaders raise, and text survives.

- The article loader, given any front matter (random field values and types, or random YAML
  text, or random bytes), returns an Article or reports Problems — it never raises.
- The registry loader likewise.
- Any body text keeps every paragraph exactly; nothing is lost or added.
- Values written into attributes and into generated YAML front matter come back exactly.
- Any mix of Markdown, HTML, Jinja and pymdown-extensions syntax in an article's text is
  shown exactly on its page (rendered with mkdocs.yml's Markdown extensions), with no active
  content.
"""

from __future__ import annotations

import string
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.articles import ALL_FIELDS, CONTROL_RE, load_article
from builder.errors import ProblemCollector
from builder.markup import escape_attr, yaml_string
from builder.registry import load_registry

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Text a file can hold: no surrogates (not encodable as UTF-8).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
YAML_CHARS = string.ascii_letters + string.digits + " \t\n:-[]{}!&*#|>'\"%@`,?.=~\\/é’«»\u2028"
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
           | TEXT | st.dates() | st.datetimes())
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)
KEYS = st.sampled_from(ALL_FIELDS) | TEXT


@contextmanager
def project() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "seeds" / "articles").mkdir(parents=True)
        (root / "seeds" / "raw").mkdir()
        (root / "seeds" / "raw" / "a.txt").write_text("raw\n")
        yield root


def load_bytes(data: bytes) -> tuple[object, ProblemCollector]:
    with project() as root:
        path = root / "seeds" / "articles" / "a.md"
        path.write_bytes(data)
        problems = ProblemCollector()
        article = load_article(path, root, problems)
        return article, problems


def assert_article_or_problems(article: object, problems: ProblemCollector) -> None:
    if article is None:
        assert problems.errors, "rejected without saying why"
        for p in problems.errors:
            assert p.file == "seeds/articles/a.md"
            assert p.message and "Traceback" not in p.message
    else:
        assert problems.errors == []


VALID = {"id": "a", "title": "T", "lang": "en", "published": "2019-06-13", "outlet": "O",
         "source_file": "seeds/raw/a.txt"}


@SETTINGS
@given(st.dictionaries(KEYS, VALUES, max_size=8), st.booleans(), TEXT)
def test_any_front_matter_values(fields: dict[object, object], start_valid: bool,
                                 body: str) -> None:
    data = {**VALID, **fields} if start_valid else fields
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    article, problems = load_bytes(f"---\n{front}---\n\n{body}\n".encode())
    assert_article_or_problems(article, problems)


# Pieces of YAML syntax, so that random text often is YAML, with tags, anchors and nesting.
YAML_TOKENS = st.lists(st.sampled_from([
    "\n", "\n  ", "\n- ", ": ", "- ", "[", "]", "{", "}", ", ", "? ", "|\n  ", ">\n  ",
    "&a ", "*a", "&b [*a, *a]", "<<: *a", "'", '"', "\\u0002", "#", "%YAML 1.1\n", "---\n",
    "!!timestamp ", "!!int ", "!!float ", "!!bool ", "!!binary ", "!!set ", "!!omap ",
    "!!str ", "!!null ", "!!seq ", "!!map ", "!!python/object/apply:os.system ", "!local ",
    "id", "title", "published", "authors", "dates", "quotes", "aliases", "match", "value",
    "2019-13-45", "2019-02-31", "0000", "1e400", ".nan", "yes", "~", "é’«", "x", "42",
]), max_size=40).map("".join)


@SETTINGS
@given(st.text(alphabet=YAML_CHARS, max_size=200) | YAML_TOKENS, TEXT)
def test_any_yaml_text(front: str, body: str) -> None:
    article, problems = load_bytes(f"---\n{front}\n---\n\n{body}\n".encode())
    assert_article_or_problems(article, problems)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes(data: bytes) -> None:
    article, problems = load_bytes(data)
    assert_article_or_problems(article, problems)
    article, problems = load_bytes(b"---\nid: a\n---\n" + data)
    assert_article_or_problems(article, problems)


@SETTINGS
@given(st.sampled_from(["people.yml", "events.yml"]),
       st.text(alphabet=YAML_CHARS, max_size=200) | YAML_TOKENS | st.builds(
           lambda v: yaml.safe_dump(v, allow_unicode=True),
           st.lists(st.dictionaries(st.sampled_from(
               ["id", "name", "aliases", "description", "date", "title", "people", "keywords",
                "wikidata", "gender", "other"]), VALUES, max_size=6), max_size=4)))
def test_any_registry(name: str, text: str) -> None:
    with project() as root:
        (root / "seeds" / name).write_text(text)
        problems = ProblemCollector()
        registry = load_registry(root / "seeds", root, problems)
        for problem in problems.problems:
            assert problem.file == f"seeds/{name}" and problem.message
        for person in registry.people.values():
            assert isinstance(person.name, str) and all(isinstance(a, str) for a in person.aliases)


# -- body text ----------------------------------------------------------------------------------

# A line as a contributor writes it: no line break, no control character, and (since
# paragraphs are separated by blank lines and lines are right-trimmed) not blank and not
# starting or ending with whitespace.
LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
               min_size=1, max_size=40).filter(lambda s: s.strip() == s and s != "")
PARAGRAPHS = st.lists(st.lists(LINE, min_size=1, max_size=3).map("\n".join),
                      min_size=1, max_size=6)


def article_bytes(body: str) -> bytes:
    front = "".join(f"{k}: {v}\n" for k, v in VALID.items())
    return f"---\n{front}---\n\n{body}\n".encode()


@SETTINGS
@given(PARAGRAPHS)
def test_every_paragraph_is_kept_exactly(paragraphs: list[str]) -> None:
    article, problems = load_bytes(article_bytes("\n\n".join(paragraphs)))
    assert problems.problems == [], [p.format() for p in problems.problems]
    assert [p.text for p in article.paragraphs] == paragraphs  # type: ignore[attr-defined]
    assert [p.id for p in article.paragraphs] == [  # type: ignore[attr-defined]
        f"p{i}" for i in range(1, len(paragraphs) + 1)]


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_no_text_is_lost_or_added(body: str) -> None:
    """Whatever the body, either it is refused (a control character, a CR or CRLF line end,
    no text) or every non-blank character is kept, in order."""
    article, problems = load_bytes(article_bytes(body))
    assert_article_or_problems(article, problems)
    if article is None:
        assert "\r" in body or CONTROL_RE.search(body) or not body.strip()
        return
    assert "\r" not in body, "a CR line end must be refused, not normalised away"
    kept = "".join("".join(p.text.split()) for p in article.paragraphs)  # type: ignore[attr-defined]
    assert kept == "".join(body.split())


# -- values written into generated markup -------------------------------------------------------


class _Attrs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, list[str | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self.found.setdefault(f"{tag}.{name}", []).append(value)


EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "pymdownx.superfences",
              "def_list", "abbr", "toc"]


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_attribute_values_are_exact_and_inert(text: str) -> None:
    """A name or label in an attr_list value or a raw tag's attribute is that value, exactly:
    no Markdown inside it is interpreted, nothing breaks out of the attribute."""
    value = escape_attr(text)
    source = (f'<p id="p1" markdown="span">[](x.md){{ .c data-label="{value}" }}'
              f'<time title="{value}">d</time></p>')
    html = markdown.markdown(source, extensions=EXTENSIONS)
    parser = _Attrs()
    parser.feed(html)
    assert parser.found.get("a.data-label") == [text]
    assert parser.found.get("time.title") == [text]
    assert set(parser.found) == {"p.id", "a.href", "a.class", "a.data-label", "time.title"}


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_generated_front_matter_strings_round_trip(text: str) -> None:
    """Titles go into generated YAML front matter: libyaml (MkDocs) must read them back."""
    for loader in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        assert yaml.load(f"title: {yaml_string(text)}\n", Loader=loader) == {"title": text}


def test_dates_stay_text() -> None:
    """The loader never lets YAML turn an impossible date into a traceback."""
    article, problems = load_bytes(article_bytes("x").replace(b"2019-06-13", b"2019-02-29"))
    assert article is None and "day 29 does not exist in 2019-02" in problems.errors[0].message
    article, problems = load_bytes(article_bytes("x").replace(b"2019-06-13", b"2020-02-29"))
    assert article is not None


# -- hostile text through the renderer and Markdown -------------------------------------------

#: Syntax that Markdown, HTML, Jinja, pymdown-extensions or the theme would act on.
SYNTAX = st.sampled_from([
    "<script>alert(1)</script>", "<b>", "</p>", "<!--", "-->", "&amp;", "&#60;", "&", "<",
    ">", '"', "'", "`", "```", "~~~", "*", "_", "**", "#", "# ", "> ", "- ", "1. ", "| a |",
    "---", "===", "[x](javascript:alert(1))", "![i](x.png)", "<https://e.x>", "[^1]",
    "*[A]: b", "{{ x }}", "{% raw %}", "{#", "#}", '--8<-- "mkdocs.yml"', "{: .evil }",
    "{ #evil-id }", '!!! note "t"', "??? x", '=== "t"', ": def", "\\", "\\*", "$x$",
    "\u00a0", "\u200b", "é", "’", "« ", " »", "🎉", "    ", "\t",
    # what the annotators look for, so that their markup lands among the syntax above
    "Ann Lee", "Lee", "she", " said ", "“", "”", '"', "13 June 2019", "yesterday", "in 2018",
])
HOSTILE_LINE = (st.lists(SYNTAX | st.text(alphabet=string.ascii_letters + " .,", min_size=1,
                                          max_size=8), min_size=1, max_size=8)
                .map("".join).map(str.rstrip).filter(lambda s: s.strip() != ""))
HOSTILE_PARAGRAPHS = st.lists(st.lists(HOSTILE_LINE, min_size=1, max_size=3).map("\n".join),
                              min_size=1, max_size=4)
MKDOCS_EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables",
                     "toc", "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed"]
MKDOCS_EXTENSION_CONFIGS = {"toc": {"permalink": True},
                            "pymdownx.tabbed": {"alternate_style": True}}


def rendered_article(paragraphs: list[str], title: str) -> tuple[object, str]:
    """The article as loaded, and its page's HTML as MkDocs' Markdown would make it (the real
    annotators, the extensions of mkdocs.yml; no theme)."""
    from mkdocs.utils.meta import get_data

    from builder.annotate import annotate_article
    from builder.dossier import assemble
    from builder.model import Person
    from builder.registry import Registry
    from builder.render import Renderer

    front = {**VALID, "title": title}
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n"
    article, problems = load_bytes((text + "\n\n".join(paragraphs) + "\n").encode())
    assert article is not None, [p.format() for p in problems.problems]
    registry = Registry(people={"ann-lee": Person("ann-lee", "Ann Lee", gender="f")})
    result = annotate_article(article, registry)  # type: ignore[arg-type]
    dossier = assemble([article], {"a": result.annotations},  # type: ignore[list-item]
                       registry)
    with tempfile.TemporaryDirectory() as tmp:
        pages = Renderer(dossier, Path(tmp) / "none").pages()
    body, _meta = get_data(pages["articles/2019/a.md"])
    html = markdown.markdown(body, extensions=MKDOCS_EXTENSIONS,
                             extension_configs=MKDOCS_EXTENSION_CONFIGS)
    return article, f"<article>{html}</article>"


# Each example renders a page with fresh templates (~0.1 s), hence fewer examples.
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE_PARAGRAPHS, HOSTILE_LINE)
def test_hostile_text_is_shown_exactly(paragraphs: list[str], title: str) -> None:
    """Whatever syntax the text holds, each paragraph's text content on the page is the
    paragraph, and the page holds no active content."""
    from builder.invariants import normalise, parse_page

    article, html = rendered_article(paragraphs, title)
    page = parse_page(html)
    assert page.active == []
    for p in article.paragraphs:  # type: ignore[attr-defined]
        assert normalise(page.texts.get(p.id, "<missing>")) == normalise(p.text), html
    assert not any(k.startswith("evil") for k in page.texts)
    assert "INHERIT" not in html
